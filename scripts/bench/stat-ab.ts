/**
 * `tsx scripts/bench/stat-ab.ts OTHER.ts [--mb N] [--runs K]`: A/B of the statistical pass in one process, runs
 * alternating between src/extract/statistical.ts (A) and another copy of it (B, e.g. the previous version saved as
 * src/extract/statistical-b.ts, not committed), so that load from other processes hits both alike. Prints the
 * fastest CPU time of each and checks that both find the same candidates. `--segmenter OTHER.ts`: B cuts with that
 * copy of segmenter.ts (its segmenterWith), to compare segmenter versions.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { segmenterWith } from '../../src/extract/segmenter.js';
import { statisticalCandidates } from '../../src/extract/statistical.js';
import { statInputs } from './stat-inputs.js';

const argv = process.argv.slice(2);
const flag = (name: string, fallback: number) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : fallback);
const other = (await import(pathToFileURL(path.resolve(argv[0])).href)) as { statisticalCandidates: typeof statisticalCandidates };
const otherSegmenter = argv.includes('--segmenter')
  ? ((await import(pathToFileURL(path.resolve(argv[argv.indexOf('--segmenter') + 1])).href)) as { segmenterWith: typeof segmenterWith })
  : { segmenterWith };
const { notes, han, known } = statInputs(flag('--mb', 10));
const passes = { A: statisticalCandidates, B: other.statisticalCandidates };
const segmenters = { A: segmenterWith, B: otherSegmenter.segmenterWith };
const best = { A: Infinity, B: Infinity };
const out = { A: '', B: '' };
for (let run = 0; run < flag('--runs', 6); run++) {
  for (const name of run % 2 ? (['B', 'A'] as const) : (['A', 'B'] as const)) {
    const usage = process.cpuUsage();
    const result = passes[name](notes, segmenters[name](han), known);
    const used = process.cpuUsage(usage);
    best[name] = Math.min(best[name], (used.user + used.system) / 1000);
    out[name] = JSON.stringify(result.candidates);
  }
}
console.log(`A ${best.A.toFixed(0)} ms, B ${best.B.toFixed(0)} ms (fastest CPU of ${flag('--runs', 6)}); same output: ${out.A === out.B}`);
