/**
 * `tsx scripts/bench/stat-startup.ts`: the pieces of the one-time start-up, each in a fresh process state (run it
 * once per measurement): reading jieba's dictionary, building the Jieba, the background table, the first tag.
 */
const t0 = performance.now();
const { dict } = await import('@node-rs/jieba/dict.js');
const t1 = performance.now();
const { Jieba } = await import('@node-rs/jieba');
const t2 = performance.now();
const { backgroundSize } = await import('../../src/extract/background.js');
backgroundSize();
const t3 = performance.now();
Jieba.withDict(dict);
const t4 = performance.now();
const { baseSegmenter } = await import('../../src/extract/segmenter.js');
const t5 = performance.now();
baseSegmenter().tag('虚拟化技术');
const t6 = performance.now();
console.log(`dict read ${(t1 - t0).toFixed(0)} ms, jieba module ${(t2 - t1).toFixed(0)} ms, background table ${(t3 - t2).toFixed(0)} ms, Jieba.withDict ${(t4 - t3).toFixed(0)} ms, segmenter module ${(t5 - t4).toFixed(0)} ms, first tag (second Jieba) ${(t6 - t5).toFixed(0)} ms`);
