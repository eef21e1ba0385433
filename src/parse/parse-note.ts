/**
 * parse: NoteSource → Note. Frontmatter, mdast (with outline lines promoted to headings and `wikiLink` nodes
 * out), sections, prose blocks, tables, images. Pure apart from the `fileExists` probe for image targets.
 * Never throws: what cannot be parsed becomes a diagnostic and the text is still kept.
 */
import path from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Diagnostic, ImageRef, Note, NoteSource, WikiLink } from '../types.js';
import { collect, type Collected } from './collect.js';
import { emptyFrontmatter, parseFrontmatter } from './frontmatter.js';
import { promoteOutlineLines } from './outline.js';
import { createLocator } from './positions.js';
import { parseGuarded } from './processor.js';
import { capTreeDepth, MAX_NESTING, MAX_TREE_DEPTH } from './guard.js';
import type { WikiLinkNode } from './wikilinks.js';

export interface ParseContext {
  /** Path used in diagnostics (e.g. `notes/docker.md`). Defaults to the note's path. */
  displayPath?: string;
  /** Whether a file exists, given a POSIX path relative to the notes folder. Defaults to "yes". */
  fileExists?: (relativePath: string) => boolean;
}

export function parseNote(source: NoteSource, context: ParseContext = {}): Note {
  const file = context.displayPath ?? source.path;
  const diagnostics: Diagnostic[] = [];
  const { frontmatter, diagnostics: fmDiagnostics } = safeFrontmatter(source.text, file);
  diagnostics.push(...fmDiagnostics);

  const locator = createLocator(source.text);
  let tree: Root;
  let collected: Collected;
  try {
    const parsed = parseGuarded(source.text);
    tree = parsed.tree;
    for (const region of parsed.regions) {
      const lines = region.lastLine > region.line ? `lines ${region.line}–${region.lastLine} are` : `line ${region.line} is`;
      diagnostics.push({ file, line: region.line, column: 1, severity: 'warning', code: 'nesting-too-deep', message: `lists, quotes or emphasis nest more than ${MAX_NESTING} deep; ${lines} shown as plain text` });
    }
    if (capTreeDepth(tree) > 0) {
      diagnostics.push({ file, line: 1, column: 1, severity: 'warning', code: 'nesting-too-deep', message: `Markdown nests more than ${MAX_TREE_DEPTH} levels deep; the deepest parts are shown as plain text` });
    }
    promoteOutlineLines(tree);
    collected = collect(tree, source.text, locator);
  } catch (error) {
    diagnostics.push({ file, line: 1, column: 1, severity: 'error', code: 'markdown-unparseable', message: `Markdown could not be parsed (${(error as Error).message}); the note is shown as plain text` });
    tree = plainTextTree(source.text);
    collected = collect(tree, source.text, locator);
  }
  diagnostics.push(...unclosedFences(tree, source.text, file));
  if (isEmpty(tree)) diagnostics.push({ file, line: 1, column: 1, severity: 'info', code: 'note-empty', message: 'note has no text; its page is empty' });

  const images: ImageRef[] = collected.images.map((image) => {
    const exists = imageExists(image.url, source.path, context.fileExists);
    if (!exists) {
      diagnostics.push({ file, line: image.line, column: image.column, severity: 'warning', code: 'image-missing', message: `image "${image.url}" not found; the page shows a placeholder` });
    }
    return { ...image, exists };
  });

  const { title, titleSource } = chooseTitle(frontmatter.title, tree, source.path);
  return {
    id: source.id,
    path: source.path,
    title,
    titleSource,
    frontmatter,
    sections: collected.sections,
    blocks: collected.blocks,
    wikilinks: wikiLinksOf(tree),
    images,
    tables: collected.tables,
    tree,
    text: source.text,
    diagnostics,
  };
}

function safeFrontmatter(text: string, file: string) {
  try {
    return parseFrontmatter(text, file);
  } catch (error) {
    return {
      frontmatter: emptyFrontmatter(),
      diagnostics: [{ file, line: 1, column: 1, severity: 'error' as const, code: 'frontmatter-invalid', message: `frontmatter could not be read: ${(error as Error).message}` }],
    };
  }
}

/** A note with nothing but frontmatter and white space. */
function isEmpty(tree: Root): boolean {
  return tree.children.every((node) => node.type === 'yaml');
}

const FENCE = /^[ \t]{0,3}(`{3,}|~{3,})/;

/** A fenced code block that runs to the end of the note because its closing fence is missing. */
function unclosedFences(tree: Root, text: string, file: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  visit(tree, 'code', (node) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const open = FENCE.exec(text.slice(start, text.indexOf('\n', start) === -1 ? text.length : text.indexOf('\n', start)));
    if (!open) return;
    const lastLine = text.slice(text.lastIndexOf('\n', end - 1) + 1, end).trim();
    const closed = end > start + open[0].length && lastLine.length >= open[1].length && [...lastLine].every((ch) => ch === open[1][0]);
    if (!closed) {
      out.push({ file, line: node.position!.start.line, column: node.position!.start.column, severity: 'warning', code: 'code-fence-unclosed', message: `code block opened with ${open[1]} is never closed; it runs to the end of its container` });
    }
  });
  return out;
}

function plainTextTree(text: string): Root {
  return { type: 'root', children: [{ type: 'code', value: text, position: undefined }] };
}

function chooseTitle(fromFrontmatter: string | undefined, tree: Root, notePath: string): Pick<Note, 'title' | 'titleSource'> {
  if (fromFrontmatter) return { title: fromFrontmatter, titleSource: 'frontmatter' };
  const first = tree.children.find((node) => node.type === 'heading' && node.depth === 1);
  if (first && first.type === 'heading') {
    const text = first.children.map((child) => ('value' in child ? child.value : '')).join('').trim();
    if (text) return { title: text, titleSource: 'heading' };
  }
  return { title: path.posix.basename(notePath).replace(/\.(md|markdown)$/i, ''), titleSource: 'filename' };
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;

function imageExists(url: string, notePath: string, fileExists: ParseContext['fileExists']): boolean {
  if (!fileExists || !url || SCHEME.test(url) || url.startsWith('//') || url.startsWith('#')) return true;
  let target: string;
  try {
    target = decodeURI(url.split(/[?#]/)[0]);
  } catch {
    target = url;
  }
  const relative = target.startsWith('/') ? target.slice(1) : path.posix.join(path.posix.dirname(notePath), target);
  return fileExists(path.posix.normalize(relative));
}

function wikiLinksOf(tree: Root): WikiLink[] {
  const links: WikiLink[] = [];
  visit(tree, (node) => {
    if ((node as { type: string }).type !== 'wikiLink') return;
    const wiki = node as unknown as WikiLinkNode;
    links.push({ target: wiki.target, label: wiki.label, line: wiki.position?.start.line ?? 1, column: wiki.position?.start.column ?? 1 });
  });
  return links;
}
