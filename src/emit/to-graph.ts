/** emit: the pipeline's results → graph.json (schema version 1, docs/graph-schema.md) and Cytoscape elements. */
import { noteUrl } from '../slug.js';
import type { Concept, ConceptId, Graph, Mention, Note, Point, Relation } from '../types.js';
import { nodeSize } from '../layout/layout-graph.js';

export const GRAPH_SCHEMA_URL = 'https://notegraph.dev/schema/graph-1.json';

export function toGraph(notes: Note[], concepts: Concept[], mentions: Mention[], relations: Relation[]): Graph {
  return {
    $schema: GRAPH_SCHEMA_URL,
    version: 1,
    notes: notes.map((note) => ({ id: note.id, title: note.title, path: note.path, url: noteUrl(note.id), tags: note.frontmatter.tags })),
    concepts,
    mentions,
    relations,
  };
}

/** Number of notes that mention each concept: the importance used for node size and rankings. */
export function noteCounts(mentions: Mention[]): Map<ConceptId, number> {
  const counts = new Map<ConceptId, number>();
  for (const mention of mentions) counts.set(mention.concept, (counts.get(mention.concept) ?? 0) + 1);
  return counts;
}

export interface CytoscapeElements {
  nodes: Array<{ data: { id: string; label: string; url: string; type: string; notes: number; size: number; aliases: string[] }; position: Point }>;
  edges: Array<{ data: { id: string; source: string; target: string; type: string; weight: number } }>;
}

/** Cytoscape's element JSON: unique ids, edges only between existing nodes, positions from the build-time layout. */
export function toCytoscapeElements(graph: Graph, positions: Map<ConceptId, Point>): CytoscapeElements {
  const counts = noteCounts(graph.mentions);
  const ids = new Set(graph.concepts.map((c) => c.id));
  const nodes = graph.concepts.map((concept) => ({
    data: {
      id: concept.id,
      label: concept.label,
      url: concept.url,
      type: concept.type ?? 'concept',
      notes: counts.get(concept.id) ?? 0,
      size: nodeSize(counts.get(concept.id) ?? 0),
      aliases: concept.aliases.map((a) => a.text),
    },
    position: positions.get(concept.id) ?? { x: 0, y: 0 },
  }));
  const edges: CytoscapeElements['edges'] = [];
  for (const relation of graph.relations) {
    if (!ids.has(relation.source) || !ids.has(relation.target)) continue;
    edges.push({
      data: { id: `${relation.type}:${relation.source}->${relation.target}`, source: relation.source, target: relation.target, type: relation.type, weight: relation.weight },
    });
  }
  return { nodes, edges };
}
