/**
 * Correctness guard for optimising extraction and linking: `tsx scripts/bench/pipeline-snapshot.ts OUT.json` runs
 * extract → resolve → findMentions → buildRelations on the sample vault, the seed note and a 2 MB bench corpus and
 * writes every candidate, concept, hit, mention and relation to OUT.json, then prints its SHA-256. A change
 * meant only to make the stages faster must leave the file byte-identical.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractCandidates } from '../../src/extract/index.js';
import { loadVocabulary } from '../../src/extract/vocabulary.js';
import { buildAutomaton } from '../../src/link/automaton.js';
import { findMentions } from '../../src/link/find-mentions.js';
import { buildRelations } from '../../src/link/relations.js';
import { parseNote } from '../../src/parse/parse-note.js';
import { resolveConcepts } from '../../src/resolve/index.js';
import type { NoteSource } from '../../src/types.js';
import { sampleSources, seedSources } from '../../test/eval/run-vault.js';
import { buildCorpus } from './corpus.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function main([file]: string[]): Promise<void> {
  if (!file) throw new Error('usage: tsx scripts/bench/pipeline-snapshot.ts OUT.json');
  const vaults: Record<string, NoteSource[]> = { sample: await sampleSources() };
  const seed = await seedSources();
  if (seed) vaults.seed = seed;
  vaults.corpus = buildCorpus(root, 2e6).sources;
  const vocabulary = (await loadVocabulary(path.join(root, 'graph'))).entries;
  const out: Record<string, unknown> = {};
  for (const [name, sources] of Object.entries(vaults)) {
    const notes = sources.map((s) => parseNote(s));
    const candidates = extractCandidates(notes, name === 'corpus' ? [] : vocabulary);
    const concepts = resolveConcepts(candidates, notes);
    const automaton = buildAutomaton(concepts);
    const { hits, mentions } = findMentions(notes, concepts, automaton);
    const relations = buildRelations(notes, concepts, hits, { automaton });
    out[name] = { candidates, concepts, hits: [...hits], mentions, relations };
  }
  const json = JSON.stringify(out, null, 1);
  writeFileSync(file, json);
  console.log(`${createHash('sha256').update(json).digest('hex')}  ${file} (${(json.length / 1e6).toFixed(1)} MB)`);
}

await main(process.argv.slice(2));
