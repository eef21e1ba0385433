/**
 * `npx tsx scripts/bench/link-cold.ts CONCEPTS.json [--mb N] [--runs R] [--root DIR] [--cpu | --faults] [--summary]
 * [--readers] [--marks]`: buildRelations' parts timed one by one in each run (run 0 is cold), from DIR's compiled
 * dist/ (default this checkout), on saved concepts, to see which part pays the cold run's extra time and which
 * parts cost a fixed time per call.
 * --cpu: process CPU time instead of wall; --faults: minor page faults (first touches of fresh memory) instead of
 * time; --summary: cold, then min and median of the rest; --readers: each sentence reader alone too, before the
 * shared walk (what each reader costs); --marks: prints `### relations R` and `### end R` around the relation stage,
 * to count a run's lines of node's --trace-opt / --trace-deopt between them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Root } from 'mdast';
import type { Concept } from '../../src/types.js';
import { buildCorpus } from './corpus.js';
import { numberFlag, ROOT } from './profile-tools.js';

const argv = process.argv.slice(2);
const root = argv.includes('--root') ? path.resolve(argv[argv.indexOf('--root') + 1]) : ROOT;
const load = (file: string) => import(path.join(root, 'dist', file));
const { parseNote } = await load('parse/parse-note.js');
const { buildAutomaton } = await load('link/automaton.js');
const { findMentions } = await load('link/find-mentions.js');
const { withCodeMentions } = await load('link/code-mentions.js');
const { anaphoraReader } = await load('link/anaphora.js');
const { addNoteComparisons, comparisonReader } = await load('link/comparisons.js');
const { indexConcepts } = await load('link/concept-index.js');
const { addClauseTies, clauseTieReader } = await load('link/clause-ties.js');
const { cooccurrenceEdges } = await load('link/cooccurrence.js');
const { definitionReader } = await load('link/definitions.js');
const { enumerationReader } = await load('link/enumerations.js');
const { addCompoundRelations, addHeadingRelations, addVocabularyRelations } = await load('link/hierarchy.js');
const { RelationSet } = await load('link/relation-set.js');
const { ConceptNumbers, indexSentences, readSentences } = await load('link/sentences.js');
const { addSectionPartners } = await load('link/section-partners.js');
const { addTermItems } = await load('link/term-items.js');
const { addTitleMembers } = await load('link/title-members.js');
const { topicsOf } = await load('link/topics.js');

const concepts = JSON.parse(readFileSync(argv[0], 'utf8')) as Concept[];
const notes = buildCorpus(ROOT, numberFlag(argv, '--mb', 10) * 1e6).sources.map((s) => {
  const note = parseNote(s);
  note.tree = { type: 'root', children: [] } as Root;
  return note;
});
const useCpu = argv.includes('--cpu');
const useFaults = argv.includes('--faults');
const rows = new Map<string, number[]>();
const time = <T>(name: string, f: () => T): T => {
  const t = useCpu ? process.cpuUsage() : undefined;
  const faults = useFaults ? process.resourceUsage().minorPageFault : 0;
  const w = performance.now();
  const out = f();
  const ms = useFaults ? process.resourceUsage().minorPageFault - faults : t ? (() => { const u = process.cpuUsage(t); return (u.user + u.system) / 1000; })() : performance.now() - w;
  if (!rows.has(name)) rows.set(name, []);
  rows.get(name)!.push(ms);
  return out;
};
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
for (let r = 0; r < numberFlag(argv, '--runs', 3); r++) {
  const automaton = time('automaton', () => buildAutomaton(concepts));
  const { hits } = time('findMentions', () => findMentions(notes, concepts, automaton));
  if (argv.includes('--marks')) console.log(`### relations ${r}`);
  const t0 = performance.now();
  const sorted = time('sort+numbers', () => [...notes].sort((a, b) => cmp(a.id, b.id)));
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
  const ties: unknown[] = [];
  const readers = time('makeReaders', () => [enumerationReader(set, index, topics), definitionReader(set, index, topics), comparisonReader(set), anaphoraReader(set, index, topics), clauseTieReader(ties, index)]);
  if (argv.includes('--readers')) {
    // Each reader alone (after a walk with none), on a set of its own: the cold run then shows each one's first-use cost.
    const names = ['enumerations', 'definitions', 'comparisons', 'anaphora', 'clauseTies'];
    time('read: none', () => readSentences(indexed, []));
    const make = [() => enumerationReader(new RelationSet(), index, topics), () => definitionReader(new RelationSet(), index, topics), () => comparisonReader(new RelationSet()), () => anaphoraReader(new RelationSet(), index, topics), () => clauseTieReader([], index)];
    make.forEach((m, i) => time(`read: ${names[i]}`, () => readSentences(indexed, [m()])));
  }
  time('readSentences', () => readSentences(indexed, readers));
  time('noteComparisons', () => addNoteComparisons(set, sorted, automaton));
  time('titleMembers', () => addTitleMembers(set, sorted, automaton));
  time('cooccurrence', () => {
    for (const edge of cooccurrenceEdges(indexed, numbers, 6)) set.add('co-occurs', edge.source, edge.target, edge.weight, edge.evidence);
  });
  time('clauseTies', () => addClauseTies(set, ties));
  time('sectionPartners', () => addSectionPartners(set, indexed, index, topics, 6));
  const relations = time('toArray', () => set.toArray());
  time('placeOf', () => {
    for (const relation of relations) if (!relation.evidence.length) relation.evidence = index.placeOf(relation.source, relation.target);
  });
  const total = performance.now() - t0;
  if (argv.includes('--marks')) console.log(`### end ${r}`);
  if (!rows.has('= relations')) rows.set('= relations', []);
  rows.get('= relations')!.push(total);
}
const summary = argv.includes('--summary');
for (const [name, ms] of rows) {
  const shown = summary ? [ms[0], Math.min(...ms.slice(1)), [...ms.slice(1)].sort((a, b) => a - b)[Math.floor((ms.length - 1) / 2)]] : ms;
  console.log(`${name.padEnd(18)} ${shown.map((m) => m.toFixed(1).padStart(8)).join('')}`);
}
