/**
 * `npx tsx scripts/bench/ab.ts OTHER [--mb N] [--rounds K]`: extraction + linking of the bench corpus by two builds in
 * one process, alternately: OTHER's `dist/` (another checkout, e.g. a worktree at an older commit, compiled) and
 * this checkout's `dist/` (run `npm run compile` in both first). Each build parses the corpus with its own parser.
 * Alternating in one process shares the machine's load between the two, which back-to-back `npm run bench` runs on
 * a shared machine do not; round 0 is each build's cold run, the later rounds are warm.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from './corpus.js';
import { numberFlag } from './profile-tools.js';

const argv = process.argv.slice(2);
const other = argv[0] && !argv[0].startsWith('--') ? path.resolve(argv[0]) : undefined;
if (!other) {
  console.error('usage: npx tsx scripts/bench/ab.ts OTHER_CHECKOUT [--mb N] [--rounds K]');
  process.exit(2);
}
const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = buildCorpus(here, numberFlag(argv, '--mb', 10) * 1e6);

/** The stages of the build in `dir`, ready to run on its own parse of the corpus; returns one run's milliseconds. */
async function stages(dir: string): Promise<() => number> {
  const load = (file: string) => import(path.join(dir, 'dist', file));
  const { parseNote } = await load('parse/parse-note.js');
  const { extractCandidates } = await load('extract/index.js');
  const { resolveConcepts } = await load('resolve/index.js');
  const { buildAutomaton } = await load('link/automaton.js');
  const { findMentions } = await load('link/find-mentions.js');
  const { buildRelations } = await load('link/relations.js');
  const { baseSegmenter } = await load('extract/segmenter.js');
  baseSegmenter().tag('虚拟化技术');
  // Trees kept, as in a build and in npm run bench: extraction reads them for marked terms.
  const notes = corpus.sources.map((source) => parseNote(source));
  return () => {
    const start = performance.now();
    const concepts = resolveConcepts(extractCandidates(notes, []), notes);
    const automaton = buildAutomaton(concepts);
    buildRelations(notes, concepts, findMentions(notes, concepts, automaton).hits, { automaton });
    return performance.now() - start;
  };
}

const runOther = await stages(other);
const runHere = await stages(here);
for (let round = 0; round < numberFlag(argv, '--rounds', 5); round++) {
  const a = runOther();
  const b = runHere();
  console.log(`round ${round}: ${path.basename(other)} ${a.toFixed(0)} ms, this checkout ${b.toFixed(0)} ms (${(b / a).toFixed(2)}×)`);
}
