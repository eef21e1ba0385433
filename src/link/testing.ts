/** Small builders for the link tests (hand-made concepts, parsed notes). Not used by the build itself. */
import { parseNote } from '../parse/parse-note.js';
import { makeConceptId, makeNoteId } from '../slug.js';
import type { AliasForm, Concept, Note } from '../types.js';

export function concept(label: string, aliases: Array<string | AliasForm> = [], extra: Partial<Concept> = {}): Concept {
  const id = makeConceptId(label.toLowerCase().replace(/\s+/gu, '-'));
  return {
    id,
    label,
    aliases: aliases.map((a) => (typeof a === 'string' ? { text: a, lang: /\p{Script=Han}/u.test(a) ? 'zh' : 'en' } : a)),
    broader: [],
    related: [],
    url: `/concepts/${id}/`,
    provenance: [],
    score: 1,
    ...extra,
  };
}

export function note(name: string, text: string): Note {
  return parseNote({ id: makeNoteId(name), path: `${name}.md`, absPath: '', text, hash: '' });
}
