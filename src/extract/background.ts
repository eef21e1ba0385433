/**
 * jieba's general-language dictionary (≈349k lines `word freq tag`, 5 MB, sorted by UTF-8 bytes) as a
 * background: frequency and part of speech of a word. Built once per process, lazily: one pass over the bytes
 * records where each line starts (an Int32Array) and sums the frequencies; a lookup is a binary search on the
 * bytes, memoised. No 349k-entry Map and no decoding of the whole file (that cost 0.5–1 s per build).
 */
import { dict } from '@node-rs/jieba/dict.js';

interface Table {
  bytes: Uint8Array;
  starts: Int32Array;
  lines: number;
  total: number;
}

export interface BackgroundEntry {
  freq: number;
  tag: string;
}

/** A word at least this frequent in jieba's dictionary is general language (内存, 进程, 磁盘): weak evidence alone. */
export const COMMON_FREQUENCY = 100;

/**
 * A class, not an object literal: V8 pretenures a literal's allocation site once its objects prove long-lived (these
 * are memoised), which throws away the optimised code of every caller it was inlined into.
 */
class Entry implements BackgroundEntry {
  declare readonly freq: number;
  declare readonly tag: string;

  constructor(freq: number, tag: string) {
    this.freq = freq;
    this.tag = tag;
  }
}

let table: Table | undefined;
const memo = new Map<string, BackgroundEntry | null>();
const MEMO_LIMIT = 200_000;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

function load(): Table {
  const bytes = dict;
  const starts = new Int32Array(400_000);
  let lines = 0;
  let total = 0;
  let start = 0;
  const n = bytes.length;
  while (start < n) {
    let i = start;
    while (i < n && bytes[i] !== 0x20 && bytes[i] !== 0x0a) i++;
    if (i < n && bytes[i] === 0x20 && i > start) {
      if (lines === starts.length) throw new Error('jieba dictionary larger than expected');
      starts[lines++] = start;
      let freq = 0;
      for (i++; i < n && bytes[i] >= 0x30 && bytes[i] <= 0x39; i++) freq = freq * 10 + bytes[i] - 0x30;
      total += freq;
    }
    while (i < n && bytes[i] !== 0x0a) i++;
    start = i + 1;
  }
  return { bytes, starts, lines, total };
}

function tableOf(): Table {
  table ??= load();
  return table;
}

/** Compares the word at line `index` with `key`, byte by byte (the file's order). */
function compareAt(t: Table, index: number, key: Uint8Array): number {
  let p = t.starts[index];
  for (let k = 0; k < key.length; k++, p++) {
    const b = t.bytes[p];
    if (b === 0x20) return -1; // the line's word is a prefix of key: it sorts first
    if (b !== key[k]) return b - key[k];
  }
  return t.bytes[p] === 0x20 ? 0 : 1;
}

/** Frequency and tag of `word` in jieba's dictionary, or undefined when it is not there. */
export function backgroundEntry(word: string): BackgroundEntry | undefined {
  const hit = memo.get(word);
  if (hit !== undefined) return hit ?? undefined;
  const t = tableOf();
  const key = encoder.encode(word);
  let lo = 0;
  let hi = t.lines - 1;
  let found: BackgroundEntry | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const c = compareAt(t, mid, key);
    if (c === 0) {
      let p = t.starts[mid] + key.length + 1;
      let freq = 0;
      for (; t.bytes[p] >= 0x30 && t.bytes[p] <= 0x39; p++) freq = freq * 10 + t.bytes[p] - 0x30;
      const tagStart = t.bytes[p] === 0x20 ? p + 1 : p;
      let end = tagStart;
      while (end < t.bytes.length && t.bytes[end] !== 0x0a && t.bytes[end] !== 0x0d) end++;
      found = new Entry(freq, decoder.decode(t.bytes.subarray(tagStart, end)) || 'x');
      break;
    }
    if (c < 0) lo = mid + 1;
    else hi = mid - 1;
  }
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(word, found);
  return found ?? undefined;
}

/** Frequency of a word in jieba's general-language dictionary (0 when unknown). */
export function backgroundFrequency(word: string): number {
  return backgroundEntry(word)?.freq ?? 0;
}

/** Sum of all frequencies in the dictionary. */
export function backgroundSize(): number {
  return tableOf().total;
}
