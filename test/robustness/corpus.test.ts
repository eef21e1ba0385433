/**
 * The bad-input corpus at the load + parse level: every case reports exactly its expected diagnostics
 * (code, severity, line), never throws, and keeps every readable note with its text.
 */
import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/cli/report.js';
import { cases } from './corpus.js';
import { comparable, diagnosticsOfCase, type ParsedCorpus, parseCorpus, sortComparable } from './harness.js';

const small = cases.filter((c) => !c.large);
let corpus: ParsedCorpus;

beforeAll(async () => {
  corpus = await parseCorpus((c) => !c.large);
});
afterAll(async () => {
  if (corpus) await rm(corpus.root, { recursive: true, force: true });
});

describe('bad-input corpus (load + parse)', () => {
  it('has at least 30 cases in all', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(small.map((c) => [c.name, c] as const))('%s: reports its expected diagnostics', (_name, c) => {
    const all = corpus.diagnostics.map((d) => comparable(d));
    expect(diagnosticsOfCase(c, all)).toEqual(sortComparable(c.diagnostics));
  });

  it.each(small.map((c) => [c.name, c] as const))('%s: keeps every readable note and its text', (_name, c) => {
    for (const page of c.pages) {
      const note = corpus.notes.find((n) => n.path === page.file);
      expect(note, page.file).toBeDefined();
      if (page.title !== undefined) expect(note!.title).toBe(page.title);
      for (const text of page.text ?? []) expect(note!.text).toContain(text);
    }
    for (const file of c.noPage ?? []) expect(corpus.notes.some((n) => n.path === file)).toBe(false);
  });

  it('reports nothing that no case expects', () => {
    const expected = new Set(small.flatMap((c) => Object.keys(c.files)));
    const stray = corpus.diagnostics.map((d) => comparable(d)).filter((d) => !expected.has(d.file));
    expect(stray).toEqual([]);
  });

  it('prints every diagnostic as path:line:col severity message', () => {
    for (const d of corpus.diagnostics) {
      expect(formatDiagnostic(d)).toMatch(/^notes\/.+:\d+:\d+ (error|warning|info) \S.*$/u);
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.column).toBeGreaterThanOrEqual(1);
      expect(d.line).toBeLessThanOrEqual(Math.max(1, (corpus.notes.find((n) => d.file.endsWith(n.path))?.text.split('\n').length ?? 1)));
    }
  });

  it('never runs frontmatter as code and never pollutes Object.prototype', () => {
    expect((globalThis as Record<string, unknown>).NOTEGRAPH_PWNED).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const proto = corpus.notes.find((n) => n.path === 'fm-proto.md')!;
    expect(Object.getPrototypeOf(proto.frontmatter.data)).toBe(Object.prototype);
  });

  it('gives every note a distinct, safe id', () => {
    const ids = corpus.notes.map((n) => n.id as string);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).not.toMatch(/(^|\/)\.\.?(\/|$)|[\\:*?"<>|]|^\//u);
      for (const segment of id.split('/')) expect(['index', '__proto__', 'constructor', '']).not.toContain(segment);
    }
  });

  it('normalises BOM and CRLF so offsets and lines refer to LF text', () => {
    for (const note of corpus.notes) {
      expect(note.text).not.toContain('\r');
      expect(note.text.charCodeAt(0)).not.toBe(0xfeff);
    }
  });
});
