/**
 * One concept from one group of candidates: label, aliases, definition, vocabulary extras, provenance, score.
 *
 * Label rule: the vocabulary's label when there is one; otherwise the surface with the most weight as a
 * *main* surface (each candidate adds its score; an alias mention adds half), so the form the author
 * writes and links most wins whatever its language — 虚拟化 in a Chinese vault, hypervisor where the prose
 * says hypervisor. Abbreviations only win when nothing else names the concept. Ties: shorter, then code order.
 *
 * Loops over a group's candidates are indexed: see resolveConcepts (cold code, no iterator results).
 */
import { aliasOf } from '../extract/candidate.js';
import { detectLang, isAbbreviation, normaliseKey } from '../extract/normalise.js';
import { isHeadlineSpelling } from '../extract/structural.js';
import type { AliasForm, Candidate, Concept, Definition, Provenance, Signal } from '../types.js';

/** Provenance order: strongest signal first. */
export const SIGNAL_ORDER: Record<Signal, number> = {
  vocabulary: 0,
  wikilink: 1,
  tag: 2,
  keyword: 3,
  alias: 4,
  title: 5,
  parenthetical: 6,
  definition: 7,
  heading: 8,
  statistical: 9,
};

/** `aliasOnly`: keys folded into their head (宿主机内核 into 内核) that never label the concept. */
export function buildConcept(group: Candidate[], keys: string[], aliasOnly: ReadonlySet<string> = new Set()): Omit<Concept, 'id' | 'url'> {
  const vocabulary = group.find((c) => c.signal === 'vocabulary');
  const weights = weigh(group);
  for (const key of keys) if (!weights.has(key)) weights.set(key, { weight: 0, forms: new Map(), proseForms: new Set(), midSentence: undefined });
  // Each key's display form and its facts once, not once per comparison of the sort below.
  const ranked = [...weights].map(([key, { weight, forms, proseForms, midSentence }]) => {
    const shown = display(forms, key, proseForms, midSentence);
    return { key, weight, shown, aliasOnly: Number(aliasOnly.has(key)), abbreviation: Number(isAbbreviation(shown)), length: Array.from(key).length };
  });
  ranked.sort((a, b) => a.aliasOnly - b.aliasOnly || a.abbreviation - b.abbreviation || b.weight - a.weight || a.length - b.length || cmp(a.key, b.key));
  const labelKey = vocabulary ? normaliseKey(vocabulary.surface) : ranked[0].key;
  const label = vocabulary ? vocabulary.surface : ranked[0].shown;
  const texts = ranked.filter(({ key }) => key !== labelKey).map(({ shown }) => shown);
  // One key may be spelled with a hyphen and with a space (property-based / property based): the mention scanner
  // matches spellings, not keys, so each other spelling of a key is an alias too.
  for (const { key, shown } of ranked) {
    const forms = weights.get(key)!.forms;
    if (forms.size < 2) continue;
    const spelled = new Set([separators(key === labelKey ? label : shown)]);
    for (const form of [...forms.keys()].sort(cmp)) {
      const sig = separators(form);
      if (spelled.has(sig)) continue;
      spelled.add(sig);
      texts.push(form);
    }
  }
  const aliases: AliasForm[] = [...new Set(texts)]
    .sort(cmp)
    .map((text) => aliasOf(text, detectLang(text), isAbbreviation(text)));

  return {
    label,
    aliases,
    ...definitionOf(group),
    ...(vocabulary?.type ? { type: vocabulary.type } : {}),
    ...namedLinks(group),
    provenance: provenanceOf(group),
    score: round(1 - group.reduce((miss, c) => miss * (1 - Math.min(1, c.score)), 1)),
  };
}

interface KeyWeight {
  weight: number;
  /** Each spelling (trimmed) of the key, and how often it was written. */
  forms: Map<string, number>;
  /** The spellings some evidence outside titles and heading lines writes (see display). */
  proseForms: Set<string>;
  /** How the counted occurrences in prose spell the key (Candidate.proseSpelling), if they show it. */
  midSentence: string | undefined;
}

/** Each key's weight: a candidate adds its score to its surface's key and half of it to each alias's. */
function weigh(group: Candidate[]): Map<string, KeyWeight> {
  const byKey = new Map<string, KeyWeight>();
  // A group repeats a few surfaces across hundreds of candidates: each text finds its key's record once. Weights
  // are still added candidate by candidate, in order, so the sums are exactly those of a plain loop.
  const byText = new Map<string, { record: KeyWeight; form: string; count: number; prose: boolean } | null>();
  const note = (text: string, w: number, prose: boolean) => {
    let seen = byText.get(text);
    if (seen === undefined) {
      const key = normaliseKey(text);
      const record = key ? (byKey.get(key) ?? byKey.set(key, { weight: 0, forms: new Map(), proseForms: new Set(), midSentence: undefined }).get(key)!) : undefined;
      seen = record ? { record, form: text.trim(), count: 0, prose: false } : null;
      byText.set(text, seen);
    }
    if (!seen) return;
    seen.record.weight += w;
    seen.count++;
    seen.prose ||= prose;
  };
  const headlines = headlinePlaces(group);
  for (let i = 0; i < group.length; i++) {
    const c = group[i];
    // Most groups have no title or heading evidence: no place string is made for their candidates.
    const prose = !isHeadlineSpelling(c) && (headlines.size === 0 || !headlines.has(placeOf(c)));
    note(c.surface, c.signal === 'vocabulary' ? 1000 : c.score, prose);
    const seen = c.proseSpelling === undefined ? undefined : byText.get(c.surface);
    if (seen) seen.record.midSentence = c.proseSpelling!.trim();
    for (let k = 0; k < c.aliases.length; k++) note(c.aliases[k].text, c.signal === 'vocabulary' ? 0.001 : c.score / 2, prose);
  }
  for (const seen of byText.values()) {
    if (!seen) continue;
    seen.record.forms.set(seen.form, (seen.record.forms.get(seen.form) ?? 0) + seen.count);
    if (seen.prose) seen.record.proseForms.add(seen.form);
  }
  return byKey;
}

/**
 * The places of the group's title and heading evidence: a count located there (`Storage Engines (3× in 1 note)` on
 * the `## Storage Engines` line) takes its spelling from the heading line too.
 */
function headlinePlaces(group: Candidate[]): Set<string> {
  const places = new Set<string>();
  for (let i = 0; i < group.length; i++) if (isHeadlineSpelling(group[i])) places.add(placeOf(group[i]));
  return places;
}

function placeOf(c: Candidate): string {
  return `${c.provenance.file}:${c.provenance.line}`;
}

/** The spaces and hyphens of a spelling, in order: what tells `property-based` from `property based`. */
function separators(text: string): string {
  return text.replace(/[^\s-]+/gu, '').replace(/\s+/gu, ' ');
}

/**
 * The most frequent spelling of a key (ties: code order); the key itself when no surface spelled it. A spelling
 * capitalised only where titles and headings capitalise any word (`Consistent Hashing`, `Weak references`) and
 * written nowhere else gives way to the spelling the prose uses (`consistent hashing`) with the same spaces and
 * hyphens; a name spelled with capitals inside a word (PostgreSQL, gRPC) is kept as written. Last, the case the
 * counted prose writes mid-sentence (`midSentence`) is given to the chosen spelling: see caseOf.
 */
function display(forms: Map<string, number>, key: string, proseForms: ReadonlySet<string> = new Set(), midSentence?: string): string {
  const shown = proseSpelling(forms, key, proseForms);
  // Where a sentence places a word says nothing of its case, the middle of one does: its case (ray tracing, Git)
  // replaces that of a spelling capitalised by its place or written in lower case; capitals inside a word stay (gRPC).
  if (midSentence !== undefined && (isConventionCapitalised(shown) || !/\p{Lu}/u.test(shown))) return caseOf(midSentence, shown);
  return shown;
}

function proseSpelling(forms: Map<string, number>, key: string, proseForms: ReadonlySet<string>): string {
  const best = mostFrequent(forms, key, () => true);
  if (proseForms.size === 0 || proseForms.has(best) || !isConventionCapitalised(best)) return best;
  // Spelled with the same spaces and hyphens: a slug in the prose (`see memory-hierarchy`) is no spelling of the name.
  return mostFrequent(forms, best, (form) => proseForms.has(form) && separators(form) === separators(best));
}

function mostFrequent(forms: Map<string, number>, fallback: string, admit: (form: string) => boolean): string {
  let best = fallback;
  let count = -1;
  for (const [form, n] of forms) {
    if (!admit(form)) continue;
    if (n > count || (n === count && form < best)) {
      best = form;
      count = n;
    }
  }
  return best;
}

/**
 * `text` with the first-letter case of `model`'s words, word for word (Tokens after tokens, git after Git); a word
 * with capitals further in keeps its own, and a text whose words do not pair with the model's is left as it is.
 */
function caseOf(model: string, text: string): string {
  if (separators(model) !== separators(text)) return text;
  const words = text.split(/([\s-]+)/u);
  const models = model.split(/([\s-]+)/u);
  return words
    .map((word, i) => {
      const like = models[i];
      if (i % 2 === 1 || /.\p{Lu}/u.test(word) || !like) return word;
      if (like.toLowerCase() === word.toLowerCase()) return like;
      const first = /\p{Lu}/u.test(like[0]) ? word[0].toUpperCase() : word[0].toLowerCase();
      return first + word.slice(1);
    })
    .join('');
}

/** Some word opens with a capital and no word has one further in (`Consistent Hashing`, `Kubernetes`, not `gRPC`). */
function isConventionCapitalised(text: string): boolean {
  return /\p{Lu}/u.test(text) && text.split(/[\s-]+/u).every((word) => !/.\p{Lu}/u.test(word));
}

/** The vocabulary's broader and related names, each list distinct and sorted. */
function namedLinks(group: Candidate[]): { broader: string[]; related: string[] } {
  const broader = new Set<string>();
  const related = new Set<string>();
  for (let i = 0; i < group.length; i++) {
    const c = group[i];
    if (c.broader) for (const name of c.broader) broader.add(name);
    if (c.related) for (const name of c.related) related.add(name);
  }
  return { broader: [...broader].sort(cmp), related: [...related].sort(cmp) };
}

/** The vocabulary's definition, else the strongest definition sentence, earliest in the vault. */
function definitionOf(group: Candidate[]): { definition?: Definition } {
  // The first best by a scan: what a stable sort would put first, without sorting.
  let best: Candidate | undefined;
  for (let i = 0; i < group.length; i++) {
    const c = group[i];
    if (c.definition && (!best || betterDefinition(c, best))) best = c;
  }
  if (!best) return {};
  return { definition: { text: best.definition!, ...(best.provenance.note ? { note: best.provenance.note } : {}), file: best.provenance.file, line: best.provenance.line } };
}

function betterDefinition(a: Candidate, b: Candidate): boolean {
  const order =
    Number(b.signal === 'vocabulary') - Number(a.signal === 'vocabulary') ||
    b.score - a.score ||
    cmp(a.provenance.file, b.provenance.file) ||
    a.provenance.line - b.provenance.line;
  return order < 0;
}

/**
 * Distinct provenance, ordered by signal, then file, line, column, excerpt. Candidates are bucketed by signal
 * first: each bucket then arrives (nearly) in file order from extraction, which the stable sort of V8 (TimSort)
 * orders in about one comparison per entry. The order compares every field of the identity, so duplicates end
 * up side by side, the first seen first: keeping only entries unlike the previous one dedupes.
 */
function provenanceOf(group: Candidate[]): Provenance[] {
  const buckets: Provenance[][] = [];
  for (let i = 0; i < group.length; i++) {
    const c = group[i];
    const rank = (SIGNAL_ORDER[c.provenance.signal] ?? -1) + 1; // a signal not listed first, as indexOf's -1 did
    (buckets[rank] ??= []).push(c.provenance);
  }
  const out: Provenance[] = [];
  for (const bucket of buckets) {
    if (!bucket) continue;
    bucket.sort((a, b) => cmp(a.file, b.file) || a.line - b.line || a.column - b.column || cmp(a.excerpt, b.excerpt));
    for (let i = 0; i < bucket.length; i++) {
      const p = bucket[i];
      const last = out[out.length - 1];
      if (last && last.signal === p.signal && last.file === p.file && last.line === p.line && last.column === p.column && last.excerpt === p.excerpt) continue;
      out.push(p);
    }
  }
  return out;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
