/**
 * `node [V8 flags] --import tsx scripts/bench/x-stat-cold.ts [--mb N] [--dist DIR]`: one cold statistical pass in this
 * process (parsing first; the user words and known keys are saved by a first run in test-output/), so that V8's
 * traces (--trace-opt, --trace-deopt) and CPU time show the statistical pass's cold cost alone. `--load-only` stops before the
 * pass: under cachegrind, subtract its count from a full run's for the pass's instructions.
 */
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { numberFlag, ROOT } from './profile-tools.js';
import { buildCorpus } from './corpus.js';
import { parseNote } from '../../src/parse/parse-note.js';

const argv = process.argv.slice(2);
const mb = numberFlag(argv, '--mb', 5);
const dist = argv.includes('--dist') ? path.resolve(argv[argv.indexOf('--dist') + 1]) : ROOT;
const saved = path.join(ROOT, 'test-output', `stat-inputs-${mb}.json`);
if (!existsSync(saved)) {
  const { statInputs } = await import('./stat-inputs.js');
  const { han, known } = statInputs(mb);
  mkdirSync(path.dirname(saved), { recursive: true });
  writeFileSync(saved, JSON.stringify({ han: [...han], known: [...known] }));
  process.exit(0);
}
const { han, known } = JSON.parse(readFileSync(saved, 'utf8')) as { han: string[]; known: string[] };
const notes = buildCorpus(ROOT, mb * 1e6).sources.map((s) => parseNote(s)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
const { segmenterWith } = await import(path.join(dist, 'dist/extract/segmenter.js'));
const { statisticalCandidates } = await import(path.join(dist, 'dist/extract/statistical.js'));
const jieba = segmenterWith(han);
jieba.cut('虚拟化');
if (argv.includes('--load-only')) process.exit(0);
console.log("=== stat start");
const cpu = process.cpuUsage();
const start = performance.now();
const found = statisticalCandidates(notes, jieba, new Set(known)).candidates.length;
const used = process.cpuUsage(cpu);
console.log(`cold stat pass ${mb} MB: ${(performance.now() - start).toFixed(0)} ms wall, ${((used.user + used.system) / 1000).toFixed(0)} ms CPU, ${found} candidates`);
