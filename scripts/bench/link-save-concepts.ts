/**
 * `tsx scripts/bench/link-save-concepts.ts OUT.json [--mb N]`: extracts and resolves the concepts of the N MB bench
 * corpus (default 10, as `npm run bench:text`) once and saves them, so link-only.ts and link-profile.ts time the
 * linker on exactly the concepts the bench links with.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractCandidates } from '../../src/extract/index.js';
import { parseNote } from '../../src/parse/parse-note.js';
import { resolveConcepts } from '../../src/resolve/index.js';
import { buildCorpus } from './corpus.js';

const argv = process.argv.slice(2);
const mb = argv.includes('--mb') ? Number(argv[argv.indexOf('--mb') + 1]) : 10;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const notes = buildCorpus(root, mb * 1e6).sources.map((s) => parseNote(s));
const concepts = resolveConcepts(extractCandidates(notes, []), notes);
writeFileSync(argv[0], JSON.stringify(concepts));
console.log(`${concepts.length} concepts → ${argv[0]}`);
