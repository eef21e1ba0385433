/**
 * `npx tsx scripts/relation-misses.ts [--show]`: why the development vaults' gold relations are missed. Each missed
 * relation is put in one class: an endpoint concept was not extracted (an extraction miss, not a relation one), or
 * both were found and are mentioned in one block, in one note only, or never in the same note. Prints the classes
 * per vault and in total; `--show` lists every miss with its class, and for a miss whose concepts share a block,
 * the relations the run did make between them and the shared block's text (`--show-all-blocks`: every shared block). Blind vaults (rows `blind-…`) are skipped: they
 * are measured, never read while writing rules. Each vault's row starts with how many relations the run made (a rule's
 * cost is what it adds, not only the gold it gains). `--fine` splits `same note` and `same block` by how the nearest
 * mentions sit: one sentence (or another sentence of the block, by block kind), a heading over the other's section
 * (the other first in a list item, in a list item's body, in a table's first column, opening a paragraph, or in prose),
 * the note's title, adjacent blocks, one section.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { evaluate, parseGold } from '../src/extract/evaluate.js';
import { normaliseKey } from '../src/extract/normalise.js';
import { findMentions } from '../src/link/find-mentions.js';
import type { Concept, Relation } from '../src/types.js';
import { FIXTURE_VAULTS, fixtureSources, NO_VOCABULARY, REPO, runVault } from '../test/eval/run-vault.js';
import { shapeOf } from './relation-shape.js';

const show = process.argv.includes('--show') || process.argv.includes('--show-all-blocks');
const allBlocks = process.argv.includes('--show-all-blocks');
/** `--fine`: split "same note" and "same block" by where the two mentions sit (heading over section, title, adjacent blocks, sentence). */
const fine = process.argv.includes('--fine');
const total = new Map<string, number>();
let relationCount = 0;

for (const [row, kind, name] of FIXTURE_VAULTS) {
  if (row.startsWith('blind')) continue;
  const gold = parseGold(await readFile(path.join(REPO, 'test/gold', `${kind}-${name}.yaml`), 'utf8'));
  const vault = await runVault(await fixtureSources(kind, name), NO_VOCABULARY);
  if (!vault.relations) throw new Error(`${row}: relations not built: ${vault.relationsError}`);
  const run = { ...vault, relations: vault.relations };
  const scores = evaluate(gold, run.concepts, run.relations);
  const places = placesOf(run.notes, run.concepts);
  const hitsOf = fine ? findMentions(run.notes, run.concepts).hits : new Map();
  const conceptsOf = (label: string): string[] => {
    const entry = gold.concepts.find((c) => c.label.toLowerCase() === label.toLowerCase());
    const keys = new Set([label, ...(entry?.aliases ?? [])].map((text) => normaliseKey(text)));
    return run.concepts.filter((c) => [c.label, ...c.aliases.map((a) => a.text)].some((text) => keys.has(normaliseKey(text)))).map((c) => c.id);
  };
  const counts = new Map<string, number>();
  for (const miss of scores.missedRelations) {
    const [, source, type, target] = /^(.*) -(\w+)-> (.*)$/u.exec(miss)!;
    const a = conceptsOf(source);
    const b = conceptsOf(target);
    const coarse = !a.length || !b.length ? 'endpoint not extracted' : together(a, b, places);
    const where = fine && (coarse === 'same note' || coarse === 'same block') ? `${coarse}/${finer(a, b, run.notes, hitsOf)}` : coarse;
    const key = `${type}: ${where}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    total.set(key, (total.get(key) ?? 0) + 1);
    if (show) console.log(`${row.padEnd(10)} ${key.padEnd(32)} ${miss}`);
    if (show && coarse === 'same block') console.log(sharedBlocks(a, b, places, run.notes, run.relations, allBlocks));
  }
  relationCount += run.relations.length;
  if (!show) console.log(`${row.padEnd(10)} relations ${run.relations.length}, missed ${scores.missedRelations.length}: ${format(counts)}`);
}
console.log(`\ntotal: relations ${relationCount}, ${format(total)}`);

interface Places {
  notes: Set<string>;
  blocks: Set<string>;
}

/** The notes and blocks (`note#block`) each concept is mentioned in. */
function placesOf(notes: Parameters<typeof findMentions>[0], concepts: Concept[]): Map<string, Places> {
  const out = new Map<string, Places>();
  for (const [note, hits] of findMentions(notes, concepts).hits) {
    for (const hit of hits) {
      const at = out.get(hit.concept) ?? { notes: new Set<string>(), blocks: new Set<string>() };
      at.notes.add(note);
      at.blocks.add(`${note}#${hit.block}`);
      out.set(hit.concept, at);
    }
  }
  return out;
}

/** The relations made between concepts of `a` and of `b`, and the text of the blocks mentioning both (the first, or all). */
function sharedBlocks(a: string[], b: string[], places: Map<string, Places>, notes: Parameters<typeof findMentions>[0], relations: Relation[], all: boolean): string {
  const made = relations.filter((r) => (a.includes(r.source) && b.includes(r.target)) || (b.includes(r.source) && a.includes(r.target)));
  const lines = [`    made: ${made.map((r) => `${r.source} -${r.type}-> ${r.target}`).join('; ') || 'none'}`];
  const keys = new Set<string>();
  for (const x of a) for (const y of b) for (const k of places.get(x)?.blocks ?? []) if (places.get(y)?.blocks.has(k)) keys.add(k);
  for (const key of [...keys].sort().slice(0, all ? undefined : 1)) {
    const at = key.lastIndexOf('#');
    const note = notes.find((n) => n.id === key.slice(0, at));
    const block = note?.blocks[Number(key.slice(at + 1))];
    lines.push(`    ${key}: ${(block?.text ?? '').replace(/\s+/gu, ' ').slice(0, 400)}`);
  }
  return lines.join('\n');
}

/** How close the nearest mentions of any concept in `a` and any in `b` are. */
function together(a: string[], b: string[], places: Map<string, Places>): string {
  const shares = (field: keyof Places) => a.some((x) => b.some((y) => [...(places.get(x)?.[field] ?? [])].some((k) => places.get(y)?.[field].has(k))));
  return shares('blocks') ? 'same block' : shares('notes') ? 'same note' : 'never in one note';
}

function format(counts: Map<string, number>): string {
  return [...counts].sort((x, y) => y[1] - x[1]).map(([key, n]) => `${key} ${n}`).join(', ');
}

type Hits = ReturnType<typeof findMentions>['hits'];

/** The closest way mentions of `a` and `b` sit together in one note, most specific first. */
function finer(a: string[], b: string[], notes: Parameters<typeof findMentions>[0], hits: Hits): string {
  const found = new Set<string>();
  for (const note of notes) {
    const list = [...(hits.get(note.id) ?? [])];
    const xs = list.filter((h) => a.includes(h.concept));
    const ys = list.filter((h) => b.includes(h.concept));
    if (!xs.length || !ys.length) continue;
    const title = normaliseKey(note.title);
    for (const [p, q] of [[xs, ys], [ys, xs]] as const) {
      for (const h of p) {
        const block = note.blocks[h.block];
        for (const k of q) {
          const other = note.blocks[k.block];
          if (h.block === k.block) {
            const lo = Math.min(h.position.offset, k.position.offset);
            const hi = Math.max(h.position.offset, k.position.offset);
            const between = note.text.slice(lo, hi);
            found.add(/[.。!?！？;；\n]/u.test(between) ? `block/${block.kind}/other sentence` : `block/${block.kind}/sentence`);
          } else if (block.kind === 'heading' && (other.section === block.section || isInside(note, other.section, block.section))) found.add(`heading over section/${shapeOf(note, k)}`);
          else if (normaliseKey(h.surface) === title || title.includes(normaliseKey(h.surface))) found.add('note title');
          else if (Math.abs(h.block - k.block) === 1) found.add('adjacent blocks');
          else if (block.section === other.section) found.add('same section');
        }
      }
    }
  }
  const heading = [...found].filter((k) => k.startsWith('heading over section')).sort();
  for (const k of ['block/paragraph/sentence', 'block/table-cell/sentence', 'block/other/sentence', 'block/heading/sentence', ...heading, 'note title', 'adjacent blocks', 'same section'])
    if (found.has(k)) return k;
  return [...found].sort()[0] ?? 'apart';
}

function isInside(note: Parameters<typeof findMentions>[0][number], section: number, outer: number): boolean {
  for (let s: number | undefined = section; s !== undefined && s >= 0; s = note.sections[s]?.parent) if (s === outer) return true;
  return false;
}

