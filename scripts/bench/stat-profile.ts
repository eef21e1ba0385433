/**
 * `tsx scripts/bench/stat-profile.ts [--mb N] [--runs K] [--top T]`: CPU profile of the statistical pass alone
 * (compiled dist/: run `npx tsc -p tsconfig.json` first), after one warm-up run. Prints self and inclusive shares
 * and writes test-output/stat.cpuprofile. The inputs (user words, known keys) are built as stat-only.ts builds them.
 */
import { extractCandidates } from '../../dist/extract/index.js';
import { segmenterWith } from '../../dist/extract/segmenter.js';
import { statisticalCandidates } from '../../dist/extract/statistical.js';
import { normaliseKey } from '../../dist/extract/normalise.js';
import { cpuProfile, numberFlag, parsedCorpus, printShares, shares } from './profile-tools.js';

const argv = process.argv.slice(2);
const top = numberFlag(argv, '--top', 40);
const runs = numberFlag(argv, '--runs', 1);
const { notes, bytes } = parsedCorpus(numberFlag(argv, '--mb', 5));
notes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
const others = extractCandidates(notes, []).filter((c) => c.signal !== 'statistical');
const han = new Set<string>();
const known = new Set<string>();
for (const c of others) {
  for (const s of [c.surface, ...c.aliases.map((a) => a.text)]) {
    known.add(normaliseKey(s));
    if (/\p{Script=Han}/u.test(s) && !/\s/u.test(s)) han.add(s);
  }
}
statisticalCandidates(notes, segmenterWith(han), known);
let ms = 0;
const nodes = await cpuProfile('stat', () => {
  const start = performance.now();
  for (let i = 0; i < runs; i++) statisticalCandidates(notes, segmenterWith(han), known);
  ms = performance.now() - start;
});
const { total, self, inclusive } = shares(nodes);
console.log(`${(bytes / 1e6).toFixed(1)} MB × ${runs} in ${ms.toFixed(0)} ms under the profiler`);
printShares(self, total, top);
console.log('\ninclusive:');
printShares(inclusive, total, top);
