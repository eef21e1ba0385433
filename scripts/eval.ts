/**
 * `npm run eval`: concept recall, concept precision and relation recall of the sample vault (notes/) and of
 * the seed note against the hand-written gold files in test/gold/, and `split`: gold concepts the extraction shows as
 * several concepts, and `merged`: extracted concepts several gold concepts match. `--verbose` lists misses, extras,
 * splits and merges. Ends with sums per group of vaults (development,
 * the round's selection set, its held-out set): one rule's effect shows there, where per-row precision hides it.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { evaluate, parseGold } from '../src/extract/evaluate.js';
import { slugify } from '../src/slug.js';
import { FIXTURE_VAULTS, fixtureSources, NO_VOCABULARY, REPO, runVault, sampleSources, seedSources } from '../test/eval/run-vault.js';

const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');

/** Counts summed over a group of vaults. */
interface Tally {
  vaults: number;
  concepts: number;
  nonGold: number;
  goldFound: number;
  gold: number;
  relationsFound: number;
  goldRelations: number;
  merged: number;
}
const tallies = new Map<string, Tally>();
// blind9–blind12 select rules and blind13 is the held-out number (test/eval/run-vault.ts); the rest is development.
// The selection sets keep a line each, so that a round reads against the last one's numbers. `--hide-held-out`
// leaves the held-out set out entirely, for whoever is writing rules.
const GROUP_OF_KIND: Record<string, string> = {
  blind9: 'selection (blind9)',
  blind10: 'selection (blind10)',
  blind11: 'selection (blind11)',
  blind12: 'selection (blind12)',
  blind13: 'held out (blind13)',
};
const HELD_OUT = new Set(['blind13']);
const hideHeldOut = process.argv.includes('--hide-held-out');

async function report(name: string, goldFile: string, sources: Awaited<ReturnType<typeof sampleSources>> | undefined, graphDir?: string, group = 'development'): Promise<void> {
  if (!sources) return console.log(`${name}: skipped (no input)`);
  const goldText = await readFile(path.join(REPO, 'test/gold', goldFile), 'utf8').catch(() => undefined);
  if (!goldText) return console.log(`${name}: skipped (test/gold/${goldFile} missing)`);
  const run = await runVault(sources, graphDir);
  const gold = parseGold(goldText);
  const s = evaluate(gold, run.concepts, run.relations);
  const t = tallies.get(group) ?? { vaults: 0, concepts: 0, nonGold: 0, goldFound: 0, gold: 0, relationsFound: 0, goldRelations: 0, merged: 0 };
  t.vaults++;
  t.concepts += run.concepts.length;
  t.nonGold += s.extraConcepts.length;
  t.gold += gold.concepts.length;
  t.goldFound += gold.concepts.length - s.missedConcepts.length;
  t.merged += s.mergedConcepts.length;
  if (run.relations) {
    t.goldRelations += gold.relations.length;
    t.relationsFound += gold.relations.length - s.missedRelations.length;
  }
  tallies.set(group, t);
  const pct = (n: number | undefined) => (n === undefined ? 'n/a' : n.toFixed(3));
  console.log(
    `${name.padEnd(11)} concepts ${String(run.concepts.length).padStart(3)}  recall ${pct(s.conceptRecall)}  precision ${pct(s.conceptPrecision)}  relation recall ${pct(s.relationRecall)}` +
      `  split ${String(s.splitConcepts.length).padStart(2)}  merged ${String(s.mergedConcepts.length).padStart(2)}  (extract ${run.ms.extract.toFixed(0)} ms, resolve ${run.ms.resolve.toFixed(0)} ms)`,
  );
  if (run.relationsError) console.log(`        relations not measured: ${run.relationsError}`);
  // Two concepts whose labels make one slug are usually one idea spelled twice (two pages, the second with -2): the
  // gold matching cannot see that, so it is listed.
  const bySlug = new Map<string, string[]>();
  for (const c of run.concepts) bySlug.set(slugify(c.label), [...(bySlug.get(slugify(c.label)) ?? []), c.label]);
  const shared = [...bySlug.values()].filter((labels) => labels.length > 1);
  if (shared.length) console.log(`        one slug, several concepts: ${shared.map((labels) => labels.join(' / ')).join('; ')}`);
  if (verbose) {
    console.log(`  missed:  ${s.missedConcepts.join(', ')}`);
    console.log(`  extra:   ${s.extraConcepts.join(', ')}`);
    console.log(`  split:   ${s.splitConcepts.join('; ')}`);
    console.log(`  merged:  ${s.mergedConcepts.join('; ')}`);
    if (run.relations) console.log(`  missed relations: ${s.missedRelations.join('; ')}`);
  }
}

await report('sample', 'sample.yaml', await sampleSources());
await report('seed', 'seed.yaml', await seedSources());
// A vault folder not in this checkout (a branch made before it was added) is reported as skipped.
for (const [row, kind, name] of FIXTURE_VAULTS) {
  if (hideHeldOut && HELD_OUT.has(kind)) continue;
  await report(row, `${kind}-${name}.yaml`, await fixtureSources(kind, name).catch(() => undefined), NO_VOCABULARY, GROUP_OF_KIND[kind]);
}
console.log('\nsums per group: concepts proposed, not in the gold, gold concepts found, gold relations found, concepts several gold concepts match');
for (const [group, t] of tallies) {
  const share = (n: number, of: number) => `${n}/${of} (${of ? (n / of).toFixed(3) : 'n/a'})`;
  console.log(
    `${group.padEnd(19)} ${String(t.vaults).padStart(2)} vaults  concepts ${String(t.concepts).padStart(4)}  non-gold ${String(t.nonGold).padStart(4)}` +
      `  gold found ${share(t.goldFound, t.gold)}  relations found ${share(t.relationsFound, t.goldRelations)}  merged ${t.merged}`,
  );
}
