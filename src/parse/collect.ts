/**
 * One walk over the mdast tree that gathers what later stages read: sections, prose blocks with their linkable
 * runs (never code, URLs, link text or HTML), tables and images. Linkable text nodes are tagged with
 * `data.ngRuns` so the renderer can put links exactly where the linker found mentions.
 */
import type { Heading, Nodes, Parent, Root, Table as MdTable, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SlugAllocator, safeSlug } from '../slug.js';
import type { Block, ImageRef, Section, Table, TextRun } from '../types.js';
import type { Locator } from './positions.js';
import type { WikiLinkNode } from './wikilinks.js';

/** Attached to linkable text nodes: runs `first … first+count-1` of block `block` start at `valueAt[k]` in node.value. */
export interface RunTag {
  block: number;
  first: number;
  valueAt: number[];
}

export interface Collected {
  sections: Section[];
  blocks: Block[];
  tables: Table[];
  images: Array<Omit<ImageRef, 'exists'>>;
}

const NON_LINKABLE = new Set(['link', 'linkReference', 'wikiLink']);

export function collect(tree: Root, source: string, locator: Locator): Collected {
  const out: Collected = { sections: [], blocks: [], tables: [], images: [] };
  const anchors = new SlugAllocator();
  const stack: Section[] = [];
  let current = -1;

  const walk = (node: Nodes): void => {
    switch (node.type) {
      case 'yaml':
      case 'code':
      case 'html':
      case 'definition':
        return;
      case 'heading': {
        const section = openSection(node, out.sections.length, anchors, stack);
        out.sections.push(section);
        current = section.index;
        // The renderer reads this back to give the heading its anchor id.
        node.data = { ...(node.data ?? {}), ngSection: section.index } as Heading['data'];
        addBlock(node, 'heading');
        return;
      }
      case 'paragraph':
        addBlock(node, 'paragraph');
        return;
      case 'table':
        addTable(node);
        return;
      case 'image':
        out.images.push(imageOf(node.url, node.alt ?? '', node.position?.start));
        return;
      default:
        if ('children' in node) for (const child of (node as Parent).children) walk(child as Nodes);
    }
  };

  const addBlock = (node: Parent, kind: Block['kind']): void => {
    const block: Block = { kind, section: current, line: node.position?.start.line ?? 1, text: '', runs: [] };
    const index = out.blocks.length;
    out.blocks.push(block);
    gather(node as Nodes, block, index, true);
  };

  const gather = (node: Nodes, block: Block, blockIndex: number, linkable: boolean): void => {
    if (node.type === 'text') {
      if (linkable) tagRuns(node, block, blockIndex, source, locator);
      block.text += node.value;
    } else if (node.type === 'inlineCode') {
      block.text += node.value;
    } else if (node.type === 'break') {
      block.text += '\n';
    } else if ((node as unknown as WikiLinkNode).type === 'wikiLink') {
      const wiki = node as unknown as WikiLinkNode;
      block.text += wiki.label ?? wiki.target;
    } else if (node.type === 'image' || node.type === 'imageReference') {
      if (node.type === 'image') out.images.push(imageOf(node.url, node.alt ?? '', node.position?.start));
    } else if ('children' in node) {
      const childLinkable = linkable && !NON_LINKABLE.has(node.type);
      for (const child of (node as Parent).children) gather(child as Nodes, block, blockIndex, childLinkable);
    }
  };

  const addTable = (node: MdTable): void => {
    const rows = node.children.map((row) => row.children.map((cell) => toString(cell).trim()));
    out.tables.push({ line: node.position?.start.line ?? 1, header: rows[0] ?? [], rows: rows.slice(1) });
    for (const row of node.children) for (const cell of row.children) addBlock(cell, 'table-cell');
  };

  walk(tree);
  return out;
}

function openSection(node: Heading, index: number, anchors: SlugAllocator, stack: Section[]): Section {
  const outline = (node.data as { outline?: string } | undefined)?.outline;
  let title = toString(node).trim();
  if (outline) title = title.slice(title.indexOf(outline) + outline.length).replace(/^[.、\s]+/u, '');
  // Numbered sections nest by their numbers (1.2.1 sits under 1.2, or under 1 when 1.2 is missing);
  // `#` headings and Chinese outline lines (一、, （一）) nest by depth.
  const digits = (n: string | undefined) => n !== undefined && /^\d/u.test(n);
  const encloses = (top: Section) =>
    digits(outline) && digits(top.number) ? outline!.startsWith(`${top.number}.`) : top.depth < node.depth;
  while (stack.length && !encloses(stack[stack.length - 1])) stack.pop();
  const section: Section = {
    index,
    title,
    depth: node.depth,
    kind: outline ? 'outline' : 'heading',
    number: outline,
    parent: stack.length ? stack[stack.length - 1].index : undefined,
    line: node.position?.start.line ?? 1,
    anchor: anchors.allocate(safeSlug(outline ? `${outline} ${title}` : title, 'section')),
  };
  stack.push(section);
  return section;
}

function imageOf(url: string, alt: string, start: { line: number; column: number } | undefined) {
  return { url, alt, line: start?.line ?? 1, column: start?.column ?? 1 };
}

/**
 * Aligns a text node's value with its source slice (they differ where the source had `\*` escapes or
 * `&amp;` entities) and records one run per contiguous stretch, so every run offset is exact.
 */
const ENTITY = /^&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i;

function tagRuns(node: Text, block: Block, blockIndex: number, source: string, locator: Locator): void {
  const value = node.value;
  const start = node.position?.start.offset;
  if (start === undefined || value.length === 0) return;
  const end = node.position!.end.offset!;
  const runs: Array<{ valueAt: number; offset: number; length: number }> = [];
  let i = 0;
  let j = start;
  while (i < value.length && j < end) {
    const entity = source[j] === '&' ? ENTITY.exec(source.slice(j, Math.min(end, j + 40))) : null;
    if (entity && value.slice(i, i + entity[0].length) !== entity[0]) {
      // `&amp;` in the source is one character in the value (two for astral ones): skip it on both sides.
      j += entity[0].length;
      i += value.codePointAt(i)! > 0xffff ? 2 : 1;
    } else if (value[i] === source[j]) {
      const last = runs[runs.length - 1];
      if (last && last.valueAt + last.length === i && last.offset + last.length === j) last.length++;
      else runs.push({ valueAt: i, offset: j, length: 1 });
      i++;
      j++;
    } else if (source[j] === '\\') {
      j++;
    } else {
      // Unknown transformation: skip one character on both sides rather than guess.
      i++;
      j++;
    }
  }
  const tag: RunTag = { block: blockIndex, first: block.runs.length, valueAt: [] };
  for (const run of runs) {
    const { line, column } = locator.locate(run.offset);
    const textRun: TextRun = { at: block.text.length + run.valueAt, length: run.length, offset: run.offset, line, column };
    block.runs.push(textRun);
    tag.valueAt.push(run.valueAt);
  }
  node.data = { ...(node.data ?? {}), ngRuns: tag } as Text['data'];
}
