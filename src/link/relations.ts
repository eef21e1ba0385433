/**
 * link, second half: typed relations between concepts, each with evidence (note, line, sentence).
 * Runs the builders in a fixed order (vocabulary, compounds, headings, enumerations, definitions, comparisons,
 * co-occurrence) into one RelationSet, which merges duplicates and sorts. Pattern relations and co-occurrence
 * stay separate types: a co-occurs edge never upgrades or replaces a typed one. Every relation leaves with
 * evidence: one without a sentence of its own (a compound of a concept that is never mentioned in prose, e.g.
 * found only in frontmatter keywords) gets a sentence naming its source, else its target, else the first place
 * the source concept was found (provenance).
 * Does not find mentions (see find-mentions.ts); it reads the hits given.
 */
import { defaultOptions } from '../options.js';
import type { Concept, MentionHit, Note, NoteId, Relation } from '../types.js';
import { buildAutomaton, type ConceptAutomaton } from './automaton.js';
import { addComparisonRelations } from './comparisons.js';
import { indexConcepts } from './concept-index.js';
import { cooccurrenceEdges } from './cooccurrence.js';
import { addDefinitionRelations } from './definitions.js';
import { addEnumerationRelations } from './enumerations.js';
import { addCompoundRelations, addHeadingRelations, addVocabularyRelations } from './hierarchy.js';
import { compare, RelationSet } from './relation-set.js';
import { ConceptNumbers, indexNote, type BlockSentences } from './sentences.js';
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
  hits: ReadonlyMap<NoteId, readonly MentionHit[]>,
  options: RelationOptions = {},
): Relation[] {
  const sorted = [...notes].sort((a, b) => compare(a.id, b.id));
  const numbers = new ConceptNumbers(concepts.map((c) => c.id));
  const indexed: BlockSentences[] = sorted.flatMap((note) => indexNote(note, hits.get(note.id) ?? [], numbers));
  const index = indexConcepts(concepts, indexed, numbers);
  const set = new RelationSet();

  addVocabularyRelations(set, concepts, index);
  addCompoundRelations(set, concepts, index);
  addHeadingRelations(set, indexed, index);
  const topics = topicsOf(indexed, index);
  addEnumerationRelations(set, indexed, index, topics);
  addDefinitionRelations(set, indexed, index, topics);
  addComparisonRelations(set, sorted, indexed, options.automaton ?? buildAutomaton(concepts));
  const max = options.maxCooccurrencePerConcept ?? defaultOptions.maxCooccurrencePerConcept;
  for (const edge of cooccurrenceEdges(indexed, numbers, max)) set.add('co-occurs', edge.source, edge.target, edge.weight, edge.evidence);
  const relations = set.toArray();
  for (const relation of relations) if (!relation.evidence.length) relation.evidence = index.placeOf(relation.source, relation.target);
  return relations;
}
