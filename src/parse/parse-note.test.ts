import { describe, expect, it } from 'vitest';
import { makeNoteId } from '../slug.js';
import { matchOutlineLine } from './outline.js';
import { parseNote } from './parse-note.js';

const parse = (text: string, path = 'n.md', fileExists?: (p: string) => boolean) =>
  parseNote({ id: makeNoteId('n'), path, absPath: '', text, hash: '' }, { fileExists });

describe('outline lines', () => {
  it.each([
    ['1 虚拟化', '1', '虚拟化'],
    ['1.2.1全虚拟化架构', '1.2.1', '全虚拟化架构'],
    ['2.3 Docker特点', '2.3', 'Docker特点'],
    ['3.2. Docker镜像', '3.2', 'Docker镜像'],
  ])('%s is a section', (line, number, title) => {
    expect(matchOutlineLine(line)).toEqual({ number, title });
  });

  it.each(['2023年发布了新版本', '1 个容器可以运行多个进程。', '12345', '1.5', '3 apples, 2 pears,'])('%s is prose', (line) => {
    expect(matchOutlineLine(line)).toBeUndefined();
  });

  it('nests numbered sections and gives them anchors', () => {
    const note = parse('1 虚拟化\n\n正文。\n\n1.1 什么是虚拟化\n\n说明。\n\n1.2.1全虚拟化架构\n\n更多。\n\n2 容器\n');
    expect(note.sections.map((s) => [s.number, s.title, s.depth, s.parent])).toEqual([
      ['1', '虚拟化', 1, undefined],
      ['1.1', '什么是虚拟化', 2, 0],
      ['1.2.1', '全虚拟化架构', 3, 0],
      ['2', '容器', 1, undefined],
    ]);
    expect(note.sections[2].anchor).toBe('1-2-1-全虚拟化架构');
    expect(note.blocks.find((b) => b.text === '更多。')!.section).toBe(2);
  });

  it('opens sections at Chinese outline lines (一、 and （一）), under the note title when there is one', () => {
    const note = parse('# 消息队列\n\n一、为什么用\n\n解耦。\n\n（一）削峰\n\n说明。\n\n二、产品对比\n\n表格。\n');
    expect(note.sections.map((s) => [s.number, s.title, s.depth, s.parent])).toEqual([
      [undefined, '消息队列', 1, undefined],
      ['一', '为什么用', 2, 0],
      ['（一）', '削峰', 3, 1],
      ['二', '产品对比', 2, 0],
    ]);
    expect(note.blocks.find((b) => b.text === '说明。')!.section).toBe(2);
    const untitled = parse('一、现象\n\n正文。\n\n二、对策\n');
    expect(untitled.sections.map((s) => [s.title, s.depth, s.parent])).toEqual([
      ['现象', 1, undefined],
      ['对策', 1, undefined],
    ]);
    // Prose that starts with a numeral list stays prose.
    expect(parse('一、二、三都是数字。\n').sections).toEqual([]);
  });
});

describe('frontmatter', () => {
  it('reads title, tags, keywords, aliases and the lines they are on', () => {
    const note = parse('---\ntitle: 简介\nauthor: 某人\ntags:\n  - docker\nkeywords: [容器, 镜像]\naliases: K8s\ndate: 2023-05-09\n---\n正文\n');
    expect(note.title).toBe('简介');
    expect(note.titleSource).toBe('frontmatter');
    expect(note.frontmatter).toMatchObject({ author: '某人', tags: ['docker'], keywords: ['容器', '镜像'], aliases: ['K8s'], date: '2023-05-09' });
    expect(note.frontmatter.lines).toMatchObject({ title: 2, tags: 4, keywords: 6 });
  });

  it('maps a YAML error to the line and column in the file and keeps the body', () => {
    const note = parse('---\ntitle: ok\ntags: [a, b\nother: 1\n---\nBody survives.\n');
    const error = note.diagnostics.find((d) => d.code === 'frontmatter-invalid')!;
    expect(error.severity).toBe('error');
    expect(error.line).toBeGreaterThanOrEqual(3);
    expect(error.line).toBeLessThanOrEqual(5);
    expect(note.blocks.map((b) => b.text)).toContain('Body survives.');
  });

  it('warns about a title that is a list and falls back to the first heading', () => {
    const note = parse('---\ntitle: [a, b]\n---\n# Real title\n');
    expect(note.diagnostics.map((d) => d.code)).toContain('frontmatter-title-type');
    expect(note.title).toBe('Real title');
  });

  it('falls back to the file name', () => {
    expect(parse('just text', 'docs/我的笔记.md').title).toBe('我的笔记');
  });
});

describe('blocks and runs', () => {
  it('never offers code, inline code, link text or URLs for linking, and runs point at the exact source', () => {
    const text = 'Use `docker pull` with a [registry](https://example.com) and \\*escaped\\* text &amp; more.\n\n```\ndocker run\n```\n';
    const note = parse(text);
    const block = note.blocks[0];
    expect(block.text).toContain('docker pull');
    const linkable = block.runs.map((r) => block.text.slice(r.at, r.at + r.length)).join('|');
    expect(linkable).not.toContain('docker pull');
    expect(linkable).not.toContain('registry');
    for (const run of block.runs) {
      expect(text.slice(run.offset, run.offset + run.length)).toBe(block.text.slice(run.at, run.at + run.length));
    }
    expect(note.blocks.some((b) => b.text.includes('docker run'))).toBe(false);
  });

  it('splits wikilinks out of text, with and without labels', () => {
    const note = parse('See [[Docker 镜像]] and [[命名空间|namespaces]].');
    expect(note.wikilinks.map((w) => [w.target, w.label])).toEqual([
      ['Docker 镜像', undefined],
      ['命名空间', 'namespaces'],
    ]);
    expect(note.blocks[0].text).toBe('See Docker 镜像 and namespaces.');
  });

  it('reads a wikilink before emphasis or links can take it apart', () => {
    const note = parse('Call [[__init__]] or [[*args*|star args]], then [[a_b_c]].');
    expect(note.wikilinks.map((w) => [w.target, w.label, w.column])).toEqual([
      ['__init__', undefined, 6],
      ['*args*', 'star args', 22],
      ['a_b_c', undefined, 49],
    ]);
    expect(note.blocks[0].text).toBe('Call __init__ or star args, then a_b_c.');
  });

  it('takes `\\|` as the label separator inside a table, and keeps a wikilink\'s text in cells and headings', () => {
    const note = parse('## 关于[[容器]]\n\n| 名称 | 说明 |\n|---|---|\n| [[命名空间\\|namespace]] | 隔离 |\n');
    expect(note.wikilinks.map((w) => [w.target, w.label, w.line])).toEqual([
      ['容器', undefined, 1],
      ['命名空间', 'namespace', 5],
    ]);
    expect(note.sections[0].title).toBe('关于容器');
    expect(note.tables[0].rows).toEqual([['namespace', '隔离']]);
  });

  it.each([
    ['a line break inside', 'See [[Docker\n镜像]] here.'],
    ['an empty target', 'See [[ ]] or [[|label]] here.'],
    ['an empty label', 'See [[Docker|]] here.'],
    ['inline code', 'See `[[Docker]]` here.'],
    ['an unclosed link', 'See [[Docker] here.'],
  ])('is not a wikilink: %s', (_, text) => {
    expect(parse(text).wikilinks).toEqual([]);
  });

  it('reads table headers and rows', () => {
    const note = parse('| 对比项 | 容器 | 虚拟机 |\n|---|---|---|\n| 启动 | 秒级 | 分钟级 |\n');
    expect(note.tables).toEqual([{ line: 1, header: ['对比项', '容器', '虚拟机'], rows: [['启动', '秒级', '分钟级']] }]);
  });

  it('reports a missing local image with its line, and trusts remote ones', () => {
    const note = parse('text\n\n![图](img/a.png) ![remote](https://example.com/b.png) ![ok](img/c.png)\n', 'sub/n.md', (p) => p === 'sub/img/c.png');
    expect(note.images.map((i) => [i.url, i.exists])).toEqual([
      ['img/a.png', false],
      ['https://example.com/b.png', true],
      ['img/c.png', true],
    ]);
    expect(note.diagnostics.filter((d) => d.code === 'image-missing').map((d) => [d.line, d.column])).toEqual([[3, 1]]);
  });
});

describe('runs after character references', () => {
  it('stay aligned after &amp; &#x4E2D; and &lt;', () => {
    const text = 'A &amp; B then 镜像 &#x4E2D; and &lt; 容器 end.\n';
    const note = parse(text);
    const block = note.blocks[0];
    expect(block.text).toBe('A & B then 镜像 中 and < 容器 end.');
    for (const run of block.runs) {
      expect(text.slice(run.offset, run.offset + run.length)).toBe(block.text.slice(run.at, run.at + run.length));
    }
    const covered = block.runs.map((r) => block.text.slice(r.at, r.at + r.length)).join('');
    expect(covered).toContain('容器 end.');
    expect(covered).toContain(' B then 镜像 ');
  });
});
