/** Builds a notes folder into fresh temporary folders with the real CLI path (Eleventy + our configuration). */
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createEleventy } from '../../src/cli/run-eleventy.js';
import { resolveOptions, type Options } from '../../src/options.js';
import type { BuildResult, Graph } from '../../src/types.js';

export interface BuiltSite {
  outDir: string;
  graphDir: string;
  result: BuildResult;
  graph: Graph;
  /** Reads a file of the built site, by site-relative path (`notes/x/index.html`). */
  read(file: string): string;
}

export async function buildSite(notesDir: string, extra: Partial<Options> = {}): Promise<BuiltSite> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'notegraph-test-'));
  const outDir = path.join(tmp, 'site');
  const graphDir = path.join(tmp, 'graph');
  let result: BuildResult | undefined;
  const options = resolveOptions({ notesDir, outDir, graphDir, quiet: true, ...extra });
  await createEleventy(options, { onGraph: (r) => (result = r) }).write();
  if (!result) throw new Error('build produced no graph');
  const graph = JSON.parse(readFileSync(path.join(graphDir, 'graph.json'), 'utf8')) as Graph;
  return { outDir, graphDir, result, graph, read: (file) => readFileSync(path.join(outDir, file), 'utf8') };
}
