import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { describe, expect, it } from 'vitest';
import { cutLatin, cutMixed, isLatinOnly, mayBeDictionaryWord } from './latin-cut.js';

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

describe('cutMixed', () => {
  const cutHan = (runs: string) => jieba.cut(runs, true);

  it('gives jieba’s tokens on mixed text, sending it only the Han runs', () => {
    const texts = [
      'Docker 镜像（image）是只读模板，Docker镜像由多层组成。',
      '虚拟机监视器 (VMM) 又称 hypervisor：KVM、Xen 和 VMware ESXi\r\n第二行\u3000全角空格',
      '𠀀𠀁 emoji 😀 在中文里，⺀⻳ ぁア 한국어 ＡＢＣ１２３',
      '100%的C++程序员和AT&T公司 v1.2版本 kube-apiserver组件',
      '',
      '，。！',
    ];
    const sent: string[] = [];
    for (const text of texts) {
      expect(cutMixed(text, (runs) => (sent.push(runs), cutHan(runs)))).toEqual(jieba.cut(text, true));
    }
    expect(sent.join('')).not.toMatch(/ image|hypervisor|emoji/u);
  });

  it('agrees with jieba on random text', () => {
    const pool = ['镜像', '容', '器', '虚拟', '机', '的', '是', '集', '𠀀', '𪛖', '😀', '，', '。', '（', '）', '、', '\u3000', 'ア', '⺀', '豈', 'a', 'Z', 'C', '0', '7', '+', '#', '&', '.', '_', '%', '-', ' ', '\t', '\n', '\r', '\r\n', ',', '(', 'é', '—', 'C++', 'AT&T', 'v1.2', 'Docker', '\u00a0'];
    let seed = 11;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    for (let k = 0; k < 4000; k++) {
      let text = '';
      for (let i = 1 + next(30); i > 0; i--) text += pool[next(pool.length)];
      expect(cutMixed(text, cutHan)).toEqual(jieba.cut(text, true));
    }
  });

  it('leaves text with a lone surrogate to jieba', () => {
    expect(cutMixed('镜像\ud800容器', cutHan)).toBeUndefined();
    expect(cutMixed('镜像\udc00', cutHan)).toBeUndefined();
  });
});

describe('mayBeDictionaryWord', () => {
  it('is true for every word of jieba’s dictionary', () => {
    const words = new TextDecoder().decode(dict).split('\n').map((line) => line.split(' ')[0]).filter(Boolean);
    expect(words.length).toBeGreaterThan(300_000);
    expect(words.filter((word) => !mayBeDictionaryWord(word))).toEqual([]);
  });

  it('is false for Latin words other than the five', () => {
    expect(['Docker', 'c', 'C+', 'AT&', 'kube-apiserver', ''].map(mayBeDictionaryWord)).toEqual([false, false, false, false, false, false]);
    expect(['C++', 'c#', 'AT&T', '镜像', 'Ｃ'].map(mayBeDictionaryWord)).toEqual([true, true, true, true, true]);
  });
});
