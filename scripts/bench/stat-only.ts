/**
 * `tsx scripts/bench/stat-only.ts [--mb N] [--runs K]`: the statistical pass alone (the largest share of
 * extraction), timed K times on the bench corpus; prints each run and the fastest. For A/B comparisons of
 * changes to statistical.ts / segmenter.ts on a machine that is not idle: the minimum of several runs is
 * steadier than one run.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractCandidates } from '../../src/extract/index.js';
import { segmenterWith } from '../../src/extract/segmenter.js';
import { statisticalCandidates } from '../../src/extract/statistical.js';
import { normaliseKey } from '../../src/extract/normalise.js';
import { parseNote } from '../../src/parse/parse-note.js';
import { buildCorpus } from './corpus.js';

const argv = process.argv.slice(2);
const flag = (name: string, fallback: number) => (argv.includes(name) ? Number(argv[argv.indexOf(name) + 1]) : fallback);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = buildCorpus(root, flag('--mb', 10) * 1e6);
const notes = corpus.sources.map((source) => parseNote(source)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
// The user words and known keys a real run hands the statistical pass: from the other signals on the same notes.
const others = extractCandidates(notes, []).filter((c) => c.signal !== 'statistical');
const han = new Set<string>();
const known = new Set<string>();
for (const c of others) {
  for (const s of [c.surface, ...c.aliases.map((a) => a.text)]) {
    known.add(normaliseKey(s));
    if (/\p{Script=Han}/u.test(s) && !/\s/u.test(s)) han.add(s);
  }
}
const times: number[] = [];
let found = 0;
for (let run = 0; run < flag('--runs', 5); run++) {
  const start = performance.now();
  found = statisticalCandidates(notes, segmenterWith(han), known).candidates.length;
  times.push(performance.now() - start);
}
console.log(`statistical pass, ${(corpus.bytes / 1e6).toFixed(1)} MB: ${times.map((t) => t.toFixed(0)).join(' ')} ms; fastest ${Math.min(...times).toFixed(0)} ms; ${found} candidates`);
