// Eleventy entry for running Eleventy directly in this folder (`npx @11ty/eleventy --serve`).
// The notegraph CLI uses the same configuration function. Requires compiled code: `npm run compile`.
import { configureEleventy, templatesDir } from './dist/site/eleventy-config.js';

export default function (eleventyConfig) {
  configureEleventy(eleventyConfig, {
    notesDir: process.env.NOTEGRAPH_NOTES ?? 'notes',
    graphDir: process.env.NOTEGRAPH_GRAPH ?? 'graph',
    base: process.env.NOTEGRAPH_BASE ?? '/',
  });
  return {
    dir: { input: templatesDir, output: '_site' },
    markdownTemplateEngine: false,
    htmlTemplateEngine: 'njk',
  };
}
