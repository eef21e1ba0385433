/**
 * jieba's cut (with HMM) of a text without any CJK character, computed in JS. Nearly half of a bilingual vault's
 * prose is such text (English notes, code-like lines), and for it jieba's machinery reduces to a few fixed rules,
 * while a call into jieba costs the string's trip to Rust and back as UTF-8 plus a JS string per token.
 * The rules, as jieba-rs applies them (checked token for token against jieba on random and real text):
 * - runs of `[A-Za-z0-9+#&._%-]` are segmented; every other character is a token of its own, `\r\n` included;
 * - inside a run, the dictionary's only words without CJK characters (AT&T, C#, C++, c#, c++) are tokens; they
 *   always win the route, being one word where the alternative is several unknown characters;
 * - what lies between them goes through the HMM, which for non-Han text splits at `[a-zA-Z0-9]+(?:.\d+)?%?` (its `.`
 *   is any character) and keeps each piece in between whole.
 * Texts holding any character at or above U+2E80 (where the CJK blocks start, surrogates included) go to jieba.
 */

/** First code unit that may belong to a CJK block (CJK radicals, U+2E80). */
const CJK_START = 0x2e80;

/** A text jieba would cut by the rules above: no code unit at or above CJK_START. */
export function isLatinOnly(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= CJK_START) return false;
  return true;
}

/** 1 for the characters of a run jieba segments: `[A-Za-z0-9+#&._%-]`. */
const RUN = new Uint8Array(128);
for (const ch of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+#&._%-') RUN[ch.charCodeAt(0)] = 1;

/** The dictionary words a run may hold (jieba's dict.txt has no other word without CJK characters). */
const DICT_WORDS = ['AT&T', 'C#', 'C++', 'c#', 'c++'];

/** The HMM's split of non-Han text (jieba-rs hmm::RE_SKIP; its `.` is any character but a line break). */
const HMM_PIECE = /[a-zA-Z0-9]+(?:.\d+)?%?/gu;

/** jieba.cut(text, true) for a text where isLatinOnly(text); the tokens are appended to `out`. */
export function cutLatin(text: string, out: string[] = []): string[] {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128 && RUN[c] === 1) {
      let end = i + 1;
      while (end < n && isRunChar(text.charCodeAt(end))) end++;
      cutRun(text, i, end, out);
      i = end;
    } else if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) {
      out.push('\r\n');
      i += 2;
    } else {
      out.push(text[i]);
      i++;
    }
  }
  return out;
}

function isRunChar(c: number): boolean {
  return c < 128 && RUN[c] === 1;
}

/** A run text[from, to): dictionary words as tokens, the stretches between them through the HMM's split. */
function cutRun(text: string, from: number, to: number, out: string[]): void {
  let left = from;
  for (let x = from; x < to; ) {
    const word = dictWordAt(text, x, to);
    if (!word) {
      x++;
      continue;
    }
    if (x > left) cutUnknown(text.slice(left, x), out);
    out.push(word);
    x += word.length;
    left = x;
  }
  if (to > left) cutUnknown(text.slice(left, to), out);
}

function dictWordAt(text: string, at: number, end: number): string | undefined {
  const c = text.charCodeAt(at);
  // Every dictionary word starts with A, C or c.
  if (c !== 0x41 && c !== 0x43 && c !== 0x63) return undefined;
  for (const word of DICT_WORDS) if (at + word.length <= end && text.startsWith(word, at)) return word;
  return undefined;
}

/** A stretch of unknown characters: one character alone, else the HMM's pieces and the text between them. */
function cutUnknown(stretch: string, out: string[]): void {
  if (stretch.length === 1) {
    out.push(stretch);
    return;
  }
  let last = 0;
  HMM_PIECE.lastIndex = 0;
  for (let m = HMM_PIECE.exec(stretch); m; m = HMM_PIECE.exec(stretch)) {
    if (m.index > last) out.push(stretch.slice(last, m.index));
    out.push(m[0]);
    last = m.index + m[0].length;
  }
  if (last < stretch.length) out.push(stretch.slice(last));
}
