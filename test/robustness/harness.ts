/** Runs the load and parse stages over the corpus (no Eleventy) and matches diagnostics to cases. */
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadNotes } from '../../src/load/load-notes.js';
import { duplicateTitleDiagnostics } from '../../src/parse/duplicates.js';
import { parseNote } from '../../src/parse/parse-note.js';
import type { Diagnostic, Note } from '../../src/types.js';
import { type BadCase, type ExpectedDiagnostic, writeCorpus } from './corpus.js';

export const DISPLAY_ROOT = 'notes';

export interface ParsedCorpus {
  root: string;
  notesDir: string;
  notes: Note[];
  diagnostics: Diagnostic[];
}

export async function parseCorpus(filter: (c: BadCase) => boolean): Promise<ParsedCorpus> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'ng-corpus-'));
  const notesDir = await writeCorpus(root, filter);
  const loaded = await loadNotes(notesDir, DISPLAY_ROOT);
  const display = (rel: string) => `${DISPLAY_ROOT}/${rel}`;
  const notes = loaded.sources.map((source) => parseNote(source, { displayPath: display(source.path), fileExists: (rel) => loaded.files.has(rel) }));
  const diagnostics = [...loaded.diagnostics, ...notes.flatMap((n) => n.diagnostics), ...duplicateTitleDiagnostics(notes, (n) => display(n.path))];
  return { root, notesDir, notes, diagnostics };
}

/** `notes/a/b.md` → `a/b.md` (works for any display root ending in the notes folder's name). */
export function relativeOf(file: string, displayRoot = DISPLAY_ROOT): string {
  const marker = `${displayRoot}/`;
  const at = file.lastIndexOf(marker);
  return at === -1 ? file : file.slice(at + marker.length);
}

export type Comparable = Pick<ExpectedDiagnostic, 'file' | 'code' | 'severity' | 'line'>;

export function comparable(d: Diagnostic, displayRoot = DISPLAY_ROOT): Comparable {
  return { file: relativeOf(d.file, displayRoot), code: d.code, severity: d.severity, line: d.line };
}

export function sortComparable(list: Comparable[]): Comparable[] {
  const key = (d: Comparable) => `${d.file}\u0000${String(d.line).padStart(8, '0')}\u0000${d.code}\u0000${d.severity}`;
  return [...list].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Diagnostics whose file belongs to this case. */
export function diagnosticsOfCase(c: BadCase, all: Comparable[]): Comparable[] {
  const files = new Set(Object.keys(c.files));
  return sortComparable(all.filter((d) => files.has(d.file)));
}
