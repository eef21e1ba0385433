/**
 * Maps an index inside Block.text to a source line and column, through the block's runs (exact where the
 * text is linkable prose) and falling back to the block's first line. Also splits blocks into sentences,
 * keeping each sentence's start index so positions survive.
 */
import type { Block, Note, Provenance, Signal } from '../types.js';

export function locate(block: Block, index: number): { line: number; column: number } {
  const runs = block.runs;
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r];
    if (index >= run.at && index < run.at + run.length) {
      // The line breaks in text[run.at, index), searched in place (no slice of the run per candidate).
      const text = block.text;
      const last = index > run.at ? text.lastIndexOf('\n', index - 1) : -1;
      if (last < run.at) return { line: run.line, column: run.column + index - run.at };
      let lines = 0;
      for (let at = text.indexOf('\n', run.at); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) lines++;
      return { line: run.line + lines, column: index - last };
    }
  }
  return { line: block.line, column: 1 };
}

export interface Sentence {
  text: string;
  /** Index of the sentence's first character in Block.text. */
  at: number;
}

export function sentences(text: string): Sentence[] {
  return splitSentences(text, (value, at) => ({ text: value, at }), plainTable());
}

/**
 * A split table's entry for a UTF-16 code unit: what the unit counts for in the split, above bit 16, and below it
 * the bits a caller reads over each sentence (the cue bits, cues.ts). One load per code unit gives both.
 */
export const SPLIT_END = 1 << 16;
/** `.`: ends a sentence before white space or the end, unless it closes a dotted abbreviation. */
export const SPLIT_DOT = 1 << 17;
/** The caller's bits of an entry. */
const OWN_BITS = 0xffff;

/** A split table over `bits` (one entry per UTF-16 code unit; none: no bits of the caller's). */
export function splitTable(bits?: Uint16Array): Uint32Array {
  const table = new Uint32Array(0x10000);
  if (bits) table.set(bits);
  for (const c of [0x0a, 0x3002, 0xff01, 0xff1f, 0xff1b, 0x21, 0x3f, 0x3b]) table[c] |= SPLIT_END;
  table[0x2e] |= SPLIT_DOT;
  return table;
}

let plain: Uint32Array | undefined;
const plainTable = (): Uint32Array => (plain ??= splitTable());

/**
 * Splits `text` into trimmed, non-empty sentences and makes each with `make` (its text, start index and the OR of
 * the caller's bits of `table` over its code units, read in the same scan). Sentences end after a run of Chinese or
 * full-width marks and line breaks (/[。！？；!?;\n]+/), or after a `.` followed by whitespace or the end (`. `); a
 * single line break that wraps an English sentence (isWrap) does not end one. Read by char codes: a pattern's
 * match objects and the untrimmed slices cost more than the split itself; one table load per code unit says both
 * whether it may end the sentence and what bits it has.
 */
export function splitSentences<T>(text: string, make: (value: string, at: number, bits: number) => T, table: Uint32Array): T[] {
  const out: T[] = [];
  const n = text.length;
  let start = 0;
  let bits = 0;
  for (let i = 0; i < n; ) {
    const entry = table[text.charCodeAt(i)];
    bits |= entry;
    if (entry < SPLIT_END) i++;
    else if (entry & SPLIT_END) {
      let end = i + 1;
      for (; end < n; end++) {
        const next = table[text.charCodeAt(end)];
        if (!(next & SPLIT_END)) break;
        bits |= next;
      }
      if (end === i + 1 && text.charCodeAt(i) === 0x0a && isWrap(text, i)) {
        i = end;
        continue;
      }
      push(out, text, start, end, make, bits & OWN_BITS, table);
      bits = 0;
      start = i = end;
    } else if (i + 1 === n || isSpaceCode(text.charCodeAt(i + 1))) {
      if (closesDottedAbbreviation(text, i)) i++;
      else {
        push(out, text, start, i + 1, make, bits & OWN_BITS, table);
        bits = 0;
        start = i = i + 1;
      }
    } else i++;
  }
  push(out, text, start, n, make, bits & OWN_BITS, table);
  return out;
}

/**
 * The last dot of `e.g.`, `i.e.`, `a.k.a.` (a letter between two dots): an abbreviation inside the sentence, whose
 * name or example comes next (`X (a.k.a. Y)`), not the end of it.
 */
function closesDottedAbbreviation(text: string, at: number): boolean {
  if (at < 2 || text.charCodeAt(at - 2) !== 0x2e) return false;
  const c = text.charCodeAt(at - 1) | 0x20;
  return c >= 0x61 && c <= 0x7a;
}

/**
 * A line break inside an English sentence hard-wrapped at a fixed width (`…calls this streaming⏎replication, …`):
 * a long line that does not end a sentence, followed by a line that goes on in Latin script. Short lines and
 * lines that end with a full stop or a colon stay separate (a list typed line by line, an outline).
 */
const WRAP_LINE = 40;

function isWrap(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (at - lineStart < WRAP_LINE) return false;
  return /[A-Za-z0-9,;(-]/u.test(text.charAt(at - 1)) && /[A-Za-z0-9(]/u.test(text.charAt(at + 1));
}

/**
 * text[from, to) trimmed (String.prototype.trim's whitespace is `\s`), made into a sentence unless empty. `bits` were
 * read over text[from, to): a trimmed space with bits of its own (U+3000 and U+FEFF lie in the Han range of the cue
 * table) has them read again over the trimmed text.
 */
function push<T>(out: T[], text: string, from: number, to: number, make: (value: string, at: number, bits: number) => T, bits: number, table: Uint32Array): void {
  const start = from;
  const end = to;
  while (from < to && isSpaceCode(text.charCodeAt(from))) from++;
  while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--;
  if (from >= to) return;
  if (hasBits(text, start, from, table) || hasBits(text, to, end, table)) {
    bits = 0;
    for (let i = from; i < to; i++) bits |= table[text.charCodeAt(i)];
    bits &= OWN_BITS;
  }
  out.push(make(text.slice(from, to), from, bits));
}

function hasBits(text: string, from: number, to: number, table: Uint32Array): boolean {
  for (let i = from; i < to; i++) if ((table[text.charCodeAt(i)] & OWN_BITS) !== 0) return true;
  return false;
}

/** `\s` (and what trim() removes), by code: all of it is in the BMP. */
function isSpaceCode(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Provenance of something seen at `index` in a block of a note. */
export function provenanceAt(signal: Signal, note: Note, block: Block, index: number, excerpt: string): Provenance {
  const { line, column } = locate(block, index);
  return { signal, note: note.id, file: note.path, line, column, excerpt: excerpt.trim().slice(0, 200) };
}
