import { describe, expect, it } from 'vitest';
import { candidateOf } from './candidate.js';
import type { NoteId } from '../types.js';

describe('candidateOf', () => {
  it('writes the six fields of a plain candidate literal, in its order and nothing else (the JSON is unchanged)', () => {
    const provenance = { signal: 'statistical' as const, note: 'n' as NoteId, file: 'a.md', line: 1, column: 1, excerpt: 'x' };
    const c = candidateOf('容器', 'zh', 'statistical', [], 0.5, provenance);
    expect(Object.keys(c)).toEqual(['surface', 'lang', 'signal', 'aliases', 'score', 'provenance']);
    expect(JSON.stringify(c)).toBe(JSON.stringify({ surface: '容器', lang: 'zh', signal: 'statistical', aliases: [], score: 0.5, provenance }));
  });
});
