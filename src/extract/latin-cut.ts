/**
 * jieba's cut (with HMM) of a text without any CJK character, computed in JS. Nearly half of a bilingual vault's
 * prose is such text (English notes, code-like lines), and for it jieba's machinery reduces to a few fixed rules,
 * while a call into jieba costs the string's trip to Rust and back as UTF-8 plus a JS string per token.
 * The rules, as jieba-rs applies them (checked token for token against jieba on random and real text):
 * - runs of `[A-Za-z0-9+#&._%-]` are segmented; every other character is a token of its own, `\r\n` included;
 * - inside a run, the dictionary's only words without CJK characters (AT&T, C#, C++, c#, c++) are tokens; they
 *   always win the route, being one word where the alternative is several unknown characters;
 * - what lies between them goes through the HMM, which for non-Han text splits at `[a-zA-Z0-9]+(?:.\d+)?%?` (jieba-rs
 *   hmm::RE_SKIP; its `.` is any character but a line break) and keeps each piece in between whole.
 * Texts holding any character at or above U+2E80 (where the CJK blocks start, surrogates included) go to jieba.
 */

/**
 * A code unit at or above U+2E80, where the CJK blocks start (surrogates included: no `u` flag). A regex, not a
 * charCodeAt loop: every block is tested, and the regex engine scans a string several times faster.
 */
const FROM_CJK = /[\u2e80-\uffff]/;

/** A text jieba would cut by the rules above: no code unit at or above U+2E80. */
export function isLatinOnly(text: string): boolean {
  return !FROM_CJK.test(text);
}

/** The characters of a run jieba segments, `[A-Za-z0-9+#&._%-]`: 1 for a letter or digit, 2 for a symbol; 0 elsewhere (any code unit). */
const RUN = new Uint8Array(0x10000);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') RUN[ch.charCodeAt(0)] = 1;
for (const ch of '+#&._%-') RUN[ch.charCodeAt(0)] = 2;

/** The dictionary words a run may hold (jieba's dict.txt has no other word without CJK characters). */
const DICT_WORDS = ['AT&T', 'C#', 'C++', 'c#', 'c++'];

/**
 * Whether jieba's dictionary may hold `word`: it has a code unit at or above U+2E80, or it is one of DICT_WORDS. A
 * caller that looks up many Latin words (a tag per distinct token) then skips the dictionary search for them.
 */
export function mayBeDictionaryWord(word: string): boolean {
  return !isLatinOnly(word) || DICT_WORDS.includes(word);
}


/**
 * Where a cut puts its tokens: the offset where each ends (a token starts where the one before it ends), in a
 * growable Int32Array. A caller that only needs where the tokens are (statistical.ts looks its token records up
 * by the text's code units) then gets no string per token; cutLatin and cutMixed slice the strings from it.
 */
export class TokenEnds {
  ends = new Int32Array(1 << 12);
  count = 0;

  push(end: number): void {
    if (this.count === this.ends.length) {
      const grown = new Int32Array(this.ends.length * 2);
      grown.set(this.ends);
      this.ends = grown;
    }
    this.ends[this.count++] = end;
  }
}

/** The string wrappers' buffer: a cut is synchronous and never nested, so one buffer serves every call. */
const scratch = new TokenEnds();

/** The tokens sink.ends[first, count) of `text`, the first starting at `from`, as strings appended to `out`. */
function sliceTokens(text: string, sink: TokenEnds, first: number, from: number, out: string[]): string[] {
  let start = from;
  for (let k = first; k < sink.count; k++) {
    const end = sink.ends[k];
    out.push(text.slice(start, end));
    start = end;
  }
  return out;
}

/** jieba.cut(text, true) for a text where isLatinOnly(text); the tokens are appended to `out`. */
export function cutLatin(text: string, out: string[] = []): string[] {
  scratch.count = 0;
  cutPlain(text, 0, text.length, scratch);
  return sliceTokens(text, scratch, 0, 0, out);
}

/**
 * The tokens of text[from, to), a stretch holding no Han character, appended to `sink`: runs as above, `\r\n`, a
 * surrogate pair (one code point: jieba emits a character outside runs as one token), any other code unit alone.
 */
function cutPlain(text: string, from: number, to: number, sink: TokenEnds): void {
  const n = to;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (RUN[c] !== 0) {
      let end = i + 1;
      let symbols = RUN[c] === 2;
      for (; end < n; end++) {
        const r = RUN[text.charCodeAt(end)];
        if (r === 0) break;
        if (r === 2) symbols = true;
      }
      // A run of letters and digits only (most English words) holds no dictionary word and is one HMM piece.
      if (symbols) cutRun(text, i, end, sink);
      else sink.push(end);
      i = end;
    } else if (c === 0x0d && i + 1 < n && text.charCodeAt(i + 1) === 0x0a) {
      i += 2;
      sink.push(i);
    } else if (UNIT[c] === HIGH && i + 1 < n && UNIT[text.charCodeAt(i + 1)] === LOW) {
      i += 2;
      sink.push(i);
    } else {
      i++;
      sink.push(i);
    }
  }
}

/** A run text[from, to): dictionary words as tokens, the stretches between them through the HMM's split. */
function cutRun(text: string, from: number, to: number, sink: TokenEnds): void {
  let left = from;
  for (let x = from; x < to; ) {
    const word = dictWordAt(text, x, to);
    if (!word) {
      x++;
      continue;
    }
    if (x > left) cutUnknown(text, left, x, sink);
    x += word.length;
    sink.push(x);
    left = x;
  }
  if (to > left) cutUnknown(text, left, to, sink);
}

function dictWordAt(text: string, at: number, end: number): string | undefined {
  const c = text.charCodeAt(at);
  // Every dictionary word starts with A, C or c.
  if (c !== 0x41 && c !== 0x43 && c !== 0x63) return undefined;
  for (const word of DICT_WORDS) if (at + word.length <= end && text.startsWith(word, at)) return word;
  return undefined;
}

/** A stretch text[from, to) of unknown characters: one character alone, else the HMM's pieces and the text between them. */
function cutUnknown(text: string, from: number, to: number, sink: TokenEnds): void {
  if (to - from === 1) {
    sink.push(to);
    return;
  }
  let last = from;
  for (let at = from; at < to; ) {
    if (RUN[text.charCodeAt(at)] !== 1) {
      at++;
      continue;
    }
    if (at > last) sink.push(at);
    last = hmmPieceEnd(text, at, to);
    sink.push(last);
    at = last;
  }
  if (last < to) sink.push(to);
}

/**
 * The end of the HMM's piece (`[a-zA-Z0-9]+(?:.\d+)?%?`, see above) at text[at] (a letter or digit) in a stretch ending at `to`, read by hand (the
 * stretch holds only run characters, none a line break, so its `.` is any of them): the letters and digits, then
 * one character and digits if digits follow it, then a `%` if one follows.
 */
function hmmPieceEnd(text: string, at: number, to: number): number {
  let end = at + 1;
  while (end < to && RUN[text.charCodeAt(end)] === 1) end++;
  if (end + 1 < to && isDigit(text.charCodeAt(end + 1))) {
    end += 2;
    while (end < to && isDigit(text.charCodeAt(end))) end++;
  }
  if (end < to && text.charCodeAt(end) === 0x25) end++;
  return end;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/*
 * Text with CJK characters: jieba cuts each run of `[Han a-zA-Z0-9+#&._%-]` on its own (jieba-rs RE_HAN_DEFAULT) and
 * emits everything else a code point at a time (`\r\n` whole). Only the runs that hold a Han character need its
 * dictionary and HMM: a run of ASCII alone is cut by the rules above, and the text between runs (spaces, Latin words,
 * punctuation, CJK punctuation) costs jieba a JS string per character for no segmentation at all. In bilingual
 * prose about a third of the characters of a Chinese block lie outside its Han runs.
 */

/** Code-unit classes: a run character of ASCII, a Han character of the BMP, a surrogate half; 0 for anything else. */
const ASCII_RUN = 1;
const HAN = 2;
const HIGH = 3;
const LOW = 4;
const UNIT = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) if (RUN[c] !== 0) UNIT[c] = ASCII_RUN;
for (const [from, to] of [[0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xf900, 0xfaff]]) UNIT.fill(HAN, from, to + 1);
UNIT.fill(HIGH, 0xd800, 0xdc00);
UNIT.fill(LOW, 0xdc00, 0xe000);

/** Han planes beyond the BMP, as jieba-rs lists them (CJK Extensions B–F, Compatibility Supplement). */
function astralHan(cp: number): boolean {
  return (cp >= 0x20000 && cp <= 0x2a6df) || (cp >= 0x2a700 && cp <= 0x2ebef) || (cp >= 0x2f800 && cp <= 0x2fa1f);
}

/** Separates the Han runs sent to jieba in one call: no run character, so jieba returns it as a token of its own. */
const RUN_SEPARATOR = '\u0000';

/**
 * jieba.cut(text, true) for any text, with only its Han runs sent to `cutHan` (jieba's cut, called once with the
 * runs joined by RUN_SEPARATOR); the tokens are appended to `out`. Undefined when the text holds a lone surrogate
 * or jieba's tokens do not line up with the runs: the caller then cuts the text with jieba whole.
 */
export function cutMixed(text: string, cutHan: (runs: string) => string[], out: string[] = []): string[] | undefined {
  scratch.count = 0;
  return cutMixedEnds(text, cutHan, scratch, out) ? out : undefined;
}

/** The tokens outside the Han runs of the text cutMixedEnds is cutting (see scanText): one buffer serves every call. */
const plain = new TokenEnds();
/** The Han runs of that text, three numbers each: start, end, and how many of `plain`'s tokens lie before the run. */
const hanRuns: number[] = [];

/**
 * cutMixed's tokens as their ends, appended to `sink` (and as strings to `out` if given: jieba's own for the Han
 * runs); false (and `sink` as it was) where cutMixed is undefined. The text is read once (scanText): the Han runs
 * are found and the text around them is cut in the same pass, and jieba's tokens are then merged in between.
 */
export function cutMixedEnds(text: string, cutHan: (runs: string) => string[], sink: TokenEnds, out?: string[]): boolean {
  if (!scanText(text)) return false;
  const before = sink.count;
  const words = hanRuns.length ? cutHan(joinRuns(text)) : [];
  let w = 0;
  let at = 0;
  let p = 0;
  for (let r = 0; r < hanRuns.length; r += 3) {
    p = copyPlain(text, at, p, hanRuns[r + 2], sink, out);
    if (r > 0 && words[w++] !== RUN_SEPARATOR) return fail(sink, before);
    const end = hanRuns[r + 1];
    let pos = hanRuns[r];
    while (pos < end && w < words.length) {
      const word = words[w++];
      pos += word.length;
      sink.push(pos);
      if (out) out.push(word);
    }
    if (pos !== end) return fail(sink, before);
    at = end;
  }
  if (w !== words.length) return fail(sink, before);
  copyPlain(text, at, p, plain.count, sink, out);
  return true;
}

/** The Han runs of `text` (hanRuns) joined by RUN_SEPARATOR, for one call into jieba. */
function joinRuns(text: string): string {
  const runs: string[] = [];
  for (let r = 0; r < hanRuns.length; r += 3) runs.push(text.slice(hanRuns[r], hanRuns[r + 1]));
  return runs.join(RUN_SEPARATOR);
}

/** Appends plain.ends[from, to) to `sink` (and the tokens to `out` if given, the first starting at `at`); returns `to`. */
function copyPlain(text: string, at: number, from: number, to: number, sink: TokenEnds, out: string[] | undefined): number {
  const first = sink.count;
  for (let k = from; k < to; k++) sink.push(plain.ends[k]);
  if (out) sliceTokens(text, sink, first, at, out);
  return to;
}

function fail(sink: TokenEnds, count: number): false {
  sink.count = count;
  return false;
}

/**
 * One pass over `text`: each maximal run of run characters holding a Han character goes to hanRuns; the rest is cut
 * as cutPlain cuts it, into `plain` (a run without Han is ASCII only, so cutPlain's run). False for a lone surrogate.
 */
function scanText(text: string): boolean {
  plain.count = 0;
  hanRuns.length = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const unit = UNIT[c];
    if (unit === ASCII_RUN || unit === HAN || (unit === HIGH && astralHanAt(text, i))) {
      i = scanRun(text, i);
      continue;
    }
    if (c === 0x0d && i + 1 < n && text.charCodeAt(i + 1) === 0x0a) i += 2;
    else if (unit === HIGH) {
      if (i + 1 >= n || UNIT[text.charCodeAt(i + 1)] !== LOW) return false;
      i += 2;
    } else if (unit === LOW) return false;
    else i++;
    plain.push(i);
  }
  return true;
}

/** The maximal run of run characters at text[start] (see scanText), recorded or cut; returns where it ends. */
function scanRun(text: string, start: number): number {
  const n = text.length;
  let i = start;
  let han = false;
  let symbols = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    const unit = UNIT[c];
    if (unit === ASCII_RUN) {
      if (RUN[c] === 2) symbols = true;
      i++;
    } else if (unit === HAN) {
      han = true;
      i++;
    } else if (unit === HIGH && astralHanAt(text, i)) {
      han = true;
      i += 2;
    } else break;
  }
  if (han) hanRuns.push(start, i, plain.count);
  else if (symbols) cutRun(text, start, i, plain);
  else plain.push(i);
  return i;
}

/** A surrogate pair at text[i] spelling a Han character of the planes beyond the BMP. */
function astralHanAt(text: string, i: number): boolean {
  return i + 1 < text.length && UNIT[text.charCodeAt(i + 1)] === LOW && astralHan(text.codePointAt(i)!);
}
