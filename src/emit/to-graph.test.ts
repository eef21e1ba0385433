import { describe, expect, it } from 'vitest';
import { conceptUrl, makeConceptId, makeNoteId } from '../slug.js';
import type { Concept, Mention, Relation } from '../types.js';
import { noteCounts, toCytoscapeElements, toGraph } from './to-graph.js';

const concept = (id: string): Concept => ({
  id: makeConceptId(id), label: id.toUpperCase(), aliases: [{ text: `${id}-alias`, lang: 'en' }], broader: [], related: [],
  url: conceptUrl(makeConceptId(id)), provenance: [], score: 1,
});
const relation = (source: string, target: string, type: Relation['type']): Relation => ({
  source: makeConceptId(source), target: makeConceptId(target), type, weight: 1, evidence: [],
});
const mention = (note: string, c: string): Mention => ({ note: makeNoteId(note), concept: makeConceptId(c), count: 1, positions: [{ line: 1, column: 1, offset: 0 }] });

describe('toCytoscapeElements', () => {
  const graph = toGraph([], [concept('a'), concept('b'), concept('c')], [mention('n1', 'a'), mention('n2', 'a'), mention('n1', 'b')], [
    relation('a', 'b', 'co-occurs'),
    relation('a', 'b', 'broader'),
    relation('a', 'ghost', 'related'),
  ]);
  const positions = new Map([[makeConceptId('a'), { x: 1, y: 2 }]]);
  const elements = toCytoscapeElements(graph, positions);

  it('emits one node per concept with its position, label, URL and note count', () => {
    expect(elements.nodes.map((n) => n.data.id)).toEqual(['a', 'b', 'c']);
    expect(elements.nodes[0].position).toEqual({ x: 1, y: 2 });
    expect(elements.nodes[0].data).toMatchObject({ label: 'A', url: '/concepts/a/', notes: 2 });
  });

  it('keeps only edges between existing nodes, with unique ids', () => {
    expect(elements.edges.map((e) => [e.data.source, e.data.target, e.data.type])).toEqual([
      ['a', 'b', 'co-occurs'],
      ['a', 'b', 'broader'],
    ]);
    const ids = [...elements.nodes, ...elements.edges].map((e) => e.data.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('counts notes, not occurrences', () => {
    expect(noteCounts([mention('n1', 'a'), { ...mention('n1', 'b'), count: 9 }]).get(makeConceptId('b'))).toBe(1);
  });
});
