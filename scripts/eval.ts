/**
 * `npm run eval`: concept recall, concept precision and relation recall of the sample vault (notes/) and of
 * the seed note against the hand-written gold files in test/gold/, and `split`: gold concepts the extraction shows as
 * several concepts. `--verbose` lists misses, extras and splits.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { evaluate, parseGold } from '../src/extract/evaluate.js';
import { slugify } from '../src/slug.js';
import { FIXTURE_VAULTS, fixtureSources, NO_VOCABULARY, REPO, runVault, sampleSources, seedSources } from '../test/eval/run-vault.js';

const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');

async function report(name: string, goldFile: string, sources: Awaited<ReturnType<typeof sampleSources>> | undefined, graphDir?: string): Promise<void> {
  if (!sources) return console.log(`${name}: skipped (no input)`);
  const goldText = await readFile(path.join(REPO, 'test/gold', goldFile), 'utf8').catch(() => undefined);
  if (!goldText) return console.log(`${name}: skipped (test/gold/${goldFile} missing)`);
  const run = await runVault(sources, graphDir);
  const s = evaluate(parseGold(goldText), run.concepts, run.relations);
  const pct = (n: number | undefined) => (n === undefined ? 'n/a' : n.toFixed(3));
  console.log(
    `${name.padEnd(11)} concepts ${String(run.concepts.length).padStart(3)}  recall ${pct(s.conceptRecall)}  precision ${pct(s.conceptPrecision)}  relation recall ${pct(s.relationRecall)}` +
      `  split ${String(s.splitConcepts.length).padStart(2)}  (extract ${run.ms.extract.toFixed(0)} ms, resolve ${run.ms.resolve.toFixed(0)} ms)`,
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
    if (run.relations) console.log(`  missed relations: ${s.missedRelations.join('; ')}`);
  }
}

await report('sample', 'sample.yaml', await sampleSources());
await report('seed', 'seed.yaml', await seedSources());
// A vault folder not in this checkout (a branch made before it was added) is reported as skipped.
for (const [row, kind, name] of FIXTURE_VAULTS) await report(row, `${kind}-${name}.yaml`, await fixtureSources(kind, name).catch(() => undefined), NO_VOCABULARY);
