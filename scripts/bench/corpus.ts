/**
 * The benchmark corpus: the sample vault's notes (and the seed notes in ../shared/seeds when present), repeated
 * until the Markdown reaches the target size. Copies get distinct ids and paths so every stage sees many notes,
 * as in a real vault; their texts are unchanged.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { makeNoteId } from '../../src/slug.js';
import type { NoteSource } from '../../src/types.js';

export interface Corpus {
  sources: NoteSource[];
  bytes: number;
  /** Distinct files the corpus repeats. */
  files: string[];
}

export function buildCorpus(root: string, targetBytes: number): Corpus {
  // The vault's notes, then the seeds, each in name order: sorting the absolute paths together would make the
  // corpus depend on where the checkout lives relative to ../shared.
  const files = [...markdownFiles(path.join(root, 'notes')).sort(), ...seedFiles(path.join(root, '..', 'shared', 'seeds')).sort()];
  if (!files.length) throw new Error(`no notes found under ${path.join(root, 'notes')}`);
  const texts = files.map((file) => readFileSync(file, 'utf8').replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n'));
  const sources: NoteSource[] = [];
  let bytes = 0;
  for (let copy = 0; bytes < targetBytes; copy++) {
    texts.forEach((text, i) => {
      if (bytes >= targetBytes) return;
      const rel = `copy-${copy}/${path.basename(files[i]).replace(/\.txt$/u, '.md')}`;
      sources.push({ id: makeNoteId(`copy-${copy}/${i}`), path: rel, absPath: '', text, hash: '' });
      bytes += Buffer.byteLength(text, 'utf8');
    });
  }
  return { sources, bytes, files };
}

function markdownFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return markdownFiles(full);
    return /\.(md|markdown)$/iu.test(name) ? [full] : [];
  });
}

function seedFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.(txt|md)$/iu.test(name))
    .map((name) => path.join(dir, name));
}
