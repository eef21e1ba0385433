/**
 * Sibling compounds: two concepts whose labels end in the same head and differ in their modifiers (`dirty reads` and
 * `phantom reads`, `计数排序` and `桶排序`, `A 记录` and `MX 记录`) name two kinds of one thing. When their sentences
 * tie them (a co-occurs edge joins them) and no builder said more about the pair (no broader, instance, compared or
 * related edge: a gloss or a definition between them says they are one, or one a kind of the other), the two are set
 * side by side: the co-occurs edge becomes `compared`, with its weight and evidence. Nothing is added, so a pair the
 * statistics did not tie stays untied.
 * Heads: the last word of an English label of two words or more (not a number); the last two Han characters of a
 * label of three characters or more. Labels only (an alias is often a gloss in the other language). Runs after the
 * co-occurrence and clause-tie builders and before section partners (whose `heading › sentence` edges are left as they are).
 */
import type { ConceptId } from '../types.js';
import type { ConceptIndex } from './concept-index.js';
import type { RelationSet } from './relation-set.js';
import { aliasKey } from './text-keys.js';

export function addSiblingComparisons(set: RelationSet, index: ConceptIndex): void {
  const pairs: Array<[ConceptId, ConceptId]> = [];
  // Label keys by concept, each made once (a concept has several co-occurs edges).
  const keys = new Map<ConceptId, string>();
  const keyOf = (id: ConceptId): string => {
    let key = keys.get(id);
    if (key === undefined) keys.set(id, (key = index.genericId(id) ? '' : aliasKey(index.byId.get(id)?.label ?? '')));
    return key;
  };
  set.forEach((type, source, target) => {
    if (type === 'co-occurs' && areSiblings(keyOf(source), keyOf(target))) pairs.push([source, target]);
  });
  for (const [a, b] of pairs) {
    if (set.hasHierarchy(a, b) || set.has('compared', a, b) || set.has('related', a, b)) continue;
    const edge = set.take('co-occurs', a, b);
    if (edge) set.add('compared', a, b, edge.weight, edge.evidence);
  }
}

/** Whether two label keys (empty for a generic concept) end in one head and neither is the other's tail. */
function areSiblings(x: string, y: string): boolean {
  if (x === '' || y === '') return false;
  const head = headOf(x);
  // Neither label is the other's tail (`replication` in `asynchronous replication` is its head, not a sibling).
  return head !== '' && head === headOf(y) && !x.endsWith(y) && !y.endsWith(x);
}

/** The head of a label key: its last English word (of two or more), or its last two Han characters (of three or more); else ''. */
function headOf(key: string): string {
  if (HAN_END.test(key)) return key.length >= 3 && HAN_TWO.test(key) ? key.slice(-2) : '';
  const at = Math.max(key.lastIndexOf(' '), key.lastIndexOf('-'));
  // A number is no head (`AES-256`, `SHA-256`: a key size, not a kind).
  return at > 0 && at < key.length - 1 && LETTER.test(key.slice(at + 1)) ? key.slice(at + 1) : '';
}
const LETTER = /\p{L}/u;
const HAN_END = /\p{Script=Han}$/u;
const HAN_TWO = /\p{Script=Han}{2}$/u;
