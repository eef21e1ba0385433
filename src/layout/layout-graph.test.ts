import { describe, expect, it } from 'vitest';
import { conceptUrl, makeConceptId } from '../slug.js';
import type { Concept, ConceptId, Relation } from '../types.js';
import { layoutGraph } from './layout-graph.js';

const concept = (id: string): Concept => ({
  id: makeConceptId(id), label: id, aliases: [], broader: [], related: [], url: conceptUrl(makeConceptId(id)), provenance: [], score: 1,
});
const edge = (source: string, target: string): Relation => ({
  source: makeConceptId(source), target: makeConceptId(target), type: 'co-occurs', weight: 1, evidence: [],
});

const concepts = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(concept);
const relations = [edge('a', 'b'), edge('b', 'c'), edge('c', 'a'), edge('d', 'e'), edge('a', 'zzz-missing')];
const importance = new Map<ConceptId, number>([[makeConceptId('a'), 5]]);

describe('layoutGraph', () => {
  it('places every concept at finite coordinates', () => {
    const positions = layoutGraph({ concepts, relations, importance, seed: 1 });
    expect([...positions.keys()].sort()).toEqual(concepts.map((c) => c.id));
    for (const p of positions.values()) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
  });

  it('is identical for the same seed, and leaves Math.random alone', () => {
    const random = Math.random;
    const first = layoutGraph({ concepts, relations, importance, seed: 7 });
    const second = layoutGraph({ concepts, relations, importance, seed: 7 });
    expect([...second]).toEqual([...first]);
    expect(Math.random).toBe(random);
  });

  it('keeps connected concepts closer than unconnected ones', () => {
    const p = layoutGraph({ concepts, relations, importance, seed: 3 });
    const distance = (x: string, y: string) => Math.hypot(p.get(makeConceptId(x))!.x - p.get(makeConceptId(y))!.x, p.get(makeConceptId(x))!.y - p.get(makeConceptId(y))!.y);
    expect(distance('a', 'b')).toBeLessThan(distance('a', 'g') + distance('b', 'g'));
    expect(distance('d', 'e')).toBeLessThan(Math.max(distance('a', 'd'), distance('a', 'e')) * 2);
  });

  it('handles an empty graph', () => {
    expect(layoutGraph({ concepts: [], relations: [], importance: new Map(), seed: 1 }).size).toBe(0);
  });
});
