/**
 * `npx tsx scripts/bench/link-deopts.ts [--mb N] [--top K] [--root DIR]`: pat-deopts.ts for the linker. One cold pipeline run of
 * the bench corpus (dist/: compile first) in a child `node --single-threaded --predictable --trace-opt
 * --trace-deopt-verbose`; only what is traced around buildRelations counts (mentions are found before the mark, as
 * in a build, so what extraction and findMentions warmed stays warm). Lists the optimising compiles per function
 * (OSR marked) and every deoptimisation in dist/link with its reason and place.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { numberFlag } from './profile-tools.js';
import { printTrace, readTrace, traceChild } from './v8-trace.js';

const argv = process.argv.slice(2);
const self = fileURLToPath(import.meta.url);
// --root DIR: the build in DIR/dist (default this checkout), to compare two builds.
const root = argv.includes('--root') ? path.resolve(argv[argv.indexOf('--root') + 1]) : path.resolve(path.dirname(self), '../..');

if (argv.includes('--child')) {
  const load = (file: string) => import(path.join(root, 'dist', file));
  const { extractCandidates } = await load('extract/index.js');
  const { resolveConcepts } = await load('resolve/index.js');
  const { buildAutomaton } = await load('link/automaton.js');
  const { findMentions } = await load('link/find-mentions.js');
  const { buildRelations } = await load('link/relations.js');
  const { parsedCorpus, startUp } = await import('./profile-tools.js');
  const { notes } = parsedCorpus(numberFlag(argv, '--mb', 3));
  startUp();
  const concepts = resolveConcepts(extractCandidates(notes, []), notes);
  const automaton = buildAutomaton(concepts);
  const mentions = findMentions(notes, concepts, automaton);
  console.log('<<link');
  buildRelations(notes, concepts, mentions.hits, { automaton });
  console.log('link>>');
  process.exit(0);
}

const lines = traceChild(self, ['--root', root, '--mb', String(numberFlag(argv, '--mb', 3))], 'link');
printTrace(readTrace(lines, 'dist/'), { top: numberFlag(argv, '--top', 30), where: 'src/link', recompiled: true });
