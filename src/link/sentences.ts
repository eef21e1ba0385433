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
  /** The concept's number (ConceptNumbers): lets builders count with typed arrays instead of string-keyed maps. */
  n: number;
  start: number;
  end: number;
}

export interface Sentence {
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

/**
 * Concept ids → small integers, in id order (so comparing numbers compares ids). A hit of a concept missing from
 * the list (hits found with another concept list) gets the next free number; such numbers are not in id order.
 */
export class ConceptNumbers {
  readonly ids: ConceptId[];
  /** Hits per concept number, counted by `mention` (indexNote counts every hit). */
  readonly mentions: number[];
  private readonly numbers = new Map<ConceptId, number>();

  constructor(ids: Iterable<ConceptId>) {
    this.ids = [...new Set(ids)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    this.ids.forEach((id, n) => this.numbers.set(id, n));
    this.mentions = this.ids.map(() => 0);
  }

  get size(): number {
    return this.ids.length;
  }

  /** The concept's number, undefined when it has none yet. */
  find(id: ConceptId): number | undefined {
    return this.numbers.get(id);
  }

  /** The concept's number, given the next free one when it has none yet. */
  numberOf(id: ConceptId): number {
    let n = this.numbers.get(id);
    if (n === undefined) {
      n = this.ids.push(id) - 1;
      this.mentions.push(0);
      this.numbers.set(id, n);
    }
    return n;
  }

  /** numberOf, counting one more mention of the concept. */
  mention(id: ConceptId): number {
    const n = this.numberOf(id);
    this.mentions[n]++;
    return n;
  }
}

/**
 * The characters that may end a sentence (。！？；!?; newline, `.`). A regex scan finds them several times faster
 * than a charCodeAt loop over every character of the vault; `test` + lastIndex avoids a match array per end.
 */
const END_CANDIDATE = /[。！？；!?;\n.]/g;
const ABBREVIATIONS = /(?:^|[^\p{L}])(?:e\.g|i\.e|etc|vs|cf|mr|mrs|dr|no|fig|approx|al)$/iu;

/** The last letters of the abbreviations above (g c s f r o l x e), either case: only these can end one. */
function mayEndAbbreviation(code: number): boolean {
  const lower = code | 32;
  return lower === 103 || lower === 99 || lower === 115 || lower === 102 || lower === 114 || lower === 111 || lower === 108 || lower === 120 || lower === 101;
}

/** A `.` at `i` ends the sentence begun at `from`: before whitespace or the end, and not after an abbreviation. */
function isSentenceDot(text: string, from: number, i: number): boolean {
  const next = text.charCodeAt(i + 1);
  if (!(i + 1 === text.length || next === 32 || next === 10 || next === 9)) return false;
  return !(mayEndAbbreviation(text.charCodeAt(i - 1)) && ABBREVIATIONS.test(text.slice(Math.max(from, i - 8), i)));
}

/** Some character in [from, to) other than a space, tab or ideographic space: a sentence of only spaces is dropped. */
function hasText(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 0x3000) return true;
  }
  return false;
}

/** The sentences of a block text as flat (start, end) pairs into `out` (cleared): no tuple per sentence. */
function spansInto(text: string, out: number[]): void {
  out.length = 0;
  let from = 0;
  END_CANDIDATE.lastIndex = 0;
  while (END_CANDIDATE.test(text)) {
    const i = END_CANDIDATE.lastIndex - 1; // every candidate is one code unit
    if (text.charCodeAt(i) === 46 && !isSentenceDot(text, from, i)) continue;
    if (hasText(text, from, i)) out.push(from, i);
    from = i + 1;
  }
  if (hasText(text, from, text.length)) out.push(from, text.length);
}

const spans: number[] = [];
/** Shared by every sentence without a mention (nothing in link mutates a sentence's or a block's hits). */
const NO_HITS: PlacedHit[] = [];

/** Every block of a note with its sentences and hits; blocks without text are left out. */
export function indexNote(note: Note, given: readonly MentionHit[], numbers: ConceptNumbers): BlockSentences[] {
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
    spansInto(block.text, spans);
    if (!spans.length) continue;
    const first = h; // blockHits[k] is hits[first + k]
    const blockHits: PlacedHit[] = h < hits.length && hits[h].block === blockIndex ? [] : NO_HITS;
    for (; h < hits.length && hits[h].block === blockIndex; h++) {
      const hit = hits[h];
      const start = block.runs[hit.run].at + hit.index;
      blockHits.push({ concept: hit.concept, n: numbers.mention(hit.concept), start, end: start + hit.length });
    }
    let cursor = 0;
    const sentences: Sentence[] = new Array(spans.length / 2);
    for (let s = 0; s < sentences.length; s++) {
      const start = spans[2 * s];
      const end = spans[2 * s + 1];
      while (cursor < blockHits.length && blockHits[cursor].start < start) cursor++;
      const from = cursor;
      while (cursor < blockHits.length && blockHits[cursor].start < end) cursor++;
      // A sentence holding all of its block's hits (most blocks have one sentence) shares the block's array.
      const inside = cursor === from ? NO_HITS : cursor - from === blockHits.length ? blockHits : blockHits.slice(from, cursor);
      const line = cursor > from ? hits[first + from].position.line : block.line;
      sentences[s] = { start, end, line, hits: inside };
    }
    out.push({ note, block, blockIndex, sentences, hits: blockHits });
  }
  return out;
}

/** A pattern builder that reads one sentence at a time: relations.ts walks the sentences once for all of them. */
export interface SentenceReader {
  /** A sentence with at least one mention; `body` is its text (cut once, shared by the readers). */
  sentence(entry: BlockSentences, s: number, body: string): void;
  /** Called after the block's sentences. */
  block?(entry: BlockSentences): void;
}

export function readSentences(indexed: readonly BlockSentences[], readers: readonly SentenceReader[]): void {
  for (const entry of indexed) {
    const { sentences, block } = entry;
    for (let s = 0; s < sentences.length; s++) {
      const sentence = sentences[s];
      if (!sentence.hits.length) continue;
      const body = block.text.slice(sentence.start, sentence.end);
      for (const reader of readers) reader.sentence(entry, s, body);
    }
    for (const reader of readers) reader.block?.(entry);
  }
}

/** The sentence text, trimmed, cut to about `max` characters around `focus` (a block-text index). */
let lastExcerpt: { block: Block; start: number; end: number; focus: number; max: number; out: string } | undefined;

export function excerpt(block: Block, sentence: Pick<Sentence, 'start' | 'end'>, focus = sentence.start, max = 160): string {
  // One sentence often yields several relations (an enumeration's items) with the same excerpt: remember the last
  // (by block object, not by text: another note with the same text still costs its own excerpt).
  const last = lastExcerpt;
  if (last && last.block === block && last.start === sentence.start && last.end === sentence.end && last.focus === focus && last.max === max) return last.out;
  const out = cutExcerpt(block, sentence, focus, max);
  lastExcerpt = { block, start: sentence.start, end: sentence.end, focus, max, out };
  return out;
}

/** Whitespace other than a single space: only then does collapsing runs to one space change the text. */
const UNTIDY_SPACE = /[^\S ]|\s\s/u;

function cutExcerpt(block: Block, sentence: Pick<Sentence, 'start' | 'end'>, focus: number, max: number): string {
  const text = block.text.slice(sentence.start, sentence.end);
  // One scan that usually finds nothing is cheaper than a replace that calls back for every space.
  const raw = (UNTIDY_SPACE.test(text) ? text.replace(/\s+/gu, ' ') : text).trim();
  if (raw.length <= max) return raw;
  const at = Math.max(0, Math.min(raw.length - max + 1, focus - sentence.start - Math.floor(max / 3)));
  return `${at > 0 ? '…' : ''}${raw.slice(at, at + max - 2).trim()}…`;
}
