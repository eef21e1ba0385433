/**
 * `co-occurs` edges: concepts that appear in the same sentence more often than chance. Each sentence is one
 * observation; a pair is kept when it co-occurs at least twice AND Dunning's log-likelihood G² ≥ 10.83
 * (p < 0.001) with a positive association; its weight is normalised PMI in [-1, 1] (rounded to 4 decimals).
 *
 * Fallback (small vaults): a concept that has no significant partner at sentence level may take partners that
 * are significant at paragraph (block) level, with the same thresholds; sentence-level evidence always wins.
 * Finally each concept keeps only its `max` strongest edges, and an edge survives only if it is among the
 * strongest of BOTH its ends, so no hub exceeds `max` and dense vaults stay readable. Ties break by id.
 */
import type { ConceptId, Evidence } from '../types.js';
import { compare, round4 } from './relation-set.js';
import { excerpt, type BlockSentences } from './sentences.js';

export const LLR_THRESHOLD = 10.83;
export const MIN_COOCCURRENCE = 2;

export interface CooccurrenceEdge {
  source: ConceptId;
  target: ConceptId;
  weight: number;
  evidence: Evidence[];
}

interface Counts {
  units: number;
  /** Concepts by dense index (sorted by id), so pairs are numeric keys rather than concatenated strings. */
  ids: ConceptId[];
  single: Int32Array;
  pairs: Map<number, { count: number; evidence: EvidenceRef[] }>;
}

/** Where a pair was seen; turned into an Evidence (with its excerpt) only if the pair is kept. */
interface EvidenceRef {
  entry: BlockSentences;
  unit: { start: number; end: number; line: number };
  focus: number | undefined;
}

export function cooccurrenceEdges(indexed: readonly BlockSentences[], max: number): CooccurrenceEdge[] {
  const dense = denseIndex(indexed);
  const sentenceLevel = significant(count(indexed, dense, 'sentence'));
  const partnered = new Set<ConceptId>();
  for (const edge of sentenceLevel.values()) partnered.add(edge.source).add(edge.target);
  const edges = new Map(sentenceLevel);
  const lonely = (id: ConceptId) => !partnered.has(id);
  for (const [key, edge] of significant(count(indexed, dense, 'paragraph', lonely))) {
    if (edges.has(key) || (partnered.has(edge.source) && partnered.has(edge.target))) continue;
    edges.set(key, edge);
  }
  return strongestPerConcept([...edges.values()], max);
}

/** Concepts by dense index (sorted by id) and, per entry, the dense index of each of its hits (aligned with entry.hits). */
interface DenseIndex {
  ids: ConceptId[];
  hitIndex: Int32Array[];
}

function denseIndex(indexed: readonly BlockSentences[]): DenseIndex {
  const seen = new Set<ConceptId>();
  for (const entry of indexed) for (const hit of entry.hits) seen.add(hit.concept);
  const ids = [...seen].sort(compare);
  const dense = new Map(ids.map((id, i) => [id, i] as const));
  const hitIndex = indexed.map((entry) => {
    const out = new Int32Array(entry.hits.length);
    for (let h = 0; h < entry.hits.length; h++) out[h] = dense.get(entry.hits[h].concept)!;
    return out;
  });
  return { ids, hitIndex };
}

/**
 * Counts units per concept and per pair in one pass over the hits, by numeric index (no Map lookup per hit: a
 * sentence's hits are a contiguous, ordered slice of its block's hits); with `wanted`, only pairs with at least
 * one wanted end (fallback pass).
 */
function count(indexed: readonly BlockSentences[], { ids, hitIndex }: DenseIndex, level: 'sentence' | 'paragraph', wanted?: (id: ConceptId) => boolean): Counts {
  const want = ids.map((id) => !wanted || wanted(id));
  const seenIn = new Int32Array(ids.length).fill(-1); // unit number where a concept was last counted
  const firstAt = new Int32Array(ids.length); // start of the concept's first hit in the current unit (evidence focus)
  const present: number[] = [];
  const counts: Counts = { units: 0, ids, single: new Int32Array(ids.length), pairs: new Map() };
  const k = ids.length;
  for (let e = 0; e < indexed.length; e++) {
    const entry = indexed[e];
    const index = hitIndex[e];
    const units = level === 'sentence' ? entry.sentences : [{ start: 0, end: entry.block.text.length, line: entry.block.line, hits: entry.hits }];
    let cursor = 0; // position of the unit's first hit in entry.hits
    for (const unit of units) {
      const unitNumber = counts.units++;
      const n = unit.hits.length;
      if (!n) continue;
      while (entry.hits[cursor] !== unit.hits[0]) cursor++;
      present.length = 0;
      for (let h = cursor; h < cursor + n; h++) {
        const c = index[h];
        if (seenIn[c] === unitNumber) continue;
        seenIn[c] = unitNumber;
        firstAt[c] = entry.hits[h].start;
        counts.single[c]++;
        present.push(c);
      }
      cursor += n;
      if (present.length < 2) continue;
      for (let i = 1; i < present.length; i++) {
        // insertion sort: a sentence names few concepts
        const v = present[i];
        let j = i - 1;
        for (; j >= 0 && present[j] > v; j--) present[j + 1] = present[j];
        present[j + 1] = v;
      }
      for (let i = 0; i < present.length; i++) {
        const a = present[i];
        for (let j = i + 1; j < present.length; j++) {
          const b = present[j];
          if (!want[a] && !want[b]) continue;
          const key = a * k + b;
          let pair = counts.pairs.get(key);
          if (!pair) counts.pairs.set(key, (pair = { count: 0, evidence: [] }));
          pair.count++;
          if (pair.evidence.length < 5) pair.evidence.push({ entry, unit, focus: Math.min(firstAt[a], firstAt[b]) });
        }
      }
    }
  }
  return counts;
}

function significant(counts: Counts): Map<string, CooccurrenceEdge> {
  const out = new Map<string, CooccurrenceEdge>();
  const n = counts.units;
  const k = counts.ids.length;
  for (const [key, pair] of counts.pairs) {
    if (pair.count < MIN_COOCCURRENCE) continue;
    const ai = Math.floor(key / k);
    const bi = key % k;
    const na = counts.single[ai];
    const nb = counts.single[bi];
    if (pair.count * n <= na * nb) continue; // not more often than chance
    if (logLikelihood(pair.count, na, nb, n) < LLR_THRESHOLD) continue;
    const [a, b] = [counts.ids[ai], counts.ids[bi]];
    out.set(`${a}\u0000${b}`, { source: a, target: b, weight: round4(npmi(pair.count, na, nb, n)), evidence: pair.evidence.map(toEvidence) });
  }
  return out;
}

function toEvidence({ entry, unit, focus }: EvidenceRef): Evidence {
  return { note: entry.note.id, line: unit.line, text: excerpt(entry.block, unit, focus) };
}

/** Dunning's G² for a 2×2 contingency table of (A present?, B present?) over n units. */
export function logLikelihood(k11: number, na: number, nb: number, n: number): number {
  const cells = [
    [k11, na, nb],
    [na - k11, na, n - nb],
    [nb - k11, n - na, nb],
    [n - na - nb + k11, n - na, n - nb],
  ];
  let g = 0;
  for (const [observed, row, col] of cells) if (observed > 0) g += observed * Math.log((observed * n) / (row * col));
  return 2 * g;
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
