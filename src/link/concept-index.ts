/**
 * Lookups the relation builders share: a concept by id, by normalised label/alias (for vocabulary references
 * and compounds), and the sentences that mention a concept (for evidence).
 */
import type { Concept, ConceptId, Evidence, NoteId } from '../types.js';
import { excerpt, fixedEvidence, type ConceptNumbers, type SentenceIndex } from './sentences.js';
import { aliasKey, formsOf, isGenericLabel } from './text-keys.js';

export interface ConceptIndex {
  byId: Map<ConceptId, Concept>;
  numbers: ConceptNumbers;
  /** Whether the concept (by number) is labelled with a generic word (isGenericLabel). */
  generic(n: number): boolean;
  /** The same by id (a concept of the list; answered once per concept). */
  genericId(id: ConceptId): boolean;
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

export function indexConcepts(concepts: readonly Concept[], indexed: SentenceIndex, numbers: ConceptNumbers): ConceptIndex {
  return new Lookups(concepts, indexed, numbers);
}

/**
 * ConceptIndex as a class, not an object of closures: every builder calls its methods in hot loops, and optimised
 * code that had inlined one build's closures was thrown away in the next build of the same process (serve, watch:
 * `wrong call target`), while a class's methods are the same functions in every build.
 */
class Lookups implements ConceptIndex {
  readonly byId: Map<ConceptId, Concept>;
  readonly byKey = new Map<string, ConceptId[]>();
  /** Every key's word prefixes (up to each inner space) → concepts: built on first use, instead of a scan of all keys per question. */
  private byPrefix: Map<string, Set<ConceptId>> | undefined;
  /** Built on the first evidence request: only evidence needs it. */
  private where: SentenceMentions | undefined;
  /** Builders ask for every mention: one answer per concept number (0 unknown, 1 no, 2 yes), not a map lookup per hit. */
  private readonly genericByNumber: Uint8Array;

  constructor(
    concepts: readonly Concept[],
    private readonly indexed: SentenceIndex,
    readonly numbers: ConceptNumbers,
  ) {
    this.byId = new Map(concepts.map((c) => [c.id, c] as const));
    const byKey = this.byKey;
    for (const concept of concepts) {
      for (const form of formsOf(concept)) {
        const key = aliasKey(form);
        const list = byKey.get(key) ?? [];
        if (!list.includes(concept.id)) list.push(concept.id);
        byKey.set(key, list.sort());
      }
    }
    this.genericByNumber = new Uint8Array(numbers.size);
  }

  generic(n: number): boolean {
    let known = this.genericByNumber[n];
    if (!known) this.genericByNumber[n] = known = isGenericLabel(this.byId.get(this.numbers.ids[n])!.label) ? 2 : 1;
    return known === 2;
  }

  genericId(id: ConceptId): boolean {
    const n = this.numbers.find(id);
    return n === undefined || n >= this.genericByNumber.length ? isGenericLabel(this.byId.get(id)!.label) : this.generic(n);
  }

  continuing(words: string): ReadonlySet<ConceptId> | undefined {
    return (this.byPrefix ??= this.prefixes()).get(words);
  }

  private prefixes(): Map<string, Set<ConceptId>> {
    const map = new Map<string, Set<ConceptId>>();
    for (const [key, ids] of this.byKey) {
      for (let at = key.indexOf(' '); at !== -1 && at + 1 < key.length; at = key.indexOf(' ', at + 1)) {
        const prefix = key.slice(0, at);
        const set = map.get(prefix) ?? new Set<ConceptId>();
        for (const id of ids) set.add(id);
        map.set(prefix, set);
      }
    }
    return map;
  }

  resolve(reference: string): ConceptId | undefined {
    return this.byId.has(reference as ConceptId) ? (reference as ConceptId) : this.byKey.get(aliasKey(reference))?.[0];
  }

  evidenceFor(ids: readonly ConceptId[], limit = 3): Evidence[] {
    if (!ids.length) return [];
    const ns = ids.map((id) => this.numbers.find(id));
    this.where ??= new SentenceMentions(this.indexed, this.numbers.size);
    return this.where.evidence(ns, limit);
  }

  placeOf(...ids: ConceptId[]): Evidence[] {
    for (const id of ids) {
      const found = this.evidenceFor([id], 1);
      // A plain object, as RelationSet.toArray makes: this goes into the output as it is.
      if (found.length) return [{ note: found[0].note, line: found[0].line, text: found[0].text }];
    }
    for (const id of ids) {
      const place = this.byId.get(id)?.provenance.find((p) => p.note) ?? this.byId.get(id)?.provenance[0];
      if (place) return [{ note: (place.note ?? place.file) as NoteId, line: place.line, text: place.excerpt }];
    }
    return [];
  }
}

/** The hit (by number in `indexed`) of the one non-generic concept that hits [from, to) name (a heading's), if there is exactly one; else -1. */
export function onlyConcept(indexed: SentenceIndex, from: number, to: number, index: ConceptIndex): number {
  let only = -1;
  for (let h = from; h < to; h++) {
    const n = indexed.n(h);
    if ((only >= 0 && n === indexed.n(only)) || index.generic(n)) continue;
    if (only >= 0) return -1;
    only = h;
  }
  return only;
}

/**
 * Which sentences mention each concept, for evidence, as a compressed row in typed arrays (counted in a first
 * pass, filled in a second): the sentences (SentenceIndex numbers, reading order) naming concept n are
 * sentencesAt[sentencesFrom[n] .. sentencesFrom[n + 1]]. The concepts a sentence names are its hits.
 */
class SentenceMentions {
  private readonly sentencesFrom: Int32Array;
  private readonly sentencesAt: Int32Array;

  constructor(private readonly indexed: SentenceIndex, size: number) {
    const perConcept = new Int32Array(size + 1);
    const lastSeen = new Int32Array(size).fill(-1);
    const sentences = indexed.sentences;
    for (let g = 0; g < sentences; g++) {
      for (let h = indexed.firstHit(g); h < indexed.endHit(g); h++) {
        const n = indexed.n(h);
        if (lastSeen[n] === g) continue;
        lastSeen[n] = g;
        perConcept[n + 1]++;
      }
    }
    for (let n = 0; n < size; n++) perConcept[n + 1] += perConcept[n];
    this.sentencesFrom = perConcept;
    this.sentencesAt = new Int32Array(perConcept[size]);
    const filled = perConcept.slice(0, size); // next free slot per concept
    lastSeen.fill(-1);
    for (let g = 0; g < sentences; g++) {
      for (let h = indexed.firstHit(g); h < indexed.endHit(g); h++) {
        const n = indexed.n(h);
        if (lastSeen[n] === g) continue;
        lastSeen[n] = g;
        this.sentencesAt[filled[n]++] = g;
      }
    }
  }

  /** Up to `limit` sentences naming every concept of `ns` (undefined: a concept without mentions), as evidence. */
  evidence(ns: ReadonlyArray<number | undefined>, limit: number): Evidence[] {
    // Sentences naming all of `ns` are in every one of their rows: walk the shortest (same reading order).
    let shortest = ns[0];
    for (let i = 1; i < ns.length && this.count(shortest); i++) if (this.count(ns[i]) < this.count(shortest)) shortest = ns[i];
    const out: Evidence[] = [];
    if (shortest === undefined) return out;
    const indexed = this.indexed;
    for (let k = this.sentencesFrom[shortest]; k < this.sentencesFrom[shortest + 1]; k++) {
      const g = this.sentencesAt[k];
      if (ns.length > 1 && !ns.every((n) => this.names(g, n))) continue;
      const e = indexed.entryOf(g);
      const sentence = { start: indexed.start(g), end: indexed.end(g) };
      out.push(fixedEvidence(indexed.noteOf(e).id, indexed.line(g), excerpt(indexed.blockOf(e), sentence.start, sentence.end, indexed.hitStart(e, this.find(g, ns[0]!)))));
      if (out.length >= limit) break;
    }
    return out;
  }

  private count(n: number | undefined): number {
    return n === undefined ? 0 : this.sentencesFrom[n + 1] - this.sentencesFrom[n];
  }

  /** The first hit of concept n in sentence g, else -1. */
  private find(g: number, n: number | undefined): number {
    for (let h = this.indexed.firstHit(g); h < this.indexed.endHit(g); h++) if (this.indexed.n(h) === n) return h;
    return -1;
  }

  private names(g: number, n: number | undefined): boolean {
    return this.find(g, n) >= 0;
  }
}
