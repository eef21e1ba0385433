/**
 * Nodes reachable by keyboard. The canvas has no DOM per node, so the map container takes focus and keeps a
 * "cursor" node (drawn with a halo): arrow keys move it to the nearest visible node in that direction, Enter
 * opens its page, Space focuses its neighbourhood, Escape clears, + / - zoom, 0 fits. A live region says
 * where the cursor is.
 */
import type { Core, NodeSingular } from 'cytoscape';

export interface KeyboardActions {
  open(node: NodeSingular): void;
  focus?(node: NodeSingular): void;
  clear?(): void;
  fit(): void;
}

const DIRECTIONS: Record<string, [number, number]> = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

/** `current` returns the live Core: local maps redraw (1 ↔ 2 hops) and the handlers must follow. */
export function enableKeyboard(current: () => Core, container: HTMLElement, live: HTMLElement, actions: KeyboardActions): (node: NodeSingular) => void {
  let cursor: NodeSingular | undefined;
  const setCursor = (node: NodeSingular) => {
    const cy = current();
    if (cursor && !cursor.removed() && cursor.cy() === cy) cursor.removeClass('kbd');
    cursor = node.addClass('kbd');
    const ext = cy.extent();
    const p = node.position();
    if (p.x < ext.x1 || p.x > ext.x2 || p.y < ext.y1 || p.y > ext.y2) cy.animate({ center: { eles: node }, duration: 200 });
    const notes = Number(node.data('notes'));
    live.textContent = `${node.data('label')}: ${notes} note${notes === 1 ? '' : 's'}, ${node.degree(false)} links. Enter opens its page.`;
  };
  const visible = () => current().nodes().filter((n) => !n.hasClass('hidden'));
  container.addEventListener('focus', () => {
    const cy = current();
    if (cursor && cursor.cy() === cy && !cursor.removed() && !cursor.hasClass('hidden')) return setCursor(cursor);
    const start = cy.nodes('.focus').first().nonempty() ? cy.nodes('.focus').first() : visible().max((n) => Number(n.data('notes'))).ele;
    if (start) setCursor(start as NodeSingular);
  });
  container.addEventListener('blur', () => cursor?.removeClass('kbd'));
  container.addEventListener('keydown', (event) => {
    const cy = current();
    if (cursor && cursor.cy() !== cy) cursor = undefined;
    const dir = DIRECTIONS[event.key];
    if (dir && cursor) {
      const next = nearest(visible().toArray() as NodeSingular[], cursor, dir);
      if (next) setCursor(next);
    } else if (event.key === 'Enter' && cursor) actions.open(cursor);
    else if (event.key === ' ' && cursor && actions.focus) actions.focus(cursor);
    else if (event.key === 'Escape' && actions.clear) actions.clear();
    else if (event.key === '+' || event.key === '=') cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    else if (event.key === '-') cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
    else if (event.key === '0') actions.fit();
    else return;
    event.preventDefault();
  });
  return setCursor;
}

/** Nearest node within a 60° cone of the direction, distance penalised by how far off-axis it is. */
function nearest(nodes: NodeSingular[], from: NodeSingular, [dx, dy]: [number, number]): NodeSingular | undefined {
  const p = from.position();
  let best: NodeSingular | undefined;
  let bestScore = Infinity;
  for (const node of nodes) {
    if (node.same(from)) continue;
    const q = node.position();
    const along = (q.x - p.x) * dx + (q.y - p.y) * dy;
    const across = Math.abs((q.x - p.x) * dy - (q.y - p.y) * dx);
    if (along <= 0 || across > along * 1.8) continue;
    const score = along + 2 * across;
    if (score < bestScore) [best, bestScore] = [node, score];
  }
  return best;
}
