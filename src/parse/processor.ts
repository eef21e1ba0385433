/**
 * The frozen unified processors that turn note text into mdast. Parsing only: no transforms run here.
 * `parseGuarded` parses around the stretches that nest too deep (see guard.ts): the pieces between them are
 * parsed separately with their positions shifted back into the whole text, and each deep stretch becomes a
 * code block of its exact source text.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import type { Code, Root, RootContent } from 'mdast';
import type { Point } from 'unist';
import { findDeepRegions, type DeepRegion } from './guard.js';
import { createLocator } from './positions.js';
import { remarkWikiLinks } from './wikilinks.js';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkWikiLinks).freeze();
/** For pieces after the first: a `---` there is a thematic break, never frontmatter. */
const bodyProcessor = unified().use(remarkParse).use(remarkGfm).use(remarkWikiLinks).freeze();

export function parseMarkdown(text: string): Root {
  return processor.parse(text) as Root;
}

export function parseGuarded(text: string): { tree: Root; regions: DeepRegion[] } {
  const regions = findDeepRegions(text);
  if (regions.length === 0) return { tree: parseMarkdown(text), regions };
  const locator = createLocator(text);
  const point = (offset: number): Point => ({ ...locator.locate(offset), offset });
  const children: RootContent[] = [];
  let from = 0;
  const piece = (start: number, end: number) => {
    if (end <= start) return;
    const slice = text.slice(start, end);
    const tree = (start === 0 ? processor : bodyProcessor).parse(slice) as Root;
    if (start > 0) shiftPositions(tree, point(start));
    for (const child of tree.children) children.push(child);
  };
  for (const region of regions) {
    piece(from, region.start);
    const code: Code = { type: 'code', lang: null, meta: null, value: text.slice(region.start, region.end), position: { start: point(region.start), end: point(region.end) } };
    children.push(code);
    from = region.end;
  }
  piece(from, text.length);
  return { tree: { type: 'root', children, position: { start: point(0), end: point(text.length) } }, regions };
}

/** Moves every position of a piece parsed on its own to where the piece starts in the whole text. */
function shiftPositions(tree: Root, at: Point): void {
  const stack: unknown[] = [tree];
  const move = (p: Point | undefined) => {
    if (!p) return;
    if (p.line === 1) p.column += at.column - 1;
    p.line += at.line - 1;
    if (p.offset !== undefined) p.offset += at.offset ?? 0;
  };
  while (stack.length) {
    const node = stack.pop() as { position?: { start: Point; end: Point }; children?: unknown[] };
    if (node.position) {
      move(node.position.start);
      move(node.position.end);
    }
    if (node.children) for (const child of node.children) stack.push(child);
  }
}
