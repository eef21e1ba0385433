/**
 * Cytoscape's stylesheet, built from the page's CSS custom properties so the map follows the site theme
 * (light or dark). Labels are off by default: labels.ts switches them on for the nodes that have room,
 * which is also what keeps construction of 2,000 nodes fast (no text measuring for hidden labels).
 */
import type { StylesheetJson } from 'cytoscape';

function cssVar(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

export function mapStyle(): StylesheetJson {
  const fg = cssVar('--fg', '#1d2327');
  const bg = cssVar('--card', '#ffffff');
  const line = cssVar('--line', '#dfe3e6');
  const accent = cssVar('--accent', '#1f6feb');
  const muted = cssVar('--muted', '#5b6670');
  const label = { label: 'data(label)' };
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)', height: 'data(size)', 'background-color': 'data(color)', color: fg,
        'font-size': 12, 'text-valign': 'bottom', 'text-margin-y': 3, 'text-outline-color': bg, 'text-outline-width': 2,
        'min-zoomed-font-size': 6,
      },
    },
    { selector: 'node.lbl', style: label },
    { selector: 'edge', style: { width: 1, 'line-color': line, 'curve-style': 'haystack', 'haystack-radius': 0 } },
    { selector: 'edge[type = "broader"], edge[type = "instance"]', style: { 'curve-style': 'straight', 'line-color': muted, 'target-arrow-shape': 'triangle', 'target-arrow-color': muted, 'arrow-scale': 0.7 } },
    { selector: 'edge[type = "compared"], edge[type = "related"]', style: { 'curve-style': 'straight', 'line-style': 'dashed', 'line-color': muted } },
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.12 } },
    { selector: 'node.focus', style: { ...label, 'border-width': 4, 'border-color': fg, 'font-weight': 'bold', 'z-index': 10 } },
    { selector: 'edge.hl', style: { 'line-color': accent, 'target-arrow-color': accent, width: 2.5, opacity: 1 } },
    // Hover: the pointed-at concept's neighbourhood stands out (labels on), everything else steps back.
    { selector: '.hover-dim', style: { opacity: 0.2 } },
    { selector: 'node.hover-hl', style: label },
    { selector: 'edge.hover-hl', style: { 'line-color': accent, 'target-arrow-color': accent, width: 2.5, opacity: 1 } },
    // Keyboard cursor: a halo that stays visible on any node colour, in both themes.
    { selector: 'node.kbd', style: { ...label, 'underlay-color': accent, 'underlay-opacity': 0.45, 'underlay-padding': 8, 'underlay-shape': 'ellipse', 'z-index': 20 } },
  ];
}

/** Re-style when the reader switches the system theme while the page is open. */
export function followTheme(apply: () => void): void {
  window.matchMedia?.('(prefers-color-scheme: dark)').addEventListener?.('change', apply);
}
