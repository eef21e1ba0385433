/**
 * `tsx scripts/alloc-profile.ts [--mb N] [--top K] [--extract-only]`: where extraction + linking allocate, by
 * function (V8's sampling heap profiler, objects collected by minor and major GCs included). Bytes allocated
 * do not depend on machine load, so this is a steady measure on a shared machine: less allocation is less
 * garbage collection. Run `npm run compile` first (it profiles dist/).
 */
import { Session } from 'node:inspector/promises';
import { frameKey, numberFlag, parsedCorpus, runStages, startUp, type CallFrame } from './bench/profile-tools.js';

interface SampleNode {
  id: number;
  selfSize: number;
  callFrame: CallFrame;
  children: SampleNode[];
}

const argv = process.argv.slice(2);
const { notes, bytes: noteBytes } = parsedCorpus(numberFlag(argv, '--mb', 5));
startUp();

const session = new Session();
session.connect();
await session.post('HeapProfiler.enable');
await session.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
runStages(notes, argv.includes('--extract-only'));
const { profile } = await session.post('HeapProfiler.stopSampling');

const self = new Map<string, number>();
let total = 0;
// A built-in (split, exec, next …) is charged to the function that called it: `split ← tokens foo.js:12`.
const walk = (node: SampleNode, caller: string) => {
  const native = !node.callFrame.url;
  const key = native ? `${node.callFrame.functionName || '(native)'} ← ${caller}` : frameKey(node.callFrame);
  self.set(key, (self.get(key) ?? 0) + node.selfSize);
  total += node.selfSize;
  for (const child of node.children) walk(child, native ? caller : frameKey(node.callFrame));
};
walk(profile.head as SampleNode, '(root)');
console.log(`${(noteBytes / 1e6).toFixed(1)} MB of notes: ${(total / 1e6).toFixed(0)} MB allocated (sampled)`);
for (const [key, bytes] of [...self].sort((a, b) => b[1] - a[1]).slice(0, numberFlag(argv, '--top', 30))) {
  console.log(`${(bytes / 1e6).toFixed(1).padStart(7)} MB  ${((bytes / total) * 100).toFixed(1).padStart(5)}%  ${key}`);
}
