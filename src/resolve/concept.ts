/**
 * One concept from one group of candidates: label, aliases, definition, vocabulary extras, provenance, score.
 *
 * Label rule: the vocabulary's label when there is one; otherwise the surface with the most weight as a
 * *main* surface (each candidate adds its score; an alias mention adds half), so the form the author
 * writes and links most wins whatever its language — 虚拟化 in a Chinese vault, hypervisor where the prose
 * says hypervisor. Abbreviations only win when nothing else names the concept. Ties: shorter, then code order.
 */
import { detectLang, isAbbreviation, normaliseKey } from '../extract/normalise.js';
import type { AliasForm, Candidate, Concept, Definition, Provenance } from '../types.js';

const SIGNAL_RANK = ['vocabulary', 'wikilink', 'tag', 'keyword', 'alias', 'title', 'parenthetical', 'definition', 'heading', 'statistical'];

/** `aliasOnly`: keys folded into their head (宿主机内核 into 内核) that never label the concept. */
export function buildConcept(group: Candidate[], keys: string[], aliasOnly: ReadonlySet<string> = new Set()): Omit<Concept, 'id' | 'url'> {
  const weight = new Map<string, number>();
  const spelling = new Map<string, Map<string, number>>();
  const note = (text: string, w: number) => {
    const key = normaliseKey(text);
    if (!key) return;
    weight.set(key, (weight.get(key) ?? 0) + w);
    const forms = spelling.get(key) ?? spelling.set(key, new Map()).get(key)!;
    forms.set(text.trim(), (forms.get(text.trim()) ?? 0) + 1);
  };
  const vocabulary = group.find((c) => c.signal === 'vocabulary');
  for (const c of group) {
    note(c.surface, c.signal === 'vocabulary' ? 1000 : c.score);
    for (const a of c.aliases) note(a.text, c.signal === 'vocabulary' ? 0.001 : c.score / 2);
  }
  for (const key of keys) if (!weight.has(key)) weight.set(key, 0);
  const display = (key: string) => {
    const forms = [...(spelling.get(key) ?? new Map([[key, 1]]))].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]));
    return forms[0][0];
  };
  const ranked = [...weight].sort(
    (a, b) =>
      Number(aliasOnly.has(a[0])) - Number(aliasOnly.has(b[0])) ||
      Number(isAbbreviation(display(a[0]))) - Number(isAbbreviation(display(b[0]))) ||
      b[1] - a[1] ||
      Array.from(a[0]).length - Array.from(b[0]).length ||
      cmp(a[0], b[0]),
  );
  const labelKey = vocabulary ? normaliseKey(vocabulary.surface) : ranked[0][0];
  const label = vocabulary ? vocabulary.surface : display(labelKey);
  const aliases: AliasForm[] = ranked
    .filter(([key]) => key !== labelKey)
    .map(([key]) => display(key))
    .sort(cmp)
    .map((text) => ({ text, lang: detectLang(text), ...(isAbbreviation(text) ? { abbreviation: true } : {}) }));

  return {
    label,
    aliases,
    ...definitionOf(group),
    ...(vocabulary?.type ? { type: vocabulary.type } : {}),
    broader: [...new Set(group.flatMap((c) => c.broader ?? []))].sort(cmp),
    related: [...new Set(group.flatMap((c) => c.related ?? []))].sort(cmp),
    provenance: provenanceOf(group),
    score: round(1 - group.reduce((miss, c) => miss * (1 - Math.min(1, c.score)), 1)),
  };
}

/** The vocabulary's definition, else the strongest definition sentence, earliest in the vault. */
function definitionOf(group: Candidate[]): { definition?: Definition } {
  const withText = group.filter((c) => c.definition);
  if (withText.length === 0) return {};
  withText.sort(
    (a, b) =>
      Number(b.signal === 'vocabulary') - Number(a.signal === 'vocabulary') ||
      b.score - a.score ||
      cmp(a.provenance.file, b.provenance.file) ||
      a.provenance.line - b.provenance.line,
  );
  const best = withText[0];
  return { definition: { text: best.definition!, ...(best.provenance.note ? { note: best.provenance.note } : {}), file: best.provenance.file, line: best.provenance.line } };
}

function provenanceOf(group: Candidate[]): Provenance[] {
  const seen = new Map<string, Provenance>();
  for (const c of group) {
    const p = c.provenance;
    const id = [p.signal, p.file, p.line, p.column, p.excerpt].join('\u0000');
    if (!seen.has(id)) seen.set(id, p);
  }
  return [...seen.values()].sort(
    (a, b) =>
      SIGNAL_RANK.indexOf(a.signal) - SIGNAL_RANK.indexOf(b.signal) ||
      cmp(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      cmp(a.excerpt, b.excerpt),
  );
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
