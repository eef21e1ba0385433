/**
 * Collects relations from every builder and merges duplicates: the same (type, source, target) keeps the
 * highest weight and the union of its evidence (deduplicated, sorted by note, line, text, capped at 5).
 * Symmetric types store their ends in id order, so A↔B and B↔A are one edge. Output order is fixed:
 * (type, source, target), so the graph is the same on every build.
 */
import type { ConceptId, Evidence, Relation, RelationType } from '../types.js';

export const MAX_EVIDENCE = 5;
const SYMMETRIC: ReadonlySet<RelationType> = new Set(['co-occurs', 'compared', 'related']);

export class RelationSet {
  private readonly byKey = new Map<string, Relation>();

  add(type: RelationType, source: ConceptId, target: ConceptId, weight: number, evidence: readonly Evidence[] = []): void {
    if (source === target) return;
    if (SYMMETRIC.has(type) && target < source) [source, target] = [target, source];
    const key = `${type}\u0000${source}\u0000${target}`;
    const existing = this.byKey.get(key);
    if (existing) {
      existing.weight = Math.max(existing.weight, weight);
      existing.evidence.push(...evidence);
    } else {
      this.byKey.set(key, { source, target, type, weight, evidence: [...evidence] });
    }
  }

  has(type: RelationType, source: ConceptId, target: ConceptId): boolean {
    if (SYMMETRIC.has(type) && target < source) [source, target] = [target, source];
    return this.byKey.has(`${type}\u0000${source}\u0000${target}`);
  }

  toArray(): Relation[] {
    const out = [...this.byKey.values()].map((relation) => ({ ...relation, evidence: tidyEvidence(relation.evidence) }));
    return out.sort((a, b) => compare(a.type, b.type) || compare(a.source, b.source) || compare(a.target, b.target));
  }
}

function tidyEvidence(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  const unique = evidence.filter((e) => {
    const key = `${e.note}\u0000${e.line}\u0000${e.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  unique.sort((a, b) => compare(a.note, b.note) || a.line - b.line || compare(a.text, b.text));
  return unique.slice(0, MAX_EVIDENCE);
}

export function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function round4(value: number): number {
  return Math.round(value * 10000) / 10000;
}
