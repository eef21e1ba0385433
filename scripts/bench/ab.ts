/**
 * `npx tsx scripts/bench/ab.ts OTHER [--mb N] [--rounds K]`: extraction + linking of the bench corpus by two builds in
 * one process, alternately: OTHER's `dist/` (another checkout, e.g. a worktree at an older commit, compiled) and
 * this checkout's `dist/` (run `npm run compile` in both first). Each build parses the corpus with its own parser.
 * Alternating in one process shares the machine's load between the two, which back-to-back `npm run bench` runs on
 * a shared machine do not; round 0 is each build's cold run, the later rounds are warm.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBuild } from './build-stages.js';
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

const runOther = (await loadBuild(other, corpus.sources)).run;
const runHere = (await loadBuild(here, corpus.sources)).run;
for (let round = 0; round < numberFlag(argv, '--rounds', 5); round++) {
  const a = runOther();
  const b = runHere();
  console.log(`round ${round}: ${path.basename(other)} ${a.toFixed(0)} ms, this checkout ${b.toFixed(0)} ms (${(b / a).toFixed(2)}×)`);
}
