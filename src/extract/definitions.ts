/**
 * Definition sentences: `X是一种…`, `X是…`, `X，也叫/也称为/又称 Y`, `X is a/an …`, `X, also known as Y`.
 * The subject must fill its clause (so `这是…`, `Docker的目标之一就是…` are not definitions), and the sentence
 * becomes the definition. `X是一种/是指/is a` is a strong cue; a bare `X是` is weak and needs corroboration.
 */
import { aliasOf, candidateOf } from './candidate.js';
import type { Segmenter } from './segmenter.js';
import type { Block, Candidate, Note } from '../types.js';
import { blockCues, CUE, cuedSentences, type CuedSentence } from './cues.js';
import { provenanceAt, type Sentence } from './locate.js';
import { cleanParts, cleanSurface, codePointLength, detectLang, hasHan, isAbbreviation } from './normalise.js';
import { EN_FUNCTION_WORDS, EN_STOP, isQuantifiedPhrase, isStopWord } from './stop-words.js';
import { isListItem } from './siblings.js';
import { tagTerm, withPrecut } from './term-tags.js';
import { englishFrequency } from './english-background.js';
import { isSpace, termBefore, wholeTerm, wholeTermWalk, type Known } from './walk-back.js';

const ZH_COPULA = /(是一种|是一个|是一类|是一款|是一套|是指|指的是|是)/gu;
const ZH_AKA = /(?:，|,)?\s*(?:也被称为|也被称作|也称为|也称作|也称|也叫做|也叫|又称为|又称|又叫|被称为|俗称)\s*/gu;
const LEAD = /^(?:而|所以|因此|那么|其实|简单地说|简单来说|总之|通常|一般来说|在[^，,]{1,12}[中里上]，?)/u;
const EN_DEF = /^(?:(?:An?|The)\s+)?([A-Za-z][A-Za-z0-9.+#/-]*(?:\s+[A-Za-z0-9][A-Za-z0-9.+#/-]*){0,4})\s*(?:\([^)]*\))?\s+(?:is|are|refers to)\s+(?:(a|an|the|one of)\b|)/u;
const EN_AKA = /([A-Za-z][A-Za-z0-9.+#/-]*(?:\s+[A-Za-z0-9][A-Za-z0-9.+#/-]*){0,4})\s*,\s*(?:also known as|also called|aka|a\.k\.a\.)\s+([^,.;()]{2,60})/giu;
/** Cheap pre-test of EN_DEF (case-sensitive like it): its verb. */
const mayDefine = (text: string) => text.includes('is') || text.includes('are') || text.includes('refers to');
/** Cheap pre-test: EN_AKA backtracks at every position of every sentence. */
const AKA_CUE = /also known as|also called|\baka\b|a\.k\.a\./iu;
/** Cheaper still, for a sentence without ſ or K (CUE.folds): ASCII-only /i, no word boundaries, so it matches wherever AKA_CUE does. */
const AKA_ASCII = /also known as|also called|aka|a\.k\.a\./i;
/** Function words (determiners, pronouns, prepositions, auxiliaries, conjunctions): never inside an English name. */
const CLOSED_CLASS = new Set(
  ('a an the this that these those it its we you they he she i our your their his her my me us them one ' +
    'is are was were be been being am do does did have has had can could will would shall should may might must ' +
    'and or but if then when while for to of in on at by with from as into onto about over under than so not no ' +
    'which who whom whose what where there here also').split(' '),
);
/** A Chinese subject ends with a noun-like token (只能, 肯定 are verbs/adverbs before 是, not subjects). */
const NOUN_END = /^(?:n|vn|eng|nz|nr|ns|nt|j|l|b|g)/u;

function endsWithNoun(term: string, jieba: Segmenter): boolean {
  const tokens = tagTerm(jieba, term).filter((t) => t.word.trim());
  if (tokens.length === 0) return false;
  const last = tokens[tokens.length - 1].tag;
  // A Han word jieba tags as a measure word after a Latin name heads the name (`Q 帧`, `X 端`): a noun there.
  return NOUN_END.test(last) || (last === 'q' && tokens.length >= 2 && tokens[tokens.length - 2].tag === 'eng');
}

const PRONOUNS = /^(?:it|this|that|these|those|there|he|she|we|they|which|what|here|one|each|all|some)$/iu;
const PAREN = /[（(][^（）()]*[）)]/gu;

/** `split`: the sentences of each block (noteSentences), when the caller already has them. */
export function definitionCandidates(note: Note, jieba: Segmenter, known: Known, split?: CuedSentence[][]): Candidate[] {
  const out: Candidate[] = [];
  const labels: Array<{ index: number; label: NonNullable<Label>; list: number }> = [];
  // Lists are numbered as they come: consecutive list-item blocks share a number (-1: not in a list).
  let list = -1;
  let lists = 0;
  let previousItem = -2;
  const sentences = split ?? note.blocks.map((block) => cuedSentences(block.text));
  // The copula sentences are read first, so that the subject clauses a walk back segments are cut in one call.
  const readings = new Map<CuedSentence, CopulaReading>();
  const walks: string[] = [];
  for (let b = 0; b < note.blocks.length; b++) {
    const block = note.blocks[b];
    if (block.kind === 'heading') continue;
    for (const sentence of sentences[b]) {
      const cues = sentence.cues;
      if (!(cues & CUE.han && cues & (CUE.copula | CUE.aka)) || !hasHan(sentence.text)) continue;
      const reading = readCopula(sentence);
      readings.set(sentence, reading);
      const walk = reading.copula && reading.clause.length <= 30 ? wholeTermWalk(reading.clause, known) : undefined;
      if (walk) walks.push(walk);
    }
  }
  // From here on, jieba has those clauses cut ahead (the same tokens, without a call into jieba each).
  jieba = withPrecut(jieba, walks);
  for (let b = 0; b < note.blocks.length; b++) {
    const block = note.blocks[b];
    if (block.kind === 'heading') continue;
    const blockBits = blockCues(sentences[b]);
    if (blockBits & CUE.belongs && block.text.includes('属于')) belongsTo(note, block, jieba, out);
    if (block.kind === 'paragraph' && block.text.endsWith(':')) listIntroduced(note, block, b, out);
    const label = labelled(note, block, blockBits, jieba, out);
    if (label) {
      if (isListItem(note.text, block)) {
        if (previousItem !== b - 1 || list < 0) list = lists++;
        previousItem = b;
      } else list = -1;
      labels.push({ index: b, label, list });
    } else if (previousItem === b - 1 && isListItem(note.text, block)) previousItem = b;
    for (const sentence of sentences[b]) {
      const cues = sentence.cues;
      if (cues & CUE.han && hasHan(sentence.text)) {
        // Every copula has a 是 and every also-known-as cue a 称 or 叫: most sentences have neither.
        if (cues & (CUE.copula | CUE.aka)) chinese(note, block, sentence, readings.get(sentence)!, jieba, known, out);
      } else if (cues & CUE.latin) english(note, block, sentence, out, b > 0 && note.blocks[b - 1].kind === 'heading');
    }
  }
  vouchForSiblings(labels, out);
  return out;
}

/**
 * A label line: a list item or paragraph that starts with a short noun phrase and a colon, then says what it is
 * (`Network 命名空间：隔离网卡…`, `memory virtualization: maps guest memory…`). Weak on its own (0.45): it needs
 * another signal, or to be a compound of a known term (boostCompoundsOfKnown), or glossary siblings.
 * A spaced dash or an equals sign opens the explanation as a colon does (`Argon2 — memory-hard …`,
 * `lexer = chars in, tokens out`): the same glossary line in another typing habit.
 * A section number opens a label line as a list number does (`2.1 Zorp typing: …`): notes number their glossaries
 * by hand. A setting written with its value (`max-age=N — …`, `GOGC=100 (default): …`) labels the line by its name.
 */
const LABEL = /^\s*(?:\d+(?:\.\d+)+\.?\s+|\d+[.)、]\s*)?([^：:，,。.;；!?！？=—–\n]{2,40}?)(?:=[A-Za-z0-9_.]{1,12})?(?:\s*[：:]|\s+(?:—|–|-|=)|\s*——)\s*(\S.{4,})/u;
/** Pre-test of LABEL: one of its separators. */
const LABEL_CUE = /[：:=—–]| - /u;

/**
 * A label line; `rubric` when its label is one lower-case word (`fixes: …`) or a short Chinese label that does not
 * read as a noun phrase (找零钱：…), kept out of `out` until a glossary vouches for it.
 */
type Label = { candidate: Candidate; rubric: boolean; more?: Candidate[] } | undefined;

/**
 * `The browser walks the certificate chain:` and a list: a sentence that ends on a noun phrase and a colon and is
 * followed by a list spells that phrase out (0.5). The phrase comes after an article or possessive, two or three
 * lower-case content words.
 */
const INTRODUCES_LIST = /(?:^|\s)(?:the|an?|its|their|our|your)\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){1,2}):$/u;

function listIntroduced(note: Note, block: Block, b: number, out: Candidate[]): void {
  const next = note.blocks[b + 1];
  if (!next || next.kind === 'heading' || !isListItem(note.text, next)) return;
  const m = INTRODUCES_LIST.exec(block.text);
  if (!m) return;
  const words = m[1].split(/\s+/u);
  if (words.some((w) => EN_FUNCTION_WORDS.has(w) || CLOSED_CLASS.has(w)) || EN_STOP.has(words[words.length - 1]) || ADVERB.test(words[words.length - 1])) return;
  const sentence = { text: block.text.slice(Math.max(0, m.index - 200)), at: Math.max(0, m.index - 200) };
  push(out, note, block, sentence, m.index + m[0].indexOf(m[1]), m[1], 0.5, false);
}

/**
 * `2. an intermediate certificate, signed by the root`: a list item that is an English noun phrase of two or three
 * words and, after a comma, what it is: a label line in a list (only with its list mates does it count).
 */
const LIST_COMMA_LABEL = /^\s*(?:(?:the|an?)\s+)?([A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z0-9][A-Za-z0-9-]*){1,2}),\s+\S.{4,}/u;

/** One or two words and a comma (or a closing and): the next items of a series. */
const SERIES_AFTER_COMMA = /^[^\s,]+(?:\s[^\s,]+)?(?:,|\s+and\s)/u;

function commaLabel(note: Note, block: Block, out: Candidate[]): Label {
  // The comma closes a phrase of three words at most: it comes early in the item.
  const comma = block.text.indexOf(', ');
  if (comma < 0 || comma > 60 || !isListItem(note.text, block)) return undefined;
  const m = LIST_COMMA_LABEL.exec(block.text);
  if (!m || isComparison(m[1])) return undefined;
  const words = m[1].split(/\s+/u);
  if (opensAsClause(words[0])) return undefined;
  // `changing width, height, margin, padding`, `check exp, nbf (…)`: a word or two and another comma after the
  // comma make a series, whose first item the phrase is, not the label of what follows.
  if (SERIES_AFTER_COMMA.test(block.text.slice(comma + 2, comma + 40))) return undefined;
  if (words.some((w) => CLOSED_CLASS.has(w.toLowerCase()) || EN_FUNCTION_WORDS.has(w.toLowerCase())) || EN_STOP.has(words[words.length - 1].toLowerCase()) || !/^[a-z]/u.test(words[words.length - 1])) return undefined;
  push(out, note, block, { text: block.text.slice(0, 400), at: 0 }, Math.max(0, block.text.indexOf(m[1])), m[1], 0.45, true);
  return { candidate: out[out.length - 1], rubric: false };
}

/** `cues`: the block's cue bits. */
function labelled(note: Note, block: Block, cues: number, jieba: Segmenter, out: Candidate[]): Label {
  // LABEL_CUE needs a colon or a dash (cue bits) or an equals sign.
  if (!(cues & (CUE.colon | CUE.dash) || block.text.includes('=')) || !LABEL_CUE.test(block.text)) return commaLabel(note, block, out);
  // A gloss inside the label (`PKCE (Proof Key for Code Exchange) — …`) does not count against its length.
  // LABEL reads a label of 40 characters at most and the start of what follows: the head of the block is enough.
  const head = block.text.slice(0, 160);
  const text = head.includes('(') || head.includes('（') ? head.replace(PAREN, '') : head;
  const m = LABEL.exec(text);
  if (!m) return commaLabel(note, block, out);
  let label = cleanSurface(m[1]);
  if (!label || isStopWord(label) || /[的是了]/u.test(label) || /https?$/iu.test(label) || notAName(label) || formulaOnly(m[2]) || isComparison(label)) return undefined;
  // `X 有一个搜索引擎模式：…`: a quantifier inside a Chinese label makes it a clause; what it counts is the label.
  const counted = hasHan(label) ? INNER_QUANTIFIER.exec(label) : null;
  if (counted) label = cleanSurface(label.slice(counted.index + counted[0].length));
  if (!label) return undefined;
  // `Elasticsearch 和 Solr：…`, `标签召回 / 类目召回：…`: two names coordinated in one label are two labels.
  const pair = COORDINATED_LABEL.exec(label);
  if (pair) {
    const parts = [cleanSurface(pair[1]), cleanSurface(pair[2])];
    const scores = parts.map((part) => labelScore(part, jieba));
    if (scores.every((score) => typeof score === 'number')) {
      const from = out.length;
      parts.forEach((part, i) => push(out, note, block, { text: block.text.slice(0, 400), at: 0 }, Math.max(0, block.text.indexOf(part)), part, scores[i] as number, true));
      return { candidate: out[from], rubric: false, more: out.slice(from + 1) };
    }
  }
  // `purge / invalidation — …`, `federation / federated identity — …`: a label of two spellings that are not two
  // names each is one thing called two ways; the joined string names nothing. The first is the label, the second its
  // other name.
  let other: string | undefined;
  if (pair && !hasHan(label) && label.includes(' / ')) {
    label = cleanSurface(pair[1]);
    other = cleanSurface(pair[2]);
  }
  if (!hasHan(label)) label = nameBeforePreposition(label);
  const score = labelScore(label, jieba);
  if (score === undefined) return undefined;
  // A word given with another name (`evaluative / matrix — …`) is named two ways, which a rubric never is.
  if (score === 'rubric' && other === undefined) {
    // A single lower-case word before a colon is a rubric (isolation: …, performance: …), not a name, unless a
    // longer glossary around it says otherwise (see vouchForSiblings).
    const held: Candidate[] = [];
    push(held, note, block, { text: block.text.slice(0, 400), at: 0 }, Math.max(0, block.text.indexOf(label)), label, 0.5, true);
    return { candidate: held[0], rubric: true };
  }
  push(out, note, block, { text: block.text.slice(0, 400), at: 0 }, Math.max(0, block.text.indexOf(label)), label, score === 'rubric' ? 0.5 : score, true, other);
  return { candidate: out[out.length - 1], rubric: false };
}

/**
 * Label lines that name no term: a pointer to another note (`Next: …`, `Follow-up: …`, `See also: …`), a sum of
 * things the line goes on to explain (`批量 + 压缩：…`), or a label opened by a general verb of use (`利用注册信息：…`,
 * `通过配置中心：…`), which is the step of a method, not a name.
 */
const NAVIGATION_LABEL = /^(?:next|previous|prev|related|see also|follow-?up|up|back)$/iu;
/** The verb must be followed by an object of two characters or more: 利用率, 使用率, 通过率 are rates, named terms. */
const USE_VERB_LABEL = /^(?:利用|使用|通过|借助|采用|进行|依靠|基于)\p{Script=Han}{2}/u;

function notAName(label: string): boolean {
  return NAVIGATION_LABEL.test(label) || label.includes(' + ') || USE_VERB_LABEL.test(label);
}

/**
 * `left identity: return a >>= f == f a`: a label followed by an equation, not by words, states a law or a value
 * by name; the line says nothing about what the label is. An equality sign and hardly a word of prose after it.
 */
const EQUATION = /==|>>=|:=|≡/u;

function formulaOnly(rest: string): boolean {
  if (!EQUATION.test(rest)) return false;
  const words = rest.match(/\b[A-Za-z]{3,}\b|\p{Script=Han}+/gu);
  return !words || words.length < 3;
}

/** A numeral or demonstrative with its measure word after a label's start: `有一个`, `用两种`, `这个`; `有个`, 有一个 with its 一 dropped. */
const INNER_QUANTIFIER = /(?<=.)(?:[一两几这那每某][个种类套些款项])|(?<=有)个/u;

/**
 * Two parts of a label joined by 和, 与, 及, 、, `and`, or a slash between spaces or Han characters (MC/DC, TCP/IP
 * and Wide & Deep are one name each).
 */
const COORDINATED_LABEL = /^([^和与及、/]+?)(?:\s*(?:和|与|及|、)\s*|\s+(?:\/|and)\s+|(?<=\p{Script=Han})\/(?=\p{Script=Han}))([^和与及、/]+)$/u;

/** The score of a label line's label, `rubric` for one lower-case word, undefined when it cannot name a term. */
function labelScore(label: string, jieba: Segmenter): number | 'rubric' | undefined {
  if (!label || isStopWord(label)) return undefined;
  if (hasHan(label)) {
    if (label.length > 24) return undefined;
    const rubric = shortHanLabel(label) ? 'rubric' : undefined;
    if (!startsAsTerm(label, jieba)) return rubric;
    // A compound ending in a verb (数据增强, 拥塞控制) or a word jieba does not know (早停) names a method or a
    // process: weaker alone (0.35), a full member of a glossary.
    if (!endsWithNoun(label, jieba)) return verbShaped(label, jieba) ? 0.35 : rubric;
    return 0.45;
  }
  const words = label.split(/\s+/u);
  if (words.length > 4 || !/^[A-Za-z]/u.test(label) || words.some((w) => CLOSED_CLASS.has(w.toLowerCase()) || EN_STOP.has(w.toLowerCase()))) return undefined;
  if (opensAsClause(words[0])) return undefined;
  if (words.length === 1) return !/[A-Z0-9]|\w[-.]\w/u.test(label) ? 'rubric' : 0.45;
  // A lone label line of a noun phrase is evidence enough; other labels of two words or more need a glossary.
  return nounPhraseLabel(words) ? 0.5 : 0.45;
}

/**
 * Everyday English (SUBTLEX count, english-background.ts) from which a label's word is ten uses in a million words of
 * speech or more: a label made only of such words (Open question, Side effect, Useful reading, common root cause) is
 * a rubric of the notes; a name holds a word of its field (orphan rule, Gate fidelity, texture mapping).
 */
const EVERYDAY_LABEL_WORD = 500;

/**
 * Whether a label line's label of two to four words reads as a noun phrase naming one thing, which a label line
 * alone vouches for (0.5): no plural head (Trait objects, Weak spots: a topic of several things), no word with an
 * apostrophe or in -ly, no plural before a bare last word (Updates happen, CUDA Graphs go: a subject and its verb),
 * no lower-case verb in -s opening it (sends code_challenge), and not only everyday words.
 */
function nounPhraseLabel(words: readonly string[]): boolean {
  const last = words[words.length - 1];
  if (PLURAL.test(last)) return false;
  if (words.some((w) => /['’]/u.test(w) || ADVERB.test(w))) return false;
  if (/^[a-z]+$/u.test(last) && words.slice(0, -1).some((w) => PLURAL.test(w))) return false;
  if (S_VERB.test(words[0])) return false;
  return !words.every((w) => englishFrequency(w.toLowerCase()) >= EVERYDAY_LABEL_WORD);
}

/** A word in -s that is no -ss, -us or -is ending: a plural noun or a third-person verb. */
const PLURAL = /[^sui]s$/u;

/**
 * `After NISQ: …`, `They're auto traits: …`, `Another site makes …`: a label opened by a function word (a preposition,
 * a quantifier, a determiner) or a pronoun's contraction starts a phrase or a clause, not a name.
 */
function opensAsClause(first: string): boolean {
  const word = first.toLowerCase();
  return (word.length > 1 && CLOSED_CLASS.has(word)) || CLAUSE_OPENER.has(word) || /^(?:they|we|you|it|i|he|she|there|that|what|here)['’](?:re|s|m|ll|ve|d)$/u.test(word);
}

/** Prepositions and quantifiers CLOSED_CLASS does not hold: a name does not open with them (`Very`, `Most`, `Use of` can; so can a letter, `I 帧`). */
const CLAUSE_OPENER = new Set(
  'another each every some any all after before during without within between through across behind via per against among upon until since toward towards around'.split(' '),
);

/** Adverbs, modals, negations and particles: a label holding one is a clause (代价也要知道, 数据不一致), not a name. */
const CLAUSE_CHARACTER = /[也都要就不没只还会能可很把被让得着过吗呢吧]/u;

/** Three to six Han characters and nothing else: short enough to be a name whatever jieba makes of its words. */
function shortHanLabel(label: string): boolean {
  return /^\p{Script=Han}{3,6}$/u.test(label) && !CLAUSE_CHARACTER.test(label);
}

/**
 * `Authorization code flow with PKCE — …`: a label that goes on past a preposition names the phrase before it
 * (two words at least, so `Rule one` or `Side note` style rubrics stay whole and are judged as they are).
 */
function nameBeforePreposition(label: string): string {
  const words = label.split(/\s+/u);
  const cut = words.findIndex((w, i) => i > 0 && CLOSED_CLASS.has(w.toLowerCase()));
  // The cut may leave a closing quote behind (`"Dependency hell" is the end state: …`).
  return cut >= 2 && !words.slice(0, cut).some((w) => EN_STOP.has(w.toLowerCase())) ? cleanSurface(words.slice(0, cut).join(' ')) : label;
}

/** Two or more content words ending in a verb, or one Han word of 2–4 characters that jieba cannot tag (`x`). */
function verbShaped(label: string, jieba: Segmenter): boolean {
  const tokens = tagTerm(jieba, label).filter((t) => t.word.trim());
  if (tokens.length === 1) return tokens[0].tag === 'x' && /^\p{Script=Han}{2,4}$/u.test(label);
  return tokens.length >= 2 && tokens.length <= 4 && /^(?:v|vn)$/u.test(tokens[tokens.length - 1].tag) && !tokens.some((t) => /^(?:d|m|r|p|c|u|f|uj)$/u.test(t.tag));
}

/**
 * Label lines in a row (`Atomicity: …`, `Consistency: …`, `Isolation: …`) are a glossary the author wrote: each
 * of them is evidence enough. Two named lines make a glossary; a one-word lower-case label (`deoptimisation: …`,
 * but also `fixes: …`) or a short Chinese label jieba reads as a verb phrase (找零钱, 交集型歧义) counts only in a
 * glossary of three or more lines, most of them named. (Three one-word lines in a row as a glossary of their own,
 * `latency — …`, `traffic — …`, `saturation — …`, gained 8 gold English labels to 2 not on the development vaults
 * but 0 to 3 on the blind ones: dropped.)
 */
const SIBLINGS = 2;
const RUBRIC_SIBLINGS = 3;

function vouchForSiblings(labels: Array<{ index: number; label: NonNullable<Label>; list: number }>, out: Candidate[]): void {
  // Two named label lines anywhere in one list (`- recursive descent: …`, other items, `- pratt parsing for …: …`).
  const named = new Map<number, number>();
  for (const l of labels) if (l.list >= 0 && !l.label.rubric) named.set(l.list, (named.get(l.list) ?? 0) + 1);
  for (const l of labels) if (l.list >= 0 && !l.label.rubric && named.get(l.list)! >= SIBLINGS) raise(l.label);
  let start = 0;
  for (let i = 1; i <= labels.length; i++) {
    if (i < labels.length && labels[i].index === labels[i - 1].index + 1) continue;
    const run = labels.slice(start, i);
    const named = run.filter((l) => !l.label.rubric).length;
    if (named >= SIBLINGS) for (const l of run) if (!l.label.rubric) raise(l.label);
    if (run.length >= RUBRIC_SIBLINGS && named * 2 > run.length) for (const l of run) if (l.label.rubric) out.push(l.label.candidate);
    start = i;
  }
}

/** A label vouched for by its glossary: each name it holds is evidence enough. */
function raise(label: NonNullable<Label>): void {
  label.candidate.score = Math.max(label.candidate.score, 0.5);
  for (const c of label.more ?? []) c.score = Math.max(c.score, 0.5);
}

/**
 * `OSPF 属于链路状态协议，RIP 属于距离矢量协议`: what a named thing belongs to is a kind, when it fills the rest of its
 * clause as a short noun phrase (`属于自己的 Ring 0 上运行`, `属于某个域名` are not kinds). 0.5: the author classifies.
 */
const BELONGS = /属于\s*([^，。；,;：:！？!?\n]{2,12})(?=[，。；,;：:！？!?\n]|$)/gu;
const NOT_SUBJECT_END = /(?:^|[，。；,;：:！？!?\n])\s*(?:它|这|那|其|也|都|仍然|仍|还)?\s*$/u;

function belongsTo(note: Note, block: Block, jieba: Segmenter, out: Candidate[]): void {
  BELONGS.lastIndex = 0;
  for (let m = BELONGS.exec(block.text); m; m = BELONGS.exec(block.text)) {
    const kind = cleanSurface(m[1]);
    // A subject of its own before 属于 in the clause (not a bare pronoun or adverb).
    if (NOT_SUBJECT_END.test(block.text.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (!hasHan(kind) || /[的是了]/u.test(kind) || isStopWord(kind) || isQuantifiedPhrase(kind) || !baseShaped(kind, jieba)) continue;
    const sentence = { text: block.text.slice(Math.max(0, m.index - 40), m.index + m[0].length), at: Math.max(0, m.index - 40) };
    push(out, note, block, sentence, m.index + m[0].indexOf(m[1]), kind, 0.5, false);
  }
}

/**
 * `X 就是…`, `X 也是…`: an adverb between the subject and the copula. Not 都: `工业界都是多路召回` says what the members
 * of X all do (a plural subject), it does not say what X is.
 */
const ADVERBS_BEFORE_COPULA = '就也便正即则还才';

/**
 * `clause` without an adverb that ends it, trimmed: /\s*(?:就|也|…)$/u replaced and trim(), by code. The spaces before
 * the adverb go with it, and trim() drops them anyway: only the last character is looked at (a pattern anchored
 * with `$` alone is tried at every position of the clause).
 */
export function withoutAdverbBeforeCopula(clause: string): string {
  const last = clause.length - 1;
  return (last >= 0 && ADVERBS_BEFORE_COPULA.includes(clause.charAt(last)) ? clause.slice(0, last) : clause).trim();
}
const OWNED_LATIN = /的\s*([A-Za-z][A-Za-z0-9_.+#-]*)$/u;

function ownedLatinName(clause: string): string | undefined {
  const name = OWNED_LATIN.exec(clause)?.[1];
  return name && name.length >= 2 && !EN_STOP.has(name.toLowerCase()) ? name : undefined;
}

function startsAsTerm(term: string, jieba: Segmenter): boolean {
  const tokens = tagTerm(jieba, term).filter((t) => t.word.trim());
  const first = tokens[0];
  if (!first) return false;
  if (!/^(?:v|d|p|c|r|m|q|u|f|a|ad)$/u.test(first.tag)) return true;
  // An adjective or adverb of two characters, or one adjective, before a noun head is a modifier of the term
  // (强一致性, 完全二叉树, 最优子结构): the term's own first word, not a lead-in (简单来说, 不一致 end otherwise).
  const modifier = first.tag === 'a' || ((first.tag === 'ad' || first.tag === 'd') && codePointLength(first.word) >= 2);
  return modifier && tokens.length >= 2 && tokens.slice(1).every((t) => /^n/u.test(t.tag));
}

/** What chinese() reads of a sentence before it segments anything: the text, its first copula and the clause before it. */
interface CopulaReading {
  /** The sentence with its glosses blanked out (indexes kept). */
  text: string;
  copula: { index: number; text: string } | undefined;
  clauseStart: number;
  /** The clause before the copula without a lead-in or an adverb: the subject, if it is a term. */
  clause: string;
}

function readCopula(sentence: CuedSentence): CopulaReading {
  const text = sentence.cues & CUE.paren ? sentence.text.replace(PAREN, (m) => ' '.repeat(m.length)) : sentence.text; // keep indexes, drop glosses
  const copula = sentence.cues & CUE.copula ? firstMatch(ZH_COPULA, text) : undefined;
  if (!copula) return { text, copula, clauseStart: 0, clause: '' };
  const clauseStart = Math.max(text.lastIndexOf('，', copula.index), text.lastIndexOf(',', copula.index)) + 1;
  const lead = text.slice(clauseStart, copula.index).replace(LEAD, '');
  const clause = withoutAdverbBeforeCopula(lead);
  return { text, copula, clauseStart, clause };
}

function chinese(note: Note, block: Block, sentence: CuedSentence, reading: CopulaReading, jieba: Segmenter, known: Known, out: Candidate[]): void {
  const hasAka = (sentence.cues & CUE.aka) !== 0;
  const { text, copula, clauseStart, clause } = reading;
  let subject: string | undefined;
  if (copula) {
    // The subject must be the whole clause: `镜像是…`, not `Docker的目标之一就是…`; and a term is short,
    // so a long clause is not worth segmenting. A Latin name owned by something (`Go 语言的 goroutine 就是一种…`)
    // is the subject too, after a strong copula (`的 PID 是 1` states a value): a name, so nothing else of the clause
    // belongs to it.
    const term = clause.length <= 30 ? wholeTerm(clause, jieba, known) ?? (copula.text !== '是' ? ownedLatinName(clause) : undefined) : undefined;
    if (term && !isStopWord(term) && endsWithNoun(term, jieba)) {
      subject = term;
      const strong = copula.text !== '是';
      push(out, note, block, sentence, sentence.at + clauseStart, term, strong ? 0.7 : 0.35, true);
    }
  }
  if (copula) basedOn(note, block, sentence, text, copula, jieba, known, !!subject, out);
  if (!hasAka) return;
  for (const match of text.matchAll(ZH_AKA)) {
    const after = text.slice((match.index ?? 0) + match[0].length);
    const other = akaTarget(after);
    if (!other) continue;
    const before = text.slice(0, match.index).trimEnd();
    const self = subject ?? termBefore(before, jieba, known);
    if (!self || self === other || isStopWord(self) || isStopWord(other)) continue;
    push(out, note, block, sentence, sentence.at + (match.index ?? 0), self, 0.7, !subject, other);
  }
}

/**
 * `镜像是基于联合文件系统的一种层式结构`, `默认的存储驱动是基于 OverlayFS 的 overlay2`: when a known term is defined
 * as built on Y, Y is a term of the vault (the base of a known concept), and a bare Latin name completing the
 * sentence (overlay2) is one of its kind. Only in a definition (the subject fills its clause) or after a subject
 * that ends with a known term.
 */
const BASED_ON = /\s*(?:基于|建立在|构建在|构建于|建立于)\s*([^，。,；;的]{2,30}?)\s*(?:之上)?的\s*([^，。,；;！？!?]*)/uy;

function basedOn(note: Note, block: Block, sentence: Sentence, text: string, copula: { index: number; text: string }, jieba: Segmenter, known: Known, defines: boolean, out: Candidate[]): void {
  const from = copula.index + copula.text.length;
  const c = text.charCodeAt(from);
  // Pre-test the first character (基, 建, 构 or a space) before running the pattern.
  if (c !== 0x57fa && c !== 0x5efa && c !== 0x6784 && c !== 0x20) return;
  BASED_ON.lastIndex = from;
  const m = BASED_ON.exec(text);
  if (!m) return;
  const clauseStart = Math.max(text.lastIndexOf('，', copula.index), text.lastIndexOf(',', copula.index)) + 1;
  const subject = text.slice(clauseStart, copula.index).trim();
  if (!subject || (!defines && !known.longestSuffix(subject))) return;
  const base = cleanSurface(m[1]);
  const at = sentence.at + text.indexOf(m[1], copula.index);
  if (hasHan(base) ? baseShaped(base, jieba) : LATIN_NAME.test(base)) {
    if (!isStopWord(base)) push(out, note, block, sentence, at, base, 0.5, false);
  }
  const rest = cleanSurface(m[2]);
  if (LATIN_NAME.test(rest) && !EN_STOP.has(rest.toLowerCase())) push(out, note, block, sentence, sentence.at + text.indexOf(m[2], copula.index), rest, 0.5, false);
}

/** A Chinese noun phrase of 2–10 characters, without function words (a verb may open it: 联合文件系统). */
function baseShaped(base: string, jieba: Segmenter): boolean {
  const chars = codePointLength(base);
  if (chars < 2 || chars > 10 || /[的了着过]/u.test(base)) return false;
  const tokens = tagTerm(jieba, base).filter((t) => t.word.trim());
  return tokens.length > 0 && tokens.length <= 4 && endsWithNoun(base, jieba) && !tokens.some((t) => /^(?:r|p|c|u|d|m|q|f)/u.test(t.tag));
}

const LATIN_NAME = /^[A-Za-z][A-Za-z0-9.+#-]*(?:\s+[A-Z][A-Za-z0-9.+#-]*){0,2}$/u;

/** The name after 也叫: quoted, or up to the next punctuation, and short. */
function akaTarget(after: string): string | undefined {
  const quoted = /^[“"「『]([^”"」』]{1,20})[”"」』]/u.exec(after);
  const raw = quoted ? quoted[1] : /^[^，。、；：,.;:！？!?\s（(“"]{2,12}/u.exec(after)?.[0];
  const value = raw ? cleanSurface(raw) : '';
  return value && !/[的是]/u.test(value) ? value : undefined;
}

/**
 * `A deadlock happens when …`, `Conflicts arise when …`: an event defined by when it happens. The subject opens
 * the sentence (an article at most before it) and is a short name without function words.
 */
const EN_EVENT = /^(?:(?:An?|The)\s+)?([A-Za-z][A-Za-z0-9-]*(?:\s+[A-Za-z0-9][A-Za-z0-9-]*){0,2})\s+(?:happens?|occurs?|arises?)\s+when\b/u;

/**
 * `The query planner decides …`, `Type inference lets …`, `a refresh token lives …`: a sentence that opens with a
 * noun phrase of two or three content words (an article at most before it) and goes on with a verb (an
 * auxiliary, or a third-person -s form) is about that phrase. Weak (0.45): a phrase the vault mentions once more,
 * or heads a section with, is a term; `SMS codes are weaker` said once is not. One word is enough only when it
 * is name-shaped (an acronym, a coined or versioned name): `HTTPS is …`, `V8 compiles …`.
 * The phrase is the shortest that a verb follows (`Type inference lets programmers` is not `… lets`).
 */
const EN_SUBJECT_LEAD = /^(?:(?:The|the|An?|an?)\s+)?((?:[A-Za-z0-9][A-Za-z0-9-]*\s+){1,3})([a-z]+)\b/u;
const AUXILIARY = /^(?:is|are|was|were|has|have|can|cannot|must|will|does|should|may)$/u;
/** A third-person -s verb (decides, lets, lowers); plural nouns look the same, so only after two or more words. */
const S_VERB = /^[a-z]{2,}[^\Wsui]s$/u;
/**
 * After `a`/`an` and one common noun, only a verb that says what the noun is (`A checksum is …`, `a shim means …`)
 * makes the sentence about the noun as a term: with any other verb (`a line may go anywhere`, `a tool makes …`,
 * `A vertex travels …`) the noun is just the subject of a statement.
 */
const COPULA_VERB = /^(?:is|means|refers|stands)$/u;
/**
 * `a pass is one transformation`, `a fragment is not quite a pixel`: after `is`, a determiner within three words makes
 * the predicate a noun, so the sentence says what the noun is. `an expression is only evaluated when …`, `an address
 * is split into …` say how it behaves (an adjective, a participle): statements about the noun, not definitions.
 */
const PREDICATE_NOUN = /^\s*(?:[^\s.;:]+\s+){0,2}(?:a|an|the|one)\s/u;

function namesAKind(predicate: string): boolean {
  return PREDICATE_NOUN.test(predicate);
}

/** A determiner opening the words after a verb: its object is a noun phrase (`slides a small window`). */
const DETERMINED_OBJECT = /^\s*(?:a|an|the|its|their|each|every|one|two|all|some|any|no)\b/iu;

/** Words that cannot end a subject noun phrase although they are not function words: adverbs in -ly. */
const ADVERB = /ly$/u;

function subjectPhrase(note: Note, block: Block, sentence: CuedSentence, out: Candidate[], afterHeading = false): void {
  // `The front end (lexing, parsing, …) understands …`: a gloss after the subject is read past.
  const text = sentence.cues & CUE.paren ? sentence.text.replace(PAREN, '') : sentence.text;
  if (!mayHaveSubjectVerb(text)) return;
  const m = EN_SUBJECT_LEAD.exec(text);
  if (!m) return;
  const lead = m[1].trim().split(/\s+/u);
  lead.push(m[2]);
  // The shortest phrase that a verb follows.
  // After a or an the subject is singular, so an -s word right after one word is its verb (`An interpreter executes`).
  const singular = /^an?\s/iu.test(m[0]);
  for (let n = 1; n < lead.length && n <= 3; n++) {
    const verb = lead[n];
    if (!(AUXILIARY.test(verb) || ((n >= 2 || singular) && S_VERB.test(verb)))) continue;
    if (!AUXILIARY.test(verb) && pluralHead(n + 1 < lead.length ? lead[n + 1] : text.slice(m.index + m[0].length))) continue;
    const words = lead.slice(0, n);
    // One plain lower-case word: a common noun the sentence is about, weak (0.35) unless it recurs.
    if (n === 1 && singular && COPULA_VERB.test(verb) && (verb !== 'is' || namesAKind(lead.slice(n + 1).join(' ') + text.slice(m.index + m[0].length))) && /^[a-z]{4,}$/u.test(words[0]) && !EN_STOP.has(words[0]) && !EN_FUNCTION_WORDS.has(words[0]) && !ADVERB.test(words[0])) {
      push(out, note, block, sentence, sentence.at + m.index + m[0].indexOf(words[0]), words[0], 0.35, false);
      return;
    }
    if (!subjectWords(words)) return;
    // `The usual design is a "functional core, imperative shell"`: the quoted name is the term (definitionSubject).
    if ((verb === 'is' || verb === 'are') && hasQuote(text) && quotedPredicate(lead.slice(n + 1).join(' ') + text.slice(m.index + m[0].length))) return;
    const phrase = words.join(' ');
    // A list item that opens with its subject is about it, as a label line is (`- the calling convention decides …`);
    // so is the first sentence under a heading (`# Back end` … `Code generation lowers the IR …`).
    // A list item opening with bare lower-case words is as often a step or a fragment (`keep access tokens
    // short-lived`, `break long tasks up`: an imperative, its object's plural read as the verb): it opens with its
    // subject when the phrase has an article or a capital, or when the verb takes an object with a determiner
    // (`frob folding slides a small window …`).
    const bare = !/^(?:an?|the)\s/iu.test(m[0]) && !/[A-Z]/u.test(phrase);
    const opens = sentence.at === 0 && (afterHeading || (isListItem(note.text, block) && (!bare || DETERMINED_OBJECT.test(lead.slice(n + 1, n + 2).join(' ') || text.slice(m.index + m[0].length)))));
    push(out, note, block, sentence, sentence.at + m.index + m[0].indexOf(words[0]), cleanSurface(phrase), opens && n >= 2 ? 0.5 : 0.45, false);
    return;
  }
}

/**
 * Necessary condition of subjectPhrase finding a phrase, read by char codes before EN_SUBJECT_LEAD is matched and its
 * words split: the verb it needs (AUXILIARY, or S_VERB's lower-case word in -s) is one of the second to fifth words
 * of the text (after an article at most and three words of the phrase at most). Each word the pattern reads is a
 * whole run of non-space characters, or for its last word the lower-case letters opening one: it is enough to test
 * the lower-case letters opening each of those runs. Most sentences have no such verb there and are not matched.
 */
export function mayHaveSubjectVerb(text: string): boolean {
  const n = text.length;
  let i = 0;
  for (let word = 0; word < 5 && i < n; word++) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    const start = i;
    while (i < n && isLowerAscii(text.charCodeAt(i))) i++;
    if (word > 0 && i > start && isSubjectVerb(text, start, i)) return true;
    while (i < n && !isSpace(text.charCodeAt(i))) i++;
  }
  return false;
}

const isLowerAscii = (c: number): boolean => c >= 0x61 && c <= 0x7a;

/** text[start, end), lower-case letters, is an auxiliary or a word S_VERB accepts (four letters or more in -s, not -ss, -us, -is). */
function isSubjectVerb(text: string, start: number, end: number): boolean {
  const length = end - start;
  if (length >= 4 && text.charCodeAt(end - 1) === 0x73) {
    const before = text.charCodeAt(end - 2);
    if (before !== 0x73 && before !== 0x75 && before !== 0x69) return true;
  }
  return length >= 2 && length <= 7 && AUXILIARY.test(text.slice(start, end));
}

/**
 * What follows an -s word shows it is the plural head of the subject, not its verb: an auxiliary (`The four golden
 * signals are …`) or the end of the phrase (`language package managers — npm, …`, `… managers: …`). A verb goes on.
 */
const AFTER_PLURAL = /^(?:\s*(?:[—–:;,.)]|-\s|$)|\s*(?:are|were|have|can|cannot|must|will|should|may|do)\b)/u;

function pluralHead(after: string): boolean {
  return AFTER_PLURAL.test(after);
}

function subjectWords(words: string[]): boolean {
  if (!/^[A-Za-z]/u.test(words[0])) return false;
  // A generic noun (type, level) may modify a term (type checking), not be one alone.
  if (words.some((w) => EN_FUNCTION_WORDS.has(w.toLowerCase()) || CLOSED_CLASS.has(w.toLowerCase())) || ADVERB.test(words[words.length - 1])) return false;
  if (EN_STOP.has(words[words.length - 1].toLowerCase())) return false;
  if (words.length === 1) return isAbbreviation(words[0]) || /[a-z][A-Z]|[A-Za-z]\d|\d[A-Za-z]/u.test(words[0]);
  // A later word shaped like a verb is where the predicate began (`Replication keeps copies`, `Git keeps three …`).
  if (words.slice(1).some((w) => S_VERB.test(w) && !/^[A-Z]/u.test(w))) return false;
  // Only the first word may be capitalised by the sentence start, unless every word is: a name (GraalVM Native Image).
  return words.every((w) => /^[A-Z0-9]/u.test(w)) || !words.slice(1).some((w) => /^[A-Z][a-z]/u.test(w));
}

/**
 * Where a clause opens inside a sentence with a subject of its own: after a colon, or after `, and`
 * (`Two servers are involved: the authorization server issues tokens …, and the resource server is the API …`).
 */
const CLAUSE_OPENING = /:\s+|,\s+and\s+/gu;

function clauseDefinitions(note: Note, block: Block, sentence: CuedSentence, out: Candidate[]): void {
  const text = sentence.text;
  // Sentences already end at a semicolon (locate.ts): only a colon or `, and` opens a clause inside one.
  if (!(sentence.cues & CUE.colon) && !commaThen(text, AND)) return;
  CLAUSE_OPENING.lastIndex = 0;
  for (let m = CLAUSE_OPENING.exec(text); m; m = CLAUSE_OPENING.exec(text)) {
    const from = m.index + m[0].length;
    // A label line's explanation (`X: what it is`) has no subject: its clause opens the explanation, not a statement.
    if (m.index === 0 || from >= text.length) continue;
    const clause: CuedSentence = { text: text.slice(from), at: sentence.at + from, cues: sentence.cues };
    subjectPhrase(note, block, clause, out);
    definitionSubject(note, block, clause, out);
  }
}

/**
 * `The usual design is a "functional core, imperative shell": …`, `The anti-pattern is the "ice-cream cone" — …`: a
 * predicate that is a quoted name, ending its clause, is the name the sentence gives; the subject is the generic noun
 * that leads up to it. A quoted slogan or formula (`"{Fast, Correct} — choose two"`) is no name.
 */
const QUOTED_PREDICATE = /^\s*["“]([A-Za-z][A-Za-z'-]*(?:,?\s+[A-Za-z][A-Za-z'-]*){0,4})["”]\s*(?:[:—–,.;(]|$)/u;

/** The quoted name a predicate (after its copula) opens with, an article before it allowed; a quote is looked for first. */
function quotedPredicate(predicate: string): RegExpExecArray | null {
  if (!hasQuote(predicate)) return null;
  const article = ARTICLE.exec(predicate);
  const m = QUOTED_PREDICATE.exec(article ? predicate.slice(article[0].length) : predicate);
  if (m && article) m.index += article[0].length;
  return m;
}

const ARTICLE = /^\s*(?:a|an|the)\b/u;

const hasQuote = (text: string): boolean => text.includes('"') || text.includes('“');

function definitionSubject(note: Note, block: Block, sentence: CuedSentence, out: Candidate[]): void {
  const def = mayDefine(sentence.text) ? EN_DEF.exec(sentence.text) : null;
  if (!def) return;
  // A quoted name right after the copula (and its article) is the term the sentence gives, not the subject.
  const rest = def.index + def[0].length;
  const quoted = quotedPredicate(sentence.text.slice(rest));
  if (quoted) {
    const name = cleanSurface(quoted[1]);
    if (!isStopWord(name)) push(out, note, block, sentence, sentence.at + rest + quoted.index + quoted[0].indexOf(quoted[1]), name, 0.7, true);
    return;
  }
  // Without an article or `one of` after the copula the sentence says what the subject is like, not what it is.
  if (!def[2]) return;
  // A term subject is a short name: "The quickest way to start one is …" is not a definition.
  const subject = cleanSurface(def[1]);
  const words = subject.split(/\s+/u);
  if (words.length <= 4 && !PRONOUNS.test(words[0]) && !words.some((w) => EN_STOP.has(w.toLowerCase()))) push(out, note, block, sentence, sentence.at, subject, 0.7, true);
}

/**
 * `Most common is TOTP, a six-digit code …`, `Hindley-Milner, the system behind ML, collects …`: a coined name
 * (an acronym, internal capitals, letters with digits, hyphenated capitalised words) followed by an appositive
 * noun phrase (or a `, which is …` clause: `It replaced SSL, which is broken`) is being defined. Names only: `in
 * Linux, the kernel …` is a Titlecase word before a new clause.
 */
/** Read by appositions(): /([A-Za-z0-9][A-Za-z0-9.+#/-]*),\s+(?:an?|the|which\s+(?:is|was|are))\s+[a-z]/gu (APPOSITION) after its name. */
const APPOSITION_TAIL = /,\s+(?:an?|the|which\s+(?:is|was|are))\s+[a-z]/uy;
const COINED = /^(?:[A-Z][A-Z0-9/&.-]*[A-Z0-9]|[A-Za-z]+[a-z][A-Z][A-Za-z]*|[A-Za-z]+\d[A-Za-z0-9-]*|[A-Z][a-z]+(?:-[A-Z][a-z]+)+)$/u;

function apposition(note: Note, block: Block, sentence: CuedSentence, out: Candidate[]): void {
  const text = sentence.text;
  if (!commaThen(text, APPOSITION_WORDS)) return;
  for (const { index, name } of appositions(text)) {
    if (!COINED.test(name) || name.length < 2 || EN_STOP.has(name.toLowerCase())) continue;
    // `the Registry HTTP API V2, an interface …`: a capitalised word before it makes it the tail of a longer name.
    if (/[A-Z][A-Za-z0-9.-]*\s+$/u.test(text.slice(Math.max(0, index - 30), index))) continue;
    push(out, note, block, sentence, sentence.at + index, name, 0.5, true);
  }
}

/**
 * The matches of APPOSITION in `text` (where each starts, and its name), as exec() in a loop finds them. Tried at
 * every letter, the pattern reads each word to its end before it fails at the character after it; but a name ends
 * at a comma, so the matches are read from the commas: where APPOSITION_TAIL follows one, the leftmost match start
 * is the first letter or digit of the run of name characters before it (not before the previous match's end).
 */
export function appositions(text: string): Array<{ index: number; name: string }> {
  const out: Array<{ index: number; name: string }> = [];
  let from = 0;
  for (let comma = text.indexOf(','); comma !== -1; comma = text.indexOf(',', comma + 1)) {
    APPOSITION_TAIL.lastIndex = comma;
    if (!APPOSITION_TAIL.test(text)) continue;
    let start = comma;
    while (start > from && isAppositionNameCode(text.charCodeAt(start - 1))) start--;
    while (start < comma && !isAsciiAlnum(text.charCodeAt(start))) start++;
    if (start === comma) continue;
    out.push({ index: start, name: text.slice(start, comma) });
    from = APPOSITION_TAIL.lastIndex;
  }
  return out;
}

/**
 * Whether some comma of `text` is followed by white space and then one of `words` (as the next word's start): the
 * necessary condition of `,\s+word`, read by char codes. The space may be several, or a line break of a hard-wrapped
 * paragraph (`X,\n which is …`), as the patterns it guards allow.
 */
function commaThen(text: string, words: readonly string[]): boolean {
  for (let comma = text.indexOf(','); comma !== -1; comma = text.indexOf(',', comma + 1)) {
    let i = comma + 1;
    if (!isSpace(text.charCodeAt(i))) continue;
    while (isSpace(text.charCodeAt(i))) i++;
    for (const word of words) if (text.startsWith(word, i)) return true;
  }
  return false;
}

/** The words APPOSITION_TAIL and CLAUSE_OPENING need after their comma. */
const APPOSITION_WORDS = ['a', 'the', 'which'];
const AND = ['and'];

const isAsciiAlnum = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** `[A-Za-z0-9.+#/-]`. */
const isAppositionNameCode = (c: number): boolean => isAsciiAlnum(c) || c === 0x2e || c === 0x2b || c === 0x23 || c === 0x2f || c === 0x2d;

/**
 * `credential stuffing, i.e. trying pairs leaked from other sites`: a noun phrase of two or three content words that
 * the author explains right away with `i.e.` or `that is` (0.5). The sentence split may end the sentence at `i.e.`.
 */
const EXPLAINED = /(?:^|[\s:;,(])([A-Za-z][a-z-]*(?:\s+[a-z][a-z-]*){1,2}),?\s+(?:i\.e\.|that is,)(?:\s|$)/gu;

function explainedRightAway(note: Note, block: Block, sentence: CuedSentence, out: Candidate[]): void {
  const text = sentence.text;
  if (!text.includes('i.e.') && !text.includes('that is,')) return;
  EXPLAINED.lastIndex = 0;
  for (let m = EXPLAINED.exec(text); m; m = EXPLAINED.exec(text)) {
    let words = m[1].split(/\s+/u);
    const lastFunction = words.map((w) => EN_FUNCTION_WORDS.has(w.toLowerCase()) || CLOSED_CLASS.has(w.toLowerCase())).lastIndexOf(true);
    words = words.slice(lastFunction + 1);
    if (words.length < 2 || EN_STOP.has(words[words.length - 1]) || ADVERB.test(words[words.length - 1])) continue;
    const phrase = words.join(' ');
    push(out, note, block, sentence, sentence.at + m.index + m[0].indexOf(phrase), cleanSurface(phrase), 0.5, true);
  }
}

function english(note: Note, block: Block, sentence: CuedSentence, out: Candidate[], afterHeading = false): void {
  subjectPhrase(note, block, sentence, out, afterHeading);
  explainedRightAway(note, block, sentence, out);
  apposition(note, block, sentence, out);
  clauseDefinitions(note, block, sentence, out);
  if (sentence.text.includes(' when')) {
    const event = EN_EVENT.exec(sentence.text);
    const words = event ? event[1].split(/\s+/u) : [];
    if (event && !PRONOUNS.test(words[0]) && !words.some((w) => EN_STOP.has(w.toLowerCase()) || CLOSED_CLASS.has(w.toLowerCase()))) {
      push(out, note, block, sentence, sentence.at, cleanSurface(event[1]), 0.7, true);
    }
  }
  definitionSubject(note, block, sentence, out);
  if (sentence.cues & CUE.colon) glossedAfterColon(note, block, sentence, out);
  if (!(sentence.cues & CUE.folds || AKA_ASCII.test(sentence.text)) || !AKA_CUE.test(sentence.text)) return;
  for (const match of akaMatches(sentence.text)) {
    // The name is the noun phrase right before the comma: the words after the last function word.
    // Only closed-class words end it (Type is part of `Type 1 hypervisor`), and it starts with a letter.
    const words = cleanSurface(match[1]).split(/\s+/u);
    let from = words.length;
    while (from > 0 && !CLOSED_CLASS.has(words[from - 1].toLowerCase())) from--;
    const self = words.slice(from).join(' ');
    if (!self || !/^[A-Za-z]/u.test(self)) continue;
    // `also called a bare-metal hypervisor or native hypervisor` names two aliases, not one.
    const others = cleanParts(cleanSurface(match[2]), /\s*,\s*|\s+or\s+/u, true);
    if (PRONOUNS.test(self.split(/\s+/u)[0]) || isStopWord(self)) continue;
    for (const other of others) {
      if (isStopWord(other) || other.split(/\s+/u).length > 4 || other.split(/\s+/u).some((w) => CLOSED_CLASS.has(w.toLowerCase()))) continue;
      push(out, note, block, sentence, sentence.at + match.index, self, 0.7, false, other);
    }
  }
}

/**
 * `Most languages use zorp scoping: what a name means is decided by …`, `they rely on frob sharing: the new version
 * …`: a verb of use or reliance, a noun phrase of two or three words (with a gloss, maybe) and a colon, and then a
 * clause of its own: the author brings a term in mid-sentence and explains it right after the colon (0.5). Read in
 * the few characters before each colon of a sentence that has one.
 */
const BEFORE_GLOSS_COLON = /\b(?:uses?|using|used|rel(?:y|ies|ying) on|gives?|giving|provides?|with|via|through)\s+(?:(?:an?|the)\s+)?([A-Za-z][A-Za-z-]*(?:\s+[A-Za-z][A-Za-z-]*){1,2})(?:\s+\([^()]*\))?$/u;
/** The clause after the colon: four words at least. */
const GLOSS_CLAUSE = /^\s+\S+(?:\s+\S+){3}/u;

function glossedAfterColon(note: Note, block: Block, sentence: CuedSentence, out: Candidate[]): void {
  const text = sentence.text;
  for (let colon = text.indexOf(':'); colon > 0; colon = text.indexOf(':', colon + 1)) {
    if (!GLOSS_CLAUSE.test(text.slice(colon + 1, colon + 80))) continue;
    const from = Math.max(0, colon - 90);
    const m = BEFORE_GLOSS_COLON.exec(text.slice(from, colon));
    if (!m) continue;
    const words = m[1].split(/\s+/u);
    const last = words[words.length - 1];
    if (words.some((w) => CLOSED_CLASS.has(w.toLowerCase()) || EN_FUNCTION_WORDS.has(w.toLowerCase())) || !/^[a-z]/u.test(last) || EN_STOP.has(last) || ADVERB.test(last)) continue;
    push(out, note, block, sentence, sentence.at + from + m.index + m[0].indexOf(m[1]), m[1], 0.5, true);
  }
}

/** Where EN_AKA's comma and cue can be. */
const AKA_COMMA = /,\s*(?:also known as|also called|aka|a\.k\.a\.)/giu;

/**
 * The matches of EN_AKA in `text`, as matchAll() gives them. EN_AKA alone is tried, and backtracks, at every
 * letter of the sentence; but a match starts within the five words before a comma and cue, so it is tried
 * from there. The words before a later comma never reach back past an earlier one, so no match is skipped.
 */
function akaMatches(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  for (;;) {
    AKA_COMMA.lastIndex = from;
    const comma = AKA_COMMA.exec(text);
    if (!comma) break;
    EN_AKA.lastIndex = Math.max(from, subjectStart(text, comma.index));
    const match = EN_AKA.exec(text);
    if (!match) break;
    out.push(match);
    from = EN_AKA.lastIndex;
  }
  return out;
}

/** The earliest place EN_AKA's subject (up to five words of name characters, spaces between) can start before `comma`. */
function subjectStart(text: string, comma: number): number {
  let end = comma;
  while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  let start = end;
  for (let words = 0; words < 5; words++) {
    let run = end;
    while (run > 0 && isSubjectChar(text.charCodeAt(run - 1))) run--;
    if (run === end) break;
    start = run;
    end = run;
    while (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
    if (end === run) break;
  }
  return start;
}

/** `[A-Za-z0-9.+#/-]` under /iu, where ſ and K match s and k. */
function isSubjectChar(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x2f && c <= 0x39) || c === 0x2e || c === 0x2b || c === 0x23 || c === 0x2d || c === 0x17f || c === 0x212a;
}

/**
 * `mTLS vs bearer tokens: …`, `Preload vs prefetch is the one I mixed up`, `vs SIMD on a CPU: …`: a subject that
 * compares two things is no name of either; the line explains the difference (the comparison is the link stage's).
 */
const COMPARISON = /(?:^|\s)(?:vs\.?|versus)(?:\s|$)/iu;

function isComparison(surface: string): boolean {
  return (surface.includes('vs') || surface.includes('VS') || surface.includes('versus')) && COMPARISON.test(surface);
}

function push(out: Candidate[], note: Note, block: Block, sentence: Sentence, at: number, surface: string, score: number, isDefinition: boolean, alias?: string): void {
  if (isComparison(surface)) return;
  const space = surface.indexOf(' ');
  if (space > 0 && opensAsClause(surface.slice(0, space))) return;
  const lang = detectLang(surface);
  const aliases = alias ? [aliasOf(alias, detectLang(alias))] : [];
  const provenance = provenanceAt('definition', note, block, at, sentence.text);
  out.push(candidateOf(surface, lang, 'definition', aliases, score, provenance, isDefinition ? { definition: sentence.text.slice(0, 400) } : undefined));
}

function firstMatch(pattern: RegExp, text: string): { index: number; text: string } | undefined {
  pattern.lastIndex = 0;
  const m = pattern.exec(text);
  return m ? { index: m.index, text: m[0] } : undefined;
}
