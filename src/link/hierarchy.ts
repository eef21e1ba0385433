/**
 * `broader` edges (source is narrower than target) and vocabulary `related` edges.
 *
 * - Vocabulary: Concept.broader / Concept.related, referenced by id, label or alias. Weight 1.
 * - Compounds: a label/alias of B ends with a label/alias of A and is longer (硬件虚拟化 → 虚拟化,
 *   Docker镜像 → 镜像, `hardware virtualization` → `virtualization`). An English head must start at a word
 *   boundary (`dockerfile` is not narrower than `file`); a generic head (技术, tool) is ignored. Weight 1.
 * - Heading nesting: when a section heading names exactly one concept P and a direct sub-section heading names
 *   exactly one other concept C, then C → P (`instance` when C is a proper name, topics.ts properName: `（三）GeoHash`
 *   under `空间索引`). Headings naming two concepts (`容器与虚拟机的比较`) say nothing
 *   about hierarchy and are skipped. This is the weakest signal (weight 0.5) and never contradicts a stronger
 *   one: it is dropped when the vocabulary or a compound already says P → C, and when C is mentioned more often
 *   in the vault than P (a broader term is used at least as widely as its narrower ones — the subsumption test
 *   of Sanderson & Croft; it stops `2 什么是Docker › 2.1 容器技术` from making 容器 narrower than Docker). A named
 *   member (instance) of a class that is no proper name skips that test: `### ICP` is named more often than `## 扫描匹配`.
 * Evidence: sentences mentioning both ends, else the first sentences naming the narrower concept.
 */
import type { Concept, ConceptId, Evidence, Note, Section } from '../types.js';
import { onlyConcept, type ConceptIndex } from './concept-index.js';
import { RelationSet } from './relation-set.js';
import { fixedEvidence, type SentenceIndex } from './sentences.js';
import { aliasKey, formsOf, isWordCode } from './text-keys.js';
import type { Topics } from './topics.js';

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
    for (const form of formsOf(concept)) {
      const key = aliasKey(form);
      for (let k = 1; k < key.length - 1; k++) {
        if (key[k] === ' ' || key[k] === '-') continue;
        if (isWordCode(key.charCodeAt(k)) && isWordCode(key.charCodeAt(k - 1))) continue; // inside an English word
        // 无监督学习 is not a kind of 监督学习, nor 非对称加密 of 对称加密: a negating prefix makes the opposite.
        if (k === 1 && NEGATION.test(key[0])) continue;
        const suffix = key.slice(k);
        // English heads match in either number: `hash index` narrows a concept labelled `Indexes`.
        const last = suffix.charCodeAt(suffix.length - 1);
        const found =
          index.byKey.get(suffix) ??
          (last === 115 && isLowerAscii(suffix.charCodeAt(suffix.length - 2)) ? index.byKey.get(suffix.slice(0, -1)) : undefined) ??
          (isLowerAscii(last) ? index.byKey.get(`${suffix}s`) ?? index.byKey.get(`${suffix}es`) ?? gerund(index, suffix) : undefined);
        for (const head of found ?? []) if (head !== concept.id && !index.genericId(head)) heads.add(head);
      }
    }
    for (const head of [...heads].sort()) set.add('broader', concept.id, head, 1, evidence(index, concept.id, head));
    for (const modifier of modifiersOf(concept, index)) {
      if (heads.has(modifier) || set.has('broader', modifier, concept.id)) continue;
      set.add('related', concept.id, modifier, 0.5, evidence(index, concept.id, modifier));
    }
  }
}

/**
 * The concepts a compound opens with (`TLS handshake` → TLS, `CSRF token` → CSRF, `进程状态` → 进程, `页框` → 页): the
 * compound is about its modifier, so the two are related (not narrower: a TLS handshake is no kind of TLS). English
 * modifiers end at a space; a Han one at any character, when Han text follows it.
 */
function modifiersOf(concept: Concept, index: ConceptIndex): ConceptId[] {
  const out = new Set<ConceptId>();
  for (const form of formsOf(concept)) {
    const key = aliasKey(form);
    for (let k = 1; k < key.length; k++) {
      const next = key.charCodeAt(k);
      // Not at a hyphen: `CRI-O` is a name of its own, not a kind of talk about CRI.
      const boundary = next === 32 || (isHanCode(next) && isHanCode(key.charCodeAt(k - 1)));
      if (!boundary) continue;
      for (const id of index.byKey.get(key.slice(0, k)) ?? []) if (id !== concept.id && !index.genericId(id)) out.add(id);
    }
  }
  return [...out].sort();
}

function isHanCode(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

type NamedHeading = { concept: ConceptId; n: number; line: number; title: string };

// Each loop below is a function of its own: run once per build, a loop is compiled on-stack (OSR) with the code
// after it never run, so that code deoptimised the whole function on the way out and the next loop compiled it again.
export function addHeadingRelations(set: RelationSet, indexed: SentenceIndex, index: ConceptIndex, topics?: Topics): void {
  const headings = headingEntries(indexed);
  const byNote = new Map<string, Map<number, NamedHeading>>();
  // Headings that name no concept at all (`2 经典算法`, `Undoing things`): a child looks through them to the next
  // heading up, and past the top to the note's title (`title: CPU 调度` over `2 经典算法 › 2.1 先来先服务`).
  const blank = new Map<string, Set<number>>();
  nameHeadings(indexed, index, headings, byNote, blank);
  addHeadingPairs(set, indexed, index, topics, headings, byNote, blank);
  addDefinedUnder(set, indexed, index, byNote, blank);
}

function headingEntries(indexed: SentenceIndex): number[] {
  const headings: number[] = [];
  for (let e = 0; e < indexed.entries; e++) if (indexed.blockOf(e).kind === 'heading') headings.push(e);
  return headings;
}

function nameHeadings(indexed: SentenceIndex, index: ConceptIndex, headings: readonly number[], byNote: Map<string, Map<number, NamedHeading>>, blank: Map<string, Set<number>>): void {
  for (const e of headings) {
    const block = indexed.blockOf(e);
    if (block.section < 0) continue;
    if (indexed.hitFrom(e) === indexed.hitFrom(e + 1)) {
      const note = indexed.noteOf(e).id;
      (blank.get(note) ?? blank.set(note, new Set()).get(note)!).add(block.section);
      continue;
    }
    const named = onlyConcept(indexed, indexed.hitFrom(e), indexed.hitFrom(e + 1), index);
    if (named < 0) continue;
    const note = indexed.noteOf(e).id;
    const sections = byNote.get(note) ?? new Map();
    const n = indexed.n(named);
    sections.set(block.section, { concept: index.numbers.ids[n], n, line: block.line, title: block.text.trim() });
    byNote.set(note, sections);
  }
}

function addHeadingPairs(set: RelationSet, indexed: SentenceIndex, index: ConceptIndex, topics: Topics | undefined, headings: readonly number[], byNote: ReadonlyMap<string, Map<number, NamedHeading>>, blank: ReadonlyMap<string, Set<number>>): void {
  const mentions = index.numbers.mentions;
  for (const e of headings) {
    const note = indexed.noteOf(e);
    const block = indexed.blockOf(e);
    const sections = byNote.get(note.id);
    if (!sections) continue;
    const child = sections.get(block.section);
    if (!child) continue;
    let parentIndex = note.sections[block.section]?.parent;
    const skipped = blank.get(note.id);
    let through = false;
    while (parentIndex !== undefined && skipped?.has(parentIndex)) {
      parentIndex = note.sections[parentIndex]?.parent;
      through = true;
    }
    // Past the top only through a blank heading: a top-level section under a title is a part of the note, not
    // necessarily a narrower concept.
    const parent = parentIndex === undefined ? (through ? titleConcept(note.title, note.sections, index, child.line) : undefined) : sections.get(parentIndex);
    if (!parent || child.concept === parent.concept) continue;
    if (set.has('broader', parent.concept, child.concept)) continue;
    // A sub-heading that names a proper name (`（三）GeoHash` under `空间索引`) names a member, not a narrower class; a
    // member may well be named more often than its class (the subsumption test below is about classes).
    const type = topics?.properName(child.n) ? 'instance' : 'broader';
    if ((type === 'broader' || topics!.properName(parent.n)) && mentions[child.n] > mentions[parent.n]) continue;
    set.add(type, child.concept, parent.concept, 0.5, [fixedEvidence(note.id, child.line, `${parent.title} › ${child.title}`)]);
  }
}

/**
 * A concept whose definition sits in a section about another concept (`# Git Objects` … `- **blob**: the contents
 * of one file`) is related to it: the author explains it as part of that subject. The section's concept is found
 * as for heading nesting (through headings that name nothing, up to the note's title). Weight 0.5, like nesting.
 */
function addDefinedUnder(
  set: RelationSet,
  indexed: SentenceIndex,
  index: ConceptIndex,
  byNote: ReadonlyMap<string, Map<number, NamedHeading>>,
  blank: ReadonlyMap<string, Set<number>>,
): void {
  const notes = new Map<string, Note>();
  const entries = new Map<string, number[]>();
  entriesByNote(indexed, notes, entries);
  for (const concept of index.byId.values()) {
    const definition = concept.definition;
    if (!definition?.note) continue;
    const note = notes.get(definition.note);
    if (!note) continue;
    const intro = introducedBy(indexed, index, entries.get(note.id) ?? [], definition.line);
    if (intro !== undefined && intro !== concept.id && !set.has('broader', concept.id, intro)) {
      set.add('related', concept.id, intro, 0.5, [fixedEvidence(note.id, definition.line, definition.text.slice(0, 160))]);
    }
    let section = -1;
    for (const s of note.sections) if (s.line <= definition.line) section = s.index;
    const skipped = blank.get(note.id);
    let through = section === -1;
    while (section !== -1 && skipped?.has(section)) {
      section = note.sections[section]?.parent ?? -1;
      through = true;
    }
    const topic = section !== -1 ? byNote.get(note.id)?.get(section) : through ? titleConcept(note.title, note.sections, index, definition.line) : undefined;
    if (!topic || topic.concept === concept.id || index.genericId(topic.concept)) continue;
    if (set.has('broader', concept.id, topic.concept) || set.has('broader', topic.concept, concept.id) || set.has('instance', concept.id, topic.concept)) continue;
    set.add('related', concept.id, topic.concept, 0.5, [fixedEvidence(note.id, definition.line, definition.text.slice(0, 160))]);
  }
}

// Its own function, as addHeadingRelations' loops are (a loop run once, compiled on-stack, then the code after it).
function entriesByNote(indexed: SentenceIndex, notes: Map<string, Note>, entries: Map<string, number[]>): void {
  for (let e = 0; e < indexed.entries; e++) {
    const id = indexed.noteOf(e).id;
    notes.set(id, indexed.noteOf(e));
    (entries.get(id) ?? entries.set(id, []).get(id)!).push(e);
  }
}

/**
 * `The guarantees are summed up as ACID:` followed by `1. Atomicity: …`, `2. Consistency: …`: a definition in the
 * lines after a paragraph that ends with a colon is one of what that paragraph introduces — the concept its last
 * sentence names last. Looked for among the eight blocks before the definition's, not past a heading.
 */
function introducedBy(indexed: SentenceIndex, index: ConceptIndex, entries: readonly number[], line: number): ConceptId | undefined {
  let at = -1;
  for (let i = 0; i < entries.length && indexed.blockOf(entries[i]).line <= line; i++) at = i;
  for (let i = at - 1; i >= 0 && i >= at - 8; i--) {
    const e = entries[i];
    const block = indexed.blockOf(e);
    if (block.kind === 'heading') return undefined;
    const text = block.text.trimEnd();
    const last = text.charCodeAt(text.length - 1);
    if (last !== 0x3a && last !== 0xff1a) continue;
    // The concept named last in the sentence that ends with the colon (`It publishes three specifications:` names
    // none, and the paragraph's earlier `containers` is not what the list is about).
    const g = indexed.sentenceFrom(e + 1) - 1;
    if (g < indexed.sentenceFrom(e)) return undefined;
    const h = indexed.endHit(g) - 1;
    if (h < indexed.firstHit(g)) return undefined;
    const n = indexed.n(h);
    return index.generic(n) ? undefined : index.numbers.ids[n];
  }
  return undefined;
}

/**
 * The concept the note's title names (by its whole key), when the note has no heading of its own saying it: it
 * stands above the top-level sections. `line` is the child's, for the evidence.
 */
function titleConcept(title: string, sections: readonly Section[], index: ConceptIndex, line: number): { concept: ConceptId; n: number; line: number; title: string } | undefined {
  if (sections.some((s) => s.depth === 1 && s.kind === 'heading')) return undefined;
  const ids = index.byKey.get(aliasKey(title));
  if (ids?.length !== 1) return undefined;
  const n = index.numbers.find(ids[0]);
  return n === undefined ? undefined : { concept: ids[0], n, line, title };
}

/**
 * An English verb-noun head named by its gerund (`interactive rebase` → Rebasing, `three-way merge` → Merging): the
 * same action. Only for a one-word head, so a phrase is never bent into another.
 */
function gerund(index: ConceptIndex, head: string): ConceptId[] | undefined {
  if (!/^[a-z]{3,}$/u.test(head)) return undefined;
  return index.byKey.get(head.endsWith('e') ? `${head.slice(0, -1)}ing` : `${head}ing`);
}

/** Han prefixes that negate the head they are put before (无 without, 非 non-, 不 not, 未 not yet, 反 anti-). */
const NEGATION = /^[无非不未反]$/u;

/** a–z (what `/[a-z]/u` matches). */
function isLowerAscii(code: number): boolean {
  return code >= 97 && code <= 122;
}

function evidence(index: ConceptIndex, narrower: ConceptId, broader: ConceptId): Evidence[] {
  const both = index.evidenceFor([narrower, broader]);
  return both.length ? both : index.evidenceFor([narrower], 2);
}
