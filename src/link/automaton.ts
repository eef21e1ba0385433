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
   * The same matches as `scan`, without an object per match: writes (start, end, rank) triples to `out[0 …
   * 3 × count)` (entries after them are stale) and returns count; `conceptOf(rank)` names the concept. For the hot
   * loop of findMentions: the buffer is reused as is, never truncated and regrown.
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
  const { classOf, step, dict, depth, entries, byRank } = trie;
  // The first node with output on the suffix chain of each state (the state itself, else its dict link).
  const outputAt = Int32Array.from(entries, (list, node) => (list.length ? node : dict[node]));
  // Each node's entries as a range of ranks in one typed array, and per rank whether the text around a match
  // must be checked at all: most keys (Chinese ones) have no boundary or case rule, and reading two small
  // arrays is cheaper than visiting entry objects scattered over the heap.
  const firstEntry = new Int32Array(entries.length + 1);
  entries.forEach((list, node) => (firstEntry[node + 1] = firstEntry[node] + list.length));
  const entryRanks = Int32Array.from(entries.flat(), (entry) => entry.rank);
  const checked = Uint8Array.from(byRank, (entry) => Number(entry.startsWord || entry.caseSensitive || entry.endsWord));
  const codes = new CodeTable(classOf, (cls) => cls !== 0 && step(0, cls) !== 0);

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

  // State of the current scan, kept here so `report` is made once per automaton rather than once per scan.
  const candidates = new Candidates();
  let text = '';
  let to = 0;
  // Records the keys that end at fed unit `fed` (in `state`) as candidates, when they fit the text around them.
  const report = (state: number, fed: number): void => {
    const after = endAfter[fed];
    if (after < 0) return; // would cut a character's expansion in two
    for (let node = outputAt[state]; node > 0; node = dict[node]) {
      const keyLength = depth[node];
      const startUnit = fed - keyLength + 1;
      if (!first[startUnit]) continue; // would cut a character's expansion in two
      const start = origin[startUnit];
      for (let k = firstEntry[node]; k < firstEntry[node + 1]; k++) {
        const rank = entryRanks[k];
        const end = checked[rank] ? acceptEnd(text, start, after, to, byRank[rank]) : after;
        if (end >= 0) {
          candidates.add(start, end, keyLength, rank);
          break; // entries are ordered by preference: the first that fits wins
        }
      }
    }
  };

  // One tight loop over char codes. A unit that is in no key sends the automaton back to the root and is not
  // recorded at all: no match can contain it, so matches only ever look back over units fed since the last one.
  const run = (source: string, from: number, end: number): void => {
    candidates.clear();
    text = source;
    to = end;
    let state = 0;
    let fed = 0;
    let lastWasSpace = false;
    grow(to - from + 1);
    for (let i = from; i < to; ) {
      const code = source.charCodeAt(i);
      const info = codes.infoOf(code);
      if (info >= 0) {
        // At the root, a unit no key starts with leaves the automaton there: nothing to record (only the space rule to follow).
        if (state === 0 && (info & STARTS_KEY) === 0) {
          lastWasSpace = (info & SPACE) !== 0;
          i++;
          continue;
        }
        // Hot path: one source unit → one normalised unit.
        const cls = info >> 2;
        if (info & SPACE) {
          // Whitespace runs collapse into one space.
          if (lastWasSpace) {
            i++;
            continue;
          }
          lastWasSpace = true;
        } else lastWasSpace = false;
        i++;
        if (cls === 0) {
          state = 0;
          continue;
        }
        origin[fed] = i - 1;
        first[fed] = 1;
        endAfter[fed] = i;
        state = step(state, cls);
        if (outputAt[state] > 0) report(state, fed);
        fed++;
        continue;
      }
      // A character whose normal form is not one unit (ﬁ → fi, astral characters): feed each unit of it.
      const cp = source.codePointAt(i)!;
      const width = cp > 0xffff ? 2 : 1;
      const units = normaliseCodePoint(cp);
      lastWasSpace = false;
      // Room for these units and one per character left, so the hot path above never checks the size.
      grow(fed + units.length + (to - i));
      for (let k = 0; k < units.length; k++) {
        const cls = classOf[units.charCodeAt(k)];
        if (cls === 0) {
          state = 0;
          continue;
        }
        origin[fed] = i;
        first[fed] = k === 0 ? 1 : 0;
        endAfter[fed] = k === units.length - 1 ? i + width : -1;
        state = step(state, cls);
        if (outputAt[state] > 0) report(state, fed);
        fed++;
      }
      i += width;
    }
  };

  const chosen: number[] = [];
  const scan = (source: string, from = 0, end = source.length): AliasMatch[] => {
    run(source, from, end);
    const count = candidates.chooseLeftmostLongest(chosen);
    const out: AliasMatch[] = new Array(count);
    for (let m = 0; m < count; m++) {
      const entry = trie.byRank[chosen[3 * m + 2]];
      out[m] = { start: chosen[3 * m], end: chosen[3 * m + 1], concept: entry.concept, alias: entry.alias };
    }
    return out;
  };
  const scanInto = (source: string, from: number, end: number, out: number[]): number => {
    run(source, from, end);
    return candidates.chooseLeftmostLongest(out);
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

/** CodeTable info bits: the normal form is a space; some key starts with it. */
const SPACE = 1;
const STARTS_KEY = 2;

/**
 * Per UTF-16 code, what the scanner needs in one read: `class << 2 | STARTS_KEY | SPACE` of its normal form when
 * that is one unit, -2 when it is not (the slow path). Filled lazily, since computing NFKC for all 65536 codes up
 * front would cost more than most scans.
 */
class CodeTable {
  private readonly info = new Int32Array(65536).fill(-1);

  constructor(
    private readonly classOf: Uint16Array,
    private readonly startsKey: (cls: number) => boolean,
  ) {}

  infoOf(code: number): number {
    const known = this.info[code];
    return known !== -1 ? known : this.learn(code);
  }

  private learn(code: number): number {
    const unit = normaliseUnit(code);
    const cls = unit < 0 ? 0 : this.classOf[unit];
    const info = unit < 0 ? -2 : (cls << 2) | (this.startsKey(cls) ? STARTS_KEY : 0) | (unit === 32 ? SPACE : 0);
    this.info[code] = info;
    return info;
  }
}

/** Check boundaries and case; return the end of the match (extended over a plural suffix) or -1. */
function acceptEnd(text: string, start: number, end: number, to: number, entry: TrieEntry): number {
  if (entry.startsWord && start > 0 && isWordCode(text.charCodeAt(start - 1))) return -1;
  if (entry.caseSensitive && !sameForm(text, start, end, entry.form)) return -1;
  if (!entry.endsWord || end >= text.length || !isWordCode(text.charCodeAt(end))) return end;
  // A word character follows: only an English plural suffix inside the scanned range may continue the match.
  if (!entry.plural) return -1;
  const next = text.charCodeAt(end);
  if ((next === 115 || (next === 83 && !entry.caseSensitive)) && end + 1 <= to && !isWordAt(text, end + 1)) return end + 1;
  if (entry.pluralEs && !entry.caseSensitive && end + 2 <= to && text.slice(end, end + 2).toLowerCase() === 'es' && !isWordAt(text, end + 2)) return end + 2;
  return -1;
}

/** `text.slice(start, end).normalize('NFKC') === form`, without the slice when the surface is ASCII (its own NFKC). */
function sameForm(text: string, start: number, end: number, form: string): boolean {
  let ascii = true;
  for (let i = start; i < end && ascii; i++) ascii = text.charCodeAt(i) < 128;
  if (!ascii) return text.slice(start, end).normalize('NFKC') === form;
  if (end - start !== form.length) return false;
  for (let k = 0; k < form.length; k++) if (text.charCodeAt(start + k) !== form.charCodeAt(k)) return false;
  return true;
}

function isWordAt(text: string, index: number): boolean {
  return index < text.length && isWordCode(text.charCodeAt(index));
}

/** The candidates of one scan as flat (start, end, keyLength, rank) quadruples in a reused typed array. */
class Candidates {
  private flat = new Int32Array(256);
  private count = 0;
  private order = new Int32Array(64);

  clear(): void {
    this.count = 0;
  }

  add(start: number, end: number, keyLength: number, rank: number): void {
    const at = this.count * 4;
    if (at + 4 > this.flat.length) {
      const bigger = new Int32Array(this.flat.length * 2);
      bigger.set(this.flat);
      this.flat = bigger;
    }
    this.flat[at] = start;
    this.flat[at + 1] = end;
    this.flat[at + 2] = keyLength;
    this.flat[at + 3] = rank;
    this.count++;
  }

  /**
   * Greedy leftmost-longest selection of non-overlapping matches; ties go to the longer key, then entry rank.
   * Writes (start, end, rank) triples to `out` from index 0 and returns their number. Candidates per run are few
   * and arrive nearly sorted (by end), so an insertion sort of their offsets beats a comparator sort.
   */
  chooseLeftmostLongest(out: number[]): number {
    const { flat, count } = this;
    if (count === 0) return 0;
    if (this.order.length < count) this.order = new Int32Array(Math.max(count, this.order.length * 2));
    const order = this.order;
    for (let i = 0; i < count; i++) {
      const at = i * 4;
      let j = i - 1;
      while (j >= 0 && sortsAfter(flat, order[j], at)) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = at;
    }
    let chosen = 0;
    let covered = -1;
    for (let i = 0; i < count; i++) {
      const at = order[i];
      if (flat[at] < covered) continue;
      out[chosen * 3] = flat[at];
      out[chosen * 3 + 1] = flat[at + 1];
      out[chosen * 3 + 2] = flat[at + 3];
      chosen++;
      covered = flat[at + 1];
    }
    return chosen;
  }
}

/** True when candidate `a` sorts after candidate `b`: start ascending, end descending, key length descending, rank ascending. */
function sortsAfter(flat: Int32Array, a: number, b: number): boolean {
  return (flat[a] - flat[b] || flat[b + 1] - flat[a + 1] || flat[b + 2] - flat[a + 2] || flat[a + 3] - flat[b + 3]) > 0;
}
