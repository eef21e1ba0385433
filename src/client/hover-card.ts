/**
 * Hover cards on concept links inside notes (a.ng-mention[data-concept]): label, aliases, definition and number
 * of notes, from the same elements JSON as the local map. Keyboard focus opens them too; Escape closes; the
 * pointer may move onto the card without it vanishing (WCAG 1.4.13).
 */
import { loadElements } from './data.js';
import type { NodeData } from './types.js';

const SHOW_DELAY = 150;
const HIDE_DELAY = 200;

export function enableHoverCards(root: ParentNode, elementsUrl: string): void {
  const links = Array.from(root.querySelectorAll<HTMLAnchorElement>('a.ng-mention[data-concept]'));
  if (links.length === 0) return;
  let byId: Promise<Map<string, NodeData>> | undefined;
  const data = () => (byId ??= loadElements(elementsUrl).then((e) => new Map(e.nodes.map((n) => [n.data.id, n.data]))));
  const card = document.createElement('div');
  card.className = 'ng-card';
  card.id = 'ng-card';
  card.setAttribute('role', 'tooltip');
  card.hidden = true;
  document.body.append(card);
  let showTimer = 0;
  let hideTimer = 0;
  let current: HTMLAnchorElement | undefined;

  const show = async (link: HTMLAnchorElement) => {
    window.clearTimeout(hideTimer);
    const concept = (await data()).get(link.dataset.concept!);
    if (!concept) return;
    current?.removeAttribute('aria-describedby');
    current = link;
    fill(card, concept);
    link.setAttribute('aria-describedby', card.id);
    card.hidden = false;
    const rect = link.getBoundingClientRect();
    const left = Math.min(window.scrollX + rect.left, window.scrollX + document.documentElement.clientWidth - card.offsetWidth - 8);
    card.style.left = `${Math.max(8, left)}px`;
    card.style.top = `${window.scrollY + rect.bottom + 6}px`;
  };
  const hide = () => {
    window.clearTimeout(showTimer);
    card.hidden = true;
    current?.removeAttribute('aria-describedby');
    current = undefined;
  };
  const hideSoon = () => {
    window.clearTimeout(showTimer);
    hideTimer = window.setTimeout(hide, HIDE_DELAY);
  };
  for (const link of links) {
    link.addEventListener('mouseenter', () => {
      window.clearTimeout(showTimer);
      showTimer = window.setTimeout(() => void show(link), SHOW_DELAY);
    });
    link.addEventListener('mouseleave', hideSoon);
    link.addEventListener('focus', () => void show(link));
    link.addEventListener('blur', hide);
  }
  card.addEventListener('mouseenter', () => window.clearTimeout(hideTimer));
  card.addEventListener('mouseleave', hideSoon);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !card.hidden) hide();
  });
}

function fill(card: HTMLElement, concept: NodeData): void {
  const title = document.createElement('strong');
  title.textContent = concept.label;
  card.replaceChildren(title);
  if (concept.aliases.length) {
    const aliases = document.createElement('span');
    aliases.className = 'ng-card-aliases';
    for (const alias of concept.aliases) {
      const span = document.createElement('span');
      span.lang = alias.lang === 'other' ? '' : alias.lang;
      span.textContent = alias.text;
      aliases.append(span);
    }
    card.append(aliases);
  }
  if (concept.def) {
    const p = document.createElement('p');
    p.textContent = concept.def;
    card.append(p);
  }
  const count = document.createElement('span');
  count.className = 'ng-card-count';
  count.textContent = `Mentioned in ${concept.notes} note${concept.notes === 1 ? '' : 's'}`;
  card.append(count);
}
