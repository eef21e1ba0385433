/** Rules of the statistical pass (statistical.ts) that the fixture tests of rules.test.ts do not cover. */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from './index.js';
import { note } from './testing.js';

const best = (cs: ReturnType<typeof extractCandidates>, surface: string) => Math.max(0, ...cs.filter((c) => c.surface === surface).map((c) => c.score));

describe('a verb modifying a noun (守护|进程)', () => {
  it('takes a compound opening with a verb bound to it: most of the verb’s uses', () => {
    const cs = extractCandidates([note('客户端向守护进程发出请求。守护进程完成所有工作。远程的守护进程也可以。\n')], []);
    expect(best(cs, '守护进程')).toBeGreaterThanOrEqual(0.5);
  });
  it('counts the verb + noun wherever it stands in a run (Docker|守护|进程, 守护|进程|发出请求)', () => {
    const text = '客户端向服务器或者守护进程发出请求，守护进程将完成工作。可以运行Docker守护进程和客户端，也可以连接远程Docker守护进程。\n';
    const cs = extractCandidates([note(text)], []);
    expect(best(cs, '守护进程')).toBeGreaterThanOrEqual(0.5);
  });
  it('leaves a verb and one of its many objects out (访问内存, 访问磁盘, 访问网络)', () => {
    const cs = extractCandidates([note('程序要访问内存。每次访问内存都很慢。也会访问磁盘，访问网络，访问文件。\n')], []);
    expect(best(cs, '访问内存')).toBe(0);
  });
  it('leaves a verb among the commonest of general Chinese out though the vault uses it with one object (决定进程)', () => {
    const cs = extractCandidates([note('命名空间决定进程能看到什么。控制组决定进程能用多少。\n')], []);
    expect(best(cs, '决定进程')).toBe(0);
  });
});

describe('a compound written only before 的', () => {
  it('drops a span that only ever modifies the noun after it (面向服务的架构)', () => {
    const text = '鼓励使用面向服务的架构。Docker还鼓励面向服务的体系结构。\n\n服务网格很常见。服务网格让部署简单，服务网格也管流量。\n';
    const cs = extractCandidates([note(text)], []);
    expect(best(cs, '面向服务')).toBe(0);
    expect(best(cs, '服务网格')).toBeGreaterThanOrEqual(0.5);
  });
});

describe('a rare word jieba tags as an adjective', () => {
  it('counts it as the noun of a compound (空间|冗余): general Chinese hardly uses it', () => {
    const cs = extractCandidates([note('空间冗余是相邻像素很接近。去掉空间冗余。预测只能去掉空间冗余的一部分。\n')], []);
    expect(best(cs, '空间冗余')).toBeGreaterThanOrEqual(0.5);
  });
  it('leaves a common adjective out of a compound (空间|简单)', () => {
    const cs = extractCandidates([note('这个空间简单。那个空间简单。空间简单就好。\n')], []);
    expect(best(cs, '空间简单')).toBe(0);
  });
});

describe('a verb before a compound', () => {
  it('is not counted with it: the verb modifies one noun, not a compound (去掉|空间冗余)', () => {
    const cs = extractCandidates([note('空间冗余是相邻像素很接近。去掉空间冗余。预测只能去掉空间冗余的一部分。\n')], []);
    expect(best(cs, '去掉空间冗余')).toBe(0);
    expect(best(cs, '去掉空间')).toBe(0);
  });
});

describe('a verb inside a noun compound', () => {
  it('joins the nouns on both sides when it is bound (状态|转移|方程), and no span ends with it (状态转移)', () => {
    const cs = extractCandidates([note('先写出状态转移方程。状态转移方程决定了递推的方向。有了状态转移方程就能填表。\n')], []);
    expect(best(cs, '状态转移方程')).toBeGreaterThanOrEqual(0.5);
    expect(best(cs, '转移方程')).toBe(0);
    expect(best(cs, '状态转移')).toBe(0);
  });
});

describe('a Titlecase word inside a longer name', () => {
  it('is not counted alone after a joining word or another Titlecase word (Bag of Words, Stop Words, Learning to Rank)', () => {
    const text = '词袋模型（Bag of Words）只看词频。停用词（Stop Words）要去掉。排序学习（Learning to Rank）训练排序模型，Learning to Rank 分三类。\n';
    const cs = extractCandidates([note(text)], []);
    expect(best(cs, 'Words')).toBe(0);
    expect(best(cs, 'Rank')).toBe(0);
  });
  it('is not counted alone after an ampersand (Wide & Zeep)', () => {
    const text = '模型 Wide & Zeep 很常用。Wide & Zeep 分两路，Wide & Zeep 也行。\n';
    expect(best(extractCandidates([note(text)], []), 'Zeep')).toBe(0);
    expect(best(extractCandidates([note(text.replaceAll(' & ', '，'))], []), 'Zeep')).toBeGreaterThan(0);
  });
  it('counts both names of a range written from … to (from Zorpy to Frobust)', () => {
    const text = '我们从 Zorpy 迁到 Frobust。Moving from Zorpy to Frobust took a year. Zorpy 太慢，Frobust 更快。\n';
    const cs = extractCandidates([note(text)], []);
    const joined = extractCandidates([note(text.replace('from Zorpy to Frobust', 'Zorpy to Frobust'))], []);
    expect(best(cs, 'Zorpy')).toBeGreaterThan(best(joined, 'Zorpy'));
    expect(best(cs, 'Frobust')).toBeGreaterThan(best(joined, 'Frobust'));
  });
  it('still counts the word where it stands alone', () => {
    const cs = extractCandidates([note('词袋模型只看词频，Words 很少。按 Words 排序，Words 也行。Rank 很好，Rank 分三类，Rank 常用。\n')], []);
    expect(best(cs, 'Words')).toBeGreaterThan(0);
    expect(best(cs, 'Rank')).toBeGreaterThan(0);
  });
});

describe('a compound opened by a word of order', () => {
  it('is a relation between things, not a kind (the next level, the previous stage)', () => {
    const text = 'A miss fetches the line from the next level. Stores go to the next level too. The next level is slower. The zorp level is fast. Each zorp level holds lines, and a zorp level can miss.\n';
    const cs = extractCandidates([note(text)], []);
    expect(best(cs, 'next level')).toBe(0);
    expect(best(cs, 'zorp level')).toBeGreaterThan(0);
  });
});

describe('a Latin word in code', () => {
  it('is not counted as a name inside a code expression (`a -> Zint`, `IO Zint`)', () => {
    const text = '合一时 `a -> Zint` 和 `Bool -> b` 要匹配。类型 `IO Zint` 稍后运行，`Zint == Zint` 成立。\n';
    const cs = extractCandidates([note(text)], []);
    expect(best(cs, 'Zint')).toBe(0);
  });
  it('is counted where it fills its code span, called or given type parameters (`Zorpmap`, `Zorpmap()`, `Zorpmap<Frob<K>>`)', () => {
    const text = 'We use `Zorpmap` here, and `Zorpmap()` builds one, and a `Zorpmap<Frob<K>>` holds keys.\n';
    const cs = extractCandidates([note(text)], []);
    expect(best(cs, 'Zorpmap')).toBeGreaterThan(0);
  });
});

describe('a plain Titlecase word in Chinese prose', () => {
  it('takes three mentions to be a name (Zorpel, named in passing twice, is not)', () => {
    const twice = extractCandidates([note('这个格式是 Zorpel 推的。后来 Zorpel 也在大规模用。\n')], []);
    expect(best(twice, 'Zorpel')).toBe(0);
    const thrice = extractCandidates([note('这个格式是 Zorpel 推的。后来 Zorpel 也在大规模用。现在 Zorpel 还在维护。\n')], []);
    expect(best(thrice, 'Zorpel')).toBeGreaterThanOrEqual(0.5);
  });
  it('leaves a coined name at two mentions (ZorpKit)', () => {
    const cs = extractCandidates([note('这个格式是 ZorpKit 推的。后来 ZorpKit 也在大规模用。\n')], []);
    expect(best(cs, 'ZorpKit')).toBeGreaterThanOrEqual(0.5);
  });
});

describe('a piece of an identifier', () => {
  it('does not count a word glued by an underscore or a hyphen to more letters (configUSE_PREEMPTION, …-GCM-SHA384:)', () => {
    const text = '开启 `configUSE_PREEMPTION` 后抢占。另见 configUSE_MUTEXES 和 configUSE_TIMERS。\n\n配置 ECDHE-RSA-AES128-GCM-SHA384:ECDHE-ECDSA-AES256-GCM-SHA384 两套，再加 TLS_AES_256_GCM_SHA384。\n\n调度器用 FreeRTOS。FreeRTOS 很小。\n';
    const cs = extractCandidates([note(text)], []);
    expect(best(cs, 'configUSE')).toBe(0);
    expect(best(cs, 'SHA384')).toBe(0);
    expect(best(cs, 'FreeRTOS')).toBeGreaterThanOrEqual(0.5);
  });
});

describe('a version of a name written only inside identifiers', () => {
  it('is no member of the version family (ZORP384 of FROB_ZORP384, beside ZORP256 and ZORP512 on their own)', () => {
    const text = '哈希用 ZORP256 或 ZORP512。ZORP256 更快，ZORP512 更长。\n\n套件名 `FROB_AES_ZORP384` 和 `QUUX_ZORP384` 以及 `BLORP_ZORP384`。\n';
    const cs = extractCandidates([note(text)], []);
    expect(best(cs, 'ZORP256')).toBeGreaterThanOrEqual(0.5);
    expect(best(cs, 'ZORP384')).toBe(0);
  });
});

describe('the spelling the prose gives a counted term', () => {
  const spelling = (cs: ReturnType<typeof extractCandidates>, key: string) => cs.find((c) => c.signal === 'statistical' && c.surface.toLowerCase() === key)?.proseSpelling;
  it('is the spelling written mid-sentence, not the capital a sentence, a list item or a colon gives its first word', () => {
    const text = 'Zorp Frobbing is slow.\n\n- Zorp Frobbing: costly.\n\nNote: Zorp Frobbing again. We avoid zorp frobbing here, zorp frobbing there and zorp frobbing anywhere.\n';
    expect(spelling(extractCandidates([note(text)], []), 'zorp frobbing')).toBe('zorp frobbing');
  });
  it('keeps the capital of a name written mid-sentence; lower case in code or a command says nothing (Zorpit, `zorpit push`)', () => {
    const text = 'See [[Zorpit]]. Run `zorpit push`, `zorpit pull`, `zorpit log`, `zorpit tag` and `zorpit gc`. We deploy with Zorpit daily, and Zorpit scales.\n';
    expect(spelling(extractCandidates([note(text)], []), 'zorpit')).toBe('Zorpit');
  });
  it('reads no capital from words beside another capitalised word (Zorp Frob in the Grand Zorp Frob Prize)', () => {
    const text = 'We won the Grand Zorp Frob Prize, then the Grand Zorp Frob Prize and the Grand Zorp Frob Prize. The zorp frob is small, and a zorp frob is cheap.\n';
    expect(spelling(extractCandidates([note(text)], []), 'zorp frob')).not.toBe('Zorp Frob');
  });
  it('keeps a capital the prose opens with far more often than it writes the word in lower case (Zorg, and the verb zorg twice)', () => {
    const text = 'See [[Zorg]].\n\n- Zorg runs fast.\n- Zorg builds.\n\nZorg is small. Zorg is quick. Zorg is free. We zorg it, then zorg again.\n';
    const cs = extractCandidates([note(text)], []);
    expect(cs.some((c) => c.signal === 'statistical' && c.surface === 'Zorg')).toBe(true);
    expect(spelling(cs, 'zorg')).toBeUndefined();
  });
});
