/**
 * `tsx scripts/bench/x-jieba-cost.ts [--mb N]`: what a call of jieba's cut costs on the Han runs the statistical pass
 * sends it: the strings are collected once, then cut K times as strings and as UTF-8 buffers; prints ms, tokens.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { parseNote } from '../../src/parse/parse-note.js';
import { buildCorpus } from './corpus.js';

const argv = process.argv.slice(2);
const mb = argv.includes('--mb') ? Number(argv[argv.indexOf('--mb') + 1]) : 5;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const notes = buildCorpus(root, mb * 1e6).sources.map((s) => parseNote(s));
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaffA-Za-z0-9+#&._%-]*[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff][\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaffA-Za-z0-9+#&._%-]*/gu;
const batches: string[] = [];
let cur: string[] = [];
let size = 0;
for (const n of notes) for (const b of n.blocks) {
  for (const m of b.text.matchAll(HAN)) { cur.push(m[0]); size += m[0].length; }
  if (size > 16384) { batches.push(cur.join('\u0000')); cur = []; size = 0; }
}
if (cur.length) batches.push(cur.join('\u0000'));
const jieba = Jieba.withDict(dict);
let chars = 0;
for (const b of batches) chars += b.length;
const bufs = batches.map((b) => Buffer.from(b));
for (let r = 0; r < 3; r++) {
  let t = performance.now();
  let tokens = 0;
  for (const b of batches) tokens += jieba.cut(b, true).length;
  const a = performance.now() - t;
  t = performance.now();
  for (const b of bufs) jieba.cut(b, true);
  const c = performance.now() - t;
  t = performance.now();
  for (const b of batches) jieba.cut(b, false);
  const d = performance.now() - t;
  console.log(`${batches.length} calls, ${chars} chars, ${tokens} tokens: string ${a.toFixed(0)} ms, utf8 ${c.toFixed(0)} ms, no-hmm ${d.toFixed(0)} ms`);
}
