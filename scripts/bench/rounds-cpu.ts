/**
 * `node [FLAGS] --import tsx scripts/bench/rounds-cpu.ts [K] [--mb N]`: like rounds.ts, extraction + linking K times
 * in one process on the bench corpus with the compiled dist/, but prints each round's wall and CPU milliseconds
 * (CPU counts every thread of the process: compiling and collecting included). Round 0 is what a build pays, the
 * later rounds what a `serve` rebuild pays; used to weigh V8 flags on both.
 */
import { numberFlag, parsedCorpus, runStages, startUp } from './profile-tools.js';

const rounds = Number(process.argv.slice(2).find((a) => /^\d+$/u.test(a)) ?? 3);
const { notes } = parsedCorpus(numberFlag(process.argv.slice(2), '--mb', 10));
startUp();
const out: string[] = [];
for (let round = 0; round < rounds; round++) {
  const cpu = process.cpuUsage();
  const start = performance.now();
  runStages(notes, false);
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  out.push(`r${round} wall ${wall.toFixed(0)} cpu ${((used.user + used.system) / 1000).toFixed(0)}`);
}
console.log(out.join(' | '));
