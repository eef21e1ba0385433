/**
 * Shapes of a surface that make a malformed label: a sentence or clause with a term inside it, a verb glued before a
 * term, a number with its unit. (A term with its formula symbol after it is resolve's to judge: only when the name
 * alone is a concept is the symbol's label dropped, so the idea keeps a page; see gluedToConcept.) junk.ts calls these
 * from isJunkSurface; each reads the surface only (and jieba's dictionary). Words of the language, never of a domain.
 */
import { backgroundEntry } from './background.js';

/**
 * Chinese sentence punctuation (，。；！？、) inside a surface: a label never holds it, the surface runs across a
 * clause boundary (置信度阈值调低，召回上升).
 */
const ZH_SENTENCE_MARK = /[，。；！？、]/u;

/** Question words (什么, 为什么, 怎么, 如何, 哪些): a surface holding one is a question the prose asks, not a name. */
const ZH_QUESTION_WORD = /什么|怎么|怎样|如何|哪些|哪个|哪里|多少/u;

/** 越 … 越 "the more … the more": a comparison clause (数值越小越亮). */
const ZH_CORRELATIVE = /越\p{Script=Han}+越/u;

/**
 * A verb that names or classes (叫, 称为, 合称, 属于, 就是) or the adverb 都 "all" between two Chinese words: the
 * surface is a sentence that states something about a term (X 合称 Y "X are together called Y", 甲烷等属于温室气体),
 * and the term is only its end. Two characters at least on each side, so a word holding the character (都市, 叫声)
 * is not read as a clause; dictionary words are kept.
 */
const ZH_NAMING_VERB = /\p{Script=Han}{2}(?:叫做?|称为|称作|合称|统称|简称|又称|也叫|属于|就是|都)\p{Script=Han}{2}/u;

export function isZhSentence(text: string): boolean {
  if (ZH_SENTENCE_MARK.test(text) || ZH_QUESTION_WORD.test(text) || ZH_CORRELATIVE.test(text)) return true;
  return ZH_NAMING_VERB.test(text) && backgroundEntry(text) === undefined;
}
/**
 * Verbs and discourse words that open a clause when they stand before a term (用布隆过滤器 "use a Bloom filter",
 * 换成GN "switch to GN", 利用二阶信息 "using second-order information", 还有锁升级 "there is also lock
 * escalation", 先说函数依赖 "first, functional dependency"): the walk back took the verb in with its object.
 * One-character verbs (用, 选) stand alone only when the first two characters are no dictionary word (用户, 选举 keep
 * theirs); two-character leads only when the first three are none (注意力, 利用率). 由 "by" is left out: a bracket
 * after 由X（…） glosses X, and the surface is then X's only name.
 */
const ZH_VERB_LEAD_ONE = new Set('用选'.split(''));
const ZH_VERB_LEAD_TWO = new Set('换成 改成 变成 改用 改乘 利用 借助 还有 先说 先看 注意 再用 然后 比如 例如'.split(' '));

export function isVerbBeforeTerm(text: string): boolean {
  if (text.length < 3 || !/^\p{Script=Han}/u.test(text) || backgroundEntry(text) !== undefined) return false;
  if (ZH_VERB_LEAD_ONE.has(text[0])) return /^\p{Script=Han}{2}/u.test(text) && backgroundEntry(text.slice(0, 2)) === undefined;
  if (ZH_VERB_LEAD_TWO.has(text.slice(0, 2))) return text.length >= 4 && backgroundEntry(text.slice(0, 3)) === undefined;
  return false;
}

/**
 * 单位 "unit" and a proper name (单位伏特, 单位安培, 单位西门子): the label line `单位：伏特` of a quantity, the
 * unit's name run onto the word that introduces it. Units named after people or places carry a name's tag in
 * jieba's dictionary (nr, nrt, ns); 单位圆, 单位冲激响应 (unit circle, unit impulse response) go on with a noun.
 */
const ZH_UNIT_LEAD = /^单位(\p{Script=Han}{2,3})$/u;

export function isUnitNameLabel(text: string): boolean {
  const m = ZH_UNIT_LEAD.exec(text);
  if (m === null || backgroundEntry(text) !== undefined) return false;
  const tag = backgroundEntry(m[1])?.tag ?? '';
  return tag.startsWith('nr') || tag === 'ns';
}

/**
 * A lower-case letter and one digit (s1, k1, x2): a variable of a formula with its index (a slack variable, a
 * parameter), never a name. Names of this shape are capitals (L2, T5, V8) or hold more digits (x86, x264); a
 * lower-case version tag (v2) has its own rule.
 */
export function isIndexedSymbol(text: string): boolean {
  return /^[a-z]\d$/u.test(text);
}

/**
 * English verbs that open an instruction or a step of the prose when lower case (`prefer stepwise motion`, `lose
 * quorum`, `generate hypotheses`, `going clockwise`) and never the modifier of a compound, unlike read, write, build,
 * compute, check or call (read committed, write barrier, build cache, check constraint), which are not here.
 */
const EN_INSTRUCTION_VERB = new Set(
  'prefer avoid ensure consider lose erase generate normalise normalize establish going'.split(' '),
);

export function isInstructionPhrase(text: string): boolean {
  const space = text.indexOf(' ');
  return space > 0 && EN_INSTRUCTION_VERB.has(text.slice(0, space));
}

/**
 * A determiner of quantity or reference opening a Chinese phrase (大量trick汇总 "a large number of tricks, collected",
 * 这些方法 "these methods", 同一电流 "the same current", 任意时刻): a noun phrase of the argument, like a counted one
 * (三个作用). Dictionary words are kept (同一性). 所有 is left out: 所有权 "ownership" opens terms.
 */
const ZH_QUANTITY_LEAD = /^(?:大量|许多|很多|一些|这些|那些|同一|任意|每个|各种|某个|某些|整个)./u;

export function isQuantifiedPhrase(text: string): boolean {
  return ZH_QUANTITY_LEAD.test(text) && backgroundEntry(text) === undefined;
}

/**
 * The second half of a hyphenated modifier written apart (`eBPF based` for eBPF-based, `data driven`): a modifier
 * whose noun the surface left out, so it names nothing. Lower case only; a capitalised last word is a title's
 * (Redundant Array of Independent …).
 */
const EN_MODIFIER_HEAD = new Set('based driven oriented aware specific dependent friendly'.split(' '));

export function isSplitModifier(text: string): boolean {
  const space = text.lastIndexOf(' ');
  return space > 0 && EN_MODIFIER_HEAD.has(text.slice(space + 1));
}

/**
 * A noun and a postposition of extent (一定时期内 "within a given period", 两帧之间, 缓冲区里): where or when something
 * holds, a phrase of the sentence, not a name. Dictionary words are kept (国内, 域内 are two characters anyway).
 */
const ZH_EXTENT_TAIL = /^\p{Script=Han}{2,}(?:内|里|之间|以内|期间)$/u;

export function isExtentPhrase(text: string): boolean {
  return ZH_EXTENT_TAIL.test(text) && backgroundEntry(text) === undefined;
}
