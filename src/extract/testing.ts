/** Test helpers: build notes from text without the loader, and look candidates up by surface. */
import { parseNote } from '../parse/parse-note.js';
import { makeNoteId } from '../slug.js';
import type { Candidate, Note, Signal } from '../types.js';

export function note(text: string, path = 'x.md'): Note {
  return parseNote({ id: makeNoteId(path.replace(/\.md$/u, '')), path, absPath: '', text, hash: '' });
}

export function surfaces(candidates: Candidate[], signal?: Signal): string[] {
  return [...new Set(candidates.filter((c) => !signal || c.signal === signal).map((c) => c.surface))].sort();
}

export function find(candidates: Candidate[], surface: string, signal?: Signal): Candidate | undefined {
  return candidates.find((c) => c.surface === surface && (!signal || c.signal === signal));
}
