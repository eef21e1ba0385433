/**
 * One note's mention hits, stored flat: a build finds ~30 hits per KB of prose, and an object per hit cost
 * findMentions most of its time in allocation and made every young-generation GC of the linking stages copy
 * them. The relation builders read the numbers directly; MentionHit objects are made only for consumers that want
 * them (the site, tests), by `at`, `toArray` or iteration. `toJSON` writes the old shape. Each hit's position is
 * the one object it has: the mentions list it anyway (Mention.positions), so it is made once and shared instead of
 * being kept as three more numbers per hit (fresh memory is what the hit data costs most).
 */
import type { ConceptId, MentionHit, Note, Position } from '../types.js';

/** Numbers per hit in NoteHits.data. */
export const HIT_FIELDS = 5;
/** Field offsets inside one hit's HIT_FIELDS numbers. */
export const BLOCK = 0;
export const RUN = 1;
/** Index range in the block's text (run.at + index inside the run). */
export const START = 2;
export const END = 3;
/** Index into NoteHits.concepts. */
export const CONCEPT = 4;

export class NoteHits implements Iterable<MentionHit> {
  /**
   * @param note the note the hits were found in (block texts give the surfaces).
   * @param data HIT_FIELDS numbers per hit, in reading order (block, run, index).
   * @param concepts concept ids by the numbers in the CONCEPT field (shared by every note of one findMentions call).
   * @param positions each hit's position in the note, by hit (shared with the note's mentions: never change one).
   */
  constructor(
    readonly note: Note,
    readonly data: Int32Array,
    readonly concepts: readonly ConceptId[],
    readonly positions: readonly Position[],
  ) {}

  get length(): number {
    return this.data.length / HIT_FIELDS;
  }

  /** Field `field` of hit `i`. */
  get(i: number, field: number): number {
    return this.data[i * HIT_FIELDS + field];
  }

  conceptOf(i: number): ConceptId {
    return this.concepts[this.data[i * HIT_FIELDS + CONCEPT]];
  }

  /** Hit `i` as a MentionHit (a new object each call). */
  at(i: number): MentionHit {
    const d = this.data;
    const k = i * HIT_FIELDS;
    const block = this.note.blocks[d[k + BLOCK]];
    const run = block.runs[d[k + RUN]];
    const { line, column, offset } = this.positions[i];
    return {
      concept: this.concepts[d[k + CONCEPT]],
      block: d[k + BLOCK],
      run: d[k + RUN],
      index: d[k + START] - run.at,
      length: d[k + END] - d[k + START],
      surface: block.text.slice(d[k + START], d[k + END]),
      position: { line, column, offset },
    };
  }

  toArray(): MentionHit[] {
    const out: MentionHit[] = new Array(this.length);
    for (let i = 0; i < out.length; i++) out[i] = this.at(i);
    return out;
  }

  *[Symbol.iterator](): Iterator<MentionHit> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }

  toJSON(): MentionHit[] {
    return this.toArray();
  }

  /**
   * Hits made elsewhere (tests, callers with their own hit lists), grouped by block (stable: their order inside
   * a block is kept, as the relation builders expect).
   */
  static fromHits(note: Note, hits: readonly MentionHit[]): NoteHits {
    const sorted = [...hits].sort((a, b) => a.block - b.block);
    const concepts: ConceptId[] = [];
    const numberOf = new Map<ConceptId, number>();
    const data = new Int32Array(sorted.length * HIT_FIELDS);
    sorted.forEach((hit, i) => {
      let n = numberOf.get(hit.concept);
      if (n === undefined) numberOf.set(hit.concept, (n = concepts.push(hit.concept) - 1));
      const start = note.blocks[hit.block].runs[hit.run].at + hit.index;
      data.set([hit.block, hit.run, start, start + hit.length, n], i * HIT_FIELDS);
    });
    const positions = sorted.map(({ position: { line, column, offset } }) => ({ line, column, offset }));
    return new NoteHits(note, data, concepts, positions);
  }
}
