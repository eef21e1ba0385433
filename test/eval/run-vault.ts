/**
 * Runs the pipeline stages the quality harness measures over one vault: parse → extract → resolve, then
 * link + relations when those stages exist (they are written separately; absent → relations undefined).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { extractCandidates } from '../../src/extract/index.js';
import { loadVocabulary } from '../../src/extract/vocabulary.js';
import { loadNotes } from '../../src/load/load-notes.js';
import { parseNote } from '../../src/parse/parse-note.js';
import { resolveConcepts } from '../../src/resolve/index.js';
import { makeNoteId, noteSlug } from '../../src/slug.js';
import type { Concept, Note, NoteSource, Relation } from '../../src/types.js';

export const REPO = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const SEED = path.resolve(REPO, '../shared/seeds/000_2b976d002345cde3.txt');

export interface VaultRun {
  notes: Note[];
  concepts: Concept[];
  relations?: Relation[];
  relationsError?: string;
  ms: { extract: number; resolve: number };
}

export async function sampleSources(): Promise<NoteSource[]> {
  return (await loadNotes(path.join(REPO, 'notes'))).sources;
}

/** The seed note as a one-note vault, named `.md` as the loader would. */
export async function seedSources(): Promise<NoteSource[] | undefined> {
  const text = await readFile(SEED, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  const file = path.basename(SEED).replace(/\.txt$/u, '.md');
  return [{ id: makeNoteId(noteSlug(file)), path: file, absPath: SEED, text: text.replace(/\r\n?/gu, '\n'), hash: '' }];
}

/**
 * Fixture vaults (test/fixtures/<kind>/<name>/), each written with its gold to measure how the rules generalise,
 * built without a vocabulary file as a new user's first build would be:
 * - heldout: written after the first round of rules; tuned on since, a development vault now;
 * - unseen: written after the second round and measured once; the third round was tuned on it;
 * - final: the first blind vaults (notes and gold by someone who never read the extractor's code nor ran it),
 *   measured once after the third round; the fourth round was tuned on them;
 * - blind2: blind vaults written while the fourth round of rules was being written elsewhere, measured once after
 *   those rules were settled; the fifth round was tuned on them;
 * - blind3: blind vaults written while the fifth round was being written elsewhere, measured before and after it;
 *   the sixth round was tuned on them;
 * - blind4: blind vaults written while the sixth round's first part was being written elsewhere, measured before and
 *   after it; its second part was tuned on them;
 * - blind5: blind vaults written while the sixth round's second part was being written elsewhere, measured before
 *   and after it, and before and after the seventh round;
 * - blind6: blind vaults written while the seventh round was being written elsewhere, measured before and after it.
 * Never tune on blind5 or blind6: a new round of rules needs new blind vaults for an honest number.
 */
export type FixtureKind = 'heldout' | 'unseen' | 'final' | 'blind2' | 'blind3' | 'blind4' | 'blind5' | 'blind6';

/** The notes of test/fixtures/<kind>/<name>/. */
export async function fixtureSources(kind: FixtureKind, name: string): Promise<NoteSource[]> {
  return (await loadNotes(path.join(REPO, 'test/fixtures', kind, name))).sources;
}

export const NO_VOCABULARY = path.join(REPO, 'test/fixtures/heldout');

export async function runVault(sources: NoteSource[], graphDir = path.join(REPO, 'graph')): Promise<VaultRun> {
  const notes = sources.map((s) => parseNote(s));
  const vocabulary = await loadVocabulary(graphDir);
  let t = performance.now();
  const candidates = extractCandidates(notes, vocabulary.entries);
  const extract = performance.now() - t;
  t = performance.now();
  const concepts = resolveConcepts(candidates, notes);
  const resolve = performance.now() - t;
  const run: VaultRun = { notes, concepts, ms: { extract, resolve } };
  try {
    const link = (await import('../../src/link/find-mentions.js')) as { findMentions: (n: Note[], c: Concept[]) => { hits: unknown } };
    const relationsModule = (await import(/* @vite-ignore */ '../../src/link/relations.js' as string)) as {
      buildRelations?: (n: Note[], c: Concept[], hits: unknown, o: { maxCooccurrencePerConcept: number }) => Relation[] | { relations: Relation[] };
    };
    if (!relationsModule.buildRelations) throw new Error('src/link/relations.ts does not export buildRelations');
    const { hits } = link.findMentions(notes, concepts);
    const out = relationsModule.buildRelations(notes, concepts, hits, { maxCooccurrencePerConcept: 8 });
    run.relations = Array.isArray(out) ? out : out.relations;
  } catch (error) {
    run.relationsError = (error as Error).message.split('\n')[0];
  }
  return run;
}
