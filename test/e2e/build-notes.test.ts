/** End to end: the sample vault notes/ → graph.json and the Eleventy site, asserted on real output files. */
import Ajv2020 from 'ajv/dist/2020.js';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Concept, Graph } from '../../src/types.js';
import { buildSite, type BuiltSite } from '../helpers/build-site.js';

let site: BuiltSite;

beforeAll(async () => {
  site = await buildSite('notes');
});

function conceptNamed(graph: Graph, name: string): Concept | undefined {
  const key = name.toLowerCase();
  return graph.concepts.find((c) => c.label.toLowerCase() === key || c.aliases.some((a) => a.text.toLowerCase() === key));
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => path.join(dir, f));
}

describe('graph.json', () => {
  it('validates against the published JSON Schema', () => {
    const schema = JSON.parse(readFileSync('schema/graph-1.schema.json', 'utf8'));
    const ajv = new Ajv2020.default({ allErrors: true });
    const validate = ajv.compile(schema);
    const valid = validate(site.graph);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('is written both to the graph folder and into the site', () => {
    expect(readFileSync(path.join(site.outDir, 'graph.json'), 'utf8').length).toBeGreaterThan(100);
    expect(JSON.parse(site.read('graph.json'))).toEqual(site.graph);
  });

  it('has every note of the vault with its Chinese title and a working URL', () => {
    expect(site.graph.notes.length).toBeGreaterThanOrEqual(8);
    const note = site.graph.notes.find((n) => n.title.includes('虚拟化'));
    expect(note).toBeDefined();
    expect(existsSync(path.join(site.outDir, decodeURIComponent(note!.url), 'index.html'))).toBe(true);
  });

  it.each([
    ['hypervisor', '虚拟机监视器'],
    ['namespace', '命名空间'],
    ['image', '镜像'],
    ['registry', '镜像仓库'],
  ])('has the concept %s with its Chinese alias %s in one concept', (english, chinese) => {
    const concept = conceptNamed(site.graph, english);
    expect(concept, `no concept named ${english}`).toBeDefined();
    const names = [concept!.label, ...concept!.aliases.map((a) => a.text)];
    expect(names).toContain(chinese);
    expect(names.some((n) => /\p{Script=Han}/u.test(n)) && names.some((n) => /^[a-z]/i.test(n))).toBe(true);
    expect(concept!.provenance.length).toBeGreaterThan(0);
  });

  it('finds mentions with exact positions', () => {
    const byId = new Map(site.result.notes.map((n) => [n.id, n]));
    const concepts = new Map(site.graph.concepts.map((c) => [c.id, c]));
    for (const mention of site.graph.mentions) {
      const note = byId.get(mention.note)!;
      const names = [concepts.get(mention.concept)!.label, ...concepts.get(mention.concept)!.aliases.map((a) => a.text)]
        .map((n) => n.normalize('NFKC').toLowerCase())
        // English aliases also match their plurals (registry → registries), and a plural label its singular
        // (Unit tests ← a unit test).
        .flatMap((n) => [n, `${n}s`, `${n}es`, n.replace(/y$/, 'ies'), n.replace(/ies$/, 'y'), n.replace(/e?s$/, '')]);
      expect(mention.count).toBe(mention.positions.length);
      for (const p of mention.positions) {
        const rest = note.text.slice(p.offset).normalize('NFKC').toLowerCase();
        expect(names.some((n) => rest.startsWith(n)), `${note.path}:${p.line}:${p.column}`).toBe(true);
      }
    }
  });

  it('has co-occurrence or typed relations between existing concepts', () => {
    const ids = new Set(site.graph.concepts.map((c) => c.id));
    expect(site.graph.relations.length).toBeGreaterThan(0);
    for (const r of site.graph.relations) {
      expect(ids.has(r.source) && ids.has(r.target)).toBe(true);
      expect(r.evidence.length).toBeGreaterThan(0);
    }
  });
});

describe('site', () => {
  it('renders a note page with its mentions linked and its concepts listed', () => {
    const namespace = conceptNamed(site.graph, 'namespace')!;
    const note = site.graph.notes.find((n) => n.path === '命名空间与控制组.md')!;
    const html = site.read(path.join(decodeURIComponent(note.url), 'index.html'));
    expect(html).toContain(`<a href="${encodeURI(namespace.url)}" class="ng-mention" data-concept="${namespace.id}">`);
    expect(html).toMatch(/Concepts in this note/);
    expect(html).toContain('class="ng-map ng-map--local"');
  });

  it('does not link mentions inside code', () => {
    const note = site.result.notes.find((n) => n.path === 'docker-image-layers.md')!;
    const html = site.read(`notes/${note.id}/index.html`);
    const codeBlocks = html.match(/<pre><code[\s\S]*?<\/code><\/pre>/g) ?? [];
    expect(codeBlocks.length).toBeGreaterThan(0);
    for (const block of codeBlocks) expect(block).not.toContain('ng-mention');
  });

  it('renders a concept page with aliases by language, mentions in context and related concepts', () => {
    const hypervisor = conceptNamed(site.graph, 'hypervisor')!;
    const html = site.read(`concepts/${hypervisor.id}/index.html`);
    expect(html).toContain('<dt>中文</dt>');
    expect(html).toContain('虚拟机监视器');
    expect(html).toMatch(/Mentioned in \d+ notes/);
    expect(html).toMatch(/<mark>[^<]+<\/mark>/);
    expect(html).toContain('Why this concept exists');
  });

  it('links every concept page from some other page', () => {
    const linked = new Set<string>();
    for (const file of htmlFiles(site.outDir)) {
      const own = '/' + path.relative(site.outDir, path.dirname(file)).split(path.sep).join('/') + '/';
      for (const match of readFileSync(file, 'utf8').matchAll(/href="([^"#?]+)/g)) {
        const href = decodeURIComponent(match[1]);
        if (href !== own) linked.add(href);
      }
    }
    const orphans = site.graph.concepts.filter((c) => !linked.has(c.url)).map((c) => c.id);
    expect(orphans).toEqual([]);
  });

  it('shows a placeholder for the missing image and warns once with file:line', () => {
    const missing = site.result.diagnostics.filter((d) => d.code === 'image-missing');
    expect(missing).toHaveLength(1);
    expect(missing[0].file).toMatch(/^notes\/.+\.md$/);
    expect(missing[0].line).toBeGreaterThan(1);
    const note = site.result.notes.find((n) => `notes/${n.path}` === missing[0].file)!;
    expect(site.read(`notes/${note.id}/index.html`)).toContain('class="ng-missing-image"');
  });

  it('has a home page, a concept index, the map page and the bundled map script', () => {
    expect(site.read('index.html')).toContain('Most connected concepts');
    expect(site.read('concepts/index.html')).toContain('<h1>Concepts</h1>');
    expect(site.read('map/index.html')).toContain('ng-map--global');
    expect(site.read('assets/map.js').length).toBeGreaterThan(10_000);
    const elements = JSON.parse(site.read('graph/elements.json'));
    expect(elements.nodes.length).toBe(site.graph.concepts.length);
    expect(elements.nodes.every((n: { position: { x: number } }) => Number.isFinite(n.position.x))).toBe(true);
  });

  it('loads nothing from other hosts', () => {
    for (const file of htmlFiles(site.outDir)) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/(src|href)="(https?:)?\/\/(?!127\.0\.0\.1)/);
    }
  });
});
