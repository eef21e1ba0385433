/**
 * `npx tsx scripts/bench/stat-cold-ab.ts OTHER_CHECKOUT [--mb N] [--rounds K] [--processes P]`: extraction alone
 * (extractCandidates, where the statistical pass runs) by two builds' `dist/` (`npm run compile` in both first),
 * each in P fresh processes, alternating which build runs first. Prints CPU time (user + system), which load from
 * other processes on a shared machine disturbs less than wall time: round 0 (cold) and the best later round.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCorpus } from './corpus.js';
import { numberFlag } from './profile-tools.js';

const argv = process.argv.slice(2);
const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

if (argv[0] === '--child') {
  // One process: each build parses the corpus, then extraction runs `rounds` times per build, alternating.
  const dirs = [argv[1], argv[2]];
  const rounds = Number(argv[3]);
  const corpus = buildCorpus(here, Number(argv[4]) * 1e6);
  const runs = await Promise.all(
    dirs.map(async (dir) => {
      const load = (file: string) => import(path.join(dir, 'dist', file));
      const { parseNote } = await load('parse/parse-note.js');
      const { extractCandidates } = await load('extract/index.js');
      const { baseSegmenter } = await load('extract/segmenter.js');
      baseSegmenter().tag('虚拟化技术');
      const notes = corpus.sources.map((source: unknown) => parseNote(source));
      return () => {
        const usage = process.cpuUsage();
        extractCandidates(notes, []);
        const used = process.cpuUsage(usage);
        return (used.user + used.system) / 1000;
      };
    }),
  );
  const times: number[][] = [[], []];
  for (let round = 0; round < rounds; round++) for (let d = 0; d < 2; d++) times[d].push(runs[d]());
  console.log(JSON.stringify(times));
} else {
  const other = path.resolve(argv[0]);
  const rounds = numberFlag(argv, '--rounds', 3);
  const processes = numberFlag(argv, '--processes', 4);
  const mb = numberFlag(argv, '--mb', 10);
  const cold: Record<string, number[]> = { other: [], here: [] };
  const warm: Record<string, number[]> = { other: [], here: [] };
  for (let p = 0; p < processes; p++) {
    const order = p % 2 ? [here, other] : [other, here];
    const out = execFileSync('npx', ['tsx', fileURLToPath(import.meta.url), '--child', order[0], order[1], String(rounds), String(mb)], { encoding: 'utf8' });
    const times = JSON.parse(out.trim().split('\n').pop()!) as number[][];
    order.forEach((dir, d) => {
      const name = dir === here ? 'here' : 'other';
      cold[name].push(times[d][0]);
      warm[name].push(Math.min(...times[d].slice(1)));
    });
    console.log(`process ${p} (${order[0] === here ? 'this checkout' : path.basename(other)} first): cold ${path.basename(other)} ${cold.other[p].toFixed(0)} / this ${cold.here[p].toFixed(0)} ms CPU; warm ${warm.other[p].toFixed(0)} / ${warm.here[p].toFixed(0)}`);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  console.log(`median cold: ${path.basename(other)} ${median(cold.other).toFixed(0)} ms, this checkout ${median(cold.here).toFixed(0)} ms; median warm: ${median(warm.other).toFixed(0)} / ${median(warm.here).toFixed(0)} ms (CPU)`);
}
