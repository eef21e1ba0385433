/**
 * What a paragraph or a section is about, for the pattern builders that need a head or a partner the sentence
 * does not name (`Typical products include A, B` under `A Type 2 hypervisor is …`; `又分为A、B` under the heading
 * `1.3.1 硬件层虚拟化`), and whether a concept is written like a name (instance) or like a common noun (broader).
 *
 * - Paragraph subject: the concept that opens the paragraph's first sentence (after an optional article), as in
 *   a definition paragraph. None when the sentence opens with anything else.
 * - Section topic: the one non-generic concept the section's heading names (none when it names two or more).
 * - Name-like: a Latin-script concept never written with a lower-case initial in the middle of a sentence
 *   (Docker Hub, VMware ESXi), or one written in lower case even where a sentence starts (runc, containerd);
 *   Han-script concepts are common nouns. A word whose one capital is its first letter, seen so only where an
 *   English sentence or list item opens (`Dummy – passed around…`), shows no case of its own: a common noun. A subject written after an article (`A private registry is …`) is
 *   always a common noun.
 * Does not look at relations; pure lookups over the indexed sentences.
 */
import type { ConceptId, NoteId } from '../types.js';
import { onlyConcept, type ConceptIndex } from './concept-index.js';
import type { BlockSentences, PlacedHit, Sentence, SentenceIndex } from './sentences.js';

export interface Topics {
  paragraphSubject(entry: BlockSentences): ConceptId | undefined;
  sectionTopic(entry: BlockSentences): ConceptId | undefined;
  /** The same for a note's section by index. */
  topicOfSection(note: NoteId, section: number): ConceptId | undefined;
  /** True when the hit is written like a proper name (see the module comment). */
  nameLike(entry: BlockSentences, sentence: Sentence, hit: PlacedHit): boolean;
  /** The same from numbers: a block text, the sentence's range, the mention's range and concept number. */
  nameLikeAt(text: string, sentenceStart: number, sentenceEnd: number, start: number, end: number, n: number): boolean;
  /** True when the concept (by number) has a Latin capital in its label and is never written with a lower-case initial mid-sentence. */
  capitalised(n: number): boolean;
  /**
   * Stricter than capitalised: its label is shaped like a name (a capital or digit inside a word: GeoHash, H3, DPO), or
   * it is also seen capitalised mid-sentence, where only names are; a capital that only ever opens a line or heading
   * (`Blip First` in headings and opening sentences) does not count.
   */
  properName(n: number): boolean;
}

/**
 * Text allowed before a sentence's subject: spaces, an article, a list/outline number (`1.1`, `3)`, and the item marks
 * of Chinese outlines: `（3）`, `(3)`, `①`, `三、`, `第三，`). Leading spaces are read inside the optional mark or by
 * the class after it, never by both: a `^\s*` before the group made a long run of spaces cost quadratic time.
 */
export const SUBJECT_PREFIX = /^(?:\s*(?:[（(]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[）)]|[\u2460-\u2473]|第[一二三四五六七八九十]{1,3}[，,、]|(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、）])\s*)?[\s\d.)*\-]*(?:(?:a|an|the)\s+)?$/iu;
/** By code - 0x4e00: the Han characters an outline mark may open with (第 and the numerals). */
const OUTLINE_HAN = new Uint8Array(0x9fff - 0x4e00 + 1);
for (const char of '第一二三四五六七八九十') OUTLINE_HAN[char.charCodeAt(0) - 0x4e00] = 1;
/** A capital or digit right after a letter or digit (GeoHash, H3, DPO, GBDT+LR; not `Blip First`). */
const INNER_CAPITAL = /[\p{L}\p{N}][A-Z0-9]/u;
/** Sentence case, two or more words, the last a plural (`Acceleration structures`; not `Visual Studio`, `Kubernetes`, `Semantic analysis`). */
const PLURAL_PHRASE = /^[A-Z][a-z-]*(?: [a-z][a-z-]*)* [a-z][a-z-]*[^siu]s$/u;
/** Sentence case, two or more words (`Log aggregation`, `Generational collection`; not `Visual Studio`, `Docker Hub`). */
const SENTENCE_CASE_PHRASE = /^[A-Z][a-z-]*(?: [a-z][a-z-]*)+$/u;
const ARTICLE = /(?:^|\s)(?:a|an|the)\s+$/iu;

/**
 * `SUBJECT_PREFIX.test(text.slice(from, to))`, without the slice in the common case: the first character must be
 * one the pattern can open with (space, digit, `.)*-`, or the a/t of an article), which most mid-sentence text fails.
 */
export function isSubjectPrefix(text: string, from: number, to: number): boolean {
  if (from >= to) return true;
  const code = text.charCodeAt(from);
  if (code < 128) {
    const possible =
      code === 32 || (code >= 9 && code <= 13) || (code >= 48 && code <= 57) || code === 46 || code === 40 || code === 41 || code === 42 || code === 45 ||
      code === 97 || code === 65 || code === 116 || code === 84;
    if (!possible) return false;
  } else if (code >= 0x4e00 && code <= 0x9fff && !OUTLINE_HAN[code - 0x4e00]) return false; // Han: only an outline number's (三、, 第三，)
  return SUBJECT_PREFIX.test(text.slice(from, to));
}

/**
 * The term a block's entry defines: the first sentence opens with a concept, then (past markup and a gloss) a colon or a
 * dash set off by spaces (`向量召回（语义召回）：…`, `SLA (service level agreement): …`).
 */
export function entryTerm(entry: BlockSentences): PlacedHit | undefined {
  const text = entry.block.text;
  const opening = entry.sentences[0];
  const term = opening.hits[0];
  if (!term || !isSubjectPrefix(text, opening.start, term.start)) return undefined;
  return ENTRY_MARK.test(text.slice(term.end, Math.min(opening.end + 1, term.end + 60))) ? term : undefined;
}
/** After an entry's term: markup, an optional gloss, then a colon or a dash set off by spaces. */
const ENTRY_MARK = /^[\s*_`]*(?:[（(][^（()）]*[）)])?\s*(?:[：:]|[-–—]{1,2}\s)/u;

export function topicsOf(indexed: SentenceIndex, index: ConceptIndex): Topics {
  const sections = new Map<NoteId, Map<number, ConceptId>>();
  // By concept number: written with a lower-case initial in the middle of a sentence somewhere.
  const lowerMidSentence = new Uint8Array(index.numbers.size);
  // By concept number: written with a capital initial in the middle of a sentence somewhere (a name shows its case there).
  const upperMidSentence = new Uint8Array(index.numbers.size);
  readTopics(indexed, index, sections, lowerMidSentence, upperMidSentence);
  return new SectionTopics(index, sections, lowerMidSentence, upperMidSentence);
}

// topicsOf's block loop, a function of its own: run once and compiled on-stack (OSR), it deoptimised topicsOf on
// the way out (the construct after it had never run).
function readTopics(indexed: SentenceIndex, index: ConceptIndex, sections: Map<NoteId, Map<number, ConceptId>>, lowerMidSentence: Uint8Array, upperMidSentence: Uint8Array): void {
  for (let e = 0; e < indexed.entries; e++) {
    const block = indexed.blockOf(e);
    if (block.kind === 'heading' && block.section >= 0) {
      const named = onlyConcept(indexed, indexed.hitFrom(e), indexed.hitFrom(e + 1), index);
      if (named >= 0) {
        const note = indexed.noteOf(e).id;
        const map = sections.get(note) ?? new Map<number, ConceptId>();
        map.set(block.section, index.numbers.ids[indexed.n(named)]);
        sections.set(note, map);
      }
      continue;
    }
    const text = block.text;
    for (let g = indexed.sentenceFrom(e); g < indexed.sentenceFrom(e + 1); g++) {
      for (let h = indexed.firstHit(g); h < indexed.endHit(g); h++) {
        const n = indexed.n(h);
        const start = indexed.hitStart(e, h);
        const code = text.charCodeAt(start);
        if (code >= 97 && code <= 122 && !lowerMidSentence[n] && !isSubjectPrefix(text, indexed.start(g), start)) lowerMidSentence[n] = 1;
        else if (code >= 65 && code <= 90 && !upperMidSentence[n] && !isSubjectPrefix(text, indexed.start(g), start)) upperMidSentence[n] = 1;
      }
    }
  }
}

/**
 * Topics as a class, not an object of per-call closures: builders call these in hot loops, and optimised code that had
 * inlined one build's closures was thrown away in the next build of the same process (serve, watch).
 */
class SectionTopics implements Topics {
  constructor(
    private readonly index: ConceptIndex,
    private readonly sections: Map<NoteId, Map<number, ConceptId>>,
    /** By concept number: written with a lower-case initial in the middle of a sentence somewhere. */
    private readonly lowerMidSentence: Uint8Array,
    /** By concept number: written with a capital initial in the middle of a sentence somewhere. */
    private readonly upperMidSentence: Uint8Array,
  ) {}

  paragraphSubject(entry: BlockSentences): ConceptId | undefined {
    if (entry.block.kind === 'heading') return undefined;
    const first = entry.sentences[0];
    const hit = first?.hits[0];
    if (!hit || !isSubjectPrefix(entry.block.text, first.start, hit.start)) return undefined;
    return this.index.generic(hit.n) ? undefined : hit.concept;
  }

  sectionTopic(entry: BlockSentences): ConceptId | undefined {
    return this.sections.get(entry.note.id)?.get(entry.block.section);
  }

  topicOfSection(note: NoteId, section: number): ConceptId | undefined {
    return this.sections.get(note)?.get(section);
  }

  nameLike(entry: BlockSentences, sentence: Sentence, hit: PlacedHit): boolean {
    return this.nameLikeAt(entry.block.text, sentence.start, sentence.end, hit.start, hit.end, hit.n);
  }

  nameLikeAt(text: string, sentenceStart: number, sentenceEnd: number, start: number, end: number, n: number): boolean {
    const surface = text.slice(start, end);
    if (/\p{Script=Han}/u.test(surface) || !/[A-Za-z]/u.test(surface)) return false;
    const before = text.slice(sentenceStart, start);
    if (ARTICLE.test(before)) return false;
    const code = text.charCodeAt(start);
    // runc at the start of an English sentence (Chinese prose does not capitalise, so it says nothing there)
    // Only a single word: a name written in lower case is one token (runc, containerd, axe-core); a phrase of several
    // lower-case words opening a list item (`screen magnifier: …`, `young generation — …`) is a common noun.
    if (code >= 97 && code <= 122) return SUBJECT_PREFIX.test(before) && !/\s/u.test(surface) && !/\p{Script=Han}/u.test(text.slice(sentenceStart, sentenceEnd));
    if (this.lowerMidSentence[n]) return false;
    // `Dummy – passed around…`: one capital, and only where any word is capitalised (a sentence's or an item's
    // start), says nothing; a capital elsewhere in the word (Docker Hub, UserCF, KVM) or seen mid-sentence does.
    // Chinese prose capitalises nothing, so there a capital is the term's own.
    return this.upperMidSentence[n] === 1 || !SUBJECT_PREFIX.test(before) || /^.[^]*[A-Z0-9]/u.test(surface) || /\p{Script=Han}/u.test(text.slice(sentenceStart, sentenceEnd));
  }

  properName(n: number): boolean {
    if (!this.capitalised(n)) return false;
    const label = this.index.byId.get(this.index.numbers.ids[n])?.label ?? '';
    return this.upperMidSentence[n] === 1 || INNER_CAPITAL.test(label);
  }

  capitalised(n: number): boolean {
    const label = this.index.byId.get(this.index.numbers.ids[n])?.label ?? '';
    // A label written all in lower case (`tiered compilation`) is a common noun even when only seen opening a line.
    // A plural noun phrase in sentence case (`Acceleration structures`, a heading's words) names a class, not one thing.
    // A phrase in sentence case never seen capitalised mid-sentence (`Log aggregation` in a heading and opening a
    // sentence) shows its capital only where lines open: a common noun; a name of several words capitalises them all.
    if (SENTENCE_CASE_PHRASE.test(label) && !this.upperMidSentence[n]) return false;
    return /[A-Z]/u.test(label) && !/\p{Script=Han}/u.test(label) && !this.lowerMidSentence[n] && !PLURAL_PHRASE.test(label);
  }
}
