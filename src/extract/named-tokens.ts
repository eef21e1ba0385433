/**
 * An abbreviation that closes a paragraph introducing what follows (`The guarantees are summed up as ACID:` before
 * the list of its letters): the author names the subject of the next lines. Capitals alone are not enough (CPU,
 * API are everywhere): the colon ending the paragraph is the evidence. Only the paragraph's last characters are read.
 */
import type { Candidate, Note } from '../types.js';
import { provenanceAt } from './locate.js';
import { isAbbreviation } from './normalise.js';

const INTRODUCES = /(?:^|[\s(（])([A-Z][A-Z0-9]{1,9})\s*[:：]\s*$/u;

export function namedTokenCandidates(note: Note): Candidate[] {
  const out: Candidate[] = [];
  for (const block of note.blocks) {
    if (block.kind !== 'paragraph') continue;
    const text = block.text;
    const last = text.charCodeAt(text.length - 1);
    if (last !== 0x3a && last !== 0xff1a) continue;
    const tail = text.slice(-16);
    const m = INTRODUCES.exec(tail);
    if (!m || !isAbbreviation(m[1])) continue;
    const at = text.length - tail.length + m.index;
    out.push({ surface: m[1], lang: 'en', signal: 'definition', aliases: [], score: 0.5, provenance: provenanceAt('definition', note, block, at, `introduces: ${text.slice(-80)}`) });
  }
  return out;
}
