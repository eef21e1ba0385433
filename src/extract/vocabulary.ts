/**
 * The optional vocabulary file `graph/concepts.yaml`: what the author says the concepts are. It always wins
 * over discovered evidence (resolve gives it the label and the extras). A missing file is normal and silent;
 * a bad entry is skipped with a diagnostic pointing at its line and column, the rest are still used.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, isScalar, type Node as YamlNode } from 'yaml';
import type { Diagnostic } from '../types.js';

export interface VocabularyEntry {
  label: string;
  aliases: string[];
  type?: string;
  broader: string[];
  related: string[];
  definition?: string;
  /** Where the entry is, for provenance. */
  file: string;
  line: number;
  column: number;
}

export const VOCABULARY_FILE = 'concepts.yaml';

export async function loadVocabulary(graphDir: string): Promise<{ entries: VocabularyEntry[]; diagnostics: Diagnostic[] }> {
  const absolute = path.join(graphDir, VOCABULARY_FILE);
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { entries: [], diagnostics: [] };
    throw error;
  }
  return parseVocabulary(text, path.posix.join(path.basename(graphDir) || 'graph', VOCABULARY_FILE));
}

/** Pure part of loadVocabulary, for tests and for callers that already hold the text. */
export function parseVocabulary(text: string, file: string): { entries: VocabularyEntry[]; diagnostics: Diagnostic[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/u, ''), { lineCounter: counter, prettyErrors: false });
  const diagnostics: Diagnostic[] = [];
  const at = (offset: number | undefined) => counter.linePos(offset ?? 0);
  const report = (offset: number | undefined, code: string, message: string, severity: Diagnostic['severity'] = 'error') => {
    const { line, col } = at(offset);
    diagnostics.push({ file, line, column: col, severity, code, message });
  };
  for (const error of doc.errors) report(error.pos[0], 'vocabulary-invalid', `concepts.yaml is not valid YAML: ${error.message.split('\n')[0]}`);
  if (doc.errors.length) return { entries: [], diagnostics };

  // Accept a top-level list, or `concepts: [...]` (the gold files' shape).
  let list: YamlNode | null | undefined = doc.contents as YamlNode | null;
  if (isMap(list)) list = list.get('concepts', true) as YamlNode | undefined;
  if (list == null) return { entries: [], diagnostics };
  if (!isSeq(list)) {
    report(list.range?.[0], 'vocabulary-invalid', 'concepts.yaml must be a list of entries (or `concepts:` holding one)');
    return { entries: [], diagnostics };
  }
  const entries: VocabularyEntry[] = [];
  const seen = new Map<string, number>();
  for (const item of list.items as YamlNode[]) {
    const offset = item?.range?.[0];
    const entry = readEntry(item, file, at(offset), (message, severity = 'error') => report(offset, 'vocabulary-entry-invalid', message, severity));
    if (!entry) continue;
    const key = entry.label.normalize('NFKC').toLowerCase();
    if (seen.has(key)) {
      report(offset, 'vocabulary-duplicate', `"${entry.label}" is already defined on line ${seen.get(key)}; this entry is merged into it`, 'warning');
    } else seen.set(key, entry.line);
    entries.push(entry);
  }
  return { entries, diagnostics };
}

function readEntry(item: YamlNode, file: string, pos: { line: number; col: number }, fail: (message: string, severity?: Diagnostic['severity']) => void): VocabularyEntry | undefined {
  // A bare string is a label with nothing else.
  if (isScalar(item)) {
    const label = typeof item.value === 'string' || typeof item.value === 'number' ? String(item.value).trim() : '';
    if (!label) return fail('an entry must be a label or a map with `label`'), undefined;
    return { label, aliases: [], broader: [], related: [], file, line: pos.line, column: pos.col };
  }
  if (!isMap(item)) return fail('an entry must be a label or a map with `label`'), undefined;
  const data = item.toJSON() as Record<string, unknown>;
  const label = typeof data.label === 'string' || typeof data.label === 'number' ? String(data.label).trim() : '';
  if (!label) return fail('entry has no `label` (a non-empty string)'), undefined;
  const known = new Set(['label', 'aliases', 'type', 'broader', 'related', 'definition']);
  for (const key of Object.keys(data)) if (!known.has(key)) fail(`unknown key "${key}" in entry "${label}" (ignored)`, 'warning');
  const list = (key: string): string[] | undefined => {
    const value = data[key];
    if (value === undefined || value === null) return [];
    const items = Array.isArray(value) ? value : [value];
    if (!items.every((v) => typeof v === 'string' || typeof v === 'number')) return fail(`\`${key}\` of "${label}" must be a string or a list of strings`), undefined;
    return items.map((v) => String(v).trim()).filter(Boolean);
  };
  const aliases = list('aliases');
  const broader = list('broader');
  const related = list('related');
  if (!aliases || !broader || !related) return undefined;
  const text = (key: string) => (typeof data[key] === 'string' ? (data[key] as string).trim() || undefined : undefined);
  return { label, aliases, type: text('type'), broader, related, definition: text('definition'), file, line: pos.line, column: pos.col };
}
