/**
 * Issue 3 req 6: the sample vault must reach concept recall ≥ 0.95, precision ≥ 0.85 and relation recall
 * ≥ 0.80 against test/gold/sample.yaml. The seed's numbers are printed (reported in the README), not gated.
 * The held-out vaults (test/fixtures/heldout, no vocabulary) guard generalisation: floors a little under what
 * the rules reach today, so a rule that only helps the sample cannot quietly cost every other vault.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, parseGold, type Scores } from '../../src/extract/evaluate.js';
import { fixtureSources, NO_VOCABULARY, REPO, runVault, sampleSources, seedSources, type FixtureKind, type VaultRun } from './run-vault.js';

const gold = async (file: string) => parseGold(await readFile(path.join(REPO, 'test/gold', file), 'utf8'));

describe('quality on the sample vault', async () => {
  const run: VaultRun = await runVault(await sampleSources());
  const scores: Scores = evaluate(await gold('sample.yaml'), run.concepts, run.relations);
  const detail = `missed: ${scores.missedConcepts.join(', ')}\nextra: ${scores.extraConcepts.join(', ')}`;

  it('concept recall ≥ 0.95', () => {
    expect(scores.conceptRecall, detail).toBeGreaterThanOrEqual(0.95);
  });
  it('concept precision ≥ 0.85', () => {
    expect(scores.conceptPrecision, detail).toBeGreaterThanOrEqual(0.85);
  });
  it('relation recall ≥ 0.80', () => {
    expect(run.relationsError, `relations were not measured: ${run.relationsError}`).toBeUndefined();
    expect(scores.relationRecall, scores.missedRelations.join('\n')).toBeGreaterThanOrEqual(0.8);
  });
});

describe('quality on the seed note (reported, not gated)', async () => {
  const sources = await seedSources();
  it.skipIf(!sources)('prints recall and precision', async () => {
    const run = await runVault(sources!);
    const s = evaluate(await gold('seed.yaml'), run.concepts, run.relations);
    console.log(`seed: recall ${s.conceptRecall.toFixed(3)} precision ${s.conceptPrecision.toFixed(3)} relation recall ${s.relationRecall?.toFixed(3) ?? 'n/a'}`);
    expect(s.conceptRecall).toBeGreaterThan(0);
  });
});

const HELD_OUT: Array<{ kind: FixtureKind; name: string; recall: number; precision: number }> = [
  { kind: 'heldout', name: 'databases', recall: 0.78, precision: 0.9 },
  { kind: 'heldout', name: 'networking', recall: 0.75, precision: 0.85 },
  // The unseen vaults, now part of the development set: floors under today's numbers, as for the held-out ones.
  { kind: 'unseen', name: 'git', recall: 0.75, precision: 0.9 },
  { kind: 'unseen', name: 'os', recall: 0.7, precision: 0.8 },
  // The vaults that were blind in the previous round, measured and since tuned on: floors under today's numbers.
  { kind: 'final', name: 'security', recall: 0.8, precision: 0.83 },
  { kind: 'final', name: 'compilers', recall: 0.74, precision: 0.9 },
  { kind: 'final', name: 'ml', recall: 0.89, precision: 0.78 },
  { kind: 'final', name: 'frontend', recall: 0.76, precision: 0.84 },
  // The fourth round's blind vaults, measured once and tuned on in the fifth (precision rules): floors under today's.
  { kind: 'blind2', name: 'graphics', recall: 0.61, precision: 0.82 },
  { kind: 'blind2', name: 'fp', recall: 0.6, precision: 0.6 },
  { kind: 'blind2', name: 'dsa', recall: 0.67, precision: 0.59 },
  { kind: 'blind2', name: 'distsys', recall: 0.83, precision: 0.72 },
  // The fifth round's blind vaults, measured before and after it and tuned on in the sixth: floors under today's.
  { kind: 'blind3', name: 'arch', recall: 0.73, precision: 0.8 },
  { kind: 'blind3', name: 'testing', recall: 0.76, precision: 0.8 },
  { kind: 'blind3', name: 'search', recall: 0.83, precision: 0.86 },
  { kind: 'blind3', name: 'recsys', recall: 0.78, precision: 0.71 },
  // The sixth round's first blind vaults, measured before and after its first part and tuned on in its second and third.
  { kind: 'blind4', name: 'observability', recall: 0.6, precision: 0.62 },
  { kind: 'blind4', name: 'builds', recall: 0.62, precision: 0.69 },
  { kind: 'blind4', name: 'mq', recall: 0.64, precision: 0.77 },
  { kind: 'blind4', name: 'codec', recall: 0.65, precision: 0.72 },
  // The blind vaults of the sixth to tenth rounds, development vaults since the eleventh: floors under its numbers.
  { kind: 'blind5', name: 'gpu', recall: 0.61, precision: 0.8 },
  { kind: 'blind5', name: 'a11y', recall: 0.67, precision: 0.79 },
  { kind: 'blind5', name: 'dw', recall: 0.8, precision: 0.83 },
  { kind: 'blind5', name: 'chain', recall: 0.59, precision: 0.83 },
  { kind: 'blind6', name: 'tls', recall: 0.64, precision: 0.63 },
  { kind: 'blind6', name: 'rust', recall: 0.52, precision: 0.71 },
  { kind: 'blind6', name: 'llm', recall: 0.92, precision: 0.73 },
  { kind: 'blind6', name: 'gis', recall: 0.77, precision: 0.69 },
  { kind: 'blind7', name: 'gc', recall: 0.71, precision: 0.58 },
  { kind: 'blind7', name: 'auth', recall: 0.74, precision: 0.63 },
  { kind: 'blind7', name: 'compress', recall: 0.73, precision: 0.64 },
  { kind: 'blind7', name: 'rtos', recall: 0.78, precision: 0.67 },
  { kind: 'blind8', name: 'webperf', recall: 0.75, precision: 0.58 },
  { kind: 'blind8', name: 'quantum', recall: 0.65, precision: 0.49 },
  { kind: 'blind8', name: 'dsp', recall: 0.88, precision: 0.6 },
  { kind: 'blind8', name: 'slam', recall: 0.79, precision: 0.54 },
];

/**
 * Concepts several gold concepts match (two ideas on one page: 显式反馈 and 隐式反馈 as aliases of 反馈), which recall
 * counts as found. The twelfth session took the development vaults from 22 to 5; each vault may hold what it has
 * today and no more. Listed: the vaults with any; HTTPS and write-back are gold quirks (one idea the gold lists twice).
 */
const MERGED_TODAY: Record<string, number> = {
  'heldout-networking': 2,
  'blind3-arch': 1,
  'blind5-dw': 1,
  'blind7-compress': 1,
};

describe.each(HELD_OUT)('generalisation: $kind vault $name', async ({ kind, name, recall, precision }) => {
  const run = await runVault(await fixtureSources(kind, name), NO_VOCABULARY);
  const scores = evaluate(await gold(`${kind}-${name}.yaml`), run.concepts, run.relations);
  const detail = `missed: ${scores.missedConcepts.join(', ')}\nextra: ${scores.extraConcepts.join(', ')}`;
  it(`concept recall ≥ ${recall}`, () => {
    expect(scores.conceptRecall, detail).toBeGreaterThanOrEqual(recall);
  });
  it(`concept precision ≥ ${precision}`, () => {
    expect(scores.conceptPrecision, detail).toBeGreaterThanOrEqual(precision);
  });
  it(`merged concepts ≤ ${MERGED_TODAY[`${kind}-${name}`] ?? 0}`, () => {
    expect(scores.mergedConcepts.length, scores.mergedConcepts.join('\n')).toBeLessThanOrEqual(MERGED_TODAY[`${kind}-${name}`] ?? 0);
  });
});
