/**
 * `tsx scripts/bench/x-shapes.ts [--mb N]`: the property lists (a proxy for hidden classes) of the candidates and
 * provenance objects extraction hands resolve, with counts and the signals that make each, in the order first met.
 */
import { extractCandidates } from '../../src/extract/index.js';
import { numberFlag, parsedCorpus } from './profile-tools.js';

const { notes } = parsedCorpus(numberFlag(process.argv.slice(2), '--mb', 1));
const candidates = extractCandidates(notes, []);
for (const [name, pick] of [['candidate', (c: any) => c], ['provenance', (c: any) => c.provenance]] as const) {
  const shapes = new Map<string, { n: number; first: number; signals: Set<string> }>();
  candidates.forEach((c, i) => {
    const key = Object.keys(pick(c)).join(',');
    const s = shapes.get(key) ?? shapes.set(key, { n: 0, first: i, signals: new Set() }).get(key)!;
    s.n++;
    s.signals.add(c.signal);
  });
  console.log(`${name}: ${shapes.size} property lists over ${candidates.length}`);
  for (const [key, s] of shapes) console.log(`  ${String(s.n).padStart(6)} first at ${String(s.first).padStart(6)} [${[...s.signals].join(' ')}] ${key}`);
}
{
  const shapes = new Map<string, number>();
  for (const c of candidates) for (const a of c.aliases) { const key = Object.keys(a).join(','); shapes.set(key, (shapes.get(key) ?? 0) + 1); }
  console.log('aliases:', [...shapes]);
}
