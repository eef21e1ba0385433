/**
 * The map's JavaScript budget: map.js at most 150 kB (150,000 bytes) gzipped at level 9, as the browser bench reports
 * it. Bundle size is deterministic (esbuild, fixed inputs), so unlike a time it can be a test: a feature that pushes
 * the bundle over the budget fails here instead of only showing as MISS in `npm run bench`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleClient } from '../../src/site/bundle-client.js';

const REPO = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const out = mkdtempSync(path.join(os.tmpdir(), 'notegraph-bundle-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('client bundles', () => {
  it('map.js stays within 150,000 bytes gzipped; cards.js (note pages) stays small', async () => {
    await bundleClient(REPO, out);
    const gz = (name: string) => gzipSync(readFileSync(path.join(out, name)), { level: 9 }).length;
    expect(gz('map.js')).toBeLessThanOrEqual(150_000);
    // Hover cards load on every note page without Cytoscape: a few kB, never the map's weight.
    expect(gz('cards.js')).toBeLessThanOrEqual(10_000);
  });
});
