/**
 * Unknown siblings of known concepts. Items of one list are of one kind: when the names opening the items of a
 * list (`- 2001 年，Linux-VServer 以…`, `- 2004 年，Solaris Zones…`) include at least two names already
 * accepted on other evidence, the other names in the same position are concepts too, even when mentioned once.
 * Likewise the clauses of one example sentence (`例如：Kata Containers 给…，gVisor 则…`) that open with a name.
 * Reported with the `statistical` signal (a list in the corpus); the excerpt says which siblings vouched.
 */
import { candidateOf } from './candidate.js';
import type { Block, Candidate, Note } from '../types.js';
import { provenanceAt } from './locate.js';
import { detectLang, normaliseKey } from './normalise.js';
import { EN_FUNCTION_WORDS, EN_STOP } from './stop-words.js';

const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/u;
/** A Latin name at the start of a clause: words, hyphens and dots inside, capitalised words after the first. */
const CLAUSE_NAME = /(?:^|[，,：:；;]\s*)([A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*(?:\s+[A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*)*)(?=\s*(.?))/gu;
/** One or two lower-case words and a label's separator (`span –`, `stack:`) after a name. */
const LABEL_TAIL = /^\s+[a-z][a-z-]*(?:\s+[a-z][a-z-]*)?\s*(?:[:：]|\s[–—-]\s)/u;
const EXAMPLE_CUE = /(?:例如|比如|譬如)\s*[：:，,]?/u;

interface Item {
  block: Block;
  name: string;
  at: number;
}

export function siblingCandidates(note: Note, strong: ReadonlySet<string>): Candidate[] {
  const out: Candidate[] = [];
  let group: Item[] = [];
  let lastLine = -2;
  const close = () => {
    vouch(note, group, strong, 2, 3, out);
    group = [];
  };
  for (const block of note.blocks) {
    const listed = block.kind !== 'heading' && isListItem(note.text, block);
    if (!listed || block.line > lastLine + 2) close();
    if (listed) {
      // `- Bank conflicts in shared memory?`: an item that asks a question is a checklist's, not a list of names.
      const item = block.text.endsWith('?') ? undefined : firstName(block.text, 0);
      // An item without a name keeps the list open, but adds nothing.
      if (item) group.push({ block, ...item });
      lastLine = block.line;
    }
    if (hasExampleCue(block.text)) examples(note, block, strong, out);
  }
  close();
  return out;
}

/** The source line of the block's first run starts with a list marker (`- `, `* `, `1. `). */
export function isListItem(text: string, block: Block): boolean {
  // Tested by length, not by reading past the end (which deoptimises the callers it is inlined into).
  if (block.runs.length === 0) return false;
  const run = block.runs[0];
  const lineStart = text.lastIndexOf('\n', run.offset - 1) + 1;
  return run.offset - lineStart <= 12 && LIST_ITEM.test(text.slice(lineStart, run.offset + 1));
}

/** The first name opening a clause of `text` (from `from`); a name followed by a number is a release (FreeBSD 4.0). */
function firstName(text: string, from: number): { name: string; at: number } | undefined {
  const slice = text.slice(from);
  // exec() in a loop, not matchAll(): matchAll clones the pattern on every call, and this runs per list item.
  CLAUSE_NAME.lastIndex = 0;
  for (let m = CLAUSE_NAME.exec(slice); m; m = CLAUSE_NAME.exec(slice)) {
    const name = m[1];
    const next = m[2];
    if (EN_STOP.has(name.toLowerCase()) || name.length < 2) return undefined;
    if (/[0-9]/u.test(next ?? '')) return undefined;
    // A lower-case word before another content word opens a phrase (`tiered compilation: …`), not a name (`runc is …`).
    const rest = slice.slice((m.index ?? 0) + m[0].length);
    const after = /^[A-Za-z][a-z-]*$/u.test(name) ? /^\s+([a-z][a-z-]*)/u.exec(rest)?.[1] : undefined;
    if (after && !EN_FUNCTION_WORDS.has(after)) {
      // `Leaf certificate`, `Serial collector`, `Versions follow semver`: a word capitalised only as the item's first,
      // before a lower-case word, opens a phrase or a sentence; a name before its verb (`Blorp runs it`) stays.
      if (/^[a-z]/u.test(name) || !/[^s]s$/u.test(after)) return undefined;
    }
    // `Creating a Bell state`: a capitalised -ing word before more words opens a step, not a name.
    if (after && /^[A-Z][a-z]+ing$/u.test(name)) return undefined;
    // `Root span – the span with no parent`, `ELK stack: …`: the label is the phrase, the name only its first word.
    if (LABEL_TAIL.test(rest)) return undefined;
    // Only a name that opens the item or its second clause (after a date or a lead-in).
    const at = (m.index ?? 0) + m[0].indexOf(name);
    if (slice.slice(0, at).split(/[，,：:；;]/u).length > 2) return undefined;
    return { name, at: from + at };
  }
  return undefined;
}

/** 例如, 比如 or 譬如: one scan for their shared 如 instead of a scan per cue. */
function hasExampleCue(text: string): boolean {
  for (let at = text.indexOf('如', 1); at !== -1; at = text.indexOf('如', at + 1)) {
    const c = text.charCodeAt(at - 1);
    if (c === 0x4f8b || c === 0x6bd4 || c === 0x8b6c) return true;
  }
  return false;
}

/** `例如：Kata Containers 给每个容器…，gVisor 则在…`: the clauses after an example cue that open with a name. */
function examples(note: Note, block: Block, strong: ReadonlySet<string>, out: Candidate[]): void {
  const cue = EXAMPLE_CUE.exec(block.text);
  if (!cue) return;
  const start = cue.index + cue[0].length;
  const end = block.text.slice(start).search(/[。！？!?\n]/u);
  const sentence = block.text.slice(start, end === -1 ? undefined : start + end);
  const items: Item[] = [];
  let offset = 0;
  for (const clause of sentence.split(/[，,；;]/u)) {
    const m = /^\s*([A-Za-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*(?:\s+[A-Z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*)*)\s*\p{Script=Han}/u.exec(clause);
    if (m && !EN_STOP.has(m[1].toLowerCase())) items.push({ block, name: m[1], at: start + offset + clause.indexOf(m[1]) });
    offset += clause.length + 1;
  }
  vouch(note, items, strong, 1, 2, out);
}

function vouch(note: Note, items: Item[], strong: ReadonlySet<string>, minKnown: number, minItems: number, out: Candidate[]): void {
  if (items.length < minItems) return;
  const known = items.filter((i) => strong.has(normaliseKey(i.name)));
  if (known.length < minKnown || known.length === items.length) return;
  const by = known.map((i) => i.name).join(', ');
  for (const item of items) {
    if (strong.has(normaliseKey(item.name))) continue;
    const provenance = provenanceAt('statistical', note, item.block, item.at, `enumeration: sibling of ${by}: ${item.block.text.slice(Math.max(0, item.at - 10), item.at + 40)}`);
    out.push(candidateOf(item.name, detectLang(item.name), 'statistical', [], 0.5, provenance));
  }
}
