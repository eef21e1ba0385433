/** Loading the elements JSON once per page (local map and hover cards share it) and small pure helpers. */
import type { Elements } from './types.js';

export { nodesBox } from '../shared/elements.js';

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
