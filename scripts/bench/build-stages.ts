/**
 * The stages of one build's compiled dist/ (this checkout or another, e.g. a worktree at an older commit), for the
 * scripts that compare two builds (ab.ts, cold-ab.ts): each build parses the corpus with its own parser, trees kept
 * as in a real build (extraction reads them for marked terms), and `run()` times one extraction + linking.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { NoteSource } from '../../src/types.js';

/** The stage a run stops after (`pipe-count.ts --stage`, to count each stage by differences); default all. */
export type LastStage = 'extract' | 'resolve' | 'mentions' | 'all';

export async function loadBuild(dir: string, sources: readonly NoteSource[], last: LastStage = 'all'): Promise<{ run: () => number }> {
  const load = (file: string) => import(path.join(dir, 'dist', file));
  // The V8 settings that checkout's builds run with, when it has any (src/cli/v8-flags.ts), before its code runs.
  if (existsSync(path.join(dir, 'dist', 'cli', 'v8-flags.js'))) await load('cli/v8-flags.js');
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
      const candidates = extractCandidates(notes, []);
      if (last === 'extract') return performance.now() - start;
      const concepts = resolveConcepts(candidates, notes);
      if (last === 'resolve') return performance.now() - start;
      const automaton = buildAutomaton(concepts);
      const { hits } = findMentions(notes, concepts, automaton);
      if (last === 'mentions') return performance.now() - start;
      buildRelations(notes, concepts, hits, { automaton });
      return performance.now() - start;
    },
  };
}
