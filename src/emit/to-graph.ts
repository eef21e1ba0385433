/** emit: the pipeline's results → graph.json (schema version 1, docs/graph-schema.md) and Cytoscape elements. */
import { noteUrl } from '../slug.js';
import type { Concept, ConceptId, Graph, Mention, Note, Point, Relation } from '../types.js';
import { nodeSize } from '../layout/layout-graph.js';
import { detectCommunities } from '../layout/communities.js';
import type { CytoscapeElements } from '../shared/elements.js';

export type { CytoscapeElements, NodeData } from '../shared/elements.js';

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


const DEFINITION_EXCERPT = 180;

/** Cytoscape's element JSON: unique ids, edges only between existing nodes, positions from the build-time layout. */
export function toCytoscapeElements(graph: Graph, positions: Map<ConceptId, Point>): CytoscapeElements {
  const counts = noteCounts(graph.mentions);
  const ids = new Set(graph.concepts.map((c) => c.id));
  const communities = detectCommunities(graph.concepts, graph.relations, counts);
  const noteIndex = new Map(graph.notes.map((note, i) => [note.id, i]));
  const notesOf = new Map<ConceptId, number[]>();
  for (const m of graph.mentions) {
    const i = noteIndex.get(m.note);
    if (i !== undefined) notesOf.set(m.concept, [...(notesOf.get(m.concept) ?? []), i]);
  }
  const nodes = graph.concepts.map((concept) => ({
    data: {
      id: concept.id,
      label: concept.label,
      url: concept.url,
      type: concept.type ?? 'concept',
      notes: counts.get(concept.id) ?? 0,
      size: nodeSize(counts.get(concept.id) ?? 0),
      aliases: concept.aliases.filter((a) => a.text !== concept.label).map((a) => ({ text: a.text, lang: a.lang })),
      community: communities.of.get(concept.id) ?? 0,
      def: excerpt(concept.definition?.text),
      in: [...new Set(notesOf.get(concept.id) ?? [])].sort((a, b) => a - b),
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
  const meta = { notes: graph.notes.map((n) => ({ title: n.title, url: n.url, tags: n.tags })), communities: communities.list };
  return { nodes, edges, meta };
}

function excerpt(text: string | undefined): string | undefined {
  if (!text) return undefined;
  const chars = [...text.trim()];
  return chars.length <= DEFINITION_EXCERPT ? chars.join('') : `${chars.slice(0, DEFINITION_EXCERPT - 1).join('')}…`;
}
