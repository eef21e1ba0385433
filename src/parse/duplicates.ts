/**
 * Cross-note check run after every note is parsed: two notes with the same title (compared as readers and
 * wikilinks see them: NFKC, case-insensitive) both get pages, but `[[Title]]` can only reach the first, so the
 * later ones are reported. Pure; the order of `notes` (sorted by path) decides which is "first".
 */
import type { Diagnostic, Note } from '../types.js';

export function duplicateTitleDiagnostics(notes: readonly Note[], displayPath: (note: Note) => string = (note) => note.path): Diagnostic[] {
  const first = new Map<string, Note>();
  const out: Diagnostic[] = [];
  for (const note of notes) {
    const key = note.title.normalize('NFKC').trim().toLowerCase();
    const owner = first.get(key);
    if (!owner) {
      first.set(key, note);
      continue;
    }
    out.push({
      file: displayPath(note),
      line: note.titleSource === 'frontmatter' ? note.frontmatter.lines.title ?? 1 : note.titleSource === 'heading' ? note.sections[0]?.line ?? 1 : 1,
      column: 1,
      severity: 'warning',
      code: 'title-duplicate',
      message: `title "${note.title}" is also the title of ${owner.path}; both get a page, but [[${note.title}]] links to ${owner.path}`,
    });
  }
  return out;
}
