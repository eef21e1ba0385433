/**
 * The bad-input corpus: every case is a few files in a notes folder, the diagnostics the build must report for
 * them (code, severity, line) and what must (or must not) come out as a page. Large, binary, UTF-16 and symlink
 * cases are generated here at test time, so nothing big is committed.
 *
 * Paths are relative to the notes folder; `writeCorpus` lays the cases out side by side in one vault (each case
 * under its own names), so one build checks them all.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Severity } from '../../src/types.js';

export type FileContent = string | Uint8Array | { symlink: string } | (() => string | Uint8Array);

export interface ExpectedDiagnostic {
  /** Path relative to the notes folder. */
  file: string;
  code: string;
  severity: Severity;
  line: number;
}

export interface ExpectedPage {
  /** Markdown file (relative to the notes folder) that must get a page. */
  file: string;
  /** Exact title the page must carry. */
  title?: string;
  /** Strings that must appear in the page's visible text. */
  text?: string[];
  /** Strings the renderer adds (placeholders): in the page, not in the note's source. */
  rendered?: string[];
  /** Strings that must not appear anywhere in the page's HTML. */
  absentHtml?: string[];
}

export interface BadCase {
  name: string;
  files: Record<string, FileContent>;
  /** Every diagnostic for this case's files, no more and no fewer. */
  diagnostics: ExpectedDiagnostic[];
  /** Diagnostics that only the whole build can give (cross-note checks such as wikilinks that reach nothing). */
  buildDiagnostics?: ExpectedDiagnostic[];
  pages: ExpectedPage[];
  /** Files that must not get a page (hidden, binary, outside, non-Markdown). */
  noPage?: string[];
  /** Slow to build (the big ones); still part of the vault. */
  large?: boolean;
}

/** Files placed outside the notes folder (next to it), for the symlink cases. */
export const OUTSIDE_FILES: Record<string, string> = {
  'secret.md': '# Outside secret\n\nTOP-SECRET-OUTSIDE-TEXT must never be published.\n',
  'secret-dir/leak.md': '# Leaked\n\nLEAKED-DIR-TEXT must never be published.\n',
};

const utf16le = (text: string) => {
  const body = Buffer.from(text, 'utf16le');
  return Buffer.concat([Buffer.from([0xff, 0xfe]), body]);
};
const utf16be = (text: string) => {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1];
    be[i + 1] = le[i];
  }
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
};
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);

const DEPTH = 10_000;

export const cases: BadCase[] = [
  {
    name: 'malformed YAML frontmatter',
    files: { 'yaml-bad.md': '---\ntitle: ok\ntags: [unclosed, list\nauthor: x\n---\nYAML-BAD-BODY survives.\n' },
    diagnostics: [{ file: 'yaml-bad.md', code: 'frontmatter-invalid', severity: 'error', line: 4 }],
    pages: [{ file: 'yaml-bad.md', title: 'yaml-bad', text: ['YAML-BAD-BODY survives.'] }],
  },
  {
    name: 'YAML with a duplicated key',
    files: { 'yaml-dup.md': '---\ntitle: first\nauthor: x\ntitle: second\n---\nYAML-DUP-BODY\n' },
    diagnostics: [{ file: 'yaml-dup.md', code: 'frontmatter-invalid', severity: 'error', line: 4 }],
    pages: [{ file: 'yaml-dup.md', title: 'yaml-dup', text: ['YAML-DUP-BODY'] }],
  },
  {
    name: 'YAML indented with a tab',
    files: { 'yaml-tab.md': '---\ntitle: tabbed\nlist:\n\t- a\n---\nYAML-TAB-BODY\n' },
    diagnostics: [{ file: 'yaml-tab.md', code: 'frontmatter-invalid', severity: 'error', line: 4 }],
    pages: [{ file: 'yaml-tab.md', title: 'yaml-tab', text: ['YAML-TAB-BODY'] }],
  },
  {
    name: 'JavaScript frontmatter (---js) is never run',
    files: { 'fm-js.md': "---js\n{ title: (globalThis.NOTEGRAPH_PWNED = 'ran', 'JS title') }\n---\nFM-JS-BODY\n" },
    diagnostics: [],
    pages: [{ file: 'fm-js.md', title: 'fm-js', text: ['FM-JS-BODY'] }],
  },
  {
    name: 'frontmatter keys __proto__ and constructor',
    files: { 'fm-proto.md': '---\n__proto__:\n  polluted: yes\nconstructor: x\ntitle: Proto keys\n---\nFM-PROTO-BODY\n' },
    diagnostics: [],
    pages: [{ file: 'fm-proto.md', title: 'Proto keys', text: ['FM-PROTO-BODY'] }],
  },
  {
    name: 'frontmatter that is a list, not a mapping',
    files: { 'fm-list.md': '---\n- one\n- two\n---\nFM-LIST-BODY\n' },
    diagnostics: [{ file: 'fm-list.md', code: 'frontmatter-not-mapping', severity: 'warning', line: 2 }],
    pages: [{ file: 'fm-list.md', title: 'fm-list', text: ['FM-LIST-BODY'] }],
  },
  {
    name: 'frontmatter that is a bare string',
    files: { 'fm-scalar.md': '---\njust a sentence\n---\nFM-SCALAR-BODY\n' },
    diagnostics: [{ file: 'fm-scalar.md', code: 'frontmatter-not-mapping', severity: 'warning', line: 2 }],
    pages: [{ file: 'fm-scalar.md', text: ['FM-SCALAR-BODY'] }],
  },
  {
    name: 'frontmatter never closed',
    files: { 'fm-unclosed.md': '---\ntitle: Never closed\n\nFM-UNCLOSED-BODY is still text.\n' },
    diagnostics: [{ file: 'fm-unclosed.md', code: 'frontmatter-unclosed', severity: 'warning', line: 1 }],
    pages: [{ file: 'fm-unclosed.md', text: ['FM-UNCLOSED-BODY is still text.'] }],
  },
  {
    name: 'title that is a number',
    files: { 'title-number.md': '---\ntitle: 42\n---\nTITLE-NUMBER-BODY\n' },
    diagnostics: [],
    pages: [{ file: 'title-number.md', title: '42', text: ['TITLE-NUMBER-BODY'] }],
  },
  {
    name: 'title that is a list',
    files: { 'title-list.md': '---\ntags: [a]\ntitle:\n  - one\n  - two\n---\nTITLE-LIST-BODY\n' },
    diagnostics: [{ file: 'title-list.md', code: 'frontmatter-title-type', severity: 'warning', line: 3 }],
    pages: [{ file: 'title-list.md', title: 'title-list', text: ['TITLE-LIST-BODY'] }],
  },
  {
    name: 'title that is a mapping, tags that hold a mapping',
    files: { 'title-map.md': '---\ntitle: {a: 1}\ntags:\n  - ok\n  - {b: 2}\n---\nTITLE-MAP-BODY\n' },
    diagnostics: [
      { file: 'title-map.md', code: 'frontmatter-title-type', severity: 'warning', line: 2 },
      { file: 'title-map.md', code: 'frontmatter-tags-type', severity: 'warning', line: 3 },
    ],
    pages: [{ file: 'title-map.md', title: 'title-map', text: ['TITLE-MAP-BODY'] }],
  },
  {
    name: 'YAML alias bomb (billion laughs) in frontmatter',
    files: {
      'yaml-bomb.md': [
        '---',
        'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
        'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
        'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
        'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
        'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
        'f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]',
        'g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]',
        'tags: *g',
        '---',
        'YAML-BOMB-BODY',
        '',
      ].join('\n'),
    },
    diagnostics: [{ file: 'yaml-bomb.md', code: 'frontmatter-invalid', severity: 'error', line: 2 }],
    pages: [{ file: 'yaml-bomb.md', text: ['YAML-BOMB-BODY'] }],
  },
  {
    name: 'byte order mark before the frontmatter',
    files: { 'bom.md': '\uFEFF---\ntitle: BOM title\n---\nBOM-BODY\n' },
    diagnostics: [],
    pages: [{ file: 'bom.md', title: 'BOM title', text: ['BOM-BODY'] }],
  },
  {
    name: 'CRLF line ends (and a lone CR)',
    files: { 'crlf.md': '---\r\ntitle: CRLF title\r\n---\r\n# Heading\r\n\r\nCRLF-BODY line\r\nsecond\rthird\r\n\r\n![gone](missing-crlf.png)\r\n' },
    // Lines count after normalisation: the lone CR is a line end too.
    diagnostics: [{ file: 'crlf.md', code: 'image-missing', severity: 'warning', line: 10 }],
    pages: [{ file: 'crlf.md', title: 'CRLF title', text: ['CRLF-BODY line', 'third'] }],
  },
  {
    name: 'UTF-16 LE with a BOM',
    files: { 'utf16le.md': () => utf16le('---\ntitle: UTF-16 LE\n---\nUTF16LE-BODY 容器\n') },
    diagnostics: [],
    pages: [{ file: 'utf16le.md', title: 'UTF-16 LE', text: ['UTF16LE-BODY 容器'] }],
  },
  {
    name: 'UTF-16 BE with a BOM',
    files: { 'utf16be.md': () => utf16be('# UTF-16 BE\n\nUTF16BE-BODY 镜像\n') },
    diagnostics: [],
    pages: [{ file: 'utf16be.md', title: 'UTF-16 BE', text: ['UTF16BE-BODY 镜像'] }],
  },
  {
    name: 'UTF-16 LE without a BOM',
    files: { 'utf16-nobom.md': () => Buffer.from('# No BOM\n\nUTF16-NOBOM-BODY\n', 'utf16le') },
    diagnostics: [{ file: 'utf16-nobom.md', code: 'encoding', severity: 'warning', line: 1 }],
    pages: [{ file: 'utf16-nobom.md', title: 'No BOM', text: ['UTF16-NOBOM-BODY'] }],
  },
  {
    name: 'invalid UTF-8 on line 3',
    files: { 'bad-utf8.md': () => Buffer.concat([Buffer.from('# Bad bytes\n\nBAD-UTF8-BODY '), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from(' after\n')]) },
    diagnostics: [{ file: 'bad-utf8.md', code: 'encoding', severity: 'warning', line: 3 }],
    pages: [{ file: 'bad-utf8.md', title: 'Bad bytes', text: ['BAD-UTF8-BODY', 'after'] }],
  },
  {
    name: 'binary data named .md',
    files: { 'binary.md': PNG },
    diagnostics: [{ file: 'binary.md', code: 'not-text', severity: 'error', line: 1 }],
    pages: [],
    noPage: ['binary.md'],
  },
  {
    name: 'control characters in text',
    files: { 'control.md': '# Control\n\nCONTROL-BODY bell\u0007 and escape\u001b and vt\u000b end\n' },
    diagnostics: [{ file: 'control.md', code: 'control-characters', severity: 'warning', line: 3 }],
    pages: [{ file: 'control.md', title: 'Control', text: ['CONTROL-BODY bell', 'end'] }],
  },
  {
    name: 'empty file',
    files: { 'empty.md': '' },
    diagnostics: [{ file: 'empty.md', code: 'note-empty', severity: 'info', line: 1 }],
    pages: [{ file: 'empty.md', title: 'empty' }],
  },
  {
    name: 'whitespace-only file with only frontmatter',
    files: { 'only-fm.md': '---\ntitle: Only frontmatter\n---\n\n  \n' },
    diagnostics: [{ file: 'only-fm.md', code: 'note-empty', severity: 'info', line: 1 }],
    pages: [{ file: 'only-fm.md', title: 'Only frontmatter' }],
  },
  {
    name: 'a 10 MB note',
    large: true,
    files: {
      'huge.md': () => {
        const para = 'HUGE-NOTE 容器是一种轻量级的虚拟化技术，Docker 镜像由多个层组成。Containers share the host kernel.\n\n';
        return `# Huge\n\n${para.repeat(Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(para)))}HUGE-NOTE-END\n`;
      },
    },
    diagnostics: [],
    pages: [{ file: 'huge.md', title: 'Huge', text: ['HUGE-NOTE-END'] }],
  },
  {
    name: 'a 1 MB single line',
    large: true,
    files: { 'long-line.md': () => `# Long line\n\nLONG-LINE-START ${'虚拟化 virtualization 镜像 '.repeat(40_000)}LONG-LINE-END\n` },
    diagnostics: [],
    pages: [{ file: 'long-line.md', title: 'Long line', text: ['LONG-LINE-START', 'LONG-LINE-END'] }],
  },
  {
    name: 'lists nested 10,000 deep (bullets, numbers) and 1,000 deep by indentation',
    large: true,
    files: {
      'deep-list.md': () => `# Deep list\n\nDEEP-LIST-BEFORE\n\n${'- '.repeat(DEPTH)}DEEP-LIST-INNER\n\n${'1. '.repeat(DEPTH)}DEEP-NUMBERED-INNER\n\nDEEP-LIST-AFTER\n`,
      'deep-indent.md': () => {
        const lines = ['# Deep indent', '', 'DEEP-INDENT-BEFORE', ''];
        for (let i = 0; i < 1000; i++) lines.push(`${'  '.repeat(i)}- level ${i}`);
        lines.push('', 'DEEP-INDENT-AFTER', '');
        return lines.join('\n');
      },
    },
    diagnostics: [
      { file: 'deep-list.md', code: 'nesting-too-deep', severity: 'warning', line: 5 },
      { file: 'deep-list.md', code: 'nesting-too-deep', severity: 'warning', line: 7 },
      { file: 'deep-indent.md', code: 'nesting-too-deep', severity: 'warning', line: 5 + 64 },
    ],
    pages: [
      { file: 'deep-list.md', title: 'Deep list', text: ['DEEP-LIST-BEFORE', 'DEEP-LIST-INNER', 'DEEP-NUMBERED-INNER', 'DEEP-LIST-AFTER'] },
      { file: 'deep-indent.md', title: 'Deep indent', text: ['DEEP-INDENT-BEFORE', 'level 0', 'level 999', 'DEEP-INDENT-AFTER'] },
    ],
  },
  {
    name: 'a blockquote nested 10,000 deep',
    large: true,
    files: { 'deep-quote.md': () => `# Deep quote\n\nDEEP-QUOTE-BEFORE\n\n${'>'.repeat(DEPTH)} DEEP-QUOTE-INNER\n${'> '.repeat(DEPTH)}DEEP-QUOTE-SPACED\n\nDEEP-QUOTE-AFTER\n` },
    diagnostics: [{ file: 'deep-quote.md', code: 'nesting-too-deep', severity: 'warning', line: 5 }],
    pages: [{ file: 'deep-quote.md', title: 'Deep quote', text: ['DEEP-QUOTE-BEFORE', 'DEEP-QUOTE-INNER', 'DEEP-QUOTE-SPACED', 'DEEP-QUOTE-AFTER'] }],
  },
  {
    name: 'inline markup nested 10,000 deep (links and emphasis)',
    large: true,
    files: { 'deep-inline.md': () => `# Deep inline\n\nDEEP-INLINE-BEFORE\n\n${'['.repeat(DEPTH)}x${'](y)'.repeat(DEPTH)} ${'*'.repeat(DEPTH)}z${'*'.repeat(DEPTH)}\n\nDEEP-INLINE-AFTER\n` },
    diagnostics: [{ file: 'deep-inline.md', code: 'nesting-too-deep', severity: 'warning', line: 5 }],
    pages: [{ file: 'deep-inline.md', title: 'Deep inline', text: ['DEEP-INLINE-BEFORE', 'DEEP-INLINE-AFTER'] }],
  },
  {
    name: 'unclosed code fence',
    files: { 'fence.md': '# Fence\n\nFENCE-BEFORE\n\n```js\nconst FENCE_INSIDE = 1;\n\nmore text' },
    diagnostics: [{ file: 'fence.md', code: 'code-fence-unclosed', severity: 'warning', line: 5 }],
    pages: [{ file: 'fence.md', title: 'Fence', text: ['FENCE-BEFORE', 'const FENCE_INSIDE = 1;', 'more text'] }],
  },
  {
    name: 'duplicate titles in different folders',
    files: {
      'dup-a/same.md': '---\ntitle: Same Title\n---\nDUP-A-BODY\n',
      'dup-b/same.md': '---\ntitle: Same Title\n---\nDUP-B-BODY\n',
    },
    diagnostics: [{ file: 'dup-b/same.md', code: 'title-duplicate', severity: 'warning', line: 2 }],
    pages: [
      { file: 'dup-a/same.md', title: 'Same Title', text: ['DUP-A-BODY'] },
      { file: 'dup-b/same.md', title: 'Same Title', text: ['DUP-B-BODY'] },
    ],
  },
  {
    name: 'slug collision by case only',
    files: { 'Case.md': '# Upper\n\nCASE-UPPER-BODY\n', 'case.md': '# Lower\n\nCASE-LOWER-BODY\n' },
    diagnostics: [{ file: 'case.md', code: 'slug-collision', severity: 'warning', line: 1 }],
    pages: [
      { file: 'Case.md', title: 'Upper', text: ['CASE-UPPER-BODY'] },
      { file: 'case.md', title: 'Lower', text: ['CASE-LOWER-BODY'] },
    ],
  },
  {
    name: 'slug collision of Chinese and full-width titles',
    files: {
      '容器.md': '容器-A-BODY\n',
      '容器？.md': '容器-B-BODY\n',
      'ＡＢＣ.md': 'FULLWIDTH-BODY\n',
      'abc.md': 'ASCII-ABC-BODY\n',
    },
    diagnostics: [
      { file: '容器？.md', code: 'slug-collision', severity: 'warning', line: 1 },
      { file: 'ＡＢＣ.md', code: 'slug-collision', severity: 'warning', line: 1 },
      // Titles compare as wikilinks do (NFKC, case-insensitive): ＡＢＣ is abc.
      { file: 'ＡＢＣ.md', code: 'title-duplicate', severity: 'warning', line: 1 },
    ],
    pages: [
      { file: '容器.md', text: ['容器-A-BODY'] },
      { file: '容器？.md', text: ['容器-B-BODY'] },
      { file: 'ＡＢＣ.md', text: ['FULLWIDTH-BODY'] },
      { file: 'abc.md', text: ['ASCII-ABC-BODY'] },
    ],
  },
  {
    name: 'titles and file names with / \\ .. : * ? " < > | and emoji',
    files: {
      'chars/a\\b:c*d?e"f<g>h|i.md': '---\ntitle: "a/b\\\\c/../../etc/passwd:*?\\"<x>|"\n---\nWEIRD-CHARS-BODY\n',
      'chars/a..b...md': 'DOTS-BODY\n',
      'chars/🚀🔥.md': '---\ntitle: "🚀 Rocket 🔥"\n---\nEMOJI-BODY\n',
      'chars/<script>alert(1)<:script>.md': 'SCRIPT-NAME-BODY\n',
    },
    diagnostics: [],
    pages: [
      { file: 'chars/a\\b:c*d?e"f<g>h|i.md', title: 'a/b\\c/../../etc/passwd:*?"<x>|', text: ['WEIRD-CHARS-BODY'] },
      { file: 'chars/a..b...md', text: ['DOTS-BODY'] },
      { file: 'chars/🚀🔥.md', title: '🚀 Rocket 🔥', text: ['EMOJI-BODY'] },
      { file: 'chars/<script>alert(1)<:script>.md', title: '<script>alert(1)<:script>', text: ['SCRIPT-NAME-BODY'], absentHtml: ['<script>alert(1)'] },
    ],
  },
  {
    name: 'notes named like generated routes',
    files: {
      'index.md': '# Index note\n\nROUTE-INDEX-BODY\n',
      'map.md': '# Map note\n\nROUTE-MAP-BODY\n',
      'concepts.md': '# Concepts note\n\nROUTE-CONCEPTS-BODY\n',
      'assets.md': '# Assets note\n\nROUTE-ASSETS-BODY\n',
      'graph.md': '# Graph note\n\nROUTE-GRAPH-BODY\n',
      'files.md': '# Files note\n\nROUTE-FILES-BODY\n',
      'notes/index.md': '# Nested index\n\nROUTE-NESTED-INDEX-BODY\n',
      'graph.json.md': '# Graph json\n\nROUTE-GRAPHJSON-BODY\n',
    },
    diagnostics: [],
    pages: [
      { file: 'index.md', title: 'Index note', text: ['ROUTE-INDEX-BODY'] },
      { file: 'map.md', title: 'Map note', text: ['ROUTE-MAP-BODY'] },
      { file: 'concepts.md', title: 'Concepts note', text: ['ROUTE-CONCEPTS-BODY'] },
      { file: 'assets.md', title: 'Assets note', text: ['ROUTE-ASSETS-BODY'] },
      { file: 'graph.md', title: 'Graph note', text: ['ROUTE-GRAPH-BODY'] },
      { file: 'files.md', title: 'Files note', text: ['ROUTE-FILES-BODY'] },
      { file: 'notes/index.md', title: 'Nested index', text: ['ROUTE-NESTED-INDEX-BODY'] },
      { file: 'graph.json.md', title: 'Graph json', text: ['ROUTE-GRAPHJSON-BODY'] },
    ],
  },
  {
    name: 'wikilinks to missing notes',
    files: { 'wiki-missing.md': '# Wiki missing\n\nWIKI-MISSING-BODY see [[Nowhere At All 404]] and [[../../etc/passwd|passwd]].\n' },
    diagnostics: [],
    // [[Nowhere At All 404]] is proposed as a concept by the wikilink signal, so it has a page to go to;
    // the path-like target reaches nothing and is reported.
    buildDiagnostics: [{ file: 'wiki-missing.md', code: 'wikilink-unresolved', severity: 'warning', line: 3 }],
    pages: [{ file: 'wiki-missing.md', title: 'Wiki missing', text: ['WIKI-MISSING-BODY', 'Nowhere At All 404', 'passwd'] }],
  },
  {
    name: 'circular links (A ↔ B, and a note linking to itself)',
    files: {
      'cycle-a.md': '# Cycle A\n\nCYCLE-A-BODY links [[Cycle B]] and [[Cycle A]].\n',
      'cycle-b.md': '# Cycle B\n\nCYCLE-B-BODY links [[Cycle A]] and [back](cycle-a.md).\n',
    },
    diagnostics: [],
    pages: [
      { file: 'cycle-a.md', title: 'Cycle A', text: ['CYCLE-A-BODY'] },
      { file: 'cycle-b.md', title: 'Cycle B', text: ['CYCLE-B-BODY'] },
    ],
  },
  {
    name: 'missing images (relative, absolute, escaping the folder)',
    files: {
      'images/present.png': PNG,
      'img.md': '# Images\n\nIMG-BODY\n\n![here](images/present.png)\n\n![not here](images/absent.png)\n\n![escape](../../../etc/passwd)\n',
    },
    diagnostics: [
      { file: 'img.md', code: 'image-missing', severity: 'warning', line: 7 },
      { file: 'img.md', code: 'image-missing', severity: 'warning', line: 9 },
    ],
    pages: [{ file: 'img.md', title: 'Images', text: ['IMG-BODY'], rendered: ['Missing image: not here'] }],
  },
  {
    name: 'a symlink loop (folder linking to its parent, and two links to each other)',
    files: {
      'loop/inner.md': '# Loop inner\n\nLOOP-INNER-BODY\n',
      'loop/again': { symlink: '..' },
      'loop-x.md': { symlink: 'loop-y.md' },
      'loop-y.md': { symlink: 'loop-x.md' },
    },
    diagnostics: [
      { file: 'loop/again', code: 'symlink-loop', severity: 'info', line: 1 },
      { file: 'loop-x.md', code: 'symlink-broken', severity: 'warning', line: 1 },
      { file: 'loop-y.md', code: 'symlink-broken', severity: 'warning', line: 1 },
    ],
    pages: [{ file: 'loop/inner.md', title: 'Loop inner', text: ['LOOP-INNER-BODY'] }],
    noPage: ['loop-x.md', 'loop-y.md'],
  },
  {
    name: 'symlinks pointing outside the notes folder (file and folder)',
    files: {
      'outside.md': { symlink: '../outside/secret.md' },
      'outside-dir': { symlink: '../outside/secret-dir' },
      'inside-link.md': { symlink: 'cycle-a.md' },
    },
    diagnostics: [
      { file: 'outside-dir', code: 'symlink-outside', severity: 'warning', line: 1 },
      { file: 'outside.md', code: 'symlink-outside', severity: 'warning', line: 1 },
      // A link to a note inside the folder is read as a note of its own, so its title repeats.
      { file: 'inside-link.md', code: 'title-duplicate', severity: 'warning', line: 1 },
    ],
    pages: [{ file: 'inside-link.md', text: ['CYCLE-A-BODY'] }],
    noPage: ['outside.md', 'outside-dir/leak.md'],
  },
  {
    name: 'hidden files and folders',
    files: {
      '.obsidian/workspace.md': '# Obsidian\n\nHIDDEN-OBSIDIAN-TEXT\n',
      '.git/HEAD.md': 'HIDDEN-GIT-TEXT\n',
      '.hidden-note.md': 'HIDDEN-FILE-TEXT\n',
      'visible/.trash/old.md': 'HIDDEN-TRASH-TEXT\n',
    },
    diagnostics: [],
    pages: [],
    noPage: ['.obsidian/workspace.md', '.git/HEAD.md', '.hidden-note.md', 'visible/.trash/old.md'],
  },
  {
    name: 'non-Markdown files',
    files: {
      'data.txt': 'NON-MD-TXT-TEXT\n',
      'script.js': 'alert("NON-MD-JS")\n',
      'page.html': '<p>NON-MD-HTML</p>\n',
      'note.md.bak': 'NON-MD-BAK\n',
      'upper.MD': '# Upper extension\n\nUPPER-EXT-BODY\n',
    },
    diagnostics: [],
    pages: [{ file: 'upper.MD', title: 'Upper extension', text: ['UPPER-EXT-BODY'] }],
    noPage: ['data.txt', 'script.js', 'page.html', 'note.md.bak'],
  },
  {
    name: 'raw HTML with <script>, on* attributes, iframes, objects, forms, style, meta refresh',
    files: {
      'html-evil.md': [
        '# Evil HTML',
        '',
        'HTML-EVIL-BODY before',
        '',
        '<script>window.PWNED_SCRIPT = 1</script>',
        '',
        '<img src="x.png" onerror="window.PWNED_ONERROR=1"> <b onclick="window.PWNED_CLICK=1" onmouseover=PWNED_OVER()>bold-kept</b>',
        '',
        '<iframe src="https://evil.example/PWNED_IFRAME"></iframe>',
        '<object data="PWNED_OBJECT.swf"></object><embed src="PWNED_EMBED.swf">',
        '<form action="https://evil.example/PWNED_FORM"><input name="q"></form>',
        '<style>body{display:none} /* PWNED_STYLE */</style>',
        '<meta http-equiv="refresh" content="0;url=https://evil.example/PWNED_META">',
        '<svg><script>PWNED_SVG()</script><a xlink:href="javascript:PWNED_SVG_LINK()">s</a></svg>',
        '<div style="background:url(javascript:PWNED_CSS)">styled-div</div>',
        '<scr<script>ipt>PWNED_NESTED()</script>',
        '',
        'Inline <span onclick="PWNED_SPAN()">span-kept</span> and HTML-EVIL-BODY after.',
        '',
      ].join('\n'),
    },
    diagnostics: [],
    pages: [
      {
        file: 'html-evil.md',
        title: 'Evil HTML',
        text: ['HTML-EVIL-BODY before', 'bold-kept', 'span-kept', 'HTML-EVIL-BODY after.'],
        absentHtml: ['PWNED_SCRIPT', 'onerror', 'onclick', 'onmouseover', '<iframe', 'PWNED_IFRAME', '<object', '<embed', '<form', 'PWNED_FORM', '<style', 'PWNED_META', 'PWNED_SVG', 'PWNED_CSS', 'http-equiv'],
      },
    ],
  },
  {
    name: 'javascript: and data: URLs in HTML and Markdown',
    files: {
      'urls-evil.md': [
        '# Evil URLs',
        '',
        'URLS-EVIL-BODY',
        '',
        '[md link](javascript:alert(1)) [upper](JAVASCRIPT:alert(2)) [spaced]( javascript:alert(3) )',
        '[entity](jav&#x61;script:alert(4)) [tab](java\tscript:alert(5)) [data](data:text/html;base64,PHNjcmlwdD4=)',
        '[ref link][evil] <javascript:alert(6)> [vb](vbscript:msgbox(7))',
        '',
        '![img](javascript:alert(8)) ![data img](data:image/svg+xml;base64,PHN2Zy8+)',
        '',
        '<a href="javascript:alert(9)">html link</a> <a href="  JaVaScRiPt:alert(10)">mixed</a> <a href="&#106;avascript:alert(11)">entity</a>',
        '<img src="data:text/html,<script>alert(12)</script>"> <a href="data:text/html,hi">data link</a>',
        '',
        '[evil]: javascript:alert(13)',
        '',
        '[safe](https://example.com/ok) and [relative](#top)',
        '',
      ].join('\n'),
    },
    diagnostics: [],
    pages: [
      {
        file: 'urls-evil.md',
        title: 'Evil URLs',
        text: ['URLS-EVIL-BODY', 'md link', 'html link'],
        absentHtml: ['href="javascript:', 'src="javascript:', 'vbscript:', 'data:text', 'data:image/svg', 'alert(9)', 'alert(11)', 'alert(12)', 'alert(13)'],
      },
    ],
  },
  {
    name: 'template syntax and </script> in note text are printed, not run',
    files: {
      'template.md': '---\ntitle: "{{ 7*7 }} {% raw %}"\ntags: ["</script><script>alert(1)</script>"]\n---\nTEMPLATE-BODY {{ 6*7 }} {% include "base.njk" %} and `</script><!-- comment-like` and a < b > c\n',
    },
    diagnostics: [],
    pages: [{ file: 'template.md', title: '{{ 7*7 }} {% raw %}', text: ['TEMPLATE-BODY {{ 6*7 }} {% include "base.njk" %}', '</script><!-- comment-like', 'a < b > c'], absentHtml: ['<script>alert(1)'] }],
  },
  {
    name: 'concepts named __proto__, constructor, toString and other Object.prototype names',
    files: {
      'proto.md': [
        '---',
        'title: __proto__',
        'tags: [__proto__, constructor, toString, hasOwnProperty, valueOf]',
        'aliases: [prototype]',
        '---',
        'PROTO-BODY: [[__proto__]] [[constructor]] [[toString]] [[hasOwnProperty]] [[valueOf]] [[isPrototypeOf]].',
        '',
        'The constructor (constructor) and toString (toString) and __proto__ are discussed again: constructor, toString, __proto__.',
        '',
      ].join('\n'),
      'proto-2.md': '# constructor\n\nPROTO-2-BODY mentions toString and __proto__ and constructor too.\n',
    },
    diagnostics: [],
    pages: [
      { file: 'proto.md', title: '__proto__', text: ['PROTO-BODY'] },
      { file: 'proto-2.md', title: 'constructor', text: ['PROTO-2-BODY'] },
    ],
  },
];

/** Writes every case into `<root>/notes` (and the symlink targets into `<root>/outside`); returns the notes folder. */
export async function writeCorpus(root: string, filter: (c: BadCase) => boolean = () => true): Promise<string> {
  const notes = path.join(root, 'notes');
  const outside = path.join(root, 'outside');
  for (const [rel, text] of Object.entries(OUTSIDE_FILES)) {
    await fs.mkdir(path.dirname(path.join(outside, rel)), { recursive: true });
    await fs.writeFile(path.join(outside, rel), text);
  }
  await fs.mkdir(notes, { recursive: true });
  for (const c of cases.filter(filter)) {
    for (const [rel, content] of Object.entries(c.files)) {
      const file = path.join(notes, rel);
      await fs.mkdir(path.dirname(file), { recursive: true });
      if (typeof content === 'object' && 'symlink' in content) await fs.symlink(content.symlink, file);
      else await fs.writeFile(file, typeof content === 'function' ? content() : content);
    }
  }
  return notes;
}

/** Files of every case (for matching diagnostics to their case). */
export function caseOfFile(file: string): BadCase | undefined {
  return cases.find((c) => Object.keys(c.files).includes(file));
}
