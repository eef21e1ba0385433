/**
 * `npx tsx scripts/bench/link-split-share.ts [--mb N] [--rounds R]`: what sharing one sentence split between extraction
 * and linking could save. Times linking's split (indexSentences with no hits: spansInto and the sentence index) and
 * extraction's (noteSentences: splitSentences and the cue bits) on the bench corpus, CPU ms per round (compiled
 * dist/), and counts the extraction sentences whose range, spaces and end marks trimmed, is also a link sentence's.
 * The two splitters have different rules (abbreviations, wrapped lines, runs of end marks), so on other notes the
 * ranges may differ.
 */
import { noteSentences } from '../../dist/extract/cues.js';
import { ConceptNumbers, indexSentences, type SentenceIndex } from '../../dist/link/sentences.js';
import type { Note } from '../../src/types.js';
import { numberFlag, parsedCorpus } from './profile-tools.js';

const argv = process.argv.slice(2);
const { notes } = parsedCorpus(numberFlag(argv, '--mb', 10));
const cpu = (f: () => void): number => {
  const start = process.cpuUsage();
  f();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
const noHits = new Map();
let linkCount = 0;
let extractCount = 0;
for (let r = 0; r < numberFlag(argv, '--rounds', 5); r++) {
  const link = cpu(() => (linkCount = indexSentences(notes, noHits, new ConceptNumbers([])).sentences));
  const extract = cpu(() => {
    extractCount = 0;
    for (const note of notes) for (const block of noteSentences(note)) extractCount += block.length;
  });
  console.log(`round ${r}: link split ${link.toFixed(0)} ms (${linkCount} sentences), extraction split ${extract.toFixed(0)} ms (${extractCount} sentences)`);
}

/** text[start, end) without leading spaces and trailing spaces and end marks, as `start/end`. */
function trimmed(text: string, start: number, end: number): string {
  while (start < end && /\s/u.test(text[start])) start++;
  while (end > start && /[\s。！？；!?;.]/u.test(text[end - 1])) end--;
  return `${start}/${end}`;
}

/** Every link sentence as `note/block/start/end` (trimmed). */
function linkRanges(index: SentenceIndex, notes: readonly Note[]): Set<string> {
  const blockIndex = new Map<unknown, number>();
  for (const note of notes) note.blocks.forEach((block, b) => blockIndex.set(block, b));
  const out = new Set<string>();
  for (let e = 0; e < index.entries; e++) {
    const block = index.blockOf(e);
    for (let g = index.sentenceFrom(e); g < index.sentenceFrom(e + 1); g++) out.add(`${index.noteOf(e).id}/${blockIndex.get(block)}/${trimmed(block.text, index.start(g), index.end(g))}`);
  }
  return out;
}

const ranges = linkRanges(indexSentences(notes, noHits, new ConceptNumbers([])), notes);
let same = 0;
let total = 0;
for (const note of notes) {
  const split = noteSentences(note);
  note.blocks.forEach((block, b) => {
    for (const sentence of split[b]) {
      total++;
      if (ranges.has(`${note.id}/${b}/${trimmed(block.text, sentence.at, sentence.at + sentence.text.length)}`)) same++;
    }
  });
}
console.log(`extraction sentences that are also link sentences (spaces and end marks trimmed): ${same} of ${total}`);
