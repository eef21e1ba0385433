/** Fixture tests for the general recall/precision rules added in the second extraction review. */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from './index.js';
import { find, note } from './testing.js';
import { resolveConcepts } from '../resolve/index.js';

const best = (cs: ReturnType<typeof extractCandidates>, surface: string) => Math.max(0, ...cs.filter((c) => c.surface === surface).map((c) => c.score));
const labels = (text: string) => resolveConcepts(extractCandidates([note(text)], [])).map((c) => c.label);

describe('enumerations', () => {
  it('takes the steps of a chain of names (a → b → c)', () => {
    const cs = extractCandidates([note('A typical call chain is: foolet → ABI → barxd → qrun → Linux kernel.\n')], []);
    for (const s of ['foolet', 'ABI', 'barxd', 'qrun']) expect(best(cs, s), s).toBeGreaterThanOrEqual(0.5);
    expect(find(cs, 'Linux kernel')).toBeUndefined();
  });
  it('reads "its components are A (gloss), B (gloss) and C" as a list of names', () => {
    const cs = extractCandidates([note('Its components are zap-server (the front door), wexd (a store) and zap-planner (which picks a host).\n')], []);
    for (const s of ['zap-server', 'wexd', 'zap-planner']) expect(best(cs, s), s).toBeGreaterThanOrEqual(0.5);
  });
  it('gives lower-case words in a Chinese list of Latin items little weight', () => {
    const cs = extractCandidates([note('常见的控制器有 cpu、memory、io、pids 等。\n')], []);
    expect(best(cs, 'memory')).toBeLessThan(0.5);
  });
});

describe('statistical Latin words', () => {
  it('does not count a word followed by a number as standalone (Ring 0)', () => {
    const text = '处理器分为 Zork 0 到 Zork 3。内核运行在 Zork 0，用户程序在 Zork 3，驱动在 Zork 1。\n';
    expect(labels(text)).not.toContain('Zork');
  });
});
