/**
 * Members named back into a kind: `PNG、GIF、无损模式的 WebP 都属于这一类`, `JPEG and WebP all belong to this family`.
 * The items are the names listed right before the cue (each item's last mention, the head of its noun phrase); the
 * kind is what the words `this family` point back at, in order:
 * - the subject of the sentence when the items open a later clause (`有损压缩丢掉细节，JPEG 和 WebP 都属于这一类`);
 * - the term of the list item or entry the sentence stands in (`- 无损压缩（lossless）：… 。PNG、WebP 都属于这一类。`);
 * - the subject of the sentence before in the block.
 * An item written like a name is an `instance` of the kind, else `broader` (narrower). Weight 0.8, as a definition;
 * evidence: the sentence.
 */
import type { ConceptId } from '../types.js';
import type { ConceptIndex } from './concept-index.js';
import { CUE_THIS } from './cue-mask.js';
import type { RelationSet } from './relation-set.js';
import { sentenceEvidence, type BlockSentences, type PlacedHit, type Sentence, type SentenceReader, type SentenceText } from './sentences.js';
import { codeTable, isClauseEndCode, isSpaceCode } from './text-keys.js';
import { isSubjectPrefix, type Topics } from './topics.js';

const WEIGHT = 0.8;
/** The cue, with the adverb that may precede it (都, all): members of the kind pointed back at. */
const ANAPHORA = /(?:都|也|均|全都)?(?:(?:属于|归入|归于|算作)(?:这|此|该)一?[类种]|是(?:这一类|此类))(?=\s*(?:[。，,；;.!?！？）)]|$))|\b(?:(?:all|both)\s+)?(?:belong\s+to|fall\s+(?:into|under)|are\s+(?:all\s+)?(?:of|in))\s+this\s+(?:family|category|class|group|kind|type|camp)\b/iu;
/** What separates the items. */
const SEPARATOR = /、|,\s*(?:and\s+|or\s+)?|，|\s+and\s+|\s+or\s+|和|与|及|以及|或/gu;
/** Longest item (its text, modifiers included): a longer one is a clause, not a name. */
const MAX_ITEM = 24;
/** After the term of a list item or entry: an optional gloss, then a colon or a dash set off by spaces. */
const TERM_END = /^[\s*_`]*(?:[（(][^（()）]*[）)])?\s*(?:[：:]|[-–—]{1,2}\s)/u;

export function anaphoraReader(set: RelationSet, index: ConceptIndex, topics: Topics): SentenceReader {
  return new AnaphoraReader(set, index, topics);
}

/** A class, not an object of closures: see SentenceReader. */
class AnaphoraReader implements SentenceReader {
  constructor(private readonly set: RelationSet, private readonly index: ConceptIndex, private readonly topics: Topics) {}

  readonly cues = CUE_THIS;
  readonly minHits = Infinity;

  sentence(entry: BlockSentences, s: number, cut: SentenceText): void {
    const { set, index, topics } = this;
    if (entry.block.kind === 'heading' || !mayPointBack(cut.body)) return;
    const m = ANAPHORA.exec(cut.body);
    if (!m) return;
    const sentence = entry.sentences[s];
    const text = entry.block.text;
    const cueStart = sentence.start + m.index;
    let from = cueStart;
    while (from > sentence.start && !isClauseEndCode(text.charCodeAt(from - 1))) from--;
    const items = itemsBefore(text, sentence, from, cueStart);
    if (!items.length) return;
    const head = kindOf(entry, s, from, index);
    if (head === undefined || index.genericId(head)) return;
    for (const item of items) {
      if (item.concept === head || index.generic(item.n)) continue;
      set.add(topics.nameLike(entry, sentence, item) ? 'instance' : 'broader', item.concept, head, WEIGHT, [sentenceEvidence(entry, sentence, item.start)]);
    }
  }
}

/**
 * A necessary condition of ANAPHORA in one pass, no regex: 这/此/该 before 一, 类 or 种 (its Chinese forms), or `this`
 * in any case (ſ for s, as `/iu` matches it). The cue bit (类, 种, `thi`) is set in many sentences that hold neither,
 * and ANAPHORA, tried on each, matched in none of the bench corpus's.
 */
export function mayPointBack(body: string): boolean {
  for (let i = 0; i + 1 < body.length; i++) {
    const code = body.charCodeAt(i);
    if (DEMONSTRATIVE[code] === 1) {
      if (KIND_WORD[body.charCodeAt(i + 1)] === 1) return true;
    } else if ((code | 32) === 116 && i + 3 < body.length && (body.charCodeAt(i + 1) | 32) === 104 && (body.charCodeAt(i + 2) | 32) === 105) {
      const last = body.charCodeAt(i + 3);
      if ((last | 32) === 115 || last === 0x17f) return true;
    }
  }
  return false;
}
const DEMONSTRATIVE = codeTable('这此该');
const KIND_WORD = codeTable('一类种');

/** Each item's last mention when it ends the item (`无损模式的 WebP` → WebP); none when an item is too long for a name. */
function itemsBefore(text: string, sentence: Sentence, from: number, to: number): PlacedHit[] {
  const list = text.slice(from, to);
  const out: PlacedHit[] = [];
  let start = 0;
  SEPARATOR.lastIndex = 0;
  for (;;) {
    const m = SEPARATOR.exec(list);
    const end = m ? m.index : list.length;
    if (end - start > MAX_ITEM) return [];
    let last = from + end;
    while (last > from + start && isSpaceCode(text.charCodeAt(last - 1))) last--;
    const hit = sentence.hits.find((h) => h.end === last && h.start >= from + start);
    if (hit && !out.some((o) => o.concept === hit.concept)) out.push(hit);
    if (!m) break;
    start = m.index + m[0].length;
  }
  return out;
}

/** The kind `this family` points back at (see the module comment). */
function kindOf(entry: BlockSentences, s: number, clauseStart: number, index: ConceptIndex): ConceptId | undefined {
  const text = entry.block.text;
  const sentence = entry.sentences[s];
  const subjectOf = (sent: Sentence, before: number): PlacedHit | undefined => {
    const first = sent.hits[0];
    return first && first.end <= before && isSubjectPrefix(text, sent.start, first.start) && !index.generic(first.n) ? first : undefined;
  };
  if (clauseStart > sentence.start) return subjectOf(sentence, clauseStart)?.concept;
  if (s === 0) return undefined;
  const opening = entry.sentences[0];
  const term = subjectOf(opening, opening.end);
  if (term && TERM_END.test(text.slice(term.end, Math.min(opening.end, term.end + 60)))) return term.concept;
  return subjectOf(entry.sentences[s - 1], entry.sentences[s - 1].end)?.concept;
}
