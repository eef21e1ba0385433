/**
 * V8 settings every build runs with, set when this module is evaluated: the CLI imports it first, and `npm run bench`
 * does too, so that the benchmark measures what a build pays.
 *
 * `--no-turbo-inlining`: a build is one cold run, and the fourteenth session measured that about a third of the
 * statistical pass's cold CPU went to V8's optimising compiler, largely recompiling small shared helpers inlined into
 * dozens of callers. Without inlining, cold extraction + linking of 5–10 MB took 0.79–0.86× the CPU time (fresh
 * processes, alternating), a whole CLI build of 2.4 MB (Eleventy included) 0.94×, and warm rounds in one process (as
 * `serve` rebuilds) moved within the noise (0.93–1.1×). Setting it at run time acts like the command-line flag
 * (same CPU time, measured), because V8 reads it at each optimisation, and none has happened yet.
 */
import v8 from 'node:v8';

export const V8_FLAGS: readonly string[] = ['--no-turbo-inlining'];

for (const flag of V8_FLAGS) v8.setFlagsFromString(flag);
