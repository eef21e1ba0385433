/**
 * `tsx scripts/bench/stat-only.ts [--mb N] [--runs K]`: the statistical pass alone (the largest share of
 * extraction), timed K times on the bench corpus; prints each run and the fastest. For A/B comparisons of
 * changes to statistical.ts / segmenter.ts on a machine that is not idle: the minimum of several runs is
 * steadier than one run.
 */
import { segmenterWith } from '../../src/extract/segmenter.js';
import { statisticalCandidates } from '../../src/extract/statistical.js';
import { statInputs } from './stat-inputs.js';

const argv = process.argv.slice(2);
const flag = (name: string, fallback: number) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : fallback);
const { notes, bytes, han, known } = statInputs(flag('--mb', 10));
const times: number[] = [];
let found = 0;
for (let run = 0; run < flag('--runs', 5); run++) {
  const start = performance.now();
  found = statisticalCandidates(notes, segmenterWith(han), known).candidates.length;
  times.push(performance.now() - start);
}
console.log(`statistical pass, ${(bytes / 1e6).toFixed(1)} MB: ${times.map((t) => t.toFixed(0)).join(' ')} ms; fastest ${Math.min(...times).toFixed(0)} ms; ${found} candidates`);
