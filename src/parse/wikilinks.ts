/** `[[Target]]` and `[[Target|label]]`: split out of text nodes into `wikiLink` nodes before anything else reads the tree. */
import type { Parent, Root, Text } from 'mdast';
import { visit, SKIP } from 'unist-util-visit';

export interface WikiLinkNode {
  type: 'wikiLink';
  target: string;
  label?: string;
  position?: Text['position'];
  data?: Record<string, unknown>;
}

const WIKILINK = /\[\[([^\[\]|\n]+?)(?:\|([^\[\]\n]+?))?\]\]/g;

export function splitWikiLinks(tree: Root): void {
  visit(tree, 'text', (node: Text, index, parent: Parent | undefined) => {
    if (!parent || index === undefined || !node.value.includes('[[')) return;
    const pieces: Array<Text | WikiLinkNode> = [];
    const start = node.position?.start.offset;
    const exact = start !== undefined && node.position?.end.offset === start + node.value.length;
    let last = 0;
    for (const match of node.value.matchAll(WIKILINK)) {
      const at = match.index ?? 0;
      if (at > last) pieces.push(textPiece(node, last, at, exact));
      pieces.push({
        type: 'wikiLink',
        target: match[1].trim(),
        label: match[2]?.trim() || undefined,
        position: exact ? slicePosition(node, at, at + match[0].length) : node.position,
      });
      last = at + match[0].length;
    }
    if (pieces.length === 0) return;
    if (last < node.value.length) pieces.push(textPiece(node, last, node.value.length, exact));
    (parent.children as unknown[]).splice(index, 1, ...pieces);
    return [SKIP, index + pieces.length];
  });
}

function textPiece(node: Text, from: number, to: number, exact: boolean): Text {
  return { type: 'text', value: node.value.slice(from, to), position: exact ? slicePosition(node, from, to) : undefined };
}

/** Position of a slice of a single-line-safe text node; columns shift only when no newline precedes the slice. */
function slicePosition(node: Text, from: number, to: number): Text['position'] {
  const p = node.position!;
  const shift = (i: number) => {
    const before = node.value.slice(0, i);
    const nl = before.lastIndexOf('\n');
    const lines = before.split('\n').length - 1;
    return {
      line: p.start.line + lines,
      column: nl === -1 ? p.start.column + i : i - nl,
      offset: p.start.offset! + i,
    };
  };
  return { start: shift(from), end: shift(to) };
}
