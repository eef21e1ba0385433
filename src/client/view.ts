/**
 * Creating a Cytoscape map from build-time positions ("preset": the browser never lays out), fitted to the same
 * box as the SVG preview so the hand-over does not move anything, and hiding the preview after the first frame.
 */
import cytoscape, { type Core } from 'cytoscape';
import { nodesBox } from './data.js';
import { hasHardwareGpu } from './gpu.js';
import { followTheme, mapStyle } from './style.js';
import type { Box, Elements } from './types.js';

export const FIT_PADDING = 24;
const LARGE = 800;

export function createMap(container: HTMLElement, elements: Elements, keep?: Set<string>): Core {
  const colour = new Map(elements.meta.communities.map((c) => [c.index, c.color]));
  const nodes = keep ? elements.nodes.filter((n) => keep.has(n.data.id)) : elements.nodes;
  const edges = keep ? elements.edges.filter((e) => keep.has(e.data.source) && keep.has(e.data.target)) : elements.edges;
  const large = nodes.length > LARGE;
  const webgl = large && hasHardwareGpu();
  container.dataset.renderer = webgl ? 'webgl' : 'canvas';
  const cy = cytoscape({
    container,
    elements: {
      nodes: nodes.map((n) => ({ data: { ...n.data, color: colour.get(n.data.community) ?? '#8a939b' }, position: { ...n.position } })),
      edges: edges.map((e) => ({ data: e.data })),
    },
    layout: { name: 'preset', fit: false },
    style: mapStyle(),
    minZoom: 0.02,
    maxZoom: 5,
    boxSelectionEnabled: false,
    autoungrabify: true,
    // While panning or zooming a big map, move a cached picture instead of redrawing 2,000 nodes each frame.
    textureOnViewport: large,
    hideEdgesOnViewport: large && !webgl,
    pixelRatio: large ? 1 : 'auto',
    ...(webgl ? { renderer: { name: 'canvas', webgl: true } } : {}),
  } as cytoscape.CytoscapeOptions);
  fitBox(cy, nodesBox(nodes));
  followTheme(() => cy.style(mapStyle()));
  highlightOnHover(cy);
  const preview = container.querySelector<HTMLElement>('.ng-preview');
  if (preview) cy.one('render', () => requestAnimationFrame(() => preview.classList.add('ng-preview--done')));
  return cy;
}

/**
 * Restyling an element costs about 0.1 ms (software rendering): dimming all 4,900 elements of the 2,000-concept bench
 * map took 0.6 s per hover, lighting up a neighbourhood alone 0.14 s. Larger maps light up without dimming.
 */
export const HOVER_DIM_LIMIT = 1000;

/**
 * Pointing at a concept lights up its neighbourhood (the node, its edges and neighbours) and, on maps of up to
 * HOVER_DIM_LIMIT elements, dims the rest. Classes of their own, so hovering never disturbs a focused neighbourhood
 * or the filters.
 */
export function highlightOnHover(cy: Core): void {
  // A restyle also invalidates the texture Cytoscape pans while a button is held, and a drag across the map passes
  // over many nodes (15 fps instead of 50 on the bench map): while a button is held the highlight stays as it is,
  // and it is cleared on release.
  let pressed = false;
  let lit = false;
  const clear = () => {
    if (!lit) return;
    lit = false;
    cy.batch(() => cy.elements('.hover-dim, .hover-hl').removeClass('hover-dim hover-hl'));
  };
  cy.on('tapstart', () => {
    pressed = true;
  });
  cy.on('tapend', () => {
    pressed = false;
    clear();
  });
  cy.on('mouseover', 'node', (event) => {
    if (pressed) return;
    const hood = event.target.closedNeighborhood();
    lit = true;
    cy.batch(() => {
      if (cy.elements().length <= HOVER_DIM_LIMIT) cy.elements().not(hood).addClass('hover-dim');
      hood.addClass('hover-hl');
    });
  });
  cy.on('mouseout', 'node', () => {
    if (!pressed) clear();
  });
}

/** The fit the SVG preview uses (preserveAspectRatio "meet" inside the padding). */
export function fitBox(cy: Core, box: Box, padding = FIT_PADDING): void {
  const w = Math.max(1, cy.width() - 2 * padding);
  const h = Math.max(1, cy.height() - 2 * padding);
  const zoom = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), Math.min(w / (box.x2 - box.x1), h / (box.y2 - box.y1))));
  cy.viewport({ zoom, pan: { x: cy.width() / 2 - zoom * (box.x1 + box.x2) / 2, y: cy.height() / 2 - zoom * (box.y1 + box.y2) / 2 } });
}

/** Open a node's page: double-click, double-tap or Enter. */
export function openNode(base: string, url: string): void {
  window.location.assign((base.endsWith('/') ? base : `${base}/`) + url.replace(/^\//, ''));
}
