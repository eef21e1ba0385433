/** Starts Eleventy programmatically with notegraph's configuration: once (build) or watching and serving. */
import path from 'node:path';
import Eleventy from '@11ty/eleventy';
import type { Options } from '../options.js';
import { configureEleventy, templatesDir, type SiteOptions } from '../site/eleventy-config.js';

export function createEleventy(options: Options, extra: Pick<SiteOptions, 'onGraph'> & { runMode?: 'build' | 'serve' }) {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const EleventyClass = Eleventy as any;
  const eleventy = new EleventyClass(templatesDir, path.resolve(options.outDir), {
    configPath: false,
    quietMode: true,
    runMode: extra.runMode ?? 'build',
    pathPrefix: options.base,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    config: (eleventyConfig: any) => {
      configureEleventy(eleventyConfig, { ...options, onGraph: extra.onGraph });
      eleventyConfig.setTemplateFormats(['njk']);
    },
  });
  if ((extra.runMode ?? 'build') === 'build') {
    // Our own summary replaces Eleventy's forced "Wrote N files" line; its warnings and errors still show.
    eleventy.logger.overrideLogger({ log: () => {}, info: () => {}, warn: console.warn, error: console.error });
  }
  return eleventy;
}
