/**
 * The goto/fail/output tables of the Aho–Corasick automaton, built from concepts' labels and aliases.
 * Kept apart from the scanner so the scanner reads as one loop. Keys are `aliasKey` forms (UTF-16 units).
 */
import type { Concept, ConceptId } from '../types.js';
import { aliasKey, formsOf, isAsciiLetterCode, isCaseSensitiveAlias, isWordCode } from './text-keys.js';

export interface TrieEntry {
  concept: ConceptId;
  alias: string;
  /** NFKC of the alias, compared with the surface when the alias is case-sensitive. */
  form: string;
  caseSensitive: boolean;
  startsWord: boolean;
  endsWord: boolean;
  /** May take a trailing `s` (and `es` when pluralEs). */
  plural: boolean;
  pluralEs: boolean;
  /** Global preference order for ties (case-sensitive first, then concept id). */
  rank: number;
}

export interface Trie {
  /** Class of each UTF-16 unit: 0 for a unit in no key (after it, no key can be under way), else 1…classes. */
  classOf: Uint16Array;
  /** Next state from `state` on a unit of class `cls` (0 < cls), following fail links as needed. */
  step(state: number, cls: number): number;
  /** Nearest proper suffix node with output (0 = none). */
  dict: Int32Array;
  depth: Int32Array;
  entries: TrieEntry[][];
  /** Every entry by its rank. */
  byRank: TrieEntry[];
  size: number;
}

export function buildTrie(concepts: readonly Concept[]): Trie {
  const keyed = collectEntries(concepts);
  const { classOf, classes } = alphabetOf(keyed.keys());
  const children: Array<Map<number, number>> = [new Map()];
  const depths: number[] = [0];
  const entries: TrieEntry[][] = [[]];
  for (const [key, list] of keyed) {
    let node = 0;
    for (let k = 0; k < key.length; k++) {
      const cls = classOf[key.charCodeAt(k)];
      let next = children[node].get(cls);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        depths.push(depths[node] + 1);
        entries.push([]);
        children[node].set(cls, next);
      }
      node = next;
    }
    entries[node] = list;
  }

  // Breadth-first fail links; `dict` skips straight to the next suffix that ends a key.
  const fail = new Int32Array(children.length);
  const dict = new Int32Array(children.length);
  const queue: number[] = [];
  for (const child of children[0].values()) queue.push(child);
  for (let head = 0; head < queue.length; head++) {
    const node = queue[head];
    for (const [cls, child] of children[node]) {
      let f = fail[node];
      while (f > 0 && !children[f].has(cls)) f = fail[f];
      const target = children[f].get(cls);
      fail[child] = target !== undefined && target !== child ? target : 0;
      dict[child] = entries[fail[child]].length ? fail[child] : dict[fail[child]];
      queue.push(child);
    }
  }

  // The root's transitions as a flat table: most steps start from the root.
  const root = new Int32Array(classes);
  for (const [cls, child] of children[0]) root[cls] = child;
  const { base, check, next } = doubleArray(children, classes);
  const step = (state: number, cls: number): number => {
    while (state > 0) {
      const at = base[state] + cls;
      if (check[at] === state) return next[at];
      state = fail[state];
    }
    return root[cls];
  };
  const byRank = [...keyed.values()].flat().sort((a, b) => a.rank - b.rank);
  return { classOf, step, dict, depth: Int32Array.from(depths), entries, byRank, size: keyed.size };
}

/**
 * Every unit that occurs in a key gets a small class number, in order of first occurrence. A scan reads one
 * table entry per character, and the transition tables are as wide as the keys' alphabet, not as UTF-16.
 */
function alphabetOf(keys: Iterable<string>): { classOf: Uint16Array; classes: number } {
  const classOf = new Uint16Array(65536);
  let classes = 0;
  for (const key of keys) {
    for (let k = 0; k < key.length; k++) {
      const unit = key.charCodeAt(k);
      if (classOf[unit] === 0) classOf[unit] = ++classes;
    }
  }
  return { classOf, classes: classes + 1 };
}

/**
 * The non-root transitions as a double array: node `s` on class `c` goes to `next[base[s] + c]` when
 * `check[base[s] + c] === s`. Two array reads per step and no hashing; nodes share one pair of arrays by
 * interleaving their (mostly single) children, so the tables stay about as large as the trie.
 */
function doubleArray(children: ReadonlyArray<Map<number, number>>, classes: number): { base: Int32Array; check: Int32Array; next: Int32Array } {
  const base = new Int32Array(children.length);
  const slots = new Slots(children.length + classes + 1);
  for (let node = 1; node < children.length; node++) {
    if (children[node].size === 0) continue;
    const labels = [...children[node].keys()].sort((a, b) => a - b);
    // First fit: the first label goes to the lowest free slot where all the others are free too. A base may be
    // 0: a node without children owns no slot, so its base of 0 never matches a `check` entry.
    let at = slots.freeFrom(labels[0]);
    while (!slots.fit(at - labels[0], labels)) at = slots.freeFrom(at + 1);
    const b = at - labels[0];
    slots.reserve(b + classes + 1);
    base[node] = b;
    for (const cls of labels) slots.take(b + cls, node, children[node].get(cls)!);
  }
  return { base, check: slots.check, next: slots.next };
}

/** The growing `check`/`next` arrays, and a path-compressed skip list to the next free slot. */
class Slots {
  check: Int32Array;
  next: Int32Array;
  /** For a taken slot, a later slot to look at for a free one. */
  private skip: Int32Array;

  constructor(size: number) {
    this.check = new Int32Array(size).fill(-1);
    this.next = new Int32Array(size);
    this.skip = Int32Array.from({ length: size }, (_, i) => i + 1);
  }

  /** Lowest free slot at or after `from` (the end of the arrays counts as free). */
  freeFrom(from: number): number {
    let free = from;
    while (free < this.check.length && this.check[free] !== -1) free = this.skip[free];
    for (let i = from; i < free && this.check[i] !== -1; ) {
      const later = this.skip[i];
      this.skip[i] = free;
      i = later;
    }
    return free;
  }

  fit(base: number, labels: readonly number[]): boolean {
    for (const cls of labels) if (base + cls < this.check.length && this.check[base + cls] !== -1) return false;
    return true;
  }

  reserve(size: number): void {
    if (size <= this.check.length) return;
    const length = Math.max(size, this.check.length * 2);
    const [check, next, skip] = [this.check, this.next, this.skip];
    this.check = new Int32Array(length).fill(-1);
    this.next = new Int32Array(length);
    this.skip = Int32Array.from({ length }, (_, i) => i + 1);
    this.check.set(check);
    this.next.set(next);
    this.skip.set(skip);
  }

  take(slot: number, owner: number, target: number): void {
    this.check[slot] = owner;
    this.next[slot] = target;
  }
}

/** Normalised key → entries, in a deterministic preference order. */
function collectEntries(concepts: readonly Concept[]): Map<string, TrieEntry[]> {
  const all: Array<{ key: string; entry: Omit<TrieEntry, 'rank'> }> = [];
  // Keys some concept has as written: a singular variant of another concept's plural never takes one of them.
  const own = new Set<string>();
  for (const concept of concepts) for (const form of formsOf(concept)) own.add(aliasKey(form));
  for (const concept of concepts) {
    const seen = new Set<string>();
    const forms = [{ text: concept.label, abbreviation: undefined as boolean | undefined }, ...concept.aliases];
    for (const form of forms) {
      for (const { key, plural, singular } of keyVariants(form.text)) {
        if ([...key].length < 2 || seen.has(key) || (singular && own.has(key))) continue;
        seen.add(key);
        const caseSensitive = isCaseSensitiveAlias(form.text, form.abbreviation);
        const last = key.charCodeAt(key.length - 1);
        all.push({
          key,
          entry: {
            concept: concept.id,
            alias: form.text,
            form: form.text.normalize('NFKC'),
            caseSensitive,
            startsWord: isWordCode(key.charCodeAt(0)),
            endsWord: isWordCode(last),
            plural: plural && isAsciiLetterCode(last),
            pluralEs: plural && /(s|x|z|ch|sh)$/u.test(key),
          },
        });
      }
    }
  }
  all.sort((a, b) => Number(b.entry.caseSensitive) - Number(a.entry.caseSensitive) || compare(a.entry.concept, b.entry.concept) || compare(a.key, b.key));
  const out = new Map<string, TrieEntry[]>();
  all.forEach(({ key, entry }, rank) => {
    const list = out.get(key) ?? [];
    list.push({ ...entry, rank });
    out.set(key, list);
  });
  return out;
}

/**
 * The alias key, plus `-ies` for a consonant + `y` ending (registry → registries), which no suffix check can add;
 * and for a term whose label is plural (`Unit tests`, `write policies`, a heading's words), its singular, which the
 * text writes as often (`a unit test checks …`): the plural `s` a scan accepts only ever lengthens a key.
 */
function keyVariants(text: string): Array<{ key: string; plural: boolean; singular?: boolean }> {
  const key = aliasKey(text);
  const variants: Array<{ key: string; plural: boolean; singular?: boolean }> = [{ key, plural: true }];
  if (/[a-z][b-df-hj-np-tv-z]y$/u.test(key)) variants.push({ key: `${key.slice(0, -1)}ies`, plural: false });
  for (const one of singularsOf(text, key)) variants.push({ key: one, plural: true, singular: true });
  return variants;
}

/** Last words that look plural but are not (`status`, `analysis`, `class`, `bias`, `series`). */
const NOT_PLURAL = /(?:ss|us|is|os|as|ys|ics|series|species)$/u;

/**
 * Singular keys of an English plural term: only a common noun phrase, i.e. several words whose last is written in
 * lower case (`Unit tests`; not `Google Docs`), or one word written all in lower case (`mutants`). A capitalised
 * single word may be a name (Windows, Jenkins). `-ies` → `-y`; `-es` after s, x, z, ch, sh is cut as well as `-s`
 * (caches → cache, boxes → box): the wrong one of the two never ends at a word boundary in real text.
 */
function singularsOf(text: string, key: string): string[] {
  const words = text.trim().split(/\s+/u);
  const last = words[words.length - 1];
  if (!/^[a-z][a-z-]*[a-z]s$/u.test(last) || last.length < 4) return [];
  if (!/^[\x20-\x7e]+$/u.test(text) || NOT_PLURAL.test(last)) return [];
  if (last.endsWith('ies')) return last.length > 4 ? [`${key.slice(0, -3)}y`] : [];
  const out = [key.slice(0, -1)];
  if (/(?:sses|xes|zes|ches|shes)$/u.test(last)) out.push(key.slice(0, -2));
  return out;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
