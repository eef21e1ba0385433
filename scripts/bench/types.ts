/** What one benchmark reports: named rows of (bytes processed, milliseconds), printed as one table by bench.ts. */
import type { Note, NoteSource } from '../../src/types.js';

export interface Row {
  name: string;
  bytes: number;
  /** Wall-clock time. */
  ms: number;
  /** CPU time of this process (user + system): on a busy shared machine it is the fairer number. */
  cpuMs: number;
  /** Shown after the numbers, e.g. "not counted in the target". */
  note?: string;
}

/** Shared by all benchmarks: the corpus, and the parsed notes once a benchmark has made them. */
export interface BenchContext {
  sources: NoteSource[];
  bytes: number;
  notes?: Note[];
  log(line: string): void;
}

export interface Benchmark {
  name: string;
  run(context: BenchContext): Promise<Row[]>;
}

export function time<T>(fn: () => T): { value: T; ms: number; cpuMs: number } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = fn();
  const used = process.cpuUsage(cpu);
  return { value, ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000 };
}

export function mbPerSecond(bytes: number, ms: number): number {
  return bytes / 1e6 / (ms / 1000);
}
