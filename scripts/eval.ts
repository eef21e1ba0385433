/**
 * `npm run eval`: concept recall, concept precision and relation recall of the sample vault (notes/) and of
 * the seed note against the hand-written gold files in test/gold/. `--verbose` lists misses and extras.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { evaluate, parseGold } from '../src/extract/evaluate.js';
import { blindSources, finalSources, heldoutSources, NO_VOCABULARY, REPO, runVault, sampleSources, seedSources, unseenSources } from '../test/eval/run-vault.js';

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
      `  (extract ${run.ms.extract.toFixed(0)} ms, resolve ${run.ms.resolve.toFixed(0)} ms)`,
  );
  if (run.relationsError) console.log(`        relations not measured: ${run.relationsError}`);
  if (verbose) {
    console.log(`  missed:  ${s.missedConcepts.join(', ')}`);
    console.log(`  extra:   ${s.extraConcepts.join(', ')}`);
    if (run.relations) console.log(`  missed relations: ${s.missedRelations.join('; ')}`);
  }
}

await report('sample', 'sample.yaml', await sampleSources());
await report('seed', 'seed.yaml', await seedSources());
// Development vaults: written to measure generalisation, since tuned on (see run-vault.ts).
await report('held-en', 'heldout-databases.yaml', await heldoutSources('databases'), NO_VOCABULARY);
await report('held-zh', 'heldout-networking.yaml', await heldoutSources('networking'), NO_VOCABULARY);
await report('unseen-en', 'unseen-git.yaml', await unseenSources('git'), NO_VOCABULARY);
await report('unseen-zh', 'unseen-os.yaml', await unseenSources('os'), NO_VOCABULARY);
// First-round blind vaults, development vaults since the fourth round was tuned on them.
await report('dev-en3', 'final-security.yaml', await finalSources('security'), NO_VOCABULARY);
await report('dev-en4', 'final-compilers.yaml', await finalSources('compilers'), NO_VOCABULARY);
await report('dev-zh3', 'final-ml.yaml', await finalSources('ml'), NO_VOCABULARY);
await report('dev-zh4', 'final-frontend.yaml', await finalSources('frontend'), NO_VOCABULARY);
// Blind vaults: notes and gold written without sight of the extractor, never tuned on; the honest number.
await report('blind-en1', 'blind2-graphics.yaml', await blindSources('graphics'), NO_VOCABULARY);
await report('blind-en2', 'blind2-fp.yaml', await blindSources('fp'), NO_VOCABULARY);
await report('blind-zh1', 'blind2-dsa.yaml', await blindSources('dsa'), NO_VOCABULARY);
await report('blind-zh2', 'blind2-distsys.yaml', await blindSources('distsys'), NO_VOCABULARY);
