/**
 * One hidden class for every candidate. Extraction used to build four: the common six fields, a definition's (in two
 * key orders: naming put `definition` last) and the statistical pass's with `proseSpelling`. Each loop over all
 * candidates (the boosts, the key sets, the sort, resolve's intake) deoptimised and recompiled as each new map
 * arrived. So every candidate is made here, by one literal with all of Candidate's fields in its declared order, the
 * optional ones undefined. JSON.stringify skips undefined fields, so the candidates as JSON keep their bytes (only
 * naming's, which put `definition` last, now list it after `aliases` like the rest).
 */
import type { AliasForm, Candidate, Lang, Provenance, Signal } from '../types.js';

/** The optional fields of a candidate, for the few passes that set them. */
export interface CandidateExtras {
  definition?: string;
  type?: string;
  broader?: string[];
  related?: string[];
  proseSpelling?: string;
}

export function candidateOf(
  surface: string,
  lang: Lang,
  signal: Signal,
  aliases: Candidate['aliases'],
  score: number,
  provenance: Provenance,
  extras?: CandidateExtras,
): Candidate {
  // Keep this the only Candidate literal: same keys, same order, so one map.
  return {
    surface,
    lang,
    signal,
    aliases,
    definition: extras?.definition,
    type: extras?.type,
    broader: extras?.broader,
    related: extras?.related,
    score,
    provenance,
    proseSpelling: extras?.proseSpelling,
  };
}

/**
 * Every alias, of candidates and of concepts (resolve's buildConcept makes its aliases here too), with one map:
 * `abbreviation` is always present, undefined when the text is not one. With and without it were two maps, and the
 * loops over every alias (the key sets, the Han surfaces) deoptimised on the second. JSON.stringify skips the
 * undefined field, so the aliases as JSON are unchanged.
 */
export function aliasOf(text: string, lang: Lang, abbreviation = false): AliasForm {
  return { text, lang, abbreviation: abbreviation ? true : undefined };
}
