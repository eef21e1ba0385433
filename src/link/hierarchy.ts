/**
 * `broader` edges (source is narrower than target) and vocabulary `related` edges.
 *
 * - Vocabulary: Concept.broader / Concept.related, referenced by id, label or alias. Weight 1.
 * - Compounds: a label/alias of B ends with a label/alias of A and is longer (硬件虚拟化 → 虚拟化,
 *   Docker镜像 → 镜像, `hardware virtualization` → `virtualization`). An English head must start at a word
 *   boundary (`dockerfile` is not narrower than `file`); a generic head (技术, tool) is ignored. Weight 1.
 * - Heading nesting: when a section heading names exactly one concept P and a direct sub-section heading names
 *   exactly one other concept C, then C → P. Headings naming two concepts (`容器与虚拟机的比较`) say nothing
 *   about hierarchy and are skipped. This is the weakest signal (weight 0.5) and never contradicts a stronger
 *   one: it is dropped when the vocabulary or a compound already says P → C, and when C is mentioned more often
 *   in the vault than P (a broader term is used at least as widely as its narrower ones — the subsumption test
 *   of Sanderson & Croft; it stops `2 什么是Docker › 2.1 容器技术` from making 容器 narrower than Docker).
 * Evidence: sentences mentioning both ends, else the first sentences naming the narrower concept.
 */
import type { Concept, ConceptId, Evidence } from '../types.js';
import { onlyConcept, type ConceptIndex } from './concept-index.js';
import { RelationSet } from './relation-set.js';
import type { SentenceIndex } from './sentences.js';
import { aliasKey, isWordCode } from './text-keys.js';

export function addVocabularyRelations(set: RelationSet, concepts: readonly Concept[], index: ConceptIndex): void {
  for (const concept of concepts) {
    for (const [type, references] of [['broader', concept.broader], ['related', concept.related]] as const) {
      for (const reference of references) {
        const target = index.resolve(reference);
        if (target) set.add(type, concept.id, target, 1, evidence(index, concept.id, target));
      }
    }
  }
}

export function addCompoundRelations(set: RelationSet, concepts: readonly Concept[], index: ConceptIndex): void {
  for (const concept of concepts) {
    const heads = new Set<ConceptId>();
    for (const form of [concept.label, ...concept.aliases.map((a) => a.text)]) {
      const key = aliasKey(form);
      for (let k = 1; k < key.length - 1; k++) {
        if (key[k] === ' ' || key[k] === '-') continue;
        if (isWordCode(key.charCodeAt(k)) && isWordCode(key.charCodeAt(k - 1))) continue; // inside an English word
        const suffix = key.slice(k);
        // English heads match in either number: `hash index` narrows a concept labelled `Indexes`.
        const last = suffix.charCodeAt(suffix.length - 1);
        const found =
          index.byKey.get(suffix) ??
          (last === 115 && isLowerAscii(suffix.charCodeAt(suffix.length - 2)) ? index.byKey.get(suffix.slice(0, -1)) : undefined) ??
          (isLowerAscii(last) ? index.byKey.get(`${suffix}s`) ?? index.byKey.get(`${suffix}es`) : undefined);
        for (const head of found ?? []) if (head !== concept.id && !index.genericId(head)) heads.add(head);
      }
    }
    for (const head of [...heads].sort()) set.add('broader', concept.id, head, 1, evidence(index, concept.id, head));
  }
}

export function addHeadingRelations(set: RelationSet, indexed: SentenceIndex, index: ConceptIndex): void {
  const headings: number[] = [];
  for (let e = 0; e < indexed.entries; e++) if (indexed.blockOf(e).kind === 'heading') headings.push(e);
  const byNote = new Map<string, Map<number, { concept: ConceptId; n: number; line: number; title: string }>>();
  for (const e of headings) {
    const block = indexed.blockOf(e);
    if (block.section < 0) continue;
    const named = onlyConcept(indexed, indexed.hitFrom(e), indexed.hitFrom(e + 1), index);
    if (named < 0) continue;
    const note = indexed.noteOf(e).id;
    const sections = byNote.get(note) ?? new Map();
    const n = indexed.n(named);
    sections.set(block.section, { concept: index.numbers.ids[n], n, line: block.line, title: block.text.trim() });
    byNote.set(note, sections);
  }
  const mentions = index.numbers.mentions;
  for (const e of headings) {
    const note = indexed.noteOf(e);
    const block = indexed.blockOf(e);
    const sections = byNote.get(note.id);
    if (!sections) continue;
    const child = sections.get(block.section);
    const parentIndex = note.sections[block.section]?.parent;
    const parent = parentIndex === undefined ? undefined : sections.get(parentIndex);
    if (!child || !parent || child.concept === parent.concept) continue;
    if (set.has('broader', parent.concept, child.concept)) continue;
    if (mentions[child.n] > mentions[parent.n]) continue;
    set.add('broader', child.concept, parent.concept, 0.5, [{ note: note.id, line: child.line, text: `${parent.title} › ${child.title}` }]);
  }
}

/** a–z (what `/[a-z]/u` matches). */
function isLowerAscii(code: number): boolean {
  return code >= 97 && code <= 122;
}

function evidence(index: ConceptIndex, narrower: ConceptId, broader: ConceptId): Evidence[] {
  const both = index.evidenceFor([narrower, broader]);
  return both.length ? both : index.evidenceFor([narrower], 2);
}
