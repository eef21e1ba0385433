/**
 * `tsx scripts/bench/link-scan-ab.ts BASE_DIR CONCEPTS.json [--mb N] [--rounds R]`: the automaton's scan alone (every
 * linkable run of the corpus, as findMentions scans them), another checkout's against this one's, interleaved.
 * Prints the minimum CPU time of each and checks that both find the same matches.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Concept } from '../../src/types.js';
import { numberFlag, parsedCorpus } from './profile-tools.js';

const argv = process.argv.slice(2);
const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const concepts = JSON.parse(readFileSync(argv[1], 'utf8')) as Concept[];
const { notes } = parsedCorpus(numberFlag(argv, '--mb', 5));
const build = async (root: string) => (await import(path.join(root, 'src/link/automaton.ts'))).buildAutomaton(concepts);
const sides = { base: await build(path.resolve(argv[0])), this: await build(here) };
const out: number[] = [];
const scanAll = (automaton: { scanInto(text: string, from: number, to: number, out: number[]): number }): number => {
  let sum = 0;
  for (const note of notes) {
    for (const block of note.blocks) {
      for (const run of block.runs) {
        const count = automaton.scanInto(block.text, run.at, run.at + run.length, out);
        for (let k = 0; k < count * 3; k++) sum = (sum * 31 + out[k]) | 0;
      }
    }
  }
  return sum;
};
const best: Record<string, number> = {};
const sums: Record<string, number> = {};
for (let r = 0; r < numberFlag(argv, '--rounds', 10); r++) {
  for (const side of r % 2 ? (['this', 'base'] as const) : (['base', 'this'] as const)) {
    const t = process.cpuUsage();
    sums[side] = scanAll(sides[side]);
    const u = process.cpuUsage(t);
    best[side] = Math.min(best[side] ?? Infinity, (u.user + u.system) / 1000);
  }
}
console.log(`scan  base ${best.base.toFixed(1)} ms   this ${best.this.toFixed(1)} ms   ${sums.base === sums.this ? 'same matches' : 'MATCHES DIFFER'}`);
