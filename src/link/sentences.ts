/**
 * Splits each block into sentences and clauses and places the note's mention hits in them. Relations are
 * read from these: co-occurrence counts per sentence (and per paragraph as a fallback), patterns look inside one
 * sentence. Sentence ends: 。！？；!?; and newlines always; `.` only before whitespace or the end and not after a
 * common abbreviation (e.g., i.e., etc., vs.) or between digits.
 */
import { createLocator } from '../parse/positions.js';
import type { Block, ConceptId, MentionHit, Note, NoteId } from '../types.js';

/** A mention inside a block, by block-text index. */
export interface PlacedHit {
  concept: ConceptId;
  start: number;
  end: number;
}

export interface Sentence {
  note: NoteId;
  block: number;
  /** Index range in block.text. */
  start: number;
  end: number;
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

const HARD_END = new Set(['。', '！', '？', '；', '!', '?', ';', '\n']);
const ABBREVIATIONS = /(?:^|[^\p{L}])(?:e\.g|i\.e|etc|vs|cf|mr|mrs|dr|no|fig|approx|al)$/iu;

export function sentenceSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    let end = HARD_END.has(ch);
    if (!end && ch === '.') {
      const next = text[i + 1];
      end = (next === undefined || /\s/u.test(next)) && !ABBREVIATIONS.test(text.slice(Math.max(from, i - 8), i));
    }
    if (end) {
      spans.push([from, i]);
      from = i + 1;
    }
  }
  spans.push([from, text.length]);
  return spans.filter(([a, b]) => text.slice(a, b).trim() !== '');
}

/** Every block of a note with its sentences and hits; blocks without text are left out. */
export function indexNote(note: Note, hits: readonly MentionHit[]): BlockSentences[] {
  const byBlock = new Map<number, PlacedHit[]>();
  for (const hit of hits) {
    const start = note.blocks[hit.block].runs[hit.run].at + hit.index;
    const list = byBlock.get(hit.block) ?? [];
    list.push({ concept: hit.concept, start, end: start + hit.length });
    byBlock.set(hit.block, list);
  }
  let locator: ReturnType<typeof createLocator> | undefined;
  const lineOf = (block: Block, at: number): number => {
    const run = block.runs.find((r) => r.at + r.length > at);
    if (!run) return block.line;
    locator ??= createLocator(note.text);
    return locator.locate(run.offset + Math.max(0, at - run.at)).line;
  };
  const out: BlockSentences[] = [];
  note.blocks.forEach((block, blockIndex) => {
    if (!block.text.trim()) return;
    const blockHits = (byBlock.get(blockIndex) ?? []).sort((a, b) => a.start - b.start);
    let cursor = 0;
    const sentences = sentenceSpans(block.text).map(([start, end]) => {
      const inside: PlacedHit[] = [];
      while (cursor < blockHits.length && blockHits[cursor].start < end) {
        if (blockHits[cursor].start >= start) inside.push(blockHits[cursor]);
        cursor++;
      }
      return { note: note.id, block: blockIndex, start, end, line: inside.length ? lineOf(block, inside[0].start) : lineOf(block, start), hits: inside };
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
