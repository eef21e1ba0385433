/**
 * Typed relations read from single sentences that define or characterise a concept (weight 0.8, evidence = the
 * sentence):
 * - Definitions: `X是(一种)Y`, `X属于Y`, `X是Y的一种`, `X is a/an/the … Y`, `X, a/an … Y,` — the subject X opens
 *   the sentence (after an optional article; a gloss `（…）` or `, also called …,` may follow it) and Y is the
 *   concept that ends the predicate's noun phrase (Chinese: the end of the clause, `的一种`/`之一` allowed; English:
 *   the last word before a relative/prepositional/participle word such as that, which, of, run, built). When no
 *   mention ends the noun phrase, its longest word suffix is looked up as a label (`a high-level runtime`).
 *   X written like a name (topics.ts: Docker Hub, runc) → `instance`; a common noun → `broader`. `X is a kind (type,
 *   form…) of Y` is read the same way; `X is a variant (special case, subtype…) of Y` and `X是Y的变种/变体/特例/改进版`
 *   make X narrower than Y even when X is a name (LZSS, a named algorithm, is a variant of LZ77, not an example of it);
 *   `an example (an implementation) of Y`, `X是Y的代表/实现`, an instance.
 *   A subject may follow a short possessor that names no concept (`视频里的 CABAC 就是一种…`). `X is not a … but a Y`,
 *   `X 不是…，而是一种Y` define X by what follows but/而是 (not `而是由…`, which names parts).
 * - Entries: `X：一种…Y`, `X: a … Y` (X opening the sentence, an optional gloss between) → as a definition.
 * - Examples pointed back at: `Y（…）：…，X 是最典型的例子`, `… Y …. X is the classic example.` → X instance of Y (the
 *   entry's term, else the subject of the sentence before).
 * - Naming: `Y叫做X`, `Y称为X`, `Y is called X` with Y ending right at the cue and X right after it → X
 *   instance/broader of Y. `也称为`/`又称` are alias statements and skipped.
 * - Dependence: `X基于Y`, `X依赖(于)Y`, `X采用/利用/借助Y`, `X用的是Y`, `X is based/built on Y`, `X uses Y`,
 *   `X relies/depends on Y`, `runs on top of` → `related`, X being the nearest mention before the cue in its clause and Y the
 *   mention right after the cue.
 * - Glossed terms: a concept introduced with a gloss (`超级调用（hypercall）`) in a paragraph or section about T
 *   (topics.ts: paragraph subject, section topic) → `related` to T. Defining a term while discussing T ties it
 *   to T even when they never share a sentence often enough for co-occurrence statistics.
 * Items or heads that are generic words (技术, tool) are never used.
 */
import type { ConceptId, RelationType } from '../types.js';
import type { ConceptIndex } from './concept-index.js';
import { CUE_COLON, CUE_COPULA, CUE_DEPENDS, CUE_EN_ENUM, CUE_MARK, CUE_NAMING, CUE_ZH_ENUM } from './cue-mask.js';
import { RelationSet } from './relation-set.js';
import { readSentences, sentenceEvidence, type BlockSentences, type PlacedHit, type Sentence, type SentenceIndex, type SentenceReader, type SentenceText } from './sentences.js';
import { aliasKey, codeTable, isClauseEndCode, isGenericLabel, isSpaceCode } from './text-keys.js';
import { entryTerm, isSubjectPrefix, type Topics } from './topics.js';

const WEIGHT = 0.8;
const GLOSS = /^(?:\s*[（(][^（()）]*[）)])?(?:\s*,\s*(?:also\s+(?:called|known\s+as)|or|i\.e\.)\s[^,]*,|[，,]?\s*(?:又称|也称|也叫|又叫|亦称|简称)[^，,。]*[，,])?/iu;
const EN_COPULA = /^\s*(?:(?:is|are|was|were)\s+(?:one\s+of\s+the\s+|a\s+|an\s+|the\s+)|,\s+(?:a|an)\s+)/iu;
const BARE_PLURAL = /^\s*(?:are|were)\s+(?:both\s+|all\s+|also\s+)?(?=[\p{L}\p{N}])/iu;
const ZH_COPULA = /^\s*(?:仍然|依然|仍|也|还|都|其实|实际上|本质上|本身)?(?:是|乃是|就是|属于|是一种|是一个|是一款|是一类|是一套|是一项|是一门)(?!指|由|在|否|从|用|把|将|为|对|因|以|不)(?:一种|一个|一款|一类|一套|一项|一门|一组)?/u;
const NP_STOP = /[,;:.()（），。；：!?]|\s(?:that|which|who|whose|where|when|with|for|of|in|on|at|to|by|from|and|or|but|than|as|like|run|runs|used|made|built|written|known|called|based|\w+ed)\b/iu;
const ZH_TAIL = /^\s*(?:[（(][^（()）]*[）)])?\s*(?:的一种|的一个|的一类|之一|的(?:典型)?代表|的一个例子|的典型|的(?:一种|一个)?实现|的(?:一种)?(?:变种|变体|特例|特殊形式|特殊情况|子类型?|简化版|改进版))?\s*$/u;
/**
 * `A skip list is a kind of linked list`, `B-trees are a variant of …`: a copula, then a word that says the subject is
 * a kind of what follows `of` (the noun phrase read as EN_COPULA's); `an example/instance of` makes it an instance.
 */
const EN_KIND_OF = /^\s*(?:is|are|was|were)\s+(?:(?:a|an|one)\s+(?:(?:particular|specific|simple|restricted|common|popular|generali[sz]ed|typical|classic)\s+)?(kind|type|form|variant|variation|flavou?r|special\s+case|subclass|subtype|sort|example|instance|implementation)|(?:(?:particular|specific|simple|restricted|common|popular|generali[sz]ed|typical|classic)\s+)?(kinds|types|forms|variants|variations|flavou?rs|special\s+cases|subclasses|subtypes|sorts|examples|instances|implementations))\s+of\s+(?:the\s+|a\s+|an\s+)?/iu;
function isLowerInitial(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code >= 97 && code <= 122;
}

/**
 * A definition read from a sentence: `example` when it names its subject an example of the target (an instance
 * whatever its case), `variant` when it names it a variant, special case or subtype (narrower whatever its case:
 * `LZSS 是 LZ77 的改进版` makes no instance of LZ77 out of a named algorithm).
 */
interface Definition {
  subject: PlacedHit;
  target: ConceptId;
  example?: boolean;
  variant?: boolean;
}

/** The words of EN_KIND_OF and ZH_TAIL that make the subject a variant of the target, not merely one of its kind. */
const VARIANT_WORD = /^(?:variants?|variations?|flavou?rs?|special\s+cases?|subclass(?:es)?|subtypes?)$|变种|变体|特例|特殊形式|特殊情况|子类|简化版|改进版/iu;

/** `X 是最典型的例子`, `X is the classic example`: the rest of a clause that names its subject an example of what was just described. */
const EXAMPLE_OF_IT = /^\s*(?:(?:就|也|便)?是(?:最|一个|个)?(?:典型|经典|常见|有名|著名)?的?(?:例子|代表|示例)|(?:is|was)\s+(?:a|an|the)\s+(?:(?:classic|typical|good|best-known|textbook|canonical|standard|prime)\s+)?example)\s*$/iu;
const EXAMPLE_ANY = /例子|代表|示例|example/iu;
/**
 * A necessary condition of EXAMPLE_ANY, mostly from the cue bits: its words hold 例 (a CUE_ZH_ENUM character), `exa` (a
 * CUE_EN_ENUM trigram) or 代. Most sentences hold a copula, so the bit alone ran the regex over nearly all of them.
 */
function mayNameExample(cues: number, body: string): boolean {
  return (cues & (CUE_ZH_ENUM | CUE_EN_ENUM)) !== 0 || body.includes('代');
}

/**
 * `有损压缩（lossy compression）：有意丢掉…，JPEG 是最典型的例子。`: a mention opening the sentence's last clause (or the
 * sentence) and then only `is the classic example` is an instance of what is being described: the term of the block's
 * entry (a term, an optional gloss, a colon), else the subject of the sentence before.
 */
function exampleOfIt(entry: BlockSentences, s: number, index: ConceptIndex): { subject: PlacedHit; target: ConceptId } | undefined {
  const text = entry.block.text;
  const sentence = entry.sentences[s];
  const subject = sentence.hits[sentence.hits.length - 1];
  const from = clauseStart(text, sentence.start, subject.start);
  if (!isSubjectPrefix(text, from, subject.start) || !EXAMPLE_OF_IT.test(text.slice(subject.end, sentence.end))) return undefined;
  const term = entryTerm(entry);
  if (term && term !== subject) return index.generic(term.n) ? undefined : { subject, target: term.concept };
  const previous = s > 0 ? entry.sentences[s - 1] : undefined;
  const before = previous?.hits[0];
  return previous && before && isSubjectPrefix(text, previous.start, before.start) && !index.generic(before.n) ? { subject, target: before.concept } : undefined;
}

/** A plural common noun (lower case, ending in s but not ss). */
const LOWER_PLURAL = /^[^A-Z]*[a-z][^s]s$/u;

/** `X is not a … but a Y`, `X 不是…，而是(一种)Y`: group 1 is set for the Chinese form. */
const NOT_BUT = /^\s*(?:(?:is|are)\s+not\s+(?:just\s+|only\s+|merely\s+|simply\s+)?(?:a|an|the)\s+[^,;.:()]{1,60}?\s+but\s+(?:rather\s+)?(?:a|an|the)\s+|(?:并|其实|本身)?不是[^，,。；;：:]{1,30}?[，,]?\s*而是(?!由)(一种|一个|一类|一款|一套)?)/iu;

/** `IDR 帧：一种特殊的 I 帧`, `Nix: a package manager where …`: a term's entry that opens by saying what kind of thing it is. */
const ENTRY_KIND = /^\s*[：:]\s*(?:(一种|一类|一个|一款|一门|一项|一套)|(?:a|an)\s+(?=[\p{L}\p{N}]))/u;
const NAMING = /(?<![也又亦或被])被?(?:叫做|叫作|称为|称作|名为)|\b(?:is|are)\s+called\s+|\bnamed\s+/gu;
const DEPENDS_BEFORE = /(?:基于|依赖于?|依靠|借助于?|利用|采用|建立在|用的(?:就|正|也)?是|(?:就|正|也)是用的|\bbased\s+on|\bbuilt\s+on(?:\s+top\s+of)?|\bruns?\s+on\s+top\s+of|\brel(?:y|ies)\s+on|\bdepends?\s+on|\buses?)[\s“”"'‘’「」《》了]{0,4}(?:the\s+)?$/iu;
const FILLER = /^[\s“”"'‘’「」《》了]{0,4}(?:the\s+)?$/iu;

/** Superset of DEPENDS_BEFORE's cues. */
const DEPENDS_ANY = /基于|依赖|依靠|借助|利用|采用|建立在|用的|based|built|runs?\s+on|rel(?:y|ies)|depends?|uses?/iu;

/**
 * Whether DEPENDS_BEFORE may match text[from, to): past the filler at its end (spaces, quotes, 了; a `the` it allows
 * ends in e), the last character of a cue (于赖靠助用在是的; on, of, use(s), either case, and ſ, which `/iu` folds to
 * s). Most text before a mention fails (`Docker and Podman`: d), so the regex runs for few mentions.
 */
function mayEndDependence(text: string, from: number, to: number): boolean {
  let at = to;
  while (at > from && (isSpaceCode(text.charCodeAt(at - 1)) || DEPENDENCE_FILLER[text.charCodeAt(at - 1)] === 1)) at--;
  if (at === from) return false;
  const code = text.charCodeAt(at - 1);
  const lower = code | 32;
  return DEPENDENCE_ENDS[code] === 1 || (code < 128 && (lower === 110 || lower === 102 || lower === 101 || lower === 115)) || code === 0x17f;
}
const DEPENDENCE_FILLER = codeTable('“”"\'‘’「」《》了');
const DEPENDENCE_ENDS = codeTable('于赖靠助用在是的');


/** NAMING's words (叫做 叫作 称为 称作 名为 called named; case-sensitive, as NAMING is): a necessary condition for it. */
const NAMING_ANY = /叫[做作]|称[为作]|名为|called|named/u;

export function addDefinitionRelations(set: RelationSet, indexed: SentenceIndex, index: ConceptIndex, topics: Topics): void {
  readSentences(indexed, [definitionReader(set, index, topics)]);
}

export function definitionReader(set: RelationSet, index: ConceptIndex, topics: Topics): SentenceReader {
  return new DefinitionReader(set, index, topics);
}

/** A class, not an object of closures: see SentenceReader. */
class DefinitionReader implements SentenceReader {
  constructor(private readonly set: RelationSet, private readonly index: ConceptIndex, private readonly topics: Topics) {}

  // Every pattern below needs one of these bits, whatever the mention count.
  readonly cues = CUE_COPULA | CUE_COLON | CUE_MARK | CUE_NAMING | CUE_DEPENDS;
  readonly minHits = Infinity;

  sentence(entry: BlockSentences, s: number, cut: SentenceText, cues: number): void {
    const { set, index } = this;
    if (entry.block.kind === 'heading') return;
    const sentence = entry.sentences[s];
    // Cheap cue checks first (necessary conditions of each pattern), so most sentences run no pattern at all.
    // Each clause may define its own subject (`其中 OSPF 属于链路状态协议，RIP 属于距离矢量协议`).
    // No scan of the sentence for a copula word beyond the bit: 99% of the sentences with the bit hold one (a comma and
    // a space is one), and defined() tests each mention's next characters anyway.
    const definitions = cues & CUE_COPULA ? defined(entry, sentence, index) : undefined;
    for (const definition of definitions ?? []) this.add(entry, definition.example ? 'instance' : definition.variant ? 'broader' : this.kind(entry, sentence, definition.subject), definition.subject, definition.target, sentence);
    const entryKind = cues & CUE_COLON && sentence.hits.length > 1 ? entryDefinition(entry, sentence, index) : undefined;
    // An entry's term in lower case (`regression test: a test …`) is how list items are written, not a name (runc).
    if (entryKind) this.add(entry, isLowerInitial(entry.block.text, entryKind.subject.start) ? 'broader' : this.kind(entry, sentence, entryKind.subject), entryKind.subject, entryKind.target, sentence);
    if (cues & CUE_COPULA && mayNameExample(cues, cut.body) && EXAMPLE_ANY.test(cut.body)) {
      const example = exampleOfIt(entry, s, index);
      if (example) this.add(entry, 'instance', example.subject, example.target, sentence);
    }
    if (sentence.hits.length < 2) return;
    if (s === 0 && cues & (CUE_COLON | CUE_COPULA | CUE_MARK)) {
      const subject = definingSubject(entry, sentence, index);
      if (subject) for (const other of mentionedBy(subject, sentence, index, set)) set.add('related', subject.concept, other.concept, TIE_WEIGHT, [sentenceEvidence(entry, sentence, other.start)]);
    }
    if (cues & CUE_NAMING && NAMING_ANY.test(cut.body)) for (const [named, head] of namings(entry, sentence)) this.add(entry, this.kind(entry, sentence, named), named, head, sentence);
    if (cues & CUE_DEPENDS) for (const [a, b] of dependencies(entry, sentence, cut)) this.add(entry, 'related', a, b, sentence);
  }

  block(entry: BlockSentences): void {
    const { topics } = this;
    if (entry.block.kind === 'heading') return;
    // The topic is looked up at the first glossed term: most blocks have none.
    let topic: ConceptId | undefined | null = null;
    for (const sentence of entry.sentences) {
      const hits = sentence.hits;
      for (let h = 0; h + 1 < hits.length; h++) {
        if (!glossed(entry.block.text, hits[h], hits[h + 1])) continue;
        if (topic === null) topic = topics.paragraphSubject(entry) ?? topics.sectionTopic(entry);
        if (topic) this.add(entry, 'related', hits[h], topic, sentence);
      }
    }
  }

  private ok(id: ConceptId): boolean {
    return !this.index.genericId(id);
  }

  private add(entry: BlockSentences, type: RelationType, a: PlacedHit, b: ConceptId, sentence: Sentence): void {
    if (a.concept === b || !this.ok(a.concept) || !this.ok(b)) return;
    this.set.add(type, a.concept, b, WEIGHT, [sentenceEvidence(entry, sentence, a.start)]);
  }

  private kind(entry: BlockSentences, sentence: Sentence, hit: PlacedHit): RelationType {
    return this.topics.nameLike(entry, sentence, hit) ? 'instance' : 'broader';
  }
}

/** Weight of a definition's subject to what the definition names: a sentence says they go together, not how. */
const TIE_WEIGHT = 0.4;
/** Concepts a definition ties to its subject, at most (the nearest first). */
const MAX_TIES = 3;
/** After a subject and its gloss: a colon, `=`, a dash set off by a space, or a copula (is/are, 是/指/即). */
const DEFINING_MARK = /^\s*(?:[:：=]|[-–—]{1,2}\s|(?:is|are)\s|(?:就是|即|是|指))/u;

/**
 * The subject of a block's first sentence when the sentence defines it: the sentence opens with the concept (after
 * an optional article or list mark), a gloss may follow, then a defining mark (`offset（偏移量）是消息在 partition 里的序号`,
 * `Grafana is the usual dashboard layer …`, `- **HW**（…）：ISR 里…`). Undefined otherwise.
 */
function definingSubject(entry: BlockSentences, sentence: Sentence, index: ConceptIndex): PlacedHit | undefined {
  const text = entry.block.text;
  const subject = sentence.hits[0];
  if (!isSubjectPrefix(text, sentence.start, subject.start) || index.generic(subject.n)) return undefined;
  let at = subject.end;
  // The gloss may itself be a mention of the subject (`消息队列（Message Queue）`): skip past it.
  let k = 1;
  while (k < sentence.hits.length && sentence.hits[k].concept === subject.concept && /^\s*[（(]?\s*$/u.test(text.slice(at, sentence.hits[k].start))) at = sentence.hits[k++].end;
  if (mayOpenGloss(text.charCodeAt(at))) at = glossEnd(text, at, sentence.end);
  else if (text.charCodeAt(at) === 0xff09 || text.charCodeAt(at) === 41) at++;
  const mark = DEFINING_MARK.exec(text.slice(at, Math.min(at + 8, sentence.end)));
  if (!mark) return undefined;
  // `Docker：镜像、容器。`: a bare list after the mark is the enumeration reader's (a name's parts, no definition).
  // Most sentences go on in prose: when the text up to the first mention after the mark is more than separators,
  // the rest fails BARE_LIST whatever follows (each mention is blanked to a space, which no token spans), and is not
  // rebuilt (a new string per mention).
  const restStart = at + mark[0].length;
  let first = k;
  while (first < sentence.hits.length && sentence.hits[first].start < restStart) first++;
  if (!BARE_LIST.test(text.slice(restStart, first < sentence.hits.length ? sentence.hits[first].start : sentence.end))) return subject;
  let rest = text.slice(restStart, sentence.end);
  for (let h = sentence.hits.length - 1; h >= k; h--) {
    const from = sentence.hits[h].start - restStart;
    if (from >= 0) rest = rest.slice(0, from) + ' ' + rest.slice(sentence.hits[h].end - restStart);
  }
  return BARE_LIST.test(rest) ? undefined : subject;
}
/** Nothing but separators and conjunctions (a mention's text blanked to a space). */
const BARE_LIST = /^(?:[\s、,，;；.。]|and|or|和|与|及|等)*$/u;

/** The first MAX_TIES other non-generic concepts the sentence names after its subject, not already typed against it. */
function mentionedBy(subject: PlacedHit, sentence: Sentence, index: ConceptIndex, set: RelationSet): PlacedHit[] {
  const out: PlacedHit[] = [];
  for (const hit of sentence.hits) {
    if (out.length >= MAX_TIES) break;
    const a = subject.concept;
    const b = hit.concept;
    if (hit.start < subject.end || b === a || index.generic(hit.n) || out.some((o) => o.concept === b)) continue;
    if (set.hasHierarchy(a, b)) continue;
    out.push(hit);
  }
  return out;
}

/** `超级调用（hypercall）`: the mention is followed by a parenthesis that opens with another name of the same concept. */
function glossed(text: string, hit: PlacedHit, next: PlacedHit): boolean {
  if (next.concept !== hit.concept) return false;
  // `/^\s*[（(]\s*$/u` on the text between, by code unit: no slice and no regex for each pair of mentions.
  let brackets = 0;
  for (let i = hit.end; i < next.start; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xff08 || code === 40) brackets++;
    else if (!isSpaceCode(code)) return false;
  }
  return brackets === 1;
}

/** The definitions in the sentence whose subjects open the sentence or one of its clauses (`严格说来，X仍然属于Y`). */
function defined(entry: BlockSentences, sentence: Sentence, index: ConceptIndex): Array<Definition> | undefined {
  const text = entry.block.text;
  let out: Array<Definition> | undefined; // most sentences define nothing
  const hits = sentence.hits;
  for (let k = 0; k < hits.length; k++) {
    const subject = hits[k];
    // `WAR and WAW are name dependences`, `TF-IDF 和 BM25 都是词袋模型`: subjects joined by a coordinator share the
    // predicate; the copula is looked for after the last of them, and each of them is defined.
    let last = k;
    while (last + 1 < hits.length && mayCoordinate(text.charCodeAt(nextNonSpace(text, hits[last].end, sentence.end))) && COORDINATOR.test(text.slice(hits[last].end, hits[last + 1].start))) last++;
    // definedBy needs a gloss or a copula right after the subject: one character (past spaces) rules most mentions
    // out before their clause start is looked for.
    if (!mayFollowSubject(text, hits[last].end, sentence.end)) continue;
    const from = clauseStart(text, sentence.start, subject.start);
    if (!isSubjectPrefix(text, from, subject.start) && !openedBy(text, from, subject, hits)) continue;
    const found = definedBy(entry, sentence, hits[last], index, last > k);
    if (!found) continue;
    for (let j = k; j <= last; j++) if (!hits.slice(k, j).some((h) => h.concept === hits[j].concept)) (out ??= []).push({ ...found, subject: hits[j] });
    k = last;
  }
  return out;
}

/** What joins two subjects: a comma, `and`/`or`, 、和与及或 (a gloss of the first may come between). */
const COORDINATOR = /^(?:\s*[（(][^（()）]*[）)])?\s*(?:,\s*(?:and\s+|or\s+)?|(?:and|or)\s+|、|和|与|及|以及|或)\s*$/u;
/** The first characters COORDINATOR may have past spaces: a bracket, a comma, a/o, 、和与及以或. */
function mayCoordinate(code: number): boolean {
  return COORDINATOR_OPENERS[code] === 1;
}
const COORDINATOR_OPENERS = codeTable('（(,ao、和与及以或');

function nextNonSpace(text: string, at: number, end: number): number {
  while (at < end && isSpaceCode(text.charCodeAt(at))) at++;
  return at;
}

/** Words that may open a Chinese clause before its subject (其中 OSPF 属于…, 而 X 是…). */
const ZH_OPENER = /^\s*(?:其中|而|另外|此外|同时|其实|事实上|所以|因此|但是?|不过|如今|现在|目前|通常|一般来说)\s*[，,]?\s*$/u;

/** The last characters of ZH_OPENER's words and of the comma it allows. */
const ZH_OPENER_ENDS = codeTable('中而外此时实上以但过今在前常说，,');

/**
 * A subject after an opener word, or after another concept and 的 (`Go 语言的 goroutine 就是一种用户态线程`: the
 * possessor names whose, the subject is still the head noun).
 */
function openedBy(text: string, from: number, subject: PlacedHit, hits: readonly PlacedHit[]): boolean {
  // Cheap first: both forms are short and Chinese (an opener word, or a possessor and 的 right before the subject).
  if (subject.start - from > 24 || !(text.charCodeAt(subject.start - 1) === 0x7684 || isSpaceCode(text.charCodeAt(subject.start - 1)) || ZH_OPENER_ENDS[text.charCodeAt(subject.start - 1)] === 1)) return false;
  // Past spaces, either form ends in 的 or an opener word's last character (是 of 但是 too): an English mention after a
  // space (most of them) stops here.
  let last = subject.start - 1;
  while (last >= from && isSpaceCode(text.charCodeAt(last))) last--;
  if (last < from) return false;
  const code = text.charCodeAt(last);
  if (!(code === 0x7684 || code === 0x662f || ZH_OPENER_ENDS[code] === 1)) return false;
  const lead = text.slice(from, subject.start);
  if (ZH_OPENER.test(lead)) return true;
  const owner = hits.find((h) => h.start >= from && h.end < subject.start && isSubjectPrefix(text, from, h.start));
  if (owner !== undefined && /^\s*的\s*$/u.test(text.slice(owner.end, subject.start))) return true;
  // `视频里的 CABAC 就是一种…`, `Go 语言的 goroutine 就是…`: a short possessor or place that names no concept.
  return POSSESSOR_LEAD.test(lead);
}
/** A few words and 的 before a subject (no clause mark, no copula: `最常用的是` is not a possessor). */
const POSSESSOR_LEAD = /^[^，,。；;：:是]{1,10}的\s*$/u;

/** The start of the clause that holds index `at`: after the last clause end in [from, at), else `from`. */
function clauseStart(text: string, from: number, at: number): number {
  for (let i = at - 1; i >= from; i--) if (isClauseEndCode(text.charCodeAt(i))) return i + 1;
  return from;
}

function definedBy(entry: BlockSentences, sentence: Sentence, subject: PlacedHit, index: ConceptIndex, plural = false): Definition | undefined {
  const text = entry.block.text;
  let at = subject.end;
  if (mayOpenGloss(text.charCodeAt(at))) at = glossEnd(text, at, sentence.end);
  if (!mayOpenCopula(text.charCodeAt(at))) return undefined;
  // Past spaces, each pattern below opens with its own words (is/are/was/were and a space, a comma, 不是 or its adverb,
  // a Chinese copula or its adverb): they say which may match, and most text after a subject (`Docker runs`,
  // `Kafka 的`) opens none of them, so no slice is made and no pattern tried.
  const next = nextNonSpace(text, at, sentence.end);
  const first = next < sentence.end ? text.charCodeAt(next) : 0;
  const word = copulaWordAt(text, next, sentence.end);
  const isAre = word === IS || word === ARE;
  const english = word !== NO_WORD;
  const zhNot = NOT_BUT_OPENERS[first] === 1;
  const zh = ZH_COPULA_OPENERS[first] === 1;
  if (!english && !zhNot && !zh && first !== 44) return undefined;
  const rest = text.slice(at, sentence.end);
  // `A and B are name dependences`: a plural predicate takes no article; then it must be a mention right after the
  // copula that ends the noun phrase (no adjective, no lookup: `are usually private` says nothing).
  const bare = plural && (word === ARE || word === WERE) ? BARE_PLURAL.exec(rest) : null;
  if (bare) {
    const npStart = at + bare[0].length;
    const stop = text.slice(npStart, sentence.end).search(NP_STOP);
    const npEnd = stop === -1 ? sentence.end : npStart + stop;
    const end = sentence.hits.find((h) => h.start === npStart && h.end <= npEnd && /^\s*$/u.test(text.slice(h.end, npEnd)));
    if (end) return { subject, target: end.concept };
  }
  // `CMake is not a build system by itself but a build system generator`, `X 不是A，而是一种Y`: the kind is what follows `but`.
  const corrected = isAre || zhNot ? NOT_BUT.exec(rest) : null;
  if (corrected) {
    const from = at + corrected[0].length;
    if (corrected[1] !== undefined) return zhPredicate(entry, sentence, subject, from);
    const target = nounPhraseEnd(entry, sentence, from, index);
    return target ? { subject, target } : undefined;
  }
  const kindOf = english ? EN_KIND_OF.exec(rest) : null;
  if (kindOf) {
    const target = nounPhraseEnd(entry, sentence, at + kindOf[0].length, index);
    const word = kindOf[1] ?? kindOf[2];
    return target ? { subject, target, example: /^(?:example|instance|implementation)/iu.test(word), variant: VARIANT_WORD.test(word) } : undefined;
  }
  const en = english || first === 44 ? EN_COPULA.exec(rest) : null;
  if (en) {
    const target = nounPhraseEnd(entry, sentence, at + en[0].length, index);
    return target ? { subject, target } : undefined;
  }
  const copula = zh ? ZH_COPULA.exec(rest) : null;
  return copula ? zhPredicate(entry, sentence, subject, at + copula[0].length) : undefined;
}

/**
 * `IDR 帧：一种特殊的 I 帧`, `Nix: a package manager where …`: the term that opens a sentence, an optional gloss, a
 * colon, then `一种…Y` / `a … Y` says what kind of thing the term is (Y as in a copula's predicate). A colon after a
 * term that opens no sentence introduces something else (a list, a quote) and is not read.
 */
function entryDefinition(entry: BlockSentences, sentence: Sentence, index: ConceptIndex): Definition | undefined {
  const text = entry.block.text;
  const subject = sentence.hits[0];
  if (!isSubjectPrefix(text, sentence.start, subject.start)) return undefined;
  let at = subject.end;
  if (mayOpenGloss(text.charCodeAt(at))) at = glossEnd(text, at, sentence.end);
  at = nextNonSpace(text, at, sentence.end);
  if (text.charCodeAt(at) !== 0xff1a && text.charCodeAt(at) !== 58) return undefined;
  const kind = ENTRY_KIND.exec(text.slice(at, Math.min(sentence.end, at + 12)));
  if (!kind) return undefined;
  const from = at + kind[0].length;
  if (kind[1]) return zhPredicate(entry, sentence, subject, from);
  // `up-to-date checks: a task whose inputs …`: a plural term glossed by `a …` describes how it works, not its kind.
  if (LOWER_PLURAL.test(text.slice(subject.start, subject.end))) return undefined;
  const target = nounPhraseEnd(entry, sentence, from, index);
  return target ? { subject, target } : undefined;
}

/** The concept that ends an English noun phrase starting at `npStart` (the last mention before NP_STOP), else the phrase's longest known word suffix. */
function nounPhraseEnd(entry: BlockSentences, sentence: Sentence, npStart: number, index: ConceptIndex): ConceptId | undefined {
  const text = entry.block.text;
  const stop = text.slice(npStart, sentence.end).search(NP_STOP);
  const npEnd = stop === -1 ? sentence.end : npStart + stop;
  // The last such hit, by a loop (a filter's result array deoptimised this when its elements kind changed).
  let end: PlacedHit | undefined;
  for (let i = sentence.hits.length - 1; i >= 0 && !end; i--) {
    const h = sentence.hits[i];
    if (h.start >= npStart && h.end <= npEnd && /^s?\s*$/u.test(text.slice(h.end, npEnd))) end = h;
  }
  return end ? end.concept : lookupPhrase(text.slice(npStart, npEnd), index);
}

/** A Chinese predicate from `from` on: the concept that ends its clause (ZH_TAIL after it). */
function zhPredicate(entry: BlockSentences, sentence: Sentence, subject: PlacedHit, from: number): Definition | undefined {
  const text = entry.block.text;
  let clauseEnd = sentence.end;
  for (let i = from; i < sentence.end; i++) {
    if (isClauseEndCode(text.charCodeAt(i))) {
      clauseEnd = i;
      break;
    }
  }
  const end = sentence.hits.find((h) => h.start >= from && h.end <= clauseEnd && ZH_TAIL.test(text.slice(h.end, clauseEnd)));
  // `X是Y的代表` / `的一个例子` / `的实现`: X is named as an example (an implementation) of Y, an instance whatever its script.
  if (!end) return undefined;
  const tail = text.slice(end.end, clauseEnd);
  return { subject, target: end.concept, example: /代表|例子|实现/u.test(tail), variant: VARIANT_WORD.test(tail) };
}

/**
 * Where GLOSS, tried at `at` (text up to `end`), stops. Past spaces it opens only with a bracket, a comma or 又也亦简:
 * after a space and a word (most English mentions) it matches nothing, found without a slice or a regex.
 */
function glossEnd(text: string, at: number, end: number): number {
  const next = nextNonSpace(text, at, end);
  if (next === end || GLOSS_OPENERS[text.charCodeAt(next)] !== 1) return at;
  return at + GLOSS.exec(text.slice(at, end))![0].length;
}

/** Whether GLOSS can match more than nothing at this character: a space, a bracket, a comma or 又也亦简. */
function mayOpenGloss(code: number): boolean {
  return isSpaceCode(code) || GLOSS_OPENERS[code] === 1;
}
const GLOSS_OPENERS = codeTable('（(,，又也亦简');

/** Whether EN_COPULA or ZH_COPULA can match at this character: a space, `,`, i/a/w of is/are/was/were, or the first character of a Chinese copula or its adverb. */
function mayOpenCopula(code: number): boolean {
  const lower = code | 32;
  return isSpaceCode(code) || COPULA_OPENERS[code] === 1 || (code < 128 && (lower === 105 || lower === 97 || lower === 119));
}
const COPULA_OPENERS = codeTable(',仍依也还都其实本是乃就属不并');
/** The first characters of ZH_COPULA (past spaces) and of NOT_BUT's Chinese form. */
const ZH_COPULA_OPENERS = codeTable('仍依也还都其实本是乃就属');
const NOT_BUT_OPENERS = codeTable('并其本不');

/**
 * Whether definedBy can get past the text after a subject (ending at `end`, the sentence's end): GLOSS and both
 * copulas may open with spaces, and then with a bracket, a comma, 又也亦简, is/are/was/were and a space, or the
 * first character of a Chinese copula or its adverb. (The English words in full: an i, a or w alone let `in`, `and`,
 * `with` through, and then the subject's clause start and every copula pattern were tried.)
 */
function mayFollowSubject(text: string, at: number, end: number): boolean {
  while (at < end && isSpaceCode(text.charCodeAt(at))) at++;
  if (at === end) return false;
  const code = text.charCodeAt(at);
  return mayOpenGloss(code) || COPULA_OPENERS[code] === 1 || copulaWordAt(text, at, end) !== NO_WORD;
}

/** The English copulas, as copulaWordAt tells them. */
const NO_WORD = 0;
const IS = 1;
const ARE = 2;
const WAS = 3;
const WERE = 4;

/**
 * Which of is/are/was/were and then a whitespace opens text[at, end) (either case, and ſ for s, as `/iu` matches
 * them), else NO_WORD.
 */
function copulaWordAt(text: string, at: number, end: number): number {
  if (at + 2 >= end) return NO_WORD;
  const a = lowerCode(text.charCodeAt(at));
  const b = lowerCode(text.charCodeAt(at + 1));
  const third = text.charCodeAt(at + 2);
  if (a === 105 && isLetterS(b) && isSpaceCode(third)) return IS;
  if (at + 3 >= end) return NO_WORD;
  const c = lowerCode(third);
  const fourth = text.charCodeAt(at + 3);
  if (a === 97 && b === 114 && c === 101 && isSpaceCode(fourth)) return ARE;
  if (a === 119 && b === 97 && isLetterS(c) && isSpaceCode(fourth)) return WAS;
  if (at + 4 >= end) return NO_WORD;
  return a === 119 && b === 101 && c === 114 && lowerCode(fourth) === 101 && isSpaceCode(text.charCodeAt(at + 4)) ? WERE : NO_WORD;
}

/** An ASCII letter in lower case (other codes as they are). */
function lowerCode(code: number): number {
  return code < 128 ? code | 32 : code;
}

/** s, S or ſ (which `/iu` matches as s). */
function isLetterS(code: number): boolean {
  return code === 115 || code === 0x17f;
}

/** The concept named by the longest word suffix of an English noun phrase (`high-level runtime` → High-level runtimes). */
function lookupPhrase(phrase: string, index: ConceptIndex): ConceptId | undefined {
  const words = aliasKey(phrase).split(' ').filter(Boolean);
  for (let k = 0; k < words.length; k++) {
    const key = words.slice(k).join(' ');
    const found = index.byKey.get(key) ?? index.byKey.get(`${key}s`) ?? (key.endsWith('s') ? index.byKey.get(key.slice(0, -1)) : undefined);
    if (found?.length === 1 && !isGenericLabel(key)) return found[0];
  }
  return undefined;
}

function namings(entry: BlockSentences, sentence: Sentence): Array<[PlacedHit, ConceptId]> {
  const text = entry.block.text;
  const out: Array<[PlacedHit, ConceptId]> = [];
  const body = text.slice(sentence.start, sentence.end);
  NAMING.lastIndex = 0;
  for (let m = NAMING.exec(body); m; m = NAMING.exec(body)) {
    const cueStart = sentence.start + m.index;
    const cueEnd = cueStart + m[0].length;
    const head = sentence.hits.find((h) => /^\s*$/u.test(text.slice(h.end, cueStart)) && h.end <= cueStart);
    const named = sentence.hits.find((h) => h.start >= cueEnd && FILLER.test(text.slice(cueEnd, h.start)));
    if (head && named) out.push([named, head.concept]);
  }
  return out;
}

function dependencies(entry: BlockSentences, sentence: Sentence, cut: SentenceText): Array<[PlacedHit, ConceptId]> {
  // The cue must end right before a mention (FILLER), so only the short text before each mention is tested:
  // one small regex test per hit instead of a scan of every sentence. The sentence is searched for a cue word
  // (DEPENDS_ANY) only once some mention follows a character a cue can end with.
  const text = entry.block.text;
  const out: Array<[PlacedHit, ConceptId]> = [];
  const hits = sentence.hits;
  let cueSeen = false;
  for (let b = 1; b < hits.length; b++) {
    const after = hits[b];
    const from = Math.max(hits[b - 1].end, after.start - 24);
    if (from >= after.start || !mayEndDependence(text, from, after.start)) continue;
    if (!cueSeen) {
      if (!DEPENDS_ANY.test(cut.body)) return out;
      cueSeen = true;
    }
    const window = text.slice(from, after.start);
    const m = DEPENDS_BEFORE.exec(window);
    if (!m) continue;
    const cueStart = after.start - window.length + m.index;
    let clauseStart = sentence.start;
    for (let i = cueStart - 1; i >= sentence.start; i--) {
      if (isClauseEndCode(text.charCodeAt(i))) {
        clauseStart = i + 1;
        break;
      }
    }
    let before: PlacedHit | undefined;
    for (let a = b - 1; a >= 0 && hits[a].start >= clauseStart; a--) {
      if (hits[a].end <= cueStart) {
        before = hits[a];
        break;
      }
    }
    if (before) out.push([before, after.concept]);
  }
  return out;
}
