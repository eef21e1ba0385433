import { describe, expect, it } from 'vitest';
import type { Concept, Note, Relation, RelationType } from '../types.js';
import { findMentions } from './find-mentions.js';
import { buildRelations } from './relations.js';
import { concept, note } from './testing.js';

function relate(notes: Note[], concepts: Concept[], max?: number): Relation[] {
  const { hits } = findMentions(notes, concepts);
  return buildRelations(notes, concepts, hits, { maxCooccurrencePerConcept: max });
}

function edges(relations: Relation[], type: RelationType): string[] {
  return relations.filter((r) => r.type === type).map((r) => `${r.source}>${r.target}`);
}

describe('buildRelations: instance', () => {
  const cs = [concept('Hypervisor'), concept('VMware'), concept('KVM'), concept('Xen'), concept('产品'), concept('container runtime'), concept('runc'), concept('crun'), concept('gVisor')];

  it('reads Chinese enumerations after a cue, with the head from the previous sentence', () => {
    const n = note('a', 'Hypervisor是虚拟化的核心。常见的产品有：VMware、KVM、Xen等等。\n');
    const rels = relate([n], cs);
    expect(edges(rels, 'instance')).toEqual(['kvm>hypervisor', 'vmware>hypervisor', 'xen>hypervisor']);
    const r = rels.find((x) => x.type === 'instance')!;
    expect(r.evidence).toEqual([{ note: 'a', line: 1, text: '常见的产品有：VMware、KVM、Xen等等' }]);
  });

  it('reads English "such as" / "including" lists', () => {
    const n = note('b', 'A container runtime such as runc, crun and gVisor starts processes.\n\nThere are tools including runc, and crun.\n');
    expect(edges(relate([n], cs), 'instance')).toEqual(['crun>container-runtime', 'gvisor>container-runtime', 'runc>container-runtime']);
  });

  it('takes the head from the previous clause when the cue opens its clause', () => {
    const more = [...cs, concept('Docker')];
    const n = note('b2', 'Docker relies on a container runtime, e.g. runc and crun.\n');
    expect(edges(relate([n], more), 'instance')).toEqual(['crun>container-runtime', 'runc>container-runtime']);
  });

  it('takes the sentence before only by its subject: a concept further into it is not what the list is of', () => {
    const more = [...cs, concept('虚拟机'), concept('ZooKeeper'), concept('KRaft')];
    const text = '调度各台虚拟机的那层软件就是核心。常见的产品有：VMware、KVM。\n\n老版本靠 ZooKeeper 存元数据。3.x 引入了 KRaft 模式。\n';
    expect(edges(relate([note('c2', text)], more), 'instance')).toEqual([]);
  });

  it('rejects a generic head and items that are not concepts', () => {
    const n = note('c', '这些产品，例如VMware、某某软件。\n');
    expect(edges(relate([n], cs), 'instance')).toEqual([]);
  });
});

describe('buildRelations: broader', () => {
  it('from compounds (Chinese, mixed and English with word boundaries)', () => {
    const cs = [concept('虚拟化'), concept('硬件虚拟化'), concept('镜像'), concept('Docker镜像'), concept('virtualization'), concept('hardware virtualization'), concept('file'), concept('Dockerfile'), concept('容器技术'), concept('技术')];
    const n = note('d', '硬件虚拟化与Docker镜像。hardware virtualization; Dockerfile.\n');
    expect(edges(relate([n], cs), 'broader')).toEqual(['docker镜像>镜像', 'hardware-virtualization>virtualization', '硬件虚拟化>虚拟化']);
  });

  it('from heading nesting, one concept per heading, broader = more widely mentioned', () => {
    const cs = [concept('虚拟化'), concept('全虚拟化架构'), concept('容器'), concept('虚拟机')];
    const text = '1 虚拟化\n\n虚拟化很常见，虚拟化很好。\n\n1.1 全虚拟化架构\n\n内容。\n\n1.2 容器与虚拟机的比较\n\n正文。\n';
    const rels = relate([note('e', text)], cs);
    expect(edges(rels, 'broader')).toEqual(['全虚拟化架构>虚拟化']);
    expect(rels.find((r) => r.type === 'broader')!.evidence[0]).toMatchObject({ line: 5, text: '1 虚拟化 › 1.1 全虚拟化架构' });
  });

  it('from heading nesting, not when the sub-section concept is the more widely mentioned one', () => {
    const cs = [concept('Docker'), concept('容器')];
    const text = '1 什么是Docker\n\nDocker很好。\n\n1.1 容器技术\n\n容器，容器，容器。\n';
    expect(edges(relate([note('e2', text)], cs), 'broader')).toEqual([]);
  });

  it('from the vocabulary, by label or alias, and vocabulary related', () => {
    const cs = [concept('KVM', [], { broader: ['虚拟机监视器'], related: ['QEMU'] }), concept('Hypervisor', ['虚拟机监视器']), concept('QEMU')];
    const rels = relate([note('f', 'KVM 和 QEMU。\n\nKVM 与 QEMU。\n')], cs);
    expect(edges(rels, 'broader')).toEqual(['kvm>hypervisor']);
    expect(edges(rels, 'related')).toEqual(['kvm>qemu']);
    expect(rels.find((r) => r.type === 'related')!.evidence.length).toBe(2);
  });
});

describe('buildRelations: compared', () => {
  const cs = [concept('Docker'), concept('OpenStack'), concept('容器'), concept('虚拟机'), concept('containers'), concept('virtual machine')];

  it('from a table header naming two concepts', () => {
    const n = note('g', '| 类别 | Docker | OpenStack |\n| --- | --- | --- |\n| 启动 | 秒级 | 分钟级 |\n');
    const rels = relate([n], cs);
    expect(edges(rels, 'compared')).toEqual(['docker>openstack']);
    expect(rels[0].evidence).toEqual([{ note: 'g', line: 1, text: '| 类别 | Docker | OpenStack |' }]);
  });

  it('from comparison sentences and headings', () => {
    const text = '## 容器与虚拟机的比较\n\n不同于虚拟机，Docker不使用硬件。\n\nDocker vs OpenStack is a common question.\n';
    expect(edges(relate([note('h', text)], cs), 'compared')).toEqual(['docker>openstack', 'docker>虚拟机', '容器>虚拟机']);
  });

  it('does not take a plain conjunction for a comparison', () => {
    expect(edges(relate([note('i', '容器与虚拟机都能运行程序。\n')], cs), 'compared')).toEqual([]);
  });

  it('sibling compounds the sentences tie (same head, other modifiers) are compared instead of co-occurring; not a number head, not a pair a definition ties', () => {
    const sib = [concept('计数排序'), concept('桶排序'), concept('dirty reads'), concept('phantom reads'), concept('AES-256'), concept('SHA-256'), concept('two-factor authentication'), concept('multi-factor authentication')];
    const text =
      '计数排序、桶排序都不基于比较。\n\nSuch anomalies as dirty reads and phantom reads cost.\n\nSHA-256 hashes, inside the AES-256 suite.\n\n' +
      'Two-factor authentication is a multi-factor authentication with two factors.\n';
    const rels = relate([note('sib', text)], sib);
    expect(edges(rels, 'compared').sort()).toEqual(['dirty-reads>phantom-reads', '桶排序>计数排序']);
    expect(edges(rels, 'co-occurs').sort()).toEqual(['aes-256>sha-256', 'multi-factor-authentication>two-factor-authentication']);
    expect(edges(rels, 'broader')).toContain('two-factor-authentication>multi-factor-authentication');
  });
});

describe('buildRelations: co-occurs', () => {
  const cs = ['alpha', 'beta', 'gamma', 'delta', 'epsilon'].map((w) => concept(w));
  const filler = Array.from({ length: 30 }, (_, i) => `Sentence number ${i} says nothing.`).join(' ');

  it('keeps significant pairs (G² ≥ 10.83, ≥ 2 together) with NPMI weights', () => {
    const text = `alpha and beta. alpha with beta. alpha beta again. gamma alone. delta alone. gamma. ${filler}\n`;
    const rels = relate([note('j', text)], cs);
    const co = rels.filter((r) => r.type === 'co-occurs');
    expect(co.map((r) => `${r.source}>${r.target}`)).toEqual(['alpha>beta']);
    expect(co[0].weight).toBe(1);
    expect(co[0].evidence.map((e) => e.text)).toEqual(['alpha and beta', 'alpha beta again', 'alpha with beta']);
  });

  it('links a concept nobody mentions twice to its sentence partners only while it has no significant partner', () => {
    // alpha and beta are seen together once: no test of significance can pass, but they are each other's only company.
    expect(edges(relate([note('k', `alpha and beta. gamma. ${filler}\n`)], cs), 'co-occurs')).toEqual(['alpha>beta']);
    // gamma shares a sentence with alpha once, while alpha and beta are significant together: gamma is lonely and
    // takes alpha, the pair that never shares a sentence stays apart.
    const many = Array.from({ length: 1000 }, (_, i) => `Line ${i} here.`).join(' ');
    const text = `alpha and beta. beta, alpha. alpha, gamma. delta. ${many}\n`;
    expect(edges(relate([note('k3', text)], cs), 'co-occurs')).toEqual(['alpha>beta', 'alpha>gamma']);
  });

  it('needs two co-occurrences for a significant pair', () => {
    const many = Array.from({ length: 1000 }, (_, i) => `Line ${i} here.`).join(' ');
    // Once together plus a significant partner elsewhere each: the single sentence is not evidence enough.
    const text = `alpha and beta. alpha, gamma. gamma and alpha. beta, delta. delta and beta. ${many}\n`;
    expect(edges(relate([note('k2', text)], cs), 'co-occurs')).toEqual(['alpha>gamma', 'beta>delta']);
  });

  it('falls back to paragraphs for concepts with no sentence-level partner', () => {
    const paragraphs = ['gamma is here. Then delta.', 'gamma once more. And delta.', ...Array.from({ length: 40 }, (_, i) => `Paragraph ${i}.`)].join('\n\n');
    // Never together in one sentence, so only the paragraph level can see them.
    expect(edges(relate([note('l', paragraphs.replace(/\n\n/gu, ' '))], cs), 'co-occurs')).toEqual([]);
    expect(edges(relate([note('l', paragraphs)], cs), 'co-occurs')).toEqual(['delta>gamma']);
  });

  it('links a concept whose sentences name nothing else to its paragraph partners', () => {
    // gamma and delta share one paragraph, never a sentence: too rare for any test, but each other's only company.
    const paragraphs = ['gamma is here. Then delta.', ...Array.from({ length: 40 }, (_, i) => `Paragraph ${i}.`)].join('\n\n');
    expect(edges(relate([note('l2', paragraphs)], cs), 'co-occurs')).toEqual(['delta>gamma']);
  });

  it('keeps at most N edges per concept', () => {
    const text = `${'alpha beta gamma delta epsilon. '.repeat(3)}${filler}\n`;
    const all = edges(relate([note('m', text)], cs, 8), 'co-occurs');
    const capped = edges(relate([note('m', text)], cs, 1), 'co-occurs');
    expect(all.length).toBe(10);
    for (const c of ['alpha', 'beta', 'gamma', 'delta', 'epsilon']) expect(capped.filter((e) => e.split('>').includes(c)).length).toBeLessThanOrEqual(1);
  });
});

describe('buildRelations: output', () => {
  it('is deterministic, deduplicated and sorted by type, source, target', () => {
    const cs = [concept('虚拟化'), concept('硬件虚拟化'), concept('Hypervisor'), concept('VMware'), concept('KVM')];
    const a = note('a', 'Hypervisor很重要。常见的产品有：VMware、KVM。\n\n硬件虚拟化与虚拟化。\n');
    const b = note('b', 'Hypervisor很重要。常见的产品有：VMware、KVM。\n');
    const one = relate([a, b], cs);
    const two = relate([b, a], cs);
    expect(one).toEqual(two);
    const keys = one.map((r) => `${r.type}|${r.source}|${r.target}`);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(keys).size).toBe(keys.length);
    const vmware = one.find((r) => r.type === 'instance' && r.source === 'vmware')!;
    expect(vmware.evidence.map((e) => e.note)).toEqual(['a', 'b']);
  });
});

describe('buildRelations: sections', () => {
  it('looks through a heading that names no concept, up to the note title', () => {
    const cs = [concept('Zorp Scheduling'), concept('Blip First')];
    const n = note('s1', '---\ntitle: Zorp Scheduling\n---\n\n## Classic ways\n\nZorp Scheduling picks work. Zorp Scheduling again.\n\n### Blip First\n\nBlip First runs the earliest job.\n');
    expect(edges(relate([n], cs), 'broader')).toEqual(['blip-first>zorp-scheduling']);
  });
  it('relates a concept defined in a section to the concept the section is about', () => {
    const cs = [
      concept('Snib Objects'),
      concept('quarl', [], { definition: { text: 'quarl: the contents of one box', note: 's2' as Note['id'], file: 's2.md', line: 5 } }),
    ];
    const n = note('s2', '# Snib Objects\n\nThere are kinds:\n\n- **quarl**: the contents of one box\n');
    expect(edges(relate([n], cs), 'related')).toEqual(['quarl>snib-objects']);
  });
});

describe('buildRelations: instance heads from the section', () => {
  it('prefers the section topic named in the sentence before over a contrasting paragraph subject', () => {
    const cs = [concept('甲控制'), concept('乙控制'), concept('Zeno'), concept('Quba')];
    const n = note('t1', '1 乙控制\n\n甲控制照顾的是接收方，乙控制照顾的是整个网络。TCP 的乙控制算法维护一个窗口。常见的实现有：Zeno、Quba。\n');
    expect(edges(relate([n], cs), 'instance')).toEqual(['quba>乙控制', 'zeno>乙控制']);
  });
});

describe('buildRelations: definitions a paragraph introduces', () => {
  it('relates the definitions listed after a paragraph ending with a colon to the concept its last sentence names', () => {
    const def = (label: string, line: number) => concept(label, [], { definition: { text: `${label}: …`, note: 'i1' as Note['id'], file: 'i1.md', line } });
    const cs = [concept('QUUX'), concept('widgets'), def('Quickness', 5), def('Ugliness', 6)];
    const n = note('i1', 'A thing about widgets. The rules are summed up as QUUX:\n\n1. Quickness: fast.\n2. Ugliness: not pretty.\n');
    expect(edges(relate([n], cs), 'related').sort()).toEqual(['quickness>quux', 'quux>ugliness']); // related is symmetric: ids in order
  });
  it('not when the colon sentence names no concept', () => {
    const def = (label: string, line: number) => concept(label, [], { definition: { text: `${label}: …`, note: 'i2' as Note['id'], file: 'i2.md', line } });
    const cs = [concept('widgets'), def('Quickness', 5), def('Ugliness', 6)];
    const n = note('i2', 'A thing about widgets. It publishes two rules:\n\n1. Quickness: fast.\n2. Ugliness: not pretty.\n');
    expect(edges(relate([n], cs), 'related')).toEqual([]);
  });
});

describe('buildRelations: glossary lists under a heading', () => {
  const cs = [concept('激活函数'), concept('Sigmoid'), concept('ReLU'), concept('tanh'), concept('监督学习', ['supervised learning']), concept('分类', ['classification']), concept('回归')];

  it('types the terms of a list under a heading that names one concept: names are instances, common nouns narrower', () => {
    const text = '# 入门\n\n## 激活函数\n\n激活函数引入非线性。\n\n- **Sigmoid**：输出压到 (0,1)；\n- **tanh**：输出在 (-1,1)；\n- **ReLU**：计算便宜。\n\n## 监督学习（supervised learning）\n\n- **分类**（classification）：标签是离散类别；\n- **回归**：标签是连续值。\n';
    const rels = relate([note('g1', text)], cs);
    expect(edges(rels, 'instance')).toEqual(['relu>激活函数', 'sigmoid>激活函数', 'tanh>激活函数']);
    expect(edges(rels, 'broader')).toEqual(['分类>监督学习', '回归>监督学习']);
    expect(rels.find((r) => r.source === 'relu' && r.type === 'instance')!.evidence[0].text).toBe('激活函数 › ReLU：计算便宜');
  });

  it('not under a heading that says more than the concept, nor for a single item', () => {
    const other = [concept('hypervisor'), concept('CPU virtualization'), concept('memory virtualization'), concept('Zed'), concept('Quux')];
    const text = '# T\n\n## What a hypervisor does\n\nThe hypervisor works.\n\n- CPU virtualization: schedules CPUs;\n- memory virtualization: maps memory.\n\n## hypervisor\n\n- Zed: one.\n';
    const rels = relate([note('g2', text)], other);
    expect([...edges(rels, 'instance'), ...edges(rels, 'broader')]).toEqual([]);
  });
});

describe('buildRelations: compounds', () => {
  it('a negating Han prefix makes no narrower concept', () => {
    const cs = [concept('监督学习'), concept('无监督学习'), concept('对称加密'), concept('非对称加密'), concept('半监督学习')];
    expect(edges(relate([note('n1', '无监督学习，半监督学习，非对称加密。\n')], cs), 'broader')).toEqual(['半监督学习>监督学习']);
  });
});

describe('buildRelations: names in code and link text', () => {
  it('counts a code span that is exactly a concept name as a mention for relations, not one that only contains it', () => {
    const cs = [concept('git gc'), concept('packfile'), concept('git fetch'), concept('remote')];
    const n = note('c1', 'From time to time `git gc` gathers loose objects into a packfile.\n\nRun `git fetch --all` to update every remote.\n');
    const { hits } = findMentions([n], cs);
    expect([...hits.get(n.id)!].map((h) => h.concept)).toEqual(['packfile', 'remote']); // linking never looks inside code
    expect(edges(buildRelations([n], cs, hits), 'co-occurs')).toEqual(['git-gc>packfile']);
  });
});

describe('buildRelations: hard-wrapped prose', () => {
  it('a newline followed by a lower-case word does not end the sentence', () => {
    const cs = [concept('container runtime'), concept('runc'), concept('crun'), concept('Docker')];
    const n = note('w1', 'A container runtime such as runc and\ncrun starts processes.\nDocker came later.\n');
    expect(edges(relate([n], cs), 'instance')).toEqual(['crun>container-runtime', 'runc>container-runtime']);
  });
});

describe('buildRelations: lists after a colon', () => {
  const cs = [
    concept('isolation levels'), concept('read uncommitted'), concept('read committed'), concept('serializable'), concept('SQL'),
    concept('宏任务', ['macrotask']), concept('setTimeout'), concept('setInterval'), concept('OSI 参考模型'), concept('物理层'), concept('网络层'),
    concept('commit'), concept('git add'), concept('git commit'), concept('Docker'), concept('镜像'), concept('容器'),
  ];
  it('members of the concept right before the colon, or of the kind a counting clause points back to', () => {
    const text = 'SQL defines weaker isolation levels. The standard names three: read\nuncommitted, read committed and serializable.\n\n- 宏任务（macrotask）：`setTimeout`、`setInterval`、I/O\n';
    expect(edges(relate([note('k1', text)], cs), 'instance')).toEqual([
      'read-committed>isolation-levels', 'read-uncommitted>isolation-levels', 'serializable>isolation-levels', 'setinterval>宏任务', 'settimeout>宏任务',
    ]);
  });
  it('related to the sentence subject otherwise; never for a name as head or for items that run on as prose', () => {
    const text = 'OSI 参考模型是七层模型，自下而上依次是：物理层、网络层。\n\nDocker：镜像、容器。\n\nThe index holds the next commit: git add copies a file into it, and git commit turns it into a tree.\n';
    const rels = relate([note('k2', text)], cs);
    expect(edges(rels, 'related')).toEqual(['osi-参考模型>物理层', 'osi-参考模型>网络层']);
    expect(edges(rels, 'instance')).toEqual([]);
  });
});

describe('buildRelations: English lists', () => {
  const cs = [concept('relational databases'), concept('PostgreSQL'), concept('SQLite'), concept('indexes'), concept('consistent hashing'), concept('Cassandra'), concept('read committed'), concept('dirty reads')];
  it('end where an item turns into a clause, and take no head past a plain plural noun', () => {
    const text = 'Most relational databases, such as PostgreSQL and SQLite, store their tables and indexes in B-trees.\n\nConsistent hashing moves few keys, which is why systems such as Cassandra use it.\n\nThe levels are read committed and more. Each level rules out anomalies, such as dirty reads.\n';
    expect(edges(relate([note('e1', text)], cs), 'instance')).toEqual(['postgresql>relational-databases', 'sqlite>relational-databases']);
  });
});

describe('buildRelations: examples and gerund heads', () => {
  it('`X是Y的代表` makes X an instance of Y', () => {
    const cs = [concept('主成分分析', ['PCA']), concept('降维')];
    expect(edges(relate([note('x1', '主成分分析（PCA）是线性降维的代表，找方差最大的方向。\n')], cs), 'instance')).toEqual(['主成分分析>降维']);
  });
  it('an English compound is narrower than the gerund of its head', () => {
    const cs = [concept('interactive rebase'), concept('Rebasing'), concept('three-way merge'), concept('Merging')];
    expect(edges(relate([note('x2', 'Rebasing and merging. An interactive rebase helps. A three-way merge works.\n')], cs), 'broader')).toEqual(['interactive-rebase>rebasing', 'three-way-merge>merging']);
  });
});

describe('buildRelations: tables of rows', () => {
  it('rows are compared and members of the term the paragraph before introduces, typed by the corner cell', () => {
    const cs = [concept('打包工具', ['bundler']), concept('webpack'), concept('Vite'), concept('混淆矩阵', ['confusion matrix']), concept('准确率'), concept('召回率')];
    const text = '打包工具（bundler）把模块合并成 bundle。\n\n| 工具 | 开发时 |\n|---|---|\n| webpack | 慢 |\n| Vite | 快 |\n\n先画混淆矩阵（confusion matrix）。\n\n| 指标 | 公式 |\n|---|---|\n| 准确率（accuracy） | a |\n| 召回率 | b |\n';
    const rels = relate([note('tb1', text)], cs);
    expect(edges(rels, 'instance')).toEqual(['vite>打包工具', 'webpack>打包工具']);
    expect(edges(rels, 'related').sort()).toEqual(['准确率>混淆矩阵', '召回率>混淆矩阵']);
    expect(edges(rels, 'compared')).toEqual(['vite>webpack', '准确率>召回率']);
  });
});

describe('buildRelations: glossary lists without a typed heading', () => {
  it('relate to the term the note opens by glossing; a heading of kind words hands its list to its parent', () => {
    const cs = [concept('打包器', ['bundler']), concept('Zap Shaking'), concept('HMR'), concept('梯度下降'), concept('全量下降'), concept('随机下降')];
    const a = note('u1', '# 前端打包：各种\n\n打包器（bundler）从入口文件开始。\n\n几个名词：\n\n- **Zap Shaking**：删掉导出。\n- **HMR**：替换模块。\n');
    expect(edges(relate([a], cs), 'related').sort()).toEqual(['hmr>打包器', 'zap-shaking>打包器']);
    const b = note('u2', '# 入门\n\n## 2. 梯度下降\n\n梯度下降很常用。\n\n### 2.1 三种变体\n\n1. 全量下降：每步用全部样本；\n2. 随机下降：每步一个样本。\n');
    expect(edges(relate([b], cs), 'broader')).toEqual(['全量下降>梯度下降', '随机下降>梯度下降']);
  });
});

describe('buildRelations: contrast and substitution', () => {
  it('a clause opening with a contrast marker, and `instead of`, compare two subjects', () => {
    const cs = [concept('过拟合', ['overfitting']), concept('欠拟合', ['underfitting']), concept('Rebasing'), concept('merging'), concept('branches')];
    const text = '过拟合（overfitting）：模型记住了噪声。反过来，欠拟合（underfitting）是模型太简单。\n\nRebasing replays your commits on top of other branches instead of merging.\n';
    expect(edges(relate([note('v1', text)], cs), 'compared')).toEqual(['merging>rebasing', '欠拟合>过拟合']);
  });
});

describe('buildRelations: glossary lists under a heading that says more than its concept', () => {
  it('are related to that concept', () => {
    const cs = [concept('cookie'), concept('HttpOnly'), concept('Secure'), concept('XSS')];
    const text = '# Sessions\n\nThe XSS risk.\n\n## Cookie flags\n\n- **HttpOnly** – scripts cannot read the cookie\n- **Secure** – sent over HTTPS only\n';
    expect(edges(relate([note('cf', text)], cs), 'related').sort()).toEqual(['cookie>httponly', 'cookie>secure']);
  });
});

describe('buildRelations: run-in and line headings over glossary items', () => {
  it('a bold run-in term is an item; a line that is only a concept heads the items after it', () => {
    const cs = [concept('code generation'), concept('instruction selection'), concept('register allocation'), concept('lexer'), concept('maximal munch'), concept('parse tree'), concept('AST')];
    const a = note('r1', '# Back end\n\nCode generation lowers the IR. It has jobs.\n\n**Instruction selection.** IR operations are matched.\n\n**Register allocation.** The IR pretends registers are unlimited.\n');
    expect(edges(relate([a], cs), 'related').sort()).toEqual(['code-generation>instruction-selection', 'code-generation>register-allocation']);
    const b = note('r2', '# jottings\n\nlexer\n- maximal munch: always take the longest match\n\nparse tree vs AST\n- AST: drops the noise\n');
    expect(edges(relate([b], cs), 'related')).toEqual(['lexer>maximal-munch']);
  });
});

describe('buildRelations: kind nouns', () => {
  it('a counted or typed kind noun names the concept whose head word it is', () => {
    const cs = [concept('DNS'), concept('资源记录'), concept('A 记录'), concept('MX 记录'), concept('进程'), concept('进程状态'), concept('就绪'), concept('阻塞')];
    const text = 'DNS 里的数据以资源记录的形式保存。常见的记录类型有：A 记录、MX 记录。\n\n## 进程状态\n\n一个进程会在几种状态之间切换：就绪、阻塞。\n';
    expect(edges(relate([note('kn', text)], cs), 'instance')).toEqual(['a-记录>资源记录', 'mx-记录>资源记录', '就绪>进程状态', '阻塞>进程状态']);
  });
});

describe('buildRelations: items a colon sentence introduces', () => {
  it('are related to the concept the sentence names last, with no definitions given', () => {
    const cs = [concept('QUUX'), concept('widgets'), concept('Quickness'), concept('Ugliness')];
    const n = note('ic', '# Notes\n\nA thing about widgets. The rules are summed up as QUUX:\n\n1. Quickness: fast.\n2. Ugliness: not pretty.\n');
    expect(edges(relate([n], cs), 'related').sort()).toEqual(['quickness>quux', 'quux>ugliness']);
  });
});

describe('buildRelations: compound modifiers', () => {
  it('a compound is related to the concept it opens with (not narrower), at a space or between Han characters', () => {
    const cs = [concept('TLS'), concept('TLS handshake'), concept('页'), concept('页框'), concept('CRI'), concept('CRI-O')];
    const rels = relate([note('cm', 'TLS and the TLS handshake. 页与页框。CRI and CRI-O.\n')], cs);
    expect(edges(rels, 'related')).toEqual(['tls>tls-handshake', '页>页框']); // related is symmetric: ids in order
    expect(edges(rels, 'broader')).toEqual([]);
  });
});

describe('buildRelations: an English list after a colon that runs into its predicate', () => {
  it('ends at the item that runs on; a lower-case label is a common noun even when it only opens lines', () => {
    const cs = [concept('tiered compilation'), concept('HotSpot'), concept('V8')];
    const n = note('tc', 'Vocabulary:\n- tiered compilation: HotSpot (the JVM) and V8 (JavaScript) move a function through more and more tiers\n');
    expect(edges(relate([n], cs), 'instance')).toEqual(['hotspot>tiered-compilation', 'v8>tiered-compilation']);
  });
});

describe('buildRelations: a concept nothing else relates', () => {
  it('is linked to the concept its first section is about, and only then', () => {
    const cs = [concept('type checking'), concept('static typing'), concept('operators'), concept('widgets')];
    const text = '# Notes\n\n## Type checking\n\nType checking makes sure operators get acceptable types. Type checking again with operators.\n\n- With static typing the check happens at compile time.\n\n## Other\n\nwidgets and operators. widgets, operators.\n';
    const co = edges(relate([note('sp', text)], cs), 'co-occurs');
    expect(co).toContain('static-typing>type-checking');
    expect(co.filter((e) => e.includes('static-typing'))).toEqual(['static-typing>type-checking']);
  });
});

describe('buildRelations: a concept named only under one heading', () => {
  const cs = [concept('data hazard'), concept('RAW'), concept('register'), concept('stall'), concept('pipeline'), concept('cache')];
  const text =
    '# Notes\n\n## Data hazards\n\nRAW and register go together. RAW and register again. RAW, register.\n\nA stall is one fix.\n\n' +
    '## Caches\n\nThe cache and register, the cache and register. A stall in the pipeline, a pipeline stall.\n';
  it('is linked to the heading concept when every mention of it stands in that section', () => {
    const rels = relate([note('cp', text)], cs);
    const co = edges(rels, 'co-occurs');
    expect(co).toContain('data-hazard>raw');
    expect(rels.find((r) => r.source === 'data-hazard' && r.target === 'raw')!.evidence[0].text).toBe('Data hazards › RAW and register go together');
    // stall is also named under Caches; register too: neither is confined to data hazards.
    expect(co.filter((e) => e.includes('data-hazard'))).toEqual(['data-hazard>raw']);
  });
});

describe('buildRelations: kinds counted, then given their own sections', () => {
  it('the next sub-sections, as many as counted, are narrower than what the sentence divides', () => {
    const cs = [concept('机器学习'), concept('监督学习'), concept('无监督学习'), concept('数据')];
    const text = '# 概览\n\n机器学习按训练数据带不带标签，大体可以分成两类。\n\n## 监督学习\n\n监督学习有标签。\n\n## 无监督学习\n\n没有标签。\n\n## 数据\n\n数据怎么切。\n';
    expect(edges(relate([note('ks', text)], cs), 'broader')).toEqual(['无监督学习>机器学习', '监督学习>机器学习']);
  });
});

describe('buildRelations: lonely partners', () => {
  it('prefer the subject of a sentence they share over more widely mentioned concepts', () => {
    const cs = [concept('trunk-based development'), concept('branches'), concept('main branch'), concept('feature flags')];
    const filler = Array.from({ length: 40 }, (_, i) => `Line ${i} here.`).join(' ');
    const text = `Trunk-based development keeps branches short and merges into the main branch, relying on feature flags. branches. branches. branches. main branch. main branch. main branch. ${filler}\n`;
    const co = edges(relate([note('lp', text)], cs), 'co-occurs').filter((e) => e.includes('feature-flags'));
    expect(co).toContain('feature-flags>trunk-based-development');
  });
});

describe('buildRelations: the most common one', () => {
  it('`最常用的是X` makes X an instance of what the sentence before is about', () => {
    const cs = [concept('聚类', ['clustering']), concept('K-means')];
    expect(edges(relate([note('mc', '聚类（clustering）：把相似的样本归到同一组。最常用的是 K-means：随机选 k 个中心。\n')], cs), 'instance')).toEqual(['k-means>聚类']);
    const more = [...cs, concept('镜像'), concept('Docker Hub')];
    expect(edges(relate([note('mc2', '仓库负责保存和分发镜像，公共仓库里最有名的是 Docker Hub。\n')], more), 'instance')).toEqual([]);
  });

  it('an opener word before it (`其中最流行的是X`) points back the same way; other words do not', () => {
    const cs = [concept('参数高效微调', ['PEFT']), concept('LoRA'), concept('镜像'), concept('Docker Hub')];
    const text = '参数高效微调（PEFT）：冻结原模型，只训练很少一部分参数。其中最流行的是 LoRA。\n\n镜像存放在仓库里。仓库里最有名的是 Docker Hub。\n';
    expect(edges(relate([note('mc3', text)], cs), 'instance')).toEqual(['lora>参数高效微调']);
  });
});

describe('buildRelations: definitions in every clause, after an opener or a possessor', () => {
  it('reads `其中 X 属于Y，Z 属于W` and `A 的 X 就是一种Y`', () => {
    const cs = [concept('OSPF'), concept('链路状态协议'), concept('RIP'), concept('距离矢量协议'), concept('goroutine'), concept('用户态线程'), concept('Go 语言')];
    const n = note('op', '其中 OSPF 属于链路状态协议，RIP 属于距离矢量协议。\n\nGo 语言的 goroutine 就是一种用户态线程，很轻。\n');
    const rels = relate([n], cs);
    expect([...edges(rels, 'instance'), ...edges(rels, 'broader')]).toEqual(['ospf>链路状态协议', 'rip>距离矢量协议', 'goroutine>用户态线程']);
  });
});

describe('buildRelations: term items side by side', () => {
  it('compares the terms of a short glossary list, and of a longer one only where they share a head word', () => {
    const cs = [concept('push sampling'), concept('pull sampling'), concept('Alpha'), concept('Beta'), concept('Gamma'), concept('Flux'), concept('Ledger'), concept('Quill')];
    const text = [
      '# Notes',
      '',
      '## Strategies',
      '',
      '- **Push sampling**: the sender decides.',
      '- **Pull sampling**: the receiver decides.',
      '',
      '## Steps',
      '',
      '1. Alpha — read the input.',
      '2. Beta — check it.',
      '3. Gamma — write it out.',
      '',
      '## Words',
      '',
      '- Flux: one thing.',
      '- Ledger: another.',
      '- Quill: a third.',
      '- Alpha: a fourth.',
      '- Beta: a fifth.',
      '',
    ].join('\n');
    const compared = edges(relate([note('t1', text)], cs), 'compared');
    expect(compared).toContain('pull-sampling>push-sampling');
    // Three items without a shared head (steps, parts) and a list of five (a glossary) say nothing.
    expect(compared.filter((e) => e !== 'pull-sampling>push-sampling')).toEqual([]);
  });
});

describe('buildRelations: table rows', () => {
  it('relates the concept opening a row to the concepts its other cells name', () => {
    const cs = [concept('Orbit'), concept('Comet'), concept('Nebula'), concept('Pulsar')];
    const text = '| 名称 | 依赖 | 说明 |\n| --- | --- | --- |\n| Orbit | 基于 Nebula | 很快 |\n| Comet | — | 用 Pulsar 存储 |\n';
    const related = edges(relate([note('tr', text)], cs), 'related');
    expect(related).toEqual(expect.arrayContaining(['nebula>orbit', 'comet>pulsar']));
    expect(related).not.toContain('nebula>pulsar');
  });
});

describe('buildRelations: a definition ties its subject to what it names', () => {
  it('relates the subject of a defining first sentence (colon, =, dash, copula) to the concepts it names', () => {
    const cs = [concept('Widget'), concept('Sprocket'), concept('Gizmo'), concept('Doohickey'), concept('刻度'), concept('游标')];
    const text = 'Widget = a small part that Sprocket turns.\n\n- Gizmo — rides on a Doohickey.\n\n刻度（scale）：游标对准的位置。\n\nThe Sprocket turns and a Gizmo waits.\n';
    const related = edges(relate([note('def', text)], cs), 'related');
    expect(related).toEqual(expect.arrayContaining(['sprocket>widget', 'doohickey>gizmo', '刻度>游标']));
    // A sentence that opens with a concept but defines nothing ties nothing.
    expect(related).not.toContain('gizmo>sprocket');
  });
});

describe('buildRelations: a label, a dash, then a list of names', () => {
  const cs = [concept('static site generators'), concept('Jekyll'), concept('Eleventy'), concept('Zola'), concept('关系型数据库'), concept('MySQL'), concept('PostgreSQL')];

  it('lists members of the label, whether or not the first name is a concept, English or Chinese', () => {
    const n = note('dash', '# Tools\n\n- *static site generators* — Hugo, Jekyll (Ruby), Eleventy and Zola for Rust fans\n- 关系型数据库——MySQL、PostgreSQL\n');
    expect(edges(relate([n], cs), 'instance')).toEqual(['eleventy>static-site-generators', 'jekyll>static-site-generators', 'mysql>关系型数据库', 'postgresql>关系型数据库', 'zola>static-site-generators']);
  });

  it('leaves a dash that sets off an aside mid-sentence, or a description, alone', () => {
    const n = note('aside', 'We moved our static site generators — Jekyll, Eleventy — to one server.\n\nstatic site generators — Jekyll made them popular, and Zola is fast.\n');
    expect(edges(relate([n], cs), 'instance')).toEqual([]);
  });
});

describe('buildRelations: a dash list followed by prose', () => {
  it('is who uses the label, not its members', () => {
    const cs = [concept('sorted indexes'), concept('Postgres'), concept('SQLite')];
    const n = note('prose', '- sorted indexes — Postgres, SQLite. Fast reads, slower writes.\n');
    expect(edges(relate([n], cs), 'instance')).toEqual([]);
  });
});

describe('buildRelations: items under a numbered line naming a concept', () => {
  it('are kinds of it when they share its head word, else related to it', () => {
    const cs = [concept('存储'), concept('写入缓存', ['write cache']), concept('直写缓存'), concept('回写缓存'), concept('脏页'), concept('cache eviction'), concept('LRU eviction'), concept('random eviction')];
    const text = '## 三、存储\n\n（1）写入缓存（write cache）\n- 直写缓存：数据同时写入磁盘。\n- 回写缓存：先写内存，稍后落盘。\n- 脏页：还没落盘的内存页。\n\n2) cache eviction\n- LRU eviction: drops the least recently used entry.\n- random eviction: drops any entry.\n';
    const rels = relate([note('outline', text)], cs);
    expect(edges(rels, 'broader')).toEqual(['lru-eviction>cache-eviction', 'random-eviction>cache-eviction', '回写缓存>写入缓存', '直写缓存>写入缓存']);
    expect(edges(rels, 'related').filter((e) => e.includes('脏页'))).toEqual(['写入缓存>脏页']);
    expect(rels.find((r) => r.type === 'broader' && r.source === '直写缓存')!.evidence[0].text).toBe('（1）写入缓存（write cache） › 直写缓存：数据同时写入磁盘');
  });
});

describe('buildRelations: a heading of kinds in another number than the label', () => {
  it('`## Structure types` lists kinds of the concept labelled `structures`', () => {
    const cs = [concept('structures'), concept('ring buffer'), concept('skip list')];
    const text = '# Notes\n\nSome structures are simple.\n\n## 2. Structure types\n\n1. Ring buffer — fixed size, wraps around.\n2. Skip list — layered linked lists.\n';
    expect(edges(relate([note('kinds', text)], cs), 'broader')).toEqual(['ring-buffer>structures', 'skip-list>structures']);
  });
});

describe('buildRelations: names said to belong to `this family`', () => {
  const cs = [concept('列式存储'), concept('ClickHouse'), concept('Parquet'), concept('log-structured storage'), concept('LevelDB'), concept('RocksDB'), concept('数据库')];

  it('are members of the kind the list item, or the clause before, names', () => {
    const zh = note('zh', '- 列式存储（columnar storage）：按列而不是按行存放数据。ClickHouse、开源的 Parquet 都属于这一类。\n');
    const en = note('en', 'Log-structured storage appends every write to a log, and LevelDB and RocksDB both belong to this family.\n');
    expect(edges(relate([zh, en], cs), 'instance')).toEqual(['clickhouse>列式存储', 'leveldb>log-structured-storage', 'parquet>列式存储', 'rocksdb>log-structured-storage']);
  });

  it('not when what comes before the cue is a clause rather than names', () => {
    const n = note('no', '- 列式存储：按列存放。很多团队在数据库之外再部署一套 ClickHouse 都属于这一类。\n');
    expect(edges(relate([n], cs), 'instance')).toEqual([]);
  });
});
