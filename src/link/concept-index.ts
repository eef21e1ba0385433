/**
 * Lookups the relation builders share: a concept by id, by normalised label/alias (for vocabulary references
 * and compounds), and the sentences that mention a concept (for evidence).
 */
import type { Concept, ConceptId, Evidence, NoteId } from '../types.js';
import { excerpt, type BlockSentences, type ConceptNumbers, type PlacedHit } from './sentences.js';
import { aliasKey, isGenericLabel } from './text-keys.js';

export interface ConceptIndex {
  byId: Map<ConceptId, Concept>;
  numbers: ConceptNumbers;
  /** Whether the concept (by number) is labelled with a generic word (isGenericLabel). */
  generic(n: number): boolean;
  /** aliasKey of every label and alias → concept ids (sorted; usually one). */
  byKey: Map<string, ConceptId[]>;
  /** Concepts with a label/alias key that is `words`, a space, and more (`type 1` → Type 1 hypervisor). */
  continuing(words: string): ReadonlySet<ConceptId> | undefined;
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
  // Every key's word prefixes (up to each inner space) → concepts: built on first use, instead of a scan of all keys per question.
  let byPrefix: Map<string, Set<ConceptId>> | undefined;
  const prefixes = () => {
    const map = new Map<string, Set<ConceptId>>();
    for (const [key, ids] of byKey) {
      for (let at = key.indexOf(' '); at !== -1 && at + 1 < key.length; at = key.indexOf(' ', at + 1)) {
        const prefix = key.slice(0, at);
        const set = map.get(prefix) ?? new Set<ConceptId>();
        for (const id of ids) set.add(id);
        map.set(prefix, set);
      }
    }
    return map;
  };
  let where: SentenceMentions | undefined; // built on the first evidence request: only evidence needs it
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
    continuing: (words) => (byPrefix ??= prefixes()).get(words),
    resolve: (reference) => (byId.has(reference as ConceptId) ? (reference as ConceptId) : byKey.get(aliasKey(reference))?.[0]),
    evidenceFor(ids, limit = 3) {
      if (!ids.length) return [];
      const ns = ids.map((id) => numbers.find(id));
      where ??= new SentenceMentions(indexed, numbers.size);
      return where.evidence(ns, limit);
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

/**
 * Which sentences mention each concept, for evidence. Sentences with hits are numbered g in reading order. Both
 * directions are compressed rows in typed arrays (counted in a first pass, filled in a second): the sentences of
 * concept n are sentencesAt[sentencesFrom[n] .. sentencesFrom[n + 1]], the concept numbers of sentence g are
 * namedAt[namedFrom[g] .. namedFrom[g + 1]]. Growing hundreds of thousands of small JS arrays instead made the
 * young-generation collector copy them over and over.
 */
class SentenceMentions {
  private readonly entryOf: Int32Array;
  private readonly sentenceOf: Int32Array;
  private readonly namedFrom: Int32Array;
  private readonly namedAt: Int32Array;
  private readonly sentencesFrom: Int32Array;
  private readonly sentencesAt: Int32Array;

  constructor(private readonly indexed: readonly BlockSentences[], size: number) {
    let sentences = 0;
    let hits = 0;
    const perConcept = new Int32Array(size + 1);
    const lastSeen = new Int32Array(size).fill(-1);
    this.forEachMentioning((hitsOf, g) => {
      sentences++;
      hits += hitsOf.length;
      for (const hit of hitsOf) {
        if (lastSeen[hit.n] === g) continue;
        lastSeen[hit.n] = g;
        perConcept[hit.n + 1]++;
      }
    });
    for (let n = 0; n < size; n++) perConcept[n + 1] += perConcept[n];
    this.sentencesFrom = perConcept;
    this.sentencesAt = new Int32Array(perConcept[size]);
    this.entryOf = new Int32Array(sentences);
    this.sentenceOf = new Int32Array(sentences);
    this.namedFrom = new Int32Array(sentences + 1);
    this.namedAt = new Int32Array(hits);
    const filled = perConcept.slice(0, size); // next free slot per concept
    lastSeen.fill(-1);
    let k = 0;
    this.forEachMentioning((hitsOf, g, e, s) => {
      this.entryOf[g] = e;
      this.sentenceOf[g] = s;
      for (const hit of hitsOf) {
        this.namedAt[k++] = hit.n;
        if (lastSeen[hit.n] === g) continue;
        lastSeen[hit.n] = g;
        this.sentencesAt[filled[hit.n]++] = g;
      }
      this.namedFrom[g + 1] = k;
    });
  }

  /** Up to `limit` sentences naming every concept of `ns` (undefined: a concept without mentions), as evidence. */
  evidence(ns: ReadonlyArray<number | undefined>, limit: number): Evidence[] {
    // Sentences naming all of `ns` are in every one of their rows: walk the shortest (same reading order).
    let shortest = ns[0];
    for (let i = 1; i < ns.length && this.count(shortest); i++) if (this.count(ns[i]) < this.count(shortest)) shortest = ns[i];
    const out: Evidence[] = [];
    if (shortest === undefined) return out;
    for (let k = this.sentencesFrom[shortest]; k < this.sentencesFrom[shortest + 1]; k++) {
      const g = this.sentencesAt[k];
      if (ns.length > 1 && !ns.every((n) => this.names(g, n))) continue;
      const entry = this.indexed[this.entryOf[g]];
      const sentence = entry.sentences[this.sentenceOf[g]];
      const focus = sentence.hits.find((h) => h.n === ns[0])!.start;
      out.push({ note: entry.note.id, line: sentence.line, text: excerpt(entry.block, sentence, focus) });
      if (out.length >= limit) break;
    }
    return out;
  }

  private count(n: number | undefined): number {
    return n === undefined ? 0 : this.sentencesFrom[n + 1] - this.sentencesFrom[n];
  }

  private names(g: number, n: number | undefined): boolean {
    for (let k = this.namedFrom[g]; k < this.namedFrom[g + 1]; k++) if (this.namedAt[k] === n) return true;
    return false;
  }

  private forEachMentioning(visit: (hits: readonly PlacedHit[], g: number, entry: number, sentence: number) => void): void {
    let g = 0;
    for (let e = 0; e < this.indexed.length; e++) {
      const sentences = this.indexed[e].sentences;
      for (let s = 0; s < sentences.length; s++) if (sentences[s].hits.length) visit(sentences[s].hits, g++, e, s);
    }
  }
}
