import { describe, expect, it } from 'vitest';
import { candidateOf } from './candidate.js';
import type { NoteId } from '../types.js';

const ALL_FIELDS = ['surface', 'lang', 'signal', 'aliases', 'definition', 'type', 'broader', 'related', 'score', 'provenance', 'proseSpelling'];

describe('candidateOf', () => {
  const provenance = { signal: 'statistical' as const, note: 'n' as NoteId, file: 'a.md', line: 1, column: 1, excerpt: 'x' };

  it('writes every field, in one order, whatever is set (one hidden class), and the JSON of a plain candidate is unchanged', () => {
    const c = candidateOf('容器', 'zh', 'statistical', [], 0.5, provenance);
    expect(Object.keys(c)).toEqual(ALL_FIELDS);
    expect(JSON.stringify(c)).toBe(JSON.stringify({ surface: '容器', lang: 'zh', signal: 'statistical', aliases: [], score: 0.5, provenance }));
  });

  it('keeps the same keys and order with extras, which JSON lists in the declared order', () => {
    const d = candidateOf('容器', 'zh', 'definition', [], 0.9, provenance, { definition: '容器是…' });
    const s = candidateOf('Raft', 'en', 'statistical', [], 0.3, provenance, { proseSpelling: 'raft' });
    expect(Object.keys(d)).toEqual(ALL_FIELDS);
    expect(Object.keys(s)).toEqual(ALL_FIELDS);
    expect(Object.keys(JSON.parse(JSON.stringify(d)))).toEqual(['surface', 'lang', 'signal', 'aliases', 'definition', 'score', 'provenance']);
    expect(Object.keys(JSON.parse(JSON.stringify(s)))).toEqual(['surface', 'lang', 'signal', 'aliases', 'score', 'provenance', 'proseSpelling']);
  });
});
