/**
 * The last resort against a concept standing alone on the map: a concept that no builder related to anything (its
 * sentences and paragraphs name no other concept often enough, no pattern names it) is linked, as `co-occurs`, to
 * the concept the heading of the section it is first mentioned in names (topics.ts: one concept per heading). `With
 * static typing the check happens at compile time` under `## Type checking` is about type checking. Weight 0.3 (the
 * weakest edge), evidence `heading › sentence`; a topic already holding `max` co-occurs edges takes no more.
 *
 * Confined concepts (addConfinedPartners): a concept every mention of which, across the vault, stands in sections whose
 * heading names one concept T (not a note's title heading, which spans everything the note says) is talked about only
 * as part of T (`## Data hazards` › `WAR and WAW are name dependences`; `### Raft` › `Follower 收不到心跳…`): it is
 * linked to T the same way, even when other builders related it to something else. A concept named anywhere else (or
 * under a heading of its own) is not confined; an edge already joining the two is not repeated.
 */
import type { ConceptId, Evidence, NoteId } from '../types.js';
import type { ConceptIndex } from './concept-index.js';
import type { RelationSet } from './relation-set.js';
import { excerpt, fixedEvidence, type SentenceIndex } from './sentences.js';
import type { Topics } from './topics.js';

const WEIGHT = 0.3;

export function addSectionPartners(set: RelationSet, indexed: SentenceIndex, index: ConceptIndex, topics: Topics, max: number): void {
  const size = index.numbers.size;
  const linked = new Uint8Array(size);
  set.forEach((_type, source, target) => {
    for (const id of [source, target]) {
      const n = index.numbers.find(id);
      if (n !== undefined) linked[n] = 1;
    }
  });
  const degree = coOccursDegrees(set, index);
  const done = new Uint8Array(size);
  for (let e = 0; e < indexed.entries; e++) {
    const block = indexed.blockOf(e);
    if (block.kind === 'heading' || block.section < 0) continue;
    for (let g = indexed.sentenceFrom(e); g < indexed.sentenceFrom(e + 1); g++) {
      for (let h = indexed.firstHit(g); h < indexed.endHit(g); h++) {
        const n = indexed.n(h);
        if (linked[n] || done[n] || index.generic(n)) continue;
        done[n] = 1; // only the first mention counts
        const note = indexed.noteOf(e);
        const topic: ConceptId | undefined = topics.topicOfSection(note.id as NoteId, block.section);
        const t = topic === undefined ? undefined : index.numbers.find(topic);
        if (t === undefined || t === n || degree[t] >= max) continue;
        degree[t]++;
        const title = note.sections[block.section]?.title ?? '';
        const sentence = { start: indexed.start(g), end: indexed.end(g) };
        set.add('co-occurs', index.numbers.ids[n], topic!, WEIGHT, [fixedEvidence(note.id, indexed.line(g), `${title} › ${excerpt(block, sentence.start, sentence.end, indexed.hitStart(e, h), 120)}`)]);
      }
    }
  }
}

/** Marks in `confinedTo`: the concept was not seen yet, or was seen under more than one topic (or none). */
const UNSEEN = -1;
const SPREAD = -2;

export function addConfinedPartners(set: RelationSet, indexed: SentenceIndex, index: ConceptIndex, topics: Topics, max: number): void {
  const size = index.numbers.size;
  // By concept number: the one topic number its mentions so far stand under, else UNSEEN or SPREAD; and its first hit.
  const confinedTo = new Int32Array(size).fill(UNSEEN);
  const firstHit = new Int32Array(size).fill(-1);
  const firstEntry = new Int32Array(size);
  confineMentions(indexed, index, topics, confinedTo, firstHit, firstEntry);
  const degree = coOccursDegrees(set, index);
  for (let n = 0; n < size; n++) {
    const t = confinedTo[n];
    if (t < 0 || t === n || index.generic(n) || index.generic(t) || degree[t] >= max) continue;
    const concept = index.numbers.ids[n];
    const topic = index.numbers.ids[t];
    if (set.has('co-occurs', concept, topic) || set.has('related', concept, topic) || set.has('compared', concept, topic) || set.hasHierarchy(concept, topic)) continue;
    degree[t]++;
    set.add('co-occurs', concept, topic, WEIGHT, [evidenceAt(indexed, firstEntry[n], firstHit[n])]);
  }
}

// addConfinedPartners' block loop, a function of its own: run once and compiled on-stack (OSR), it deoptimised the
// whole of addConfinedPartners at the first call after it.
function confineMentions(indexed: SentenceIndex, index: ConceptIndex, topics: Topics, confinedTo: Int32Array, firstHit: Int32Array, firstEntry: Int32Array): void {
  for (let e = 0; e < indexed.entries; e++) {
    const from = indexed.hitFrom(e);
    const to = indexed.hitFrom(e + 1);
    if (from === to) continue;
    const block = indexed.blockOf(e);
    if (block.kind === 'heading') continue;
    const t = topicNumber(indexed, index, topics, e);
    for (let h = from; h < to; h++) {
      const n = indexed.n(h);
      if (confinedTo[n] === UNSEEN) {
        confinedTo[n] = t;
        firstHit[n] = h;
        firstEntry[n] = e;
      } else if (confinedTo[n] !== t) confinedTo[n] = SPREAD;
    }
  }
}

/** By concept number: how many co-occurs edges the concept already has (a topic takes at most `max`). */
function coOccursDegrees(set: RelationSet, index: ConceptIndex): Int32Array {
  const degree = new Int32Array(index.numbers.size);
  set.forEach((type, source, target) => {
    if (type !== 'co-occurs') return;
    for (const id of [source, target]) {
      const n = index.numbers.find(id);
      if (n !== undefined) degree[n]++;
    }
  });
  return degree;
}

/** The number of the concept the heading of entry e's section names (not a note's title heading), else SPREAD. */
function topicNumber(indexed: SentenceIndex, index: ConceptIndex, topics: Topics, e: number): number {
  const block = indexed.blockOf(e);
  if (block.section < 0) return SPREAD;
  const note = indexed.noteOf(e);
  if (note.sections[block.section]?.depth === 1) return SPREAD;
  const topic = topics.topicOfSection(note.id as NoteId, block.section);
  return (topic === undefined ? undefined : index.numbers.find(topic)) ?? SPREAD;
}

/** `heading › sentence` for hit h of entry e. */
function evidenceAt(indexed: SentenceIndex, e: number, h: number): Evidence {
  const block = indexed.blockOf(e);
  const note = indexed.noteOf(e);
  let g = indexed.sentenceFrom(e);
  while (g + 1 < indexed.sentenceFrom(e + 1) && indexed.endHit(g) <= h) g++;
  const sentence = { start: indexed.start(g), end: indexed.end(g) };
  return fixedEvidence(note.id as NoteId, indexed.line(g), `${note.sections[block.section]?.title ?? ''} › ${excerpt(block, sentence.start, sentence.end, indexed.hitStart(e, h), 120)}`);
}
