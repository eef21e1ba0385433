/**
 * Removes pages an earlier build wrote and this one did not (a note renamed, a concept merged away): Eleventy
 * only ever adds files to its output folder, so a stale concept page would stay on the deployed site, in its
 * search index and in the next `git diff` of the output. Only our own page routes are pruned: folders that this
 * build wrote pages into (concepts/, notes/, …), and only `.html` files in them. Anything else in the output
 * folder (a CNAME, .nojekyll, files a user keeps there) is left alone.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** `written`: the absolute paths of every page this build wrote. Returns the files removed, sorted. */
export async function pruneStalePages(outDir: string, written: Iterable<string>): Promise<string[]> {
  const root = path.resolve(outDir);
  const keep = new Set<string>();
  const routes = new Set<string>();
  for (const file of written) {
    const absolute = path.resolve(file);
    keep.add(absolute);
    const rel = path.relative(root, absolute);
    const top = rel.split(path.sep)[0];
    // A page at the top (index.html) names no route folder; a path outside the output is not ours to judge.
    if (rel.startsWith('..') || path.isAbsolute(rel) || top === rel) continue;
    routes.add(top);
  }
  const removed: string[] = [];
  for (const route of [...routes].sort()) await pruneFolder(path.join(root, route), keep, removed);
  return removed.map((file) => path.relative(root, file).split(path.sep).join('/')).sort();
}

/** Deletes stale .html files under `dir`, then the folders that left empty. True when `dir` is now empty. */
async function pruneFolder(dir: string, keep: Set<string>, removed: string[]): Promise<boolean> {
  const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
  let left = entries.length;
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (await pruneFolder(full, keep, removed)) {
        await fs.rmdir(full);
        left--;
      }
    } else if (entry.isFile() && entry.name.endsWith('.html') && !keep.has(full)) {
      await fs.unlink(full);
      removed.push(full);
      left--;
    }
  }
  return left === 0;
}
