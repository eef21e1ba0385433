/** `notegraph build|serve`: parse arguments, run Eleventy with our configuration, print diagnostics and a summary. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { NotesFolderError } from '../load/load-notes.js';
import { resolveOptions, type Options } from '../options.js';
import { packageRoot } from '../site/eleventy-config.js';
import type { BuildResult } from '../types.js';
import { HELP, parseCommandLine, UsageError } from './args.js';
import { formatDiagnostic, sortDiagnostics, summarise } from './report.js';
import { createEleventy } from './run-eleventy.js';

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`notegraph: ${error.message}\nRun "notegraph --help" for usage.\n`);
      return 2;
    }
    throw error;
  }
  if (parsed.command === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  if (parsed.command === 'version') {
    process.stdout.write(`${JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')).version}\n`);
    return 0;
  }
  const options = resolveOptions(parsed.options);
  const problem = checkNotesFolder(options);
  if (problem) {
    process.stderr.write(`notegraph: ${problem}\n`);
    return 1;
  }
  return parsed.command === 'build' ? build(options) : serve(options, parsed.port ?? 8080);
}

function checkNotesFolder(options: Options): string | undefined {
  if (!existsSync(options.notesDir)) return `notes folder not found: ${options.notesDir} (use --notes DIR)`;
  return undefined;
}

function report(result: BuildResult, options: Options, ms: number): void {
  for (const d of sortDiagnostics(result.diagnostics)) {
    if (options.quiet && d.severity !== 'error') continue;
    process.stderr.write(`${formatDiagnostic(d)}\n`);
  }
  if (!options.quiet) process.stdout.write(`${summarise(result, options.outDir, ms)}\n`);
}

async function build(options: Options): Promise<number> {
  const start = performance.now();
  let result: BuildResult | undefined;
  const eleventy = createEleventy(options, { onGraph: (r) => (result = r) });
  try {
    await eleventy.write();
  } catch (error) {
    const cause = findNotesFolderError(error);
    process.stderr.write(`notegraph: ${cause ? cause.message : (error as Error).stack ?? String(error)}\n`);
    return 1;
  }
  if (!result) {
    process.stderr.write('notegraph: the build produced no graph\n');
    return 1;
  }
  if (result.graph.notes.length === 0) {
    report(result, options, performance.now() - start);
    process.stderr.write(`notegraph: no Markdown notes (.md) found in ${options.notesDir}\n`);
    return 1;
  }
  report(result, options, performance.now() - start);
  if (options.strict && result.diagnostics.some((d) => d.severity === 'error')) {
    process.stderr.write('notegraph: --strict: errors found, exiting with failure\n');
    return 1;
  }
  return 0;
}

async function serve(options: Options, port: number): Promise<number> {
  const eleventy = createEleventy(options, {
    runMode: 'serve',
    onGraph: (result) => report(result, { ...options, quiet: true }, 0),
  });
  await eleventy.init();
  await eleventy.watch();
  await eleventy.serve(port);
  process.on('SIGINT', () => {
    void eleventy.stopWatch().finally(() => process.exit(0));
  });
  process.stdout.write(`notegraph: serving ${options.outDir} at http://localhost:${port}${options.base} — edit a note and the page reloads\n`);
  return new Promise<number>(() => {});
}

/** Eleventy wraps errors thrown in event handlers; dig out ours to print a clean message. */
function findNotesFolderError(error: unknown): NotesFolderError | undefined {
  for (let e = error as { cause?: unknown; originalError?: unknown } | undefined, depth = 0; e && depth < 6; depth++) {
    if (e instanceof NotesFolderError) return e;
    e = (e.originalError ?? e.cause) as typeof e;
  }
  return undefined;
}
