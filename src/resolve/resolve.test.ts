import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../extract/index.js';
import { note } from '../extract/testing.js';
import { parseVocabulary } from '../extract/vocabulary.js';
import type { Candidate, Concept } from '../types.js';
import { resolveConcepts } from './index.js';

const run = (texts: string[], vocabulary = '') => {
  const notes = texts.map((t, i) => note(t, `n${i}.md`));
  const entries = vocabulary ? parseVocabulary(vocabulary, 'graph/concepts.yaml').entries : [];
  return resolveConcepts(extractCandidates(notes, entries), notes);
};
const byName = (concepts: Concept[], name: string) =>
  concepts.find((c) => c.label === name || c.aliases.some((a) => a.text === name));
const names = (c: Concept | undefined) => (c ? [c.label, ...c.aliases.map((a) => a.text)].sort() : []);

function candidate(surface: string, signal: Candidate['signal'], score: number, aliases: string[] = []): Candidate {
  return {
    surface,
    lang: /\p{Script=Han}/u.test(surface) ? 'zh' : 'en',
    signal,
    aliases: aliases.map((text) => ({ text, lang: 'en' })),
    score,
    provenance: { signal, file: 'a.md', line: 1, column: 1, excerpt: surface },
  };
}

describe('resolveConcepts', () => {
  it('merges a parenthetical pair and an abbreviation across languages into one concept', () => {
    const concepts = run(['也叫虚拟机监视器（Virtual Machine Monitor，VMM）。\n\nA Virtual Machine Monitor (VMM) runs guests.\n']);
    const c = byName(concepts, 'VMM');
    expect(names(c)).toEqual(['VMM', 'Virtual Machine Monitor', '虚拟机监视器'].sort());
    expect(c?.aliases.find((a) => a.text === 'VMM')).toEqual({ text: 'VMM', lang: 'en', abbreviation: true });
  });
  it('treats a hyphen between Latin words as a space: one concept, not two pages with one slug', () => {
    const cs = [candidate('property-based testing', 'definition', 0.8), candidate('Property based testing', 'heading', 0.6), candidate('TF IDF', 'title', 0.6), candidate('TF-IDF', 'parenthetical', 0.8)];
    const concepts = resolveConcepts(cs, []);
    expect(concepts.map((c) => names(c))).toEqual([
      ['Property based testing', 'property-based testing'],
      ['TF IDF', 'TF-IDF'],
    ]);
  });
  it('keeps the dashes of a written title; only a slug-like file name stands for spaces', () => {
    const titled = run(['---\ntitle: TF-IDF 和 BM25\n---\nTF-IDF weighs terms; BM25 saturates them.\n']);
    expect(titled.some((c) => c.label === 'TF-IDF')).toBe(true);
    expect(titled.some((c) => names(c).includes('TF IDF'))).toBe(false);
    const slugged = extractCandidates([note('Some text.\n', 'image-layers.md')], []);
    expect(slugged.some((c) => c.signal === 'title' && c.surface === 'image layers')).toBe(true);
  });
  it('normalises width, case and plurals', () => {
    const cs = [candidate('Container', 'wikilink', 0.95), candidate('containers', 'keyword', 0.85), candidate('ＣＯＮＴＡＩＮＥＲ', 'tag', 0.45)];
    const concepts = resolveConcepts(cs, []);
    expect(concepts).toHaveLength(1);
    expect(concepts[0].label).toBe('Container');
  });
  it('folds a product-prefixed compound into its head, unless it has evidence of its own', () => {
    const cs = [
      candidate('Docker', 'wikilink', 0.95),
      candidate('镜像', 'wikilink', 0.95),
      candidate('Docker镜像', 'heading', 0.5),
      candidate('客户端', 'heading', 0.3),
      candidate('Docker客户端', 'heading', 0.5),
      candidate('Docker Hub', 'wikilink', 0.95),
      candidate('Docker仓库', 'parenthetical', 0.9, ['Docker Registry']),
      candidate('仓库', 'wikilink', 0.95),
    ];
    const concepts = resolveConcepts(cs, []);
    expect(names(byName(concepts, '镜像'))).toEqual(['Docker镜像', '镜像']);
    expect(byName(concepts, 'Docker客户端')?.label).toBe('Docker客户端'); // 客户端 alone is not accepted
    expect(byName(concepts, 'Docker仓库')?.label).not.toBe('仓库'); // own evidence keeps it apart
    expect(byName(concepts, 'Docker Hub')?.label).toBe('Docker Hub'); // Latin compounds are names
  });
  it('needs enough evidence: one weak signal is not a concept, two are', () => {
    expect(resolveConcepts([candidate('页表', 'heading', 0.45)], [])).toEqual([]);
    expect(resolveConcepts([candidate('页表', 'heading', 0.45), candidate('页表', 'statistical', 0.25)], [])).toHaveLength(1);
  });
  it('drops stop-words whatever the signal, except from the vocabulary', () => {
    expect(resolveConcepts([candidate('用户', 'wikilink', 0.95), candidate('example', 'keyword', 0.85)], [])).toEqual([]);
    const vocab = run(['正文。\n'], '- label: 用户\n');
    expect(vocab.map((c) => c.label)).toEqual(['用户']);
  });
  it('keeps the code names that look like pronouns (Nothing, None, Either) while dropping everything and something', () => {
    const cs = ['Nothing', 'None', 'Either', 'Everything', 'something'].map((s) => candidate(s, 'definition', 0.7));
    expect(resolveConcepts(cs, []).map((c) => c.label).sort()).toEqual(['Either', 'None', 'Nothing']);
  });
  it('lets the vocabulary choose the label and carry extras', () => {
    const concepts = run(['命名空间（namespace）是一种隔离机制。\n'], '- label: Namespace\n  aliases: [命名空间]\n  broader: [隔离]\n  related: [cgroup]\n  type: mechanism\n');
    const c = byName(concepts, '命名空间')!;
    expect(c).toMatchObject({ label: 'Namespace', broader: ['隔离'], related: ['cgroup'], type: 'mechanism' });
    expect(c.definition?.text).toBe('命名空间（namespace）是一种隔离机制。');
    expect(c.provenance.map((p) => p.signal)[0]).toBe('vocabulary');
  });
  it('chooses the most-used form as label, never an abbreviation when a name exists', () => {
    const cs = [candidate('VMM', 'keyword', 0.85, ['Virtual Machine Monitor']), candidate('VMM', 'statistical', 0.6)];
    expect(resolveConcepts(cs, [])[0].label).toBe('Virtual Machine Monitor');
  });
  it('is deterministic: ids, order and provenance do not depend on input order', () => {
    const texts = ['# Docker\n\nDocker容器（container）很快。镜像（image）是一种模板。\n', '命名空间（namespace）与控件组（control group）。\n'];
    const a = run(texts);
    const notes = texts.map((t, i) => note(t, `n${i}.md`));
    const b = resolveConcepts(extractCandidates([...notes].reverse(), []).reverse(), notes);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    expect(a.map((c) => c.id)).toEqual([...a.map((c) => c.id)].sort());
    for (const c of a) expect(c.url).toBe(`/concepts/${c.id}/`);
  });
});

describe('organisation names', () => {
  it('never become concepts, nor carry their abbreviation into one', () => {
    const cs = [candidate('Cloud Native Computing Foundation', 'parenthetical', 0.9, ['CNCF']), candidate('CNCF', 'statistical', 0.4), candidate('基金会', 'wikilink', 0.95)];
    expect(resolveConcepts(cs, []).map((c) => c.label)).toEqual(['基金会']);
  });
});

describe('narrower compounds with a label line of their own', () => {
  it('keeps `PID 命名空间：…` as its own concept instead of an alias of 命名空间', async () => {
    const { extractCandidates } = await import('../extract/index.js');
    const { note } = await import('../extract/testing.js');
    const text =
      '命名空间（namespace）是内核提供的隔离机制。PID 是进程号，PID 在容器里从 1 开始，PID 不同。\n\n' +
      '1. PID 命名空间：隔离进程号，容器里的第一个进程 PID 为 1；\n2. Network 命名空间：隔离网卡、路由表；\n';
    const labels = resolveConcepts(extractCandidates([note(text)], [])).map((c) => c.label);
    expect(labels).toContain('PID 命名空间');
    expect(labels).toContain('命名空间');
  });
});

describe('English product-prefixed compounds', () => {
  it('folds `Name head` into head when both are concepts and the compound has no evidence of its own', async () => {
    const { splitLatinPrefixed } = await import('./compounds.js');
    expect(splitLatinPrefixed('zube node')).toEqual({ prefix: 'zube', head: 'node' });
    expect(splitLatinPrefixed('容器')).toBeUndefined();
    const mk = (surface: string, signal: Candidate['signal'], score: number): Candidate => ({
      surface,
      lang: 'en',
      signal,
      aliases: [],
      score,
      provenance: { signal, file: 'a.md', line: 1, column: 1, excerpt: surface },
    });
    const concepts = resolveConcepts([mk('Zube', 'wikilink', 0.95), mk('node', 'wikilink', 0.95), mk('Zube node', 'statistical', 0.6), mk('Zube client', 'statistical', 0.6)]);
    const labels = concepts.map((c) => c.label);
    expect(labels).not.toContain('Zube node');
    expect(concepts.find((c) => c.label === 'node')?.aliases.map((a) => a.text)).toContain('Zube node');
    expect(labels).toContain('Zube client'); // client is no concept: the compound stays
  });
  it('keeps a compound apart, as a kind of its own, when other concepts narrow the same head', () => {
    const mk = (surface: string, signal: Candidate['signal'], score: number) => candidate(surface, signal, score);
    const base = [mk('Zube', 'wikilink', 0.95), mk('node', 'wikilink', 0.95), mk('Zube node', 'statistical', 0.3)];
    expect(names(byName(resolveConcepts(base), 'node'))).toEqual(['Zube node', 'node']); // the only kind: a form of node
    const concepts = resolveConcepts([...base, mk('worker node', 'wikilink', 0.95)]);
    expect(names(byName(concepts, 'node'))).toEqual(['node']);
    expect(byName(concepts, 'Zube node')?.label).toBe('Zube node'); // weak alone, a concept as a kind of node
  });
});

describe('words never written outside a longer term', () => {
  const stat = (surface: string, count: number): Candidate => ({
    surface,
    lang: 'zh',
    signal: 'statistical',
    aliases: [],
    score: 0.6,
    provenance: { signal: 'statistical', file: 'a.md', line: 3, column: 1, excerpt: `… ${surface} … (${count}× in 1 note)` },
  });
  const paren: Candidate = { surface: 'QRX 参考图式', lang: 'zh', signal: 'parenthetical', aliases: [], score: 0.9, provenance: { signal: 'parenthetical', file: 'a.md', line: 2, column: 1, excerpt: 'QRX 参考图式（…）' } };
  it('fold into that term when frequency is their only evidence and they are counted no more often', () => {
    const labels = resolveConcepts([paren, stat('QRX参考图式', 3), stat('参考图式', 3)]).map((c) => c.label);
    expect(labels).toEqual(['QRX 参考图式']);
  });
  it('stay when the vault also writes them alone', () => {
    const labels = resolveConcepts([paren, stat('QRX参考图式', 3), stat('参考图式', 5)]).map((c) => c.label);
    expect(labels).toContain('参考图式');
  });
});

describe('evidence at one place', () => {
  it('counts a signal once per line, at its strongest', () => {
    const at = (score: number, column: number, excerpt: string): Candidate => ({
      surface: 'zorge',
      lang: 'en',
      signal: 'statistical',
      aliases: [],
      score,
      provenance: { signal: 'statistical', file: 'a.md', line: 4, column, excerpt },
    });
    // A prose count (0.25) before a list (0.5) on the same line: the list still counts.
    expect(resolveConcepts([at(0.25, 3, 'a zorge such as (2× in 1 note)'), at(0.5, 9, 'enumeration: zorge such as A, B')]).map((c) => c.label)).toEqual(['zorge']);
  });
});

describe('compounds named as kinds in a list', () => {
  it('keep their own page beside the head they share', () => {
    const at = (surface: string, signal: Candidate['signal'], score: number, line: number, excerpt: string): Candidate => ({
      surface,
      lang: 'en',
      signal,
      aliases: [],
      score,
      provenance: { signal, file: 'a.md', line, column: 1, excerpt },
    });
    const labels = resolveConcepts([
      at('Zorp', 'definition', 0.7, 1, 'A Zorp is a tree.'),
      at('Indexes', 'title', 0.6, 2, 'Indexes'),
      at('Indexes', 'heading', 0.45, 2, 'Indexes'),
      at('Zorp index', 'statistical', 0.5, 5, 'enumeration: A Zorp index keeps keys sorted'),
    ]).map((c) => c.label);
    expect(labels).toContain('Zorp index');
  });
});

describe('numbered labels', () => {
  const hypervisors =
    '# Hypervisors\n\nThe classification has two labels, Type 1 and Type 2.\n\n## Type 1: bare metal\n\nA Type 1 hypervisor, also called a bare-metal hypervisor, is a hypervisor that runs on the hardware. Type 1 products such as Zorp and Quux are widely used.\n\n## Type 2: hosted\n\nA Type 2 hypervisor, also called a hosted hypervisor, is a hypervisor that runs on an operating system. Type 2 products such as Frob are common on laptops.\n';
  it('fold into the one term that extends them when they are only used where that term is', () => {
    const concepts = run([hypervisors]);
    for (const n of ['1', '2']) {
      const c = byName(concepts, `Type ${n}`);
      expect(names(c)).toContain(`Type ${n} hypervisor`);
      // Folded as an alias that never labels the concept.
      expect(c?.label).not.toBe(`Type ${n}`);
    }
    expect(concepts.filter((c) => /^Type \d$/u.test(c.label))).toEqual([]);
  });
  it('keep their own page when another note uses them without the term', () => {
    const elsewhere = '# Levels\n\nType 1 is the level where the frob runs. Type 1 is what most people deploy. Type 1 is older than the others.\n';
    const concepts = run([hypervisors, elsewhere]);
    expect(byName(concepts, 'Type 1 hypervisor')?.aliases.some((a) => a.text === 'Type 1')).toBe(false);
  });

});

describe('non-naming words', () => {
  it('drops a bare word whose part of speech does not name (an adverb, a locality word), keeps it beside a translation', () => {
    const bare = resolveConcepts([candidate('偶尔', 'statistical', 0.6), candidate('左边', 'statistical', 0.6), candidate('桔表', 'statistical', 0.6)]);
    expect(bare.map((c) => c.label)).toEqual(['桔表']);
    const paired = resolveConcepts([candidate('明显', 'parenthetical', 0.9, ['zorp salience'])]);
    expect(names(paired[0])).toContain('zorp salience');
  });
});

describe('everyday words', () => {
  it('does not accept an everyday word on a bare "X 是" definition and a count, as it does a rarer word', () => {
    const weak = (w: string) => [candidate(w, 'definition', 0.45), { ...candidate(w, 'statistical', 0.25), provenance: { signal: 'statistical' as const, file: 'a.md', line: 2, column: 1, excerpt: w } }];
    expect(resolveConcepts([...weak('想法'), ...weak('桔表')]).map((c) => c.label)).toEqual(['桔表']);
    expect(resolveConcepts([candidate('想法', 'definition', 0.7)]).map((c) => c.label)).toEqual(['想法']);
  });
  it('does not accept an everyday word on a label line (`思路：…`, scored 0.5), as it does a rarer word', () => {
    expect(resolveConcepts([candidate('思路', 'definition', 0.5), candidate('桔表', 'definition', 0.5)]).map((c) => c.label)).toEqual(['桔表']);
  });
  it('does not accept an everyday word before a generic noun (普通 + 例子) on frequency alone', () => {
    expect(resolveConcepts([candidate('普通例子', 'statistical', 0.6), candidate('桔表例子', 'statistical', 0.6)]).map((c) => c.label)).toEqual(['桔表例子']);
    expect(resolveConcepts([candidate('普通例子', 'title', 0.6)]).map((c) => c.label)).toEqual(['普通例子']);
  });
});

describe('tags', () => {
  it('takes a tag as evidence only for a key the text writes as a proper name', () => {
    const at = (c: Candidate, line: number): Candidate => ({ ...c, provenance: { ...c.provenance, line } });
    const out = resolveConcepts([
      at(candidate('zorping', 'tag', 0.45), 1),
      at(candidate('zorping', 'statistical', 0.25), 2),
      at(candidate('桔学', 'tag', 0.45), 1),
      at(candidate('桔学', 'statistical', 0.25), 3),
      at(candidate('quux', 'tag', 0.45), 1),
      at(candidate('Quux', 'statistical', 0.25), 4),
    ]);
    expect(out.map((c) => c.label)).toEqual(['Quux']);
  });
});

describe('clauses of time', () => {
  it('does not accept a word + 时 on frequency alone, keeps it on other evidence, and leaves 超时-like words', () => {
    expect(resolveConcepts([candidate('压缩时', 'statistical', 0.6), candidate('选举超时', 'statistical', 0.6)]).map((c) => c.label)).toEqual(['选举超时']);
    expect(resolveConcepts([candidate('压缩时', 'parenthetical', 0.9, ['zorp time'])]).map((c) => c.label)).toHaveLength(1);
  });
});

describe('attributes', () => {
  it('does not accept a noun and its quantity (桔表长度) on frequency alone, as it does the noun', () => {
    expect(resolveConcepts([candidate('桔表长度', 'statistical', 0.6), candidate('桔表', 'statistical', 0.6)]).map((c) => c.label)).toEqual(['桔表']);
    expect(resolveConcepts([candidate('桔表长度', 'title', 0.6)]).map((c) => c.label)).toEqual(['桔表长度']);
  });
});

describe('verbs', () => {
  it('does not accept a verb on frequency alone, accepts it on a heading or a definition', () => {
    expect(resolveConcepts([candidate('退出', 'statistical', 0.6), candidate('桔表', 'statistical', 0.6)]).map((c) => c.label)).toEqual(['桔表']);
    expect(resolveConcepts([candidate('退出', 'definition', 0.6)]).map((c) => c.label)).toEqual(['退出']);
  });
  it('needs two pieces of evidence for a describing phrase or a sentence-opening gerund, one for a term', () => {
    const at = (c: Candidate, line: number): Candidate => ({ ...c, provenance: { ...c.provenance, line } });
    const lone = [candidate('Quick widgets', 'definition', 0.6), candidate('Skipping cleanup', 'definition', 0.6), candidate('widget pool', 'definition', 0.6)];
    expect(resolveConcepts(lone, []).map((c) => c.label)).toEqual(['widget pool']);
    const twice = [candidate('Quick widgets', 'definition', 0.6), at(candidate('Quick widgets', 'heading', 0.45), 5)];
    expect(resolveConcepts(twice, []).map((c) => c.label)).toEqual(['Quick widgets']);
  });
  it('drops a phrase holding a personal pronoun or a degree predicate, whatever evidence names it', () => {
    const cs = [candidate('call the API yourself', 'definition', 0.9), candidate('等待太久', 'parenthetical', 0.9, ['wait.max.ms'])];
    expect(resolveConcepts(cs, [])).toEqual([]);
  });
});

describe('tags', () => {
  const at = (c: Candidate, file: string): Candidate => ({ ...c, provenance: { ...c.provenance, file } });
  const others = ['b.md', 'c.md', 'd.md'].map((file) => at(candidate('Docker', 'definition', 0.9), file));
  it('does not accept a tag on a few notes that the prose only echoes: a category of the vault', () => {
    const labels = resolveConcepts([at(candidate('gpu', 'tag', 0.45), 'a.md'), at(candidate('GPU', 'statistical', 0.25), 'b.md'), ...others]).map((c) => c.label);
    expect(labels).toEqual(['Docker']);
  });
  it('accepts it when it tags at least half the notes (the notes\' subject), or when the prose proposes it on its own', () => {
    const tags = ['a.md', 'b.md'].map((file) => at(candidate('git', 'tag', 0.45), file));
    expect(resolveConcepts([...tags, at(candidate('Git', 'statistical', 0.25), 'b.md'), ...others]).map((c) => c.label.toLowerCase())).toContain('git');
    const named = resolveConcepts([at(candidate('gpu', 'tag', 0.45), 'a.md'), at(candidate('GPU', 'statistical', 0.5), 'b.md'), ...others]);
    expect(named.map((c) => c.label)).toContain('GPU');
  });
});

describe('everyday English words', () => {
  // One note of ~2,000 words (12,000 characters): push (3598 uses in SUBTLEX's 51M words) is expected there ~0.14 times.
  const vault = [note(`${'word '.repeat(2400)}\n`)];
  const weak = (surface: string, uses: number): Candidate[] => [
    candidate(surface, 'heading', 0.45),
    { ...candidate(surface, 'statistical', 0.25), provenance: { signal: 'statistical', file: 'a.md', line: 3, column: 1, excerpt: `… ${surface} … (${uses}× in 1 note)` } },
  ];
  it('does not accept one on weak evidence (a heading, counts) when the notes use it about as often as speech does', () => {
    expect(resolveConcepts([...weak('push', 3), ...weak('zorgle', 3)], vault).map((c) => c.label)).toEqual(['zorgle']);
  });
  it('accepts it when the notes use it far more often (a subject of theirs), or on strong evidence', () => {
    expect(resolveConcepts(weak('tree', 40), vault).map((c) => c.label)).toEqual(['tree']);
    const defined = [...weak('push', 3), { ...candidate('push', 'definition', 0.7), provenance: { signal: 'definition' as const, file: 'a.md', line: 5, column: 1, excerpt: 'A push is …' } }];
    expect(resolveConcepts(defined, vault).map((c) => c.label)).toEqual(['push']);
  });
  it('leaves a word the text writes capitalised (a name) alone', () => {
    expect(resolveConcepts(weak('Push', 3), vault).map((c) => c.label)).toEqual(['Push']);
    // A tag is lower case by convention: it does not say how the text writes the word.
    expect(resolveConcepts([candidate('push', 'tag', 0.45), ...weak('Push', 3)], vault).map((c) => c.label)).toEqual(['Push']);
  });
  it('judges the use in the notes that hold the word, not over a large vault of other subjects', () => {
    const large = Array.from({ length: 20 }, (_, i) => note(`${'word '.repeat(2400)}\n`, `n${i}.md`));
    expect(resolveConcepts(weak('tree', 40), large).map((c) => c.label)).toEqual(['tree']);
  });
});

/** A candidate the statistical pass counted `uses` times in one note, with the excerpt that pass writes. */
function countedCandidate(surface: string, uses: number, score: number): Candidate {
  return {
    ...candidate(surface, 'statistical', score),
    provenance: { signal: 'statistical', file: 'n0.md', line: 3, column: 1, excerpt: `… ${surface} … (${uses}× in 1 note)` },
  };
}

describe('modifiers of named compounds', () => {
  const counted = (surface: string, uses: number) => countedCandidate(surface, uses, 0.6);
  const named = candidate('Zorp state', 'definition', 0.7);
  it('does not accept a counted word the text writes before a noun nearly every time, when the vault names one such compound', () => {
    const vault = [note('# Q\n\nA Zorp state is shared. Four Zorp states exist. The Zorp pair splits. Measure the Zorp basis.\n')];
    expect(resolveConcepts([counted('Zorp', 4), named], vault).map((c) => c.label)).toEqual(['Zorp state']);
  });
  it('accepts it when the text also uses it on its own, or names no compound it opens', () => {
    const alone = [note('# Q\n\nA Zorp state is shared. Zorp can split. It runs on Zorp. The Zorp pair splits.\n')];
    expect(resolveConcepts([counted('Zorp', 4), named], alone).map((c) => c.label)).toEqual(['Zorp', 'Zorp state']);
    const unnamed = [note('# Q\n\nZorp stores rows. Zorp keeps logs. Zorp splits pages.\n')];
    expect(resolveConcepts([counted('Zorp', 3)], unnamed).map((c) => c.label)).toEqual(['Zorp']);
  });
});

describe('everyday words opening sibling list items', () => {
  it('does not accept an everyday word that opens an item beside named siblings (Enough frobs…?), accepts a name there', () => {
    const vault = [
      note('Checklist:\n\n- FrobSpot runs it\n- QuuxBox runs it too\n- Enough frobs the wait\n- Blorp runs it as well\n', 'a.md'),
      note('FrobSpot (the FVM) and QuuxBox (Quux) are names.\n', 'b.md'),
    ];
    const cs = extractCandidates(vault, []);
    expect(cs.filter((c) => c.provenance.excerpt.includes('sibling of')).map((c) => c.surface)).toContain('Enough');
    expect(resolveConcepts(cs, vault).map((c) => c.label)).toEqual(['Blorp', 'FrobSpot', 'QuuxBox']);
  });
});

describe('Han pieces cut before their end', () => {
  const counted = (surface: string, uses: number) => countedCandidate(surface, uses, 0.56);
  it('does not accept a counted Han surface the text always writes before one and the same character (桔格空闲 of 桔格空闲块)', () => {
    const vault = [note('# 桔表\n\n不合并桔格空闲块，会有碎片。\n\n再合并桔格空闲块。\n')];
    expect(resolveConcepts([counted('桔格空闲', 2)], vault).map((c) => c.label)).toEqual([]);
  });
  it('accepts it when what follows varies, or is a particle', () => {
    const varied = [note('# 桔表\n\n桔格空闲块会碎。\n\n桔格空闲时合并。\n')];
    expect(resolveConcepts([counted('桔格空闲', 2)], varied).map((c) => c.label)).toEqual(['桔格空闲']);
    const particle = [note('# 桔表\n\n桔格空闲的块会碎。\n\n桔格空闲的时候合并。\n')];
    expect(resolveConcepts([counted('桔格空闲', 2)], particle).map((c) => c.label)).toEqual(['桔格空闲']);
  });
});

describe('general words', () => {
  it('does not accept a word of general Chinese on counts alone, unless it heads compounds or has other evidence', () => {
    expect(resolveConcepts([candidate('客户端', 'statistical', 0.6), candidate('宿主机', 'statistical', 0.6)]).map((c) => c.label)).toEqual(['宿主机']);
    expect(resolveConcepts([candidate('客户端', 'heading', 0.6)]).map((c) => c.label)).toEqual(['客户端']);
    // A rarer dictionary word (阈值 14, 码率 3) is a word of the language too; the dictionary's rarest (宿主机 2) is not.
    expect(resolveConcepts([candidate('阈值', 'statistical', 0.6), candidate('码率', 'statistical', 0.6)])).toEqual([]);
    const headed = resolveConcepts([candidate('内核', 'statistical', 0.6), candidate('宿主机内核', 'statistical', 0.6)]);
    expect(headed.map((c) => names(c))).toEqual([['内核', '宿主机内核']]);
  });
  it('keeps counted compounds of a head apart when one sentence or table row lays them out as its kinds', () => {
    const counted = ['确收性', '概率确收性', '确定性确收性', '经济确收性'].map((s) => candidate(s, 'statistical', 0.6));
    const labels = (text: string) => resolveConcepts(counted, [note(text)]).map((c) => names(c));
    // A table row (or a sentence) naming three kinds of 确收性 sorts it: each is a concept narrower than the head.
    expect(labels('| 确收性 | 概率确收性 | 经济确收性 | 确定性确收性 |\n')).toEqual([['概率确收性'], ['确定性确收性'], ['确收性'], ['经济确收性']]);
    // Written in separate sentences, or two side by side in passing, they are the head mentioned in longer words.
    const folded = [['概率确收性', '确定性确收性', '确收性', '经济确收性']];
    expect(labels('这是概率确收性；那是确定性确收性；还有经济确收性\n')).toEqual(folded);
    expect(labels('概率确收性很常见。\n\n确定性确收性和经济确收性在别处。\n')).toEqual(folded);
  });
  it('keeps a counted compound apart from its head when its modifier sorts into kinds (私有, a verb of the field), not an everyday verb', () => {
    const counted = ['桔序', '私有桔序', '守护桔序', '访问桔序'].map((s) => candidate(s, 'statistical', 0.6));
    const labels = (text: string) => resolveConcepts(counted, [note(text)]).map((c) => names(c));
    // 私有 (a distinguishing word) and 守护 (a rare verb) name kinds of 桔序; 访问 (an everyday verb) takes 桔序 as its object.
    expect(labels('私有桔序很少。\n\n守护桔序很多。\n\n访问桔序很慢。\n')).toEqual([['守护桔序'], ['桔序', '访问桔序'], ['私有桔序']]);
    // Written with 的 between its parts as well, the compound is a phrase about the head.
    expect(labels('私有桔序很少。\n\n私有的桔序也少。\n')).toEqual([['守护桔序'], ['桔序', '私有桔序', '访问桔序']]);
  });
  it('counts a weak list mention of a word of general Chinese (网卡 among a machine\'s parts) as prose, not a list of terms', () => {
    const at = (c: Candidate, line: number, excerpt: string): Candidate => ({ ...c, provenance: { ...c.provenance, line, excerpt } });
    const listed = (surface: string, score: number) => at(candidate(surface, 'statistical', score), 2, `enumeration: 处理器、内存、${surface}`);
    const cs = [candidate('网卡', 'statistical', 0.4), listed('网卡', 0.2), candidate('宿主机', 'statistical', 0.4), listed('宿主机', 0.2)];
    expect(resolveConcepts(cs).map((c) => c.label)).toEqual(['宿主机']);
    // A list the pass found named (0.5) still says the author listed terms.
    expect(resolveConcepts([candidate('网卡', 'statistical', 0.4), listed('网卡', 0.5)]).map((c) => c.label)).toEqual(['网卡']);
  });
  it('does not accept an everyday word heading counted compounds (内存, 物理内存) when the vault names other kinds of it as terms (虚拟内存)', () => {
    const at = (c: Candidate, line: number): Candidate => ({ ...c, provenance: { ...c.provenance, line } });
    const shape = (head: string, counted: string, named: string) => [
      at(candidate(head, 'statistical', 0.5), 1),
      at(candidate(counted, 'statistical', 0.5), 2),
      at(candidate(named, 'definition', 0.8), 3),
    ];
    expect(resolveConcepts(shape('内存', '物理内存', '虚拟内存')).map((c) => names(c))).toEqual([['虚拟内存']]);
    // 内核 (jieba 178) is technical vocabulary: its counted compounds build its concept.
    expect(resolveConcepts(shape('内核', '宿主机内核', '主线内核')).map((c) => names(c))).toEqual([['主线内核'], ['内核', '宿主机内核']]);
    // Without a named kind, 内存 heading its counted compounds stays.
    expect(resolveConcepts(shape('内存', '物理内存', '页表').slice(0, 2)).map((c) => names(c))).toEqual([['内存', '物理内存']]);
  });
  it('does not accept a frequent word of general Chinese on a section heading and counts (四、工具), as it does a rarer one', () => {
    const at = (c: Candidate, line: number): Candidate => ({ ...c, provenance: { ...c.provenance, line } });
    const cs = [candidate('工具', 'heading', 0.45), at(candidate('工具', 'statistical', 0.3), 2), candidate('页表', 'heading', 0.45), at(candidate('页表', 'statistical', 0.3), 2)];
    expect(resolveConcepts(cs).map((c) => c.label)).toEqual(['页表']);
  });
});

describe('places of a structure', () => {
  it('does not accept a side or an end of something (调用方, 左子树) on counts and enumerations, as it does on a translation', () => {
    const listed = (c: Candidate): Candidate => ({ ...c, provenance: { ...c.provenance, excerpt: 'enumeration: parallel: 左子树 / 右子树' } });
    const cs = [candidate('调用方', 'statistical', 0.6), listed(candidate('左子树', 'statistical', 0.6)), candidate('宿主机', 'statistical', 0.6)];
    expect(resolveConcepts(cs).map((c) => c.label)).toEqual(['宿主机']);
    expect(resolveConcepts([candidate('调用方', 'parenthetical', 0.9, ['caller'])]).map((c) => c.label)).toEqual(['调用方']);
  });
});

describe('titles with a classifier', () => {
  it('fold a title-only concept and its classifier (桔包协议) into the concept it opens with, not one whose tail is a concept', () => {
    const at = (c: Candidate, line: number): Candidate => ({ ...c, provenance: { ...c.provenance, line } });
    const cs = [candidate('桔包协议', 'title', 0.6), at(candidate('桔包', 'definition', 0.8), 3), at(candidate('页表', 'definition', 0.8), 5), at(candidate('桔包页表', 'title', 0.6), 7)];
    expect(resolveConcepts(cs).map((c) => names(c))).toEqual([['桔包', '桔包协议'], ['桔包页表'], ['页表']]);
  });
});

describe('judging phrases in Chinese', () => {
  it('drops a phrase opened by a word of how common or standard its noun is (主流桔表), unless a translation names it', () => {
    expect(resolveConcepts([candidate('主流桔表', 'heading', 0.45), candidate('主流桔表', 'statistical', 0.3), candidate('页表', 'heading', 0.45), candidate('页表', 'statistical', 0.3)]).map((c) => c.label)).toEqual(['页表']);
    expect(resolveConcepts([candidate('常用桔表', 'parenthetical', 0.9, ['zorp table'])]).map((c) => c.label)).toEqual(['常用桔表']);
  });
});

describe('titles qualified by a Latin word', () => {
  it('fold a title-only concept opened by a Latin word (ZS 桔包循环) into the Han concept it qualifies', () => {
    const at = (c: Candidate, line: number): Candidate => ({ ...c, provenance: { ...c.provenance, line } });
    const cs = [candidate('ZS 桔包循环', 'title', 0.6), at(candidate('ZS 桔包循环', 'heading', 0.45), 2), at(candidate('桔包循环', 'definition', 0.8), 3)];
    const one = resolveConcepts(cs);
    expect(one.map((c) => c.label)).toEqual(['桔包循环']);
    expect(one.map((c) => names(c))).toEqual([['ZS 桔包循环', '桔包循环']]);
    expect(resolveConcepts(cs.slice(0, 2)).map((c) => c.label)).toEqual(['ZS 桔包循环']);
  });
});

describe('evidence that needs corroboration', () => {
  it('counts a note title that is also its H1 as one piece of evidence: one place, not two signals', () => {
    const one = run(['# Storing frobs\n\nSalted hashes keep the frobs safe from theft.\n']);
    expect(byName(one, 'Storing frobs')).toBeUndefined();
    const two = run(['# Storing frobs\n\nSalted hashes keep the frobs safe from theft.\n', '# Other\n\nSome prose.\n\n## Storing frobs\n\nThey need salt.\n']);
    expect(byName(two, 'Storing frobs')).toBeDefined();
  });
});

describe('spellings of one name', () => {
  it('merges a Latin name and its classifier compound (CAP, CAP定理), not a compound whose tail is no classifier', () => {
    const cs = [
      candidate('CAP', 'keyword', 0.85),
      candidate('CAP定理', 'parenthetical', 0.9, ['CAP theorem']),
      candidate('CP', 'heading', 0.6),
      candidate('CP系统', 'statistical', 0.5),
      candidate('Docker', 'keyword', 0.85),
      candidate('Docker客户端', 'keyword', 0.85),
    ];
    const concepts = resolveConcepts(cs, []);
    expect(names(byName(concepts, 'CAP'))).toEqual(['CAP', 'CAP theorem', 'CAP定理']);
    expect(names(byName(concepts, 'CP'))).toEqual(['CP', 'CP系统']);
    expect(names(byName(concepts, 'Docker'))).toEqual(['Docker']);
  });
  it('merges a clipping and the full form whose words its pieces open (OTel, VByte, WB), only when one full form fits', () => {
    const cs = [
      candidate('OpenTelemetry', 'keyword', 0.85),
      candidate('OTel', 'statistical', 0.5),
      candidate('Variable Byte', 'statistical', 0.5),
      candidate('VByte', 'definition', 0.5),
      candidate('write-back', 'keyword', 0.85),
      candidate('WB', 'keyword', 0.85),
      candidate('Page Table', 'keyword', 0.85),
      candidate('Physical Tree', 'keyword', 0.85),
      candidate('PT', 'keyword', 0.85),
      candidate('OpenGL', 'keyword', 0.85),
    ];
    const concepts = resolveConcepts(cs, []);
    expect(names(byName(concepts, 'OTel'))).toEqual(['OTel', 'OpenTelemetry']);
    expect(names(byName(concepts, 'VByte'))).toEqual(['VByte', 'Variable Byte']);
    expect(names(byName(concepts, 'WB'))).toEqual(['WB', 'write-back']);
    expect(names(byName(concepts, 'PT'))).toEqual(['PT']); // two full forms fit: neither
    expect(names(byName(concepts, 'OpenGL'))).toEqual(['OpenGL']);
  });
  it('merges a name and its one dotted version (OAuth, OAuth 2.0), not a name of two versions', () => {
    const cs = [
      candidate('OAuth', 'keyword', 0.85),
      candidate('OAuth 2.0', 'keyword', 0.85),
      candidate('HTTP', 'keyword', 0.85),
      candidate('HTTP 1.1', 'keyword', 0.85),
      candidate('HTTP 2.0', 'keyword', 0.85),
      candidate('Layer 2', 'keyword', 0.85),
      candidate('Layer', 'keyword', 0.85),
    ];
    const concepts = resolveConcepts(cs, []);
    expect(names(byName(concepts, 'OAuth'))).toEqual(['OAuth', 'OAuth 2.0']);
    expect(names(byName(concepts, 'HTTP'))).toEqual(['HTTP']);
    expect(names(byName(concepts, 'Layer'))).toEqual(['Layer']);
  });
  it('merges a name and its one hyphenated version (AMQP, AMQP 0-9-1), not a name and a range (Ch, Ch 3-4)', () => {
    const cs = [
      candidate('AMQP', 'keyword', 0.85),
      candidate('AMQP 0-9-1', 'keyword', 0.85),
      candidate('Ch', 'keyword', 0.85),
      candidate('Ch 3-4', 'keyword', 0.85),
      candidate('ISO', 'keyword', 0.85),
      candidate('ISO 8601-1-2', 'keyword', 0.85),
    ];
    const concepts = resolveConcepts(cs, []);
    expect(names(byName(concepts, 'AMQP'))).toEqual(['AMQP', 'AMQP 0-9-1']);
    expect(names(byName(concepts, 'Ch'))).toEqual(['Ch']);
    expect(names(byName(concepts, 'ISO'))).toEqual(['ISO']);
  });
  it('merges Chinese compounds that differ by a 层/级 between two words (硬件层虚拟化, 硬件虚拟化, 硬件级虚拟化)', () => {
    const cs = [
      candidate('硬件层虚拟化', 'keyword', 0.85),
      candidate('硬件虚拟化', 'keyword', 0.85),
      candidate('硬件级虚拟化', 'keyword', 0.85),
      candidate('数据链路层', 'keyword', 0.85),
      candidate('数据链路', 'keyword', 0.85),
    ];
    const concepts = resolveConcepts(cs, []);
    expect(names(byName(concepts, '硬件虚拟化'))).toEqual(['硬件层虚拟化', '硬件级虚拟化', '硬件虚拟化']);
    expect(names(byName(concepts, '数据链路'))).toEqual(['数据链路']);
  });
  it('merges a one-word gerund and the word it is made of (Rebasing, rebase; Mipmapping, mipmap), not a longer name', () => {
    const cs = [
      candidate('rebase', 'keyword', 0.85),
      candidate('Rebasing', 'heading', 0.6),
      candidate('mipmap', 'keyword', 0.85),
      candidate('Mipmapping', 'keyword', 0.85),
      candidate('string', 'keyword', 0.85),
      candidate('str', 'keyword', 0.85),
      candidate('Setting', 'keyword', 0.85),
      candidate('set', 'keyword', 0.85),
    ];
    const concepts = resolveConcepts(cs, []);
    expect(names(byName(concepts, 'rebase'))).toEqual(['Rebasing', 'rebase']);
    expect(names(byName(concepts, 'mipmap'))).toEqual(['Mipmapping', 'mipmap']);
    expect(names(byName(concepts, 'string'))).toEqual(['string']);
    expect(names(byName(concepts, 'Setting'))).toEqual(['Setting']);
  });
  it('merges a phrase ending in a gerund and the phrase ending in its word (Remote zorping, remote zorp), not another phrase', () => {
    const cs = [
      candidate('remote zorp', 'keyword', 0.85),
      candidate('Remote zorping', 'heading', 0.6),
      candidate('local zorping', 'keyword', 0.85),
    ];
    const concepts = resolveConcepts(cs, []);
    expect(names(byName(concepts, 'remote zorp'))).toEqual(['Remote zorping', 'remote zorp']);
    expect(names(byName(concepts, 'local zorping'))).toEqual(['local zorping']);
  });
  it("merges a name in the possessive before its head and the name alone (Zorbo's algorithm, Zorbo), not another name", () => {
    const cs = [
      candidate('Zorbo', 'keyword', 0.85),
      candidate("Zorbo's algorithm", 'heading', 0.6),
      candidate("Frobel's law", 'keyword', 0.85),
    ];
    const concepts = resolveConcepts(cs, []);
    expect(names(byName(concepts, 'Zorbo'))).toEqual(['Zorbo', "Zorbo's algorithm"]);
    expect(names(byName(concepts, "Frobel's law"))).toEqual(["Frobel's law"]);
  });
  it('merges a modifier written alone into the one term it modifies (out-of-order, serializable), not a name or a noun', () => {
    const cs = [
      candidate('out-of-order', 'keyword', 0.85),
      candidate('out-of-order execution', 'keyword', 0.85),
      candidate('serializable', 'keyword', 0.85),
      candidate('serializable isolation', 'keyword', 0.85),
      candidate('B-tree', 'keyword', 0.85),
      candidate('B-tree index', 'keyword', 0.85),
      candidate('topic', 'keyword', 0.85),
      candidate('topic exchange', 'keyword', 0.85),
      candidate('reactive', 'keyword', 0.85),
      candidate('reactive streams', 'keyword', 0.85),
      candidate('reactive systems', 'keyword', 0.85),
    ];
    const concepts = resolveConcepts(cs, []);
    expect(names(byName(concepts, 'out-of-order'))).toEqual(['out-of-order', 'out-of-order execution']);
    expect(names(byName(concepts, 'serializable'))).toEqual(['serializable', 'serializable isolation']);
    expect(names(byName(concepts, 'B-tree'))).toEqual(['B-tree']);
    expect(names(byName(concepts, 'topic'))).toEqual(['topic']);
    expect(names(byName(concepts, 'reactive'))).toEqual(['reactive']); // two terms: neither
  });
  it('merges an -ity quality into the one term its adjective opens (Hermeticity, hermetic build), not when two terms share it', () => {
    const cs = [
      candidate('Hermeticity', 'heading', 0.6),
      candidate('hermetic build', 'keyword', 0.85),
      candidate('purity', 'keyword', 0.85),
      candidate('pure function', 'keyword', 0.85),
      candidate('pure code', 'keyword', 0.85),
    ];
    const concepts = resolveConcepts(cs, []);
    expect(names(byName(concepts, 'hermetic build'))).toEqual(['Hermeticity', 'hermetic build']);
    expect(names(byName(concepts, 'purity'))).toEqual(['purity']);
  });
});

describe('two concepts joined', () => {
  it('are no third concept when each side is a concept of its own (`A和B`, `A and B`, `A/B`)', () => {
    const labels = resolveConcepts(
      ['预训练', '微调', '预训练和微调', 'Sampling', 'Quantization', 'Sampling and Quantization', 'Confirm', 'Cancel', 'Confirm/Cancel', 'TCP', 'TCP/IP', '词频饱和'].map((s) =>
        candidate(s, 'wikilink', 0.95),
      ),
    ).map((c) => c.label);
    expect(labels.sort()).toEqual(['Cancel', 'Confirm', 'Quantization', 'Sampling', 'TCP', 'TCP/IP', '微调', '词频饱和', '预训练'].sort()); // IP is no concept: TCP/IP is one name
  });
});

describe('a concept with a word of the sentence or a symbol glued on', () => {
  it('is no concept of its own when the rest is a concept (先看坐标系, 用桔量, value function V^π), and stays when it is not', () => {
    const labels = resolveConcepts(
      ['坐标系', '先看坐标系', '桔量', '用桔量', '由器', 'value function', 'value function V^π', 'time constant τ', 'Vitamin', 'Vitamin C', '与门', '门'].map((s) =>
        candidate(s, 'wikilink', 0.95),
      ),
    ).map((c) => c.label);
    // 由器: the rest is no concept; Vitamin C: a bare capital names a thing; 与门: 与 is not a glued word.
    expect(labels.sort()).toEqual(['Vitamin', 'Vitamin C', 'value function', 'time constant τ', '与门', '门', '坐标系', '桔量', '由器'].sort());
  });
});

describe('a Chinese name written beside its symbol', () => {
  it('is another spelling of the name (桔年 ly → 桔年), unless the symbol is another concept or the name is none', () => {
    const concepts = resolveConcepts(
      ['桔年', '桔年 ly', '桔距', '桔距 pc', 'pc', 'Personal Computer', '桔单 AU'].map((s) => candidate(s, 'wikilink', 0.95, s === 'pc' ? ['Personal Computer'] : [])),
    );
    expect(names(byName(concepts, '桔年'))).toEqual(['桔年', '桔年 ly']);
    expect(byName(concepts, '桔距 pc')).toBeDefined(); // pc names another concept here
    expect(byName(concepts, '桔单 AU')).toBeDefined(); // 桔单 is no concept
  });
});

describe('a word that headings and tables write without its head noun', () => {
  const notes = (prose: string) => [note(`# Frob vs zorp\n\n| | frob | zorp |\n|---|---|---|\n| size | big | small |\n\n${prose}\n`, 'a.md')];
  const heading = (w: string) => ({ ...candidate(w, 'heading', 0.9), provenance: { signal: 'heading' as const, file: 'a.md', line: 1, column: 1, excerpt: w } });
  const pieces = [candidate('frob lens', 'wikilink', 0.95), candidate('zorp lens', 'wikilink', 0.95), heading('frob'), heading('zorp')];
  it('is no concept when the prose writes it only before a concept it modifies (frob lens)', () => {
    const labels = resolveConcepts(pieces, notes('A frob lens has one focal length; a zorp lens has many.')).map((c) => c.label);
    expect(labels).not.toContain('frob');
    expect(labels).toContain('frob lens');
  });
  it('stays when the prose also writes it alone', () => {
    const labels = resolveConcepts(pieces, notes('A frob lens has one focal length. Frob is sharper, and a frob weighs less.')).map((c) => c.label);
    expect(labels).toContain('frob');
  });
});

describe('glosses of a surface cut short', () => {
  const at = (c: Candidate, line: number): Candidate => ({ ...c, provenance: { ...c.provenance, line } });
  it('name the whole term on their line, not the broader surface the bracket was cut to', () => {
    const concepts = resolveConcepts([
      at(candidate('桔量', 'parenthetical', 0.9, ['flag count']), 1),
      at(candidate('桔量', 'parenthetical', 0.9, ['binary flag count']), 5),
      at(candidate('二值桔量', 'definition', 0.5), 5),
    ]);
    expect(names(byName(concepts, '桔量'))).toEqual(['flag count', '桔量']);
    expect(names(byName(concepts, '二值桔量'))).toEqual(['binary flag count', '二值桔量']);
  });
  it('an acronym spelling a modifier before the initials of another gloss (MLP beside perceptron) names a kind too', () => {
    const concepts = resolveConcepts([
      at(candidate('桔知机', 'parenthetical', 0.9, ['zerceptron']), 1),
      at(candidate('桔知机', 'parenthetical', 0.9, ['MLZ']), 5),
      at(candidate('桔度下降', 'parenthetical', 0.9, ['ZD']), 2),
      at(candidate('桔度下降', 'parenthetical', 0.9, ['SZD']), 8),
      at(candidate('随机桔度下降', 'definition', 0.5), 8),
    ]);
    expect(names(byName(concepts, '桔知机'))).toEqual(['zerceptron', '桔知机']);
    expect(byName(concepts, 'MLZ')?.label).toBe('MLZ');
    expect(names(byName(concepts, '随机桔度下降'))).toEqual(['SZD', '随机桔度下降']);
    expect(names(byName(concepts, '桔度下降'))).toEqual(['ZD', '桔度下降']);
  });
  it('of an English head too (`collector (also called an exact collector)` beside `precise collector`)', () => {
    const concepts = resolveConcepts([
      at(candidate('zollector', 'wikilink', 0.95), 1),
      at(candidate('zollector', 'parenthetical', 0.9, ['exact zollector']), 7),
      at(candidate('precise zollector', 'definition', 0.55), 7),
    ]);
    expect(names(byName(concepts, 'zollector'))).toEqual(['zollector']);
    expect(names(byName(concepts, 'precise zollector'))).toEqual(['exact zollector', 'precise zollector']);
  });
});

describe('one gloss given to two Chinese surfaces', () => {
  it('names the one it is the only gloss of, not the one with a name of its own (抖桔（Zither） beside 量桔（zither）, 量桔 also Zuantization)', () => {
    const concepts = resolveConcepts([
      candidate('量桔', 'parenthetical', 0.9, ['Zuantization']),
      candidate('抖桔', 'parenthetical', 0.9, ['Zither']),
      candidate('量桔', 'parenthetical', 0.9, ['zither']),
    ]);
    expect(names(byName(concepts, '量桔'))).toEqual(['Zuantization', '量桔']);
    expect(names(byName(concepts, '抖桔'))).toEqual(['Zither', '抖桔']);
  });
  it('stays with both when neither has another name', () => {
    const concepts = resolveConcepts([candidate('量桔', 'parenthetical', 0.9, ['zither']), candidate('抖桔', 'parenthetical', 0.9, ['zither'])]);
    expect(byName(concepts, '量桔')).toBe(byName(concepts, '抖桔'));
  });
});

describe('an English compound whose prefix is a lower-case word', () => {
  it('is a kind of the head, not the head said with a product name (`gloppy zunctor` beside `zunctor`)', () => {
    const concepts = resolveConcepts([
      candidate('zunctor', 'definition', 0.8),
      candidate('gloppy', 'definition', 0.8),
      candidate('Gloppy zunctor', 'heading', 0.45),
      candidate('gloppy zunctor', 'definition', 0.5),
    ]);
    expect(concepts.map((c) => names(c))).toEqual([['gloppy'], ['Gloppy zunctor'], ['zunctor']]);
  });
});

describe('the spelling of a label', () => {
  const at = (c: Candidate, line: number): Candidate => ({ ...c, provenance: { ...c.provenance, line } });
  it('is the prose spelling over a capital only titles and headings give (## Zorp Frobbing … zorp frobbing)', () => {
    const cs = [at(candidate('Zorp Frobbing', 'heading', 0.6), 3), at(candidate('Zorp Frobbing', 'title', 0.6), 1), at(candidate('zorp frobbing', 'statistical', 0.3), 9)];
    expect(resolveConcepts(cs, []).map((c) => c.label)).toEqual(['zorp frobbing']);
  });
  it('counts a count located on the heading line as the heading spelling (Zorp Frobbing (3×) on `## Zorp Frobbing`)', () => {
    const cs = [at(candidate('Zorp Frobbing', 'heading', 0.6), 3), at(candidate('Zorp Frobbing', 'statistical', 0.3), 3), at(candidate('zorp frobbing', 'definition', 0.3), 9)];
    expect(resolveConcepts(cs, []).map((c) => c.label)).toEqual(['zorp frobbing']);
  });
  it('keeps a name with a capital inside a word, and a capital the prose writes too', () => {
    const inner = [at(candidate('ZorpSQL', 'heading', 0.6), 3), at(candidate('zorpsql', 'statistical', 0.3), 9)];
    expect(resolveConcepts(inner, []).map((c) => c.label)).toEqual(['ZorpSQL']);
    const named = [at(candidate('Zorpernetes', 'heading', 0.6), 3), at(candidate('Zorpernetes', 'statistical', 0.3), 9), at(candidate('zorpernetes', 'statistical', 0.3), 12)];
    expect(resolveConcepts(named, []).map((c) => c.label)).toEqual(['Zorpernetes']);
  });
  it('keeps the spaces and hyphens of the name (a slug in the prose is no spelling of it)', () => {
    const cs = [at(candidate('Zorp frobbing', 'heading', 0.6), 3), at(candidate('zorp-frobbing', 'statistical', 0.3), 9)];
    expect(resolveConcepts(cs, []).map((c) => c.label)).toEqual(['Zorp frobbing']);
  });
  const spelled = (c: Candidate, proseSpelling: string): Candidate => ({ ...c, proseSpelling });
  it('takes the case the counted prose writes mid-sentence over list items and sentence openings (Zorp frob – … → zorp frob)', () => {
    const cs = [at(candidate('Zorp frob', 'definition', 0.5), 3), at(candidate('Zorp frob', 'definition', 0.5), 4), spelled(at(candidate('Zorp frob', 'statistical', 0.25), 3), 'zorp frob')];
    expect(resolveConcepts(cs, []).map((c) => c.label)).toEqual(['zorp frob']);
  });
  it('gives a name back its capital when the prose capitalises it mid-sentence (zorpit in keywords, Zorpit in prose)', () => {
    const cs = [candidate('zorpit', 'keyword', 0.85), candidate('zorpit', 'tag', 0.45), spelled(candidate('zorpit', 'statistical', 0.5), 'Zorpit')];
    expect(resolveConcepts(cs, []).map((c) => c.label)).toEqual(['Zorpit']);
  });
  it('changes the case only: the chosen word forms stay (Zorp frobs → zorp frobs though the prose writes zorp frob)', () => {
    const cs = [at(candidate('Zorp frobs', 'definition', 0.5), 3), at(candidate('Zorp frobs', 'definition', 0.5), 4), spelled(at(candidate('Zorp frobs', 'statistical', 0.25), 3), 'zorp frob')];
    expect(resolveConcepts(cs, []).map((c) => c.label)).toEqual(['zorp frobs']);
  });
  it('keeps capitals inside a word whatever the prose writes (zGRP)', () => {
    const cs = [candidate('zGRP', 'definition', 0.5), candidate('zGRP', 'keyword', 0.85), spelled(candidate('zGRP', 'statistical', 0.25), 'zgrp')];
    expect(resolveConcepts(cs, []).map((c) => c.label)).toEqual(['zGRP']);
  });
});

describe('a lone head word', () => {
  it('known from a heading folds into the one term that ends with it (### Zorps, frob zorp), not into one of two', () => {
    const cs = [
      candidate('Zorps', 'heading', 0.6),
      candidate('frob zorp', 'keyword', 0.85),
      candidate('Quux', 'heading', 0.6),
      candidate('alpha quux', 'keyword', 0.85),
      candidate('beta quux', 'keyword', 0.85),
    ];
    const concepts = resolveConcepts(cs, []);
    expect(names(byName(concepts, 'frob zorp'))).toEqual(['Zorps', 'frob zorp']);
    expect(byName(concepts, 'frob zorp')!.label).toBe('frob zorp');
    expect(names(byName(concepts, 'Quux'))).toEqual(['Quux']);
  });
});

describe('the tail of a longer name', () => {
  it('keeps no concept for a capitalised word the text always writes after a name or a possessive', () => {
    const text =
      "# Certificates\n\nWe get certificates from Let's Frobnicate now. The Let's Frobnicate client renews them.\n\nBefore Let's Frobnicate, it cost money; Let's Frobnicate changed that.\n";
    expect(run([text]).map((c) => c.label)).not.toContain('Frobnicate');
  });
  it('keeps one the text also writes on its own', () => {
    const text = '# Certificates\n\nFrobnicate issues them. We use Frobnicate now, and Frobnicate renews them.\n\nOur Zorp Frobnicate setup is old.\n';
    expect(run([text]).map((c) => c.label)).toContain('Frobnicate');
  });
});
