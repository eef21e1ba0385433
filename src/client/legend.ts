/** The legend: one toggle button per community (its colour, its best-known concept, its size) that filters. */
import type { Community } from './types.js';

export function renderLegend(list: HTMLElement, communities: Community[], hidden: Set<number>, onToggle: () => void): () => void {
  const buttons = communities.map((c) => {
    const li = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'ng-legend-item';
    button.dataset.community = String(c.index);
    const swatch = document.createElement('span');
    swatch.className = 'ng-swatch';
    swatch.style.background = c.color;
    swatch.setAttribute('aria-hidden', 'true');
    button.append(swatch, `${c.label} (${c.size})`);
    button.addEventListener('click', () => {
      if (hidden.has(c.index)) hidden.delete(c.index);
      else hidden.add(c.index);
      sync();
      onToggle();
    });
    li.append(button);
    list.append(li);
    return button;
  });
  // aria-pressed tells screen readers the state; the stylesheet strikes hidden communities through.
  const sync = () => buttons.forEach((b) => b.setAttribute('aria-pressed', String(!hidden.has(Number(b.dataset.community)))));
  sync();
  return sync;
}
