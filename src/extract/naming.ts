/**
 * Naming sentences: the author describes something, then gives it its name. `这个过程叫三次握手`,
 * `这种做法叫做网络分层`, `称为封装（encapsulation）`, `这就是超时重传`, `这一步叫 patch`, `常说的"GPU 加速"`, `an in-memory table called the memtable`,
 * `an anomaly called write skew`, `PostgreSQL calls this streaming replication`. The name is the whole rest of
 * its clause (so `叫他们去` or `called by the scheduler` are not names), and the sentence is its definition.
 */
import type { Block, Candidate, Note } from '../types.js';
import { blockCues, CUE, cuedSentences, cuesOf, type CuedSentence } from './cues.js';
import { candidateOf } from './candidate.js';
import { provenanceAt } from './locate.js';
import type { MarkSpan } from './markup.js';
import { cleanSurface, codePointLength, detectLang, hasHan } from './normalise.js';
import { EN_FUNCTION_WORDS, EN_STOP, isQuantifiedPhrase, isStopWord } from './stop-words.js';

/** As strong as a definition: the author states the name. */
const SCORE = 0.55;

const ZH_CUE = /(?:被称为|被称作|称之为|称为|称作|叫做|叫作|名为|简称为|简称|这就是|就叫|叫|常说的|所谓的|所谓|(?<=[，,]\s*)即(?![使便将可时刻为是]))\s*/gu;
/** What may follow the name inside its clause: a gloss in brackets, a quote mark, the clause's end. */
const ZH_NAME = /^[“"「『]?((?:[\p{Script=Han}]|[A-Za-z0-9][A-Za-z0-9_./+-]*\s?)+?)[”"」』]?(?=[（(]|[，。；：！？,;:!?、]|$)/u;
/** A name does not hold these: the clause is a statement, not a name (`叫他们`, `称为了…`). */
const ZH_NOT_NAME = /[的了着过是在把被让给他她它我你们这那哪谁]/u;
/** `呼叫`, `尖叫`: 叫 as part of another verb. */
const CALL_VERB = /[呼尖喊鸣吼惊大]/u;
const LATIN_NAME = /^[A-Za-z][A-Za-z0-9_./+-]*(?:\s[A-Za-z0-9][A-Za-z0-9_./+-]*){0,2}$/u;
const ZH_COUNT = /^(?:一个|一种|一类|一套|一项|一条|一组)/u;

const EN_CUE = /\b(?:(?:is|are|was|were|be)\s+)?(?:called|termed|named|dubbed|known\s+as|referred\s+to\s+as|calls?\s+(?:this|it|that|these|them))\s+(?:the\s+|an?\s+)?/giu;
const EN_WORD = /^[A-Za-z][A-Za-z0-9+#_-]*$/u;
/** `called after/by/with …` is a function being invoked, not a name. */
const EN_NOT_NAME = new Set('after before by from with once twice again when whenever if on in at for to of into every each'.split(' '));

/**
 * `split`: the sentences of each block (noteSentences), when the caller already has them. `marks`: the marked-up
 * spans of each block (markup.ts): a name in code or emphasis right after the cue is exactly that span
 * (`called `origin` automatically` names origin).
 */
export function namingCandidates(note: Note, split?: CuedSentence[][], marks?: Map<number, MarkSpan[]>): Candidate[] {
  const out: Candidate[] = [];
  for (let b = 0; b < note.blocks.length; b++) {
    const block = note.blocks[b];
    if (block.kind === 'heading') continue;
    // The block's cue bits, from its sentences when they are split: the cues below are tested on them first.
    const sentences = split?.[b];
    const bits = sentences ? blockCues(sentences) : cuesOf(block.text);
    const cue = hasCue(block.text, bits);
    // `that's X` and `what X means` are rare: one plain search for each before any pattern.
    const thats = (bits & CUE.latin) !== 0 && ((block.text.includes('hat') && THATS_CUE.test(block.text)) || block.text.includes(' means'));
    if (bits & CUE.copula && block.text.includes('的是')) namedByCopula(note, block, out);
    if (!cue && !thats) continue;
    const spans = marks?.get(b);
    for (const sentence of sentences ?? cuedSentences(block.text)) {
      // Every alternative of ZH_CUE holds one of the CUE.naming characters: a sentence without them names nothing.
      const named = cue && (sentence.cues & (CUE.han | CUE.naming)) === (CUE.han | CUE.naming);
      if (!(sentence.cues & CUE.latin)) {
        if (named && hasHan(sentence.text)) chinese(note, block, sentence.text, sentence.at, out, spans);
        continue;
      }
      if (named && hasHan(sentence.text)) chinese(note, block, sentence.text, sentence.at, out, spans);
      if (thats) thatsName(note, block, sentence.text, sentence.at, out);
      // EN_CUE needs one of EN_CUE_ASCII's words (or a ſ/K that the /iu pattern folds): most Latin sentences have none.
      if (cue && (sentence.cues & CUE.folds || EN_CUE_ASCII.test(sentence.text))) english(note, block, sentence.text, sentence.at, out, spans);
    }
  }
  return out;
}

/** The marked span starting at block index `at` (after an opening quote or space), as a name of at most four words. */
function markedName(block: Block, at: number, spans: MarkSpan[] | undefined): string | undefined {
  if (!spans) return undefined;
  let from = at;
  while (from < block.text.length && /[\s“"「『]/u.test(block.text.charAt(from))) from++;
  const span = spans.find((s) => s.start === from);
  if (!span) return undefined;
  const name = cleanSurface(block.text.slice(span.start, span.end));
  return name && name.split(/\s+/u).length <= 4 && !/[/:=]/u.test(name) ? name : undefined;
}

const EN_CUE_WORD = /\b(?:called|termed|named|dubbed|known|referred|calls?)\b/iu;
/** EN_CUE_WORD without word boundaries and ASCII-only /i: it matches wherever EN_CUE_WORD does, unless ſ or K stands for s or k. */
const EN_CUE_ASCII = /call|termed|named|dubbed|known|referred/i;

/**
 * Cheap pre-test so most blocks skip the regular expressions, on the block's cue bits first: a Chinese naming
 * character (称, 叫, 名, 就, 即, 谓, 说: CUE.naming), or an English cue word, which needs a Latin letter.
 */
function hasCue(text: string, bits: number): boolean {
  return (bits & CUE.naming) !== 0 || ((bits & CUE.latin) !== 0 && ((bits & CUE.folds) !== 0 || EN_CUE_ASCII.test(text)) && EN_CUE_WORD.test(text));
}

function chinese(note: Note, block: Block, text: string, at: number, out: Candidate[], spans?: MarkSpan[]): void {
  // exec() in a loop, not matchAll(): matchAll clones the pattern on every call.
  ZH_CUE.lastIndex = 0;
  for (let cue = ZH_CUE.exec(text); cue; cue = ZH_CUE.exec(text)) {
    if (cue[0].startsWith('叫') && cue.index > 0 && CALL_VERB.test(text.charAt(cue.index - 1))) continue;
    // `无所谓的场景` (where it does not matter): 所谓 inside 无所谓 names nothing.
    if (cue[0].startsWith('所谓') && cue.index > 0 && text.charAt(cue.index - 1) === '无') continue;
    const start = (cue.index ?? 0) + cue[0].length;
    const exact = markedName(block, at + start, spans);
    if (exact) {
      if (!isStopWord(exact)) emit(note, block, exact, at + start, text, out);
      continue;
    }
    const rest = text.slice(start).replace(ZH_COUNT, '');
    const m = ZH_NAME.exec(rest);
    if (!m) continue;
    const name = cleanSurface(m[1]);
    const chars = codePointLength(name.replace(/\s+/gu, ''));
    // One Han character is a name only with a gloss beside it (`叫帧（frame）`).
    const glossed = /^[（(]/u.test(rest.slice(m[0].length));
    // `…，即饥饿。`: after a comma 即 names only what ends the sentence (`，即可…`, `，即每个…` go on).
    if (cue[0].startsWith('即') && !/^(?:[（(]|[。！？!?；;]|$)/u.test(rest.slice(m[0].length))) continue;
    // A Latin name ending its clause is named as well (`这一步叫 patch。`).
    if (!hasHan(name)) {
      if (LATIN_NAME.test(name) && !EN_STOP.has(name.toLowerCase()) && name.length >= 2) emit(note, block, name, at + start, text, out);
      continue;
    }
    if (chars > 12 || (chars < 2 && !glossed) || ZH_NOT_NAME.test(name)) continue;
    if (isStopWord(name) || isQuantifiedPhrase(name)) continue;
    emit(note, block, name, at + start, text, out);
  }
}

/**
 * `… then share the logged-in session — that's session fixation.`: a sentence that ends by saying what the
 * described thing is. Two or three lower-case content words (`that's slow`, `that's the default` name nothing), and
 * `that` opening its clause (`a function that is deliberately slow` is a relative clause).
 */
const EN_THATS = /(?:^|[—–,;:]\s*|\s-\s)[Tt]hat(?:'s|’s| is)\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){1,2})\s*[.!]?$/u;

/**
 * `最常用的是 K-means：…`, `默认用的是 overlay2。`: a Latin name that completes `…的是` and ends its clause is what the
 * sentence was describing. Latin names only: `目的是提高…` goes on as a clause.
 */
const ZH_DE_SHI = /的是\s*([A-Za-z][A-Za-z0-9_.+-]*(?:\s[A-Za-z0-9][A-Za-z0-9_.+-]*){0,2})\s*(?=[：:，,。；;！？!?]|$)/gu;

function namedByCopula(note: Note, block: Block, out: Candidate[]): void {
  ZH_DE_SHI.lastIndex = 0;
  for (let m = ZH_DE_SHI.exec(block.text); m; m = ZH_DE_SHI.exec(block.text)) {
    const name = m[1];
    if (name.length < 2 || EN_STOP.has(name.toLowerCase())) continue;
    const start = Math.max(block.text.lastIndexOf('。', m.index), block.text.lastIndexOf('\n', m.index)) + 1;
    const end = block.text.slice(m.index).search(/[。！？\n]/u);
    emit(note, block, name, m.index + m[0].indexOf(name), block.text.slice(start, end === -1 ? undefined : m.index + end + 1), out);
  }
}

/** Pre-test of EN_THATS per block. */
const THATS_CUE = /[Tt]hat(?:'s|’s| is) [a-z]/u;

/** `…, which is what shadowing means.`: the sentence ends by naming what it described. */
const EN_WHAT_MEANS = /\bwhat\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2})\s+means\s*[.!]?$/u;

function thatsName(note: Note, block: Block, text: string, at: number, out: Candidate[]): void {
  const means = text.includes(' means') ? EN_WHAT_MEANS.exec(text) : null;
  if (means && !means[1].split(/\s+/u).some((w) => EN_FUNCTION_WORDS.has(w) || EN_STOP.has(w))) emit(note, block, means[1], at + means.index + means[0].indexOf(means[1]), text, out);
  const m = EN_THATS.exec(text);
  if (!m || m[1].split(/\s+/u).some((w) => EN_FUNCTION_WORDS.has(w) || EN_STOP.has(w))) return;
  emit(note, block, m[1], at + m.index + m[0].indexOf(m[1]), text, out);
}

/**
 * `a set of named fields`, `the named volumes`: `named` right after a determiner or a preposition describes the noun
 * after it (fields that have names), it does not give a name. A naming `named` follows its noun (`a tool named zorp`).
 */
const BEFORE_ATTRIBUTIVE = /(?:^|\s)(?:a|an|the|of|with|and|or|for|in|by|to|as|its|their|our|your|two|many|all)\s+$/iu;

function attributiveNamed(text: string, cue: RegExpExecArray): boolean {
  return /^named\s/iu.test(cue[0]) && BEFORE_ATTRIBUTIVE.test(text.slice(Math.max(0, cue.index - 8), cue.index));
}

function english(note: Note, block: Block, text: string, at: number, out: Candidate[], spans?: MarkSpan[]): void {
  EN_CUE.lastIndex = 0;
  for (let cue = EN_CUE.exec(text); cue; cue = EN_CUE.exec(text)) {
    if (attributiveNamed(text, cue)) continue;
    const start = (cue.index ?? 0) + cue[0].length;
    const exact = markedName(block, at + start, spans);
    if (exact) {
      if (!isStopWord(exact) && !EN_NOT_NAME.has(exact.toLowerCase())) emit(note, block, exact, at + start, text, out);
      continue;
    }
    const words: string[] = [];
    const rest = text.slice(start).split(/\s+/u);
    for (const raw of rest) {
      const word = raw.replace(/[,.;:!?)]+$/u, '');
      if (!EN_WORD.test(word) || EN_STOP.has(word.toLowerCase()) || EN_NOT_NAME.has(word.toLowerCase())) break;
      words.push(word);
      // The name ends at its clause: punctuation after the word, or four words at most.
      if (word !== raw || words.length === 4) break;
    }
    if (words.length === 0) continue;
    // The whole name must end the clause: `called write skew.` yes, `called write skew detection logic that…` no.
    const after = rest.slice(words.length).join(' ');
    const lastRaw = rest[words.length - 1] ?? '';
    if (after && !/[,.;:!?)]$/u.test(lastRaw)) continue;
    const name = words.join(' ');
    if (name.length < 2 || isStopWord(name)) continue;
    emit(note, block, name, at + start, text, out);
  }
}

function emit(note: Note, block: Block, surface: string, index: number, sentence: string, out: Candidate[]): void {
  out.push(candidateOf(surface, detectLang(surface), 'definition', [], SCORE, provenanceAt('definition', note, block, index, sentence), { definition: sentence.slice(0, 400) }));
}
