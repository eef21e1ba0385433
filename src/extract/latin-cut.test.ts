import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { describe, expect, it } from 'vitest';
import { cutLatin, isLatinOnly } from './latin-cut.js';

const jieba = Jieba.withDict(dict);

describe('cutLatin', () => {
  it('gives jieba’s tokens on text without CJK characters', () => {
    const texts = [
      'kube-apiserver talks to etcd (v3.5.1), e.g. 100% of 3.5% requests',
      'C++ c#and AT&T ATT C#C++ C+++ AT&AT&T',
      'a-1 a.1.2 x.5y Ab12cd.34%x a%b% ... +#& __ %%',
      'café — “quoted” it’s\r\nnext\r\r\n\n  \t line\u00a0\u0085\u2028end',
    ];
    for (const text of texts) expect(cutLatin(text)).toEqual(jieba.cut(text, true));
  });

  it('agrees with jieba on random text', () => {
    const pool = ['a', 'Z', 'c', 'C', 'T', '0', '7', '+', '#', '&', '.', '_', '%', '-', ' ', '\t', '\n', '\r', ',', '(', 'é', '—', '“', 'ж', '\u2028', 'C++', 'c#', 'AT&T', 'v1.2', '\r\n'];
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    for (let k = 0; k < 3000; k++) {
      let text = '';
      for (let i = 1 + next(24); i > 0; i--) text += pool[next(pool.length)];
      expect(cutLatin(text)).toEqual(jieba.cut(text, true));
    }
  });

  it('leaves text with CJK characters to jieba', () => {
    expect(isLatinOnly('Docker images')).toBe(true);
    expect(isLatinOnly('Docker 镜像')).toBe(false);
    expect(isLatinOnly('⺀')).toBe(false);
  });
});
