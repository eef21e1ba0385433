/**
 * Concept map in the browser. Configured only through data-* attributes on `.ng-map` elements:
 *   data-elements  URL of the Cytoscape elements JSON (positions computed at build time)
 *   data-base      the site's base path, prefixed to node URLs
 *   data-focus     comma-separated concept ids to centre on (local maps)
 *   data-depth     neighbourhood hops around the focus (0 = whole graph)
 * It never lays the graph out: positions come from the build ("preset" layout).
 */
import cytoscape from 'cytoscape';

interface NodeData { id: string; label: string; url: string; type: string; notes: number; size: number; aliases: string[] }
interface Elements {
  nodes: Array<{ data: NodeData; position: { x: number; y: number } }>;
  edges: Array<{ data: { id: string; source: string; target: string; type: string; weight: number } }>;
}

const cache = new Map<string, Promise<Elements>>();

function loadElements(url: string): Promise<Elements> {
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

/** The focus nodes and everything within `depth` hops of them. */
export function neighbourhood(elements: Elements, focus: string[], depth: number): Elements {
  if (depth <= 0 || focus.length === 0) return elements;
  const keep = new Set(focus);
  let frontier = new Set(focus);
  for (let hop = 0; hop < depth; hop++) {
    const next = new Set<string>();
    for (const edge of elements.edges) {
      const { source, target } = edge.data;
      if (frontier.has(source) && !keep.has(target)) next.add(target);
      if (frontier.has(target) && !keep.has(source)) next.add(source);
    }
    next.forEach((id) => keep.add(id));
    frontier = next;
  }
  return {
    nodes: elements.nodes.filter((n) => keep.has(n.data.id)),
    edges: elements.edges.filter((e) => keep.has(e.data.source) && keep.has(e.data.target)),
  };
}

function cssVar(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

async function mount(container: HTMLElement): Promise<void> {
  const base = container.dataset.base ?? '/';
  const focus = (container.dataset.focus ?? '').split(',').filter(Boolean);
  const depth = Number(container.dataset.depth ?? '0');
  const all = await loadElements(container.dataset.elements ?? `${base}graph/elements.json`);
  const shown = neighbourhood(all, focus, depth);
  const fg = cssVar('--fg', '#1d2327');
  const accent = cssVar('--accent', '#1f6feb');
  const line = cssVar('--line', '#dfe3e6');
  const cy = cytoscape({
    container,
    elements: [...shown.nodes.map((n) => ({ group: 'nodes' as const, ...n })), ...shown.edges.map((e) => ({ group: 'edges' as const, ...e }))],
    layout: { name: 'preset', fit: true, padding: 24 },
    minZoom: 0.05,
    maxZoom: 4,
    style: [
      { selector: 'node', style: { width: 'data(size)', height: 'data(size)', 'background-color': accent, label: 'data(label)', color: fg, 'font-size': 12, 'text-valign': 'bottom', 'text-margin-y': 4, 'min-zoomed-font-size': 8 } },
      { selector: 'edge', style: { width: 1, 'line-color': line, 'curve-style': 'straight', opacity: 0.8 } },
      { selector: 'edge[type != "co-occurs"]', style: { 'target-arrow-shape': 'triangle', 'target-arrow-color': line, 'arrow-scale': 0.8 } },
      { selector: '.focus', style: { 'border-width': 3, 'border-color': fg } },
      { selector: '.faded', style: { opacity: 0.15 } },
      { selector: '.hl', style: { 'line-color': accent, 'target-arrow-color': accent, width: 2 } },
    ],
  });
  cy.nodes().filter((n) => focus.includes(n.id())).addClass('focus');
  cy.on('tap', 'node', (event) => {
    window.location.assign(base + String(event.target.data('url')).replace(/^\//, ''));
  });
  cy.on('mouseover', 'node', (event) => {
    const hood = event.target.closedNeighborhood();
    cy.elements().not(hood).addClass('faded');
    hood.edges().addClass('hl');
  });
  cy.on('mouseout', 'node', () => cy.elements().removeClass('faded hl'));
  container.dataset.ready = String(cy.nodes().length);
}

for (const container of Array.from(document.querySelectorAll<HTMLElement>('.ng-map'))) {
  mount(container).catch((error) => {
    container.textContent = `The map could not be loaded: ${(error as Error).message}`;
    container.dataset.ready = 'error';
  });
}
