/**
 * `npx tsx scripts/bench/pat-resolve.ts [--mb N] [--rounds K] [--profile]`: resolveConcepts on the bench corpus's
 * candidates (dist/: `npm run compile` first), timed per round (round 0 cold); with `--profile`, a CPU profile of
 * the cold round written to test-output/pat-resolve.cpuprofile and its top functions by self time.
 */
import { extractCandidates } from '../../dist/extract/index.js';
import { resolveConcepts } from '../../dist/resolve/index.js';
import { cpuProfile, numberFlag, parsedCorpus, printShares, shares, startUp } from './profile-tools.js';

const argv = process.argv.slice(2);
const { notes } = parsedCorpus(numberFlag(argv, '--mb', 10));
startUp();
const candidates = extractCandidates(notes, []);
const copy = () => candidates.map((c) => ({ ...c, aliases: [...c.aliases], provenance: { ...c.provenance } }));
if (argv.includes('--profile')) {
  const input = copy();
  const nodes = await cpuProfile('pat-resolve', () => void resolveConcepts(input, notes));
  const { total, self } = shares(nodes);
  printShares(self, total, numberFlag(argv, '--top', 30));
} else {
  for (let round = 0; round < numberFlag(argv, '--rounds', 5); round++) {
    const input = copy();
    const start = performance.now();
    const concepts = resolveConcepts(input, notes);
    console.log(`round ${round}: ${(performance.now() - start).toFixed(0)} ms, ${concepts.length} concepts`);
  }
}
