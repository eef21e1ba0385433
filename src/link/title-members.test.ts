import { describe, expect, it } from 'vitest';
import { findMentions } from './find-mentions.js';
import { buildRelations } from './relations.js';
import { concept, note } from './testing.js';

function typed(text: string, labels: string[], type: string): string[] {
  const cs = labels.map((l) => concept(l));
  const n = note('t', text);
  const { hits } = findMentions([n], cs);
  return buildRelations([n], cs, hits).filter((r) => r.type === type).map((r) => `${r.source}>${r.target}`).sort();
}

describe('title members', () => {
  const labels = ['调度算法', 'Zeno', 'Quba', 'hash map', 'chaining', 'open addressing'];

  it('X：A 和 B as a title: named items are instances of X', () => {
    expect(typed('# 调度算法：Zeno 和 Quba\n\n正文。\n', labels, 'instance')).toEqual(['quba>调度算法', 'zeno>调度算法']);
  });

  it('a section heading `X: a and b` lists kinds (broader); evidence is the heading line', () => {
    const text = '# Notes\n\nIntro.\n\n## Hash map: chaining and open addressing\n\nBody.\n';
    expect(typed(text, labels, 'broader')).toEqual(['chaining>hash-map', 'open-addressing>hash-map']);
    const cs = labels.map((l) => concept(l));
    const n = note('t', text);
    const r = buildRelations([n], cs, findMentions([n], cs).hits).find((x) => x.type === 'broader' && x.source === 'chaining')!;
    expect(r.evidence[0]).toMatchObject({ note: 't', line: 5 });
  });

  it('a title that says more than the list relates nothing', () => {
    expect(typed('# 调度算法：为什么 Zeno 比 Quba 快\n\n正文。\n', labels, 'instance')).toEqual([]);
  });
});
