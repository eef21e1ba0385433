/**
 * `npx tsx scripts/bench/pat-ab.ts OTHER [--rounds K] [--mb N] [--warm]`: cold extraction of the bench corpus by two
 * builds, OTHER's dist/ and this checkout's (`npm run compile` in both), each run in a fresh process, alternately
 * (A, B, A, B, …): the median and the fastest wall time of each pass (PassTimer laps) and of the pattern passes
 * (everything but the statistical pass) per build. A fresh process per run is what `npm run bench` measures; the
 * alternation shares the machine's load between the builds. `--warm`: the second run of each process instead.
 * Times are the process's CPU time (all its threads: GC and compilers included), which a loaded machine disturbs
 * less than wall time; `--wall` for wall time.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { numberFlag, parsedCorpus, startUp } from './profile-tools.js';

const argv = process.argv.slice(2);
const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
if (argv.includes('--child')) {
  const dir = argv[argv.indexOf('--child') + 1];
  const { extractCandidates } = await import(path.join(dir, 'dist/extract/index.js'));
  const { notes } = parsedCorpus(numberFlag(argv, '--mb', 10));
  startUp();
  const clock = argv.includes('--wall')
    ? () => performance.now()
    : () => {
        const { user, system } = process.cpuUsage();
        return (user + system) / 1000;
      };
  let laps = new Map<string, number>();
  for (let run = 0; run < (argv.includes('--warm') ? 2 : 1); run++) {
    laps = new Map<string, number>();
    let last = clock();
    const start = last;
    extractCandidates(notes, [], {
      lap(name: string) {
        const now = clock();
        laps.set(name, (laps.get(name) ?? 0) + now - last);
        last = now;
      },
    });
    laps.set('TOTAL', clock() - start);
    laps.set('patterns', laps.get('TOTAL')! - (laps.get('statistical') ?? 0));
  }
  console.log(JSON.stringify(Object.fromEntries(laps)));
  process.exit(0);
}
const other = path.resolve(argv[0]);
const builds = [other, here];
const runs: Array<Array<Record<string, number>>> = [[], []];
const rounds = numberFlag(argv, '--rounds', 4);
for (let round = 0; round < rounds; round++) {
  for (let i = 0; i < 2; i++) {
    const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...argv.slice(1), '--child', builds[i]], { encoding: 'utf8', maxBuffer: 1 << 26 });
    runs[i].push(JSON.parse(out.trim().split('\n').pop()!));
  }
  console.log(`round ${round}: patterns ${runs[0][round].patterns.toFixed(0)} / ${runs[1][round].patterns.toFixed(0)} ms, total ${runs[0][round].TOTAL.toFixed(0)} / ${runs[1][round].TOTAL.toFixed(0)} ms`);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`\nmedian (fastest) ms over ${rounds} rounds: ${path.basename(other)} | this checkout`);
for (const name of Object.keys(runs[0][0])) {
  const a = runs[0].map((r) => r[name] ?? 0);
  const b = runs[1].map((r) => r[name] ?? 0);
  console.log(`${name.padEnd(14)} ${median(a).toFixed(0).padStart(6)} (${Math.min(...a).toFixed(0).padStart(5)}) | ${median(b).toFixed(0).padStart(6)} (${Math.min(...b).toFixed(0).padStart(5)})  ${(median(b) / median(a)).toFixed(2)}×`);
}
