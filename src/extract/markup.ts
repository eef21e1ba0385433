/**
 * Where a block's text was marked up: **strong**, *emphasis* and `code` spans, as ranges of Block.text. The
 * parser drops the marks from Block.text, but they are the author pointing at a term (`- **blob**: …`) or at
 * a command (`git add` copies …), so the passes that read them need the ranges back. Read from the mdast tree
 * by the same walk that made the blocks (src/parse/collect.ts), only for notes whose source has a mark at all.
 */
import type { Nodes, Parent } from 'mdast';
import type { Note } from '../types.js';

export interface MarkSpan {
  kind: 'strong' | 'emphasis' | 'code';
  /** Range in Block.text. */
  start: number;
  end: number;
  /** The block is the first paragraph of a list item. */
  listItem: boolean;
}

/** Spans per block index; blocks without marks have none. Empty when the note has no mark characters. */
export function markSpans(note: Note): Map<number, MarkSpan[]> {
  const out = new Map<number, MarkSpan[]>();
  // Cheap pre-check: where the source has a `*`, `_` or backtick at all. Only the subtrees holding one are
  // walked, found from the marks (a whole-tree walk cost more than every pattern pass over the same blocks).
  const marks = markOffsets(note.text);
  if (marks.length === 0) return out;
  // The first mark at or after `offset`.
  const markFrom = (offset: number): number => {
    let lo = 0;
    let hi = marks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (marks[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // The children of `parent` that hold a mark, found from the marks (binary search over the children's offsets):
  // a note has far fewer marks than nodes, so the nodes without one are never touched.
  const marked = (parent: Parent): Nodes[] => {
    const children = parent.children as Nodes[];
    const out: Nodes[] = [];
    const start = parent.position?.start.offset ?? 0;
    const end = parent.position?.end.offset ?? Number.MAX_SAFE_INTEGER;
    let m = markFrom(start);
    let from = 0;
    while (m < marks.length && marks[m] < end) {
      const at = marks[m];
      let lo = from;
      let hi = children.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((children[mid].position?.end.offset ?? 0) <= at) lo = mid + 1;
        else hi = mid;
      }
      if (lo === children.length) break;
      const child = children[lo];
      const childStart = child.position?.start.offset ?? 0;
      if (childStart <= at) {
        out.push(child);
        from = lo + 1;
        m = markFrom(child.position?.end.offset ?? at + 1);
      } else m = markFrom(childStart);
    }
    return out;
  };
  // Blocks are in document order: a node's block is the first one of its kind on its first line.
  const blockAt = (line: number, kind: string): number => {
    let lo = 0;
    let hi = note.blocks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (note.blocks[mid].line < line) lo = mid + 1;
      else hi = mid;
    }
    while (lo < note.blocks.length && note.blocks[lo].line === line && note.blocks[lo].kind !== kind) lo++;
    return lo < note.blocks.length && note.blocks[lo].line === line ? lo : -1;
  };
  const readBlock = (node: Parent, index: number, listItem: boolean): void => {
    const target = note.blocks[index];
    if (!target) return;
    const spans: MarkSpan[] = [];
    const length = gather(node as Nodes, 0, spans, listItem);
    // The walk must agree with the parser's: a block whose text came out otherwise gets no spans.
    if (spans.length && length === target.text.length) out.set(index, spans);
  };
  const walk = (node: Nodes, firstOfItem: boolean): void => {
    const line = node.position?.start.line ?? 0;
    switch (node.type) {
      case 'yaml':
      case 'code':
      case 'html':
      case 'definition':
      case 'image':
        return;
      case 'heading':
        readBlock(node, blockAt(line, 'heading'), false);
        return;
      case 'paragraph':
        readBlock(node, blockAt(line, 'paragraph'), firstOfItem);
        return;
      case 'table':
        for (const row of marked(node)) {
          const first = blockAt(row.position?.start.line ?? 0, 'table-cell');
          if (first !== -1 && row.type === 'tableRow') for (const cell of marked(row)) readBlock(cell as Parent, first + row.children.indexOf(cell as never), false);
        }
        return;
      case 'listItem': {
        const first = node.children[0];
        for (const child of marked(node)) walk(child, child === first);
        return;
      }
      default:
        if ('children' in node) for (const child of marked(node as Parent)) walk(child, false);
    }
  };
  walk(note.tree as Nodes, false);
  return out;
}

/** Offsets of `*`, `_` and backticks in `text`, ascending. */
function markOffsets(text: string): number[] {
  const out: number[] = [];
  for (const mark of ['*', '_', '`']) for (let at = text.indexOf(mark); at !== -1; at = text.indexOf(mark, at + 1)) out.push(at);
  return out.sort((a, b) => a - b);
}

/** Appends the node's text length from `at` (as collect() builds Block.text) and records its marked spans. */
function gather(node: Nodes, at: number, spans: MarkSpan[], listItem: boolean): number {
  switch (node.type) {
    case 'text':
      return at + node.value.length;
    case 'inlineCode':
      spans.push({ kind: 'code', start: at, end: at + node.value.length, listItem });
      return at + node.value.length;
    case 'break':
      return at + 1;
    case 'image':
    case 'imageReference':
      return at;
    default: {
      const wiki = node as unknown as { type: string; target?: string; label?: string };
      if (wiki.type === 'wikiLink') return at + (wiki.label ?? wiki.target ?? '').length;
      if (!('children' in node)) return at;
      let end = at;
      for (const child of (node as Parent).children) end = gather(child as Nodes, end, spans, listItem);
      if (node.type === 'strong' || node.type === 'emphasis') spans.push({ kind: node.type, start: at, end, listItem });
      return end;
    }
  }
}
