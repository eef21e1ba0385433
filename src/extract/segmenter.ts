/**
 * Chinese segmentation with @node-rs/jieba, chosen by measurement on the seed note repeated 100× (1.2 MB,
 * Node 20, one core): jieba 16–17 MB/s (`cut`, with or without HMM); Intl.Segmenter 4.8 MB/s and it splits
 * 虚拟化 → 虚拟|化, 镜像 → 镜|像是; jieba-wasm measured 4–5 MB/s in DESIGN.md.
 *
 * Speed: jieba's `tag()` runs at about 1 MB/s and building a Jieba costs 160–200 ms, so
 * - text is segmented with `cut()` only, and a token's part of speech is looked up per distinct word (jieba's
 *   dictionary tag, see background.ts; `eng`/`m`/`x` by shape; jieba's tagger only for words the dictionary
 *   lacks, memoised) — jieba's own posseg also tags a dictionary word by its dictionary entry;
 * - one Jieba per process, never mutated: the terms the pattern passes found (jieba alone splits
 *   虚拟机|监视器, 命名|空间, 写|时|复制) are a per-build user-word set that joins adjacent tokens back
 *   into the longest user word they spell. A build never sees words from another vault; output stays
 *   deterministic.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { backgroundEntry } from './background.js';
import { cutLatin, cutMixed, cutMixedEnds, isLatinOnly, mayBeDictionaryWord, TokenEnds } from './latin-cut.js';

export { backgroundFrequency, backgroundSize } from './background.js';

export interface TaggedWord {
  word: string;
  tag: string;
}

export interface Segmenter {
  cut(text: string): string[];
  /** cut() plus a part-of-speech tag per token (jieba's tag set). */
  tag(text: string): TaggedWord[];
  /**
   * The tag tag() gives a token cut() returned (a function of the word alone): callers that keep their own
   * per-word records cut() and tag each distinct word once, without an object per token.
   */
  tagOf?(word: string): string;
  /**
   * cut() of each text, all in one call into jieba (see cutTogether): the tokens of texts[i] are
   * words[starts[i], ends[i]). The caller keeps the batch small (a few tens of thousands of characters).
   */
  cutBlocks?(texts: readonly string[]): CutBlocks;
  /**
   * cutBlocks() as token ranges of the joined texts, for a caller that needs no string per token (see BlockEnds).
   * The result is valid until the segmenter's next cutBlockEnds() call, which reuses its arrays.
   */
  cutBlockEnds?(texts: readonly string[]): BlockEnds;
}

export interface CutBlocks {
  words: string[];
  starts: Int32Array;
  ends: Int32Array;
}

/**
 * The tokens of texts[i] are the ranges text[k ? ends[k - 1] : 0, ends[k]) for k in [first[i], stop[i]), where
 * `text` is the tokens joined, texts separated by SEPARATOR: the texts themselves, but for a lone surrogate, which
 * jieba returns as U+FFFD. The tokens cutBlocks() gives, without a string each.
 */
export interface BlockEnds {
  text: string;
  ends: Int32Array;
  first: Int32Array;
  stop: Int32Array;
}

let jieba: Jieba | undefined;
let base: Segmenter | undefined;
const posMemo = new Map<string, string>();
const POS_MEMO_LIMIT = 200_000;

function instance(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

/** Part of speech of one token, as jieba's tagger would give it for a word standing alone. */
export function partOfSpeech(word: string): string {
  const hit = posMemo.get(word);
  if (hit !== undefined) return hit;
  // A Latin word (most distinct tokens of a bilingual vault) is not searched for: the dictionary has none but five.
  let pos = mayBeDictionaryWord(word) ? backgroundEntry(word)?.tag : undefined;
  if (!pos) {
    if (/^[\p{Script=Latin}][\p{Script=Latin}\p{N}]*$/u.test(word) || /^\p{N}+\p{Script=Latin}[\p{Script=Latin}\p{N}]*$/u.test(word)) pos = 'eng';
    else if (/^\p{N}[\p{N}.．]*$/u.test(word)) pos = 'm';
    else if (/\p{Script=Han}/u.test(word)) {
      const tagged = instance().tag(word, true);
      pos = tagged.length === 1 ? tagged[0].tag : 'x';
    } else pos = 'x';
  }
  if (posMemo.size >= POS_MEMO_LIMIT) posMemo.clear();
  posMemo.set(word, pos);
  return pos;
}

/** The token ends baseSegmenter().cutBlockEnds() returns, reused from call to call. */
const baseEnds = new TokenEnds();

/** jieba with its stock dictionary only; shared, never mutated. */
export function baseSegmenter(): Segmenter {
  const cut = jiebaCut;
  base ??= {
    cut,
    tag: (text) => jiebaCut(text).map((word) => ({ word, tag: partOfSpeech(word) })),
    tagOf: partOfSpeech,
    cutBlocks: (texts) => cutTogether(texts, cut),
    cutBlockEnds: (texts) => cutTogetherEnds(texts, cut, undefined, baseEnds),
  };
  return base;
}

/**
 * Texts joined by SEPARATOR are cut in one call: each call into jieba costs a fixed overhead (the string crosses
 * into Rust, the result array is built), which for short blocks weighed about a fifth of the cut. jieba segments
 * each run of Han/alphanumeric characters on its own and emits every other character that is not whitespace as
 * a token by itself, so SEPARATOR (neither) is a token of its own and no token spans two texts: the tokens are
 * each text's tokens, in order, with a SEPARATOR between them. If they ever did not line up with the texts,
 * each text is cut on its own instead. Texts without CJK characters are not sent to jieba at all (latin-cut.ts).
 */
const SEPARATOR = '\u0000';

function cutTogether(texts: readonly string[], cut: (text: string) => string[]): CutBlocks {
  const starts = new Int32Array(texts.length);
  const ends = new Int32Array(texts.length);
  const joined: number[] = [];
  const latin: number[] = [];
  for (let i = 0; i < texts.length; i++) (isLatinOnly(texts[i]) ? latin : joined).push(i);
  let words: string[] = [];
  if (joined.length === 1) words = cut(texts[joined[0]]);
  else if (joined.length > 1) words = cut(joined.map((i) => texts[i]).join(SEPARATOR));
  if (!lineUp(words, texts, joined, starts, ends)) {
    words = [];
    for (const i of joined) append(words, cut(texts[i]), i, starts, ends);
  }
  for (const i of latin) append(words, cut(texts[i]), i, starts, ends);
  return { words, starts, ends };
}

/** Appends the tokens of texts[i] to `words` and records where they are. */
function append(words: string[], tokens: readonly string[], i: number, starts: Int32Array, ends: Int32Array): void {
  starts[i] = words.length;
  for (let k = 0; k < tokens.length; k++) words.push(tokens[k]);
  ends[i] = words.length;
}

/**
 * Fills starts/ends of the texts numbered by `joined` with where their tokens are in `words` (their cut, joined by
 * SEPARATOR); false when the tokens do not line up with the texts.
 */
function lineUp(words: readonly string[], texts: readonly string[], joined: readonly number[], starts: Int32Array, ends: Int32Array): boolean {
  let k = 0;
  for (let j = 0; j < joined.length; j++) {
    if (j > 0) {
      if (words[k] !== SEPARATOR) return false;
      k++;
    }
    const i = joined[j];
    starts[i] = k;
    const length = texts[i].length;
    let chars = 0;
    while (chars < length && k < words.length) chars += words[k++].length;
    if (chars !== length) return false;
    ends[i] = k;
  }
  return k === words.length;
}

/**
 * cutTogether as ranges: every text, those without CJK characters too, is joined by SEPARATOR and cut in one pass
 * (cutMixedEnds cuts a text without Han runs as cutLatin does, and sends jieba only the Han runs, as cutTogether
 * does), user words joined on the ranges. Where that cut fails or does not line up, the ranges are taken from
 * cutTogether's words, so the tokens are cutTogether's in every case.
 */
function cutTogetherEnds(texts: readonly string[], cut: (text: string) => string[], user: UserTrie | undefined, sink: TokenEnds): BlockEnds {
  const text = texts.join(SEPARATOR);
  sink.count = 0;
  const first = new Int32Array(texts.length);
  const stop = new Int32Array(texts.length);
  if (cutMixedEnds(text, cutHan, sink)) {
    if (user) sink.count = joinUserEnds(text, sink.ends, sink.count, user);
    if (lineUpEnds(texts, sink, first, stop)) return { text, ends: sink.ends, first, stop };
  }
  // The text is rebuilt from the words: jieba returns a lone surrogate as U+FFFD, so they may differ from the texts.
  sink.count = 0;
  const { words, starts, ends } = cutTogether(texts, cut);
  const parts: string[] = [];
  let at = 0;
  for (let i = 0; i < texts.length; i++) {
    if (i > 0) {
      parts.push(SEPARATOR);
      sink.push(++at);
    }
    first[i] = sink.count;
    for (let k = starts[i]; k < ends[i]; k++) {
      parts.push(words[k]);
      sink.push((at += words[k].length));
    }
    stop[i] = sink.count;
  }
  return { text: parts.join(''), ends: sink.ends, first, stop };
}

/**
 * Fills first/stop with the tokens of each text; false unless every text's tokens end at its end and a SEPARATOR
 * token of its own lies between two texts (as lineUp requires of words).
 */
function lineUpEnds(texts: readonly string[], sink: TokenEnds, first: Int32Array, stop: Int32Array): boolean {
  const { ends, count } = sink;
  let k = 0;
  let at = 0;
  for (let i = 0; i < texts.length; i++) {
    if (i > 0) {
      if (k >= count || ends[k] !== at + 1) return false;
      k++;
      at++;
    }
    first[i] = k;
    const end = at + texts[i].length;
    while (k < count && ends[k] <= end) k++;
    if ((k > first[i] ? ends[k - 1] : at) !== end) return false;
    stop[i] = k;
    at = end;
  }
  return k === count;
}

/**
 * jieba's cut with HMM; computed in JS for a text without CJK characters, where it reduces to fixed rules, and
 * outside the Han runs of any other text (see cutMixed).
 */
function jiebaCut(text: string): string[] {
  if (isLatinOnly(text)) return cutLatin(text);
  return cutMixed(text, cutHan) ?? instance().cut(text, true);
}

function cutHan(runs: string): string[] {
  return instance().cut(runs, true);
}

/** The stock segmenter plus `words` kept whole (tagged `n`, as a user dictionary would). */
export function segmenterWith(words: Iterable<string>): Segmenter {
  const userWords = new Set([...words].map((w) => w.trim()).filter((w) => w && !/\s/u.test(w)));
  if (userWords.size === 0) return baseSegmenter();
  const user = userTrie(userWords);
  const cut = (text: string): string[] => joinUserWords(jiebaCut(text), user);
  const ends = new TokenEnds();
  // A batch is joined like a block: no user word holds SEPARATOR, so none is joined across two texts.
  // One lookup per token: this build's user words and the shared tags, memoised together.
  const tags = new Map<string, string>();
  const tagOf = (word: string): string => {
    let pos = tags.get(word);
    if (pos === undefined) {
      pos = userWords.has(word) ? 'n' : partOfSpeech(word);
      if (tags.size < POS_MEMO_LIMIT) tags.set(word, pos);
    }
    return pos;
  };
  return {
    cut,
    tag: (text) => cut(text).map((word) => ({ word, tag: tagOf(word) })),
    tagOf,
    cutBlocks: (texts) => cutTogether(texts, cut),
    cutBlockEnds: (texts) => cutTogetherEnds(texts, cut, user, ends),
  };
}

/**
 * The user words as a trie over UTF-16 code units, its edges in one open-addressing hash table (typed arrays): the
 * join walks tokens through it a code unit at a time, without building or hashing the strings it tries.
 * Node 0 is the root; a node is the prefix spelled by the path to it.
 */
interface UserTrie {
  /** 1 at the first code unit of each user word: a token starting with another (most tokens) is passed over at once. */
  starts: Uint8Array;
  /** 1 for a node that spells a whole user word. */
  word: Uint8Array;
  /** Edge slots: parent node + 1 (0 = empty slot), code unit, child node. */
  parent: Int32Array;
  unit: Uint16Array;
  child: Int32Array;
  mask: number;
}

function userTrie(words: Set<string>): UserTrie {
  let units = 0;
  for (const w of words) units += w.length;
  let slots = 16;
  while (slots < units * 2) slots *= 2;
  const trie: UserTrie = { starts: new Uint8Array(0x10000), word: new Uint8Array(units + 1), parent: new Int32Array(slots), unit: new Uint16Array(slots), child: new Int32Array(slots), mask: slots - 1 };
  let nodes = 1;
  for (const w of words) {
    trie.starts[w.charCodeAt(0)] = 1;
    let node = 0;
    for (let i = 0; i < w.length; i++) {
      const c = w.charCodeAt(i);
      let slot = edgeSlot(trie, node, c);
      if (trie.parent[slot] === 0) {
        trie.parent[slot] = node + 1;
        trie.unit[slot] = c;
        trie.child[slot] = nodes++;
      }
      node = trie.child[slot];
    }
    trie.word[node] = 1;
  }
  return trie;
}

/** The slot of the edge (node, c): the edge's own, or the empty slot where it would go. */
function edgeSlot(trie: UserTrie, node: number, c: number): number {
  let slot = (Math.imul(node, 0x9e3779b1) ^ c) & trie.mask;
  while (trie.parent[slot] !== 0 && (trie.parent[slot] !== node + 1 || trie.unit[slot] !== c)) slot = (slot + 1) & trie.mask;
  return slot;
}

/** The node reached from `node` by the code units of text[from, to); -1 when no user word continues that way. */
function walk(trie: UserTrie, node: number, text: string, from = 0, to = text.length): number {
  for (let i = from; i < to; i++) {
    const slot = edgeSlot(trie, node, text.charCodeAt(i));
    if (trie.parent[slot] === 0) return -1;
    node = trie.child[slot];
  }
  return node;
}

/**
 * Greedy longest match over token boundaries: 虚拟机|监视器 → 虚拟机监视器 when that is a user word. Joins in
 * place (`tokens` is jieba's fresh array), so a block costs no second array.
 */
function joinUserWords(tokens: string[], user: UserTrie): string[] {
  let out = 0;
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const first = tokens[i];
    let best = -1;
    if (user.starts[first.charCodeAt(0)] === 1) {
      // The tokens after `first` are added while what they spell is a prefix of a user word.
      let node = walk(user, 0, first);
      for (let j = i + 1; j < n && node >= 0; j++) {
        node = walk(user, node, tokens[j]);
        if (node >= 0 && user.word[node] === 1) best = j;
      }
    }
    if (best === -1) tokens[out++] = first;
    else {
      tokens[out++] = tokens.slice(i, best + 1).join('');
      i = best;
    }
  }
  tokens.length = out;
  return tokens;
}

/** joinUserWords on the ranges of a cut of `text` (see TokenEnds): joins in place, returns the new count. */
function joinUserEnds(text: string, ends: Int32Array, count: number, user: UserTrie): number {
  let out = 0;
  let start = 0;
  for (let i = 0; i < count; i++) {
    if (user.starts[text.charCodeAt(start)] === 1) {
      let best = -1;
      let node = walk(user, 0, text, start, ends[i]);
      for (let j = i + 1; j < count && node >= 0; j++) {
        node = walk(user, node, text, ends[j - 1], ends[j]);
        if (node >= 0 && user.word[node] === 1) best = j;
      }
      if (best !== -1) i = best;
    }
    start = ends[out++] = ends[i];
  }
  return out;
}

export function tag(segmenter: Segmenter, text: string): TaggedWord[] {
  return segmenter.tag(text);
}
