/**
 * Glossary lists: blocks that open with a term and a colon or dash (`- **Sigmoid**：输出压到 (0,1)…`,
 * `1. 聚类（clustering）：把相似的样本…`, `4. **SSA form** (static single assignment) - each variable…`). Two or more
 * such items in one section, under a heading that names one concept T, list members of T: each item's concept is an
 * `instance` of T when written like a name (topics.ts), else `broader` (narrower than T). A heading that names a
 * proper name (a product, a tool) has parts, not members, so then nothing is said here (definitions.ts and
 * hierarchy.ts may still relate them). Weight 0.5, like heading nesting: structure, not a sentence saying so.
 * Evidence: `heading › item`.
 * Only the first mention of a block is looked at, and only when a gloss, colon or dash follows it, so most blocks
 * cost one character test.
 */
import type { ConceptId, Note, NoteId, Section } from '../types.js';
import type { ConceptIndex } from './concept-index.js';
import type { RelationSet } from './relation-set.js';
import { excerpt, fixedEvidence, type SentenceIndex } from './sentences.js';
import { aliasKey, codeTable, formsOf, isSpaceCode } from './text-keys.js';
import { isSubjectPrefix, type Topics } from './topics.js';

const WEIGHT = 0.5;
/** After the term: an optional gloss, then a colon or a dash set off by spaces (`term - text`, `term — text`). */
const TERM_END = /^\s*(?:[（(][^（()）\n]{0,80}[）)]\s*)?(?:[：:]|[-–—]{1,2}\s)/u;
/** Characters TERM_END may start with: a space, a bracket, a colon. */
const TERM_FOLLOWERS = codeTable(' \t（(：:');

interface Item {
  concept: ConceptId;
  nameLike: boolean;
  /** Written in Latin script (no Han). */
  latin: boolean;
  note: NoteId;
  line: number;
  text: string;
  /** Listed after a line announcing examples (`贪心的经典例子：`, `Some examples:`). */
  example: boolean;
}

/**
 * Words a heading over a list of kinds may hold besides its concept (`Types of locks`, `常见的激活函数`); a heading
 * with anything else says what the list is about in other terms (`What a hypervisor does`: functions, not kinds).
 */
const KIND_WORDS = /^(?:[\s\d.、:：&,，()（）]|types?|kinds?|sorts?|classes|categories|of|common|main|the|two|three|four|five|six|seven|eight|nine|ten|several|variants?|常见|常用|主要|的|分类|类型|种类|几种|变体|\p{Script=Han}种)*$/iu;
/** A heading of kind words that says `kinds` outright (`The five kinds`, `分类`), not only `main` or `common`. */
const KIND_NOUNS = /\b(?:types?|kinds?|sorts?|classes|categories|variants?)\b|分类|类型|种类|变体|\p{Script=Han}种/iu;

/**
 * The concept a heading of kinds names in words no mention covers (`Metric types`, `Types of index` for a concept
 * labelled `Metrics`, `indexes`): the heading says kinds outright, and what is left without its kind words and
 * outline number is a label or alias of one non-generic concept, as written or in the other number (s, es).
 */
function kindsOf(title: string, index: ConceptIndex): ConceptId | undefined {
  if (!KIND_NOUNS.test(title)) return undefined;
  const words = aliasKey(title).split(/[\s\d.、:：&,，()（）]+/u).filter((w) => w && !KIND_WORDS.test(w));
  if (!words.length || words.length > 4) return undefined;
  const phrase = words.join(' ');
  const forms = [phrase, `${phrase}s`, `${phrase}es`];
  if (phrase.endsWith('es')) forms.push(phrase.slice(0, -2));
  if (phrase.endsWith('s')) forms.push(phrase.slice(0, -1));
  const found = new Set<ConceptId>();
  for (const form of forms) for (const id of index.byKey.get(form) ?? []) if (!index.genericId(id)) found.add(id);
  return found.size === 1 ? [...found][0] : undefined;
}

/** Whether the heading is the topic's name (any of its forms, as the sentence index found them) and kind words only. */
function namesOnly(title: string, index: ConceptIndex, topic: ConceptId): boolean {
  const concept = index.byId.get(topic);
  if (!concept) return false;
  let rest = aliasKey(title);
  // Pushed one by one, not `.map(aliasKey)`: map's result was of another array map for one alias than for several, and
  // `.sort` on it threw the optimised caller away (wrong map) in each cold build.
  const forms: string[] = [];
  for (const form of formsOf(concept)) forms.push(aliasKey(form));
  forms.sort((a, b) => b.length - a.length);
  for (const form of forms) if (form) rest = rest.split(form).join(' ');
  return rest !== aliasKey(title) && KIND_WORDS.test(rest);
}

/** A line heading the items that follow (a concept alone on a line, or a colon sentence naming one last). */
interface HeadingLine {
  note: NoteId;
  n: number;
  line: number;
  text: string;
}

type Group = { topic: ConceptId | undefined; typed: boolean; /** The line heading the items, when one does. */ headed: string | undefined; title: string; items: Item[] };

/** What addTermItems collects over its walk, and the answers it asks once per section. */
interface Collected {
  index: ConceptIndex;
  topics: Topics;
  /**
   * (note, section) → its items, in reading order; and the section's topic. Items with no typed topic are grouped per
   * note (key `note`), under the term the note's first paragraph introduces.
   */
  groups: Map<string, Group>;
  /** (note, section, heading line) → the term items there, in reading order (see addSiblings). */
  siblings: Map<string, Sibling[]>;
  /** Whether a section's heading is its topic's name and kind words only: asked once per section. */
  headingIsName: Map<string, boolean>;
  /** The concept a section's heading of kinds names in words no mention covers (kindsOf), asked once per section. */
  kindsHeading: Map<string, ConceptId | null>;
}

function namesOnlyOnce(collected: Collected, note: NoteId, section: number, title: string, topic: ConceptId): boolean {
  const key = `${note}\u0000${section}`;
  let known = collected.headingIsName.get(key);
  if (known === undefined) collected.headingIsName.set(key, (known = namesOnly(title, collected.index, topic)));
  return known;
}

function kindsHeadingOnce(collected: Collected, note: NoteId, section: number, title: string): ConceptId | undefined {
  const key = `${note}\u0000${section}`;
  let known = collected.kindsHeading.get(key);
  if (known === undefined) collected.kindsHeading.set(key, (known = kindsOf(title, collected.index) ?? null));
  return known ?? undefined;
}

export function addTermItems(set: RelationSet, indexed: SentenceIndex, index: ConceptIndex, topics: Topics): void {
  const collected: Collected = { index, topics, groups: new Map(), siblings: new Map(), headingIsName: new Map(), kindsHeading: new Map() };
  const { groups, siblings } = collected;
  const firstParagraph = new Map<NoteId, number>();
  collectItems(collected, indexed, index, firstParagraph);
  addSiblings(set, siblings);
  for (const [key, group] of groups) {
    if (group.typed) continue;
    // An untyped list is related to the term its note's first paragraph introduces with a gloss (`打包工具（bundler）…`
    // over `- **Tree Shaking**：…`, `- **HMR**（…）：…`): what the note is about, when the headings do not say.
    const e = group.topic === undefined ? firstParagraph.get(key as NoteId) : undefined;
    const subject = group.topic ?? (e === undefined ? undefined : glossedTerm(indexed, e) ?? openingTerm(indexed, index, e));
    const members = new Set(group.items.map((item) => item.concept));
    // Under a heading or a heading-like line one item is enough; the note's first term needs a list.
    if (subject === undefined || members.size < (group.topic === undefined ? 2 : 1) || index.genericId(subject)) continue;
    const subjectLabel = index.byId.get(subject)!.label;
    for (const item of group.items) {
      if (item.concept === subject || set.has('broader', item.concept, subject) || set.has('instance', item.concept, subject)) continue;
      // Under a line naming a concept, an item that shares its head word is a kind of it (`（1）消费确认` › `- 自动确认：…`).
      const kind = group.headed !== undefined && !item.example && sharesHead(index.byId.get(item.concept)!.label, subjectLabel);
      set.add(item.example && group.topic !== undefined ? 'instance' : kind ? 'broader' : 'related', item.concept, subject, WEIGHT, [fixedEvidence(item.note, item.line, kind ? `${group.headed} › ${item.text}` : item.text)]);
    }
  }
  for (const group of groups.values()) {
    if (!group.typed || group.topic === undefined) continue;
    const members = new Set(group.items.map((item) => item.concept));
    members.delete(group.topic);
    if (members.size < 2 || index.genericId(group.topic) || topics.capitalised(index.numbers.find(group.topic)!)) continue;
    // Members of one list are of one sort: a Latin-script term in Chinese prose (`tanh` next to `Sigmoid`, `ReLU`)
    // says nothing by its case, so it follows its siblings when most of them are names.
    const names = group.items.filter((item) => item.nameLike).length * 2 >= group.items.length;
    for (const item of group.items) {
      const topic = group.topic;
      if (item.concept === topic || set.has('broader', topic, item.concept)) continue;
      const instance = item.example || item.nameLike || (names && item.latin);
      set.add(instance ? 'instance' : 'broader', item.concept, topic, WEIGHT, [fixedEvidence(item.note, item.line, `${group.title} › ${item.text}`)]);
    }
  }
}

// The block loop is a function of its own: run once per build and compiled on-stack (OSR), it deoptimised the
// whole of addTermItems on the way out, at the first call after it that had never run.
function collectItems(collected: Collected, indexed: SentenceIndex, index: ConceptIndex, firstParagraph: Map<NoteId, number>): void {
  // A line that is nothing but one concept (`lexer`, `parser` over their lists) heads what follows like a heading,
  // up to the next heading or such line: its note, section, concept number and line.
  let pseudo: (HeadingLine & { section: number }) | undefined;
  // `The guarantees are summed up as ACID:` over `1. Atomicity: …`: the concept the colon sentence names last heads
  // the items right after it (up to the first block that is not one).
  let intro: HeadingLine | undefined;
  // `贪心的经典例子：` over `- 霍夫曼编码：…`: the items that follow are instances, whatever the heading's concept is.
  let examples: { note: NoteId; section: number } | undefined;
  // This loop visits every block and drops most at a cheap test; the few term items are taken in by addItem, a
  // function of its own so that V8 optimises this small loop early (not the whole rule, OSR-compiled and recompiled
  // mid-loop as each rare branch first ran).
  for (let e = 0; e < indexed.entries; e++) {
    const block = indexed.blockOf(e);
    const noteId = indexed.noteOf(e).id;
    if (block.kind === 'paragraph' && !firstParagraph.has(noteId)) firstParagraph.set(noteId, e);
    if (block.kind === 'heading' || pseudo?.note !== noteId || pseudo.section !== block.section) pseudo = undefined;
    if (block.kind === 'heading' || intro?.note !== noteId) intro = undefined;
    if (examples && (examples.note !== noteId || examples.section !== block.section)) examples = undefined;
    const h = indexed.hitFrom(e);
    // The examples go on over the list's items, those that are no term entries (`- 0-1 背包用同样的贪心就不对`) included.
    if (examples && !(block.kind === 'paragraph' && isListLine(indexed.noteOf(e), block.line))) examples = undefined;
    if (!examples && block.kind === 'paragraph' && examplesIntro(block.text)) examples = { note: noteId, section: block.section };
    if (h === indexed.hitFrom(e + 1)) {
      intro = undefined;
      continue;
    }
    if (block.kind === 'heading') continue;
    const only = block.kind === 'paragraph' ? wholeConcept(indexed, e) : -1;
    if (only >= 0) {
      pseudo = { note: noteId, section: block.section, n: only, line: block.line, text: block.text.trim() };
      continue;
    }
    // Another short line without a sentence mark (`parse tree vs AST`) heads what follows instead.
    if (pseudo && block.text.length <= 60 && !/[.。:：;；,，!?！？]/u.test(block.text)) pseudo = undefined;
    const text = block.text;
    const g = indexed.sentenceFrom(e);
    if (indexed.firstHit(g) !== h) continue; // the first sentence names nothing
    const end = indexed.hitEnd(e, h);
    // `**Instruction selection.** IR operations are matched…`: a run-in heading, the term alone as the first sentence.
    const runIn = indexed.end(g) === end && end < text.length - 1 && (text.charCodeAt(end) === 46 || text.charCodeAt(end) === 0x3002);
    const start = indexed.hitStart(e, h);
    // `end < text.length`: a read past the end (NaN) threw the optimised loop back to the interpreter once per build.
    const item = (runIn || (end < text.length && TERM_FOLLOWERS[text.charCodeAt(end)] === 1)) && isSubjectPrefix(text, 0, start) && (runIn || TERM_END.test(text.slice(end, end + 90)));
    if (!item) {
      intro = introOf(indexed, index, e, noteId);
      continue;
    }
    if (index.generic(indexed.n(h))) continue;
    addItem(collected, indexed, e, g, h, pseudo, intro, examples !== undefined);
  }
}

/** Takes in entry e's term item: its first sentence g opens with hit h, a term followed by a gloss, colon or dash. */
function addItem(collected: Collected, indexed: SentenceIndex, e: number, g: number, h: number, pseudo: HeadingLine | undefined, intro: HeadingLine | undefined, example: boolean): void {
  const { index, topics, groups, siblings } = collected;
  const block = indexed.blockOf(e);
  const text = block.text;
  const n = indexed.n(h);
  const start = indexed.hitStart(e, h);
  const end = indexed.hitEnd(e, h);
  const note = indexed.noteOf(e);
  const section = block.section >= 0 ? note.sections[block.section] : undefined;
  // A note's title heading (`# JS 事件循环`) spans the whole note: a list inside it is about something narrower.
  let topic = section && !spansNote(note, section) ? topics.topicOfSection(note.id, block.section) : undefined;
  // A concept named by kind words alone (`five kinds`, a heading's words taken for a term) heads no kinds of its own.
  if (topic !== undefined && KIND_WORDS.test(aliasKey(index.byId.get(topic)?.label ?? ''))) topic = undefined;
  let typed = topic !== undefined && namesOnlyOnce(collected, note.id, block.section, section!.title, topic);
  // `## Metric types` with the concept labelled `Metrics`: the heading names kinds of a concept it does not mention
  // as written (another number, or a word the mention scanner does not take for the label).
  if (!typed && section && !spansNote(note, section)) {
    const named = kindsHeadingOnce(collected, note.id, block.section, section.title);
    if (named !== undefined && (topic === undefined || topic === named)) {
      topic = named;
      typed = true;
    }
  }
  // `### 2.1 三种变体` under `## 2. 梯度下降`: a heading of kind words only lists kinds of its parent's concept.
  if (!typed && section && !spansNote(note, section) && section.parent !== undefined && !topic && KIND_WORDS.test(aliasKey(section.title))) {
    topic = topics.topicOfSection(note.id, section.parent);
    // Under the note's title heading only when the heading says `kinds` outright (`# Test doubles` › `## The five
    // kinds`): the title spans the whole note, and `## Common pitfalls` under it lists no kinds of it.
    typed = topic !== undefined && (!spansNote(note, note.sections[section.parent]) || KIND_NOUNS.test(section.title));
  }
  // A line heading the items is nearer than any heading; an introducing colon sentence yields to a heading that
  // names the kind (`按标签是什么类型再分：` under `## 监督学习`).
  const over = pseudo ?? (typed ? undefined : intro);
  if (over) {
    typed = false;
    topic = index.numbers.ids[over.n];
  }
  // Untyped: under the heading's one concept when it names one (`### Cookie flags`), else per note.
  const sectionTopic = typed || over ? topic : section ? topics.topicOfSection(note.id, block.section) : undefined;
  const key = over ? `${note.id}\u0000${block.section}\u0000${over.line}` : typed || sectionTopic ? `${note.id}\u0000${block.section}` : note.id;
  let group = groups.get(key);
  if (!group) groups.set(key, (group = { topic: sectionTopic, typed, headed: over?.text, title: typed ? section!.title : note.title, items: [] }));
  const sentence = { start: indexed.start(g), end: indexed.end(g) };
  // Siblings are grouped by where they stand (section, or the line heading them), whatever the group's topic.
  const siblingKey = `${note.id}\u0000${block.section}\u0000${over?.line ?? -1}`;
  (siblings.get(siblingKey) ?? siblings.set(siblingKey, []).get(siblingKey)!).push({ concept: index.numbers.ids[n], typed, head: headWord(index.byId.get(index.numbers.ids[n])!.label), note: note.id, line: indexed.line(g), text: excerpt(block, sentence.start, sentence.end, start, 120) });
  group.items.push({
    concept: index.numbers.ids[n],
    nameLike: topics.nameLikeAt(text, sentence.start, sentence.end, start, end, n),
    latin: /[A-Za-z]/u.test(text.slice(start, end)) && !/\p{Script=Han}/u.test(text.slice(start, end)),
    note: note.id,
    line: indexed.line(g),
    text: excerpt(block, sentence.start, sentence.end, start, 120),
    example,
  });
}

interface Sibling {
  concept: ConceptId;
  /** Listed under a heading of kinds (addTermItems' typed group). */
  typed: boolean;
  /** headWord of the concept's label. */
  head: string;
  note: NoteId;
  line: number;
  text: string;
}

/** The head of a label: its last English word (of two or more), or its last Han character (of two or more); else ''. */
function headWord(label: string): string {
  const key = aliasKey(label);
  const han = /\p{Script=Han}$/u.test(key);
  if (han) return key.length >= 2 ? key.slice(-1) : '';
  const at = Math.max(key.lastIndexOf(' '), key.lastIndexOf('-'));
  return at > 0 ? key.slice(at + 1) : '';
}

/** Term items set side by side up to this many (a longer list is a glossary, not a choice between alternatives). */
const MAX_SIBLINGS = 4;

/**
 * `- **Head-based sampling**: …` next to `- **Tail-based sampling**: …`, `1. Counter — …` … `4. Summary — …`: a short
 * list of term items in one section (or under one heading line) describes alternatives of one sort, side by side, as a
 * table's rows do (comparisons.ts): they are `compared`, pairwise, for two to MAX_SIBLINGS distinct terms. Weight 0.5
 * (structure, not a sentence saying so); evidence: the later item. Longer than two, a list may also be steps or parts
 * (`ID – decode`, `EX – execute`, `MEM – …`): then only items under a heading of kinds, or sharing their head word
 * (`data hazard`, `control hazard`; 自动确认, 手动确认), are taken for alternatives.
 */
function addSiblings(set: RelationSet, siblings: Map<string, Sibling[]>): void {
  for (const items of siblings.values()) {
    const distinct: typeof items = [];
    for (const item of items) if (!distinct.some((d) => d.concept === item.concept)) distinct.push(item);
    if (distinct.length < 2 || distinct.length > MAX_SIBLINGS) continue;
    for (let i = 0; i < distinct.length; i++) {
      for (let j = i + 1; j < distinct.length; j++) {
        const [a, b] = [distinct[i].concept, distinct[j].concept];
        if (distinct.length > 2 && !distinct[i].typed && (distinct[i].head === '' || distinct[i].head !== distinct[j].head)) continue;
        // One item narrower than the other (a compound, a definition) is no alternative to it.
        if (set.hasHierarchy(a, b)) continue;
        set.add('compared', a, b, WEIGHT, [fixedEvidence(distinct[j].note, distinct[j].line, distinct[j].text)]);
      }
    }
  }
}

/**
 * A note's title heading: its one `#` heading, which spans the whole note. A note written with several `#` headings
 * (`# 一、基于词典的方法`, `# 二、…`) uses them as sections like any other.
 */
function spansNote(note: Note, section: Section): boolean {
  if (section.depth !== 1) return false;
  let top = 0;
  for (const s of note.sections) if (s.depth === 1 && ++top > 1) return false;
  return true;
}

/** Source lines by note, split only for notes with an examples intro. */
const linesOf = new WeakMap<Note, string[]>();
/** Whether the note's line (1-based) is a list item (`- `, `* `, `+ `, `1. `). */
function isListLine(note: Note, line: number): boolean {
  let lines = linesOf.get(note);
  if (!lines) linesOf.set(note, (lines = note.text.split('\n')));
  return /^\s*(?:[-*+]|\d+[.)])\s/u.test(lines[line - 1] ?? '');
}

/** A line that ends in a colon and says examples follow (`贪心的经典例子：`, `A few examples:`, `举几个例子：`). */
function examplesIntro(text: string): boolean {
  // The last non-space character first (one look, not a scan): most paragraphs do not end in a colon.
  let end = text.length - 1;
  while (end >= 0 && isSpaceCode(text.charCodeAt(end))) end--;
  const last = text.charCodeAt(end);
  return (last === 0x3a || last === 0xff1a) && EXAMPLES_WORDS.test(text);
}
// Not 实例 / instances: in many notes those are running copies of a service, not examples of a concept.
const EXAMPLES_WORDS = /例子|示例|举例|\bexamples?\b/iu;

/** The first concept of entry e that is followed by its own gloss (`打包工具（bundler）`: the same concept again in brackets). */
function glossedTerm(indexed: SentenceIndex, e: number): ConceptId | undefined {
  const text = indexed.blockOf(e).text;
  for (let h = indexed.hitFrom(e); h + 1 < indexed.hitFrom(e + 1); h++) {
    if (indexed.n(h) !== indexed.n(h + 1)) continue;
    if (/^\s*[（(]\s*$/u.test(text.slice(indexed.hitEnd(e, h), indexed.hitStart(e, h + 1)))) return indexed.numbers.ids[indexed.n(h)];
  }
  return undefined;
}

/** The concept entry e's first sentence opens with (after an optional article or list mark), unless generic. */
function openingTerm(indexed: SentenceIndex, index: ConceptIndex, e: number): ConceptId | undefined {
  const h = indexed.hitFrom(e);
  const g = indexed.sentenceFrom(e);
  if (h === indexed.hitFrom(e + 1) || indexed.firstHit(g) !== h) return undefined;
  const text = indexed.blockOf(e).text;
  if (!isSubjectPrefix(text, indexed.start(g), indexed.hitStart(e, h)) || index.generic(indexed.n(h))) return undefined;
  return indexed.numbers.ids[indexed.n(h)];
}

/** The concept number when entry e's text is one mention of one concept and nothing else (a colon may follow), else -1. */
function wholeConcept(indexed: SentenceIndex, e: number): number {
  const text = indexed.blockOf(e).text;
  if (text.length > 60) return -1;
  const h = indexed.hitFrom(e);
  const n = indexed.n(h);
  const last = indexed.hitFrom(e + 1) - 1;
  for (let k = h + 1; k <= last; k++) if (indexed.n(k) !== n) return -1;
  // Another hit of the same concept only inside the gloss (`消费确认（consumer ack）`).
  if (last > h && !/^\s*[（(]/u.test(text.slice(indexed.hitEnd(e, h), indexed.hitStart(e, h + 1)))) return -1;
  return OUTLINE_NUMBER.test(text.slice(0, indexed.hitStart(e, h))) && LINE_TAIL.test(text.slice(indexed.hitEnd(e, h))) ? n : -1;
}
/** Before a heading-like line's concept: nothing, or an outline number (`（1）`, `(2)`, `1)`, `3.`, `二、`, `①`). */
const OUTLINE_NUMBER = /^\s*(?:(?:[（(]\s*[\d一二三四五六七八九十]{1,3}\s*[）)]|[\d一二三四五六七八九十]{1,3}\s*[.、)）]|[\u2460-\u2473])\s*)?$/u;
/** After it: an optional gloss (`（consumer ack）`, which may name it again), then an optional colon. */
const LINE_TAIL = /^\s*(?:[（(][^（()）]{0,40}[）)])?[\s:：]*$/u;

/**
 * Whether an item's label shares the head of the label of the line heading it (自动确认 under 消费确认, `manual ack` under
 * `consumer ack`): a kind of it. Han: the last two characters; Latin: the last word of two or more.
 */
function sharesHead(item: string, head: string): boolean {
  const a = aliasKey(item);
  const b = aliasKey(head);
  if (a === b) return false;
  if (/\p{Script=Han}$/u.test(b)) {
    const tail = b.slice(-2);
    return b.length >= 3 && a.length >= 3 && /^\p{Script=Han}{2}$/u.test(tail) && a.endsWith(tail);
  }
  const word = headWord(b);
  return word !== '' && headWord(a) === word;
}

/** The concept entry e's last sentence names last when the block ends with a colon (it introduces what follows). */
function introOf(indexed: SentenceIndex, index: ConceptIndex, e: number, note: NoteId): { note: NoteId; n: number; line: number; text: string } | undefined {
  const text = indexed.blockOf(e).text;
  let end = text.length - 1;
  while (end >= 0 && (text.charCodeAt(end) === 32 || text.charCodeAt(end) === 10 || text.charCodeAt(end) === 9)) end--;
  const last = text.charCodeAt(end);
  if (last !== 0x3a && last !== 0xff1a) return undefined;
  const g = indexed.sentenceFrom(e + 1) - 1;
  const h = indexed.endHit(g) - 1;
  if (g < indexed.sentenceFrom(e) || h < indexed.firstHit(g) || index.generic(indexed.n(h))) return undefined;
  return { note, n: indexed.n(h), line: indexed.blockOf(e).line, text: text.slice(Math.max(0, end - 80), end + 1).trim() };
}
