/**
 * Zoom-dependent labels that do not pile on each other: after each pan/zoom settles, the visible nodes are
 * taken from most to least important and a label is shown only where its box does not overlap one already
 * placed (a coarse grid keeps this linear). Labels keep a readable on-screen size whatever the zoom.
 */
import type { Core, NodeSingular } from 'cytoscape';

const SCREEN_FONT = 12;
const MAX_LABELS = 250;
const CELL = 64;

export function enableLabels(cy: Core): () => void {
  let timer = 0;
  const schedule = () => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => placeLabels(cy), 90);
  };
  cy.on('viewport', schedule);
  // Not now: the first frame and the handlers matter more than labels (they follow within ~100 ms).
  schedule();
  return schedule;
}

export function placeLabels(cy: Core): void {
  const zoom = cy.zoom();
  const ext = cy.extent();
  // Below this zoom a 12 px label would be larger than the node spacing: keep a model size so labels shrink away.
  const fontModel = Math.min(SCREEN_FONT / zoom, 60);
  const fontScreen = fontModel * zoom;
  const grid = new Map<string, Array<[number, number, number, number]>>();
  const wanted = new Set<string>();
  const candidates = cy
    .nodes()
    .filter((n: NodeSingular) => !n.hasClass('hidden') && !n.hasClass('faded'))
    .filter((n: NodeSingular) => {
      const p = n.position();
      return p.x >= ext.x1 && p.x <= ext.x2 && p.y >= ext.y1 && p.y <= ext.y2;
    })
    .sort((a: NodeSingular, b: NodeSingular) => priority(b) - priority(a));
  for (const node of candidates.toArray() as NodeSingular[]) {
    if (wanted.size >= MAX_LABELS || fontScreen < 7) break;
    const p = node.renderedPosition();
    const text = String(node.data('label'));
    const width = [...text].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 1 : 0.6), 0) * fontScreen + 6;
    const top = p.y + (Number(node.data('size')) * zoom) / 2;
    const box: [number, number, number, number] = [p.x - width / 2, top, p.x + width / 2, top + fontScreen * 1.3];
    if (collides(grid, box)) continue;
    insert(grid, box);
    wanted.add(node.id());
  }
  cy.batch(() => {
    cy.nodes('.lbl').forEach((n) => {
      if (!wanted.has(n.id())) n.removeClass('lbl');
    });
    for (const id of wanted) cy.$id(id).addClass('lbl').style('font-size', fontModel);
  });
}

/** The focused neighbourhood first, then by number of notes. */
function priority(n: NodeSingular): number {
  return (n.hasClass('focus') ? 2e6 : n.hasClass('hood') ? 1e6 : 0) + Number(n.data('notes')) * 100 + Number(n.data('size'));
}

function cells(box: [number, number, number, number]): string[] {
  const keys: string[] = [];
  for (let x = Math.floor(box[0] / CELL); x <= Math.floor(box[2] / CELL); x++) {
    for (let y = Math.floor(box[1] / CELL); y <= Math.floor(box[3] / CELL); y++) keys.push(`${x},${y}`);
  }
  return keys;
}

function collides(grid: Map<string, Array<[number, number, number, number]>>, b: [number, number, number, number]): boolean {
  return cells(b).some((key) => (grid.get(key) ?? []).some((o) => b[0] < o[2] && b[2] > o[0] && b[1] < o[3] && b[3] > o[1]));
}

function insert(grid: Map<string, Array<[number, number, number, number]>>, b: [number, number, number, number]): void {
  for (const key of cells(b)) grid.set(key, [...(grid.get(key) ?? []), b]);
}
