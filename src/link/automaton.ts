/**
 * An Aho–Corasick automaton over every alias (and label) of every concept, built once per build and run once
 * over each stretch of text. It matches after per-character normalisation (NFKC, lower case, full/half width,
 * whitespace collapsed) and reports offsets into the ORIGINAL text: every normalised unit remembers which source
 * character produced it, so `text.slice(start, end)` is always exactly the surface that was matched.
 *
 * Rules (see the tests): leftmost-longest, non-overlapping; an alias that starts/ends with an ASCII letter or
 * digit must start/end at an English word boundary (`VM` never inside `VMware`), except that an English alias
 * may carry a trailing plural `s`/`es` (`images`), which becomes part of the match; Chinese has no boundaries.
 * Single-character aliases are ignored: they would link every other word.
 * It does not decide what is linkable (the caller passes runs, which never include code, URLs or link text).
 */
import type { Concept, ConceptId } from '../types.js';
import { buildTrie, type TrieEntry } from './trie.js';
import { isWordCode, normaliseCodePoint, normaliseUnit } from './text-keys.js';

export interface AliasMatch {
  /** Offsets into the scanned text: `text.slice(start, end)` is the surface. */
  start: number;
  end: number;
  concept: ConceptId;
  /** The alias (as written in the concept) that matched. */
  alias: string;
}

export interface ConceptAutomaton {
  /** Scan `text[from, to)`; characters outside the range are read only as word-boundary context. */
  scan(text: string, from?: number, to?: number): AliasMatch[];
  /**
   * The same matches as `scan`, without an object per match: clears `out` and fills it with (start, end, rank)
   * triples; `conceptOf(rank)` names the concept. Returns the number of matches. For the hot loop of findMentions.
   */
  scanInto(text: string, from: number, to: number, out: number[]): number;
  conceptOf(rank: number): ConceptId;
  /** `text.slice(start, end)` for a match of `rank`, shared with the previous identical surface of that entry (fewer strings). */
  surfaceOf(text: string, start: number, end: number, rank: number): string;
  /** Number of distinct normalised alias keys. */
  readonly keys: number;
}


export function buildAutomaton(concepts: readonly Concept[]): ConceptAutomaton {
  const trie = buildTrie(concepts);
  // Scratch buffers reused across scans: for each fed (normalised) unit, the source index of its character,
  // whether it is the first unit of that character, and the source index after the character (or -1 if not last).
  let origin = new Int32Array(1024);
  let endAfter = new Int32Array(1024);
  let first = new Uint8Array(1024);

  const grow = (size: number): void => {
    if (size <= origin.length) return;
    const length = Math.max(size, origin.length * 2);
    // Copy: a scan may grow mid-way (characters whose normal form is long), and keys look back.
    const [o, e, f] = [origin, endAfter, first];
    origin = new Int32Array(length);
    endAfter = new Int32Array(length);
    first = new Uint8Array(length);
    origin.set(o);
    endAfter.set(e);
    first.set(f);
  };

  // State of the current scan, kept here so `feed` is made once per automaton rather than once per scan.
  // Candidates are flat (start, end, keyLength, rank) quadruples: no object per candidate on the hot path.
  let candidates: number[] = [];
  let state = 0;
  let fed = 0;
  let text = '';
  let to = 0;
  const { step, dict, depth, entries } = trie;
  // The first node with output on the suffix chain of each state (the state itself, else its dict link).
  const outputAt = Int32Array.from(entries, (list, node) => (list.length ? node : dict[node]));
  // Feeds one normalised unit produced by the source character at `i`; `after` = index after it, or -1.
  const feed = (unit: number, i: number, isFirst: boolean, after: number): void => {
    origin[fed] = i;
    first[fed] = isFirst ? 1 : 0;
    endAfter[fed] = after;
    state = step(state, unit);
    for (let node = outputAt[state]; node > 0; node = dict[node]) {
      const keyLength = depth[node];
      const startUnit = fed - keyLength + 1;
      if (after < 0 || !first[startUnit]) continue; // would cut a character's expansion in two
      const start = origin[startUnit];
      const list = entries[node];
      for (let k = 0; k < list.length; k++) {
        const entry = list[k];
        const end = acceptEnd(text, start, after, to, entry);
        if (end >= 0) {
          candidates.push(start, end, keyLength, entry.rank);
          break; // entries are ordered by preference: the first that fits wins
        }
      }
    }
    fed++;
  };

  const run = (source: string, from: number, end: number): void => {
    candidates.length = 0;
    state = 0;
    fed = 0;
    text = source;
    to = end;
    let lastWasSpace = false;
    grow(to - from + 8);
    for (let i = from; i < to; ) {
      const code = text.charCodeAt(i);
      const unit = normaliseUnit(code);
      if (unit >= 0) {
        // Hot path: one source unit → one normalised unit. Whitespace runs collapse into one space.
        if (unit === 32) {
          if (lastWasSpace) {
            i++;
            continue;
          }
          lastWasSpace = true;
        } else lastWasSpace = false;
        if (fed + 2 > origin.length) grow(fed + 2);
        feed(unit, i, true, i + 1);
        i++;
        continue;
      }
      const cp = text.codePointAt(i)!;
      const width = cp > 0xffff ? 2 : 1;
      const units = normaliseCodePoint(cp);
      lastWasSpace = false;
      grow(fed + units.length + 1);
      for (let k = 0; k < units.length; k++) feed(units.charCodeAt(k), i, k === 0, k === units.length - 1 ? i + width : -1);
      i += width;
    }
  };
  const scan = (source: string, from = 0, end = source.length): AliasMatch[] => {
    run(source, from, end);
    const chosen: number[] = [];
    const count = chooseLeftmostLongest(candidates, chosen);
    const out: AliasMatch[] = new Array(count);
    for (let m = 0; m < count; m++) {
      const entry = trie.byRank[chosen[3 * m + 2]];
      out[m] = { start: chosen[3 * m], end: chosen[3 * m + 1], concept: entry.concept, alias: entry.alias };
    }
    return out;
  };
  const scanInto = (source: string, from: number, end: number, out: number[]): number => {
    run(source, from, end);
    return chooseLeftmostLongest(candidates, out);
  };

  const lastSurface: Array<string | undefined> = new Array(trie.byRank.length);
  const surfaceOf = (source: string, start: number, end: number, rank: number): string => {
    const cached = lastSurface[rank];
    if (cached !== undefined && cached.length === end - start) {
      let same = true;
      for (let k = 0; k < cached.length; k++) {
        if (cached.charCodeAt(k) !== source.charCodeAt(start + k)) {
          same = false;
          break;
        }
      }
      if (same) return cached;
    }
    const surface = source.slice(start, end);
    lastSurface[rank] = surface;
    return surface;
  };

  return { scan, scanInto, conceptOf: (rank) => trie.byRank[rank].concept, surfaceOf, keys: trie.size };
}

/** Check boundaries and case; return the end of the match (extended over a plural suffix) or -1. */
function acceptEnd(text: string, start: number, end: number, to: number, entry: TrieEntry): number {
  if (entry.startsWord && start > 0 && isWordCode(text.charCodeAt(start - 1))) return -1;
  if (entry.caseSensitive && text.slice(start, end).normalize('NFKC') !== entry.form) return -1;
  if (!entry.endsWord || end >= text.length || !isWordCode(text.charCodeAt(end))) return end;
  // A word character follows: only an English plural suffix inside the scanned range may continue the match.
  if (!entry.plural) return -1;
  const next = text.charCodeAt(end);
  if ((next === 115 || (next === 83 && !entry.caseSensitive)) && end + 1 <= to && !isWordAt(text, end + 1)) return end + 1;
  if (entry.pluralEs && !entry.caseSensitive && end + 2 <= to && text.slice(end, end + 2).toLowerCase() === 'es' && !isWordAt(text, end + 2)) return end + 2;
  return -1;
}

function isWordAt(text: string, index: number): boolean {
  return index < text.length && isWordCode(text.charCodeAt(index));
}

/**
 * Greedy leftmost-longest selection of non-overlapping matches; ties go to the longer key, then entry rank.
 * Writes (start, end, rank) triples to `out` (cleared) and returns their number. Candidates per run are few and
 * arrive nearly sorted (by end), so an insertion sort of their offsets beats a comparator sort of a fresh array.
 */
const order: number[] = [];
function chooseLeftmostLongest(flat: readonly number[], out: number[]): number {
  out.length = 0;
  const count = flat.length / 4;
  if (count === 0) return 0;
  order.length = count;
  for (let i = 0; i < count; i++) {
    const at = i * 4;
    let j = i - 1;
    while (j >= 0 && after(flat, order[j], at)) {
      order[j + 1] = order[j];
      j--;
    }
    order[j + 1] = at;
  }
  let covered = -1;
  for (let i = 0; i < count; i++) {
    const at = order[i];
    if (flat[at] < covered) continue;
    out.push(flat[at], flat[at + 1], flat[at + 3]);
    covered = flat[at + 1];
  }
  return out.length / 3;
}

/** True when candidate `a` sorts after candidate `b`: start ascending, end descending, key length descending, rank ascending. */
function after(flat: readonly number[], a: number, b: number): boolean {
  return (flat[a] - flat[b] || flat[b + 1] - flat[a + 1] || flat[b + 2] - flat[a + 2] || flat[a + 3] - flat[b + 3]) > 0;
}
