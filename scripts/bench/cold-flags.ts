/**
 * `npx tsx scripts/bench/cold-flags.ts [--procs P] [--mb N] -- FLAGS_A -- FLAGS_B …`: the cold (first) run of
 * extraction + linking, as `npm run bench` and a real build pay it, in fresh processes started with each set of
 * node flags in turn (alternating, P rounds), compiled dist/ of this checkout. Prints each process's wall and CPU
 * milliseconds and, per flag set, the median. An empty set (`--` `--`) is node's defaults. V8 flags only count if
 * bin/notegraph.js runs the build with them too.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { numberFlag, parsedCorpus, runStages, startUp } from './profile-tools.js';

const argv = process.argv.slice(2);
if (argv[0] === '--child') {
  const { notes } = parsedCorpus(numberFlag(argv, '--mb', 10));
  startUp();
  const cpu = process.cpuUsage();
  const start = performance.now();
  runStages(notes, false);
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  console.log(JSON.stringify({ wall, cpu: (used.user + used.system) / 1000 }));
  process.exit(0);
}
const procs = numberFlag(argv, '--procs', 3);
const mb = numberFlag(argv, '--mb', 10);
const sets: string[][] = [];
for (let i = argv.indexOf('--'); i >= 0 && i < argv.length; ) {
  const next = argv.indexOf('--', i + 1);
  sets.push(argv.slice(i + 1, next < 0 ? argv.length : next));
  i = next;
}
if (sets.length === 0) sets.push([]);
const self = fileURLToPath(import.meta.url);
const tsx = path.join(path.dirname(self), '../../node_modules/tsx/dist/loader.mjs');
const results = sets.map(() => ({ wall: [] as number[], cpu: [] as number[] }));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (let round = 0; round < procs; round++) {
  sets.forEach((flags, k) => {
    const out = execFileSync(process.execPath, [...flags, '--import', tsx, self, '--child', '--mb', String(mb)], { encoding: 'utf8' });
    const { wall, cpu } = JSON.parse(out.trim().split('\n').pop()!) as { wall: number; cpu: number };
    results[k].wall.push(wall);
    results[k].cpu.push(cpu);
    console.log(`round ${round} [${flags.join(' ') || 'defaults'}]: wall ${wall.toFixed(0)} ms, cpu ${cpu.toFixed(0)} ms`);
  });
}
sets.forEach((flags, k) => console.log(`median [${flags.join(' ') || 'defaults'}]: wall ${median(results[k].wall).toFixed(0)} ms, cpu ${median(results[k].cpu).toFixed(0)} ms`));
