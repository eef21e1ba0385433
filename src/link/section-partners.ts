/**
 * The last resort against a concept standing alone on the map: a concept that no builder related to anything (its
 * sentences and paragraphs name no other concept often enough, no pattern names it) is linked, as `co-occurs`, to
 * the concept the heading of the section it is first mentioned in names (topics.ts: one concept per heading). `With
 * static typing the check happens at compile time` under `## Type checking` is about type checking. Weight 0.3 (the
 * weakest edge), evidence `heading › sentence`; a topic already holding `max` co-occurs edges takes no more.
 */
import type { ConceptId, NoteId } from '../types.js';
import type { ConceptIndex } from './concept-index.js';
import type { RelationSet } from './relation-set.js';
import { excerpt, type SentenceIndex } from './sentences.js';
import type { Topics } from './topics.js';

const WEIGHT = 0.3;

export function addSectionPartners(set: RelationSet, indexed: SentenceIndex, index: ConceptIndex, topics: Topics, max: number): void {
  const size = index.numbers.size;
  const linked = new Uint8Array(size);
  const degree = new Int32Array(size);
  set.forEach((type, source, target) => {
    for (const id of [source, target]) {
      const n = index.numbers.find(id);
      if (n === undefined) continue;
      linked[n] = 1;
      if (type === 'co-occurs') degree[n]++;
    }
  });
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
        set.add('co-occurs', index.numbers.ids[n], topic!, WEIGHT, [{ note: note.id, line: indexed.line(g), text: `${title} › ${excerpt(block, sentence, indexed.hitStart(e, h), 120)}` }]);
      }
    }
  }
}
