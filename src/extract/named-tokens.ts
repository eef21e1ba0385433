/**
 * An abbreviation that closes a paragraph introducing what follows (`The guarantees are summed up as ACID:` before
 * the list of its letters): the author names the subject of the next lines. Capitals alone are not enough (CPU,
 * API are everywhere): the colon ending the paragraph is the evidence. Only the paragraph's last characters are read.
 * Also the versions of one name the vault tells apart (`TLS 1.2`, `TLS 1.3`: versionedNameCandidates).
 */
import { candidateOf } from './candidate.js';
import type { Candidate, Note } from '../types.js';
import { provenanceAt } from './locate.js';
import { isAbbreviation } from './normalise.js';

const INTRODUCES = /(?:^|[\s(（])([A-Z][A-Z0-9]{1,9})\s*[:：]\s*$/u;

export function namedTokenCandidates(note: Note): Candidate[] {
  const out: Candidate[] = [];
  for (const block of note.blocks) {
    if (block.kind !== 'paragraph') continue;
    const text = block.text;
    // An empty block is skipped before the read: charCodeAt(-1) deoptimises the loop.
    if (text.length === 0) continue;
    const last = text.charCodeAt(text.length - 1);
    if (last !== 0x3a && last !== 0xff1a) continue;
    const tail = text.slice(-16);
    const m = INTRODUCES.exec(tail);
    if (!m || !isAbbreviation(m[1])) continue;
    const at = text.length - tail.length + m.index;
    out.push(candidateOf(m[1], 'en', 'definition', [], 0.5, provenanceAt('definition', note, block, at, `introduces: ${text.slice(-80)}`)));
  }
  return out;
}

/**
 * `TLS 1.2` and `TLS 1.3`, `WCAG 2.1` and `WCAG 2.2`: a name written with a dotted version number, where the vault
 * writes the same name with two versions or more, names each version as a thing of its own (the author tells them
 * apart, as statisticalCandidates' versionFamilies does for one-token names like HTTP/2 and HTTP/3). A lone versioned
 * mention (`PCIe 4.0`, `Go 1.19`, `Apache 2.0`) is an aside and is left alone. The name is capitalised, one word.
 */
const VERSIONED_NAME = /(?<![\w.-])([A-Z][A-Za-z]{1,15}) (\d+\.\d+(?:\.\d+)?)(?![\w.])/gu;

function hasDottedNumber(text: string): boolean {
  for (let i = text.indexOf('.', 1); i !== -1; i = text.indexOf('.', i + 1)) if (isDigit(text.charCodeAt(i - 1)) && i + 1 < text.length && isDigit(text.charCodeAt(i + 1))) return true;
  return false;
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/**
 * `since Linux 4.5`, `从 Linux 2.6.24 起`: a version read as a point in time (when something appeared or changed), not
 * as a thing the notes talk about.
 */
const WHEN_BEFORE = /(?:\b(?:since|from|until|as of|before|after)|[从自])\s*$/iu;
const WHEN_AFTER = /^\s*(?:起|以后|之后|以前|之前|开始)/u;

function asWhen(text: string, from: number, to: number): boolean {
  return WHEN_BEFORE.test(text.slice(Math.max(0, from - 8), from)) || WHEN_AFTER.test(text.slice(to, to + 4));
}

export function versionedNameCandidates(notes: readonly Note[]): Candidate[] {
  const found: Array<{ name: string; version: string; note: Note; block: Note['blocks'][number]; at: number }> = [];
  for (const note of notes) {
    for (const block of note.blocks) {
      const text = block.text;
      // Most blocks hold no dotted number (a digit, a dot, a digit): found by indexOf before the pattern runs.
      if (!hasDottedNumber(text)) continue;
      VERSIONED_NAME.lastIndex = 0;
      for (let m = VERSIONED_NAME.exec(text); m; m = VERSIONED_NAME.exec(text)) {
        if (!asWhen(text, m.index, m.index + m[0].length)) found.push({ name: m[1], version: m[2], note, block, at: m.index });
      }
    }
  }
  const versions = new Map<string, Set<string>>();
  for (const f of found) (versions.get(f.name) ?? versions.set(f.name, new Set()).get(f.name)!).add(f.version);
  const out: Candidate[] = [];
  const seen = new Set<string>();
  for (const f of found) {
    const surface = `${f.name} ${f.version}`;
    if (versions.get(f.name)!.size < 2 || seen.has(surface)) continue;
    seen.add(surface);
    out.push(candidateOf(surface, 'en', 'statistical', [], 0.5, provenanceAt('statistical', f.note, f.block, f.at, `enumeration: versions of ${f.name}: ${[...versions.get(f.name)!].join(', ')}`)));
  }
  return out;
}
