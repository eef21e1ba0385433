/**
 * Which cue characters a sentence holds, as bits, read in one pass over its char codes. Each pattern pass used
 * to test every sentence for its cues with includes() or a regex (是, 称, 、, 如, →, a Latin letter …): a
 * dozen scans of every sentence of the vault, most of them finding nothing. A bit is a necessary condition of
 * its pattern, never a sufficient one: a pass still runs its own test when the bit is set.
 */
import type { Note } from '../types.js';
import { splitSentences, splitTable, type Sentence } from './locate.js';

export const CUE = {
  /** 是: every Chinese copula (是, 是一种, 指的是 …). */
  copula: 1 << 0,
  /** 称 or 叫: every Chinese also-known-as cue (也称, 又叫, 被称为 …). */
  aka: 1 << 1,
  /** 、: a Chinese enumeration. */
  enumeration: 1 << 2,
  /** 有, 包, 如 or 像: every Chinese listing cue (有, 包括, 例如, 像 …). */
  listing: 1 << 3,
  /** →, ⟶ or `>` (of `->`, `=>`): a chain of names. */
  arrow: 1 << 4,
  /** ( or （. */
  paren: 1 << 5,
  /** A code unit at or above U+2E80, where the Han ranges start (surrogates included): may be Han. */
  han: 1 << 6,
  /** An ASCII letter, or ſ or K. */
  latin: 1 << 7,
  /**
   * ſ or K: the only characters that match ASCII letters (s, k) in a case-insensitive Unicode pattern. A
   * sentence without them can be pre-tested with a plain ASCII /i pattern.
   */
  folds: 1 << 8,
  /** : or ：: a list whose length is announced before a colon. */
  colon: 1 << 9,
  /** 分: a kind divided into subtypes (分为, 分成, 划分为). */
  divides: 1 << 10,
  /** 和, 与, 或, 及 or 跟: two names coordinated in Chinese prose. */
  coordination: 1 << 11,
  /** 称, 叫, 名, 就, 即, 谓 or 说: every Chinese naming cue (称为, 叫做, 名为, 这就是, 即, 所谓, 常说的 …). */
  naming: 1 << 12,
  /** —, – or -: a dash that may separate a label from what follows it. */
  dash: 1 << 13,
  /** 属: what a named thing belongs to (属于). */
  belongs: 1 << 14,
  /** ，: a full-width comma, where a Chinese clause ends. */
  fullComma: 1 << 15,
} as const;

/** The bits of each UTF-16 code unit. */
const BITS = buildTable();

function buildTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  table.fill(CUE.han, 0x2e80);
  const set = (chars: string, bit: number) => {
    for (const ch of chars) table[ch.charCodeAt(0)] |= bit;
  };
  set('是', CUE.copula);
  set('称叫', CUE.aka);
  set('、', CUE.enumeration);
  set('有包如像', CUE.listing);
  set('→⟶>', CUE.arrow);
  set('(（', CUE.paren);
  set('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz\u017f\u212a', CUE.latin);
  set('\u017f\u212a', CUE.folds);
  set(':：', CUE.colon);
  set('分', CUE.divides);
  set('和与或及跟', CUE.coordination);
  set('称叫名就即谓说', CUE.naming);
  set('—–-', CUE.dash);
  set('属', CUE.belongs);
  set('，', CUE.fullComma);
  return table;
}

/** The cue bits with what each code unit counts for in the sentence split: both read with one load per unit. */
const SPLIT = splitTable(BITS);

/** The cue bits of one UTF-16 code unit. */
export function cueBits(code: number): number {
  return BITS[code];
}

/** The cue bits of text[from, to). */
export function cuesOf(text: string, from = 0, to = text.length): number {
  let bits = 0;
  for (let i = from; i < to; i++) bits |= BITS[text.charCodeAt(i)];
  return bits;
}

export interface CuedSentence extends Sentence {
  /** The CUE bits of the sentence's text. */
  cues: number;
}

/** A block's sentences (see sentences()), each with its cue bits. */
export function cuedSentences(text: string): CuedSentence[] {
  // The cue bits are read in the split's own scan.
  return splitSentences(text, cuedSentence, SPLIT);
}

const cuedSentence = (text: string, at: number, cues: number): CuedSentence => ({ text, at, cues });

/**
 * The cue bits of a block, from its sentences: the OR of theirs. Only spaces lie outside a block's sentences, so
 * every cue character of the block is counted (a space counts only as maybe-Han: U+3000, U+FEFF). A pass tests a
 * block for a cue character by this instead of a scan of its text.
 */
export function blockCues(sentences: readonly CuedSentence[]): number {
  let bits = 0;
  for (let i = 0; i < sentences.length; i++) bits |= sentences[i].cues;
  return bits;
}

/** The cued sentences of each block of a note, in block order (the passes that read sentences share one split). */
export function noteSentences(note: Note): CuedSentence[][] {
  return note.blocks.map((block) => cuedSentences(block.text));
}
