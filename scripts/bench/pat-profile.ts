/**
 * `npx tsx scripts/bench/pat-profile.ts [--mb N] [--top K] [--runs R] PASS…`: CPU profile of extraction (dist/: run
 * `npm run compile` first), then for each named function (definitionCandidates, enumerationCandidates, …) the self
 * time of everything under it, regular expressions by source and other native code charged to its JS caller.
 * With `--runs R` the extraction is run R times and only the last is profiled (warm).
 */
import { extractCandidates } from '../../dist/extract/index.js';
import { cpuProfile, frameKey, numberFlag, parsedCorpus, startUp, type ProfileNode } from './profile-tools.js';

const argv = process.argv.slice(2);
const top = numberFlag(argv, '--top', 40);
const runs = numberFlag(argv, '--runs', 1);
const roots = argv.filter((a, i) => !a.startsWith('--') && !argv[i - 1]?.startsWith('--'));
const { notes } = parsedCorpus(numberFlag(argv, '--mb', 10));
startUp();
for (let r = 1; r < runs; r++) extractCandidates(notes, []);
const nodes = await cpuProfile('pat', () => void extractCandidates(notes, []));
const byId = new Map(nodes.map((n) => [n.id, n]));
const total = nodes.reduce((s, n) => s + (n.hitCount ?? 0), 0);
const interval = 0.2;
console.log(`total ${(total * interval).toFixed(0)} ms`);

/** Key of a node: its JS frame, a RegExp by source, other native code as `native ← caller`. */
const keyOf = (node: ProfileNode, caller: string): string => {
  const name = node.callFrame.functionName;
  if (node.callFrame.url.startsWith('file:')) return frameKey(node.callFrame);
  if (name.startsWith('RegExp:')) return name.slice(0, 110);
  return `${name || '(native)'} ← ${caller}`;
};

for (const root of roots) {
  const self = new Map<string, number>();
  let sum = 0;
  const walk = (node: ProfileNode, inside: boolean, caller: string): void => {
    const isRoot = node.callFrame.functionName === root;
    const within = inside || isRoot;
    const key = keyOf(node, caller);
    if (within) {
      self.set(key, (self.get(key) ?? 0) + (node.hitCount ?? 0));
      sum += node.hitCount ?? 0;
    }
    const next = node.callFrame.url.startsWith('file:') ? frameKey(node.callFrame) : caller;
    for (const child of node.children ?? []) walk(byId.get(child)!, within, next);
  };
  walk(nodes[0], false, '');
  console.log(`\n${root}: ${(sum * interval).toFixed(0)} ms`);
  for (const [key, n] of [...self].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${(n * interval).toFixed(0).padStart(6)}  ${key}`);
}
