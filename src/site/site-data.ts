/**
 * The data every template reads, computed once per build from the BuildResult: rendered note bodies,
 * concept pages (aliases by language, definition, mentions in context, relations by type, provenance).
 * Templates only loop and print; every URL here already carries the base path.
 */
import path from 'node:path';
import type { Options } from '../options.js';
import { noteCounts } from '../emit/to-graph.js';
import type { BuildResult, Concept, ConceptId, MentionHit, Note, NoteId, Relation } from '../types.js';
import { wikiLinkResolver } from '../wikilink-targets.js';
import { renderNote } from './render-note.js';
import { snippetOf, type Snippet } from './snippet.js';
import { relationGroups, type RelationGroup } from './relation-groups.js';

export interface SiteNote {
  id: NoteId;
  permalink: string;
  url: string;
  title: string;
  path: string;
  tags: string[];
  author?: string;
  date?: string;
  html: string;
  concepts: Array<{ id: ConceptId; label: string; url: string; count: number }>;
  /** Concept ids the note's local map centres on. */
  focus: ConceptId[];
}

export interface SiteConcept {
  id: ConceptId;
  permalink: string;
  url: string;
  label: string;
  type?: string;
  aliasGroups: Array<{ lang: string; name: string; aliases: string[] }>;
  definition?: { text: string; source: string; url?: string; line: number };
  notes: Array<{ title: string; url: string; count: number; snippets: Snippet[] }>;
  related: RelationGroup[];
  provenance: Array<{ signal: string; file: string; line: number; excerpt: string; url?: string }>;
}

export interface SiteData {
  base: string;
  title: string;
  /** Page language: zh when most notes are written in Chinese. */
  lang: string;
  notes: SiteNote[];
  concepts: SiteConcept[];
  topConcepts: Array<{ label: string; url: string; notes: number; degree: number }>;
  stats: { notes: number; concepts: number; relations: number; mentions: number };
  elementsUrl: string;
  graphUrl: string;
  assetsUrl: string;
}

const LANG_NAMES: Record<string, string> = { zh: '中文', en: 'English', other: 'Other' };
const SIGNAL_NAMES: Record<string, string> = {
  vocabulary: 'Vocabulary file',
  wikilink: 'Wikilink',
  tag: 'Frontmatter tag',
  keyword: 'Frontmatter keyword',
  alias: 'Frontmatter alias',
  title: 'Note title',
  parenthetical: 'Bilingual parenthetical',
  definition: 'Definition sentence',
  heading: 'Heading',
  statistical: 'Frequent term in prose',
};
const MAX_SNIPPETS_PER_NOTE = 3;
const LOCAL_MAP_FOCUS = 12;

export function buildSiteData(result: BuildResult, options: Options, siteTitle = 'notegraph'): SiteData {
  const base = options.base;
  const withBase = (url: string) => base + url.slice(1);
  const concepts = new Map(result.graph.concepts.map((c) => [c.id, c]));
  const notesById = new Map(result.notes.map((n) => [n.id, n]));
  const resolveWikiLink = wikiLinkResolver(result.notes, result.graph.concepts);

  const siteNotes: SiteNote[] = result.notes.map((note) => {
    const hits = result.hits.get(note.id) ?? [];
    const counts = countBy(hits.map((h) => h.concept));
    const noteConcepts = [...counts]
      .map(([id, count]) => ({ id, count, concept: concepts.get(id) }))
      .filter((entry): entry is { id: ConceptId; count: number; concept: Concept } => Boolean(entry.concept))
      .sort((a, b) => b.count - a.count || compare(a.concept.label, b.concept.label))
      .map(({ id, count, concept }) => ({ id, label: concept.label, url: withBase(concept.url), count }));
    return {
      id: note.id,
      permalink: `notes/${note.id}/index.html`,
      url: withBase(`/notes/${note.id}/`),
      title: note.title,
      path: note.path,
      tags: note.frontmatter.tags,
      author: note.frontmatter.author,
      date: note.frontmatter.date,
      html: renderNote(note, hits, {
        base,
        concepts,
        linkMentions: options.linkMentions,
        trustHtml: options.trustHtml,
        resolveWikiLink,
        imageUrl: (n, url) => `/files/${localFilePath(n, url)}`,
      }),
      concepts: noteConcepts,
      focus: noteConcepts.slice(0, LOCAL_MAP_FOCUS).map((c) => c.id),
    };
  });

  const hitsByConcept = new Map<ConceptId, Array<{ note: Note; hit: MentionHit }>>();
  for (const note of result.notes) {
    for (const hit of result.hits.get(note.id) ?? []) {
      const list = hitsByConcept.get(hit.concept) ?? [];
      list.push({ note, hit });
      hitsByConcept.set(hit.concept, list);
    }
  }
  const relationsByConcept = new Map<ConceptId, Relation[]>();
  for (const relation of result.graph.relations) {
    for (const end of [relation.source, relation.target]) relationsByConcept.set(end, [...(relationsByConcept.get(end) ?? []), relation]);
  }

  const siteConcepts: SiteConcept[] = result.graph.concepts.map((concept) => {
    const byNote = new Map<NoteId, { note: Note; hits: MentionHit[] }>();
    for (const { note, hit } of hitsByConcept.get(concept.id) ?? []) {
      const entry = byNote.get(note.id) ?? { note, hits: [] };
      entry.hits.push(hit);
      byNote.set(note.id, entry);
    }
    const definitionNote = concept.definition?.note ? notesById.get(concept.definition.note) : undefined;
    return {
      id: concept.id,
      permalink: `concepts/${concept.id}/index.html`,
      url: withBase(concept.url),
      label: concept.label,
      type: concept.type,
      aliasGroups: aliasGroups(concept),
      definition: concept.definition && {
        text: concept.definition.text,
        source: definitionNote?.title ?? concept.definition.file,
        url: definitionNote ? withBase(`/notes/${definitionNote.id}/`) : undefined,
        line: concept.definition.line,
      },
      notes: [...byNote.values()]
        .sort((a, b) => b.hits.length - a.hits.length || compare(a.note.title, b.note.title))
        .map(({ note, hits }) => ({
          title: note.title,
          url: withBase(`/notes/${note.id}/`),
          count: hits.length,
          // Sentences in prose say more than a heading that merely names the concept: they come first.
          snippets: distinctSnippets(proseFirst(note, hits).map((hit) => snippetOf(note, hit, withBase(`/notes/${note.id}/`)))).slice(0, MAX_SNIPPETS_PER_NOTE),
        })),
      related: relationGroups(concept.id, relationsByConcept.get(concept.id) ?? [], concepts, withBase),
      provenance: concept.provenance.map((p) => ({
        signal: SIGNAL_NAMES[p.signal] ?? p.signal,
        file: p.file,
        line: p.line,
        excerpt: p.excerpt,
        url: p.note ? withBase(`/notes/${p.note}/`) : undefined,
      })),
    };
  });

  const counts = noteCounts(result.graph.mentions);
  const degree = countBy(result.graph.relations.flatMap((r) => [r.source, r.target]));
  const topConcepts = result.graph.concepts
    .map((c) => ({ label: c.label, url: withBase(c.url), notes: counts.get(c.id) ?? 0, degree: degree.get(c.id) ?? 0 }))
    .sort((a, b) => b.notes + b.degree - (a.notes + a.degree) || compare(a.label, b.label))
    .slice(0, 24);

  return {
    base,
    title: siteTitle,
    lang: siteLanguage(result.notes),
    notes: siteNotes,
    concepts: siteConcepts,
    topConcepts,
    stats: {
      notes: result.notes.length,
      concepts: result.graph.concepts.length,
      relations: result.graph.relations.length,
      mentions: result.graph.mentions.reduce((sum, m) => sum + m.count, 0),
    },
    elementsUrl: withBase('/graph/elements.json'),
    graphUrl: withBase('/graph.json'),
    assetsUrl: withBase('/assets/'),
  };
}

function proseFirst(note: Note, hits: MentionHit[]): MentionHit[] {
  const isHeading = (hit: MentionHit) => note.blocks[hit.block]?.kind === 'heading';
  return [...hits.filter((h) => !isHeading(h)), ...hits.filter(isHeading)];
}

/** Two aliases in one sentence (容器（container）) would show the same sentence twice. */
function distinctSnippets(snippets: Snippet[]): Snippet[] {
  const seen = new Set<string>();
  return snippets.filter((s) => {
    const key = `${s.url}|${s.before}${s.match}${s.after}`.replace(/\s+/g, '');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A spelling without its case, spaces and hyphens: PID 命名空间 and PID命名空间, TF-IDF and TF IDF spell one name. */
const spelling = (text: string) => text.toLowerCase().replace(/[\s-]+/gu, '');

/**
 * The aliases a reader sees, by language. Another spacing or hyphenation of a name shown already is left out: the
 * concept keeps it (the mention scanner matches spellings), the page need not repeat it.
 */
function aliasGroups(concept: Concept): SiteConcept['aliasGroups'] {
  const groups = new Map<string, string[]>();
  const shown = new Set([spelling(concept.label)]);
  for (const alias of concept.aliases) {
    if (shown.has(spelling(alias.text))) continue;
    shown.add(spelling(alias.text));
    groups.set(alias.lang, [...(groups.get(alias.lang) ?? []), alias.text]);
  }
  return ['zh', 'en', 'other']
    .filter((lang) => groups.has(lang))
    .map((lang) => ({ lang, name: LANG_NAMES[lang], aliases: groups.get(lang)! }));
}


export function localFilePath(note: Note, url: string): string {
  let target = url.split(/[?#]/)[0];
  try {
    target = decodeURI(target);
  } catch {
    // keep as written
  }
  return target.startsWith('/') ? path.posix.normalize(target.slice(1)) : path.posix.normalize(path.posix.join(path.posix.dirname(note.path), target));
}

function siteLanguage(notes: Note[]): string {
  const han = notes.filter((note) => (note.text.match(/\p{Script=Han}/gu)?.length ?? 0) * 4 > note.text.length / 4).length;
  return han * 2 >= notes.length && notes.length > 0 ? 'zh' : 'en';
}

function countBy<T>(items: T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  return counts;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
