/**
 * `valgrind --tool=cachegrind --cache-sim=no --smc-check=all-non-file node --single-threaded --import tsx
 * scripts/bench/pat-count.ts DIR [--mb N] [--stage extract|resolve|none]`: one cold extraction (and, with `--stage
 * resolve`, resolution) of the bench corpus by the build in DIR/dist, for an instruction count that does not depend
 * on the load of a shared machine (cachegrind's I refs). Compare two builds by their counts; the corpus is parsed
 * by DIR's parser before either stage, so the difference is the stages' own.
 */
import path from 'node:path';
import { numberFlag } from './profile-tools.js';
import { buildCorpus } from './corpus.js';

const argv = process.argv.slice(2);
const dir = path.resolve(argv[0]);
const here = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const load = (file: string) => import(path.join(dir, 'dist', file));
const { parseNote } = await load('parse/parse-note.js');
const { extractCandidates } = await load('extract/index.js');
const { resolveConcepts } = await load('resolve/index.js');
const { baseSegmenter } = await load('extract/segmenter.js');
const corpus = buildCorpus(here, numberFlag(argv, '--mb', 2) * 1e6);
const notes = corpus.sources.map((source: unknown) => parseNote(source));
baseSegmenter().tag('虚拟化技术');
const stage = argv.includes('--stage') ? argv[argv.indexOf('--stage') + 1] : 'extract';
// `--stage none`: parsing and start-up only, the count to subtract from the others.
if (stage !== 'none') {
  const start = performance.now();
  const candidates = extractCandidates(notes, []);
  if (stage === 'resolve') resolveConcepts(candidates, notes);
  console.log(`${candidates.length} candidates, ${(performance.now() - start).toFixed(0)} ms`);
}
