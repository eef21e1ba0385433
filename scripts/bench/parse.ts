/**
 * Parsing: remark-parse alone on every note (the number the issue asks to print next to extraction + linking),
 * then our full parse stage (remark + outline lines + sections, blocks and runs), whose notes the next
 * benchmarks reuse. Neither counts in the extraction + linking target.
 */
import { parseNote } from '../../src/parse/parse-note.js';
import { parseMarkdown } from '../../src/parse/processor.js';
import type { Root } from 'mdast';
import { time, type Benchmark } from './types.js';

export const parseBenchmark: Benchmark = {
  name: 'parse',
  async run(context) {
    const remark = time(() => {
      let nodes = 0;
      for (const source of context.sources) nodes += parseMarkdown(source.text).children.length;
      return nodes;
    });
    const full = time(() =>
      context.sources.map((source) => {
        const note = parseNote(source);
        // The trees are not read after parsing and would hold hundreds of MB: keep only what later stages read.
        note.tree = { type: 'root', children: [] } as Root;
        return note;
      }),
    );
    context.notes = full.value;
    return [
      { name: 'remark-parse alone', bytes: context.bytes, ms: remark.ms, cpuMs: remark.cpuMs, note: 'reference, not in target' },
      { name: 'parse stage (remark + blocks/runs)', bytes: context.bytes, ms: full.ms, cpuMs: full.cpuMs, note: 'not in target' },
    ];
  },
};
