/**
 * `tsx scripts/profile.ts [--mb N] [--top K] [--extract-only]`: CPU profile of extraction + linking on the bench corpus (parsing is
 * done before the profiler starts). Prints the functions with the most self time and writes
 * `test-output/extract-link.cpuprofile` (open it in Chrome DevTools → Performance).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from './bench/corpus.js';
// The compiled modules (run `npm run compile` first): their profile names functions and lines as written.
import { parseNote } from '../dist/parse/parse-note.js';
import { extractCandidates } from '../dist/extract/index.js';
import { baseSegmenter } from '../dist/extract/segmenter.js';
import { resolveConcepts } from '../dist/resolve/index.js';
import { buildAutomaton } from '../dist/link/automaton.js';
import { findMentions } from '../dist/link/find-mentions.js';
import { buildRelations } from '../dist/link/relations.js';
import type { Root } from 'mdast';

interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
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

// The one-time start-up (jieba's dictionary, the background frequencies) outside the profile, as bench.ts
// reports it on its own row.
baseSegmenter().tag('虚拟化技术');

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
const start = performance.now();
const candidates = extractCandidates(notes, []);
// `--extract-only`: the extraction stage alone, for a clearer view of its share.
if (!argv.includes('--extract-only')) {
  const concepts = resolveConcepts(candidates, notes);
  const automaton = buildAutomaton(concepts);
  const mentions = findMentions(notes, concepts, automaton);
  buildRelations(notes, concepts, mentions.hits, { automaton });
}
const ms = performance.now() - start;
const { profile } = await session.post('Profiler.stop');
const out = path.join(root, 'test-output');
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'extract-link.cpuprofile'), JSON.stringify(profile));

const nodes = profile.nodes as ProfileNode[];
const self = new Map<string, number>();
const total = nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
for (const node of nodes) {
  const frame = node.callFrame;
  const file = frame.url.startsWith('file:') ? path.relative(root, fileURLToPath(frame.url)) : frame.url || '(native)';
  const where = `${file}:${frame.lineNumber + 1}`;
  const key = `${frame.functionName || '(anonymous)'} ${where}`;
  self.set(key, (self.get(key) ?? 0) + (node.hitCount ?? 0));
}
console.log(`${(corpus.bytes / 1e6).toFixed(1)} MB in ${ms.toFixed(0)} ms (${(corpus.bytes / 1e3 / ms).toFixed(2)} MB/s under the profiler)`);
for (const [key, hits] of [...self].sort((a, b) => b[1] - a[1]).slice(0, flag('--top', 40))) {
  console.log(`${((hits / total) * 100).toFixed(1).padStart(5)}%  ${key}`);
}

// Inclusive time of each function (by name and place), counted once per stack even when recursive.
const byId = new Map(nodes.map((node) => [node.id, node]));
const inclusive = new Map<string, number>();
const keyOf = (node: ProfileNode) => {
  const frame = node.callFrame;
  const file = frame.url.startsWith('file:') ? path.relative(root, fileURLToPath(frame.url)) : frame.url || '(native)';
  return `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
};
const walk = (node: ProfileNode, open: Set<string>): number => {
  const key = keyOf(node);
  let hits = node.hitCount ?? 0;
  const added = !open.has(key);
  if (added) open.add(key);
  for (const child of node.children ?? []) hits += walk(byId.get(child)!, open);
  if (added) {
    open.delete(key);
    inclusive.set(key, (inclusive.get(key) ?? 0) + hits);
  }
  return hits;
};
walk(nodes[0], new Set());
console.log('\ninclusive:');
for (const [key, hits] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, flag('--top', 40))) {
  console.log(`${((hits / total) * 100).toFixed(1).padStart(5)}%  ${key}`);
}

// Self time per source file, with native code and regular expressions charged to the file that called them
// (jieba's cut counts against segmenter.ts): which module to open first.
const parentOf = new Map<number, ProfileNode>();
for (const node of nodes) for (const child of node.children ?? []) parentOf.set(child, node);
const fileOf = (node: ProfileNode): string => {
  for (let at: ProfileNode | undefined = node; at; at = parentOf.get(at.id)) {
    if (at.callFrame.url.startsWith('file:')) return path.relative(root, fileURLToPath(at.callFrame.url));
  }
  return node.callFrame.functionName || '(native)';
};
const byFile = new Map<string, number>();
for (const node of nodes) byFile.set(fileOf(node), (byFile.get(fileOf(node)) ?? 0) + (node.hitCount ?? 0));
console.log('\nby file (native time charged to the caller):');
for (const [file, hits] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, flag('--top', 40))) {
  console.log(`${((hits / total) * 100).toFixed(1).padStart(5)}%  ${(hits / total * ms).toFixed(0).padStart(5)} ms  ${file}`);
}

// Who pays for segmentation: time in segmenter.js (and the native code it calls), by the calling function.
const segCallers = new Map<string, number>();
for (const node of nodes) {
  if (fileOf(node) !== 'dist/extract/segmenter.js') continue;
  let at: ProfileNode | undefined = node;
  while (at && (!at.callFrame.url.startsWith('file:') || at.callFrame.url.endsWith('/segmenter.js'))) at = parentOf.get(at.id);
  const key = at ? keyOf(at) : '(none)';
  segCallers.set(key, (segCallers.get(key) ?? 0) + (node.hitCount ?? 0));
}
console.log('\nsegmentation by caller:');
for (const [key, hits] of [...segCallers].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`${((hits / total) * 100).toFixed(1).padStart(5)}%  ${key}`);

// Native code without a name, by the function that called it.
const anon = new Map<string, number>();
for (const node of nodes) {
  if (node.callFrame.url || node.callFrame.functionName || !node.hitCount) continue;
  const parent = parentOf.get(node.id);
  const key = parent ? keyOf(parent) : '(none)';
  anon.set(key, (anon.get(key) ?? 0) + node.hitCount);
}
console.log('\nunnamed native code by caller:');
for (const [key, hits] of [...anon].sort((a, b) => b[1] - a[1]).slice(0, 12)) console.log(`${((hits / total) * 100).toFixed(1).padStart(5)}%  ${key}`);
