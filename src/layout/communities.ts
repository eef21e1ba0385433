/**
 * layout: communities of concepts, found once at build time so the map can colour and filter by them and the
 * colours are the same on every page and every build. Deterministic weighted label propagation: nodes are
 * visited in id order, ties go to the smallest label, so no randomness is involved. It does not lay anything
 * out and does not name concepts; the largest communities get a colour, the rest share a neutral "other".
 */
import type { Community } from '../shared/elements.js';
import type { Concept, ConceptId, Relation } from '../types.js';

/** Mid-tone colours readable on both the light and the dark theme (Okabe–Ito / Tableau inspired). */
export const COMMUNITY_PALETTE = ['#4e79a7', '#e15759', '#59a14f', '#f28e2b', '#b07aa1', '#76b7b2', '#edc948', '#ff9da7', '#9c755f', '#3e9fd6'] as const;
export const OTHER_COLOR = '#8a939b';

export type { Community } from '../shared/elements.js';

export interface Communities {
  of: Map<ConceptId, number>;
  list: Community[];
}

const MAX_ROUNDS = 30;

export function detectCommunities(concepts: Concept[], relations: Relation[], importance: Map<ConceptId, number>): Communities {
  const ids = [...concepts.map((c) => c.id)].sort(compare);
  const adjacency = new Map<ConceptId, Map<ConceptId, number>>(ids.map((id) => [id, new Map()]));
  for (const r of relations) {
    if (r.source === r.target || !adjacency.has(r.source) || !adjacency.has(r.target)) continue;
    // Typed relations carry more meaning than raw co-occurrence; weigh them up so hierarchies stay together.
    const w = (r.type === 'co-occurs' ? 1 : 2) * Math.max(0.1, Math.min(r.weight, 10));
    for (const [a, b] of [[r.source, r.target], [r.target, r.source]] as const) {
      const row = adjacency.get(a)!;
      row.set(b, (row.get(b) ?? 0) + w);
    }
  }
  const label = new Map<ConceptId, string>(ids.map((id) => [id, id]));
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let changed = false;
    for (const id of ids) {
      const scores = new Map<string, number>();
      for (const [other, w] of adjacency.get(id)!) scores.set(label.get(other)!, (scores.get(label.get(other)!) ?? 0) + w);
      if (scores.size === 0) continue;
      let best = label.get(id)!;
      let bestScore = scores.get(best) ?? 0;
      for (const [candidate, score] of [...scores].sort((a, b) => compare(a[0], b[0]))) {
        if (score > bestScore + 1e-9) [best, bestScore] = [candidate, score];
      }
      if (best !== label.get(id)) {
        label.set(id, best);
        changed = true;
      }
    }
    if (!changed) break;
  }
  return rank(concepts, label, importance);
}

/** Largest communities first (ties: by name), each named after its most important member. */
function rank(concepts: Concept[], label: Map<ConceptId, string>, importance: Map<ConceptId, number>): Communities {
  const groups = new Map<string, Concept[]>();
  for (const c of concepts) groups.set(label.get(c.id)!, [...(groups.get(label.get(c.id)!) ?? []), c]);
  const weight = (c: Concept) => importance.get(c.id) ?? 0;
  const sorted = [...groups.entries()]
    .map(([key, members]) => ({ key, members: members.sort((a, b) => weight(b) - weight(a) || compare(a.id, b.id)) }))
    .sort((a, b) => b.members.length - a.members.length || compare(a.key, b.key));
  const of = new Map<ConceptId, number>();
  const list: Community[] = [];
  const other: Community = { index: COMMUNITY_PALETTE.length, color: OTHER_COLOR, label: 'Other', size: 0 };
  sorted.forEach(({ members }, i) => {
    // A community of one is not a community: it goes to "other" with the overflow.
    const named = i < COMMUNITY_PALETTE.length && members.length > 1;
    if (named) list.push({ index: i, color: COMMUNITY_PALETTE[i], label: members[0].label, size: members.length });
    else other.size += members.length;
    for (const m of members) of.set(m.id, named ? i : other.index);
  });
  if (other.size > 0) list.push(other);
  return { of, list };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
