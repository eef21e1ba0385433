/** Rules of the parenthetical pass (parenthetical.ts) that the fixture tests elsewhere do not cover. */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from './index.js';
import { note } from './testing.js';

const parenthetical = (text: string, surface: string) => extractCandidates([note(text)], []).filter((c) => c.signal === 'parenthetical' && c.surface === surface);

describe('a Chinese gloss in parentheses', () => {
  it('binds one other name (虚拟机监视器（管理程序）)', () => {
    expect(parenthetical('宿主机上运行虚拟机监视器（管理程序），它分配资源。\n', '虚拟机监视器')).toHaveLength(1);
  });
  it('does not bind a list of examples (几个步骤（发短信、写日志）)', () => {
    expect(parenthetical('本地事务之后还有几个步骤（发短信、写日志），都可以异步做。\n', '步骤')).toHaveLength(0);
  });
  it('does not bind a question (分类问题（下一个看哪个视频）)', () => {
    expect(parenthetical('可以把它看成一个分类问题（下一个看哪个视频），输出是概率。\n', '分类问题')).toHaveLength(0);
  });
});

describe('a numeral before a translated term', () => {
  it('belongs to the term when the translation counts too (两阶段提交（2PC）, 三阶段提交（Three-Phase Commit）)', () => {
    const text = '1. 两阶段提交（2PC）把事务分成两步。\n\n2. 三阶段提交（Three-Phase Commit，3PC）多了一步。\n';
    expect(parenthetical(text, '两阶段提交')).toHaveLength(1);
    expect(parenthetical(text, '三阶段提交')).toHaveLength(1);
    expect(parenthetical(text, '阶段提交')).toHaveLength(0);
  });
});
