/**
 * `compared` edges (symmetric):
 * - Tables whose header row names two or more concepts, one per cell (`| 类别 | Docker | OpenStack |`).
 * - Note titles and headings that are nothing but two concepts joined by a conjunction (`全虚拟化与半虚拟化`,
 *   `2.3 容器和虚拟机`, `Docker vs. Podman`): a page or section given to a pair is about the pair.
 * - Sentences and headings: `A与B的比较/区别/对比`, `A和B之间的差异`, `A vs B`, `A versus B`,
 *   `difference(s) between A and B`, `comparison of A and B`, and the one-sided cues `不同于A，B…`,
 *   `相对于A，B…`, `与A相比，B…`, `与A不同，B…`, `和A不是一回事`, `B对标A`, `compared with/to A, B…`, `unlike A, B…`,
 *   `B is different from A`, `not the same as A`, `confused with A`, where B is the nearest concept before the cue in
 *   its clause, else the first concept after A's clause, else the term of the block's entry (`X: …. Not the same as A!`).
 * - Comparatives: `B比A更…`, `B不如A`, `B is faster than A`: B is the subject opening the clause, else the entry's term.
 */
import type { ConceptId, Note } from '../types.js';
import type { ConceptAutomaton } from './automaton.js';
import { CUE_CONTRAST, CUE_EITHER, CUE_ONE_SIDED, CUE_THAN } from './cue-mask.js';
import { RelationSet } from './relation-set.js';
import { fixedEvidence, readSentences, sentenceEvidence, type BlockSentences, type PlacedHit, type Sentence, type SentenceIndex, type SentenceReader, type SentenceText } from './sentences.js';
import { aliasKey, codeTable, isCommaLikeCode, isGenericLabel, isSpaceCode, skipSpaces } from './text-keys.js';
import { entryTerm, isSubjectPrefix } from './topics.js';

const CONJUNCTION = /^\s*(?:与|和|跟|同|及|以及|and|&|vs\.?|versus|VS\.?|对比|对)\s*$/iu;
const PAIR_TAIL = /^\s*(?:之间)?(?:的)?\s*(?:有所|有)?(?:比较|对比|区别|差异|异同|不同|差别|相比|compared|comparison|differences?)/iu;
const PARENTHETICAL = /^\s*[（(][^）)]*[）)]/u;
const BETWEEN_CUE = /(?:differences?|distinctions?)\s+between\s+|comparison\s+(?:of|between)\s+|比较|对比/giu;
const INFIX = /^\s*(?:vs\.?|versus|VS\.?)\s*$/iu;
const ONE_SIDED = /(?:不同于|有别于|区别于|相对于|相较于|相比于|对比于|比起|对标(?:的是)?|compared\s+(?:with|to)|in\s+contrast\s+to|unlike|(?:different|differs?)\s+from|not\s+the\s+same\s+(?:thing\s+)?as|confused\s+with|(?<![\p{L}])(?:与|和|跟|同)(?=[^，,。；;]{1,40}?(?:相比|比(?:起来|较起来)?\s*[，,]|(?:不同|不一样)(?=\s*(?:[，,。；;：:!?！？]|$|的是|之处|在于))|不是一回事)))\s*(?:the\s+|a\s+|an\s+)?/giu;
/** What may stand before the first concept of a title or heading: spaces and an outline number (`2.3 `). */
const OUTLINE = /^\s*(?:\d+(?:\.\d+)*\.?)?\s*$/u;

export function addComparisonRelations(set: RelationSet, notes: readonly Note[], indexed: SentenceIndex, automaton: ConceptAutomaton): void {
  addNoteComparisons(set, notes, automaton);
  readSentences(indexed, [comparisonReader(set)]);
}

/** Tables and titles. */
export function addNoteComparisons(set: RelationSet, notes: readonly Note[], automaton: ConceptAutomaton): void {
  addTableComparisons(set, notes, automaton);
  addTitleComparisons(set, notes, automaton);
}

/** Sentences and headings. */
export function comparisonReader(set: RelationSet): SentenceReader {
  return new ComparisonReader(set);
}

/** A class, not an object of closures: see SentenceReader. */
class ComparisonReader implements SentenceReader {
  constructor(private readonly set: RelationSet) {}

  // Two mentions, or one with a cue that sets it against another term (see `single` below).
  readonly cues = CUE_CONTRAST | CUE_ONE_SIDED | CUE_THAN;
  readonly minHits = 2;

  sentence(entry: BlockSentences, s: number, cut: SentenceText, cues: number): void {
    const { set } = this;
    const sentence = entry.sentences[s];
    const contrast = (cues & CUE_CONTRAST) !== 0 && CONTRAST_ANY.test(cut.body);
    // A sentence with one mention may still set it against the term its entry defines (`X：… Not the same as Y.`).
    const single = s > 0 && sentence.hits.length === 1 && entry.block.kind !== 'heading';
    if (sentence.hits.length < 2 && !(single && (contrast || cues & (CUE_ONE_SIDED | CUE_THAN)))) return; // a comparison needs two mentions
    for (const [a, b, at] of pairedMentions(entry.block.text, sentence, entry.block.kind === 'heading')) set.add('compared', a, b, 1, [sentenceEvidence(entry, sentence, at)]);
    if (cues & CUE_ONE_SIDED) for (const [a, b, at] of oneSided(entry, sentence, cut.body)) set.add('compared', a, b, 1, [sentenceEvidence(entry, sentence, at)]);
    if (cues & CUE_THAN && entry.block.kind === 'paragraph') for (const [a, b, at] of comparatives(entry, sentence, cut.body)) set.add('compared', a, b, 1, [sentenceEvidence(entry, sentence, at)]);
    if (contrast) for (const [a, b, at] of contrasts(entry, s)) set.add('compared', a, b, 1, [sentenceEvidence(entry, sentence, at)]);
    if (cues & CUE_EITHER) for (const [a, b, at] of alternatives(entry.block.text, sentence, cut.body)) set.add('compared', a, b, 1, [sentenceEvidence(entry, sentence, at)]);
  }
}

function addTableComparisons(set: RelationSet, notes: readonly Note[], automaton: ConceptAutomaton): void {
  for (const note of notes) {
    for (const table of note.tables) {
      const named: ConceptId[] = [];
      for (const cell of table.header) {
        const found = [...new Set(automaton.scan(cell).map((m) => m.concept))];
        if (found.length === 1 && !named.includes(found[0])) named.push(found[0]);
      }
      const text = `| ${table.header.join(' | ')} |`;
      for (let i = 0; i < named.length; i++) {
        for (let j = i + 1; j < named.length; j++) set.add('compared', named[i], named[j], 1, [fixedEvidence(note.id, table.line, text)]);
      }
      if (named.length < 2) addTableRows(set, note, table, automaton);
      else {
        addExampleRows(set, note, table, automaton);
        // `## 3 常见的 MQ` over `| | Kafka | RabbitMQ | RocketMQ |`: the columns are instances of the catalogued kind.
        const kind = named.length ? catalogueOf(note, table.line, automaton) : undefined;
        if (kind) for (const concept of named) if (concept !== kind) set.add('instance', concept, kind, 0.8, [fixedEvidence(note.id, table.line, `${innermostSection(note, table.line)?.title ?? ''} › ${text}`.slice(0, 160))]);
      }
    }
  }
}

/** A row label that says its cells hold examples of the column's concept (`典型例子`, `Examples`, `代表产品`). */
const EXAMPLE_ROW = /^\s*(?:(?:典型|常见|经典|代表性?)的?)?(?:例子|示例|举例|代表|实现|产品|应用)\s*$|^\s*(?:(?:typical|common|classic|well-known)\s+)?(?:examples?|e\.g\.?|implementations?|products?)\s*$/iu;
const CELL_SEPARATOR = /\s*(?:、|,|，|;|；|\/|\band\b|和|与)\s*/giu;

/**
 * `| | 分治 | 动态规划 |` over `| 典型例子 | 归并排序、快速排序 | 0-1 背包 |`: in a table whose columns are concepts, a row
 * labelled as examples lists instances of each column's concept; each item of a cell counts when it opens with a
 * concept.
 */
function addExampleRows(set: RelationSet, note: Note, table: Note['tables'][number], automaton: ConceptAutomaton): void {
  table.rows.forEach((row, i) => {
    if (!EXAMPLE_ROW.test(row[0] ?? '')) return;
    const text = `| ${row.join(' | ')} |`.slice(0, 160);
    for (let j = 1; j < row.length && j < table.header.length; j++) {
      const heads = [...new Set(automaton.scan(table.header[j]).map((m) => m.concept))];
      if (heads.length !== 1) continue;
      for (const item of cellItems(row[j], automaton)) {
        if (item !== heads[0]) set.add('instance', item, heads[0], 0.8, [fixedEvidence(note.id, table.line + 2 + i, text)]);
      }
    }
  });
}

/** Rows compared pairwise only up to this many (a long table is a catalogue, not a comparison). */
const MAX_COMPARED_ROWS = 6;

/**
 * A table whose rows, not columns, are the things described (`| 工具 | 开发时 | … |` then `| webpack | … |`,
 * `| Vite | … |`): two or more rows whose first cell opens with a concept. The rows are alternatives set side by side
 * (`compared`, pairwise, for up to MAX_COMPARED_ROWS rows), and members of what the table is about: the concept the
 * first header cell names (instance), else the term the paragraph right before the table introduces (glossed:
 * `打包工具（bundler）…`) or opens with: instance when the first header cell is that term's head word (`工具` of
 * 打包工具), else related (`| 指标 |` rows after `二分类先画混淆矩阵（confusion matrix）`). A first header cell that is
 * only an instance noun (`| 产品 |`, `| backend |`) makes the rows instances of what the enclosing section, else the
 * note, is about (`# 消息队列概述` › `五、常见产品对比`); one that only says the rows are named things (`| 模型 |`, `| name |`)
 * makes them members (instances when written like names, else narrower) of the concept the nearest heading naming any
 * concept names alone (`## Data hazards`; `# CTR 预估` › `## 2. 深度模型`). Under a catalogue heading (`## 常见的 MQ`, `## Popular brokers`) the
 * rows, or the columns of a table whose header names concepts, are instances of the kind the heading names.
 */
function addTableRows(set: RelationSet, note: Note, table: Note['tables'][number], automaton: ConceptAutomaton): void {
  const rows: Array<{ concept: ConceptId; line: number; text: string; name: boolean }> = [];
  table.rows.forEach((row, i) => {
    const cell = row[0] ?? '';
    const found = automaton.scan(cell);
    const lead = cell.search(/\S/u);
    if (found.length && found[0].start === lead && !rows.some((r) => r.concept === found[0].concept)) {
      rows.push({ concept: found[0].concept, line: table.line + 2 + i, text: `| ${row.join(' | ')} |`.slice(0, 160), name: /[A-Z0-9]/u.test(cell.slice(found[0].start, found[0].end)) });
    }
    if (found.length && found[0].start === lead) addRowCells(set, note, table.header, row, found[0].concept, table.line + 2 + i, automaton);
  });
  if (rows.length < 2) return;
  if (rows.length <= MAX_COMPARED_ROWS) {
    for (let i = 0; i < rows.length; i++) for (let j = i + 1; j < rows.length; j++) set.add('compared', rows[i].concept, rows[j].concept, 1, [fixedEvidence(note.id, rows[i].line, rows[i].text)]);
  }
  const corner = (table.header[0] ?? '').trim();
  const inCorner = automaton.scan(corner).filter((m) => m.start === 0 && m.end === corner.length && !isGenericLabel(corner));
  // `| 产品 | 语言 | … |` under `五、常见产品对比` in `消息队列概述`: a corner that is only an instance noun (a concept or not)
  // says the rows are products (tools, backends…) of what the section, else the note, is about.
  const kindCorner = INSTANCE_CORNER.test(corner);
  let head = kindCorner ? undefined : inCorner[0]?.concept;
  let type: 'instance' | 'related' = 'instance';
  // `| name | meaning |` under `## Data hazards`, `| 模型 | 年份 |` under `# CTR 预估`: a corner that only says the rows are
  // named things makes them members of what the section, else the note, is about: instances when written like names
  // (a capital or digit: DeepFM, RAW), else narrower.
  const named = !head && NAME_CORNER.test(corner) ? namedTopic(note, table.line, automaton) : undefined;
  if (named) {
    for (const row of rows) if (row.concept !== named) set.add(row.name ? 'instance' : 'broader', row.concept, named, 0.8, [fixedEvidence(note.id, row.line, row.text)]);
    return;
  }
  if (!head) {
    const introduced = inCorner.length ? undefined : introducedBefore(note, table.line, automaton);
    const enclosing = catalogueOf(note, table.line, automaton) ?? (introduced || !kindCorner ? undefined : enclosingTopic(note, table.line, automaton));
    if (enclosing ?? inCorner[0]) head = enclosing ?? inCorner[0].concept;
    else {
      if (!introduced) return;
      head = introduced.concept;
      const key = aliasKey(corner);
      type = key.length > 0 && introduced.forms.some((form) => form.length > key.length && form.endsWith(key)) ? 'instance' : 'related';
    }
  }
  for (const row of rows) if (row.concept !== head) set.add(type, row.concept, head, 0.8, [fixedEvidence(note.id, row.line, row.text)]);
}

/** A table's corner cell that only says the rows are named things: a name, a model, a method, a pattern. */
const NAME_CORNER = /^\s*(?:名称|名字|模型|算法|方法|模式|name|model|algorithm|method|pattern)\s*$/iu;
/** A table's corner cell that is only an instance noun: the rows are products, tools, backends… of something. */
const INSTANCE_CORNER = /^\s*(?:(?:常见|主流|典型|代表)的?)?(?:产品|工具|框架|实现|软件|项目|库)\s*$|^\s*(?:products?|tools?|frameworks?|implementations?|librar(?:y|ies)|backends?|engines?)\s*$/iu;
/** What may follow the concept in a title that is about it: nothing, a short Han word (概述, 基础), or an English one (notes, overview, basics). */
const TITLE_REST = /^\s*(?:\p{Script=Han}{1,3}|notes|overview|basics|introduction|primer)?\s*$/iu;

/** The titles of the sections around line `line`, innermost first, then the note's title. */
function sectionTitles(note: Note, line: number): string[] {
  const titles: string[] = [];
  for (let at = innermostSection(note, line)?.index; at !== undefined && at >= 0; at = note.sections[at].parent) titles.push(note.sections[at].title);
  if (note.title) titles.push(note.title);
  return titles;
}

/**
 * The concept the innermost section around line `line` is about (its title, past an outline number, is one concept and
 * at most a word such as 概述), else that of an enclosing section, else the note's title's.
 */
function enclosingTopic(note: Note, line: number, automaton: ConceptAutomaton): ConceptId | undefined {
  for (const title of sectionTitles(note, line)) {
    const found = automaton.scan(title);
    if (!found.length || found.some((f) => f.concept !== found[0].concept)) continue;
    // `## Backends` names the rows' kind again, not what they serve: the enclosing title says that.
    const surface = title.slice(found[0].start, found[0].end);
    if (INSTANCE_CORNER.test(surface) || isGenericLabel(surface)) continue;
    if (OUTLINE_LEAD.test(title.slice(0, found[0].start)) && TITLE_REST.test(title.slice(found[found.length - 1].end))) return found[0].concept;
  }
  return undefined;
}
/**
 * enclosingTopic for a table of named rows, stopping at the first heading that names any concept: one that names
 * another with more words (`## Where do properties come from?`) says what the rows are in other terms.
 */
function namedTopic(note: Note, line: number, automaton: ConceptAutomaton): ConceptId | undefined {
  for (const title of sectionTitles(note, line)) {
    const found = automaton.scan(title);
    if (!found.length) continue;
    if (found.some((f) => f.concept !== found[0].concept)) return undefined;
    const surface = title.slice(found[0].start, found[0].end);
    if (INSTANCE_CORNER.test(surface) || isGenericLabel(surface)) continue;
    return OUTLINE_LEAD.test(title.slice(0, found[0].start)) && TITLE_REST.test(title.slice(found[found.length - 1].end)) ? found[0].concept : undefined;
  }
  return undefined;
}
/** An outline number or mark before a title's words (`2.3 `, `五、`, `（一）`). */
const OUTLINE_LEAD = /^\s*(?:\d+(?:\.\d+)*\.?|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)])?\s*$/u;

/** A section title that announces a catalogue: `常见的 X`, `主流 X`, `Common Xs`, `Popular Xs` (an outline number may lead). */
const CATALOGUE_TITLE = /^\s*(?:\d+(?:\.\d+)*\.?|[一二三四五六七八九十]+、)?\s*(?:(?:常见|主流|典型|流行|著名|知名)的?|(?:common|popular|typical|well-known|major|notable)\s+)/iu;

/** The section a line is in (the last section that starts before it), else undefined. */
function innermostSection(note: Note, line: number): Note['sections'][number] | undefined {
  let found: Note['sections'][number] | undefined;
  for (const section of note.sections) if (section.line < line) found = section;
  return found;
}

/** The concept a catalogue section names right after its modifier and nothing after it (`常见的 MQ` → MQ), else undefined. */
function catalogueOf(note: Note, line: number, automaton: ConceptAutomaton): ConceptId | undefined {
  const title = innermostSection(note, line)?.title ?? '';
  const m = CATALOGUE_TITLE.exec(title);
  if (!m) return undefined;
  const found = automaton.scan(title).filter((f) => f.start >= m[0].length);
  const last = found[found.length - 1];
  if (!last || found.some((f) => f.concept !== last.concept) || title.slice(m[0].length, found[0].start).trim() !== '' || title.slice(last.end).trim() !== '') return undefined;
  return isGenericLabel(title.slice(last.start, last.end)) ? undefined : last.concept;
}

/** A column header that says its cells hold examples of each row's concept (`代表模型`, `典型例子`, `Examples`). */
const EXAMPLE_COLUMN = /^\s*(?:(?:典型|常见|经典|主流)的?)?(?:例子|示例|举例|代表(?:性的?)?\p{Script=Han}{0,2}|实现|产品)\s*$|^\s*(?:(?:typical|common|classic|well-known|notable)\s+)?(?:examples?|e\.g\.?|implementations?|products?|representatives?)\s*$/iu;

/** The concepts that open the items of a cell (split at 、 , ; / and 和 与). */
function cellItems(cell: string, automaton: ConceptAutomaton): ConceptId[] {
  const found = automaton.scan(cell);
  const out: ConceptId[] = [];
  CELL_SEPARATOR.lastIndex = 0;
  const starts = [0];
  for (let m = CELL_SEPARATOR.exec(cell); m; m = CELL_SEPARATOR.exec(cell)) starts.push(m.index + m[0].length);
  for (const start of starts) {
    const lead = start + (cell.slice(start).search(/\S/u) >>> 0);
    const item = found.find((f) => f.start === lead);
    if (item && !out.includes(item.concept)) out.push(item.concept);
  }
  return out;
}

/** Concepts a row's other cells name that are related to the row's subject, at most (a crowded row is a catalogue). */
const MAX_ROW_CELLS = 4;

/**
 * `| WebP | 基于 VP8 的帧内编码 |`, `| Jaeger | …; Cassandra or Elasticsearch storage |`: a row whose first cell opens
 * with a concept describes it, so the concepts its other cells name (up to MAX_ROW_CELLS, in reading order) are
 * `related` to it, as a definition's words are to its subject. Weight 0.5; evidence: the row.
 */
function addRowCells(set: RelationSet, note: Note, header: readonly string[], row: readonly string[], subject: ConceptId, line: number, automaton: ConceptAutomaton): void {
  const text = `| ${row.join(' | ')} |`.slice(0, 160);
  const seen: ConceptId[] = [subject];
  for (let j = 1; j < row.length && seen.length <= MAX_ROW_CELLS; j++) {
    const cell = row[j];
    // `| 架构 | 代表模型 |` over `| 仅解码器 | GPT、LLaMA |`: a column of examples lists instances of the row's concept, as
    // a row of examples does of a column's (addExampleRows); each item of the cell counts when it opens with a concept.
    if (EXAMPLE_COLUMN.test(header[j] ?? '')) {
      for (const item of cellItems(cell, automaton)) {
        if (seen.includes(item) || set.hasHierarchy(item, subject)) continue;
        seen.push(item);
        set.add('instance', item, subject, 0.8, [fixedEvidence(note.id, line, text)]);
      }
      continue;
    }
    // `| 名称 | 类型 |` over `| WGS84 | 地理坐标系 |`: a cell under a column of kinds that is its concept alone (a gloss,
    // or a clause after a mark, may follow) says what sort of thing the row is: an instance when the row is written
    // like a name (a capital or digit: WGS84, ClickHouse), else narrower.
    const kindColumn = KIND_COLUMN.test(header[j] ?? '');
    for (const m of automaton.scan(cell)) {
      if (seen.includes(m.concept) || isGenericLabel(cell.slice(m.start, m.end))) continue;
      seen.push(m.concept);
      if (seen.length > MAX_ROW_CELLS + 1) break;
      if (set.hasHierarchy(m.concept, subject)) continue;
      if (kindColumn && m.start === cell.search(/\S/u) && KIND_CELL_TAIL.test(cell.slice(m.end))) {
        set.add(/[A-Z0-9]/u.test(row[0] ?? '') ? 'instance' : 'broader', subject, m.concept, 0.8, [fixedEvidence(note.id, line, text)]);
        continue;
      }
      set.add('related', subject, m.concept, 0.5, [fixedEvidence(note.id, line, text)]);
    }
  }
}
/** A column header that names the sort of each row (`类型`, `架构`, `Type`, `Category`). */
const KIND_COLUMN = /^\s*(?:所属)?(?:类型|类别|种类|分类|架构)\s*$|^\s*(?:types?|kinds?|category|class|family|architecture)\s*$/iu;
/** After the kind named in a cell: nothing, a gloss, or a mark that sets off what is said of the row (`MPP，…`, `MPP + 列存`). */
const KIND_CELL_TAIL = /^\s*(?:[（(][^（()）]*[）)]\s*)?(?:$|[，,；;。.+＋:：])/u;

/** The term the paragraph right before line `line` introduces with a gloss (`X（Y）` naming one concept twice), else the concept it opens with. */
function introducedBefore(note: Note, line: number, automaton: ConceptAutomaton): { concept: ConceptId; forms: string[] } | undefined {
  let block: Note['blocks'][number] | undefined;
  for (const candidate of note.blocks) {
    if (candidate.line >= line) break;
    if (candidate.kind !== 'table-cell') block = candidate;
  }
  if (!block || block.kind !== 'paragraph') return undefined;
  const text = block.text;
  const found = automaton.scan(text);
  let concept: ConceptId | undefined;
  for (let i = 0; i + 1 < found.length && !concept; i++) {
    if (found[i].concept === found[i + 1].concept && /^\s*[（(]\s*$/u.test(text.slice(found[i].end, found[i + 1].start))) concept = found[i].concept;
  }
  if (!concept && found.length && /^[\s\d.)*\-]*(?:(?:a|an|the)\s+)?$/iu.test(text.slice(0, found[0].start))) concept = found[0].concept;
  if (!concept) return undefined;
  const forms = found.filter((m) => m.concept === concept).map((m) => aliasKey(text.slice(m.start, m.end)));
  return { concept, forms };
}

function addTitleComparisons(set: RelationSet, notes: readonly Note[], automaton: ConceptAutomaton): void {
  for (const note of notes) {
    if (note.titleSource === 'filename' && !note.title) continue;
    const found = automaton.scan(note.title);
    if (found.length !== 2 || found[0].concept === found[1].concept) continue;
    const [a, b] = found;
    if (!OUTLINE.test(note.title.slice(0, a.start)) || note.title.slice(b.end).trim() !== '' || !CONJUNCTION.test(note.title.slice(a.end, b.start))) continue;
    set.add('compared', a.concept, b.concept, 1, [fixedEvidence(note.id, note.frontmatter.lines.title ?? 1, note.title)]);
  }
}

/**
 * A necessary condition of CONJUNCTION on text[from, to), without slicing: spaces around at most six characters
 * (`versus`), the first of which opens one of the conjunctions (与和跟同及以对&, a of and, v/V of vs/versus). Most
 * adjacent mentions fail here.
 */
function mayJoin(text: string, from: number, to: number): boolean {
  const at = skipSpaces(text, from, to);
  if (at === to) return false;
  // The longest conjunction is `versus`: past it, only spaces may follow.
  let end = to;
  while (end > at && isSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end - at > 6) return false;
  const code = text.charCodeAt(at);
  return CONJUNCTION_OPENERS[code] === 1 || (code | 32) === 97 || (code | 32) === 118;
}
const CONJUNCTION_OPENERS = codeTable('与和跟同及以对&');

/** The empty result, shared (never added to). */
const NONE: Array<[ConceptId, ConceptId, number]> = [];

/** `A与B的比较`, `A vs B`, `difference between A and B`, a heading `A与B`: two adjacent mentions joined by a conjunction. */
function pairedMentions(text: string, sentence: Sentence, heading = false): Array<[ConceptId, ConceptId, number]> {
  let out: Array<[ConceptId, ConceptId, number]> = NONE; // most sentences compare nothing: no array for them
  const hits = sentence.hits;
  let cues: number[] | undefined; // found only once a joined pair may be framed by one (rare)
  for (let i = 0; i + 1 < hits.length; i++) {
    const a = hits[i];
    const b = hits[i + 1];
    if (b.start <= a.end) continue;
    if (!mayJoin(text, a.end, b.start)) {
      const glossed = versusAfterGloss(text, hits, i, sentence.end);
      if (glossed) (out === NONE ? (out = []) : out).push([a.concept, glossed.concept, a.start]);
      continue;
    }
    const joint = text.slice(a.end, b.start);
    if (!CONJUNCTION.test(joint)) continue;
    const tail = text.slice(b.end, sentence.end).replace(PARENTHETICAL, '');
    // A cue that frames the pair ends at most two characters before it, in a space, 较 or 比: only then are the
    // sentence's cues looked for (most joined pairs, `A和B`, have none).
    const framed = mayEndCue(text, sentence.start, a.start) && (cues ??= cuesOf(text, sentence)).some((c) => c <= a.start && a.start - c <= 2);
    const whole = heading && hits.length === 2 && OUTLINE.test(text.slice(sentence.start, a.start)) && tail.trim() === '';
    if (INFIX.test(joint) || PAIR_TAIL.test(tail) || framed || whole) (out === NONE ? (out = []) : out).push([a.concept, b.concept, a.start]);
  }
  return out;
}

/**
 * `write-allocate (fetch the line, then write) vs no-write-allocate (…)`: a gloss may stand between the first side and
 * `vs`; the other side is the first mention after it (mentions inside the gloss are skipped).
 */
function versusAfterGloss(text: string, hits: readonly PlacedHit[], i: number, end: number): PlacedHit | undefined {
  const open = skipSpaces(text, hits[i].end, end);
  const code = text.charCodeAt(open);
  if (code !== 40 && code !== 0xff08) return undefined;
  const close = text.indexOf(code === 40 ? ')' : '）', open);
  if (close === -1 || close >= end) return undefined;
  const b = hits.find((h, k) => k > i && h.start > close);
  return b && b.concept !== hits[i].concept && INFIX.test(text.slice(close + 1, b.start)) ? b : undefined;
}

/** Where each BETWEEN_CUE match in the sentence ends. */
function cuesOf(text: string, sentence: Sentence): number[] {
  const cues: number[] = [];
  BETWEEN_CUE.lastIndex = 0;
  const body = text.slice(sentence.start, sentence.end);
  for (let m = BETWEEN_CUE.exec(body); m; m = BETWEEN_CUE.exec(body)) cues.push(sentence.start + m.index + m[0].length);
  return cues;
}

/** Whether a BETWEEN_CUE match may end in [at - 2, at]: one of the three characters before `at` (not before `from`) is a space, 较 or 比. */
function mayEndCue(text: string, from: number, at: number): boolean {
  for (let i = Math.max(from, at - 3); i < at; i++) {
    const code = text.charCodeAt(i);
    if (isSpaceCode(code) || code === 0x8f83 || code === 0x6bd4) return true;
  }
  return false;
}

/**
 * ONE_SIDED's cue words (same flags), a necessary condition of it in one scan: each of its alternatives contains
 * one of them (`相比于` and `与…相比` contain 相比; `跟A比，` holds 比 before a comma). Not 于 alone, which many sentences hold (由于, 对于, 属于…).
 */
const ONE_SIDED_ANY = /相比|不同|有别于|区别于|相对于|相较于|对比于|比起|比(?:较起来)?\s*[，,]|不一样|不是一回事|对标|compared|contrast|unlike|differ|same|confused/iu;

/** Words of CONTRAST and SUBSTITUTE, a necessary condition of either (one scan of the sentence). */
const CONTRAST_ANY = /反过来|相反|反之|而不是|而非|[Cc]onversely|[Cc]ontrast|other\shand|instead\sof|rather\sthan/;
/** A clause opening with a contrast marker: its subject is set against the subject of the sentence before. */
const CONTRAST = /(?:^|[，,；;。]\s*)(?:反过来(?:说)?|相反|与此相反|反之|conversely|by\s+contrast|in\s+contrast|on\s+the\s+other\s+hand)\s*[，,]?\s*/giu;
/** `X … instead of Y`, `X而不是Y`: the sentence's subject is chosen over Y. */
const SUBSTITUTE = /(?:instead\s+of|rather\s+than|而不是|而非)\s*/giu;

/**
 * `过拟合：…。反过来，欠拟合是…`, `By contrast, a Type 2 hypervisor…`: the concept right after the marker against the
 * subject (the concept opening it) of the sentence before, else of the marker's sentence; `Rebasing replays your
 * commits … instead of merging`: the sentence's subject against the concept right after the cue.
 */
function contrasts(entry: BlockSentences, s: number): Array<[ConceptId, ConceptId, number]> {
  const text = entry.block.text;
  const sentence = entry.sentences[s];
  const body = text.slice(sentence.start, sentence.end);
  const out: Array<[ConceptId, ConceptId, number]> = [];
  const subjectOf = (unit: Sentence): PlacedHit | undefined => {
    const first = unit.hits[0];
    return first && isSubjectPrefix(text, unit.start, first.start) ? first : undefined;
  };
  const rightAfter = (at: number) => sentence.hits.find((h) => h.start >= at && /^[\s“”"'‘’「」《》]*(?:the\s+|a\s+|an\s+)?$/iu.test(text.slice(at, h.start)));
  for (const [pattern, before] of [[CONTRAST, true], [SUBSTITUTE, false]] as const) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(body); m; m = pattern.exec(body)) {
      const cueEnd = sentence.start + m.index + m[0].length;
      const after = rightAfter(cueEnd);
      if (!after) continue;
      const other = before ? (s > 0 ? subjectOf(entry.sentences[s - 1]) : undefined) : subjectOf(sentence);
      if (other && other.concept !== after.concept && other.start !== after.start) out.push([other.concept, after.concept, sentence.start + m.index]);
    }
  }
  return out;
}

/**
 * `不同于A，B…`, `与A相比，B…`, `跟A比，B…`, `B compared with A`, `B is different from A`, `A 和 B 不同`, `B 对标 A`. With no
 * other concept in the sentence, B is the term the block's entry defines (`Type inference: … Not the same as dynamic typing!`).
 */
function oneSided(entry: BlockSentences, sentence: Sentence, body: string): Array<[ConceptId, ConceptId, number]> {
  if (!ONE_SIDED_ANY.test(body)) return NONE;
  const text = entry.block.text;
  const out: Array<[ConceptId, ConceptId, number]> = [];
  ONE_SIDED.lastIndex = 0;
  for (let m = ONE_SIDED.exec(body); m; m = ONE_SIDED.exec(body)) {
    const cueStart = sentence.start + m.index;
    const cueEnd = cueStart + m[0].length;
    const clauseEnd = nextClauseEnd(text, cueEnd, sentence.end);
    // A loop, not filter: the filtered array's elements kind changed and deoptimised this (wrong map).
    const others: PlacedHit[] = [];
    for (const h of sentence.hits) if (h.start >= cueEnd && h.end <= clauseEnd) others.push(h);
    if (!others.length) continue;
    const other = pickOther(text, sentence.hits, sentence.start, cueStart, clauseEnd) ?? entryTerm(entry);
    if (!other) continue;
    for (const hit of others) if (hit.concept !== other.concept) out.push([other.concept, hit.concept, cueStart]);
  }
  return out;
}


/** `比 X 更…`, `不如 X`: a mention right after the cue, then (for 比) a degree word or a short adjective. */
const ZH_COMPARATIVE = /(?<![对相无好])比\s*|不如\s*/gu;
const ZH_DEGREE = /^\s*(?:更|还|要|略|稍|都|快|慢|高|低|大|小|多|少|好|差|强|弱|省|贵|便宜|简单|复杂|接近|灵活|安全|稳定|常用|容易|难)/u;
/** `faster than X`, `more expensive than the X` (not `other than`, `rather than`: those exclude or prefer). */
const EN_COMPARATIVE = /\b(?:(?!other\b|rather\b|sooner\b)[a-z]{2,}er|more\s+[a-z-]{3,}|less\s+[a-z-]{3,}|better|worse)\s+than\s+(?:the\s+|a\s+|an\s+)?/giu;
const COMPARATIVE_ANY = /比|不如|than/u;

/**
 * `SSIM：…，比 PSNR 更接近主观感受`, `… 反而不如文本召回`, `Should be looser than the SLO`: a comparison states which of
 * two is more so. The mention right after the cue is one side; the other is the subject of the cue's clause (a concept
 * opening it), else the term of the block's entry. Not in table cells (a cell's subject is its row's).
 */
function comparatives(entry: BlockSentences, sentence: Sentence, body: string): Array<[ConceptId, ConceptId, number]> {
  if (!COMPARATIVE_ANY.test(body)) return NONE;
  const text = entry.block.text;
  let out: Array<[ConceptId, ConceptId, number]> = NONE;
  for (const pattern of [ZH_COMPARATIVE, EN_COMPARATIVE]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(body); m; m = pattern.exec(body)) {
      const cueStart = sentence.start + m.index;
      const cueEnd = cueStart + m[0].length;
      const than = sentence.hits.find((h) => h.start === cueEnd);
      if (!than) continue;
      if (pattern === ZH_COMPARATIVE && m[0].startsWith('比') && !ZH_DEGREE.test(text.slice(than.end, Math.min(sentence.end, than.end + 8)))) continue;
      // The subject opening the cue's clause; a concept further on is more often an object (`对…匹配反而不如 X`), and in
      // Chinese a topic several clauses back is not reliably what is compared (`Google 推的，同质量下比 JPEG 小`).
      const clauseStart = previousClauseStart(text, cueStart, sentence.start);
      const opening = sentence.hits.find((h) => h.start >= clauseStart && h.end <= cueStart && isSubjectPrefix(text, clauseStart, h.start));
      const other = opening ?? entryTerm(entry);
      if (other && other.concept !== than.concept) (out === NONE ? (out = []) : out).push([other.concept, than.concept, cueStart]);
    }
  }
  return out;
}

function pickOther(text: string, hits: readonly PlacedHit[], sentenceStart: number, cueStart: number, clauseEnd: number): PlacedHit | undefined {
  const clauseStart = previousClauseStart(text, cueStart, sentenceStart);
  const before = hits.filter((h) => h.start >= clauseStart && h.end <= cueStart);
  if (before.length) return before[before.length - 1];
  return hits.find((h) => h.start > clauseEnd);
}

function nextClauseEnd(text: string, from: number, limit: number): number {
  for (let i = from; i < limit; i++) if (isCommaLikeCode(text.charCodeAt(i))) return i;
  return limit;
}

function previousClauseStart(text: string, from: number, limit: number): number {
  for (let i = from - 1; i >= limit; i--) if (isCommaLikeCode(text.charCodeAt(i))) return i + 1;
  return limit;
}

/**
 * `either a perspective projection or an orthographic projection`, `要么用A，要么用B`: two options offered as
 * exclusive alternatives are weighed against each other. Each side is the first mention after its marker, within
 * its clause (English: before the next comma or sentence end), with at most a few words before it.
 */
const EITHER = /\beither\s+((?:(?!\bor\b)[^,;.])*?)\s*,?\s*\bor\s+([^,;.]*)|要么([^，,。；;]*)[，,]\s*要么([^，,。；;]*)/giu;
const EITHER_ANY = /\beither\b|要么/iu;

function alternatives(text: string, sentence: Sentence, body: string): Array<[ConceptId, ConceptId, number]> {
  if (!EITHER_ANY.test(body)) return NONE;
  const out: Array<[ConceptId, ConceptId, number]> = [];
  EITHER.lastIndex = 0;
  for (let m = EITHER.exec(body); m; m = EITHER.exec(body)) {
    const english = m[1] !== undefined;
    const first = english ? m[1] : m[3];
    const second = english ? m[2] : m[4];
    const firstAt = sentence.start + m.index + m[0].indexOf(first, english ? 6 : 2);
    const secondAt = sentence.start + m.index + m[0].lastIndexOf(second);
    const a = leadingHit(text, sentence.hits, firstAt, firstAt + first.length, english);
    const b = leadingHit(text, sentence.hits, secondAt, secondAt + second.length, english);
    if (a && b && a.concept !== b.concept) out.push([a.concept, b.concept, sentence.start + m.index]);
  }
  return out;
}

/** The first mention in text[from, to), when only an article or a short verb/measure word comes before it. */
function leadingHit(text: string, hits: readonly PlacedHit[], from: number, to: number, english: boolean): PlacedHit | undefined {
  const hit = hits.find((h) => h.start >= from && h.end <= to);
  if (!hit) return undefined;
  const lead = text.slice(from, hit.start).trim();
  return english ? (/^(?:(?:a|an|the|use|using|with)\s*)?$/iu.test(lead) ? hit : undefined) : lead.length <= 3 ? hit : undefined;
}
