/**
 * The large and deeply nested cases of the corpus, generated at test time: a 10 MB note, a 1 MB single line,
 * lists, quotes and inline markup nested 10,000 deep. Parse reports exactly the expected diagnostics and keeps
 * the text; rendering does not overflow the stack; the nested ones also build into valid pages.
 */
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderNote } from '../../src/site/render-note.js';
import type { BuildResult } from '../../src/types.js';
import { buildSite, squash, validateHtml, visibleText } from '../site/site-tools.js';
import { cases } from './corpus.js';
import { comparable, diagnosticsOfCase, type ParsedCorpus, parseCorpus, sortComparable } from './harness.js';

const large = cases.filter((c) => c.large);
const HUGE = 'a 10 MB note';
let corpus: ParsedCorpus;

beforeAll(async () => {
  corpus = await parseCorpus((c) => Boolean(c.large));
}, 600_000);
afterAll(async () => {
  if (corpus) await rm(corpus.root, { recursive: true, force: true });
});

describe('large and deeply nested notes (parse + render)', () => {
  it.each(large.map((c) => [c.name, c] as const))('%s: expected diagnostics, text kept, renders', (_name, c) => {
    const all = corpus.diagnostics.map((d) => comparable(d));
    expect(diagnosticsOfCase(c, all)).toEqual(sortComparable(c.diagnostics));
    for (const page of c.pages) {
      const note = corpus.notes.find((n) => n.path === page.file)!;
      expect(note, page.file).toBeDefined();
      if (page.title) expect(note.title).toBe(page.title);
      const html = renderNote(note, [], { base: '/', concepts: new Map(), linkMentions: 'section', trustHtml: false, resolveWikiLink: () => undefined, imageUrl: (_n, url) => `/files/${url}` });
      const text = squash(visibleText(html));
      for (const expected of page.text ?? []) expect(text.includes(squash(expected)), `${page.file}: ${expected}`).toBe(true);
    }
  }, 300_000);
});

describe('deeply nested notes and a 1 MB line (built)', () => {
  let result: BuildResult;
  let out: string;
  beforeAll(async () => {
    out = path.join(corpus.root, 'out');
    result = await buildSite({ notesDir: corpus.notesDir, outDir: out, graphDir: path.join(corpus.root, 'graph') });
  }, 900_000);

  it('gives every note a valid page that shows its text', async () => {
    for (const c of large.filter((c) => c.name !== HUGE)) {
      for (const page of c.pages) {
        const note = result.notes.find((n) => n.path === page.file)!;
        const html = await readFile(path.join(out, 'notes', note.id, 'index.html'), 'utf8');
        const text = squash(visibleText(html));
        for (const expected of page.text ?? []) expect(text.includes(squash(expected)), `${page.file}: ${expected}`).toBe(true);
        const errors = (await validateHtml(html, page.file)).map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`);
        expect(errors, page.file).toEqual([]);
      }
    }
    const huge = result.notes.find((n) => n.path === 'huge.md')!;
    const hugeHtml = await readFile(path.join(out, 'notes', huge.id, 'index.html'), 'utf8');
    expect(hugeHtml).toContain('HUGE-NOTE-END');
  }, 300_000);
});
