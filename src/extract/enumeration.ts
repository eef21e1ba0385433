/**
 * Enumerations as discovery evidence: coordinated items are terms of one kind. 软件虚拟化、硬件虚拟化、
 * 内存虚拟化等 (items sharing a head are compounds of one family), VMware、KVM、Xen (a list of names),
 * `such as VMware ESXi, Microsoft Hyper-V and Xen`. Items that are neither stay weak (服务器、网络、内存 …)
 * and need corroboration elsewhere. Reported with the `statistical` signal (corpus evidence, not a
 * statement by the author); the excerpt says it was an enumeration.
 */
import type { Segmenter } from './segmenter.js';
import type { Block, Candidate, Note } from '../types.js';
import { backgroundFrequency, COMMON_FREQUENCY } from './background.js';
import { CUE, cuedSentences, type CuedSentence } from './cues.js';
import { provenanceAt } from './locate.js';
import { cleanSurface, detectLang, hasHan, isAbbreviation } from './normalise.js';
import { EN_STOP, isQuantifiedPhrase, isStopWord } from './stop-words.js';
import { termBefore, type Known } from './walk-back.js';

const CLAUSE = /[，,。；;：:！？!?\n]/u;
const ZH_SEP = /、|以及|及|和|与|或者|或/u;
const TRAILING = /(?:等等|等|之类|etc\.?)$/u;
const EN_CUE = /\b(?:such as|including|include|includes|like|e\.g\.,?|for example,?|(?:components|parts|members|kinds|types|examples)\s+(?:are|were)\s*:?)\s+([^.;:()]+)/giu;
/** Glosses inside a list (`kube-apiserver (the front door …), etcd (…)`) are asides, not items. */
const PAREN_ASIDE = /\s*\([^()]*\)/gu;
/** A chain of names (`kubelet → CRI → containerd → runc`): each step is a component. */
const ARROW_CUE = /→|⟶|->|=>/u;
const ARROW = /\s*(?:→|⟶|->|=>)\s*/u;
/** A relative or subordinate clause ends the list: `such as A, B and C, which add …`. */
const EN_LIST_END = /,\s*(?:which|that|who|where|while|because|so|but|and then)\b.*$/iu;
/** A name-like item: capitals, digits, a hyphen or a dot inside (Kata Containers, VT-x, kube-proxy, gVisor). */
const NAME_SHAPED = /[A-Z0-9]|\w[-.]\w/u;
const NAME = /^[A-Za-z][A-Za-z0-9.+#-]*(?:\s+[A-Za-z0-9][A-Za-z0-9.+#-]*){0,3}$/u;

/** `split`: the sentences of each block (noteSentences), when the caller already has them. */
export function enumerationCandidates(note: Note, jieba: Segmenter, known: Known, split?: CuedSentence[][]): Candidate[] {
  const out: Candidate[] = [];
  note.blocks.forEach((block, b) => {
    for (const sentence of split?.[b] ?? cuedSentences(block.text)) {
      const { text, cues } = sentence;
      // A Chinese list has a 、 and a Latin list after a Chinese cue one of the cue's characters: most
      // sentences have neither, and need not be split into clauses.
      const listed = (cues & CUE.enumeration) !== 0;
      if (listed || cues & CUE.listing) clauses(note, block, sentence, listed, jieba, known, out);
      if (cues & CUE.arrow && ARROW_CUE.test(text)) chain(note, block, sentence.at, text, out);
      if (cues & CUE.latin && mayCueEnglishList(sentence)) englishAfterCue(note, block, sentence, out);
    }
  });
  return out;
}

function clauses(note: Note, block: Block, sentence: CuedSentence, listed: boolean, jieba: Segmenter, known: Known, out: Candidate[]): void {
  let offset = 0;
  for (const clause of sentence.text.split(CLAUSE)) {
    if (listed && clause.includes('、')) chinese(note, block, sentence.at + offset, clause, jieba, known, out);
    else latinAfterCue(note, block, sentence.at + offset, clause, out);
    offset += clause.length + 1;
  }
}

/**
 * Cheap pre-test of EN_CUE: ASCII-only /i, so it matches wherever EN_CUE does unless the sentence has ſ or K
 * (CUE.folds); and a parenthesis dropped as an aside may join a cue (`such (…) as`), so with one it says yes.
 */
const EN_CUE_ASCII = /such as|includ|like|e\.g\.|for example|(?:component|part|member|kind|type|example)s\s/i;

function mayCueEnglishList(sentence: CuedSentence): boolean {
  return (sentence.cues & (CUE.folds | CUE.paren)) !== 0 || EN_CUE_ASCII.test(sentence.text);
}

/** `such as VMware ESXi, Microsoft Hyper-V and Xen`. */
function englishAfterCue(note: Note, block: Block, sentence: CuedSentence, out: Candidate[]): void {
  const plain = sentence.text.includes('(') ? sentence.text.replace(PAREN_ASIDE, '') : sentence.text;
  // exec() in a loop, not matchAll(): matchAll clones the pattern on every call, and this runs per sentence.
  EN_CUE.lastIndex = 0;
  for (let match = EN_CUE.exec(plain); match; match = EN_CUE.exec(plain)) {
    const items = match[1].replace(EN_LIST_END, '').split(/\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+/u).map(cleanSurface);
    // Every item a short name without function words, most of them name-shaped (runc, crun and Kata Containers).
    const names = items.filter((i) => NAME.test(i) && !i.split(/\s+/u).some((w) => EN_STOP.has(w.toLowerCase())));
    const shaped = names.filter((i) => NAME_SHAPED.test(i));
    if (items.length >= 2 && names.length === items.length && shaped.length * 2 > items.length) emit(note, block, sentence.at + match.index, match[0], names, 0.5, out);
  }
}

/**
 * `kubelet → CRI → containerd → runc → Linux kernel`: three or more steps, most of them single names. The
 * one-word steps and capitalised names are proposed (a lower-case phrase such as `Linux kernel` is prose).
 */
function chain(note: Note, block: Block, at: number, text: string, out: Candidate[]): void {
  const steps = text.split(ARROW);
  if (steps.length < 3) return;
  // The first step is the last word(s) before the arrow, after any lead-in (`the call chain is: kubelet`).
  steps[0] = steps[0].split(/[:：,，]\s*/u).pop() ?? '';
  const items = steps.map((s) => cleanSurface(s.replace(/[.。;；]+$/u, '')));
  const names = items.filter((i) => NAME.test(i) && !EN_STOP.has(i.toLowerCase()) && (!/\s/u.test(i) || i.split(/\s+/u).every((w) => /^[A-Z0-9]/u.test(w))));
  if (names.length * 2 <= items.length || names.length < 3) return;
  emit(note, block, at, text, names, 0.5, out);
}

/** `产品有VMware ESXi和Xen Server`, `例如 runc 与 crun`: two or more Latin names after a Chinese listing cue. */
const ZH_CUE = /(?:有|包括|包含|例如|比如|如|像)\s*[：:]?\s*(.+)$/u;

function latinAfterCue(note: Note, block: Block, at: number, clause: string, out: Candidate[]): void {
  const m = ZH_CUE.exec(clause);
  if (!m) return;
  const items = m[1].replace(TRAILING, '').split(ZH_SEP).map((i) => cleanSurface(i));
  if (items.length < 2 || !items.every((i) => NAME.test(i) && NAME_SHAPED.test(i) && !EN_STOP.has(i.toLowerCase()))) return;
  emit(note, block, at, clause, items, 0.5, out);
}

function chinese(note: Note, block: Block, at: number, clause: string, jieba: Segmenter, known: Known, out: Candidate[]): void {
  const raw = clause.replace(TRAILING, '').split(ZH_SEP);
  if (raw.length < 3) return;
  const rest = raw.slice(1).map(tidyItem);
  // The first item is read back from its lead-in, which costs a segmentation: only when the others can
  // still make a list (three items, at most one of them not item-shaped).
  const restShaped = rest.filter(isItem).length;
  if (restShaped + 1 < 3 || restShaped + 1 < raw.length - 1) return;
  const first = termBefore(raw[0], jieba, known);
  const items = [tidyItem(first ?? ''), ...rest];
  const shaped = items.filter(isItem);
  if (shaped.length < 3 || shaped.length < items.length - 1) return;
  const latin = shaped.filter((i) => !hasHan(i));
  const strongList = latin.length * 2 > shaped.length;
  const latinNamed = latin.filter((i) => NAME_SHAPED.test(i)).length;
  const family = familyOf(shaped);
  // A general-language word in a list (处理器、内存、磁盘) is barely evidence: other signals must carry it.
  // A list of Latin items counts as names only when the items look like names: lower-case words in a
  // Chinese list (cpu、memory、io、pids) are as often keywords or identifiers, and need another signal.
  const scores = shaped.map((item) => (strongList && !hasHan(item) ? (NAME_SHAPED.test(item) || latinNamed * 2 > latin.length ? 0.5 : 0.1) : family.has(item) ? 0.5 : backgroundFrequency(item) >= COMMON_FREQUENCY ? 0.1 : 0.2));
  emit(note, block, at, clause, shaped, scores, out);
}

/**
 * The Chinese items that share a head of two or more characters with another item and are longer than that
 * head (软件虚拟化, 硬件虚拟化). Lists can be long: every pair is compared, so each item's length is counted once.
 */
function familyOf(items: string[]): Set<string> {
  const chars = items.map((i) => Array.from(i).length);
  const family = new Set<string>();
  items.forEach((i, x) => {
    if (!hasHan(i)) return;
    const member = items.some((j) => {
      if (j === i) return false;
      const head = sharedHead(i, j);
      return head >= 2 && chars[x] > head;
    });
    if (member) family.add(i);
  });
  return family;
}

/** An item without its glosses and trailing 等. */
function tidyItem(item: string): string {
  return cleanSurface(item.replace(/[（(][^）)]*[）)]/gu, '').replace(TRAILING, ''));
}

function isItem(item: string): boolean {
  if (!item || isStopWord(item) || /[的是了]/u.test(item) || isQuantifiedPhrase(item)) return false;
  if (hasHan(item)) return Array.from(item).length >= 2 && Array.from(item).length <= 12;
  return NAME.test(item) && (isAbbreviation(item) || /[A-Z]/u.test(item) || item.length >= 3);
}

/** Length of the common ending of two items (虚拟化 in 软件虚拟化 / 硬件虚拟化). */
function sharedHead(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** `score`: one for all items, or one per item. */
function emit(note: Note, block: Block, at: number, excerpt: string, items: string[], score: number | number[], out: Candidate[]): void {
  // The items of one list share their place and excerpt: located once, copied per item.
  const provenance = provenanceAt('statistical', note, block, at, `enumeration: ${excerpt}`);
  items.forEach((surface, i) => {
    out.push({ surface, lang: detectLang(surface), signal: 'statistical', aliases: [], score: typeof score === 'number' ? score : score[i], provenance: { ...provenance } });
  });
}
