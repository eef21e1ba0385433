/** link: mentions of concepts in notes, and typed relations between concepts. */
export { buildAutomaton, type AliasMatch, type ConceptAutomaton } from './automaton.js';
export { findMentions, findNoteHits, type MentionsResult } from './find-mentions.js';
export { buildRelations, type RelationOptions } from './relations.js';
