/**
 * `npx tsx scripts/bench/pat-warm-ab.ts OTHER [--rounds K] [--mb N]`: extraction of the bench corpus by two builds in
 * one process, alternately (OTHER's dist/ and this checkout's; `npm run compile` in both), with each pass's wall time
 * (PassTimer laps); prints each pass's fastest time over the rounds after the first (warm) per build. The fastest of
 * many alternated runs is what a shared, loaded machine disturbs least.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { numberFlag, parsedCorpus, startUp } from './profile-tools.js';

const argv = process.argv.slice(2);
const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const builds = [path.resolve(argv[0]), here];
const { notes } = parsedCorpus(numberFlag(argv, '--mb', 10));
startUp();
const extract = await Promise.all(builds.map(async (dir) => (await import(path.join(dir, 'dist/extract/index.js'))).extractCandidates));
const fastest: Array<Map<string, number>> = [new Map(), new Map()];
const rounds = numberFlag(argv, '--rounds', 8);
for (let round = 0; round < rounds; round++) {
  for (let i = 0; i < 2; i++) {
    const laps = new Map<string, number>();
    let last = performance.now();
    const start = last;
    extract[i](notes, [], {
      lap(name: string) {
        const now = performance.now();
        laps.set(name, (laps.get(name) ?? 0) + now - last);
        last = now;
      },
    });
    laps.set('TOTAL', performance.now() - start);
    laps.set('patterns', laps.get('TOTAL')! - (laps.get('statistical') ?? 0));
    if (round === 0) continue;
    for (const [name, ms] of laps) fastest[i].set(name, Math.min(fastest[i].get(name) ?? Infinity, ms));
  }
}
console.log(`fastest warm ms over ${rounds - 1} rounds: ${path.basename(builds[0])} | this checkout`);
for (const [name, a] of fastest[0]) {
  const b = fastest[1].get(name) ?? 0;
  console.log(`${name.padEnd(14)} ${a.toFixed(0).padStart(6)} | ${b.toFixed(0).padStart(6)}  ${(b / a).toFixed(2)}×`);
}
