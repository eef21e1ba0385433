/**
 * `co-occurs` edges: concepts that appear in the same sentence more often than chance. Each sentence is one
 * observation; a pair is kept when it co-occurs at least twice AND Dunning's log-likelihood G² ≥ 10.83
 * (p < 0.001) with a positive association; its weight is normalised PMI in [-1, 1] (rounded to 4 decimals).
 *
 * Fallback (small vaults): a concept that has no significant partner at sentence level may take partners that
 * are significant at paragraph (block) level, with the same thresholds; sentence-level evidence always wins.
 * Finally each concept keeps only its `max` strongest edges, and an edge survives only if it is among the
 * strongest of BOTH its ends, so no hub exceeds `max` and dense vaults stay readable. Ties break by id.
 * A concept still without a partner (mentioned too rarely for any test) takes up to LONELY_PARTNERS partners
 * from its own sentences (see lonelyEdges).
 */
import type { ConceptId, Evidence } from '../types.js';
import { compare, round4 } from './relation-set.js';
import { excerpt, fixedEvidence, type ConceptNumbers, type SentenceIndex } from './sentences.js';
import { isSubjectPrefix } from './topics.js';

export const LLR_THRESHOLD = 10.83;
export const MIN_COOCCURRENCE = 2;

export interface CooccurrenceEdge {
  source: ConceptId;
  target: ConceptId;
  weight: number;
  evidence: Evidence[];
}

/**
 * Units per concept and per pair, by concept number. A pair is one slot: its count and up to EVIDENCE_PER_PAIR places
 * (entry, sentence number or -1 for the whole block, focus) in flat number arrays, so counting allocates no object per
 * sighting; places become Evidence (with excerpts) only for the pairs that are kept.
 */
interface Counts {
  units: number;
  single: Int32Array;
  /** a * size + b (a < b, concept numbers) → slot. */
  slots: PairSlots;
  pairCount: number[];
  places: number[];
}

/**
 * Pair keys → slots, numbered in the order pairs are first seen. For up to DENSE_PAIRS possible keys, a table
 * indexed by key (slot + 1, 0 for none): one array read per sighting instead of a Map lookup, and only the
 * table's pages that pairs fall on are ever touched. Past that, a Map.
 */
class PairSlots {
  /** The key of each slot, in slot order. */
  readonly keys: number[] = [];
  private readonly dense: Int32Array | undefined;
  private readonly map: Map<number, number> | undefined;

  constructor(size: number) {
    if (size * size <= DENSE_PAIRS) this.dense = new Int32Array(size * size);
    else this.map = new Map();
  }

  /** The key's slot, -1 when the pair was not seen yet. */
  get(key: number): number {
    return this.dense ? this.dense[key] - 1 : this.map!.get(key) ?? -1;
  }

  /** A new slot for a key not seen yet. */
  add(key: number): number {
    const slot = this.keys.push(key) - 1;
    if (this.dense) this.dense[key] = slot + 1;
    else this.map!.set(key, slot);
    return slot;
  }
}
/** Concept pairs (size²) up to which PairSlots uses a table (4 MB). */
const DENSE_PAIRS = 1 << 20;

/** Places remembered per pair (the first sightings), enough for RelationSet to keep its best five. */
const EVIDENCE_PER_PAIR = 5;
/** Numbers per remembered place in Counts.places: entry, sentence (-1: the whole block), focus. */
const PLACE = 3;

export function cooccurrenceEdges(indexed: SentenceIndex, numbers: ConceptNumbers, max: number): CooccurrenceEdge[] {
  const sentenceCounts = count(indexed, numbers.size, 'sentence');
  const sentenceLevel = significant(sentenceCounts, indexed, numbers);
  const partnered = new Uint8Array(numbers.size);
  for (const edge of sentenceLevel.values()) partnered[numbers.numberOf(edge.source)] = partnered[numbers.numberOf(edge.target)] = 1;
  const edges = new Map(sentenceLevel);
  const paragraphCounts = count(indexed, numbers.size, 'paragraph', partnered);
  for (const [key, edge] of significant(paragraphCounts, indexed, numbers)) {
    if (edges.has(key) || (partnered[numbers.numberOf(edge.source)] && partnered[numbers.numberOf(edge.target)])) continue;
    edges.set(key, edge);
  }
  const kept = strongestPerConcept([...edges.values()], max);
  const lonely = lonelyEdges(indexed, numbers, sentenceCounts, kept, max);
  // A concept whose sentences name nothing else (`Write-ahead logging (WAL) is the rule that …`) is still alone:
  // it takes its partners from its paragraphs, by the same rule (the paragraph counts hold every pair with an end
  // that had no significant sentence partner, which such a concept never has).
  const alone = [...kept, ...lonely];
  const paragraphLonely = lonelyEdges(indexed, numbers, paragraphCounts, alone, max);
  return [...alone, ...paragraphLonely].sort((x, y) => y.weight - x.weight || compare(x.source, y.source) || compare(x.target, y.target));
}

/**
 * A concept mentioned too rarely for any test of significance (a term a small vault names once or twice) would
 * stay alone on the map although its sentence says what it goes with. Such a concept takes, from the sentences it
 * is in, at most LONELY_PARTNERS partners: the ones it shares most sentences with, the more widely mentioned
 * first (`慢启动` goes with `拥塞控制` before its sibling `拥塞避免`). These edges never displace a significant
 * edge, and a partner already holding `max` edges is passed over, so the per-concept cap still holds.
 */
export const LONELY_PARTNERS = 2;

function lonelyEdges(indexed: SentenceIndex, numbers: ConceptNumbers, counts: Counts, kept: readonly CooccurrenceEdge[], max: number): CooccurrenceEdge[] {
  const size = numbers.size;
  const linked = new Uint8Array(size);
  const degree = new Int32Array(size);
  for (const edge of kept) {
    const a = numbers.numberOf(edge.source);
    const b = numbers.numberOf(edge.target);
    linked[a] = linked[b] = 1;
    degree[a]++;
    degree[b]++;
  }
  // The sentence-level counts serve as they are: a pair of two linked concepts gives neither end a partner below.
  const byConcept = new Map<number, Array<{ partner: number; slot: number; key: number }>>();
  const keys = counts.slots.keys;
  for (let slot = 0; slot < keys.length; slot++) {
    const key = keys[slot];
    const together = counts.pairCount[slot];
    const ai = Math.floor(key / size);
    const bi = key % size;
    if (together * counts.units <= counts.single[ai] * counts.single[bi]) continue; // not more often than chance
    for (const [self, partner] of [[ai, bi], [bi, ai]]) {
      if (linked[self]) continue;
      (byConcept.get(self) ?? byConcept.set(self, []).get(self)!).push({ partner, slot, key });
    }
  }
  const out = new Map<number, CooccurrenceEdge>();
  // Concepts in id order, so which partner is still free does not depend on map order.
  for (const self of [...byConcept.keys()].sort((x, y) => compare(numbers.ids[x], numbers.ids[y]))) {
    const options = byConcept.get(self)!;
    // A partner that opened a sentence the two share (its subject: `Trunk-based development … relying on feature
    // flags`) first, then the most shared, the more widely mentioned.
    // Read from the pair's remembered places (its first sentences), only for the few concepts that are alone.
    const isSubject = (o: { partner: number; slot: number; key: number }) => (opensSharedSentence(indexed, counts, o.slot, o.partner) ? 1 : 0);
    options.sort((x, y) => isSubject(y) - isSubject(x) || counts.pairCount[y.slot] - counts.pairCount[x.slot] || counts.single[y.partner] - counts.single[x.partner] || compare(numbers.ids[x.partner], numbers.ids[y.partner]));
    let taken = 0;
    for (const { partner, slot, key } of options) {
      if (taken >= Math.min(LONELY_PARTNERS, max) || degree[self] >= max) break;
      if (out.has(key)) {
        taken++;
        continue;
      }
      if (degree[partner] >= max) continue;
      degree[self]++;
      degree[partner]++;
      taken++;
      const ai = Math.floor(key / size);
      const bi = key % size;
      const together = counts.pairCount[slot];
      let [a, b] = [numbers.ids[ai], numbers.ids[bi]];
      if (b < a) [a, b] = [b, a];
      const evidence: Evidence[] = [];
      for (let k = 0; k < Math.min(together, EVIDENCE_PER_PAIR); k++) evidence.push(toEvidence(indexed, counts.places, (slot * EVIDENCE_PER_PAIR + k) * PLACE));
      out.set(key, { source: a, target: b, weight: round4(npmi(together, counts.single[ai], counts.single[bi], counts.units)), evidence });
    }
  }
  return [...out.values()];
}

/** Whether concept n opens (is the subject of) one of the sentences remembered for the pair in `slot`. */
function opensSharedSentence(indexed: SentenceIndex, counts: Counts, slot: number, n: number): boolean {
  for (let k = 0; k < Math.min(counts.pairCount[slot], EVIDENCE_PER_PAIR); k++) {
    const at = (slot * EVIDENCE_PER_PAIR + k) * PLACE;
    const e = counts.places[at];
    const g = counts.places[at + 1];
    if (g < 0) continue; // a paragraph
    const h = indexed.firstHit(g);
    if (indexed.n(h) === n && isSubjectPrefix(indexed.blockOf(e).text, indexed.start(g), indexed.hitStart(e, h))) return true;
  }
  return false;
}

/**
 * Counts units per concept and per pair in one pass over the hits. With `partnered`, only pairs with at least
 * one end that is not partnered (fallback pass).
 */
function count(indexed: SentenceIndex, size: number, level: 'sentence' | 'paragraph', partnered?: Uint8Array): Counts {
  // No partners at the sentence level: an all-zero array skips no pair, and both passes see one type there.
  const counter = new UnitCounter(indexed, size, partnered ?? new Uint8Array(size));
  // One function per level: a closure per call, and both loops in one function compiled on-stack, each compiled
  // count and countUnit again when the second pass first ran code the first never had.
  if (level === 'paragraph') countParagraphs(indexed, counter);
  else countSentences(indexed, counter);
  return counter.counts;
}

function countParagraphs(indexed: SentenceIndex, counter: UnitCounter): void {
  for (let e = 0; e < indexed.entries; e++) counter.unit(indexed.hitFrom(e), indexed.hitFrom(e + 1), e, -1);
}

function countSentences(indexed: SentenceIndex, counter: UnitCounter): void {
  for (let g = 0; g < indexed.sentences; g++) counter.unit(indexed.firstHit(g), indexed.endHit(g), indexed.entryOf(g), g);
}

class UnitCounter {
  /** Unit number where a concept was last counted. */
  private readonly seenIn: Int32Array;
  /** Start of the concept's first hit in the current unit (evidence focus). */
  private readonly firstAt: Int32Array;
  /**
   * The unit's concepts; a typed array with its own count (emptying an array by `length = 0` dropped its storage,
   * so every unit grew it anew).
   */
  private readonly present: Int32Array;
  readonly counts: Counts;

  constructor(
    private readonly indexed: SentenceIndex,
    private readonly size: number,
    private readonly partnered: Uint8Array,
  ) {
    this.seenIn = new Int32Array(size).fill(-1);
    this.firstAt = new Int32Array(size);
    this.present = new Int32Array(size);
    this.counts = { units: 0, single: new Int32Array(size), slots: new PairSlots(size), pairCount: [], places: [] };
  }

  unit(from: number, to: number, e: number, s: number): void {
    const { indexed, seenIn, firstAt, present, counts, partnered, size } = this;
    const unitNumber = counts.units++;
    let length = 0;
    for (let h = from; h < to; h++) {
      const c = indexed.n(h);
      if (seenIn[c] === unitNumber) continue;
      seenIn[c] = unitNumber;
      firstAt[c] = indexed.hitStart(e, h);
      counts.single[c]++;
      present[length++] = c;
    }
    if (length < 2) return;
    sortSmall(present, length);
    for (let i = 0; i < length; i++) {
      const a = present[i];
      for (let j = i + 1; j < length; j++) {
        const b = present[j];
        if (partnered[a] && partnered[b]) continue;
        addPair(counts, a * size + b, e, s, Math.min(firstAt[a], firstAt[b]));
      }
    }
  }
}

/** Insertion sort of values[0, length): a sentence names few concepts. */
function sortSmall(values: Int32Array, length: number): void {
  for (let i = 1; i < length; i++) {
    const v = values[i];
    let j = i - 1;
    for (; j >= 0 && values[j] > v; j--) values[j + 1] = values[j];
    values[j + 1] = v;
  }
}

function addPair(counts: Counts, key: number, entry: number, sentence: number, focus: number): void {
  let slot = counts.slots.get(key);
  if (slot < 0) {
    slot = counts.slots.add(key);
    counts.pairCount.push(0);
    for (let k = 0; k < EVIDENCE_PER_PAIR * PLACE; k++) counts.places.push(-1);
  }
  const seen = counts.pairCount[slot]++;
  if (seen < EVIDENCE_PER_PAIR) {
    const at = (slot * EVIDENCE_PER_PAIR + seen) * PLACE;
    counts.places[at] = entry;
    counts.places[at + 1] = sentence;
    counts.places[at + 2] = focus;
  }
}

function significant(counts: Counts, indexed: SentenceIndex, numbers: ConceptNumbers): Map<string, CooccurrenceEdge> {
  const out = new Map<string, CooccurrenceEdge>();
  const n = counts.units;
  const size = numbers.size;
  const keys = counts.slots.keys;
  for (let slot = 0; slot < keys.length; slot++) {
    const key = keys[slot];
    const together = counts.pairCount[slot];
    if (together < MIN_COOCCURRENCE) continue;
    const ai = Math.floor(key / size);
    const bi = key % size;
    const na = counts.single[ai];
    const nb = counts.single[bi];
    if (together * n <= na * nb) continue; // not more often than chance
    if (logLikelihood(together, na, nb, n) < LLR_THRESHOLD) continue;
    let [a, b] = [numbers.ids[ai], numbers.ids[bi]];
    if (b < a) [a, b] = [b, a]; // numbers of concepts missing from the concept list are not in id order
    const evidence: Evidence[] = [];
    for (let k = 0; k < Math.min(together, EVIDENCE_PER_PAIR); k++) evidence.push(toEvidence(indexed, counts.places, (slot * EVIDENCE_PER_PAIR + k) * PLACE));
    out.set(`${a}\u0000${b}`, { source: a, target: b, weight: round4(npmi(together, na, nb, n)), evidence });
  }
  return out;
}

function toEvidence(indexed: SentenceIndex, places: readonly number[], at: number): Evidence {
  const e = places[at];
  const g = places[at + 1];
  const block = indexed.blockOf(e);
  const unit = g < 0 ? { start: 0, end: block.text.length, line: block.line } : { start: indexed.start(g), end: indexed.end(g), line: indexed.line(g) };
  return fixedEvidence(indexed.noteOf(e).id, unit.line, excerpt(block, unit.start, unit.end, places[at + 2]));
}

/** Dunning's G² for a 2×2 contingency table of (A present?, B present?) over n units. */
export function logLikelihood(k11: number, na: number, nb: number, n: number): number {
  // The four cells (observed, row total, column total), summed in this order; no arrays (called for every pair).
  let g = 0;
  g += cell(k11, na, nb, n);
  g += cell(na - k11, na, n - nb, n);
  g += cell(nb - k11, n - na, nb, n);
  g += cell(n - na - nb + k11, n - na, n - nb, n);
  return 2 * g;
}

function cell(observed: number, row: number, col: number, n: number): number {
  return observed > 0 ? observed * Math.log((observed * n) / (row * col)) : 0;
}

export function npmi(k11: number, na: number, nb: number, n: number): number {
  const pab = k11 / n;
  if (pab >= 1) return 1;
  return Math.log(pab / ((na / n) * (nb / n))) / -Math.log(pab);
}

function strongestPerConcept(edges: CooccurrenceEdge[], max: number): CooccurrenceEdge[] {
  const ranked = [...edges].sort((x, y) => y.weight - x.weight || compare(x.source, y.source) || compare(x.target, y.target));
  const rankOf = new Map<CooccurrenceEdge, Set<ConceptId>>();
  const taken = new Map<ConceptId, number>();
  for (const edge of ranked) {
    const ends = new Set<ConceptId>();
    for (const end of [edge.source, edge.target]) {
      const used = taken.get(end) ?? 0;
      taken.set(end, used + 1);
      if (used < max) ends.add(end);
    }
    rankOf.set(edge, ends);
  }
  return ranked.filter((edge) => rankOf.get(edge)!.size === 2);
}
