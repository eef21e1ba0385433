/**
 * `npx tsx scripts/reader-precision.ts [-v]`: precision as a reader judges it, on the blind vaults whose proposed
 * concepts a reader has judged. The gold lists are short (80–88 concepts a vault), so many concepts that are not on
 * them are good pages all the same; test/judged/<kind>-<name>.tsv holds a reader's verdict on each label that was
 * not on the gold list when it was judged (`label<TAB>good|form|generic|junk<TAB>reason`; the reader read the notes,
 * not the code or the gold). Reader precision = (gold matches + good) / concepts. Labels proposed since, not yet
 * judged, are counted apart and listed with -v, so that a change's new labels can be judged and added.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { evaluate, parseGold } from '../src/extract/evaluate.js';
import { FIXTURE_VAULTS, fixtureSources, NO_VOCABULARY, REPO, runVault } from '../test/eval/run-vault.js';

type Verdict = 'good' | 'form' | 'generic' | 'junk';
const VERDICTS: readonly Verdict[] = ['good', 'form', 'generic', 'junk'];
const verbose = process.argv.includes('-v') || process.argv.includes('--verbose');

function readVerdicts(file: string): Map<string, Verdict> {
  const out = new Map<string, Verdict>();
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      const [label, verdict] = line.split('\t');
      if (!VERDICTS.includes(verdict as Verdict)) throw new Error(`${file}:${i + 1}: unknown verdict "${verdict}"`);
      out.set(label, verdict as Verdict);
    });
  return out;
}

interface Tally {
  concepts: number;
  matched: number;
  unjudged: number;
  counts: Record<Verdict, number>;
}
const empty = (): Tally => ({ concepts: 0, matched: 0, unjudged: 0, counts: { good: 0, form: 0, generic: 0, junk: 0 } });
const groups = new Map<string, Tally>();

function line(name: string, t: Tally): string {
  const share = (n: number) => (n / t.concepts).toFixed(3);
  const { good, form, generic, junk } = t.counts;
  return (
    `${name.padEnd(22)} concepts ${String(t.concepts).padStart(4)}  gold precision ${share(t.matched)}  reader precision ${share(t.matched + good)}` +
    `  malformed or junk ${share(form + junk)}  (good ${good}, form ${form}, generic ${generic}, junk ${junk}, not judged ${t.unjudged})`
  );
}

for (const [, kind, name] of FIXTURE_VAULTS) {
  const file = path.join(REPO, 'test/judged', `${kind}-${name}.tsv`);
  if (!existsSync(file)) continue;
  const verdicts = readVerdicts(file);
  const run = await runVault(await fixtureSources(kind, name), NO_VOCABULARY);
  const gold = parseGold(readFileSync(path.join(REPO, 'test/gold', `${kind}-${name}.yaml`), 'utf8'));
  const scores = evaluate(gold, run.concepts, run.relations);
  const t = empty();
  t.concepts = run.concepts.length;
  t.matched = run.concepts.length - scores.extraConcepts.length;
  const unjudged: string[] = [];
  for (const label of scores.extraConcepts) {
    const verdict = verdicts.get(label);
    if (verdict) t.counts[verdict]++;
    else unjudged.push(label);
  }
  t.unjudged = unjudged.length;
  console.log(line(`${kind}-${name}`, t));
  if (verbose && unjudged.length) console.log(`    not judged: ${unjudged.join(', ')}`);
  const g = groups.get(kind) ?? empty();
  g.concepts += t.concepts;
  g.matched += t.matched;
  g.unjudged += t.unjudged;
  for (const v of VERDICTS) g.counts[v] += t.counts[v];
  groups.set(kind, g);
}
console.log('');
for (const [kind, t] of groups) console.log(line(kind, t));
