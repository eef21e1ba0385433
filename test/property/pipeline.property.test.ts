/**
 * Property tests (fast-check) over parse, extract and link: no stage throws on arbitrary Unicode (mixed with
 * Markdown syntax so the parser's interesting paths are reached); every text run and every mention points at
 * exactly the text it claims; running a stage twice gives the same result.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractCandidates } from '../../src/extract/index.js';
import { aliasKey } from '../../src/link/text-keys.js';
import { findMentions } from '../../src/link/find-mentions.js';
import { buildRelations } from '../../src/link/relations.js';
import { decodeNote } from '../../src/load/decode.js';
import { parseNote } from '../../src/parse/parse-note.js';
import { resolveConcepts } from '../../src/resolve/index.js';
import { conceptUrl, makeConceptId, makeNoteId } from '../../src/slug.js';
import type { Concept, Note } from '../../src/types.js';

const TOKENS = [
  '\n', '\n\n', '# ', '## ', '1.2 ', '> ', '- ', '1. ', '* ', '**', '_', '`', '```\n', '~~~', '[[', ']]', '|', '[', '](', ')', '![', '<b>', '</b>',
  '<script>', '&amp;', '&#x3C;', '\\', '---\n', 'title: ', 'tags: [', '容器', '镜像', '虚拟机监视器（Virtual Machine Monitor，VMM）', '（', '）', '(', 'Docker',
  '是', '，', '。', 'such as ', 'is a ', 'containers', '__proto__', 'constructor', 'toString', '\u200b', '\ufeff', 'é', 'e\u0301', 'ﬁ', 'Ａ', '🚀', '\ud800',
  'http://x.y/容器', '| a | b |\n|---|---|\n| 容器 | VM |\n', '\t', '\r\n', '\r',
];

/** Arbitrary Unicode (lone surrogates included) interleaved with Markdown and vocabulary fragments. */
const noteText = fc
  .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...TOKENS) }, { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) }), { maxLength: 60 })
  .map((parts) => parts.join(''));

/** As the loader would hand it over: decoded from UTF-8 bytes (BOM, CR and controls normalised). */
function sourceOf(raw: string, n = 0) {
  const decoded = decodeNote(new TextEncoder().encode(raw));
  const text = decoded.ok ? decoded.text : '';
  return { id: makeNoteId(`n${n}`), path: `n${n}.md`, absPath: `/n${n}.md`, text, hash: String(n) };
}

function checkRuns(note: Note): void {
  for (const block of note.blocks) {
    for (const run of block.runs) {
      expect(run.offset).toBeGreaterThanOrEqual(0);
      expect(run.offset + run.length).toBeLessThanOrEqual(note.text.length);
      expect(run.at + run.length).toBeLessThanOrEqual(block.text.length);
      expect(note.text.slice(run.offset, run.offset + run.length)).toBe(block.text.slice(run.at, run.at + run.length));
    }
  }
}

const concept = (label: string, aliases: string[] = []): Concept => {
  const id = makeConceptId(label.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '-') || 'x');
  return { id, label, aliases: [label, ...aliases].map((text) => ({ text, lang: /\p{Script=Han}/u.test(text) ? 'zh' : 'en' })), broader: [], related: [], url: conceptUrl(id), provenance: [], score: 1 };
};
const FIXED_CONCEPTS = [
  concept('容器', ['container']),
  concept('镜像', ['image']),
  concept('虚拟机监视器', ['Virtual Machine Monitor', 'VMM']),
  concept('Docker'),
  concept('__proto__'),
  concept('constructor'),
  concept('toString'),
  concept('C++'),
  concept('ﬁle'),
];

function checkMentions(notes: Note[], concepts: Concept[]): void {
  const byId = new Map(concepts.map((c) => [c.id, c]));
  const { hits, mentions } = findMentions(notes, concepts);
  for (const note of notes) {
    for (const hit of hits.get(note.id) ?? []) {
      const { offset } = hit.position;
      expect(offset).toBeGreaterThanOrEqual(0);
      expect(offset + hit.length).toBeLessThanOrEqual(note.text.length);
      expect(note.text.slice(offset, offset + hit.length)).toBe(hit.surface);
      const c = byId.get(hit.concept);
      const keys = (c ? [c.label, ...c.aliases.map((a) => a.text)] : []).map(aliasKey);
      // The automaton matches normalised text (NFKC, case, width) and English plurals of the alias.
      expect(keys.some((k) => k.length > 0 && aliasKey(hit.surface).startsWith(k)), `${hit.surface} vs ${keys.join(', ')}`).toBe(true);
    }
  }
  for (const mention of mentions) expect(mention.count).toBe(mention.positions.length);
}

describe('parse (property)', () => {
  it('never throws, keeps runs exact and positions inside the text, and is deterministic', () => {
    fc.assert(
      fc.property(noteText, (raw) => {
        const source = sourceOf(raw);
        const note = parseNote(source);
        checkRuns(note);
        const lines = note.text.split('\n').length;
        for (const d of note.diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.line).toBeLessThanOrEqual(lines);
        }
        for (const section of note.sections) expect(section.line).toBeLessThanOrEqual(lines);
        expect(JSON.stringify(parseNote(source))).toBe(JSON.stringify(note));
      }),
      { numRuns: 300 },
    );
  });
});

describe('parse, deep nesting (property)', () => {
  it('never throws and keeps the innermost text, however deep lists, quotes and emphasis nest', () => {
    const opener = fc.constantFrom('> ', '>', '- ', '* ', '1. ', '  - ', '*', '_', '[', '**', '~~');
    fc.assert(
      fc.property(fc.array(opener, { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 3000 }), (openers, depth) => {
        const prefix = Array.from({ length: depth }, (_, i) => openers[i % openers.length]).join('');
        const note = parseNote(sourceOf(`Before\n\n${prefix}INNERMOST\n\nAfter\n`));
        checkRuns(note);
        expect(note.text).toContain('INNERMOST');
        const visible = note.blocks.map((b) => b.text).join('\n') + JSON.stringify(note.tree);
        expect(visible).toContain('INNERMOST');
        expect(visible).toContain('After');
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});

describe('link (property)', () => {
  it('finds mentions whose offsets lie in the text and whose surface matches an alias, the same way twice', () => {
    fc.assert(
      fc.property(fc.array(noteText, { minLength: 1, maxLength: 3 }), (raws) => {
        const notes = raws.map((raw, i) => parseNote(sourceOf(raw, i)));
        checkMentions(notes, FIXED_CONCEPTS);
        const once = findMentions(notes, FIXED_CONCEPTS);
        const twice = findMentions(notes, FIXED_CONCEPTS);
        expect(JSON.stringify([...twice.hits])).toBe(JSON.stringify([...once.hits]));
        expect(() => buildRelations(notes, FIXED_CONCEPTS, once.hits)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});

describe('extract → resolve → link (property)', () => {
  it('never throws on arbitrary notes, gives the same concepts twice, and every mention is exact', () => {
    fc.assert(
      fc.property(fc.array(noteText, { minLength: 1, maxLength: 3 }), (raws) => {
        const notes = raws.map((raw, i) => parseNote(sourceOf(raw, i)));
        const candidates = extractCandidates(notes, []);
        expect(JSON.stringify(extractCandidates(notes, []))).toBe(JSON.stringify(candidates));
        const concepts = resolveConcepts(candidates, notes);
        expect(JSON.stringify(resolveConcepts(extractCandidates(notes, []), notes))).toBe(JSON.stringify(concepts));
        const ids = concepts.map((c) => c.id);
        expect(new Set(ids).size).toBe(ids.length);
        checkMentions(notes, concepts);
        const { hits } = findMentions(notes, concepts);
        const relations = buildRelations(notes, concepts, hits);
        expect(JSON.stringify(buildRelations(notes, concepts, hits))).toBe(JSON.stringify(relations));
        for (const r of relations) {
          expect(ids).toContain(r.source);
          expect(ids).toContain(r.target);
        }
      }),
      { numRuns: 60 },
    );
  }, 300_000);
});
