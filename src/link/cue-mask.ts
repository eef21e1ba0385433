/**
 * Which cue words a sentence may hold, found in one pass over its characters and shared by every sentence reader.
 * Each reader ran a few regexes per sentence only to learn that the sentence holds none of its cue words (~10 scans
 * of every sentence); now it tests a bit first and runs its regexes only where the bit is set.
 *
 * A bit is a NECESSARY condition: it is set when the sentence holds some character (a Han cue character, `:`) or
 * some three-letter sequence (case folded, as `/i` matches) that every match of the guarded patterns contains.
 * A set bit proves nothing; the reader's own test still decides. So a clear bit may only skip work that would
 * have found nothing: the output is that of the regexes alone.
 */

/** ZH_CUE (enumerations): 引入 例子 示例 实例 典型是 包括 包含 例如 比如 譬如 诸如 最…的 如. */
export const CUE_ZH_ENUM = 1 << 0;
/** `…有` forms of ZH_CUE (常见的…有). */
export const CUE_YOU = 1 << 1;
/** EN_CUE: such as, including, example, e.g., for instance, namely. */
export const CUE_EN_ENUM = 1 << 2;
/** KIND_CUE: 分为 分成 划分为, divided/classified/split into. */
export const CUE_KIND = 1 << 3;
/** `:` or `：`. */
export const CUE_COLON = 1 << 4;
/** A copula (ZH_COPULA: 是 属于; EN_COPULA: is/are/was/were + space, `,`). */
export const CUE_COPULA = 1 << 5;
/** NAMING: 叫做 叫作 称为 称作 名为, called, named. */
export const CUE_NAMING = 1 << 6;
/** DEPENDS_BEFORE: 基于 依赖 依靠 借助 利用 采用 建立在 用的是, based, built, runs on, rely, depends, uses. */
export const CUE_DEPENDS = 1 << 7;
/** CONTRAST_ANY: 反过来 相反 反之 而不是 而非, conversely, contrast, other hand, instead of, rather than. */
export const CUE_CONTRAST = 1 << 8;
/** ONE_SIDED_ANY: 相比 不同于 有别于 区别于 相对于 相较于 对比于 比起 (与…)不同 不是一回事 对标, compared, contrast, unlike, different/differs from, not the same as, confused with. */
export const CUE_ONE_SIDED = 1 << 9;

/** EITHER (comparisons): either … or, 要么 … 要么 (set by 么: 要 is in most Chinese sentences, 需要 主要 重要). */
export const CUE_EITHER = 1 << 10;

/** `=` or a dash (— –): a subject's gloss marks (`Cardinality = …`, `Counter — …`). */
export const CUE_MARK = 1 << 11;

/** ANAPHORA (anaphora.ts): 这一类 此类 这种, `this family/category/…`: 类 种, or the trigram thi. Also COUNT_CUE's 种/类 (see CUE_NUMBER). */
export const CUE_THIS = 1 << 12;

/** COMPARATIVE (comparisons): 比 X 更…, 不如 X, -er/more … than X. */
export const CUE_THAN = 1 << 13;

/** PARTS (enumerations): 由…组成/构成, consists of, made up of, composed of, comprises. */
export const CUE_PARTS = 1 << 14;

/** An arrow (→ ⇒): a chain of stages (enumerations). */
export const CUE_ARROW = 1 << 15;

/**
 * COUNT_CUE's English numerals (enumerations): two three four five six several. Its Chinese numerals count 种 or 类,
 * which set CUE_THIS. Set by trigrams only (TRIGRAM_BITS holds 32 bits, CHAR_BITS 16).
 */
export const CUE_NUMBER = 1 << 16;

const ALL = (1 << 17) - 1;

/** Characters that set bits by themselves. */
const CHARS: Array<[string, number]> = [
  ['引例包如最典', CUE_ZH_ENUM],
  ['有', CUE_YOU],
  ['分', CUE_KIND],
  [':：', CUE_COLON],
  ['是属,', CUE_COPULA],
  ['叫称名', CUE_NAMING],
  ['基依借利采建用', CUE_DEPENDS],
  ['反而', CUE_CONTRAST],
  ['相不别比标', CUE_ONE_SIDED],
  ['比如', CUE_THAN],
  ['组构', CUE_PARTS],
  ['→⇒', CUE_ARROW],
  ['么', CUE_EITHER],
  ['=—–', CUE_MARK],
  ['类种', CUE_THIS],
];

/**
 * Three-symbol sequences (letters case folded, `.` and `␣` for any whitespace) that set bits: for each English
 * alternative of a guarded pattern, one sequence every match of it contains.
 */
const TRIGRAMS: Array<[string[], number]> = [
  [['suc', 'inc', 'exa', 'e.g', 'ins', 'nam'], CUE_EN_ENUM],
  [['int'], CUE_KIND],
  [['is␣', 're␣', 'as␣'], CUE_COPULA],
  [['lle', 'med'], CUE_NAMING],
  [['bas', 'uil', 'run', 'rel', 'dep', 'use'], CUE_DEPENDS],
  [['nve', 'ntr', 'han', 'nst', 'ath'], CUE_CONTRAST],
  [['mpa', 'ntr', 'nli', 'iff', 'sam', 'nfu'], CUE_ONE_SIDED],
  [['han'], CUE_THAN],
  [['nsi', 'ade', 'mpo', 'mpr'], CUE_PARTS],
  [['eit'], CUE_EITHER],
  [['thi'], CUE_THIS],
  [['two', 'thr', 'fou', 'fiv', 'six', 'sev'], CUE_NUMBER],
];

/** 5-bit symbol per UTF-16 code: a–z (either case) 1–26, `.` 27, whitespace 28, anything else 0. */
const SYMBOL = new Uint8Array(65536);
const CHAR_BITS = new Uint16Array(65536);
const TRIGRAM_BITS = new Uint32Array(1 << 15);

function symbolOf(char: string): number {
  if (char === '.') return 27;
  if (char === '␣') return 28;
  return char.charCodeAt(0) - 96;
}

for (let code = 0; code < 65536; code++) if (/\s/u.test(String.fromCharCode(code))) SYMBOL[code] = 28;
for (let k = 0; k < 26; k++) SYMBOL[97 + k] = SYMBOL[65 + k] = k + 1;
SYMBOL[46] = 27;
// Case-insensitive Unicode regexes (`/iu`) also match ſ as s and the Kelvin sign as k.
SYMBOL[0x17f] = symbolOf('s');
SYMBOL[0x212a] = symbolOf('k');
for (const [chars, bit] of CHARS) for (const char of chars) CHAR_BITS[char.charCodeAt(0)] |= bit;
for (const [trigrams, bit] of TRIGRAMS) {
  for (const trigram of trigrams) TRIGRAM_BITS[(symbolOf(trigram[0]) << 10) | (symbolOf(trigram[1]) << 5) | symbolOf(trigram[2])] |= bit;
}

/** The cue bits of text[from, to). */
export function cueMask(text: string, from: number, to: number): number {
  let mask = 0;
  let key = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    key = ((key << 5) | SYMBOL[code]) & 0x7fff;
    mask |= CHAR_BITS[code] | TRIGRAM_BITS[key];
  }
  return mask & ALL;
}
