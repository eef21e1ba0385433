/**
 * Enumerations as discovery evidence: coordinated items are terms of one kind. 软件虚拟化、硬件虚拟化、
 * 内存虚拟化等 (items sharing a head are compounds of one family), VMware、KVM、Xen (a list of names),
 * `such as VMware ESXi, Microsoft Hyper-V and Xen`. Items that are neither stay weak (服务器、网络、内存 …)
 * and need corroboration elsewhere. Reported with the `statistical` signal (corpus evidence, not a
 * statement by the author); the excerpt says it was an enumeration.
 */
import { candidateOf } from './candidate.js';
import type { Segmenter } from './segmenter.js';
import { partOfSpeech } from './segmenter.js';
import type { Block, Candidate, Note } from '../types.js';
import { backgroundFrequency, COMMON_FREQUENCY } from './background.js';
import { blockCues, CUE, cueBits, cuedSentences, cuesOf, type CuedSentence } from './cues.js';
import { provenanceAt } from './locate.js';
import { cleanParts, cleanSurface, codePointLength, detectLang, hasHan, isAbbreviation } from './normalise.js';
import { EN_FUNCTION_WORDS, EN_STOP, isQuantifiedPhrase, isStopWord } from './stop-words.js';
import { tagTerm } from './term-tags.js';
import { isSpace, termBefore, type Known } from './walk-back.js';

const ZH_SEP = /、|以及|及|和|与|或者|或/u;
const TRAILING = /(?:等等|等|之类|etc\.?)$/u;
/**
 * The list runs to a `;` or a parenthesis, or to a dot or colon that ends the sentence or clause (before a space or
 * the end): one inside a name (unittest.mock, Sinon.JS, Node.js, host:5000) does not cut the name short.
 * `like` is no cue: `languages like Clojure, Elm and Haskell`, `resources like CPUs, disks, NICs` liken the topic to
 * things the reader already knows, in passing; the notes' own kinds are listed with such as / include / e.g.
 */
const EN_CUE = /\b(?:such as|including|include|includes|e\.g\.,?|for example,?|(?:components|parts|members|kinds|types|examples)\s+(?:are|were)\s*:?)\s+((?:[^.;:()]|[.:](?!\s|$))+)/giu;
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
  listFamilies(note, out, split);
  for (let b = 0; b < note.blocks.length; b++) {
    const block = note.blocks[b];
    const sentences = split?.[b] ?? cuedSentences(block.text);
    // Parallel subjects are read in the same walk over the sentences (a walk of its own cost as much as the rule).
    const paragraph = block.kind === 'paragraph';
    // Two English subjects need two sentences; a Chinese family may sit in one.
    const english = paragraph && sentences.length >= 2;
    let openings: Openings | undefined;
    for (const sentence of sentences) {
      const { text, cues } = sentence;
      if (paragraph) {
        if (cues & CUE.han) {
          const comma = cues & CUE.fullComma ? text.indexOf('，') : -1;
          const head = comma !== -1 ? parallelHead(text, comma, (cues & CUE.colon) !== 0) : undefined;
          if (head) chineseParallel(note, block, sentence, head, jieba, out);
        } else if (english && cues & CUE.latin) openings = englishOpening(sentence, openings);
      }
      // A Chinese list has a 、 and a Latin list after a Chinese cue one of the cue's characters: most
      // sentences have neither, and need not be split into clauses.
      const listed = (cues & CUE.enumeration) !== 0;
      if (listed || cues & (CUE.listing | CUE.divides)) clauses(note, block, sentence, listed, jieba, known, out);
      if (cues & CUE.arrow && ARROW_CUE.test(text)) chain(note, block, sentence.at, text, out);
      // LATIN_PAIR coordinates two Latin names with 和, 与, 或, 及 or 跟, before a Han character.
      if ((cues & (CUE.han | CUE.latin | CUE.coordination)) === (CUE.han | CUE.latin | CUE.coordination)) latinPair(note, block, sentence, out);
      if (cues & CUE.latin) englishAfterCue(note, block, sentence, out);
      if (cues & CUE.colon) countedList(note, block, sentence, jieba, out);
      if (cues & (CUE.colon | CUE.dash) && cues & CUE.latin) labelledList(note, block, sentence, out);
    }
    if (openings) parallelFamilies(note, block, openings, out);
  }
  return out;
}

function clauses(note: Note, block: Block, sentence: CuedSentence, listed: boolean, jieba: Segmenter, known: Known, out: Candidate[]): void {
  const text = sentence.text;
  const pairs = (sentence.cues & (CUE.divides | CUE.listing)) !== 0;
  // The clauses are read in place, by their bounds and cue bits (what splitting at /[，,。；;：:！？!?\n]/ gave): only a clause with
  // a cue character of some rule is sliced. The previous clause is the lead-in when a colon ends it.
  let previousFrom = 0;
  let previousTo = 0;
  for (let from = 0; from <= text.length; ) {
    // The clause's end and its cue bits (cuesOf(text, from, to)), read in one scan.
    let to = from;
    let bits = 0;
    while (to < text.length) {
      const c = text.charCodeAt(to);
      if (isClauseBreak(c)) break;
      // A gloss's own commas (`**query 改写**（同义词扩展，比如…）、**意图识别**`) do not end the list it sits in.
      if (c === 0xff08 || c === 0x28) {
        const end = glossEnd(text, to);
        bits |= cuesOf(text, to, end);
        to = end;
      } else {
        bits |= cueBits(c);
        to++;
      }
    }
    const afterColon = from > 0 && (text.charCodeAt(from - 1) === 0xff1a || text.charCodeAt(from - 1) === 0x3a);
    const clause = bits & (CUE.enumeration | CUE.listing | CUE.divides) ? text.slice(from, to) : '';
    const leadFrom = previousFrom;
    const leadTo = previousTo;
    previousFrom = from;
    previousTo = to;
    // Two items (`比如 babel-loader、css-loader`) are no Chinese list of their own: the Latin-names rule reads them.
    if (listed && bits & CUE.enumeration && separators(clause) >= 2) chinese(note, block, sentence.at + from, clause, jieba, known, out, afterColon ? text.slice(leadFrom, leadTo) : '');
    else {
      // ZH_CUE needs 有, 包, 如 or 像; ZH_DIVIDES 分 or 包. The Latin names after ZH_CUE need an ASCII letter: most
      // clauses with 有 are Chinese only, and are not matched, split and tidied for nothing.
      if ((bits & (CUE.listing | CUE.latin)) === (CUE.listing | CUE.latin)) latinAfterCue(note, block, sentence.at + from, clause, jieba, out);
      // Every alternative of ZH_DIVIDES holds 分 (CUE.divides) or 包 (one of CUE.listing's): a clause with only 有, 如 or 像 has none.
      if (pairs && (bits & CUE.divides || (bits & CUE.listing && clause.includes('包')))) chinesePair(note, block, sentence.at + from, clause, out);
    }
    from = to + 1;
  }
}

/**
 * How many times ZH_SEP matches in `text` (clause.split(ZH_SEP) makes one more part), counted without the parts:
 * every match holds exactly one of 、及和与或 (以及 and 或者 hold one each), and each of those characters is a match.
 */
function separators(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3001 || c === 0x53ca || c === 0x548c || c === 0x4e0e || c === 0x6216) n++;
  }
  return n;
}

/** Just past the parenthesis closing the one opened at `open` (none nested), or open + 1 when it does not close. */
function glossEnd(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff09 || c === 0x29) return i + 1;
    if (c === 0xff08 || c === 0x28) break;
  }
  return open + 1;
}

/** CLAUSE's characters: ，,。；;：:！？!? and a line break. */
function isClauseBreak(c: number): boolean {
  return c === 0xff0c || c === 0x2c || c === 0x3002 || c === 0xff1b || c === 0x3b || c === 0xff1a || c === 0x3a || c === 0xff01 || c === 0xff1f || c === 0x21 || c === 0x3f || c === 0x0a;
}

/**
 * Cheap pre-test of EN_CUE: ASCII-only /i, so it matches wherever EN_CUE does unless the sentence has ſ or K
 * (CUE.folds). It is tried on the text EN_CUE reads, without the asides: one dropped may join a cue (`such (…) as`).
 */
const EN_CUE_ASCII = /such as|includ|e\.g\.|for example|(?:component|part|member|kind|type|example)s\s/i;

/** `such as VMware ESXi, Microsoft Hyper-V and Xen`. */
function englishAfterCue(note: Note, block: Block, sentence: CuedSentence, out: Candidate[]): void {
  const plain = sentence.cues & CUE.paren && sentence.text.includes('(') ? sentence.text.replace(PAREN_ASIDE, '') : sentence.text;
  if (!(sentence.cues & CUE.folds) && !EN_CUE_ASCII.test(plain)) return;
  // exec() in a loop, not matchAll(): matchAll clones the pattern on every call, and this runs per sentence.
  EN_CUE.lastIndex = 0;
  for (let match = EN_CUE.exec(plain); match; match = EN_CUE.exec(plain)) {
    const items = englishItems(match[1]);
    // Every item a short name without function words, most of them name-shaped (runc, crun and Kata Containers).
    const names = items.filter((i) => NAME.test(i) && !i.split(/\s+/u).some((w) => EN_STOP.has(w.toLowerCase())));
    const shaped = names.filter((i) => NAME_SHAPED.test(i));
    const at = sentence.at + match.index;
    if (items.length >= 2 && names.length === items.length && shaped.length * 2 > items.length) {
      emit(note, block, at, match[0], names, 0.5, out);
      // `Consensus algorithms such as Raft and Paxos`: the kind the names are instances of.
      // `Common branching workflows include A, B and C`: the subject of include(s) is the kind as well.
      const kind = /^(?:such as|including|includes?)\b/iu.test(match[0]) ? kindBefore(plain.slice(0, match.index)) : undefined;
      if (kind) emit(note, block, at, `${kind} ${match[0]}`, [kind], 0.5, out);
    }
    // Lower-case terms of one family (dirty reads, non-repeatable reads and phantom reads).
    else if (items.length >= 3 && names.length === items.length && isEnglishFamily(items)) emit(note, block, at, match[0], items, 0.5, out);
  }
}

/**
 * `Tools: PIT (Java), mutmut (Python), Stryker (JS).`, `- *package tools* — zorp, Quux (JS), Frob for the JVM`,
 * `A registry hosts them: the zorp registry, QuuxHub for Quux, frob.io for Frob.`: a lead (a label, or a whole
 * clause), a separator (a colon, a dash), and then nothing but a list of names (glosses aside), most of them
 * name-shaped, lists members of what the lead names, whatever the separator. An item may be a name with what it
 * is for (`X for Y`, `X in Y`: the name is X) or a short lower-case phrase after an article (`the zorp registry`).
 */
const LABEL_SEPARATOR = /:\s|\s[—–-]\s|\s?—\s?/u;
/** What an item is for or where it lives, after its name: `Frob for the JVM` names Frob. */
const ITEM_TAIL = /\s+(?:for|in|on|under|from|via|with)\s.*$/u;
const ITEM_SPLIT = /\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s*;\s*/u;

function labelledList(note: Note, block: Block, sentence: CuedSentence, out: Candidate[]): void {
  const text = sentence.text;
  const sep = LABEL_SEPARATOR.exec(text);
  if (!sep || sep.index < 2) return;
  const from = sep.index + sep[0].length;
  let rest = text.slice(from);
  if (rest.includes('(')) rest = rest.replace(PAREN_ASIDE, '');
  // Every part must be an item: most sentences with a colon or a dash go on in prose, and fail at their first part.
  const parts = rest.replace(/[.。]$/u, '').split(ITEM_SPLIT);
  if (parts.length < 2) return;
  const items: string[] = [];
  for (const part of parts) {
    const item = listItem(part);
    if (item === undefined) return;
    items.push(item);
  }
  const lead = text.slice(0, sep.index).trim();
  const leadWords = lead.split(/\s+/u);
  // A short label (one to four words, none a function word) or a clause that ends where the list begins.
  const label = leadWords.length <= 4 && /^[A-Za-z]/u.test(lead) && !leadWords.some((w) => EN_FUNCTION_WORDS.has(w.toLowerCase()));
  // A clause as the lead needs a longer list: two names after a sentence are as often its object as its members.
  if (items.length < (label ? 2 : 3)) return;
  if (spellsAcronym(lead, items)) return;
  const shaped = items.filter((i) => NAME_SHAPED.test(i)).length;
  if (shaped * 2 <= items.length) return;
  emit(note, block, sentence.at + from, text, items, 0.5, out);
}

/**
 * `ZAP method: Zeal, Ardour, Pace`: items whose initials spell a capitalised word of the lead expand that acronym;
 * they are its letters' words, capitalised for the acronym, not names.
 */
function spellsAcronym(lead: string, items: readonly string[]): boolean {
  const initials = items.map((i) => i[0]).join('').toUpperCase();
  return initials.length >= 2 && new RegExp(`\\b${initials}\\b`, 'u').test(lead);
}

/** One item of a labelled list as a name, or undefined when it is not one (a phrase, a clause, a stop word). */
function listItem(raw: string): string | undefined {
  let item = cleanSurface(raw.replace(ITEM_TAIL, '').replace(/^(?:the|a|an)\s+/iu, ''));
  if (!item || !NAME.test(item)) return undefined;
  const words = item.split(/\s+/u);
  if (words.some((w) => EN_STOP.has(w.toLowerCase()) || EN_FUNCTION_WORDS.has(w.toLowerCase()))) return undefined;
  // A lower-case word before a capitalised one is a verb and its object (`check Origin`, `keep Zorp`), a step.
  if (words.length > 1 && /^[a-z]/u.test(words[0]) && words.slice(1).some((w) => /^[A-Z]/u.test(w))) return undefined;
  // A phrase of lower-case words is a name only when short (`zorp registry`); a longer one is a description.
  if (words.length > 3 || (words.length > 1 && !NAME_SHAPED.test(item) && words.length > 2)) return undefined;
  return item;
}

/**
 * The items of an English list after its cue, up to where the sentence goes on: the last item keeps only its
 * leading name (`Raft and Paxos avoid it by…` → Paxos, `Cassandra's storage layer` → Cassandra) and a clause
 * after a comma that is not an item (`…and phantom reads, at a higher cost`) ends the list.
 */
function englishItems(list: string): string[] {
  const raw = cleanParts(list.replace(EN_LIST_END, ''), /\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+/u, false);
  const items: string[] = [];
  for (const item of raw) {
    if (!item) break;
    if (NAME.test(item) && !item.split(/\s+/u).some((w) => EN_STOP.has(w.toLowerCase()))) {
      items.push(item);
      continue;
    }
    // Not an item: the list may have ended inside it. Keep its leading name, if any, and stop.
    const lead = leadingName(item);
    if (lead) items.push(lead);
    break;
  }
  return items;
}

/** The capitalised or name-shaped words an item starts with, possessive dropped: `Lucene are built` → Lucene. */
function leadingName(item: string): string | undefined {
  const words: string[] = [];
  for (const raw of item.split(/\s+/u)) {
    const word = raw.replace(/['’]s$/u, '');
    if (!/^[A-Za-z][A-Za-z0-9.+#-]*$/u.test(word) || !NAME_SHAPED.test(word) || EN_STOP.has(word.toLowerCase())) break;
    words.push(word);
    if (word !== raw) break;
  }
  return words.length ? words.join(' ') : undefined;
}

/** Items of one to three lower-case words ending in the same word, each with its own modifier. */
function isEnglishFamily(items: string[]): boolean {
  const heads = new Set(items.map((i) => i.toLowerCase().split(/\s+/u).pop()!.replace(/s$/u, '')));
  const multi = items.filter((i) => /\s/u.test(i) && i.split(/\s+/u).length <= 3);
  return heads.size === 1 && multi.length === items.length && new Set(items.map((i) => i.toLowerCase())).size === items.length;
}

/**
 * The noun phrase right before `such as`/`including` (`Most relational databases, such as …` → relational
 * databases): exactly a modifier and a plural head, both lower case, neither a function word nor a generic
 * adjective (`small tools`, `typical products`, `several types` are not kinds worth a page).
 */
const GENERIC_ADJECTIVE = new Set(
  ('typical common popular various several many some most certain different main major other known well-known ' +
    'important modern new old big small large simple basic usual standard famous good best better key minor').split(' '),
);

/** Nouns too general to be the kind a list names (`a tool such as …`): words of the language, not of a domain. */
const GENERIC_NOUN = new Set('tool product project option platform program application framework library service solution format method approach language thing feature component piece place person company vendor'.split(' '));

function kindBefore(text: string): string | undefined {
  const words = text.replace(/[\s,]+$/u, '').split(/\s+/u).slice(-2);
  if (words.length !== 2) return undefined;
  const [modifier, head] = words.map((w) => w.toLowerCase());
  // `on a forge such as A, B or C`: one noun after an article is the kind too, unless it is a generic one.
  if (/^(?:a|an)$/u.test(modifier)) return /^[a-z][a-z-]{2,}[a-z]$/u.test(words[1]) && !head.endsWith('s') && !EN_FUNCTION_WORDS.has(head) && !EN_STOP.has(head) && !GENERIC_NOUN.has(head) ? head : undefined;
  if (!/^[a-z][a-z-]+$/u.test(modifier) || !/^[a-z][a-z-]+[a-z]s$/u.test(head) || !/^[a-z]/u.test(words[1])) return undefined;
  if (EN_FUNCTION_WORDS.has(modifier) || GENERIC_ADJECTIVE.has(modifier) || EN_STOP.has(modifier) || EN_STOP.has(head) || EN_STOP.has(head.replace(/s$/u, ''))) return undefined;
  return words.join(' ').replace(/^[A-Z](?=[a-z])/u, (c) => c.toLowerCase());
}

/**
 * A list whose length the author announces (`只有四层：链路层、网际层、传输层和应用层`, `包括四个部分：…`,
 * `The standard names four: read uncommitted, …`): the count agreeing with the items is the author saying these
 * are the N members of a kind, whatever their shape.
 */
const ZH_COUNTED = /([一二两三四五六七八九十]|\d+)\s*(?:个|种|类|层|步|项|部分|阶段|大类)?[^：:，,。]{0,8}[：:]\s*([^。；;]+)/u;
const EN_COUNTED = /\b(two|three|four|five|six|seven|eight|nine|ten|\d+)\b[^:.;]{0,30}:\s*([^.;]+)/iu;
const NUMBERS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

/**
 * Pre-test of both patterns: a count, as a digit, a Chinese numeral or an English number word (ASCII /i: it
 * matches wherever the /iu pattern does unless ſ stands for s, see CUE.folds).
 */
const COUNT_HINT = /[0-9一二两三四五六七八九十]|two|three|four|five|six|seven|eight|nine|ten/i;

function countedList(note: Note, block: Block, sentence: CuedSentence, jieba: Segmenter, out: Candidate[]): void {
  const { at, text } = sentence;
  if (!(sentence.cues & CUE.folds) && !COUNT_HINT.test(text)) return;
  const zh = ZH_COUNTED.exec(text);
  // EN_COUNTED needs an ASCII colon; most sentences here have only a full-width one.
  const en = zh || !text.includes(':') ? null : EN_COUNTED.exec(text);
  const m = zh ?? en;
  if (!m) return;
  const expected = NUMBERS[m[1].toLowerCase()] ?? Number(m[1]);
  const items = zh ? tidiedParts(m[2].replace(TRAILING, '')) : cleanParts(m[2], /\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+/u, false);
  if (expected < 2 || items.length !== expected) return;
  // A count of clauses (`两步：时间上离散化和幅度上离散化`, `两个：…以及给验证者报酬`) announces steps or purposes, not names.
  const ok = zh ? items.every((i) => isItem(i) && !isClause(i, jieba)) : items.every((i) => NAME.test(i) && i.split(/\s+/u).length <= 3 && !i.split(/\s+/u).some((w) => EN_STOP.has(w.toLowerCase())));
  if (ok) emit(note, block, at + m.index, m[0], items, 0.5, out);
}

/**
 * A bulleted or numbered list whose items open with phrases of one family (`- A B-tree index keeps…`,
 * `- A hash index answers…`, `- A covering index contains…`): three or more items, each opening with its own
 * modifier and the same head noun within its first four words. The opening phrases are terms.
 */
const OPENING_WORD = /^[A-Za-z][A-Za-z0-9+#-]*$/u;

function listFamilies(note: Note, out: Candidate[], split: CuedSentence[][] | undefined): void {
  let lines: Int32Array | undefined;
  let group: Block[] = [];
  const flush = () => {
    if (group.length >= 3) listFamily(note, group, out);
    group = [];
  };
  const blocks = note.blocks;
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    // A block without the Han cue bit has no Han: most English blocks are not scanned again.
    if (block.kind !== 'paragraph' || ((!split || blockCues(split[b]) & CUE.han) && hasHan(block.text))) {
      flush();
      continue;
    }
    lines ??= lineStarts(note.text);
    if (!startsWithListMark(note.text, lines, block.line - 1)) {
      flush();
      continue;
    }
    if (group.length && group[group.length - 1].section !== block.section) flush();
    group.push(block);
  }
  flush();
}

/**
 * Where each line of `text` starts (one entry per line, like text.split('\n')): the list marks are read in place,
 * where splitting every note into line strings cost more than the whole pass's other work.
 */
function lineStarts(text: string): Int32Array {
  let n = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) n++;
  const starts = new Int32Array(n);
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts[line++] = at + 1;
  return starts;
}

/** Line `index` of text opens with a list mark, /^\s*(?:[-*+]|\d+[.)])\s+/: read by code within the line (no line string is made). */
function startsWithListMark(text: string, starts: Int32Array, index: number): boolean {
  if (index < 0 || index >= starts.length) return false;
  const end = index + 1 < starts.length ? starts[index + 1] - 1 : text.length;
  let i = starts[index];
  while (i < end && isSpace(text.charCodeAt(i))) i++;
  const c = text.charCodeAt(i);
  if (i < end && (c === 0x2d || c === 0x2a || c === 0x2b)) i++;
  else {
    const digits = i;
    while (i < end && isDigit(text.charCodeAt(i))) i++;
    const mark = text.charCodeAt(i);
    if (i === digits || i >= end || (mark !== 0x2e && mark !== 0x29)) return false;
    i++;
  }
  return i < end && isSpace(text.charCodeAt(i));
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

function listFamily(note: Note, items: Block[], out: Candidate[]): void {
  const openings = items.map((block) => {
    const words: string[] = [];
    for (const raw of block.text.replace(/^(?:an?|the)\s+/iu, '').split(/\s+/u).slice(0, 4)) {
      const word = raw.replace(/[,.;:]+$/u, '');
      if (!OPENING_WORD.test(word) || (EN_STOP.has(word.toLowerCase()) && !isHeadNoun(word))) break;
      words.push(word);
      if (word !== raw) break;
    }
    return words;
  });
  for (let k = 1; k < openings[0].length; k++) {
    const head = openings[0][k].toLowerCase();
    if (!isHeadNoun(head)) continue;
    const phrases = openings.map((words) => {
      const at = words.findIndex((w, i) => i >= 1 && w.toLowerCase() === head);
      return at >= 1 ? words.slice(0, at + 1).join(' ') : undefined;
    });
    if (phrases.some((p) => !p) || new Set(phrases.map((p) => p!.toLowerCase())).size !== phrases.length) continue;
    phrases.forEach((phrase, i) => emit(note, items[i], 0, items[i].text, [phrase!], 0.5, out));
    return;
  }
}

/** A lower-case noun-like word that can head a term: generic nouns (index, level, type) included, function words not. */
function isHeadNoun(word: string): boolean {
  return /^[a-z]{3,}$/u.test(word.toLowerCase()) && !EN_FUNCTION_WORDS.has(word.toLowerCase());
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
  if (names.length * 2 > items.length && names.length >= 3) emit(note, block, at, text, names, 0.5, out);
  else sharedHeadSteps(note, block, at, text, steps, out);
}

/**
 * `object zone (a.k.a. model zone) → world zone → view zone → clip zone`: three or more steps that are lower-case
 * phrases of two or three words ending in one head noun are the members of one kind, named one after the other
 * (a chain of prose phrases with different heads stays prose).
 */
const GLOSS = /\s*[（(][^（）()]*[）)]/gu;
const LOWER_PHRASE = /^[a-z][a-z-]*(?:\s+[a-z][a-z-]*){1,2}$/u;

function sharedHeadSteps(note: Note, block: Block, at: number, text: string, steps: string[], out: Candidate[]): void {
  const phrases = steps.map((s) => cleanSurface(s.replace(GLOSS, '').replace(/[.。;；]+$/u, '')));
  const byHead = new Map<string, string[]>();
  for (const p of phrases) {
    if (!LOWER_PHRASE.test(p)) continue;
    const words = p.split(/\s+/u);
    if (words.some((w) => EN_FUNCTION_WORDS.has(w) || EN_STOP.has(w))) continue;
    const head = words[words.length - 1];
    byHead.set(head, [...(byHead.get(head) ?? []), p]);
  }
  for (const group of byHead.values()) if (group.length >= 3 && group.length * 2 >= phrases.length) emit(note, block, at, text, [...new Set(group)], 0.5, out);
}

/**
 * `产品有VMware ESXi和Xen Server`, `例如 runc 与 crun`: two or more Latin names after a Chinese listing cue. The list
 * is what follows a cue, whole: a cue whose tail is no list (`所有的工具如 Docker、Podman` after 有) gives way to the
 * next one.
 */
const ZH_CUE = /(?:有|包括|包含|例如|比如|如|像)\s*[：:]?\s*/gu;

function latinAfterCue(note: Note, block: Block, at: number, clause: string, jieba: Segmenter, out: Candidate[]): void {
  ZH_CUE.lastIndex = 0;
  for (let m = ZH_CUE.exec(clause); m; m = ZH_CUE.exec(clause)) {
    if (!mayBeLatinList(clause, m.index + m[0].length)) continue;
    const items = latinListItems(clause.slice(m.index + m[0].length));
    if (!items) continue;
    // Only a list is segmented: its cue must be a word of its own (有 of 工具有, not of 所有, 没有, 具有).
    if (isCueWord(clause, m.index, jieba)) emit(note, block, at, clause, items, 0.5, out);
    return;
  }
}

/** The items of `rest`, the text after a cue, when it is a list of two or more Latin names; else undefined. */
export function latinListItems(rest: string): string[] | undefined {
  const items = cleanParts(rest.replace(TRAILING, ''), ZH_SEP, false);
  if (items.length < 2 || !items.every((i) => NAME.test(i) && NAME_SHAPED.test(i) && !EN_STOP.has(i.toLowerCase()))) return undefined;
  return items;
}

/**
 * Whether the text after a cue can still be a list of Latin names: a Han character that is neither a separator of
 * ZH_SEP nor part of a trailing 等/之类 keeps one item from being a name, and the list is then no list. Read only up to
 * that character, so a clause with many cues costs one pass, not a copy and a split of its rest per cue (a 1 MB line
 * of 镜像 … took minutes: 像 is a cue). It only rejects what the full test below would reject.
 */
export function mayBeLatinList(clause: string, from: number): boolean {
  for (let i = from; i < clause.length; i++) {
    const c = clause.charCodeAt(i);
    if (c < 0x4e00 || c > 0x9fff) continue;
    // 等 之 类 (等, 等等, 之类 end a list); 及 和 与 或 separate items, and 以及, 或者 (read as one).
    if (c === 0x7b49 || c === 0x4e4b || c === 0x7c7b || c === 0x53ca || c === 0x548c || c === 0x4e0e) continue;
    if (c === 0x6216) {
      if (clause.charCodeAt(i + 1) === 0x8005) i++;
      continue;
    }
    if (c === 0x4ee5 && clause.charCodeAt(i + 1) === 0x53ca) {
      i++;
      continue;
    }
    return false;
  }
  return true;
}

/**
 * A one-character cue (有, 如, 像) at `at` is a word of its own where jieba cuts the run of Han characters around it
 * at both its sides: 所有, 没有, 具有, 如果, 图像 hold it inside a longer word. Longer cues (包括, 例如) are words.
 */
function isCueWord(clause: string, at: number, jieba: Segmenter): boolean {
  const cue = clause.charCodeAt(at);
  if (cue !== 0x6709 && cue !== 0x5982 && cue !== 0x50cf) return true;
  let from = at;
  while (from > 0 && isHanCode(clause.charCodeAt(from - 1))) from--;
  let to = at + 1;
  while (to < clause.length && isHanCode(clause.charCodeAt(to))) to++;
  if (to - from === 1) return true;
  let end = from;
  for (const word of jieba.cut(clause.slice(from, to))) {
    if (end === at) return word.length === 1;
    end += word.length;
    if (end > at) return false;
  }
  return false;
}

/**
 * `React 和 Vue 都加了几个假设`: two capitalised Latin words coordinated in Chinese prose are two names of one kind.
 * Titlecase or coined names only (`CPU 和内存`, `CPU 和 GPU` are general hardware words, left to other signals).
 */
const LATIN_PAIR = /(?<![A-Za-z0-9._-])([A-Z][a-z][A-Za-z0-9]*|[a-z]+[A-Z][A-Za-z0-9]*)\s*(?:和|与|或|及|跟)\s*([A-Z][a-z][A-Za-z0-9]*|[a-z]+[A-Z][A-Za-z0-9]*)(?![A-Za-z0-9._-])(?=\s*\p{Script=Han})/gu;

function latinPair(note: Note, block: Block, sentence: CuedSentence, out: Candidate[]): void {
  LATIN_PAIR.lastIndex = 0;
  for (let m = LATIN_PAIR.exec(sentence.text); m; m = LATIN_PAIR.exec(sentence.text)) {
    const items = [m[1], m[2]];
    if (items.some((i) => EN_STOP.has(i.toLowerCase())) || items[0] === items[1]) continue;
    emit(note, block, sentence.at + m.index, m[0], items, 0.5, out);
  }
}

/**
 * `顶级域又分为通用顶级域和国家顶级域`: two items after a word that divides a kind, sharing a head of two characters
 * or more — the kind's subtypes.
 */
const ZH_DIVIDES = /(?:分为|分成|划分为|包括|包含)\s*[：:]?\s*([^，,。；;：:]+)/u;

function chinesePair(note: Note, block: Block, at: number, clause: string, out: Candidate[]): void {
  const m = ZH_DIVIDES.exec(clause);
  if (!m) return;
  const items = m[1].replace(TRAILING, '').split(/和|与|及|或/u).map((i) => cleanSurface(i));
  if (items.length !== 2 || !items.every(isItem) || !items.every(hasHan)) return;
  const n = sharedHead(items[0], items[1]);
  if (n < 2 || items.some((i) => codePointLength(i) <= n)) return;
  emit(note, block, at + m.index, m[0], items, 0.5, out);
}

/**
 * A list the author announces as the members of a kind (`常见的X有：A、B、C`, `…机制，常见的有A、B、C`): the items are
 * named as instances whatever their shape, and X, when named, is a kind (unless it is a generic word: 产品, 类型).
 */
const KIND_LEAD = /(?:常见|常用|典型|主要|经典)的(\p{Script=Han}{2,10}?)?(?:有|包括|包含)[：:]?\s*$/u;
const GENERIC_KIND = /(?:类型|种类|类别|方式|方法|实现|产品|工具|场景|做法|形式|例子|情况)$/u;

function chinese(note: Note, block: Block, at: number, clause: string, jieba: Segmenter, known: Known, out: Candidate[], lead = ''): void {
  // Glosses go first: their commas and 和 are not separators, and the first item is read back from its end.
  const plain = clause.includes('(') || clause.includes('（') ? clause.replace(GLOSSES, '') : clause;
  const raw = plain.replace(TRAILING, '').split(ZH_SEP);
  if (raw.length < 3) return;
  // A loop, not slice(1).map(): a mapped array's elements kind depends on whether its maker ran optimised.
  const rest: string[] = [];
  for (let i = 1; i < raw.length; i++) rest.push(tidyItem(raw[i]));
  // `年龄、性别、地域这类人口统计学特征`: a demonstrative after the last item names the list's kind; the item ends before it.
  const kindAt = rest.length ? DEMONSTRATIVE_KIND.exec(rest[rest.length - 1]) : null;
  if (kindAt) rest[rest.length - 1] = rest[rest.length - 1].slice(0, kindAt.index);
  trimLastAtHead(rest, raw[0]);
  trimLatinOwner(rest);
  trimLatinLast(rest, raw[0]);
  // The first item is read back from its lead-in, which costs a segmentation: only when the others can
  // still make a list (three items, at most one of them not item-shaped).
  const restShaped = rest.filter(isItem).length;
  if (restShaped + 1 < 3 || restShaped + 1 < raw.length - 1) return;
  // The walk back may stop at a known head (域名服务器 for 根域名服务器), or find nothing jieba knows (根域):
  // the shared ending of the other items shows how far the first one reaches.
  // Among Latin names the first one is the Latin word before the first 、, whole (jieba cuts Promise.then at the dot).
  const latinFirst = rest.every((i) => !hasHan(i)) ? LATIN_TAIL.exec(raw[0].trimEnd())?.[0] : undefined;
  const walked = latinFirst ?? termBefore(raw[0], jieba, known);
  const shared = firstBySharedHead(raw[0], rest);
  const first = shared && (!walked || (shared.endsWith(walked) && shared.length > walked.length)) ? shared : walked;
  const items = [withoutLeadingVerb(tidyItem(first ?? ''), rest, jieba), ...rest];
  const shaped = items.filter((i) => isItem(i) && !isClause(i, jieba));
  if (shaped.length < 3 || shaped.length < items.length - 1) return;
  const latin = shaped.filter((i) => !hasHan(i));
  const strongList = latin.length * 2 > shaped.length;
  const latinNamed = latin.filter((i) => NAME_SHAPED.test(i)).length;
  const family = familyOf(shaped);
  // The lead-in of a kind list is the text before the first item, or the clause before the colon.
  const intro = KIND_LEAD.exec(first && raw[0].trimEnd().endsWith(first) ? raw[0].trimEnd().slice(0, -first.length) : '') ?? KIND_LEAD.exec(lead);
  const kind = intro?.[1];
  if (kind && !GENERIC_KIND.test(kind) && backgroundFrequency(kind) < COMMON_FREQUENCY && !isStopWord(kind)) {
    emit(note, block, at, `${intro[0]}${clause}`, [kind], 0.5, out);
  }
  // A general-language word in a list (处理器、内存、磁盘) is barely evidence: other signals must carry it.
  // A list of Latin items counts as names only when the items look like names: lower-case words in a
  // Chinese list (cpu、memory、io、pids) are as often keywords or identifiers, and need another signal.
  // A list the author announces (常见的工具有：…) needs only half of its Latin items name-shaped: the lead-in vouches for
  // the lower-case names among them (jieba、HanLP、IK Analyzer、pkuseg), not for words (cpu、memory、io).
  const named = latinNamed * 2 > latin.length || (intro !== null && latinNamed * 2 >= latin.length);
  // A loop, not map(): a mapped array's elements kind depends on whether its maker runs optimised, and emit, which
  // reads it, deoptimised when the other kind arrived.
  const scores: number[] = [];
  for (const item of shaped) scores.push(strongList && !hasHan(item) ? (NAME_SHAPED.test(item) || named ? 0.5 : 0.1) : family.has(item) || (intro && hasHan(item)) ? 0.5 : backgroundFrequency(item) >= COMMON_FREQUENCY ? 0.1 : 0.2);
  emit(note, block, at, clause, shaped, scores, out);
}

/**
 * `同时考虑亮度、对比度和结构`: the walk back takes the sentence's verb into the first item (考虑亮度) while the other
 * items are bare nouns. When jieba reads the first item as a verb and nouns, and every other item as nouns only, the
 * first item is its nouns. Jieba tags many term modifiers as verbs (训练集, 召回率, 运动估计): the siblings decide,
 * and a list whose other items hold a verb or a modifier (验证集, 精确率) keeps its first item whole.
 */
const BARE_NOUN = /^(?:n|nr|ns|nt|nz|ng|l|j)$/u;

function withoutLeadingVerb(first: string, rest: readonly string[], jieba: Segmenter): string {
  if (codePointLength(first) < 4 || !hasHan(first) || rest.length < 2) return first;
  const tags = tagTerm(jieba, first);
  if (tags.length < 2 || tags[0].tag !== 'v' || !tags.slice(1).every((t) => BARE_NOUN.test(t.tag))) return first;
  const noun = first.slice(tags[0].word.length);
  if (codePointLength(noun) < 2) return first;
  const bare = (item: string) => hasHan(item) && tagTerm(jieba, item).every((t) => BARE_NOUN.test(t.tag));
  return rest.every(bare) ? noun : first;
}

/**
 * The Chinese items that share a head of two or more characters with another item and are longer than that
 * head (软件虚拟化, 硬件虚拟化). Lists can be long: every pair is compared, so each item's length is counted once.
 */
function familyOf(items: string[]): Set<string> {
  const chars = items.map((i) => codePointLength(i));
  const family = new Set<string>();
  // Three or more items that all end in the same character (物理层、数据链路层、网络层) are named the way a
  // kind's members are: one family too.
  const last = items[0]?.[items[0].length - 1];
  if (items.length >= 3 && items.every((i, x) => hasHan(i) && chars[x] >= 2 && i[i.length - 1] === last)) return new Set(items);
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

/**
 * The first item by the head the others share (`依次是根域、顶级域、二级域`: jieba does not know 根域): the tail of
 * its clause after the verb or preposition that introduces the list, ending with the character the middle
 * items end with, and no longer than the longest of them.
 */
const LIST_INTRO = /[是有为括含如即向对在从把将：:]/u;

function firstBySharedHead(lead: string, rest: string[]): string | undefined {
  // The last item may still run on into the sentence: the middle ones decide.
  const middle = rest.length > 1 ? rest.slice(0, -1) : rest;
  const head = middle[0]?.slice(-1);
  if (!head || !middle.every((i) => i.endsWith(head) && hasHan(i))) return undefined;
  const clause = lead.trim();
  if (!clause.endsWith(head)) return undefined;
  let start = clause.length - 1;
  while (start > 0 && !LIST_INTRO.test(clause[start - 1])) start--;
  const item = clause.slice(start);
  const longest = Math.max(...middle.map((i) => codePointLength(i)));
  return codePointLength(item) >= 2 && codePointLength(item) <= longest ? item : undefined;
}

/**
 * The last item runs on into the sentence (`…顶级域名服务器和权威域名服务器发起迭代查询`): when the two items before
 * it (or the item before it and the lead-in) share a head of two characters or more and the last one contains
 * it, the item ends with that head.
 */
function trimLastAtHead(items: string[], lead: string): void {
  if (items.length < 2) return;
  const last = items[items.length - 1];
  const a = items[items.length - 2];
  // With two items after the lead-in, the lead-in ends with the first item: it shares the head as well.
  const b = items.length >= 3 ? items[items.length - 3] : lead.trim();
  const n = sharedHead(a, b);
  if (n < 2 || !hasHan(a)) return;
  const head = a.slice(a.length - n);
  const at = last.indexOf(head);
  if (at > 0 && at + head.length < last.length) items[items.length - 1] = last.slice(0, at + head.length);
}

/** The Latin name (up to three words) that ends a text: `VMware ESXi`, `Promise.then`. */
const LATIN_TAIL = /(?<![A-Za-z0-9._+#-]\s?)[A-Za-z][A-Za-z0-9._+#-]*(?:\s[A-Za-z0-9][A-Za-z0-9._+#-]*){0,2}$/u;

/**
 * `A、B、C 的回调`: names owning a shared noun (the callbacks of A, B and C). When every item is a Latin name, the
 * last one ends at 的 (a Chinese item is left as it is: 构建、分发和运行容器的平台 is no list of owners).
 */
function trimLatinOwner(items: string[]): void {
  const last = items[items.length - 1];
  const at = last.indexOf('的');
  if (at <= 0 || items.slice(0, -1).some((i) => hasHan(i) || !NAME.test(i))) return;
  const owner = cleanSurface(last.slice(0, at));
  if (NAME.test(owner)) items[items.length - 1] = owner;
}

/**
 * `A、B、C 都是…`, `A、B、带某种模式的 C 都属于…`: in a list of Latin names the last item runs on into the sentence.
 * It is the Latin name it opens with, or the one a 的 modifier describes; the lead-in must end with a Latin name too.
 * A name glued to a Han noun (`Linux容器`) heads a compound instead: it ends the item only before a space or a verb.
 */
const LEADING_LATIN = /^[A-Za-z][A-Za-z0-9._+#-]*(?:\s[A-Za-z0-9][A-Za-z0-9._+#-]*){0,2}(?=\s+\p{Script=Han}|[是都也均则属被可会能在])/u;
const MODIFIED_LATIN = /^\p{Script=Han}[^、，,。]*的\s*([A-Za-z][A-Za-z0-9._+#-]*)(?=\s*\p{Script=Han})/u;

function trimLatinLast(items: string[], lead: string): void {
  const last = items[items.length - 1];
  if (!last || !hasHan(last) || !LATIN_TAIL.test(lead.trimEnd()) || items.slice(0, -1).some((i) => hasHan(i) || !NAME.test(i))) return;
  const leading = LEADING_LATIN.exec(last)?.[0];
  // `A、B、C 这类指令`: a demonstrative after the names makes them examples of a class of words, not a list of names;
  // a count after them (`A、B、C 三个阶段`) makes them the steps of one process.
  if (leading && /^\s*(?:[这那此][类些种样]|之类|[一二两三四五六七八九十\d]+\s*[个种类步项])/u.test(last.slice(leading.length))) return;
  const name = leading ?? MODIFIED_LATIN.exec(last)?.[1];
  if (name && NAME.test(name)) items[items.length - 1] = name;
}

/** 这类, 这些, 此类, 之类 … after a list's last item (not at its start, where isQuantifiedPhrase rejects it). */
const DEMONSTRATIVE_KIND = /(?<=\p{Script=Han})(?:[这那此][类些种样]|之类)/u;

const GLOSSES = /\s*[（(][^（）()]*[）)]/gu;

/** tidyItem of each part of `text` split at ZH_SEP, by a loop (see cleanParts: a mapped array's kind depends on the tier). */
function tidiedParts(text: string): string[] {
  const raw = text.split(ZH_SEP);
  const out: string[] = [];
  for (let i = 0; i < raw.length; i++) out.push(tidyItem(raw[i]));
  return out;
}

/** An item without its glosses and trailing 等. */
function tidyItem(item: string): string {
  return cleanSurface(item.replace(/[（(][^）)]*[）)]/gu, '').replace(TRAILING, ''));
}

/** An arrow or a comparison inside an item: a step of a chain or a formula (`合并 → 写出词典`), not one name. */
const NOT_IN_ITEM = /[→⟶⇒←<>=]|->/u;

function isItem(item: string): boolean {
  if (!item || isStopWord(item) || /[的是了]/u.test(item) || isQuantifiedPhrase(item) || NOT_IN_ITEM.test(item)) return false;
  if (hasHan(item)) return codePointLength(item) >= 2 && codePointLength(item) <= 12;
  return NAME.test(item) && (isAbbreviation(item) || /[A-Z]/u.test(item) || item.length >= 3);
}

/**
 * A Chinese item that jieba reads as a clause, not a name: an adverb inside it before more words (距离分别做熵编码,
 * 内存占用同样重要), a locative inside it before a verb or an adverb (时间上离散化, 任务间同步), a preposition opening
 * it before a verb (给验证者报酬), or a conjunction of two characters or more (三者很难同时做到, 要么都失败). An adverb
 * opening the item (快速重传, 仅编码器) or closing it (硬实时) and a one-character conjunction between verbs
 * (占有并等待) are a name's modifiers and joints.
 */
const CLAUSE_MIN = 3;

function isClause(item: string, jieba: Segmenter): boolean {
  if (codePointLength(item) < CLAUSE_MIN || !hasHan(item)) return false;
  const tags = tagTerm(jieba, item).filter((t) => t.word.trim());
  for (let k = 0; k < tags.length; k++) {
    const tag = tags[k].tag;
    const next = k + 1 < tags.length ? tags[k + 1].tag : '';
    if ((tag === 'd' || tag === 'ad') && k > 0 && next) return true;
    if (tag === 'f' && k > 0 && (next === 'v' || next === 'd')) return true;
    if (tag === 'p' && k === 0 && next === 'v') return true;
    if (tag === 'c' && tags[k].word.length >= 2 && tags.length > 1) return true;
  }
  return false;
}

/** Length of the common ending of two items (虚拟化 in 软件虚拟化 / 硬件虚拟化). */
function sharedHead(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/**
 * `TP、FP、FN、TN`, `LL、RR、LR、RL`: three or more two-letter codes of one list whose first letters take at most two
 * values and whose second letters take at most two are the cells of a grid of cases (true/false × positive/negative,
 * left/right twice), letters the text labels its cases with while it walks through them, not the names of terms.
 * Codes of their own differ in length (RIP、OSPF、BGP) or do not form a grid (AR、VR、MR; KB、MB、GB; UI、UX).
 * Returns the indexes of the grid's items, or undefined.
 */
const LETTER_PAIR = /^[A-Z]{2}$/u;

function caseGrid(items: readonly string[]): Set<number> | undefined {
  // Most lists hold fewer than three such codes: counted first, without the sets.
  let codes = 0;
  for (let i = 0; i < items.length; i++) if (LETTER_PAIR.test(items[i])) codes++;
  if (codes < 3) return undefined;
  const cells = new Set<number>();
  const firsts = new Set<string>();
  const seconds = new Set<string>();
  for (let i = 0; i < items.length; i++) {
    if (!LETTER_PAIR.test(items[i])) continue;
    cells.add(i);
    firsts.add(items[i][0]);
    seconds.add(items[i][1]);
  }
  return cells.size >= 3 && firsts.size <= 2 && seconds.size <= 2 ? cells : undefined;
}

/** `score`: one for all items, or one per item. */
function emit(note: Note, block: Block, at: number, excerpt: string, items: string[], score: number | number[], out: Candidate[]): void {
  const grid = items.length >= 3 ? caseGrid(items) : undefined;
  // The items of one list share their place and excerpt: one provenance, located once, for all of them (no stage
  // mutates a provenance; boostProductiveHeads replaces one instead).
  const provenance = provenanceAt('statistical', note, block, at, `enumeration: ${excerpt}`);
  for (let i = 0; i < items.length; i++) {
    if (grid?.has(i)) continue;
    const surface = items[i];
    out.push(candidateOf(surface, detectLang(surface), 'statistical', [], typeof score === 'number' ? score : score[i], provenance));
  }
}

/**
 * Parallel subjects: clauses of one paragraph that open with the same head under different modifiers are the members
 * of a family the author contrasts (`Synchronous replication waits …; asynchronous replication answers …`,
 * `Range partitioning keeps … . Hash partitioning spreads …`): `<modifier> <head>` opening a sentence or a `;` clause,
 * followed by a third-person verb or `, which`, two or more modifiers for one head within a paragraph. English only.
 */
const EN_OPENING = /^([A-Za-z][a-z]+(?:-[a-z]+)*)\s+([a-z][a-z-]*[a-z])(?:,\s+which\b|\s+([a-z]+)\b)/;
const EN_VERB_AUX = new Set('is are was were has have can will must may does do'.split(' '));

/** English sentence openings of one paragraph by head: `<modifier> <head>` and where each sentence starts. */
type Openings = Map<string, Array<{ phrase: string; mod: string; at: number }>>;

function englishOpening(sentence: CuedSentence, openings: Openings | undefined): Openings | undefined {
  const text = sentence.text;
  // Sentences end at `;` too (see locate.ts): a clause after a semicolon is a sentence here.
  const code = text.charCodeAt(0) | 0x20;
  if (code < 0x61 || code > 0x7a || !mayOpenWithSubject(text, 0)) return openings;
  const m = EN_OPENING.exec(text);
  const phrase = m ? openingPhrase(m) : undefined;
  if (!phrase) return openings;
  const byHead: Openings = openings ?? new Map();
  const list = byHead.get(phrase.key) ?? byHead.set(phrase.key, []).get(phrase.key)!;
  if (!list.some((p) => p.mod === phrase.mod)) list.push({ phrase: phrase.text, mod: phrase.mod, at: sentence.at });
  return byHead;
}

/**
 * Two or more modifiers of one head in a paragraph: each phrase is a term. Another subject of the same shape in that
 * paragraph (`Range partitioning keeps …. Hash partitioning spreads …. Consistent hashing limits …`) is the next
 * option the author contrasts, under another head: weaker (0.45), as it needs a second signal.
 */
function parallelFamilies(note: Note, block: Block, openings: Openings, out: Candidate[]): void {
  const families = [...openings.values()].filter((list) => list.length >= 2);
  if (families.length === 0) return;
  const excerpt = `parallel: ${families.flat().map((p) => p.phrase).join(' / ')}`;
  for (const list of openings.values()) {
    if (list.length >= 2) for (const { phrase, at } of list) emit(note, block, at, `parallel: ${list.map((p) => p.phrase).join(' / ')}`, [phrase], 0.5, out);
    else emit(note, block, list[0].at, excerpt, [list[0].phrase], 0.45, out);
  }
}

/**
 * Necessary condition of EN_OPENING + openingPhrase, by char codes: a first word that is not a function word (The,
 * It, In …: most sentences), a second word, then a comma or a third word that is a verb of the third person or an
 * auxiliary. Most sentences fail it before any regex match is made.
 */
function mayOpenWithSubject(text: string, from: number): boolean {
  let i = from;
  while (i < text.length && isLetterOrHyphen(text.charCodeAt(i))) i++;
  if (i - from < 2 || !isSpace(text.charCodeAt(i))) return false;
  if (i - from <= 5 && EN_FUNCTION_WORDS.has(text.slice(from, i).toLowerCase())) return false;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  const second = i;
  while (i < text.length && isLetterOrHyphen(text.charCodeAt(i))) i++;
  if (i === second) return false;
  if (text.charCodeAt(i) === 0x2c) return true;
  if (!isSpace(text.charCodeAt(i))) return false;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  const third = i;
  while (i < text.length && isLetterOrHyphen(text.charCodeAt(i))) i++;
  if (i === third) return false;
  if (text.charCodeAt(i - 1) === 0x73) return i - third >= 4 || EN_VERB_AUX.has(text.slice(third, i));
  return i - third <= 4 && EN_VERB_AUX.has(text.slice(third, i));
}

const isLetterOrHyphen = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || c === 0x2d;

/** The term an opening match names, with its head key and modifier; undefined when the words cannot make one. */
function openingPhrase(m: RegExpExecArray): { text: string; key: string; mod: string } | undefined {
  const [, modifier, head, verb] = m;
  const mod = modifier.toLowerCase();
  if (verb !== undefined && !EN_VERB_AUX.has(verb) && !(verb.length >= 4 && verb.endsWith('s') && !/(?:ss|us|is)$/u.test(verb))) return undefined;
  if (EN_FUNCTION_WORDS.has(mod) || EN_STOP.has(mod) || GENERIC_ADJECTIVE.has(mod) || EN_FUNCTION_WORDS.has(head) || /ly$/u.test(head)) return undefined;
  return { text: `${modifier.replace(/^[A-Z](?=[a-z])/u, (c) => c.toLowerCase())} ${head}`, key: head.replace(/s$/u, ''), mod };
}

/**
 * The head chineseParallel tries, found by char codes and without allocation: two adjacent clause openings hold the
 * same four Han characters (a two-character head and the two-character word after it) after their first and within
 * their first nine; the first two of them are the head. Undefined when no two adjacent openings share them.
 * The key keeps the fourth character's low five bits only: a rare collision just lets a sentence through.
 */
function parallelHead(text: string, firstComma: number, colons: boolean): string | undefined {
  // Where the next ，and ：are, searched again only once passed (and ：not at all in a sentence without one).
  let nextComma = firstComma;
  let previousColon = colons ? -1 : text.length;
  let previous = -1;
  let previousEnd = -1;
  for (let start = 0; start < text.length; ) {
    let end = start;
    while (end < text.length && end - start < 10 && isHanCode(text.charCodeAt(end))) end++;
    // A parallel subject is short and its clauses adjacent: four shared characters starting within the first six of
    // this opening and of the one before (a handful of char-code comparisons, most failing on the first).
    if (previous !== -1) {
      for (let p = start + 1; p + 4 <= end && p - start <= 5; p++) {
        const c = text.charCodeAt(p);
        for (let q = previous + 1; q + 4 <= previousEnd && q - previous <= 5; q++) {
          if (text.charCodeAt(q) === c && text.charCodeAt(q + 1) === text.charCodeAt(p + 1) && text.charCodeAt(q + 2) === text.charCodeAt(p + 2) && text.charCodeAt(q + 3) === text.charCodeAt(p + 3)) {
            return text.slice(p, p + 2);
          }
        }
      }
    }
    previous = start;
    previousEnd = end;
    // The next clause starts after the next ，or ：(a sentence already ends at ；), found by native search.
    if (nextComma !== -1 && nextComma < end) nextComma = text.indexOf('，', end);
    const comma = nextComma;
    const colon = previousColon >= end ? previousColon : text.indexOf('：', end);
    previousColon = colon === -1 ? text.length : colon;
    const next = comma === -1 ? previousColon : Math.min(comma, previousColon);
    if (next >= text.length) break;
    start = next + 1;
  }
  return undefined;
}

const isHanCode = (c: number) => c >= 0x4e00 && c <= 0x9fff;

/**
 * Chinese: clauses of one sentence that open with the same head under different modifiers and go on with the same
 * word (`流量控制照顾的是接收方，拥塞控制照顾的是整个网络`, `批处理系统关心…，交互式系统关心…，实时系统则要求…`).
 * The parallel word is what makes it a contrast rather than a coincidence of characters, and the items must end
 * where jieba ends a word; once two items agree on it, other clause openings with the same head join them.
 * Only the openings of sentences where two of them share four characters (parallelHead) are segmented.
 */
const ZH_CLAUSE = /[，；：]/u;
const ZH_OPENING = /^\p{Script=Han}{3,10}/u;
const ZH_COORDINATION = /[与和及或、]/u;
const ZH_PARTICLE = /^[的地得了着过是在也都就则而又再还]$/u;
const ZH_FUNCTION_START = /^[这那每各其该此一某本它他她我你的了而但和与或及就也都则又再还只因如若使让被把将对在从]/u;

const NOT_SUBJECT_END = /^(?:d|a|ad|ag|an|z|m|q|r|u|p|c|y|e)$/u;

function chineseParallel(note: Note, block: Block, sentence: CuedSentence, head: string, jieba: Segmenter, out: Candidate[]): void {
  if (isStopWord(head)) return;
  // The openings whose text before the head can be an item, by shape alone; jieba only when two are left.
  const openings: Array<{ text: string; end: number }> = [];
  for (const clause of sentence.text.split(ZH_CLAUSE)) {
    const text = ZH_OPENING.exec(clause)?.[0];
    const at = text ? text.indexOf(head, 1) : -1;
    if (!text || at < 1) continue;
    const item = text.slice(0, at + head.length);
    if (codePointLength(item) > 8 || isStopWord(text.slice(0, at)) || ZH_FUNCTION_START.test(item) || ZH_COORDINATION.test(item) || !isItem(item)) continue;
    if (!openings.some((o) => o.text.slice(0, o.end) === item)) openings.push({ text, end: at + head.length });
  }
  if (openings.length < 2) return;
  const members: Array<{ item: string; next: string }> = [];
  for (const { text, end } of openings) {
    // Items end where jieba ends a word.
    const words = jieba.cut(text);
    let k = 0;
    let n = 0;
    while (k < words.length && n < end) n += words[k++].length;
    const item = text.slice(0, end);
    if (n !== end || backgroundFrequency(item) >= COMMON_FREQUENCY) continue;
    // The subject ends in a noun or a verb (流量控制), not in an adverb or adjective of the predicate (重排一定, 偏差高).
    if (k > 0 && NOT_SUBJECT_END.test(partOfSpeech(words[k - 1]))) continue;
    members.push({ item, next: words[k] ?? '' });
  }
  // The word they share is a content word: a shared particle (`虚拟机虚拟的是…，容器虚拟的是…`) means the head is
  // the predicate, not the end of a subject.
  const nexts = members.map((m) => m.next).filter((w) => w && hasHan(w) && !ZH_PARTICLE.test(w));
  if (members.length < 2 || !nexts.some((w, i) => nexts.indexOf(w) !== i)) return;
  emit(note, block, sentence.at, `parallel: ${members.map((m) => m.item).join(' / ')}`, members.map((m) => m.item), 0.5, out);
}

