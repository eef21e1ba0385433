import { describe, expect, it } from 'vitest';
import { followingCharacters } from './following.js';

/** What repeated indexOf scans, one per word, find: the reference the one-pass scan must agree with. */
function byIndexOf(word: string, texts: string[]) {
  let uses = 0;
  let next = '';
  let same = true;
  for (const text of texts) {
    for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + word.length)) {
      const after = text.charAt(at + word.length);
      if (uses > 0 && after !== next) same = false;
      next = after;
      uses++;
    }
  }
  return { uses, next, same };
}

describe('followingCharacters', () => {
  it('reads the code unit after every use of each word, across texts', () => {
    const found = followingCharacters(['拆成', '雅可'], ['先拆成二阶，再拆成二阶节', '手推雅可比', '雅可比矩阵']);
    expect(found.get('拆成')).toEqual({ uses: 2, next: '二', same: true });
    expect(found.get('雅可')).toEqual({ uses: 2, next: '比', same: true });
  });

  it('tells when different characters follow, and gives an empty next at a text end', () => {
    const found = followingCharacters(['空闲'], ['相邻空闲块', '空闲']);
    expect(found.get('空闲')!.same).toBe(false);
    expect(followingCharacters(['空闲'], ['空闲']).get('空闲')).toEqual({ uses: 1, next: '', same: true });
  });

  it('does not count overlapping uses of one word, but finds words that share a start independently', () => {
    const found = followingCharacters(['哈哈', '哈哈哈', '哈'], ['哈哈哈哈哈x']);
    expect(found.get('哈哈')).toEqual(byIndexOf('哈哈', ['哈哈哈哈哈x']));
    expect(found.get('哈哈')!.uses).toBe(2);
    expect(found.get('哈哈哈')).toEqual({ uses: 1, next: '哈', same: true });
    expect(found.get('哈')).toEqual(byIndexOf('哈', ['哈哈哈哈哈x']));
  });

  it('agrees with one indexOf scan per word on made-up texts, words of the texts and others', () => {
    const texts = ['数据库连接池的连接数，连接池满了', '连接池', 'pool 池化 连接𠀀池 𠀀池', ''];
    for (const word of ['连接池', '连接', '池', '𠀀池', '池化', '不在']) {
      expect(followingCharacters([word], texts).get(word)).toEqual(byIndexOf(word, texts));
    }
  });

  it('gives no uses for a word the texts never write', () => {
    expect(followingCharacters(['缺席'], ['别的']).get('缺席')).toEqual({ uses: 0, next: '', same: true });
  });
});
