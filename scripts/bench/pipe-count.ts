/**
 * `valgrind --tool=cachegrind --cache-sim=no --smc-check=all-non-file --cachegrind-out-file=/dev/null node
 * --single-threaded --import tsx scripts/bench/pipe-count.ts DIR [--mb N] [--stage none|extract|resolve|mentions|all]`: one cold
 * extraction + linking (extract, resolve, automaton, mentions, relations) of the N MB bench corpus (default 2) by the
 * build in DIR/dist, for an instruction count this shared machine's load does not move (cachegrind's I refs).
 * `--stage none` parses and starts up only: subtract it from `all`. `extract`, `resolve` and `mentions` stop after
 * that stage (mentions: the automaton and findMentions), so that differences give each stage's count. Compare two builds (e.g. a round's start and
 * end, whose outputs differ, so the snapshot cannot) by their differences.
 */
import path from 'node:path';
import { buildCorpus } from './corpus.js';
import { loadBuild, type LastStage } from './build-stages.js';

const argv = process.argv.slice(2);
const numberFlag = (args: string[], name: string, fallback: number) => (args.includes(name) ? Number(args[args.indexOf(name) + 1]) : fallback);
const here = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const corpus = buildCorpus(here, numberFlag(argv, '--mb', 2) * 1e6);
const stage = argv.includes('--stage') ? argv[argv.indexOf('--stage') + 1] : 'all';
const build = await loadBuild(path.resolve(argv[0]), corpus.sources, stage === 'none' ? 'all' : (stage as LastStage));
if (stage !== 'none') console.log(`extraction + linking: ${build.run().toFixed(0)} ms`);
