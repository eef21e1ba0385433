/** The sentence around a mention, cut to a readable length, for concept pages ("where is this mentioned"). */
import type { MentionHit, Note } from '../types.js';

export interface Snippet {
  before: string;
  match: string;
  after: string;
  /** Link to the section of the note holding the mention. */
  url: string;
}

const CONTEXT_CHARS = 60;
const SENTENCE_BREAK = /[。！？!?；;\n]|\.(?=\s)/gu;

export function snippetOf(note: Note, hit: MentionHit, noteUrl: string): Snippet {
  const block = note.blocks[hit.block];
  const run = block?.runs[hit.run];
  if (!block || !run) return { before: '', match: hit.surface, after: '', url: noteUrl };
  const start = run.at + hit.index;
  const end = start + hit.length;
  let from = 0;
  let to = block.text.length;
  for (const match of block.text.matchAll(SENTENCE_BREAK)) {
    const at = match.index ?? 0;
    if (at < start) from = at + 1;
    else if (at >= end) {
      to = at + 1;
      break;
    }
  }
  let before = block.text.slice(from, start).trimStart();
  let after = block.text.slice(end, to).trimEnd();
  if (before.length > CONTEXT_CHARS) before = `…${before.slice(-CONTEXT_CHARS)}`;
  if (after.length > CONTEXT_CHARS) after = `${after.slice(0, CONTEXT_CHARS)}…`;
  const section = note.sections[block.section];
  return { before, match: block.text.slice(start, end), after, url: section ? `${noteUrl}#${encodeURIComponent(section.anchor)}` : noteUrl };
}
