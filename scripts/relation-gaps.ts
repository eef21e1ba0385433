/**
 * `npx tsx scripts/relation-gaps.ts [--show] [--dump FILE] [--rows a,b]`: relation misses over every development
 * row (blind2–blind8 included; the selection and held-out sets, blind9–blind13, are never read). Per row: relations made, gold relations, found, and
 * the misses split into "an end not extracted" (a concept miss, not a relation one) and "both ends found", the
 * latter by what the run made between the two (nothing, or a relation of another type) and where the closest
 * mentions sit. `--show` prints each both-ends miss with the block text the two share (or the heading/section
 * shape). `--dump FILE` writes every relation made, with its first evidence sentence and whether it satisfies a
 * gold relation, so two runs can be diffed (`scripts/relation-diff.ts`).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { evaluate, parseGold, type Gold } from '../src/extract/evaluate.js';
import { normaliseKey } from '../src/extract/normalise.js';
import { findMentions } from '../src/link/find-mentions.js';
import type { Concept, Note, Relation } from '../src/types.js';
import { shapeOf } from './relation-shape.js';

// Sets that select rules or hold the round's number out: measured by scripts/eval.ts, never read here.
const NOT_DEVELOPMENT = new Set(['blind9', 'blind10', 'blind11', 'blind12', 'blind13']);
import { FIXTURE_VAULTS, fixtureSources, NO_VOCABULARY, REPO, runVault, sampleSources, seedSources } from '../test/eval/run-vault.js';

const args = process.argv.slice(2);
const show = args.includes('--show');
const dumpAt = args.indexOf('--dump');
const dumpFile = dumpAt >= 0 ? args[dumpAt + 1] : undefined;
const rowsAt = args.indexOf('--rows');
const onlyRows = rowsAt >= 0 ? new Set(args[rowsAt + 1].split(',')) : undefined;

export interface DumpedRelation {
  row: string;
  source: string;
  type: string;
  target: string;
  gold: boolean;
  evidence: string;
}

const dumped: DumpedRelation[] = [];
const totals = { relations: 0, gold: 0, found: 0, endMissing: 0, bothFound: 0 };
const classes = new Map<string, number>();

const rows: Array<[row: string, gold: string, load: () => ReturnType<typeof runVault>]> = [
  ['sample', 'sample.yaml', async () => runVault((await sampleSources())!)],
  ['seed', 'seed.yaml', async () => runVault((await seedSources())!)],
  ...FIXTURE_VAULTS.filter(([, kind]) => !NOT_DEVELOPMENT.has(kind)).map(([row, kind, name]): [string, string, () => ReturnType<typeof runVault>] => [row, `${kind}-${name}.yaml`, async () => runVault(await fixtureSources(kind, name), NO_VOCABULARY)]),
];

for (const [row, goldFile, load] of rows) {
  if (onlyRows && !onlyRows.has(row)) continue;
  const gold = parseGold(await readFile(path.join(REPO, 'test/gold', goldFile), 'utf8'));
  const run = await load();
  const relations = run.relations ?? [];
  const scores = evaluate(gold, run.concepts, relations);
  const idsOf = conceptIds(gold, run.concepts);
  const hits = findMentions(run.notes, run.concepts).hits;
  let endMissing = 0;
  let bothFound = 0;
  for (const miss of scores.missedRelations) {
    const [, source, type, target] = /^(.*) -(\w+)-> (.*)$/u.exec(miss)!;
    const a = idsOf(source);
    const b = idsOf(target);
    if (!a.length || !b.length) {
      endMissing++;
      continue;
    }
    bothFound++;
    const made = relations.filter((r) => (a.includes(r.source) && b.includes(r.target)) || (b.includes(r.source) && a.includes(r.target)));
    const madeText = made.length ? made.map((r) => `${a.includes(r.source) ? 'A' : 'B'}-${r.type}->${a.includes(r.target) ? 'A' : 'B'}`).join(',') : 'none';
    const where = placeOf(a, b, run.notes, hits);
    const key = `${type} | made ${made.length ? made.map((r) => r.type).sort().join('+') : 'none'} | ${where.kind}`;
    classes.set(key, (classes.get(key) ?? 0) + 1);
    if (show) console.log(`${row.padEnd(10)} ${miss}   [made ${madeText}; ${where.kind}]\n      ${where.text}`);
  }
  const goldIds = gold.relations.map((r) => ({ ...r, a: new Set(idsOf(r.source)), b: new Set(idsOf(r.target)) }));
  const label = new Map(run.concepts.map((c) => [c.id as string, c.label]));
  for (const r of relations) {
    const isGold = goldIds.some((g) => {
      if (g.type !== 'related' && g.type !== r.type) return false;
      if (g.a.has(r.source) && g.b.has(r.target)) return true;
      return (g.type === 'compared' || g.type === 'related') && g.a.has(r.target) && g.b.has(r.source);
    });
    dumped.push({ row, source: label.get(r.source) ?? r.source, type: r.type, target: label.get(r.target) ?? r.target, gold: isGold, evidence: (r.evidence[0]?.text ?? '').replace(/\s+/gu, ' ').slice(0, 300) });
  }
  const found = gold.relations.length - scores.missedRelations.length;
  totals.relations += relations.length;
  totals.gold += gold.relations.length;
  totals.found += found;
  totals.endMissing += endMissing;
  totals.bothFound += bothFound;
  if (!show) console.log(`${row.padEnd(10)} relations ${String(relations.length).padStart(4)}  gold ${String(gold.relations.length).padStart(3)}  found ${String(found).padStart(3)}  missed: end not extracted ${String(endMissing).padStart(3)}, both ends found ${String(bothFound).padStart(3)}`);
}
console.log(`\ntotal: relations ${totals.relations}, gold ${totals.gold}, found ${totals.found} (recall ${(totals.found / totals.gold).toFixed(3)}), missed with an end not extracted ${totals.endMissing}, with both ends found ${totals.bothFound}`);
for (const [key, n] of [...classes].sort((x, y) => y[1] - x[1])) console.log(`  ${String(n).padStart(4)}  ${key}`);
if (dumpFile) await writeFile(dumpFile, JSON.stringify(dumped, null, 0));

/** The extracted concepts a gold label (with its gold aliases) matches. */
function conceptIds(gold: Gold, concepts: Concept[]): (label: string) => string[] {
  return (label) => {
    const entry = gold.concepts.find((c) => c.label.toLowerCase() === label.toLowerCase());
    const keys = new Set([label, ...(entry?.aliases ?? [])].map((text) => normaliseKey(text)));
    return concepts.filter((c) => [c.label, ...c.aliases.map((x) => x.text)].some((text) => keys.has(normaliseKey(text)))).map((c) => c.id);
  };
}

type Hits = ReturnType<typeof findMentions>['hits'];

/** Where the closest mentions of `a` and `b` sit: one sentence, one block, heading over the other's section, one note, apart. */
function placeOf(a: string[], b: string[], notes: Note[], hits: Hits): { kind: string; text: string } {
  let best: { rank: number; kind: string; text: string } = { rank: 9, kind: 'never in one note', text: '' };
  const offer = (rank: number, kind: string, text: string) => {
    if (rank < best.rank) best = { rank, kind, text };
  };
  for (const note of notes) {
    const list = [...(hits.get(note.id) ?? [])];
    const xs = list.filter((h) => a.includes(h.concept));
    const ys = list.filter((h) => b.includes(h.concept));
    if (!xs.length || !ys.length) continue;
    offer(8, 'same note', note.title);
    for (const h of xs) {
      for (const k of ys) {
        const hb = note.blocks[h.block];
        const kb = note.blocks[k.block];
        if (h.block === k.block) {
          const lo = Math.min(h.position.offset, k.position.offset);
          const hi = Math.max(h.position.offset, k.position.offset);
          const between = note.text.slice(lo, hi);
          const text = `${note.id}: ${hb.text.replace(/\s+/gu, ' ').slice(0, 400)}`;
          if (/[.。!?！？;；\n]/u.test(between)) offer(2, `block ${hb.kind} other sentence`, text);
          else offer(1, `sentence ${hb.kind}`, text);
        } else if (hb.kind === 'heading' && isInside(note, kb.section, hb.section)) {
          offer(3, `A heading over B/${shapeOf(note, k)}`, `${note.id}: # ${hb.text} / ${kb.text.replace(/\s+/gu, ' ').slice(0, 200)}`);
        } else if (kb.kind === 'heading' && isInside(note, hb.section, kb.section)) {
          offer(3, `B heading over A/${shapeOf(note, h)}`, `${note.id}: # ${kb.text} / ${hb.text.replace(/\s+/gu, ' ').slice(0, 200)}`);
        } else if (Math.abs(h.block - k.block) === 1) {
          offer(4, 'adjacent blocks', `${note.id}: ${hb.text.replace(/\s+/gu, ' ').slice(0, 200)} // ${kb.text.replace(/\s+/gu, ' ').slice(0, 200)}`);
        } else if (hb.section === kb.section) offer(5, 'same section', `${note.id}: ${hb.text.replace(/\s+/gu, ' ').slice(0, 150)} // ${kb.text.replace(/\s+/gu, ' ').slice(0, 150)}`);
      }
    }
  }
  return best;
}

function isInside(note: Note, section: number, outer: number): boolean {
  for (let s: number | undefined = section; s !== undefined && s >= 0; s = note.sections[s]?.parent) if (s === outer) return true;
  return false;
}

