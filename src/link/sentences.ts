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

/** The last letters of the abbreviations above (g c s f r o l x e), either case: only these can end one. */
function mayEndAbbreviation(code: number): boolean {
  const lower = code | 32;
  return lower === 103 || lower === 99 || lower === 115 || lower === 102 || lower === 114 || lower === 111 || lower === 108 || lower === 120 || lower === 101;
}

export function sentenceSpans(text: string): Array<[number, number]> {
  const flat: number[] = [];
  spansInto(text, flat);
  const spans: Array<[number, number]> = [];
  for (let k = 0; k < flat.length; k += 2) spans.push([flat[k], flat[k + 1]]);
  return spans;
}

/** sentenceSpans as flat (start, end) pairs into `out` (cleared): no tuple per sentence. */
function spansInto(text: string, out: number[]): void {
  out.length = 0;
  let from = 0;
  let hasText = false; // a sentence of only spaces is dropped
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    let end = isHardEnd(code);
    if (!end && code === 46) {
      const next = text.charCodeAt(i + 1);
      end = (i + 1 === text.length || next === 32 || next === 10 || next === 9) && !(mayEndAbbreviation(text.charCodeAt(i - 1)) && ABBREVIATIONS.test(text.slice(Math.max(from, i - 8), i)));
    }
    if (end) {
      if (hasText) out.push(from, i);
      from = i + 1;
      hasText = false;
    } else if (!hasText && code !== 32 && code !== 9 && code !== 0x3000) hasText = true;
  }
  if (hasText) out.push(from, text.length);
}

const spans: number[] = [];
/** Shared by every sentence without a mention (nothing in link mutates a sentence's hits). */
const NO_HITS: PlacedHit[] = [];

/** Every block of a note with its sentences and hits; blocks without text are left out. */
export function indexNote(note: Note, given: readonly MentionHit[]): BlockSentences[] {
  // Hits are in reading order (findNoteHits), so each block's hits are one contiguous slice of them; hits from
  // elsewhere are grouped by block first (stable: their order inside a block is kept).
  let hits = given;
  for (let i = 1; i < given.length; i++) {
    if (given[i].block < given[i - 1].block) {
      hits = [...given].sort((a, b) => a.block - b.block);
      break;
    }
  }
  const out: BlockSentences[] = [];
  const blocks = note.blocks;
  let h = 0;
  for (let blockIndex = 0; blockIndex < blocks.length; blockIndex++) {
    const block = blocks[blockIndex];
    while (h < hits.length && hits[h].block < blockIndex) h++;
    const blockHits: PlacedHit[] = h < hits.length && hits[h].block === blockIndex ? [] : NO_HITS;
    for (; h < hits.length && hits[h].block === blockIndex; h++) {
      const hit = hits[h];
      const start = block.runs[hit.run].at + hit.index;
      blockHits.push({ concept: hit.concept, start, end: start + hit.length, line: hit.position.line });
    }
    spansInto(block.text, spans);
    if (!spans.length) continue;
    let cursor = 0;
    const sentences: Sentence[] = new Array(spans.length / 2);
    for (let s = 0; s < sentences.length; s++) {
      const start = spans[2 * s];
      const end = spans[2 * s + 1];
      while (cursor < blockHits.length && blockHits[cursor].start < start) cursor++;
      const first = cursor;
      while (cursor < blockHits.length && blockHits[cursor].start < end) cursor++;
      const inside = cursor > first ? blockHits.slice(first, cursor) : NO_HITS;
      sentences[s] = { note: note.id, block: blockIndex, start, end, line: inside.length ? inside[0].line : block.line, hits: inside };
    }
    out.push({ note, block, blockIndex, sentences, hits: blockHits });
  }
  return out;
}

/** The sentence text, trimmed, cut to about `max` characters around `focus` (a block-text index). */
let lastExcerpt: { text: string; start: number; end: number; focus: number; max: number; out: string } | undefined;

export function excerpt(block: Block, sentence: Pick<Sentence, 'start' | 'end'>, focus = sentence.start, max = 160): string {
  // One sentence often yields several relations (an enumeration's items) with the same excerpt: remember the last.
  const last = lastExcerpt;
  if (last && last.start === sentence.start && last.end === sentence.end && last.focus === focus && last.max === max && last.text === block.text) return last.out;
  const out = cutExcerpt(block, sentence, focus, max);
  lastExcerpt = { text: block.text, start: sentence.start, end: sentence.end, focus, max, out };
  return out;
}

function cutExcerpt(block: Block, sentence: Pick<Sentence, 'start' | 'end'>, focus: number, max: number): string {
  const raw = block.text.slice(sentence.start, sentence.end).replace(/\s+/gu, ' ').trim();
  if (raw.length <= max) return raw;
  const at = Math.max(0, Math.min(raw.length - max + 1, focus - sentence.start - Math.floor(max / 3)));
  return `${at > 0 ? '…' : ''}${raw.slice(at, at + max - 2).trim()}…`;
}
