import { describe, expect, it } from 'vitest';
import { extractCandidates } from './index.js';
import { resolveConcepts } from '../resolve/index.js';
import { note } from './testing.js';

const labels = (text: string) => resolveConcepts(extractCandidates([note(text)], [])).map((c) => c.label);

describe('tables as lists', () => {
  it('takes the header cells of a table whose first header cell is empty as the compared items', () => {
    const text = 'Two ways.\n\n|  | zorping | frobbing |\n|---|---|---|\n| speed | fast | slow |\n| history | kept | rewritten |\n';
    const found = labels(text);
    expect(found).toEqual(expect.arrayContaining(['zorping', 'frobbing']));
    expect(found).not.toContain('speed');
  });
  it('takes the first column as members of the kind the first header cell names', () => {
    const text = '工具对比。\n\n| 工具 | 开发时 | 备注 |\n|---|---|---|\n| zorpack | 很快 | 生态全 |\n| Frobup | 一般 | 适合库 |\n';
    const found = labels(text);
    expect(found).toEqual(expect.arrayContaining(['zorpack', 'Frobup']));
    expect(found).not.toContain('开发时');
  });
  it('reads the first column as attributes when the header cells are names', () => {
    const text = '比较。\n\n| 类别 | Zorp | Frobnik |\n|---|---|---|\n| 启动速度 | 秒级 | 分钟级 |\n| 执行性能 | 好 | 一般 |\n';
    expect(labels(text)).not.toContain('启动速度');
  });
  it('reads a corner that names the rows as attributes (aspect, 性质) as an empty one: the header holds the items', () => {
    const text = 'Two ways.\n\n| aspect | zorp counting | frob tracing |\n|---|---|---|\n| reclaim time | immediate | batched |\n| determinism | good | poor |\n';
    const found = labels(text);
    expect(found).toEqual(expect.arrayContaining(['zorp counting', 'frob tracing']));
    expect(found).not.toContain('reclaim time');
  });
});
