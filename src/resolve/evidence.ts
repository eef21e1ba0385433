/**
 * Candidates as resolve reads them: one class for all. Extraction's passes build candidates with different sets and
 * orders of fields (a definition, a prose spelling, vocabulary extras), so each loop of resolve over the ~100k candidates
 * of a large vault met four or five hidden classes, one after another: its optimised code was thrown away at each new
 * one and compiled again (factsOf six times, distinctMisses eight, resolveConcepts five in one cold 10 MB run). Copied
 * once into one shape, the loops stay monomorphic. The copies share the originals' aliases and provenance objects.
 */
import type { AliasForm, Candidate, Lang, Provenance, Signal } from '../types.js';

export class Evidence implements Candidate {
  declare readonly surface: string;
  declare readonly lang: Lang;
  declare readonly signal: Signal;
  declare readonly aliases: AliasForm[];
  declare readonly definition: string | undefined;
  declare readonly type: string | undefined;
  declare readonly broader: string[] | undefined;
  declare readonly related: string[] | undefined;
  declare readonly score: number;
  declare readonly provenance: Provenance;
  declare readonly proseSpelling: string | undefined;

  constructor(c: Candidate, surface: string, aliases: AliasForm[]) {
    this.surface = surface;
    this.lang = c.lang;
    this.signal = c.signal;
    this.aliases = aliases;
    this.definition = c.definition;
    this.type = c.type;
    this.broader = c.broader;
    this.related = c.related;
    this.score = c.score;
    this.provenance = c.provenance;
    this.proseSpelling = c.proseSpelling;
  }
}

/** Each candidate as an Evidence (a candidate that is one already is kept). */
export function evidenceOf(candidates: readonly Candidate[]): Evidence[] {
  const out: Evidence[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    out.push(c instanceof Evidence ? c : new Evidence(c, c.surface, c.aliases));
  }
  return out;
}
