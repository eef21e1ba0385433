/**
 * Linking alone, for profiling the linker: `tsx scripts/bench/link-only.ts CONCEPTS.json [--mb N] [--runs R]`
 * parses the bench corpus, then times buildAutomaton, findMentions and buildRelations on concepts saved by
 * link-snapshot.ts (so extraction neither costs time nor changes between runs). Best of R runs, CPU and wall.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAutomaton } from '../../src/link/automaton.js';
import { findMentions } from '../../src/link/find-mentions.js';
import { buildRelations } from '../../src/link/relations.js';
import { parseNote } from '../../src/parse/parse-note.js';
import type { Concept } from '../../src/types.js';
import type { Root } from 'mdast';
import { buildCorpus } from './corpus.js';
import { mbPerSecond, time } from './types.js';

const argv = process.argv.slice(2);
const flag = (name: string, fallback: number) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : fallback);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = buildCorpus(root, flag('--mb', 10) * 1e6);
const concepts = JSON.parse(readFileSync(argv[0], 'utf8')) as Concept[];
const notes = corpus.sources.map((s) => {
  const note = parseNote(s);
  note.tree = { type: 'root', children: [] } as Root;
  return note;
});
const best = new Map<string, { ms: number; cpuMs: number }>();
const keep = (name: string, t: { ms: number; cpuMs: number }) => {
  const old = best.get(name);
  if (!old || t.cpuMs < old.cpuMs) best.set(name, { ms: t.ms, cpuMs: t.cpuMs });
};
for (let r = 0; r < flag('--runs', 3); r++) {
  const automaton = time(() => buildAutomaton(concepts));
  const mentions = time(() => findMentions(notes, concepts, automaton.value));
  const relations = time(() => buildRelations(notes, concepts, mentions.value.hits, { automaton: automaton.value }));
  keep('automaton', automaton);
  keep('findMentions', mentions);
  keep('buildRelations', relations);
}
for (const [name, t] of best) {
  console.log(`${name.padEnd(15)} wall ${t.ms.toFixed(0).padStart(6)} ms ${mbPerSecond(corpus.bytes, t.ms).toFixed(2).padStart(7)} MB/s   cpu ${t.cpuMs.toFixed(0).padStart(6)} ms ${mbPerSecond(corpus.bytes, t.cpuMs).toFixed(2).padStart(7)} MB/s`);
}
