/**
 * Numbered outline lines (`1 虚拟化`, `1.2.1全虚拟化架构`) are how many real notes mark sections instead of `#`.
 * A paragraph that is one short line of that shape becomes a heading node, so sections, anchors and rendering
 * treat both kinds alike.
 */
import type { Heading, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** `1` needs a space after it (so `2023年…` stays prose); `1.2.1` may be glued to its title. */
const OUTLINE = /^(?:(\d{1,2})[.、]?\s+|(\d{1,2}(?:\.\d{1,2}){1,5})\.?\s*)(\S.*)$/u;
const MAX_TITLE_CHARS = 40;
/** A line ending like a sentence is prose, not a title. */
const SENTENCE_END = /[。．.!！?？；;：:,，、]$/u;

export interface OutlineMatch {
  number: string;
  title: string;
}

export function matchOutlineLine(line: string): OutlineMatch | undefined {
  const text = line.trim();
  if (text.includes('\n')) return undefined;
  const match = OUTLINE.exec(text);
  if (!match) return undefined;
  const title = match[3].trim();
  if (Array.from(title).length > MAX_TITLE_CHARS || SENTENCE_END.test(title)) return undefined;
  if (!/\p{L}/u.test(title)) return undefined;
  return { number: match[1] ?? match[2], title };
}

/** Replaces outline paragraphs at the top level of the tree with headings (depth = number of components). */
export function promoteOutlineLines(tree: Root): void {
  tree.children = tree.children.map((node): RootContent => {
    if (node.type !== 'paragraph' || !isPlainLine(node)) return node;
    const match = matchOutlineLine(toString(node));
    if (!match) return node;
    const heading: Heading = {
      type: 'heading',
      depth: Math.min(match.number.split('.').length, 6) as Heading['depth'],
      children: node.children,
      position: node.position,
      data: { outline: match.number } as Heading['data'],
    };
    return heading;
  });
}

function isPlainLine(node: Paragraph): boolean {
  return node.children.every((child) => child.type === 'text' || child.type === 'emphasis' || child.type === 'strong');
}
