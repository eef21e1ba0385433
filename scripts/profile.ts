/**
 * `tsx scripts/profile.ts [--mb N] [--top K] [--extract-only]`: CPU profile of extraction + linking on the bench
 * corpus (parsing is done before the profiler starts). Prints the functions with the most self and inclusive
 * time, time by file, who pays for segmentation, and unnamed native code by caller; writes
 * `test-output/extract-link.cpuprofile` (open it in Chrome DevTools → Performance). Run `npm run compile` first.
 */
import { cpuProfile, fileOfFrame, frameKey, numberFlag, parsedCorpus, printShares, runStages, shares, startUp, type ProfileNode } from './bench/profile-tools.js';

const argv = process.argv.slice(2);
const top = numberFlag(argv, '--top', 40);
const { notes, bytes } = parsedCorpus(numberFlag(argv, '--mb', 5));

startUp();
let ms = 0;
const nodes = await cpuProfile('extract-link', () => {
  const start = performance.now();
  runStages(notes, argv.includes('--extract-only'));
  ms = performance.now() - start;
});

const { total, self, inclusive } = shares(nodes);
console.log(`${(bytes / 1e6).toFixed(1)} MB in ${ms.toFixed(0)} ms (${(bytes / 1e3 / ms).toFixed(2)} MB/s under the profiler)`);
printShares(self, total, top);
console.log('\ninclusive:');
printShares(inclusive, total, top);

// Self time per source file, with native code and regular expressions charged to the file that called them
// (jieba's cut counts against segmenter.ts): which module to open first.
const parentOf = new Map<number, ProfileNode>();
for (const node of nodes) for (const child of node.children ?? []) parentOf.set(child, node);
const fileOf = (node: ProfileNode): string => {
  for (let at: ProfileNode | undefined = node; at; at = parentOf.get(at.id)) {
    if (at.callFrame.url.startsWith('file:')) return fileOfFrame(at.callFrame);
  }
  return node.callFrame.functionName || '(native)';
};
const byFile = new Map<string, number>();
for (const node of nodes) byFile.set(fileOf(node), (byFile.get(fileOf(node)) ?? 0) + (node.hitCount ?? 0));
console.log('\nby file (native time charged to the caller):');
for (const [file, hits] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`${((hits / total) * 100).toFixed(1).padStart(5)}%  ${((hits / total) * ms).toFixed(0).padStart(5)} ms  ${file}`);
}

// Who pays for segmentation: time in segmenter.js (and the native code it calls), by the calling function.
const segCallers = new Map<string, number>();
for (const node of nodes) {
  if (fileOf(node) !== 'dist/extract/segmenter.js') continue;
  let at: ProfileNode | undefined = node;
  while (at && (!at.callFrame.url.startsWith('file:') || at.callFrame.url.endsWith('/segmenter.js'))) at = parentOf.get(at.id);
  const key = at ? frameKey(at.callFrame) : '(none)';
  segCallers.set(key, (segCallers.get(key) ?? 0) + (node.hitCount ?? 0));
}
console.log('\nsegmentation by caller:');
printShares(segCallers, total, 15);

// Native code without a name, by the function that called it.
const anon = new Map<string, number>();
for (const node of nodes) {
  if (node.callFrame.url || node.callFrame.functionName || !node.hitCount) continue;
  const parent = parentOf.get(node.id);
  const key = parent ? frameKey(parent.callFrame) : '(none)';
  anon.set(key, (anon.get(key) ?? 0) + node.hitCount);
}
console.log('\nunnamed native code by caller:');
printShares(anon, total, 12);
