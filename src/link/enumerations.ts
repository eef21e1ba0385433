/**
 * `instance` edges from Hearst-style enumerations (source = item, target = head):
 * `常见的产品有：A、B、C等`, `X，如A、B`, `例如：A、B`, `包括A、B和C`, `X such as A, B and C`, `including A, B,
 * and C`, `e.g. A, B`. Raw, such patterns are only about half right, so an edge is kept only when the item starts
 * with a concept mention and the head is a concept that is not a generic word (技术, 工具, way, tool…).
 *
 * Cues also include `include(s)` and `引入(了)`; `分为/分成/divided into` lists kinds, read as `broader` edges.
 *
 * The head is, in order: the nearest concept before the cue in the cue's clause, when nothing but a few
 * characters (`等`, `的`, a short word) separates it from the cue; if the cue opens its clause, the nearest one in
 * the previous clause; when the words before the cue (or the cue itself) are an instance noun such as products,
 * examples, tools, 产品 (`Type 1 products such as …`): the concept whose label starts with those words' modifier
 * (`Type 1` → Type 1 hypervisor), else the paragraph's subject (`A Type 2 hypervisor is …. Typical products include
 * …`), else the section's topic (`1.2.3 硬件层虚拟化 … 使用这种解决方案的产品有…`); else the nearest concept before the
 * cue; else the first concept of the sentence; else the subject (a concept opening it) of the previous sentence in the same
 * paragraph (`Hypervisor是…。常见的产品有：VMware、KVM`); else, for a cue that opens its sentence (`常见的有：矩形窗、汉宁窗`
 * under `## 4.4 窗函数`), the section's topic. Kind lists (分为) take only the clause's concept or the
 * section's topic. Items run to the end of the clause (Chinese) or sentence (English) and stop at 等/etc.
 *
 * Lists after a colon are read too (colonLists), names in a parenthesis right after a common noun
 * (`fuzzing (AFL, libFuzzer)`: parenthesisedNames), parts (`X 由 A、B 组成`, `X consists of A and B`: partsOf,
 * `related`; sums `DEFLATE = LZ77 + 哈夫曼`, `X：A + B + C`: sumOfParts, the same) and chains of three or more stages
 * (`召回 → 粗排 → 精排`: arrowChain, each `related` to the next).
 */
import type { ConceptId, RelationType } from '../types.js';
import type { ConceptIndex } from './concept-index.js';
import { CUE_ARROW, CUE_COLON, CUE_COPULA, CUE_EN_ENUM, CUE_KIND, CUE_MARK, CUE_NUMBER, CUE_PARTS, CUE_THIS, CUE_YOU, CUE_ZH_ENUM } from './cue-mask.js';
import { RelationSet } from './relation-set.js';
import { excerpt, fixedEvidence, readSentences, sentenceEvidence, type BlockSentences, type PlacedHit, type Sentence, type SentenceIndex, type SentenceReader, type SentenceText } from './sentences.js';
import { aliasKey, codeTable, formsOf, isClauseEndCode, isSpaceCode, skipSpaces } from './text-keys.js';
import { isSubjectPrefix, type Topics } from './topics.js';

const ZH_CUE = /(?:引入了?|(?:例子|示例|实例)就?是|典型的?(?:就是|是|如)|最(?:常用|常见|典型|著名|有名|流行)的(?:一种|一个)?(?:是|就是|要数|当属)|例如|比如|譬如|诸如|包括|包含|(?<=^|[，,（(：:\s])如(?![果何此今下同上是若实])|(?:常见|典型|主要|著名|知名|流行|代表性?)的?(?:[A-Za-z0-9 ._/+-]{0,16}?\p{Script=Han}{0,6}?|\p{Script=Han}{1,6}?[A-Za-z0-9 ._/+-]{1,16}?)有|的(?:产品|例子|实例|代表|实现|种类|类型|成员|方案|工具)(?:有|包括))[：:，,]?\s*/gu;
const EN_CUE = /\b(?:such as|including|includes?|(?:an?|one|the)\s+(?:[a-z]+\s+)?example\s+is|e\.g\.|for example|for instance|namely)\s*[:,]?\s*/giu;
const KIND_CUE = /(?:又|可|可以|还|还可以|也|也可以|通常|一般|主要|大致)?(?:分为|分成|划分为|(?:divided|classified|split)\s+into)[：:]?\s*/gu;
/**
 * A count of kinds with the kind in between, then the items: `最常用的两种平衡树是 A 和 B`, `The two main kinds of
 * index are A and B`. The counted noun is the head (a mention inside the cue); the items are kinds of it.
 */
const COUNT_CUE = /(?:[两二三四五六七八九十几]\s*[种类](?![型别])\p{Script=Han}{0,2}?的?[^，,。；;：:\s]{1,12}?\s*(?:是|有|包括|包含)|\b(?:two|three|four|five|six|several)\s+(?:(?:most\s+)?(?:common|popular|main|basic|important|widely used)\s+)?(?:kinds|types|sorts|classes|forms|variants)\s+of\s+[\p{L}\p{N} -]{1,40}?\s+(?:are|include))[：:，,]?\s*/giu;
const COUNT_CUE_ANY = /[两二三四五六七八九十几]\s*[种类]|\b(?:two|three|four|five|six|several)\b/iu;
/** Nouns that announce instances (`Type 1 products such as`, `常见的产品有`); general vocabulary, not domain terms. */
const INSTANCE_NOUN = /(?:products?|examples?|implementations?|tools?|projects?|software|offerings?|options?|产品|例子|实现|工具|软件|项目|方案)\s*$/iu;
const ZH_LIST_GOES_ON = /[，,]\s*(?:另外|此外)?(?:还有|以及)/gu;
const ZH_ITEM_END = /[，；;。!?！？]|等/u;
const EN_ITEM_END = /[;。!?！？]|\betc\b|\band so on\b/iu;
const ZH_SEPARATOR = /、|以及|及|和|与|或|,|\s+and\s+|\s+or\s+/gu;
const EN_SEPARATOR = /\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|、/giu;

/** Superset of EN_CUE (same flags, so the same case folding). */
const EN_CUE_ANY = /such as|includ|example|e\.g\.|for instance|namely/iu;
/**
 * ZH_CUE's words other than its `…有` forms (a bare 如 only where ZH_CUE takes it: after a clause mark or space, not in
 * 如果/如何), and the words of those forms; one regex scan each, not a scan per word.
 */
const ZH_CUE_WORDS = /引入|例子|示例|实例|典型的?(?:就是|是|如)|包括|包含|例如|比如|譬如|诸如|最(?:常用|常见|典型|著名|有名|流行)的|(?:^|[，,（(：:\s])如/u;
const ZH_HEAD_WORDS = /常见|典型|主要|著名|知名|流行|代表|产品|例子|实例|实现|种类|类型|成员|方案|工具/u;
/** Necessary conditions of ZH_CUE, EN_CUE and KIND_CUE (in the order of CUES below): substrings every match contains. */
const mayHaveCue: Array<(body: string) => boolean> = [
  (body) => ZH_CUE_WORDS.test(body) || (body.includes('有') && ZH_HEAD_WORDS.test(body)),
  (body) => EN_CUE_ANY.test(body),
  (body) => body.includes('分为') || body.includes('分成') || body.includes('into'),
  (body) => COUNT_CUE_ANY.test(body),
];

export function addEnumerationRelations(set: RelationSet, indexed: SentenceIndex, index: ConceptIndex, topics?: Topics): void {
  readSentences(indexed, [enumerationReader(set, index, topics)]);
}

const CUES: Array<[RegExp, boolean | undefined, RelationType]> = [[ZH_CUE, false, 'instance'], [EN_CUE, true, 'instance'], [KIND_CUE, undefined, 'broader'], [COUNT_CUE, undefined, 'broader']];
/** Index in CUES of COUNT_CUE, whose head is the counted noun inside the cue. */
const COUNTED = 3;
/**
 * ZH_CUE tried only where a match can begin (its alternatives open with one of these characters), at each such
 * place on its own (sticky): a scan of the whole sentence tried every alternative, a lookbehind among them, at
 * every character. The first place where it matches is where the scan would have found its match.
 */
const ZH_CUE_AT = new RegExp(ZH_CUE.source, 'uy');
const ZH_CUE_OPENERS = codeTable('引例示实最比譬诸包如常典主著知流代的');

/** The next match of CUES[c] in `body` from its lastIndex on (as `exec` of the global regex). */
function nextCue(c: number, body: string): RegExpExecArray | null {
  const cue = CUES[c][0];
  if (c !== 0) return cue.exec(body);
  for (let i = cue.lastIndex; i < body.length; i++) {
    if (ZH_CUE_OPENERS[body.charCodeAt(i)] !== 1) continue;
    ZH_CUE_AT.lastIndex = i;
    const m = ZH_CUE_AT.exec(body);
    if (m) {
      cue.lastIndex = ZH_CUE_AT.lastIndex;
      return m;
    }
  }
  cue.lastIndex = 0;
  return null;
}

/** The cueMask bits without which CUES[c] cannot match. */
const CUE_BITS = [CUE_ZH_ENUM | CUE_YOU, CUE_EN_ENUM, CUE_KIND, CUE_COPULA | CUE_YOU | CUE_ZH_ENUM | CUE_EN_ENUM];
/**
 * COUNT_CUE also needs its count (种/类 after a Chinese numeral, an English numeral word): a copula or 有 alone is
 * in most sentences, and COUNT_CUE_ANY then scanned 54k sentences of the bench corpus to pass 1.4k.
 */
const COUNT_BITS = CUE_THIS | CUE_NUMBER;

export function enumerationReader(set: RelationSet, index: ConceptIndex, topics?: Topics): SentenceReader {
  return new EnumerationReader(set, index, topics);
}

/** A class, not an object of closures: see SentenceReader. */
class EnumerationReader implements SentenceReader {
  constructor(private readonly set: RelationSet, private readonly index: ConceptIndex, private readonly topics: Topics | undefined) {}

  // Every test below needs one of these bits, except parenthesisedNames (three mentions or more).
  readonly cues = CUE_ZH_ENUM | CUE_YOU | CUE_EN_ENUM | CUE_KIND | COUNT_BITS | CUE_COLON | CUE_MARK | CUE_PARTS | CUE_ARROW;
  readonly minHits = 3;
  // items must be mentions of this sentence: readers only see sentences with mentions
  sentence(entry: BlockSentences, s: number, cut: SentenceText, cues: number): void {
    const { set, index, topics } = this;
    const text = entry.block.text;
    const sentence = entry.sentences[s];
    for (let c = 0; c < CUES.length; c++) {
      if (!(cues & CUE_BITS[c]) || (c === COUNTED && !(cues & COUNT_BITS))) continue;
      const body = cut.body;
      if (!mayHaveCue[c](body)) continue; // a cheap necessary condition first (and before destructuring: most sentences stop here)
      const [cue, language, type] = CUES[c];
      cue.lastIndex = 0;
      for (let m = nextCue(c, body); m; m = nextCue(c, body)) {
        const cueStart = sentence.start + m.index;
        const cueEnd = cueStart + m[0].length;
        const english = language ?? /^[a-z]/iu.test(m[0]);
        const head = c === COUNTED ? countedHead(sentence, cueStart, cueStart + m[0].length, index) : type === 'broader' ? findKindHead(entry, sentence, cueStart, topics) : findHead(entry, s, cueStart, m[0], index, topics);
        if (!head || index.genericId(head)) continue;
        const items = itemConcepts(text, sentence, cueEnd, english);
        for (const item of items) {
          if (item === head) continue;
          set.add(type, item, head, 1, [sentenceEvidence(entry, sentence, cueStart)]);
        }
        if (!items.length && type === 'broader' && topics) kindSections(set, entry, sentence, cueEnd, head, topics);
        cueEnds.push(cueEnd);
      }
    }
    if (cues & (CUE_COLON | CUE_MARK)) colonLists(set, entry, s, index, topics, cueEnds);
    cueEnds.length = 0;
    // One native scan for a bracket rules out most sentences before any mention is looked at.
    if (topics && sentence.hits.length > 2 && (cut.body.includes('(') || cut.body.includes('（'))) parenthesisedNames(set, entry, sentence, index, topics);
    if (cues & CUE_PARTS && sentence.hits.length > 1 && PARTS_ANY.test(cut.body)) partsOf(set, entry, sentence, index);
    if (cues & CUE_ARROW && sentence.hits.length >= MIN_CHAIN) arrowChain(set, entry, sentence, index);
    if (cues & (CUE_MARK | CUE_COLON) && sentence.hits.length >= 3 && (cut.body.includes('+') || cut.body.includes('＋'))) sumOfParts(set, entry, sentence, index);
  }
}

/** A kind noun: the word before 类型/种类 (`记录类型`), or the noun a count word measures (`几种状态之间`, `三类任务`). */
const KIND_NOUN = /([^\P{Script=Han}的有是]{1,4}?)(?:类型|种类)|[几两二三四五六七八九十多]+[种类个]([^\P{Script=Han}之中里的有]{1,4})/u;

/** KIND_NOUN's fixed parts, without property classes: a cheap necessary condition. */
const KIND_NOUN_ANY = /类型|种类|[几两二三四五六七八九十多][种类个]/;

/**
 * The concept whose label ends with the kind noun the lead names (记录 → 资源记录, 状态 → 进程状态): looked for among
 * the paragraph's mentions before `before`, then the section's topic. A concept whose head word the lead repeats is what is counted.
 */
function kindNounHead(lead: string, entry: BlockSentences, before: number, index: ConceptIndex, topics: Topics | undefined): ConceptId | undefined {
  if (!KIND_NOUN_ANY.test(lead)) return undefined; // a plain scan first: most leads count nothing
  const m = KIND_NOUN.exec(lead);
  if (!m) return undefined;
  const noun = aliasKey(m[1] ?? m[2]);
  const ends = (id: ConceptId) => {
    const concept = index.byId.get(id);
    return !!concept && !index.genericId(id) && formsOf(concept).some((form) => {
      const key = aliasKey(form);
      return key.length > noun.length && key.endsWith(noun);
    });
  };
  for (let i = entry.hits.length - 1; i >= 0; i--) if (entry.hits[i].end <= before && ends(entry.hits[i].concept)) return entry.hits[i].concept;
  const topic = topics?.sectionTopic(entry);
  return topic && ends(topic) ? topic : undefined;
}

/** A count of kinds and nothing more (`两类`, `three kinds`), the count by its numeral. */
const KIND_TOTAL = /^\s*(两|二|三|四|五|六|七|八|九|十|two|three|four|five|six|seven|eight|nine|ten)\s*(?:[种类个大]|kinds?|types?|classes|categories|groups?)\s*[。.：:]?\s*$/iu;
const NUMERALS: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/**
 * `机器学习按训练数据带不带标签，大体可以分成两类。` followed by `## 监督学习`, `## 无监督学习`: the kinds are the next
 * sub-sections of the sentence's section, as many as counted, each narrower than the head (when its heading names one).
 */
function kindSections(set: RelationSet, entry: BlockSentences, sentence: Sentence, cueEnd: number, head: ConceptId, topics: Topics): void {
  const m = KIND_TOTAL.exec(entry.block.text.slice(cueEnd, sentence.end + 1));
  if (!m) return;
  const count = NUMERALS[m[1].toLowerCase()];
  const note = entry.note;
  const children = note.sections.filter((section) => section.parent === entry.block.section && section.line > entry.block.line).slice(0, count);
  if (children.length < count) return;
  for (const child of children) {
    const topic = topics.topicOfSection(note.id, child.index);
    if (topic && topic !== head) set.add('broader', topic, head, 0.8, [fixedEvidence(note.id, sentence.line, `${excerpt(entry.block, sentence.start, sentence.end, cueEnd, 100)} › ${child.title}`)]);
  }
}

/**
 * `Fuzzing (AFL, libFuzzer) is usually coverage-guided`, `消息队列（Kafka、RabbitMQ）`: a common noun followed by a
 * parenthesis that holds nothing but two or more names, each a whole mention written like a name: the names are
 * instances of the noun. A name followed by names (`Kafka (Broker, ZooKeeper)`) lists its parts, and a list of common
 * nouns (`the front end (lexing, parsing)`) its stages: neither is read. Weight 0.8; evidence: the sentence.
 */
function parenthesisedNames(set: RelationSet, entry: BlockSentences, sentence: Sentence, index: ConceptIndex, topics: Topics): void {
  const text = entry.block.text;
  const hits = sentence.hits;
  for (let h = 0; h + 2 < hits.length; h++) {
    const head = hits[h];
    const open = skipSpaces(text, head.end, sentence.end);
    const code = text.charCodeAt(open);
    if (code !== 40 && code !== 0xff08) continue;
    // Cheap first: a closing bracket in the sentence, a separator inside, two mentions inside (most parentheses are glosses).
    const close = closingBracket(text, open + 1, sentence.end, code === 40 ? 41 : 0xff09);
    if (close === -1 || !(hits[h + 2].end <= close)) continue;
    const items = namesBetween(text, hits, h + 1, open + 1, close);
    if (!items || index.generic(head.n) || topics.capitalised(head.n) || topics.nameLike(entry, sentence, head)) continue;
    // A gloss gives the head's other names (`转译后备缓冲器（Translation Lookaside Buffer，TLB）`): one of them, or a name
    // and its abbreviation.
    if (items.length < 2 || items.some((item) => item.concept === head.concept) || hasAbbreviation(text, items)) continue;
    if (!items.every((item) => topics.nameLike(entry, sentence, item) || NAME_SHAPE.test(text.slice(item.start, item.end)))) continue;
    for (const item of items) set.add('instance', item.concept, head.concept, WEIGHT_COLON, [sentenceEvidence(entry, sentence, head.start)]);
  }
}

/** Where `close` ends the parenthesis opened before `from` (by `to`), when a list separator comes first; else -1. */
function closingBracket(text: string, from: number, to: number, close: number): number {
  let separated = false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === close) return separated ? i : -1;
    if (code === 44 || code === 0xff0c || code === 0x3001 || code === 47) separated = true;
  }
  return -1;
}

/** The mentions that make up text[from, to) with only separators (`,`, `、`, `，`, `/`, and/or) between them, else undefined. */
function namesBetween(text: string, hits: readonly PlacedHit[], k: number, from: number, to: number): PlacedHit[] | undefined {
  const out: PlacedHit[] = [];
  let at = from;
  for (; k < hits.length && hits[k].start < to; k++) {
    if (!NAME_GAP.test(text.slice(at, hits[k].start)) || (out.length > 0) !== SEPARATED.test(text.slice(at, hits[k].start))) return undefined;
    out.push(hits[k]);
    at = hits[k].end;
  }
  return at <= to && /^\s*$/u.test(text.slice(at, to)) ? out : undefined;
}
/** Whether one item is the initials of another (`Multi-Armed Bandit`, `MAB`). */
function hasAbbreviation(text: string, items: readonly PlacedHit[]): boolean {
  const initials = items.map((item) => text.slice(item.start, item.end).split(/[\s-]+/u).map((word) => word[0] ?? '').join('').toUpperCase());
  return items.some((item) => {
    const surface = text.slice(item.start, item.end);
    return surface.length >= 2 && /^[A-Z]+$/u.test(surface) && initials.includes(surface);
  });
}

/** Written like a name whatever its initial: a capital or a digit inside (libFuzzer, x264). */
const NAME_SHAPE = /^.+[A-Z0-9]/u;
const NAME_GAP = /^\s*(?:[,，、/]|\band\b|\bor\b|和|或)?\s*(?:and\s+|or\s+)?$/u;
const SEPARATED = /[,，、/]|\band\b|\bor\b|和|或/u;

/** `X 由 A、B 组成`: the items between 由 and 组成/构成 (a count of parts may come before the verb). */
const ZH_PARTS = /由(?!于)(?=[^，,。；;：:]{1,80}?(?:[两二三四五六七八九十几多]?[个种]?部分)?(?:成对|共同)?(?:组成|构成))\s*/gu;
/** `X consists of A and B`, `is made up of`, `is composed of`, `comprises`. */
const EN_PARTS = /\b(?:consists?\s+of|consisting\s+of|(?:is|are)\s+(?:made\s+up|composed)\s+of|comprises?)\s+(?:the\s+|a\s+|an\s+)?/giu;
const PARTS_ANY = /组成|构成|consist|made\s+up|composed|compris/iu;
const WEIGHT_PARTS = 0.8;
const ARTICLE_LEAD = /^(?:a|an|the)\s+/iu;

/**
 * `每个样本由特征和标签组成`, `A URL consists of a scheme, a host and a path`: the parts named are `related` to the whole,
 * the concept right before the cue (a few words may come between: `An IP packet header consists of`). Parts are not
 * kinds, so nothing is typed narrower.
 */
function partsOf(set: RelationSet, entry: BlockSentences, sentence: Sentence, index: ConceptIndex): void {
  const text = entry.block.text;
  const body = text.slice(sentence.start, sentence.end);
  for (const pattern of [ZH_PARTS, EN_PARTS]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(body); m; m = pattern.exec(body)) {
      const cueStart = sentence.start + m.index;
      const clauseStart = clauseStartOf(text, sentence, cueStart);
      const whole = sentence.hits.filter((h) => h.start >= clauseStart && h.end <= cueStart).pop();
      if (!whole || index.generic(whole.n) || cueStart - whole.end > 16) continue;
      for (const part of itemConcepts(text, sentence, cueStart + m[0].length, pattern === EN_PARTS, false, true)) {
        if (part !== whole.concept && !index.genericId(part)) set.add('related', part, whole.concept, WEIGHT_PARTS, [sentenceEvidence(entry, sentence, cueStart)]);
      }
    }
  }
}

/** Characters one term of a sum may hold besides its concept (`大窗口 LZ77`, `FAST 角点`), at most. */
const MAX_TERM_REST = 10;

/**
 * `DEFLATE = LZ77 + 哈夫曼`, `地理坐标系 = 椭球 + 基准面`, `混合编码框架（hybrid coding）：预测 + 变换 + 量化`: a concept
 * set equal (`=`, or a colon) to two or more terms joined by `+` is made of them: the concept each term names is a part,
 * `related` to the whole, as for `X 由 A、B 组成`. The whole is the mention right before the mark (a gloss may come
 * between); each term is short (a concept and at most MAX_TERM_REST characters of modifier, or those characters
 * alone) and names at most one concept, or the sum is not read (`AMAT = hit time + miss rate × miss penalty` is a
 * formula, not a list of parts). Gated by a `+` in the sentence (one native scan) and the mark bits.
 */
function sumOfParts(set: RelationSet, entry: BlockSentences, sentence: Sentence, index: ConceptIndex): void {
  const text = entry.block.text;
  const hits = sentence.hits;
  for (let k = 0; k + 2 < hits.length; k++) {
    const whole = hits[k];
    let at = skipSpaces(text, whole.end, sentence.end);
    if (text.charCodeAt(at) === 0xff08 || text.charCodeAt(at) === 40) {
      const close = text.indexOf(text.charCodeAt(at) === 40 ? ')' : '）', at);
      if (close === -1 || close >= sentence.end) continue;
      at = skipSpaces(text, close + 1, sentence.end);
    }
    const mark = text.charCodeAt(at);
    if (mark !== 61 && mark !== 0xff1d && mark !== 58 && mark !== 0xff1a) continue;
    if (index.generic(whole.n)) continue;
    const parts = sumTerms(text, sentence, k + 1, at + 1, index);
    for (const part of parts ?? []) if (part !== whole.concept && !set.hasHierarchy(part, whole.concept)) set.add('related', part, whole.concept, WEIGHT_PARTS, [sentenceEvidence(entry, sentence, whole.start)]);
  }
}

/** The concepts of a `+` sum that starts at `from` (hits from `first` on), one per term that names one; undefined when a term is long or names two, or fewer than two name one. */
function sumTerms(text: string, sentence: Sentence, first: number, from: number, index: ConceptIndex): ConceptId[] | undefined {
  const parts: ConceptId[] = [];
  let start = from;
  let h = first;
  for (;;) {
    let end = start;
    while (end < sentence.end && !isSumEnd(text.charCodeAt(end))) end++;
    const inTerm: PlacedHit[] = [];
    while (h < sentence.hits.length && sentence.hits[h].start < end) {
      if (sentence.hits[h].start >= start) inTerm.push(sentence.hits[h]);
      h++;
    }
    const named = new Set(inTerm.map((x) => x.n));
    if (named.size > 1) return undefined;
    const covered = inTerm.reduce((n, x) => n + x.end - x.start, 0);
    if (text.slice(start, end).trim().length - covered > MAX_TERM_REST) return undefined;
    if (inTerm.length && !index.generic(inTerm[0].n)) parts.push(inTerm[0].concept);
    const code = text.charCodeAt(end);
    if (code !== 43 && code !== 0xff0b) break;
    start = end + 1;
  }
  return parts.length >= 2 ? parts : undefined;
}

/** What ends one term of a sum: `+`, a clause or sentence mark, a colon, `=`. */
function isSumEnd(code: number): boolean {
  return code === 43 || code === 0xff0b || code === 61 || isClauseEndCode(code) || code === 58 || code === 0xff1a;
}

/** Stages in a row, at least, for a chain: a single `A → B` more often maps, implies or replaces than it sequences. */
const MIN_CHAIN = 3;
const ARROW = /\s*[→⇒]\s*/gu;
const ARROW_OR_END = /[→⇒]|$/u;

/**
 * `Query 理解 → 召回 → 粗排 → 精排`, `registers → L1 cache → L2 cache → main memory (DRAM)`: three or more stages in a
 * row, each nothing but a mention (and a gloss), name a sequence; each is `related` to the next. Stages that are
 * descriptions (`按 term 排序、合并`) break the run.
 */
function arrowChain(set: RelationSet, entry: BlockSentences, sentence: Sentence, index: ConceptIndex): void {
  const text = entry.block.text;
  const body = text.slice(sentence.start, sentence.end);
  const stages: Array<PlacedHit | undefined> = [];
  // The first stage may follow a lead and a colon (`经典流程是一个漏斗：召回 → 粗排 → …`).
  const first = body.search(ARROW_OR_END);
  let from = Math.max(body.lastIndexOf('：', first), body.lastIndexOf(':', first)) + 1;
  ARROW.lastIndex = from;
  for (;;) {
    const m = ARROW.exec(body);
    stages.push(wholeMention(text, sentence, sentence.start + from, sentence.start + (m ? m.index : body.length)));
    if (!m) break;
    from = m.index + m[0].length;
  }
  if (stages.length < MIN_CHAIN) return;
  for (let start = 0; start < stages.length; ) {
    let end = start;
    while (end < stages.length && stages[end]) end++;
    for (let k = start + 1; end - start >= MIN_CHAIN && k < end; k++) {
      const a = stages[k - 1]!;
      const b = stages[k]!;
      if (a.concept !== b.concept && !index.generic(a.n) && !index.generic(b.n)) set.add('related', a.concept, b.concept, WEIGHT_PARTS, [sentenceEvidence(entry, sentence, a.start)]);
    }
    start = end + 1;
  }
}

/** The mention that is all of text[from, to) but spaces, markup and a parenthetical gloss, else undefined. */
function wholeMention(text: string, sentence: Sentence, from: number, to: number): PlacedHit | undefined {
  const start = skipSpaces(text, from, to);
  const hit = sentence.hits.find((h) => h.start >= start && h.start <= start + 2 && h.end <= to);
  if (!hit || !/^[\s*_`]*$/u.test(text.slice(start, hit.start))) return undefined;
  return /^[\s*_`]*(?:[（(][^（()）]*[）)])?[\s*_`]*$/u.test(text.slice(hit.end, to)) ? hit : undefined;
}

/** Where this sentence's cue matches ended (a colon a cue took, `常见的产品有：`, is not read again). */
const cueEnds: number[] = [];
/** Words that say the list after a colon is of kinds or members: a count or a kind noun (`names four:`, `有三种：`). */
const KIND_COUNT = /\b(?:two|three|four|five|six|seven|eight|nine|ten|several|types?|kinds?|categories|classes|forms|variants)\b|[两二三四五六七八九十几多][种类个大]|种类|类型|分类|类别|形式/iu;
const WEIGHT_COLON = 0.8;
const PRONOUN = /^\s*(?:它们?|其|这些|these|this|it|they)(?![\p{L}])/iu;

/**
 * Lists after a colon (`宏任务（macrotask）：setTimeout、setInterval、I/O`, `SQL defines isolation levels. The standard
 * names four: read uncommitted, read committed, …`): two or more items that each open with a mention. The head is
 * - the concept right before the colon (a gloss may sit between): its members, `instance`; a head written as a name
 *   (Docker: images, containers) has parts, not members, and is left out;
 * - when the words before the colon count or name kinds (`names four`, `有三种`): the nearest concept before them in
 *   the clause, else the last concept of the sentence before: `instance`;
 * - else the sentence's subject (a concept opening it) with `related`: what the subject is said to consist of or
 *   run through (`OSI 参考模型…自下而上依次是：物理层、数据链路层…`), not necessarily kinds of it;
 * - when the words before the colon are only an instance noun (`Tools:`, `常见工具：`), the paragraph's subject (or the
 *   section's topic) with `instance`, as `Typical products include` is read;
 * - else, when the words before the colon name parts, roles or steps (`4.1 节点角色：`), the nearest enclosing section's
 *   concept with `related`.
 */
function colonLists(set: RelationSet, entry: BlockSentences, s: number, index: ConceptIndex, topics: Topics | undefined, taken: readonly number[]): void {
  const text = entry.block.text;
  const sentence = entry.sentences[s];
  for (let at = nextColon(text, sentence.start, sentence.end); at !== -1; at = nextColon(text, at + 1, sentence.end)) {
    const dash = text.charCodeAt(at) !== 58 && text.charCodeAt(at) !== 0xff1a;
    // `X — A, B`: a dash introduces a list only when set off (a space before, or doubled as in Chinese `——`).
    if (dash && !(isSpaceCode(text.charCodeAt(at - 1)) || text.charCodeAt(at - 1) === text.charCodeAt(at))) continue;
    // A line that is a label and its names lists members; prose after the names (`content hashes — Bazel, Buck2.
    // Robust, costs …`) says who uses a technique, not what its members are.
    if (dash && !BLOCK_TAIL.test(text.slice(sentence.end))) continue;
    // Cheap first: a list after a colon opens with a mention (after spaces or a quote), which a separator follows; after
    // a label (a concept, then the mark) it may open with a short name that is no concept (`— npm, Yarn, Cargo`).
    const first = sentence.hits.find((h) => h.start > at && h.start - at <= 3);
    const firstEnd = first ? first.end : shortNameEnd(text, at + 1, sentence.end);
    if (firstEnd === -1 || !separatorFollows(text, firstEnd, sentence.end)) continue;
    if (taken.some((end) => end > at && end - at <= 3)) continue;
    const english = !/\p{Script=Han}/u.test(text.slice(at + 1, Math.min(sentence.end, at + 40)));
    const items = itemConcepts(text, sentence, at + 1, english, true);
    if (items.length < 2) continue;
    const found = colonHead(entry, s, at, index, topics, dash);
    if (!found || index.genericId(found.head) || ((dash || !first) && !found.label)) continue;
    for (const item of items) if (item !== found.head) set.add(found.type, item, found.head, WEIGHT_COLON, [sentenceEvidence(entry, sentence, at)]);
  }
}

/** The next `:`, `：` or dash (— –; the second of `——`) in text[from, to), else -1 (a bounded loop: indexOf searched on to the end of the block). */
function nextColon(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 58 || code === 0xff1a) return i;
    // A dash that ends the text is checked without reading past it (that read deoptimised colonLists once per build).
    if ((code === 0x2014 || code === 0x2013) && (i + 1 === text.length || text.charCodeAt(i + 1) !== code)) return i;
  }
  return -1;
}

/**
 * Where a short first item that is no mention ends (`npm` in `— npm, Yarn (JavaScript), Cargo`): up to three words
 * of letters, digits and name marks, within 24 characters, before a separator or a parenthetical; else -1.
 */
function shortNameEnd(text: string, from: number, to: number): number {
  let at = from;
  while (at < to && isItemLead(text.charCodeAt(at))) at++;
  const start = at;
  while (at < to && at - start <= 24 && isNameChar(text.charCodeAt(at), text, at)) at++;
  if (at === start || at - start > 24) return -1;
  let end = at;
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return wordsIn(text, start, end) <= 3 ? end : -1;
}
const BLOCK_TAIL = /^[\s.。;；]*$/u;
const NAME_CHAR = /[\p{L}\p{N} ._+#/'-]/u;

/**
 * NAME_CHAR.test(text[at]), `code` being its code unit, remembered per code unit (0 not asked yet, 1 no, 2 yes): a
 * regex run and a one-character string per character were most of shortNameEnd's time.
 */
function isNameChar(code: number, text: string, at: number): boolean {
  let known = NAME_CODES[code];
  if (known === 0) NAME_CODES[code] = known = NAME_CHAR.test(text[at]) ? 2 : 1;
  return known === 2;
}
const NAME_CODES = new Uint8Array(65536);

/** Whether a list separator (、，, and or 和与及或) follows `at`, past spaces and one parenthetical. */
function separatorFollows(text: string, at: number, to: number): boolean {
  while (at < to && isSpaceCode(text.charCodeAt(at))) at++;
  // At the end of the text nothing follows (checked, not read: a read past the end deoptimised the caller).
  if (at >= text.length) return false;
  const open = text.charCodeAt(at);
  if (open === 40 || open === 0xff08) {
    const close = text.indexOf(open === 40 ? ')' : '）', at);
    if (close === -1 || close >= to) return false;
    at = close + 1;
    while (at < to && isSpaceCode(text.charCodeAt(at))) at++;
    if (at >= text.length) return false;
  }
  const code = text.charCodeAt(at);
  if (code === 0x3001 || code === 44 || code === 0xff0c || code === 0x548c || code === 0x4e0e || code === 0x53ca || code === 0x6216) return true;
  return text.startsWith('and ', at) || text.startsWith('or ', at);
}

function colonHead(entry: BlockSentences, s: number, colon: number, index: ConceptIndex, topics: Topics | undefined, dash = false): { head: ConceptId; type: RelationType; label?: boolean } | undefined {
  const text = entry.block.text;
  const sentence = entry.sentences[s];
  const clauseStart = clauseStartOf(text, sentence, colon);
  const before = sentence.hits.filter((h) => h.start >= clauseStart && h.end <= colon);
  const last = before[before.length - 1];
  // `Mutation testing checks the tests …. Tools: PIT (Java), mutmut (Python).`: a lead that is only an instance noun
  // (which may itself be a generic concept) lists examples of what the paragraph, else the section, is about.
  if (!dash && topics && before.every((h) => index.generic(h.n)) && INSTANCE_LEAD.test(text.slice(clauseStart, colon))) {
    const topic = (s > 0 ? topics.paragraphSubject(entry) : undefined) ?? topics.sectionTopic(entry);
    if (topic) return { head: topic, type: 'instance', label: true };
  }
  // `宏任务（macrotask）：`: the gloss may hold the term's other name, a hit of its own that ends before `）`.
  if (last && /^[\s）)—–]*$/u.test(text.slice(last.end, colon).replace(/[（(][^（()）]*[）)]/gu, ''))) {
    // A dash sets off an aside mid-sentence (`we tried three — Make, Ninja, Bazel`): a list's label opens its line.
    if (dash && !isSubjectPrefix(text, sentence.start, before[0].start)) return undefined;
    if (dash && before.some((h) => h.concept !== last.concept)) return undefined;
    return topics?.capitalised(last.n) ? undefined : { head: last.concept, type: 'instance', label: true };
  }
  if (dash) return undefined;
  const lead = text.slice(clauseStart, colon);
  const byNoun = kindNounHead(lead, entry, clauseStart, index, topics);
  if (byNoun) return { head: byNoun, type: 'instance' };
  if (KIND_COUNT.test(lead)) {
    if (last) return { head: last.concept, type: 'instance' };
    const previous = s > 0 && clauseStart === sentence.start ? entry.sentences[s - 1] : undefined;
    if (!previous?.hits.length) return undefined;
    // `它有三个核心概念：` points back at the sentence before's subject, whose parts it may list: related only.
    if (PRONOUN.test(text.slice(clauseStart, colon))) {
      const subject = previous.hits[0];
      return isSubjectPrefix(text, previous.start, subject.start) ? { head: subject.concept, type: 'related' } : undefined;
    }
    // `SQL defines weaker isolation levels. The standard names four:`: the kind the sentence before ended on.
    return { head: previous.hits[previous.hits.length - 1].concept, type: 'instance' };
  }
  const first = sentence.hits[0];
  if (first && first.end <= colon && isSubjectPrefix(text, sentence.start, first.start) && !index.generic(first.n)) return { head: first.concept, type: 'related' };
  // `4.1 节点角色：Leader、Follower、Candidate` under `## 4. Raft`: a lead naming parts, roles or steps and no concept
  // lists what the section's concept is made of: related to it (the nearest enclosing section that names one).
  if (!before.length && PARTS_LEAD.test(lead) && topics) {
    const sections = entry.note.sections;
    for (let k: number | undefined = entry.block.section; k !== undefined && k >= 0; k = sections[k].parent) {
      const topic = topics.topicOfSection(entry.note.id, k);
      if (topic) return index.genericId(topic) ? undefined : { head: topic, type: 'related' };
    }
  }
  return undefined;
}
/** A colon's lead that is an instance noun and at most one modifier (`Tools`, `Popular implementations`, `常见工具`). */
const INSTANCE_LEAD = /^[\s\d.、*_-]*(?:(?:[a-z]+\s+)?(?:products|examples|implementations|tools|libraries|frameworks)|\p{Script=Han}{0,2}的?(?:产品|例子|实现|工具|框架))\s*$/iu;

/** A colon's lead that names the parts of something, with nothing else but an outline number, a modifier or two. */
const PARTS_LEAD = /^[\s\d.、]*(?:\p{Script=Han}{0,4}(?:角色|组成部分|组成|组件|部件|成员|阶段|步骤)|(?:the\s+)?(?:[a-z]+\s+)?(?:roles|components|parts|phases|stages|steps))\s*$/iu;

function clauseStartOf(text: string, sentence: Sentence, cueStart: number): number {
  for (let i = cueStart - 1; i >= sentence.start; i--) if (isClauseEndCode(text.charCodeAt(i))) return i + 1;
  return sentence.start;
}

/** Nothing but a particle or one short word between the head's mention and the cue. */
function adjacent(text: string, hit: PlacedHit, cueStart: number): boolean {
  const gap = text.slice(hit.end, cueStart).trim();
  return gap.length <= 2 || /^[\p{L}-]+$/u.test(gap) && !/\p{Script=Han}/u.test(gap) && gap.length <= 12;
}

function findKindHead(entry: BlockSentences, sentence: Sentence, cueStart: number, topics?: Topics): ConceptId | undefined {
  const clauseStart = clauseStartOf(entry.block.text, sentence, cueStart);
  const inClause = sentence.hits.filter((h) => h.start >= clauseStart && h.end <= cueStart).pop();
  if (inClause) return inClause.concept;
  // `机器学习按…，大体可以分成两类`: the clause before says what is divided, when the sentence opens with it.
  const first = sentence.hits[0];
  if (first && first.end <= clauseStart && isSubjectPrefix(entry.block.text, sentence.start, first.start) && /^\s*(?:大体|大致|大概|基本|总体)?上?(?:又|可|可以|还|还可以|也|也可以|通常|一般|主要|大致)?\s*$/u.test(entry.block.text.slice(clauseStart, cueStart))) return first.concept;
  // The subject is elided (`…，又分为A、B`): only adverbs before the cue; then the section is about the head.
  return /^\s*(?:又|可|可以|还|还可以|也|也可以|通常|一般|主要|大致)?\s*$/u.test(entry.block.text.slice(clauseStart, cueStart)) ? topics?.sectionTopic(entry) : undefined;
}

function findHead(entry: BlockSentences, s: number, cueStart: number, cue: string, index: ConceptIndex, topics?: Topics): ConceptId | undefined {
  const sentence = entry.sentences[s];
  const text = entry.block.text;
  const clauseStart = clauseStartOf(text, sentence, cueStart);
  const before = (from: number, to: number): PlacedHit[] => sentence.hits.filter((h) => h.start >= from && h.end <= to);
  // `常见的路由协议有：RIP、OSPF`: the cue itself names the kind.
  const inCue = before(cueStart, cueStart + cue.length).filter((h) => !index.genericId(h.concept));
  if (inCue.length) return inCue[inCue.length - 1].concept;
  // `常见的记录类型有：` after `…以资源记录的形式保存`: the kind noun 记录 is the head word of 资源记录.
  const byNoun = kindNounHead(cue, entry, cueStart, index, topics);
  if (byNoun) return byNoun;
  const inClause = before(clauseStart, cueStart);
  const nearest = inClause[inClause.length - 1];
  if (nearest && adjacent(text, nearest, cueStart)) return nearest.concept;
  // `最常用的是X` opening its sentence is about what the sentence before opened with; after other words
  // (`公共仓库里最有名的是`) it is about them, which name no concept here.
  if (cue.startsWith('最')) {
    // An opener word may come first (`其中最流行的是 LoRA`, `现在最流行的是 RoPE`): it points back the same way.
    if (!MOST_LEAD.test(text.slice(clauseStart, cueStart)) || clauseStart !== sentence.start || s === 0) return undefined;
    const previous = entry.sentences[s - 1];
    const subject = previous.hits[0];
    return subject && isSubjectPrefix(text, previous.start, subject.start) ? subject.concept : undefined;
  }
  if (!nearest && text.slice(clauseStart, cueStart).trim() === '' && clauseStart > sentence.start) {
    // `- 柔性事务：基于…，追求…，比如 TCC、Saga`: in a term's entry (the term, then a colon), the examples are of the
    // term the entry describes, not of whatever its description named last.
    const term = entryTerm(entry, sentence, clauseStart);
    if (term && !index.genericId(term)) return term;
    const previous = before(sentence.start, clauseStart);
    if (previous.length) return previous[previous.length - 1].concept;
    // `Each level rules out more anomalies, such as dirty reads`: the clause before names the kind in a word that is
    // no concept; the sentence before is about something else.
    if (/^[a-z]/iu.test(cue) && !INSTANCE_NOUN.test(text.slice(sentence.start, clauseStart - 1))) return undefined;
  }
  const lead = text.slice(nearest ? nearest.end : clauseStart, cueStart);
  if (INSTANCE_NOUN.test(lead) || INSTANCE_NOUN.test(cue.replace(/(?:\s+is|就?是|有)?[：:，,\s]*$/u, ''))) {
    // The section's topic first when the sentence before names it (`流量控制照顾…，拥塞控制照顾…。TCP 的拥塞控制算法…。
    // 常见的实现有：…` under `4 拥塞控制`): the paragraph may open by contrasting it with something else.
    const section = topics?.sectionTopic(entry);
    const named = section !== undefined && s > 0 && entry.sentences[s - 1].hits.some((h) => h.concept === section) ? section : undefined;
    const topic = byModifier(lead.replace(INSTANCE_NOUN, ''), index) ?? named ?? topics?.paragraphSubject(entry) ?? section;
    if (topic) return topic;
  }
  // `which is why systems such as Cassandra`: a plural noun right before the cue is the items' kind; when it is no
  // concept, a concept further back is not what they are examples of.
  if (/^[a-z]/iu.test(cue) && !(nearest && adjacent(text, nearest, cueStart)) && /\p{Ll}{2,}s\s*,?\s*$/u.test(lead)) return undefined;
  if (nearest) return nearest.concept;
  const first = before(sentence.start, cueStart)[0];
  if (first) return first.concept;
  // `Hypervisor是…。常见的产品有：…` continues the sentence before's subject; a concept further into that sentence
  // (`老版本靠 ZooKeeper 存元数据。3.x 引入了 KRaft`) is not what the list is of.
  const previous = s > 0 ? entry.sentences[s - 1] : undefined;
  const subject = previous?.hits[0];
  if (subject && isSubjectPrefix(text, previous.start, subject.start)) return subject.concept;
  // `常见的有：矩形窗、汉宁窗` opening its sentence under `## 4.4 窗函数`: the list names what the section is about.
  return isSubjectPrefix(text, sentence.start, cueStart) ? topics?.sectionTopic(entry) : undefined;
}

/** What may stand before a `最…的是` cue that opens its sentence: nothing, or an opener word (其中, 目前, 现在, 如今, 而). */
const MOST_LEAD = /^\s*(?:(?:其中|目前|现在|如今|当前|而)\s*[，,]?\s*)?$/u;

/** The term an entry opens with (`**term**（gloss）：description`, `term: description`), when its colon comes before `to`. */
function entryTerm(entry: BlockSentences, sentence: Sentence, to: number): ConceptId | undefined {
  const text = entry.block.text;
  const first = sentence.hits[0];
  if (!first || !isSubjectPrefix(text, sentence.start, first.start)) return undefined;
  const colon = nextColon(text, first.end, to);
  if (colon === -1) return undefined;
  return ENTRY_GAP.test(text.slice(first.end, colon).replace(/[（(][^（()）]*[）)]/gu, '')) ? first.concept : undefined;
}
const ENTRY_GAP = /^[\s*_`）)]*$/u;

/** The last non-generic concept mentioned inside a counting cue (`两种平衡树是` → 平衡树). */
function countedHead(sentence: Sentence, from: number, to: number, index: ConceptIndex): ConceptId | undefined {
  const inCue = sentence.hits.filter((h) => h.start >= from && h.end <= to && !index.genericId(h.concept));
  return inCue[inCue.length - 1]?.concept;
}

/** The one concept whose label or alias starts with the last words of `modifier` (`Type 1` → Type 1 hypervisor). */
function byModifier(modifier: string, index: ConceptIndex): ConceptId | undefined {
  const words = aliasKey(modifier).split(' ').filter(Boolean);
  for (let k = Math.max(0, words.length - 3); k < words.length; k++) {
    const prefix = words.slice(k).join(' ');
    if (prefix.length < 2 || !/[\p{L}]/u.test(prefix)) continue;
    const found = index.continuing(prefix);
    if (found?.size === 1) return [...found][0];
  }
  return undefined;
}

/** Concepts that open each item of the enumeration starting at `from`. */
function itemConcepts(text: string, sentence: Sentence, from: number, english: boolean, strict = false, articles = false): ConceptId[] {
  // Parentheticals (`网络虚拟化(vip)`, `控件组（control group）`) are blanked, not ended at: offsets stay the same.
  let rest = text.slice(from, sentence.end).replace(/[（(][^（()）]*[）)]/gu, (p) => ' '.repeat(p.length));
  // `A、B，还有 C、D`: a clause opened by 还有/以及 adds items to the list rather than ending it (same offsets kept).
  if (!english) rest = rest.replace(ZH_LIST_GOES_ON, (m) => '、' + ' '.repeat(m.length - 1));
  const stop = rest.search(english ? EN_ITEM_END : ZH_ITEM_END);
  const list = stop === -1 ? rest : rest.slice(0, stop);
  const separator = english ? EN_SEPARATOR : ZH_SEPARATOR;
  const out: ConceptId[] = [];
  let at: number;
  separator.lastIndex = 0;
  const starts: number[] = [0];
  const ends: number[] = []; // where each item's separator begins: item k runs to ends[k]
  for (let m = separator.exec(list); m; m = separator.exec(list)) {
    if (m[0].length === 0) {
      separator.lastIndex++;
      continue;
    }
    ends.push(m.index);
    starts.push(m.index + m[0].length);
  }
  ends.push(list.length);
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k];
    at = from + start;
    while (at - from < list.length && isItemLead(list.charCodeAt(at - from))) at++;
    // Parts are named with articles (`a scheme and a host`).
    if (articles) at += ARTICLE_LEAD.exec(list.slice(at - from, at - from + 5))?.[0].length ?? 0;
    const hit = sentence.hits.find((h) => h.start === at);
    if (strict) {
      // A list after a colon is of names: an item that runs on (`git add copies the working-tree version`) is prose.
      // An English list may go on into the predicate it is the subject of (`HotSpot and V8 move a function …`):
      // a later item that runs on ends the list.
      const segmentEnd = from + ends[k];
      const rest = text.slice(hit ? hit.end : at, segmentEnd).trim();
      if (rest.length > (hit ? 2 : 12)) {
        if (!(english && hit && k > 0)) return [];
        if (!out.includes(hit.concept)) out.push(hit.concept);
        break;
      }
    }
    if (english && !strict) {
      // An English list ends where an item turns into a clause (`…, MySQL and SQLite, store their tables and indexes`):
      // an item without a mention that runs past two words, and everything after it, is no longer the list.
      const segmentEnd = from + ends[k];
      if (!hit && wordsIn(text, at, segmentEnd) > 2) break;
    }
    if (hit && !out.includes(hit.concept)) out.push(hit.concept);
  }
  return out;
}


/** What may stand before an item's mention: whitespace and quotes (`/[\s“”"'‘’「」《》]/u`, by code unit, no string per character). */
function isItemLead(code: number): boolean {
  return isSpaceCode(code) || ITEM_QUOTES[code] === 1;
}
const ITEM_QUOTES = codeTable('“”"\'‘’「」《》');

/** Words in text[from, to) (runs of non-space), counted without slicing. */
function wordsIn(text: string, from: number, to: number): number {
  let words = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
