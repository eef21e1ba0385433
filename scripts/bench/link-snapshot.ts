/**
 * Correctness guard for linker optimisations: `tsx scripts/bench/link-snapshot.ts concepts DIR` runs extraction
 * once and saves the notes' concepts (sample vault, seed note, a 1 MB bench corpus) to DIR; `… snapshot DIR OUT`
 * runs findMentions + buildRelations on those saved concepts and writes every hit, mention and relation to OUT
 * as JSON. Two snapshots from the same concepts must be byte-identical.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findMentions } from '../../src/link/find-mentions.js';
import { buildRelations } from '../../src/link/relations.js';
import { parseNote } from '../../src/parse/parse-note.js';
import type { Concept, NoteSource } from '../../src/types.js';
import { buildCorpus } from './corpus.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function vaults(): Promise<Record<string, NoteSource[]>> {
  const { sampleSources, seedSources } = await import('../../test/eval/run-vault.js');
  const out: Record<string, NoteSource[]> = { sample: await sampleSources() };
  const seed = await seedSources();
  if (seed) out.seed = seed;
  out.corpus = buildCorpus(root, 1e6).sources;
  return out;
}

async function main([mode, dir, file]: string[]): Promise<void> {
  const all = await vaults();
  if (mode === 'concepts') {
    const { runVault } = await import('../../test/eval/run-vault.js');
    for (const [name, sources] of Object.entries(all)) {
      const run = await runVault(sources);
      writeFileSync(path.join(dir, `${name}.concepts.json`), JSON.stringify(run.concepts));
    }
    return;
  }
  const out: Record<string, unknown> = {};
  for (const [name, sources] of Object.entries(all)) {
    const concepts = JSON.parse(readFileSync(path.join(dir, `${name}.concepts.json`), 'utf8')) as Concept[];
    const notes = sources.map((s) => parseNote(s));
    const { hits, mentions } = findMentions(notes, concepts);
    const relations = buildRelations(notes, concepts, hits, { maxCooccurrencePerConcept: 8 });
    out[name] = { hits: [...hits], mentions, relations };
  }
  writeFileSync(file, JSON.stringify(out, null, 1));
}

await main(process.argv.slice(2));
