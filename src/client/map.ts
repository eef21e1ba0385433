/**
 * Browser entry (bundled by esbuild into assets/map.js). Everything is configured through data-* attributes:
 *   .ng-map[data-elements]  URL of graph/elements.json (positions computed at build time)
 *   .ng-map[data-base]      the site's base path, prefixed to every page URL
 *   .ng-map--local[data-focus]  comma-separated concept ids a local map centres on
 * The page stays fully usable without it: every map has an HTML list alternative next to it.
 * Hover cards on note pages are a separate bundle (cards.ts), since they need no Cytoscape.
 */
import type { Core } from 'cytoscape';
import { mountGlobalMap } from './global-map.js';
import { mountLocalMap } from './local-map.js';

declare global {
  interface Window {
    /** The live maps, for tests and debugging in the console. */
    notegraph?: { maps: Array<{ container: HTMLElement; cy: Core }> };
  }
}

const registry: Array<{ container: HTMLElement; cy: Core }> = [];
window.notegraph = { maps: registry };

for (const container of Array.from(document.querySelectorAll<HTMLElement>('.ng-map[data-elements]'))) {
  const mount = container.classList.contains('ng-map--global') ? mountGlobalMap : mountLocalMap;
  mount(container)
    .then((current) => {
      // A getter: local maps redraw (1 ↔ 2 hops) and replace their Cytoscape instance.
      registry.push({ container, get cy() { return current(); } });
      container.dataset.ready = String(current().nodes().length);
    })
    .catch((error: Error) => {
      container.dataset.ready = 'error';
      const message = document.createElement('p');
      message.className = 'ng-map-error';
      message.textContent = `The map could not be loaded: ${error.message}`;
      container.replaceChildren(message);
    });
}
