/**
 * Where does the Chinese term before a parenthetical (or before 是, 也叫, …) start? Try, in order: a closing
 * quote (“权限隔离监牢”), the longest already-known term ending there, then a short walk back over jieba tokens
 * that stops at grammatical words (的, 是, 与, 也叫, 一个 …) and at parts of speech that never begin a term.
 */
import { codePointLength } from './normalise.js';
import type { Segmenter } from './segmenter.js';
import { tag } from './segmenter.js';
import { ZH_BOUNDARY } from './stop-words.js';

const CLAUSE_BREAK = /[，。、；：:,;！？!?()（）“”"‘’'「」『』《》【】\[\]\n|]/u;
/** The same characters as codes, for the walk back one character at a time (a set lookup, not a regex call per character). */
const CLAUSE_BREAK_CODES = new Set(Array.from('，。、；：:,;！？!?()（）“”"‘’\'「」『』《》【】[]\n|', (ch) => ch.charCodeAt(0)));
/** Closing quote → its opening quote, by code. */
const CLOSE_QUOTE = new Map(Object.entries({ '”': '“', '"': '"', '」': '「', '』': '『', '’': '‘', '》': '《' }).map(([close, open]) => [close.charCodeAt(0), open]));
/** Tags that never belong inside a term: pronoun, preposition, conjunction, particles, adverb, numeral, locality, interjection. */
const STOP_TAG = /^(r|p|c|u|d|m|f|y|e|o|z|ad)/u;
const MAX_HAN = 10;
const HAN = /\p{Script=Han}/u;
const MAX_TOKENS = 4;

export interface Known {
  /** Known surfaces containing Han, longest first. */
  has(surface: string): boolean;
  longestSuffix(text: string): string | undefined;
}

export function knownTerms(surfaces: Iterable<string>): Known {
  const byLast = new Map<string, string[]>();
  const all = new Set<string>();
  for (const s of surfaces) {
    if (s.length < 2 || all.has(s)) continue;
    all.add(s);
    const last = s[s.length - 1];
    const list = byLast.get(last) ?? [];
    list.push(s);
    byLast.set(last, list);
  }
  for (const list of byLast.values()) list.sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  return new KnownTerms(all, byLast);
}

/**
 * A class, not an object of closures: each pass gets a new Known, and with closures each one's methods were new call
 * targets, which deoptimised every function that had inlined the previous pass's (walkBack, termBefore, …).
 */
class KnownTerms implements Known {
  constructor(
    private readonly all: Set<string>,
    private readonly byLast: Map<string, string[]>,
  ) {}

  has(s: string): boolean {
    return this.all.has(s);
  }

  longestSuffix(text: string): string | undefined {
    if (text.length === 0) return undefined;
    const list = this.byLast.get(text[text.length - 1]);
    if (!list) return undefined;
    for (let i = 0; i < list.length; i++) if (text.endsWith(list[i])) return list[i];
    return undefined;
  }
}

/** The term ending exactly at the end of `before`, or undefined. */
export function termBefore(before: string, jieba: Segmenter, known: Known, glossWords = 0, namedWords = glossWords): string | undefined {
  // Read backwards from the end: `before` is often a whole block up to a parenthesis, and a pattern anchored
  // at its end (/[\s*_`]+$/) would still be tried at every position from its start.
  const end = contentEnd(before);
  if (end === 0) return undefined;
  const open = CLOSE_QUOTE.get(before.charCodeAt(end - 1));
  if (open) {
    const at = before.lastIndexOf(open, end - 2);
    if (at === -1) return undefined;
    const inside = before.slice(at + 1, end - 1).trim();
    return inside && inside.length <= 20 && !CLAUSE_BREAK.test(inside) ? inside : undefined;
  }
  const clause = clauseEndingAt(before, end);
  if (!clause) return undefined;
  return walkBack(clause, jieba, known, glossWords, namedWords);
}

/**
 * The text termBefore(before, …, known) would segment, if it would: what a pass that walks back from many places
 * can have cut ahead, all at once (withPrecut).
 */
export function textToWalk(before: string, known: Known): string | undefined {
  const end = contentEnd(before);
  if (end === 0 || CLOSE_QUOTE.has(before.charCodeAt(end - 1))) return undefined;
  const clause = clauseEndingAt(before, end);
  if (!clause) return undefined;
  const knownTail = known.longestSuffix(clause);
  const rest = knownTail ? clause.slice(0, -knownTail.length) : clause;
  return knownTail && (known.has(clause) || !rest) ? undefined : rest;
}

/** The text wholeTerm(clause, …, known) would segment, if it would (see textToWalk). */
export function wholeTermWalk(clause: string, known: Known): string | undefined {
  if (clause.length < 2 || (hanLength(clause) > MAX_HAN && !known.has(clause))) return undefined;
  return textToWalk(clause, known);
}

/** Where `before` ends without its trailing spaces and emphasis marks. */
function contentEnd(before: string): number {
  let end = before.length;
  while (end > 0 && isTrailing(before.charCodeAt(end - 1))) end--;
  return end;
}

/** The clause of `before` that ends at `end`: back to the last clause break. */
function clauseEndingAt(before: string, end: number): string {
  let clauseStart = end;
  while (clauseStart > 0 && !CLAUSE_BREAK_CODES.has(before.charCodeAt(clauseStart - 1))) clauseStart--;
  return before.slice(clauseStart, end);
}

/**
 * `clause` when all of it is one term (the subject of a definition: `镜像是…`), else undefined; the same as
 * `termBefore(clause, …) === clause`. The walk back takes at most MAX_HAN Han characters unless the clause is a
 * known term, so a longer clause is rejected before jieba segments it.
 */
export function wholeTerm(clause: string, jieba: Segmenter, known: Known): string | undefined {
  if (clause.length < 2 || (hanLength(clause) > MAX_HAN && !known.has(clause))) return undefined;
  return termBefore(clause, jieba, known) === clause ? clause : undefined;
}

/**
 * `glossWords`: the number of plain English words of the translation that follows (0 when there is none).
 * A translation of n words names n Chinese tokens, plus at most one short modifier that is not a verb
 * (超级调用（hypercall）); a verb or a long phrase before that is the sentence, not the term
 * (触发陷入（trap） → 陷入, 充分利用构建缓存（build cache） → 构建缓存).
 */
function walkBack(clause: string, jieba: Segmenter, known: Known, glossWords: number, namedWords: number): string | undefined {
  // A known term at the very end is taken whole; the walk may still extend it with a modifier (Linux + 容器).
  const knownTail = known.longestSuffix(clause);
  let rest = knownTail ? clause.slice(0, -knownTail.length) : clause;
  let term = knownTail ?? '';
  if (knownTail && (known.has(clause) || !rest)) return knownTail;
  const tokens = tag(jieba, rest);
  let taken = knownTail ? 1 : 0;
  // The known tail's words are counted only when a translation asks (the other walks never read `named`).
  let named = !knownTail ? 0 : namedWords > 0 ? Math.max(1, wordsOf(tag(jieba, knownTail))) : 1;
  /** The tag of the last modifier taken for the translation's sake ('' when none was). */
  let stretched = '';
  for (let i = tokens.length - 1; i >= 0 && taken < MAX_TOKENS; i--) {
    const { word, tag: pos } = tokens[i];
    const first = taken === 0;
    // A translation with more words than the term has so far names a modifier still to come (显式|反馈 for
    // Explicit Feedback, 递归|互斥锁 for recursive mutex), whatever jieba's tag of it: an unknown word, a verb, an adverb.
    if (!first && named < namedWords && isModifier(word, pos)) {
      term = word + term;
      taken++;
      named++;
      stretched = pos;
      continue;
    }
    // A modifier taken for the translation completed it: what comes before is the sentence (所谓|自|注意力 for
    // self-attention, 定义|绝对|星等 for absolute magnitude), unless the modifier was a fragment jieba does not know and
    // this is the noun it was cut from (区块|链三难|困境 for blockchain trilemma).
    if (stretched && named >= namedWords && !(stretched === 'x' && pos.startsWith('n'))) break;
    // A one-character particle opening the clause is no particle (过 of 过拟合: 过 follows a verb when it is one).
    const bound = !first && i === 0 && pos.startsWith('u') && word.length === 1 && hasHanChar(word);
    if (ZH_BOUNDARY.has(word) && !bound) break;
    if (/^\s+$/u.test(word)) {
      // A space joins two Latin words (Solaris Zones) but nothing else.
      if (first || !/^[A-Za-z0-9]/u.test(term) || i === 0 || !/[A-Za-z0-9]$/u.test(tokens[i - 1].word)) break;
      term = word + term;
      continue;
    }
    if (pos === 'x' && word !== '-' && word !== '/') break;
    if ((word === '-' || word === '/') && first) break;
    if (!first && STOP_TAG.test(pos) && pos !== 'eng' && !bound) break;
    // A classifier after a demonstrative or a numeral counts the term (这|类|特征, 三|种|模式); after a noun it is a suffix (报文|段).
    if (!first && pos === 'q' && i > 0 && /^[rm]/u.test(tokens[i - 1].tag)) break;
    // Verbs only inside a short term (持续集成, 模拟层), never to lengthen an already whole one.
    if (!first && pos.startsWith('v') && pos !== 'vn' && hanLength(term) >= 3) break;
    if (hanLength(word + term) > MAX_HAN) break;
    if (glossWords > 0 && !knownTail && hasHanChar(word)) {
      if (taken > glossWords) break;
      if (taken === glossWords && (pos.startsWith('v') || hanLength(word) > 2)) break;
    }
    term = word + term;
    taken++;
    named += wordsOf([tokens[i]]);
  }
  term = term.replace(/^[-/\s]+/u, '').trim();
  if (codePointLength(term) < 2) return undefined;
  return term;
}

/** Tags of a word that may modify a term though it seldom opens one: verb, adverb, numeral, preposition, locality, unknown. */
const MODIFIER_TAG = /^(?:v|d|m|p|f|ad|x)/u;

/** A Han word that may be the modifier a translation's extra words name (never grammar: 的, 使用, 通过 …). */
function isModifier(word: string, pos: string): boolean {
  if (hanLength(word) !== word.length || ZH_BOUNDARY.has(word) || !MODIFIER_TAG.test(pos) || opensWithBoundary(word)) return false;
  // One character that is a verb or an adverb is the sentence's (严格说|游程编码); a preposition may be a prefix (自|注意力).
  return word.length > 1 || !/^[vda]/u.test(pos);
}

/** ZH_BOUNDARY's words of two characters or more, for a token that opens with one (一个零 of 一个|零知识证明). */
const LONG_BOUNDARY = [...ZH_BOUNDARY].filter((w) => w.length > 1);

function opensWithBoundary(word: string): boolean {
  return word.length > 2 && LONG_BOUNDARY.some((b) => word.startsWith(b));
}

/** The words a translation would give these tokens: one per token of two characters or more (互斥|锁 is one, mutex). */
function wordsOf(tokens: ReadonlyArray<{ word: string }>): number {
  let n = 0;
  for (const { word } of tokens) if (word.trim().length >= 2 && word !== '-' && word !== '/') n++;
  return n;
}

function hasHanChar(text: string): boolean {
  return HAN.test(text);
}

function hanLength(text: string): number {
  let n = 0;
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    // Fast paths: ASCII is never Han, the CJK Unified Ideographs block always is; the regex decides the rest.
    if (c < 0x80) continue;
    if ((c >= 0x4e00 && c <= 0x9fef) || HAN.test(ch)) n++;
  }
  return n;
}

/**
 * Trailing English words that look like a name or term (`Virtual Machine Monitor`, `Hypervisor`): the last
 * `maxWords` (≥ 1) words of what /([A-Za-z][A-Za-z0-9.+#-]*(?:\s+[A-Za-z][A-Za-z0-9.+#-]*)*)\s*$/ matches. Read
 * backwards word by word: that pattern, on a whole block before a parenthesis, is tried from every position.
 */
export function englishBefore(before: string, maxWords: number): string[] {
  const words: string[] = [];
  let end = before.length;
  while (end > 0 && isSpace(before.charCodeAt(end - 1))) end--;
  while (words.length < maxWords) {
    let start = end;
    while (start > 0 && isNameChar(before.charCodeAt(start - 1))) start--;
    // A word starts at a letter: the first one in the run of name characters.
    let first = start;
    while (first < end && !isLetter(before.charCodeAt(first))) first++;
    if (first === end) break;
    words.push(before.slice(first, end));
    // Only a word that fills its run, after spaces, can have another word before it.
    let gap = start;
    while (gap > 0 && isSpace(before.charCodeAt(gap - 1))) gap--;
    if (first > start || gap === start) break;
    end = gap;
  }
  return words.reverse();
}

/** `\s` of a pattern, by code (all of them are in the BMP). */
export function isSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** What termBefore drops from the end: spaces and Markdown emphasis or code marks (`[\s*_\`]`). */
function isTrailing(c: number): boolean {
  return c === 0x2a || c === 0x5f || c === 0x60 || isSpace(c);
}

function isLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** `[A-Za-z0-9.+#-]`. */
function isNameChar(c: number): boolean {
  return isLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2b || c === 0x23 || c === 0x2d;
}
