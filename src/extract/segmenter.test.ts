import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { describe, expect, it } from 'vitest';
import { baseSegmenter, segmenterWith } from './segmenter.js';

const jieba = Jieba.withDict(dict);

const texts = [
  '虚拟机监视器（VMM）又称 hypervisor，是虚拟机的管理者。',
  'Docker images are built from a Dockerfile.',
  '',
  '，。',
  '镜像\ud800容器',
  'kube-apiserver 是 Kubernetes 控制平面的组件；命名空间隔离资源。\r\n写时复制',
  '𠀀𠀁 😀 C++程序',
];

describe('segmenter', () => {
  it('cuts a batch as it cuts each text alone', () => {
    for (const segmenter of [baseSegmenter(), segmenterWith(['虚拟机监视器', '命名空间', '写时复制', '控制平面'])]) {
      const cut = segmenter.cutBlocks!(texts);
      texts.forEach((text, i) => expect(cut.words.slice(cut.starts[i], cut.ends[i])).toEqual(segmenter.cut(text)));
    }
  });

  it('gives the same tokens as ranges', () => {
    for (const segmenter of [baseSegmenter(), segmenterWith(['虚拟机监视器', '命名空间', '写时复制', '控制平面', 'C++程序'])]) {
      for (const batch of [texts, texts.filter((text) => !text.includes('\ud800')), [texts[1], texts[3]]]) {
        const cut = segmenter.cutBlockEnds!(batch);
        batch.forEach((text, i) => {
          const words: string[] = [];
          for (let k = cut.first[i]; k < cut.stop[i]; k++) words.push(cut.text.slice(k ? cut.ends[k - 1] : 0, cut.ends[k]));
          expect(words).toEqual(segmenter.cut(text));
        });
      }
    }
  });

  it('cuts as jieba does, then joins user words', () => {
    for (const text of texts) expect(baseSegmenter().cut(text)).toEqual(jieba.cut(text, true));
    expect(segmenterWith(['写时复制']).cut(texts[5])).toContain('写时复制');
    expect(segmenterWith(['虚拟机监视器']).cut(texts[0]).slice(0, 1)).toEqual(['虚拟机监视器']);
  });
});
