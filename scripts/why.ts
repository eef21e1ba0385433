/**
 * `tsx scripts/why.ts DIR TERM...`: every candidate whose surface or alias contains one of the TERMs, with its
 * signal, score and provenance, and whether resolution kept a concept for it — for finding out why a term was
 * missed or kept. DIR is a notes folder (no vocabulary file is read unless DIR/../graph has one).
 */
import path from 'node:path';
import { extractCandidates } from '../src/extract/index.js';
import { loadNotes } from '../src/load/load-notes.js';
import { parseNote } from '../src/parse/parse-note.js';
import { resolveConcepts } from '../src/resolve/index.js';

const [dir, ...terms] = process.argv.slice(2);
const notes = (await loadNotes(path.resolve(dir))).sources.map((s) => parseNote(s));
const candidates = extractCandidates(notes, []);
const concepts = resolveConcepts(candidates, notes);
const lower = (s: string) => s.toLowerCase();
for (const term of terms) {
  console.log(`\n== ${term}`);
  for (const c of candidates) {
    if (![c.surface, ...c.aliases.map((a) => a.text)].some((s) => lower(s).includes(lower(term)))) continue;
    console.log(`  ${c.signal.padEnd(13)} ${c.score.toFixed(2)}  ${c.surface}${c.aliases.length ? ` [${c.aliases.map((a) => a.text).join(', ')}]` : ''}  ${c.provenance.file}:${c.provenance.line}  ${c.provenance.excerpt.slice(0, 80)}`);
  }
  const kept = concepts.filter((k) => [k.label, ...k.aliases.map((a) => a.text)].some((s) => lower(s).includes(lower(term))));
  console.log(`  → concepts: ${kept.map((k) => k.label).join(', ') || 'none'}`);
}
