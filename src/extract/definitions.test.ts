/** definitions.ts helpers that stand in for a pattern: they must find what the pattern finds. */
import { describe, expect, it } from 'vitest';
import { appositions, mayHaveSubjectVerb, withoutAdverbBeforeCopula } from './definitions.js';
import { extractCandidates } from './index.js';
import { note } from './testing.js';

/** What appositions() replaces: the pattern, exec() in a loop. */
const APPOSITION = /([A-Za-z0-9][A-Za-z0-9.+#/-]*),\s+(?:an?|the|which\s+(?:is|was|are))\s+[a-z]/gu;

function byPattern(text: string): Array<{ index: number; name: string }> {
  const out: Array<{ index: number; name: string }> = [];
  APPOSITION.lastIndex = 0;
  for (let m = APPOSITION.exec(text); m; m = APPOSITION.exec(text)) out.push({ index: m.index, name: m[1] });
  return out;
}

describe('appositions', () => {
  it('finds the matches of APPOSITION, in order', () => {
    const texts = [
      'Most common is TOTP, a six-digit code, and HOTP, the counter one.',
      'It replaced SSL, which is broken, and V8, an engine.',
      'X, a bc, the x',
      '..., a x',
      'a.b-c/d, which is x',
      'Foo,\n an bar',
      '-x, the y',
      'ab, an, a c',
      '中文, a b',
      ', a b',
    ];
    for (const text of texts) expect(appositions(text)).toEqual(byPattern(text));
  });

  it('agrees with the pattern on random strings of its pieces', () => {
    const pieces = ['a', 'X', '1', ',', ' ', ' a ', ' the ', ' which is ', '.', '-', '/', '中', '\n', 'an', ', a b'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % pieces.length;
    for (let i = 0; i < 5000; i++) {
      let text = '';
      for (let k = 0; k < 10; k++) text += pieces[next()];
      expect(appositions(text)).toEqual(byPattern(text));
    }
  });
});

describe('a comma before a line break or several spaces', () => {
  const defined = (text: string, surface: string) =>
    extractCandidates([note(text)], []).some((c) => c.surface === surface && c.signal === 'definition');
  it('reads an apposition after a hard-wrapped comma (ZOTP,\\na six-digit code) or two spaces', () => {
    expect(defined('For the second factor most sites that care about their users now use ZOTP,\na six-digit code that changes.\n', 'ZOTP')).toBe(true);
    expect(defined('For the second factor most sites that care about their users replaced ZSL,\nwhich is broken by now.\n', 'ZSL')).toBe(true);
    expect(defined('Most sites now use ZOTP,  a six-digit code that changes.\n', 'ZOTP')).toBe(true);
  });
  it('reads the clause after a hard-wrapped `, and` (…,\\nand the zorp server is …)', () => {
    expect(defined('Two servers are involved in every exchange that the client starts with them,\nand the zorp server is the API that holds data.\n', 'zorp server')).toBe(true);
  });
});

describe('a subject that compares two things', () => {
  const subjects = (text: string) => extractCandidates([note(text)], []).filter((c) => c.signal === 'definition').map((c) => c.surface);
  it('is no name of either (Zorp vs frob: …, Preload vs prefetch is …)', () => {
    expect(subjects('- Zorp vs frob caching: zorp is faster but risks stale content.\n- Quux paging: the other one.\n')).not.toContain('Zorp vs frob caching');
    expect(subjects('Preload vs prefetch is the one I mixed up.\n')).not.toContain('Preload vs prefetch');
  });
  it('leaves a label without a comparison (Quux paging: …)', () => {
    expect(subjects('- Zorp vs frob caching: zorp is faster but risks stale content.\n- Quux paging: the other one.\n')).toContain('Quux paging');
  });
});

describe('a subject opened by a function word or a contraction', () => {
  const subjects = (text: string) => extractCandidates([note(text)], []).filter((c) => c.signal === 'definition').map((c) => c.surface);
  it('is a phrase or a clause, not a name (After zorping: …, They\'re frob traits: …, Another site makes …)', () => {
    const found = subjects("- After zorping: the quux keeps going.\n- They're frob traits: the compiler adds them.\n- Quux paging: the other one.\n\nAnother site makes the victim's browser send a request.\n");
    expect(found).not.toContain('After zorping');
    expect(found).not.toContain("They're frob traits");
    expect(found).not.toContain('Another site');
    expect(found).toContain('Quux paging');
  });
});

describe('a label that is a setting with its value', () => {
  it('names the setting (`zorp-age=N` — …, ZORPGC=100: …)', () => {
    const subjects = extractCandidates([note('- `zorp-age=N` — fresh for N seconds, reuse it\n- `frob-cache` — may store, but must revalidate\n- ZORPGC=100: next cycle when the heap has doubled\n')], [])
      .filter((c) => c.signal === 'definition')
      .map((c) => c.surface);
    expect(subjects).toEqual(expect.arrayContaining(['zorp-age', 'ZORPGC']));
  });
});

describe('a label of two spellings joined by a slash', () => {
  it('labels the first and keeps the second as its other name (zorping / frobbing — …)', () => {
    const found = extractCandidates([note('- zorping / frobbing — telling the quux to drop cached objects on deploy\n- Quux paging: the other one.\n- Frob keys: the third one.\n')], []).filter((c) => c.signal === 'definition');
    expect(found.map((c) => c.surface)).not.toContain('zorping / frobbing');
    expect(found.find((c) => c.surface === 'zorping')?.aliases.map((a) => a.text)).toEqual(['frobbing']);
  });

  it('keeps a single lower-case word so named as a name, not a rubric, so its glossary still counts it', () => {
    const found = extractCandidates([note('- quuxive / blorp — the whole frame weighted in zones\n- zarn-weighted — mostly the middle\n- flimp — a small circle only\n')], []);
    const quux = found.find((c) => c.signal === 'definition' && c.surface === 'quuxive');
    expect(quux?.aliases.map((a) => a.text)).toEqual(['blorp']);
    expect(quux?.score).toBeGreaterThanOrEqual(0.5);
  });
});

describe('a list item opening with its subject', () => {
  const best = (text: string, surface: string) => Math.max(0, ...extractCandidates([note(text)], []).filter((c) => c.signal === 'definition' && c.surface === surface).map((c) => c.score));
  const text = '- keep zorp tokens short-lived and accept the window\n- the frob convention decides where arguments go\n';
  it('is read so when the phrase has an article or a capital (the frob convention decides …)', () => {
    expect(best(text, 'frob convention')).toBe(0.5);
  });
  it('is not when the item opens with bare lower-case words, a step (keep zorp tokens short-lived)', () => {
    expect(best(text, 'keep zorp')).toBeLessThan(0.5);
  });
});

describe('a bare lower-case list item whose verb takes a determined object', () => {
  it('still opens with its subject (- frob folding slides a small window …)', () => {
    const found = extractCandidates([note('- frob folding slides a small window over the code.\n- keep zorp tokens short-lived and accept it\n')], []).filter((c) => c.signal === 'definition');
    expect(Math.max(0, ...found.filter((c) => c.surface === 'frob folding').map((c) => c.score))).toBe(0.5);
  });
});

describe('a lone label line', () => {
  const score = (text: string, surface: string) => Math.max(0, ...extractCandidates([note(text)], []).filter((c) => c.signal === 'definition' && c.surface === surface).map((c) => c.score));
  it('vouches for a noun phrase naming one thing (Zorp fatigue: …)', () => {
    expect(score('Some prose first.\n\nZorp fatigue: when every page fires, nobody reads the pages.\n', 'Zorp fatigue')).toBe(0.5);
  });
  it('does not for a plural head, a subject and its verb, an opening verb in -s or everyday words only', () => {
    expect(score('Some prose first.\n\nZorp objects: boxes with a table of methods.\n', 'Zorp objects')).toBeLessThan(0.5);
    expect(score('Some prose first.\n\nZorp updates happen: when the frob is stale.\n', 'Zorp updates happen')).toBeLessThan(0.5);
    expect(score('Some prose first.\n\nsends zorp_key: the client adds it to the request.\n', 'sends zorp_key')).toBeLessThan(0.5);
    expect(score('Some prose first.\n\nOpen question: whether the frob should wait.\n', 'Open question')).toBeLessThan(0.5);
  });
});

describe('a list item with a phrase before a comma', () => {
  const surfaces = (text: string) => extractCandidates([note(text)], []).filter((c) => c.signal === 'definition').map((c) => c.surface);
  it('labels what follows when a clause follows (an intermediate zorp, signed by the root)', () => {
    expect(surfaces('- an intermediate zorp, signed by the root frob\n- a leaf zorp, signed by the intermediate\n')).toContain('intermediate zorp');
  });
  it('does not when more items of a series follow (changing zorp width, height, margin)', () => {
    expect(surfaces('- changing zorp width, height, margin, padding\n- reading frob offsets, scroll positions\n')).not.toContain('changing zorp width');
  });
});

describe('withoutAdverbBeforeCopula', () => {
  it('drops an adverb ending the clause with the spaces before it, as the pattern and trim() did', () => {
    const byPattern = (clause: string) => clause.replace(/\s*(?:就|也|便|正|即|则|还|才)$/u, '').trim();
    for (const clause of ['Docker 镜像 就', ' 容器也', '容器就 ', '成就', '就', '', '才 才', '镜像\n\t则', 'image']) {
      expect(withoutAdverbBeforeCopula(clause)).toBe(byPattern(clause));
    }
    expect(withoutAdverbBeforeCopula('Docker 镜像 就')).toBe('Docker 镜像');
  });
});

describe('mayHaveSubjectVerb', () => {
  it('holds where an auxiliary or a verb in -s is among the second to fifth words', () => {
    expect(mayHaveSubjectVerb('The query planner decides the join order.')).toBe(true);
    expect(mayHaveSubjectVerb('A checksum is a short digest.')).toBe(true);
    expect(mayHaveSubjectVerb('Type inference lets programmers omit types')).toBe(true);
    expect(mayHaveSubjectVerb('The four golden signals are latency, traffic, errors')).toBe(true);
    expect(mayHaveSubjectVerb('HTTPS is everywhere')).toBe(true);
  });

  it('fails where no such word is there: the phrase is never read', () => {
    expect(mayHaveSubjectVerb('In practice the first thing happened.')).toBe(false);
    expect(mayHaveSubjectVerb('Checks is')).toBe(true);
    expect(mayHaveSubjectVerb('is the verb first')).toBe(false);
    expect(mayHaveSubjectVerb('The status bus virus')).toBe(false);
    expect(mayHaveSubjectVerb('one two three four five is')).toBe(false);
  });
});
