/**
 * `tsx scripts/bench/link-profile.ts CONCEPTS.json [--mb N] [--runs R] [--warmup W] [--top K]`: CPU profile of findMentions +
 * buildRelations alone (compiled dist/, so run `npm run compile` first) on saved concepts, R runs after W
 * warm-up runs (default 1). Prints self and inclusive shares per function, and writes test-output/link.cpuprofile.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Root } from 'mdast';
import { buildAutomaton } from '../../dist/link/automaton.js';
import { findMentions } from '../../dist/link/find-mentions.js';
import { buildRelations } from '../../dist/link/relations.js';
import { parseNote } from '../../dist/parse/parse-note.js';
import type { Concept } from '../../src/types.js';
import { buildCorpus } from './corpus.js';

interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

const argv = process.argv.slice(2);
const flag = (name: string, fallback: number) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : fallback);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const concepts = JSON.parse(readFileSync(argv[0], 'utf8')) as Concept[];
const notes = buildCorpus(root, flag('--mb', 10) * 1e6).sources.map((s) => {
  const note = parseNote(s);
  note.tree = { type: 'root', children: [] } as Root;
  return note;
});
const link = () => {
  const automaton = buildAutomaton(concepts);
  const { hits } = findMentions(notes, concepts, automaton);
  buildRelations(notes, concepts, hits, { automaton });
};
for (let r = 0; r < flag('--warmup', 1); r++) link(); // warm-up runs: the profile then shows optimised code (--warmup 0: a cold run, as the bench does)
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 200 });
await session.post('Profiler.start');
for (let r = 0; r < flag('--runs', 3); r++) link();
const { profile } = await session.post('Profiler.stop');
mkdirSync(path.join(root, 'test-output'), { recursive: true });
writeFileSync(path.join(root, 'test-output', 'link.cpuprofile'), JSON.stringify(profile));

const nodes = profile.nodes as ProfileNode[];
const total = nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
const keyOf = (node: ProfileNode) => {
  const frame = node.callFrame;
  const file = frame.url.startsWith('file:') ? path.relative(root, fileURLToPath(frame.url)) : frame.url || '(native)';
  return `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
};
const self = new Map<string, number>();
for (const node of nodes) self.set(keyOf(node), (self.get(keyOf(node)) ?? 0) + (node.hitCount ?? 0));
const top = flag('--top', 40);
const print = (map: Map<string, number>) => {
  for (const [key, hits] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${((hits / total) * 100).toFixed(1).padStart(5)}%  ${key}`);
};
print(self);
// Inclusive share, counted once per stack even when recursive.
const byId = new Map(nodes.map((node) => [node.id, node]));
const inclusive = new Map<string, number>();
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
print(inclusive);
