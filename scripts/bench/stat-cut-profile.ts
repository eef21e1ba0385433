/**
 * `tsx scripts/bench/stat-cut-profile.ts [--mb N] [--runs K]`: CPU profile of Segmenter.cutBlocks alone (with the
 * user words a real run has), over the blocks batched as the statistical pass batches them. Compiled dist/.
 */
import { extractCandidates } from '../../dist/extract/index.js';
import { segmenterWith } from '../../dist/extract/segmenter.js';
import { cpuProfile, numberFlag, parsedCorpus, printShares, shares } from './profile-tools.js';

const argv = process.argv.slice(2);
const { notes } = parsedCorpus(numberFlag(argv, '--mb', 5));
const han = new Set<string>();
for (const c of extractCandidates(notes, [])) for (const s of [c.surface, ...c.aliases.map((a) => a.text)]) if (/\p{Script=Han}/u.test(s) && !/\s/u.test(s)) han.add(s);
const batches: string[][] = [[]];
let chars = 0;
for (const note of notes) for (const block of note.blocks) {
  batches[batches.length - 1].push(block.text);
  chars += block.text.length;
  if (chars >= 1 << 14) {
    batches.push([]);
    chars = 0;
  }
}
const segmenter = segmenterWith(han);
const nodes = await cpuProfile('stat-cut', () => {
  for (let run = 0; run < numberFlag(argv, '--runs', 3); run++) for (const batch of batches) segmenter.cutBlocks!(batch);
});
const { total, self } = shares(nodes);
printShares(self, total, 20);
