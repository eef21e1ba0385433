import { describe, expect, it } from 'vitest';
import { extractCandidates } from './index.js';
import { normaliseKey } from './normalise.js';
import { find, note, surfaces } from './testing.js';
import { parseVocabulary } from './vocabulary.js';

const aliasTexts = (c: { aliases: { text: string }[] } | undefined) => (c?.aliases ?? []).map((a) => a.text).sort();

describe('vocabulary', () => {
  it('reads entries with extras and reports bad ones with line and column', () => {
    const yaml = 'concepts:\n  - label: 容器\n    aliases: [container]\n    broader: [虚拟化]\n    definition: 隔离的进程\n  - aliases: [x]\n  - label: 镜像\n    aliases: {a: 1}\n';
    const { entries, diagnostics } = parseVocabulary(yaml, 'graph/concepts.yaml');
    expect(entries.map((e) => e.label)).toEqual(['容器']);
    expect(entries[0]).toMatchObject({ aliases: ['container'], broader: ['虚拟化'], definition: '隔离的进程', line: 2 });
    expect(diagnostics.map((d) => [d.line, d.column, d.code])).toEqual([
      [6, 5, 'vocabulary-entry-invalid'],
      [7, 5, 'vocabulary-entry-invalid'],
    ]);
  });
  it('reports invalid YAML at its position', () => {
    const { diagnostics } = parseVocabulary('- label: [oops\n', 'c.yaml');
    expect(diagnostics[0]).toMatchObject({ file: 'c.yaml', severity: 'error', code: 'vocabulary-invalid' });
  });
  it('turns entries into vocabulary candidates', () => {
    const { entries } = parseVocabulary('- label: Pod\n  aliases: [pods]\n  type: object\n', 'c.yaml');
    const c = find(extractCandidates([], entries), 'Pod', 'vocabulary');
    expect(c).toMatchObject({ type: 'object', score: 1 });
    expect(aliasTexts(c)).toEqual(['pods']);
  });
});

describe('wikilinks, frontmatter, titles, headings', () => {
  it('takes [[X]] and [[X|label]] as terms and binds the label', () => {
    const cs = extractCandidates([note('See [[Kubernetes]] and [[Pod|pods]].\n')], []);
    expect(surfaces(cs, 'wikilink')).toEqual(['Kubernetes', 'Pod']);
    expect(aliasTexts(find(cs, 'Pod', 'wikilink'))).toEqual(['pods']);
  });
  it('keeps a code identifier in a wikilink as written ([[__init__]] is not "init")', () => {
    const cs = extractCandidates([note('Python calls [[__init__]] and [[_private|private helper]].\n')], []);
    expect(surfaces(cs, 'wikilink')).toEqual(['__init__', '_private']);
    expect(aliasTexts(find(cs, '_private', 'wikilink'))).toEqual(['private helper']);
  });
  it('reads tags, keywords and aliases; aliases bind to a term-like title', () => {
    const cs = extractCandidates([note('---\ntitle: Kubernetes\ntags: [orchestration]\nkeywords: [Pod]\naliases: [K8s]\n---\ntext\n')], []);
    expect(surfaces(cs, 'tag')).toEqual(['orchestration']);
    expect(surfaces(cs, 'keyword')).toEqual(['Pod']);
    expect(aliasTexts(find(cs, 'K8s', 'alias'))).toEqual(['Kubernetes']);
    expect(surfaces(cs, 'title')).toEqual(['Kubernetes']);
  });
  it('does not take structural titles or phrases as concepts', () => {
    const cs = extractCandidates([note('---\ntitle: 简介\n---\n正文。\n'), note('# Introduction\n\nText.\n', 'b.md')], []);
    expect(surfaces(cs, 'title')).toEqual([]);
    expect(surfaces(cs, 'heading')).toEqual([]);
  });
  it('reduces headings and outline lines to the terms they name', () => {
    const text = '1 什么是Docker\n\n正文。\n\n3.2 Docker镜像\n\n正文。\n\n2.3.1 上手快\n\n正文。\n\n4 Docker与OpenStack比较\n\n正文。\n\n## What is a Pod?\n\nText.\n';
    expect(surfaces(extractCandidates([note(text)], []), 'heading')).toEqual(['Docker', 'Docker镜像', 'OpenStack', 'Pod']);
  });
});

describe('bilingual parentheticals', () => {
  const one = (text: string) => extractCandidates([note(text)], []).filter((c) => c.signal === 'parenthetical');
  it('binds 中文（English）', () => {
    const [c] = one('如控件组（control group）、命名空间（namespace）技术。\n');
    expect(c.surface).toBe('控件组');
    expect(aliasTexts(c)).toEqual(['control group']);
  });
  it('binds 中文（English，ABBR） with the abbreviation flagged', () => {
    const [c] = one('它也叫虚拟机监视器（Virtual Machine Monitor，VMM）。\n');
    expect(c.surface).toBe('虚拟机监视器');
    expect(c.aliases).toEqual([
      { text: 'Virtual Machine Monitor', lang: 'en' },
      { text: 'VMM', lang: 'en', abbreviation: true },
    ]);
  });
  it('strips 英语： and handles half-width parentheses', () => {
    expect(one('在计算机中，虚拟化（英语：Virtualization）是一种技术。\n')[0].surface).toBe('虚拟化');
    expect(one('最新的技术引入了Linux容器(LXC)。\n')[0].surface).toBe('Linux容器');
  });
  it('takes a quoted term whole', () => {
    expect(one('最常见的例子就是“权限隔离监牢”（chroot jail），它创建目录。\n')[0].surface).toBe('权限隔离监牢');
  });
  it('binds English (ABBR) by Schwartz–Hearst', () => {
    const [c] = one('Kubernetes talks to the Container Runtime Interface (CRI) only.\n');
    expect(c.surface).toBe('Container Runtime Interface');
    expect(aliasTexts(c)).toEqual(['CRI']);
  });
  it('rejects asides, years and notes', () => {
    expect(one('详情（见下文）。发布于去年（2013年）。镜像很慢（说明：可以自己构建）。版本（v2）\n')).toEqual([]);
  });
});

describe('definition sentences', () => {
  it('X是一种… makes a definition; the subject must fill its clause', () => {
    const cs = extractCandidates([note('Hypervisor是一种运行在物理服务器和操作系统之间的中间软件层。这是一个很重要的区别。\n')], []);
    const c = find(cs, 'Hypervisor', 'definition');
    expect(c?.definition).toBe('Hypervisor是一种运行在物理服务器和操作系统之间的中间软件层。');
    expect(surfaces(cs, 'definition')).toEqual(['Hypervisor']);
  });
  it('X也被称为Y binds the two names', () => {
    const cs = extractCandidates([note('因此，容器虚拟化也被称为“操作系统级虚拟化”。\n')], []);
    expect(aliasTexts(find(cs, '容器虚拟化', 'definition'))).toEqual(['操作系统级虚拟化']);
  });
  it('X is a … and X, also known as Y', () => {
    const cs = extractCandidates([note('A hypervisor, also known as a monitor, is a layer of software.\n\nA Pod is the smallest deployable unit.\n')], []);
    expect(aliasTexts(find(cs, 'hypervisor', 'definition'))).toEqual(['monitor']);
    expect(find(cs, 'Pod', 'definition')?.definition).toBe('A Pod is the smallest deployable unit.');
  });
});

describe('statistical terms and enumerations', () => {
  it('keeps domain words and rejects generic ones, with a minimum count', () => {
    const text = '我们可以使用镜像。用户非常喜欢镜像。镜像可以使用一个方式。我们使用技术。\n\nThe system uses Docker. Docker is fast. We run Docker every way.\n';
    const found = surfaces(extractCandidates([note(text)], []), 'statistical');
    expect(found).toContain('镜像');
    expect(found).toContain('Docker');
    for (const generic of ['我们', '可以', '用户', '一个', '使用', '非常', '技术', '方式', 'system', 'way']) expect(found).not.toContain(generic);
  });
  it('treats enumerated compounds of one family as terms', () => {
    const cs = extractCandidates([note('虚拟化技术种类很多，例如：软件虚拟化、硬件虚拟化、内存虚拟化等等。\n')], []);
    expect(find(cs, '内存虚拟化', 'statistical')?.score).toBeGreaterThanOrEqual(0.5);
  });
  it('records provenance with line and column', () => {
    const cs = extractCandidates([note('# T\n\n第一行\n如控件组（control group）。\n')], []);
    expect(find(cs, '控件组', 'parenthetical')?.provenance).toMatchObject({ file: 'x.md', line: 4, signal: 'parenthetical' });
  });
});

describe('normalisation', () => {
  it('folds width, case, plurals and script-boundary spaces', () => {
    expect(normaliseKey('ＤＯＣＫＥＲ')).toBe('docker');
    expect(normaliseKey('Virtual Machines')).toBe('virtual machine');
    expect(normaliseKey('VMs')).toBe('vm');
    // -che nouns add only s; -ch nouns add es.
    expect(normaliseKey('L2 caches')).toBe(normaliseKey('L2 cache'));
    expect(normaliseKey('branches')).toBe('branch');
    expect(normaliseKey('PID 命名空间')).toBe(normaliseKey('PID命名空间'));
    expect(normaliseKey('Kubernetes')).toBe(normaliseKey('kubernetes'));
    expect(normaliseKey('Xen')).toBe('xen');
  });
  it('gives -ches plurals the singular they have: caches → cache, branches → branch', () => {
    expect(normaliseKey('Caches')).toBe('cache');
    expect(normaliseKey('niches')).toBe('niche');
    expect(normaliseKey('branches')).toBe('branch');
    expect(normaliseKey('patches')).toBe('patch');
    expect(normaliseKey('approaches')).toBe('approach');
  });
  it('keys the other regular and irregular plurals with their singular', () => {
    const same = [['keys', 'key'], ['gateways', 'gateway'], ['replicas', 'replica'], ['schemas', 'schema'], ['aliases', 'alias'], ['biases', 'bias'], ['cookies', 'cookie'], ['zombies', 'zombie'], ['leaves', 'leaf'], ['vertices', 'vertex'], ['indices', 'index'], ['matrices', 'matrix']];
    for (const [plural, one] of same) expect(normaliseKey(plural), plural).toBe(normaliseKey(one));
    // -as and -us singulars and invariant plurals stay themselves; a database is not a 'databasis'.
    for (const word of ['alias', 'canvas', 'atlas', 'status', 'corpus', 'series', 'species']) expect(normaliseKey(word), word).toBe(word);
    expect(normaliseKey('databases')).toBe('database');
    // -us + es and -use + s plurals both meet their singular.
    for (const [plural, one] of [['statuses', 'status'], ['viruses', 'virus'], ['buses', 'bus'], ['causes', 'cause'], ['clauses', 'clause'], ['fuses', 'fuse'], ['houses', 'house']]) expect(normaliseKey(plural), plural).toBe(normaliseKey(one));
    expect(normaliseKey('phases')).toBe('phase');
  });
});

describe('general precision rules', () => {
  it('splits an also-known-as list into aliases and keeps the subject whole', () => {
    const cs = extractCandidates([note('A Type 1 hypervisor, also called a bare-metal hypervisor or native hypervisor, runs on hardware.\n')], []);
    const c = cs.find((x) => x.signal === 'definition' && x.surface === 'Type 1 hypervisor' && x.aliases.length);
    expect(cs.filter((x) => x.surface === 'Type 1 hypervisor').flatMap((x) => x.aliases.map((a) => a.text)).sort()).toEqual(['bare-metal hypervisor', 'native hypervisor']);
    expect(c).toBeDefined();
  });
  it('does not take surnames or the modifier of a longer name as statistical terms', () => {
    const text = 'In 1973 Robert P. Goldberg wrote it. Later Gerald Goldberg and Robert Goldberg agreed. Tools such as Acme Widget, Acme Gadget and Acme Gizmo exist. Acme Widget is fast. Acme Gadget is slow.\n';
    const cs = extractCandidates([note(text), note(text, 'b.md')], []);
    expect(surfaces(cs, 'statistical')).not.toContain('Goldberg');
    expect(surfaces(cs, 'statistical')).not.toContain('Acme');
  });
  it('ends an English name where the prose starts', () => {
    const text = 'Docker Engine itself runs on containerd. Docker Engine itself is a daemon. Docker Engine itself has an API.\n';
    const cs = extractCandidates([note(text)], []);
    expect(surfaces(cs, 'statistical')).toContain('Docker Engine');
    expect(surfaces(cs, 'statistical').some((s) => /itself/u.test(s))).toBe(false);
  });
  it('gives a common Chinese word no concept score from frequency alone', () => {
    const text = '进程很多。进程很快。进程退出。进程启动。进程结束。\n';
    const stat = extractCandidates([note(text)], []).find((c) => c.surface === '进程' && c.signal === 'statistical');
    expect(stat?.score ?? 0).toBeLessThan(0.5);
  });
});

describe('versions of one name', () => {
  const versioned = (text: string) => extractCandidates([note(text)], []).filter((c) => c.provenance.excerpt.startsWith('enumeration: versions of')).map((c) => c.surface);
  it('names each version when the vault writes two or more (Zorp 1.2, Zorp 1.3)', () => {
    expect(versioned('Zorp 1.2 needs two round trips. Zorp 1.3 needs one.\n')).toEqual(['Zorp 1.2', 'Zorp 1.3']);
  });
  it('leaves a lone version, and a version read as a point in time (Frob 4.0; since Quux 4.5, 从 Quux 2.6 起)', () => {
    expect(versioned('Frob 4.0 gives roughly 25 GB/s.\n')).toEqual([]);
    expect(versioned('Stable since Quux 4.5. 从 Quux 2.6 起进入主线。\n')).toEqual([]);
  });
});
