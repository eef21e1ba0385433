/**
 * Fixture tests for the rules that read Markdown marks (markup.ts, emphasis.ts) and the kind-announcing lists of
 * enumeration.ts. Made-up terms, so the patterns are tested, not words.
 */
import { describe, expect, it } from 'vitest';
import { resolveConcepts } from '../resolve/index.js';
import { extractCandidates } from './index.js';
import { markSpans } from './markup.js';
import { namingCandidates } from './naming.js';
import { note } from './testing.js';

const labels = (text: string) => resolveConcepts(extractCandidates([note(text)], [])).map((c) => c.label);
const best = (text: string, surface: string) => {
  const cs = extractCandidates([note(text)], []);
  return Math.max(0, ...cs.filter((c) => c.surface === surface).map((c) => c.score));
};

describe('marked-up spans', () => {
  it('finds strong, emphasis and code spans as ranges of the block text', () => {
    const n = note('# T\n\n- **glorp**: a thing with *zonk* inside and `frob it` too\n');
    const spans = markSpans(n).get(1)!;
    const text = n.blocks[1].text;
    expect(spans.map((s) => [s.kind, text.slice(s.start, s.end), s.listItem])).toEqual([
      ['strong', 'glorp', true],
      ['emphasis', 'zonk', true],
      ['code', 'frob it', true],
    ]);
  });
  it('has nothing to say about a note without marks', () => {
    expect(markSpans(note('plain text only\n')).size).toBe(0);
  });
});

describe('bold and emphasised terms', () => {
  it('leaves a gloss inside the marks to the parenthetical pass (**Zorpum（佐朴）**)', () => {
    const found = labels('- **Zorpum（佐朴）**：把历史梯度累积成速度；\n- **Frobum（弗罗）**：另一种做法。\n');
    expect(found.some((l) => l.includes('（'))).toBe(false);
  });
  it('takes a bold label at the start of a list item, lower case included', () => {
    const text = 'There are kinds:\n\n- **snib**: the contents of one box\n- **quarl**: a listing of snibs\n';
    expect(best(text, 'snib')).toBeGreaterThanOrEqual(0.5);
    expect(best(text, 'quarl')).toBeGreaterThanOrEqual(0.5);
  });
  it('takes a bold subject of a sentence, and a bold Chinese label', () => {
    expect(best('The **vent plane** makes global decisions.\n', 'vent plane')).toBeGreaterThanOrEqual(0.5);
    expect(best('- **甲乙模块**：负责转发请求。\n', '甲乙模块')).toBeGreaterThanOrEqual(0.5);
  });
  it('keeps bold words in passing weak, and never takes stressed function words or sentences', () => {
    expect(best('You should keep the **frobnix** somewhere safe.\n', 'frobnix')).toBeLessThan(0.5);
    expect(best('A runtime is **not** a monitor.\n', 'not')).toBe(0);
    expect(best('Please **do not run this on a server**.\n', 'do not run this on a server')).toBe(0);
  });
  it('takes a marked coined name or two-word noun phrase in passing as introduced, not a stressed word', () => {
    expect(best('Fired alerts go to **Zorpmanager**, which groups them.\n', 'Zorpmanager')).toBeGreaterThanOrEqual(0.5);
    expect(best('Variants such as **QM25F** weigh fields.\n', 'QM25F')).toBeGreaterThanOrEqual(0.5);
    expect(best('The line is marked with a **frob bit** and written back later.\n', 'frob bit')).toBeGreaterThanOrEqual(0.5);
    expect(best('The values are **fully checked** before use.\n', 'fully checked')).toBeLessThan(0.5);
    expect(best('The service is **highly frobbable** by design.\n', 'highly frobbable')).toBeLessThan(0.5);
    expect(best('The values are **checked** before use.\n', 'checked')).toBeLessThan(0.5);
  });
});

describe('commands in code', () => {
  it('takes a two-word command that is the subject of a verb', () => {
    expect(best('`zap pull` downloads new blobs and updates the heads.\n', 'zap pull')).toBeGreaterThanOrEqual(0.5);
    expect(best('From time to time `zap gc` gathers them.\n', 'zap gc')).toBeGreaterThanOrEqual(0.5);
    expect(best('- `zap undo` discards changes in the tree.\n', 'zap undo')).toBeGreaterThanOrEqual(0.5);
    expect(best('`zap grab` 把远端的对象取回本地。\n', 'zap grab')).toBeGreaterThanOrEqual(0.5);
  });
  it('does not take commands used as examples, with options, or not explained', () => {
    expect(best('Whenever you run `zap pull` or `zap push`, the client talks.\n', 'zap pull')).toBe(0);
    expect(best('`zap log --all` shows everything.\n', 'zap log --all')).toBe(0);
    expect(best('Images built with `zap build` keep working.\n', 'zap build')).toBe(0);
  });
  it('takes the noun phrase a command in brackets carries out', () => {
    expect(best('An eager squash (`zap squash -e`) also lets you reorder.\n', 'eager squash')).toBeGreaterThanOrEqual(0.5);
  });
  it('leaves the phrase before an expression or a sample line in brackets: an instance, not what carries it out', () => {
    expect(best('Patterns can have zorp guards (`Some(n) if n > 0`) too.\n', 'zorp guards')).toBe(0);
    expect(best('It counts into frob buckets (`_bucket{le="0.5"}`) plus a sum.\n', 'frob buckets')).toBe(0);
    expect(best('Plain zorp lines (`ERROR failed to charge card for order 1234`) are hard to query.\n', 'Plain zorp lines')).toBe(0);
    expect(best('The frob file (`build.zorp`) holds the rules.\n', 'frob file')).toBeGreaterThanOrEqual(0.5);
  });
  it('takes the phrase before a call without arguments or a flag with its value: they name what they gloss', () => {
    expect(best('The zorp hook (`useZorp()`) keeps the state.\n', 'zorp hook')).toBeGreaterThanOrEqual(0.5);
    expect(best('The heap limit (`--max-frob-size=4096`) caps the memory.\n', 'heap limit')).toBeGreaterThanOrEqual(0.5);
  });
  it('takes exactly the marked name after a naming cue', () => {
    expect(namingCandidates(note('`zap clone` sets up one called `upstreamy` automatically.\n'), undefined, undefined).map((c) => c.surface)).toEqual(['upstreamy automatically']);
    const n = note('`zap clone` sets up one called `upstreamy` automatically.\n');
    expect(namingCandidates(n, undefined, markSpans(n)).map((c) => c.surface)).toEqual(['upstreamy']);
  });
});

describe('lists announced as the members of a kind', () => {
  it('takes every item, whatever its shape, and the kind when it is named', () => {
    const text = '进程之间需要借助甲乙机制，常见的有水管、信箱、黑板和暗号。\n';
    for (const s of ['水管', '信箱', '黑板']) expect(best(text, s), s).toBeGreaterThanOrEqual(0.5);
    const named = '常见的叶片交换算法有：甲法、乙法、轮盘法。\n';
    expect(best(named, '叶片交换算法')).toBeGreaterThanOrEqual(0.5);
    expect(best(named, '甲法')).toBeGreaterThanOrEqual(0.5);
  });
  it('does not take a generic kind (产品, 类型)', () => {
    expect(best('常见的产品有：甲盒、乙盒、丙盒。\n', '产品')).toBe(0);
  });
});

describe('Chinese terms before a translation', () => {
  const paren = (text: string) => extractCandidates([note(text)], []).filter((c) => c.signal === 'parenthetical').map((c) => [c.surface, c.aliases.map((a) => a.text)]);
  it('takes the whole run of Han characters when the walk back stops inside the term', () => {
    expect(paren('现在通行的写法是甲类别域间路段（Gapless Inter-Zone Pathing，GIZP），例如某个前缀。\n')).toEqual([['甲类别域间路段', ['Gapless Inter-Zone Pathing', 'GIZP']]]);
  });
  it('takes a term jieba splits apart, and one character after 的 with a one-word translation', () => {
    expect(paren('把内存切成同样大小的页框（page frame），再编号。\n')).toEqual([['页框', ['page frame']]]);
    expect(paren('把空间切成固定大小的页（page），再编号。\n')).toEqual([['页', ['page']]]);
  });
  it('takes the run before a lone abbreviation when the walk back finds nothing, as long as the abbreviation allows', () => {
    expect(paren('ZLS 的前身是安全套接层（SSL），如今已被弃用。\n')).toEqual([['安全套接层', ['SSL']]]);
    expect(paren('我们今天上午开会时使用安全套接层（SL）。\n')).toEqual([]);
  });
  it('keeps a Latin word before the term when the translation spells it out or repeats it', () => {
    expect(paren('QRX 参考图式（Quiet Rapid Xchange Reference Schema）是一个模型。\n')).toEqual([['QRX 参考图式', ['Quiet Rapid Xchange Reference Schema']]]);
    expect(paren('这就是 frob 监牢（frob cell）。\n')).toEqual([['frob 监牢', ['frob cell']]]);
    expect(paren('这就是 Zork 镜像（image）。\n')[0][0]).not.toContain('Zork');
  });
});

describe('the kind an English list names', () => {
  it('takes one noun after an article before such as, unless it is generic', () => {
    expect(best('Most teams host their code on a zorge such as Blipper, Blopper or Blupper.\n', 'zorge')).toBeGreaterThanOrEqual(0.5);
    expect(best('Most teams use a tool such as Blipper, Blopper or Blupper.\n', 'tool')).toBe(0);
  });
  it('takes the subject of include(s) as the kind', () => {
    expect(best('Common twirling flows include Zap Flow, Zip Flow and trunk-bound dancing.\n', 'twirling flows')).toBeGreaterThanOrEqual(0.5);
  });
});

describe('Chinese naming and definitions', () => {
  const named = (text: string) => namingCandidates(note(text)).map((c) => c.surface);
  it('takes the name after a comma and 即 only when it ends the sentence', () => {
    expect(named('长任务可能一直轮不到，即饿晕。\n')).toEqual(['饿晕']);
    expect(named('这些请求合并成一个，即每个连接只发一次。\n')).toEqual([]);
    expect(named('写完之后，即可提交。\n')).toEqual([]);
  });
  it('takes a Latin name owned by something as the subject of a strong copula, after an adverb', () => {
    expect(best('Zed 语言的 zoroutine 就是一种用户态纤程，数量很多。\n', 'zoroutine')).toBeGreaterThanOrEqual(0.5);
    expect(best('容器里第一个进程的 ZID 是 1。\n', 'ZID')).toBeLessThan(0.5);
  });
});

describe('English heading terms used again in prose', () => {
  it('are corroborated by the prose, in either number', () => {
    expect(labels('# Notes\n\n## Wobble levels\n\nThe standard defines weaker wobble level for speed.\n')).toContain('wobble levels'); // labelled as the prose writes it
  });
  it('include an outline head typed without # (a short line of its own over a list)', () => {
    const text = '# Notes\n\nzorper\n- chars in, zorps out\n- comments get dropped\n\nThe zorper then hands its zorps on.\n';
    expect(labels(text)).toContain('zorper');
    expect(labels('# Notes\n\nzorper\n- chars in, zorps out\n')).not.toContain('zorper');
  });
  it('need the whole words: a heading term inside a longer word is not used again', () => {
    expect(labels('# Notes\n\n## Wobble\n\nThe wobbles-free design and wobbler parts.\n')).not.toContain('Wobble');
  });
});

describe('parallel subjects', () => {
  it('takes English clause subjects that share a head under different modifiers in one paragraph', () => {
    const text = 'Eager blorping waits for a peer before confirming; lazy blorping answers first. Zonal slicing keeps keys together. Ring slicing spreads keys evenly.\n';
    for (const s of ['eager blorping', 'lazy blorping', 'zonal slicing', 'ring slicing']) expect(best(text, s), s).toBeGreaterThanOrEqual(0.5);
  });
  it('takes another subject of the same shape in such a paragraph as a weak sibling under another head', () => {
    const text = 'Zonal slicing keeps keys together. Ring slicing spreads keys evenly. Steady hashing limits how many keys move.\n';
    expect(best(text, 'steady hashing')).toBe(0.45);
    expect(best('Zonal slicing keeps keys together. Steady hashing limits how many keys move.\n', 'steady hashing')).toBe(0);
  });
  it('needs two modifiers, a verb after the subject, and no function word as modifier', () => {
    expect(best('Eager blorping waits for a peer.\n', 'eager blorping')).toBeLessThan(0.5);
    expect(best('Eager blorping and lazy blorping.\n', 'eager blorping')).toBeLessThan(0.5);
    expect(best('Every lookup walks down. Each lookup returns.\n', 'every lookup')).toBe(0);
  });
});

describe('English definitions by shape', () => {
  it('takes the subject of `X happens/occurs/arises when …`', () => {
    expect(best('A lockjam happens when two jobs wait for each other.\n', 'lockjam')).toBeGreaterThanOrEqual(0.5);
    expect(best('Clashes arise when both sides changed the same lines.\n', 'Clashes')).toBeGreaterThanOrEqual(0.5);
    expect(best('This happens when the disk is full.\n', 'This')).toBe(0);
  });
  it('does not take a word about the argument as a subject', () => {
    expect(best('The result is a blend commit with two parents.\n', 'result')).toBe(0);
  });
  it('expands an abbreviation of the modifiers before a spelled-out head', () => {
    const cs = extractCandidates([note('A log-shaped fold tree (LSF tree) never overwrites data.\n')], []).filter((c) => c.signal === 'parenthetical');
    expect(cs.map((c) => [c.surface, c.aliases.map((a) => a.text)])).toEqual([['log-shaped fold tree', ['LSF tree']]]);
  });
});

describe('Chinese parallel subjects', () => {
  it('takes clause openings with one head under different modifiers when the clauses go on with the same word', () => {
    const text = '不同场合看重的不一样：甲批系统关心吞吐，乙交系统关心延迟，丙实系统则要求准时。\n';
    for (const s of ['甲批系统', '乙交系统', '丙实系统']) expect(best(text, s), s).toBeGreaterThanOrEqual(0.5);
  });
  it('does not end an item in an adverb or adjective of the predicate (重排一定, 偏差高)', () => {
    expect(best('重排一定会触发重绘，重绘不一定会触发重排。\n', '重排一定')).toBe(0);
    expect(best('偏差高对应欠拟合，方差高对应过拟合。\n', '偏差高')).toBe(0);
  });
  it('does not take a shared verb as the head, nor clauses that only share characters', () => {
    expect(best('虚拟机虚拟的是硬件，容器虚拟的是系统。\n', '容器虚拟')).toBe(0);
    expect(best('甲端发送请求，乙端回复确认，甲端再回复结束。\n', '乙端回复')).toBe(0);
  });
});

describe('what a named thing belongs to', () => {
  it('takes the kind after 属于 when it fills its clause', () => {
    const text = '常见的协议有：ZRP、QRP。其中 ZRP 属于链态选路协议，QRP 属于矢距选路协议。\n';
    expect(best(text, '链态选路协议')).toBeGreaterThanOrEqual(0.5);
    expect(best(text, '矢距选路协议')).toBeGreaterThanOrEqual(0.5);
  });
  it('not a phrase with a determiner or a possessive, nor after a bare pronoun', () => {
    expect(best('证明某个公钥确实属于某个域名。\n', '某个域名')).toBe(0);
    expect(best('内核仍然在属于自己的环上运行。\n', '自己的环上运行')).toBe(0);
    expect(best('它属于甲乙协议。\n', '甲乙协议')).toBe(0);
  });
});

describe('an abbreviation introducing what follows', () => {
  it('is a term when it closes its paragraph with a colon', () => {
    expect(best('The guarantees are summed up as QUUX:\n\n1. Quick: fast.\n2. Ugly: not pretty.\n', 'QUUX')).toBeGreaterThanOrEqual(0.5);
  });
  it('not in the middle of a paragraph, and not a capitalised word', () => {
    expect(best('The QUUX: a thing we use daily.\n', 'QUUX')).toBeLessThan(0.5);
    expect(best('The guarantees are summed up as Quux:\n\n- a\n- b\n', 'Quux')).toBeLessThan(0.5);
  });
});

describe('a definite description in brackets', () => {
  const paren = (text: string) => extractCandidates([note(text)], []).filter((c) => c.signal === 'parenthetical').map((c) => [c.surface, c.aliases.map((a) => a.text), c.score]);
  it('names the noun phrase before it', () => {
    expect(paren('The tool looks for their blend base (the best shared elder) and goes on.\n')).toEqual([['blend base', ['best shared elder'], 0.6]]);
  });
  it('not an explanation with function words, nor without an article', () => {
    expect(paren('The parts are zapserver (the front door for every request) and more.\n')).toEqual([]);
    // Without an article the gloss is no alias; the phrase it explains is only weak evidence (explainedPhrase).
    expect(paren('They look for their blend base (best shared elder) first.\n')).toEqual([['blend base', [], 0.45]]);
  });
});

describe('marked Chinese compounds that end in a verb', () => {
  it('takes a bold method name ending in a verb (拼写纠错, 多路召回), weaker in passing than introduced', () => {
    const intro = extractCandidates([note('- **拼写纠错**：把用户写错的词改过来。\n')], []);
    expect(intro.find((c) => c.surface === '拼写纠错' && c.signal === 'definition')?.score).toBe(0.5);
    const passing = extractCandidates([note('线上系统一般都是**多路召回**，每一路负责一种理由。\n')], []);
    expect(passing.find((c) => c.surface === '多路召回' && c.signal === 'definition')?.score).toBe(0.35);
    const stress = extractCandidates([note('提交之前**一定要先测试**，不然会出问题。\n')], []);
    expect(stress.find((c) => c.surface === '一定要先测试')).toBeUndefined();
  });
});

describe('a marked term glossed right after the mark', () => {
  const score = (text: string, surface: string) => extractCandidates([note(text)], []).find((c) => c.surface === surface && c.signal === 'definition')?.score;
  it('takes `**X** (gloss)` as introduced, not in passing', () => {
    expect(score('Search then needs **ZNN** (approximate nearest zorp) to stay fast.\n', 'ZNN')).toBe(0.5);
    expect(score('线上要用 **Zorpiss**（某公司开源）或者别的库。\n', 'Zorpiss')).toBe(0.5);
    expect(score('Then a **frob ladder** (a class with methods like `aZorp()`) builds it.\n', 'frob ladder')).toBe(0.5);
  });
  it('leaves a stressed word before an aside clause in passing', () => {
    expect(score('然后把整个队列**清空**（里面新产生的任务，也在这一轮跑完）。\n', '清空')).not.toBe(0.5);
  });
});

describe('a marked verb opening a list item', () => {
  it('is an instruction, not a term, when an article follows it (`**zorp** the branch`)', () => {
    expect(best('Fixes:\n\n1. **zorp** the branch and flush the rest\n2. **frob** a copy first\n', 'zorp')).toBe(0);
    expect(best('Fixes:\n\n1. **zorp** the branch and flush the rest\n2. **frob** a copy first\n', 'frob')).toBe(0);
  });
  it('still introduces a term followed by its verb or a colon', () => {
    expect(best('Parts:\n\n1. **zorp**: the branch part\n2. **frob** keeps a copy\n', 'zorp')).toBeGreaterThanOrEqual(0.5);
    expect(best('Parts:\n\n1. **zorp**: the branch part\n2. **frob** keeps a copy\n', 'frob')).toBeGreaterThanOrEqual(0.5);
  });
});

describe('a marked phrase with of', () => {
  const marked = (text: string) => extractCandidates([note(text)], []).filter((c) => c.provenance.excerpt.startsWith('emphasis:') || c.signal === 'definition').map((c) => c.surface);
  it('is a term shape (**zorpality of reference**)', () => {
    expect(marked('It only works because programs have **zorpality of reference**: most accesses repeat.\n')).toContain('zorpality of reference');
  });
  it('is not when other function words come with it (**most of the time**)', () => {
    expect(marked('It works **most of the time**: most accesses repeat.\n')).not.toContain('most of the time');
  });
});

describe('a marked name joined by en dashes or spelled with accents', () => {
  it('is a term shape (**Zorp–Frob–Quux**, **Mölle–Zorp**)', () => {
    const found = extractCandidates([note('We agreed to use **Zorp–Frob–Quux** (ZFQ) everywhere.\n\n**Mölle–Zorp**: the standard method.\n')], []).map((c) => c.surface);
    expect(found).toEqual(expect.arrayContaining(['Zorp–Frob–Quux', 'Mölle–Zorp']));
  });
});
