/**
 * What the statistical-pass tools (stat-only, stat-split, stat-profile, stat-ab) share: the bench corpus parsed and
 * sorted as extractCandidates sorts it, and the inputs a real run hands the statistical pass — the Han user words
 * and the known keys found by the other signals on the same notes.
 */
import { extractCandidates } from '../../src/extract/index.js';
import { normaliseKey } from '../../src/extract/normalise.js';
import { parseNote } from '../../src/parse/parse-note.js';
import type { Note } from '../../src/types.js';
import { buildCorpus } from './corpus.js';
import { ROOT } from './profile-tools.js';

export interface StatInputs {
  notes: Note[];
  bytes: number;
  /** Han surfaces without spaces: the segmenter's user words. */
  han: Set<string>;
  /** Normalised keys of every surface and alias. */
  known: Set<string>;
}

export function statInputs(megabytes: number): StatInputs {
  const corpus = buildCorpus(ROOT, megabytes * 1e6);
  const notes = corpus.sources.map((source) => parseNote(source)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const han = new Set<string>();
  const known = new Set<string>();
  for (const c of extractCandidates(notes, [])) {
    if (c.signal === 'statistical') continue;
    for (const s of [c.surface, ...c.aliases.map((a) => a.text)]) {
      known.add(normaliseKey(s));
      if (/\p{Script=Han}/u.test(s) && !/\s/u.test(s)) han.add(s);
    }
  }
  return { notes, bytes: corpus.bytes, han, known };
}
