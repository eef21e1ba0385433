/** Fixture tests for the general recall/precision rules added in the second extraction review. */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from './index.js';
import { find, note } from './testing.js';
import { resolveConcepts } from '../resolve/index.js';

const best = (cs: ReturnType<typeof extractCandidates>, surface: string) => Math.max(0, ...cs.filter((c) => c.surface === surface).map((c) => c.score));
const labels = (text: string) => resolveConcepts(extractCandidates([note(text)], [])).map((c) => c.label);

describe('a phrase renamed in parentheses', () => {
  it('takes `zorp ray (camera ray)`: the same head noun with another modifier is the other name of a term', () => {
    const cs = extractCandidates([note('First shoot one zorp ray (camera ray) through every pixel.\n')], []);
    expect(best(cs, 'zorp ray')).toBe(0.5);
    expect(find(cs, 'zorp ray')?.aliases.map((a) => a.text)).toContain('camera ray');
    const explained = extractCandidates([note('First shoot one zorp ray (a long line) through every pixel.\n')], []);
    expect(best(explained, 'zorp ray')).toBeLessThan(0.5);
  });
});

describe('enumerations', () => {
  it('takes two capitalised Latin names coordinated in Chinese prose (Zorpact 和 Vuez), not two acronyms', () => {
    const cs = extractCandidates([note('两棵树完整比较太慢。Zorpact 和 Vuez 都加了几个假设。CPU 和 GPU 都很忙。\n')], []);
    expect(best(cs, 'Zorpact')).toBe(0.5);
    expect(best(cs, 'Vuez')).toBe(0.5);
    expect(best(cs, 'GPU')).toBeLessThan(0.5);
  });
  it('reads two Latin names after a Chinese cue though 、 joins them (比如 zorp-loader、frob-loader)', () => {
    const cs = extractCandidates([note('别的文件要靠插件转成模块，比如 `zorp-loader`、`frob-loader`。\n')], []);
    expect(best(cs, 'zorp-loader')).toBe(0.5);
    expect(best(cs, 'frob-loader')).toBe(0.5);
  });
  it('reads Latin names after a cue that is a word of its own, not the 有 inside 所有 (所有的工具如 Zorpdock、Quuxman)', () => {
    const listed = (cs: ReturnType<typeof extractCandidates>, surface: string) => cs.some((c) => c.surface === surface && c.provenance.excerpt.startsWith('enumeration:'));
    const cs = extractCandidates([note('几乎所有的工具如 Zorpdock、Quuxman。\n')], []);
    expect(listed(cs, 'Zorpdock')).toBe(true);
    expect(listed(cs, 'Quuxman')).toBe(true);
    const inside = extractCandidates([note('这台机器具有 Zorpdock、Quuxman。\n')], []);
    expect(listed(inside, 'Zorpdock')).toBe(false);
  });
  it('reads a list of Latin names whole, the first one at its dot and the last one before a shared 的 noun', () => {
    const cs = extractCandidates([note('- 微任务：`Zorp.then`、`queueZorp`、`ZorpObserver` 的回调\n- 产品有：Frob ESXq、KVZ、Quux-V\n')], []);
    for (const name of ['Zorp.then', 'queueZorp', 'ZorpObserver', 'Frob ESXq']) expect(best(cs, name)).toBe(0.5);
    expect(best(cs, 'ESXq')).toBe(0);
  });
  it('takes the steps of a chain of lower-case phrases that share a head noun (zorp zone → frob zone → …)', () => {
    const cs = extractCandidates([note('A point travels through:\n\nzorp zone (the quux zone) → frob zone → wex zone → final screen\n')], []);
    for (const s of ['zorp zone', 'frob zone', 'wex zone']) expect(best(cs, s), s).toBe(0.5);
    const prose = extractCandidates([note('read the zorp file → parse frob lines → write wex output\n')], []);
    expect(best(prose, 'frob lines')).toBeLessThan(0.5);
  });
  it('does not end a sentence at the last dot of a.k.a. or e.g. (zorp zone (a.k.a. quux zone) → …)', () => {
    const cs = extractCandidates([note('A point travels through:\n\nzorp zone (a.k.a. quux zone) → frob zone → wex zone → final screen\n')], []);
    for (const s of ['zorp zone', 'frob zone', 'wex zone']) expect(best(cs, s), s).toBe(0.5);
  });
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

describe('parenthetical translations', () => {
  it('binds an acronym to a Chinese gloss that keeps part of it in Latin (ZSSOM（ZSS 对象模型）), not to an annotation', () => {
    const cs = extractCandidates([note('样式最后合并成 ZSSOM（ZSS 对象模型）。还有 KVZ（硬件辅助）。\n')], []);
    expect(cs.find((c) => c.surface === 'ZSSOM' && c.signal === 'parenthetical')?.aliases.map((a) => a.text)).toEqual(['ZSS 对象模型']);
    expect(cs.find((c) => c.surface === 'KVZ' && c.signal === 'parenthetical')).toBeUndefined();
  });
  it('takes as many Chinese tokens as the translation has words, so a verb before the term stays out', () => {
    const cs = extractCandidates([note('执行这条指令时会触发陷入（trap），此外应当充分利用构建缓存（build cache）。\n')], []);
    expect(find(cs, '陷入', 'parenthetical')).toBeDefined();
    expect(find(cs, '构建缓存', 'parenthetical')).toBeDefined();
    expect(find(cs, '触发陷入')).toBeUndefined();
    expect(find(cs, '充分利用构建缓存')).toBeUndefined();
  });
});

describe('headings', () => {
  it('strips a structural suffix (架构, 技术) when the rest is a compound of a known term', () => {
    const text = '# 种类\n\n虚拟化（virtualization）是一种技术。\n\n## 全虚拟化架构\n\n正文。\n';
    const c = find(extractCandidates([note(text)], []), '全虚拟化', 'heading');
    expect(c?.score).toBeGreaterThanOrEqual(0.5);
    expect(c?.aliases.map((a) => a.text)).toContain('全虚拟化架构');
  });
  it('strips a structural suffix when the rest heads known terms (自感知 and 群体感知 make 感知机制 感知)', () => {
    const text = '# 感知机制\n\n自感知（self-perception）与群体感知（group perception）是两种。\n';
    const c = find(extractCandidates([note(text)], []), '感知', 'heading');
    expect(c?.aliases.map((a) => a.text)).toContain('感知机制');
  });
  it('keeps the heading whole when the rest is not a known term', () => {
    const cs = extractCandidates([note('# 微服务架构\n\n正文。\n')], []);
    expect(find(cs, '微服务架构', 'heading')).toBeDefined();
  });
});

describe('productive heads and frequency-only compounds', () => {
  const text =
    '内核很重要。宿主机内核被共享。主线内核包含它。内核补丁很多。客户机内核不同。内核模块。\n\n' +
    '宿主机内核是共享的。主线内核很稳定。客户机内核可以改。\n';
  it('gives a common word that heads three or more compounds its second signal', () => {
    expect(labels(text)).toContain('内核');
  });
  it('folds a compound known only from frequency into its head concept', () => {
    const concepts = resolveConcepts(extractCandidates([note(text)], []));
    const kernel = concepts.find((c) => c.label === '内核');
    expect(concepts.map((c) => c.label)).not.toContain('主线内核');
    expect(kernel?.aliases.map((a) => a.text)).toContain('主线内核');
    // 宿主机内核是… is a (weak) definition of its own: it is not folded.
    expect(concepts.map((c) => c.label)).toContain('宿主机内核');
  });
});

describe('Chinese statistical compounds', () => {
  it('keeps a generic noun as a modifier (用户空间) though it is no term alone', () => {
    const cs = extractCandidates([note('容器运行在内核之上的用户空间。多个独立的用户空间运行在宿主机上。\n')], []);
    expect(best(cs, '用户空间')).toBeGreaterThanOrEqual(0.5);
  });
  it('rejects a known term + verb after a preposition (基于镜像启动), keeps one after 的 or a quote (“虚拟化驱动”)', () => {
    const text =
      '镜像（image）是只读模板。容器是基于镜像启动起来的。容器基于镜像启动，然后运行。\n\n' +
      '虚拟化（virtualization）很常见。如今更常见的是“虚拟化驱动”：要装的是虚拟化驱动。\n';
    const cs = extractCandidates([note(text)], []);
    expect(best(cs, '镜像启动')).toBe(0);
    expect(best(cs, '虚拟化驱动')).toBeGreaterThanOrEqual(0.5);
  });
});

describe('versions of a name', () => {
  it('takes each of two or more versions of one name, each mentioned once (ZTP/1.1, ZTP/2; Zpv4, Zpv6)', () => {
    const cs = extractCandidates([note('ZTP/1.1 引入了长连接。ZTP/2 在一个连接上复用请求。Zpv4 地址很短，Zpv6 地址很长。\n')], []);
    for (const name of ['ZTP/1.1', 'ZTP/2', 'Zpv4', 'Zpv6']) expect(best(cs, name)).toBeGreaterThanOrEqual(0.5);
  });
  it('reads a hyphenated Latin token jieba leaves untagged as a word (ZHA-256 and ZHA-1)', () => {
    const cs = extractCandidates([note('ZHA-256 is fast. Git names objects by the ZHA-1 hash of their content.\n')], []);
    expect(best(cs, 'ZHA-256')).toBeGreaterThanOrEqual(0.5);
    expect(best(cs, 'ZHA-1')).toBeGreaterThanOrEqual(0.5);
  });
  it('leaves a single version and a one-letter name alone (ZTP/2 only; v1, v2)', () => {
    const cs = extractCandidates([note('ZTP/2 在一个连接上复用请求。先用 v1 再用 v2 接口。\n')], []);
    expect(best(cs, 'ZTP/2')).toBeLessThan(0.5);
    expect(best(cs, 'v1')).toBeLessThan(0.5);
  });
});

describe('English clitics', () => {
  it('does not read the s of a possessive as a word (the victim\'s browser)', () => {
    const cs = extractCandidates([note("The victim's browser sends it. The victim's browser keeps it. A user's browser too.\n")], []);
    expect(cs.some((c) => c.surface.startsWith('s '))).toBe(false);
  });
});

describe('classifier suffixes', () => {
  it('counts a classifier glued to a noun as part of the compound (样本|集), also where jieba glued it onward (集里)', () => {
    const cs = extractCandidates([note('样本集用来拟合参数。把样本集里的噪声去掉。\n')], []);
    expect(best(cs, '样本集')).toBeGreaterThanOrEqual(0.5);
  });
  it('leaves a classifier after a demonstrative or numeral out (这段代码)', () => {
    const cs = extractCandidates([note('这段代码很短。这段代码很长。\n')], []);
    expect(best(cs, '这段')).toBe(0);
  });
});

describe('unknown siblings of known concepts', () => {
  it('does not take the first word of a lower-case phrase opening an item as a name (tiered zorping: …)', () => {
    const text = 'Vocabulary:\n\n- tiered zorping: it moves a function through tiers\n- FrobSpot runs it\n- QuuxBox runs it too\n';
    const cs = extractCandidates([note(text), note('FrobSpot (the FVM) and QuuxBox (Quux) are names.\n', 'b.md')], []);
    expect(cs.some((c) => c.surface === 'tiered' && c.provenance.excerpt.includes('sibling of'))).toBe(false);
  });
  it('does not take the first word of a label phrase as a name (Root zorp – …, QBK stack: …)', () => {
    const text = 'Vocabulary:\n\n- FrobSpot – the whole journey\n- QuuxBox – one timed step\n- Root zorp – the step with no parent\n- QBK stack: three tools glued together\n- Blorp runs it too\n';
    const cs = extractCandidates([note(text), note('FrobSpot (the FVM) and QuuxBox (Quux) are names.\n', 'b.md')], []);
    const siblings = cs.filter((c) => c.provenance.excerpt.includes('sibling of')).map((c) => c.surface);
    expect(siblings).toContain('Blorp');
    expect(siblings).not.toContain('Root');
    expect(siblings).not.toContain('QBK');
  });
  it('does not take the capitalised first word of an item that is a sentence or a step as a name (Bank zorps in …?, Creating a …)', () => {
    const text = 'Checklist:\n\n- FrobSpot runs it\n- QuuxBox runs it too\n- Bank zorps in shared memory?\n- Creating a frob state\n- Blorp runs it too\n';
    const cs = extractCandidates([note(text), note('FrobSpot (the FVM) and QuuxBox (Quux) are names.\n', 'b.md')], []);
    const siblings = cs.filter((c) => c.provenance.excerpt.includes('sibling of')).map((c) => c.surface);
    expect(siblings).toContain('Blorp');
    expect(siblings).not.toContain('Bank');
    expect(siblings).not.toContain('Creating');
  });
  const history =
    'Zunit（又称 Zunit Containers）是一种隔离技术。Qbox（Quiet Box）也是，Qbox 更轻。\n\n' +
    '- 2000 年，FooBSD 4.0 引入了 cell 机制；\n' +
    '- 2001 年，Linux-Wserver 以内核补丁的形式实现了类似的功能；\n' +
    '- 2004 年，Zunit 在预览版中首次亮相；\n' +
    '- 2005 年，OpenQZ 开源；\n' +
    '- 2008 年，Qbox 出现。\n';
  it('accepts names in the same place of a list as two known names, mentioned once', () => {
    const cs = extractCandidates([note(history)], []);
    expect(best(cs, 'Linux-Wserver')).toBeGreaterThanOrEqual(0.5);
    expect(best(cs, 'OpenQZ')).toBeGreaterThanOrEqual(0.5);
    // A name followed by a number is a release (FooBSD 4.0), not a sibling.
    expect(best(cs, 'FooBSD')).toBeLessThan(0.5);
  });
  it('needs two known siblings in a list', () => {
    const cs = extractCandidates([note('Qbox（Quiet Box）是一种盒子。\n\n- 2001 年，Linux-Wserver 实现了功能；\n- 2005 年，OpenQZ 开源；\n- 2008 年，Qbox 出现。\n')], []);
    expect(best(cs, 'OpenQZ')).toBeLessThan(0.5);
  });
  it('accepts a name opening a clause of an example sentence next to a known one', () => {
    const text = 'Qbox（Quiet Box）是一种盒子。Qbox 很快，Qbox 很小。\n\n有些项目兼得二者之长，例如：Qbox 给每个容器套上虚拟机，zVisor 则在用户态重新实现内核接口。\n';
    expect(best(extractCandidates([note(text)], []), 'zVisor')).toBeGreaterThanOrEqual(0.5);
  });
});

describe('definitions built on another term', () => {
  it('X是基于Y的… proposes Y (Chinese)', () => {
    const cs = extractCandidates([note('镜像是基于联合文件系统的一种层式结构，由一系列指令构建出来。\n')], []);
    expect(best(cs, '联合文件系统')).toBeGreaterThanOrEqual(0.5);
  });
  it('proposes a Latin base and a Latin name completing the sentence', () => {
    const cs = extractCandidates([note('存储驱动（storage driver）很重要。如今默认的存储驱动（storage driver）是基于 QuuxFS 的 quux2。\n')], []);
    expect(best(cs, 'QuuxFS')).toBeGreaterThanOrEqual(0.5);
    expect(best(cs, 'quux2')).toBeGreaterThanOrEqual(0.5);
  });
  it('needs a definition or a known subject', () => {
    const cs = extractCandidates([note('我们今天是基于一些想法的讨论。\n')], []);
    expect(best(cs, '一些想法')).toBe(0);
  });
});

describe('English names before their head noun', () => {
  it('takes `the Name noun` (the Docker client) as a term after two mentions, ended after the noun', () => {
    const text = 'When you run a command, the Zocker client talks to a registry. It is the default registry of the Zocker client. Zocker runs fast.\n';
    const cs = extractCandidates([note(text)], []);
    expect(best(cs, 'Zocker client')).toBeGreaterThanOrEqual(0.5);
    expect(find(cs, 'Zocker client talks')).toBeUndefined();
    expect(find(cs, 'Zocker runs')).toBeUndefined();
  });
});
