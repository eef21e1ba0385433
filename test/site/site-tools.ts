/**
 * Tools for checking a built site: build it (programmatically, once), list and read its files, crawl it over
 * HTTP under its base path, validate its HTML, and turn a page into its visible text.
 */
import { createHash } from 'node:crypto';
import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { HtmlValidate, StaticConfigLoader, type ConfigData, type Message } from 'html-validate';
import { createEleventy } from '../../src/cli/run-eleventy.js';
import { resolveOptions, type Options } from '../../src/options.js';
import type { BuildResult } from '../../src/types.js';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export async function buildSite(options: Partial<Options>): Promise<BuildResult> {
  let result: BuildResult | undefined;
  const eleventy = createEleventy(resolveOptions({ quiet: true, ...options }), { onGraph: (r) => (result = r) });
  await eleventy.write();
  if (!result) throw new Error('build produced no graph');
  return result;
}

/** Every file below `dir`, as sorted POSIX paths relative to it. */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (abs: string, rel: string) => {
    for (const entry of await fs.readdir(abs, { withFileTypes: true })) {
      const childRel = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(path.join(abs, entry.name), childRel);
      else out.push(childRel);
    }
  };
  await walk(dir, '');
  return out.sort();
}

/** Relative path → sha256 of every file below `dir`. */
export async function hashTree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const rel of await listFiles(dir)) out[rel] = createHash('sha256').update(await fs.readFile(path.join(dir, rel))).digest('hex');
  return out;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The text a reader sees: scripts, styles and tags removed, entities decoded. */
export function visibleText(html: string): string {
  return decodeEntities(html.replace(/<(script|style|template)\b[\s\S]*?<\/\1>/gi, '').replace(/<!--[\s\S]*?-->/g, '').replace(/<[^>]+>/g, ''));
}

/** For comparing text across markup and line breaks: all white space removed. */
export function squash(text: string): string {
  return text.replace(/\s+/gu, '');
}

/** URLs a page refers to: href, src, srcset, and our data-* URLs (the map's elements JSON). */
export function referencedUrls(html: string): string[] {
  const urls: string[] = [];
  for (const match of html.matchAll(/\s(href|src|data-elements|data-graph|action|poster)\s*=\s*"([^"]*)"/gi)) urls.push(decodeEntities(match[2]));
  for (const match of html.matchAll(/\ssrcset\s*=\s*"([^"]*)"/gi)) for (const part of decodeEntities(match[1]).split(',')) urls.push(part.trim().split(/\s+/)[0]);
  return urls.filter(Boolean);
}

export interface CrawlResult {
  /** URL → status for every internal URL fetched. */
  visited: Map<string, number>;
  broken: Array<{ url: string; status: number; from: string }>;
  /** Internal URLs that point outside the base path. */
  outsideBase: Array<{ url: string; from: string }>;
  /** Distinct HTML pages (query strings ignored) → their HTML. */
  pages: Map<string, string>;
}

/** Breadth-first over every internal link and asset reachable from `start`, HTML and CSS parsed for more. */
export async function crawl(start: string, base: string): Promise<CrawlResult> {
  const origin = new URL(start).origin;
  const visited = new Map<string, number>();
  const broken: CrawlResult['broken'] = [];
  const outsideBase: CrawlResult['outsideBase'] = [];
  const pages = new Map<string, string>();
  const queue: Array<{ url: string; from: string }> = [{ url: start, from: '(start)' }];
  while (queue.length) {
    const { url, from } = queue.shift()!;
    const target = new URL(url);
    target.hash = '';
    const key = target.href;
    if (visited.has(key)) continue;
    const response = await fetch(key, { redirect: 'follow' });
    visited.set(key, response.status);
    if (response.status !== 200) {
      broken.push({ url: key, status: response.status, from });
      await response.arrayBuffer();
      continue;
    }
    const type = response.headers.get('content-type') ?? '';
    if (!type.startsWith('text/html') && !type.startsWith('text/css')) {
      await response.arrayBuffer();
      continue;
    }
    const body = await response.text();
    const refs = type.startsWith('text/css') ? [...body.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)].map((m) => m[1]) : referencedUrls(body);
    if (type.startsWith('text/html')) pages.set(`${target.origin}${target.pathname}`, body);
    for (const ref of refs) {
      if (/^(data:,|mailto:|tel:)/i.test(ref)) continue;
      let next: URL;
      try {
        next = new URL(ref, key);
      } catch {
        broken.push({ url: ref, status: 0, from: key });
        continue;
      }
      if (next.origin !== origin) continue;
      if (!decodeURIComponent(next.pathname).startsWith(base)) {
        outsideBase.push({ url: next.href, from: key });
        continue;
      }
      queue.push({ url: next.href, from: key });
    }
  }
  return { visited, broken, outsideBase, pages };
}

let validator: HtmlValidate | undefined;

/** Errors (not warnings) html-validate reports for one page, with our repository's configuration. */
export async function validateHtml(html: string, name: string): Promise<Message[]> {
  validator ??= new HtmlValidate(new StaticConfigLoader(JSON.parse(readFileSync(path.join(repoRoot, '.htmlvalidate.json'), 'utf8')) as ConfigData));
  const report = await validator.validateString(html, name);
  return report.results.flatMap((r) => r.messages).filter((m) => m.severity === 2);
}
