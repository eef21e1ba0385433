/**
 * `npx tsx scripts/bench/regex-costs.ts [--mb N] [--stage extract|resolve|link] [--top K]`: every regular expression
 * one stage runs on the bench corpus (compiled dist/; `npm run compile` first), with how often it ran, how often it
 * matched and its time (ms, including ~0.15 µs of measuring per call). A pattern tried on many sentences that
 * few match is one to gate by a cue bit (src/extract/cues.ts, src/link/cue-mask.ts) or an indexOf.
 * Hooks RegExp.prototype.exec, which test(), match() and replace() call once it is replaced, so the stage runs
 * slower than it does normally; the counts are exact, the times comparable with each other.
 */
import { extractCandidates } from '../../dist/extract/index.js';
import { buildAutomaton } from '../../dist/link/automaton.js';
import { findMentions } from '../../dist/link/find-mentions.js';
import { buildRelations } from '../../dist/link/relations.js';
import { resolveConcepts } from '../../dist/resolve/index.js';
import { numberFlag, parsedCorpus, startUp } from './profile-tools.js';

const argv = process.argv.slice(2);
const stage = argv.includes('--stage') ? argv[argv.indexOf('--stage') + 1] : 'link';
if (!['extract', 'resolve', 'link'].includes(stage)) {
  console.error(`--stage must be extract, resolve or link, not ${stage}`);
  process.exit(2);
}
const { notes } = parsedCorpus(numberFlag(argv, '--mb', 10));
startUp();

interface Cost {
  calls: number;
  matches: number;
  ms: number;
}
const costs = new Map<string, Cost>();
const exec = RegExp.prototype.exec;
let counting = false;
RegExp.prototype.exec = function (this: RegExp, subject: string): RegExpExecArray | null {
  if (!counting) return exec.call(this, subject);
  const start = performance.now();
  const result = exec.call(this, subject);
  const ms = performance.now() - start;
  const key = `/${this.source.length > 100 ? `${this.source.slice(0, 100)}…` : this.source}/${this.flags}`;
  const cost = costs.get(key) ?? { calls: 0, matches: 0, ms: 0 };
  cost.calls++;
  if (result) cost.matches++;
  cost.ms += ms;
  costs.set(key, cost);
  return result;
};

const counted = <T>(fn: () => T): T => {
  counting = true;
  try {
    return fn();
  } finally {
    counting = false;
  }
};
const candidates = counted(() => (stage === 'extract' ? extractCandidates(notes, []) : undefined)) ?? extractCandidates(notes, []);
const concepts = counted(() => (stage === 'resolve' ? resolveConcepts(candidates, notes) : undefined)) ?? resolveConcepts(candidates, notes);
if (stage === 'link') {
  counted(() => {
    const automaton = buildAutomaton(concepts);
    buildRelations(notes, concepts, findMentions(notes, concepts, automaton).hits, { automaton });
  });
}
console.log(`${stage}: regular expressions by time (calls, matches, ms)`);
for (const [key, cost] of [...costs].sort((a, b) => b[1].ms - a[1].ms).slice(0, numberFlag(argv, '--top', 40))) {
  console.log(`${String(cost.calls).padStart(8)} ${String(cost.matches).padStart(8)} ${cost.ms.toFixed(1).padStart(8)}  ${key}`);
}
