/**
 * `npx tsx scripts/bench/pat-deopts.ts [--mb N] [--top K]`: one cold extraction of the bench corpus (dist/: compile
 * first) in a child `node --single-threaded --predictable --trace-opt --trace-deopt-verbose`, and what TurboFan did
 * during it: the optimising compiles per function (on-stack ones marked OSR) with their compile time, and every
 * deoptimisation in src/extract with its reason and source place. Single-threaded, so compiles happen in line and in
 * the same order each run: the counts and the deoptimisations repeat run to run (the milliseconds follow the load).
 * A deoptimisation costs a second compile of its function and of every function it was inlined into; the places
 * name what to fix (an array of a new elements kind, an object of a new map, a read past the end).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { numberFlag } from './profile-tools.js';
import { printTrace, readTrace, traceChild } from './v8-trace.js';

const argv = process.argv.slice(2);
const self = fileURLToPath(import.meta.url);
const root = path.resolve(path.dirname(self), '../..');

if (argv.includes('--child')) {
  const { extractCandidates } = await import(path.join(root, 'dist/extract/index.js'));
  const { parsedCorpus, startUp } = await import('./profile-tools.js');
  const { notes } = parsedCorpus(numberFlag(argv, '--mb', 3));
  startUp();
  // Only what is traced between the two marks is extraction's.
  console.log('<<extract');
  extractCandidates(notes, []);
  console.log('extract>>');
  process.exit(0);
}

const lines = traceChild(self, ['--mb', String(numberFlag(argv, '--mb', 3))], 'extract');
printTrace(readTrace(lines, 'dist/extract/'), { top: numberFlag(argv, '--top', 30), where: 'src/extract', recompiled: false });
