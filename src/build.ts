/**
 * The orchestrator: calls each stage once, in order, and nothing else.
 * load → parse → extract → resolve → link → relations → layout → graph
 */
import path from 'node:path';
import { extractCandidates } from './extract/index.js';
import { loadVocabulary } from './extract/vocabulary.js';
import { findMentions } from './link/find-mentions.js';
import { buildRelations } from './link/relations.js';
import { layoutGraph } from './layout/layout-graph.js';
import { loadNotes } from './load/load-notes.js';
import type { Options } from './options.js';
import { duplicateTitleDiagnostics } from './parse/duplicates.js';
import { parseNote } from './parse/parse-note.js';
import { noteCounts, toGraph } from './emit/to-graph.js';
import { resolveConcepts } from './resolve/index.js';
import type { BuildResult, Diagnostic } from './types.js';
import { unresolvedWikiLinkDiagnostics, wikiLinkResolver } from './wikilink-targets.js';

export interface StageTimer {
  (stage: string, ms: number): void;
}

export async function buildGraph(options: Options, onStage: StageTimer = () => {}): Promise<BuildResult> {
  const timed = async <T>(stage: string, fn: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    const value = await fn();
    onStage(stage, performance.now() - start);
    return value;
  };
  const displayRoot = path.relative(process.cwd(), path.resolve(options.notesDir)) || '.';
  const displayPath = (note: { path: string }) => path.posix.join(displayRoot.split(path.sep).join('/'), note.path);
  const loaded = await timed('load', () => loadNotes(options.notesDir, displayRoot));
  const notes = await timed('parse', () =>
    loaded.sources.map((source) =>
      parseNote(source, { displayPath: displayPath(source), fileExists: (rel) => loaded.files.has(rel) }),
    ),
  );
  const vocabulary = await timed('vocabulary', () => loadVocabulary(options.graphDir));
  const candidates = await timed('extract', () => extractCandidates(notes, vocabulary.entries));
  const concepts = await timed('resolve', () => resolveConcepts(candidates, notes));
  const { hits, mentions } = await timed('link', () => findMentions(notes, concepts));
  const relations = await timed('relations', () =>
    buildRelations(notes, concepts, hits, { maxCooccurrencePerConcept: options.maxCooccurrencePerConcept }),
  );
  const positions = await timed('layout', () =>
    layoutGraph({ concepts, relations, importance: noteCounts(mentions), seed: options.layoutSeed }),
  );
  const diagnostics: Diagnostic[] = [
    ...loaded.diagnostics,
    ...vocabulary.diagnostics,
    ...notes.flatMap((n) => n.diagnostics),
    ...duplicateTitleDiagnostics(notes, displayPath),
    ...unresolvedWikiLinkDiagnostics(notes, wikiLinkResolver(notes, concepts), displayPath),
  ];
  // The site renders every note with its hits as objects; linking keeps them flat (NoteHits) until here.
  const hitObjects = new Map([...hits].map(([id, noteHits]) => [id, noteHits.toArray()] as const));
  return { graph: toGraph(notes, concepts, mentions, relations), notes, hits: hitObjects, positions, diagnostics };
}
