/** Surface tests of junk.ts, each with its own invented example, through resolve where the rule acts. */
import { describe, expect, it } from 'vitest';
import { extractCandidates } from './index.js';
import { isActionCount, isClauseOpening, isComparison, isRatio, isDocumentName, isUnitSymbol, isZhClause, isJunkSurface, isLoneAdjective, isPositionalCompound, isPredicatePhrase, isProsePhrase, isZhJudgingPhrase, needsCorroboration } from './junk.js';
import { isStopWord } from './stop-words.js';
import { note } from './testing.js';
import { resolveConcepts } from '../resolve/index.js';

const labels = (text: string) => resolveConcepts(extractCandidates([note(text)], [])).map((c) => c.label);

describe('notation pieces', () => {
  it('drops lone Latin letters and letter-and-log pieces of a formula, keeps a lone Han character', () => {
    for (const s of ['O', 'k', 'log k', 'k log k', 'sqrt m']) expect(isJunkSurface(s), s).toBe(true);
    for (const s of ['页', 'log', 'B tree', 'lg'] ) expect(isJunkSurface(s), s).toBe(false);
  });
  it('drops the label of a remark (a tip, a caveat, a common misconception, 一句话…), keeps terms holding such a word elsewhere', () => {
    for (const s of ['Common misconception', 'Frobber habit', 'Pro tip', 'zorp gotchas', '一句话区别', 'Pros', 'Caveat', '举例', '结论']) expect(isJunkSurface(s) || isStopWord(s), s).toBe(true);
    for (const s of ['tip of the branch', 'habit tracker', 'tipping point', '句话']) expect(isJunkSurface(s) || isStopWord(s), s).toBe(false);
    const out = labels('# Zorp\n\nZorp frobs the quux.\n\nPros: the quux stays warm.\n\nCommon misconception: zorp is slow.\n');
    for (const s of ['Pros', 'Common misconception']) expect(out, s).not.toContain(s);
  });
  it('drops a lone lower-case version tag, keeps V8 and a name with its version', () => {
    for (const s of ['v2', 'v1.3', 'v10']) expect(isJunkSurface(s), s).toBe(true);
    for (const s of ['V8', 'zorp v2', 'v2ray', 'vec2']) expect(isJunkSurface(s), s).toBe(false);
  });
  it('drops a surface holding a superscript or subscript (a formula piece) and a logarithm written with its base', () => {
    for (const s of ['ᵐv', 'AᵀA', 'x₁', 'k²', 'log2', 'log10']) expect(isJunkSurface(s), s).toBe(true);
    for (const s of ['x86', 'log', 'L2', 'H.264', 'logback']) expect(isJunkSurface(s), s).toBe(false);
  });
  it('keeps no concept for the letters of a complexity written many times', () => {
    const text = '# 桔排\n\n桔排的代价是 O(k log k)。\n\n最坏 O(k log k)，平均也是 O(k log k)。\n\n另一种是 O(k log k)，比 O(k) 慢。\n';
    const out = labels(text);
    expect(out).not.toContain('O');
    expect(out).not.toContain('k log k');
  });
});

describe('surfaces that run past a name', () => {
  it('drops an arrow at either end, a dash between spaces and one-word warnings; keeps dashes inside names', () => {
    for (const s of ['Zorp cross →', '→ frob', 'quux ->', 'Zorp dogma — frobbing', 'Frob – part two', 'zorp -- quux', 'Careful', 'Remember', 'beware']) expect(isJunkSurface(s), s).toBe(true);
    for (const s of ['Zorp–Quux experiment', 'copy-on-write', 'Frob-Quux', 'hint', 'mnemonic', 'type hint', 'careful review']) expect(isJunkSurface(s), s).toBe(false);
  });
});

describe('lone participles', () => {
  it('drops a lone -ed word (a heading half, a definition subject), keeps -eed nouns and longer phrases', () => {
    for (const s of ['frobbed', 'Frobbed', 'zorpled']) expect(isJunkSurface(s), s).toBe(true);
    for (const s of ['speed', 'Seed', 'frobbed cells', 'bed']) expect(isJunkSurface(s), s).toBe(false);
  });
  it('keeps no concept for the participle half of a "X vs Y" heading', () => {
    const out = labels('# Zorp layouts\n\n## Frobbed vs plain\n\nA zorp layout is frobbed when its cells are frobbed twice. Frobbed cells are slower.\n\nPlain cells are the default.\n');
    expect(out).not.toContain('Frobbed');
  });
});

describe('judging phrases', () => {
  it('drops a phrase opened by an evaluative adjective or a naming participle, keeps terms opened by common or best', () => {
    for (const s of ['usual zorp layout', 'classic frob shading', 'called frob binding', 'Typical quux']) expect(isJunkSurface(s), s).toBe(true);
    for (const s of ['common frob elimination', 'best common ancestor', 'usual', 'zorp called']) expect(isJunkSurface(s), s).toBe(false);
    for (const s of ['different frobs', 'various zorp layouts']) expect(isJunkSurface(s), s).toBe(true);
  });
  it('keeps no concept for a definition subject that is an evaluative phrase', () => {
    const out = labels('# Zorp\n\nThe usual zorp layout is a grid of frob cells.\n\nThe usual zorp layout: a grid, then a frame.\n');
    expect(out).not.toContain('usual zorp layout');
  });
});

describe('counted phrases', () => {
  it('drops a numeral and measure word before a noun, or a bare 个, keeps dictionary words and numbered terms', () => {
    for (const s of ['四个用处', '两种桔表', '个格']) expect(isJunkSurface(s), s).toBe(true);
    for (const s of ['个体', '三次握手', '两阶段提交', '二叉树', '一致性']) expect(isJunkSurface(s), s).toBe(false);
  });
  it('drops an English count of a general noun (five kinds, three ways), keeps a count of a named thing', () => {
    for (const s of ['five kinds', 'The three ways', 'two types']) expect(isJunkSurface(s), s).toBe(true);
    for (const s of ['three pillars', 'four golden signals', 'two-phase commit', 'kinds']) expect(isJunkSurface(s), s).toBe(false);
  });
  it('drops a count whose noun was left out (Three unrelated) and a formula letter with a plural (n frobs)', () => {
    for (const s of ['Three unrelated', 'two nested', 'n frobs', 'k zorps']) expect(isJunkSurface(s), s).toBe(true);
    for (const s of ['B trees', 'n-grams', 'k means', 'two generals']) expect(isJunkSurface(s), s).toBe(false);
  });
  it('keeps no concept for a counted phrase before a parenthesis or a label colon', () => {
    const out = labels('# 桔表\n\n桔表的每个格（slot）挂一条链。\n\n常说的四个用处：分流、缓冲、限速。\n');
    expect(out).not.toContain('个格');
    expect(out).not.toContain('四个用处');
  });
});

describe('positional compounds', () => {
  it('reads a word plus a character of side or end, or 左/右 before a word, as a place; keeps dictionary words', () => {
    for (const s of ['调用方', '消费端', '堆顶', '左子树', '右指针']) expect(isPositionalCompound(s), s).toBe(true);
    for (const s of ['客户端', '服务端', '第三方', '大顶堆', '左旋', '顶级域']) expect(isPositionalCompound(s), s).toBe(false);
  });
});

describe('Chinese judging phrases', () => {
  it('reads a phrase opened by 主流/常见/典型/常用/经典/传统 as judging, not a dictionary word nor a term that only holds it', () => {
    for (const s of ['主流标准', '常见结构', '典型用法', '经典算法']) expect(isZhJudgingPhrase(s), s).toBe(true);
    for (const s of ['通用顶级域', '基本可用', '主流', '非主流标准']) expect(isZhJudgingPhrase(s), s).toBe(false);
  });
});

describe('direction words', () => {
  it('drops a word of direction and side, keeps terms that open with one', () => {
    for (const s of ['右边', '左侧', '上面', '里面']) expect(isJunkSurface(s), s).toBe(true);
    for (const s of ['前端', '后端', '左子树', '上下文', '外键']) expect(isJunkSurface(s), s).toBe(false);
  });
  it('keeps no concept for a direction word before a bracket that glosses its clause', () => {
    const out = labels('# 桔排\n\n小的放左边，大的放右边（partition），再对两边递归。\n');
    expect(out).not.toContain('右边');
  });
});

describe('idioms', () => {
  it('keeps no concept for friends of `X and friends` / `X & friends`', () => {
    const out = labels('# Zorp & friends\n\nZorp and its friends are fine.\n\n## Friends\n\nThe friends of zorp are frobs.\n');
    expect(out).not.toContain('friends');
    expect(out).not.toContain('Friends');
  });
});

describe('subject-verb clauses', () => {
  it('drops a name followed by a plural-looking word and more words, keeps compounds and -ss/-us/-is words', () => {
    for (const s of ['Zorp-Quux swaps frob', 'Quux runs frob jobs']) expect(isJunkSurface(s), s).toBe(true);
    for (const s of ['Zorp class loader', 'Quux status code', 'Zorp analysis pass', 'Zorp swaps', 'forced frob layout']) expect(isJunkSurface(s), s).toBe(false);
  });
  it('keeps no concept for a definition subject that is a clause', () => {
    const out = labels('# Zorp\n\n- soft term: the dull part, depends on the light; Zorp takes frob(A, B) to a power\n\nZorp-Quux swaps frob(A, B) for frob(C, D) with D = norm(A + B). Cheaper, and the edge behaves better at low angles.\n');
    expect(out).not.toContain('Zorp-Quux swaps frob');
  });
});

describe('degree phrases', () => {
  it('drops a degree adverb and an adjective, keeps terms that go on', () => {
    for (const s of ['最慢', '很小', '更快']) expect(isJunkSurface(s), s).toBe(true);
    for (const s of ['最大堆', '最慢情况', '最终一致性', '最多一次']) expect(isJunkSurface(s), s).toBe(false);
  });
  it('keeps no concept for a degree phrase the prose repeats', () => {
    const out = labels('# 桔表\n\n桔表查找平均 O(1)，最慢（全部挤在一格）会退化到 O(n)。最慢时要重排。\n\n最慢的情形很少见，最慢也能接受。\n');
    expect(out).not.toContain('最慢');
  });
});

describe('lone adjectives in headings', () => {
  it('takes a lone adjective-shaped word for a heading modifier, not a multi-word term', () => {
    for (const s of ['Frobic', 'quuxive', 'zorpable']) expect(isLoneAdjective(s), s).toBe(true);
    for (const s of ['frobic frame', 'Zorp', 'ic']) expect(isLoneAdjective(s), s).toBe(false);
  });
  it('takes a superlative whose comparative English uses for an adjective, not a noun ending in -est', () => {
    for (const s of ['highest', 'easiest', 'biggest', 'Largest']) expect(isLoneAdjective(s), s).toBe(true);
    for (const s of ['digest', 'forest', 'request', 'interest', 'test', 'manifest', 'chest', 'zorpest']) expect(isLoneAdjective(s), s).toBe(false);
  });
  it('takes no term from a lone adjective marked in passing (the **highest** zorp wins)', () => {
    const cs = extractCandidates([note('When two frobs clash, the **highest** zorp wins by default, unlike in Quux.\n')], []);
    expect(cs.some((c) => c.surface === 'highest' && c.signal === 'definition')).toBe(false);
  });
  it('keeps no concept for the halves of a "X vs Y" heading of adjectives', () => {
    const out = labels('# Zorp frames\n\n## 1 Frobic vs quuxive\n\nA frobic zorp frame keeps its cells; a quuxive zorp frame drops them. Frobic frames are slower, quuxive frames are smaller.\n');
    expect(out).not.toContain('Frobic');
    expect(out).not.toContain('quuxive');
    expect(out).toContain('frobic zorp frame');
  });
});

describe('prose phrases and shapes that need corroboration', () => {
  it('drops an English phrase holding a quantifier or a personal pronoun, not a term with `the` or `either`', () => {
    expect(isProsePhrase('copy both files')).toBe(true);
    expect(isProsePhrase('config yourself')).toBe(true);
    expect(isProsePhrase('Either monad')).toBe(false);
    expect(isProsePhrase('man in the middle')).toBe(false);
  });
  it('drops a phrase holding a subordinating conjunction or opened by a lower-case preposition', () => {
    for (const s of ['valid until rotated', 'to Frobbable', 'of the zorp', 'with frob caching']) expect(isProsePhrase(s), s).toBe(true);
    for (const s of ['at least once', 'in place', 'To-do list', 'Time to Frob', 'until']) expect(isProsePhrase(s), s).toBe(false);
  });
  it('drops a Chinese predicate ending in a degree adverb and an adjective', () => {
    expect(isPredicatePhrase('等待太久')).toBe(true);
    expect(isPredicatePhrase('最大堆')).toBe(false);
    expect(isPredicatePhrase('全局最优')).toBe(false);
  });
  it('asks corroboration of a describing adjective or a capitalised gerund before one lower-case noun', () => {
    expect(needsCorroboration('Quick widgets')).toBe(true);
    expect(needsCorroboration('Skipping cleanup')).toBe(true);
    expect(needsCorroboration('Big O')).toBe(false);
    expect(needsCorroboration('calling convention')).toBe(false);
    expect(needsCorroboration('hot standby')).toBe(false);
    expect(needsCorroboration('Fast Fourier transform')).toBe(false);
  });
  it('asks a second piece of evidence of a phrase a comparative opens, and of a short gerund heading', () => {
    for (const s of ['Cheaper zorp counting', 'smaller frob tables', 'Going wider', 'Doing less']) expect(needsCorroboration(s), s).toBe(true);
    for (const s of ['Faster Zorp-CNN', 'lower bound', 'outer join', 'higher-order frob', 'Cheaper', 'Ring buffer']) expect(needsCorroboration(s), s).toBe(false);
    const out = labels('# Zorp counting\n\nZorp counting counts frobs.\n\n## Cheaper zorp counting\n\nDefer the counts.\n\n## Going wider\n\nTwo frobs at once.\n');
    expect(out).not.toContain('Cheaper zorp counting');
    expect(out).not.toContain('Going wider');
  });
});

describe('names of documents', () => {
  it('keeps no concept for a title or an alias that names the note (`zorp notes`, `quux jottings`), keeps a defined one', () => {
    expect(isDocumentName('zorp notes')).toBe(true);
    expect(isDocumentName('notes')).toBe(false);
    for (const s of ['桔排基础', 'zorp笔记', '桔表格式选型', '桔排概论', 'ZORP cheat sheet']) expect(isDocumentName(s), s).toBe(true);
    for (const s of ['基础', '基础设施', '桔排', 'style sheet']) expect(isDocumentName(s), s).toBe(false);
    expect(labels('---\naliases: [桔排基础]\n---\n# 桔排基础\n\n桔排把格子排成一列。\n\n## 桔排基础\n\n再排一次。\n').filter((l) => l.includes('基础'))).toEqual([]);
    const out = labels('---\naliases: [zorp notes]\n---\n# quux / zorp jottings\n\nZorp runs jobs.\n');
    expect(out.filter((l) => /notes|jottings/u.test(l))).toEqual([]);
    const defined = resolveConcepts([{ surface: 'release notes', lang: 'en', signal: 'definition', aliases: [], score: 0.6, provenance: { signal: 'definition', file: 'a.md', line: 1, column: 1, excerpt: 'release notes' } }]);
    expect(defined.map((c) => c.label)).toEqual(['release notes']);
  });
});

describe('comparisons', () => {
  it('reads `A vs B` (and a label cut to `vs B`) as two things, keeps names holding VS or versus-free words', () => {
    for (const s of ['Zorp vs quux', 'frob layout vs. plain layout', 'ZRP VS QX', 'vs Quux on a CPU', '桔排 vs 冒泡', 'zorp versus frob', 'purge / zorping', '桔排 / 冒泡']) expect(isComparison(s), s).toBe(true);
    for (const s of ['VS Code', 'canvas tests', 'vs', 'Zorp vsync', 'ZRP/IP', 'async/await', 'HTTP/2']) expect(isComparison(s), s).toBe(false);
  });
  it('keeps no concept for a comparison written as a label line or a definition subject', () => {
    const out = labels('# Zorp\n\nZorp vs quux: a zorp frobs, a quux does not.\n\nFrob vs blit is the choice people get wrong.\n');
    expect(out.filter((l) => /\bvs\b/u.test(l))).toEqual([]);
  });
});

describe('unit symbols', () => {
  it('reads symbols of units and dimensions as measures, not names that hold such letters', () => {
    for (const s of ['Hz', 'kHz', 'dB', 'MB/s', 'Gbps', 'KiB', 'ms', 'fps', '3D']) expect(isUnitSymbol(s), s).toBe(true);
    for (const s of ['HBase', 'DBMS', 'MSB', 'D3', 'GC', 'db', 'B']) expect(isUnitSymbol(s), s).toBe(false);
  });
  it('reads a number with its unit and a unit over a unit as a quantity, keeps names with a number before letters', () => {
    for (const s of ['16KB', '100 ms', 'kJ/mol', '~3 mol', '2.5GHz']) expect(isUnitSymbol(s), s).toBe(true);
    for (const s of ['1NF', '5G', '2PL', 'Java', '16K'] ) expect(isUnitSymbol(s), s).toBe(false);
  });
  it('keeps no concept for a unit the prose writes after its numbers, keeps the spelled-out word a bracket glosses', () => {
    const out = labels('# 桔频\n\n桔频常见 100 Hz，也有 250 Hz、1000 Hz。\n\n高档的到 4000 Hz，再高就费电，8000 Hz 更费。\n\n噪声用分贝（dB）量：30 dB、60 dB、90 dB。\n');
    expect(out).not.toContain('Hz');
    expect(out).not.toContain('dB');
    expect(out).toContain('分贝');
  });
});

describe('Chinese clauses and pairs', () => {
  it('reads a surface holding a clause conjunction as two things or a sentence, keeps names joined by 和/与', () => {
    for (const s of ['桔排或者冒泡', '桔表还要考虑格子问题', '如果桔表满了', '桔排以及冒泡', '和', '通过']) expect(isZhClause(s), s).toBe(true);
    for (const s of ['供给与需求', '桔排和冒泡', '或门', '因果', '和弦', '过采样']) expect(isZhClause(s), s).toBe(false);
  });
  it('reads a surface holding a modal verb or a predicate adverb (只能, 分别, 很难) as a clause', () => {
    for (const s of ['桔表只能用格子', '距离分别做桔码', '三者很难同时做到', '桔码经常乱码']) expect(isZhClause(s), s).toBe(true);
    for (const s of ['同时定位与建图', '桔表格子', '桔表分片']) expect(isZhClause(s), s).toBe(false);
  });
  it('keeps no concept for a label line that is a sentence', () => {
    const label = (surface: string) => ({ surface, lang: 'zh' as const, signal: 'definition' as const, aliases: [], score: 0.55, provenance: { signal: 'definition' as const, file: 'a.md', line: 1, column: 1, excerpt: `${surface}：先排格子。` } });
    expect(resolveConcepts([label('国内桔表还要考虑格子问题'), label('桔表格子')]).map((c) => c.label)).toEqual(['桔表格子']);
  });
});

describe('Chinese clause openings', () => {
  it('reads a surface opened by a light verb, 有, negation or a preposition standing alone as a predicate; keeps words', () => {
    for (const s of ['做不到', '有单次', '给桔农报酬', '把桔表排好', '没桔格']) expect(isClauseOpening(s), s).toBe(true);
    for (const s of ['有限冲激响应', '不动点', '被动扫描', '有损压缩', '将军', '对称加密', '用户态', '向量化', '有损']) expect(isClauseOpening(s), s).toBe(false);
  });
  it('keeps no concept for such a list item or count, keeps one a definition names', () => {
    const item = (surface: string, signal: 'statistical' | 'definition') => ({ surface, lang: 'zh' as const, signal, aliases: [], score: 0.6, provenance: { signal, file: 'a.md', line: 1, column: 1, excerpt: `enumeration: 两个：防止死循环，以及${surface}` } });
    expect(resolveConcepts([item('给桔农报酬', 'statistical'), item('桔表格子', 'statistical')]).map((c) => c.label)).toEqual(['桔表格子']);
    expect(resolveConcepts([item('有向桔格', 'definition')]).map((c) => c.label)).toEqual(['有向桔格']);
  });
  it('reads a verb and how many times it is done as a predicate, not an adverb and a count', () => {
    for (const s of ['算一次', '跑一遍', '检查一下', '醒两次']) expect(isActionCount(s), s).toBe(true);
    for (const s of ['至少一次', '恰好一次', '一次', '三次握手']) expect(isActionCount(s), s).toBe(false);
  });
  it('keeps no concept for such a predicate before a bracket', () => {
    const out = labels('# 闹钟\n\n闹钟响了就停。有单次（one-shot）和重复两种。\n\n1. 输出要做位翻转（bit flip）重排\n');
    expect(out).toEqual(['闹钟']);
  });
});

describe('ratios of symbols', () => {
  it('read a lone letter over a number or a short symbol as a piece of a formula; keep names with a slash', () => {
    for (const s of ['N/2', 'fs/N', '2/N', 'x/y']) expect(isRatio(s), s).toBe(true);
    for (const s of ['TCP/IP', 'HTTP/2', 'I/O', 'C/S', 'MC/DC', 'μC/OS', 'pub/sub', 'CI/CD']) expect(isRatio(s), s).toBe(false);
    expect(isJunkSurface('N/2')).toBe(true);
  });
});

describe('Chinese sentences around a term (label-shape.ts)', () => {
  it('drops a surface with sentence punctuation, a question word, 越…越 or a naming verb between words; keeps words holding those characters', () => {
    for (const s of ['桔子调低，柚子上升', '为什么按桔子分类', '什么名字', '桔值越小越亮', '两者之差叫桔柚模数', '桔子合称柚子群', '甲桔等属于柚子气体', '桔柚都试过负柚率'])
      expect(isJunkSurface(s), s).toBe(true);
    for (const s of ['风叫柚风', '都市', '桔柚模数', '越界', '哪吒']) expect(isJunkSurface(s), s).toBe(false);
  });
});

describe('a verb glued before a term (label-shape.ts)', () => {
  it('drops 用/选 standing alone and a two-character verb or discourse lead before a term; keeps words they open', () => {
    for (const s of ['用凌柚光谱', '选主桔链', '换成GN', '还有桔升级', '先说桔柚依赖']) expect(isJunkSurface(s), s).toBe(true);
    for (const s of ['用户态', '选举超时', '注意力机制', '由桔柚', '还有', '利用率']) expect(isJunkSurface(s), s).toBe(false);
  });
  it('drops 利用/改用/借助 before a term', () => {
    for (const s of ['利用二阶桔柚', '改乘桔柚窗', '借助桔柚']) expect(isJunkSurface(s), s).toBe(true);
  });
});

describe('单位 and a unit named after a person (label-shape.ts)', () => {
  it('drops 单位 run onto a proper name, keeps 单位 before a noun', () => {
    for (const s of ['单位伏特', '单位西门子', '单位安培']) expect(isJunkSurface(s), s).toBe(true);
    for (const s of ['单位圆', '单位冲激响应', '单位矩阵', '伏特']) expect(isJunkSurface(s), s).toBe(false);
  });
});

describe('a reference line', () => {
  it('drops Ref and Refs alone, keeps phrases holding them', () => {
    for (const s of ['Ref', 'refs']) expect(isJunkSurface(s), s).toBe(true);
    for (const s of ['mnemonic phrase', 'Ref cell', 'reference counting']) expect(isJunkSurface(s), s).toBe(false);
  });
});

describe('an indexed variable (label-shape.ts)', () => {
  it('drops a lower-case letter with one digit, keeps capitals and longer numbers', () => {
    for (const s of ['s1', 'k2', 'x0']) expect(isJunkSurface(s), s).toBe(true);
    for (const s of ['L2', 'T5', 'x86', 'x264', 's3fs']) expect(isJunkSurface(s), s).toBe(false);
  });
});

describe('alternatives with a slash spaced on one side', () => {
  it('drops `a/ b` and `a /b`, keeps tight slashes', () => {
    for (const s of ['桔柚方案/ 多态桔柚', 'frob /quux']) expect(isJunkSurface(s), s).toBe(true);
    for (const s of ['TCP/IP', 'async/await', 'HTTP/2', 'I/O']) expect(isJunkSurface(s), s).toBe(false);
  });
});

describe('phrases opened by a word of taste or of set-up', () => {
  it('drops fancy/huge/given/simplest phrases, keeps terms opened by other adjectives', () => {
    for (const s of ['fancy frobnication', 'huge well-run zorp', 'given quux', 'Simplest setting']) expect(isJunkSurface(s), s).toBe(true);
    for (const s of ['shortest path', 'nearest neighbour', 'key exchange', 'standard form']) expect(isJunkSurface(s), s).toBe(false);
  });
});

describe('an instruction opened by a lower-case verb (label-shape.ts)', () => {
  it('drops `prefer …`, `lose …`, `going …`, keeps compounds opened by read, write, build and capitalised verbs', () => {
    for (const s of ['prefer stepwise zorps', 'lose quux', 'going clockwise', 'generate frobs']) expect(isJunkSurface(s), s).toBe(true);
    for (const s of ['read committed', 'write barrier', 'build cache', 'Generate', 'prefer']) expect(isJunkSurface(s), s).toBe(false);
  });
});

describe('a Chinese modal alone', () => {
  it('drops 不能, 可以, 通常 alone, keeps words holding them', () => {
    for (const s of ['不能', '可以', '通常']) expect(isZhClause(s), s).toBe(true);
    for (const s of ['功能', '可以桔', '可用性']) expect(isZhClause(s), s).toBe(false);
  });
});

describe('a Chinese phrase opened by a determiner of quantity (label-shape.ts)', () => {
  it('drops 大量…, 这些…, keeps other words', () => {
    for (const s of ['大量trick汇总', '这些桔柚', '许多柚子', '同一桔流', '任意柚刻']) expect(isJunkSurface(s), s).toBe(true);
    for (const s of ['大量', '量化桔柚', '一致性']) expect(isJunkSurface(s), s).toBe(false);
  });
});

describe('a phrase opened by plus or minus', () => {
  it('drops `plus parity`, keeps a capitalised name', () => {
    for (const s of ['plus zorp', 'minus frob bits']) expect(isProsePhrase(s), s).toBe(true);
    for (const s of ['Plus Codes', 'plus']) expect(isProsePhrase(s), s).toBe(false);
  });
});

describe('a hyphenated modifier written apart (label-shape.ts)', () => {
  it('drops `zorp based`, `frob driven`, keeps the hyphenated form and a capitalised title word', () => {
    for (const s of ['zorp based', 'frob driven', 'Quux oriented']) expect(isJunkSurface(s), s).toBe(true);
    for (const s of ['zorp-based', 'Array of Independent', 'driven']) expect(isJunkSurface(s), s).toBe(false);
  });
});

describe('a remark phrase', () => {
  it('drops Watch out, Heads up, Side note alone, keeps phrases that go on', () => {
    for (const s of ['Watch out', 'heads up', 'Side note']) expect(isJunkSurface(s), s).toBe(true);
    for (const s of ['watch out zorp', 'watchdog', 'note']) expect(isJunkSurface(s), s).toBe(false);
  });
});

describe('course work and lists of changes', () => {
  it('drops `… homework`, `… assignments`, `… improvements`, keeps the singular assignment', () => {
    for (const s of ['zorpworld homework', 'frob-writing assignments', 'Quux improvements']) expect(isJunkSurface(s), s).toBe(true);
    for (const s of ['static single assignment', 'homework', 'improvement']) expect(isJunkSurface(s), s).toBe(false);
  });
});

describe('a noun and a postposition of extent (label-shape.ts)', () => {
  it('drops 一定桔期内, 两帧之间, keeps words', () => {
    for (const s of ['一定桔期内', '两桔之间', '缓冲柚里']) expect(isJunkSurface(s), s).toBe(true);
    for (const s of ['国内', '域内', '桔柚']) expect(isJunkSurface(s), s).toBe(false);
  });
});

describe('a note title of basic concepts or key points', () => {
  it('reads 桔柚基本概念 and 桔柚要点 as document names, keeps 概念 alone', () => {
    for (const s of ['桔柚基本概念', '桔柚要点', '桔柚知识点']) expect(isDocumentName(s), s).toBe(true);
    for (const s of ['概念', '概念漂移', '基本概念']) expect(isDocumentName(s), s).toBe(false);
  });
});
