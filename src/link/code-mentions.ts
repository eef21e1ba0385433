/**
 * Mentions for relation evidence only: text that is never linked (inline code, link and wikilink text) but is,
 * as a whole, one concept's name. `git gc gathers them into a packfile` written with `git gc` in backticks, or
 * `宏任务：`setTimeout`、`setInterval``, names the command or the API as plainly as prose would; left out, the
 * relations of command-like concepts are lost. Linking never sees these hits: findMentions' hits, which the site
 * links, are not changed; only the copy handed to the sentence index holds them.
 * A span counts only when one alias match covers it exactly (after trimming spaces): `setTimeout(fn, 0)` or
 * `git rebase -i main` are code that uses a name, not the name. Spans longer than MAX_SPAN are not scanned.
 */
import type { ConceptId, MentionHit, Note, NoteId, Position } from '../types.js';
import type { ConceptAutomaton } from './automaton.js';
import { BLOCK, CONCEPT, END, HIT_FIELDS, NoteHits, RUN, START } from './note-hits.js';

/** Longer spans are code, not a name (the longest labels are a few words). */
const MAX_SPAN = 64;

interface Extra {
  block: number;
  run: number;
  start: number;
  end: number;
  concept: ConceptId;
  line: number;
}

/** The hits per note with the exact-name spans outside the linkable runs added (the map given when there are none). */
export function withCodeMentions(
  notes: readonly Note[],
  hits: ReadonlyMap<NoteId, NoteHits | readonly MentionHit[]>,
  automaton: ConceptAutomaton,
): ReadonlyMap<NoteId, NoteHits | readonly MentionHit[]> {
  let out: Map<NoteId, NoteHits | readonly MentionHit[]> | undefined;
  for (const note of notes) {
    const extras = spansOf(note, automaton);
    if (!extras.length) continue;
    out ??= new Map(hits);
    const given = hits.get(note.id);
    const noteHits = given === undefined ? new NoteHits(note, new Int32Array(0), [], []) : given instanceof NoteHits ? given : NoteHits.fromHits(note, given);
    out.set(note.id, merged(note, noteHits, extras));
  }
  return out ?? hits;
}

function spansOf(note: Note, automaton: ConceptAutomaton): Extra[] {
  const out: Extra[] = [];
  const blocks = note.blocks;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    const text = block.text;
    const runs = block.runs;
    let from = 0;
    for (let r = 0; r <= runs.length; r++) {
      const to = r < runs.length ? runs[r].at : text.length;
      if (to - from >= 2) exact(text, from, to, automaton, b, Math.max(0, r - 1), block.line, out);
      if (r < runs.length) from = runs[r].at + runs[r].length;
    }
  }
  return out;
}

/** Reused (start, end, rank) triples from ConceptAutomaton.scanInto. */
const matches: number[] = [];

/** Adds the one alias match that covers text[from, to) exactly (spaces trimmed), if there is one. */
function exact(text: string, from: number, to: number, automaton: ConceptAutomaton, block: number, run: number, line: number, out: Extra[]): void {
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  if (to - from < 2 || to - from > MAX_SPAN) return;
  // scanInto: no object per match (most spans are code that names nothing).
  const count = automaton.scanInto(text, from, to, matches);
  let rank = -1;
  for (let k = 0; k < count * 3; k += 3) if (matches[k] === from && matches[k + 1] === to) rank = matches[k + 2];
  if (rank < 0) return;
  let breaks = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < from; i = text.indexOf('\n', i + 1)) breaks++;
  out.push({ block, run, start: from, end: to, concept: automaton.conceptOf(rank), line: line + breaks });
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 0x3000;
}

const numbering = new WeakMap<readonly ConceptId[], Map<ConceptId, number>>();

/** The note's hits and the extras, in reading order (block, start), as one NoteHits. */
function merged(note: Note, hits: NoteHits, extras: readonly Extra[]): NoteHits {
  let concepts = hits.concepts;
  // One lookup per concept table (findMentions shares one among all notes), not one built per note.
  let shared = numbering.get(concepts);
  if (!shared) {
    shared = new Map();
    concepts.forEach((id, n) => shared!.set(id, n));
    numbering.set(concepts, shared);
  }
  let local: Map<ConceptId, number> = shared;
  const total = hits.length + extras.length;
  const old = hits.data;
  const data = new Int32Array(total * HIT_FIELDS);
  const positions: Position[] = new Array(total);
  // Runs of the note's own hits are copied whole between the extras (one copy per extra, not per hit).
  let i = 0; // next old hit
  let k = 0; // next slot in the merged data
  const copyOld = (until: number) => {
    if (until <= i) return;
    data.set(old.subarray(i * HIT_FIELDS, until * HIT_FIELDS), k * HIT_FIELDS);
    for (let j = i; j < until; j++) positions[k++] = hits.positions[j];
    i = until;
  };
  for (const extra of extras) {
    let until = i;
    while (until < hits.length && (old[until * HIT_FIELDS + BLOCK] < extra.block || (old[until * HIT_FIELDS + BLOCK] === extra.block && old[until * HIT_FIELDS + START] < extra.start))) until++;
    copyOld(until);
    let n = local.get(extra.concept);
    if (n === undefined) {
      if (concepts === hits.concepts) {
        concepts = [...concepts]; // never grow the table other notes share
        local = new Map(shared);
      }
      local.set(extra.concept, (n = concepts.length));
      (concepts as ConceptId[]).push(extra.concept);
    }
    const at = k * HIT_FIELDS;
    data[at + BLOCK] = extra.block;
    data[at + RUN] = extra.run;
    data[at + START] = extra.start;
    data[at + END] = extra.end;
    data[at + CONCEPT] = n;
    positions[k++] = { line: extra.line, column: 1, offset: -1 };
  }
  copyOld(hits.length);
  return new NoteHits(note, data, concepts, positions);
}
