/**
 * `npx tsx scripts/bench/pat-gc.ts [--mb N]`: one cold extraction of the bench corpus (dist/) with each pass's
 * wall time and the garbage collections that fell in it (count and ms, minor and major), from a gc
 * PerformanceObserver: which pass pays for the collections of a cold run.
 */
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { extractCandidates } from '../../dist/extract/index.js';
import { numberFlag, parsedCorpus, startUp } from './profile-tools.js';

const { notes } = parsedCorpus(numberFlag(process.argv.slice(2), '--mb', 10));
startUp();
const gcs: Array<{ start: number; ms: number; major: boolean }> = [];
const observer = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) gcs.push({ start: e.startTime, ms: e.duration, major: (e.detail as { kind: number }).kind !== constants.NODE_PERFORMANCE_GC_MINOR });
});
observer.observe({ entryTypes: ['gc'] });
const laps: Array<{ name: string; from: number; to: number }> = [];
let last = performance.now();
extractCandidates(notes, [], {
  lap(name) {
    const now = performance.now();
    laps.push({ name, from: last, to: now });
    last = now;
  },
});
await new Promise((r) => setTimeout(r, 100));
const byPass = new Map<string, { ms: number; minor: number; minorMs: number; major: number; majorMs: number }>();
for (const lap of laps) {
  const row = byPass.get(lap.name) ?? { ms: 0, minor: 0, minorMs: 0, major: 0, majorMs: 0 };
  row.ms += lap.to - lap.from;
  for (const g of gcs) {
    if (g.start < lap.from || g.start >= lap.to) continue;
    if (g.major) { row.major++; row.majorMs += g.ms; } else { row.minor++; row.minorMs += g.ms; }
  }
  byPass.set(lap.name, row);
}
console.log('pass                  ms   minor (ms)   major (ms)');
for (const [name, r] of byPass) console.log(`${name.padEnd(16)} ${r.ms.toFixed(0).padStart(7)} ${String(r.minor).padStart(5)} ${r.minorMs.toFixed(0).padStart(6)} ${String(r.major).padStart(5)} ${r.majorMs.toFixed(0).padStart(6)}`);
