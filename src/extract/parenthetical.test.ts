/** Rules of the parenthetical pass (parenthetical.ts) that the fixture tests elsewhere do not cover. */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from './index.js';
import { note } from './testing.js';

const parenthetical = (text: string, surface: string) => extractCandidates([note(text)], []).filter((c) => c.signal === 'parenthetical' && c.surface === surface);

describe('a Chinese gloss in parentheses', () => {
  it('binds one other name (虚拟机监视器（管理程序）)', () => {
    expect(parenthetical('宿主机上运行虚拟机监视器（管理程序），它分配资源。\n', '虚拟机监视器')).toHaveLength(1);
  });
  it('does not bind abbreviations joined by slashes, examples of the word (状态估计用滤波（ZKF/QF）, 量桔（ZPTQ / QWQ，INT4）)', () => {
    const all = (text: string) => extractCandidates([note(text)], []).filter((c) => c.signal === 'parenthetical');
    expect(all('状态估计常用滤波（ZKF/QF）来融合传感器。\n').flatMap((c) => c.aliases.map((a) => a.text))).toEqual([]);
    expect(all('常见的权重量桔（ZPTQ / QWQ，INT4）能省显存。\n').flatMap((c) => c.aliases.map((a) => a.text))).toEqual([]);
  });
  it('does not bind a list of examples (几个步骤（发短信、写日志）)', () => {
    expect(parenthetical('本地事务之后还有几个步骤（发短信、写日志），都可以异步做。\n', '步骤')).toHaveLength(0);
  });
  it('does not bind a question (分类问题（下一个看哪个视频）)', () => {
    expect(parenthetical('可以把它看成一个分类问题（下一个看哪个视频），输出是概率。\n', '分类问题')).toHaveLength(0);
  });
});

describe('a classifier before a translated term', () => {
  it('counts the term after a demonstrative (这类人口统计学特征（Demographic） → 人口统计学特征)', () => {
    const text = '先按年龄、性别、地域这类人口统计学特征（Demographic）推荐。\n';
    expect(parenthetical(text, '人口统计学特征')).toHaveLength(1);
    expect(parenthetical(text, '类人口统计学特征')).toHaveLength(0);
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

describe('a particle-tagged first character', () => {
  it('belongs to the term when it opens the clause (过拟合（overfitting）, not 拟合)', () => {
    const text = '训练误差很低时，过拟合（overfitting）就要小心。\n';
    expect(parenthetical(text, '过拟合')).toHaveLength(1);
    expect(parenthetical(text, '拟合')).toHaveLength(0);
  });
  it('is still a particle after a verb inside the clause (用过容器（container）→ 容器)', () => {
    expect(parenthetical('我们都用过容器（container），很方便。\n', '容器')).toHaveLength(1);
  });
});

describe('a Latin name explained in Chinese', () => {
  it('is a name the text introduces (CAVLC（基于上下文的自适应变长编码）), with no alias: the gloss may describe it', () => {
    const cs = parenthetical('熵编码有两种：CAVLC（基于上下文的自适应变长编码）和另一种。\n', 'CAVLC');
    expect(cs).toHaveLength(1);
    expect(cs[0].score).toBe(0.5);
    expect(cs[0].aliases).toHaveLength(0);
    expect(parenthetical('常见的产品有 VMware Workstation（一个常见的桌面虚拟化产品）。\n', 'VMware Workstation')).toHaveLength(1);
    expect(parenthetical('每个块叫 MCU（最小编码单元）。\n', 'MCU')).toHaveLength(1);
  });
  it('leaves an abbreviation with a short annotation alone (KVZ（硬件辅助）): it may say what kind of thing it is', () => {
    expect(parenthetical('还有 KVZ（硬件辅助）。\n', 'KVZ')).toHaveLength(0);
  });
  it('leaves a plain capitalised word (Google（谷歌）), an example aside (ID（比如…）) and an English sentence alone', () => {
    expect(parenthetical('这个标准由 Google（谷歌）推动。\n', 'Google')).toHaveLength(0);
    expect(parenthetical('每条消息带一个 ID（比如用雪花算法生成）。\n', 'ID')).toHaveLength(0);
    expect(parenthetical('we use CAVLC（变长编码）here.\n', 'CAVLC')).toHaveLength(0);
  });
});

describe('a lower-case English term glossed in Chinese', () => {
  it('is translated by the gloss (page cache（页缓存）, quorum queue（仲裁队列）), whatever jieba tags the gloss', () => {
    const cs = parenthetical('读写基本都在 page cache（页缓存）里完成。\n', 'page cache');
    expect(cs).toHaveLength(1);
    expect(cs[0].aliases.map((a) => a.text)).toEqual(['页缓存']);
    expect(parenthetical('现在推荐 quorum queue（仲裁队列），更可靠。\n', 'quorum queue')[0]?.aliases.map((a) => a.text)).toEqual(['仲裁队列']);
    expect(parenthetical('先按 zigzag（之字形）顺序读出。\n', 'zigzag')[0]?.aliases.map((a) => a.text)).toEqual(['之字形']);
  });
  it('is not read out of an English sentence (we rely on page cache（页缓存）), nor bound to a product (VMware Workstation（二进制翻译）)', () => {
    expect(parenthetical('we rely on page cache（页缓存）here.\n', 'page cache')).toHaveLength(0);
    expect(parenthetical('产品有 VMware Workstation（二进制翻译）。\n', 'VMware Workstation').flatMap((c) => c.aliases)).toHaveLength(0);
  });
});

describe('an acronym and its expansion', () => {
  it('reads a mixed-case acronym as the initials of the words before it (structure of arrays (SoA))', () => {
    const text = 'For data layout, prefer structure of arrays (SoA) when kernels read one field.\n';
    expect(parenthetical(text, 'structure of arrays')[0]?.aliases.map((a) => a.text)).toEqual(['SoA']);
  });
  it('lets a hyphenated word give one initial (SCIM (System for Cross-domain Identity Management))', () => {
    expect(parenthetical('SCIM (System for Cross-domain Identity Management) lets the IdP create accounts.\n', 'SCIM')).toHaveLength(1);
  });
  it('reads an expansion followed by a reference (ACME (Automatic Certificate Management Environment, RFC 8555))', () => {
    const found = parenthetical('This is automated with ACME (Automatic Certificate Management Environment, RFC 8555), a protocol.\n', 'ACME');
    expect(found.map((c) => c.aliases.map((a) => a.text))).toEqual([['Automatic Certificate Management Environment']]);
  });
});

describe('a reference number in parentheses', () => {
  it('cites a document and names nothing (压缩格式（RFC 1951）, 后门事件（CVE-2024-3094）)', () => {
    const all = extractCandidates([note('DEFLATE 是一种压缩格式（RFC 1951），很常见。那次后门事件（CVE-2024-3094）影响很大。\n')], []).filter((c) => c.signal === 'parenthetical');
    expect(all.map((c) => c.surface)).not.toContain('压缩格式');
    expect(all.map((c) => c.surface)).not.toContain('后门事件');
  });
});

describe('an English phrase explained in parentheses', () => {
  it('is proposed when the parenthesis says what it is (zorp table (huge precomputed frob lookup))', () => {
    expect(parenthetical('Attackers use a zorp table (huge precomputed frob lookup) to speed it up.\n', 'zorp table')).toHaveLength(1);
  });
  it('is not when the author comments on it in the first person (zorp image (we did. oops.), frob habit (mine included))', () => {
    expect(parenthetical('Lazy-loading the zorp image (we did. oops.) delays paint.\n', 'zorp image')).toHaveLength(0);
    expect(parenthetical('A common frob habit (mine included) is to clone.\n', 'frob habit')).toHaveLength(0);
  });
  it('is not when the parenthesis is glued to it, a call or a signature (fn zorptotal(items: &[Frob]))', () => {
    expect(parenthetical('A trait object: fn zorptotal(items: &[Box<dyn Frob>]) sums them.\n', 'fn zorptotal')).toHaveLength(0);
  });
});

describe('a translation with more words than the term walked so far', () => {
  it('takes the modifier jieba does not know (隐式反馈（Implicit Feedback）, not 反馈)', () => {
    const text = '系统记录用户行为，隐式反馈（Implicit Feedback）量大但有噪声。\n';
    expect(parenthetical(text, '隐式反馈')).toHaveLength(1);
    expect(parenthetical(text, '反馈')).toHaveLength(0);
  });
  it('takes a modifier tagged as a verb (递归互斥锁（recursive mutex）, not 互斥锁)', () => {
    const text = '另一种是递归互斥锁（recursive mutex）：同一任务可以重复获取。\n';
    expect(parenthetical(text, '递归互斥锁')).toHaveLength(1);
    expect(parenthetical(text, '互斥锁')).toHaveLength(0);
  });
  it('stops once every word is named (所谓自注意力（self-attention） → 自注意力)', () => {
    const text = '所谓自注意力（self-attention），就是序列自己看自己。\n';
    expect(parenthetical(text, '自注意力')).toHaveLength(1);
    expect(parenthetical(text, '所谓自注意力')).toHaveLength(0);
  });
  it('counts no function word of the translation (再用分支定界（branch and bound） → 分支定界)', () => {
    const text = '先找一个可行解，再用分支定界（branch and bound）剪枝。\n';
    expect(parenthetical(text, '分支定界')).toHaveLength(1);
    expect(parenthetical(text, '再用分支定界')).toHaveLength(0);
  });
  it('takes no word that opens with grammar (一个零 of 附带一个零知识证明（zero-knowledge proof）)', () => {
    expect(parenthetical('每一批都附带一个零知识证明（zero-knowledge proof）。\n', '一个零知识证明')).toHaveLength(0);
  });
  it('reads a one-letter part as a symbol, no second phrase, and stops at the word before the modifier (定义绝对星等（absolute magnitude，M）)', () => {
    const text = '天文学里定义绝对星等（absolute magnitude，M）为标准距离处的亮度。\n';
    expect(parenthetical(text, '绝对星等')).toHaveLength(1);
    expect(parenthetical(text, '定义绝对星等')).toHaveLength(0);
  });
  it('goes on over a noun the segmenter cut off (区块链三难困境（blockchain trilemma）)', () => {
    expect(parenthetical('区块链三难困境（blockchain trilemma）很难绕开。\n', '区块链三难困境')).toHaveLength(1);
  });
  it('takes no one-character verb (严格说游程编码（Run-Length Encoding） → 游程编码)', () => {
    const text = '严格说游程编码（Run-Length Encoding）不算熵编码。\n';
    expect(parenthetical(text, '说游程编码')).toHaveLength(0);
    expect(parenthetical(text, '严格说游程编码')).toHaveLength(0);
  });
});

describe('a marked span ending at the bracket', () => {
  it('is the whole term where the walk back stopped inside it (**基于时间的淘汰**（TTL） → 基于时间的淘汰)', () => {
    const text = '- **基于时间的淘汰**（TTL）：过期就删。\n';
    expect(parenthetical(text, '基于时间的淘汰')).toHaveLength(1);
    expect(parenthetical(text, '淘汰')).toHaveLength(0);
  });
  it('is no term when a clause is marked (**先写日志，再刷盘**（WAL）)', () => {
    expect(parenthetical('顺序是**先写日志，再刷盘**（WAL）。\n', '先写日志，再刷盘')).toHaveLength(0);
  });
});

describe('a table cell that opens with the glossed term', () => {
  it('bounds the term as a mark does (| 仅编码器（encoder-only） | → 仅编码器)', () => {
    const text = '| 结构 | 例子 |\n|---|---|\n| 仅编码器（encoder-only） | 甲 |\n| 仅解码器（decoder-only） | 乙 |\n';
    expect(parenthetical(text, '仅编码器')).toHaveLength(1);
    expect(parenthetical(text, '编码器')).toHaveLength(0);
  });
});

describe('a heading with a section number', () => {
  it('names the term after the number (## 5 Zorp mitigation (not correction!) → Zorp mitigation)', () => {
    const all = extractCandidates([note('# Zorps\n\n## 5 Zorp mitigation (not correction!)\n\nText.\n')], []).filter((c) => c.signal === 'parenthetical');
    expect(all.map((c) => c.surface)).not.toContain('5 Zorp mitigation');
  });
});
