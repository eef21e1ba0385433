/**
 * Regenerates docs/images/map.png, the README's picture of the sample vault's concept map:
 * builds notes/ into a temp folder, serves it on 127.0.0.1 and photographs /map/ in Debian's Chromium.
 * Run: `tsx scripts/readme-screenshot.ts`.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createEleventy } from '../src/cli/run-eleventy.js';
import { resolveOptions } from '../src/options.js';
import { launchBrowser } from '../test/helpers/browser.js';
import { startStaticServer } from '../test/helpers/static-server.js';

const tmp = mkdtempSync(path.join(os.tmpdir(), 'notegraph-shot-'));
const options = resolveOptions({ notesDir: 'notes', outDir: path.join(tmp, 'site'), graphDir: path.join(tmp, 'graph'), quiet: true });
await createEleventy(options, { onGraph: () => {} }).write();
const server = await startStaticServer(options.outDir, '/');
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 }, deviceScaleFactor: 1 });
  await page.goto(`${server.url}map/`);
  await page.waitForSelector('.ng-map[data-ready]:not([data-ready="error"])', { timeout: 30_000 });
  await page.waitForTimeout(800);
  await page.screenshot({ path: 'docs/images/map.png' });
  console.log('wrote docs/images/map.png');
} finally {
  await browser.close();
  await server.close();
}
