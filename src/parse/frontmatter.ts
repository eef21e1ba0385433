/**
 * Frontmatter: the `yaml` package reads the header (only YAML: never a `---js` header, never unbounded aliases); we coerce the fields notegraph uses and map YAML errors to
 * file:line:col. Never throws: a broken header becomes a diagnostic and an empty frontmatter.
 */
import { parseDocument } from 'yaml';
import type { Diagnostic, Frontmatter } from '../types.js';

const KNOWN_LIST_KEYS = ['tags', 'keywords', 'aliases'] as const;

export interface FrontmatterResult {
  frontmatter: Frontmatter;
  diagnostics: Diagnostic[];
}

export function emptyFrontmatter(): Frontmatter {
  return { tags: [], keywords: [], aliases: [], lines: {}, data: {} };
}

/** The opening line must be exactly `---` (`---js` and the like are not frontmatter, as for remark-frontmatter). */
const OPEN = /^---[ \t]*\n/;
const CLOSE = /^---[ \t]*$/;

/** Reads the header of `text` (already LF-normalised). `file` is only used in diagnostics. */
export function parseFrontmatter(text: string, file: string): FrontmatterResult {
  const diagnostics: Diagnostic[] = [];
  const frontmatter = emptyFrontmatter();
  if (!OPEN.test(text)) return { frontmatter, diagnostics };
  const closing = closingLine(text);
  if (closing === undefined) {
    diagnostics.push(at(file, 1, 'frontmatter-unclosed', 'frontmatter opened with "---" is never closed; the whole file is shown as text'));
    return { frontmatter, diagnostics };
  }
  // The header lies between line 1 and the closing line; YAML lines are counted from the line below `---`.
  const header = text.split('\n', closing - 1).slice(1).join('\n');
  let data: unknown;
  try {
    const doc = parseDocument(header, { prettyErrors: true, uniqueKeys: true });
    const problem = doc.errors[0];
    if (problem) {
      const pos = problem.linePos?.[0];
      diagnostics.push(invalid(file, Math.min((pos?.line ?? 1) + 1, closing), pos?.col ?? 1, problem.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')));
      return { frontmatter, diagnostics };
    }
    // Aliases are capped: a "billion laughs" header is refused instead of expanded.
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    diagnostics.push(invalid(file, 2, 1, (error as Error).message.split('\n')[0]));
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

function invalid(file: string, line: number, column: number, reason: string): Diagnostic {
  return { file, line, column, severity: 'error', code: 'frontmatter-invalid', message: `frontmatter is not valid YAML: ${reason}; the note is built without it` };
}

/** 1-based line of the `---` that closes the header, if any. */
function closingLine(text: string): number | undefined {
  let start = text.indexOf('\n') + 1;
  for (let line = 2; start > 0 && start <= text.length; line++) {
    const end = text.indexOf('\n', start);
    if (CLOSE.test(text.slice(start, end === -1 ? text.length : end))) return line;
    if (end === -1) return undefined;
    start = end + 1;
  }
  return undefined;
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
  out.push(at(file, lineOf.get(key) ?? 2, `frontmatter-${key}-type`, `frontmatter "${key}" should be text, found ${Array.isArray(value) ? 'a list' : typeof value === 'object' ? 'a mapping' : typeof value}; it is ignored`));
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
  let reported = false;
  for (const item of items) {
    if (typeof item === 'string' || typeof item === 'number') {
      const text = String(item).trim().replace(/^#/, '');
      if (text && !result.includes(text)) result.push(text);
    } else if (item !== null && item !== undefined && !reported) {
      reported = true;
      out.push(at(file, lineOf.get(key) ?? 2, `frontmatter-${key}-type`, `frontmatter "${key}" holds ${Array.isArray(item) ? 'a list' : typeof item === 'object' ? 'a mapping' : `a ${typeof item}`} that is not text; it is skipped`));
    }
  }
  return result;
}
