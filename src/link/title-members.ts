/**
 * Titles that name a concept and then, after a colon, what it comes in (`共识算法：Paxos 和 Raft`, `Hash maps:
 * chaining and open addressing`): the names after the colon are members of the concept before it, `instance` when
 * written like a name (a capital letter in Latin script: Paxos), else `broader` (kinds: chaining). Only when the
 * title is nothing but the concept, the colon, and two or more concepts joined by list separators (an optional
 * `和其他` / `etc.` may close it): a title that says more (`缓存：为什么 Redis 快`) is about something else.
 * Reads the note title and its section headings, never prose. Weight 0.8, evidence: the title's line.
 */
import type { ConceptId, Note } from '../types.js';
import type { ConceptAutomaton } from './automaton.js';
import type { RelationSet } from './relation-set.js';
import { isGenericLabel } from './text-keys.js';
import { fixedEvidence } from './sentences.js';

const WEIGHT = 0.8;
const LEAD = /^\s*(?:\d+(?:\.\d+)*\.?)?\s*$/u;
const COLON = /^\s*[：:]\s*$/u;
const SEPARATOR = /^\s*(?:、|,|，|和|与|及|以及|&|and|or|或)\s*$/iu;
const SEPARATOR_THEN_AND = /^\s*,\s*(?:and|or)\s*$/iu;
const TAIL = /^\s*(?:(?:和|与|及)?(?:其他|其它|其余)的?|等|(?:,\s*)?(?:etc\.?|and\s+(?:more|others)))?\s*$/iu;

export function addTitleMembers(set: RelationSet, notes: readonly Note[], automaton: ConceptAutomaton): void {
  for (const note of notes) {
    const titles: Array<{ text: string; line: number }> = [];
    if (note.title) titles.push({ text: note.title, line: note.frontmatter.lines.title ?? 1 });
    for (const section of note.sections) if (section.title.includes(':') || section.title.includes('：')) titles.push({ text: section.title, line: section.line });
    for (const title of titles) membersOf(set, note, title.text, title.line, automaton);
  }
}

function membersOf(set: RelationSet, note: Note, text: string, line: number, automaton: ConceptAutomaton): void {
  if (!text.includes(':') && !text.includes('：')) return;
  const found = automaton.scan(text);
  if (found.length < 3) return;
  const [head, ...items] = found;
  if (!LEAD.test(text.slice(0, head.start)) || !COLON.test(text.slice(head.end, items[0].start))) return;
  if (isGenericLabel(text.slice(head.start, head.end))) return;
  for (let i = 0; i + 1 < items.length; i++) {
    const joint = text.slice(items[i].end, items[i + 1].start);
    if (!SEPARATOR.test(joint) && !SEPARATOR_THEN_AND.test(joint)) return;
  }
  if (!TAIL.test(text.slice(items[items.length - 1].end))) return;
  const members = new Set<ConceptId>();
  for (const item of items) {
    if (item.concept === head.concept || members.has(item.concept)) continue;
    members.add(item.concept);
    const surface = text.slice(item.start, item.end);
    const nameLike = /^[A-Z]/u.test(surface) && !/\p{Script=Han}/u.test(surface);
    set.add(nameLike ? 'instance' : 'broader', item.concept, head.concept, WEIGHT, [fixedEvidence(note.id, line, text)]);
  }
}
