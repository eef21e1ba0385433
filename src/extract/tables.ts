/**
 * Tables as lists the author wrote. A table names the things it compares in one of two places:
 * - a header whose first cell is empty (`|  | merge | rebase |`): the other header cells are the compared
 *   items, and the first column holds their attributes (history, speed …); so does a corner naming the rows as
 *   attributes (`| aspect | A | B |`, `| 性质 | … |`);
 * - otherwise the first header cell names a kind (`| 工具 | 开发时 | 备注 |`) and the first column lists its
 *   members (webpack, Vite, Rollup) — unless most other header cells are terms the vault already has
 *   (`| 对比项 | 容器 | 虚拟机 |`) or Latin names in a Chinese table: then the header holds the items (found
 *   elsewhere already, or not proposed: a header cell next to a kind may be anything) and the rows are attributes.
 * Reported as an enumeration (`statistical`, excerpt `enumeration: table …`): items of one list, of one kind.
 */
import { candidateOf } from './candidate.js';
import type { Block, Candidate, Note, Table } from '../types.js';
import { provenanceAt } from './locate.js';
import { cleanSurface, detectLang, hasHan, normaliseKey } from './normalise.js';
import { EN_FUNCTION_WORDS, isStopWord } from './stop-words.js';

/** A parenthesis or the first clause mark ends the name in a cell (`准确率（accuracy）`, `精确率，又称查准率`). */
const CELL_END = /[（(，,；;：:。]/u;
const LATIN_ITEM = /^[A-Za-z0-9][A-Za-z0-9.+#/_-]*(?:\s+[A-Za-z0-9][A-Za-z0-9.+#/_-]*){0,3}$/u;
/** A Han item: 2–12 Han characters (a Latin name may precede or follow: `L1 正则化`), no grammatical particle. */
const HAN_ITEM = /^(?:[A-Za-z0-9][A-Za-z0-9.+#/-]*\s*)?\p{Script=Han}{2,12}(?:\s*[A-Za-z0-9][A-Za-z0-9.+#/-]*)?$/u;
const HAN_GRAMMAR = /[的了是在和与或把被就都很]/u;

/**
 * `| aspect | reference counting | tracing GC |`, `| 性质 | 时域 | z 域 |`: a corner cell that names the kind of the
 * rows as attributes (aspect, property, dimension, criterion) says the first column holds what is compared on, and the
 * header the things compared, as an empty corner does. Words of the language, not of a domain; `attribute` and
 * `feature` are left out: their rows are as often the items (`| attribute | what it does |`: Secure, HttpOnly).
 */
const ATTRIBUTE_CORNER = /^(?:aspects?|propert(?:y|ies)|characteristics?|dimensions?|criteri(?:on|a)|性质|特性|方面|维度|对比项|对比维度)$/iu;

export function tableCandidates(note: Note, strong: ReadonlySet<string>): Candidate[] {
  const out: Candidate[] = [];
  for (const table of note.tables) {
    if (table.header.length < 2) continue;
    const first = table.header[0].trim();
    const others = table.header.slice(1);
    if (!first || ATTRIBUTE_CORNER.test(first)) {
      if (others.length >= 2) for (const cell of others) item(note, table, cell, out);
    } else if (table.rows.length >= 2 && !mostlyNames(others, strong, hasHan(first))) {
      for (const row of table.rows) if (row.length) item(note, table, row[0], out);
    }
  }
  return out;
}

/**
 * The header holds the items: most of its other cells are terms found already, or, in a Chinese table, Latin
 * names (`| 类别 | Docker | OpenStack |`); in English every cell is Latin, so only found terms tell.
 */
function mostlyNames(cells: string[], strong: ReadonlySet<string>, han: boolean): boolean {
  const names = cells.filter((cell) => {
    const name = itemName(cell);
    return !!name && (strong.has(normaliseKey(name)) || (han && /[A-Za-z]/u.test(name)));
  }).length;
  return names * 2 > cells.length;
}

/** The name a cell opens with, when it is shaped like one. */
function itemName(cell: string): string | undefined {
  const cut = cell.search(CELL_END);
  const name = cleanSurface(cut === -1 ? cell : cell.slice(0, cut));
  if (!name || isStopWord(name) || !/\p{L}/u.test(name)) return undefined;
  if (hasHan(name)) return HAN_ITEM.test(name) && !HAN_GRAMMAR.test(name) ? name : undefined;
  if (!LATIN_ITEM.test(name) || !/^[A-Za-z]/u.test(name)) return undefined;
  // `what the optimiser knows`, `safe on shared branches`: a clause, not a name.
  return name.split(/\s+/u).some((w) => EN_FUNCTION_WORDS.has(w.toLowerCase())) ? undefined : name;
}

function item(note: Note, table: Table, cell: string, out: Candidate[]): void {
  const name = itemName(cell);
  if (!name) return;
  const block = cellBlock(note, table, name);
  if (!block) return;
  const at = Math.max(0, block.text.indexOf(name));
  out.push(candidateOf(name, detectLang(name), 'statistical', [], 0.5, provenanceAt('statistical', note, block, at, `enumeration: table: ${table.header.join(' | ').slice(0, 120)}`)));
}

/** The table-cell block holding `name`, at or below the table's first line. */
function cellBlock(note: Note, table: Table, name: string): Block | undefined {
  for (const block of note.blocks) {
    if (block.kind === 'table-cell' && block.line >= table.line && block.text.includes(name)) return block;
  }
  return undefined;
}
