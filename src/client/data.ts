/** Loading the elements JSON once per page (local map and hover cards share it) and small pure helpers. */
import type { Box, Elements } from './types.js';

const cache = new Map<string, Promise<Elements>>();

export function loadElements(url: string): Promise<Elements> {
  let pending = cache.get(url);
  if (!pending) {
    pending = fetch(url).then((response) => {
      if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
      return response.json() as Promise<Elements>;
    });
    cache.set(url, pending);
  }
  return pending;
}

/** Site URLs in the JSON are root-relative without the base path; the base comes from data-base. */
export function withBase(base: string, url: string): string {
  return (base.endsWith('/') ? base : `${base}/`) + url.replace(/^\//, '');
}

/** Same box as src/emit/map-preview.ts nodesBox, so the SVG preview and Cytoscape line up exactly. */
export function nodesBox(nodes: Elements['nodes']): Box {
  if (nodes.length === 0) return { x1: -50, y1: -50, x2: 50, y2: 50 };
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const { data, position } of nodes) {
    const r = data.size / 2;
    box.x1 = Math.min(box.x1, position.x - r);
    box.y1 = Math.min(box.y1, position.y - r);
    box.x2 = Math.max(box.x2, position.x + r);
    box.y2 = Math.max(box.y2, position.y + r);
  }
  return box;
}

/** Ids of the focus nodes and everything within `depth` hops of them (over all edges). */
export function neighbourhoodIds(elements: Elements, focus: string[], depth: number): Set<string> {
  const keep = new Set(focus);
  let frontier = new Set(focus);
  for (let hop = 0; hop < depth; hop++) {
    const next = new Set<string>();
    for (const { data } of elements.edges) {
      if (frontier.has(data.source) && !keep.has(data.target)) next.add(data.target);
      if (frontier.has(data.target) && !keep.has(data.source)) next.add(data.source);
    }
    next.forEach((id) => keep.add(id));
    frontier = next;
  }
  return keep;
}

/** Key for matching typed text to aliases: NFKC folds full-width letters, case is ignored. */
export function searchKey(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase();
}
