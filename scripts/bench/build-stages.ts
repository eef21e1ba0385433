/**
 * The stages of one build's compiled dist/ (this checkout or another, e.g. a worktree at an older commit), for the
 * scripts that compare two builds (ab.ts, cold-ab.ts): each build parses the corpus with its own parser, trees kept
 * as in a real build (extraction reads them for marked terms), and `run()` times one extraction + linking.
 */
import path from 'node:path';
import type { NoteSource } from '../../src/types.js';

export async function loadBuild(dir: string, sources: readonly NoteSource[]): Promise<{ run: () => number }> {
  const load = (file: string) => import(path.join(dir, 'dist', file));
  const { parseNote } = await load('parse/parse-note.js');
  const { extractCandidates } = await load('extract/index.js');
  const { resolveConcepts } = await load('resolve/index.js');
  const { buildAutomaton } = await load('link/automaton.js');
  const { findMentions } = await load('link/find-mentions.js');
  const { buildRelations } = await load('link/relations.js');
  const { baseSegmenter } = await load('extract/segmenter.js');
  baseSegmenter().tag('虚拟化技术');
  const notes = sources.map((source) => parseNote(source));
  return {
    run() {
      const start = performance.now();
      const concepts = resolveConcepts(extractCandidates(notes, []), notes);
      const automaton = buildAutomaton(concepts);
      buildRelations(notes, concepts, findMentions(notes, concepts, automaton).hits, { automaton });
      return performance.now() - start;
    },
  };
}
