import { describe, expect, it } from 'vitest';
import { parseNote } from '../parse/parse-note.js';
import { conceptUrl, makeConceptId, makeNoteId } from '../slug.js';
import type { Concept, MentionHit, Note } from '../types.js';
import { renderNote, type RenderContext } from './render-note.js';

const container: Concept = {
  id: makeConceptId('容器'), label: '容器', aliases: [{ text: 'container', lang: 'en' }], broader: [], related: [],
  url: conceptUrl(makeConceptId('容器')), provenance: [], score: 1,
};

/** Hits for every occurrence of 容器 in the note's linkable runs, as the linker would report them. */
function hitsFor(note: Note, word: string): MentionHit[] {
  const hits: MentionHit[] = [];
  note.blocks.forEach((block, b) => block.runs.forEach((run, r) => {
    const text = block.text.slice(run.at, run.at + run.length);
    for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
      hits.push({ concept: container.id, block: b, run: r, index: i, length: word.length, surface: word, position: { line: run.line, column: run.column + i, offset: run.offset + i } });
    }
  }));
  return hits;
}

const context = (extra: Partial<RenderContext> = {}): RenderContext => ({
  base: '/sub/',
  concepts: new Map([[container.id, container]]),
  linkMentions: 'section',
  trustHtml: false,
  resolveWikiLink: (target) => (target === '容器' ? { url: '/concepts/容器/', title: '容器' } : undefined),
  imageUrl: (_note, url) => `/files/${url}`,
  ...extra,
});

const note = parseNote({
  id: makeNoteId('n'), path: 'n.md', absPath: '', hash: '',
  text: '# 容器\n\n容器很轻。容器共享内核。\n\n## 更多\n\n另一个容器，`容器` 在代码里。见 [[容器]] 与 [[不存在]]。\n\n![图](missing.png)\n',
}, { fileExists: () => false });

describe('renderNote', () => {
  it('links the first mention per section, with the base path, never inside code', () => {
    const html = renderNote(note, hitsFor(note, '容器'), context());
    const href = `/sub/concepts/${encodeURIComponent('容器')}/`;
    const links = html.split(`<a href="${href}" class="ng-mention" data-concept="容器">容器</a>`).length - 1;
    // The title heading is dropped (the page shows it); one link in the body of "容器", one in "更多".
    expect(links).toBe(2);
    expect(html).toContain('<code>容器</code>');
  });

  it('links every mention with "all" and none with "none"', () => {
    const hits = hitsFor(note, '容器');
    const all = renderNote(note, hits, context({ linkMentions: 'all' }));
    // Every hit in prose; headings are never linked.
    const inHeadings = hits.filter((h) => note.blocks[h.block].kind === 'heading').length;
    expect(inHeadings).toBeGreaterThan(0);
    expect(all.match(/class="ng-mention"/g)).toHaveLength(hits.length - inHeadings);
    expect(renderNote(note, hits, context({ linkMentions: 'none' }))).not.toContain('ng-mention');
  });

  it('never links inside headings: the first mention in prose gets the link', () => {
    const withHeading = parseNote({ id: makeNoteId('h'), path: 'h.md', absPath: '', hash: '', text: '## 容器的用途\n\n容器很轻。\n' });
    const html = renderNote(withHeading, hitsFor(withHeading, '容器'), context());
    expect(html).toMatch(/<h2 id="[^"]+">容器的用途<\/h2>/);
    expect(html).toMatch(/<p><a href="[^"]+" class="ng-mention" data-concept="容器">容器<\/a>很轻。<\/p>/);
  });

  it('resolves wikilinks and marks the unresolved ones', () => {
    const html = renderNote(note, [], context());
    expect(html).toContain(`<a href="/sub/concepts/${encodeURIComponent('容器')}/" class="ng-wikilink">容器</a>`);
    expect(html).toMatch(/<span class="ng-unresolved"[^>]*>不存在<\/span>/);
  });

  it('shows a placeholder for a missing image and gives headings their anchors', () => {
    const html = renderNote(note, [], context());
    expect(html).toContain('class="ng-missing-image"');
    expect(html).not.toContain('<img');
    expect(html).toContain('<h2 id="更多">');
  });

  it('removes scripts, event handlers and javascript: URLs unless HTML is trusted', () => {
    const risky = parseNote({ id: makeNoteId('r'), path: 'r.md', absPath: '', hash: '', text: 'Hi <b onclick="x()">bold</b>\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))\n' });
    const safe = renderNote(risky, [], context());
    expect(safe).toContain('<b>bold</b>');
    expect(safe).not.toMatch(/<script|onclick|javascript:/);
    expect(renderNote(risky, [], context({ trustHtml: true }))).toContain('<script>alert(1)</script>');
  });
});
