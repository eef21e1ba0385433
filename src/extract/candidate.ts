/**
 * One hidden class for the candidates of the common shape. An object literal takes its map from the number of
 * properties it is written with: the statistical pass writes `{ …6 fields, ...spelled }`, whose map has room for a
 * seventh field, so the same six fields written plainly elsewhere made a second map of the same keys (and a spread
 * copy of a candidate a third). With definitions' and namings' own shapes, the loops over every candidate (the
 * boosts, the key sets, the sort, and resolve after them) met more maps than an inline cache holds and went
 * megamorphic. Spreading an empty object gives these candidates the statistical pass's map; the fields and their
 * order, and so the candidates as JSON, are unchanged.
 */
import type { AliasForm, Candidate, Lang, Provenance, Signal } from '../types.js';

const NO_MORE_FIELDS = Object.freeze({});

export function candidateOf(surface: string, lang: Lang, signal: Signal, aliases: Candidate['aliases'], score: number, provenance: Provenance): Candidate {
  return { surface, lang, signal, aliases, score, provenance, ...NO_MORE_FIELDS };
}

const ABBREVIATION = Object.freeze({ abbreviation: true });

/**
 * An alias of the one map resolve's aliases have too (`{ text, lang, ...spread }`): aliases written as plain literals
 * beside spread ones were a third map, and the loops over every alias (the key sets, the Han surfaces) compiled
 * again on-stack when it arrived. Same fields, same order.
 */
export function aliasOf(text: string, lang: Lang, abbreviation = false): AliasForm {
  return abbreviation ? { text, lang, ...ABBREVIATION } : { text, lang, ...NO_MORE_FIELDS };
}
