/**
 * Bilingual parentheticals, the strongest discovery signal in real notes: 命名空间（namespace）,
 * 虚拟机监视器（Virtual Machine Monitor，VMM）, 虚拟化（英语：Virtualization）, Virtual Machine Monitor (VMM),
 * Hypervisor（虚拟机监视器）, and 硬件虚拟化（也称为X）. Asides are rejected: （见下文）, （2013年）, （说明：…）,
 * anything with a sentence inside.
 */
import { aliasOf, candidateOf } from './candidate.js';
import type { Segmenter } from './segmenter.js';
import type { AliasForm, Block, Candidate, Note } from '../types.js';
import { blockCues, CUE, type CuedSentence } from './cues.js';
import type { MarkSpan } from './markup.js';
import { provenanceAt } from './locate.js';
import { cleanParts, cleanSurface, codePointLength, detectLang, hasHan, isAbbreviation } from './normalise.js';
import { EN_FUNCTION_WORDS, isStopWord, ZH_BOUNDARY } from './stop-words.js';
import { tagTerm, withPrecut } from './term-tags.js';
import { englishBefore, isSpace, termBefore, textToWalk, type Known } from './walk-back.js';

/** A line break may fall inside a parenthesis in hard-wrapped text: `(sorted string⏎table)`. */
const PAREN = /[（(]([^（）()]{1,80})[）)]/gu;
const LANG_PREFIX = /^(?:英语|英文|英|English|Eng|全称|缩写|简称|abbr\.?|abbreviation|short for)\s*[:：]?\s*/iu;
const AKA_PREFIX = /^(?:也称为|也称作|也称|也叫做|也叫|又称为|又称|又叫|或称|俗称|简称|即|aka|a\.k\.a\.|also known as|also called)\s*/iu;
const ASIDE = /^(?:见|参见|参考|详见|如|例如|比如|注|说明|通常|一般|当然|包括)|^(?:see|cf\.|e\.g\.|i\.e\.|for example|note)\b/iu;
const ENGLISH_TERM = /^[A-Za-z][A-Za-z0-9 .'+#/&-]*$/u;
/**
 * `规范（RFC 7946）`, `后门事件（CVE-2024-3094）`, `the format (ISO 8601)`: a document's or a record's number cites where
 * the thing is written down; it is no other name of the words before it.
 */
const REFERENCE = /^(?:RFC|CVE|ISO(?:\/IEC)?|IEC|IEEE|ECMA|ITU-T|GB(?:\/T)?|PEP|JSR|KIP|BIP|EIP)[\s-]?\d/u;

/** `split`: the sentences of each block (noteSentences), when the caller already has them: their cue bits say which blocks hold a parenthesis. */
export function parentheticalCandidates(note: Note, jieba: Segmenter, known: Known, split?: CuedSentence[][], marks?: Map<number, MarkSpan[]>): Candidate[] {
  const out: Candidate[] = [];
  const found: Array<{ block: Block; match: RegExpExecArray; marked?: MarkSpan[] }> = [];
  const blocks = note.blocks;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    const text = block.text;
    if (split ? !(blockCues(split[b]) & CUE.paren) : !text.includes('(') && !text.includes('（')) continue;
    // exec() in a loop, not matchAll(): matchAll clones the pattern on every call, and this runs per block.
    PAREN.lastIndex = 0;
    for (let match = PAREN.exec(text); match; match = PAREN.exec(text)) found.push({ block, match, marked: marks?.get(b) });
  }
  // The clauses a walk back from a Han term (or a Latin word after one) may segment: cut in one call for the note.
  const walks: string[] = [];
  for (const { block, match } of found) {
    const before = block.text.slice(0, match.index);
    const walk = endsWithHanThenLatin(before.trimEnd()) ? textToWalk(before, known) : undefined;
    if (walk) walks.push(walk);
  }
  const segmenter = withPrecut(jieba, walks);
  for (const { block, match, marked } of found) {
    const { index, 0: whole, 1: inner } = match;
    const candidate = withMarkedTerm(readParenthetical(note, block, index, whole, inner, segmenter, known), block, index, marked);
    if (candidate) out.push(candidate);
    else if (inner.includes(',')) namesInParentheses(note, block, index, inner, out);
  }
  return out;
}

/**
 * `**Fuzzing** (AFL, libFuzzer)`, `xUnit style (JUnit, unittest)`, `the code (coverage.py, JaCoCo, Istanbul/nyc)`: a
 * parenthesis after English text that lists two or more one-word names gives examples of what it follows. Half of the
 * items at least are name-shaped and one is a coined name (internal capitals, a dot, a digit): a list of plain
 * capitalised words (Circle, Rect, Triangle) or of common words is left to other evidence. An item with a slash names
 * alternatives, not one thing, and is skipped. Reported as an enumeration, as the lists of enumeration.ts are.
 */
/** Three characters at least: `x1`, `F#` are identifiers and spellings more often than names of their own. */
const LIST_NAME = /^[A-Za-z][A-Za-z0-9.+#_-]+[A-Za-z0-9+#]$/u;
const COINED_ITEM = /[a-z][A-Z]|[A-Za-z][.]\w|\d|^[a-z]+[A-Z]|^[A-Z][A-Z]+[a-z]/u;

function namesInParentheses(note: Note, block: Block, at: number, inner: string, out: Candidate[]): void {
  // What the list gives examples of is a noun phrase: the word before the parenthesis opens the text or follows a
  // content word or an article (`checked while running (…)`, `languages I use (…)` annotate a clause).
  const words = block.text.slice(Math.max(0, at - 40), at).trimEnd().split(/\s+/u);
  const last = words[words.length - 1] ?? '';
  const previous = (words.length >= 2 ? words[words.length - 2] : '').toLowerCase();
  if (!/[A-Za-z0-9]$/u.test(last) || (previous && EN_FUNCTION_WORDS.has(previous) && !/^(?:a|an|the)$/u.test(previous)) || previous === 'i') return;
  const items = cleanParts(inner, /\s*,\s*(?:and\s+|or\s+)?/u, false);
  if (items.length < 2 || items.some((i) => !i || /\s/u.test(i))) return;
  const names = items.filter((i) => !i.includes('/'));
  if (names.length < 2 || !names.every((i) => LIST_NAME.test(i) && !EN_FUNCTION_WORDS.has(i.toLowerCase()) && !isStopWord(i))) return;
  const shaped = names.filter((i) => /[A-Z0-9]|\w[-.]\w/u.test(i)).length;
  if (shaped * 2 < names.length || !names.some((i) => COINED_ITEM.test(i))) return;
  const provenance = provenanceAt('statistical', note, block, at, `enumeration: (${inner})`);
  for (const surface of names) out.push(candidateOf(surface, detectLang(surface), 'statistical', [], 0.5, provenance));
}

/**
 * `## 5 Error mitigation (not correction!)`, `### 2.1 Foo (bar)`: a heading's section number is no part of the term
 * before its parenthesis. Blanked, not cut, so offsets into the text stay those of the block.
 */
function withoutSectionNumber(block: Block, before: string): string {
  if (block.kind !== 'heading') return before;
  const number = /^\d+(?:\.\d+)*\.?\s+(?=[A-Za-z])/u.exec(before);
  return number ? ' '.repeat(number[0].length) + before.slice(number[0].length) : before;
}

function readParenthetical(note: Note, block: Block, at: number, whole: string, inner: string, jieba: Segmenter, known: Known): Candidate | undefined {
  const content = inner.trim();
  if (!content || ASIDE.test(content)) return undefined;
  const before = withoutSectionNumber(block, block.text.slice(0, at));
  const aka = AKA_PREFIX.exec(content);
  const body = cleanSurface(content.replace(aka ? AKA_PREFIX : LANG_PREFIX, ''));
  if (!body || (!aka && REFERENCE.test(body))) return undefined;

  let surface: string | undefined;
  let aliases: AliasForm[] = [];
  let score = 0.9;
  if (aka || hasHan(body)) {
    // 硬件虚拟化（也称为X） or Hypervisor（虚拟机监视器）: the parenthesis holds one other name.
    if (!isShortTerm(body, jieba)) {
      if (aka) return undefined;
      // jieba's tags of a short gloss are often a verb's (页|缓存, 仲裁|队列): after a lower-case term, its shape decides.
      const term = HAN_GLOSS.test(body) ? lowerCaseTerm(before) : undefined;
      if (!term) return glossedLatinName(note, block, at, whole, before);
      return candidateAt(note, block, at, whole, writtenAt(before, term, at), term, [aliasOf(body, detectLang(body))], 0.9);
    }
    // English（中文） is as often an annotation (VMware Workstation（二进制翻译）) as a gloss: bind it only
    // when the parenthesis says so (Hypervisor（又称虚拟机监视器）).
    surface = hasHan(before.slice(-1)) || endsWithCloseQuote(before) ? termBefore(before, jieba, known) : aka ? englishTerm(before, body) : (translatedAcronym(before, body) ?? lowerCaseTerm(before));
    aliases = [aliasOf(body, detectLang(body), isAbbreviation(body))];
  } else {
    // Years, versions and numbers are asides, not names: （2013年）, (v2), (1.24).
    if (!/\p{Script=Latin}/u.test(body) || (/^(?:v(?:er(?:sion)?)?\.?\s*)?\d/iu.test(body) && !isAbbreviationLike(body))) return undefined;
    const parts = cleanParts(body, /\s*[,，;；]\s*/u, true);
    if (parts.length > 2 || !parts.every((p) => (ENGLISH_TERM.test(p) || isAbbreviationLike(p)) && p.split(/\s+/u).length <= 6)) return explainedPhrase(note, block, at, whole, before, content);
    aliases = [];
    for (const p of parts) aliases.push(aliasOf(p, 'en', isAbbreviation(p)));
    const tail = before.trimEnd();
    if (hasHan(tail.slice(-1)) || endsWithCloseQuote(tail) || endsWithHanThenLatin(tail)) {
      // 滤波（EKF/PF）, 量化（GPTQ / AWQ，INT4）: abbreviations joined by slashes after a Chinese word are examples of
      // what it names, not other names of it (a slash list of names is never one abbreviation).
      if (parts.some((p) => ACRONYM_LIST.test(p))) return undefined;
      // A translation in plain lower-case words says how many tokens the Chinese term has (see walkBack).
      const plain = parts.length === 1 && /^[a-z][a-z\s-]*$/u.test(parts[0]) ? parts[0].split(/[\s-]+/u).length : 0;
      surface = coverTranslation(before, termBefore(before, jieba, known, plain, translationWords(parts)), parts);
      if (surface) surface = withLatinPrefix(before, surface, parts);
      if (surface) surface = withCount(before, surface, parts);
    } else if (parts.length === 1 && (isAbbreviationLike(parts[0]) || MIXED_ACRONYM.test(parts[0]))) {
      surface = expansionOf(parts[0], before); // Virtual Machine Monitor (VMM), two-phase locking (2PL), structure of arrays (SoA)
    } else if (parts.length === 1 && ABBREVIATED_HEAD.test(parts[0])) {
      surface = expandedWithHead(parts[0], before); // log-structured merge tree (LSM tree)
    } else if (parts.length === 2) {
      // `ACME (Automatic Certificate Management Environment, RFC 8555)`: an expansion, then a reference or a note.
      surface = nameExpanded(before, parts[0]);
      if (surface) aliases = aliases.slice(0, 1);
    } else if (parts.length === 1) {
      surface = nameExpanded(before, parts[0]); // an SSTable (sorted string table)
      if (!surface) {
        // `their merge base (the best common ancestor)`: a definite description is another name of the phrase.
        // cleanSurface dropped the article: the gloss as written says whether it was a definite description.
        const described = /^the\s/iu.test(content) ? describedPhrase(before, parts[0]) : undefined;
        if (described) {
          surface = described.phrase;
          aliases = [aliasOf(described.gloss, 'en')];
          score = 0.6;
        }
      }
    }
  }
  // A short gloss is as often an annotation (KVM（硬件辅助）) as an expansion: it introduces an abbreviation only when
  // it spells each letter out with two characters or more (MCU（最小编码单元）, DPCM（差分脉冲编码调制）).
  if (!surface && !aka && hasHan(body) && spellsOut(englishBefore(before, 1)[0], body)) return glossedLatinName(note, block, at, whole, before);
  if (!surface && !aka && !hasHan(body)) {
    const annotated = annotatedName(before, body);
    if (annotated) {
      surface = annotated;
      aliases = [];
      score = 0.5;
    }
  }
  if (!surface && !aka && !hasHan(body) && !hasHan(before.slice(-1))) return explainedPhrase(note, block, at, whole, before, content);
  if (!surface || isStopWord(surface) || aliases.some((a) => a.text === surface)) return undefined;
  return candidateAt(note, block, at, whole, writtenAt(before, surface, at), surface, aliases, score);
}

/** Two abbreviations or more joined by slashes (EKF/PF, GPTQ / AWQ). */
const ACRONYM_LIST = /^[A-Z][A-Z0-9]+(?:\s*\/\s*[A-Z][A-Z0-9]+)+$/u;

/**
 * `**显式反馈**（Explicit Feedback）`, `**基于用户的协同过滤**（UserCF）`: a bold or emphasised span that ends right at the
 * bracket is the whole term the author glossed, where the walk back stopped inside it (at a word jieba does not know, at
 * 的): the span replaces the shorter surface it ends with; so does a table cell's text up to the bracket. A span with a
 * clause mark in it is a phrase, not a term.
 */
const MAX_MARKED_HAN = 10;

function withMarkedTerm(candidate: Candidate | undefined, block: Block, at: number, marked: MarkSpan[] | undefined): Candidate | undefined {
  if (!candidate || candidate.signal !== 'parenthetical' || !hasHan(candidate.surface)) return candidate;
  let end = at;
  while (end > 0 && isSpace(block.text.charCodeAt(end - 1))) end--;
  // A table cell that opens with the glossed term (`| 编码器-解码器（encoder-decoder） |`) bounds it as a mark does.
  const span = block.kind === 'table-cell' ? { start: 0 } : marked?.find((m) => m.kind !== 'code' && m.end === end);
  if (!span) return candidate;
  const text = block.text.slice(span.start, end).trim();
  if (text.length <= candidate.surface.length || !text.endsWith(candidate.surface) || MARKED_PHRASE.test(text) || hanCount(text) > MAX_MARKED_HAN) return candidate;
  return candidateOf(text, detectLang(text), candidate.signal, candidate.aliases, candidate.score, candidate.provenance);
}

const MARKED_PHRASE = /[，。、；：:,;！？!?“”"（）()]|是/u;

function hanCount(text: string): number {
  return (text.match(/\p{Script=Han}/gu) ?? []).length;
}

/** A candidate of this pass: its excerpt runs from `start`, where the term is written, through the parenthesis. */
function candidateAt(note: Note, block: Block, at: number, whole: string, start: number, surface: string, aliases: Candidate['aliases'], score: number, lang = detectLang(surface)): Candidate {
  return candidateOf(surface, lang, 'parenthetical', aliases, score, provenanceAt('parenthetical', note, block, start, block.text.slice(start, at) + whole));
}

/** Where `surface` is last written in `before` (the parenthesis itself when it is not). */
function writtenAt(before: string, surface: string, at: number): number {
  const found = before.lastIndexOf(surface);
  return found === -1 ? at : found;
}

/**
 * The Han characters right before the parenthesis, back to a grammatical word, a punctuation mark or a non-Han
 * character (`写法是无类别域间路由` → 无类别域间路由, `大小的页框` → 页框), with the character that stopped it.
 */
/** Single characters that are grammar, not parts of a term (ZH_BOUNDARY also holds 由, 中, 上: parts of terms). */
const PARTICLES = '的地得了着过是在和与及或把被将从向于也即就都而则这那该此每各叫称';

function hanRun(before: string): { run: string; stop: string } {
  let end = before.length;
  while (end > 0 && isSpace(before.charCodeAt(end - 1))) end--;
  let start = end;
  while (start > 0 && start > end - 12) {
    const c = before.charCodeAt(start - 1);
    // The CJK Unified Ideographs block: a term's characters (rarer Han outside it just end the run).
    if (c < 0x4e00 || c > 0x9fff || PARTICLES.includes(before.charAt(start - 1))) break;
    start--;
  }
  return { run: before.slice(start, end), stop: start > 0 ? before.charAt(start - 1) : '' };
}

/**
 * A translation names as many words as the Chinese term has parts: when the walk back found nothing (jieba
 * splits 页框 into a numeral and a verb) or a term too short for its translation (路由 for Classless Inter-Domain
 * Routing: the walk stopped inside the term), the whole run of Han characters before the parenthesis is the
 * term, if it is not much longer than the translation. One character only after 的 or a clause's start, with a
 * one-word translation (`大小的页（page）`).
 */
/** The parts that are not abbreviations, by a loop (a filtered array's elements kind depends on the tier filtering it). */
function fullWords(parts: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of parts) if (!isAbbreviationLike(p)) out.push(p);
  return out;
}

function coverTranslation(before: string, walked: string | undefined, parts: string[]): string | undefined {
  const english = parts.length === 1 ? parts : fullWords(parts);
  if (english.length !== 1) return walked;
  let words = 1;
  if (isAbbreviationLike(english[0])) {
    // A lone abbreviation (`安全套接层（SSL）`) stands for as many words as it has letters; it only fills in when the
    // walk back found nothing (jieba tags 接层 as a non-word there).
    if (walked || parts.length !== 1) return walked;
    words = english[0].replace(/[^A-Za-z]/gu, '').length;
  } else for (let i = 0; i < english[0].length; i++) if (english[0].charCodeAt(i) === 0x20 || english[0].charCodeAt(i) === 0x2d) words++;
  if (walked && walked.length >= words) return walked;
  const { run, stop } = hanRun(before);
  const chars = codePointLength(run);
  if (!run || chars > 2 * words + 1 || (walked && (!run.endsWith(walked) || run === walked))) return walked;
  if (chars === 1 && (words !== 1 || (stop !== '' && stop !== '的' && !/[，,。；;：:、]/u.test(stop)))) return walked;
  return isStopWord(run) ? walked : run;
}

/**
 * The words of the one translation among `parts` (`Explicit Feedback, EF` → 2), in any case; 0 when there is none or
 * it is no single phrase (`GPTQ / AWQ`). An abbreviation beside it spells it and adds no word.
 */
function translationWords(parts: string[]): number {
  // A one- or two-letter part is a symbol (`absolute magnitude, M`), no other phrase.
  const phrases = parts.filter((p) => !isAbbreviationLike(p) && !/^[A-Za-z]{1,2}$/u.test(p));
  if (phrases.length !== 1 || phrases[0].includes('/')) return 0;
  // Function words have no Chinese token of their own (branch and bound: 分支定界).
  return phrases[0].split(/[\s-]+/u).filter((w) => w && !EN_FUNCTION_WORDS.has(w.toLowerCase())).length;
}

/** A translation that opens with a count: `2PC`, `Two-Phase Commit`, `three-way handshake`. */
const COUNTED = /^(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|single|double|triple)\b)/iu;
const HAN_NUMERAL = '一二两三四五六七八九十';

/**
 * `两阶段提交（2PC）`, `三次握手（three-way handshake）`: the walk back stops at a numeral, but when the translation
 * counts too, the numeral right before the term is part of it (else 2PC and 3PC would both name 阶段提交).
 */
function withCount(before: string, surface: string, parts: string[]): string {
  if (!parts.some((p) => COUNTED.test(p))) return surface;
  const head = before.trimEnd();
  if (!head.endsWith(surface)) return surface;
  const numeral = head.charAt(head.length - surface.length - 1);
  return numeral && HAN_NUMERAL.includes(numeral) ? numeral + surface : surface;
}

/**
 * `OSI 参考模型（Open Systems Interconnection Reference Model）`: a Latin word right before the Han term belongs to
 * it when the translation spells it out (its initials) or repeats it.
 */
function withLatinPrefix(before: string, surface: string, parts: string[]): string {
  const head = before.trimEnd();
  if (!head.endsWith(surface)) return surface;
  // Only the few characters before the term can hold the word: the pattern below is anchored at the end.
  const rest = head.slice(Math.max(0, head.length - surface.length - 40), head.length - surface.length);
  // In bounds (an empty or one-space rest has no letter before the term): a read past either end deoptimises.
  const end = rest.length > 0 && rest.charCodeAt(rest.length - 1) === 0x20 ? rest.length - 2 : rest.length - 1;
  if (end < 0) return surface;
  const last = rest.charCodeAt(end);
  if (!((last >= 0x41 && last <= 0x5a) || (last >= 0x61 && last <= 0x7a) || (last >= 0x30 && last <= 0x39))) return surface;
  const m = /(?:^|[^A-Za-z0-9.+#-])([A-Za-z][A-Za-z0-9+#-]*)(\s?)$/u.exec(rest);
  if (!m) return surface;
  const word = m[1];
  const lower = word.toLowerCase();
  const spelled = parts.some((p) => {
    const words = p.split(/[\s-]+/u);
    const initials = words.map((w) => w.charAt(0).toLowerCase()).join('');
    return words.some((w) => w.toLowerCase() === lower) || (isAbbreviationLike(word) && initials.startsWith(lower));
  });
  return spelled ? word + m[2] + surface : surface;
}

/*
 * `before` is the whole block up to the parenthesis: its end is tested by code, backwards, where a pattern
 * anchored with `$` would be tried at every position from the block's start.
 */

/** /[”"」』]$/ */
function endsWithCloseQuote(text: string): boolean {
  // Reads stay in bounds: one read past the end deoptimises the caller it is inlined into (readParenthetical).
  if (text.length === 0) return false;
  const c = text.charCodeAt(text.length - 1);
  return c === 0x201d || c === 0x22 || c === 0x300d || c === 0x300f;
}

/** /\p{Script=Han}[A-Za-z0-9]*$/u: a Han character, then only ASCII letters and digits to the end (容器runc). */
function endsWithHanThenLatin(text: string): boolean {
  let i = text.length;
  while (i > 0 && isAsciiAlnum(text.charCodeAt(i - 1))) i--;
  if (i === 0) return false;
  // The character before them, a surrogate pair included (Han reaches beyond the BMP).
  const pair = i >= 2 && isLowSurrogate(text.charCodeAt(i - 1)) && isHighSurrogate(text.charCodeAt(i - 2));
  return HAN.test(text.slice(pair ? i - 2 : i - 1, i));
}

const HAN = /\p{Script=Han}/u;
const isAsciiAlnum = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isHighSurrogate = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

function isShortTerm(text: string, jieba: Segmenter): boolean {
  // A list of examples (发短信、写日志) or a question (下一个看哪个视频) is no other name.
  if (/[，。,.;；:：!?！？、\d]|哪|什么|怎么|如何|为什么/u.test(text)) return false;
  if (hasHan(text)) {
    const chars = codePointLength(text);
    if (chars < 2 || chars > 10 || text.includes('的') || text.includes('是') || ZH_BOUNDARY.has(text)) return false;
    // A gloss is a name: it ends with a noun (见下文, 通常以分钟计算 do not).
    const tokens = tagTerm(jieba, text);
    return /^(?:n|vn|eng|nz|nr|ns|nt|j|l)/u.test(tokens[tokens.length - 1]?.tag ?? '') && !/^(?:v|p|d|c|r)/u.test(tokens[0]?.tag ?? '');
  }
  return ENGLISH_TERM.test(text) && text.split(/\s+/u).length <= 5;
}

/** Hypervisor（又称虚拟机监视器）: the English name right before an also-known-as gloss (one word, or a capitalised run). */
function englishTerm(before: string, gloss: string): string | undefined {
  // Called only after an also-known-as cue, so the other name may be Chinese or English (Solaris Zones（又称 Solaris Containers）).
  if (!gloss) return undefined;
  const words = englishBefore(before, 4);
  if (words.length === 0) return undefined;
  let start = words.length - 1;
  while (start > 0 && /^[A-Z]/u.test(words[start - 1]) && /^[A-Z]/u.test(words[start])) start--;
  return words.slice(start).join(' ');
}

/** Two to eight Han characters, none of them grammar: a term's shape, whatever jieba's tags say. */
const HAN_GLOSS = /^(?:(?![的地得了是很])\p{Script=Han}){2,8}$/u;

/**
 * `page cache（页缓存）`, `routing key（路由键）`: a lower-case English term amid Chinese prose, glossed by a short
 * Chinese term, is translated by it. A product's annotation (VMware Workstation（二进制翻译）) is capitalised. One to
 * three lower-case words, with no other Latin word before them (that would be an English sentence).
 */
function lowerCaseTerm(before: string): string | undefined {
  const words = englishBefore(before, 4);
  if (words.length === 0 || words.length > 3 || !words.every((w) => /^[a-z][a-z-]*[a-z]$/u.test(w))) return undefined;
  const phrase = words.join(' ');
  const text = before.trimEnd();
  if (!text.endsWith(phrase) || isStopWord(phrase) || EN_FUNCTION_WORDS.has(words[0])) return undefined;
  // The phrase must be all the Latin text back to Chinese, a clause mark or the start.
  const prior = text.slice(0, text.length - phrase.length).trimEnd();
  return prior === '' || !/[A-Za-z0-9.+#_-]$/u.test(prior) ? phrase : undefined;
}

/**
 * An acronym that keeps a function word's letter in lower case (SoA: structure of arrays, AoS, IaC, PoW): two or
 * three capitals around one lower-case letter. Only as the gloss of the words before it, whose initials must spell it.
 */
const MIXED_ACRONYM = /^[A-Z][a-z]?[A-Z][a-z]?[A-Z]?$/u;

/** An abbreviation, also one led by a digit (2PL, 3NF, 2FA). */
function isAbbreviationLike(text: string): boolean {
  return isAbbreviation(text) || /^\d[A-Z][A-Z0-9]*$/u.test(text);
}

/**
 * A coined name followed by its spelled-out form, `SSTable (sorted string table)`: the capitals of the name are
 * the initials of the words in the parenthesis.
 */
function nameExpanded(before: string, expansion: string): string | undefined {
  const name = englishBefore(before, 1)[0];
  if (!name) return undefined;
  // An acronym, also typed in lower case in hurried notes (`one dfa (deterministic finite automaton)`).
  if ((isAbbreviation(name) || /^[a-z]{2,6}$/u.test(name)) && /^[A-Za-z]+(?:[\s-]+[A-Za-z]+)+$/u.test(expansion)) {
    const acronym = acronymExpanded(name, expansion);
    if (acronym || isAbbreviation(name)) return acronym;
  }
  if (!/^[a-z]+(?:[\s-]+[a-z]+)+$/u.test(expansion)) return undefined;
  const capitals = name.replace(/[^A-Z]/gu, '').toLowerCase();
  const initials = expansion.split(/[\s-]+/u).map((w) => w[0]).join('');
  return capitals.length >= 2 && capitals === initials ? name : undefined;
}

/**
 * `JWT (JSON Web Token)`, `PKCE (Proof Key for Code Exchange)`: an acronym first, its expansion in the parenthesis,
 * written in any case. The content words' initials spell the acronym (function words may be skipped, or not:
 * `for` is silent in PKCE, spoken in others).
 */
function acronymExpanded(name: string, expansion: string): string | undefined {
  const letters = name.replace(/[^A-Za-z]/gu, '').toLowerCase();
  // A hyphenated compound gives an acronym one letter or one per part (Cross-domain in SCIM, Sign-On in SSO).
  if (initialsOf(expansion.split(/[\s-]+/u), letters, name) || (expansion.includes('-') && initialsOf(expansion.split(/\s+/u), letters, name))) return name;
  return undefined;
}

function initialsOf(words: string[], letters: string, name: string): boolean {
  const all = words.map((w) => w[0].toLowerCase()).join('');
  // A lower-case acronym must spell every word: a common word matching by chance is then unlikely.
  if (name === name.toLowerCase()) return letters === all;
  const content = words.filter((w) => !EN_FUNCTION_WORDS.has(w.toLowerCase())).map((w) => w[0].toLowerCase()).join('');
  return letters.length >= 2 && (letters === all || letters === content);
}

/**
 * `HotSpot (the JVM) and V8 (JavaScript) …`: a coined name (internal capitals, or letters with a digit) right before
 * a parenthesis holding another short name is annotated with what it belongs to: the coined name is a concept
 * (the parenthesis is no alias of it). A capitalised word before it would make it part of a longer name.
 */
const COINED_NAME = /^(?:[A-Za-z]*[a-z][A-Z][A-Za-z]*|[A-Za-z]+\d+[A-Za-z0-9]*)$/u;
const SHORT_NAME = /^(?:the\s+)?[A-Z][A-Za-z0-9.+#-]*(?:\s+[A-Z][A-Za-z0-9.+#-]*){0,2}$/u;

function annotatedName(before: string, body: string): string | undefined {
  const [prior, name] = englishBefore(before, 2).length === 2 ? englishBefore(before, 2) : [undefined, englishBefore(before, 1)[0]];
  if (!name || !COINED_NAME.test(name) || !SHORT_NAME.test(body)) return undefined;
  if (prior && /^[A-Z]/u.test(prior)) return undefined;
  return before.trimEnd().endsWith(name) ? name : undefined;
}

function spellsOut(name: string | undefined, gloss: string): boolean {
  if (!name || !isAbbreviation(name)) return false;
  const letters = name.replace(/[^A-Za-z]/gu, '').length;
  return codePointLength(gloss.replace(/[^\p{Script=Han}]/gu, '')) >= 2 * letters;
}

/**
 * `CAVLC（基于上下文的自适应变长编码）`, `SVT-AV1（快很多，实际生产用它）`, `MCU（最小编码单元）`: a Latin name amid
 * Chinese prose that the author follows with a Chinese explanation (a description, or its expansion) is a name the
 * text introduces. The parenthesis may describe rather than name it, so it is no alias; the name alone is
 * proposed (0.5). Name-shaped only: an abbreviation, a coined name or a run of capitalised words
 * (`VMware Workstation`), with Chinese, a clause mark or nothing before it.
 */
function glossedLatinName(note: Note, block: Block, at: number, whole: string, before: string): Candidate | undefined {
  const words = englishBefore(before, 4);
  if (words.length === 0) return undefined;
  let start = words.length - 1;
  while (start > 0 && /^[A-Z]/u.test(words[start - 1]) && /^[A-Z]/u.test(words[start])) start--;
  const name = words.slice(start).join(' ');
  const last = words[words.length - 1];
  if (!(isAbbreviation(last) || COINED_NAME.test(last) || (/^[A-Z]/u.test(name) && /[A-Z0-9-]/u.test(name.slice(1)))) || isStopWord(name)) return undefined;
  const text = before.trimEnd();
  if (!text.endsWith(name)) return undefined;
  const lead = text.charCodeAt(text.length - name.length - 1);
  // Only Chinese (or a clause mark, or nothing) before the name: after English words it is part of a sentence.
  if (!Number.isNaN(lead) && !isSpace(lead) && lead < 0x2e80) {
    if (!/[(\[“"'‘]/u.test(String.fromCharCode(lead))) return undefined;
  } else if (isSpace(lead)) {
    const prior = text.slice(0, text.length - name.length).trimEnd();
    if (/[A-Za-z0-9]$/u.test(prior)) return undefined;
  }
  return candidateAt(note, block, at, whole, text.length - name.length, name, [], 0.5);
}

/**
 * `a rainbow table (huge precomputed hash → password lookup)`, `CSRF token (random value in the form, …)`: an English
 * noun phrase of two or three words, opening after a function word or a clause mark, explained in parentheses by
 * lower-case prose. The author stops to explain it: weak evidence (0.45) that a second mention completes.
 */
const SAME_HEAD_ALIAS = /^(?:(?:a\.k\.a\.|aka|or|also)\s+)?([a-z][a-z-]*\s+[a-z][a-z-]*)$/u;

/** A first-person pronoun (case-sensitive: `-i` of a command is no `I`). */
const FIRST_PERSON = /(?<![\w-])(?:I|we|my|mine|me|our|us)(?![\w-])/u;

function isAlnumCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function explainedPhrase(note: Note, block: Block, at: number, whole: string, before: string, content: string): Candidate | undefined {
  if (!/^[a-z]/u.test(content) || !/\s/u.test(content.trim())) return undefined;
  // `fn total(items: …)`: a parenthesis glued to the word before it is a call or a signature, not a remark.
  if (isAlnumCode(before.charCodeAt(before.length - 1))) return undefined;
  // `LCP image (we did. oops.)`, `Beginner habit (mine included)`: the author speaking of themselves comments on
  // the phrase; an explanation says what the thing is.
  if (FIRST_PERSON.test(content)) return undefined;
  const text = before.trimEnd();
  const m = /(?:^|[\s:;,])([A-Za-z0-9][A-Za-z0-9-]*(?:\s+[A-Za-z0-9][A-Za-z0-9-]*){1,2})$/u.exec(text);
  if (!m) return undefined;
  let words = m[1].split(/\s+/u);
  // The phrase starts after the last function word (`sent in a rainbow table` → rainbow table).
  const lastFunction = words.map((w) => EN_FUNCTION_WORDS.has(w.toLowerCase())).lastIndexOf(true);
  words = words.slice(lastFunction + 1);
  if (words.length < 2 || !/^[a-z]+$/u.test(words[words.length - 1]) || isStopWord(words[words.length - 1])) return undefined;
  // What stands before the phrase must end it: a function word, a clause mark or nothing (`fix: parameterized queries`).
  const lead = text.slice(0, text.length - words.join(' ').length).trimEnd();
  const previous = lead.split(/\s+/u).pop() ?? '';
  if (lastFunction < 0 && previous && !/[:;,]$/u.test(previous) && !EN_FUNCTION_WORDS.has(previous.toLowerCase())) return undefined;
  const surface = words.join(' ');
  const start = text.length - surface.length;
  // `zorp ray (camera ray)`: a parenthesis that names the same head with another modifier gives the term's other
  // name, not an explanation: the author names a term twice (0.5, with the other name).
  const other = SAME_HEAD_ALIAS.exec(content.trim());
  if (other && other[1] !== surface && other[1].endsWith(` ${words[words.length - 1]}`) && !other[1].split(' ').some((w) => EN_FUNCTION_WORDS.has(w))) {
    return candidateAt(note, block, at, whole, start, surface, [aliasOf(other[1], 'en')], 0.5, 'en');
  }
  return candidateAt(note, block, at, whole, start, surface, [], 0.45, 'en');
}

/**
 * `CSSOM（CSS 对象模型）`: an acronym before a Chinese gloss that keeps part of it in Latin letters is translated there
 * (the gloss spells out the rest); `KVM（硬件辅助）`, with no shared letters, stays an annotation.
 */
function translatedAcronym(before: string, body: string): string | undefined {
  const name = englishBefore(before, 1)[0];
  if (!name || !isAbbreviation(name) || !before.trimEnd().endsWith(name)) return undefined;
  const kept = /[A-Za-z][A-Za-z0-9]*/u.exec(body)?.[0];
  return kept && kept.length >= 2 && kept !== name && name.toUpperCase().includes(kept.toUpperCase()) ? name : undefined;
}

/** `LSM tree`: an abbreviation of the modifiers, then the head word spelled out. */
const ABBREVIATED_HEAD = /^[A-Z0-9][A-Z0-9]+\s+[a-z][a-z-]+$/u;

/** `log-structured merge tree (LSM tree)`: the words before the shared head expand the abbreviation. */
function expandedWithHead(gloss: string, before: string): string | undefined {
  const [abbreviation, head] = gloss.split(/\s+/u);
  const text = before.trimEnd();
  if (!text.toLowerCase().endsWith(` ${head}`)) return undefined;
  const modifiers = expansionOf(abbreviation, text.slice(0, text.length - head.length).trimEnd().replace(/-/gu, ' '));
  if (!modifiers) return undefined;
  // The expansion was read with hyphens as spaces: take the same number of characters from the text as written.
  const start = text.length - head.length - 1 - modifiers.length;
  const written = text.slice(start);
  return written.replace(/-/gu, ' ').toLowerCase() === `${modifiers} ${head}`.toLowerCase() ? written : undefined;
}

/**
 * `NP (the X Y)`: a gloss that is a definite description of one to four content words (`the best common ancestor`;
 * `gloss` comes without its article),
 * after a noun phrase of one to three words that starts after a function word (`their merge base`). Weaker than a
 * translation (0.6): the description may be an explanation rather than a name.
 */
function describedPhrase(before: string, gloss: string): { phrase: string; gloss: string } | undefined {
  const m = /^([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,3})$/u.exec(gloss);
  if (!m || m[1].split(/\s+/u).some((w) => EN_FUNCTION_WORDS.has(w))) return undefined;
  const words = before.trimEnd().split(/\s+/u).slice(-5);
  const phrase: string[] = [];
  for (let i = words.length - 1; i >= 0 && phrase.length < 3; i--) {
    if (!/^[A-Za-z][A-Za-z0-9-]*$/u.test(words[i]) || EN_FUNCTION_WORDS.has(words[i].toLowerCase())) break;
    phrase.unshift(words[i]);
  }
  const lead = words[words.length - 1 - phrase.length];
  if (phrase.length === 0 || lead === undefined || !EN_FUNCTION_WORDS.has(lead.toLowerCase())) return undefined;
  const text = phrase.join(' ');
  return isStopWord(text) ? undefined : { phrase: text, gloss: m[1] };
}

/** A leading digit of an abbreviation stands for its English number word (2PL: two-phase locking). */
const DIGIT_INITIAL = 'zottffssen';

/**
 * Schwartz & Hearst: the shortest run of preceding words whose letters, read backwards, contain the
 * abbreviation's letters in order, with the first letter starting a word.
 */
export function expansionOf(abbreviation: string, before: string): string | undefined {
  const letters = abbreviation
    .replace(/[^A-Za-z0-9]/gu, '')
    .toLowerCase()
    .replace(/^\d/u, (d) => DIGIT_INITIAL[Number(d)] ?? d);
  if (letters.length < 2) return undefined;
  const words = englishBefore(before, Math.min(letters.length + 5, letters.length * 2));
  for (let n = 1; n <= words.length; n++) {
    const candidate = words.slice(words.length - n).join(' ');
    if (matchesBackwards(letters, candidate.toLowerCase()) && candidate.toLowerCase()[0] === letters[0]) {
      return candidate.length > abbreviation.length ? candidate : undefined;
    }
  }
  return undefined;
}

function matchesBackwards(letters: string, text: string): boolean {
  let t = text.length - 1;
  for (let l = letters.length - 1; l >= 0; l--) {
    while (t >= 0 && (text[t] !== letters[l] || (l === 0 && t > 0 && /[a-z0-9]/u.test(text[t - 1])))) t--;
    if (t < 0) return false;
    t--;
  }
  return true;
}
