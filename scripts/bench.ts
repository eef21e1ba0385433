/**
 * `npm run bench`: builds a corpus of the sample vault (plus seed notes) repeated to 10 MB of Markdown and runs
 * each benchmark in scripts/bench/ in order, on one core (no workers), printing one table of MB/s.
 * Add a benchmark: write scripts/bench/<name>.ts exporting a Benchmark and append it to BENCHMARKS.
 * Options: `--mb N` corpus size (default 10), `--check` exit 1 when extraction + linking is below 5 MB/s.
 */
// First, so that the benchmark runs with the V8 settings every build runs with.
import '../src/cli/v8-flags.js';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from './bench/corpus.js';
import { extractLinkBenchmark } from './bench/extract-link.js';
import { parseBenchmark } from './bench/parse.js';
import { mbPerSecond, type BenchContext, type Benchmark, type Row } from './bench/types.js';

const BENCHMARKS: Benchmark[] = [parseBenchmark, extractLinkBenchmark];
const TARGET_MB_S = 5;

async function main(argv: string[]): Promise<number> {
  const mbFlag = argv.indexOf('--mb');
  const megabytes = mbFlag >= 0 ? Number(argv[mbFlag + 1]) : 10;
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const corpus = buildCorpus(root, megabytes * 1e6);
  const context: BenchContext = { sources: corpus.sources, bytes: corpus.bytes, log: (line) => console.log(`  · ${line}`) };
  console.log(`corpus: ${corpus.files.length} files repeated to ${corpus.sources.length} notes, ${(corpus.bytes / 1e6).toFixed(2)} MB (node ${process.version}, one core; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} CPUs)`);

  const rows: Row[] = [];
  for (const benchmark of BENCHMARKS) {
    console.log(`running ${benchmark.name}…`);
    rows.push(...(await benchmark.run(context)));
  }
  printTable(rows);

  const total = rows.find((row) => row.name.startsWith('TOTAL'));
  const remark = rows.find((row) => row.name === 'remark-parse alone');
  if (!total) return 1;
  const speed = mbPerSecond(total.bytes, total.ms);
  const cpuSpeed = mbPerSecond(total.bytes, total.cpuMs);
  console.log(`\n${total.name}: ${speed.toFixed(2)} MB/s wall, ${cpuSpeed.toFixed(2)} MB/s of CPU time (target ≥ ${TARGET_MB_S} MB/s: ${speed >= TARGET_MB_S ? 'met' : 'NOT met'})`);
  if (remark) console.log(`remark-parse alone: ${mbPerSecond(remark.bytes, remark.ms).toFixed(2)} MB/s; extraction + linking takes ${(total.ms / remark.ms).toFixed(2)}× the time of remark-parse`);
  return argv.includes('--check') && speed < TARGET_MB_S ? 1 : 0;
}

function printTable(rows: Row[]): void {
  const width = Math.max(...rows.map((row) => row.name.length));
  console.log(`\n${'benchmark'.padEnd(width)}  ${'wall ms'.padStart(8)}  ${'MB/s'.padStart(7)}  ${'cpu ms'.padStart(8)}  ${'MB/s cpu'.padStart(8)}  notes`);
  for (const row of rows) {
    const wall = mbPerSecond(row.bytes, row.ms).toFixed(2).padStart(7);
    const cpu = mbPerSecond(row.bytes, row.cpuMs).toFixed(2).padStart(8);
    console.log(`${row.name.padEnd(width)}  ${row.ms.toFixed(0).padStart(8)}  ${wall}  ${row.cpuMs.toFixed(0).padStart(8)}  ${cpu}  ${row.note ?? ''}`);
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
