/**
 * `instance` edges from Hearst-style enumerations (source = item, target = head):
 * `常见的产品有：A、B、C等`, `X，如A、B`, `例如：A、B`, `包括A、B和C`, `X such as A, B and C`, `including A, B,
 * and C`, `e.g. A, B`. Raw, such patterns are only about half right, so an edge is kept only when the item starts
 * with a concept mention and the head is a concept that is not a generic word (技术, 工具, way, tool…).
 *
 * The head is, in order: the nearest concept before the cue in the cue's clause; if the cue opens its clause,
 * the nearest one in the previous clause; else the first concept of the sentence; else the first concept of the
 * previous sentence in the same paragraph (`Hypervisor是…。常见的产品有：VMware、KVM`).
 * Items run to the end of the clause (Chinese) or sentence (English) and stop at 等/etc.
 */
import type { ConceptId } from '../types.js';
import type { ConceptIndex } from './concept-index.js';
import { RelationSet } from './relation-set.js';
import { excerpt, type BlockSentences, type PlacedHit, type Sentence } from './sentences.js';
import { isGenericLabel } from './text-keys.js';

const ZH_CUE = /(?:例如|比如|譬如|诸如|包括|包含|(?<=^|[，,（(：:\s])如(?![果何此今下同上是若实])|(?:常见|典型|主要|著名|知名|流行|代表性?)的?\p{Script=Han}{0,6}?有|的(?:产品|例子|实例|代表|实现|种类|类型|成员|方案|工具)(?:有|包括))[：:，,]?\s*/gu;
const EN_CUE = /\b(?:such as|including|e\.g\.|for example|for instance|namely)\s*[:,]?\s*/giu;
const CLAUSE_END = /[，,；;：:。.!?！？]/u;
const ZH_ITEM_END = /[，；;。!?！？]|等/u;
const EN_ITEM_END = /[;。!?！？]|\betc\b|\band so on\b/iu;
const ZH_SEPARATOR = /、|以及|及|和|与|或|,|\s+and\s+|\s+or\s+/gu;
const EN_SEPARATOR = /\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|、/giu;

export function addEnumerationRelations(set: RelationSet, indexed: readonly BlockSentences[], index: ConceptIndex): void {
  for (const entry of indexed) {
    const text = entry.block.text;
    entry.sentences.forEach((sentence, s) => {
      if (!sentence.hits.length) return; // items must be mentions of this sentence
      const body = text.slice(sentence.start, sentence.end);
      for (const [cue, english] of [[ZH_CUE, false], [EN_CUE, true]] as const) {
        cue.lastIndex = 0;
        for (let m = cue.exec(body); m; m = cue.exec(body)) {
          const cueStart = sentence.start + m.index;
          const cueEnd = cueStart + m[0].length;
          const head = findHead(entry, s, cueStart);
          if (!head || isGenericLabel(index.byId.get(head)!.label)) continue;
          for (const item of itemConcepts(text, sentence, cueEnd, english)) {
            if (item === head) continue;
            set.add('instance', item, head, 1, [{ note: entry.note.id, line: sentence.line, text: excerpt(entry.block, sentence, cueStart) }]);
          }
        }
      }
    });
  }
}

function findHead(entry: BlockSentences, s: number, cueStart: number): ConceptId | undefined {
  const sentence = entry.sentences[s];
  const text = entry.block.text;
  let clauseStart = sentence.start;
  for (let i = cueStart - 1; i >= sentence.start; i--) {
    if (CLAUSE_END.test(text[i])) {
      clauseStart = i + 1;
      break;
    }
  }
  const before = (from: number, to: number): PlacedHit[] => sentence.hits.filter((h) => h.start >= from && h.end <= to);
  const inClause = before(clauseStart, cueStart);
  if (inClause.length) return inClause[inClause.length - 1].concept;
  if (text.slice(clauseStart, cueStart).trim() === '' && clauseStart > sentence.start) {
    const previous = before(sentence.start, clauseStart);
    if (previous.length) return previous[previous.length - 1].concept;
  }
  const first = before(sentence.start, cueStart)[0];
  if (first) return first.concept;
  return s > 0 ? entry.sentences[s - 1].hits[0]?.concept : undefined;
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
