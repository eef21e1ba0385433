/**
 * Product-prefixed compounds. Rule: `P + H` where P is a Latin-script name that is itself a concept
 * (Docker) and H is the Chinese rest that is also an accepted concept (镜像) is folded into H as an alias —
 * in a vault that speaks of Docker, "Docker镜像" and "镜像" name the same thing, and one page is better than
 * two. The compound keeps a page of its own when it has strong evidence of its own (vocabulary, wikilink,
 * tag, keyword, frontmatter alias, parenthetical, a definition sentence or label line of its own, a list that names it
 * as a kind) or when H is not a concept
 * (Docker客户端 stays, since 客户端 alone is not one). Headings and statistics are not "own" evidence: a
 * section "Docker镜像" is where 镜像 is discussed. Nor does it fold when other concepts narrow the same head
 * (Hadamard gate beside Toffoli gate, cycle collector beside tracing collector): the head then names a class and
 * the compound is one of its kinds, a concept of its own (resolve/index.ts, hasNarrowerSibling).
 */
import type { Candidate } from '../types.js';
import { normaliseKey } from '../extract/normalise.js';

const PREFIXED = /^([A-Za-z][A-Za-z0-9.+#-]*(?:\s+[A-Za-z][A-Za-z0-9.+#-]*)*)\s*(\p{Script=Han}.*)$/u;
const OWN_EVIDENCE = new Set(['vocabulary', 'wikilink', 'tag', 'keyword', 'alias', 'parenthetical']);

export function splitPrefixed(key: string): { prefix: string; head: string } | undefined {
  const m = PREFIXED.exec(key);
  if (!m || Array.from(m[2]).length < 2) return undefined;
  return { prefix: normaliseKey(m[1]), head: normaliseKey(m[2]) };
}

/** A compound keeps its own page when any of its candidates is evidence of its own. */
export function isOwnEvidence(c: Candidate): boolean {
  // A definition of the compound itself, even a label line (`PID 命名空间：隔离进程号`), is the author saying
  // something about the narrower term: it keeps its own page.
  // A member of a list or family the author wrote (`A B-tree index …`, `A hash index …`; `Serializable isolation
  // promises …. Snapshot isolation …`) is named as a kind of its own, beside its siblings.
  return (
    OWN_EVIDENCE.has(c.signal) ||
    (c.signal === 'definition' && (c.score >= 0.7 || !!c.definition)) ||
    (c.signal === 'statistical' && c.score >= 0.5 && c.provenance.excerpt.startsWith('enumeration:'))
  );
}

/**
 * The same rule for an English name before an English head (`Kubernetes node`, `Docker image`): `P H` where P
 * and H are both concepts folds into H unless it has evidence of its own. Split at the last space only.
 */
export function splitLatinPrefixed(key: string): { prefix: string; head: string } | undefined {
  if (/\p{Script=Han}/u.test(key)) return undefined;
  const m = /^([A-Za-z][A-Za-z0-9.+#-]*(?:\s+[A-Za-z0-9][A-Za-z0-9.+#-]*)*)\s+([A-Za-z][A-Za-z0-9.+#-]*)$/u.exec(key);
  if (!m) return undefined;
  return { prefix: normaliseKey(m[1]), head: normaliseKey(m[2]) };
}
