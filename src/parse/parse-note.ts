/**
 * parse: NoteSource → Note. Frontmatter, mdast (with outline lines promoted to headings and wikilinks split
 * out), sections, prose blocks, tables, images. Pure apart from the `fileExists` probe for image targets.
 * Never throws: what cannot be parsed becomes a diagnostic and the text is still kept.
 */
import path from 'node:path';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { Diagnostic, ImageRef, Note, NoteSource, WikiLink } from '../types.js';
import { collect } from './collect.js';
import { emptyFrontmatter, parseFrontmatter } from './frontmatter.js';
import { promoteOutlineLines } from './outline.js';
import { createLocator } from './positions.js';
import { parseMarkdown } from './processor.js';
import { splitWikiLinks, type WikiLinkNode } from './wikilinks.js';

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

  let tree: Root;
  try {
    tree = parseMarkdown(source.text);
    promoteOutlineLines(tree);
    splitWikiLinks(tree);
  } catch (error) {
    diagnostics.push({ file, line: 1, column: 1, severity: 'error', code: 'markdown-unparseable', message: `Markdown could not be parsed (${(error as Error).message}); the note is shown as plain text` });
    tree = plainTextTree(source.text);
  }

  const locator = createLocator(source.text);
  const collected = collect(tree, source.text, locator);
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
