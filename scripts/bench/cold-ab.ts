/**
 * `npx tsx scripts/bench/cold-ab.ts OTHER_CHECKOUT [--pairs N] [--mb M]`: the cold run of extraction + linking (what
 * `npm run bench` and a real build pay) of two builds, each in its own fresh process: OTHER's compiled dist/ and this
 * checkout's, N pairs, the order alternating from pair to pair so that neither build always runs after the other.
 * Prints each run's wall and CPU milliseconds, each build's medians, and the ratio of the medians (this / OTHER).
 * Compile both first (`npm run compile`).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadBuild } from './build-stages.js';
import { numberFlag } from './profile-tools.js';

const argv = process.argv.slice(2);
const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

if (argv[0] === '--child') {
  // The same corpus for both builds (this checkout's notes), parsed by the build's own parser.
  const { buildCorpus } = await import('./corpus.js');
  const build = await loadBuild(argv[1], buildCorpus(here, numberFlag(argv, '--mb', 10) * 1e6).sources);
  const cpu = process.cpuUsage();
  const wall = build.run();
  const used = process.cpuUsage(cpu);
  console.log(JSON.stringify({ wall, cpu: (used.user + used.system) / 1000 }));
  process.exit(0);
}

const other = argv[0] && !argv[0].startsWith('--') ? path.resolve(argv[0]) : undefined;
if (!other) {
  console.error('usage: npx tsx scripts/bench/cold-ab.ts OTHER_CHECKOUT [--pairs N] [--mb M]');
  process.exit(2);
}
const pairs = numberFlag(argv, '--pairs', 5);
const mb = String(numberFlag(argv, '--mb', 10));
const runs: Record<string, Array<{ wall: number; cpu: number }>> = { other: [], here: [] };
const self = fileURLToPath(import.meta.url);
for (let pair = 0; pair < pairs; pair++) {
  const order: Array<['other' | 'here', string]> = pair % 2 === 0 ? [['other', other], ['here', here]] : [['here', here], ['other', other]];
  for (const [name, dir] of order) {
    const out = execFileSync(process.execPath, [...process.execArgv, self, '--child', dir, '--mb', mb], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const run = JSON.parse(out.trim().split('\n').pop()!) as { wall: number; cpu: number };
    runs[name].push(run);
    console.log(`pair ${pair} ${name === 'here' ? 'this checkout' : path.basename(other)}: wall ${run.wall.toFixed(0)} ms, cpu ${run.cpu.toFixed(0)} ms`);
  }
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
for (const key of ['wall', 'cpu'] as const) {
  const a = median(runs.other.map((r) => r[key]));
  const b = median(runs.here.map((r) => r[key]));
  console.log(`median ${key}: ${path.basename(other)} ${a.toFixed(0)} ms, this checkout ${b.toFixed(0)} ms (${(b / a).toFixed(2)}×)`);
}
