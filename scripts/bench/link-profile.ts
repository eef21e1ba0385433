/**
 * `tsx scripts/bench/link-profile.ts CONCEPTS.json [--mb N] [--runs R] [--warmup W] [--top K]`: CPU profile of findMentions +
 * buildRelations alone (compiled dist/, so run `npm run compile` first) on saved concepts, R runs after W
 * warm-up runs (default 1). Prints self and inclusive shares per function, and writes test-output/link.cpuprofile.
 */
import { readFileSync } from 'node:fs';
import { buildAutomaton } from '../../dist/link/automaton.js';
import { findMentions } from '../../dist/link/find-mentions.js';
import { buildRelations } from '../../dist/link/relations.js';
import type { Concept } from '../../src/types.js';
import { cpuProfile, numberFlag, parsedCorpus, printShares, shares } from './profile-tools.js';

const argv = process.argv.slice(2);
const concepts = JSON.parse(readFileSync(argv[0], 'utf8')) as Concept[];
const { notes } = parsedCorpus(numberFlag(argv, '--mb', 10));
const link = () => {
  const automaton = buildAutomaton(concepts);
  const { hits } = findMentions(notes, concepts, automaton);
  buildRelations(notes, concepts, hits, { automaton });
};
for (let r = 0; r < numberFlag(argv, '--warmup', 1); r++) link(); // warm-up runs: the profile then shows optimised code (--warmup 0: a cold run, as the bench does)
const nodes = await cpuProfile('link', () => {
  for (let r = 0; r < numberFlag(argv, '--runs', 3); r++) link();
});
const { total, self, inclusive } = shares(nodes);
const top = numberFlag(argv, '--top', 40);
printShares(self, total, top);
console.log('\ninclusive:');
printShares(inclusive, total, top);
