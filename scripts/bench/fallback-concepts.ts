/**
 * Concepts for benchmarking the linker when extraction is not available: note titles, frontmatter tags,
 * keywords and aliases, and wikilink targets, one concept per distinct normalised form. Only for the bench.
 */
import { aliasKey } from '../../src/link/text-keys.js';
import { conceptUrl, makeConceptId, safeSlug } from '../../src/slug.js';
import type { Concept, Note } from '../../src/types.js';

export function fallbackConcepts(notes: readonly Note[]): Concept[] {
  const labels = new Map<string, string>();
  for (const note of notes) {
    const forms = [note.title, ...note.frontmatter.tags, ...note.frontmatter.keywords, ...note.frontmatter.aliases, ...note.wikilinks.map((w) => w.target)];
    for (const form of forms) {
      const key = aliasKey(form);
      if ([...key].length >= 2 && !labels.has(key)) labels.set(key, form.trim());
    }
  }
  return [...labels.keys()].sort().map((key) => {
    const id = makeConceptId(safeSlug(key, 'concept'));
    return { id, label: labels.get(key)!, aliases: [], broader: [], related: [], url: conceptUrl(id), provenance: [], score: 1 };
  });
}
