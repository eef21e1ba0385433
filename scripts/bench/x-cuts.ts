/**
 * `tsx scripts/bench/x-cuts.ts [--mb N]`: how often each pass of one extraction calls into jieba (cut and tag), and
 * how many characters it sends, charged through extractCandidates' PassTimer to the pass that made the call.
 * Counts, not times: which pass re-cuts text, and in how many calls.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Jieba } from '@node-rs/jieba';
import { extractCandidates, type PassTimer } from '../../src/extract/index.js';
import { baseSegmenter } from '../../src/extract/segmenter.js';
import { parseNote } from '../../src/parse/parse-note.js';
import { buildCorpus } from './corpus.js';

const argv = process.argv.slice(2);
const mb = argv.includes('--mb') ? Number(argv[argv.indexOf('--mb') + 1]) : 10;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const notes = buildCorpus(root, mb * 1e6).sources.map((source) => parseNote(source));
baseSegmenter().tag('虚拟化技术');

interface Tally {
  cuts: number;
  cutChars: number;
  tags: number;
  tagChars: number;
}
const byPass = new Map<string, Tally>();
let pending: Tally = { cuts: 0, cutChars: 0, tags: 0, tagChars: 0 };
const proto = Jieba.prototype as unknown as Record<'cut' | 'tag', (this: Jieba, text: string, hmm?: boolean) => unknown>;
const cut = proto.cut;
const tag = proto.tag;
proto.cut = function (text, hmm) {
  pending.cuts++;
  pending.cutChars += text.length;
  return cut.call(this, text, hmm);
};
proto.tag = function (text, hmm) {
  pending.tags++;
  pending.tagChars += text.length;
  return tag.call(this, text, hmm);
};
const timer: PassTimer = {
  lap(name) {
    const t = byPass.get(name) ?? { cuts: 0, cutChars: 0, tags: 0, tagChars: 0 };
    t.cuts += pending.cuts;
    t.cutChars += pending.cutChars;
    t.tags += pending.tags;
    t.tagChars += pending.tagChars;
    byPass.set(name, t);
    pending = { cuts: 0, cutChars: 0, tags: 0, tagChars: 0 };
  },
};
extractCandidates(notes, [], timer);
console.log('pass'.padEnd(16), 'cuts'.padStart(8), 'chars'.padStart(10), 'tags'.padStart(8), 'chars'.padStart(8));
for (const [name, t] of byPass) console.log(name.padEnd(16), String(t.cuts).padStart(8), String(t.cutChars).padStart(10), String(t.tags).padStart(8), String(t.tagChars).padStart(8));
