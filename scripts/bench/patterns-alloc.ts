/**
 * `tsx scripts/bench/patterns-alloc.ts [--mb N] [--top K] [--pass NAME]`: bytes allocated by extraction, per pass
 * (inclusive: everything allocated under parentheticalCandidates, definitionCandidates, …) and, with `--pass`, by
 * function inside that pass (built-ins charged to their caller). Allocation does not depend on machine load: a
 * steady measure of the garbage each pass makes. Profiles dist/: run `npx tsc -p tsconfig.json` first.
 */
import { Session } from 'node:inspector/promises';
import { extractCandidates } from '../../dist/extract/index.js';
import { frameKey, numberFlag, parsedCorpus, startUp, type CallFrame } from './profile-tools.js';

interface SampleNode {
  selfSize: number;
  callFrame: CallFrame;
  children: SampleNode[];
}

/** The functions extractCandidates calls per note or once: each is a pass. */
const PASSES = new Set([
  'wikilinkCandidates', 'frontmatterCandidates', 'titleCandidates', 'headingCandidates', 'headingEchoes', 'noteSentences',
  'parentheticalCandidates', 'markSpans', 'definitionCandidates', 'namingCandidates', 'emphasisCandidates', 'namedTokenCandidates',
  'enumerationCandidates', 'boostCompoundsOfKnown', 'tableCandidates', 'statisticalCandidates', 'boostProductiveHeads',
  'boostEnglishSiblings', 'strongKeysOf', 'siblingCandidates', 'sortCandidates', 'addHanSurfaces', 'knownTerms', 'normaliseKey',
]);

const argv = process.argv.slice(2);
const { notes, bytes } = parsedCorpus(numberFlag(argv, '--mb', 5));
startUp();
const session = new Session();
session.connect();
await session.post('HeapProfiler.enable');
await session.post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
extractCandidates(notes, []);
const { profile } = await session.post('HeapProfiler.stopSampling');

const byPass = new Map<string, number>();
const inPass = new Map<string, number>();
const focus = argv.includes('--pass') ? argv[argv.indexOf('--pass') + 1] : undefined;
let total = 0;
// The outermost pass a node runs under owns its bytes; inside the --pass one, built-ins are charged to their caller.
const walk = (node: SampleNode, pass: string, caller: string) => {
  const name = node.callFrame.functionName;
  const here = pass === '(glue)' && PASSES.has(name) ? name : pass;
  const native = !node.callFrame.url;
  const key = native ? `${name || '(native)'} ← ${caller}` : frameKey(node.callFrame);
  total += node.selfSize;
  byPass.set(here, (byPass.get(here) ?? 0) + node.selfSize);
  if (here === focus) inPass.set(key, (inPass.get(key) ?? 0) + node.selfSize);
  for (const child of node.children) walk(child, here, native ? caller : frameKey(node.callFrame));
};
walk(profile.head as SampleNode, '(glue)', '(root)');
const mb = (n: number) => `${(n / 1e6).toFixed(1).padStart(7)} MB`;
console.log(`${(bytes / 1e6).toFixed(1)} MB of notes: ${mb(total)} allocated (sampled), by pass:`);
for (const [pass, n] of [...byPass].sort((a, b) => b[1] - a[1])) console.log(`${mb(n)}  ${pass}`);
if (focus) {
  console.log(`\nin ${focus}:`);
  for (const [key, n] of [...inPass].sort((a, b) => b[1] - a[1]).slice(0, numberFlag(argv, '--top', 30))) console.log(`${mb(n)}  ${key}`);
}
