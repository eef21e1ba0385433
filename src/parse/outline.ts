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
  const found = titledLine(line, OUTLINE);
  return found && { number: found.match[1] ?? found.match[2], title: found.title };
}

/** One line matching `pattern`, whose third group is a title: short, with a letter, not ending like a sentence. */
function titledLine(line: string, pattern: RegExp): { match: RegExpExecArray; title: string } | undefined {
  const text = line.trim();
  if (text.includes('\n')) return undefined;
  const match = pattern.exec(text);
  if (!match) return undefined;
  const title = match[3].trim();
  if (Array.from(title).length > MAX_TITLE_CHARS || SENTENCE_END.test(title) || !/\p{L}/u.test(title)) return undefined;
  return { match, title };
}

/**
 * Chinese outline lines: `一、概述` opens a section and `（一）动机` one below it, as 1 and 1.1 do. Chinese notes number
 * their sections this way at least as often as with digits.
 */
const ZH_OUTLINE = /^(?:([一二三四五六七八九十]{1,3})、|[（(]([一二三四五六七八九十]{1,3})[）)])\s*(\S.*)$/u;

export interface ChineseOutlineMatch extends OutlineMatch {
  /** 0 for `一、`, 1 for `（一）`. */
  level: number;
}

export function matchChineseOutlineLine(line: string): ChineseOutlineMatch | undefined {
  const found = titledLine(line, ZH_OUTLINE);
  if (!found) return undefined;
  const { match, title } = found;
  // （一）: the number is the numeral with its parentheses, as written.
  return match[1] ? { number: match[1], title, level: 0 } : { number: match[0].slice(0, match[0].indexOf(match[2]) + match[2].length + 1), title, level: 1 };
}

/**
 * Replaces outline paragraphs at the top level of the tree with headings: a numbered line's depth is its number of
 * components; a Chinese one (一、, （一）) sits under the note's `#` title when it has one.
 */
export function promoteOutlineLines(tree: Root): void {
  let titled = false;
  tree.children = tree.children.map((node): RootContent => {
    if (node.type === 'heading' && node.depth === 1) titled = true;
    if (node.type !== 'paragraph' || !isPlainLine(node)) return node;
    const line = toString(node);
    const zh = matchChineseOutlineLine(line);
    if (zh) return { type: 'heading', depth: ((titled ? 2 : 1) + zh.level) as Heading['depth'], children: node.children, position: node.position, data: { outline: zh.number } as Heading['data'] };
    const match = matchOutlineLine(line);
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
