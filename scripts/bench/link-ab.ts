/**
 * `tsx scripts/bench/link-ab.ts BASE_DIR CONCEPTS.json [--mb N] [--rounds R]`: the link stage of another checkout
 * (BASE_DIR, e.g. an exported older commit) against this one, interleaved in one process (base, this, base, …)
 * so that load from other processes on a shared machine hits both alike. Prints the minimum CPU time per stage.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Concept } from '../../src/types.js';
import { numberFlag, parsedCorpus } from './profile-tools.js';

const argv = process.argv.slice(2);
const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const concepts = JSON.parse(readFileSync(argv[1], 'utf8')) as Concept[];
const { notes } = parsedCorpus(numberFlag(argv, '--mb', 10));
const load = async (root: string) => ({
  automaton: (await import(path.join(root, 'src/link/automaton.ts'))).buildAutomaton,
  findMentions: (await import(path.join(root, 'src/link/find-mentions.ts'))).findMentions,
  buildRelations: (await import(path.join(root, 'src/link/relations.ts'))).buildRelations,
});
const sides = { base: await load(path.resolve(argv[0])), this: await load(here) };
const best: Record<string, number> = {};
const cpu = <T>(name: string, f: () => T): T => {
  const t = process.cpuUsage();
  const out = f();
  const u = process.cpuUsage(t);
  best[name] = Math.min(best[name] ?? Infinity, (u.user + u.system) / 1000);
  return out;
};
for (let r = 0; r < numberFlag(argv, '--rounds', 4); r++) {
  // Each side goes first every other round: what runs second inherits the heap (and garbage) of what ran first.
  const order = r % 2 === 0 ? (['base', 'this'] as const) : (['this', 'base'] as const);
  for (const side of order) {
    const link = sides[side];
    const automaton = link.automaton(concepts);
    const { hits } = cpu(`${side} findMentions`, () => link.findMentions(notes, concepts, automaton));
    cpu(`${side} buildRelations`, () => link.buildRelations(notes, concepts, hits, { automaton }));
  }
}
for (const stage of ['findMentions', 'buildRelations']) console.log(`${stage.padEnd(15)} base ${best[`base ${stage}`].toFixed(0).padStart(5)} ms   this ${best[`this ${stage}`].toFixed(0).padStart(5)} ms`);
