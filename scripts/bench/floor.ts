/**
 * `tsx scripts/bench/floor.ts [--mb N] [--runs K]`: what the speed target leaves room for on this machine. Times,
 * on the bench corpus, the unavoidable parts of extraction + linking: jieba cutting every block once (batched,
 * as the statistical pass does), one scan of every run with the concept automaton, and a JS loop reading every
 * character. Each is the fastest of K runs; next to them, remark-parse on the same text.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { baseSegmenter } from '../../src/extract/segmenter.js';
import { parseNote } from '../../src/parse/parse-note.js';
import { parseMarkdown } from '../../src/parse/processor.js';
import { buildCorpus } from './corpus.js';

const argv = process.argv.slice(2);
const flag = (name: string, fallback: number) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : fallback);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = buildCorpus(root, flag('--mb', 10) * 1e6);
const runs = flag('--runs', 3);
const notes = corpus.sources.map((source) => parseNote(source));
const texts = notes.flatMap((note) => note.blocks.map((block) => block.text));
const segmenter = baseSegmenter();
segmenter.cut('虚拟化');

function fastest(name: string, work: () => number): void {
  const times: number[] = [];
  let result = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = work();
    times.push(performance.now() - start);
  }
  const ms = Math.min(...times);
  console.log(`${name.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms  ${(corpus.bytes / 1e6 / (ms / 1000)).toFixed(2).padStart(6)} MB/s  (${result})`);
}

console.log(`${(corpus.bytes / 1e6).toFixed(1)} MB, ${notes.length} notes, ${texts.length} blocks; fastest of ${runs}`);
fastest('remark-parse alone', () => corpus.sources.reduce((n, s) => n + parseMarkdown(s.text).children.length, 0));
fastest('read every character (JS loop)', () => {
  let sum = 0;
  for (const text of texts) for (let i = 0; i < text.length; i++) sum = (sum + text.charCodeAt(i)) | 0;
  return sum;
});
fastest('jieba: cut every block once', () => {
  let tokens = 0;
  const batch: string[] = [];
  let size = 0;
  const flush = () => {
    tokens += segmenter.cutBlocks!(batch).words.length;
    batch.length = 0;
    size = 0;
  };
  for (const text of texts) {
    batch.push(text);
    size += text.length;
    if (size > 20_000) flush();
  }
  if (batch.length) flush();
  return tokens;
});
fastest('split sentences (one regex)', () => {
  let n = 0;
  for (const text of texts) n += text.split(/(?<=[。！？!?；;])|(?<=\.)\s+/u).length;
  return n;
});
