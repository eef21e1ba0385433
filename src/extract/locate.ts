/**
 * Maps an index inside Block.text to a source line and column, through the block's runs (exact where the
 * text is linkable prose) and falling back to the block's first line. Also splits blocks into sentences,
 * keeping each sentence's start index so positions survive.
 */
import type { Block, Note, Provenance, Signal } from '../types.js';

export function locate(block: Block, index: number): { line: number; column: number } {
  for (const run of block.runs) {
    if (index >= run.at && index < run.at + run.length) {
      const inside = block.text.slice(run.at, index);
      const newline = inside.lastIndexOf('\n');
      if (newline === -1) return { line: run.line, column: run.column + index - run.at };
      return { line: run.line + countNewlines(inside), column: index - run.at - newline };
    }
  }
  return { line: block.line, column: 1 };
}

function countNewlines(text: string): number {
  let n = 0;
  for (const ch of text) if (ch === '\n') n++;
  return n;
}

export interface Sentence {
  text: string;
  /** Index of the sentence's first character in Block.text. */
  at: number;
}

/** Sentence ends: Chinese and full-width marks, line breaks, and English `. ` / `! ` / `? `. */
const SENTENCE_END = /[。！？；!?;\n]+|\.(?=\s|$)/gu;

export function sentences(text: string): Sentence[] {
  return splitSentences(text, (value, at) => ({ text: value, at }));
}

/** Splits `text` into trimmed, non-empty sentences and makes each with `make` (its text and start index). */
export function splitSentences<T>(text: string, make: (value: string, at: number) => T): T[] {
  const out: T[] = [];
  let start = 0;
  // exec() in a loop, not matchAll(): matchAll clones the pattern on every call, and every block is split.
  SENTENCE_END.lastIndex = 0;
  for (let match = SENTENCE_END.exec(text); match; match = SENTENCE_END.exec(text)) {
    if (match[0] === '\n' && isWrap(text, match.index)) continue;
    const end = match.index + match[0].length;
    push(out, text, start, end, make);
    start = end;
  }
  push(out, text, start, text.length, make);
  return out;
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

function push<T>(out: T[], text: string, from: number, to: number, make: (value: string, at: number) => T): void {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const value = raw.trim();
  if (value) out.push(make(value, from + lead));
}

/** Provenance of something seen at `index` in a block of a note. */
export function provenanceAt(signal: Signal, note: Note, block: Block, index: number, excerpt: string): Provenance {
  const { line, column } = locate(block, index);
  return { signal, note: note.id, file: note.path, line, column, excerpt: excerpt.trim().slice(0, 200) };
}
