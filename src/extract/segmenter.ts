/**
 * Chinese segmentation with @node-rs/jieba, chosen by measurement on the seed note repeated 100× (1.2 MB,
 * Node 20, one core): jieba 16–17 MB/s (`cut`, with or without HMM); Intl.Segmenter 4.8 MB/s and it splits
 * 虚拟化 → 虚拟|化, 镜像 → 镜|像是; jieba-wasm measured 4–5 MB/s in DESIGN.md. jieba alone splits
 * 虚拟机|监视器, 命名|空间, 写|时|复制, so the terms the pattern passes found are loaded as a user dictionary.
 *
 * jieba's `loadDict` mutates an instance and cannot be undone, so each distinct user-word set gets its own
 * instance (cached by content): a build never sees words from another vault, and output stays deterministic.
 */
import { createHash } from 'node:crypto';
import { Jieba, type TaggedWord } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

let base: Jieba | undefined;
let cached: { key: string; jieba: Jieba } | undefined;
let background: Map<string, number> | undefined;
/** Sum of all frequencies in jieba's dictionary (computed on load). */
let backgroundTotal = 0;

/** jieba with its stock dictionary only; shared, never mutated. */
export function baseSegmenter(): Jieba {
  base ??= Jieba.withDict(dict);
  return base;
}

/** jieba with the stock dictionary plus `words` forced whole. Same words → same instance. */
export function segmenterWith(words: Iterable<string>): Jieba {
  const lines = [...new Set([...words].map((w) => w.trim()).filter((w) => w && !/\s/u.test(w)))].sort();
  if (lines.length === 0) return baseSegmenter();
  const key = createHash('sha256').update(lines.join('\n')).digest('hex');
  if (cached?.key === key) return cached.jieba;
  const jieba = Jieba.withDict(dict);
  // A high frequency makes the user word beat the stock split (虚拟机|监视器 → 虚拟机监视器).
  jieba.loadDict(Buffer.from(lines.map((w) => `${w} 3000 n`).join('\n') + '\n'));
  cached = { key, jieba };
  return jieba;
}

export function tag(jieba: Jieba, text: string): TaggedWord[] {
  return jieba.tag(text, true);
}

/** Frequency of a word in jieba's general-language dictionary (0 when unknown), and the dictionary's total. */
export function backgroundFrequency(word: string): number {
  if (!background) loadBackground();
  return background!.get(word) ?? 0;
}

export function backgroundSize(): number {
  if (!background) loadBackground();
  return backgroundTotal;
}

function loadBackground(): void {
  background = new Map();
  const text = Buffer.from(dict).toString('utf8');
  let total = 0;
  for (const line of text.split('\n')) {
    const first = line.indexOf(' ');
    if (first <= 0) continue;
    const second = line.indexOf(' ', first + 1);
    const freq = Number(line.slice(first + 1, second === -1 ? undefined : second));
    if (!Number.isFinite(freq)) continue;
    background.set(line.slice(0, first), freq);
    total += freq;
  }
  backgroundTotal = total;
}
