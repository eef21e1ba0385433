/**
 * Surface tests for phrases that are not concepts: pieces of notation, clauses and evaluative phrases that a
 * pattern cut out of prose (isJunkSurface: never a concept, whatever evidence names it), and surfaces that resolve
 * drops only on weak evidence (isZhJudgingPhrase, isPositionalCompound, isDocumentName: see their callers). Each test
 * reads only the surface (and jieba's dictionary), so resolve runs them once per distinct surface. Words of the
 * language, never of a domain.
 */
import { backgroundEntry } from './background.js';
import { englishFrequency } from './english-background.js';
import { EN_STOP, ZH_BOUNDARY, ZH_STOP } from './stop-words.js';
import { isExtentPhrase, isIndexedSymbol, isInstructionPhrase, isQuantifiedPhrase, isSplitModifier, isUnitNameLabel, isVerbBeforeTerm, isZhSentence } from './label-shape.js';

/** Lower-case functions of a formula: with single letters they make the pieces of `O(n log n)`, `sqrt x`. */
const MATH_WORDS = new Set(['log', 'ln', 'lg', 'exp', 'sqrt', 'sin', 'cos', 'max', 'min']);

/**
 * A superscript or subscript letter or digit (aⁿ, Jᵀ, x², x₁): prose writes a formula with them, a name never holds
 * one, so a surface that does is a piece of the formula around it (ⁿu of aⁿu[n], JᵀJ).
 */
const SCRIPT_MARK = /[\u00B2\u00B3\u00B9\u1D2C-\u1D6A\u2070-\u209F]/u;

/** A formula function written with its base (log2, log10, lg2): the operator of `-log2(p)`, no term. */
const FUNCTION_OF_BASE = /^(?:log|lg|ln)\d+$/u;

/**
 * A surface made only of single letters and formula functions (`O`, `n`, `log n`, `n log n`) is notation cut
 * out of a formula, not a term: no term is a lone letter or a letter with `log`.
 */
export function isNotationPiece(text: string): boolean {
  if (SCRIPT_MARK.test(text) || FUNCTION_OF_BASE.test(text)) return true;
  const words = text.trim().split(/\s+/u);
  let letter = false;
  for (const w of words) {
    if (/^[A-Za-z]$/u.test(w)) letter = true;
    else if (!MATH_WORDS.has(w)) return false;
  }
  return letter;
}

/** A lone letter over a number or a short lower-case symbol, either way round (N/2, fs/N, 2/N). */
const RATIO = /^(?:[A-Za-z]\/(?:\d+|[a-z]{1,2})|(?:\d+|[a-z]{1,2})\/[A-Za-z])$/u;

/**
 * `N/2`, `fs/N`: a ratio of symbols is a piece of a formula, not a name. Names with a slash pair words or an
 * acronym's letters in capitals (TCP/IP, HTTP/2, I/O, C/S, MC/DC), which this leaves alone.
 */
export function isRatio(text: string): boolean {
  return text.length <= 5 && text.indexOf('/') > 0 && RATIO.test(text);
}

/**
 * A lone English past participle (`fixed`, `nested`, `Tokenized`) describes a thing, it does not name one: a
 * heading word or a definition subject cut before its noun. `-eed` words (speed, seed) are nouns.
 */
export function isLoneParticiple(text: string): boolean {
  return /^[A-Za-z][a-z]{2,}ed$/u.test(text) && !text.endsWith('eed');
}

/**
 * Words that open a phrase which judges or names a thing rather than being its name: an evaluative adjective
 * (`usual design`, `classic local lighting`) or a naming participle (`called generics`, `known issues`) is the
 * prose around a term, cut in with it, and so is a word that only sets it among others (`different kinds`, `various
 * layouts`). Only words that never start a term: `common`, `standard`, `main`, `real`
 * and `simple` do (common subexpression, standard library, main memory) and are left out.
 */
const EN_JUDGING_LEAD = new Set(
  (
    'usual usually typical typically classic obvious famous popular favourite favorite nice great bad actual ' +
    'whole entire overall ordinary so-called called named termed dubbed known different various certain particular ' +
    // Words of a speaker's taste or of the argument's set-up (`fancy observability`, `huge well-run cohort`,
    // `given policy`, `Simplest setting`): the superlatives are of everyday adjectives only (shortest path,
    // nearest neighbour and least squares name things and are not here).
    'fancy huge tricky neat cool weird crazy annoying handy given simplest easiest hardest'
  ).split(' '),
);

/** A multi-word English phrase opened by one of EN_JUDGING_LEAD. */
export function isJudgingPhrase(text: string): boolean {
  const space = text.indexOf(' ');
  return space > 0 && EN_JUDGING_LEAD.has(text.slice(0, space).toLowerCase());
}

/**
 * A Chinese phrase opened by a word that judges how common or standard its noun is (主流标准, 常见结构, 典型用法,
 * 经典算法, 传统模型): the Chinese of EN_JUDGING_LEAD, a phrase of the argument, not a name. Dictionary words are
 * kept (常用语). Resolve drops it bare only: beside a translation (常用交叉熵（cross entropy）) the walk back took the
 * adjective in, and the other surface names the term.
 */
const ZH_JUDGING_LEAD = /^(?:主流|常见|典型|常用|经典|传统)\p{Script=Han}{2,}$/u;

export function isZhJudgingPhrase(text: string): boolean {
  return ZH_JUDGING_LEAD.test(text) && backgroundEntry(text) === undefined;
}

/** A numeral and measure word (三个作用, 两种情况), or a bare 个 whose numeral was cut off (个槽). */
const ZH_COUNTED = /^(?:[一二两三四五六七八九十几百千万]+[个种类件项条只份套台些款]|个)\p{Script=Han}/u;

/**
 * A phrase that counts its noun is a noun phrase of the prose, not a name: in Chinese (三个作用, 个槽 of 每个槽) and
 * in English (`five kinds`, see isEnglishCounted). Chinese words the dictionary knows are kept (个体, 一条龙): their
 * first characters are not a count. Terms with a numeral and a non-measure character (三次握手, 两阶段提交, 二叉树)
 * do not match.
 */
export function isCountedPhrase(text: string): boolean {
  return (ZH_COUNTED.test(text) && backgroundEntry(text) === undefined) || isEnglishCounted(text);
}

/**
 * A number word and one word too general to name a thing (`five kinds`, `three ways`, `two types`: EN_STOP) or a
 * participle whose noun the count left out (`Three unrelated`).
 */
const EN_COUNT_OF_WORD = /^(?:the\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|several|many|few)\s+([a-z]+)$/iu;

/**
 * `The five kinds`, `three ways`: a count of a general noun is a noun phrase of the argument (what the section
 * goes on to list), not a name. A count of a word that names something stays (`four golden signals` has two words
 * after the number, `three pillars` a word of its own).
 */
function isEnglishCounted(text: string): boolean {
  const m = EN_COUNT_OF_WORD.exec(text);
  if (m !== null && (EN_STOP.has(m[1].toLowerCase()) || isLoneParticiple(m[1]))) return true;
  return SYMBOL_COUNT.test(text);
}

/**
 * A lower-case letter of a formula and a plural (`n qubits`, `k items`): an amount the prose computes with, not a
 * thing. A capital letter makes names (B trees, C programs); `means` is no plural (k means).
 */
const SYMBOL_COUNT = /^[a-z] (?!means$)[a-z]{2,}s$/u;

/**
 * jieba's parts of speech that never name a thing: locality (右边), adverb (异步 as an adverb), adjective,
 * time word, pronoun, preposition, conjunction, particle, interjection, onomatopoeia and status word (and their
 * morpheme tags). Nouns, verbs (扩容, 旋转) and the distinguishing, numeral and measure tags (主机 b, 页 m, 帧 q)
 * hold real terms and are not here.
 */
const ZH_NON_NAMING_TAGS = new Set('f s d dg a ad an ag t tg r rr rz p c u uj ul uz ug uv ud y e o z zg'.split(' '));

/**
 * A Chinese word that jieba's dictionary tags with a part of speech that does not name (see above). Resolve
 * drops it only where it is bare: beside a translation (平衡（class imbalance）, a walk back cut short) the
 * evidence names a thing through the other surface.
 */
export function isNonNamingWord(text: string): boolean {
  if (!/^\p{Script=Han}+$/u.test(text)) return false;
  const entry = backgroundEntry(text);
  return entry !== undefined && ZH_NON_NAMING_TAGS.has(entry.tag);
}

/**
 * A word of direction and side (右边, 左侧, 上面, 里面): it says where, it names nothing, even beside a bracket
 * (`大的放右边（partition）` glosses the clause, not the word before the bracket).
 */
const ZH_DIRECTION = /^[左右上下前后里外][边面侧]$/u;

function isDirectionWord(text: string): boolean {
  return ZH_DIRECTION.test(text);
}

/** Characters that name a side or an end of something (调用方, 消费端, 堆顶, 栈底, 队尾, 服务侧). */
const ZH_SIDE_TAIL = new Set('端方侧顶底首尾'.split(''));

/**
 * A Chinese word plus a character of side or end (调用方, 消费端, 堆顶), or 左/右 before a word (左子树, 右指针),
 * names a place of something the notes talk about, not a thing of its own: the prose counts and lists it as it
 * walks the structure. Resolve applies it to counts and enumerations only (a term of this shape comes with a
 * heading, a definition or a translation). Dictionary words are kept (客户端, 服务端, 第三方), and the tail's
 * word must be one the dictionary knows (堆, 调用), so a longer coined name is not cut at its last character.
 */
export function isPositionalCompound(text: string): boolean {
  if (!/^\p{Script=Han}{2,5}$/u.test(text)) return false;
  if (backgroundEntry(text) !== undefined) return false;
  const first = text[0];
  if ((first === '左' || first === '右') && text.length >= 3) return true;
  return ZH_SIDE_TAIL.has(text[text.length - 1]) && backgroundEntry(text.slice(0, -1)) !== undefined;
}

/** jieba frequency of everyday Chinese (典型 3430, 平均 ≈ 4000), above the general technical vocabulary. */
export const EVERYDAY_FREQUENCY = 1000;

/**
 * An everyday word before a generic noun of the argument (典型 + 例子, 平均 + 情况: ZH_STOP heads) is a phrase of
 * the prose that frequency alone proposes. Resolve applies it to frequency-only evidence: a term with such a
 * head (响应时间, 生存时间) comes with a translation, a heading or a definition too.
 */
export function isEverydayGenericPhrase(text: string): boolean {
  if (!/^\p{Script=Han}{4,6}$/u.test(text)) return false;
  for (let k = 2; k <= 3 && text.length - k >= 2; k++) {
    if (!ZH_STOP.has(text.slice(-k))) continue;
    const modifier = backgroundEntry(text.slice(0, -k));
    if (modifier && modifier.freq >= EVERYDAY_FREQUENCY) return true;
  }
  return false;
}

/**
 * A name, then a lower-case `-s` word, then more words (`Zorp swaps dot`, `Quux runs jobs`): a subject and its
 * verb, a clause cut out as a definition subject. English compounds take the singular modifier (hash table,
 * not hashes table), so a plural word right after a name is read as a verb. `-ss`, `-us`, `-is` words are not
 * plurals (class, status, analysis).
 */
export function isSubjectVerbClause(text: string): boolean {
  const words = text.split(' ');
  return words.length >= 3 && /^\p{Lu}/u.test(words[0]) && /^[a-z]+[^sui]s$/u.test(words[1]);
}

/** Degree adverbs of Chinese: before an adjective they make an adjective phrase. */
const ZH_DEGREE = /^(?:最|很|更|太|较|非常|比较|特别)(\p{Script=Han}+)$/u;

/**
 * A degree adverb and an adjective (最坏, 更快, 很小) describe, they do not name; the adjective is the whole rest
 * of the surface, so terms that go on (最坏情况时间复杂度, 最大堆) do not match.
 */
export function isDegreePhrase(text: string): boolean {
  const m = ZH_DEGREE.exec(text);
  return m !== null && isAdjective(m[1]);
}

/** An adjective by jieba's dictionary tag (a, ad, an). */
function isAdjective(word: string): boolean {
  const tag = backgroundEntry(word)?.tag;
  return tag === 'a' || tag === 'ad' || tag === 'an';
}

/**
 * A word and 时 (分区时 "when partitioned", 扩容时) is a clause of time that frequency alone proposes. The word
 * before 时 must be in the dictionary and the whole must not (超时, 实时 are words). Resolve applies it to
 * frequency-only evidence: a term ending in 时 (运行时) comes with a translation or a definition too.
 */
export function isTimeClause(text: string): boolean {
  if (!/^\p{Script=Han}{3,5}$/u.test(text) || !text.endsWith('时')) return false;
  if (backgroundEntry(text) !== undefined || backgroundEntry(text.slice(-2)) !== undefined) return false;
  return backgroundEntry(text.slice(0, -1)) !== undefined;
}

/**
 * Characters that open a clause, not a name, when they stand as a word of their own: the light verb 做, the
 * existential 有 / 没, negation 不, and the prepositions and markers 给, 把, 被, 让, 将 (做不到, 有单次, 给验证者报酬).
 * 对, 用 and 向 are left out: as first characters they start many terms (对称加密, 用户态, 向量).
 */
const ZH_CLAUSE_LEAD = new Set('做有没不给把被让将'.split(''));

/**
 * A Chinese surface opened by one of ZH_CLAUSE_LEAD standing alone is a predicate the prose wrote (做不到 "cannot
 * be done", 给验证者报酬 "pay the validators"). The lead stands alone when neither the whole nor its first two
 * characters are a dictionary word: 有限冲激响应 (有限), 不动点, 被动扫描 (被动), 将军 keep their words. Resolve applies it
 * to counts, list items and brackets: a bracket after it glosses the clause the walk back took in (做位反序（bit
 * reversal）), not a name; a term of this shape (有向无环图) comes with a definition too.
 */
export function isClauseOpening(text: string): boolean {
  if (text.length < 3 || !ZH_CLAUSE_LEAD.has(text[0]) || !/^\p{Script=Han}+$/u.test(text)) return false;
  return backgroundEntry(text) === undefined && backgroundEntry(text.slice(0, 2)) === undefined;
}

/**
 * A lone version tag (v2, v1.3): which release of something the prose means, whose name is elsewhere (`cgroup v2`).
 * Lower-case v only: V8 names an engine.
 */
const VERSION_TAG = /^v\d+(?:\.\d+)*$/u;

function isVersionTag(text: string): boolean {
  return VERSION_TAG.test(text);
}

/** How many times an action is done (一次, 一下, 一遍, 两次): the verb's complement, never part of a name. */
const ZH_ACTION_COUNT = /^(\p{Script=Han}{1,2})(?:[一两几]次|一[下遍回趟])$/u;

/**
 * A verb and how many times it is done (算一次 "compute once", 醒一次, 跑一遍, 检查一下) is a predicate of the prose. The
 * verb is one character, or a word jieba tags as a verb: an adverb before the count (至少一次, 恰好一次: delivery
 * guarantees) makes a name, and is left alone.
 */
export function isActionCount(text: string): boolean {
  const m = ZH_ACTION_COUNT.exec(text);
  if (m === null) return false;
  return m[1].length === 1 || (backgroundEntry(m[1])?.tag ?? '').startsWith('v');
}

/** Nouns of a quantity of something (its length, size, count): as a head they make an attribute, not a thing. */
const ZH_QUANTITY_HEAD = /^\p{Script=Han}{2,4}(?:长度|规模|大小|数量|体积|个数|程度|次数)$/u;

/**
 * A noun and one of its quantities (数组长度 "the array's length", 镜像体积) is an attribute of a thing the
 * prose measures, not a concept. Resolve applies it to frequency-only evidence, like isTimeClause.
 */
export function isAttributePhrase(text: string): boolean {
  return ZH_QUANTITY_HEAD.test(text) && backgroundEntry(text) === undefined;
}

/**
 * A lone English word with an adjective's ending (static, dynamic, programmable, reactive, generous) or a
 * superlative (highest, easiest): in a heading (`Static vs dynamic`) it is a modifier whose noun the heading leaves
 * out, and marked in passing (`the **highest** version wins`) it is stress. Resolve applies it to heading evidence
 * only: an adjective-shaped term (serializable, applicative) is defined or listed too.
 */
export function isLoneAdjective(text: string): boolean {
  return /^[A-Za-z][a-z]{2,}(?:ic|able|ible|ive|ous|ful|less)$/u.test(text) || isSuperlative(text);
}

/**
 * -est on a stem of three letters or more whose -er form is everyday English too (highest/higher, easiest/easier,
 * biggest/bigger): the pair is the comparison's, where a noun ending in -est has none (digest, forest, request,
 * interest, manifest).
 */
function isSuperlative(text: string): boolean {
  return /^[A-Za-z][a-z]{2,}est$/u.test(text) && englishFrequency(`${text.slice(0, -3).toLowerCase()}er`) > 0;
}

/**
 * Closed-class English words no term holds: quantifying determiners and personal pronouns (`install both copies`,
 * `call the API yourself`). A phrase with one is a piece of a sentence (a verb's object, its reflexive) that a
 * definition or emphasis pattern cut out. `a`, `the`, `it`, `this` are left out: titles and idioms hold them.
 */
const EN_PROSE_ONLY = new Set(
  (
    'both each every your yours my mine our ours their theirs his hers yourself yourselves itself themselves ourselves myself himself herself ' +
    'until unless because although whereas whether'
  ).split(' '),
);

/**
 * Prepositions a phrase does not open unless it is a piece of a sentence (`to Interactive` of `Time to Interactive`,
 * `of the heap`, `plus parity`); lower case only, as the sentence writes them. at, in and on are left out (at least
 * once, in place).
 */
const EN_PREPOSITION_LEAD = new Set('to of for with from by into than via plus minus'.split(' '));

/**
 * A multi-word English phrase holding one of EN_PROSE_ONLY (with the subordinating conjunctions: `usable until revoked`
 * is a clause), or opened by a lower-case preposition.
 */
export function isProsePhrase(text: string): boolean {
  const words = text.split(/\s+/u);
  if (words.length < 2) return false;
  return EN_PREPOSITION_LEAD.has(words[0]) || words.some((w) => EN_PROSE_ONLY.has(w.toLowerCase()));
}

/**
 * A Chinese predicate ending in a degree adverb and an adjective (落后太久 "lags too long", 延迟很高): it says how
 * a thing behaves, it names nothing. 最 / 更 / 较 are left out: terms hold them (全局最优, 最大堆).
 */
const ZH_DEGREE_TAIL = /^\p{Script=Han}+(?:太|很|非常|比较|特别|十分|过于)(\p{Script=Han}{1,2})$/u;

export function isPredicatePhrase(text: string): boolean {
  const m = ZH_DEGREE_TAIL.exec(text);
  return m !== null && isAdjective(m[1]);
}

/** Words that name a kind of document (`make notes`, `parsing jottings`, `Git cheatsheet`), never a subject. */
const EN_DOCUMENT_WORDS = new Set('notes jottings cheatsheet cheat-sheet basics primer overview summary recap'.split(' '));

/**
 * A phrase ending in a word for a kind of document is what a title or an alias calls the note (`make notes`,
 * `lexing / parsing jottings`), not a term. Resolve applies it to title, alias and heading evidence: a term with
 * such a word (release notes) is defined in prose.
 */
export function isDocumentName(text: string): boolean {
  const space = text.lastIndexOf(' ');
  if (space > 0 && EN_DOCUMENT_WORDS.has(text.slice(space + 1).toLowerCase())) return true;
  return ZH_DOCUMENT_NAME.test(text) || /\scheat sheet$/iu.test(text);
}

/**
 * The Chinese of EN_DOCUMENT_WORDS after the subject (压缩基础 "compression basics", tokenizer笔记, 存储格式选型 "choosing
 * a storage format", SLAM入门, 电路基本概念 "basic concepts of circuits", 考试要点): what the note is, not a term. The subject before it is one when other evidence says so.
 */
const ZH_DOCUMENT_NAME = /^.{2,}?(?:基础|入门|笔记|总结|概述|概论|导论|综述|详解|简介|小结|指南|教程|速查|备忘|选型|基本概念|要点|知识点)$/u;

/**
 * `Preload vs prefetch`, `ICP vs NDT`, `RAG vs 微调`: a comparison names two things, never one. A label line or a
 * definition subject of this shape is the author setting two concepts side by side (relations read the pair from
 * the text); as one concept its aliases would also swallow mentions of both. `vs` stands between two words, or opens
 * the rest of a comparison whose first side a label cut off (`vs SIMD`); `VS Code` is a name.
 */
const COMPARISON = /\S\s+(?:vs\.?|VS\.?|versus)\s+\S|^vs\.?\s+\S/u;

export function isComparison(text: string): boolean {
  return ((text.includes('vs') || text.includes('VS') || text.includes('versus')) && COMPARISON.test(text)) || isSpacedAlternatives(text);
}

/**
 * `purge / invalidation`, `federation / federated identity`: a slash set between spaces offers alternatives, two
 * names side by side. Names that hold a slash write it tight (TCP/IP, async/await, HTTP/2, MC/DC), so a space on
 * one side only (`类型方案/ 多态类型`) marks alternatives too.
 */
const ONE_SIDED_SLASH = /\S\/\s+\S|\S\s+\/\S/u;

function isSpacedAlternatives(text: string): boolean {
  const at = text.indexOf(' / ');
  return (at > 0 && at + 3 < text.length) || ONE_SIDED_SLASH.test(text);
}

/**
 * Symbols of units of measure (Hz, kHz, dB, MB/s, Gbps, ms, fps) and of dimension (2D, 3D): the prose writes them
 * after every number it gives, so they are counted like terms, but they measure, they name no subject. A note about
 * a unit spells it out (分贝, hertz), and a bracketed symbol (`分贝（dB）`) stays an alias of that word.
 */
const UNIT_SYMBOL = /^(?:[kKMGT]?Hz|dB[mAV]?|[KMGTP]i?B(?:\/s|ps)?|[kKMGT]?b(?:\/s|ps)|fps|[nµu]s|ms|[1-4]D)$/u;

/**
 * Symbols of units of energy and amount (kJ, mol), alone or one over another (kJ/mol), and any unit after a number
 * (16KB, 100 ms): a quantity the prose gives, never a name. Names with a number before letters (1NF, 5G, 2PL) hold
 * no unit symbol. hPa is left out: it is the bracketed alias of 百帕, which would take the page over.
 */
const UNIT_PART = '(?:[kKMGT]?Hz|dB|[KMGTP]i?B|[kKMGT]?bps|fps|[nµum]s|k?J|mol)';
const UNIT_QUANTITY = new RegExp(`^(?:~?\\d+(?:\\.\\d+)?\\s?)?${UNIT_PART}(?:\\/(?:${UNIT_PART}|s|L|kg|m))?$`, 'u');

export function isUnitSymbol(text: string): boolean {
  return (text.length <= 5 && UNIT_SYMBOL.test(text)) || (text.length <= 10 && UNIT_QUANTITY.test(text));
}

/**
 * Chinese conjunctions and clause words that join two things or two clauses (或者 "or", 以及, 并且, 还要 "also must",
 * 因为 … 所以, 如果): a surface holding one is a list of two terms (激光里程计或者扫描匹配) or a sentence cut at a label
 * colon (国内项目还要考虑坐标系问题), never one name. 和 and 与 are left out: names hold them (供给与需求 is one idea).
 * A function word alone (和, 的, 通过: ZH_BOUNDARY), what a bracket glosses when the walk back stops at once, is none
 * either.
 */
const ZH_CLAUSE_WORD = /或者|以及|并且|而且|但是|还要|然后|因为|所以|如果|虽然|只要|不过/u;

/**
 * Modal verbs and adverbs of a predicate (只能 "can only", 不能, 需要, 很难 "hardly", 分别 "each", 经常 "often"): a
 * surface holding one is a clause about a thing (数据库备份只能用无损, 距离分别做熵编码, 中文编码经常乱码), not its name.
 * Dictionary words that hold one are kept.
 */
const ZH_PREDICATE_WORD = /分别|很难|已经|正在|只能|可以|需要|必须|不能|无法|能够|应该|通常|往往|经常|总是/u;
const ZH_PREDICATE_ALONE = new RegExp(`^(?:${ZH_PREDICATE_WORD.source})$`, 'u');

export function isZhClause(text: string): boolean {
  // A modal or adverb alone (不能 "cannot", 通常) is what a bracket or a list cut around, as bare as a function word.
  if (text.length < 4) return ZH_BOUNDARY.has(text) || ZH_PREDICATE_ALONE.test(text);
  return ZH_CLAUSE_WORD.test(text) || (ZH_PREDICATE_WORD.test(text) && backgroundEntry(text) === undefined);
}

/**
 * Nouns for a remark the writer makes (`Common misconception:`, `Beginner habit:`, `Pro tip:`), and 一句话 "in one
 * sentence" opening a Chinese label (一句话区别：): a label line of this shape introduces an aside, it names nothing.
 */
const EN_REMARK_TAIL = new Set(
  (
    'misconception misconceptions habit habits tip tips caveat caveats gotcha gotchas takeaway takeaways ' +
    // The course around the notes (`gridworld homework`, `chorale-writing assignments`) and a heading over a list
    // of changes (`DQN improvements`). Singular assignment is left: static single assignment names a form.
    'homework assignments exercises improvements'
  ).split(' '),
);

/**
 * One word that opens a line to warn or remind (`Careful: "RT" means…`, `Remember: …`): an adjective or a verb, so
 * it is never the name of what follows. Nouns that can name a thing (note, hint, tip, mnemonic) are left out. A
 * line of references (`Ref: …`, `Refs: …`) is a remark about the note too.
 */
const EN_REMARK_WORD = new Set('careful important remember beware caveat gotcha takeaway reminder aside ref refs'.split(' '));

/** Set phrases that open a remark line (`Watch out:`, `Heads up:`, `Side note:`), as EN_REMARK_WORD does alone. */
const EN_REMARK_PHRASE = new Set(['watch out', 'heads up', 'heads-up', 'fun fact', 'side note', 'bottom line']);

export function isRemarkLabel(text: string): boolean {
  if (text.startsWith('一句话') || EN_REMARK_PHRASE.has(text.toLowerCase())) return true;
  const space = text.lastIndexOf(' ');
  if (space < 0) return EN_REMARK_WORD.has(text.toLowerCase());
  return EN_REMARK_TAIL.has(text.slice(space + 1).toLowerCase());
}

/**
 * An arrow at either end (`Dihybrid cross →`, from `**Dihybrid cross** (…) → 9:3:3:1`) or a dash between spaces
 * (`Central dogma — transcription`, a title and its subtitle): the surface runs past a name into the sentence or
 * the title around it. Dashes inside a name have no spaces (Meselson–Stahl, copy-on-write).
 */
const RUNS_PAST_NAME = /^(?:[→←⇒⇐↔]|->|=>)|(?:[→←⇒⇐↔]|->|=>)$|\s[—–]\s|\s--\s/u;

export function runsPastName(text: string): boolean {
  return RUNS_PAST_NAME.test(text.trim());
}

/** Whether a surface is junk whatever names it (the resolve step drops it, and evidence bound only to it). */
export function isJunkSurface(text: string): boolean {
  return (
    isNotationPiece(text) ||
    isRatio(text) ||
    isLoneParticiple(text) ||
    isJudgingPhrase(text) ||
    isCountedPhrase(text) ||
    isDirectionWord(text) ||
    isSubjectVerbClause(text) ||
    isDegreePhrase(text) ||
    isProsePhrase(text) ||
    isPredicatePhrase(text) ||
    isComparison(text) ||
    isUnitSymbol(text) ||
    isZhClause(text) ||
    isActionCount(text) ||
    isVersionTag(text) ||
    isRemarkLabel(text) ||
    runsPastName(text) ||
    isZhSentence(text) ||
    isVerbBeforeTerm(text) ||
    isUnitNameLabel(text) ||
    isIndexedSymbol(text) ||
    isInstructionPhrase(text) ||
    isQuantifiedPhrase(text) ||
    isSplitModifier(text) ||
    isExtentPhrase(text)
  );
}

/**
 * General adjectives of size, speed, quality and state: before one noun they describe the thing (`Fast memory is
 * small`, `ideal pipeline: CPI = 1`, `Normal tests are example-based`) more often than they name a kind of it.
 * Domain-shaped modifiers (static, dynamic, hot, deep, pure, main, common, basic) are not here.
 */
const EN_DESCRIBING = new Set(
  (
    'ideal real normal important proper good bad better worse broken recent plain full fast slow high low big small ' +
    'large huge tiny new old nice easy hard quick cheap expensive naive simple'
  ).split(' '),
);

/**
 * A shape of phrase that is a description or a piece of a sentence as often as a term, so that one piece of
 * evidence (a lone definition sentence, one enumeration) does not make it a concept; a second one does (a
 * heading and a definition, a definition and a parenthetical). Resolve reads it once per key:
 *  - English: a general adjective and one noun (`Fast memory`, `real pipeline`), or a leading gerund and its
 *    object (`Forgetting teardown`, `Predicting taken`): a sentence's subject cut out by a definition pattern.
 *    `calling convention`, `routing key` written in lower case are not touched.
 */
export function needsCorroboration(text: string): boolean {
  const words = text.split(' ');
  if (isComparativeOpening(words)) return true;
  // The noun in lower case: a capital or a letter there makes a name (Big O, Fast Ethernet).
  if (words.length === 2 && /^[a-z]{2,}$/u.test(words[1])) {
    const lead = words[0].toLowerCase();
    if (EN_DESCRIBING.has(lead)) return true;
    // Capitalised gerund, lower-case noun: the opening of a sentence. A term in a heading or a title is
    // capitalised throughout (Routing Table) or comes with other evidence too.
    if (/^[A-Z][a-z]+ing$/u.test(words[0]) && !lead.endsWith('thing')) return true;
  }
  return false;
}

/**
 * Comparatives of the general adjectives of EN_DESCRIBING: a phrase they open compares the thing with another (`Cheaper
 * reference counting`, `smaller images`), a heading of the argument, not a name. higher, lower, upper, inner and outer
 * are left out (higher-order function, lower bound, outer join), and so is a phrase with a capital after the first
 * word (Faster R-CNN names a model).
 */
const EN_COMPARATIVE = new Set(
  (
    'cheaper faster slower better worse bigger smaller larger simpler easier harder quicker newer older safer ' +
    'wider narrower shorter longer stronger weaker fewer'
  ).split(' '),
);

function isComparativeOpening(words: readonly string[]): boolean {
  if (words.length < 2 || !EN_COMPARATIVE.has(words[0].toLowerCase())) return false;
  for (let i = 1; i < words.length; i++) if (!/^[a-z][a-z-]*$/u.test(words[i])) return false;
  return true;
}
