/**
 * Filters on the global map: tag, note, relation types, minimum weight, orphans and communities (the legend).
 * Hidden elements get the `hidden` class (display: none) in one batch; nothing is removed, so positions stay.
 */
import type { Core } from 'cytoscape';
import type { Elements } from './types.js';
import type { Filter } from './url-state.js';

/** Note id as used in the URL: the last path segment of its page URL. */
export function noteKey(url: string): string {
  return url.replace(/\/$/, '').split('/').pop() ?? url;
}

/** Applies the filter and returns the number of visible concepts. */
export function applyFilter(cy: Core, filter: Filter, meta: Elements['meta']): number {
  let allowed: Set<number> | undefined;
  if (filter.tag || filter.note) {
    allowed = new Set();
    meta.notes.forEach((note, i) => {
      if ((!filter.tag || note.tags.includes(filter.tag)) && (!filter.note || noteKey(note.url) === filter.note)) allowed!.add(i);
    });
  }
  let visible = 0;
  cy.batch(() => {
    const shown = new Set<string>();
    cy.nodes().forEach((node) => {
      const inNotes = !allowed || (node.data('in') as number[]).some((i) => allowed!.has(i));
      if (inNotes && !filter.hiddenCommunities.has(Number(node.data('community')))) shown.add(node.id());
    });
    const linked = new Set<string>();
    cy.edges().forEach((edge) => {
      const ok = shown.has(edge.data('source')) && shown.has(edge.data('target')) && !filter.hiddenTypes.has(edge.data('type')) && Number(edge.data('weight')) >= filter.minWeight;
      edge.toggleClass('hidden', !ok);
      if (ok) linked.add(edge.data('source')).add(edge.data('target'));
    });
    cy.nodes().forEach((node) => {
      const ok = shown.has(node.id()) && (!filter.hideOrphans || linked.has(node.id()));
      node.toggleClass('hidden', !ok);
      if (ok) visible++;
    });
  });
  return visible;
}

/**
 * Fills the filter controls' selects from the data and reads/writes them. The markup is in templates/map.njk:
 * a group, not a <form>, since the filters apply as they change and there is nothing to submit.
 */
export function bindFilterForm(form: HTMLElement, meta: Elements['meta'], maxWeight: number, filter: Filter, onChange: (f: Filter) => void): (f: Filter) => void {
  const tag = form.querySelector('[name="tag"]') as HTMLSelectElement;
  const note = form.querySelector('[name="note"]') as HTMLSelectElement;
  const weight = form.querySelector('[name="weight"]') as HTMLInputElement;
  const orphans = form.querySelector('[name="orphans"]') as HTMLInputElement;
  const types = Array.from(form.querySelectorAll<HTMLInputElement>('input[name^="relation-"]'));
  const output = form.querySelector('output');
  const tags = [...new Set(meta.notes.flatMap((n) => n.tags))].sort();
  tag.append(...tags.map((t) => new Option(t, t)));
  note.append(...[...meta.notes].sort((a, b) => (a.title < b.title ? -1 : 1)).map((n) => new Option(n.title, noteKey(n.url))));
  weight.max = String(Math.max(1, Math.ceil(maxWeight)));
  const write = (f: Filter) => {
    tag.value = f.tag;
    note.value = f.note;
    weight.value = String(f.minWeight);
    if (output) output.value = String(f.minWeight);
    orphans.checked = f.hideOrphans;
    for (const box of types) box.checked = !f.hiddenTypes.has(box.value);
  };
  write(filter);
  const read = () => {
    filter.tag = tag.value;
    filter.note = note.value;
    filter.minWeight = Number(weight.value) || 0;
    if (output) output.value = weight.value;
    filter.hideOrphans = orphans.checked;
    filter.hiddenTypes = new Set(types.filter((b) => !b.checked).map((b) => b.value));
    onChange(filter);
  };
  form.addEventListener('input', read);
  form.addEventListener('submit', (event) => event.preventDefault());
  return write;
}
