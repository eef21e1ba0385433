/**
 * Splits each block into sentences and clauses and places the note's mention hits in them. Relations are
 * read from these: co-occurrence counts per sentence (and per paragraph as a fallback), patterns look inside one
 * sentence. Sentence ends: 。！？；!?; and newlines always; `.` only before whitespace or the end and not after a
 * common abbreviation (e.g., i.e., etc., vs.) or between digits.
 */
import type { Block, ConceptId, MentionHit, Note, NoteId } from '../types.js';

/** A mention inside a block, by block-text index. */
export interface PlacedHit {
  concept: ConceptId;
  start: number;
  end: number;
  /** Source line of the mention. */
  line: number;
}

export interface Sentence {
  note: NoteId;
  block: number;
  /** Index range in block.text. */
  start: number;
  end: number;
  /** Line of the sentence's first mention (exact), else of the block: evidence points at the mention. */
  line: number;
  hits: PlacedHit[];
}

export interface BlockSentences {
  note: Note;
  block: Block;
  blockIndex: number;
  sentences: Sentence[];
  hits: PlacedHit[];
}

/** 。！？；!?; and newline, by code unit (this loop runs over every character of the vault). */
function isHardEnd(code: number): boolean {
  return code === 0x3002 || code === 0xff01 || code === 0xff1f || code === 0xff1b || code === 33 || code === 63 || code === 59 || code === 10;
}
const ABBREVIATIONS = /(?:^|[^\p{L}])(?:e\.g|i\.e|etc|vs|cf|mr|mrs|dr|no|fig|approx|al)$/iu;

export function sentenceSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let from = 0;
  let hasText = false; // a sentence of only spaces is dropped
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let end = isHardEnd(code);
    if (!end && code === 46) {
      const next = text.charCodeAt(i + 1);
      end = (i + 1 === text.length || next === 32 || next === 10 || next === 9) && !ABBREVIATIONS.test(text.slice(Math.max(from, i - 8), i));
    }
    if (end) {
      if (hasText) spans.push([from, i]);
      from = i + 1;
      hasText = false;
    } else if (!hasText && code !== 32 && code !== 9 && code !== 0x3000) hasText = true;
  }
  if (hasText) spans.push([from, text.length]);
  return spans;
}

/** Every block of a note with its sentences and hits; blocks without text are left out. */
export function indexNote(note: Note, hits: readonly MentionHit[]): BlockSentences[] {
  const byBlock = new Map<number, PlacedHit[]>();
  for (const hit of hits) {
    const start = note.blocks[hit.block].runs[hit.run].at + hit.index;
    const list = byBlock.get(hit.block) ?? [];
    list.push({ concept: hit.concept, start, end: start + hit.length, line: hit.position.line });
    byBlock.set(hit.block, list);
  }
  const out: BlockSentences[] = [];
  note.blocks.forEach((block, blockIndex) => {
    const spans = sentenceSpans(block.text);
    if (!spans.length) return;
    const blockHits = byBlock.get(blockIndex) ?? []; // already in reading order (findNoteHits)
    let cursor = 0;
    const sentences = spans.map(([start, end]) => {
      const inside: PlacedHit[] = [];
      while (cursor < blockHits.length && blockHits[cursor].start < end) {
        if (blockHits[cursor].start >= start) inside.push(blockHits[cursor]);
        cursor++;
      }
      return { note: note.id, block: blockIndex, start, end, line: inside.length ? inside[0].line : block.line, hits: inside };
    });
    out.push({ note, block, blockIndex, sentences, hits: blockHits });
  });
  return out;
}

/** The sentence text, trimmed, cut to about `max` characters around `focus` (a block-text index). */
export function excerpt(block: Block, sentence: Pick<Sentence, 'start' | 'end'>, focus = sentence.start, max = 160): string {
  const raw = block.text.slice(sentence.start, sentence.end).replace(/\s+/gu, ' ').trim();
  if (raw.length <= max) return raw;
  const at = Math.max(0, Math.min(raw.length - max + 1, focus - sentence.start - Math.floor(max / 3)));
  return `${at > 0 ? '…' : ''}${raw.slice(at, at + max - 2).trim()}…`;
}
