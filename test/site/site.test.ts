/**
 * The sample vault's built site, checked end to end: two builds are byte-identical (site and graph), no
 * internal link or asset is broken when served at `/` or under `/some/sub/path/`, every page passes
 * html-validate, every note's text is on its page, no `javascript:` URL exists, and nothing is written outside
 * --out and --graph.
 */
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildResult } from '../../src/types.js';
import { startStaticServer } from '../helpers/static-server.js';
import { buildSite, crawl, hashTree, listFiles, repoRoot, squash, validateHtml, visibleText } from './site-tools.js';

const SUB = '/some/sub/path/';
let work: string;
let first: BuildResult;
let notesBefore: Record<string, string>;
let topLevel: string[];
const cwd = process.cwd();

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'ng-site-'));
  await cp(path.join(repoRoot, 'notes'), path.join(work, 'notes'), { recursive: true });
  notesBefore = await hashTree(path.join(work, 'notes'));
  // Relative paths from inside the workspace, so anything written to the working folder shows up there.
  process.chdir(work);
  try {
    first = await buildSite({ notesDir: 'notes', outDir: 'out-1', graphDir: 'graph-1' });
    await buildSite({ notesDir: 'notes', outDir: 'out-2', graphDir: 'graph-2' });
    await buildSite({ notesDir: 'notes', outDir: 'out-sub', graphDir: 'graph-sub', base: SUB });
  } finally {
    process.chdir(cwd);
  }
  topLevel = (await listFiles(work)).map((f) => f.split('/')[0]);
}, 300_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

describe('built site (sample vault)', () => {
  it('is deterministic: two builds give byte-identical site and graph folders', async () => {
    const [a, b] = await Promise.all([hashTree(path.join(work, 'out-1')), hashTree(path.join(work, 'out-2'))]);
    expect(Object.keys(a).length).toBeGreaterThan(10);
    expect(b).toEqual(a);
    expect(await hashTree(path.join(work, 'graph-2'))).toEqual(await hashTree(path.join(work, 'graph-1')));
  });

  it('writes nothing outside --out and --graph, and leaves the notes untouched', async () => {
    expect([...new Set(topLevel)].sort()).toEqual(['graph-1', 'graph-2', 'graph-sub', 'notes', 'out-1', 'out-2', 'out-sub']);
    expect(await listFiles(path.join(work, 'graph-1'))).toEqual(['graph.json']);
    expect(await hashTree(path.join(work, 'notes'))).toEqual(notesBefore);
  });

  for (const [name, dir, base] of [['root /', 'out-1', '/'], ['sub-path ' + SUB, 'out-sub', SUB]] as const) {
    it(`has no broken internal link or missing asset when served at ${name}`, async () => {
      const server = await startStaticServer(path.join(work, dir), base);
      try {
        const result = await crawl(server.url, base);
        expect(result.broken).toEqual([]);
        expect(result.outsideBase).toEqual([]);
        const htmlFiles = (await listFiles(path.join(work, dir))).filter((f) => f.endsWith('.html'));
        // Every page is reachable by links from the home page.
        expect(result.pages.size).toBe(htmlFiles.length);
        expect(result.visited.size).toBeGreaterThan(htmlFiles.length);
      } finally {
        await server.close();
      }
    });
  }

  it('passes html-validate (recommended preset) on every page with no errors', async () => {
    const files = (await listFiles(path.join(work, 'out-1'))).filter((f) => f.endsWith('.html'));
    const errors: string[] = [];
    for (const file of files) {
      for (const m of await validateHtml(await readFile(path.join(work, 'out-1', file), 'utf8'), file)) errors.push(`${file}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    expect(errors).toEqual([]);
  });

  it('shows every note’s text on its page', async () => {
    expect(first.notes.length).toBeGreaterThan(5);
    for (const note of first.notes) {
      const html = await readFile(path.join(work, 'out-1', 'notes', note.id, 'index.html'), 'utf8');
      const page = squash(visibleText(html));
      expect(page).toContain(squash(note.title));
      for (const block of note.blocks) expect(page, `${note.path}:${block.line}`).toContain(squash(block.text));
    }
  });

  it('lists each alias once per spelling: a spacing or hyphen variant of a name shown already is not repeated', async () => {
    let checked = 0;
    for (const concept of first.graph.concepts) {
      const html = await readFile(path.join(work, 'out-1', 'concepts', concept.id, 'index.html'), 'utf8');
      const list = /<dl class="aliases">([\s\S]*?)<\/dl>/u.exec(html)?.[1] ?? '';
      const shown = [concept.label, ...[...list.matchAll(/<dd[^>]*>([^<]*)<\/dd>/gu)].flatMap((m) => m[1].split(' · '))];
      const spellings = shown.map((text) => text.toLowerCase().replace(/[\s-]+/gu, ''));
      expect(new Set(spellings).size, `${concept.id}: ${shown.join(', ')}`).toBe(spellings.length);
      // The graph keeps every spelling (the scanner matches them), so some page must have had one to leave out.
      if (concept.aliases.some((a) => a.text !== concept.label && a.text.toLowerCase().replace(/[\s-]+/gu, '') === concept.label.toLowerCase().replace(/[\s-]+/gu, ''))) checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('contains no javascript: URL and no unescaped note text in a script element', async () => {
    for (const dir of ['out-1', 'out-sub']) {
      for (const file of await listFiles(path.join(work, dir))) {
        if (!/\.(html|json|js|css)$/.test(file)) continue;
        const text = await readFile(path.join(work, dir, file), 'utf8');
        expect(text, file).not.toMatch(/javascript:/i);
        if (file.endsWith('.html')) {
          for (const script of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
            expect(script[2].toLowerCase(), file).not.toContain('<!--');
          }
        }
      }
    }
  });

  it('prefixes every internal URL with the base path in the sub-path build', async () => {
    const files = (await listFiles(path.join(work, 'out-sub'))).filter((f) => f.endsWith('.html'));
    for (const file of files) {
      const html = await readFile(path.join(work, 'out-sub', file), 'utf8');
      for (const match of html.matchAll(/\s(?:href|src|data-elements)="(\/[^"]*)"/g)) expect(match[1], file).toMatch(/^\/some\/sub\/path\//);
    }
  });
});
