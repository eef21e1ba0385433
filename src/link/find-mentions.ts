/**
 * Every mention of every concept in every note, linked or not. One automaton for the whole build; each block's
 * linkable runs are scanned once, with the block text around them as word-boundary context (so `**image**s` or
 * `` `VM`ware `` do not yield a false whole-word match). Runs never include code, URLs, link text or HTML, so
 * mentions never fall inside them. Positions are exact: `note.text.slice(offset, offset + length)` is the surface.
 * Hits are kept flat per note (NoteHits): no object per hit, only its position (which the mentions list) is one.
 */
import { createLocator } from '../parse/positions.js';
import type { Concept, ConceptId, Mention, Note, NoteId, Position } from '../types.js';
import { buildAutomaton, type ConceptAutomaton } from './automaton.js';
import { BLOCK, CONCEPT, END, HIT_FIELDS, NoteHits, RUN, START } from './note-hits.js';

export interface MentionsResult {
  /** Per note, every hit in reading order (block, run, index). */
  hits: Map<NoteId, NoteHits>;
  /** One per (note, concept), sorted by note then concept. */
  mentions: Mention[];
}

export function findMentions(notes: readonly Note[], concepts: readonly Concept[], automaton?: ConceptAutomaton): MentionsResult {
  const machine = automaton ?? buildAutomaton(concepts);
  const table = new ConceptTable(concepts, machine);
  const sorted = [...notes].sort((a, b) => compare(a.id, b.id));
  const buffer = new HitBuffer();
  // One note's positions (scanNote returns how many), copied out at their exact length. Overwritten from the
  // start for each note, not emptied by `length = 0`, which dropped the storage and grew it anew for every note.
  const scratch: Position[] = [];
  const found = sorted.map((note) => {
    buffer.startNote();
    const count = scanNote(note, machine, table, buffer, scratch);
    return { data: buffer.noteData(), positions: scratch.slice(0, count) };
  });
  const hits = new Map<NoteId, NoteHits>();
  const mentions: Mention[] = [];
  const grouping = new Grouping();
  sorted.forEach((note, i) => {
    const noteHits = new NoteHits(note, found[i].data, table.ids, found[i].positions);
    hits.set(note.id, noteHits);
    grouping.summarise(noteHits, table, mentions);
  });
  return { hits, mentions };
}

/** Numbers per chunk of HitBuffer: room for 64 Ki hits (1.25 MB). */
const CHUNK = HIT_FIELDS * 65536;

/**
 * HIT_FIELDS numbers per hit, in chunks of CHUNK numbers; each note's hits lie in one chunk (its NoteHits is a
 * view of that range). A full chunk is left as is and a new one begun, taking along only the current note's
 * hits: one buffer grown by doubling copied every hit again at each doubling and touched twice the memory (on
 * this VM a first touch of a page costs more than filling it), and a typed array per note cost an ArrayBuffer
 * per note.
 */
export class HitBuffer {
  data = new Int32Array(0);
  length = 0;
  /** Where the current note's hits begin in `data`. */
  private noteStart = 0;

  startNote(): void {
    this.noteStart = this.length;
  }

  /** Room for `count` more hits of the current note. */
  reserve(count: number): void {
    const needed = this.length + count * HIT_FIELDS;
    if (needed <= this.data.length) return;
    const kept = this.length - this.noteStart;
    // A note larger than a chunk (a 10 MB note) grows by doubling: sized to fit exactly, every later run of the
    // same note would copy all its hits again (quadratic).
    const chunk = new Int32Array(Math.max(CHUNK, 2 * (kept + count * HIT_FIELDS)));
    chunk.set(this.data.subarray(this.noteStart, this.length));
    this.data = chunk;
    this.noteStart = 0;
    this.length = kept;
  }

  /** The current note's hits (a view: they never move once the note is done). */
  noteData(): Int32Array {
    return this.data.subarray(this.noteStart, this.length);
  }
}

/**
 * Concept numbers for hits: the concepts' ids in id order (so numbers compare like ids and a note's mentions
 * come out sorted without comparing strings), then any concept the automaton knows that the list does not
 * (an automaton built from other concepts), numbered as met. Each automaton entry (rank) is looked up once.
 */
class ConceptTable {
  readonly ids: ConceptId[];
  /** Numbers below this are in id order. */
  readonly sorted: number;
  private readonly numbers = new Map<ConceptId, number>();
  private readonly byRank: number[] = [];

  constructor(concepts: readonly Concept[], private readonly automaton: ConceptAutomaton) {
    this.ids = [...new Set(concepts.map((c) => c.id))].sort(compare);
    this.ids.forEach((id, n) => this.numbers.set(id, n));
    this.sorted = this.ids.length;
  }

  numberOfRank(rank: number): number {
    const known = this.byRank[rank];
    if (known !== undefined) return known;
    const id = this.automaton.conceptOf(rank);
    let n = this.numbers.get(id);
    if (n === undefined) this.numbers.set(id, (n = this.ids.push(id) - 1));
    this.byRank[rank] = n;
    return n;
  }
}

/** Reused match buffer: (start, end, rank) triples from ConceptAutomaton.scanInto. */
const matched: number[] = [];

/** Appends the hits of one note to `out` and writes their positions to `positions` from index 0, in reading order; returns their number. */
function scanNote(note: Note, automaton: ConceptAutomaton, table: ConceptTable, out: HitBuffer, positions: Position[]): number {
  let count = 0; // positions written; entries past it are stale
  let locator: ReturnType<typeof createLocator> | undefined;
  const blocks = note.blocks;
  for (let blockIndex = 0; blockIndex < blocks.length; blockIndex++) {
    const block = blocks[blockIndex];
    const text = block.text;
    // The first line break at or after `searchedFrom` (-1: none). A later run reuses it while it still lies ahead,
    // so a block of many runs is not searched to its end once per run.
    let searchedFrom = -1;
    let newline = -1;
    for (let runIndex = 0; runIndex < block.runs.length; runIndex++) {
      const run = block.runs[runIndex];
      const matches = automaton.scanInto(text, run.at, run.at + run.length, matched);
      if (matches === 0) continue;
      out.reserve(matches);
      const buffer = out.data;
      let k = out.length;
      if (searchedFrom < 0 || run.at < searchedFrom || (newline !== -1 && newline < run.at)) {
        searchedFrom = run.at;
        newline = text.indexOf('\n', run.at);
      }
      for (let m = 0; m < matches * 3; m += 3, k += HIT_FIELDS) {
        const start = matched[m];
        const index = start - run.at;
        const offset = run.offset + index;
        // Most runs hold no newline: the run's own line/column then give the position without a search.
        if (newline === -1 || newline >= start) positions[count++] = { line: run.line, column: run.column + index, offset };
        else {
          locator ??= createLocator(note.text);
          const { line, column } = locator.locate(offset);
          positions[count++] = { line, column, offset };
        }
        buffer[k + BLOCK] = blockIndex;
        buffer[k + RUN] = runIndex;
        buffer[k + START] = start;
        buffer[k + END] = matched[m + 1];
        buffer[k + CONCEPT] = table.numberOfRank(matched[m + 2]);
      }
      out.length = k;
    }
  }
  return count;
}

/**
 * Groups one note's hits by concept number (a counting sort with reused typed arrays, instead of a Map of
 * position lists keyed by concept id per note).
 */
class Grouping {
  private count = new Int32Array(0);
  /**
   * The note's concept numbers, and each one's fill level while its list is filled: typed arrays reused from note
   * to note (an array emptied by `length = 0` dropped its storage, so every note grew it anew).
   */
  private present = new Int32Array(64);
  private filled = new Int32Array(64);

  /** Appends the note's mentions to `out`, one per concept in concept (id) order, positions in text order. */
  summarise(hits: NoteHits, table: ConceptTable, out: Mention[]): void {
    const size = table.ids.length;
    if (this.count.length < size) this.count = new Int32Array(Math.max(size, this.count.length * 2));
    if (this.present.length < size) {
      this.present = new Int32Array(Math.max(size, this.present.length * 2));
      this.filled = new Int32Array(this.present.length);
    }
    const { count, filled } = this;
    const data = hits.data;
    let length = 0;
    let unsorted = false;
    for (let k = CONCEPT; k < data.length; k += HIT_FIELDS) {
      const n = data[k];
      if (count[n]++ !== 0) continue;
      this.present[length++] = n;
      unsorted ||= n >= table.sorted;
    }
    // Numbers from `sorted` on were met in scan order, not id order: only then compare the ids.
    const present = this.present.subarray(0, length);
    if (unsorted) present.set(Array.from(present).sort((a, b) => compare(table.ids[a], table.ids[b])));
    else present.sort();
    const lists = new Array<Position[]>(length);
    const slot = count; // reused: count[n] becomes the index of n's list, then its fill level is the list length
    for (let p = 0; p < length; p++) {
      lists[p] = new Array<Position>(slot[present[p]]);
      slot[present[p]] = p;
      filled[p] = 0;
    }
    const positions = hits.positions;
    for (let i = 0, k = 0; k < data.length; i++, k += HIT_FIELDS) {
      const p = slot[data[k + CONCEPT]];
      lists[p][filled[p]++] = positions[i];
    }
    for (let p = 0; p < length; p++) {
      const positions = lists[p];
      if (!isSortedByOffset(positions)) positions.sort((a, b) => a.offset - b.offset);
      out.push({ note: hits.note.id, concept: table.ids[present[p]], count: positions.length, positions });
      count[present[p]] = 0; // leave the counts zeroed for the next note
    }
  }
}

function isSortedByOffset(positions: readonly Position[]): boolean {
  for (let i = 1; i < positions.length; i++) if (positions[i].offset < positions[i - 1].offset) return false;
  return true;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
