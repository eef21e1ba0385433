/**
 * The global map page: wires the map to the toolbar (search, depth, fit, reset), the legend and the filters,
 * the focus panel and the URL. All controls are server-rendered in templates/map.njk; this only binds them.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { loadElements, nodesBox } from './data.js';
import { applyFilter, bindFilterForm } from './filters.js';
import { clearFocus, focusNode, renderFocusPanel } from './focus.js';
import { enableKeyboard } from './keyboard.js';
import { enableLabels } from './labels.js';
import { renderLegend } from './legend.js';
import { bindSearch } from './search.js';
import { emptyFilter, readViewState, writeViewState } from './url-state.js';
import { createMap, fitBox, openNode } from './view.js';

export async function mountGlobalMap(container: HTMLElement): Promise<() => Core> {
  const shell = container.closest<HTMLElement>('.map-shell') ?? document.body;
  const $ = <T extends Element>(selector: string) => shell.querySelector<T>(selector);
  const base = container.dataset.base ?? '/';
  const elements = await loadElements(container.dataset.elements!);
  // Marks for the browser bench (scripts/bench/browser-map.ts) and for anyone profiling in DevTools.
  performance.mark('ng:elements');
  const cy = createMap(container, elements);
  performance.mark('ng:cytoscape');
  const state = readViewState();
  const panel = $<HTMLElement>('.ng-focus-panel');
  const depthSelect = $<HTMLSelectElement>('#ng-depth');

  const focus = (id: string, animate = true) => {
    const node = focusNode(cy, id, state.depth, animate);
    state.focus = node ? id : '';
    if (panel) renderFocusPanel(panel, node, base);
    container.dataset.focus = state.focus;
    writeViewState(state);
    relabel();
    return node;
  };
  const unfocus = () => {
    clearFocus(cy);
    state.focus = '';
    if (panel) renderFocusPanel(panel, undefined, base);
    container.dataset.focus = '';
    writeViewState(state);
    relabel();
  };
  const refilter = () => {
    container.dataset.visible = String(applyFilter(cy, state.filter, elements.meta));
    if (state.focus) focus(state.focus, false);
    else writeViewState(state);
    relabel();
  };

  const relabel = enableLabels(cy);
  const syncLegend = renderLegend($<HTMLElement>('.ng-legend')!, elements.meta.communities, state.filter.hiddenCommunities, refilter);
  const maxWeight = elements.edges.reduce((m, e) => Math.max(m, e.data.weight), 1);
  const form = $<HTMLElement>('.ng-filters');
  const writeForm = form ? bindFilterForm(form, elements.meta, maxWeight, state.filter, refilter) : () => undefined;
  if (depthSelect) {
    depthSelect.value = String(state.depth);
    depthSelect.addEventListener('change', () => {
      state.depth = Number(depthSelect.value) === 2 ? 2 : 1;
      if (state.focus) focus(state.focus);
    });
  }
  $('.ng-fit')?.addEventListener('click', () => cy.animate({ fit: { eles: cy.elements(':visible'), padding: 24 }, duration: 300 }));
  $('.ng-reset')?.addEventListener('click', () => {
    Object.assign(state.filter, emptyFilter());
    writeForm(state.filter);
    syncLegend();
    refilter();
    unfocus();
    fitBox(cy, nodesBox(elements.nodes));
  });
  const search = $<HTMLInputElement>('#ng-search');
  const status = $<HTMLElement>('#ng-search-status');
  if (search && status) bindSearch(search, status, elements, (id) => {
    // A concept hidden by a filter is still findable: show it by clearing the filters first.
    if (cy.getElementById(id).hasClass('hidden')) $<HTMLButtonElement>('.ng-reset')?.click();
    const node = focus(id);
    if (node) setCursor(node);
  });

  cy.on('tap', 'node', (event) => focus(event.target.id()));
  cy.on('tap', (event) => {
    if (event.target === cy) unfocus();
  });
  cy.on('dbltap', 'node', (event) => openNode(base, event.target.data('url')));
  const setCursor = enableKeyboard(() => cy, container, $<HTMLElement>('.ng-live') ?? container, {
    open: (node) => openNode(base, node.data('url')),
    focus: (node: NodeSingular) => focus(node.id()),
    clear: unfocus,
    fit: () => fitBox(cy, nodesBox(elements.nodes)),
  });

  container.dataset.visible = String(applyFilter(cy, state.filter, elements.meta));
  syncLegend();
  if (state.focus) focus(state.focus, false);
  else if (panel) renderFocusPanel(panel, undefined, base);
  performance.mark('ng:ready');
  return () => cy;
}
