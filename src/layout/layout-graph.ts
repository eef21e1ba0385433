/**
 * layout: positions for every concept, computed once at build time with Cytoscape headless + fcose, seeded,
 * so the browser paints the map at once and every page shows the same picture.
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { Concept, ConceptId, Point, Relation } from '../types.js';
import { withSeededRandom } from './seeded-random.js';

let registered = false;

export interface LayoutInput {
  concepts: Concept[];
  relations: Relation[];
  /** Importance per concept (e.g. number of notes mentioning it); drives node size. */
  importance: Map<ConceptId, number>;
  seed: number;
}

export function nodeSize(importance: number): number {
  return Math.round(18 + 10 * Math.sqrt(Math.max(0, importance)));
}

export function layoutGraph({ concepts, relations, importance, seed }: LayoutInput): Map<ConceptId, Point> {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  const positions = new Map<ConceptId, Point>();
  if (concepts.length === 0) return positions;
  const ids = new Set(concepts.map((c) => c.id));
  const elements: cytoscape.ElementDefinition[] = concepts.map((concept, i) => {
    const size = nodeSize(importance.get(concept.id) ?? 0);
    // The layout sees each node as wide as its label (Han characters count double), so labels do not overlap.
    const labelWidth = Array.from(concept.label).reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 12 : 6.5), 0);
    // Deterministic start on a spiral, so the result never depends on Cytoscape's default placement.
    const angle = i * 2.399963;
    const radius = 30 * Math.sqrt(i + 1);
    return { group: 'nodes', data: { id: concept.id, w: Math.max(size, labelWidth), h: size + 16 }, position: { x: radius * Math.cos(angle), y: radius * Math.sin(angle) } };
  });
  const seen = new Set<string>();
  for (const relation of relations) {
    if (!ids.has(relation.source) || !ids.has(relation.target) || relation.source === relation.target) continue;
    const key = relation.source < relation.target ? `${relation.source}\u0000${relation.target}` : `${relation.target}\u0000${relation.source}`;
    if (seen.has(key)) continue;
    seen.add(key);
    elements.push({ group: 'edges', data: { id: `e${seen.size}`, source: relation.source, target: relation.target } });
  }
  const cy = cytoscape({ headless: true, styleEnabled: true, elements, style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }] });
  try {
    withSeededRandom(seed, () => {
      cy.layout({
        name: 'fcose',
        quality: concepts.length > 1500 ? 'draft' : 'default',
        randomize: true,
        animate: false,
        fit: false,
        nodeSeparation: 90,
        idealEdgeLength: 90,
        nodeRepulsion: 6500,
        packComponents: true,
      } as cytoscape.LayoutOptions).run();
    });
    cy.nodes().forEach((node) => {
      const p = node.position();
      positions.set(node.id() as ConceptId, { x: round(p.x), y: round(p.y) });
    });
  } finally {
    cy.destroy();
  }
  return positions;
}

function round(value: number): number {
  return Number.isFinite(value) ? Math.round(value * 10) / 10 : 0;
}
