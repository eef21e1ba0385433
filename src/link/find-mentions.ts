/**
 * Every mention of every concept in every note, linked or not. One automaton for the whole build; each block's
 * linkable runs are scanned once, with the block text around them as word-boundary context (so `**image**s` or
 * `` `VM`ware `` do not yield a false whole-word match). Runs never include code, URLs, link text or HTML, so
 * mentions never fall inside them. Positions are exact: `note.text.slice(offset, offset + length)` is the surface.
 */
import { createLocator } from '../parse/positions.js';
import type { Concept, ConceptId, Mention, MentionHit, Note, NoteId, Position } from '../types.js';
import { buildAutomaton, type ConceptAutomaton } from './automaton.js';

export interface MentionsResult {
  /** Per note, every hit in reading order (block, run, index). */
  hits: Map<NoteId, MentionHit[]>;
  /** One per (note, concept), sorted by note then concept. */
  mentions: Mention[];
}

export function findMentions(notes: readonly Note[], concepts: readonly Concept[], automaton?: ConceptAutomaton): MentionsResult {
  const machine = automaton ?? buildAutomaton(concepts);
  const hits = new Map<NoteId, MentionHit[]>();
  const mentions: Mention[] = [];
  const byConcept = new Map<ConceptId, Position[]>(); // reused: cleared for each note
  for (const note of [...notes].sort((a, b) => compare(a.id, b.id))) {
    const noteHits = findNoteHits(note, machine);
    hits.set(note.id, noteHits);
    summarise(note.id, noteHits, byConcept, mentions);
  }
  return { hits, mentions };
}

/** Reused match buffer: (start, end, rank) triples from ConceptAutomaton.scanInto. */
const found: number[] = [];

/** Hits of one note, in reading order. */
export function findNoteHits(note: Note, automaton: ConceptAutomaton): MentionHit[] {
  const out: MentionHit[] = [];
  let locator: ReturnType<typeof createLocator> | undefined;
  const blocks = note.blocks;
  for (let blockIndex = 0; blockIndex < blocks.length; blockIndex++) {
    const block = blocks[blockIndex];
    const text = block.text;
    for (let runIndex = 0; runIndex < block.runs.length; runIndex++) {
      const run = block.runs[runIndex];
      const count = automaton.scanInto(text, run.at, run.at + run.length, found);
      if (count === 0) continue;
      const newline = text.indexOf('\n', run.at); // first line break at or after the run's start
      for (let m = 0; m < count * 3; m += 3) {
        const start = found[m];
        const end = found[m + 1];
        const index = start - run.at;
        const offset = run.offset + index;
        // Most runs hold no newline: the run's own line/column then give the position without a search.
        let position: Position;
        if (newline === -1 || newline >= start) position = { line: run.line, column: run.column + index, offset };
        else {
          locator ??= createLocator(note.text);
          const { line, column } = locator.locate(offset);
          position = { line, column, offset };
        }
        const rank = found[m + 2];
        out.push({ concept: automaton.conceptOf(rank), block: blockIndex, run: runIndex, index, length: end - start, surface: automaton.surfaceOf(text, start, end, rank), position });
      }
    }
  }
  return out;
}

/** Appends the note's mentions to `out`, one per concept in concept order, positions in text order. */
function summarise(note: NoteId, hits: readonly MentionHit[], byConcept: Map<ConceptId, Position[]>, out: Mention[]): void {
  byConcept.clear();
  for (const hit of hits) {
    const list = byConcept.get(hit.concept);
    if (list) list.push(hit.position);
    else byConcept.set(hit.concept, [hit.position]);
  }
  for (const concept of [...byConcept.keys()].sort(compare)) {
    const positions = byConcept.get(concept)!;
    if (!isSortedByOffset(positions)) positions.sort((a, b) => a.offset - b.offset);
    out.push({ note, concept, count: positions.length, positions });
  }
}

function isSortedByOffset(positions: readonly Position[]): boolean {
  for (let i = 1; i < positions.length; i++) if (positions[i].offset < positions[i - 1].offset) return false;
  return true;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
