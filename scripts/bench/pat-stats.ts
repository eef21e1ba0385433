/**
 * `npx tsx scripts/bench/pat-stats.ts [--mb N]`: how many sentences of the bench corpus (and how many UTF-16 code
 * units in them) carry each cue bit (src/extract/cues.ts): how much text each gated pattern still reads. dist/:
 * `npm run compile` first.
 */
import { CUE, noteSentences } from '../../dist/extract/cues.js';
import { numberFlag, parsedCorpus } from './profile-tools.js';

const { notes } = parsedCorpus(numberFlag(process.argv.slice(2), '--mb', 10));
let blocks = 0;
let sentences = 0;
let units = 0;
const bits = new Map<string, { sentences: number; units: number }>();
for (const note of notes) {
  blocks += note.blocks.length;
  for (const split of noteSentences(note)) {
    for (const s of split) {
      sentences++;
      units += s.text.length;
      for (const [name, bit] of Object.entries(CUE)) {
        if (!(s.cues & bit)) continue;
        const row = bits.get(name) ?? { sentences: 0, units: 0 };
        row.sentences++;
        row.units += s.text.length;
        bits.set(name, row);
      }
    }
  }
}
console.log(`${notes.length} notes, ${blocks} blocks, ${sentences} sentences, ${units} code units`);
for (const [name, row] of bits) console.log(`${name.padEnd(14)} ${String(row.sentences).padStart(7)} sentences ${String(row.units).padStart(9)} units`);
