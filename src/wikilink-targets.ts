/**
 * Where `[[Target]]` goes: a note (by title, path or file name, case- and width-insensitive) first, then a
 * concept (by label or alias). Used by the build, to report links that go nowhere, and by the renderer.
 */
import path from 'node:path';
import type { Concept, Diagnostic, Note } from './types.js';

export interface WikiLinkTarget {
  /** Site-relative URL without the base path. */
  url: string;
  title: string;
}

export type WikiLinkResolver = (target: string) => WikiLinkTarget | undefined;

const key = (text: string) => text.normalize('NFKC').trim().toLowerCase();
const withoutExtension = (file: string) => file.replace(/\.(md|markdown)$/i, '');

export function wikiLinkResolver(notes: readonly Note[], concepts: readonly Concept[]): WikiLinkResolver {
  // A Map, never a plain object: targets are user text and may be `__proto__` or `constructor`.
  const targets = new Map<string, WikiLinkTarget>();
  const add = (name: string, value: WikiLinkTarget) => {
    if (!targets.has(key(name))) targets.set(key(name), value);
  };
  for (const note of notes) {
    const value = { url: `/notes/${note.id}/`, title: note.title };
    add(note.title, value);
    add(withoutExtension(note.path), value);
    add(withoutExtension(path.posix.basename(note.path)), value);
  }
  for (const concept of concepts) {
    for (const alias of [concept.label, ...concept.aliases.map((a) => a.text)]) add(alias, { url: concept.url, title: concept.label });
  }
  return (target: string) => targets.get(key(target.split('#')[0]));
}

/** One warning per wikilink that reaches neither a note nor a concept (the page shows it as plain text). */
export function unresolvedWikiLinkDiagnostics(notes: readonly Note[], resolve: WikiLinkResolver, displayPath: (note: Note) => string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const note of notes) {
    for (const link of note.wikilinks) {
      if (resolve(link.target)) continue;
      out.push({
        file: displayPath(note),
        line: link.line,
        column: link.column,
        severity: 'warning',
        code: 'wikilink-unresolved',
        message: `[[${link.target}]] matches no note title, file name or concept; it is shown as plain text`,
      });
    }
  }
  return out;
}
