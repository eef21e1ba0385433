/**
 * Parsing: remark-parse alone on every note (the number the issue asks to print next to extraction + linking),
 * then our full parse stage (remark + outline lines + sections, blocks and runs), whose notes the next
 * benchmarks reuse. Neither counts in the extraction + linking target.
 */
import { parseNote } from '../../src/parse/parse-note.js';
import { parseMarkdown } from '../../src/parse/processor.js';
import { time, type Benchmark } from './types.js';

export const parseBenchmark: Benchmark = {
  name: 'parse',
  async run(context) {
    const remark = time(() => {
      let nodes = 0;
      for (const source of context.sources) nodes += parseMarkdown(source.text).children.length;
      return nodes;
    });
    // The trees stay: extraction reads them (markup.ts finds **marked** terms and `commands` there), and a real
    // build holds them until its pages are rendered, so the heap the stages run in is the build's.
    const full = time(() => context.sources.map((source) => parseNote(source)));
    context.notes = full.value;
    return [
      { name: 'remark-parse alone', bytes: context.bytes, ms: remark.ms, cpuMs: remark.cpuMs, note: 'reference, not in target' },
      { name: 'parse stage (remark + blocks/runs)', bytes: context.bytes, ms: full.ms, cpuMs: full.cpuMs, note: 'not in target' },
    ];
  },
};
