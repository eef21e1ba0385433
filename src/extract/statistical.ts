/**
 * Statistical terms from prose, counted over the whole vault (one jieba pass per block):
 * - Chinese words and compounds: maximal runs of noun-like tokens, every sub-span of 1–3 tokens counted.
 *   A single word must be far more frequent here than in jieba's general dictionary ("weirdness", the
 *   domain/general frequency ratio), so 用户, 程序, 资源 stay out while 镜像, 宿主机 come in.
 *   Compounds are ranked by C-value (frequency minus the frequency of longer terms containing them).
 *   A verb may modify the noun after it (守护进程, 状态转移方程) when the vault uses it mostly so (boundVerb).
 * - Latin words: in Chinese prose almost always names (Docker, KVM); in English prose only capitalised
 *   mid-sentence forms and abbreviations count as names, and multi-word phrases go through C-value.
 * A minimum count applies everywhere: single-mention statistics are noise.
 */
import type { BlockEnds, Segmenter } from './segmenter.js';
import type { Block, Candidate, Note } from '../types.js';
import { candidateOf } from './candidate.js';
import { provenanceAt } from './locate.js';
import { detectLang, hasHan, isAbbreviation, normaliseKey } from './normalise.js';
import { COMMON_FREQUENCY } from './background.js';
import { backgroundFrequency, backgroundSize, partOfSpeech } from './segmenter.js';
import { EN_FUNCTION_WORDS, EN_STOP, isQuantifiedPhrase, isStopWord, ZH_BOUNDARY } from './stop-words.js';

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

class Tally {
  declare surface: string;
  declare tokens: number;
  count = 0;
  capitalised = 0;
  /** Occurrences of a one-token Latin span not followed by another Latin word (not the modifier of a longer name). */
  alone = 0;
  /** Occurrences of a one-token Latin span glued by `_` or `-` to more letters or digits (identifierPiece). */
  pieces = 0;
  /** Occurrences right after a Titlecase word or an initial (Robert P. Goldberg, Gerald Popek): a person-name shape. */
  afterName = 0;
  /** Occurrences of a `Name noun` span right after a determiner (the Docker client). */
  afterDet = 0;
  /** Occurrences right after a preposition (基于, 从, 在): the span is likely the object plus the predicate. */
  afterPrep = 0;
  /** Occurrences right before 的: the span modifies the noun after it. */
  beforeDe = 0;
  /** Occurrences of a verb + noun span followed by another noun: the verb's object is a longer compound (去掉|空间|冗余). */
  beforeNoun = 0;
  /** Occurrences inside a block that also holds Chinese (Latin words there are names, not prose). */
  inHan = 0;
  /** Occurrences of a lower-case Latin word in the prose of a Chinese paragraph: not code, a table or a heading. */
  hanProse = 0;
  /** Occurrences whose spelling is the writer's choice, not the place's (showsSpelling); after mergeByKey, those of `spelling`. */
  spelled = 0;
  /** After mergeByKey: the surface of the key spelled so most often (the first surface when none is). */
  declare spelling: string;
  /** Occurrences outside headings that open with a capital, wherever in a sentence; summed by mergeByKey. */
  opensUpper = 0;
  /** Normalised key. */
  declare key: string;
  /** Notes it occurs in: shared by every surface with the same key. */
  declare notes: NoteSet;
  declare first: FirstUse;
  declare han: boolean;
  declare parts: string[];
  /** Creation order, so merging surface tallies keeps the first occurrence. */
  declare seq: number;

  constructor(surface: string, key: string, tokens: number, notes: NoteSet, first: FirstUse, han: boolean, parts: string[], seq: number) {
    this.surface = surface;
    this.spelling = surface;
    this.key = key;
    this.tokens = tokens;
    this.notes = notes;
    this.first = first;
    this.han = han;
    this.parts = parts;
    this.seq = seq;
  }
}

/** Where a tally's surface first occurs (its candidate's provenance and excerpt). */
class FirstUse {
  declare readonly note: Note;
  declare readonly block: Block;
  declare readonly index: number;

  constructor(note: Note, block: Block, index: number) {
    this.note = note;
    this.block = block;
    this.index = index;
  }
}

/** The distinct notes a key occurs in, counted as occurrences come (a Set per key costs a hash insert each). */
class NoteSet {
  /** Note of the last occurrence, as SpanCounter numbers them. */
  last = -1;
  size = 0;
  /** The ids themselves, kept only when the input revisits a note id after another note. */
  declare readonly ids: Set<string> | undefined;

  constructor(keepIds: boolean) {
    this.ids = keepIds ? new Set() : undefined;
  }
}

export interface TermCounts {
  /** Occurrences of each normalised key in prose (all spans counted), for corroborating other signals. */
  count(key: string): number;
}

export function statisticalCandidates(notes: Note[], jieba: Segmenter, known: Set<string>, options = STATISTICAL_DEFAULTS): { candidates: Candidate[]; counts: TermCounts } {
  // Counted by surface (cheap), then merged by normalised key once per distinct surface.
  const counter = new SpanCounter(jieba, revisitsNote(notes));
  const totalTokens = countAll(notes, jieba, counter);
  const tallies = mergeByKey(counter.bySurface);
  // A verb and its object (使用容器) is no longer term containing the object: dropped before C-values are taken.
  for (const [key, t] of tallies) if (t.han && t.tokens > 1 && !boundVerb(t, counter)) tallies.delete(key);
  const bgTotal = backgroundSize();
  const longer = nestedCounts(tallies);
  const versions = versionFamilies(tallies);
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
        // A coined name (ReplicaSet) is a name after two mentions in any prose. A plain Titlecase word (Google,
        // Python, Unix) is the name of something well known, mentioned in passing as often as discussed: it takes
        // three mentions in Chinese prose too.
        const needed = (t.inHan * 2 >= t.count && !TITLE_WORD.test(t.surface)) || isCamelCase(t.surface) ? 2 : options.minCount;
        const n = t.alone;
        // A bare acronym (CPU, PID) needs another signal; a hyphenated one (AMD-V, VT-x) is a product name.
        const bare = isAbbreviation(t.surface) && !/[-.]/u.test(t.surface);
        score = n < needed ? 0 : bare ? 0.4 : n > needed ? 0.6 : 0.5;
      }
    } else {
      const nested = longer.get(key);
      const cvalue = Math.log2(t.tokens + 1) * (t.count - (nested ? nested.sum / nested.n : 0));
      const head = t.parts[t.parts.length - 1];
      if (t.count >= options.minCompoundCount && cvalue >= options.minCValue && headOk(t, head) && modifierOk(t.parts[0]) && latinPhraseOk(t, known) && !(!t.han && isFragment(key, t, longer))) {
        score = Math.min(0.75, 0.4 + 0.05 * cvalue);
      }
      // Written only as the modifier before 的 (面向服务的架构, 面向服务的体系结构): a description of the noun after it.
      if (score > 0 && t.han && t.beforeDe >= t.count) score = 0;
      // A known term + a verbal noun after a preposition (基于镜像启动: "start from an image") is a predicate, not
      // a narrower term; 半虚拟化驱动 (quoted, after 的) keeps its place.
      if (score > 0 && t.han && t.parts.length >= 2 && t.afterPrep * 2 >= t.count && /^v/u.test(partOfSpeech(head)) && known.has(normaliseKey(joinSpan(t.parts.slice(0, -1))))) score = 0;
    }
    // One of two or more versions of a name (HTTP/1.1, HTTP/2, HTTP/3; IPv4, IPv6): the author tells them apart; a
    // version only ever written inside identifiers (SHA256 of TLS_AES_128_GCM_SHA256) is not told apart.
    if (score < 0.5 && !t.han && t.tokens === 1 && t.pieces < t.count && versions.has(key)) score = 0.5;
    if (t.han && isQuantifiedPhrase(t.surface)) score = 0;
    // Known terms are corroborated by frequency even when the statistics alone would not propose them.
    if (score === 0 && known.has(key) && t.count >= 2) score = 0.25;
    if (score === 0) continue;
    const { note, block, index } = t.first;
    const excerpt = `${block.text.slice(Math.max(0, index - 15), index + t.surface.length + 15)} (${t.count}× in ${t.notes.size} note${t.notes.size > 1 ? 's' : ''})`;
    // The surface stays the first occurrence's (the rules above and resolve's judge it); the label reads proseSpelling.
    const spelled = showsCase(t) ? { proseSpelling: t.spelling } : undefined;
    candidates.push(candidateOf(t.surface, detectLang(t.surface), 'statistical', [], score, provenanceAt('statistical', note, block, index, excerpt), spelled));
  }
  return { candidates, counts: { count: (key) => tallies.get(key)?.count ?? 0 } };
}

/** Characters of the blocks cut in one call (see Segmenter.cutBlockEnds): enough that the per-call cost vanishes, few enough that the batch's arrays stay small. */
const BATCH_CHARS = 1 << 14;

/** Counts every block of every note, in order; returns the number of word tokens. */
function countAll(notes: Note[], jieba: Segmenter, counter: SpanCounter): number {
  let total = 0;
  if (!jieba.cutBlockEnds) {
    for (const note of notes) {
      counter.startNote(note);
      for (const block of note.blocks) total += counter.countBlock(block);
    }
    return total;
  }
  // The blocks of consecutive notes are cut in batches, and counted from their batch's token ranges.
  const blocks: Block[] = [];
  const owners: Note[] = [];
  const texts: string[] = [];
  let chars = 0;
  const countBatch = () => {
    const cut = jieba.cutBlockEnds!(texts);
    for (let i = 0; i < blocks.length; i++) {
      if (i === 0 || owners[i] !== owners[i - 1]) counter.startNote(owners[i]);
      total += counter.countBlock(blocks[i], cut, i);
    }
    blocks.length = owners.length = texts.length = chars = 0;
  };
  for (const note of notes) {
    // startNote runs once per note, also for a note without blocks (it numbers the notes).
    if (note.blocks.length === 0) {
      if (blocks.length) countBatch();
      counter.startNote(note);
    }
    for (const block of note.blocks) {
      blocks.push(block);
      owners.push(note);
      texts.push(block.text);
      chars += block.text.length;
      if (chars >= BATCH_CHARS) countBatch();
    }
  }
  if (blocks.length) countBatch();
  return total;
}

const TITLE_WORD = /^[A-Z][a-z]+$/u;
const AFTER_NAME = /(?:^|[^A-Za-z])[A-Z][a-z]+\s+(?:[A-Z]\.\s*)?$/u;
/**
 * Whether AFTER_NAME may match the text before `at`: what it requires there, read backwards — whitespace, or a
 * capital initial and its dot (and whitespace before it), then a lower-case letter. A Titlecase word after a
 * sentence's full stop or after punctuation, most of them, is then not sliced and matched.
 */
function mayFollowName(text: string, at: number): boolean {
  let j = at - 1;
  while (j >= 0 && isSpace(text.charCodeAt(j))) j--;
  if (j === at - 1 || codeAt(text, j) === 46) {
    // No whitespace, or a dot: only an initial (`P.`) after whitespace may end the match.
    if (codeAt(text, j) !== 46 || !isUpper(codeAt(text, j - 1)) || !isSpace(codeAt(text, j - 2))) return false;
    j -= 2;
    while (j >= 0 && isSpace(text.charCodeAt(j))) j--;
  }
  const c = codeAt(text, j);
  return c >= 97 && c <= 122;
}

/** `\s` of a `u` regex: ECMAScript's white space and line terminators. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * text.charCodeAt(i), but -1 (no letter, digit, space or punctuation) outside the text, where charCodeAt's NaN would
 * deoptimise the caller ("out of bounds") the first time a word at either end of a block is looked around.
 */
function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}

function isUpper(c: number): boolean {
  return c >= 65 && c <= 90;
}

/** A Titlecase word and a joining word before (Bag of, Learning to, Wide &) or after (of Words, & Deep). */
const JOINED_BEFORE = /(?:^|[^A-Za-z])[A-Z][A-Za-z]*\s+(?:of|to|&)\s+$/u;
const JOINED_AFTER = /^\s+(of|to|&)\s+[A-Z]/u;
/** `from Python to Rust`: a range of two names, not one name joined by `to`. */
const FROM_BEFORE = /\bfrom\s+$/u;
const FROM_RANGE = /\bfrom\s+[A-Z][A-Za-z]*\s+to\s+$/u;

/**
 * A Titlecase word inside a Title-Case name joined by of/to/& (Words in Bag of Words, Rank in Learning to Rank,
 * Wide in Wide & Deep) is a piece of that name, unless `from … to` makes the two a range (from Python to Rust); a
 * space opens the joining word on either side, so only such words pay for the tests.
 */
function inJoinedName(text: string, at: number, length: number): boolean {
  const end = at + length;
  // The joining word's last letter before the spaces (of, to, &) and its first after them: only then is text sliced
  // and matched, not at every Titlecase word between spaces.
  if (codeAt(text, at - 1) === 32 && isJoinerEnd(codeAt(text, skipSpacesBack(text, at - 1)))) {
    const before = text.slice(Math.max(0, at - 30), at);
    if (JOINED_BEFORE.test(before) && !FROM_RANGE.test(before)) return true;
  }
  if (codeAt(text, end) !== 32 || !isJoinerStart(codeAt(text, skipSpaces(text, end)))) return false;
  const joined = JOINED_AFTER.exec(text.slice(end, end + 6));
  return joined !== null && !(joined[1] === 'to' && FROM_BEFORE.test(text.slice(Math.max(0, at - 6), at)));
}

/** The last letter of `of`, `to` or `&`. */
function isJoinerEnd(c: number): boolean {
  return c === 0x66 || c === 0x6f || c === 0x26;
}

/** The first letter of `of`, `to` or `&`. */
function isJoinerStart(c: number): boolean {
  return c === 0x6f || c === 0x74 || c === 0x26;
}

/** The index of the last character at or before `i` that is not whitespace (isSpace); -1 when there is none. */
function skipSpacesBack(text: string, i: number): number {
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  return i;
}

/** The index of the first character at or after `i` that is not whitespace (isSpace); text.length when there is none. */
function skipSpaces(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/**
 * Whether text[at, at + length) is glued by an underscore or a hyphen to more letters or digits: a piece of a code
 * identifier (configUSE of configUSE_PREEMPTION) or of a joined cipher or option string (SHA256 of `…-GCM-SHA256:`),
 * which names nothing on its own. Names jieba split at a hyphen (Hyper-V, VT-x) were joined back before counting.
 */
function identifierPiece(text: string, at: number, length: number): boolean {
  const before = codeAt(text, at - 1);
  const after = codeAt(text, at + length);
  if (before === 95 || after === 95) return true;
  return (before === 45 && isAlnum(codeAt(text, at - 2))) || (after === 45 && isAlnum(codeAt(text, at + length + 1)));
}

/** A digit right after `at` (one space allowed): the word is the first half of a numbered name (Ring 0). */
function numberFollows(text: string, at: number): boolean {
  let c = codeAt(text, at);
  if (c === 32) c = codeAt(text, at + 1);
  return c >= 48 && c <= 57;
}

/** Latin single words: names in Chinese prose; in English prose only capitalised mid-sentence or abbreviations. */
function isName(t: Tally): boolean {
  if (EN_STOP.has(t.surface.toLowerCase()) || t.surface.length < 2) return false;
  if (isAbbreviation(t.surface) || isCamelCase(t.surface)) return true;
  // Chinese prose has no English sentence around a Latin word to make it a plain word: written mostly there, in
  // paragraphs and outside code, a lower-case word is a term or a name too (leader, rebalance, segment). Short
  // ones (id, key, log, vs) are too often variables and abbreviations of the prose itself.
  if (t.hanProse >= 2 && t.hanProse * 2 > t.count && t.surface.length >= HAN_PROSE_MIN_LENGTH) return true;
  return t.capitalised / t.count >= 0.6;
}

/** Fewest letters of a lower-case word that Chinese prose alone makes a name (see isName). */
const HAN_PROSE_MIN_LENGTH = 4;

/**
 * Whether the word at text[at, at + length) stands alone among Chinese: the nearest characters on both sides (spaces
 * skipped) are Han or Chinese punctuation, or the text's ends. A word beside other Latin text, in quotes or in a
 * gloss (（process containers）, （sift）) belongs to an English phrase.
 */
function amidHan(text: string, at: number, length: number): boolean {
  let i = at - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  let j = at + length;
  while (j < text.length && text.charCodeAt(j) === 32) j++;
  // Inside full-width parentheses the word glosses the term before them; before them it is the term glossed.
  return (i < 0 || (chineseSide(text.charCodeAt(i)) && text.charCodeAt(i) !== 0xff08)) && (j >= text.length || (chineseSide(text.charCodeAt(j)) && text.charCodeAt(j) !== 0xff09));
}

/**
 * Whether the occurrence text[at, end) of a Latin term in `block` shows how the writer spells the term. Lower case and
 * capitals inside a word (gRPC, CUDA) are chosen wherever they stand; a leading capital only mid-sentence (after a
 * letter, digit or comma), and not beside another capitalised word, whose name it may belong to (Cumulative Layout
 * Shift): a sentence, a list item, a table cell or a colon capitalises whatever opens it. Headings capitalise by
 * convention, and code, URLs and identifier pieces (`git commit`, config_KEY) spell a command, not the prose.
 * `first` is the occurrence's first token; `inRun`: the occurrence lies inside one linkable run (inRuns).
 */
function showsSpelling(block: Block, at: number, end: number, first: Token, inRun: boolean): boolean {
  if (block.kind === 'heading' || !inRun || identifierPiece(block.text, at, end - at)) return false;
  if (!first.upper || first.innerCapital) return true;
  return midSentence(block.text, at) && !capitalisedBeside(block.text, at, end);
}

/** The character before `at`, spaces skipped, is a letter, a digit or a comma (Latin or Chinese): inside a sentence. */
function midSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && isSpace(text.charCodeAt(i))) i--;
  if (i < 0) return false;
  const c = text.charCodeAt(i);
  if (c === 44 || c === 0xff0c || c === 0x3001) return true;
  return isAlnum(c) || (c >= 0xc0 && /[\p{L}\p{N}]/u.test(text[i]));
}

/** The word before `at` or after `end` (one space between) opens with a capital. */
function capitalisedBeside(text: string, at: number, end: number): boolean {
  let i = at - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  let start = i;
  while (start > 0 && isAlnum(text.charCodeAt(start - 1))) start--;
  if (i < at - 1 && start <= i && isUpper(text.charCodeAt(start))) return true;
  let j = end;
  while (j < text.length && text.charCodeAt(j) === 32) j++;
  return j > end && isUpper(codeAt(text, j));
}

/**
 * Whether the tally's prose spelling is evidence enough to spell its label. Lower case must be written at least as
 * often as the capital is anywhere in prose: openings of sentences, items and cells are a small share of a common word's uses,
 * so a word mostly capitalised there and seldom lower case (Go, and the verb go twice) is a name.
 */
function showsCase(t: Tally): boolean {
  if (t.spelled === 0) return false;
  return isUpper(t.spelling.charCodeAt(0)) || t.spelled >= t.opensUpper;
}

/** Han, or Chinese punctuation. */
function chineseSide(c: number): boolean {
  return (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff);
}

/** Whether block.text[at, at + length) lies inside one linkable run (not code, a URL or link text). */
function inRuns(block: Block, at: number, length: number): boolean {
  const runs = block.runs;
  for (let i = 0; i < runs.length; i++) if (at >= runs[i].at && at + length <= runs[i].at + runs[i].length) return true;
  return false;
}

/**
 * Whether block.text[at, at + length) is a piece of a code expression: outside every linkable run, in a stretch of
 * code that holds more than the word (`a -> Int`, `IO String`, `putStrLn "name?" >> getLine`, `{job="api"}`). A
 * word of an expression is a type, a variable or a value the expression uses, not a name the prose mentions; a
 * word that fills its code span (`HashMap`, `setTimeout()`, `Box<T>`) names what it is.
 */
function inCodeExpression(block: Block, at: number, length: number): boolean {
  const runs = block.runs;
  let from = 0;
  let to = block.text.length;
  for (let i = 0; i < runs.length; i++) {
    const start = runs[i].at;
    const end = start + runs[i].length;
    if (at >= start && at + length <= end) return false;
    if (end <= at && end > from) from = end;
    if (start >= at + length && start < to) to = start;
  }
  return !CODE_NAME.test(block.text.slice(from, to));
}

/** A code span that is one name: the word, maybe called without arguments or given type parameters (`Arc<Mutex<T>>`). */
const CODE_NAME = /^\s*[^\s()<>]+(?:\(\)|<.*>)?\s*$/u;

/** Internal capitals (ReplicaSet, VirtualBox, OverlayFS, gVisor) or letters and a version digit (IPv6, ext4): a coined name. */
function isCamelCase(word: string): boolean {
  return (/^[A-Za-z]+$/u.test(word) && /[a-z][A-Z]/u.test(word)) || /^[A-Za-z]*[A-Z][A-Za-z]*\d+$|^[a-z]{2,}\d+$/u.test(word);
}

/**
 * One distinct token (word + tag) of the vault, with everything the counting loop asks of it computed once:
 * the loop runs per token (millions on a large vault) over a few thousand distinct words, so a regex or set
 * lookup per token is replaced by a field read on this record.
 */
class Token {
  /** Numbers the distinct tokens of one SpanCounter (keys of its span map). */
  declare readonly id: number;
  declare readonly word: string;
  declare readonly tag: string;
  /** May be part of a term: a term-like tag, not a Chinese boundary word, not an English stop-word. */
  declare readonly termish: boolean;
  /** Whitespace only. */
  declare readonly space: boolean;
  /** Whitespace only or empty (`!word.trim()`). */
  declare readonly blank: boolean;
  /** Han characters in a non-Latin token: a span containing it is a Chinese span. */
  declare readonly han: boolean;
  /** Any Han character (hasHan), whatever the tag: a block holds Han exactly when one of its tokens does. */
  declare readonly hanChars: boolean;
  /** A Latin word with a capital letter. */
  declare readonly capital: boolean;
  /** Holds sentence-ending punctuation. */
  declare readonly sentenceEnd: boolean;
  /** A preposition (基于, 从, 在). */
  declare readonly prep: boolean;
  /** `'` or `’`. */
  declare readonly apostrophe: boolean;
  /** s, t, d, m, ll, re, ve: after an apostrophe, a possessive or a contraction. */
  declare readonly clitic: boolean;
  /** A one-character Han classifier (集, 段, 片, 位): right after a noun or verb it is a suffix (训练集, 报文段). */
  declare readonly measure: boolean;
  /** A Han verb of two or more characters (验证, 测试): the stem a classifier suffix may nominalise (验证集). */
  declare readonly verbStem: boolean;
  /** Occurrences of a verb stem in the vault's prose (counted only for verb stems): see boundVerb. */
  declare uses: number;
  declare readonly determiner: boolean;
  declare readonly startsAlnum: boolean;
  declare readonly endsAlnum: boolean;
  /** `-` or `.`: joins two Latin words (Hyper-V, node.js). */
  declare readonly joiner: boolean;
  /** Ends in a hyphen after a letter or digit (`Hyper-`, `VT-x`): the next word may continue it. */
  declare readonly hyphenTail: boolean;
  declare readonly hasSpace: boolean;
  /** A capital after the first character (gRPC, CUDA): a spelling the writer chose wherever it stands (showsSpelling). */
  declare readonly innerCapital: boolean;
  /** Latin shape, for shapeBreak: Titlecase start, lower case throughout, capital start. */
  declare readonly title: boolean;
  declare readonly lower: boolean;
  declare readonly upper: boolean;
  /** Lower-case letters only. */
  declare readonly letters: boolean;
  /** Titlecase word (`Goldberg`): may be a surname. */
  declare readonly titleWord: boolean;
  /** The span made of this token alone, created when first counted. */
  declare span: SpanNode | undefined;

  constructor(word: string, given: string, id: number) {
    const tag = given === 'x' && LATIN_JOINED.test(word) ? 'eng' : given;
    const eng = tag === 'eng';
    const capital = /[A-Z]/u.test(word);
    const hanChars = hasHan(word);
    this.id = id;
    this.word = word;
    this.tag = tag;
    // Generic English nouns (index, level, system) may head a term (inverted index); only function words break a run.
    this.termish = (TERMISH.has(tag) || rareAdjective(word, tag)) && !ZH_BOUNDARY.has(word) && !(eng && EN_FUNCTION_WORDS.has(word.toLowerCase()));
    this.space = /^\s+$/u.test(word);
    this.blank = !word.trim();
    this.han = !eng && hanChars;
    this.hanChars = hanChars;
    this.capital = eng && capital;
    this.sentenceEnd = SENTENCE_END.test(word);
    this.prep = tag === 'p';
    this.apostrophe = word === "'" || word === '\u2019';
    this.clitic = /^(?:s|t|d|m|ll|re|ve)$/u.test(word);
    // 个 is left out: it follows nouns only in slips and counts (进程个数 is 个数).
    this.measure = tag === 'q' && word.length === 1 && word !== '个' && hasHan(word);
    this.verbStem = tag === 'v' && word.length >= 2 && hasHan(word);
    this.uses = 0;
    this.determiner = DETERMINER.test(word);
    this.startsAlnum = isAlnum(word.charCodeAt(0));
    this.endsAlnum = isAlnum(word.charCodeAt(word.length - 1));
    // A hyphen, dot or slash between letters joins a name jieba split (Hyper-V, VT-x, TCP/IP).
    this.joiner = word === '-' || word === '.' || word === '/';
    this.hyphenTail = /[A-Za-z0-9]-[A-Za-z0-9]*$/u.test(word);
    this.hasSpace = /\s/u.test(word);
    this.title = /^[A-Z][a-z]/u.test(word);
    this.lower = /^[a-z]/u.test(word) && !capital;
    this.upper = /^[A-Z]/u.test(word);
    this.innerCapital = /.[A-Z]/u.test(word);
    this.letters = /^[a-z]+$/u.test(word);
    this.titleWord = TITLE_WORD.test(word);
    this.span = undefined;
  }
}

/**
 * A distinct sequence of 1–3 tokens, reached from its first token, then by (span number, next token number) in a
 * PairMap: counting a span is a walk of integer-keyed lookups instead of building its surface string and hashing
 * it at every occurrence.
 * Different sequences may spell one surface (虚拟|机 and 虚拟机): they share its tally.
 */
class SpanNode {
  /** Numbers the distinct spans of one SpanCounter (keys of its span map). */
  declare readonly id: number;
  declare readonly surface: string;
  declare readonly han: boolean;
  /** Longer than a term can be: neither it nor any longer span from the same start is counted. */
  declare readonly tooLong: boolean;
  /** Undefined for a span that is not counted (a single stop-word or Han character). */
  declare readonly tally: Tally | undefined;

  constructor(id: number, surface: string, han: boolean, tooLong: boolean, tally: Tally | undefined) {
    this.id = id;
    this.surface = surface;
    this.han = han;
    this.tooLong = tooLong;
    this.tally = tally;
  }
}

const SENTENCE_END = /[.!?。！？]/u;

/** A Latin word with inner hyphens or dots that jieba returns whole but tags `x` (SHA-256, SHA-1): a word all the same. */
const LATIN_JOINED = /^[A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)+$/u;

/**
 * A Han word jieba tags as an adjective but that general Chinese hardly uses (冗余 in 空间冗余, 时间冗余): jieba's tag
 * of a rare word is a guess, and in technical prose such a word is mostly the noun of a term.
 */
function rareAdjective(word: string, tag: string): boolean {
  return tag === 'a' && word.length >= 2 && hasHan(word) && backgroundFrequency(word) < COMMON_FREQUENCY;
}

/**
 * A map keyed by two non-negative integers, in an open-addressing table: a lookup hashes two integers, where a Map
 * keyed by a string or an object hashes that and probes a general table. Used per token (two-unit words) and per
 * span (the next token of a span), millions of times a vault.
 */
class PairMap<T> {
  private first = new Int32Array(1 << 12);
  private second = new Int32Array(1 << 12);
  private values: Array<T | undefined> = new Array<T | undefined>(1 << 12).fill(undefined);
  /** 32 − log2(capacity): the multiplicative hash keeps the top bits. */
  private shift = 20;
  private size = 0;

  get(a: number, b: number): T | undefined {
    const mask = this.values.length - 1;
    for (let slot = slotOf(a, b, this.shift); ; slot = (slot + 1) & mask) {
      const value = this.values[slot];
      if (value === undefined || (this.first[slot] === a && this.second[slot] === b)) return value;
    }
  }

  /** Adds a key that is not in the map. */
  set(a: number, b: number, value: T): void {
    if ((this.size + 1) * 2 > this.values.length) this.grow();
    const mask = this.values.length - 1;
    let slot = slotOf(a, b, this.shift);
    while (this.values[slot] !== undefined) slot = (slot + 1) & mask;
    this.first[slot] = a;
    this.second[slot] = b;
    this.values[slot] = value;
    this.size++;
  }

  private grow(): void {
    const { first, second, values } = this;
    this.first = new Int32Array(values.length * 2);
    this.second = new Int32Array(values.length * 2);
    this.values = new Array<T | undefined>(values.length * 2).fill(undefined);
    this.shift--;
    this.size = 0;
    for (let i = 0; i < values.length; i++) if (values[i] !== undefined) this.set(first[i], second[i], values[i]!);
  }
}

function slotOf(a: number, b: number, shift: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 1, 0x85ebca6b)) >>> shift;
}

/**
 * Tokens of three code units or more, looked up by the code units of text[from, to) where the cut found them: the
 * lookup hashes the units in place, so a token occurrence costs no string (nor V8's hash of a fresh string), only a
 * new distinct token does. Open addressing; the stored token's word is compared with the range.
 */
class RangeMap {
  private hashes = new Int32Array(1 << 12);
  private values: Array<Token | undefined> = new Array<Token | undefined>(1 << 12).fill(undefined);
  private size = 0;

  get(text: string, from: number, to: number): Token | undefined {
    const hash = hashRange(text, from, to);
    const mask = this.values.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const value = this.values[slot];
      if (value === undefined || (this.hashes[slot] === hash && spells(value.word, text, from, to))) return value;
    }
  }

  /** Adds a token whose word is not in the map. */
  set(token: Token): void {
    if ((this.size + 1) * 2 > this.values.length) this.grow();
    const hash = hashRange(token.word, 0, token.word.length);
    const mask = this.values.length - 1;
    let slot = hash & mask;
    while (this.values[slot] !== undefined) slot = (slot + 1) & mask;
    this.hashes[slot] = hash;
    this.values[slot] = token;
    this.size++;
  }

  private grow(): void {
    const values = this.values;
    this.hashes = new Int32Array(values.length * 2);
    this.values = new Array<Token | undefined>(values.length * 2).fill(undefined);
    this.size = 0;
    for (let i = 0; i < values.length; i++) if (values[i] !== undefined) this.set(values[i]!);
  }
}

/** Whether text[from, to) is `word`, compared by code units: a call of startsWith per token cost more than the loop. */
function spells(word: string, text: string, from: number, to: number): boolean {
  if (word.length !== to - from) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(from + i)) return false;
  return true;
}

/** FNV-1a over the code units of text[from, to), its bits mixed so that the low ones serve as a slot. */
function hashRange(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) ^ (h >>> 13);
}

/**
 * Tallies every term-shaped span of the vault's blocks, one block at a time. Tokens and spans are interned for
 * one call of statisticalCandidates only (per word and per ≤3-word span, never per text).
 */
class SpanCounter {
  readonly bySurface = new Map<string, Tally>();
  /**
   * Tokens tagged by the segmenter's tagOf (the tag is a function of the word): one-character words by code
   * unit, two-character words by first then second code unit, longer words by string.
   */
  private readonly byChar: Array<Token | undefined> = new Array<Token | undefined>(0x10000).fill(undefined);
  private readonly byPair = new PairMap<Token>();
  /** Spans of two or more tokens by the number of the span they extend and the number of their last token. */
  private readonly spans = new PairMap<SpanNode>();
  private tokenNumbers = 0;
  private spanNumbers = 0;
  private readonly byWord = new RangeMap();
  /** Other tokens (joined Hyper-V, or a segmenter without tagOf), keyed by tag and word. */
  private readonly byTagged = new Map<string, Token>();
  /** The current block's tokens (hyphenated words joined), the first tokenCount of them; reused from block to block. */
  private readonly tokens: Token[] = [];
  private tokenCount = 0;
  /** The current run of term-like tokens: token, offset in the block, capitalised mid-sentence. */
  private readonly run: Token[] = [];
  private readonly runAt: number[] = [];
  private readonly runCapitalised: boolean[] = [];
  private runLength = 0;
  private runAfterPrep = false;
  /** The token that ends the current run is 的. */
  private runBeforeDe = false;
  private afterDetSpan = false;
  /** Numbers the notes as they come: a note id differing from the previous one is a new note. */
  private noteNumber = -1;
  private note!: Note;
  private readonly noteSets = new Map<string, NoteSet>();
  private block!: Block;
  private blockHan = false;

  private readonly tagOf: ((word: string) => string) | undefined;

  /** `keepIds` when a note id recurs after other notes: distinct notes must then be told apart by id. */
  constructor(
    private readonly jieba: Segmenter,
    private readonly keepIds: boolean,
  ) {
    this.tagOf = jieba.tagOf?.bind(jieba);
  }

  /** The blocks counted next belong to `note`. */
  startNote(note: Note): void {
    if (this.noteNumber < 0 || note.id !== this.note.id) this.noteNumber++;
    this.note = note;
  }

  /**
   * Segments one block once and tallies every term-shaped span; returns the number of word tokens. `cut`: the
   * block's batch when the caller cut it already (Segmenter.cutBlockEnds), the block being its text number `i`.
   */
  countBlock(block: Block, cut?: BlockEnds, i = 0): number {
    this.block = block;
    this.runLength = 0;
    // segmentRanges learns blockHan from the tokens it reads anyway, instead of a second scan of the text.
    const count = cut ? this.segmentRanges(cut, i) : this.segment(block.text);
    if (!cut) this.blockHan = hasHan(block.text);
    const tokens = this.tokens;
    let index = 0;
    let words = 0;
    let sentenceStart = true;
    let runAfterDet = false;
    // The last non-blank token (none at the start of the block).
    let prev: Token | undefined;
    for (let k = 0; k < count; k++) {
      const token = tokens[k];
      const at = index;
      index += token.word.length;
      if (token.space && this.runLength && this.run[this.runLength - 1].endsAlnum) continue; // Solaris Zones
      // A classifier glued to the noun or verb before it is a suffix, not a count: 训练|集, 验证|集, 报文|段 are
      // terms jieba split (after a numeral or a demonstrative it counts: 一|集, 这|段, and stays out).
      // `victim's browser`, `don't`: the letters after an apostrophe are a clitic, not a word of a term.
      if (token.clitic && k > 0 && tokens[k - 1].apostrophe) {
        if (this.runLength) this.flush();
        continue;
      }
      let suffix = false;
      if (token.measure && k > 0) {
        const before = tokens[k - 1];
        if (before.han && (before.termish || before.verbStem)) {
          suffix = true;
          if (!this.runLength && !before.termish) {
            this.push(before, at - before.word.length, false);
            this.runAfterPrep = false;
          }
        }
      }
      if (token.termish || suffix) {
        words++;
        // Latin names keep one shape: `Docker Engine itself`, `Docker runs` end where the prose starts.
        // …except after a determiner: `the Docker client`, `the Linux kernel` is a name + its head noun (a named
        // kind), ended right after the noun (`the Docker client talks`).
        let closeAfter = false;
        if (this.runLength && shapeBreak(this.run[this.runLength - 1], token)) {
          if (this.runLength === 1 && runAfterDet && this.run[0].title && token.letters) closeAfter = true;
          else this.flush();
        }
        if (!this.runLength) {
          this.runAfterPrep = !!prev?.prep;
          runAfterDet = !!prev?.determiner;
        }
        this.push(token, at, token.capital && (!sentenceStart || this.blockHan));
        sentenceStart = false;
        prev = token;
        if (closeAfter) {
          this.afterDetSpan = true;
          this.flush();
          this.afterDetSpan = false;
        }
        continue;
      }
      if (!token.blank) {
        words++;
        prev = token;
      }
      // A verb stem right before a Han noun may modify it (守护|进程, 延迟|队列, Docker|守护|进程, 状态|转移|方程): it opens
      // a run or the run goes on; no span ends with the verb, and one holding it is kept only if the verb is bound to
      // what follows it (boundVerb).
      if (token.verbStem) {
        token.uses++;
        if (modifiesNext(tokens, k, count)) {
          if (!this.runLength) this.runAfterPrep = false;
          this.push(token, at, false);
          sentenceStart = false;
          continue;
        }
      }
      if (this.runLength) {
        this.runBeforeDe = token.word === '的';
        this.flush();
        this.runBeforeDe = false;
      }
      sentenceStart = token.sentenceEnd || (sentenceStart && token.blank);
    }
    this.flush();
    return words;
  }

  /** Fills this.tokens with the tokens of text number `i` of a cut batch (tagged per distinct word); returns how many. */
  private segmentRanges(cut: BlockEnds, i: number): number {
    this.tokenCount = 0;
    const { text, ends } = cut;
    const stop = cut.stop[i];
    let start = cut.first[i] > 0 ? ends[cut.first[i] - 1] : 0;
    // The tokens cover the block's text (jieba's U+FFFD for a lone surrogate is no Han either way).
    let han = false;
    for (let k = cut.first[i]; k < stop; k++) {
      const token = this.tokenAt(text, start, ends[k]);
      start = ends[k];
      if (token.hanChars) han = true;
      if (token.tag === 'x' && token.han && token.word.length === 2 && this.splitsClassifier(token)) continue;
      const next = token.joiner && k + 1 < stop ? this.tokenAt(text, start, ends[k + 1]) : undefined;
      if (this.append(token, next)) {
        if (next!.hanChars) han = true;
        k++;
        start = ends[k];
      }
    }
    this.blockHan = han;
    return this.tokenCount;
  }

  /** Fills this.tokens with the block's tokens (cut once, tagged per distinct word); returns how many. */
  private segment(text: string): number {
    this.tokenCount = 0;
    if (this.tagOf) {
      const words = this.jieba.cut(text);
      for (let i = 0; i < words.length; i++) {
        const token = this.wordToken(words[i]);
        if (token.tag === 'x' && token.han && token.word.length === 2 && this.splitsClassifier(token)) continue;
        if (this.append(token, token.joiner && i + 1 < words.length ? this.wordToken(words[i + 1]) : undefined)) i++;
      }
    } else {
      const tagged = this.jieba.tag(text);
      for (let i = 0; i < tagged.length; i++) {
        const token = this.taggedToken(tagged[i].word, tagged[i].tag);
        const next = tagged[i + 1];
        if (this.append(token, token.joiner && next ? this.taggedToken(next.word, next.tag) : undefined)) i++;
      }
    }
    return this.tokenCount;
  }

  /**
   * Appends `token`, except where jieba split Hyper-V, VT-x, kube-apiserver at the hyphen: a hyphen or dot
   * between letters joins the words back. `next` is the following token when `token` is a joiner.
   * Returns true when `next` was consumed too.
   */
  private append(token: Token, next: Token | undefined): boolean {
    const last = this.tokenCount - 1;
    const prev = last >= 0 ? this.tokens[last] : undefined;
    if (prev && next && prev.endsAlnum && next.startsAlnum && (prev.tag === 'eng' || next.tag === 'eng')) {
      this.tokens[last] = this.taggedToken(prev.word + token.word + next.word, 'eng');
      return true;
    }
    if (prev && prev.tag === 'eng' && token.startsAlnum && prev.hyphenTail && !token.hasSpace && token.tag !== 'x') {
      this.tokens[last] = this.taggedToken(prev.word + token.word, 'eng');
    } else this.tokens[this.tokenCount++] = token;
    return false;
  }

  /**
   * jieba's HMM glues a classifier suffix to the character after it when the pair is no word (训练|集里, 测试|集只):
   * after a noun or verb stem, such a pair is the suffix and a word of its own. Appends both and returns true.
   */
  private splitsClassifier(token: Token): boolean {
    const last = this.tokenCount - 1;
    const prev = last >= 0 ? this.tokens[last] : undefined;
    if (!prev || !prev.han || !(prev.termish || prev.verbStem)) return false;
    const first = this.wordToken(token.word.charAt(0));
    if (!first.measure) return false;
    this.tokens[this.tokenCount++] = first;
    this.tokens[this.tokenCount++] = this.wordToken(token.word.charAt(1));
    return true;
  }

  /** Appends a token to the current run of term-like tokens. */
  private push(token: Token, at: number, capitalised: boolean): void {
    this.run[this.runLength] = token;
    this.runAt[this.runLength] = at;
    this.runCapitalised[this.runLength] = capitalised;
    this.runLength++;
  }

  /** Occurrences of the verb stem `word` in the vault (0 for a word that is no verb stem). */
  verbUses(word: string): number {
    const token = word.length === 2 ? this.byPair.get(word.charCodeAt(0), word.charCodeAt(1)) : (this.byWord.get(word, 0, word.length) ?? this.byTagged.get(`v\u0000${word}`));
    return token?.verbStem ? token.uses : 0;
  }

  /** A new distinct token, numbered for the span map. */
  private makeToken(word: string, tag: string): Token {
    return new Token(word, tag, this.tokenNumbers++);
  }

  private wordToken(word: string): Token {
    return this.tokenAt(word, 0, word.length);
  }

  /** The token spelled by text[from, to): one of a word's occurrences, its string made only when the word is new. */
  private tokenAt(text: string, from: number, to: number): Token {
    // Most tokens have one code unit (spaces between English words, punctuation, 的, 是) or two (most Chinese
    // words): looked up by code units, they skip hashing.
    const length = to - from;
    if (length === 1) {
      const c = text.charCodeAt(from);
      return (this.byChar[c] ??= this.newToken(text, from, to));
    }
    if (length === 2) {
      const a = text.charCodeAt(from);
      const b = text.charCodeAt(from + 1);
      let token = this.byPair.get(a, b);
      if (!token) {
        token = this.newToken(text, from, to);
        this.byPair.set(a, b, token);
      }
      return token;
    }
    let token = this.byWord.get(text, from, to);
    if (!token) {
      token = this.newToken(text, from, to);
      this.byWord.set(token);
    }
    return token;
  }

  private newToken(text: string, from: number, to: number): Token {
    const word = text.slice(from, to);
    return this.makeToken(word, this.tagOf!(word));
  }

  private taggedToken(word: string, tag: string): Token {
    const key = `${tag}\u0000${word}`;
    let token = this.byTagged.get(key);
    if (!token) {
      token = this.makeToken(word, tag);
      this.byTagged.set(key, token);
    }
    return token;
  }

  /** Counts every span of 1–MAX_SPAN tokens of the current run, then empties it. */
  private flush(): void {
    for (let i = 0; i < this.runLength; i++) {
      let node: SpanNode | undefined;
      for (let n = 1; n <= MAX_SPAN && i + n <= this.runLength; n++) {
        node = this.spanNode(node, i, n);
        if (node.tooLong) break;
        if (node.tally && this.countable(i, n)) this.countSpan(node.tally, i, n);
      }
    }
    this.runLength = 0;
  }

  /**
   * Whether the span run[i..i+n) is counted. A verb modifies one noun (守护|进程): a span opening with it is that pair
   * (boundVerb judges it). No span ends with a verb (状态|转移 is a subject and its verb).
   */
  private countable(i: number, n: number): boolean {
    if (isVerb(this.run[i + n - 1])) return false;
    return !isVerb(this.run[i]) || n === 2;
  }

  /** The span of run[i..i+n) extending `parent` (run[i..i+n-1)), created at its first occurrence. */
  private spanNode(parent: SpanNode | undefined, i: number, n: number): SpanNode {
    const token = this.run[i + n - 1];
    let node = parent ? this.spans.get(parent.id, token.id) : token.span;
    if (node) return node;
    const surface = parent ? joinTwo(parent.surface, token.word) : token.word;
    const han = !!parent?.han || token.han;
    const tooLong = surface.length > (han ? 16 : 40);
    const counted = !tooLong && !(n === 1 && ((surface.length < 2 && han) || isStopWord(surface)));
    node = new SpanNode(this.spanNumbers++, surface, han, tooLong, counted ? this.tallyOf(surface, han, i, n) : undefined);
    if (parent) this.spans.set(parent.id, token.id, node);
    else token.span = node;
    return node;
  }

  private tallyOf(surface: string, han: boolean, i: number, n: number): Tally {
    let t = this.bySurface.get(surface);
    if (!t) {
      const parts = this.run.slice(i, i + n).map((s) => s.word);
      const key = normaliseKey(surface);
      let notes = this.noteSets.get(key);
      if (!notes) {
        notes = new NoteSet(this.keepIds);
        this.noteSets.set(key, notes);
      }
      t = new Tally(surface, key, n, notes, new FirstUse(this.note, this.block, this.runAt[i]), han, parts, this.bySurface.size);
      this.bySurface.set(surface, t);
    }
    return t;
  }

  /** One occurrence of the span run[i..i+n) spelling `t`. */
  private countSpan(t: Tally, i: number, n: number): void {
    const at = this.runAt[i];
    t.count++;
    if (this.runCapitalised[i]) t.capitalised++;
    if (i === 0 && this.runAfterPrep) t.afterPrep++;
    if (i + n === this.runLength && this.runBeforeDe) t.beforeDe++;
    if (n === 2 && i + 2 < this.runLength && isVerb(this.run[i]) && !isVerb(this.run[i + 2])) t.beforeNoun++;
    if (this.afterDetSpan && i === 0 && n === 2) t.afterDet++;
    // Whether the occurrence lies in a linkable run: asked below by three tests, looked up once.
    let inRun = false;
    if (n === 1 && !t.han) {
      const text = this.block.text;
      inRun = inRuns(this.block, at, t.surface.length);
      // `Ring 0`, `Type 1`, `Intel EPT`: a word followed by another Latin word or a number is part of a longer name.
      const afterName = this.run[i].titleWord && mayFollowName(text, at) && AFTER_NAME.test(text.slice(Math.max(0, at - 30), at));
      if (afterName) t.afterName++;
      const piece = identifierPiece(text, at, t.surface.length);
      if (piece) t.pieces++;
      if (!(i + 1 < this.runLength && this.run[i + 1].startsAlnum) && !numberFollows(text, at + t.surface.length) && !afterName && !piece && !(this.run[i].titleWord && inJoinedName(text, at, t.surface.length)) && (inRun || !inCodeExpression(this.block, at, t.surface.length))) t.alone++;
      if (this.blockHan && this.run[i].letters && this.block.kind === 'paragraph' && amidHan(text, at, t.surface.length) && inRun) t.hanProse++;
    }
    if (!t.han) {
      const last = i + n - 1;
      const end = this.runAt[last] + this.run[last].word.length;
      if (showsSpelling(this.block, at, end, this.run[i], n === 1 ? inRun : inRuns(this.block, at, end - at))) t.spelled++;
      if (this.run[i].upper && this.block.kind !== 'heading') t.opensUpper++;
    }
    if (this.blockHan) t.inHan++;
    const notes = t.notes;
    if (notes.last !== this.noteNumber) {
      notes.last = this.noteNumber;
      if (notes.ids) notes.size = notes.ids.add(this.note.id).size;
      else notes.size++;
    }
  }
}

/**
 * A name and a version number in one Latin token (IPv4, HTTP/2, HTTP/1.1, SHA-256): the name (two letters at
 * least, so v1/v2 or L1/L2 are not names) and the version.
 */
const VERSIONED = /^([A-Za-z][A-Za-z]*[A-Za-z](?:[/-]|v)?)(\d+(?:\.\d+)*)$/u;

/** Keys of the single-token Latin tallies whose name occurs with two or more different versions (also as modifiers: the SHA-1 hash). */
function versionFamilies(tallies: Map<string, Tally>): Set<string> {
  const byName = new Map<string, Set<string>>();
  const keysOf = new Map<string, string[]>();
  for (const [key, t] of tallies) {
    if (t.han || t.tokens !== 1) continue;
    const m = VERSIONED.exec(t.surface);
    if (!m) continue;
    (byName.get(m[1]) ?? byName.set(m[1], new Set()).get(m[1])!).add(m[2]);
    (keysOf.get(m[1]) ?? keysOf.set(m[1], []).get(m[1])!).push(key);
  }
  const out = new Set<string>();
  for (const [name, versions] of byName) if (versions.size >= 2) for (const key of keysOf.get(name)!) out.add(key);
  return out;
}

/** A note id that comes back after another note's: its notes are not one stretch, so ids must be compared. */
function revisitsNote(notes: Note[]): boolean {
  const seen = new Set<string>();
  for (let i = 0; i < notes.length; i++) {
    const id = notes[i].id;
    if (i > 0 && id !== notes[i - 1].id && seen.has(id)) return true;
    seen.add(id);
  }
  return false;
}

/**
 * Between two Latin words: a Titlecase word followed by a lower-case one (Engine itself, Images built), or a
 * lower-case word followed by a capitalised one (runs Docker). Acronyms may precede lower case (OCI runtime).
 */
function shapeBreak(left: Token, right: Token): boolean {
  return (left.title && right.lower) || (left.lower && right.upper);
}

/** Surface tallies → tallies by normalised key (Container/containers/CONTAINER are one), first occurrence kept. */
function mergeByKey(bySurface: Map<string, Tally>): Map<string, Tally> {
  const out = new Map<string, Tally>();
  for (const t of bySurface.values()) {
    const into = out.get(t.key);
    if (!into) {
      out.set(t.key, { ...t, spelling: t.surface });
      continue;
    }
    into.opensUpper += t.opensUpper;
    const first = t.seq < into.seq ? t : into;
    // The spelling written most where the writer chose it; ties and no evidence at all: the first surface.
    if (t.spelled > into.spelled || (t.spelled === into.spelled && t.seq < into.seq)) {
      into.spelling = t.surface;
      into.spelled = t.spelled;
    }
    into.count += t.count;
    into.capitalised += t.capitalised;
    into.alone += t.alone;
    into.pieces += t.pieces;
    into.afterName += t.afterName;
    into.afterPrep += t.afterPrep;
    into.beforeDe += t.beforeDe;
    into.beforeNoun += t.beforeNoun;
    into.afterDet += t.afterDet;
    into.inHan += t.inHan;
    into.hanProse += t.hanProse;
    into.surface = first.surface;
    into.first = first.first;
    into.parts = first.parts;
    into.tokens = first.tokens;
    into.seq = first.seq;
  }
  return out;
}

/** Words that place a thing in a sequence (the next level, the previous stage): a relation, not a kind of it. */
const ORDER_WORD = /^(?:next|previous|following|preceding)$/iu;

/**
 * The first word of a compound: a stop-word is no modifier (这个镜像, 使用容器), except a generic noun, which
 * may well be one (用户空间, 时间片): generic alone, not as a modifier.
 */
function modifierOk(word: string): boolean {
  if (ORDER_WORD.test(word)) return false;
  if (!isStopWord(word)) return true;
  return hasHan(word) && partOfSpeech(word) === 'n';
}

/**
 * A compound opening with a verb stem (守护进程, 延迟队列) is a term when the verb is bound to it: the compound recurs
 * and is at least half of the verb's uses in the vault. A verb that takes many objects (使用容器, 访问内存) is a predicate.
 * A verb before a classifier suffix (验证集, 训练集) is a term by that suffix alone.
 */
function boundVerb(t: Tally, counter: SpanCounter): boolean {
  const last = t.parts[t.parts.length - 1];
  if (t.parts.length === 2 && last.length === 1 && partOfSpeech(last) === 'q') return true;
  // A verb + noun mostly followed by another noun is a verb and the first word of its object.
  if (t.beforeNoun * 2 > t.count) return false;
  for (let j = 0; j < t.parts.length - 1; j++) {
    const uses = counter.verbUses(t.parts[j]);
    // A verb met once tells nothing; one of the most common verbs of general Chinese (决定, 选择) takes any object.
    if (uses > 0 && !(t.count >= 2 && t.count * 2 >= uses && backgroundFrequency(t.parts[j]) < PREDICATE_FREQUENCY)) return false;
  }
  return true;
}

/** A verb stem in a run (a classifier suffix's stem or the modifier of a noun), not a term-like token. */
function isVerb(token: Token): boolean {
  return token.verbStem && !token.termish;
}

/** The token after tokens[k] is a Han noun of two characters or more, which a verb stem at k may modify. */
function modifiesNext(tokens: readonly Token[], k: number, count: number): boolean {
  const next = k + 1 < count ? tokens[k + 1] : undefined;
  return !!next && next.termish && next.han && next.word.length >= 2;
}

/** jieba-dictionary frequency from which a verb is too common to be any compound's modifier. */
const PREDICATE_FREQUENCY = 5000;

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
function latinPhraseOk(t: Tally, known: Set<string>): boolean {
  if (t.han) return true;
  const words = t.surface.split(/\s+/u);
  if (words.every((w) => /^[A-Z0-9]/u.test(w))) return true;
  if (words.length === 2 && t.afterDet * 2 >= t.count) return true; // the Docker client
  if (!words.every((w) => !/[A-Z]/u.test(w))) return false;
  // A lower-case phrase recurs three times, or twice when it narrows a term the vault already has
  // (inverted index, clustered index under Indexes).
  return t.count >= 3 || known.has(normaliseKey(words[words.length - 1]));
}

/**
 * The head of a compound: no function word; a generic noun (system, level, index, type) only in an English
 * phrase, where it is the usual head of a term (isolation level, inverted index) — in Chinese the same check is
 * done by the modifier rule.
 */
function headOk(t: Tally, head: string): boolean {
  if (!isStopWord(head)) return true;
  return !t.han && !EN_FUNCTION_WORDS.has(head) && /^[a-z]{3,}$/u.test(head);
}


const DETERMINER = /^(?:the|a|an|this|that|each|every|its|their|our|your)$/iu;

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
