/**
 * `npx tsx scripts/bench/pat-deopts.ts [--mb N] [--top K]`: one cold extraction of the bench corpus (dist/: compile
 * first) in a child `node --single-threaded --predictable --trace-opt --trace-deopt-verbose`, and what TurboFan did
 * during it: the optimising compiles per function (on-stack ones marked OSR) with their compile time, and every
 * deoptimisation in src/extract with its reason and source place. Single-threaded, so compiles happen in line and in
 * the same order each run: the counts and the deoptimisations repeat run to run (the milliseconds follow the load).
 * A deoptimisation costs a second compile of its function and of every function it was inlined into; the places
 * name what to fix (an array of a new elements kind, an object of a new map, a read past the end).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { numberFlag } from './profile-tools.js';

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

const flags = ['--single-threaded', '--predictable', '--trace-opt', '--trace-deopt-verbose'];
const out = execFileSync(process.execPath, [...flags, ...process.execArgv, self, '--child', '--mb', String(numberFlag(argv, '--mb', 3))], {
  encoding: 'utf8',
  maxBuffer: 1 << 30,
});
const lines = out.slice(out.indexOf('<<extract'), out.indexOf('extract>>')).split('\n');

const compiles = new Map<string, { count: number; ms: number }>();
const deopts = new Map<string, number>();
let deoptimising = '';
for (const line of lines) {
  const compiled = /^\[completed compiling .*<JSFunction ([^ >]*)[^>]*> \(target TURBOFAN\)( OSR)? - took [\d.]+, ([\d.]+),/u.exec(line);
  if (compiled) {
    const name = (compiled[1] && !compiled[1].startsWith('(') ? compiled[1] : '(anonymous)') + (compiled[2] ? ' [OSR]' : '');
    const entry = compiles.get(name) ?? { count: 0, ms: 0 };
    entry.count++;
    entry.ms += Number(compiled[3]);
    compiles.set(name, entry);
    continue;
  }
  const bailout = /^\[bailout \(kind: [^,]*, reason: ([^)]*)\).*<JSFunction ([^ >]*)/u.exec(line);
  if (bailout) deoptimising = `${bailout[2] || '(anonymous)'} | ${bailout[1]}`;
  const at = /;;; deoptimize at <file:\/\/\/.*?\/(dist\/extract\/[^>]*)>/u.exec(line);
  if (at && deoptimising) deopts.set(`${deoptimising} | ${at[1]}`, (deopts.get(`${deoptimising} | ${at[1]}`) ?? 0) + 1);
}

const top = numberFlag(argv, '--top', 30);
const all = [...compiles.values()];
console.log(`${all.reduce((s, e) => s + e.count, 0)} optimising compiles, ${all.reduce((s, e) => s + e.ms, 0).toFixed(0)} ms; ${[...deopts.values()].reduce((s, n) => s + n, 0)} deoptimisations in src/extract`);
console.log('\ncompiles by function (count, ms):');
for (const [name, e] of [...compiles].sort((a, b) => b[1].ms - a[1].ms).slice(0, top)) console.log(`${String(e.count).padStart(4)} ${e.ms.toFixed(1).padStart(8)}  ${name}`);
console.log('\ndeoptimisations (function | reason | place in dist/):');
for (const [key, n] of [...deopts].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(4)}  ${key}`);
