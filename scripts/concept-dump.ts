/**
 * `tsx scripts/concept-dump.ts > out.tsv`: every concept of the development vaults (sample, seed and the fixture
 * vaults outside the selection and held-out sets), one a line: G (matches a gold concept) or X (non-gold), the row,
 * the label, its signals, how many pieces of provenance, the first one's place and every piece's excerpt; then M
 * (missed gold) and S (split gold) lines. On stderr the sums the development line of eval.ts prints, with split,
 * which it does not. For sorting the non-gold concepts by shape and signal and diffing two versions of a rule.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { evaluate, parseGold } from '../src/extract/evaluate.js';
import type { NoteSource } from '../src/types.js';
import { FIXTURE_VAULTS, fixtureSources, NO_VOCABULARY, REPO, runVault, sampleSources, seedSources } from '../test/eval/run-vault.js';

// The round's selection and held-out sets are never read by whoever writes rules (see run-vault.ts).
const NOT_DEVELOPMENT = new Set(['blind9', 'blind10', 'blind11', 'blind12', 'blind13']);

const vaults: Array<[row: string, goldFile: string, sources: NoteSource[] | undefined, graphDir: string | undefined]> = [
  ['sample', 'sample.yaml', await sampleSources(), undefined],
  ['seed', 'seed.yaml', await seedSources(), undefined],
];
for (const [row, kind, name] of FIXTURE_VAULTS) {
  if (NOT_DEVELOPMENT.has(kind)) continue;
  const sources = await fixtureSources(kind, name).catch(() => undefined);
  if (sources) vaults.push([row, `${kind}-${name}.yaml`, sources, NO_VOCABULARY]);
}

const sums = { nonGold: 0, goldFound: 0, relations: 0, split: 0, merged: 0 };
const lines: string[] = [];
for (const [row, goldFile, sources, graphDir] of vaults) {
  if (!sources) continue;
  const gold = parseGold(await readFile(path.join(REPO, 'test/gold', goldFile), 'utf8'));
  const run = await runVault(sources, graphDir);
  const s = evaluate(gold, run.concepts, run.relations);
  sums.nonGold += s.extraConcepts.length;
  sums.goldFound += gold.concepts.length - s.missedConcepts.length;
  sums.relations += gold.relations.length - s.missedRelations.length;
  sums.split += s.splitConcepts.length;
  sums.merged += s.mergedConcepts.length;
  const extra = new Set(s.extraConcepts);
  for (const c of run.concepts) {
    const signals = [...new Set(c.provenance.map((p) => p.signal))].join('+');
    const first = c.provenance[0];
    const evidence = c.provenance.map((p) => `${p.signal}:${p.excerpt.replace(/\s+/gu, ' ').slice(0, 60)}`).join(' || ');
    lines.push([extra.has(c.label) ? 'X' : 'G', row, c.label, signals, c.provenance.length, `${first.file}:${first.line}`, evidence].join('\t'));
  }
  for (const m of s.missedConcepts) lines.push(`M\t${row}\t${m}`);
  for (const m of s.splitConcepts) lines.push(`S\t${row}\t${m}`);
}
console.log(lines.join('\n'));
console.error(`non-gold ${sums.nonGold}  gold found ${sums.goldFound}  relations found ${sums.relations}  split ${sums.split}  merged ${sums.merged}`);
