/**
 * Surface forms → comparison keys. Extract and resolve both use these, so "the same term" means one thing
 * everywhere: NFKC (full/half width), case, whitespace, surrounding quotes, and English plurals.
 */
import type { Lang } from '../types.js';

const HAN = /\p{Script=Han}/u;
const LATIN = /\p{Script=Latin}/u;

/** Any Han character → zh (mixed forms such as `Docker镜像` read as Chinese); else Latin → en. */
export function detectLang(text: string): Lang {
  if (hasHan(text)) return 'zh';
  if (LATIN.test(text)) return 'en';
  return 'other';
}

export function hasHan(text: string): boolean {
  // By code first: nothing below U+2E80 is Han, everything in U+4E00–U+9FEF is; the pattern decides the rest. Most
  // texts asked about are English (no code unit that high) or Chinese (a common ideograph early on).
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fef) return true;
    if (c >= 0x2e80) return HAN.test(text);
  }
  return false;
}

/** Quotes and brackets that may wrap a term but are never part of it. */
const WRAPPERS = /^[\s"'“”‘’「」『』《》〈〉【】\[\]()（）*_`~]+|[\s"'“”‘’「」『』《》〈〉【】\[\]()（）*_`~:：,，.。;；!！?？、]+$/gu;

/** Memo sizes: bounded, cleared when full. */
const MEMO_LIMIT = 200_000;
/** Surfaces recur across a vault (every stage tidies the same terms): short ones are memoised. */
const cleanMemo = new Map<string, string>();
const MAX_MEMO_TERM = 32;

/** Tidy a surface for display: NFKC-free (keep what the author wrote) but trimmed of wrappers and spaces. */
export function cleanSurface(text: string): string {
  if (text.length > MAX_MEMO_TERM) return clean(text);
  let value = cleanMemo.get(text);
  if (value === undefined) {
    value = clean(text);
    if (cleanMemo.size >= MEMO_LIMIT) cleanMemo.clear();
    cleanMemo.set(text, value);
  }
  return value;
}

/**
 * cleanSurface of each part of text.split(separator), the empty ones left out when `dropEmpty`. A loop, not
 * split().map().filter(): map and filter make arrays of one elements kind in optimised code and of another in the
 * builtins, so the readers that take their results compiled again when the second kind arrived.
 */
export function cleanParts(text: string, separator: RegExp, dropEmpty: boolean): string[] {
  const raw = text.split(separator);
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) {
    const part = cleanSurface(raw[i]);
    if (part || !dropEmpty) out.push(part);
  }
  return out;
}

function clean(text: string): string {
  const value = text.replace(/\s+/gu, ' ').replace(WRAPPERS, '').trim();
  // A leading English article is never part of a term: "A hypervisor, also known as …" names hypervisor.
  return hasHan(value) ? value : value.replace(/^(?:an?|the)\s+(?=\S)/iu, '');
}

/** An all-capitals token such as VMM, LXC, C/S, or K8S. */
export function isAbbreviation(text: string): boolean {
  return /^[A-Z][A-Z0-9/&.-]*[A-Z0-9]s?$/u.test(text) && /[A-Z].*[A-Z]/u.test(text) && text.length <= 10;
}

/** English nouns in -che (whose plural adds only s), against the -ch nouns that add es (matches, branches). */
const CHE_NOUNS = /(?:^|[^a-z])(?:cache|niche|ache|headache|avalanche|tranche|cliche|psyche|quiche|creche|microfiche|moustache|brioche)s$/u;

/** English plurals no suffix rule reads (general morphology, not domain words); invariant ones map to themselves. */
const IRREGULAR_PLURALS = new Map([
  ['leaves', 'leaf'],
  ['halves', 'half'],
  ['indices', 'index'],
  ['vertices', 'vertex'],
  ['matrices', 'matrix'],
  ['appendices', 'appendix'],
  ['analyses', 'analysis'],
  ['theses', 'thesis'],
  ['hypotheses', 'hypothesis'],
  ['axes', 'axis'],
  ['crises', 'crisis'],
  ['criteria', 'criterion'],
  ['phenomena', 'phenomenon'],
  ['children', 'child'],
  ['series', 'series'],
  ['species', 'species'],
]);

/**
 * Singular of the last English word, as a key (never shown); conservative so names (Xen, Kubernetes, OS) survive.
 * A final -ie is keyed as -y, so cookie/cookies and zombie/zombies meet whichever way -ies is read.
 */
function singular(word: string): string {
  const one = singularForm(word);
  return one.length > 3 && /ie$/u.test(one) ? `${one.slice(0, -2)}y` : one;
}

function singularForm(word: string): string {
  if (/^[A-Z]{2,}s$/u.test(word)) return word.slice(0, -1); // VMs → VM
  const lower = word.toLowerCase();
  if (word !== lower && word.slice(1) !== lower.slice(1)) return word; // camelCase / CAPS: a name
  if (lower.length <= 3) return word;
  const irregular = IRREGULAR_PLURALS.get(lower);
  if (irregular) return irregular;
  if (/ies$/u.test(lower) && lower.length > 4) return word.slice(0, -3) + 'y';
  // caches, niches (a single vowel before -ches) and the listed -che nouns drop only the s; branches, patches,
  // approaches drop -es.
  if (/ches$/u.test(lower) && (CHE_NOUNS.test(lower) || /[^aeiou][aeiou]ches$/u.test(lower))) return word.slice(0, -1);
  // statuses, viruses (-us + es) and causes, fuses (-use + s) look alike: every -use and -uses word is keyed -us, so
  // status/statuses and cause/causes meet whichever way the plural is read (keys are never shown).
  if (/uses?$/u.test(lower)) return word.slice(0, lower.endsWith('s') ? -2 : -1);
  // aliases, biases: -ias singulars; databases, phases keep their e.
  if (/(sses|ches|shes|xes|zes|iases)$/u.test(lower)) return word.slice(0, -2);
  // keys, arrays, gateways: a vowel before -ys is a plural; replicas, schemas, areas too, except the -as singulars
  // (alias, bias, canvas, atlas).
  if (/[aeiou]ys$/u.test(lower) || (/as$/u.test(lower) && !/(?:ias|vas|tlas|ass)$/u.test(lower))) return word.slice(0, -1);
  if (/(ss|us|is|os|as|ys)$/u.test(lower)) return word;
  if (/s$/u.test(lower)) return word.slice(0, -1);
  return word;
}

/** Keys are asked for the same few thousand surfaces again and again over a vault: memoised, bounded. */
const memo = new Map<string, string>();

/** The key two surfaces must share to be the same concept. */
export function normaliseKey(text: string): string {
  const hit = memo.get(text);
  if (hit !== undefined) return hit;
  const key = computeKey(text);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(text, key);
  return key;
}

function computeKey(text: string): string {
  let value = cleanSurface(text.normalize('NFKC'));
  if (!hasHan(value)) value = value.replace(/([\p{L}\p{N}]+)$/u, (word) => singular(word));
  // A space where Latin meets Han (PID 命名空间) is spelling, not a word boundary. A hyphen between Latin letters
  // is spelling too: property-based testing and property based testing, TF-IDF and TF IDF are one concept.
  return value
    .toLowerCase()
    .replace(/\s*([-/])\s*/gu, '$1')
    .replace(/(?<=\p{Script=Latin})-(?=\p{Script=Latin})/gu, ' ')
    .replace(/(?<=\p{Script=Han})\s+|\s+(?=\p{Script=Han})/gu, '')
    .replace(/\s+/gu, ' ');
}

/** Array.from(text).length (code points, a lone surrogate counting as one) without making the array. */
export function codePointLength(text: string): number {
  let n = text.length;
  for (let i = 0; i + 1 < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}
