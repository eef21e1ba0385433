/**
 * extract: Note[] (+ optional vocabulary) → Candidate[]. Runs the signals strongest first so the weaker ones
 * can use what the stronger found: the structural signals and the vocabulary seed the "known" terms that
 * bound parentheticals and definition subjects; everything found is then loaded into jieba as a user
 * dictionary before the one statistical pass over the vault. Does not merge or filter: that is resolve's job.
 */
import type { Candidate, Note } from '../types.js';
import { aliasOf } from './candidate.js';
import { definitionCandidates } from './definitions.js';
import { codePointLength, hasHan, normaliseKey } from './normalise.js';
import { emphasisCandidates } from './emphasis.js';
import { enumerationCandidates } from './enumeration.js';
import { markSpans } from './markup.js';
import { namedTokenCandidates, versionedNameCandidates } from './named-tokens.js';
import { namingCandidates } from './naming.js';
import { parentheticalCandidates } from './parenthetical.js';
import { baseSegmenter, segmenterWith } from './segmenter.js';
import { siblingCandidates } from './siblings.js';
import { statisticalCandidates } from './statistical.js';
import { tableCandidates } from './tables.js';
import { documentTitleKeys, frontmatterCandidates, headingCandidates, headingEchoes, titleCandidates, titlesByFileName, vocabularyCandidates, wikilinkCandidates } from './structural.js';
import type { VocabularyEntry } from './vocabulary.js';
import { noteSentences } from './cues.js';
import { withTermMemo } from './term-tags.js';
import { knownTerms, type Known } from './walk-back.js';

export type { VocabularyEntry } from './vocabulary.js';

/**
 * Times the passes of one run (scripts/bench/patterns-time.ts): `lap(name)` charges the time since the previous
 * lap (or the start) to `name`. Called between passes, so an untimed run pays one skipped call per pass.
 */
export interface PassTimer {
  lap(name: string): void;
}

export function extractCandidates(notes: Note[], vocabulary: VocabularyEntry[], timer?: PassTimer): Candidate[] {
  const base = baseSegmenter();
  // Headings, labels and glosses are tagged through a per-run memo of short terms (they recur across a vault).
  const terms = withTermMemo(base);
  const ordered = [...notes].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const candidates: Candidate[] = vocabularyCandidates(vocabulary);
  const titles = titlesByFileName(ordered);
  timer?.lap('setup');
  for (const note of ordered) {
    append(candidates, wikilinkCandidates(note, terms, titles));
    append(candidates, frontmatterCandidates(note, terms));
    append(candidates, titleCandidates(note, terms));
    timer?.lap('structural');
    const headings = headingCandidates(note, terms);
    append(candidates, headings);
    append(candidates, headingEchoes(note, headings));
    timer?.lap('headings');
  }
  // The Han surfaces only grow: each pass adds its own to the set instead of rescanning every candidate.
  const han = new Set<string>();
  addHanSurfaces(han, candidates, 0);
  let seen = candidates.length;
  const nextKnown = (): Known => {
    addHanSurfaces(han, candidates, seen);
    seen = candidates.length;
    return knownTerms(han);
  };
  // Parentheticals (by their cue bits), definitions, namings and enumerations read the same sentences: split every block once.
  const split = new Map(ordered.map((note) => [note, noteSentences(note)]));
  timer?.lap('split');
  let known = nextKnown();
  timer?.lap('known');
  // Marked-up terms and commands (**X**, `tool sub`): read only in notes that have marks.
  const marks = new Map(ordered.map((note) => [note, markSpans(note)]));
  timer?.lap('marks');
  for (const note of ordered) append(candidates, parentheticalCandidates(note, terms, known, split.get(note), marks.get(note)));
  timer?.lap('parenthetical');
  known = nextKnown();
  for (const note of ordered) {
    append(candidates, definitionCandidates(note, terms, known, split.get(note)));
    timer?.lap('definitions');
    append(candidates, namingCandidates(note, split.get(note), marks.get(note)));
    timer?.lap('naming');
    append(candidates, emphasisCandidates(note, marks.get(note)!, terms));
    append(candidates, namedTokenCandidates(note));
    timer?.lap('emphasis');
  }
  marks.clear();
  append(candidates, versionedNameCandidates(ordered));
  known = nextKnown();
  timer?.lap('known');
  for (const note of ordered) append(candidates, enumerationCandidates(note, terms, known, split.get(note)));
  split.clear();
  timer?.lap('enumeration');
  const renamed = boostCompoundsOfKnown(candidates);
  timer?.lap('boosts');
  // Tables after the other lists: which side of a table holds its items depends on the terms already found.
  if (ordered.some((note) => note.tables.length)) {
    const found = strongKeysOf(candidates, true);
    for (const note of ordered) append(candidates, tableCandidates(note, found));
  }
  timer?.lap('tables');

  // boostCompoundsOfKnown may have renamed a heading (容器技术 → 容器): the new surfaces of those before `seen`, then
  // everything after it. A rescan from the start adds the same surfaces in the same order (the others' are all in `han`).
  for (let k = 0; k < renamed.length; k++) if (renamed[k] < seen) addHanSurface(han, candidates[renamed[k]].surface);
  addHanSurfaces(han, candidates, seen);
  const segmenter = segmenterWith(han);
  const knownKeys = keysOf(allSurfaces(candidates));
  timer?.lap('knownKeys');
  // A note's title that names a document (视频编码基础) is counted where prose refers to that note, not to a term.
  const documents = documentTitleKeys(ordered);
  append(candidates, statisticalCandidates(ordered, segmenter, knownKeys).candidates.filter((c) => !documents.has(normaliseKey(c.surface))));
  timer?.lap('statistical');
  boostProductiveHeads(candidates);
  boostEnglishSiblings(candidates);
  timer?.lap('boosts');
  // Siblings are vouched for by names accepted on any other evidence, frequency included.
  // Only Latin names are compared (siblings are names), so only their keys are collected.
  const strongKeys = strongKeysOf(candidates, false);
  for (const note of ordered) append(candidates, siblingCandidates(note, strongKeys));
  timer?.lap('siblings');
  const sorted = sortCandidates(candidates);
  timer?.lap('sort');
  return sorted;
}

/**
 * candidates.sort(compareCandidates), file by file: the file decides first, so the candidates are grouped by file
 * (in their order) and each group sorted on the rest. ~100k candidates then cost one string comparison per file
 * pair instead of two per comparison. Both sorts are stable, so ties keep their order as before.
 */
function sortCandidates(candidates: Candidate[]): Candidate[] {
  const byFile = groupByFile(candidates);
  const files = [...byFile.keys()].sort(cmp);
  let n = 0;
  for (const file of files) {
    const group = byFile.get(file)!.sort(compareInFile);
    for (let i = 0; i < group.length; i++) candidates[n++] = group[i];
  }
  return candidates;
}

/** The candidates of each file, in order; the loop over every candidate is a function of its own (see boostCompoundsOfKnown). */
function groupByFile(candidates: readonly Candidate[]): Map<string, Candidate[]> {
  const byFile = new Map<string, Candidate[]>();
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    const group = byFile.get(c.provenance.file);
    if (group) group.push(c);
    else byFile.set(c.provenance.file, [c]);
  }
  return byFile;
}

/** compareCandidates for two candidates of one file. */
function compareInFile(a: Candidate, b: Candidate): number {
  return a.provenance.line - b.provenance.line || a.provenance.column - b.provenance.column || rankOf(a.signal) - rankOf(b.signal) || cmp(a.surface, b.surface);
}

/** push(...items) copies every item onto the stack (and overflows it on large lists): a loop does neither. */
function append<T>(target: T[], items: readonly T[]): void {
  for (let i = 0; i < items.length; i++) target.push(items[i]);
}

/**
 * A heading or enumerated item that is a compound of a term found elsewhere (硬件层虚拟化 ends with 虚拟化,
 * itself a proposed term) is a narrower term of it: that is evidence, so it no longer needs corroboration.
 */
function boostCompoundsOfKnown(candidates: Candidate[]): number[] {
  // Each loop over every candidate is a function of its own: V8 compiles a loop on-stack from its entry to the end of
  // its function, again at each deoptimisation, so one function of three loops compiled the later loops many times.
  // A surface recurs across the vault's notes: its suffixes are read once, and its longest known suffix looked up once.
  const distinct = strongHanSurfaces(candidates);
  const strong = knownTerms(distinct);
  const heads = properSuffixes(distinct);
  const renamed = stripStructuralSuffixes(candidates, strong, heads);
  boostByKnownSuffix(candidates, strong);
  return renamed;
}

/** The distinct Han surfaces of the candidates accepted on their own, in order. */
function strongHanSurfaces(candidates: readonly Candidate[]): Set<string> {
  const surfaces = new Set<string>();
  for (let i = 0; i < candidates.length; i++) if (candidates[i].score >= 0.5 && hasHan(candidates[i].surface)) surfaces.add(candidates[i].surface);
  return surfaces;
}

/** The indices of the headings renamed, in order. */
function stripStructuralSuffixes(candidates: Candidate[], strong: Known, heads: Set<string>): number[] {
  const renamed: number[] = [];
  for (let i = 0; i < candidates.length; i++) if (candidates[i].signal === 'heading' && stripStructuralSuffix(candidates[i], strong, heads)) renamed.push(i);
  return renamed;
}

function boostByKnownSuffix(candidates: Candidate[], strong: Known): void {
  const suffixes = new Map<string, string | undefined>();
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if ((c.signal !== 'heading' && c.signal !== 'statistical' && c.signal !== 'definition') || c.score >= 0.5 || !hasHan(c.surface)) continue;
    let head = suffixes.get(c.surface);
    if (head === undefined && !suffixes.has(c.surface)) suffixes.set(c.surface, (head = strong.longestSuffix(c.surface)));
    // A proper suffix is a character shorter at least, unless it splits a surrogate pair: counted then.
    if (head && head !== c.surface && (!isLowSurrogate(head.charCodeAt(0)) || codePointLength(c.surface) - codePointLength(head) >= 1)) c.score = 0.5;
  }
}

/** Every Han tail of two characters or more that is shorter than its surface (注意力 of 自注意力). */
function properSuffixes(surfaces: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const s of surfaces) for (let k = 1; k <= s.length - 2; k++) if (/^\p{Script=Han}/u.test(s.slice(k))) out.add(s.slice(k));
  return out;
}

const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * Words that end a heading about X without changing what it names (`全虚拟化架构`, `容器技术`, `OS层虚拟化架构`).
 * Stripped only when what remains is itself a known term or a compound of one: `微服务架构` alone stays whole.
 */
const STRUCTURAL_SUFFIX = /(?:架构|体系结构|技术|机制)$/u;

/** Whether the candidate was renamed. */
function stripStructuralSuffix(c: Candidate, strong: Known, heads: Set<string>): boolean {
  if (!hasHan(c.surface) || !STRUCTURAL_SUFFIX.test(c.surface)) return false;
  const rest = c.surface.replace(STRUCTURAL_SUFFIX, '');
  if (codePointLength(rest) < 2 || !/\p{Script=Han}$/u.test(rest)) return false;
  // Or the head of known terms: `注意力机制` is 注意力 when 自注意力 and 多头注意力 are its kinds.
  const head = strong.longestSuffix(rest) ?? (heads.has(rest) ? rest : undefined);
  if (!head) return false;
  c.aliases = [...c.aliases, aliasOf(c.surface, c.lang)];
  c.surface = rest;
  if (head !== rest) c.score = Math.max(c.score, 0.5);
  return true;
}

/**
 * A general word that the vault keeps narrowing (内核 in Linux 内核, 宿主机内核, 主线内核, 客户机内核) is a
 * subject of the vault, not just a frequent word: a frequency-capped Chinese word that heads compounds with at
 * least PRODUCTIVE distinct modifiers gets the second signal it lacked.
 */
const PRODUCTIVE = 3;

function boostProductiveHeads(candidates: Candidate[]): void {
  // Each loop over every candidate is a function of its own (see boostCompoundsOfKnown).
  const weak = weakHanWords(candidates);
  if (weak.size === 0) return;
  const modifiers = modifiersOf(candidates, weak);
  for (const [head, mods] of modifiers) {
    if (mods.size < PRODUCTIVE) continue;
    const c = weak.get(head)!;
    c.score = 0.5;
    // Written out in provenanceAt's order rather than spread: a spread copy is a map of its own, which the loops
    // over every candidate's provenance (the sort, resolve) met last and were compiled again for.
    const p = c.provenance;
    c.provenance = { signal: p.signal, note: p.note, file: p.file, line: p.line, column: p.column, excerpt: `${p.excerpt}; head of ${[...mods].sort().map((m) => m + head).join(', ')}` };
  }
}

/** The frequency-capped Chinese words (statistical, 0 < score < 0.5, Han only, not from a list), by surface. */
function weakHanWords(candidates: readonly Candidate[]): Map<string, Candidate> {
  const weak = new Map<string, Candidate>();
  for (let n = 0; n < candidates.length; n++) {
    const c = candidates[n];
    if (c.signal === 'statistical' && c.score > 0 && c.score < 0.5 && hasHan(c.surface) && !/[\sA-Za-z]/u.test(c.surface) && !c.provenance.excerpt.startsWith('enumeration:')) weak.set(c.surface, c);
  }
  return weak;
}

/** For each weak word, the distinct modifiers it heads in the surfaces of the candidates with a positive score. */
function modifiersOf(candidates: readonly Candidate[], weak: Map<string, Candidate>): Map<string, Set<string>> {
  const lastChars = new Set([...weak.keys()].map((w) => w[w.length - 1]));
  const modifiers = new Map<string, Set<string>>();
  const seen = new Set<string>();
  for (let n = 0; n < candidates.length; n++) {
    const c = candidates[n];
    const raw = c.surface;
    if (c.score <= 0 || !lastChars.has(raw[raw.length - 1]) || seen.has(raw)) continue;
    seen.add(raw);
    const surface = raw.replace(/\s+/gu, '');
    // The tails that leave one character or more before them and two or more in them, by code point.
    const starts = codePointStarts(surface);
    for (let i = 1; i <= starts.length - 2; i++) {
      const tail = surface.slice(starts[i]);
      if (!weak.has(tail)) continue;
      (modifiers.get(tail) ?? modifiers.set(tail, new Set()).get(tail)!).add(surface.slice(0, starts[i]));
    }
  }
  return modifiers;
}

/** Where each code point of `text` starts (what Array.from(text) would split it into). */
function codePointStarts(text: string): number[] {
  const starts: number[] = [];
  for (let i = 0; i < text.length; i++) {
    starts.push(i);
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1))) i++;
  }
  return starts;
}

/**
 * An English phrase the author singled out weakly (a sentence subject, a single label line, a phrase explained in
 * parentheses: 0.45) whose
 * head word also heads two or more phrases accepted on their own evidence (`refresh token` beside `access token`,
 * `ID token`) is one more of a family of kinds: the siblings are its second signal. The head alone being a term
 * says less (`Full isolation`, `Lost commits`: an adjective before a known noun).
 */
const ENGLISH_SIBLINGS = 2;

function boostEnglishSiblings(candidates: Candidate[]): void {
  // Each loop over every candidate is a function of its own (see boostCompoundsOfKnown).
  const weak = weakEnglishPhrases(candidates);
  if (weak.length === 0) return;
  const family = familiesOf(candidates, new Set(weak.map((c) => headOf(c.surface))));
  for (const c of weak) {
    const head = headOf(c.surface);
    const siblings = family.get(head);
    const others = siblings ? siblings.size - (siblings.has(normaliseKey(c.surface)) ? 1 : 0) : 0;
    if (others >= ENGLISH_SIBLINGS) c.score = 0.5;
  }
}

const headOf = (surface: string): string => surface.slice(surface.lastIndexOf(' ') + 1).toLowerCase().replace(/s$/u, '');

function weakEnglishPhrases(candidates: readonly Candidate[]): Candidate[] {
  const weak: Candidate[] = [];
  for (let n = 0; n < candidates.length; n++) {
    const c = candidates[n];
    // Headings are left out: a section title is as often a topic (`Lost commits`, `Page-oriented engines`) as a kind.
    if ((c.signal === 'definition' || c.signal === 'parenthetical') && c.score >= 0.4 && c.score < 0.5 && c.lang === 'en' && ENGLISH_PHRASE.test(c.surface)) weak.push(c);
  }
  return weak;
}

/** For each head in `heads`, the keys of the accepted English phrases (surfaces and aliases) it heads. */
function familiesOf(candidates: readonly Candidate[], heads: Set<string>): Map<string, Set<string>> {
  const family = new Map<string, Set<string>>();
  // Accepted surfaces recur across the vault: each English one is read once.
  const read = new Set<string>();
  const add = (text: string, lang: string) => {
    if (lang !== 'en' || read.has(text)) return;
    read.add(text);
    if (!ENGLISH_PHRASE.test(text)) return;
    const head = headOf(text);
    if (heads.has(head)) (family.get(head) ?? family.set(head, new Set()).get(head)!).add(normaliseKey(text));
  };
  for (let n = 0; n < candidates.length; n++) {
    const c = candidates[n];
    if (c.score < 0.5) continue;
    add(c.surface, c.lang);
    for (let k = 0; k < c.aliases.length; k++) add(c.aliases[k].text, c.aliases[k].lang);
  }
  return family;
}

/** Two to four Latin words, the last a lower-case word: a phrase with a common-noun head. */
const ENGLISH_PHRASE = /^[A-Za-z0-9][A-Za-z0-9.+-]*(?:\s+[A-Za-z0-9][A-Za-z0-9.+-]*){0,2}\s+[a-z][a-z-]+$/u;

/** Keys of the surfaces and aliases of candidates accepted on their own (score ≥ 0.5); Latin ones only unless `han`. */
function strongKeysOf(candidates: readonly Candidate[], han: boolean): Set<string> {
  // One loop per use, each a function of its own: the tables' call reads every surface, the siblings' call the
  // language as well, and a shared loop compiled for the first was deoptimised by the second.
  return keysOf(han ? strongSurfaces(candidates) : strongLatinSurfaces(candidates));
}

function strongSurfaces(candidates: readonly Candidate[]): Set<string> {
  const surfaces = new Set<string>();
  // Indexed loops: these run once over ~100k candidates, mostly before they are optimised, where for-of allocates.
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (c.score < 0.5) continue;
    surfaces.add(c.surface);
    const aliases = c.aliases;
    for (let k = 0; k < aliases.length; k++) surfaces.add(aliases[k].text);
  }
  return surfaces;
}

function strongLatinSurfaces(candidates: readonly Candidate[]): Set<string> {
  const surfaces = new Set<string>();
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    if (c.score < 0.5) continue;
    if (c.lang !== 'zh') surfaces.add(c.surface);
    const aliases = c.aliases;
    for (let k = 0; k < aliases.length; k++) if (aliases[k].lang !== 'zh') surfaces.add(aliases[k].text);
  }
  return surfaces;
}

/**
 * The keys of distinct surfaces, in the order of each key's first surface (as a Set filled surface by surface). The
 * loops over every candidate, which V8 compiles on-stack again as candidate shapes arrive, only collect strings:
 * normaliseKey is inlined into this loop over strings once, not into each of their compiles.
 */
function keysOf(surfaces: Set<string>): Set<string> {
  const keys = new Set<string>();
  for (const s of surfaces) keys.add(normaliseKey(s));
  return keys;
}

/** Every surface and alias text of the candidates, in order; a function of its own, not a loop inlined in extractCandidates (whose on-stack compiles it would multiply). */
function allSurfaces(candidates: readonly Candidate[]): Set<string> {
  const surfaces = new Set<string>();
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    surfaces.add(c.surface);
    const aliases = c.aliases;
    for (let k = 0; k < aliases.length; k++) surfaces.add(aliases[k].text);
  }
  return surfaces;
}

/** Adds the Han surfaces (no spaces) of candidates[from…] and of their aliases to `out`. */
function addHanSurfaces(out: Set<string>, candidates: readonly Candidate[], from: number): void {
  for (let i = from; i < candidates.length; i++) {
    const c = candidates[i];
    addHanSurface(out, c.surface);
    const aliases = c.aliases;
    for (let k = 0; k < aliases.length; k++) addHanSurface(out, aliases[k].text);
  }
}

function addHanSurface(out: Set<string>, s: string): void {
  if (!out.has(s) && hasHan(s) && !/\s/u.test(s)) out.add(s);
}

const SIGNAL_ORDER = ['vocabulary', 'wikilink', 'tag', 'keyword', 'alias', 'title', 'parenthetical', 'definition', 'heading', 'statistical'];
/** Rank of each signal, looked up once per comparison instead of an indexOf scan (a signal not listed ranks -1, as indexOf did). */
const SIGNAL_RANK = new Map(SIGNAL_ORDER.map((signal, rank) => [signal, rank]));
const rankOf = (signal: string): number => SIGNAL_RANK.get(signal) ?? -1;

export function compareCandidates(a: Candidate, b: Candidate): number {
  return (
    cmp(a.provenance.file, b.provenance.file) ||
    a.provenance.line - b.provenance.line ||
    a.provenance.column - b.provenance.column ||
    rankOf(a.signal) - rankOf(b.signal) ||
    cmp(a.surface, b.surface)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
