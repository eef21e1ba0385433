/**
 * `npx tsx scripts/bench/resolve-ab.ts OTHER_CHECKOUT [--pairs N] [--mb M]`: the cold resolveConcepts of two builds
 * (OTHER's compiled dist/ and this checkout's), each in a fresh process, the order alternating pair by pair, on the
 * same inputs: this checkout extracts the bench corpus's candidates once and saves them with the notes' texts
 * (test-output/resolve-ab-M.bin, node:v8 serialisation), so a run pays no extraction. Prints each run's wall and CPU
 * milliseconds, each build's medians and the ratios of the medians (this / OTHER). `--child DIR` runs one build once
 * (under cachegrind, for an instruction count of resolve alone: subtract a run of `--child DIR --load-only`). A change to resolve alone is a percent or two of a
 * whole build, below what cold-ab.ts can tell on this shared machine; resolve alone can. Compile both first.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { Candidate, Note } from '../../src/types.js';
import { numberFlag } from './profile-tools.js';

const argv = process.argv.slice(2);
const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const mb = numberFlag(argv, '--mb', 10);
const saved = path.join(here, 'test-output', `resolve-ab-${mb}.bin`);

if (argv[0] === '--child') {
  const { candidates, notes } = deserialize(readFileSync(saved)) as { candidates: Candidate[]; notes: Note[] };
  const { resolveConcepts } = await import(path.join(argv[1], 'dist', 'resolve', 'index.js'));
  if (argv.includes('--load-only')) process.exit(0);
  const start = performance.now();
  const cpu = process.cpuUsage();
  resolveConcepts(candidates, notes);
  const used = process.cpuUsage(cpu);
  console.log(`${(performance.now() - start).toFixed(1)} ${((used.user + used.system) / 1000).toFixed(1)}`);
} else {
  if (!existsSync(saved)) {
    const { extractCandidates } = await import('../../dist/extract/index.js');
    const { parsedCorpus, startUp } = await import('./profile-tools.js');
    const { notes } = parsedCorpus(mb);
    startUp();
    const candidates = extractCandidates(notes, []);
    mkdirSync(path.dirname(saved), { recursive: true });
    // resolve reads only the notes' texts.
    writeFileSync(saved, serialize({ candidates, notes: notes.map((n) => ({ ...n, tree: undefined })) }));
  }
  const builds = { other: path.resolve(argv[0]), here };
  const times: Record<keyof typeof builds, number[]> = { other: [], here: [] };
  const cpus: Record<keyof typeof builds, number[]> = { other: [], here: [] };
  const pairs = numberFlag(argv, '--pairs', 7);
  for (let p = 0; p < pairs; p++) {
    const order: Array<keyof typeof builds> = p % 2 === 0 ? ['other', 'here'] : ['here', 'other'];
    for (const which of order) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', builds[which], '--mb', String(mb)], { encoding: 'utf8' });
      const [ms, cpu] = out.trim().split(' ').map(Number);
      times[which].push(ms);
      cpus[which].push(cpu);
      console.log(`pair ${p} ${which.padEnd(5)} ${ms.toFixed(1)} ms wall, ${cpu.toFixed(1)} ms CPU`);
    }
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  for (const [name, xs] of [['wall', times], ['CPU', cpus]] as const) {
    console.log(`median ${name}: other ${median(xs.other).toFixed(1)} ms, here ${median(xs.here).toFixed(1)} ms, ratio ${(median(xs.here) / median(xs.other)).toFixed(3)}`);
  }
}
