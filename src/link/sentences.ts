/**
 * Splits each block into sentences and clauses and places the note's mention hits in them. Relations are
 * read from these: co-occurrence counts per sentence (and per paragraph as a fallback), patterns look inside one
 * sentence. Sentence ends: 。！？；!?; and newlines always; `.` only before whitespace or the end and not after a
 * common abbreviation (e.g., i.e., etc., vs.) or between digits.
 */
import type { Block, ConceptId, Evidence, MentionHit, Note, NoteId, Position } from '../types.js';
import { cueMask } from './cue-mask.js';
import { BLOCK, CONCEPT, END, HIT_FIELDS, NoteHits, START } from './note-hits.js';

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
  /** Hits per concept number (SentenceIndex counts every hit of a block with text). */
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
  // No charCodeAt past either end (NaN there answers the same): one such read deoptimised the sentence splitter.
  if (i + 1 !== text.length) {
    const next = text.charCodeAt(i + 1);
    if (!(next === 32 || next === 10 || next === 9)) return false;
  }
  return !(i > 0 && mayEndAbbreviation(text.charCodeAt(i - 1)) && ABBREVIATIONS.test(text.slice(Math.max(from, i - 8), i)));
}

/**
 * A newline inside a hard-wrapped sentence (`The standard names four: read⏎uncommitted, read committed`): the line
 * goes on in lower case after a word or a comma, or after a comma-like mark in any script (`、`, `，`). A newline
 * before a capital or Han text still ends the sentence (lines of a list-like paragraph, Chinese prose).
 */
function isSoftWrap(text: string, i: number): boolean {
  let before = i - 1;
  while (before >= 0 && (text.charCodeAt(before) === 32 || text.charCodeAt(before) === 9)) before--;
  if (before < 0) return false;
  const last = text.charCodeAt(before);
  if (last === 44 || last === 0xff0c || last === 0x3001) return true;
  let after = i + 1;
  while (after < text.length && (text.charCodeAt(after) === 32 || text.charCodeAt(after) === 9)) after++;
  const next = text.charCodeAt(after);
  const wordBefore = (last >= 97 && last <= 122) || (last >= 65 && last <= 90) || (last >= 48 && last <= 57) || last === 41 || last === 96;
  return wordBefore && next >= 97 && next <= 122;
}

/** Some character in [from, to) other than a space, tab or ideographic space: a sentence of only spaces is dropped. */
function hasText(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 32 && code !== 9 && code !== 0x3000) return true;
  }
  return false;
}

/**
 * (start, end) pairs, reused for every block: a typed array with its own length (emptying an array by `length = 0`
 * dropped its storage, so every block grew it anew).
 */
class Spans {
  data = new Int32Array(64);
  length = 0;

  push(start: number, end: number): void {
    if (this.length + 2 > this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = start;
    this.data[this.length++] = end;
  }
}

/** The sentences of a block text as flat (start, end) pairs into `out` (cleared): no tuple per sentence. */
function spansInto(text: string, out: Spans): void {
  out.length = 0;
  let from = 0;
  END_CANDIDATE.lastIndex = 0;
  while (END_CANDIDATE.test(text)) {
    const i = END_CANDIDATE.lastIndex - 1; // every candidate is one code unit
    const code = text.charCodeAt(i);
    if (code === 46 && !isSentenceDot(text, from, i)) continue;
    if (code === 10 && isSoftWrap(text, i)) continue;
    if (hasText(text, from, i)) out.push(from, i);
    from = i + 1;
  }
  if (hasText(text, from, text.length)) out.push(from, text.length);
}

const spans = new Spans();
/** Shared by every sentence without a mention (nothing in link mutates a sentence's or a block's hits). */
const NO_HITS: PlacedHit[] = [];

/**
 * Every block with text of every note, its sentences and the mentions placed in them, as flat numbers. Entries
 * (blocks with at least one sentence) are numbered e, sentences g and hits h, each in reading order over the whole
 * build: entry e holds sentences [sentenceFrom(e), sentenceFrom(e + 1)) and hits [hitFrom(e), hitFrom(e + 1));
 * sentence g holds hits [firstHit(g), endHit(g)). The counting builders (co-occurrence, evidence, topics,
 * headings) read these numbers; the pattern builders get objects per block (`entry`), made when read and dropped
 * right after, so no object per hit or sentence lives through the stage (the young-generation collector copied
 * hundreds of thousands of them again and again).
 */
export class SentenceIndex {
  /** The notes in the order added; per entry, the number of its note there and its block's index in the note. */
  private readonly noteList: Note[] = [];
  private readonly entryNote: Int32Array;
  private readonly entryBlock: Int32Array;
  entries = 0;
  sentences = 0;
  /** Per entry e: its first sentence and first hit (one more slot, so e + 1 always ends entry e). */
  private readonly entrySentence: Int32Array;
  private readonly entryHit: Int32Array;
  /**
   * SENTENCE_FIELDS numbers per sentence; sized for two sentences per block at first (blocks average about 1.5),
   * grown by doubling only past that: each doubling copied every sentence again into fresh memory.
   */
  private sentenceData: Int32Array;
  /**
   * Per hit, its concept number (sized for every hit given). Starts and ends are read from the notes' own hit data
   * (NoteHits.data, per note in noteData; entry e's first hit is number entryFirstK[e] there), not copied.
   */
  private readonly hitN: Int32Array;
  private readonly noteData: Int32Array[] = [];
  private readonly entryFirstK: Int32Array;
  private hits = 0;
  /** Per hit-list concept table, its numbers in `numbers` (-1 until first met, so numbering follows the hits). */
  private readonly translations = new Map<readonly ConceptId[], Int32Array>();

  constructor(
    readonly numbers: ConceptNumbers,
    maxEntries: number,
    maxHits: number,
  ) {
    this.sentenceData = new Int32Array(SENTENCE_FIELDS * (2 * maxEntries + 16));
    this.entryNote = new Int32Array(maxEntries);
    this.entryBlock = new Int32Array(maxEntries);
    this.entrySentence = new Int32Array(maxEntries + 1);
    this.entryHit = new Int32Array(maxEntries + 1);
    this.entryFirstK = new Int32Array(maxEntries);
    this.hitN = new Int32Array(maxHits);
  }

  /** Entry e's note and block (kept as numbers: arrays of objects per entry grew and were copied as they filled). */
  noteOf(e: number): Note {
    return this.noteList[this.entryNote[e]];
  }

  blockOf(e: number): Block {
    return this.noteList[this.entryNote[e]].blocks[this.entryBlock[e]];
  }

  sentenceFrom(e: number): number {
    return this.entrySentence[e];
  }

  hitFrom(e: number): number {
    return this.entryHit[e];
  }

  /** Sentence g's start and end (block-text indexes). */
  start(g: number): number {
    return this.sentenceData[g * SENTENCE_FIELDS];
  }

  end(g: number): number {
    return this.sentenceData[g * SENTENCE_FIELDS + 1];
  }

  /** Line of sentence g's first mention (exact), else of its block: evidence points at the mention. */
  line(g: number): number {
    return this.sentenceData[g * SENTENCE_FIELDS + 2];
  }

  firstHit(g: number): number {
    return this.sentenceData[g * SENTENCE_FIELDS + 3];
  }

  endHit(g: number): number {
    return this.sentenceData[g * SENTENCE_FIELDS + 4];
  }

  /** The entry sentence g is in. */
  entryOf(g: number): number {
    return this.sentenceData[g * SENTENCE_FIELDS + 5];
  }

  /** Hit h's concept number. */
  n(h: number): number {
    return this.hitN[h];
  }

  /** Start and end (block-text indexes) of hit h, which is in entry e. */
  hitStart(e: number, h: number): number {
    return this.noteData[this.entryNote[e]][(this.entryFirstK[e] + h - this.entryHit[e]) * HIT_FIELDS + START];
  }

  hitEnd(e: number, h: number): number {
    return this.noteData[this.entryNote[e]][(this.entryFirstK[e] + h - this.entryHit[e]) * HIT_FIELDS + END];
  }

  /** Indexes one note's blocks (notes must be added in the order they are to be read). */
  addNote(note: Note, noteHits: NoteHits | undefined): void {
    const data = noteHits ? noteHits.data : EMPTY;
    const positions = noteHits ? noteHits.positions : [];
    const numberOf = noteHits ? this.translation(noteHits.concepts) : EMPTY;
    const hitN = this.hitN;
    const mentions = this.numbers.mentions;
    const blocks = note.blocks;
    const noteNumber = this.noteList.push(note) - 1;
    this.noteData.push(data);
    // Counters in locals, written back per block: the hot loop then touches no object field.
    let hits = this.hits;
    let k = 0; // HIT_FIELDS × the next hit of the note
    for (let blockIndex = 0; blockIndex < blocks.length; blockIndex++) {
      const block = blocks[blockIndex];
      while (k < data.length && data[k + BLOCK] < blockIndex) k += HIT_FIELDS;
      spansInto(block.text, spans);
      if (!spans.length) continue;
      const e = this.entries++;
      this.entryNote[e] = noteNumber;
      this.entryBlock[e] = blockIndex;
      this.entryFirstK[e] = k / HIT_FIELDS;
      const first = hits; // build number of the block's first hit
      const firstK = k; // the same hit in the note's data
      for (; k < data.length && data[k + BLOCK] === blockIndex; k += HIT_FIELDS) {
        const local = data[k + CONCEPT];
        let n = numberOf[local];
        if (n < 0) n = numberOf[local] = this.numbers.numberOf(noteHits!.concepts[local]);
        mentions[n]++;
        hitN[hits++] = n;
      }
      this.hits = hits;
      this.addSentences(e, block.line, data, positions, firstK / HIT_FIELDS, hits - first);
      this.entrySentence[e + 1] = this.sentences;
      this.entryHit[e + 1] = hits;
    }
  }

  /**
   * The block's sentences (in `spans`), each with the block's hits that start inside it: `count` hits, from hit
   * number `firstInNote` of the note's data (and positions) on.
   */
  private addSentences(e: number, blockLine: number, data: Int32Array, positions: readonly Position[], firstInNote: number, count: number): void {
    const needed = (this.sentences + spans.length / 2) * SENTENCE_FIELDS;
    if (needed > this.sentenceData.length) {
      const bigger = new Int32Array(Math.max(needed, this.sentenceData.length * 2));
      bigger.set(this.sentenceData);
      this.sentenceData = bigger;
    }
    const out = this.sentenceData;
    const first = this.entryHit[e]; // build number of the block's first hit
    let cursor = 0; // the block's hits so far
    const starts = firstInNote * HIT_FIELDS + START; // the block's first hit's start in `data`
    const pairs = spans.data;
    for (let s = 0; s < spans.length; s += 2) {
      const start = pairs[s];
      const end = pairs[s + 1];
      while (cursor < count && data[starts + cursor * HIT_FIELDS] < start) cursor++;
      const from = cursor;
      while (cursor < count && data[starts + cursor * HIT_FIELDS] < end) cursor++;
      const at = this.sentences++ * SENTENCE_FIELDS;
      out[at] = start;
      out[at + 1] = end;
      out[at + 2] = cursor > from ? positions[firstInNote + from].line : blockLine;
      out[at + 3] = first + from;
      out[at + 4] = first + cursor;
      out[at + 5] = e;
    }
  }

  private translation(concepts: readonly ConceptId[]): Int32Array {
    let out = this.translations.get(concepts);
    if (!out) this.translations.set(concepts, (out = new Int32Array(concepts.length).fill(-1)));
    return out;
  }

  /**
   * Entry e as objects, for the pattern builders: valid until the next call (callers read it and let it go). The
   * hit and sentence objects are reused from call to call, only the lists are new: a build's hundreds of thousands
   * of short-lived hits were most of what the pattern walk allocated. Sentences without mentions share one empty
   * list and a sentence with all of its block's mentions shares the block's.
   */
  entry(e: number): BlockSentences {
    const ids = this.numbers.ids;
    const firstHit = this.hitFrom(e);
    const count = this.hitFrom(e + 1) - firstHit;
    const hits: PlacedHit[] = count === 0 ? NO_HITS : new Array(count);
    const hitPool = this.hitPool;
    for (let i = 0; i < count; i++) {
      const h = firstHit + i;
      const n = this.n(h);
      const hit = (hitPool[i] ??= { concept: '' as ConceptId, n: 0, start: 0, end: 0 });
      hit.concept = ids[n];
      hit.n = n;
      hit.start = this.hitStart(e, h);
      hit.end = this.hitEnd(e, h);
      hits[i] = hit;
    }
    const from = this.sentenceFrom(e);
    const sentences: Sentence[] = new Array(this.sentenceFrom(e + 1) - from);
    const sentencePool = this.sentencePool;
    for (let s = 0; s < sentences.length; s++) {
      const g = from + s;
      const a = this.firstHit(g) - firstHit;
      const b = this.endHit(g) - firstHit;
      const sentence = (sentencePool[s] ??= { start: 0, end: 0, line: 0, hits: NO_HITS });
      sentence.start = this.start(g);
      sentence.end = this.end(g);
      sentence.line = this.line(g);
      sentence.hits = a === b ? NO_HITS : b - a === hits.length ? hits : hits.slice(a, b);
      sentences[s] = sentence;
    }
    return { note: this.noteOf(e), block: this.blockOf(e), blockIndex: this.entryBlock[e], sentences, hits };
  }

  /** The objects `entry` reuses, by index in the entry. */
  private readonly hitPool: PlacedHit[] = [];
  private readonly sentencePool: Sentence[] = [];
}

const EMPTY = new Int32Array(0);
/** Numbers per sentence in SentenceIndex: start, end, line, first hit, end of hits, entry. */
const SENTENCE_FIELDS = 6;

/** Every block of the notes with its sentences and hits; blocks without text are left out. */
export function indexSentences(notes: readonly Note[], hits: ReadonlyMap<NoteId, NoteHits | readonly MentionHit[]>, numbers: ConceptNumbers): SentenceIndex {
  let blocks = 0;
  let hitCount = 0;
  const given = notes.map((note) => {
    blocks += note.blocks.length;
    const list = hits.get(note.id);
    const noteHits = list === undefined || list instanceof NoteHits ? list : NoteHits.fromHits(note, list);
    hitCount += noteHits ? noteHits.length : 0;
    return noteHits;
  });
  const index = new SentenceIndex(numbers, blocks, hitCount);
  notes.forEach((note, i) => index.addNote(note, given[i]));
  return index;
}

/**
 * A pattern builder that reads one sentence at a time: relations.ts walks the sentences once for all of them. The
 * readers are classes (their state in fields), not objects of closures made per build: optimised code that had inlined
 * one build's closures was thrown away in the next build of the same process (serve, watch: `wrong call target`).
 */
export interface SentenceReader {
  /**
   * When to call `sentence`: only for a sentence with one of these cueMask bits, or with at least `minHits`
   * mentions (Infinity: never for the count alone). Both are necessary conditions of everything the reader looks
   * for, so the walk skips a sentence the reader would have dropped at its first test (most sentences, for most
   * readers), and readers run on fewer sentences and get hot later (fewer optimising compiles in a cold build).
   */
  readonly cues: number;
  readonly minHits: number;
  /**
   * A sentence with at least one mention; `cut.body` is its text (cut on first use, shared by the readers: most
   * sentences hold no cue and are never cut), `cues` its cueMask bits (found once, shared: a reader runs a pattern
   * only when the pattern's bit is set).
   */
  sentence(entry: BlockSentences, s: number, cut: SentenceText, cues: number): void;
  /** Called after the block's sentences (only for blocks with a mention). */
  block?(entry: BlockSentences): void;
}

/** The text of the sentence being read, cut on first use (one object, reset for each sentence). */
export class SentenceText {
  private text = '';
  private start = 0;
  private end = 0;
  private cut: string | undefined;

  reset(text: string, start: number, end: number): void {
    this.text = text;
    this.start = start;
    this.end = end;
    this.cut = undefined;
  }

  get body(): string {
    return (this.cut ??= this.text.slice(this.start, this.end));
  }
}

const sentenceText = new SentenceText();

export function readSentences(index: SentenceIndex, readers: readonly SentenceReader[]): void {
  for (let e = 0; e < index.entries; e++) {
    if (index.hitFrom(e) === index.hitFrom(e + 1)) continue; // no mention: nothing for a reader to see
    const entry = index.entry(e);
    const { sentences, block } = entry;
    for (let s = 0; s < sentences.length; s++) {
      const sentence = sentences[s];
      if (!sentence.hits.length) continue;
      sentenceText.reset(block.text, sentence.start, sentence.end);
      const cues = cueMask(block.text, sentence.start, sentence.end);
      const count = sentence.hits.length;
      for (const reader of readers) if ((cues & reader.cues) !== 0 || count >= reader.minHits) reader.sentence(entry, s, sentenceText, cues);
    }
    for (const reader of readers) reader.block?.(entry);
  }
}

/**
 * Evidence from a sentence, its excerpt cut only when read: a relation keeps five pieces of evidence, chosen by
 * note and line first, so most evidence the pattern builders offer is dropped without its text ever being needed.
 * Evidence whose text is known up front (fixedEvidence) is of this class too: RelationSet.add, keepBest and
 * compareEvidence then see one map, where a second shape (plain objects) deoptimised them when it first arrived.
 */
export class SentenceEvidence implements Evidence {
  constructor(
    readonly note: NoteId,
    readonly line: number,
    private readonly block: Block | undefined,
    readonly start: number,
    readonly end: number,
    private readonly focus: number,
    private cut: string | undefined,
  ) {}

  get text(): string {
    return (this.cut ??= excerpt(this.block!, this.start, this.end, this.focus));
  }
}

/** Evidence of a placed sentence, its excerpt centred on `focus` (see SentenceEvidence). */
export function sentenceEvidence(entry: BlockSentences, sentence: Sentence, focus: number): Evidence {
  return new SentenceEvidence(entry.note.id, sentence.line, entry.block, sentence.start, sentence.end, focus, undefined);
}

/** Evidence whose text is already cut, of the same class as sentenceEvidence's (see SentenceEvidence). */
export function fixedEvidence(note: NoteId, line: number, text: string): Evidence {
  return new SentenceEvidence(note, line, undefined, 0, 0, 0, text);
}

/** The sentence text, trimmed, cut to about `max` characters around `focus` (a block-text index). */
let lastExcerpt: { block: Block; start: number; end: number; focus: number; max: number; out: string } | undefined;

// The span comes as numbers, not as an object: callers held sentences, units and evidence of several shapes, and the
// reads of their start and end deoptimised excerpt and cutExcerpt (wrong map) as each new shape arrived.
export function excerpt(block: Block, start: number, end: number, focus: number, max = 160): string {
  // One sentence often yields several relations (an enumeration's items) with the same excerpt: remember the last
  // (by block object, not by text: another note with the same text still costs its own excerpt).
  const last = lastExcerpt;
  if (last && last.block === block && last.start === start && last.end === end && last.focus === focus && last.max === max) return last.out;
  const out = cutExcerpt(block, start, end, focus, max);
  lastExcerpt = { block, start, end, focus, max, out };
  return out;
}

/** Whitespace other than a single space: only then does collapsing runs to one space change the text. */
const UNTIDY_SPACE = /[^\S ]|\s\s/u;

function cutExcerpt(block: Block, start: number, end: number, focus: number, max: number): string {
  const text = block.text.slice(start, end);
  // One scan that usually finds nothing is cheaper than a replace that calls back for every space.
  const raw = (UNTIDY_SPACE.test(text) ? text.replace(/\s+/gu, ' ') : text).trim();
  if (raw.length <= max) return raw;
  const at = Math.max(0, Math.min(raw.length - max + 1, focus - start - Math.floor(max / 3)));
  return `${at > 0 ? '…' : ''}${raw.slice(at, at + max - 2).trim()}…`;
}
