/**
 * `tsx scripts/label-case.ts [-v]`: how the case of each Latin concept label compares with the prose of its vault.
 * For every development vault it counts where a label's term is written mid-sentence (after a letter, a digit or a
 * comma, inside a linkable run of a paragraph or table cell): with a capital or in lower case. Two faults are listed:
 * - capitalised: the label opens with a capital while the prose writes the term in lower case mid-sentence more often;
 * - lowered: the label opens in lower case while the prose capitalises the term mid-sentence more often (a name lost).
 * Only the first letter is compared: that is what a page title shows first. `-v` lists the labels of each fault.
 */
import type { Block, Concept, Note, NoteSource } from '../src/types.js';
import { FIXTURE_VAULTS, fixtureSources, NO_VOCABULARY, runVault, sampleSources, seedSources } from '../test/eval/run-vault.js';

const verbose = process.argv.includes('-v');
// The development vaults: the round's selection and held-out sets are never read here.
const HIDDEN = new Set(['blind9', 'blind10', 'blind11', 'blind12', 'blind13']);

interface Written {
  upper: number;
  lower: number;
}

/** A letter, a digit or a comma before a word: the word is inside a sentence, so its capital is its own. */
function isMidSentence(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i < 0 || i === at - 1) return false;
  return /[\p{L}\p{N},]/u.test(text[i]);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

function insideRun(block: Block, at: number, length: number): boolean {
  return block.runs.some((r) => at >= r.at && at + length <= r.at + r.length);
}

/** Mid-sentence occurrences of `label` (either case, an optional plural ending) in the vault's prose. */
function writtenMidSentence(label: string, notes: Note[]): Written {
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}_-])${escape(label)}(?:s|es)?(?![\\p{L}\\p{N}_-])`, 'giu');
  const out: Written = { upper: 0, lower: 0 };
  for (const note of notes) {
    for (const block of note.blocks) {
      if (block.kind !== 'paragraph' && block.kind !== 'table-cell') continue;
      for (const m of block.text.matchAll(pattern)) {
        const at = m.index!;
        if (!insideRun(block, at, m[0].length) || !isMidSentence(block.text, at)) continue;
        if (/\p{Lu}/u.test(m[0][0])) out.upper++;
        else if (/\p{Ll}/u.test(m[0][0])) out.lower++;
      }
    }
  }
  return out;
}

function faults(concepts: Concept[], notes: Note[]): { capitalised: string[]; lowered: string[] } {
  const capitalised: string[] = [];
  const lowered: string[] = [];
  for (const c of concepts) {
    const first = c.label[0];
    if (!/\p{L}/u.test(first) || /\p{Script=Han}/u.test(c.label)) continue;
    const w = writtenMidSentence(c.label, notes);
    if (/\p{Lu}/u.test(first) && w.lower > w.upper) capitalised.push(`${c.label} (${w.upper}/${w.lower})`);
    if (/\p{Ll}/u.test(first) && w.upper > w.lower) lowered.push(`${c.label} (${w.upper}/${w.lower})`);
  }
  return { capitalised, lowered };
}

let capitalisedSum = 0;
let loweredSum = 0;
let vaults = 0;
const rows: Array<[string, () => Promise<NoteSource[] | undefined>, string | undefined]> = [
  ['sample', sampleSources, undefined],
  ['seed', seedSources, undefined],
  ...FIXTURE_VAULTS.filter(([, kind]) => !HIDDEN.has(kind)).map(([row, kind, name]): [string, () => Promise<NoteSource[] | undefined>, string] => [row, () => fixtureSources(kind, name).catch(() => undefined), NO_VOCABULARY]),
];
for (const [row, load, graphDir] of rows) {
  const sources = await load();
  if (!sources) continue;
  const run = await runVault(sources, graphDir);
  const { capitalised, lowered } = faults(run.concepts, run.notes);
  vaults++;
  capitalisedSum += capitalised.length;
  loweredSum += lowered.length;
  console.log(`${row.padEnd(11)} capitalised ${String(capitalised.length).padStart(3)}  lowered ${String(lowered.length).padStart(3)}`);
  if (verbose && capitalised.length) console.log(`  capitalised (mid-sentence upper/lower): ${capitalised.join(', ')}`);
  if (verbose && lowered.length) console.log(`  lowered (mid-sentence upper/lower): ${lowered.join(', ')}`);
}
console.log(`\n${vaults} vaults  capitalised ${capitalisedSum}  lowered ${loweredSum}`);
