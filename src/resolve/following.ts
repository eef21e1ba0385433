/**
 * What the texts write right after each of a set of words, read in one pass over the texts whatever the number of
 * words (a rule that judged each word by its own `indexOf` scan of the whole vault grew with vault size × words).
 */

/** A word's uses in the texts and the code unit after them. */
export interface Following {
  /** Occurrences, each starting after the previous one's end (as repeated `indexOf(word, end)` finds them). */
  uses: number;
  /** The code unit after the last occurrence ('' at a text's end); meaningful when `same`. */
  next: string;
  /** Every occurrence is followed by the same code unit (true with no uses). */
  same: boolean;
}

/** One word's state during the scan: where in the current text its next occurrence may start. */
interface WordScan {
  word: string;
  from: number;
  found: Following;
}

/**
 * For each word (non-empty), its uses in `texts` and whether the same code unit follows every one. Occurrences of a
 * word do not overlap each other, within a text; different words are found independently.
 */
export function followingCharacters(words: Iterable<string>, texts: readonly string[]): Map<string, Following> {
  const out = new Map<string, Following>();
  // Words by their first code unit (one-unit words) or a hash of their first two (the rest): a position looks up only
  // the words that can start there. `starts` flags first units so that most positions cost one array read.
  const starts = new Uint8Array(65536);
  const single = new Map<number, WordScan>();
  const slots = new Int32Array(PAIR_SLOTS);
  const buckets: WordScan[][] = [[]];
  const scans: WordScan[] = [];
  for (const word of words) {
    if (word === '' || out.has(word)) continue;
    const scan: WordScan = { word, from: 0, found: { uses: 0, next: '', same: true } };
    out.set(word, scan.found);
    scans.push(scan);
    const first = word.charCodeAt(0);
    starts[first] = 1;
    if (word.length === 1) {
      single.set(first, scan);
      continue;
    }
    const slot = pairSlot(first, word.charCodeAt(1));
    if (slots[slot] === 0) {
      slots[slot] = buckets.length;
      buckets.push([]);
    }
    buckets[slots[slot]].push(scan);
  }
  if (scans.length === 0) return out;
  const singles = single.size > 0;
  for (const text of texts) {
    for (let s = 0; s < scans.length; s++) scans[s].from = 0;
    const last = text.length - 1;
    for (let i = 0; i <= last; i++) {
      const code = text.charCodeAt(i);
      if (starts[code] === 0) continue;
      if (singles) {
        const one = single.get(code);
        if (one !== undefined) visit(one, text, i);
      }
      if (i === last) continue;
      const bucket = slots[pairSlot(code, text.charCodeAt(i + 1))];
      if (bucket === 0) continue;
      const list = buckets[bucket];
      for (let w = 0; w < list.length; w++) visit(list[w], text, i);
    }
  }
  return out;
}

/** Size of the table of two-unit starts (a power of two); words whose starts share a slot are told apart by their text. */
const PAIR_SLOTS = 1 << 16;

/** The table slot of a word start: its two code units mixed, kept in the table's range. */
function pairSlot(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ second) & (PAIR_SLOTS - 1);
}

/** Counts an occurrence of the scan's word at `at` unless it overlaps the previous one. */
function visit(scan: WordScan, text: string, at: number): void {
  if (at < scan.from || !text.startsWith(scan.word, at)) return;
  scan.from = at + scan.word.length;
  const after = text.charAt(scan.from);
  const found = scan.found;
  if (found.uses > 0 && after !== found.next) found.same = false;
  found.next = after;
  found.uses++;
}
