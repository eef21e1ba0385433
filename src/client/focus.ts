/**
 * Focusing a concept on the map: its 1- or 2-hop neighbourhood stays bright, the rest fades, the view zooms to
 * it, and the side panel shows the same neighbourhood as links grouped by relation (the HTML alternative of
 * what the canvas shows, read out by screen readers through a live region).
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { withBase } from './data.js';

/** Headings per relation type and direction; `out` = the focused concept is the relation's source. */
const GROUPS: Array<{ type: string; out: boolean | null; heading: string }> = [
  { type: 'broader', out: true, heading: 'Broader concepts' },
  { type: 'broader', out: false, heading: 'Narrower concepts' },
  { type: 'instance', out: true, heading: 'Is an instance of' },
  { type: 'instance', out: false, heading: 'Instances and examples' },
  { type: 'compared', out: null, heading: 'Compared with' },
  { type: 'related', out: null, heading: 'Related' },
  { type: 'co-occurs', out: null, heading: 'Often mentioned with' },
];

const MAX_FOCUS_ZOOM = 1.6;

export function clearFocus(cy: Core): void {
  cy.batch(() => cy.elements().removeClass('faded hood focus hl'));
}

export function focusNode(cy: Core, id: string, depth: number, animate = true): NodeSingular | undefined {
  const node = cy.getElementById(id);
  if (node.empty() || !node.isNode() || node.hasClass('hidden')) return undefined;
  let hood = node.closedNeighborhood(':visible');
  if (depth > 1) hood = hood.union(hood.nodes().closedNeighborhood(':visible'));
  cy.batch(() => {
    cy.elements().removeClass('hood focus hl').addClass('faded');
    hood.removeClass('faded');
    hood.nodes().addClass('hood');
    hood.edges().addClass('hl');
    node.addClass('focus');
  });
  // Fit the neighbourhood, but never zoom in so far that a concept with one neighbour fills the screen.
  const box = hood.nodes().boundingBox({ includeLabels: false });
  const zoom = Math.min(MAX_FOCUS_ZOOM, (cy.width() - 96) / Math.max(box.w, 1), (cy.height() - 96) / Math.max(box.h, 1));
  const pan = { x: cy.width() / 2 - zoom * (box.x1 + box.w / 2), y: cy.height() / 2 - zoom * (box.y1 + box.h / 2) };
  if (animate) cy.animate({ zoom, pan, duration: 350 });
  else cy.viewport({ zoom, pan });
  return node;
}

/** Renders the focused concept and its direct neighbours, grouped by relation, as ordinary links. */
export function renderFocusPanel(panel: HTMLElement, node: NodeSingular | undefined, base: string): void {
  panel.replaceChildren();
  if (!node) {
    panel.append(el('p', 'Select a concept (click it, search for it, or move to it with the arrow keys) to list its neighbours here.'));
    return;
  }
  const title = el('h2');
  title.append(link(base, node.data('url'), node.data('label')));
  panel.append(title);
  const notes = Number(node.data('notes'));
  panel.append(el('p', `${notes} note${notes === 1 ? '' : 's'} · ${node.connectedEdges(':visible').length} visible links`));
  if (node.data('def')) panel.append(el('p', String(node.data('def'))));
  for (const group of GROUPS) {
    const items = node.connectedEdges(':visible').filter((e: EdgeSingular) => e.data('type') === group.type && (group.out === null || (e.data('source') === node.id()) === group.out));
    if (items.empty()) continue;
    panel.append(el('h3', group.heading));
    const list = el('ul');
    const others = items.map((e: EdgeSingular) => (e.source().id() === node.id() ? e.target() : e.source()));
    for (const other of others.sort((a, b) => Number(b.data('notes')) - Number(a.data('notes')))) {
      const li = el('li');
      li.append(link(base, other.data('url'), other.data('label')));
      list.append(li);
    }
    panel.append(list);
  }
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (text) element.textContent = text;
  return element;
}

function link(base: string, url: string, label: string): HTMLAnchorElement {
  const a = el('a', label);
  a.href = withBase(base, url);
  return a;
}
