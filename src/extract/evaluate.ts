/**
 * The quality harness's arithmetic, shared by `npm run eval` and test/eval/quality.test.ts.
 * A gold concept matches an extracted concept when any label/alias of one equals any label/alias of the
 * other after NFKC + lower case (plurals included, through normaliseKey). Recall counts gold concepts
 * matched; precision counts extracted concepts that match some gold concept. A gold relation is found when
 * an extracted relation joins the matched concepts with the same type (broader/instance in the same
 * direction; compared and related in either direction; gold `related` accepts any type). A gold concept matched by
 * several extracted concepts is split: one idea on several pages. An extracted concept that several gold concepts
 * match is merged: two ideas on one page, which recall counts as two finds.
 */
import { parse } from 'yaml';
import type { Concept, Relation } from '../types.js';
import { normaliseKey } from './normalise.js';

export interface GoldConcept {
  label: string;
  aliases: string[];
}
export interface GoldRelation {
  source: string;
  target: string;
  type: string;
}
export interface Gold {
  concepts: GoldConcept[];
  relations: GoldRelation[];
}

export interface Scores {
  conceptRecall: number;
  conceptPrecision: number;
  /** Undefined when no relations were given (the relation stage is not available). */
  relationRecall?: number;
  missedConcepts: string[];
  extraConcepts: string[];
  missedRelations: string[];
  /**
   * Gold concepts matched by more than one extracted concept, as their labels joined by ` | `: one idea the site
   * shows on several pages (OTel and OpenTelemetry apart). Recall and precision cannot see it.
   */
  splitConcepts: string[];
  /**
   * Extracted concepts that several gold concepts match, as `label ← gold + gold`: two ideas the site shows on one
   * page (Hadamard gate folded into gate). Recall counts each gold concept as found, so only this list shows it.
   */
  mergedConcepts: string[];
}

export function parseGold(text: string): Gold {
  const data = (parse(text) ?? {}) as { concepts?: Array<{ label: unknown; aliases?: unknown[] }>; relations?: GoldRelation[] };
  return {
    concepts: (data.concepts ?? []).map((c) => ({ label: String(c.label), aliases: (c.aliases ?? []).map(String) })),
    relations: (data.relations ?? []).map((r) => ({ source: String(r.source), target: String(r.target), type: String(r.type) })),
  };
}

function keysOfGold(c: GoldConcept): Set<string> {
  return new Set([c.label, ...c.aliases].map(lowerKey));
}

function keysOfConcept(c: Concept): Set<string> {
  return new Set([c.label, ...c.aliases.map((a) => a.text)].map(lowerKey));
}

/** NFKC + lower case, with the same plural and spacing rules the extractor uses. */
function lowerKey(text: string): string {
  return normaliseKey(text.normalize('NFKC').toLowerCase());
}

export function evaluate(gold: Gold, concepts: Concept[], relations?: Relation[]): Scores {
  const conceptKeys = concepts.map(keysOfConcept);
  const matchOf = (g: GoldConcept): number[] => {
    const keys = keysOfGold(g);
    return conceptKeys.flatMap((ck, i) => ([...ck].some((k) => keys.has(k)) ? [i] : []));
  };
  const goldMatches = gold.concepts.map(matchOf);
  const matchedExtracted = new Set(goldMatches.flat());
  const missedConcepts = gold.concepts.filter((_, i) => goldMatches[i].length === 0).map((g) => g.label);
  const extraConcepts = concepts.filter((_, i) => !matchedExtracted.has(i)).map((c) => c.label);

  let relationRecall: number | undefined;
  const missedRelations: string[] = [];
  if (relations) {
    const byLabel = new Map(gold.concepts.map((g, i) => [lowerKey(g.label), goldMatches[i]]));
    const ids = (label: string) => new Set((byLabel.get(lowerKey(label)) ?? matchOf({ label, aliases: [] })).map((i) => concepts[i].id as string));
    let found = 0;
    for (const r of gold.relations) {
      const sources = ids(r.source);
      const targets = ids(r.target);
      const symmetric = r.type === 'compared' || r.type === 'related';
      const hit = relations.some((e) => {
        if (r.type !== 'related' && e.type !== r.type) return false;
        if (sources.has(e.source) && targets.has(e.target)) return true;
        return symmetric && sources.has(e.target) && targets.has(e.source);
      });
      if (hit) found++;
      else missedRelations.push(`${r.source} -${r.type}-> ${r.target}`);
    }
    relationRecall = gold.relations.length ? found / gold.relations.length : 1;
  }
  return {
    conceptRecall: gold.concepts.length ? (gold.concepts.length - missedConcepts.length) / gold.concepts.length : 1,
    conceptPrecision: concepts.length ? matchedExtracted.size / concepts.length : 1,
    relationRecall,
    missedConcepts,
    extraConcepts,
    missedRelations,
    splitConcepts: goldMatches.filter((m) => m.length > 1).map((m) => m.map((i) => concepts[i].label).join(' | ')),
    mergedConcepts: mergedOf(gold, goldMatches, concepts),
  };
}

function mergedOf(gold: Gold, goldMatches: number[][], concepts: Concept[]): string[] {
  const goldOf = new Map<number, string[]>();
  goldMatches.forEach((matches, g) => {
    for (const i of matches) goldOf.set(i, [...(goldOf.get(i) ?? []), gold.concepts[g].label]);
  });
  return [...goldOf]
    .filter(([, labels]) => labels.length > 1)
    .sort(([a], [b]) => a - b)
    .map(([i, labels]) => `${concepts[i].label} ← ${labels.join(' + ')}`);
}
