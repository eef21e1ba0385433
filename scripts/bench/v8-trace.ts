/**
 * What TurboFan did during one stage, for pat-deopts.ts and link-deopts.ts: run this script again as a child under
 * `node --single-threaded --predictable --trace-opt --trace-deopt-verbose` (single-threaded, so compiles happen in
 * line and in the same order each run), keep the trace between the child's two marks, and count the optimising
 * compiles per function and the deoptimisations with their reason and source place.
 */
import { execFileSync } from 'node:child_process';

export interface Trace {
  /** By function name (OSR compiles apart): how many compiles and their milliseconds. */
  compiles: Map<string, { count: number; ms: number }>;
  /** By function, its shared info (many functions share a name): how many compiles. */
  perFunction: Map<string, number>;
  /** `function | reason | place` → count. */
  deopts: Map<string, number>;
}

/** The trace lines the child printed between `<<mark` and `mark>>`. */
export function traceChild(script: string, childArgs: readonly string[], mark: string): string[] {
  const flags = ['--single-threaded', '--predictable', '--trace-opt', '--trace-deopt-verbose'];
  const out = execFileSync(process.execPath, [...flags, ...process.execArgv, script, '--child', ...childArgs], { encoding: 'utf8', maxBuffer: 1 << 30 });
  return out.slice(out.indexOf(`<<${mark}`), out.indexOf(`${mark}>>`)).split('\n');
}

const COMPILED = /^\[completed compiling .*<JSFunction ?((?:[gs]et )?(?!\(sfi )[^ >]*)(?: \(sfi = (\w+)\))?[^>]*> \(target TURBOFAN\)( OSR)? - took [\d.]+, ([\d.]+),/u;
const BAILOUT = /^\[bailout \(kind: [^,]*, reason: ([^)]*)\).*<JSFunction ([^ >]*)/u;

/** Counts the compiles of `lines`, and the deoptimisations whose place is under `placeUnder` (e.g. `dist/extract/`). */
export function readTrace(lines: readonly string[], placeUnder: string): Trace {
  const trace: Trace = { compiles: new Map(), perFunction: new Map(), deopts: new Map() };
  const place = new RegExp(`;;; deoptimize at <file:\\/\\/\\/.*?\\/(${placeUnder.replace(/[/.]/gu, '\\$&')}[^>]*)>`, 'u');
  let deoptimising = '';
  for (const line of lines) {
    const compiled = COMPILED.exec(line);
    if (compiled) {
      const fn = `${compiled[1] || '(anonymous)'} ${compiled[2] ?? ''}`.trim();
      trace.perFunction.set(fn, (trace.perFunction.get(fn) ?? 0) + 1);
      const name = (compiled[1] && !compiled[1].startsWith('(') ? compiled[1] : '(anonymous)') + (compiled[3] ? ' [OSR]' : '');
      const entry = trace.compiles.get(name) ?? { count: 0, ms: 0 };
      entry.count++;
      entry.ms += Number(compiled[4]);
      trace.compiles.set(name, entry);
      continue;
    }
    const bailout = BAILOUT.exec(line);
    if (bailout) deoptimising = `${bailout[2] || '(anonymous)'} | ${bailout[1]}`;
    const at = place.exec(line);
    if (at && deoptimising) trace.deopts.set(`${deoptimising} | ${at[1]}`, (trace.deopts.get(`${deoptimising} | ${at[1]}`) ?? 0) + 1);
  }
  return trace;
}

/** Prints the totals, the `top` costliest compiles, (with `recompiled`) the functions compiled more than once, and every deoptimisation. */
export function printTrace(trace: Trace, options: { top: number; where: string; recompiled: boolean }): void {
  const all = [...trace.compiles.values()];
  const deopts = [...trace.deopts.values()].reduce((s, n) => s + n, 0);
  console.log(`${all.reduce((s, e) => s + e.count, 0)} optimising compiles, ${all.reduce((s, e) => s + e.ms, 0).toFixed(0)} ms; ${deopts} deoptimisations in ${options.where}`);
  console.log('\ncompiles by function (count, ms):');
  for (const [name, e] of [...trace.compiles].sort((a, b) => b[1].ms - a[1].ms).slice(0, options.top)) console.log(`${String(e.count).padStart(4)} ${e.ms.toFixed(1).padStart(8)}  ${name}`);
  if (options.recompiled) {
    console.log('\ncompiled more than once (count, function and its shared info):');
    for (const [fn, n] of [...trace.perFunction].filter((e) => e[1] > 1).sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(4)}  ${fn}`);
  }
  console.log('\ndeoptimisations (function | reason | place in dist/):');
  for (const [key, n] of [...trace.deopts].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(4)}  ${key}`);
}
