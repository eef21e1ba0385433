/**
 * The map and the reading experience in a real browser (Debian's chromium through playwright-core).
 * The sample notes/ are built once, under a sub-path base, and served locally.
 */
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.js';
import { BASE, buildAndServe, nodeScreenPosition, paintedPixels, seriousViolations, type BuiltSite } from './site.js';

const SHOTS = 'test-output';
let site: BuiltSite;
let browser: Browser;
const consoleErrors: string[] = [];

async function open(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${path}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`${path}: ${error.message}`));
  await page.goto(site.server.url + path.replace(/^\//, ''));
  return page;
}

async function openMap(query = ''): Promise<Page> {
  const page = await open(`map/${query}`);
  await page.waitForSelector('.ng-map--global[data-ready]');
  expect(await page.getAttribute('.ng-map--global', 'data-ready')).not.toBe('error');
  return page;
}

const attr = (page: Page, name: string) => page.getAttribute('.ng-map--global', name);

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  [site, browser] = await Promise.all([buildAndServe(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('global map', () => {
  it('shows the build-time preview, then paints the canvas', async () => {
    const page = await openMap();
    expect(await page.getAttribute('.ng-preview', 'src')).toBe(`${BASE}graph/preview.svg`);
    await page.waitForSelector('.ng-preview--done', { state: 'attached' });
    const total = Number(await attr(page, 'data-ready'));
    expect(total).toBeGreaterThan(20);
    expect(await paintedPixels(page, '.ng-map--global')).toBeGreaterThan(500);
    expect(await page.locator('.ng-legend-item').count()).toBeGreaterThan(1);
    await page.screenshot({ path: `${SHOTS}/map.png` });
    await page.close();
  });

  it('type-ahead search over English and Chinese aliases focuses the node and lists its neighbours', async () => {
    const page = await openMap();
    await page.fill('#ng-search', 'namespace');
    await page.press('#ng-search', 'Enter');
    await expect.poll(() => attr(page, 'data-focus')).toBe('命名空间');
    expect(decodeURIComponent(page.url())).toContain('focus=命名空间');
    expect(await page.locator('.ng-focus-panel h2').textContent()).toBe('命名空间');
    expect(await page.locator('.ng-focus-panel li a').count()).toBeGreaterThan(0);
    await page.fill('#ng-search', '控制组');
    await page.press('#ng-search', 'Enter');
    await expect.poll(() => attr(page, 'data-focus')).toBe('控制组');
    await page.fill('#ng-search', 'zzz-no-such-thing');
    await page.press('#ng-search', 'Enter');
    expect(await page.textContent('#ng-search-status')).toContain('No concept matches');
    await page.close();
  });

  it('filters change the number of visible nodes, and Reset brings them back', async () => {
    const page = await openMap();
    const total = Number(await attr(page, 'data-visible'));
    await page.check('input[name="orphans"]');
    // Filters apply asynchronously (batched per frame): poll instead of reading once.
    const visible = () => attr(page, 'data-visible').then(Number);
    await expect.poll(visible).toBeLessThan(total);
    const withoutOrphans = await visible();
    expect(page.url()).toContain('filter=orphans');
    await page.locator('.ng-legend-item').first().click();
    await expect.poll(visible).toBeLessThan(withoutOrphans);
    await page.click('.ng-reset');
    await expect.poll(visible).toBe(total);
    const tag = await page.$eval('select[name="tag"]', (s) => (s as HTMLSelectElement).options[1]?.value ?? '');
    expect(tag).not.toBe('');
    await page.selectOption('select[name="tag"]', tag);
    await expect.poll(visible).toBeLessThan(total);
    await page.close();
  });

  it('restores a view from the URL', async () => {
    const page = await openMap(`?focus=${encodeURIComponent('命名空间')}&depth=2&filter=orphans`);
    expect(await attr(page, 'data-focus')).toBe('命名空间');
    expect(await page.inputValue('#ng-depth')).toBe('2');
    expect(await page.isChecked('input[name="orphans"]')).toBe(true);
    expect(Number(await attr(page, 'data-visible'))).toBeLessThan(Number(await attr(page, 'data-ready')));
    await page.screenshot({ path: `${SHOTS}/map-focused.png` });
    await page.close();
  });

  it('hovering a node highlights its neighbours and dims the rest', async () => {
    const page = await openMap();
    const at = await nodeScreenPosition(page, '.ng-map--global', '命名空间');
    const count = (selector: string) =>
      page.evaluate((sel) => window.notegraph!.maps.find((m) => m.container.classList.contains('ng-map--global'))!.cy.elements(sel).length, selector);
    expect(await count('.hover-dim')).toBe(0);
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => count('node.hover-hl')).toBeGreaterThan(1);
    expect(await count('.hover-dim')).toBeGreaterThan(0);
    // Away from the node, still inside the map (Cytoscape only sees pointer moves over its canvas).
    const box = (await page.locator('.ng-map--global').boundingBox())!;
    await page.mouse.move(box.x + 3, box.y + box.height - 3, { steps: 5 });
    await expect.poll(() => count('.hover-dim, .hover-hl')).toBe(0);
    await page.close();
  });

  it('holds the hover highlight still while a button is held, and clears it on release', async () => {
    // Each change of classes restyles elements and invalidates the texture Cytoscape drags with.
    const page = await openMap();
    const at = await nodeScreenPosition(page, '.ng-map--global', '命名空间');
    const global = "window.notegraph.maps.find((m) => m.container.classList.contains('ng-map--global')).cy";
    const count = (selector: string) => page.evaluate(`${global}.elements(${JSON.stringify(selector)}).length`) as Promise<number>;
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => count('node.hover-hl')).toBeGreaterThan(1);
    await page.evaluate(`window.__classChanges = 0; ${global}.on('class', () => window.__classChanges++)`);
    await page.mouse.down();
    for (let i = 1; i <= 12; i++) await page.mouse.move(at.x + 9 * i, at.y + 5 * i);
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))');
    expect(await page.evaluate('window.__classChanges')).toBe(0);
    await page.mouse.up();
    await expect.poll(() => count('.hover-dim, .hover-hl')).toBe(0);
    await page.close();
  });

  it('clicking a node focuses it; double-clicking opens its page', async () => {
    const page = await openMap();
    const at = await nodeScreenPosition(page, '.ng-map--global', '命名空间');
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => attr(page, 'data-focus')).toBe('命名空间');
    const after = await nodeScreenPosition(page, '.ng-map--global', '命名空间');
    await page.waitForTimeout(450); // the focus animation moves the node
    const settled = await nodeScreenPosition(page, '.ng-map--global', '命名空间');
    void after;
    await Promise.all([page.waitForURL(/\/concepts\//), page.mouse.dblclick(settled.x, settled.y)]);
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe(`${BASE}concepts/命名空间/`);
    await page.close();
  });

  it('is reachable by keyboard: Tab to the map, arrows move, Enter opens', async () => {
    const page = await openMap();
    await page.focus('.ng-map--global');
    expect(await page.textContent('.ng-live')).toMatch(/note/);
    const first = await page.textContent('.ng-live');
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp']) await page.keyboard.press(key);
    expect(await page.textContent('.ng-live')).toBeTruthy();
    void first;
    await Promise.all([page.waitForURL(/\/concepts\//), page.keyboard.press('Enter')]);
    await page.close();
  });
});

describe('pages', () => {
  it("a concept page's local map paints and a click on a node navigates", async () => {
    const page = await open(`concepts/${encodeURIComponent('命名空间')}/`);
    await page.waitForSelector('.ng-map--local[data-ready]');
    await page.waitForTimeout(200);
    expect(Number(await page.getAttribute('.ng-map--local', 'data-ready'))).toBeGreaterThan(1);
    expect(await paintedPixels(page, '.ng-map--local')).toBeGreaterThan(100);
    await page.screenshot({ path: `${SHOTS}/concept.png`, fullPage: true });
    const before = Number(await page.getAttribute('.ng-map--local', 'data-ready'));
    await page.click('.ng-depth-toggle');
    expect(Number(await page.getAttribute('.ng-map--local', 'data-ready'))).toBeGreaterThanOrEqual(before);
    const id = await page.evaluate(() => {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      const cy = (window as any).notegraph.maps[0].cy;
      return cy.nodes().filter((n: { hasClass(c: string): boolean }) => !n.hasClass('focus')).first().id() as string;
    });
    const at = await nodeScreenPosition(page, '.ng-map--local', id);
    await Promise.all([page.waitForURL((url) => decodeURIComponent(url.pathname) === `${BASE}concepts/${id}/`), page.mouse.click(at.x, at.y)]);
    await page.close();
  });

  it('a note page shows hover cards on concept links, also on keyboard focus', async () => {
    const home = await open('');
    const href = await home.$eval('.note-list a', (a) => (a as HTMLAnchorElement).getAttribute('href')!);
    await home.screenshot({ path: `${SHOTS}/home.png`, fullPage: true });
    await home.close();
    const note = await open(href.slice(BASE.length));
    await note.waitForSelector('.ng-map--local[data-ready]');
    const mention = note.locator('a.ng-mention[data-concept]').first();
    await mention.focus();
    await note.waitForSelector('#ng-card:not([hidden])');
    expect(await note.textContent('#ng-card')).toMatch(/Mentioned in \d+ note/);
    expect(await mention.getAttribute('aria-describedby')).toBe('ng-card');
    await note.keyboard.press('Escape');
    expect(await note.isHidden('#ng-card')).toBe(true);
    await mention.hover();
    await note.waitForSelector('#ng-card:not([hidden])');
    await note.screenshot({ path: `${SHOTS}/note.png`, fullPage: true });
    await note.close();
  });

  it('axe-core finds no serious or critical violation on the home, note, concept and map pages', async () => {
    const home = await open('');
    const noteHref = await home.$eval('.note-list a', (a) => (a as HTMLAnchorElement).getAttribute('href')!);
    await home.close();
    for (const path of ['', noteHref.slice(BASE.length), `concepts/${encodeURIComponent('命名空间')}/`, 'map/']) {
      const page = await open(path);
      if (path !== '') await page.waitForSelector('.ng-map[data-ready]');
      expect(await seriousViolations(page), path || 'home').toEqual([]);
      await page.close();
    }
  });

  it('logged no console errors', () => {
    expect(consoleErrors).toEqual([]);
  });
});
