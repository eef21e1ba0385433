/**
 * `tsx scripts/bench/patterns-time.ts [--mb N] [--procs P] [--runs K]`: extractCandidates on the bench corpus with
 * the time of each pass (structural, headings, parenthetical, definitions, enumeration, …) charged through
 * extractCandidates' PassTimer. Prints each pass's fastest run and the whole minus the statistical pass (the
 * pattern passes and glue). `npm run bench` extracts once in a fresh process (cold JIT, empty memos), so by
 * default each run is a fresh process (P of them, default 3); `--runs K` repeats inside each process as well.
 * Times are the process's CPU time (other engineers share the machine); `--wall` for wall-clock time.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractCandidates, type PassTimer } from '../../src/extract/index.js';
import { baseSegmenter } from '../../src/extract/segmenter.js';
import { parseNote } from '../../src/parse/parse-note.js';
import { buildCorpus } from './corpus.js';

const argv = process.argv.slice(2);
const flag = (name: string, fallback: number) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : fallback);
const procs = flag('--procs', 3);
if (!argv.includes('--child')) {
  // Parent: one child per run, each printing its pass times as JSON on its last line.
  const runs: Array<Record<string, number>> = [];
  for (let p = 0; p < procs; p++) {
    const out = execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), ...argv, '--child'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const lines = out.trim().split('\n');
    for (const line of lines.slice(0, -1)) console.log(line);
    runs.push(...(JSON.parse(lines[lines.length - 1]) as Array<Record<string, number>>));
  }
  console.log(`\nfastest of ${runs.length} runs per pass (ms):`);
  for (const name of Object.keys(runs[0])) {
    const values = runs.map((r) => r[name] ?? 0);
    console.log(`${Math.min(...values).toFixed(0).padStart(7)}  ${name.padEnd(22)} ${values.map((v) => v.toFixed(0)).join(' ')}`);
  }
  process.exit(0);
}
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = buildCorpus(root, flag('--mb', 10) * 1e6);
const notes = corpus.sources.map((source) => parseNote(source));
// As the bench does: jieba's dictionary is loaded before extraction is timed.
baseSegmenter().tag('虚拟化技术');
const gc = (globalThis as { gc?: () => void }).gc;

// CPU time of the process (ms), not wall time: other processes share the machine's cores.
const wall = argv.includes('--wall');
const clock = (): number => {
  if (wall) return performance.now();
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const runs: Array<Map<string, number>> = [];
let count = 0;
for (let run = 0; run < flag('--runs', 1); run++) {
  if (argv.includes('--gc')) gc?.();
  const times = new Map<string, number>();
  let last = 0;
  const timer: PassTimer = {
    lap(name) {
      const now = clock();
      times.set(name, (times.get(name) ?? 0) + now - last);
      last = now;
    },
  };
  const start = clock();
  last = start;
  count = extractCandidates(notes, [], timer).length;
  const total = clock() - start;
  const timed = [...times.values()].reduce((a, b) => a + b, 0);
  times.set('(untimed)', total - timed);
  times.set('TOTAL', total);
  times.set('TOTAL - statistical', total - (times.get('statistical') ?? 0));
  runs.push(times);
  console.log(`run ${run + 1}: ${total.toFixed(0)} ms, patterns ${(total - (times.get('statistical') ?? 0)).toFixed(0)} ms`);
}
console.log(`${(corpus.bytes / 1e6).toFixed(1)} MB, ${count} candidates`);
console.log(JSON.stringify(runs.map((r) => Object.fromEntries(r))));
