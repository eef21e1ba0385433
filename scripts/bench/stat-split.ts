/**
 * `tsx scripts/bench/stat-split.ts [--mb N] [--runs K]`: the statistical pass next to its floor, in one process:
 * the batched cut alone (Segmenter.cutBlocks over the blocks as countAll batches them) and the whole pass; each the
 * fastest of K runs, wall and CPU (user+system) time. The difference is the pass's own work.
 */
import { segmenterWith } from '../../src/extract/segmenter.js';
import { statisticalCandidates } from '../../src/extract/statistical.js';
import { statInputs } from './stat-inputs.js';

const argv = process.argv.slice(2);
const flag = (name: string, fallback: number) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : fallback);
const { notes, han, known } = statInputs(flag('--mb', 10));

function fastest(name: string, work: () => number): void {
  let wall = Infinity;
  let cpu = Infinity;
  let result = 0;
  for (let run = 0; run < flag('--runs', 5); run++) {
    const usage = process.cpuUsage();
    const start = performance.now();
    result = work();
    wall = Math.min(wall, performance.now() - start);
    const used = process.cpuUsage(usage);
    cpu = Math.min(cpu, (used.user + used.system) / 1000);
  }
  console.log(`${name.padEnd(24)} wall ${wall.toFixed(0).padStart(5)} ms  cpu ${cpu.toFixed(0).padStart(5)} ms  (${result})`);
}

const texts = notes.flatMap((note) => note.blocks.map((block) => block.text));
fastest('cutBlocks alone', () => {
  const segmenter = segmenterWith(han);
  let tokens = 0;
  let batch: string[] = [];
  let chars = 0;
  for (const text of texts) {
    batch.push(text);
    chars += text.length;
    if (chars >= 1 << 14) {
      tokens += segmenter.cutBlocks!(batch).words.length;
      batch = [];
      chars = 0;
    }
  }
  if (batch.length) tokens += segmenter.cutBlocks!(batch).words.length;
  return tokens;
});
fastest('statistical pass', () => statisticalCandidates(notes, segmenterWith(han), known).candidates.length);

// The parts of cutBlocks: jieba alone on the joined CJK texts of each batch, and the JS cut of the others.
if (argv.includes('--parts')) {
  const { Jieba } = await import('@node-rs/jieba');
  const { dict } = await import('@node-rs/jieba/dict.js');
  const { cutLatin, isLatinOnly } = await import('../../src/extract/latin-cut.js');
  const jieba = Jieba.withDict(dict);
  const batches: string[][] = [[]];
  let chars = 0;
  for (const text of texts) {
    batches[batches.length - 1].push(text);
    chars += text.length;
    if (chars >= 1 << 14) {
      batches.push([]);
      chars = 0;
    }
  }
  const joined = batches.map((b) => b.filter((t) => !isLatinOnly(t)).join('\u0000'));
  const latin = texts.filter((t) => isLatinOnly(t));
  fastest('jieba native, CJK texts', () => joined.reduce((n, s) => n + jieba.cut(s, true).length, 0));
  fastest('cutLatin, other texts', () => latin.reduce((n, s) => n + cutLatin(s).length, 0));
  fastest('isLatinOnly, all texts', () => texts.reduce((n, s) => n + (isLatinOnly(s) ? 1 : 0), 0));
  fastest('jieba native, UTF-8 bytes', () => {
    const bytes = joined.map((s) => Buffer.from(s));
    return bytes.reduce((n, s) => n + jieba.cut(s, true).length, 0);
  });
}
