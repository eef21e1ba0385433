/**
 * `tsx scripts/bench/x-encue.ts`: the time of naming.ts's EN_CUE exec loop on the sentences of the bench corpus that
 * pass its ASCII pre-test, against the same loop started from each cue word's possible match starts.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cuedSentences } from '../../src/extract/cues.js';
import { parseNote } from '../../src/parse/parse-note.js';
import { buildCorpus } from './corpus.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const notes = buildCorpus(root, 10e6).sources.map((source) => parseNote(source));
const EN_CUE = /\b(?:(?:is|are|was|were|be)\s+)?(?:called|termed|named|dubbed|known\s+as|referred\s+to\s+as|calls?\s+(?:this|it|that|these|them))\s+(?:the\s+|an?\s+)?/giu;
const EN_CUE_ASCII = /call|termed|named|dubbed|known|referred/i;
const texts: string[] = [];
for (const note of notes) for (const block of note.blocks) for (const s of cuedSentences(block.text)) if (EN_CUE_ASCII.test(s.text)) texts.push(s.text);
let chars = 0;
for (const t of texts) chars += t.length;
console.log(texts.length, 'sentences', (chars / texts.length).toFixed(0), 'chars avg');
for (let r = 0; r < 5; r++) {
  let n = 0;
  const t0 = performance.now();
  for (const text of texts) {
    EN_CUE.lastIndex = 0;
    for (let m = EN_CUE.exec(text); m; m = EN_CUE.exec(text)) n++;
  }
  console.log(`EN_CUE: ${n} matches, ${(performance.now() - t0).toFixed(1)} ms`);
}
