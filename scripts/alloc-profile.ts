/**
 * `tsx scripts/alloc-profile.ts [--mb N] [--top K] [--extract-only]`: where extraction + linking allocate, by
 * function (V8's sampling heap profiler, objects collected by minor and major GCs included). Bytes allocated
 * do not depend on machine load, so this is a steady measure on a shared machine: less allocation is less
 * garbage collection. Run `npm run compile` first (it profiles dist/).
 */
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from './bench/corpus.js';
import { parseNote } from '../dist/parse/parse-note.js';
import { extractCandidates } from '../dist/extract/index.js';
import { baseSegmenter } from '../dist/extract/segmenter.js';
import { resolveConcepts } from '../dist/resolve/index.js';
import { buildAutomaton } from '../dist/link/automaton.js';
import { findMentions } from '../dist/link/find-mentions.js';
import { buildRelations } from '../dist/link/relations.js';
import type { Root } from 'mdast';

interface SampleNode {
  id: number;
  selfSize: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children: SampleNode[];
}

const argv = process.argv.slice(2);
const flag = (name: string, fallback: number) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : fallback);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = buildCorpus(root, flag('--mb', 5) * 1e6);
const notes = corpus.sources.map((source) => {
  const note = parseNote(source);
  note.tree = { type: 'root', children: [] } as Root;
  return note;
});
baseSegmenter().tag('虚拟化技术');

const session = new Session();
session.connect();
await session.post('HeapProfiler.enable');
await session.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
const candidates = extractCandidates(notes, []);
if (!argv.includes('--extract-only')) {
  const concepts = resolveConcepts(candidates, notes);
  const automaton = buildAutomaton(concepts);
  const mentions = findMentions(notes, concepts, automaton);
  buildRelations(notes, concepts, mentions.hits, { automaton });
}
const { profile } = await session.post('HeapProfiler.stopSampling');

const self = new Map<string, number>();
let total = 0;
const nameOf = (node: SampleNode) => {
  const frame = node.callFrame;
  const file = frame.url.startsWith('file:') ? path.relative(root, fileURLToPath(frame.url)) : frame.url || '(native)';
  return `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
};
// A built-in (split, exec, next …) is charged to the function that called it: `split ← tokens foo.js:12`.
const walk = (node: SampleNode, caller: string) => {
  const native = !node.callFrame.url;
  const key = native ? `${node.callFrame.functionName || '(native)'} ← ${caller}` : nameOf(node);
  self.set(key, (self.get(key) ?? 0) + node.selfSize);
  total += node.selfSize;
  for (const child of node.children) walk(child, native ? caller : nameOf(node));
};
walk(profile.head as SampleNode, '(root)');
console.log(`${(corpus.bytes / 1e6).toFixed(1)} MB of notes: ${(total / 1e6).toFixed(0)} MB allocated (sampled)`);
for (const [key, bytes] of [...self].sort((a, b) => b[1] - a[1]).slice(0, flag('--top', 30))) {
  console.log(`${(bytes / 1e6).toFixed(1).padStart(7)} MB  ${((bytes / total) * 100).toFixed(1).padStart(5)}%  ${key}`);
}
