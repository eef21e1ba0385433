/**
 * How a concept's mention sits in its note, for the relation-miss reports (relation-gaps.ts, relation-misses.ts):
 * first in a list item, in a list item's body, in a table's first column, a subheading, opening a paragraph, or in
 * prose.
 */
import type { Note } from '../src/types.js';

export function shapeOf(note: Note, hit: { block: number; position: { line: number; column: number } }): string {
  const line = note.text.split('\n')[hit.position.line - 1] ?? '';
  const block = note.blocks[hit.block];
  const lead = line.slice(0, hit.position.column - 1);
  if (/^\s*([-*+]|\d+[.)])\s+(\*\*)?$/u.test(lead)) return 'item head';
  if (/^\s*([-*+]|\d+[.)])\s/u.test(line)) return 'item body';
  if (block.kind === 'table-cell') return /^\s*\|\s*(\*\*)?$/u.test(lead) ? 'first column' : 'table';
  if (block.kind === 'heading') return 'subheading';
  if (/^\s*(\*\*)?$/u.test(lead)) return 'paragraph head';
  return 'prose';
}
