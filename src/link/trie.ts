/**
 * The goto/fail/output tables of the Aho–Corasick automaton, built from concepts' labels and aliases.
 * Kept apart from the scanner so the scanner reads as one loop. Keys are `aliasKey` forms (UTF-16 units).
 */
import type { Concept, ConceptId } from '../types.js';
import { aliasKey, isAsciiLetterCode, isCaseSensitiveAlias, isWordCode } from './text-keys.js';

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
  step(state: number, unit: number): number;
  hasOutput(node: number): boolean;
  /** Nearest proper suffix node with output (0 = none). */
  dict: Int32Array;
  depth: Int32Array;
  entries: TrieEntry[][];
  /** Every entry by its rank. */
  byRank: TrieEntry[];
  size: number;
}

export function buildTrie(concepts: readonly Concept[]): Trie {
  const children: Array<Map<number, number>> = [new Map()];
  const depths: number[] = [0];
  const entries: TrieEntry[][] = [[]];
  const keyed = collectEntries(concepts);
  for (const [key, list] of keyed) {
    let node = 0;
    for (let k = 0; k < key.length; k++) {
      const unit = key.charCodeAt(k);
      let next = children[node].get(unit);
      if (next === undefined) {
        next = children.length;
        children.push(new Map());
        depths.push(depths[node] + 1);
        entries.push([]);
        children[node].set(unit, next);
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
    for (const [unit, child] of children[node]) {
      let f = fail[node];
      while (f > 0 && !children[f].has(unit)) f = fail[f];
      const target = children[f].get(unit);
      fail[child] = target !== undefined && target !== child ? target : 0;
      dict[child] = entries[fail[child]].length ? fail[child] : dict[fail[child]];
      queue.push(child);
    }
  }

  // The root's transitions as a flat table: most steps from the root miss, and this is the hot path.
  const root = new Int32Array(65536);
  for (const [unit, child] of children[0]) root[unit] = child;
  // Every other transition in one open-addressing hash table of typed arrays: (state, unit) → child. A Map per
  // node costs a hashed lookup through a heap object per step; this is two array reads in the common case.
  let edges = 0;
  for (let node = 1; node < children.length; node++) edges += children[node].size;
  let capacity = 16;
  while (capacity < edges * 2) capacity *= 2;
  const mask = capacity - 1;
  const keyState = new Int32Array(capacity).fill(-1);
  const keyUnit = new Int32Array(capacity);
  const value = new Int32Array(capacity);
  for (let node = 1; node < children.length; node++) {
    for (const [unit, child] of children[node]) {
      let h = slot(node, unit) & mask;
      while (keyState[h] !== -1) h = (h + 1) & mask;
      keyState[h] = node;
      keyUnit[h] = unit;
      value[h] = child;
    }
  }
  const step = (state: number, unit: number): number => {
    while (state > 0) {
      for (let h = slot(state, unit) & mask; ; h = (h + 1) & mask) {
        const at = keyState[h];
        if (at === -1) break;
        if (at === state && keyUnit[h] === unit) return value[h];
      }
      state = fail[state];
    }
    return root[unit];
  };
  const byRank = [...keyed.values()].flat().sort((a, b) => a.rank - b.rank);
  return { step, hasOutput: (node) => entries[node].length > 0, dict, depth: Int32Array.from(depths), entries, byRank, size: keyed.size };
}

function slot(state: number, unit: number): number {
  return Math.imul(state, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b);
}

/** Normalised key → entries, in a deterministic preference order. */
function collectEntries(concepts: readonly Concept[]): Map<string, TrieEntry[]> {
  const all: Array<{ key: string; entry: Omit<TrieEntry, 'rank'> }> = [];
  for (const concept of concepts) {
    const seen = new Set<string>();
    const forms = [{ text: concept.label, abbreviation: undefined as boolean | undefined }, ...concept.aliases];
    for (const form of forms) {
      for (const { key, plural } of keyVariants(form.text)) {
        if ([...key].length < 2 || seen.has(key)) continue;
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

/** The alias key, plus `-ies` for a consonant + `y` ending (registry → registries), which no suffix check can add. */
function keyVariants(text: string): Array<{ key: string; plural: boolean }> {
  const key = aliasKey(text);
  const variants = [{ key, plural: true }];
  if (/[a-z][b-df-hj-np-tv-z]y$/u.test(key)) variants.push({ key: `${key.slice(0, -1)}ies`, plural: false });
  return variants;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
