/**
 * Subject ties: a sentence that opens with a concept and goes on to say something about it names, in the same
 * clause, what that concept does, uses, serves or is made of (`Prometheus uses a pull model: …`, `PostgreSQL reclaims
 * dead row versions with a background process called VACUUM`, `因子分解机（FM）给每个特征学一个隐向量`). A concept named
 * once with another never passes the co-occurrence test (two sightings at least); being the sentence's subject and
 * an object in its first clause is the syntactic tie that test cannot see.
 * The subject is tied (`related`, weight 0.4, as a definition's other concepts) to the first MAX_TIES other concepts of
 * its clause (past its own colon: `X：…` goes on about X), but only where no other builder related the pair: the
 * ties are collected during the sentence walk and added after co-occurrence (`addClauseTies`).
 * Not a subject: a mention followed by a coordinator or a list separator (`Kafka、RabbitMQ …`, `A and B …`), an
 * enumeration's first item. Not a clause to read: a chain of stages (`A → B → C`, the enumeration reader's), a
 * heading. The clause ends at a clause mark or at an English conjunction that may open a clause of its own (and,
 * but, or, while, whereas, so).
 */
import type { ConceptId, Evidence } from '../types.js';
import type { ConceptIndex } from './concept-index.js';
import { CUE_ARROW } from './cue-mask.js';
import type { RelationSet } from './relation-set.js';
import { sentenceEvidence, type BlockSentences, type PlacedHit, type SentenceReader, type SentenceText } from './sentences.js';
import { codeTable, isClauseEndCode, isSpaceCode, skipSpaces } from './text-keys.js';
import { isSubjectPrefix } from './topics.js';

const WEIGHT = 0.4;
const MAX_TIES = 3;
/** Right after a subject: a coordinator or list separator (an enumeration's first item, not a subject). */
const COORDINATED = /^\s*(?:[、,，/&+]|和|与|及|或|跟|and\s|or\s|vs\.?\s|versus\s)/iu;
/** A gloss right after the subject (`帧内预测（intra prediction）`), read past before the clause is looked at. */
const GLOSS = /^\s*[（(][^（()）]*[）)]/u;
/** The characters COORDINATED and GLOSS may open with past spaces (a/o/v of and, or, vs, versus, either case). */
const COORDINATED_OPENERS = codeTable('、,，/&+和与及或跟aAoOvV');
const GLOSS_OPENERS = codeTable('（(');

/**
 * Whether text[at, to) holds, past spaces, one of `openers`' characters: a necessary condition of the anchored pattern
 * that `openers` lists the first characters of. Most subjects are followed by a word, and then no slice is made and no
 * regex tried.
 */
function opensWith(text: string, at: number, to: number, openers: Uint8Array): boolean {
  const next = skipSpaces(text, at, to);
  return next < to && openers[text.charCodeAt(next)] === 1;
}

export interface ClauseTie {
  source: ConceptId;
  target: ConceptId;
  evidence: Evidence;
}

/** Collects subject ties into `out` during the sentence walk. */
export function clauseTieReader(out: ClauseTie[], index: ConceptIndex): SentenceReader {
  return new ClauseTieReader(out, index);
}

/** A class, not an object of closures: see SentenceReader. */
class ClauseTieReader implements SentenceReader {
  constructor(private readonly out: ClauseTie[], private readonly index: ConceptIndex) {}

  readonly cues = 0;
  readonly minHits = 2;

  sentence(entry: BlockSentences, s: number, _cut: SentenceText, cues: number): void {
    const { out, index } = this;
    const sentence = entry.sentences[s];
    const hits = sentence.hits;
    if (cues & CUE_ARROW || entry.block.kind === 'heading') return;
    const text = entry.block.text;
    const subject = hits[0];
    if (index.generic(subject.n) || !isSubjectPrefix(text, sentence.start, subject.start)) return;
    let at = subject.end;
    if (opensWith(text, at, Math.min(at + 80, sentence.end), GLOSS_OPENERS)) at += GLOSS.exec(text.slice(at, Math.min(at + 80, sentence.end)))?.[0].length ?? 0;
    if (opensWith(text, at, Math.min(at + 9, sentence.end), COORDINATED_OPENERS) && COORDINATED.test(text.slice(at, Math.min(at + 9, sentence.end)))) return;
    const end = clauseEnd(text, at, sentence.end);
    let ties = 0;
    for (let h = 1; h < hits.length && ties < MAX_TIES && hits[h].start < end; h++) {
      const hit = hits[h];
      if (hit.start < at || hit.concept === subject.concept || index.generic(hit.n) || namedBefore(hits, h)) continue;
      out.push({ source: subject.concept, target: hit.concept, evidence: sentenceEvidence(entry, sentence, hit.start) });
      ties++;
    }
  }
}

/** Whether hits[h]'s concept is among hits[1 … h-1] (tied once per sentence). */
function namedBefore(hits: readonly PlacedHit[], h: number): boolean {
  for (let o = 1; o < h; o++) if (hits[o].concept === hits[h].concept) return true;
  return false;
}

/**
 * Where the clause that goes on from `at` ends: the first clause end past an opening colon, or an English conjunction
 * that may open a clause of its own (`The Sprocket turns and a Gizmo waits`), else `to`.
 */
function clauseEnd(text: string, at: number, to: number): number {
  let end = at;
  while (end < to && isSpaceCode(text.charCodeAt(end))) end++;
  if (text.charCodeAt(end) === 0xff1a || text.charCodeAt(end) === 58) end++;
  while (end < to && !isClauseEndCode(text.charCodeAt(end))) end++;
  const m = CONJUNCTION.exec(text.slice(at, end));
  return m ? at + m.index : end;
}
const CONJUNCTION = /\s(?:and|but|or|while|whereas|so)\s/iu;

/** Adds the ties whose two concepts no builder has related yet (any type, either direction). */
export function addClauseTies(set: RelationSet, ties: readonly ClauseTie[]): void {
  if (!ties.length) return;
  const related = new Set<string>();
  set.forEach((_type, source, target) => {
    related.add(`${source}\u0000${target}`);
    related.add(`${target}\u0000${source}`);
  });
  for (const tie of ties) if (!related.has(`${tie.source}\u0000${tie.target}`)) set.add('related', tie.source, tie.target, WEIGHT, [tie.evidence]);
}
