/**
 * `node --import tsx scripts/bench/rounds.ts [K]`: extract → resolve → mentions → relations K times (default 3) in
 * one process, on the bench corpus, with the compiled dist/ (`npm run compile` first); each stage's milliseconds
 * per round. Round 0 is the cold run `npm run bench` and a real build pay; the later rounds show what the JIT's
 * warm-up (and the per-process memos) cost it. V8 flags go before `--import` (`node --trace-gc --import tsx …`).
 */
import { numberFlag, parsedCorpus, startUp } from './profile-tools.js';
import { extractCandidates } from '../../dist/extract/index.js';
import { resolveConcepts } from '../../dist/resolve/index.js';
import { buildAutomaton } from '../../dist/link/automaton.js';
import { findMentions } from '../../dist/link/find-mentions.js';
import { buildRelations } from '../../dist/link/relations.js';

const argv = process.argv.slice(2);
const rounds = argv[0] && !argv[0].startsWith('--') ? Number(argv[0]) : 3;
const { notes } = parsedCorpus(numberFlag(argv, '--mb', 10));
startUp();
const out: string[] = [];
for (let round = 0; round < rounds; round++) {
  const t0 = performance.now();
  const candidates = extractCandidates(notes, []);
  const t1 = performance.now();
  const concepts = resolveConcepts(candidates, notes);
  const t2 = performance.now();
  const automaton = buildAutomaton(concepts);
  const mentions = findMentions(notes, concepts, automaton);
  const t3 = performance.now();
  buildRelations(notes, concepts, mentions.hits, { automaton });
  const t4 = performance.now();
  const ms = (a: number, b: number) => (b - a).toFixed(0);
  out.push(`r${round}: total ${ms(t0, t4)} extract ${ms(t0, t1)} resolve ${ms(t1, t2)} mentions ${ms(t2, t3)} relations ${ms(t3, t4)}`);
}
console.log(out.join('\n'));
