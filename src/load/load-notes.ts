/**
 * load: walk the notes folder and read every Markdown file as text. No parsing here.
 * Hidden files and folders (.obsidian, .git) are skipped; symlinks are followed only when they stay inside
 * the notes folder, and each real folder is visited once (no loops). Paths are sorted so ids are stable.
 * A file that cannot be read or is not text is reported and skipped; it never stops the others.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { makeNoteId, noteSlug, SlugAllocator } from '../slug.js';
import type { Diagnostic, NoteSource } from '../types.js';
import { decodeNote } from './decode.js';

const MARKDOWN = /\.(md|markdown)$/i;

export interface LoadResult {
  sources: NoteSource[];
  diagnostics: Diagnostic[];
  /** POSIX paths (relative to the notes folder) of every non-hidden file, for image and link checks. */
  files: Set<string>;
}

export class NotesFolderError extends Error {}

/** `displayRoot` prefixes paths in diagnostics (e.g. `notes`), so messages point at real files. */
export async function loadNotes(notesDir: string, displayRoot = notesDir): Promise<LoadResult> {
  const root = path.resolve(notesDir);
  const stat = await fs.stat(root).catch(() => undefined);
  if (!stat?.isDirectory()) throw new NotesFolderError(`notes folder not found: ${notesDir}`);
  const realRoot = await fs.realpath(root);
  const diagnostics: Diagnostic[] = [];
  const files = new Set<string>();
  const markdown: string[] = [];
  const display = (rel: string) => path.posix.join(displayRoot.split(path.sep).join('/'), rel);

  const visited = new Set<string>();
  const walk = async (dir: string, rel: string): Promise<void> => {
    visited.add(await fs.realpath(dir));
    const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
    entries.sort((a, b) => comparePaths(a.name, b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const abs = path.join(dir, entry.name);
      const relPath = rel ? `${rel}/${entry.name}` : entry.name;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      let target = abs;
      if (entry.isSymbolicLink()) {
        const real = await fs.realpath(abs).catch(() => undefined);
        if (!real) {
          diagnostics.push(place(display(relPath), 'warning', 'symlink-broken', 'symlink is broken or loops; not followed'));
          continue;
        }
        if (!isInside(realRoot, real)) {
          diagnostics.push(place(display(relPath), 'warning', 'symlink-outside', 'symlink points outside the notes folder; not followed'));
          continue;
        }
        const targetStat = await fs.stat(real).catch(() => undefined);
        isDir = Boolean(targetStat?.isDirectory());
        isFile = Boolean(targetStat?.isFile());
        target = real;
      }
      if (isDir) {
        if (visited.has(await fs.realpath(target))) {
          diagnostics.push(place(display(relPath), 'info', 'symlink-loop', 'folder was already read through another path (symlink loop); not read again'));
          continue;
        }
        await walk(abs, relPath);
      } else if (isFile) {
        files.add(relPath);
        if (MARKDOWN.test(entry.name)) markdown.push(relPath);
      }
    }
  };
  await walk(root, '');

  markdown.sort(comparePaths);
  const ids = new SlugAllocator();
  const sources: NoteSource[] = [];
  const slugOwners = new Map<string, string>();
  for (const rel of markdown) {
    const bytes = await fs.readFile(path.join(root, rel)).catch((error: NodeJS.ErrnoException) => error);
    if (bytes instanceof Error) {
      diagnostics.push(place(display(rel), 'error', 'unreadable', `file could not be read (${bytes.code ?? bytes.message}); skipped`));
      continue;
    }
    const decoded = decodeNote(bytes);
    if (!decoded.ok) {
      diagnostics.push(place(display(rel), 'error', 'not-text', `${decoded.reason}; skipped`));
      continue;
    }
    for (const w of decoded.warnings) diagnostics.push({ file: display(rel), line: w.line, column: w.column, severity: 'warning', code: w.code, message: w.message });
    const wanted = noteSlug(rel);
    const id = ids.allocate(wanted);
    if (id !== wanted) {
      const first = slugOwners.get(wanted);
      diagnostics.push(place(display(rel), 'warning', 'slug-collision', `page address "${wanted}" is already taken${first ? ` by ${first}` : ''}; this note is published as "${id}"`));
    }
    slugOwners.set(id, rel);
    sources.push({
      id: makeNoteId(id),
      path: rel,
      absPath: path.join(root, rel),
      text: decoded.text,
      hash: createHash('sha256').update(bytes).digest('hex'),
    });
  }
  return { sources, diagnostics, files };
}

function isInside(root: string, target: string): boolean {
  const rel = path.relative(root, target);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function place(file: string, severity: Diagnostic['severity'], code: string, message: string): Diagnostic {
  return { file, line: 1, column: 1, severity, code, message };
}

/** Code-point order, independent of locale, so every machine sorts alike. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
