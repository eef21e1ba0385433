/**
 * `npx tsx scripts/bench/link-deopts.ts [--mb N] [--top K] [--root DIR]`: pat-deopts.ts for the linker. One cold pipeline run of
 * the bench corpus (dist/: compile first) in a child `node --single-threaded --predictable --trace-opt
 * --trace-deopt-verbose`; only what is traced around buildRelations counts (mentions are found before the mark, as
 * in a build, so what extraction and findMentions warmed stays warm). Lists the optimising compiles per function
 * (OSR marked) and every deoptimisation in dist/link with its reason and place.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { numberFlag } from './profile-tools.js';

const argv = process.argv.slice(2);
const self = fileURLToPath(import.meta.url);
// --root DIR: the build in DIR/dist (default this checkout), to compare two builds.
const root = argv.includes('--root') ? path.resolve(argv[argv.indexOf('--root') + 1]) : path.resolve(path.dirname(self), '../..');

if (argv.includes('--child')) {
  const load = (file: string) => import(path.join(root, 'dist', file));
  const { extractCandidates } = await load('extract/index.js');
  const { resolveConcepts } = await load('resolve/index.js');
  const { buildAutomaton } = await load('link/automaton.js');
  const { findMentions } = await load('link/find-mentions.js');
  const { buildRelations } = await load('link/relations.js');
  const { parsedCorpus, startUp } = await import('./profile-tools.js');
  const { notes } = parsedCorpus(numberFlag(argv, '--mb', 3));
  startUp();
  const concepts = resolveConcepts(extractCandidates(notes, []), notes);
  const automaton = buildAutomaton(concepts);
  const mentions = findMentions(notes, concepts, automaton);
  console.log('<<link');
  buildRelations(notes, concepts, mentions.hits, { automaton });
  console.log('link>>');
  process.exit(0);
}

const flags = ['--single-threaded', '--predictable', '--trace-opt', '--trace-deopt-verbose'];
const out = execFileSync(process.execPath, [...flags, ...process.execArgv, self, '--child', '--root', root, '--mb', String(numberFlag(argv, '--mb', 3))], {
  encoding: 'utf8',
  maxBuffer: 1 << 30,
});
const lines = out.slice(out.indexOf('<<link'), out.indexOf('link>>')).split('\n');

const compiles = new Map<string, { count: number; ms: number }>();
const deopts = new Map<string, number>();
const perFunction = new Map<string, number>();
let deoptimising = '';
for (const line of lines) {
  const compiled = /^\[completed compiling .*<JSFunction ?([^ >]*) \(sfi = (\w+)\)> \(target TURBOFAN\)( OSR)? - took [\d.]+, ([\d.]+),/u.exec(line);
  if (compiled) {
    // Per function (its shared info), not per name: many functions share a name (add, sentence).
    const fn = `${compiled[1] || '(anonymous)'} ${compiled[2]}`;
    perFunction.set(fn, (perFunction.get(fn) ?? 0) + 1);
    const name = (compiled[1] && !compiled[1].startsWith('(') ? compiled[1] : '(anonymous)') + (compiled[3] ? ' [OSR]' : '');
    const entry = compiles.get(name) ?? { count: 0, ms: 0 };
    entry.count++;
    entry.ms += Number(compiled[4]);
    compiles.set(name, entry);
    continue;
  }
  const bailout = /^\[bailout \(kind: [^,]*, reason: ([^)]*)\).*<JSFunction ([^ >]*)/u.exec(line);
  if (bailout) deoptimising = `${bailout[2] || '(anonymous)'} | ${bailout[1]}`;
  const at = /;;; deoptimize at <file:\/\/\/.*?\/(dist\/[^>]*)>/u.exec(line);
  if (at && deoptimising) deopts.set(`${deoptimising} | ${at[1]}`, (deopts.get(`${deoptimising} | ${at[1]}`) ?? 0) + 1);
}

const top = numberFlag(argv, '--top', 30);
const all = [...compiles.values()];
console.log(`${all.reduce((s, e) => s + e.count, 0)} optimising compiles, ${all.reduce((s, e) => s + e.ms, 0).toFixed(0)} ms; ${[...deopts.values()].reduce((s, n) => s + n, 0)} deoptimisations in src/link`);
console.log('\ncompiles by function (count, ms):');
for (const [name, e] of [...compiles].sort((a, b) => b[1].ms - a[1].ms).slice(0, top)) console.log(`${String(e.count).padStart(4)} ${e.ms.toFixed(1).padStart(8)}  ${name}`);
console.log('\ncompiled more than once (count, function and its shared info):');
for (const [fn, n] of [...perFunction].filter((e) => e[1] > 1).sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(4)}  ${fn}`);
console.log('\ndeoptimisations (function | reason | place in dist/):');
for (const [key, n] of [...deopts].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(4)}  ${key}`);
