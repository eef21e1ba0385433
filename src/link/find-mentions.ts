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
  for (const note of [...notes].sort((a, b) => compare(a.id, b.id))) {
    const noteHits = findNoteHits(note, machine);
    hits.set(note.id, noteHits);
    mentions.push(...summarise(note.id, noteHits));
  }
  return { hits, mentions };
}

/** Hits of one note, in reading order. */
export function findNoteHits(note: Note, automaton: ConceptAutomaton): MentionHit[] {
  const out: MentionHit[] = [];
  let locator: ReturnType<typeof createLocator> | undefined;
  const blocks = note.blocks;
  for (let blockIndex = 0; blockIndex < blocks.length; blockIndex++) {
    const block = blocks[blockIndex];
    for (let runIndex = 0; runIndex < block.runs.length; runIndex++) {
      const run = block.runs[runIndex];
      const newline = block.text.indexOf('\n', run.at); // first line break at or after the run's start
      for (const match of automaton.scan(block.text, run.at, run.at + run.length)) {
        const index = match.start - run.at;
        const offset = run.offset + index;
        // Most runs hold no newline: the run's own line/column then give the position without a search.
        let line: number;
        let column: number;
        if (newline === -1 || newline >= match.start) {
          line = run.line;
          column = run.column + index;
        } else {
          locator ??= createLocator(note.text);
          ({ line, column } = locator.locate(offset));
        }
        out.push({
          concept: match.concept,
          block: blockIndex,
          run: runIndex,
          index,
          length: match.end - match.start,
          surface: block.text.slice(match.start, match.end),
          position: { line, column, offset },
        });
      }
    }
  }
  return out;
}

function summarise(note: NoteId, hits: readonly MentionHit[]): Mention[] {
  const byConcept = new Map<ConceptId, Position[]>();
  for (const hit of hits) {
    const list = byConcept.get(hit.concept) ?? [];
    list.push(hit.position);
    byConcept.set(hit.concept, list);
  }
  return [...byConcept.keys()]
    .sort(compare)
    .map((concept) => {
      const positions = byConcept.get(concept)!.sort((a, b) => a.offset - b.offset);
      return { note, concept, count: positions.length, positions };
    });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
