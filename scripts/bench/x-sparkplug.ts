/**
 * `tsx scripts/bench/x-sparkplug.ts [--mb N] [--procs P]`: does `--always-sparkplug`, set at run time after parsing
 * (as bin/notegraph.js could set it), shorten the cold extraction + linking? Alternates fresh processes with and
 * without the flag and prints each one's wall and CPU ms, then the medians. `--child [--spark]` is one process;
 * `--stage none|all` with `--child` runs nothing / everything, for instruction counts under cachegrind.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import v8 from 'node:v8';
import { numberFlag, parsedCorpus, runStages, startUp } from './profile-tools.js';

const argv = process.argv.slice(2);
const mb = numberFlag(argv, '--mb', 10);
if (argv.includes('--child')) {
  const { notes } = parsedCorpus(mb);
  if (argv.includes('--spark')) v8.setFlagsFromString('--always-sparkplug');
  startUp();
  const cpu = process.cpuUsage();
  const start = performance.now();
  if (!argv.includes('none')) runStages(notes, false);
  const used = process.cpuUsage(cpu);
  console.log(JSON.stringify({ wall: performance.now() - start, cpu: (used.user + used.system) / 1000 }));
  process.exit(0);
}
const self = fileURLToPath(import.meta.url);
const tsx = path.join(path.dirname(self), '../../node_modules/tsx/dist/loader.mjs');
const runs: Record<string, { wall: number[]; cpu: number[] }> = { default: { wall: [], cpu: [] }, spark: { wall: [], cpu: [] } };
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (let round = 0; round < numberFlag(argv, '--procs', 4); round++) {
  for (const name of round % 2 ? ['spark', 'default'] : ['default', 'spark']) {
    const extra = name === 'spark' ? ['--spark'] : [];
    const out = execFileSync(process.execPath, ['--import', tsx, self, '--child', '--mb', String(mb), ...extra], { encoding: 'utf8' });
    const { wall, cpu } = JSON.parse(out.trim().split('\n').pop()!) as { wall: number; cpu: number };
    runs[name].wall.push(wall);
    runs[name].cpu.push(cpu);
    console.log(`round ${round} ${name}: wall ${wall.toFixed(0)} ms, cpu ${cpu.toFixed(0)} ms`);
  }
}
for (const [name, r] of Object.entries(runs)) console.log(`median ${name}: wall ${median(r.wall).toFixed(0)} ms, cpu ${median(r.cpu).toFixed(0)} ms`);
