/** Shared set-up for the browser tests: build notes/ once into a temp dir under a sub-path base, serve it. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { createEleventy } from '../../src/cli/run-eleventy.js';
import { resolveOptions } from '../../src/options.js';
import { startStaticServer, type StaticServer } from '../helpers/static-server.js';

export const BASE = '/sub/path/';

export interface BuiltSite {
  outDir: string;
  server: StaticServer;
  close(): Promise<void>;
}

export async function buildAndServe(): Promise<BuiltSite> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'notegraph-browser-'));
  const outDir = path.join(tmp, 'site');
  const options = resolveOptions({ notesDir: 'notes', outDir, graphDir: path.join(tmp, 'graph'), base: BASE, quiet: true });
  const eleventy = createEleventy(options, { onGraph() {} });
  await eleventy.write();
  const server = await startStaticServer(outDir, BASE);
  return { outDir, server, close: async () => { await server.close(); rmSync(tmp, { recursive: true, force: true }); } };
}

/** Counts pixels that differ from the map background across the map's canvases (Cytoscape draws on several). */
export function paintedPixels(page: Page, selector: string): Promise<number> {
  return page.$eval(selector, (container) => {
    let painted = 0;
    for (const canvas of Array.from(container.querySelectorAll('canvas'))) {
      const context = canvas.getContext('2d');
      if (!context || canvas.width === 0) continue;
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      for (let i = 3; i < data.length; i += 16) if (data[i] > 0) painted++;
    }
    return painted;
  });
}

/** Runs axe-core in the page; returns the serious and critical violations. */
export async function seriousViolations(page: Page): Promise<Array<{ id: string; impact: string; nodes: string[] }>> {
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: axeSource });
  const results = await page.evaluate(async () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const axe = (window as any).axe;
    const run = await axe.run(document, { resultTypes: ['violations'] });
    return run.violations.map((v: { id: string; impact: string; nodes: Array<{ target: string[] }> }) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
  return (results as Array<{ id: string; impact: string; nodes: string[] }>).filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Where a node is on screen, from the live Cytoscape instance the client exposes for tests. */
export function nodeScreenPosition(page: Page, container: string, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate(([selector, nodeId]) => {
    const element = document.querySelector(selector)!;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const entry = (window as any).notegraph.maps.find((m: { container: Element }) => m.container === element);
    const p = entry.cy.getElementById(nodeId).renderedPosition();
    const box = element.getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  }, [container, id] as const);
}
