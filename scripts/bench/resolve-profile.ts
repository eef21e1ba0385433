/**
 * `npx tsx scripts/bench/resolve-profile.ts [--mb N] [--top K]`: CPU profile of one resolveConcepts (dist/: run
 * `npm run compile` first) on the bench corpus's candidates, by inclusive time per function: which resolve rule
 * pays for what.
 */
import { extractCandidates } from '../../dist/extract/index.js';
import { resolveConcepts } from '../../dist/resolve/index.js';
import { cpuProfile, frameKey, numberFlag, parsedCorpus, startUp, type ProfileNode } from './profile-tools.js';

const argv = process.argv.slice(2);
const { notes } = parsedCorpus(numberFlag(argv, '--mb', 4));
startUp();
const candidates = extractCandidates(notes, []);
const nodes = await cpuProfile('resolve', () => void resolveConcepts(candidates, notes));
const byId = new Map(nodes.map((n) => [n.id, n]));
const inclusive = new Map<string, number>();
const walk = (node: ProfileNode, seen: Set<string>): number => {
  let total = node.hitCount ?? 0;
  const key = frameKey(node.callFrame);
  const inner = new Set(seen).add(key);
  for (const id of node.children ?? []) total += walk(byId.get(id)!, inner);
  if (!seen.has(key)) inclusive.set(key, (inclusive.get(key) ?? 0) + total);
  return total;
};
const root = nodes[0];
const all = walk(root, new Set());
for (const [key, hits] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, numberFlag(argv, '--top', 30))) {
  console.log(`${((100 * hits) / all).toFixed(1).padStart(5)}%  ${(hits * 0.2).toFixed(0).padStart(5)} ms  ${key}`);
}
