/**
 * Collects relations from every builder and merges duplicates: the same (type, source, target) keeps the
 * highest weight and the union of its evidence (deduplicated, sorted by note, line, text, capped at 5). The cap
 * is applied as evidence arrives (each relation keeps its best five so far, sorted and distinct): a relation seen
 * in thousands of sentences no longer holds thousands of evidence objects until the end.
 * Symmetric types store their ends in id order, so A↔B and B↔A are one edge. Output order is fixed:
 * (type, source, target), so the graph is the same on every build.
 */
import type { ConceptId, Evidence, Relation, RelationType } from '../types.js';

export const MAX_EVIDENCE = 5;
const SYMMETRIC: ReadonlySet<RelationType> = new Set(['co-occurs', 'compared', 'related']);

export class RelationSet {
  /** type → source → target → relation: lookups by ids whose hashes are cached, no key string built per add. */
  private readonly byType = new Map<RelationType, Map<ConceptId, Map<ConceptId, Relation>>>();

  add(type: RelationType, source: ConceptId, target: ConceptId, weight: number, evidence: readonly Evidence[] = []): void {
    if (source === target) return;
    if (SYMMETRIC.has(type) && target < source) [source, target] = [target, source];
    let bySource = this.byType.get(type);
    if (!bySource) this.byType.set(type, (bySource = new Map()));
    let byTarget = bySource.get(source);
    if (!byTarget) bySource.set(source, (byTarget = new Map()));
    let existing = byTarget.get(target);
    if (existing) existing.weight = Math.max(existing.weight, weight);
    else byTarget.set(target, (existing = { source, target, type, weight, evidence: [] }));
    for (const item of evidence) keepBest(existing.evidence, item);
  }

  has(type: RelationType, source: ConceptId, target: ConceptId): boolean {
    if (SYMMETRIC.has(type) && target < source) [source, target] = [target, source];
    return this.byType.get(type)?.get(source)?.has(target) ?? false;
  }

  /** Removes the relation and returns it (undefined when there is none). */
  take(type: RelationType, source: ConceptId, target: ConceptId): Relation | undefined {
    if (SYMMETRIC.has(type) && target < source) [source, target] = [target, source];
    const byTarget = this.byType.get(type)?.get(source);
    const found = byTarget?.get(target);
    if (found) byTarget!.delete(target);
    return found;
  }

  /** Whether one of a, b is already typed narrower than the other (broader or instance, either direction). */
  hasHierarchy(a: ConceptId, b: ConceptId): boolean {
    return this.has('broader', a, b) || this.has('broader', b, a) || this.has('instance', a, b) || this.has('instance', b, a);
  }

  /** Calls `visit` with each relation's type and ends (no copies made). */
  forEach(visit: (type: RelationType, source: ConceptId, target: ConceptId) => void): void {
    for (const [type, bySource] of this.byType) for (const [source, byTarget] of bySource) for (const target of byTarget.keys()) visit(type, source, target);
  }

  toArray(): Relation[] {
    // Plain evidence objects: builders hand in evidence whose text is cut when first read (SentenceEvidence).
    // Built field by field in the order of the spread this replaces (the output's key order), in loops, not map.
    const out: Relation[] = [];
    for (const bySource of this.byType.values()) {
      for (const byTarget of bySource.values()) {
        for (const relation of byTarget.values()) {
          const evidence: Evidence[] = [];
          for (const item of relation.evidence) evidence.push({ note: item.note, line: item.line, text: item.text });
          out.push({ source: relation.source, target: relation.target, type: relation.type, weight: relation.weight, evidence });
        }
      }
    }
    return out.sort((a, b) => compare(a.type, b.type) || compare(a.source, b.source) || compare(a.target, b.target));
  }
}

/**
 * Adds `item` to `best` (sorted by note, line, text; distinct; at most MAX_EVIDENCE) when it is not already there
 * and sorts before the last kept one: the same five as deduplicating, sorting and cutting all evidence at the end.
 */
function keepBest(best: Evidence[], item: Evidence): void {
  let at = best.length;
  while (at > 0) {
    const order = compareEvidence(best[at - 1], item);
    if (order === 0) return; // already kept
    if (order < 0) break;
    at--;
  }
  if (at >= MAX_EVIDENCE) return;
  best.splice(at, 0, item);
  if (best.length > MAX_EVIDENCE) best.pop();
}

function compareEvidence(a: Evidence, b: Evidence): number {
  return compare(a.note, b.note) || a.line - b.line || compare(a.text, b.text);
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function round4(value: number): number {
  return Math.round(value * 10000) / 10000;
}
