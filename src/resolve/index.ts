/**
 * resolve: Candidate[] → Concept[]. Candidates whose surfaces share a normalised key (NFKC, case, width,
 * plural) or that are bound by evidence (a parenthetical pair, an abbreviation and its expansion, an
 * also-known-as, a vocabulary entry) become one concept. A concept is kept when its evidence adds up
 * (noisy-OR of candidate scores ≥ ACCEPT), so one weak signal alone (a heading, a bare `X是`, a low count)
 * is not enough while the vocabulary always is. Deterministic: keys, ids and lists are sorted.
 */
import { hasHan, normaliseKey } from '../extract/normalise.js';
import { isOrganisationName, isStopWord } from '../extract/stop-words.js';
import { SlugAllocator, conceptUrl, makeConceptId, safeSlug } from '../slug.js';
import type { Candidate, Concept, Note } from '../types.js';
import { hasOwnEvidence, splitLatinPrefixed, splitPrefixed } from './compounds.js';
import { buildConcept } from './concept.js';
import { UnionFind } from './union-find.js';

/** Minimum combined evidence for a concept. */
export const ACCEPT = 0.5;

export function resolveConcepts(candidates: Candidate[], _notes: Note[] = []): Concept[] {
  // Stop-words and organisation names (and whatever evidence binds to them) never become concepts.
  const usable = candidates.filter(
    (c) => c.signal === 'vocabulary' || (!isStopWord(c.surface) && normaliseKey(c.surface) && !isOrganisationName(c.surface) && !c.aliases.some((a) => isOrganisationName(a.text))),
  );
  const sets = new UnionFind();
  const byKey = new Map<string, Candidate[]>();
  for (const c of usable) {
    const key = normaliseKey(c.surface);
    sets.add(key);
    (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(c);
    for (const alias of c.aliases) {
      const aliasKey = normaliseKey(alias.text);
      if (aliasKey && (c.signal === 'vocabulary' || !isStopWord(alias.text))) sets.union(key, aliasKey);
    }
  }
  let groups = groupsOf(sets, byKey);
  let accepted = new Set([...groups].filter(([, g]) => isAccepted(g)).map(([root]) => root));

  // Product-prefixed compounds fold into their head (see compounds.ts).
  for (const key of [...byKey.keys()].sort()) {
    const split = splitPrefixed(key) ?? splitLatinPrefixed(key);
    if (!split || !byKey.has(split.head) || !accepted.has(sets.find(split.head)) || !accepted.has(sets.find(split.prefix))) continue;
    // `Type 2` is another name of `Type 2 hypervisor`, not a product prefixing hypervisor.
    if (sets.find(split.prefix) === sets.find(key)) continue;
    const own = groups.get(sets.find(key)) ?? [];
    if (sets.find(key) !== sets.find(split.head) && !hasOwnEvidence(own)) sets.union(key, split.head);
  }
  groups = groupsOf(sets, byKey);
  accepted = new Set([...groups].filter(([, g]) => isAccepted(g)).map(([root]) => root));

  // A Chinese compound known only from frequency (宿主机内核, 主线内核, 应用程序服务器) whose head is a concept is
  // a mention of that concept, not a narrower concept: it has no evidence of its own (no heading, label line,
  // list, definition or translation), so it folds into the head.
  const acceptedKeys = new Set([...byKey.keys()].filter((k) => hasHan(k) && accepted.has(sets.find(k))));
  const properHead = (key: string): string | undefined => {
    const chars = Array.from(key);
    for (let i = 1; i <= chars.length - 2; i++) {
      const tail = chars.slice(i).join('');
      if (acceptedKeys.has(tail)) return tail;
    }
    return undefined;
  };
  let folded = false;
  const foldedKeys = new Set<string>();
  for (const key of [...byKey.keys()].sort()) {
    const root = sets.find(key);
    if (!accepted.has(root) || !hasHan(key)) continue;
    const own = groups.get(root) ?? [];
    if (!own.every(isFrequencyOnly)) continue;
    const head = properHead(key);
    if (!head || sets.find(head) === root) continue;
    sets.union(key, head);
    foldedKeys.add(key);
    folded = true;
  }
  if (folded) {
    groups = groupsOf(sets, byKey);
    accepted = new Set([...groups].filter(([, g]) => isAccepted(g)).map(([root]) => root));
  }

  const built = [...accepted].sort().map((root) => buildConcept(groups.get(root)!, keysOf(sets, root), foldedKeys));
  built.sort((a, b) => cmp(normaliseKey(a.label), normaliseKey(b.label)) || cmp(a.label, b.label));
  const allocator = new SlugAllocator();
  const concepts: Concept[] = built.map((c) => {
    const id = makeConceptId(allocator.allocate(safeSlug(c.label, 'concept')));
    return { id, url: conceptUrl(id), ...c };
  });
  return concepts.sort((a, b) => cmp(a.id, b.id));
}

/** Statistical evidence that is a count in prose, not a list the author wrote. */
function isFrequencyOnly(c: Candidate): boolean {
  return c.signal === 'statistical' && !c.provenance.excerpt.startsWith('enumeration:');
}

function groupsOf(sets: UnionFind, byKey: Map<string, Candidate[]>): Map<string, Candidate[]> {
  const groups = new Map<string, Candidate[]>();
  for (const [key, list] of byKey) {
    const root = sets.find(key);
    (groups.get(root) ?? groups.set(root, []).get(root)!).push(...list);
  }
  return groups;
}

function keysOf(sets: UnionFind, root: string): string[] {
  return sets.keys().filter((k) => sets.find(k) === root);
}

/** Noisy-OR over distinct pieces of evidence; the vocabulary always passes. */
export function isAccepted(group: Candidate[]): boolean {
  if (group.some((c) => c.signal === 'vocabulary')) return true;
  const seen = new Set<string>();
  let miss = 1;
  for (const c of group) {
    const id = `${c.signal}\u0000${c.provenance.file}\u0000${c.provenance.line}\u0000${normaliseKey(c.surface)}`;
    if (seen.has(id)) continue;
    seen.add(id);
    miss *= 1 - Math.min(1, Math.max(0, c.score));
  }
  return 1 - miss >= ACCEPT;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
