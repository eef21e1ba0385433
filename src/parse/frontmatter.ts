/**
 * Frontmatter: gray-matter reads the YAML; we coerce the fields notegraph uses and map YAML errors to
 * file:line:col. Never throws: a broken header becomes a diagnostic and an empty frontmatter.
 */
import matter from 'gray-matter';
import type { Diagnostic, Frontmatter } from '../types.js';

const KNOWN_LIST_KEYS = ['tags', 'keywords', 'aliases'] as const;

export interface FrontmatterResult {
  frontmatter: Frontmatter;
  diagnostics: Diagnostic[];
}

export function emptyFrontmatter(): Frontmatter {
  return { tags: [], keywords: [], aliases: [], lines: {}, data: {} };
}

/** Reads the header of `text` (already LF-normalised). `file` is only used in diagnostics. */
export function parseFrontmatter(text: string, file: string): FrontmatterResult {
  const diagnostics: Diagnostic[] = [];
  const frontmatter = emptyFrontmatter();
  if (!text.startsWith('---')) return { frontmatter, diagnostics };
  let data: unknown;
  try {
    // A fresh options object disables gray-matter's content cache, which would pin every note in memory.
    data = matter(text, {}).data;
  } catch (error) {
    const mark = (error as { mark?: { line?: number; column?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message.split('\n')[0];
    diagnostics.push({
      file,
      // js-yaml counts from 0 inside the header, which starts one line below the opening `---`.
      line: (mark?.line ?? 0) + 2,
      column: (mark?.column ?? 0) + 1,
      severity: 'error',
      code: 'frontmatter-invalid',
      message: `frontmatter is not valid YAML: ${reason}; the note is built without it`,
    });
    return { frontmatter, diagnostics };
  }
  if (data === null || data === undefined) return { frontmatter, diagnostics };
  if (typeof data !== 'object' || Array.isArray(data)) {
    diagnostics.push(at(file, 2, 'frontmatter-not-mapping', 'frontmatter must be a mapping of keys to values; it is ignored'));
    return { frontmatter, diagnostics };
  }
  const record = data as Record<string, unknown>;
  const lineOf = keyLines(text);
  frontmatter.data = Object.fromEntries(Object.entries(record).filter(([k]) => !isKnownKey(k)));
  frontmatter.title = scalar(record.title, 'title', file, lineOf, diagnostics);
  frontmatter.author = scalar(record.author, 'author', file, lineOf, diagnostics);
  frontmatter.date = dateString(record.date);
  for (const key of KNOWN_LIST_KEYS) frontmatter[key] = stringList(record[key], key, file, lineOf, diagnostics);
  for (const key of ['title', ...KNOWN_LIST_KEYS] as const) {
    const line = lineOf.get(key);
    if (line) frontmatter.lines[key] = line;
  }
  return { frontmatter, diagnostics };
}

function isKnownKey(key: string): boolean {
  return key === 'title' || key === 'author' || key === 'date' || (KNOWN_LIST_KEYS as readonly string[]).includes(key);
}

function at(file: string, line: number, code: string, message: string, severity: Diagnostic['severity'] = 'warning'): Diagnostic {
  return { file, line, column: 1, severity, code, message };
}

/** Line (1-based) of each top-level key of the header, for provenance and diagnostics. */
function keyLines(text: string): Map<string, number> {
  const lines = text.split('\n');
  const result = new Map<string, number>();
  for (let i = 1; i < lines.length && lines[i] !== '---'; i++) {
    const match = /^([A-Za-z_][\w-]*)\s*:/.exec(lines[i]);
    if (match && !result.has(match[1])) result.set(match[1], i + 1);
  }
  return result;
}

function scalar(value: unknown, key: string, file: string, lineOf: Map<string, number>, out: Diagnostic[]): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value.trim() || undefined;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  out.push(at(file, lineOf.get(key) ?? 2, `frontmatter-${key}-type`, `frontmatter "${key}" should be text, found ${Array.isArray(value) ? 'a list' : typeof value}; it is ignored`));
  return undefined;
}

function dateString(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  return undefined;
}

function stringList(value: unknown, key: string, file: string, lineOf: Map<string, number>, out: Diagnostic[]): string[] {
  if (value === undefined || value === null) return [];
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[,，、]/) : [value];
  const result: string[] = [];
  for (const item of items) {
    if (typeof item === 'string' || typeof item === 'number') {
      const text = String(item).trim().replace(/^#/, '');
      if (text && !result.includes(text)) result.push(text);
    } else if (item !== null && item !== undefined) {
      out.push(at(file, lineOf.get(key) ?? 2, `frontmatter-${key}-type`, `frontmatter "${key}" holds a ${typeof item} that is not text; it is skipped`));
    }
  }
  return result;
}
