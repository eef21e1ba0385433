/** link: mentions of concepts in notes, and typed relations between concepts. */
export { buildAutomaton, type AliasMatch, type ConceptAutomaton } from './automaton.js';
export { findMentions, type MentionsResult } from './find-mentions.js';
export { NoteHits } from './note-hits.js';
export { buildRelations, type RelationOptions } from './relations.js';
