/** Bugs of the list rules found in the seventh round: names with dots, parenthesised lists, label lines. */
import { describe, expect, it } from 'vitest';
import { latinListItems, mayBeLatinList } from './enumeration.js';
import { extractCandidates } from './index.js';
import { note } from './testing.js';

const best = (cs: ReturnType<typeof extractCandidates>, surface: string) => Math.max(0, ...cs.filter((c) => c.surface === surface).map((c) => c.score));
/** The score a list gave (the enumeration candidates only). */
const listed = (cs: ReturnType<typeof extractCandidates>, surface: string) => Math.max(0, ...cs.filter((c) => c.surface === surface && c.provenance.excerpt.startsWith('enumeration:')).map((c) => c.score));
const run = (text: string) => extractCandidates([note(text)], []);

describe('English lists after a cue', () => {
  it('does not end the list at a dot inside a name (zorptest.mock, Quux.JS)', () => {
    const cs = run('Frameworks make doubles at runtime, such as Zorpito (Java), zorptest.mock (Python) and Quux.JS (JavaScript). Frob has its own.\n');
    for (const s of ['Zorpito', 'zorptest.mock', 'Quux.JS']) expect(best(cs, s), s).toBe(0.5);
  });
  it('does not cut an item at a colon inside it (a host and port is no name)', () => {
    const cs = run('A registry is the whole service, for example `zorp.io` or `reg.zorp.com:5000`.\n');
    expect(best(cs, 'zorp.io')).toBe(0);
  });
  it('does not list the things a topic is likened to after like (languages like Zorpure, Quuxel and Frobell)', () => {
    const cs = run('Languages like Zorpure, Quuxel and Frobell make all data immutable by default.\n');
    for (const s of ['Zorpure', 'Quuxel', 'Frobell']) expect(listed(cs, s), s).toBe(0);
    const such = run('Languages such as Zorpure, Quuxel and Frobell make all data immutable by default.\n');
    for (const s of ['Zorpure', 'Quuxel', 'Frobell']) expect(listed(such, s), s).toBe(0.5);
  });
});

describe('Chinese lists with glosses', () => {
  it('reads the first item of a Latin list without its gloss (Zorp Byte（ZB）、QuuxDelta、Frob Bitmap)', () => {
    const cs = run('常用的压缩方法有：Zorp Byte（ZB）、QuuxDelta、Frob Bitmap。\n');
    for (const s of ['Zorp Byte', 'QuuxDelta', 'Frob Bitmap']) expect(listed(cs, s), s).toBe(0.5);
  });
  it('does not end a list at a comma inside a gloss', () => {
    const cs = run('检索之前先处理一遍，常见的有：分词、拼写纠错、查询改写（同义词扩展，比如"甲"→"乙"）、意图识别（用户想买还是想查）。\n');
    for (const s of ['拼写纠错', '查询改写', '意图识别']) expect(best(cs, s), s).toBe(0.5);
  });
});

describe('announced Chinese lists of Latin names', () => {
  it('takes lower-case names when half the items are name-shaped and a lead-in announces them', () => {
    const cs = run('常见的切词工具有：zorpa、QuuxLP、Frob Analyzer、wexseg。\n');
    for (const s of ['zorpa', 'wexseg']) expect(listed(cs, s), s).toBe(0.5);
    const words = run('常见的控制器有 cpu、memory、io、Pids 等。\n');
    expect(listed(words, 'memory')).toBeLessThan(0.5);
  });
});

describe('letter codes of a grid of cases', () => {
  it('does not list two-letter codes spelled from a few letters (cells of cases), lists codes of their own', () => {
    const grid = run('桔表先画一张四格表，分成四格：XQ、ZQ、XW、ZW，下面的比例都从这四个数算出来。\n');
    for (const s of ['XQ', 'ZQ', 'XW', 'ZW']) expect(listed(grid, s), s).toBe(0);
    const turns = run('失衡时分 PP、QQ、PQ、QP 四种情况做单旋或双旋。\n');
    for (const s of ['PP', 'QQ', 'PQ']) expect(listed(turns, s), s).toBe(0);
    const names = run('常见的路由协议有：ZIP、QSPF、BXP。\n');
    for (const s of ['ZIP', 'QSPF', 'BXP']) expect(listed(names, s), s).toBe(0.5);
  });
  it('lists two-letter codes that share letters but form no grid (three first letters)', () => {
    const kinds = run('常见的形态有：QR、VR、MR，各自的设备不同。\n');
    for (const s of ['QR', 'VR', 'MR']) expect(listed(kinds, s), s).toBe(0.5);
  });
});

describe('a parenthesis listing names', () => {
  it('takes the one-word names listed in parentheses after a noun phrase', () => {
    const cs = run('Zorping (ZFL, libZorper) is usually coverage-guided.\n\nA tool instruments the code (frob.py, JaCoFro, Quux/nyc) while it runs.\n');
    for (const s of ['ZFL', 'libZorper', 'frob.py', 'JaCoFro']) expect(listed(cs, s), s).toBe(0.5);
    expect(listed(cs, 'Quux/nyc')).toBe(0);
  });
  it('leaves lists annotating a clause, plain capitalised words and short identifiers alone', () => {
    const cs = run('Types are checked while running (Zython, QuuxScript, Ruby).\n\nEach alternative (Circle, Rect, Triangle) is a constructor.\n\nA fresh name (`x1`, `x2`) is made.\n');
    for (const s of ['Zython', 'QuuxScript', 'Circle', 'x1']) expect(listed(cs, s), s).toBe(0);
  });
});

describe('a label line listing names', () => {
  it('takes `Tools: A (x), b (y), C (z).` as a list of names', () => {
    const cs = run('Mutants are small changes to the program. Tools: ZIT (Java), frobmut (Python), Quuxer (JS). Slow, but honest.\n');
    for (const s of ['ZIT', 'frobmut', 'Quuxer']) expect(listed(cs, s), s).toBe(0.5);
  });
  it('leaves phrases after a label alone (fixes: a token, SameZite cookies, check Origin)', () => {
    const cs = run('fixes: CSRF token, SameZite cookies, check `Origin`.\n');
    for (const s of ['SameZite cookies', 'check Origin']) expect(listed(cs, s), s).toBe(0);
  });
});

describe('boundaries of list items and subjects', () => {
  it('takes no item holding an arrow (按 key 排序、合并 → 写出词表和索引)', () => {
    const cs = run('流程：读入文档、切词、按 key 排序、合并 → 写出词表和索引。\n');
    expect(cs.some((c) => c.surface.includes('→'))).toBe(false);
  });
  it('takes no indefinite pronoun as a subject or a marked term (Everything is a trade-off)', () => {
    const cs = run('The cache is small. Everything is a trade-off. The front end has to fetch *something* every cycle.\n');
    expect(cs.some((c) => /^(?:everything|something)$/iu.test(c.surface) && c.score >= 0.4)).toBe(false);
  });
});

describe('the last item of a Chinese list', () => {
  it('ends before a demonstrative that names the kind (甲、乙、丙这类特征)', () => {
    const cs = run('注册时会填：年龄、性别、地域这类人口统计学特征，先按人群推荐。\n');
    expect(cs.some((c) => c.surface.includes('这类'))).toBe(false);
  });
});

describe('the first item of a Chinese list', () => {
  it('drops the sentence verb jieba reads before a noun when the other items are bare nouns (考虑亮度、对比度和结构)', () => {
    const cs = run('- 这个指标同时考虑亮度、对比度和结构，比老办法更接近主观感受。\n');
    expect(listed(cs, '亮度')).toBeGreaterThan(0);
    expect(listed(cs, '考虑亮度')).toBe(0);
  });
  it('keeps a first item whose siblings hold a verb too (训练集、验证集和测试集)', () => {
    const cs = run('数据要分成训练集、验证集和测试集三份。\n');
    expect(listed(cs, '训练集')).toBeGreaterThan(0);
  });
});

describe('lists after a label or lead, whatever the separator', () => {
  it('reads a label, a dash and names with glosses and `X for Y` items', () => {
    const cs = run('# Tools\n\nIntro text.\n\n- *zorp packagers* — zorp, Quux, frobm (JS), wexl (Py), Blarg and Drumly for the VM, Go bundles\n');
    for (const s of ['zorp', 'Quux', 'frobm', 'wexl', 'Blarg', 'Drumly', 'Go bundles']) expect(listed(cs, s), s).toBe(0.5);
  });
  it('reads a clause, a colon and names, some after an article or as file names', () => {
    const cs = run('A hub serves the packages: the zorp hub, QuuxHub for Quux, frob.io for Frob.\n\nThe lock is kept in a file: zorp-lock.json, quux.lock, Frob.lock.\n');
    for (const s of ['zorp hub', 'QuuxHub', 'frob.io', 'zorp-lock.json', 'quux.lock', 'Frob.lock']) expect(listed(cs, s), s).toBe(0.5);
  });
  it('leaves steps (a verb before a name) and the words of an acronym alone', () => {
    const steps = run('Plan: keep Zorp for the libraries, try Quux on the monolith.\n');
    expect(listed(steps, 'keep Zorp')).toBe(0);
    const acronym = run('The ZAP method, for queues: Zeal, Ardour, Pace.\n');
    for (const s of ['Zeal', 'Ardour', 'Pace']) expect(listed(acronym, s), s).toBe(0);
  });
});

describe('Chinese lists of Latin names that run on into the sentence', () => {
  it('ends the last item at its name: after a 的 modifier, or before a space and a verb', () => {
    const cs = run('无损压缩：解压后一致。ZPNG、QGIF、无损模式的 FrobP 都属于这一类。\n\n最容易搞混的一点：ZMP4、QMKV（Quuxroska）、FrobM 是容器格式，只负责打包。\n');
    for (const s of ['ZPNG', 'QGIF', 'FrobP', 'ZMP4', 'QMKV', 'FrobM']) expect(listed(cs, s), s).toBe(0.5);
  });
  it('leaves a name glued to a noun, or followed by a demonstrative or a count, to the other rules', () => {
    expect(listed(run('引入了 ZorpVZ、Quux Zones以及Frob容器。\n'), 'Frob')).toBe(0);
    expect(listed(run('其中 ZRUN、QCOPY、FADD 这类改动文件的指令都会产生层。\n'), 'FADD')).toBe(0);
    expect(listed(run('变成 ZorpCommit、QuuxCommit、FrobCommit 三个阶段。\n'), 'FrobCommit')).toBe(0);
  });
});

describe('label lines', () => {
  it('reads a Latin letter before a Han head jieba tags as a measure word as a label (Q 帧)', () => {
    const cs = run('# 类型\n\n- Q 帧：只用本帧的数据，可以独立解码。\n- W 帧：参考前面的帧做预测。\n');
    for (const s of ['Q 帧', 'W 帧']) expect(best(cs, s), s).toBe(0.5);
  });
});

describe('Chinese list items that are clauses', () => {
  it('drops a counted list of clauses (an adverb, a locative before a verb, a preposition before a verb)', () => {
    const cs = run('模数转换分两步：时间上离散化和幅度上离散化。\n\n手续费有两个作用：防止死循环，以及给验证者报酬。\n');
    expect(listed(cs, '时间上离散化')).toBe(0);
    expect(listed(cs, '给验证者报酬')).toBe(0);
  });
  it('drops a clause item from a list and keeps names with an opening adverb or a one-character conjunction', () => {
    const cs = run('死锁的条件包括互斥条件、占有并等待、循环等待和不可抢占。\n\n拥塞控制包括慢启动、快速重传、快速恢复和拥塞避免。\n\n再把字面量、长度、距离分别做熵编码。\n');
    expect(listed(cs, '占有并等待')).toBeGreaterThan(0);
    expect(listed(cs, '快速重传')).toBeGreaterThan(0);
    expect(listed(cs, '距离分别做熵编码')).toBe(0);
  });
});

describe('Latin names after a one-word cue in Chinese prose', () => {
  it('the quick test never rejects what the full test reads as a list (random texts of names, separators, 等 and Han words)', () => {
    const pieces = ['Zorpit', 'Quux Bar', 'frob-kit', 'X9', ' ', '、', '和', '与', '及', '以及', '或', '或者', '等', '等等', '之类', 'etc.', '很多', '者', '以', '（', '）', '"', '*'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    let lists = 0;
    for (let n = 0; n < 20000; n++) {
      let rest = '';
      for (let k = 1 + Math.floor(next() * 8); k > 0; k--) rest += pieces[Math.floor(next() * pieces.length)];
      if (latinListItems(rest)) {
        lists++;
        expect(mayBeLatinList(rest, 0), rest).toBe(true);
      }
    }
    expect(lists).toBeGreaterThan(100);
  });
  it('rejects at once a rest that holds another Han word (the 1 MB line of 镜像 … that made the reader quadratic)', () => {
    expect(mayBeLatinList(' 虚拟化 virtualization 镜像', 0)).toBe(false);
    expect(mayBeLatinList(' Zorpit、Quuxer 以及 FrobKit 或者 BlorpX 等', 0)).toBe(true);
  });
});
