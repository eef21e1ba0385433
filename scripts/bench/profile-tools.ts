/**
 * What the profiling scripts share (profile.ts, alloc-profile.ts, bench/link-profile.ts): their flags, the bench
 * corpus parsed by the compiled parser, the CPU profiler around a function, and the self / inclusive tables.
 * The scripts profile dist/ (run `npm run compile` first) so that functions and lines appear as written.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractCandidates } from '../../dist/extract/index.js';
import { baseSegmenter } from '../../dist/extract/segmenter.js';
import { buildAutomaton } from '../../dist/link/automaton.js';
import { findMentions } from '../../dist/link/find-mentions.js';
import { buildRelations } from '../../dist/link/relations.js';
import { parseNote } from '../../dist/parse/parse-note.js';
import { resolveConcepts } from '../../dist/resolve/index.js';
import type { Note } from '../../src/types.js';
import { buildCorpus } from './corpus.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

export interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: CallFrame;
  hitCount?: number;
}

/** `--name N` of the command line, or `fallback`. */
export function numberFlag(argv: readonly string[], name: string, fallback: number): number {
  return argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : fallback;
}

/** The bench corpus of `megabytes`, parsed, trees kept as in a build (extraction reads them for marked terms). */
export function parsedCorpus(megabytes: number): { notes: Note[]; bytes: number } {
  const corpus = buildCorpus(ROOT, megabytes * 1e6);
  return { notes: corpus.sources.map((source) => parseNote(source)), bytes: corpus.bytes };
}

/** The one-time start-up (jieba's dictionary, the background frequencies), kept out of a profile as bench.ts keeps it on its own row. */
export function startUp(): void {
  baseSegmenter().tag('虚拟化技术');
}

/** extract → resolve → findMentions → buildRelations, or extraction alone (`extractOnly`, for a clearer view of its share). */
export function runStages(notes: Note[], extractOnly: boolean): void {
  const candidates = extractCandidates(notes, []);
  if (extractOnly) return;
  const concepts = resolveConcepts(candidates, notes);
  const automaton = buildAutomaton(concepts);
  const mentions = findMentions(notes, concepts, automaton);
  buildRelations(notes, concepts, mentions.hits, { automaton });
}

/** The source file of a frame, relative to the repository, or `(native)`. */
export function fileOfFrame(frame: CallFrame): string {
  return frame.url.startsWith('file:') ? path.relative(ROOT, fileURLToPath(frame.url)) : frame.url || '(native)';
}

/** `name file:line` of a frame. */
export function frameKey(frame: CallFrame): string {
  return `${frame.functionName || '(anonymous)'} ${fileOfFrame(frame)}:${frame.lineNumber + 1}`;
}

/** Runs `fn` under V8's CPU profiler (200 µs samples), writes test-output/NAME.cpuprofile, returns its nodes. */
export async function cpuProfile(name: string, fn: () => void): Promise<ProfileNode[]> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
  fn();
  const { profile } = await session.post('Profiler.stop');
  const out = path.join(ROOT, 'test-output');
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, `${name}.cpuprofile`), JSON.stringify(profile));
  return profile.nodes as ProfileNode[];
}

/** Samples per function, by its own code (self) and with everything it called (inclusive, once per stack). */
export function shares(nodes: readonly ProfileNode[]): { total: number; self: Map<string, number>; inclusive: Map<string, number> } {
  const total = nodes.reduce((sum, node) => sum + (node.hitCount ?? 0), 0);
  const self = new Map<string, number>();
  for (const node of nodes) self.set(frameKey(node.callFrame), (self.get(frameKey(node.callFrame)) ?? 0) + (node.hitCount ?? 0));
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const inclusive = new Map<string, number>();
  const walk = (node: ProfileNode, open: Set<string>): number => {
    const key = frameKey(node.callFrame);
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
  return { total, self, inclusive };
}

/** The `top` largest entries of `counts`, as percentages of `total`. */
export function printShares(counts: Map<string, number>, total: number, top: number): void {
  for (const [key, n] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${((n / total) * 100).toFixed(1).padStart(5)}%  ${key}`);
}
