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
  return splitSentences(text, (value, at) => ({ text: value, at }));
}

/**
 * Splits `text` into trimmed, non-empty sentences and makes each with `make` (its text and start index). Sentences
 * end after a run of Chinese or full-width marks and line breaks (/[。！？；!?;\n]+/), or after a `.` followed by
 * whitespace or the end (`. `); a single line break that wraps an English sentence (isWrap) does not end one. Read
 * by char codes: a pattern's match objects and the untrimmed slices cost more than the split itself.
 * With `table`, `make` also gets the OR of table[code] over the sentence's code units, read in the same scan.
 */
export function splitSentences<T>(text: string, make: (value: string, at: number, bits: number) => T, table?: Uint16Array): T[] {
  const out: T[] = [];
  const n = text.length;
  let start = 0;
  let bits = 0;
  for (let i = 0; i < n; ) {
    const c = text.charCodeAt(i);
    if (table) bits |= table[c];
    if (isEndMark(c)) {
      let end = i + 1;
      for (; end < n && isEndMark(text.charCodeAt(end)); end++) if (table) bits |= table[text.charCodeAt(end)];
      if (c === 0x0a && end === i + 1 && isWrap(text, i)) {
        i = end;
        continue;
      }
      push(out, text, start, end, make, bits, table);
      bits = 0;
      start = i = end;
    } else if (c === 0x2e && (i + 1 === n || isSpaceCode(text.charCodeAt(i + 1))) && !closesDottedAbbreviation(text, i)) {
      push(out, text, start, i + 1, make, bits, table);
      bits = 0;
      start = i = i + 1;
    } else i++;
  }
  push(out, text, start, n, make, bits, table);
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

/** 。！？；!?; or a line break. */
function isEndMark(c: number): boolean {
  return c === 0x0a || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0x21 || c === 0x3f || c === 0x3b;
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
function push<T>(out: T[], text: string, from: number, to: number, make: (value: string, at: number, bits: number) => T, bits: number, table?: Uint16Array): void {
  const start = from;
  const end = to;
  while (from < to && isSpaceCode(text.charCodeAt(from))) from++;
  while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--;
  if (from >= to) return;
  if (table && (hasBits(text, start, from, table) || hasBits(text, to, end, table))) {
    bits = 0;
    for (let i = from; i < to; i++) bits |= table[text.charCodeAt(i)];
  }
  out.push(make(text.slice(from, to), from, bits));
}

function hasBits(text: string, from: number, to: number, table: Uint16Array): boolean {
  for (let i = from; i < to; i++) if (table[text.charCodeAt(i)] !== 0) return true;
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
