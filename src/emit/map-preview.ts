/**
 * emit: a static SVG of the concept map, drawn from the same build-time positions and community colours as the
 * interactive map. The map page shows it at once, so something meaningful is on screen long before Cytoscape has
 * built its 2,000 nodes; the client then fades it out. Its viewBox is the nodes' bounding box and the client fits
 * Cytoscape to the very same box, so the hand-over does not jump. It draws no interaction and no HTML.
 */
import { nodesBox, type CytoscapeElements } from '../shared/elements.js';

/** How many of the most important concepts get a printed label (the rest appear once Cytoscape is up). */
const PREVIEW_LABELS = 40;



export function renderMapPreview(elements: CytoscapeElements): string {
  const box = nodesBox(elements.nodes);
  const w = box.x2 - box.x1;
  const h = box.y2 - box.y1;
  const at = new Map(elements.nodes.map((n) => [n.data.id, n.position]));
  const num = (v: number) => String(Math.round(v));
  let edgePath = '';
  for (const { data } of elements.edges) {
    const a = at.get(data.source);
    const b = at.get(data.target);
    if (a && b) edgePath += `M${num(a.x)} ${num(a.y)}L${num(b.x)} ${num(b.y)}`;
  }
  const groups = new Map<number, string[]>();
  for (const { data, position } of elements.nodes) {
    const list = groups.get(data.community) ?? [];
    list.push(`<circle cx="${num(position.x)}" cy="${num(position.y)}" r="${num(data.size / 2)}"/>`);
    groups.set(data.community, list);
  }
  const colour = new Map(elements.meta.communities.map((c) => [c.index, c.color]));
  const circles = [...groups].map(([community, list]) => `<g fill="${colour.get(community) ?? '#8a939b'}">${list.join('')}</g>`).join('');
  const labelled = [...elements.nodes].sort((a, b) => b.data.notes - a.data.notes || (a.data.id < b.data.id ? -1 : 1)).slice(0, PREVIEW_LABELS);
  const labels = labelled
    .map(({ data, position }) => `<text x="${num(position.x)}" y="${num(position.y + data.size / 2 + 14)}">${escapeXml(data.label)}</text>`)
    .join('');
  const fontSize = Math.max(12, Math.round(Math.max(w, h) / 90));
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${num(box.x1)} ${num(box.y1)} ${num(w)} ${num(h)}" preserveAspectRatio="xMidYMid meet">`,
    `<style>path{stroke:#c5ccd2;stroke-width:1;fill:none;vector-effect:non-scaling-stroke}text{font:${fontSize}px system-ui,"Noto Sans CJK SC",sans-serif;fill:#1d2327;text-anchor:middle}`,
    `@media (prefers-color-scheme:dark){path{stroke:#3a4249}text{fill:#e6e9ec}}</style>`,
    `<path d="${edgePath}"/>${circles}${labels}</svg>`,
  ].join('');
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
}
