/**
 * `valgrind --tool=cachegrind --cache-sim=no --smc-check=all-non-file --cachegrind-out-file=/dev/null node
 * --single-threaded --expose-gc --import tsx scripts/bench/link-count.ts DIR CONCEPTS.json [--mb N] [--stage none|mentions|relations]`:
 * one cold linking of the N MB bench corpus (default 1) by the build in DIR/dist, on saved concepts
 * (link-save-concepts.ts), for an instruction count that does not depend on the load of a shared machine
 * (cachegrind's I refs). `--stage none` parses only, `mentions` adds the automaton and findMentions, `relations`
 * (default) buildRelations too: subtract to get one stage's count. Compare two builds by their counts.
 * Not as steady as pat-count.ts: one build's count of `relations` on 1 MB (about 20.4G, 3.3G of it buildRelations)
 * still moved by 0.15–0.3G between runs with --predictable --hash-seed=1 --random-seed=1 added, and by up to 1.5G
 * without the collection below; a difference under ~0.3G is noise.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Concept } from '../../src/types.js';
import { buildCorpus } from './corpus.js';
import { numberFlag } from './profile-tools.js';

const argv = process.argv.slice(2);
const dir = path.resolve(argv[0]);
const here = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const load = (file: string) => import(path.join(dir, 'dist', file));
const { parseNote } = await load('parse/parse-note.js');
const { buildAutomaton } = await load('link/automaton.js');
const { findMentions } = await load('link/find-mentions.js');
const { buildRelations } = await load('link/relations.js');
const concepts = JSON.parse(readFileSync(argv[1], 'utf8')) as Concept[];
const notes = buildCorpus(here, numberFlag(argv, '--mb', 1) * 1e6).sources.map((source: unknown) => parseNote(source));
const stage = argv.includes('--stage') ? argv[argv.indexOf('--stage') + 1] : 'relations';
// A full collection first (node --expose-gc): whether a major GC of the parsed corpus falls inside the stage moved
// the count by up to 1.5G instructions from run to run.
(globalThis as { gc?: () => void }).gc?.();
if (stage !== 'none') {
  const start = performance.now();
  const automaton = buildAutomaton(concepts);
  const { hits } = findMentions(notes, concepts, automaton);
  const relations = stage === 'relations' ? buildRelations(notes, concepts, hits, { automaton }) : [];
  console.log(`${relations.length} relations, ${(performance.now() - start).toFixed(0)} ms`);
}
