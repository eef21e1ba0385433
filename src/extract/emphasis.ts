/**
 * What the author marked up: a **bold** or *emphasised* term (`- **blob**: the contents of one file`,
 * `The **control plane** makes global decisions`), a command in `code` that a sentence explains (`git add`
 * copies …, `git fetch` downloads …), and a noun phrase glossed by its command (`An interactive rebase
 * (`git rebase -i`) lets you …`). Shape rules only: the mark says "this is a term", the shape says it can be one.
 * Only blocks that have marks are read (see markup.ts), and only the text around each mark.
 */
import type { Segmenter } from './segmenter.js';
import type { Block, Candidate, Note } from '../types.js';
import { candidateOf } from './candidate.js';
import { provenanceAt } from './locate.js';
import type { MarkSpan } from './markup.js';
import { isLoneAdjective } from './junk.js';
import { cleanSurface, detectLang, hasHan } from './normalise.js';
import { EN_FUNCTION_WORDS, isQuantifiedPhrase, isStopWord, STRUCTURAL_TITLES } from './stop-words.js';
import { tagTerm } from './term-tags.js';

/** A marked term in subject or label position: the author introduces it. */
const INTRODUCED = 0.5;
/** A marked term in passing: emphasis is also used for stress, so it needs another signal. */
const IN_PASSING = 0.4;

export function emphasisCandidates(note: Note, spans: Map<number, MarkSpan[]>, jieba: Segmenter): Candidate[] {
  const out: Candidate[] = [];
  for (const [index, list] of spans) {
    const block = note.blocks[index];
    if (block.kind === 'heading') continue;
    for (const span of list) {
      if (span.kind === 'code') {
        command(note, block, span, out);
        codeGloss(note, block, span, out);
      } else marked(note, block, span, jieba, out);
    }
  }
  return out;
}

const TRAILING_GLOSS = /\s*[（(][^（）()]*[）)]\s*$/u;
/** A word of a Latin-script term: accents (Möller) and the en dash of joined names (Arrange–Act–Assert) included. */
const EN_WORD = /^\p{Script=Latin}[\p{Script=Latin}0-9.+#/–-]*$/u;
/** A Chinese term does not hold these grammatical characters. */
const ZH_NOT_TERM = /[的地得了吗呢吧是不很都也就]/u;
const NOUN_END = /^(?:n|vn|eng|nz|nr|ns|nt|j|l|b|g)/u;
const NOT_FIRST = /^(?:v|d|p|c|r|m|q|u|f|a|ad|y|e)$/u;

function marked(note: Note, block: Block, span: MarkSpan, jieba: Segmenter, out: Candidate[]): void {
  // `**Momentum（动量）**`: the gloss is the parenthetical pass's; the marked term is what stands before it.
  const term = cleanSurface(block.text.slice(span.start, span.end).replace(TRAILING_GLOSS, ''));
  const shape = termShape(term, jieba);
  if (shape === 'none') return;
  const opens = (span.listItem && block.text.slice(0, span.start).trim() === '') || opensSentence(block.text, span.start);
  if (opens && takesObject(term, block.text, span.end)) return;
  const introduced = opens || labelFollows(block.text, span.end) || glossFollows(block.text, span.end);
  // A lone lower-case adjective marked in passing (`the **highest** version wins`) stresses a description.
  if (!introduced && isLoneAdjective(term) && term.charCodeAt(0) >= 0x61) return;
  const score = introduced || termLikeInPassing(term) ? INTRODUCED : shape === 'verb' ? VERB_IN_PASSING : IN_PASSING;
  push(out, note, block, span.start, term, score, sentenceAround(block.text, span.start));
}

/**
 * `3. **predict** the branch and flush …`: one marked lower-case word opening a list item or a sentence with a
 * determiner right after it is an imperative verb taking its object, an instruction; a term opening a line is followed
 * by its verb, a colon or a gloss, not by an article. (Mid-sentence, `the server **scrapes** an endpoint` may mark the
 * action the notes name: left to the weaker in-passing score.)
 */
const OBJECT_FOLLOWS = /^\s+(?:the|a|an|its|their|his|her|our|your|each|every|both)\s/u;

function takesObject(term: string, text: string, end: number): boolean {
  return text.charCodeAt(end) === 0x20 && /^[a-z]+$/u.test(term) && OBJECT_FOLLOWS.test(text.slice(end, end + 8));
}

/**
 * Stress falls on words of the sentence (**not**, **cannot**, **much** faster, **checked**); a marked coined name
 * (Pushgateway, BM25F) or a two-word lower-case noun phrase (dirty bit, build lifecycle) is a term the author marks
 * wherever it stands.
 */
const COINED = /^(?:[A-Z][a-z]+(?:[A-Z][A-Za-z]*)?|[A-Z][A-Za-z]*\d[A-Za-z\d]*)$/u;
const LOWER_PAIR = /^[a-z][a-z-]{2,} [a-z][a-z-]{2,}$/u;
const NOT_NOUN_END = /(?:ed|ly|ing)$/u;

function termLikeInPassing(term: string): boolean {
  if (COINED.test(term)) return true;
  const first = term.slice(0, term.indexOf(' '));
  // An adverb opening the pair (**really slow**, **highly available**) stresses a description, not a name.
  return LOWER_PAIR.test(term) && !NOT_NOUN_END.test(term) && !first.endsWith('ly') && !EN_FUNCTION_WORDS.has(first);
}

/** A marked Chinese compound ending in a verb in passing: weaker than a noun, as a heading or label of that shape is. */
const VERB_IN_PASSING = 0.35;
/** Parts of speech that never open or sit inside a compound ending in a verb. */
const NOT_IN_VERB_TERM = /^(?:d|m|r|p|c|u|f|uj|ul|y|e)$/u;
/** 多 before a measure word is a modifier (多路召回, 多级缓存), not a count of the prose. */
const MANY_MEASURE = /^多[路级层核线元头]$/u;

function termShape(term: string, jieba: Segmenter): 'noun' | 'verb' | 'none' {
  if (!term || isStopWord(term) || STRUCTURAL_TITLES.has(term.toLowerCase())) return 'none';
  if (hasHan(term)) {
    const chars = Array.from(term.replace(/\s+/gu, ''));
    if (chars.length < 2 || chars.length > 12 || ZH_NOT_TERM.test(term) || isQuantifiedPhrase(term) || /[，。,.;；:：!！?？、]/u.test(term)) return 'none';
    const tokens = tagTerm(jieba, term).filter((t) => t.word.trim());
    if (tokens.length === 0 || tokens.length > 4) return 'none';
    const last = tokens[tokens.length - 1].tag;
    if (NOUN_END.test(last) && !NOT_FIRST.test(tokens[0].tag)) return 'noun';
    // A method or process is named by a compound ending in a verb (拼写纠错, 意图识别, 多路召回): two content words or more.
    if (tokens.length >= 2 && /^(?:v|vn)$/u.test(last) && tokens.every((t) => !NOT_IN_VERB_TERM.test(t.tag) || (t.tag === 'm' && MANY_MEASURE.test(t.word)))) return 'verb';
    return 'none';
  }
  const words = term.split(/\s+/u);
  if (words.length > 4 || !words.every((w) => EN_WORD.test(w))) return 'none';
  return words.every((w) => !EN_FUNCTION_WORDS.has(w.toLowerCase())) || ofPhrase(words) ? 'noun' : 'none';
}

/**
 * `**locality of reference**`, `**chain of trust**`, `**depth of field**`: a head noun and the noun its `of` attaches,
 * content words around one lower-case `of` in the middle, is a term's shape (a marked one: the mark says it is one).
 */
function ofPhrase(words: string[]): boolean {
  const of = words.indexOf('of');
  if (of < 1 || of === words.length - 1 || words.indexOf('of', of + 1) !== -1) return false;
  return words.every((w, i) => i === of || !EN_FUNCTION_WORDS.has(w.toLowerCase()));
}

/** Only an article (or nothing) between the sentence's start and `at`: the marked term is the sentence's subject. */
function opensSentence(text: string, at: number): boolean {
  let i = at;
  while (i > 0 && !SENTENCE_END.has(text.charCodeAt(i - 1))) i--;
  const lead = text.slice(i, at).trim();
  return lead === '' || /^(?:an?|the)$/iu.test(lead);
}

const SENTENCE_END = new Set(Array.from('。！？；.!?;\n', (c) => c.charCodeAt(0)));

/** A colon, a dash, an equals sign or a copula right after the term: a label line or a definition (`**X**: …`, `**X** = …`, `**X** is …`, `**甲**是…`). */
function labelFollows(text: string, end: number): boolean {
  return /^\s*(?:[：:=]|—|–|-\s|是|指|(?:is|are|refers to|means)\s)/u.test(text.slice(end, end + 12));
}

/**
 * A gloss right after the term (`**ANN**（近似最近邻）`, `**Fuzzing** (AFL, libFuzzer)`): the author stops to say what it
 * is. A gloss is short and holds no clause (把队列**清空**（…，也在这一轮跑完）is an aside to a stressed verb).
 */
function glossFollows(text: string, end: number): boolean {
  let i = end;
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  const c = text.charCodeAt(i);
  if (c !== 0x28 && c !== 0xff08) return false;
  for (let k = i + 1; k < text.length && k <= i + 60; k++) {
    const d = text.charCodeAt(k);
    // `aGoldCustomer()` inside the gloss: a call's empty parentheses.
    if (d === 0x28 && text.charCodeAt(k + 1) === 0x29) {
      k++;
      continue;
    }
    if (d === 0x29 || d === 0xff09) return k > i + 1;
    // ，。；;！？ or another parenthesis: a clause or a nest, not a gloss.
    if (d === 0xff0c || d === 0x3002 || d === 0xff1b || d === 0x3b || d === 0xff01 || d === 0xff1f || d === 0x28 || d === 0xff08) return false;
  }
  return false;
}

/** The sentence holding index `at`, for the definition. */
function sentenceAround(text: string, at: number): string {
  let start = at;
  while (start > 0 && !SENTENCE_END.has(text.charCodeAt(start - 1))) start--;
  let end = at;
  while (end < text.length && !SENTENCE_END.has(text.charCodeAt(end))) end++;
  return text.slice(start, Math.min(text.length, end + 1)).trim();
}

/**
 * `tool subcommand` in code, as the subject of a verb: `git add` copies …, `git fetch` downloads …, `git add` 把….
 * Two lower-case words exactly (no options, paths or values: those are examples, not the command explained).
 */
const COMMAND = /^[a-z][a-z0-9-]*\s[a-z][a-z0-9-]*$/u;
/** A third-person verb, or an auxiliary that starts a predicate. */
const AUXILIARY = new Set('is was has does can will would should may must also then only never always first'.split(' '));
/** A Han character that cannot start a predicate (a coordination, a possessive, a list mark). */
const NOT_PREDICATE = /^[的和与或及等、，,）)]/u;

function command(note: Note, block: Block, span: MarkSpan, out: Candidate[]): void {
  const code = block.text.slice(span.start, span.end);
  if (!COMMAND.test(code)) return;
  const after = block.text.slice(span.end, span.end + 24).replace(/^\s+/u, '');
  if (hasHan(after.charAt(0))) {
    if (NOT_PREDICATE.test(after)) return;
  } else {
    const word = /^[a-z]+/u.exec(after)?.[0] ?? '';
    const verb = AUXILIARY.has(word) || (word.length >= 4 && word.endsWith('s') && !/(?:ss|us|is)$/u.test(word) && !EN_FUNCTION_WORDS.has(word));
    // `git fetch` … `;` / `:` after the command is an aside, not a predicate.
    if (!verb) return;
  }
  push(out, note, block, span.start, code, INTRODUCED, sentenceAround(block.text, span.start));
}

/**
 * Code that is an expression (`Some(n) if n > 0`, `Show a => a -> String`, `_bucket{le="0.5"}`) or a sample line
 * (`ERROR failed to charge card for order 1234`) shows an instance of the phrase before it, it does not carry it
 * out: a command, a file or a header is two or three words at most and holds no operator. A call without arguments
 * (`useState()`) and a flag's value (`--max-old-space-size=4096`) name what they gloss.
 */
const EXPRESSION = /[<>{}]|(?<!^-{1,2}[\w-]*)=|\w\([^)]/u;

function codeExample(code: string): boolean {
  return EXPRESSION.test(code) || code.split(/\s+/u).length > 4;
}

/** `An interactive rebase (`git rebase -i`) lets you …`: the noun phrase the command in brackets carries out. */
function codeGloss(note: Note, block: Block, span: MarkSpan, out: Candidate[]): void {
  const text = block.text;
  if (text.charAt(span.start - 1) !== '(' || text.charAt(span.end) !== ')' || codeExample(text.slice(span.start, span.end))) return;
  const from = Math.max(0, span.start - 60);
  const before = text.slice(from, span.start - 1).trimEnd();
  if (!before || hasHan(before.slice(-1))) return;
  const words = before.split(/\s+/u);
  const phrase: string[] = [];
  for (let i = words.length - 1; i >= 0 && phrase.length < 4; i--) {
    const w = words[i];
    if (!/^[A-Za-z][A-Za-z0-9-]*$/u.test(w) || EN_FUNCTION_WORDS.has(w.toLowerCase())) break;
    phrase.unshift(w);
  }
  // The phrase must start where a noun phrase does: after an article, a preposition or the sentence's start.
  const lead = words[words.length - 1 - phrase.length];
  if (phrase.length === 0 || (lead !== undefined && !EN_FUNCTION_WORDS.has(lead.toLowerCase()))) return;
  const term = phrase.join(' ');
  if (isStopWord(term)) return;
  push(out, note, block, from + before.lastIndexOf(phrase[0]), term, INTRODUCED, sentenceAround(text, span.start));
}

function push(out: Candidate[], note: Note, block: Block, at: number, surface: string, score: number, sentence: string): void {
  out.push(candidateOf(surface, detectLang(surface), 'definition', [], score, provenanceAt('definition', note, block, Math.max(0, at), `emphasis: ${sentence}`), { definition: sentence.slice(0, 400) }));
}
