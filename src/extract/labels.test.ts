/** Label lines (`X：…`, `X: …`) whose label holds two names. */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from './index.js';
import { note } from './testing.js';

const surfaces = (text: string) => new Set(extractCandidates([note(text)], []).filter((c) => c.signal === 'definition').map((c) => c.surface));

describe('a label that coordinates two names', () => {
  it('reads `A 和 B：…` and `A / B：…` as two labels', () => {
    const zh = surfaces('- Zorpsearch 和 Quuxr：都是基于 Frob 的搜索服务，加上了分布式\n- 标签召回 / 类目召回：用户喜欢某类，就召回这类物品\n');
    for (const s of ['Zorpsearch', 'Quuxr', '标签召回', '类目召回']) expect(zh.has(s), s).toBe(true);
    expect(zh.has('Zorpsearch 和 Quuxr')).toBe(false);
  });
  it('keeps a name with a slash or an ampersand inside whole (ZC/DC, Wide & Deep)', () => {
    const en = surfaces('- ZC/DC: each condition shown to affect the outcome on its own\n- Zide & Deep: a linear part beside a deep part, trained together\n');
    expect(en.has('ZC/DC')).toBe(true);
    expect(en.has('Zide & Deep')).toBe(true);
    expect(en.has('ZC')).toBe(false);
  });
});

describe('a Chinese label holding a quantifier', () => {
  it('takes what the quantifier counts as the label (zorpa 有一个索引模式：…)', () => {
    const found = surfaces('zorpa 有一个索引模式：在精确模式的基础上再把长词切短，提高召回。\n');
    expect(found.has('zorpa 有一个索引模式')).toBe(false);
    expect(found.has('索引模式')).toBe(true);
  });
  it('reads 有个 as 有一个 (zorpa 在 Frob 上有个索引模式：…)', () => {
    const found = surfaces('zorpa 在 Frob 上有个索引模式：在精确模式的基础上再把长词切短，提高召回。\n');
    expect(found.has('zorpa 在 Frob 上有个索引模式')).toBe(false);
    expect(found.has('索引模式')).toBe(true);
  });
});

describe('label lines that name no term', () => {
  it('leaves out a pointer to another note (Next:, Follow-up:, See also:)', () => {
    const found = surfaces('Next: zorp-builds and frob caching\n\nFollow-up: try frob testing on the cache layer.\n\nSee also: the zorp notes on frobbing\n');
    for (const s of ['Next', 'Follow-up', 'See also']) expect(found.has(s), s).toBe(false);
  });
  it('leaves out a sum of steps (批量 + 压缩：) and a label opened by a verb of use (利用注册信息：)', () => {
    const found = surfaces('1. 批量 + 压缩：生产端攒一批再发，整批一起压缩。\n2. 利用注册信息：年龄、性别、地域这类特征，先按人群推荐。\n3. 消息队列：生产者和消费者之间的缓冲。\n');
    expect(found.has('批量 + 压缩')).toBe(false);
    expect(found.has('利用注册信息')).toBe(false);
    expect(found.has('消息队列')).toBe(true);
  });
  it('keeps a rate named by a verb of use and one character (利用率：)', () => {
    const found = surfaces('1. 利用率：忙的时间占总时间的比例。\n2. 消息队列：生产者和消费者之间的缓冲。\n3. 吞吐量：每秒处理的请求数。\n');
    expect(found.has('利用率')).toBe(true);
  });
});

describe('a label followed by an equation', () => {
  it('is no label line: the line states a law, not what the label is (left zorp: return a >>= f == f a)', () => {
    const found = surfaces('- left zorp: return a >>= f == f a\n- right zorp: m >>= return == m\n- frob sharing: every frob is stored once and shared by all readers\n- zorp folding: the compiler computes constant frobs ahead of time\n');
    expect(found.has('left zorp')).toBe(false);
    expect(found.has('right zorp')).toBe(false);
    expect(found.has('frob sharing')).toBe(true);
  });
});
