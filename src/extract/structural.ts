/**
 * Signals the author wrote on purpose: the vocabulary file, [[wikilinks]], frontmatter tags/keywords/aliases,
 * note titles and section headings. Titles and headings are reduced to the term they name
 * (`什么是Docker` → Docker, `Docker与OpenStack比较` → Docker, OpenStack) and dropped when they are document
 * structure (简介, Introduction) or a descriptive phrase (上手快, 职责的逻辑分类), which is decided by shape and
 * part of speech, never by a list of domain terms.
 */
import { aliasOf, candidateOf } from './candidate.js';
import type { Segmenter } from './segmenter.js';
import type { Block, Candidate, Note, Provenance, Signal } from '../types.js';
import { provenanceAt } from './locate.js';
import { cleanSurface, codePointLength, detectLang, hasHan, isAbbreviation, normaliseKey } from './normalise.js';
import { tagTerm } from './term-tags.js';
import { EN_FUNCTION_WORDS, EN_STOP, isQuantifiedPhrase, isStopWord, STRUCTURAL_TITLES } from './stop-words.js';
import type { VocabularyEntry } from './vocabulary.js';
import { isListItem } from './siblings.js';
import { isLoneAdjective } from './junk.js';

export function vocabularyCandidates(entries: VocabularyEntry[]): Candidate[] {
  return entries.map((entry) =>
    candidateOf(
      entry.label,
      detectLang(entry.label),
      'vocabulary',
      entry.aliases.map((text) => aliasOf(text, detectLang(text), isAbbreviation(text))),
      1,
      { signal: 'vocabulary', file: entry.file, line: entry.line, column: entry.column, excerpt: entry.label },
      // `|| undefined`: an empty definition or type was left out before, and still is.
      { definition: entry.definition || undefined, type: entry.type || undefined, broader: entry.broader, related: entry.related },
    ),
  );
}

/**
 * The written titles of the notes by their file name (without extension, lower case): a link by file name
 * (`[[zorp-notes]]`) names the note's title, not its slug.
 */
export function titlesByFileName(notes: readonly Note[]): Map<string, string> {
  const titles = new Map<string, string>();
  for (const note of notes) {
    if (note.titleSource === 'filename') continue;
    const stem = (note.path.split('/').pop() ?? '').replace(/\.(md|markdown)$/iu, '').toLowerCase();
    if (stem && stem !== note.title.toLowerCase()) titles.set(stem, note.title);
  }
  return titles;
}

export function wikilinkCandidates(note: Note, jieba: Segmenter, titles?: ReadonlyMap<string, string>): Candidate[] {
  return note.wikilinks.flatMap((link) => {
    // [[X#heading]] names X; [[X|label]] gives label as another name of X.
    const stem = link.target.split('#')[0].replace(/\.(md|markdown)$/iu, '').split('/').pop() ?? '';
    const titled = titles?.get(stem.trim().toLowerCase());
    const named = titled ?? stem;
    // A name that opens or closes with `_` is a code identifier (`__init__`, `_private`): taken as written, since
    // the link resolves by its exact text; cleanSurface would strip the underscores as emphasis marks.
    if (/^_|_$/u.test(named.trim())) return [candidate(named.trim(), 'wikilink', 0.95, note, link.line, link.column, `[[${link.target}]]`, link.label ? [aliasOf(cleanSurface(link.label), detectLang(link.label))] : [])];
    const target = cleanSurface(named);
    if (!target) return [];
    const label = link.label ? cleanSurface(link.label) : undefined;
    const aliases = label && label !== target ? [aliasOf(label, detectLang(label))] : [];
    const excerpt = `[[${link.target}${link.label ? `|${link.label}` : ''}]]`;
    // A link often targets a note whose title is not itself a term (虚拟化概述, 容器与虚拟机): it then
    // proposes the terms that title names, as weakly as a heading would.
    const terms = headingTerms(target.replace(/[-_]+/gu, ' '), jieba);
    if (terms.length === 1 && normaliseKey(terms[0]) === normaliseKey(target)) return [candidate(target, 'wikilink', 0.95, note, link.line, link.column, excerpt, aliases)];
    // A linked note's written title that is no term proposes its terms already, from that note (titleCandidates).
    if (titled) return [];
    return terms.map((term) => candidate(term, 'wikilink', 0.45, note, link.line, link.column, excerpt));
  });
}

export function frontmatterCandidates(note: Note, jieba: Segmenter): Candidate[] {
  const fm = note.frontmatter;
  const lists: Array<[Signal, string[], number | undefined, number]> = [
    // Tags are often categories (基础概念, orchestration): they need corroboration from the text.
    ['tag', fm.tags, fm.lines.tags, 0.45],
    ['keyword', fm.keywords, fm.lines.keywords, 0.85],
  ];
  const out: Candidate[] = [];
  // Indexed, not destructured: a destructuring for-of runs the iterator protocol for each tuple, a large graph to compile.
  for (let l = 0; l < lists.length; l++) {
    const list = lists[l];
    const signal = list[0];
    const line = list[2];
    const score = list[3];
    for (const raw of list[1]) {
      // Nested tags (`lang/go`) name their last segment; `#` is decoration.
      const value = cleanSurface(String(raw).replace(/^#/u, '').split('/').pop() ?? '');
      if (value && !isStopWord(value)) out.push(candidate(value, signal, score, note, line ?? 1, 1, `${signal}: ${raw}`));
    }
  }
  // Aliases name the note's own subject: they bind to its title when the title is a term.
  const title = fm.aliases.length > 0 ? titleTerm(note, jieba) : undefined;
  for (const raw of fm.aliases) {
    const value = cleanSurface(String(raw));
    if (!value) continue;
    const aliases = title && title !== value ? [aliasOf(title, detectLang(title))] : [];
    out.push(candidate(value, 'alias', 0.85, note, fm.lines.aliases ?? 1, 1, `aliases: ${raw}`, aliases));
  }
  return out;
}

/** The one term the note title names (not 简介/Introduction, not `A与B`, not a sentence). */
function titleTerm(note: Note, jieba: Segmenter): string | undefined {
  const terms = headingTerms(note.title.replace(/[-_]+/gu, ' '), jieba);
  return terms.length === 1 ? terms[0] : undefined;
}

/** Titles: weaker than headings' shape rules allow (a file name is often a slug), so they need a term shape too. */
export function titleCandidates(note: Note, jieba: Segmenter): Candidate[] {
  const line = note.titleSource === 'frontmatter' ? note.frontmatter.lines.title ?? 1 : note.titleSource === 'heading' ? note.sections[0]?.line ?? 1 : 1;
  // A title taken from the file name is often a slug (n0, 2024-notes): it needs corroboration.
  const score = note.titleSource === 'filename' ? 0.45 : 0.6;
  // Only a slug-like file name has dashes that stand for spaces (docker-image-layers); a written title or a file name
  // written as a title keeps them (TF-IDF 和 BM25, TF-IDF与BM25).
  const slug = note.titleSource === 'filename' && !/\s/u.test(note.title) && !hasHan(note.title);
  const title = slug ? note.title.replace(/[-_]+/gu, ' ') : note.title;
  return headingTerms(title, jieba).map((term) => candidate(term, 'title', score, note, line, 1, note.title));
}

/**
 * A heading naming a term: 0.45 (it needs one more piece of evidence). A Chinese heading that ends in a verb
 * (拥塞控制, 递归查询, 三次握手) is as often a term as an action (安装配置): 0.35, so it takes the vault using it
 * in prose as well.
 */
export function headingCandidates(note: Note, jieba: Segmenter): Candidate[] {
  const out: Candidate[] = [];
  for (const section of note.sections) {
    // A loop, not map().filter(): their arrays' elements kind depends on whether the caller runs optimised.
    const shaped: Array<{ term: string; shape: 'noun' | 'verb' }> = [];
    for (const term of headingParts(section.title, true)) {
      const shape = termShape(term, jieba);
      if (shape !== 'none') shaped.push({ term, shape });
    }
    // A heading that names two things (`Stacks and queues`, `Cache busting / fingerprinting`) compares or groups
    // them: neither part is raised. A stop-word part (`node_modules and friends`) is no second thing.
    const alone = shaped.length === 1;
    for (const { term, shape } of shaped) {
      const score = shape === 'verb' ? 0.35 : alone && namesEnglishConcept(term) && !followsArticle(section.title, term) ? NAMING_HEADING : 0.45;
      out.push(candidate(term, 'heading', score, note, section.line, 1, section.number ? `${section.number} ${section.title}` : section.title));
    }
  }
  headingFamilies(note, out);
  for (let b = 0; b < note.blocks.length; b++) {
    const block = note.blocks[b];
    if (!isOutlineHead(note, b)) continue;
    for (const term of headingParts(block.text)) if (termShape(term, jieba) === 'noun') out.push(candidate(term, 'heading', 0.45, note, block.line, 1, block.text));
  }
  return out;
}

/** A section heading that names an English concept: enough on its own (see namesEnglishConcept). */
const NAMING_HEADING = 0.5;

/**
 * General English words that label a part of a document or a list of points rather than name a thing of the domain
 * (`Basic vocabulary`, `Comparison table`, `Async gotchas`, `Four principles`): a heading holding one is a section
 * label, whatever else it says.
 */
const SECTION_WORDS = new Set(
  (
    'vocabulary glossary terminology definition definitions concept concepts comparison comparisons table tables ' +
    'checklist checklists gotcha gotchas pitfall pitfalls caveat caveats tip tips trick tricks rule rules principle ' +
    'principles recap takeaway takeaways question questions answer answers exercise exercises resource resources ' +
    'link links reading readings setup usage example examples summary notes overview introduction background ' +
    'part chapter section lecture lesson appendix ' +
    'zero one two three four five six seven eight nine ten'
  ).split(' '),
);

/** Adjectives that rank or count what follows rather than say what kind it is (`Multiple qubits`, `Basic types`). */
const GENERAL_MODIFIERS = new Set('multiple various different common basic simple advanced main key important useful typical further'.split(' '));

/**
 * An English section heading that names a concept (`## Write-ahead logging`, `### Tri-color marking`, `## node_modules`):
 * a noun phrase of two to four words with no function word, no generic noun at its head and no section-label word,
 * or one token shaped as a name (a symbol or an inner capital: `async/await`, `GBDT+LR`). A lone plain word
 * (`Placement`, `Testing`), a phrase with a preposition (`Working with remotes`, `Side by side`) or a label (`Comparison
 * table`) is a section of the text, not a term: those keep the weak heading score.
 */
export function namesEnglishConcept(term: string): boolean {
  if (hasHan(term) || !/^[A-Za-z0-9]/u.test(term)) return false;
  // A bracket left open (`Faster R-CNN(2015`) is a heading cut inside its aside, not a name.
  if (/[([{]/u.test(term) && !/[)\]}]/u.test(term)) return false;
  const words = term.split(/\s+/u);
  if (words.length === 1) return isNameToken(term);
  if (words.length > 4) return false;
  // A loop, not map(): a mapped array's elements kind depends on whether its maker runs optimised, and the array
  // methods below deoptimised headingCandidates (where this is inlined) when the other kind arrived.
  const lower: string[] = [];
  for (const w of words) lower.push(w.toLowerCase());
  if (lower.some((w) => EN_FUNCTION_WORDS.has(w) || SECTION_WORDS.has(w) || GENERAL_MODIFIERS.has(w))) return false;
  // The writer speaking (`Commands I keep forgetting`, `Flags worth knowing`): a clause about the notes, not a name.
  if (words.includes('I') || lower.includes('worth')) return false;
  const last = lower[lower.length - 1];
  // A generic noun at the head (`Validation levels`, `Grant types`) names a kind of the text's things: it needs more evidence.
  if (EN_STOP.has(last) || EN_STOP.has(last.replace(/s$/u, '')) || isLoneAdjective(last) || /ly$/u.test(last)) return false;
  return !isGroupOfKinds(words);
}

/** One token shaped as a name rather than a word: a symbol inside (`node_modules`, `async/await`, `Box<T>`) or an inner capital (`gRPC`). */
function isNameToken(token: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9_.+#/<>:–-]*$/u.test(token) && /[^A-Za-z]|.[A-Z]/u.test(token);
}

/**
 * A plural noun after a compound modifier (`Log-structured engines`, `Single-qubit gates`, `Third-party scripts`): a
 * heading that gathers the members of a class under what they share, a grouping of the text.
 */
function isGroupOfKinds(words: string[]): boolean {
  return words.length === 2 && /[-–]/u.test(words[0]) && /[^su]s$/u.test(words[1]);
}

/** `The building blocks`, `Cipher suites & the crypto underneath`: a phrase the heading's article makes a description of the text. */
function followsArticle(heading: string, term: string): boolean {
  const at = heading.toLowerCase().indexOf(term.toLowerCase());
  return at > 0 && /(?:^|\s)(?:the|an?)\s+$/iu.test(heading.slice(0, at));
}

/**
 * Sibling subsections that name terms of one family (`## Attacks on sessions` → `### Session hijacking`, `### Session
 * fixation`): two English noun phrases of two to four words under one parent, at depth 3 or more, sharing their
 * first or their last word with a different other word, are kinds of one thing the author gives a section each. The
 * family corroborates each heading as a list family would (an enumeration, 0.2): a heading alone is not a term. A
 * note's top sections (`##`) are its topics, often groupings (`## Single-qubit gates`, `## Multi-qubit gates`): on the
 * development vaults their families were as often not gold as gold, so they are left out.
 */
function headingFamilies(note: Note, out: Candidate[]): void {
  const heads = out.filter((c) => c.signal === 'heading' && c.score >= 0.45 && c.lang === 'en' && /^[A-Za-z][A-Za-z0-9'-]*(?:\s[A-Za-z0-9'-]+){1,3}$/u.test(c.surface));
  if (heads.length < 2) return;
  const sectionOf = new Map(note.sections.map((s) => [s.line, s]));
  const words = (c: Candidate) => c.surface.toLowerCase().replace(/(?:e?s)$/u, '').split(' ');
  for (const c of heads) {
    const section = sectionOf.get(c.provenance.line);
    if (!section || section.depth < 3) continue;
    const [first, last] = [words(c)[0], words(c).at(-1)];
    const kin = heads.some((o) => {
      if (o === c) return false;
      const other = sectionOf.get(o.provenance.line);
      if (!other || other.parent !== section.parent || other.depth !== section.depth) return false;
      const w = words(o);
      return (w[0] === first && w.at(-1) !== last) || (w.at(-1) === last && w[0] !== first);
    });
    if (kin) out.push(kinOfFamily(c));
  }
}

/**
 * `parser` on a line of its own and a list under it: an outline's heading typed without `#` (a short Latin line,
 * one to four words, no sentence mark, not itself a list item, right before a list item).
 */
function isOutlineHead(note: Note, b: number): boolean {
  const block = note.blocks[b];
  const next = note.blocks[b + 1];
  if (block.kind !== 'paragraph' || !next || next.kind !== 'paragraph' || block.text.length > 40) return false;
  if (!/^[A-Za-z][A-Za-z0-9 +#/().-]*$/u.test(block.text) || /[.:]$/u.test(block.text) || block.text.split(' ').length > 4) return false;
  return !isListItem(note.text, block) && isListItem(note.text, next);
}

/**
 * An English heading term that the note's prose uses again (`## Isolation levels` … `SQL defines weaker isolation
 * levels`): the author names the section after a term of the text, so the heading is corroborated (0.2 more,
 * located at the first use). Latin script only: a Chinese word is found inside longer words, and Chinese frequency
 * is the statistical pass's job. Either case of the first letter, whole words, either number of the last word.
 */
export function headingEchoes(note: Note, headings: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<string>();
  let prose: ProseRuns | undefined;
  for (const c of headings) {
    if (c.signal !== 'heading' || c.score > NAMING_HEADING || c.lang !== 'en' || !/^[A-Za-z][A-Za-z0-9 -]*$/u.test(c.surface)) continue;
    const term = c.surface.toLowerCase();
    if (seen.has(term)) continue;
    seen.add(term);
    // One search for the term without its first letter (either case) and its plural ending (either number).
    const core = term.replace(/(?:es|s)$/u, '').slice(1);
    if (core.length < 3) continue;
    const runs = () => (prose ??= proseRuns(note));
    const hit = proseHit(note, term.charCodeAt(0), core, runs, c.provenance.line);
    if (!hit) continue;
    // A capital the heading alone gives (`## Backends`, prose: `every backend`) is the heading's convention, not a
    // name's: where the prose writes the word only in lower case, the echo records it so.
    const surface = conventionCapital(c.surface) && !proseHit(note, c.surface.charCodeAt(0), core, runs, c.provenance.line, true) ? term : c.surface;
    out.push(candidateOf(surface, 'en', 'heading', [], 0.2, provenanceAt('heading', note, hit.block, hit.at, `${ECHO_EXCERPT}${hit.block.text.slice(Math.max(0, hit.at - 30), hit.at + term.length + 30)}`)));
  }
  return out;
}

/** How a heading echo's excerpt opens: the echo is located in prose and spelled as the prose spells the term. */
const ECHO_EXCERPT = 'heading term in prose: ';

/**
 * Evidence whose spelling is that of a title or a heading line, where any word may be capitalised by convention
 * (`## Consistent Hashing`); a heading echo is spelled as the prose writes it.
 */
export function isHeadlineSpelling(c: Candidate): boolean {
  return c.signal === 'title' || (c.signal === 'heading' && !c.provenance.excerpt.startsWith(ECHO_EXCERPT));
}

/**
 * The first whole-word occurrence in the note's source of `first` (either case, or exactly it with `exactCase`) +
 * `core` + an optional plural ending, lying in a non-heading block's prose.
 */
function proseHit(note: Note, first: number, core: string, prose: () => ProseRuns, headLine: number, exactCase = false): { block: Block; at: number } | undefined {
  const text = note.text;
  for (let i = text.indexOf(core, 1); i !== -1; i = text.indexOf(core, i + 1)) {
    const at = i - 1;
    const c = text.charCodeAt(at);
    if ((exactCase ? c : c | 0x20) !== first || isWordChar(text.charCodeAt(at - 1))) continue;
    let end = i + core.length;
    if (text.charCodeAt(end) === 0x65 && text.charCodeAt(end + 1) === 0x73) end += 2;
    else if (text.charCodeAt(end) === 0x73) end++;
    if (isWordChar(text.charCodeAt(end))) continue;
    // Most first hits are the heading itself: a line opening with `#` is passed over without a lookup.
    const lineStart = text.lastIndexOf('\n', at) + 1;
    if (text.charCodeAt(lineStart) === 0x23) continue;
    const found = prose().find(at, end);
    // An outline head (isOutlineHead) is a paragraph block: its own line is no use in prose.
    if (found && found.block.line !== headLine) return found;
  }
  return undefined;
}

/**
 * A term capitalised only at the start of its words (`Backends`, `Isolation levels`, `Working Tree`): what a heading
 * in sentence or title case gives any word. Not a capital inside a word (gRPC, PostgreSQL).
 */
function conventionCapital(term: string): boolean {
  const c = term.charCodeAt(0);
  return c >= 0x41 && c <= 0x5a && term.split(/[\s-]+/u).every((word) => word.slice(1) === word.slice(1).toLowerCase());
}

interface ProseRuns {
  find(from: number, to: number): { block: Block; at: number } | undefined;
}

/** The runs of the note's non-heading blocks by source offset (they are in source order), for a binary search. */
function proseRuns(note: Note): ProseRuns {
  const starts: number[] = [];
  const runs: Array<{ block: Block; run: Block['runs'][number] }> = [];
  for (const block of note.blocks) {
    if (block.kind === 'heading') continue;
    for (const run of block.runs) {
      starts.push(run.offset);
      runs.push({ block, run });
    }
  }
  return {
    find(from, to) {
      let lo = 0;
      let hi = starts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid] <= from) lo = mid + 1;
        else hi = mid;
      }
      const hit = runs[lo - 1];
      return hit && to <= hit.run.offset + hit.run.length ? { block: hit.block, at: hit.run.at + (from - hit.run.offset) } : undefined;
    },
  };
}

/** [A-Za-z0-9-]: a neighbour that would make the match part of a longer word. */
function isWordChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2d;
}

const QUESTION = [/^(?:什么是|何谓|何为|关于|认识|理解|浅谈|初识|了解)\s*/u, /\s*(?:是什么|是啥|是什么东西)[？?]?$/u, /^(?:what\s+(?:is|are)\s+(?:an?\s+|the\s+)?|about\s+|introduction\s+to\s+|intro\s+to\s+|understanding\s+|getting\s+started\s+with\s+)/iu, /\?$/u];
/** A parenthesis closing a heading (NFKC: full-width ones too), after a space (`Foo (bar)`) or Han (`虚拟化（virtualization）`); not a call's `()`. */
const TRAILING_ASIDE = /(?<=[A-Za-z0-9])\s+\([^()]+\)$/u;
/** Document words that end a heading about X (`Docker特点`, `虚拟化种类`, `Kubernetes Overview`). */
const SUFFIX = /(?:的)?(?:简介|介绍|概述|概览|概念|特点|特性|特征|比较|对比|区别|种类|分类|类型|组件|组成|原理|入门|基础|总结|笔记|详解|教程|用法|安装|配置|实践|示例|架构图|优缺点|优势|历史|发展)$|\s+(?:overview|basics|introduction|tutorial|notes|summary|comparison|components|features|internals|in practice)$/iu;
/** `/` joins alternatives (容器/虚拟机) but not the parts of one name (TCP/IP, I/O); an arrow joins the steps of a chain (布局 → 绘制 → 合成). */
const CONJUNCTION = /\s*(?:与|和|及|以及|跟|vs\.?|VS\.?|versus|&|\band\b|、|→|⟶|->|=>|(?<![A-Za-z0-9])\/|\/(?![A-Za-z0-9]))\s*/u;
/** Parts of speech a Chinese term may end with: nouns, verbal nouns, names, foreign words. */
const NOUN_END = /^(?:n|vn|eng|nz|nr|ns|nt|j|b|l|g)/u;

/** The terms a heading names; empty when it names none. */
/**
 * Keys of the note titles that name a document about a term rather than the term (图像压缩基础, 视频编码基础,
 * Kubernetes basics): the title ends with a document word and something is left without it. Prose that refers to
 * such a note by its title (见 视频编码基础, 相关笔记：…) repeats the title, and the count must not make it a concept.
 */
export function documentTitleKeys(notes: readonly Note[]): Set<string> {
  const keys = new Set<string>();
  for (const note of notes) {
    const title = cleanSurface(note.title.normalize('NFKC'));
    if (SUFFIX.test(title) && title.replace(SUFFIX, '').trim()) keys.add(normaliseKey(title));
  }
  return keys;
}

export function headingTerms(heading: string, jieba: Segmenter): string[] {
  return headingParts(heading).filter((part) => termShape(part, jieba) === 'noun');
}

/** The heading without its number, question form and document words, split at its conjunctions. */
function headingParts(heading: string, beforeColon = false): string[] {
  // The section number, not the count that opens a term (`1-bit predictor`, `3-way merge`).
  let text = heading.normalize('NFKC');
  // `Variational algorithms (NISQ)`, `Error mitigation (not correction!)`: a closing parenthesis says more about the
  // term before it (an abbreviation the parenthetical pass reads, a remark); the part is the term, not `… (NISQ`.
  if (text.endsWith(')')) text = text.replace(TRAILING_ASIDE, '');
  text = cleanSurface(text.replace(/^\d+(?:\.\d+)*(?:[.、]\s*|\s+|$)/u, ''));
  for (const pattern of QUESTION) text = text.replace(pattern, '');
  const stripped = text.replace(SUFFIX, '').trim();
  if (stripped) text = stripped;
  // `## Back end: IR to machine code`: a section title before a colon names the topic, what follows says more
  // (a weak heading signal; a note's title is read whole, its title signal is strong on its own).
  const colon = beforeColon ? text.search(/[:：]/u) : -1;
  if (colon > 0) text = cleanSurface(text.slice(0, colon));
  if (!text || /[，。,;；:：!！?？]/u.test(text)) return [];
  const raw = text.split(CONJUNCTION);
  const parts: string[] = [];
  for (const part of raw) parts.push(cleanSurface(part));
  // `Clustered and secondary indexes`: a lone modifier before the conjunction shares the head after it. Not a plural
  // noun, nor before a phrase with its own article (`Caches and the memory hierarchy`): two noun phrases, each whole.
  if (parts.length === 2 && /^[A-Za-z][a-z-]*$/u.test(parts[0]) && !/[^sui]s$/u.test(parts[0]) && !/^\s*(?:the|an?)\s/iu.test(raw[1]) && /^[a-z][a-z-]*\s+[a-z][a-z-]*$/u.test(parts[1])) {
    parts[0] = `${parts[0]} ${parts[1].split(/\s+/u)[1]}`;
  }
  return parts;
}

/**
 * `noun`: shaped like a term (a Chinese phrase ending in a noun, an English phrase without function words at its
 * ends); `verb`: a Chinese compound of content words ending in a verb (拥塞控制, 三次握手); `none`: neither.
 */
function termShape(part: string, jieba: Segmenter): 'noun' | 'verb' | 'none' {
  if (!part || isStopWord(part) || STRUCTURAL_TITLES.has(part.toLowerCase())) return 'none';
  if (hasHan(part)) {
    const chars = codePointLength(part);
    if (chars < 2 || chars > 16 || /[的地得了吗呢吧]/u.test(part) || isQuantifiedPhrase(part)) return 'none';
    const tokens = tagTerm(jieba, part).filter((t) => t.word.trim());
    const last = tokens[tokens.length - 1];
    if (!last) return 'none';
    const first = tokens[0].tag;
    if (NOUN_END.test(last.tag) && !/^(?:d|m|r|p|c|u)/u.test(first)) return 'noun';
    // Two or more content words ending in a verb; a numeral only as the count of steps (三次握手).
    const countOfSteps = first === 'm' && /^[一二两三四五六七八九十]+[次步层级阶]/u.test(tokens[0].word);
    if (tokens.length >= 2 && /^(?:v|vn|s)$/u.test(last.tag) && (!/^(?:d|m|r|p|c|u|f)/u.test(first) || countOfSteps)) return 'verb';
    return 'none';
  }
  const words = part.split(/\s+/u);
  if (words.length > 5 || !/^(?:[A-Za-z]|\d+-[A-Za-z])/u.test(part)) return 'none';
  // A generic noun may also head a term after a content word (Product types, Type system, Isolation level): two or
  // three words, none of them a function word or another generic noun; a lone generic noun is no term.
  if (EN_STOP.has(words[words.length - 1].toLowerCase())) return genericHeaded(words) ? 'noun' : 'none';
  // A generic noun may modify a term (Type checking, Page tables, Name resolution) in a phrase without function
  // words; alone, or before `of`/`to` (Types of …, Introduction to …), or as a document word, it is no term.
  const first = words[0].toLowerCase();
  if (!EN_STOP.has(first)) return 'noun';
  return words.length > 1 && !STRUCTURAL_TITLES.has(first) && !words.some((w) => EN_FUNCTION_WORDS.has(w.toLowerCase())) ? 'noun' : 'none';
}

function genericHeaded(words: string[]): boolean {
  if (words.length < 2 || words.length > 3) return false;
  return words.slice(0, -1).every((w) => /^[A-Za-z][a-z-]+$/u.test(w) && !EN_STOP.has(w.toLowerCase()) && !EN_FUNCTION_WORDS.has(w.toLowerCase()));
}

function candidate(surface: string, signal: Signal, score: number, note: Note, line: number, column: number, excerpt: string, aliases: Candidate['aliases'] = []): Candidate {
  const provenance: Provenance = { signal, note: note.id, file: note.path, line, column, excerpt };
  return candidateOf(surface, detectLang(surface), signal, aliases, score, provenance);
}

/** A heading candidate (candidate(): no other fields) as one of a heading family: the same surface, as an enumeration. */
function kinOfFamily(c: Candidate): Candidate {
  const p = c.provenance;
  const provenance: Provenance = { signal: 'statistical', note: p.note, file: p.file, line: p.line, column: p.column, excerpt: `enumeration: heading family: ${p.excerpt}` };
  return candidateOf(c.surface, c.lang, 'statistical', c.aliases, 0.2, provenance);
}
