/** definitions.ts helpers that stand in for a pattern: they must find what the pattern finds. */
import { describe, expect, it } from 'vitest';
import { appositions } from './definitions.js';

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
