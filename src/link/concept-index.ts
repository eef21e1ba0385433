/**
 * Lookups the relation builders share: a concept by id, by normalised label/alias (for vocabulary references
 * and compounds), and the sentences that mention a concept (for evidence).
 */
import type { Concept, ConceptId, Evidence, NoteId } from '../types.js';
import { excerpt, type BlockSentences, type ConceptNumbers, type PlacedHit, type Sentence } from './sentences.js';
import { aliasKey, isGenericLabel } from './text-keys.js';

const NONE: readonly number[] = [];

export interface ConceptIndex {
  byId: Map<ConceptId, Concept>;
  numbers: ConceptNumbers;
  /** Whether the concept (by number) is labelled with a generic word (isGenericLabel). */
  generic(n: number): boolean;
  /** aliasKey of every label and alias → concept ids (sorted; usually one). */
  byKey: Map<string, ConceptId[]>;
  /** Resolve a vocabulary reference (id, label or alias). */
  resolve(reference: string): ConceptId | undefined;
  /** Up to `limit` sentences mentioning all of `concepts`, as evidence. */
  evidenceFor(concepts: readonly ConceptId[], limit?: number): Evidence[];
  /** Fallback evidence: a sentence naming the first concept that has one, else the first concept's first provenance in a note or file. */
  placeOf(...concepts: ConceptId[]): Evidence[];
}

export function indexConcepts(concepts: readonly Concept[], indexed: readonly BlockSentences[], numbers: ConceptNumbers): ConceptIndex {
  const byId = new Map(concepts.map((c) => [c.id, c] as const));
  const byKey = new Map<string, ConceptId[]>();
  for (const concept of concepts) {
    for (const form of [concept.label, ...concept.aliases.map((a) => a.text)]) {
      const key = aliasKey(form);
      const list = byKey.get(key) ?? [];
      if (!list.includes(concept.id)) list.push(concept.id);
      byKey.set(key, list.sort());
    }
  }
  // Which sentences mention each concept (by concept number), in reading order, as numbers into the flat `where`
  // arrays: built lazily, only evidence needs it.
  let mentionedIn: number[][] | undefined;
  const whereEntry: BlockSentences[] = [];
  const whereSentence: number[] = [];
  const sentencesOf = (n: number | undefined): readonly number[] => {
    if (!mentionedIn) {
      mentionedIn = [];
      for (const entry of indexed) {
        for (let s = 0; s < entry.sentences.length; s++) {
          const hits = entry.sentences[s].hits;
          if (!hits.length) continue;
          const g = whereEntry.length;
          whereEntry.push(entry);
          whereSentence.push(s);
          for (const hit of hits) {
            const list = (mentionedIn[hit.n] ??= []);
            if (list[list.length - 1] !== g) list.push(g);
          }
        }
      }
    }
    return (n !== undefined && mentionedIn[n]) || NONE;
  };
  const names = (sentence: Sentence, n: number) => sentence.hits.some((h) => h.n === n);
  // Builders ask for every mention: one answer per concept number (0 unknown, 1 no, 2 yes), not a map lookup per hit.
  const genericByNumber = new Uint8Array(numbers.size);

  return {
    byId,
    numbers,
    generic(n) {
      let known = genericByNumber[n];
      if (!known) genericByNumber[n] = known = isGenericLabel(byId.get(numbers.ids[n])!.label) ? 2 : 1;
      return known === 2;
    },
    byKey,
    resolve: (reference) => (byId.has(reference as ConceptId) ? (reference as ConceptId) : byKey.get(aliasKey(reference))?.[0]),
    evidenceFor(ids, limit = 3) {
      if (!ids.length) return [];
      const ns = ids.map((id) => numbers.find(id));
      // Sentences naming all of `ids` are in every one of their lists: walk the shortest (same reading order).
      let shortest = sentencesOf(ns[0]);
      for (let i = 1; i < ns.length && shortest.length; i++) {
        const list = sentencesOf(ns[i]);
        if (list.length < shortest.length) shortest = list;
      }
      const out: Evidence[] = [];
      for (const g of shortest) {
        const entry = whereEntry[g];
        const sentence = entry.sentences[whereSentence[g]];
        if (ns.length > 1 && !ns.every((n) => names(sentence, n!))) continue;
        const focus = sentence.hits.find((h) => h.n === ns[0])!.start;
        out.push({ note: entry.note.id, line: sentence.line, text: excerpt(entry.block, sentence, focus) });
        if (out.length >= limit) break;
      }
      return out;
    },
    placeOf(...ids) {
      for (const id of ids) {
        const found = this.evidenceFor([id], 1);
        if (found.length) return found;
      }
      for (const id of ids) {
        const place = byId.get(id)?.provenance.find((p) => p.note) ?? byId.get(id)?.provenance[0];
        if (place) return [{ note: (place.note ?? place.file) as NoteId, line: place.line, text: place.excerpt }];
      }
      return [];
    },
  };
}

/** The one non-generic concept the hits name (a heading's), if there is exactly one. */
export function onlyConcept(hits: readonly PlacedHit[], index: ConceptIndex): PlacedHit | undefined {
  let only: PlacedHit | undefined;
  for (const hit of hits) {
    if ((only && hit.n === only.n) || index.generic(hit.n)) continue;
    if (only) return undefined;
    only = hit;
  }
  return only;
}
