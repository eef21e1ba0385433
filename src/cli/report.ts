/** What the CLI prints: diagnostics as `path:line:col severity message`, then a one-screen summary. */
import type { BuildResult, Diagnostic } from '../types.js';

const ORDER = { error: 0, warning: 1, info: 2 } as const;

export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column} ${d.severity} ${d.message} [${d.code}]`;
}

export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column || ORDER[a.severity] - ORDER[b.severity]));
}

export function summarise(result: BuildResult, outDir: string, ms: number): string {
  const errors = result.diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = result.diagnostics.filter((d) => d.severity === 'warning').length;
  const { notes, concepts, relations, mentions } = result.graph;
  const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
  const mentionCount = mentions.reduce((s, m) => s + m.count, 0);
  return [
    `notegraph: ${count(notes.length, 'note')} → ${count(concepts.length, 'concept')}, ${count(relations.length, 'relation')}, ${count(mentionCount, 'mention')}`,
    `  site written to ${outDir} in ${(ms / 1000).toFixed(1)} s; ${count(errors, 'error')}, ${count(warnings, 'warning')}`,
  ].join('\n');
}
