/**
 * link, second half: typed relations between concepts, each with evidence (note, line, sentence).
 * Runs the builders (vocabulary, compounds, headings, then enumerations, definitions and comparisons in one walk
 * over the sentences, then tables and titles, members named in a title after a colon, then co-occurrence) into one RelationSet, which merges duplicates and sorts. Pattern relations and co-occurrence
 * stay separate types: a co-occurs edge never upgrades or replaces a typed one (the one exception: the co-occurs edge
 * of two sibling compounds no builder typed becomes `compared`, siblings.ts). Every relation leaves with
 * evidence: one without a sentence of its own (a compound of a concept that is never mentioned in prose, e.g.
 * found only in frontmatter keywords) gets a sentence naming its source, else its target, else the first place
 * the source concept was found (provenance).
 * Does not find mentions (see find-mentions.ts); it reads the hits given (findMentions' NoteHits, or MentionHit lists).
 */
import { defaultOptions } from '../options.js';
import type { Concept, MentionHit, Note, NoteId, Relation } from '../types.js';
import { buildAutomaton, type ConceptAutomaton } from './automaton.js';
import { anaphoraReader } from './anaphora.js';
import { addNoteComparisons, comparisonReader } from './comparisons.js';
import { indexConcepts } from './concept-index.js';
import { addClauseTies, clauseTieReader, type ClauseTie } from './clause-ties.js';
import { cooccurrenceEdges } from './cooccurrence.js';
import { definitionReader } from './definitions.js';
import { enumerationReader } from './enumerations.js';
import { addCompoundRelations, addHeadingRelations, addVocabularyRelations } from './hierarchy.js';
import { withCodeMentions } from './code-mentions.js';
import { compare, RelationSet } from './relation-set.js';
import type { NoteHits } from './note-hits.js';
import { ConceptNumbers, indexSentences, readSentences } from './sentences.js';
import { addConfinedPartners, addSectionPartners } from './section-partners.js';
import { addSiblingComparisons } from './siblings.js';
import { addTermItems } from './term-items.js';
import { addTitleMembers } from './title-members.js';
import { topicsOf } from './topics.js';

export interface RelationOptions {
  /** Co-occurrence edges kept per concept (strongest first). Default: defaultOptions.maxCooccurrencePerConcept. */
  maxCooccurrencePerConcept?: number;
  /** The build's automaton, if already made (table headers are scanned with it); built here otherwise. */
  automaton?: ConceptAutomaton;
}

export function buildRelations(
  notes: readonly Note[],
  concepts: readonly Concept[],
  hits: ReadonlyMap<NoteId, NoteHits | readonly MentionHit[]>,
  options: RelationOptions = {},
): Relation[] {
  const sorted = [...notes].sort((a, b) => compare(a.id, b.id));
  const numbers = new ConceptNumbers(concepts.map((c) => c.id));
  const automaton = options.automaton ?? buildAutomaton(concepts);
  // Code and link text that is exactly a concept's name counts as a mention here (evidence), never for linking.
  const indexed = indexSentences(sorted, withCodeMentions(sorted, hits, automaton), numbers);
  const index = indexConcepts(concepts, indexed, numbers);
  const set = new RelationSet();

  addVocabularyRelations(set, concepts, index);
  addCompoundRelations(set, concepts, index);
  const topics = topicsOf(indexed, index);
  // Glossary lists before heading nesting: its `defined under` edge is then left out where an item is typed.
  addTermItems(set, indexed, index, topics);
  addHeadingRelations(set, indexed, index, topics);
  // The pattern builders share one walk over the sentences (each sentence's text is cut once); the order in which
  // they add relations does not matter to the RelationSet.
  const ties: ClauseTie[] = [];
  readSentences(indexed, [enumerationReader(set, index, topics), definitionReader(set, index, topics), comparisonReader(set), anaphoraReader(set, index, topics), clauseTieReader(ties, index)]);
  addNoteComparisons(set, sorted, automaton);
  addTitleMembers(set, sorted, automaton);
  const max = options.maxCooccurrencePerConcept ?? defaultOptions.maxCooccurrencePerConcept;
  for (const edge of cooccurrenceEdges(indexed, numbers, max)) set.add('co-occurs', edge.source, edge.target, edge.weight, edge.evidence);
  // Subject ties only where nothing else related the pair: a co-occurs or typed edge already says more.
  addClauseTies(set, ties);
  addSiblingComparisons(set, index);
  addSectionPartners(set, indexed, index, topics, max);
  addConfinedPartners(set, indexed, index, topics, max);
  const relations = set.toArray();
  for (const relation of relations) if (!relation.evidence.length) relation.evidence = index.placeOf(relation.source, relation.target);
  return relations;
}
