/**
 * The nouns of notegraph. Data only: every stage of the pipeline
 * (load → parse → extract → resolve → link → layout → emit) takes and returns these.
 */
import type { Root } from 'mdast';

declare const brand: unique symbol;
/** A string that only one module may mint (see src/slug.ts). */
export type Brand<T, B extends string> = T & { readonly [brand]: B };
export type NoteId = Brand<string, 'NoteId'>;
export type ConceptId = Brand<string, 'ConceptId'>;

/** Language of a surface form: Han script → zh, Latin script → en. */
export type Lang = 'zh' | 'en' | 'other';

export type Severity = 'error' | 'warning' | 'info';

/** A problem in the input, always pointing at a place: `file:line:col severity message`. */
export interface Diagnostic {
  /** Path as the user gave it (relative to the notes folder's parent when possible). */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  severity: Severity;
  /** Stable machine-readable code, e.g. `frontmatter-invalid`, `image-missing`. */
  code: string;
  message: string;
}

// ─── load ────────────────────────────────────────────────────────────────────

/** One Markdown file, read and decoded; nothing parsed yet. */
export interface NoteSource {
  id: NoteId;
  /** POSIX path relative to the notes folder, e.g. `docker/镜像.md`. */
  path: string;
  /** Absolute path on disk. */
  absPath: string;
  /** Decoded text: BOM removed, CRLF/CR normalised to LF. Offsets everywhere refer to this string. */
  text: string;
  /** sha256 of the raw bytes, hex; the key of any cache. */
  hash: string;
}

// ─── parse ───────────────────────────────────────────────────────────────────

export interface Frontmatter {
  title?: string;
  author?: string;
  date?: string;
  tags: string[];
  keywords: string[];
  aliases: string[];
  /** 1-based line of each known key inside the file, for provenance. */
  lines: Partial<Record<'title' | 'tags' | 'keywords' | 'aliases', number>>;
  /** Everything else, as parsed. */
  data: Record<string, unknown>;
}

/** A section opened by a `#` heading or by a numbered outline line such as `1.2.1 全虚拟化架构`. */
export interface Section {
  /** Index in Note.sections. */
  index: number;
  title: string;
  depth: number;
  kind: 'heading' | 'outline';
  /** Outline number (`1.2.1`) when the line had one. */
  number?: string;
  /** Index of the enclosing section, if any. */
  parent?: number;
  line: number;
  /** Stable in-page anchor. */
  anchor: string;
}

/** A contiguous piece of linkable prose inside a block (never code, URL, link text or HTML). */
export interface TextRun {
  /** Index into Block.text where this run starts. */
  at: number;
  length: number;
  /** Source offset (into NoteSource.text) of the run's first character. */
  offset: number;
  line: number;
  column: number;
}

/** A unit of prose: paragraph, heading, list item text, table cell, … */
export interface Block {
  kind: 'heading' | 'paragraph' | 'table-cell' | 'other';
  /** Index of the section the block is in, or -1 before the first section. */
  section: number;
  line: number;
  /** Plain text of the block (link text and inline code included, markup removed). */
  text: string;
  /** The parts of `text` where concepts may be linked. */
  runs: TextRun[];
}

export interface WikiLink {
  target: string;
  label?: string;
  line: number;
  column: number;
}

export interface ImageRef {
  url: string;
  alt: string;
  line: number;
  column: number;
  /** False when the URL is local and no such file exists in the notes folder. */
  exists: boolean;
}

export interface Table {
  line: number;
  header: string[];
  rows: string[][];
}

export interface Note {
  id: NoteId;
  path: string;
  title: string;
  /** Where the title came from. */
  titleSource: 'frontmatter' | 'heading' | 'filename';
  frontmatter: Frontmatter;
  sections: Section[];
  blocks: Block[];
  wikilinks: WikiLink[];
  images: ImageRef[];
  tables: Table[];
  /** The mdast tree. Text nodes that are linkable carry `data.run = [blockIndex, runIndex]`. */
  tree: Root;
  /** Source text (same as NoteSource.text). */
  text: string;
  diagnostics: Diagnostic[];
}

// ─── extract ─────────────────────────────────────────────────────────────────

/** Signals, strongest first. */
export type Signal =
  | 'vocabulary'
  | 'wikilink'
  | 'tag'
  | 'keyword'
  | 'alias'
  | 'title'
  | 'parenthetical'
  | 'definition'
  | 'heading'
  | 'statistical';

/** Why something exists: which signal saw it, where. */
export interface Provenance {
  signal: Signal;
  /** Absent for the vocabulary file. */
  note?: NoteId;
  /** File the evidence is in (note path, or `graph/concepts.yaml`). */
  file: string;
  line: number;
  column: number;
  /** The text that was seen, e.g. `命名空间（namespace）`. */
  excerpt: string;
}

export interface AliasForm {
  text: string;
  lang: Lang;
  /** True for abbreviations such as VMM. */
  abbreviation?: boolean;
}

/** A surface form that some signal proposes as a concept, before merging. */
export interface Candidate {
  /** The main surface form. */
  surface: string;
  lang: Lang;
  signal: Signal;
  /** Other surfaces bound to this one by the same evidence (translation, abbreviation, also-known-as). */
  aliases: AliasForm[];
  /** Definition sentence, when the evidence is one. */
  definition?: string;
  /** Vocabulary extras. */
  type?: string;
  broader?: string[];
  related?: string[];
  /** Signal strength in [0, 1]; statistical candidates carry their normalised score. */
  score: number;
  provenance: Provenance;
  /** How the prose spells the term where its case is the writer's choice, not the place's (statistical counts). */
  proseSpelling?: string;
}

// ─── resolve ─────────────────────────────────────────────────────────────────

export interface Definition {
  text: string;
  note?: NoteId;
  file: string;
  line: number;
}

export interface Concept {
  id: ConceptId;
  label: string;
  aliases: AliasForm[];
  definition?: Definition;
  type?: string;
  /** Labels/ids named as broader/related by the vocabulary; turned into relations by link. */
  broader: string[];
  related: string[];
  /** Site-relative URL without the base path, e.g. `/concepts/容器/`. */
  url: string;
  provenance: Provenance[];
  score: number;
}

// ─── link ────────────────────────────────────────────────────────────────────

export interface Position {
  line: number;
  column: number;
  offset: number;
}

/** One occurrence of a concept alias inside a note. */
export interface MentionHit {
  concept: ConceptId;
  block: number;
  run: number;
  /** Index inside the run. */
  index: number;
  length: number;
  /** The alias text as it appears. */
  surface: string;
  position: Position;
}

export interface Mention {
  note: NoteId;
  concept: ConceptId;
  count: number;
  positions: Position[];
}

export type RelationType = 'co-occurs' | 'broader' | 'instance' | 'compared' | 'related';

export interface Evidence {
  note: NoteId;
  line: number;
  text: string;
}

/**
 * A typed edge. `broader`: source is narrower than target (硬件虚拟化 → 虚拟化).
 * `instance`: source is an instance/example of target (KVM → hypervisor).
 */
export interface Relation {
  source: ConceptId;
  target: ConceptId;
  type: RelationType;
  weight: number;
  evidence: Evidence[];
}

// ─── layout / emit ───────────────────────────────────────────────────────────

export interface Point {
  x: number;
  y: number;
}

export interface GraphNote {
  id: NoteId;
  title: string;
  path: string;
  url: string;
  tags: string[];
}

/** graph/graph.json — see docs/graph-schema.md. */
export interface Graph {
  $schema: string;
  version: 1;
  notes: GraphNote[];
  concepts: Concept[];
  mentions: Mention[];
  relations: Relation[];
}

/** Everything one build produced, handed to the site and to the CLI summary. */
export interface BuildResult {
  graph: Graph;
  notes: Note[];
  hits: Map<NoteId, MentionHit[]>;
  positions: Map<ConceptId, Point>;
  diagnostics: Diagnostic[];
}
