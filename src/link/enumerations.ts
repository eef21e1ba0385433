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
 * cue; else the first concept of the sentence; else the first concept of the previous sentence in the same
 * paragraph (`Hypervisor是…。常见的产品有：VMware、KVM`). Kind lists (分为) take only the clause's concept or the
 * section's topic. Items run to the end of the clause (Chinese) or sentence (English) and stop at 等/etc.
 */
import type { ConceptId, RelationType } from '../types.js';
import type { ConceptIndex } from './concept-index.js';
import { RelationSet } from './relation-set.js';
import { readSentences, sentenceEvidence, type BlockSentences, type PlacedHit, type Sentence, type SentenceIndex, type SentenceReader } from './sentences.js';
import { aliasKey, isClauseEndCode } from './text-keys.js';
import type { Topics } from './topics.js';

const ZH_CUE = /(?:引入了?|(?:例子|示例|实例)就?是|例如|比如|譬如|诸如|包括|包含|(?<=^|[，,（(：:\s])如(?![果何此今下同上是若实])|(?:常见|典型|主要|著名|知名|流行|代表性?)的?\p{Script=Han}{0,6}?有|的(?:产品|例子|实例|代表|实现|种类|类型|成员|方案|工具)(?:有|包括))[：:，,]?\s*/gu;
const EN_CUE = /\b(?:such as|including|includes?|(?:an?|one|the)\s+(?:[a-z]+\s+)?example\s+is|e\.g\.|for example|for instance|namely)\s*[:,]?\s*/giu;
const KIND_CUE = /(?:又|可|可以|还|还可以|也|也可以|通常|一般|主要|大致)?(?:分为|分成|划分为|(?:divided|classified|split)\s+into)[：:]?\s*/gu;
/** Nouns that announce instances (`Type 1 products such as`, `常见的产品有`); general vocabulary, not domain terms. */
const INSTANCE_NOUN = /(?:products?|examples?|implementations?|tools?|projects?|software|offerings?|options?|产品|例子|实现|工具|软件|项目|方案)\s*$/iu;
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
const ZH_CUE_WORDS = /引入|例子|示例|实例|包括|包含|例如|比如|譬如|诸如|(?:^|[，,（(：:\s])如/u;
const ZH_HEAD_WORDS = /常见|典型|主要|著名|知名|流行|代表|产品|例子|实例|实现|种类|类型|成员|方案|工具/u;
/** Necessary conditions of ZH_CUE, EN_CUE and KIND_CUE (in the order of CUES below): substrings every match contains. */
const mayHaveCue: Array<(body: string) => boolean> = [
  (body) => ZH_CUE_WORDS.test(body) || (body.includes('有') && ZH_HEAD_WORDS.test(body)),
  (body) => EN_CUE_ANY.test(body),
  (body) => body.includes('分为') || body.includes('分成') || body.includes('into'),
];

export function addEnumerationRelations(set: RelationSet, indexed: SentenceIndex, index: ConceptIndex, topics?: Topics): void {
  readSentences(indexed, [enumerationReader(set, index, topics)]);
}

const CUES: Array<[RegExp, boolean | undefined, RelationType]> = [[ZH_CUE, false, 'instance'], [EN_CUE, true, 'instance'], [KIND_CUE, undefined, 'broader']];

export function enumerationReader(set: RelationSet, index: ConceptIndex, topics?: Topics): SentenceReader {
  return {
    // items must be mentions of this sentence: readers only see sentences with mentions
    sentence(entry, s, body) {
      const text = entry.block.text;
      const sentence = entry.sentences[s];
      for (let c = 0; c < CUES.length; c++) {
        if (!mayHaveCue[c](body)) continue; // a cheap necessary condition first (and before destructuring: most sentences stop here)
        const [cue, language, type] = CUES[c];
        cue.lastIndex = 0;
        for (let m = cue.exec(body); m; m = cue.exec(body)) {
          const cueStart = sentence.start + m.index;
          const cueEnd = cueStart + m[0].length;
          const english = language ?? /^[a-z]/iu.test(m[0]);
          const head = type === 'broader' ? findKindHead(entry, sentence, cueStart, topics) : findHead(entry, s, cueStart, m[0], index, topics);
          if (!head || index.genericId(head)) continue;
          for (const item of itemConcepts(text, sentence, cueEnd, english)) {
            if (item === head) continue;
            set.add(type, item, head, 1, [sentenceEvidence(entry, sentence, cueStart)]);
          }
        }
      }
    },
  };
}

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
  const inClause = before(clauseStart, cueStart);
  const nearest = inClause[inClause.length - 1];
  if (nearest && adjacent(text, nearest, cueStart)) return nearest.concept;
  if (!nearest && text.slice(clauseStart, cueStart).trim() === '' && clauseStart > sentence.start) {
    const previous = before(sentence.start, clauseStart);
    if (previous.length) return previous[previous.length - 1].concept;
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
  if (nearest) return nearest.concept;
  const first = before(sentence.start, cueStart)[0];
  if (first) return first.concept;
  return s > 0 ? entry.sentences[s - 1].hits[0]?.concept : undefined;
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
function itemConcepts(text: string, sentence: Sentence, from: number, english: boolean): ConceptId[] {
  // Parentheticals (`网络虚拟化(vip)`, `控件组（control group）`) are blanked, not ended at: offsets stay the same.
  const rest = text.slice(from, sentence.end).replace(/[（(][^（()）]*[）)]/gu, (p) => ' '.repeat(p.length));
  const stop = rest.search(english ? EN_ITEM_END : ZH_ITEM_END);
  const list = stop === -1 ? rest : rest.slice(0, stop);
  const separator = english ? EN_SEPARATOR : ZH_SEPARATOR;
  const out: ConceptId[] = [];
  let at: number;
  separator.lastIndex = 0;
  const starts: number[] = [0];
  for (let m = separator.exec(list); m; m = separator.exec(list)) {
    if (m[0].length === 0) {
      separator.lastIndex++;
      continue;
    }
    starts.push(m.index + m[0].length);
  }
  for (const start of starts) {
    at = from + start;
    while (at - from < list.length && /[\s“”"'‘’「」《》]/u.test(list[at - from])) at++;
    const hit = sentence.hits.find((h) => h.start === at);
    if (hit && !out.includes(hit.concept)) out.push(hit.concept);
  }
  return out;
}
