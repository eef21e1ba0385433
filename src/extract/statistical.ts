/**
 * Statistical terms from prose, counted over the whole vault (one jieba pass per block):
 * - Chinese words and compounds: maximal runs of noun-like tokens, every sub-span of 1–3 tokens counted.
 *   A single word must be far more frequent here than in jieba's general dictionary ("weirdness", the
 *   domain/general frequency ratio), so 用户, 程序, 资源 stay out while 镜像, 宿主机 come in.
 *   Compounds are ranked by C-value (frequency minus the frequency of longer terms containing them).
 * - Latin words: in Chinese prose almost always names (Docker, KVM); in English prose only capitalised
 *   mid-sentence forms and abbreviations count as names, and multi-word phrases go through C-value.
 * A minimum count applies everywhere: single-mention statistics are noise.
 */
import type { Segmenter, TaggedWord } from './segmenter.js';
import type { Block, Candidate, Note } from '../types.js';
import { provenanceAt } from './locate.js';
import { detectLang, hasHan, isAbbreviation, normaliseKey } from './normalise.js';
import { COMMON_FREQUENCY } from './background.js';
import { backgroundFrequency, backgroundSize, partOfSpeech, tag } from './segmenter.js';
import { EN_STOP, isQuantifiedPhrase, isStopWord, ZH_BOUNDARY } from './stop-words.js';

/** Tags of tokens that may be part of a term. */
const TERMISH = new Set(['n', 'nz', 'vn', 'nr', 'ns', 'nt', 'nrt', 'j', 'b', 'l', 'eng', 'g']);
const MAX_SPAN = 3;
export const STATISTICAL_DEFAULTS = Object.freeze({
  /** Minimum occurrences over the vault. */
  minCount: 3,
  /** Minimum occurrences of a compound (it is already more specific than its parts). */
  minCompoundCount: 2,
  /** Minimum ratio of vault frequency to general-language frequency for a single Chinese word. */
  minWeirdness: 200,
  /** Minimum C-value of a compound. */
  minCValue: 2,
  /** A single Chinese word at least this frequent in jieba's dictionary is a general word… */
  commonFrequency: COMMON_FREQUENCY,
  /** …and frequency gives it at most this score (below resolve's ACCEPT: it needs another signal). */
  commonScore: 0.3,
});

interface Tally {
  surface: string;
  tokens: number;
  count: number;
  capitalised: number;
  /** Occurrences of a one-token Latin span not followed by another Latin word (not the modifier of a longer name). */
  alone: number;
  /** Occurrences right after a Titlecase word or an initial (Robert P. Goldberg, Gerald Popek): a person-name shape. */
  afterName: number;
  /** Occurrences of a `Name noun` span right after a determiner (the Docker client). */
  afterDet: number;
  /** Occurrences right after a preposition (基于, 从, 在): the span is likely the object plus the predicate. */
  afterPrep: number;
  /** Occurrences inside a block that also holds Chinese (Latin words there are names, not prose). */
  inHan: number;
  notes: Set<string>;
  first: { note: Note; block: Block; index: number };
  han: boolean;
  parts: string[];
  /** Creation order, so merging surface tallies keeps the first occurrence. */
  seq: number;
  lastNote?: string;
}

export interface TermCounts {
  /** Occurrences of each normalised key in prose (all spans counted), for corroborating other signals. */
  count(key: string): number;
}

export function statisticalCandidates(notes: Note[], jieba: Segmenter, known: Set<string>, options = STATISTICAL_DEFAULTS): { candidates: Candidate[]; counts: TermCounts } {
  // Counted by surface (cheap), then merged by normalised key once per distinct surface.
  const bySurface = new Map<string, Tally>();
  let totalTokens = 0;
  for (const note of notes) {
    for (const block of note.blocks) totalTokens += countBlock(note, block, jieba, bySurface);
  }
  const tallies = mergeByKey(bySurface);
  const bgTotal = backgroundSize();
  const longer = nestedCounts(tallies);
  const candidates: Candidate[] = [];
  for (const [key, t] of [...tallies].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    let score = 0;
    if (t.tokens === 1) {
      if (t.han) {
        const weird = t.count / totalTokens / ((backgroundFrequency(t.surface) + 0.5) / bgTotal);
        if (t.count >= options.minCount && weird >= options.minWeirdness) score = Math.min(0.8, 0.45 + 0.05 * Math.log2(t.count));
        // A word common in general Chinese (内存, 进程, 磁盘, 内核) is frequent in any technical text: frequency
        // alone does not make it a term of this vault, another signal must support it.
        if (score > 0 && backgroundFrequency(t.surface) >= options.commonFrequency) score = Math.min(score, options.commonScore);
      } else if (isName(t) && !isFragment(key, t, longer) && !isPersonLike(t)) {
        // Embedded in Chinese prose a Latin word is a name after two mentions; in English prose it takes
        // three. A bare abbreviation (CPU, ID) needs another signal too: its expansion, a list, a link.
        // Only standalone mentions count: Microsoft in Microsoft Hyper-V, Workstation in VMware Workstation
        // are parts of a longer name, which is tallied on its own.
        // A coined name (ReplicaSet) is a name after two mentions in any prose.
        const needed = t.inHan * 2 >= t.count || isCamelCase(t.surface) ? 2 : options.minCount;
        const n = t.alone;
        // A bare acronym (CPU, PID) needs another signal; a hyphenated one (AMD-V, VT-x) is a product name.
        const bare = isAbbreviation(t.surface) && !/[-.]/u.test(t.surface);
        score = n < needed ? 0 : bare ? 0.4 : n > needed ? 0.6 : 0.5;
      }
    } else {
      const nested = longer.get(key);
      const cvalue = Math.log2(t.tokens + 1) * (t.count - (nested ? nested.sum / nested.n : 0));
      const head = t.parts[t.parts.length - 1];
      if (t.count >= options.minCompoundCount && cvalue >= options.minCValue && !isStopWord(head) && modifierOk(t.parts[0]) && latinPhraseOk(t) && !(!t.han && isFragment(key, t, longer))) {
        score = Math.min(0.75, 0.4 + 0.05 * cvalue);
      }
      // A known term + a verbal noun after a preposition (基于镜像启动: "start from an image") is a predicate, not
      // a narrower term; 半虚拟化驱动 (quoted, after 的) keeps its place.
      if (score > 0 && t.han && t.parts.length >= 2 && t.afterPrep * 2 >= t.count && /^v/u.test(partOfSpeech(head)) && known.has(normaliseKey(joinSpan(t.parts.slice(0, -1))))) score = 0;
    }
    if (t.han && isQuantifiedPhrase(t.surface)) score = 0;
    // Known terms are corroborated by frequency even when the statistics alone would not propose them.
    if (score === 0 && known.has(key) && t.count >= 2) score = 0.25;
    if (score === 0) continue;
    const { note, block, index } = t.first;
    const excerpt = `${block.text.slice(Math.max(0, index - 15), index + t.surface.length + 15)} (${t.count}× in ${t.notes.size} note${t.notes.size > 1 ? 's' : ''})`;
    candidates.push({ surface: t.surface, lang: detectLang(t.surface), signal: 'statistical', aliases: [], score, provenance: provenanceAt('statistical', note, block, index, excerpt) });
  }
  return { candidates, counts: { count: (key) => tallies.get(key)?.count ?? 0 } };
}

const TITLE_WORD = /^[A-Z][a-z]+$/u;
const AFTER_NAME = /(?:^|[^A-Za-z])[A-Z][a-z]+\s+(?:[A-Z]\.\s*)?$/u;

/** A digit right after `at` (one space allowed): the word is the first half of a numbered name (Ring 0). */
function numberFollows(text: string, at: number): boolean {
  let c = text.charCodeAt(at);
  if (c === 32) c = text.charCodeAt(at + 1);
  return c >= 48 && c <= 57;
}

function isLatinWord(word: string | undefined): boolean {
  return !!word && /^[A-Za-z0-9]/u.test(word);
}

/** Latin single words: names in Chinese prose; in English prose only capitalised mid-sentence or abbreviations. */
function isName(t: Tally): boolean {
  if (EN_STOP.has(t.surface.toLowerCase()) || t.surface.length < 2) return false;
  if (isAbbreviation(t.surface) || isCamelCase(t.surface)) return true;
  return t.capitalised / t.count >= 0.6;
}

/** Internal capitals (ReplicaSet, VirtualBox, OverlayFS, gVisor) or a hyphenated acronym (AMD-V): a coined name. */
function isCamelCase(word: string): boolean {
  return /^[A-Za-z]+$/u.test(word) && /[a-z][A-Z]/u.test(word);
}

/** Segments one block once and tallies every term-shaped span; returns the number of word tokens. */
function countBlock(note: Note, block: Block, jieba: Segmenter, tallies: Map<string, Tally>): number {
  const tokens = joinHyphenated(tag(jieba, block.text));
  const han = hasHan(block.text);
  let index = 0;
  let words = 0;
  let run: Array<{ word: string; at: number; capitalised: boolean; han: boolean }> = [];
  const flush = () => {
    for (let i = 0; i < run.length; i++) {
      let surface = '';
      let spanHan = false;
      for (let n = 1; n <= MAX_SPAN && i + n <= run.length; n++) {
        const token = run[i + n - 1];
        surface = n === 1 ? token.word : joinTwo(surface, token.word);
        spanHan ||= token.han;
        if (surface.length > (spanHan ? 16 : 40)) break;
        if (n === 1 && ((surface.length < 2 && spanHan) || isStopWord(surface))) continue;
        let t = tallies.get(surface);
        if (!t) {
          const parts = run.slice(i, i + n).map((s) => s.word);
          t = { surface, tokens: n, count: 0, capitalised: 0, alone: 0, afterName: 0, afterDet: 0, afterPrep: 0, inHan: 0, notes: new Set(), first: { note, block, index: run[i].at }, han: spanHan, parts, seq: tallies.size };
          tallies.set(surface, t);
        }
        t.count++;
        if (run[i].capitalised) t.capitalised++;
        if (i === 0 && runAfterPrep) t.afterPrep++;
        if (afterDetSpan && i === 0 && n === 2) t.afterDet++;
        if (n === 1 && !t.han) {
          // `Ring 0`, `Type 1`, `Intel EPT`: a word followed by another Latin word or a number is part of a longer name.
          if (!isLatinWord(run[i + 1]?.word) && !numberFollows(block.text, run[i].at + surface.length)) t.alone++;
          if (TITLE_WORD.test(surface) && AFTER_NAME.test(block.text.slice(Math.max(0, run[i].at - 30), run[i].at))) t.afterName++;
        }
        if (han) t.inHan++;
        if (t.lastNote !== note.id) {
          t.notes.add(note.id);
          t.lastNote = note.id;
        }
      }
    }
    run = [];
  };
  let sentenceStart = true;
  let runAfterPrep = false;
  let runAfterDet = false;
  let afterDetSpan = false;
  let prevTag = '';
  let prevWord = '';
  for (const { word, tag: pos } of tokens) {
    const at = index;
    index += word.length;
    if (/^\s+$/u.test(word) && run.length && /[A-Za-z0-9]$/u.test(run[run.length - 1].word)) continue; // Solaris Zones
    if (TERMISH.has(pos) && !ZH_BOUNDARY.has(word) && !(pos === 'eng' && EN_STOP.has(word.toLowerCase()))) {
      words++;
      // Latin names keep one shape: `Docker Engine itself`, `Docker runs` end where the prose starts.
      // …except after a determiner: `the Docker client`, `the Linux kernel` is a name + its head noun (a named
      // kind), ended right after the noun (`the Docker client talks`).
      let closeAfter = false;
      if (run.length && shapeBreak(run[run.length - 1].word, word)) {
        if (run.length === 1 && runAfterDet && /^[A-Z][a-z]/u.test(run[0].word) && /^[a-z]+$/u.test(word)) closeAfter = true;
        else flush();
      }
      const capitalised = pos === 'eng' && /[A-Z]/u.test(word) && (!sentenceStart || han);
      if (!run.length) {
        runAfterPrep = prevTag === 'p';
        runAfterDet = DETERMINER.test(prevWord);
      }
      run.push({ word, at, capitalised, han: pos !== 'eng' && hasHan(word) });
      sentenceStart = false;
      prevTag = pos;
      prevWord = word;
      if (closeAfter) {
        afterDetSpan = true;
        flush();
        afterDetSpan = false;
      }
      continue;
    }
    const blank = !word.trim();
    if (!blank) {
      words++;
      prevTag = pos;
      prevWord = word;
    }
    if (run.length) flush();
    sentenceStart = /[.!?。！？]/u.test(word) || (sentenceStart && blank);
  }
  flush();
  return words;
}

/**
 * Between two Latin words: a Titlecase word followed by a lower-case one (Engine itself, Images built), or a
 * lower-case word followed by a capitalised one (runs Docker). Acronyms may precede lower case (OCI runtime).
 */
function shapeBreak(left: string, right: string): boolean {
  if (!/^[A-Za-z]/u.test(left) || !/^[A-Za-z]/u.test(right)) return false;
  const leftTitle = /^[A-Z][a-z]/u.test(left);
  const leftLower = /^[a-z]/u.test(left) && !/[A-Z]/u.test(left);
  const rightLower = /^[a-z]/u.test(right) && !/[A-Z]/u.test(right);
  return (leftTitle && rightLower) || (leftLower && /^[A-Z]/u.test(right));
}

/** Surface tallies → tallies by normalised key (Container/containers/CONTAINER are one), first occurrence kept. */
function mergeByKey(bySurface: Map<string, Tally>): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const t of bySurface.values()) {
    const key = normaliseKey(t.surface);
    const into = out.get(key);
    if (!into) {
      out.set(key, { ...t, notes: new Set(t.notes) });
      continue;
    }
    const first = t.seq < into.seq ? t : into;
    into.count += t.count;
    into.capitalised += t.capitalised;
    into.alone += t.alone;
    into.afterName += t.afterName;
    into.afterPrep += t.afterPrep;
    into.afterDet += t.afterDet;
    into.inHan += t.inHan;
    for (const n of t.notes) into.notes.add(n);
    into.surface = first.surface;
    into.first = first.first;
    into.parts = first.parts;
    into.tokens = first.tokens;
    into.seq = first.seq;
  }
  return out;
}

/**
 * The first word of a compound: a stop-word is no modifier (这个镜像, 使用容器), except a generic noun, which
 * may well be one (用户空间, 时间片): generic alone, not as a modifier.
 */
function modifierOk(word: string): boolean {
  if (!isStopWord(word)) return true;
  return hasHan(word) && partOfSpeech(word) === 'n';
}

/** A Titlecase word that mostly follows a given name or an initial is a surname (Popek, Goldberg), not a term. */
function isPersonLike(t: Tally): boolean {
  return t.afterName > 0 && t.afterName * 2 >= t.count;
}

/** A Latin word that mostly occurs inside one longer name (Initiative in Open Container Initiative) is a fragment. */
function isFragment(key: string, t: Tally, longer: Map<string, { sum: number; n: number }>): boolean {
  const nested = longer.get(key);
  return !!nested && t.count - nested.sum < 1;
}

/**
 * An English multi-word span is a name when every word is capitalised (Docker Hub, Kata Containers) and a
 * term when every word is lower case and it recurs (container runtime); `Docker runs`, `Images built` are a
 * subject and its verb.
 */
function latinPhraseOk(t: Tally): boolean {
  if (t.han) return true;
  const words = t.surface.split(/\s+/u);
  if (words.every((w) => /^[A-Z0-9]/u.test(w))) return true;
  if (words.length === 2 && t.afterDet * 2 >= t.count) return true; // the Docker client
  return words.every((w) => !/[A-Z]/u.test(w)) && t.count >= 3;
}

const DETERMINER = /^(?:the|a|an|this|that|each|every|its|their|our|your)$/iu;

/** jieba splits Hyper-V, VT-x, kube-apiserver at the hyphen; a hyphen or dot between letters joins them back. */
function joinHyphenated(tokens: TaggedWord[]): TaggedWord[] {
  const out: TaggedWord[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const prev = out[out.length - 1];
    const next = tokens[i + 1];
    const word = tokens[i].word;
    if (prev && next && (word === '-' || word === '.') && /[A-Za-z0-9]$/u.test(prev.word) && /^[A-Za-z0-9]/u.test(next.word) && (prev.tag === 'eng' || next.tag === 'eng')) {
      out[out.length - 1] = { word: prev.word + word + next.word, tag: 'eng' };
      i++;
    } else if (prev && prev.tag === 'eng' && /^[A-Za-z0-9]/u.test(word) && /[A-Za-z0-9]-[A-Za-z0-9]*$/u.test(prev.word) && !/\s/u.test(word) && tokens[i].tag !== 'x') {
      out[out.length - 1] = { word: prev.word + word, tag: 'eng' };
    } else out.push(tokens[i]);
  }
  return out;
}

/** Latin words keep a space between them; Han does not. */
function joinSpan(words: string[]): string {
  let out = '';
  for (const w of words) out = out ? joinTwo(out, w) : w;
  return out;
}

function joinTwo(left: string, right: string): string {
  return isAlnum(left.charCodeAt(left.length - 1)) && isAlnum(right.charCodeAt(0)) ? `${left} ${right}` : left + right;
}

function isAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** For each multi-token key, the counts of longer tallied spans that contain it (C-value's nesting term). */
function nestedCounts(tallies: Map<string, Tally>): Map<string, { sum: number; n: number }> {
  const out = new Map<string, { sum: number; n: number }>();
  for (const t of tallies.values()) {
    if (t.tokens < 2) continue;
    const subs: string[][] = [];
    for (let i = 0; i < t.parts.length; i++) for (let j = i + 1; j <= t.parts.length; j++) if (j - i < t.parts.length) subs.push(t.parts.slice(i, j));
    for (const sub of subs) {
      const key = normaliseKey(joinSpan(sub));
      const entry = out.get(key) ?? { sum: 0, n: 0 };
      entry.sum += t.count;
      entry.n++;
      out.set(key, entry);
    }
  }
  return out;
}
