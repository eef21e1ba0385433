/**
 * `npx tsx scripts/relation-diff.ts BEFORE.json AFTER.json [--all]`: the relations two `relation-gaps.ts --dump` runs
 * differ by (row, source, type, target), with the gold relations each side satisfies, so a rule's cost (relations
 * added) stands next to its gain (gold relations found). Lists the added non-gold relations with their evidence
 * (`--all`: every added and removed one).
 */
import { readFile } from 'node:fs/promises';
import type { DumpedRelation as Dumped } from './relation-gaps.js';


const [beforeFile, afterFile] = process.argv.slice(2);
const all = process.argv.includes('--all');
const load = async (file: string): Promise<Map<string, Dumped>> => new Map((JSON.parse(await readFile(file, 'utf8')) as Dumped[]).map((r) => [`${r.row}|${r.source}|${r.type}|${r.target}`, r]));
const before = await load(beforeFile);
const after = await load(afterFile);
const added = [...after].filter(([key]) => !before.has(key)).map(([, r]) => r);
const removed = [...before].filter(([key]) => !after.has(key)).map(([, r]) => r);
const rows = new Map<string, [number, number]>();
for (const r of added) {
  const at = rows.get(r.row) ?? [0, 0];
  at[0]++;
  if (r.gold) at[1]++;
  rows.set(r.row, at);
}
console.log(`added ${added.length} (gold-satisfying ${added.filter((r) => r.gold).length}), removed ${removed.length} (gold-satisfying ${removed.filter((r) => r.gold).length})`);
console.log(`per row (added, gold): ${[...rows].map(([row, [n, g]]) => `${row} ${n}/${g}`).join(', ')}`);
for (const r of added) if (all || !r.gold) console.log(`+ ${r.gold ? 'GOLD ' : ''}${r.row}  ${r.source} -${r.type}-> ${r.target}   «${r.evidence}»`);
if (all) for (const r of removed) console.log(`- ${r.gold ? 'GOLD ' : ''}${r.row}  ${r.source} -${r.type}-> ${r.target}   «${r.evidence}»`);
