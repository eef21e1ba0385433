import { parsedCorpus } from '/work/wt-pat/scripts/bench/profile-tools.js';
import { noteSentences, CUE } from '/work/wt-pat/dist/extract/cues.js';
const { notes } = parsedCorpus(10);
let blocks = 0, chars = 0, sents = 0;
const bits = new Map<string, [number, number]>();
for (const note of notes) {
  blocks += note.blocks.length;
  for (const ss of noteSentences(note)) for (const s of ss) {
    sents++; chars += s.text.length;
    for (const [k, v] of Object.entries(CUE)) if (s.cues & (v as number)) { const r = bits.get(k) ?? [0, 0]; r[0]++; r[1] += s.text.length; bits.set(k, r); }
  }
}
console.log({ notes: notes.length, blocks, sents, chars });
for (const [k, [n, c]] of bits) console.log(k.padEnd(14), n, c);
