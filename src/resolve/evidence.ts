/**
 * Candidates as resolve reads them: one class for all. Extraction's passes build candidates with different sets and
 * orders of fields (a definition, a prose spelling, vocabulary extras), so each loop of resolve over the ~100k candidates
 * of a large vault met four or five hidden classes, one after another: its optimised code was thrown away at each new
 * one and compiled again (factsOf six times, distinctMisses eight, resolveConcepts five in one cold 10 MB run). Copied
 * once into one shape, the loops stay monomorphic. Their aliases are copied too (extraction's all come from aliasOf, one
 * shape, but a caller's literals need not); the copies share the originals' provenance objects.
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

/** An alias as resolve reads it: one shape, `abbreviation` present (undefined when not one). */
class Alias implements AliasForm {
  declare readonly text: string;
  declare readonly lang: Lang;
  declare readonly abbreviation: boolean | undefined;

  constructor(a: AliasForm) {
    this.text = a.text;
    this.lang = a.lang;
    this.abbreviation = a.abbreviation;
  }
}

/** Shared by every candidate without aliases (most): one array, never written to. */
const NO_ALIASES: AliasForm[] = [];

/** Each candidate as an Evidence (a candidate that is one already is kept). */
export function evidenceOf(candidates: readonly Candidate[]): Evidence[] {
  const out: Evidence[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    out.push(c instanceof Evidence ? c : new Evidence(c, c.surface, aliasesOf(c.aliases)));
  }
  return out;
}

function aliasesOf(aliases: readonly AliasForm[]): AliasForm[] {
  if (aliases.length === 0) return NO_ALIASES;
  const out: AliasForm[] = [];
  for (let k = 0; k < aliases.length; k++) out.push(new Alias(aliases[k]));
  return out;
}
