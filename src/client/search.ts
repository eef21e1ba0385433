/**
 * Type-ahead search over every alias in both languages. A native <datalist> gives the suggestions (accessible
 * and touch-friendly for free); Enter or picking a suggestion focuses the best match: exact alias, then prefix,
 * then substring, more important concepts first.
 */
import { searchKey } from './data.js';
import type { Elements } from './types.js';

interface Entry {
  key: string;
  id: string;
  notes: number;
}

export function buildIndex(elements: Elements): Entry[] {
  const entries: Entry[] = [];
  for (const { data } of elements.nodes) {
    for (const name of new Set([data.label, ...data.aliases.map((a) => a.text)])) entries.push({ key: searchKey(name), id: data.id, notes: data.notes });
  }
  return entries.sort((a, b) => b.notes - a.notes || a.key.length - b.key.length);
}

export function findConcept(index: Entry[], query: string): string | undefined {
  const q = searchKey(query);
  if (!q) return undefined;
  return (index.find((e) => e.key === q) ?? index.find((e) => e.key.startsWith(q)) ?? index.find((e) => e.key.includes(q)))?.id;
}

export function bindSearch(input: HTMLInputElement, status: HTMLElement, elements: Elements, onFound: (id: string) => void): void {
  const index = buildIndex(elements);
  const labels = new Map(elements.nodes.map((n) => [n.data.id, n.data.label]));
  const list = document.createElement('datalist');
  list.id = `${input.id}-list`;
  input.after(list);
  // Thousands of <option>s cost DOM time the first frame does not need: fill them when the field is first used.
  input.addEventListener('focus', () => {
    if (list.childElementCount) return;
    for (const { data } of elements.nodes) {
      for (const name of new Set([data.label, ...data.aliases.map((a) => a.text)])) list.append(new Option(name === data.label ? '' : data.label, name));
    }
  }, { once: true });
  input.setAttribute('list', list.id);
  const go = () => {
    const id = findConcept(index, input.value);
    status.textContent = id ? `Showing ${labels.get(id)}` : input.value.trim() ? `No concept matches “${input.value.trim()}”` : '';
    if (id) onFound(id);
  };
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      go();
    }
  });
  // Picking a datalist suggestion fills the whole value at once: treat it as a choice.
  input.addEventListener('input', (event) => {
    if ((event as InputEvent).inputType === 'insertReplacementText' || !(event as InputEvent).inputType) go();
  });
}
