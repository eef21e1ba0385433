/**
 * The Eleventy side of notegraph, used both by `.eleventy.js` and by the CLI: registers the graph as global
 * data (computed once per build in `eleventy.before`, never per page), watch targets, assets and filters.
 * Templates live in templates/ and only print what site-data prepared.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildGraph } from '../build.js';
import { toCytoscapeElements } from '../emit/to-graph.js';
import { renderMapPreview } from '../emit/map-preview.js';
import { writeJson } from '../emit/write-json.js';
import { resolveOptions, type Options } from '../options.js';
import type { BuildResult } from '../types.js';
import { bundleClient } from './bundle-client.js';
import { buildSiteData, localFilePath, type SiteData } from './site-data.js';
import { pruneStalePages } from './prune-output.js';

export const packageRoot = fileURLToPath(new URL('../../', import.meta.url));
export const templatesDir = path.join(packageRoot, 'templates');

export interface SiteOptions extends Partial<Options> {
  siteTitle?: string;
  /** Called after each graph build (the CLI prints its summary from here). */
  onGraph?: (result: BuildResult, site: SiteData) => void;
}

// Eleventy's config object is untyped in its published package; we use a small part of it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type EleventyConfig = any;

export function configureEleventy(eleventyConfig: EleventyConfig, siteOptions: SiteOptions = {}): void {
  const options = resolveOptions(siteOptions);
  let site: SiteData | undefined;

  eleventyConfig.setTemplateFormats(['njk']);
  eleventyConfig.setUseGitIgnore(false);
  eleventyConfig.addGlobalData('ng', () => site);
  eleventyConfig.addWatchTarget(path.resolve(options.notesDir));
  eleventyConfig.addWatchTarget(path.resolve(options.graphDir, 'concepts.yaml'));
  eleventyConfig.addPassthroughCopy({ [path.join(templatesDir, 'assets')]: 'assets' });

  eleventyConfig.on('eleventy.before', async ({ directories }: { directories: { output: string } }) => {
    const outDir = path.resolve(directories.output);
    const result = await buildGraph(options);
    site = buildSiteData(result, options, siteOptions.siteTitle);
    const elements = toCytoscapeElements(result.graph, result.positions);
    await writeJson(path.join(path.resolve(options.graphDir), 'graph.json'), result.graph, true);
    await writeJson(path.join(outDir, 'graph.json'), result.graph);
    await writeJson(path.join(outDir, 'graph', 'elements.json'), elements);
    // A static picture of the same layout, shown by the map page until Cytoscape has drawn its first frame.
    await fs.writeFile(path.join(outDir, 'graph', 'preview.svg'), renderMapPreview(elements));
    await bundleClient(packageRoot, path.join(outDir, 'assets'));
    await copyImages(result, options.notesDir, outDir);
    siteOptions.onGraph?.(result, site);
  });

  // Pages of notes and concepts that no longer exist are removed once every page of this build is written. An
  // incremental rebuild writes only some pages, so it prunes nothing.
  eleventyConfig.on(
    'eleventy.after',
    async (event: { directories: { output: string }; results?: Array<{ outputPath?: string | false }>; incremental?: boolean; outputMode?: string }) => {
      const { directories, results, incremental, outputMode } = event;
      if (incremental || !results || (outputMode && outputMode !== 'fs')) return;
      const written = results.map((r) => r.outputPath).filter((p): p is string => typeof p === 'string' && p.length > 0);
      await pruneStalePages(directories.output, written);
    },
  );
}

/** Local images that notes reference and that exist are copied to <out>/files/, keeping their paths. */
async function copyImages(result: BuildResult, notesDir: string, outDir: string): Promise<void> {
  const root = path.resolve(notesDir);
  const copied = new Set<string>();
  for (const note of result.notes) {
    for (const image of note.images) {
      if (!image.exists || /^[a-z][a-z0-9+.-]*:/i.test(image.url) || image.url.startsWith('//')) continue;
      const rel = localFilePath(note, image.url);
      if (copied.has(rel) || rel.startsWith('..')) continue;
      copied.add(rel);
      const target = path.join(outDir, 'files', rel);
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.copyFile(path.join(root, rel), target);
    }
  }
}
