/**
 * `tsx scripts/bench/stat-profile.ts [--mb N] [--runs K] [--top T]`: CPU profile of the statistical pass alone
 * (compiled dist/: run `npx tsc -p tsconfig.json` first), after one warm-up run. Prints self and inclusive shares
 * and writes test-output/stat.cpuprofile. The inputs (user words, known keys) are built as stat-only.ts builds them.
 */
import { segmenterWith } from '../../dist/extract/segmenter.js';
import { statisticalCandidates } from '../../dist/extract/statistical.js';
import { cpuProfile, numberFlag, printShares, shares } from './profile-tools.js';
import { statInputs } from './stat-inputs.js';

const argv = process.argv.slice(2);
const top = numberFlag(argv, '--top', 40);
const runs = numberFlag(argv, '--runs', 1);
// Inputs from the sources (stat-inputs.ts); the pass itself from dist/, so its frames carry the compiled names.
const { notes, bytes, han, known } = statInputs(numberFlag(argv, '--mb', 5));
statisticalCandidates(notes, segmenterWith(han), known);
let ms = 0;
const nodes = await cpuProfile('stat', () => {
  const start = performance.now();
  for (let i = 0; i < runs; i++) statisticalCandidates(notes, segmenterWith(han), known);
  ms = performance.now() - start;
});
const { total, self, inclusive } = shares(nodes);
console.log(`${(bytes / 1e6).toFixed(1)} MB × ${runs} in ${ms.toFixed(0)} ms under the profiler`);
printShares(self, total, top);
console.log('\ninclusive:');
printShares(inclusive, total, top);
