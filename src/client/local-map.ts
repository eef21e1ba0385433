/**
 * A local map on note and concept pages: the page's concepts and their neighbours (1 hop, a button expands it
 * to 2), drawn with the global map's positions. Small, so a click opens the concept's page directly.
 */
import type { Core } from 'cytoscape';
import { loadElements, neighbourhoodIds, nodesBox } from './data.js';
import { enableKeyboard } from './keyboard.js';
import { enableLabels } from './labels.js';
import { createMap, fitBox, openNode } from './view.js';

export async function mountLocalMap(container: HTMLElement): Promise<() => Core> {
  const base = container.dataset.base ?? '/';
  const focus = (container.dataset.focus ?? '').split(',').filter(Boolean);
  const elements = await loadElements(container.dataset.elements!);
  const toggle = container.parentElement?.querySelector<HTMLButtonElement>('.ng-depth-toggle');
  const live = container.parentElement?.querySelector<HTMLElement>('.ng-live') ?? container;
  let cy: Core | undefined;
  const draw = (depth: number) => {
    cy?.destroy();
    const keep = neighbourhoodIds(elements, focus, depth);
    const map = createMap(container, elements, keep);
    map.nodes().filter((n) => focus.includes(n.id())).addClass('focus');
    enableLabels(map);
    map.on('tap', 'node', (event) => openNode(base, event.target.data('url')));
    container.dataset.ready = String(map.nodes().length);
    cy = map;
    return map;
  };
  draw(1);
  // Bound once to the container; they always act on the current instance.
  enableKeyboard(() => cy!, container, live, {
    open: (node) => openNode(base, node.data('url')),
    fit: () => fitBox(cy!, nodesBox(elements.nodes.filter((n) => cy!.getElementById(n.data.id).nonempty()))),
  });
  toggle?.addEventListener('click', () => {
    const expanded = toggle.getAttribute('aria-pressed') === 'true';
    toggle.setAttribute('aria-pressed', String(!expanded));
    toggle.textContent = expanded ? 'Show 2 hops' : 'Show 1 hop';
    draw(expanded ? 1 : 2);
  });
  return () => cy!;
}
