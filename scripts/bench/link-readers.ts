/**
 * `tsx scripts/bench/link-readers.ts CONCEPTS.json [--mb N] [--runs R]`: the parts of buildRelations timed one by
 * one (sentence index, each sentence reader alone, co-occurrence…), best of R runs, to see which reader costs what.
 */
import { readFileSync } from 'node:fs';
import { buildAutomaton } from '../../src/link/automaton.js';
import { withCodeMentions } from '../../src/link/code-mentions.js';
import { comparisonReader } from '../../src/link/comparisons.js';
import { indexConcepts } from '../../src/link/concept-index.js';
import { cooccurrenceEdges } from '../../src/link/cooccurrence.js';
import { definitionReader } from '../../src/link/definitions.js';
import { enumerationReader } from '../../src/link/enumerations.js';
import { findMentions } from '../../src/link/find-mentions.js';
import { addCompoundRelations, addHeadingRelations, addVocabularyRelations } from '../../src/link/hierarchy.js';
import { RelationSet } from '../../src/link/relation-set.js';
import { ConceptNumbers, indexSentences, readSentences } from '../../src/link/sentences.js';
import { addTermItems } from '../../src/link/term-items.js';
import { topicsOf } from '../../src/link/topics.js';
import type { Concept } from '../../src/types.js';
import { numberFlag, parsedCorpus } from './profile-tools.js';

const argv = process.argv.slice(2);
const concepts = JSON.parse(readFileSync(argv[0], 'utf8')) as Concept[];
const { notes } = parsedCorpus(numberFlag(argv, '--mb', 10));
const runs = numberFlag(argv, '--runs', 5);
const best = new Map<string, number>();
const time = <T>(name: string, f: () => T): T => {
  const t = process.cpuUsage();
  const out = f();
  const u = process.cpuUsage(t);
  const ms = (u.user + u.system) / 1000;
  best.set(name, Math.min(best.get(name) ?? Infinity, ms));
  return out;
};
for (let r = 0; r < runs; r++) {
  const automaton = time('automaton', () => buildAutomaton(concepts));
  const { hits } = time('findMentions', () => findMentions(notes, concepts, automaton));
  const sorted = [...notes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const numbers = new ConceptNumbers(concepts.map((c) => c.id));
  const withCode = time('codeMentions', () => withCodeMentions(sorted, hits, automaton));
  const indexed = time('indexSentences', () => indexSentences(sorted, withCode, numbers));
  const index = time('indexConcepts', () => indexConcepts(concepts, indexed, numbers));
  const set = new RelationSet();
  time('vocab+compound', () => {
    addVocabularyRelations(set, concepts, index);
    addCompoundRelations(set, concepts, index);
  });
  const topics = time('topics', () => topicsOf(indexed, index));
  time('termItems', () => addTermItems(set, indexed, index, topics));
  time('headings', () => addHeadingRelations(set, indexed, index));
  time('read: none', () => readSentences(indexed, []));
  time('read: enumerations', () => readSentences(indexed, [enumerationReader(set, index, topics)]));
  time('read: definitions', () => readSentences(indexed, [definitionReader(set, index, topics)]));
  time('read: comparisons', () => readSentences(indexed, [comparisonReader(set)]));
  time('cooccurrence', () => cooccurrenceEdges(indexed, numbers, 6));
}
for (const [name, ms] of best) console.log(`${name.padEnd(22)} ${ms.toFixed(1).padStart(8)} ms`);
