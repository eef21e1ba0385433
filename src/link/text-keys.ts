/**
 * Character-level normalisation shared by the automaton and the relation builders, so "the same alias" means
 * one thing in both. It works one code point at a time (NFKC, then lower case, whitespace collapsed), which is
 * what lets the automaton map every normalised unit back to an exact offset in the original text; a whole-string
 * NFKC could compose across characters and lose that mapping.
 */
import type { Concept } from '../types.js';

/** Per-code-point results: a flat table for the BMP (the hot path for Chinese), a map above it. */
const bmp: Array<string | undefined> = new Array(65536);
const astral = new Map<number, string>();

/** NFKC + lower case of one code point (full-width Ａ → a, ﬁ → fi); whitespace of any width → ' '. */
export function normaliseCodePoint(cp: number): string {
  if (cp < 128) {
    if (cp >= 65 && cp <= 90) return String.fromCharCode(cp + 32);
    if (cp === 9 || cp === 10 || cp === 13 || cp === 12 || cp === 11) return ' ';
    return String.fromCharCode(cp);
  }
  let hit = cp < 65536 ? bmp[cp] : astral.get(cp);
  if (hit === undefined) {
    const char = String.fromCodePoint(cp);
    hit = /\s/u.test(char) ? ' ' : char.normalize('NFKC').toLowerCase();
    if (cp < 65536) bmp[cp] = hit;
    else astral.set(cp, hit);
  }
  return hit;
}

/**
 * A concept's label, then its aliases' texts. A loop by index, not `[label, ...aliases.map(…)]`: spreading an empty
 * list (an array of another elements kind than a full one) deoptimised the optimised code around it (`wrong map`,
 * several recompiles per cold build), and a loop never reads an empty list's elements.
 */
export function formsOf(concept: Concept): string[] {
  const forms = [concept.label];
  const aliases = concept.aliases;
  for (let i = 0; i < aliases.length; i++) forms.push(aliases[i].text);
  return forms;
}

/** The comparison key of a whole alias: the same per-code-point mapping, whitespace runs collapsed, trimmed. */
export function aliasKey(text: string): string {
  let out = '';
  for (const char of text) {
    const unit = normaliseCodePoint(char.codePointAt(0)!);
    if (unit === ' ' && (out === '' || out.endsWith(' '))) continue;
    out += unit;
  }
  return out.trimEnd();
}

/**
 * For BMP code units whose normal form is ONE code unit, that unit; -2 when it is empty or longer (use
 * normaliseCodePoint); -1 not computed yet. Lets the scanner's hot loop skip strings entirely.
 */
const singleUnit = new Int32Array(65536).fill(-1);

export function normaliseUnit(code: number): number {
  let unit = singleUnit[code];
  if (unit === -1) {
    const form = code >= 0xd800 && code <= 0xdfff ? '' : normaliseCodePoint(code);
    unit = form.length === 1 ? form.charCodeAt(0) : -2;
    singleUnit[code] = unit;
  }
  return unit;
}

/** ASCII letters, digits and `_`, plus their full-width forms: the characters an English word is made of. */
export function isWordCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) ||
    (code >= 65 && code <= 90) ||
    (code >= 48 && code <= 57) ||
    code === 95 ||
    (code >= 0xff10 && code <= 0xff19) ||
    (code >= 0xff21 && code <= 0xff3a) ||
    (code >= 0xff41 && code <= 0xff5a)
  );
}

export function isAsciiLetterCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/**
 * Abbreviations (VM, KVM, LXC) match with their case as written: case-insensitively, `VM` would also match the
 * English word "vm" and `IT` the word "it". Mixed-case names (VMware, Docker) stay case-insensitive.
 */
export function isCaseSensitiveAlias(text: string, flagged: boolean | undefined): boolean {
  const form = text.normalize('NFKC');
  if (!/^[\x20-\x7e]+$/u.test(form)) return false;
  if (flagged) return /[A-Z]/u.test(form) && !/[a-z]/u.test(form.replace(/s$/u, ''));
  return /^[A-Z][A-Z0-9/&.-]*[A-Z0-9]$/u.test(form) && /[A-Z].*[A-Z]/u.test(form) && form.length <= 10;
}

/** Generic heads that make an enumeration or hierarchy worthless ("产品有：A、B" says nothing about 产品). */
const GENERIC = new Set([
  '技术', '工具', '方式', '方法', '产品', '东西', '内容', '功能', '特性', '特点', '方面', '问题', '例子', '种类', '类型',
  '场景', '事物', '手段', '方案', '概念', '部分', '情况', '资源',
  'way', 'ways', 'tool', 'tools', 'thing', 'things', 'product', 'products', 'example', 'examples', 'method',
  'methods', 'technique', 'techniques', 'feature', 'features', 'kind', 'kinds', 'type', 'types', 'technology',
  'technologies', 'stuff', 'option', 'options', 'solution', 'solutions', 'item', 'items', 'part', 'parts',
]);

/** Memo: the same few labels are asked about for every sentence (cleared when it grows, so it stays bounded). */
const genericMemo = new Map<string, boolean>();

export function isGenericLabel(text: string): boolean {
  let known = genericMemo.get(text);
  if (known === undefined) {
    if (genericMemo.size > 65536) genericMemo.clear();
    known = GENERIC.has(aliasKey(text));
    genericMemo.set(text, known);
  }
  return known;
}

/** 。！？；!?;,，：: and `.`: the characters that end a clause (the relation builders' CLAUSE_END, by code unit). */
export function isClauseEndCode(code: number): boolean {
  return (
    code === 0xff0c || code === 44 || code === 0xff1b || code === 59 || code === 0xff1a || code === 58 ||
    code === 0x3002 || code === 46 || code === 33 || code === 63 || code === 0xff01 || code === 0xff1f
  );
}

/** `，,；;：:` only (comparisons' clause ends). */
export function isCommaLikeCode(code: number): boolean {
  return code === 0xff0c || code === 44 || code === 0xff1b || code === 59 || code === 0xff1a || code === 58;
}

/** The characters of a regex `\s`, by code unit: lets a loop skip whitespace without a regex. */
export function isSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** The first index in [from, to) that is not whitespace (`to` when there is none). */
export function skipSpaces(text: string, from: number, to: number): number {
  while (from < to && isSpaceCode(text.charCodeAt(from))) from++;
  return from;
}

/** A lookup table of the characters of `chars` (1 for each of their UTF-16 codes): one array read instead of a Set lookup. */
export function codeTable(chars: string): Uint8Array {
  const table = new Uint8Array(65536);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}
