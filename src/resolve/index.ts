/**
 * resolve: Candidate[] → Concept[]. Candidates whose surfaces share a normalised key (NFKC, case, width,
 * plural) or that are bound by evidence (a parenthetical pair, an abbreviation and its expansion, an
 * also-known-as, a vocabulary entry) become one concept. A concept is kept when its evidence adds up
 * (noisy-OR of candidate scores ≥ ACCEPT), so one weak signal alone (a heading, a bare `X是`, a low count)
 * is not enough while the vocabulary always is. Deterministic: keys, ids and lists are sorted.
 *
 * Speed: a vault yields ~100 candidates per distinct key, so every per-candidate fact the rules need (its
 * key, its share of the noisy-OR, whether it is "own" or frequency-only evidence) is computed once per key
 * (KeyFacts); regrouping after a union then works on keys, never on candidates again.
 */
import { hasHan, normaliseKey } from '../extract/normalise.js';
import { COMMON_FREQUENCY, backgroundEntry, backgroundFrequency } from '../extract/background.js';
import { SUBTLEX_WORDS, englishFrequency } from '../extract/english-background.js';
import { EVERYDAY_FREQUENCY, isDocumentName, isEverydayGenericPhrase, isJunkSurface, isNonNamingWord, isAttributePhrase, isClauseOpening, isLoneAdjective, isPositionalCompound, isTimeClause, isZhJudgingPhrase, needsCorroboration } from '../extract/junk.js';
import { EN_FUNCTION_WORDS, ZH_BOUNDARY, isOrganisationName, isStopWord } from '../extract/stop-words.js';
import { SlugAllocator, conceptUrl, makeConceptId, safeSlug } from '../slug.js';
import type { Candidate, Concept, Note } from '../types.js';
import { classifierBase, clippingPieces, gerundBases, isClippingOf, isModifierSurface, levelFree, nameWords, qualityBases, versionBase } from './abbreviations.js';
import { isOwnEvidence, splitLatinPrefixed, splitPrefixed } from './compounds.js';
import { buildConcept } from './concept.js';
import { Evidence, evidenceOf } from './evidence.js';
import { followingCharacters, type Following } from './following.js';
import { UnionFind } from './union-find.js';

/** Minimum combined evidence for a concept. */
export const ACCEPT = 0.5;

/**
 * A definition scored at most this is a bare `X 是 …` sentence or a label line (`思路：…`, 0.5). Said of a word of
 * everyday Chinese (思路是, 趋势是) it is prose about the argument, not the definition of a term; stronger definitions
 * (`X 指的是`) count.
 */
const WEAK_DEFINITION = 0.5;

/**
 * jieba frequency from which a Chinese word is a word of the language for counts (客户端 42, 阈值 14, 复杂度 10,
 * 码率 3, 宕机 3): a word the dictionary holds at all is one prose repeats as it argues, and the terms among such
 * words come with a definition, a translation, a list or compounds folded into them. Over the development vaults
 * the counted dictionary words that reached a page were not gold concepts twelve times to one (编码器 16). Words
 * below (宿主机 2) are the dictionary's rare entries, no evidence of everyday use.
 */
const GENERAL_FREQUENCY = 3;

/**
 * SUBTLEX count (uses in ~51M words of film subtitles, english-background.ts) from which an English word is everyday
 * speech: about two uses per million words (build 2452, push 3598, version 828, taken 7071). Domain terms are often
 * such words too (tree 3315, commit 984, salt 995): frequency alone separates nothing, see ENGLISH_KEYNESS.
 */
const EVERYDAY_ENGLISH = 100;

/**
 * How many times more often than everyday speech the notes that use an everyday English word must use it for weak
 * evidence (a list item, a heading, an emphasis, a label line, counts) to make it a term. A term is a subject of the
 * notes it appears in and recurs far above its everyday rate there (task in a note on Gradle and Maven: ~350×,
 * property in a note on property-based testing: ~360×); a word the prose only happens to use (test in a list of
 * Maven's phases, push in `Pull vs push`, fails) stays under ~100×. The rate is taken over the notes that use the
 * word, not the whole vault, so a term of a few notes in a large vault of many subjects is judged as in a small one.
 * On the development vaults the weakly supported everyday words below 100× were never gold; the first gold one
 * (scope, once in a note on builds) stands at ~325×.
 */
const ENGLISH_KEYNESS = 100;

/** Characters of Markdown per English word, to size a vault in words from its length (words of ~5 letters, a space, marks). */
const CHARS_PER_WORD = 6;

// EVERYDAY_FREQUENCY (junk.ts): everyday Chinese (思路 1627, 趋势 3047, 状态 7715), ten times COMMON_FREQUENCY;
// below it lies general technical vocabulary (域名 269, 内存) whose bare `X 是` sentences do define terms.

/** What the rules ask of the candidates of one normalised key. */
interface KeyFacts {
  candidates: Candidate[];
  vocabulary: boolean;
  /** `1 - score` of each distinct piece of evidence, in candidate order (the noisy-OR's factors). */
  misses: number[];
  /** Their product, from 1 in order: the group's miss when the key is alone in its group. */
  miss: number;
  /** Some candidate is evidence of its own for a compound (see compounds.ts). */
  ownEvidence: boolean;
  /** Every candidate is a count in prose (see isFrequencyOnly). */
  frequencyOnly: boolean;
  /** Every candidate is a count in prose or a weak list mention (see isCountLike). */
  countLike: boolean;
  /** Every candidate's surface has a shape that one piece of evidence does not make a term (needsCorroboration). */
  corroborate: boolean;
  /** Every candidate's surface is a word of general Chinese (SurfaceFacts.general). */
  general: boolean;
  /** …and a frequent one (SurfaceFacts.frequent). */
  frequent: boolean;
  /** Every candidate is a heading or a count in prose. */
  headingOrCount: boolean;
  /** Every candidate is a note's tag or a count that only echoes a word other evidence named (see isEcho). */
  tagOrEcho: boolean;
  /** The notes whose tags name the key (empty for most keys). */
  tagFiles: string[];
  /** Every candidate is weak evidence for a lone English word (isWeakEnglishEvidence). */
  weakEnglish: boolean;
  /** The smallest SUBTLEX count of the candidates' surfaces when each is one English word and a candidate other than a tag writes it in lower case; else 0. */
  everydayEnglish: number;
  /** A compound whose modifier and head are concepts and whose head other concepts narrow too (hasNarrowerSibling). */
  namedKind?: boolean;
}

/** Root key → its keys that have candidates, in candidate-key order (so a group's candidates keep input order). */
type Groups = Map<string, string[]>;

/**
 * The candidates read into keys and sets, in two passes over them. Each pass is a method of its own, not a loop of
 * resolveConcepts: V8 compiles a hot loop's whole function on the stack (OSR), and resolveConcepts is long.
 */
class Intake {
  readonly sets = new UnionFind();
  readonly byKey = new Map<string, Candidate[]>();
  /** The distinct surface texts of each key, in first-seen order. */
  readonly textsByKey = new Map<string, string[]>();
  readonly surfaces = surfaceFacts();
  /** Alias texts repeat as surfaces do (a gloss on every mention): each is normalised once. */
  readonly keyOf = keyMemo();
  /**
   * A note's tags are categories (算法, graphics, 面试): a tag is evidence only for a key the text also writes as a
   * proper name (`Git` for the tag `git`), where the category is the notes' subject. Other keys need evidence
   * other than the tag.
   */
  readonly namedInText = new Set<string>();
  /** The keys of the aliases each surface's evidence gives it, for cutShortGloss. */
  readonly aliasKeysOf = new Map<string, string[]>();
  /** Glosses cutShortGloss took from a Han surface cut short, with that surface's key. */
  readonly glosses: Array<{ key: string; cut: string; candidate: Candidate }> = [];
  /** The Han surface keys each Latin gloss key is given to, for strayGlosses. */
  readonly hanOwnersOf = new Map<string, string[]>();
  /** The notes the evidence comes from (candidates come note by note: a Set insert per change of file). */
  readonly files = new Set<string>();

  /** The files, the capitalised keys and the glosses of every candidate, before any is judged. */
  survey(candidates: readonly Evidence[]): void {
    const { surfaces, namedInText, aliasKeysOf, hanOwnersOf, keyOf, files } = this;
    let lastFile = '';
    for (let i = 0; i < candidates.length; i++) {
      const c = candidates[i];
      if (c.provenance.file !== lastFile && c.signal !== 'vocabulary') files.add((lastFile = c.provenance.file));
      if (c.signal === 'tag' || c.signal === 'vocabulary') continue;
      const surface = surfaces.of(c.surface);
      if (surface.capitalised) namedInText.add(surface.key);
      // Each distinct key once: a gloss repeated on every mention would make cutShortGloss quadratic in its count.
      for (let k = 0; k < c.aliases.length; k++) {
        const keys = listIn(aliasKeysOf, surface.key);
        const key = keyOf(c.aliases[k].text);
        if (!keys.includes(key)) keys.push(key);
        if (hasHan(surface.key) && !hasHan(key)) listIn(hanOwnersOf, key).push(surface.key);
      }
    }
  }

  /** Each candidate judged and kept under its key, its aliases' keys joined to it. */
  keep(candidates: readonly Evidence[]): void {
    const { sets, byKey, textsByKey, surfaces, namedInText, aliasKeysOf, glosses, hanOwnersOf, keyOf } = this;
    // Indexed loops over candidates throughout: resolve runs once per build, largely before the optimiser steps
    // in, and until then for…of allocates an iterator result per element (tens of MB on a large vault).
    for (let i = 0; i < candidates.length; i++) {
      let c = candidates[i];
      let surface = surfaces.of(c.surface);
      if (c.aliases.length > 0 && c.signal !== 'vocabulary') {
        const stray = strayGlosses(c, surface.key, aliasKeysOf, hanOwnersOf, keyOf);
        if (stray.length) c = new Evidence(c, c.surface, c.aliases.filter((_, k) => !stray.includes(k)));
      }
      if (c.aliases.length > 0 && c.signal !== 'vocabulary') {
        const gloss = cutShortGloss(c, surface.key, aliasKeysOf, keyOf);
        if (gloss !== undefined) {
          const cut = surface.key;
          c = new Evidence(c, c.aliases[gloss].text, c.aliases.filter((_, k) => k !== gloss));
          surface = surfaces.of(c.surface);
          glosses.push({ key: surface.key, cut, candidate: c });
        }
      }
      // Stop-words and organisation names (and whatever evidence binds to them) never become concepts.
      if (c.signal !== 'vocabulary' && (!surface.usable || hasOrganisationAlias(c, surfaces) || (surface.nonNaming && c.aliases.length === 0))) continue;
      // Evidence that does not count for some surfaces (see SurfaceFacts): a bare definition of an everyday word,
      // a count of a phrase shaped by the prose, a tag that names a category, a heading's lone adjective, a count of a verb.
      if (surface.common && c.signal === 'definition' && c.score <= WEAK_DEFINITION && c.aliases.length === 0) continue;
      if (surface.proseShaped && isFrequencyOnly(c)) continue;
      if (surface.clause && (c.signal === 'statistical' || c.signal === 'parenthetical')) continue;
      if (c.signal === 'tag' && !namedInText.has(surface.key)) continue;
      if (surface.adjective && c.signal === 'heading') continue;
      if (surface.documentName && (c.signal === 'title' || c.signal === 'alias' || c.signal === 'heading')) continue;
      if (surface.verb && isFrequencyOnly(c)) continue;
      if (surface.positional && c.signal === 'statistical') continue;
      if (!surface.list) {
        sets.add(surface.key);
        surface.list = listIn(byKey, surface.key);
        listIn(textsByKey, surface.key).push(c.surface);
      }
      surface.list.push(c);
      for (let k = 0; k < c.aliases.length; k++) {
        const alias = c.aliases[k].text;
        const aliasKey = keyOf(alias);
        if (aliasKey && (c.signal === 'vocabulary' || !isStopWord(alias))) sets.union(surface.key, aliasKey);
      }
    }
  }
}

export function resolveConcepts(input: Candidate[], notes: Note[] = []): Concept[] {
  const candidates = evidenceOf(input);
  const intake = new Intake();
  intake.survey(candidates);
  intake.keep(candidates);
  const { sets, byKey, textsByKey, surfaces, namedInText, glosses, files } = intake;
  for (let i = 0; i < glosses.length; i++) joinWhole(glosses[i], byKey, sets);
  const facts = factsByKey(byKey, surfaces);

  let groups = groupsOf(sets, facts);
  let accepted = acceptedRoots(groups, facts);

  // Product-prefixed compounds fold into their head (see compounds.ts). `groups` and `accepted` stay as they
  // were before the loop while the unions inside it change the roots: the rule reads the state it started from.
  let byLastWord: Map<string, string[]> | undefined;
  for (const key of [...byKey.keys()].sort()) {
    const split = splitPrefixed(key) ?? splitLatinPrefixed(key);
    if (!split || !byKey.has(split.head) || !accepted.has(sets.find(split.head)) || !accepted.has(sets.find(split.prefix))) continue;
    // Before an English head the prefix must be a name (Kubernetes node), not a word of the language written in lower
    // case (`applicative` of applicative functor): a modifier, which makes a kind of the head.
    if (!hasHan(key) && !namedInText.has(split.prefix)) continue;
    // `Type 2` is another name of `Type 2 hypervisor`, not a product prefixing hypervisor.
    if (sets.find(split.prefix) === sets.find(key)) continue;
    const own = groups.get(sets.find(key)) ?? [];
    if (sets.find(key) === sets.find(split.head) || own.some((k) => facts.get(k)!.ownEvidence)) continue;
    // A kind of the head is a concept of its own even on evidence too weak alone: its modifier and its head are both
    // concepts, and the head's other kinds stand beside it (`EKF-SLAM` beside `ORB-SLAM`).
    byLastWord ??= keysByLastWord(byKey.keys());
    if (hasNarrowerSibling(key, split.head, byLastWord, sets, accepted)) {
      facts.get(key)!.namedKind = true;
      continue;
    }
    sets.union(key, split.head);
  }
  groups = groupsOf(sets, facts);
  accepted = acceptedRoots(groups, facts);
  // Keys folded into another concept as aliases that never label it.
  const foldedKeys = new Set<string>();
  const numbered = foldNumberedLabels(byKey, facts, sets, groups, accepted, foldedKeys);
  if (foldSpellings(byKey, textsByKey, sets, accepted) || numbered) {
    groups = groupsOf(sets, facts);
    accepted = acceptedRoots(groups, facts);
  }

  // A Chinese compound known only from frequency (宿主机内核, 主线内核, 应用程序服务器) whose head is a concept is
  // a mention of that concept, not a narrower concept: it has no evidence of its own (no heading, label line,
  // list, definition or translation), so it folds into the head. Unless the text lays it out as one kind among
  // others (writtenAmongKinds), or its modifier is a word that sorts things into kinds (modifierMakesKind): then it
  // is a narrower concept.
  const acceptedKeys = new Set([...byKey.keys()].filter((k) => hasHan(k) && accepted.has(sets.find(k))));
  const properHead = (key: string): string | undefined => {
    const chars = Array.from(key);
    for (let i = 1; i <= chars.length - 2; i++) {
      const tail = chars.slice(i).join('');
      if (acceptedKeys.has(tail)) return tail;
    }
    return undefined;
  };
  let folded = false;
  for (const key of [...byKey.keys()].sort()) {
    const root = sets.find(key);
    if (!accepted.has(root) || !hasHan(key)) continue;
    const own = groups.get(root) ?? [];
    if (!own.every((k) => facts.get(k)!.frequencyOnly)) continue;
    const head = properHead(key);
    if (!head || sets.find(head) === root) continue;
    byLastWord ??= keysByLastWord(byKey.keys());
    if (writtenAmongKinds(key, head, byLastWord, textsByKey, notes)) continue;
    if (modifierMakesKind(key, head, notes)) continue;
    sets.union(key, head);
    foldedKeys.add(key);
    folded = true;
  }
  if (foldEnclosed(byKey, facts, sets, groups, accepted, foldedKeys)) folded = true;
  if (foldLoneHeads(byKey, facts, sets, groups, accepted, foldedKeys)) folded = true;
  if (foldTitleVariants(byKey, facts, sets, groups, accepted, foldedKeys)) folded = true;
  if (foldNameWithSymbol(byKey, textsByKey, sets, groups, accepted, foldedKeys)) folded = true;
  if (folded) {
    groups = groupsOf(sets, facts);
    accepted = acceptedRoots(groups, facts);
  }
  // A note's average size in English words, for an everyday word's expected use (unknown without the notes: 0).
  let chars = 0;
  for (let i = 0; i < notes.length; i++) chars += notes[i].text.length;
  const noteWords = notes.length === 0 ? 0 : chars / CHARS_PER_WORD / notes.length;
  // Last, once the compounds have folded: a general word that heads them (内核 of Linux内核, 地址 of IP地址) is
  // their concept and stays. A category tag is judged here too, once the spellings have merged: `pipeline`,
  // tagged on one note, is a spelling of Pipelining.
  const namedKinds = namedKindsOf(byKey, facts, sets, accepted);
  const following = followingJudgedWords(accepted, groups, facts, textsByKey, notes);
  for (const root of [...accepted]) {
    const keys = groups.get(root) ?? [];
    if (
      generalCount(keys, facts) ||
      countedGeneralHead(root, keys, facts, namedKinds) ||
      categoryTag(keys, facts, files.size) ||
      everydayEnglish(keys, facts, noteWords) ||
      countedModifier(keys, facts, textsByKey, byKey, notes) ||
      countedNameTail(keys, facts, textsByKey, notes) ||
      everydaySiblingOpener(keys, facts) ||
      cutBeforeItsEnd(keys, facts, textsByKey, following) ||
      joinedPair(root, keys, sets, accepted) ||
      gluedToConcept(root, keys, sets, accepted) ||
      modifierInProse(root, keys, facts, textsByKey, sets, accepted, notes)
    ) {
      accepted.delete(root);
    }
  }

  const keysByRoot = allKeysByRoot(sets);
  const candidatesOf = (root: string) => {
    const out: Candidate[] = [];
    for (const key of groups.get(root)!) {
      const list = facts.get(key)!.candidates;
      for (let i = 0; i < list.length; i++) out.push(list[i]);
    }
    return out;
  };
  const built = [...accepted].sort().map((root) => buildConcept(candidatesOf(root), keysByRoot.get(root)!, foldedKeys));
  const labelKeys = new Map(built.map((c) => [c, normaliseKey(c.label)]));
  built.sort((a, b) => cmp(labelKeys.get(a)!, labelKeys.get(b)!) || cmp(a.label, b.label));
  const allocator = new SlugAllocator();
  const concepts: Concept[] = built.map((c) => {
    const id = makeConceptId(allocator.allocate(safeSlug(c.label, 'concept')));
    return { id, url: conceptUrl(id), ...c };
  });
  return concepts.sort((a, b) => cmp(a.id, b.id));
}

/**
 * A head that another accepted term narrows too (`cycle collector` beside `tracing collector`, `Hadamard gate` beside
 * `Toffoli gate`, `ipv4地址` beside `私有地址`) names a class whose compounds are its kinds: each is a concept of its
 * own, narrower than the head (link/hierarchy), not a way of writing the head. Only a head no other modifier narrows
 * (`Zube node` where the notes know one kind of node) is the compound said in short.
 */
function hasNarrowerSibling(key: string, head: string, byLastWord: Map<string, string[]>, sets: UnionFind, accepted: Set<string>): boolean {
  const tail = hasHan(head) ? head : ' ' + head;
  const own = sets.find(key);
  const headRoot = sets.find(head);
  const keys = byLastWord.get(lastWord(head)) ?? [];
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k.length <= tail.length || !k.endsWith(tail) || k === key) continue;
    const root = sets.find(k);
    if (root !== own && root !== headRoot && accepted.has(root)) return true;
  }
  return false;
}

/**
 * `私有地址`, `守护任务`, `死信队列`: a modifier jieba tags as a distinguishing word (b: 私有, 公共) exists to sort
 * things into kinds, and a verb of the field (v, rarer than everyday Chinese: 守护, 就绪, 递归) before a noun names
 * the kind by what it does. An everyday verb before a noun (访问内存, 防止死锁, 检查极点) is as often the verb with
 * its object, a clause: that still folds. So does a compound the text also writes with 的 between its parts
 * (优先级的任务): an attribute of the head in a phrase, not the name of a kind.
 */
function modifierMakesKind(key: string, head: string, notes: readonly Note[]): boolean {
  const modifier = key.slice(0, key.length - head.length);
  const tag = backgroundEntry(modifier)?.tag;
  const kindWord = tag === 'b' || (tag === 'v' && backgroundFrequency(modifier) < EVERYDAY_FREQUENCY);
  if (!kindWord) return false;
  const phrase = `${modifier}的${head}`;
  return !notes.some((n) => n.text.includes(phrase));
}

/** How many other kinds of a head one sentence must name beside a compound to lay out a classification. */
const KINDS_BESIDE = 2;

/**
 * `| 最终性 | 概率最终性 | 经济最终性 | 确定性最终性 |`, `这是概率最终性；……是确定性最终性，还有经济最终性`: a sentence or table
 * row that writes a compound beside two other compounds of the same head sorts that head into kinds, and each is
 * a narrower concept, not a way of writing the head. One sibling in passing is not enough (用户向量和物品向量 are
 * the vectors of two things, not a classification of vectors).
 */
function writtenAmongKinds(key: string, head: string, byLastWord: Map<string, string[]>, textsByKey: Map<string, string[]>, notes: readonly Note[]): boolean {
  const own = textsByKey.get(key) ?? [];
  const kinds: string[] = [];
  for (const k of byLastWord.get(lastWord(head)) ?? []) {
    if (k !== key && k.length > head.length && k.endsWith(head) && hasHan(k)) kinds.push(...(textsByKey.get(k) ?? []));
  }
  if (kinds.length < KINDS_BESIDE || own.length === 0) return false;
  for (const written of own) {
    const found = eachUse(written, notes, (text, end, at) => {
      const rest = sentenceAround(text, at, end).split(written).join('|');
      let named = 0;
      for (const kind of kinds) if (!kind.includes(written) && rest.includes(kind) && ++named >= KINDS_BESIDE) return true;
      return false;
    });
    if (found) return true;
  }
  return false;
}

/** The sentence (or table row, or line) holding text[start, end): bounded by Chinese sentence marks and line breaks. */
function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && !isSentenceEnd(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && !isSentenceEnd(text.charCodeAt(to))) to++;
  return text.slice(from, to);
}

/** 。！？； or a line break, read by code unit: a regex test of a one-character string per character cost ten times more. */
function isSentenceEnd(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b || c === 0x0a;
}

/** A key's last word, as far as a suffix test needs it: its last Han character, or what follows its last space. */
function lastWord(key: string): string {
  const last = key.charCodeAt(key.length - 1);
  // Below U+3000 no Han: a Latin or digit tail, whose word runs from the last space.
  if (last < 0x3000) return key.slice(key.lastIndexOf(' ') + 1);
  return key.slice(-1);
}

/** Keys by lastWord, built once when the prefix fold first needs siblings, so a suffix test reads only its candidates. */
function keysByLastWord(keys: Iterable<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const key of keys) if (key) listIn(out, lastWord(key)).push(key);
  return out;
}

/**
 * A gloss that names a kind of what the surface names, by a modifier before the surface or before another of its
 * glosses (`collector (also called an exact collector)`, 卡尔曼滤波（Extended Kalman Filter，EKF） where 卡尔曼滤波 is
 * glossed `Kalman Filter` elsewhere): the walk back to the bracket stopped short of the modifier (精确, 扩展), so the
 * gloss, not the surface, is what the author named. Returns the index of that alias: the candidate is evidence for
 * it (and its other aliases, EKF), not for the broader surface it would merge into.
 */
function cutShortGloss(c: Candidate, key: string, aliasKeysOf: Map<string, string[]>, keyOf: (text: string) => string): number | undefined {
  const known = aliasKeysOf.get(key);
  for (let k = 0; k < c.aliases.length; k++) {
    const text = c.aliases[k].text;
    const alias = keyOf(text);
    if (known && ACRONYM.test(text) && extendsInitials(alias, known)) return k;
    const space = alias.indexOf(' ');
    if (space <= 0) continue;
    if (alias.endsWith(' ' + key)) return k;
    if (!known) continue;
    for (let j = 0; j < known.length; j++) {
      const other = known[j];
      if (other !== alias && other.length < alias.length && alias.endsWith(' ' + other)) return k;
    }
  }
  return undefined;
}

/**
 * `抖动（Dither）` and later `加噪声再量化（dither）`, where 量化 is also `Quantization`: one English gloss given to two
 * Chinese surfaces names the one it is the only gloss of; the other (walked back to a word of the sentence) has a
 * name of its own, so the gloss is dropped from it. Returns the indexes of such aliases of `c`.
 */
function strayGlosses(c: Candidate, key: string, aliasKeysOf: Map<string, string[]>, hanOwnersOf: Map<string, string[]>, keyOf: (text: string) => string): number[] {
  const out: number[] = [];
  const own = aliasKeysOf.get(key) ?? [];
  for (let k = 0; k < c.aliases.length; k++) {
    const alias = keyOf(c.aliases[k].text);
    const owners = hanOwnersOf.get(alias);
    if (!owners || hasHan(alias) || !own.some((o) => o !== alias && !hasHan(o))) continue;
    if (owners.some((o) => o !== key && (aliasKeysOf.get(o) ?? []).every((g) => g === alias || hasHan(g)))) out.push(k);
  }
  return out;
}

/** An acronym as a gloss writes it: capitals and digits, two to six. */
const ACRONYM = /^[A-Z][A-Z0-9]{1,5}$/u;

/**
 * An acronym whose last letters are the initials of another gloss of the surface, with letters before them
 * (MLP beside perceptron, EKF beside `Kalman Filter` or KF): it spells a modifier and the surface's own name, a
 * kind of it (Multi-Layer Perceptron), as a phrase gloss does in cutShortGloss.
 */
function extendsInitials(acronym: string, known: readonly string[]): boolean {
  for (let j = 0; j < known.length; j++) {
    const other = known[j];
    const initials = other.includes(' ') ? other.split(' ').map((w) => w[0]).join('') : ACRONYM_KEY.test(other) && other.length <= 6 ? other : other[0];
    if (initials && acronym.length > initials.length && acronym.endsWith(initials)) return true;
  }
  return false;
}

/** A normalised key that could be an acronym's (letters and digits, no space): compared whole, not by its initial. */
const ACRONYM_KEY = /^[a-z][a-z0-9]*$/u;

/**
 * The whole term a gloss of cutShortGloss belongs to: the one key ending with the cut surface that the same line
 * names (二值信号量 beside `信号量（binary semaphore）` cut from `二值信号量（binary semaphore）`; `precise collector` beside
 * `collector (also called an exact collector)`). Joined when there is exactly one.
 */
function joinWhole(gloss: { key: string; cut: string; candidate: Candidate }, byKey: Map<string, Candidate[]>, sets: UnionFind): void {
  const { file, line } = gloss.candidate.provenance;
  // A Latin surface is the last word of its whole (`precise collector`).
  const tail = hasHan(gloss.cut) ? gloss.cut : ' ' + gloss.cut;
  let whole: string | undefined;
  for (const [key, list] of byKey) {
    if (key.length <= tail.length || !key.endsWith(tail) || key === gloss.key || !list.some((c) => c.provenance.line === line && c.provenance.file === file)) continue;
    if (whole !== undefined) return;
    whole = key;
  }
  if (whole !== undefined) sets.union(gloss.key, whole);
}

/** What joins two names into a pair (`A和B`, `A and B`, `A/B`, `A & B`): each side is looked up as a key. */
const PAIR_JOINERS = ['和', '与', ' and ', ' & ', '/'];

/**
 * A group every key of which is two concepts joined (预训练和微调, `Sampling and Quantization`, `Confirm/Cancel`):
 * a heading or a label that names the pair it discusses, not a third concept. Decided by evidence, not by shape:
 * both sides must be concepts on their own elsewhere, so a name that holds a joiner (TCP/IP, async/await, 词频饱和,
 * `Divide and Conquer`, `Wide & Deep`) stays when its parts are no concepts of the notes.
 */
function joinedPair(root: string, keys: readonly string[], sets: UnionFind, accepted: Set<string>): boolean {
  if (keys.length === 0) return false;
  for (const key of keys) if (!isJoinedPair(key, root, sets, accepted)) return false;
  return true;
}

function isJoinedPair(key: string, root: string, sets: UnionFind, accepted: Set<string>): boolean {
  for (const joiner of PAIR_JOINERS) {
    const at = key.indexOf(joiner);
    if (at <= 0) continue;
    const left = normaliseKey(key.slice(0, at));
    const right = normaliseKey(key.slice(at + joiner.length));
    return isOtherConcept(left, root, sets, accepted) && isOtherConcept(right, root, sets, accepted);
  }
  return false;
}

function isOtherConcept(key: string, root: string, sets: UnionFind, accepted: Set<string>): boolean {
  if (!key || !sets.has(key)) return false;
  const other = sets.find(key);
  return other !== root && accepted.has(other);
}

/**
 * Words of a Chinese sentence that glue onto the term after them when a cut starts one word early (用布隆过滤器 "use
 * a Bloom filter", 还有锁升级 "there is also lock escalation", 先说函数依赖 "first, functional dependencies"): verbs
 * of using and choosing, openers of a list or a step, and 由 "by". Single characters that open many real compounds
 * (和, 与, 对, 在) are not here.
 */
const ZH_GLUED_OPENER = /^(?:还有|以及|换成|改成|改用|先说|先看|再看|再说|注意|比如|例如|就是|叫做|称为|使用|采用|利用|通过|用|由|选)/u;

/**
 * A symbol written after a term in a formula's place (`state-value function V^π`, `时间常数 τ`): a Greek letter, or a
 * letter with a superscript or subscript. A bare capital is left alone: `Vitamin C`, `Plan B` name things.
 */
const SYMBOL_TAIL = / (?:\p{Script=Greek}|[\p{L}][\^_]\S+)$/u;

/**
 * A group every key of which is another concept with a word of the sentence glued before it (ZH_GLUED_OPENER) or a
 * formula symbol after it (SYMBOL_TAIL): the other concept's mention cut one word too wide, not a concept of its
 * own. Decided by evidence like joinedPair: the rest must be a concept on its own.
 */
function gluedToConcept(root: string, keys: readonly string[], sets: UnionFind, accepted: Set<string>): boolean {
  if (keys.length === 0) return false;
  for (const key of keys) {
    const opener = ZH_GLUED_OPENER.exec(key);
    const symbol = opener ? null : SYMBOL_TAIL.exec(key);
    const rest = opener ? key.slice(opener[0].length) : symbol ? key.slice(0, symbol.index) : '';
    if (!isOtherConcept(rest, root, sets, accepted)) return false;
  }
  return true;
}

/** A kind word and its number or letter (`type 1`, `level 3`, `phase ii`): a label that needs its head noun. */
const NUMBERED_LABEL = /^[a-z][a-z-]* (?:\d+|[ivx]+|[a-z])$/u;

/**
 * `Type 1` in a note that defines `Type 1 hypervisor` is that term with its head left out (`His labels, Type 1
 * and Type 2, …`), not a concept of its own: a numbered label folds into the one accepted term that extends it,
 * when every note that has evidence for the label also has evidence for that term. A label used elsewhere on its
 * own (`Layer 2` across a networking vault) keeps its page, and so does one that two terms extend (`type 1
 * error`, `type 1 hypervisor`). Returns whether anything folded.
 */
function foldNumberedLabels(byKey: Map<string, Candidate[]>, facts: Map<string, KeyFacts>, sets: UnionFind, groups: Groups, accepted: Set<string>, foldedKeys: Set<string>): boolean {
  const labels = [...byKey.keys()].filter((key) => NUMBERED_LABEL.test(key) && accepted.has(sets.find(key))).sort(cmp);
  if (labels.length === 0) return false;
  const longer = new Map<string, string[]>();
  for (const key of byKey.keys()) {
    if (!accepted.has(sets.find(key))) continue;
    for (const label of labels) {
      if (key.length > label.length + 1 && key.startsWith(`${label} `) && !key.slice(label.length + 1).includes(' ')) {
        listIn(longer, label).push(key);
      }
    }
  }
  const notesOf = (keys: readonly string[]) => {
    const out = new Set<string>();
    for (const key of keys) for (const c of facts.get(key)!.candidates) out.add(c.provenance.file);
    return out;
  };
  let folded = false;
  for (const label of labels) {
    const hosts = [...new Set((longer.get(label) ?? []).map((key) => sets.find(key)))];
    const root = sets.find(label);
    if (hosts.length !== 1 || hosts[0] === root) continue;
    // The label's group must be the label alone (in any spelling), not a concept that other evidence built.
    const own = groups.get(root) ?? [];
    if (own.some((key) => key !== label)) continue;
    const hostNotes = notesOf(groups.get(hosts[0]) ?? []);
    if (![...notesOf([label])].every((file) => hostNotes.has(file))) continue;
    sets.union(label, hosts[0]);
    foldedKeys.add(label);
    folded = true;
  }
  return folded;
}

/**
 * Two spellings of one name (see abbreviations.ts), both accepted concepts: a Latin name and its classifier compound
 * (CAP, CAP定理), a gerund and its word (Pipelining, pipeline), a modifier or an -ity quality and the one term the
 * modifier opens (out-of-order, Hermeticity), a name and its one version (OAuth 2.0, AMQP 0-9-1), a Chinese compound with
 * and without 层/级, a clipping and its one full form (OTel, OpenTelemetry). The label-choice rules of buildConcept
 * pick the label. Returns whether anything merged.
 */
function foldSpellings(byKey: Map<string, Candidate[]>, textsByKey: Map<string, string[]>, sets: UnionFind, accepted: Set<string>): boolean {
  const isAccepted = (key: string): boolean => byKey.has(key) && accepted.has(sets.find(key));
  const keys = [...byKey.keys()].filter((key) => accepted.has(sets.find(key))).sort(cmp);
  const merges = [
    ...classifierMerges(keys, isAccepted),
    ...gerundMerges(keys, isAccepted),
    ...possessiveMerges(keys, isAccepted),
    ...modifierMerges(keys, textsByKey, sets),
    ...versionMerges(keys, isAccepted),
    ...levelMerges(keys),
    ...clippingMerges(keys, textsByKey, sets),
  ];
  let merged = false;
  for (const [a, b] of merges) {
    if (sets.find(a) === sets.find(b)) continue;
    sets.union(a, b);
    merged = true;
  }
  return merged;
}

type Merge = [from: string, into: string];

/**
 * Grover's algorithm is what the notes call Grover once they have named it: a name in the possessive before one
 * head noun (`X's algorithm`, `X's law`) and the name alone, both accepted, are one concept.
 */
function possessiveMerges(keys: readonly string[], isAccepted: (key: string) => boolean): Merge[] {
  const out: Merge[] = [];
  for (const key of keys) {
    const m = /^(.+?)['’]s [a-z-]+$/u.exec(key);
    if (m && isAccepted(m[1])) out.push([key, m[1]]);
  }
  return out;
}

/** CAP定理 → CAP. */
function classifierMerges(keys: readonly string[], isAccepted: (key: string) => boolean): Merge[] {
  const out: Merge[] = [];
  for (const key of keys) {
    const base = classifierBase(key);
    if (base && isAccepted(base)) out.push([key, base]);
  }
  return out;
}

/**
 * Pipelining is the pipeline's activity: one idea under one name. So is a phrase ending in the activity and the same
 * phrase ending in its word (`remote caching`, `remote cache`): the modifiers before the gerund are kept as written.
 */
function gerundMerges(keys: readonly string[], isAccepted: (key: string) => boolean): Merge[] {
  const out: Merge[] = [];
  for (const key of keys) {
    const space = key.lastIndexOf(' ');
    const lead = space > 0 ? key.slice(0, space + 1) : '';
    const base = gerundBases(key.slice(lead.length)).map((b) => lead + b).find(isAccepted);
    if (base) out.push([key, base]);
  }
  return out;
}

/**
 * `out-of-order` alone is out-of-order execution when that is the one term the vault writes it before; Hermeticity
 * is the quality the one term `hermetic build` names by its modifier (purity stays apart from pure functions and
 * pure code).
 */
function modifierMerges(keys: readonly string[], textsByKey: Map<string, string[]>, sets: UnionFind): Merge[] {
  const modifiers = new Map<string, Set<string>>();
  for (const key of keys) {
    if (hasHan(key)) continue;
    const texts = textsByKey.get(key) ?? [];
    if (texts.length > 0 && texts.every(isModifierSurface)) modifiers.set(key, new Set());
  }
  const qualities = new Map<string, string>();
  for (const key of keys) for (const base of qualityBases(key)) if (!modifiers.has(base)) qualities.set(base, key);
  for (const base of qualities.keys()) modifiers.set(base, new Set());
  if (modifiers.size === 0) return [];
  for (const key of keys) {
    const at = key.lastIndexOf(' ');
    if (at <= 0 || key.slice(at + 1).length < 3) continue;
    modifiers.get(key.slice(0, at))?.add(key);
  }
  const out: Merge[] = [];
  for (const [modifier, terms] of modifiers) {
    const roots = new Set([...terms].map((t) => sets.find(t)));
    if (roots.size === 1) out.push([qualities.get(modifier) ?? modifier, [...terms][0]]);
  }
  return out;
}

/** `OAuth 2.0` is OAuth, `AMQP 0-9-1` is AMQP, when the vault names no other version of it. */
function versionMerges(keys: readonly string[], isAccepted: (key: string) => boolean): Merge[] {
  const versions = new Map<string, string[]>();
  for (const key of keys) {
    const base = versionBase(key);
    if (base) listIn(versions, base).push(key);
  }
  const out: Merge[] = [];
  for (const [base, versioned] of versions) if (versioned.length === 1 && isAccepted(base)) out.push([versioned[0], base]);
  return out;
}

/** 硬件层虚拟化, 硬件虚拟化: one key with and without 层/级. */
function levelMerges(keys: readonly string[]): Merge[] {
  const byLevelFree = new Map<string, string>();
  for (const key of keys) if (hasHan(key) && !levelFree(key)) byLevelFree.set(key, key);
  const out: Merge[] = [];
  for (const key of keys) {
    const free = hasHan(key) ? levelFree(key) : undefined;
    if (!free) continue;
    const other = byLevelFree.get(free);
    if (other) out.push([key, other]);
    else byLevelFree.set(free, key);
  }
  return out;
}

/** OTel → OpenTelemetry, when exactly one concept's full form fits the clipping. */
function clippingMerges(keys: readonly string[], textsByKey: Map<string, string[]>, sets: UnionFind): Merge[] {
  // Full forms by the initials of their words (`ot` for OpenTelemetry), so a clipping looks at a few keys only.
  const fullByInitials = new Map<string, Array<[key: string, text: string]>>();
  for (const key of keys) {
    for (const text of textsByKey.get(key) ?? []) {
      if (!/^[A-Za-z][A-Za-z\s-]*$/u.test(text)) continue;
      const words = nameWords(text);
      if (words.length >= 2) listIn(fullByInitials, words.map((w) => w[0]).join('')).push([key, text]);
    }
  }
  const out: Merge[] = [];
  for (const key of keys) {
    // The key's first surface that is a clipping decides.
    const text = (textsByKey.get(key) ?? []).find((t) => clippingPieces(t) !== undefined);
    if (!text) continue;
    const initials = clippingPieces(text)!.map((p) => p[0]).join('');
    const roots = new Set<string>();
    let target = '';
    for (const [full, fullText] of fullByInitials.get(initials) ?? []) {
      if (full === key || !isClippingOf(text, fullText)) continue;
      roots.add(sets.find(full));
      target = full;
    }
    if (roots.size === 1) out.push([key, target]);
  }
  return out;
}

/** The list stored under `key`, created empty when missing. */
function listIn<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

/** `(3× in 1 note)`: the count the statistical pass writes into its excerpt. */
const COUNT = /\((\d+)× in \d+ notes?\)$/u;

function countOf(list: Candidate[]): number {
  let n = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c.signal !== 'statistical') continue;
    const m = COUNT.exec(c.provenance.excerpt);
    if (m) n = Math.max(n, Number(m[1]));
  }
  return n;
}

/**
 * A Chinese word known only from frequency that the vault never writes outside one longer accepted term
 * (参考模型, counted as often as OSI 参考模型, which holds it every time) is a piece of that term, not a concept:
 * it folds into it as an alias that never labels. Returns whether anything folded.
 */
function foldEnclosed(byKey: Map<string, Candidate[]>, facts: Map<string, KeyFacts>, sets: UnionFind, groups: Groups, accepted: Set<string>, foldedKeys: Set<string>): boolean {
  // The frequency-only keys first (a count or two each); a host's own count is read only when one of its inner
  // substrings is such a key (a host is short: a few dozen lookups), never for every accepted key.
  const lonely = new Map<string, number>();
  const hosts: string[] = [];
  for (const key of byKey.keys()) {
    if (!hasHan(key)) continue;
    const root = sets.find(key);
    if (!accepted.has(root)) continue;
    hosts.push(key);
    const f = facts.get(key)!;
    if (f.frequencyOnly && (groups.get(root) ?? []).every((k) => facts.get(k)!.frequencyOnly)) {
      const count = countOf(f.candidates);
      if (count > 0) lonely.set(key, count);
    }
  }
  if (lonely.size === 0) return false;
  const hostOf = new Map<string, string>();
  for (const host of hosts.sort(cmp)) {
    const chars = Array.from(host);
    if (chars.length < 3 || chars.length > 16) continue;
    let count = -1;
    for (let from = 0; from < chars.length; from++) {
      for (let to = from + 2; to <= chars.length; to++) {
        if (from === 0 && to === chars.length) continue;
        const inner = chars.slice(from, to).join('');
        const n = lonely.get(inner);
        if (n === undefined || hostOf.has(inner)) continue;
        if (count === -1) count = countOf(facts.get(host)!.candidates);
        if (n <= count) hostOf.set(inner, host);
      }
    }
  }
  let folded = false;
  for (const [key, host] of [...hostOf].sort((a, b) => cmp(a[0], b[0]))) {
    const root = sets.find(key);
    if (sets.find(host) === root) continue;
    sets.union(key, host);
    foldedKeys.add(key);
    folded = true;
  }
  return folded;
}

/** A title or a heading: the name of a note or a section. */
function isTitleEvidence(c: Candidate): boolean {
  return c.signal === 'title' || c.signal === 'heading';
}

/** A Han name, a space and a short Latin token after it, as a table cell or a list item writes a unit or an abbreviation beside its name. */
const NAME_THEN_SYMBOL = /^(\p{Script=Han}{2,}) ([A-Za-z][A-Za-z0-9]{0,4})$/u;

/**
 * `光年 ly`, `天文单位 AU`, `秒差距 pc` (a table's cells): a Chinese name and its symbol or abbreviation written side by
 * side, another spelling of the concept the name is, not a concept beside it. Folds as an alias that never labels,
 * when the name is an accepted concept and the Latin token is no other concept. Returns whether anything folded.
 */
function foldNameWithSymbol(byKey: Map<string, Candidate[]>, textsByKey: Map<string, string[]>, sets: UnionFind, groups: Groups, accepted: Set<string>, foldedKeys: Set<string>): boolean {
  let folded = false;
  for (const key of [...byKey.keys()].sort(cmp)) {
    const root = sets.find(key);
    if (!accepted.has(root) || (groups.get(root) ?? []).length !== 1) continue;
    const written = (textsByKey.get(key) ?? []).map((t) => NAME_THEN_SYMBOL.exec(t)).find((m) => m !== null);
    if (!written) continue;
    const nameKey = normaliseKey(written[1]);
    if (!isOtherConcept(nameKey, root, sets, accepted)) continue;
    const symbolKey = normaliseKey(written[2]);
    if (sets.has(symbolKey) && accepted.has(sets.find(symbolKey)) && sets.find(symbolKey) !== sets.find(nameKey)) continue;
    sets.union(key, nameKey);
    foldedKeys.add(key);
    folded = true;
  }
  return folded;
}

/** One Latin word, then Han characters: `JS 事件循环` (its key: lower case, no space where Latin meets Han). */
const QUALIFIED_TITLE = /^([a-z][a-z0-9.+#-]*)(\p{Script=Han}{2,})$/u;

/**
 * A note titled with a concept and a classifier noun (TCP协议 for TCP, 冷启动问题 for 冷启动, 网络分层模型) is about
 * that concept: when a title or a heading is all the evidence for it, the title folds into the concept it opens
 * with as an alias that never labels. Two Han characters of tail only, and not a concept: a longer or a known tail
 * is what the title is a kind of, and a one-character tail is the head noun of a new term (线程池 is not 线程). A title of one Latin word and an accepted Han concept (`JS 事件循环`)
 * folds into that concept, unless the Latin word is a concept too. Returns whether anything folded.
 */
function foldTitleVariants(byKey: Map<string, Candidate[]>, facts: Map<string, KeyFacts>, sets: UnionFind, groups: Groups, accepted: Set<string>, foldedKeys: Set<string>): boolean {
  let folded = false;
  /** The accepted concept `k` belongs to, if any. */
  const acceptedRoot = (k: string): string | undefined => {
    if (!sets.has(k)) return undefined;
    const r = sets.find(k);
    return accepted.has(r) ? r : undefined;
  };
  for (const key of [...byKey.keys()].sort(cmp)) {
    const root = sets.find(key);
    if (!accepted.has(root) || !hasHan(key)) continue;
    const own = groups.get(root) ?? [];
    if (own.length !== 1 || !facts.get(key)!.candidates.every(isTitleEvidence)) continue;
    // `JS 事件循环`: a Latin word before a concept sets the title in its context (a language, a product) that the
    // notes do not take up as a concept; the title is about the concept.
    const qualified = QUALIFIED_TITLE.exec(key);
    const within = qualified && acceptedRoot(qualified[2]);
    if (qualified && within && within !== root && !acceptedRoot(qualified[1])) {
      sets.union(key, qualified[2]);
      foldedKeys.add(key);
      folded = true;
      continue;
    }
    // Two characters of tail: one is the head noun of a new term (线程池, 路由表), not a classifier.
    const chars = Array.from(key);
    if (chars.length < 4) continue;
    const head = chars.slice(0, -2).join('').trimEnd();
    const tail = chars.slice(-2).join('');
    // A tail that is a concept itself is the title's head noun (虚拟内存 is a kind of 内存), not a classifier.
    if (!/^\p{Script=Han}+$/u.test(tail) || acceptedRoot(tail)) continue;
    const host = acceptedRoot(head);
    if (!host || host === root) continue;
    sets.union(key, head);
    foldedKeys.add(key);
    folded = true;
  }
  return folded;
}

/**
 * `### Coverage` in a vault whose one term on that word is `code coverage`: a lone English head word known only from
 * headings and counts is the term the notes shorten it from, when exactly one accepted term ends with it and every
 * note with evidence for the word has evidence for that term. A word two terms end with (flows: implicit flow,
 * authorization code flow) names their class and keeps its page.
 */
function foldLoneHeads(byKey: Map<string, Candidate[]>, facts: Map<string, KeyFacts>, sets: UnionFind, groups: Groups, accepted: Set<string>, foldedKeys: Set<string>): boolean {
  const byHead = new Map<string, string[]>();
  for (const key of byKey.keys()) {
    const m = /^[a-z][a-z0-9 -]* ([a-z][a-z0-9-]*)$/u.exec(key);
    if (m && accepted.has(sets.find(key))) listIn(byHead, m[1]).push(key);
  }
  const notesOf = (key: string) => new Set(facts.get(key)!.candidates.map((c) => c.provenance.file));
  let folded = false;
  for (const key of [...byHead.keys()].sort(cmp)) {
    if (!byKey.has(key)) continue;
    const root = sets.find(key);
    if (!accepted.has(root) || (groups.get(root) ?? []).length !== 1 || !facts.get(key)!.headingOrCount) continue;
    const hosts = [...new Set(byHead.get(key)!.map((k) => sets.find(k)))];
    if (hosts.length !== 1 || hosts[0] === root) continue;
    const hostNotes = new Set(byHead.get(key)!.flatMap((k) => [...notesOf(k)]));
    if (![...notesOf(key)].every((file) => hostNotes.has(file))) continue;
    sets.union(key, hosts[0]);
    foldedKeys.add(key);
    folded = true;
  }
  return folded;
}

interface SurfaceFacts {
  key: string;
  organisation: boolean;
  /** Neither a stop-word, nor keyless, nor an organisation name. */
  usable: boolean;
  /** A word whose part of speech does not name (isNonNamingWord), or a judging phrase (isZhJudgingPhrase): dropped unless the evidence brings an alias. */
  nonNaming: boolean;
  /** A phrase naming a kind of document (isDocumentName): a title, an alias or a heading does not make it a term. */
  documentName: boolean;
  /** A lone English word shaped as an adjective (isLoneAdjective): a heading does not make it a term. */
  adjective: boolean;
  /**
   * A word jieba tags as a verb (重试, 解析): frequency alone does not make it a term, since prose repeats its
   * verbs; verbal concepts (扩容, 旋转) come with a heading, a definition or a list.
   */
  verb: boolean;
  /** A place of something (调用方, 堆顶, 左子树: isPositionalCompound): a count or an enumeration does not make it a term. */
  positional: boolean;
  /** Holds an upper-case letter (a proper name's spelling). */
  capitalised: boolean;
  /** A word of everyday Chinese (jieba frequency ≥ EVERYDAY_FREQUENCY): a weak definition does not make it a term. */
  common: boolean;
  /** An everyday word before a generic noun, a clause of time or an attribute (isEverydayGenericPhrase, isTimeClause, isAttributePhrase): frequency alone does not make it a term. */
  proseShaped: boolean;
  /**
   * A predicate opened by a light verb, 有, negation or a preposition (isClauseOpening): a count, a list item or a
   * bracket after it (做不到（细节见…）, 有单次（one-shot）: the walk back took the verb in with the words it governs) does
   * not make it a term.
   */
  clause: boolean;
  /** A description or sentence-opening shape (needsCorroboration): one piece of evidence does not make it a term. */
  corroborate: boolean;
  /** A word of general Chinese (jieba frequency ≥ GENERAL_FREQUENCY): its count in the notes does not make it a term. */
  general: boolean;
  /** A word of general Chinese at least COMMON_FREQUENCY (工具, 数据, 集群): a heading does not make it a term either. */
  frequent: boolean;
  /** One English word: its SUBTLEX count (english-background.ts), 0 for anything else. */
  english: number;
  /** All lower case: how running prose writes a common word, not a name (Git, Kafka) or an acronym. */
  lowerCase: boolean;
  /** The candidates of the surface's key, once one is kept. */
  list?: Candidate[];
}

/** Han characters only: the surfaces jieba's dictionary can say something about. */
const HAN_ONLY = /^\p{Script=Han}+$/u;

/** One English word, no digits, hyphens or marks (a name like gRPC or x86 is no word of speech). */
const ENGLISH_WORD = /^[A-Za-z]+$/u;

/** normaliseKey, once per distinct text of one resolve call. */
function keyMemo(): (text: string) => string {
  const keys = new Map<string, string>();
  return (text) => {
    let key = keys.get(text);
    if (key === undefined) keys.set(text, (key = normaliseKey(text)));
    return key;
  };
}

/** A vault repeats a few hundred surfaces across ~100k candidates: each surface is judged once per call. */
function surfaceFacts(): { of(text: string): SurfaceFacts } {
  const known = new Map<string, SurfaceFacts>();
  return {
    of(text) {
      let facts = known.get(text);
      if (facts === undefined) {
        const key = normaliseKey(text);
        const organisation = isOrganisationName(text);
        const hanOnly = HAN_ONLY.test(text);
        const frequency = hanOnly ? backgroundFrequency(text) : 0;
        const englishWord = ENGLISH_WORD.test(text);
        known.set(
          text,
          (facts = {
            key,
            organisation,
            capitalised: /\p{Lu}/u.test(text),
            adjective: isLoneAdjective(text),
            documentName: isDocumentName(text),
            verb: hanOnly && (backgroundEntry(text)?.tag ?? '').startsWith('v'),
            positional: hanOnly && isPositionalCompound(text),
            usable: !isStopWord(text) && key !== '' && !organisation && !isJunkSurface(text),
            nonNaming: isNonNamingWord(text) || (hanOnly && isZhJudgingPhrase(text)),
            common: frequency >= EVERYDAY_FREQUENCY,
            proseShaped: isEverydayGenericPhrase(text) || isTimeClause(text) || isAttributePhrase(text),
            clause: hanOnly && isClauseOpening(text),
            corroborate: needsCorroboration(text),
            general: frequency >= GENERAL_FREQUENCY,
            frequent: frequency >= COMMON_FREQUENCY,
            english: englishWord ? englishFrequency(text) : 0,
            lowerCase: englishWord && text === text.toLowerCase(),
            // Present from the start: added later, it would give the facts of kept surfaces a second hidden class.
            list: undefined,
          }),
        );
      }
      return facts;
    },
  };
}

function hasOrganisationAlias(c: Candidate, surfaces: { of(text: string): SurfaceFacts }): boolean {
  for (let i = 0; i < c.aliases.length; i++) if (surfaces.of(c.aliases[i].text).organisation) return true;
  return false;
}

/** factsOf of every key (a function of its own, so that V8 compiles this loop apart from resolveConcepts). */
function factsByKey(byKey: Map<string, Candidate[]>, surfaces: { of(text: string): SurfaceFacts }): Map<string, KeyFacts> {
  const facts = new Map<string, KeyFacts>();
  for (const [key, list] of byKey) facts.set(key, factsOf(list, surfaces));
  return facts;
}

function factsOf(list: Candidate[], surfaces: { of(text: string): SurfaceFacts }): KeyFacts {
  let vocabulary = false;
  let corroborate = true;
  let frequencyOnly = true;
  let countLike = true;
  let general = true;
  let frequent = true;
  let headingOrCount = true;
  let tagOrEcho = true;
  const tagFiles: string[] = [];
  let ownEvidence = false;
  let weakEnglish = true;
  let english = Infinity;
  let lowerCase = false;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    vocabulary ||= c.signal === 'vocabulary';
    // Read once: four of the facts below ask it.
    const counted = isFrequencyOnly(c);
    frequencyOnly &&= counted;
    countLike &&= isCountLike(c, counted);
    ownEvidence ||= isOwnEvidence(c);
    // One lookup of the surface's facts for the three (each candidate's surface was judged when it was kept).
    const surface = surfaces.of(c.surface);
    corroborate &&= surface.corroborate;
    general &&= surface.general;
    frequent &&= surface.frequent;
    headingOrCount &&= c.signal === 'heading' || counted;
    tagOrEcho &&= c.signal === 'tag' || isEcho(c, counted);
    weakEnglish &&= isWeakEnglishEvidence(c);
    english = Math.min(english, surface.english);
    // Tags are written in lower case by convention (git for Git): how the text writes the word is in the rest.
    lowerCase ||= c.signal !== 'tag' && surface.lowerCase;
    if (c.signal === 'tag' && !tagFiles.includes(c.provenance.file)) tagFiles.push(c.provenance.file);
  }
  const misses = distinctMisses(list);
  let miss = 1;
  for (let i = 0; i < misses.length; i++) miss *= misses[i];
  const everydayEnglish = lowerCase && english !== Infinity ? english : 0;
  return { candidates: list, vocabulary, misses, miss, ownEvidence, frequencyOnly, countLike, corroborate, general, frequent, headingOrCount, tagOrEcho, tagFiles, weakEnglish, everydayEnglish };
}

/**
 * `1 - score` of each candidate whose evidence (signal, file, line) was not seen before in the list. Extraction
 * orders candidates by file and line, so evidence at one place is a contiguous run: comparing with that run
 * replaces a set of per-candidate id strings. Input in any other order falls back to the set.
 */
function distinctMisses(list: Candidate[]): number[] {
  const misses: number[] = [];
  const slot = new Int32Array(list.length);
  let runStart = 0;
  for (let i = 0; i < list.length; i++) {
    const p = list[i].provenance;
    if (i > 0) {
      const q = list[i - 1].provenance;
      if (p.file !== q.file || p.line !== q.line) {
        const ordered = p.file > q.file || (p.file === q.file && p.line > q.line);
        if (!ordered) return distinctMissesUnordered(list);
        runStart = i;
      }
    }
    // One piece of evidence per signal and line, counted at its strongest: a list on a line where the word was
    // also counted in prose is the list's evidence, whichever of the two came first.
    let seen = -1;
    for (let j = runStart; j < i && seen === -1; j++) if (list[j].signal === list[i].signal) seen = slot[j];
    if (seen === -1) {
      slot[i] = misses.length;
      misses.push(missOf(list[i]));
    } else {
      slot[i] = seen;
      misses[seen] = Math.min(misses[seen], missOf(list[i]));
    }
  }
  return misses;
}

function distinctMissesUnordered(list: Candidate[]): number[] {
  const seen = new Map<string, number>();
  const misses: number[] = [];
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    const id = `${c.signal}\u0000${c.provenance.file}\u0000${c.provenance.line}`;
    const at = seen.get(id);
    if (at !== undefined) {
      misses[at] = Math.min(misses[at], missOf(c));
      continue;
    }
    seen.set(id, misses.length);
    misses.push(missOf(c));
  }
  return misses;
}

function missOf(c: Candidate): number {
  return 1 - Math.min(1, Math.max(0, c.score));
}

/**
 * Below this a count in prose does not propose its word, it only echoes a word other evidence named (the statistical
 * pass scores such a count 0.25; a term the counts propose on their own scores from 0.4).
 */
const ECHO = 0.3;

/** A count in prose too weak to propose its word alone: the prose repeats a word a tag or a heading gave. */
function isEcho(c: Candidate, counted = isFrequencyOnly(c)): boolean {
  return counted && c.score < ECHO;
}

/** Statistical evidence that is a count in prose, not a list the author wrote. */
function isFrequencyOnly(c: Candidate): boolean {
  return c.signal === 'statistical' && !c.provenance.excerpt.startsWith('enumeration:');
}

/**
 * The list pass's weakest score (enumeration.ts): an item of a list it found by shape alone, neither named by the
 * list's introduction nor of a family with its siblings.
 */
const WEAK_LIST = 0.2;

/**
 * A count in prose, or a list item the list pass scored weak: a general word (网卡) that a list of a sentence's
 * objects or steps holds is there as prose is, not named as a term.
 */
function isCountLike(c: Candidate, counted = isFrequencyOnly(c)): boolean {
  return counted || (c.signal === 'statistical' && c.score <= WEAK_LIST);
}

/** The candidates' keys by root (aliases without candidates of their own are not in `facts`). */
function groupsOf(sets: UnionFind, facts: Map<string, KeyFacts>): Groups {
  return byRoot(sets, facts.keys());
}

/**
 * Roots whose evidence adds up: noisy-OR over distinct pieces of evidence; the vocabulary always passes.
 * The factors are multiplied in candidate order, so the product is bit-for-bit the one over the whole group.
 * A group made only of keys shaped like descriptions or verb phrases (needsCorroboration) needs two pieces.
 */
function acceptedRoots(groups: Groups, facts: Map<string, KeyFacts>): Set<string> {
  const accepted = new Set<string>();
  for (const [root, keys] of groups) {
    if (keys.some((key) => facts.get(key)!.vocabulary || facts.get(key)!.namedKind)) accepted.add(root);
    else if (1 - groupMiss(keys, facts) >= ACCEPT && !uncorroborated(keys, facts)) accepted.add(root);
  }
  return accepted;
}

/**
 * Every key of the group is a word of general Chinese (服务器, 像素, 客户端) known only from counts in prose and
 * weak list mentions (isCountLike): technical prose repeats its general words as often as its terms, so a count
 * says nothing, nor does a list found by shape alone. A term that is such a word comes with a definition, a named
 * list or a translation too, or heads compounds folded into it. A frequent word
 * (工具, 数据, 可靠性) on a heading too names a section of the argument (四、工具), not a term.
 */
function generalCount(keys: readonly string[], facts: Map<string, KeyFacts>): boolean {
  if (keys.length === 0) return false;
  for (const key of keys) {
    const f = facts.get(key)!;
    if (!(f.general && f.countLike) && !(f.frequent && f.headingOrCount)) return false;
  }
  return true;
}

/**
 * jieba frequency from which a general Chinese word is everyday enough that a vault naming kinds of it as terms
 * (消息队列, 虚拟内存, 叶子节点, 倒排列表, 隐向量) does not make the word itself one: 内存 884, 列表 480, 节点 451,
 * 向量 248. Below, the word is technical vocabulary whose counted compounds do build its concept (内核 178 of Linux
 * 内核 and 宿主机内核, 队列 180 of 就绪队列).
 */
const EVERYDAY_HEAD = 200;

/**
 * The Han keys of accepted concepts that have evidence of their own beyond counts (a definition, a heading, a named
 * list, a translation): the terms a vault names. One pass over the keys, before the last judgement.
 */
function namedKindsOf(byKey: Map<string, Candidate[]>, facts: Map<string, KeyFacts>, sets: UnionFind, accepted: Set<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const key of byKey.keys()) {
    if (hasHan(key) && !facts.get(key)!.countLike && accepted.has(sets.find(key))) out.set(key, sets.find(key));
  }
  return out;
}

/**
 * A group that an everyday Chinese word (EVERYDAY_HEAD) heads, built on counts alone (内存 with 物理内存 folded into
 * it), while the vault names other kinds of that word as terms with evidence of their own (虚拟内存, 共享内存): the
 * word is what those terms share, the prose's word for the general thing, not a concept of its own. A word whose
 * kinds are only counted keeps its page (内核 heading 宿主机内核, 主线内核: the vault's subject, see the head-of
 * boost in extract/index.ts).
 */
function countedGeneralHead(root: string, keys: readonly string[], facts: Map<string, KeyFacts>, namedKinds: Map<string, string>): boolean {
  if (keys.length === 0) return false;
  let head = '';
  for (const key of keys) {
    const f = facts.get(key)!;
    if (!f.countLike) return false;
    if (f.frequent && (head === '' || key.length < head.length)) head = key;
  }
  if (head === '' || !HAN_ONLY.test(head) || !keys.every((k) => k.endsWith(head)) || backgroundFrequency(head) < EVERYDAY_HEAD) return false;
  for (const [kind, kindRoot] of namedKinds) if (kindRoot !== root && kind.length > head.length && kind.endsWith(head)) return true;
  return false;
}

/**
 * Evidence that does not single out an English word as a term of the notes: a count that only echoes it (< ECHO; a
 * count scored higher found it capitalised mid-sentence or in Chinese prose, as names are written), a list item, a
 * heading, a tag, an emphasis, a label line or a bare `X is` (0.4–0.5). A definition sentence (`A pass is one…`,
 * 0.35; `X, called…`, 0.55 and up), a translation, an abbreviation, a title, a wikilink or the vocabulary are strong.
 */
function isWeakEnglishEvidence(c: Candidate): boolean {
  switch (c.signal) {
    case 'statistical':
      return c.score < ECHO || c.provenance.excerpt.startsWith('enumeration:');
    case 'heading':
    case 'tag':
      return true;
    case 'definition':
      return c.score <= WEAK_DEFINITION && (c.score >= 0.4 || c.provenance.excerpt.startsWith('emphasis:'));
    default:
      return false;
  }
}

/**
 * Every key of the group is an everyday English word (EVERYDAY_ENGLISH) written in lower case, with only weak
 * evidence (isWeakEnglishEvidence), that the notes using it use less than ENGLISH_KEYNESS times as often as everyday
 * speech: a word of the prose (push, test, fails), not one of its subjects. `noteWords` is a note's average size in
 * words (0: unknown, nothing is judged). Uses and notes are the statistical pass's count (`3× in 2 notes`); a word it
 * did not count (fewer than three uses) counts once, in the notes its evidence is in.
 */
function everydayEnglish(keys: readonly string[], facts: Map<string, KeyFacts>, noteWords: number): boolean {
  if (keys.length === 0 || noteWords === 0) return false;
  let uses = 1;
  let rate = Infinity;
  const files = new Set<string>();
  let counted = 0;
  for (const key of keys) {
    const f = facts.get(key)!;
    if (!f.weakEnglish || f.everydayEnglish < EVERYDAY_ENGLISH) return false;
    rate = Math.min(rate, f.everydayEnglish);
    for (const c of f.candidates) {
      files.add(c.provenance.file);
      const m = c.signal === 'statistical' ? USES.exec(c.provenance.excerpt) : null;
      if (m) {
        uses = Math.max(uses, Number(m[1]));
        counted = Math.max(counted, Number(m[2]));
      }
    }
  }
  const notes = Math.max(files.size, counted);
  return uses < ENGLISH_KEYNESS * ((rate * notes * noteWords) / SUBTLEX_WORDS);
}

/**
 * A group known only from counts of a Han surface that the text writes, every time (twice or more), before one and the
 * same Han character (相邻空闲 of 相邻空闲块, 拆成二阶 of 拆成二阶节, 手推雅 of 手推雅可比): the counting cut a longer
 * word short, and the surface is no word of the notes. A particle after it (的, 是: ZH_BOUNDARY) says nothing.
 */
function cutBeforeItsEnd(keys: readonly string[], facts: Map<string, KeyFacts>, textsByKey: Map<string, string[]>, following: Map<string, Following>): boolean {
  const word = cutCandidateWord(keys, facts, textsByKey);
  const found = word === undefined ? undefined : following.get(word);
  return found !== undefined && found.same && found.uses >= 2 && HAN_ONLY.test(found.next) && !ZH_BOUNDARY.has(found.next);
}

/** The Han surface cutBeforeItsEnd reads in the text for a group: its one key's one text, when only counts know it. */
function cutCandidateWord(keys: readonly string[], facts: Map<string, KeyFacts>, textsByKey: Map<string, string[]>): string | undefined {
  if (keys.length !== 1 || !facts.get(keys[0])!.frequencyOnly) return undefined;
  const texts = textsByKey.get(keys[0]) ?? [];
  return texts.length === 1 && HAN_ONLY.test(texts[0]) ? texts[0] : undefined;
}

/** What follows each word cutBeforeItsEnd may judge, read in one pass over the notes (none without notes). */
function followingJudgedWords(accepted: Set<string>, groups: Map<string, string[]>, facts: Map<string, KeyFacts>, textsByKey: Map<string, string[]>, notes: readonly Note[]): Map<string, Following> {
  const words: string[] = [];
  if (notes.length > 0) {
    for (const root of accepted) {
      const word = cutCandidateWord(groups.get(root) ?? [], facts, textsByKey);
      if (word !== undefined) words.push(word);
    }
  }
  return followingCharacters(words, notes.map((n) => n.text));
}

/** The excerpt of a list item the siblings pass proposes because named concepts open the other items (siblings.ts). */
const SIBLING_ITEM = 'enumeration: sibling of ';

/** One capitalised word: how a list item opens whatever it holds. */
const CAPITALISED_WORD = /^[A-Z][a-z]+$/u;

/**
 * A group whose only evidence is the first word of list items whose siblings open with named concepts, when that word
 * is an everyday English word written with the capital every item opens with (Bank of `Bank conflicts in shared
 * memory?` beside Warp and Host, Enough, Label, Product): the item's sentence opens with it, it names nothing. Names
 * in that place are no everyday words (gVisor, OpenVZ, bcrypt, Pinning).
 */
function everydaySiblingOpener(keys: readonly string[], facts: Map<string, KeyFacts>): boolean {
  if (keys.length === 0) return false;
  for (const key of keys) {
    for (const c of facts.get(key)!.candidates) {
      if (c.signal !== 'statistical' || !c.provenance.excerpt.startsWith(SIBLING_ITEM)) return false;
      if (!CAPITALISED_WORD.test(c.surface) || englishFrequency(c.surface) < EVERYDAY_ENGLISH) return false;
    }
  }
  return true;
}

/** One Latin word (IoT, Bell): the surfaces countedModifier reads in the text. */
const LATIN_WORD = /^[A-Za-z][A-Za-z0-9]*$/u;

/** A letter, digit or underscore: what may not touch a word at either end for it to be that word. */
function isWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** The lower-case word that starts at `at` (`state` of `state:`), or '' when a lower-case letter does not. */
function lowerWordAt(text: string, at: number): string {
  let end = at;
  while (end < text.length && ((text.charCodeAt(end) >= 97 && text.charCodeAt(end) <= 122) || text.charCodeAt(end) === 45)) end++;
  return text.slice(at, end);
}

/**
 * A group known only from counts of one Latin word that the text writes, nearly every time, as the first word of a
 * longer name (Bell of `Bell state`, `Bell pair`; Hadamard of `Hadamard gate`; IoT of `IoT devices`), at least one of
 * which the vault names itself (a key of its own): the word is a modifier of those names, not a concept. A name the
 * text uses on its own (`Rc<T>`, `with InnoDB`, `Hypothesis can…`) at least twice, or at least a quarter of the
 * time, stays. Reads the notes only for such groups (a handful per vault): an indexOf per note and use.
 */
function countedModifier(keys: readonly string[], facts: Map<string, KeyFacts>, textsByKey: Map<string, string[]>, byKey: Map<string, Candidate[]>, notes: readonly Note[]): boolean {
  if (keys.length !== 1 || notes.length === 0 || !facts.get(keys[0])!.frequencyOnly) return false;
  const texts = textsByKey.get(keys[0]) ?? [];
  if (texts.length === 0 || !texts.every((t) => LATIN_WORD.test(t))) return false;
  let modifier = 0;
  let alone = 0;
  let named = false;
  for (const word of texts) {
    const stopped = eachWholeWord(word, notes, (text, end) => {
      const next = text.charCodeAt(end) === 32 ? lowerWordAt(text, end + 1) : '';
      if (next.length < 2 || EN_FUNCTION_WORDS.has(next)) return ++alone >= 2;
      modifier++;
      named ||= byKey.has(normaliseKey(`${word} ${next}`));
      return false;
    });
    if (stopped) return false;
  }
  return named && modifier >= 2 && modifier >= 3 * alone;
}

/**
 * A lone English word known only from headings, table cells and counts that the prose writes, every time, as the
 * modifier of a name the vault has as a concept: `prime` and `zoom` of a heading `Prime vs zoom` and a table's
 * header, where the prose says prime lens and zoom lens; `plagal` of a table's cell beside plagal cadence. The
 * heading and the cells leave the shared head unwritten; the word is no concept alone. Headings and table rows are
 * not read as prose here (they are where the head goes unwritten), and one use alone in prose keeps the word.
 */
function modifierInProse(root: string, keys: readonly string[], facts: Map<string, KeyFacts>, textsByKey: Map<string, string[]>, sets: UnionFind, accepted: Set<string>, notes: readonly Note[]): boolean {
  if (keys.length !== 1 || notes.length === 0) return false;
  const list = facts.get(keys[0])!.candidates;
  for (let i = 0; i < list.length; i++) if (list[i].signal !== 'heading' && list[i].signal !== 'statistical') return false;
  const texts = textsByKey.get(keys[0]) ?? [];
  if (texts.length === 0 || !texts.every((t) => LATIN_WORD.test(t))) return false;
  let modifier = 0;
  for (const word of texts) {
    const alone = eachWholeWord(word, notes, (text, end, at) => {
      if (inHeadingOrTableRow(text, at)) return false;
      const next = text.charCodeAt(end) === 32 ? lowerWordAt(text, end + 1) : '';
      if (next.length < 2 || !isOtherConcept(normaliseKey(`${word} ${next}`), root, sets, accepted)) return true;
      modifier++;
      return false;
    });
    if (alone) return false;
  }
  return modifier > 0;
}

/** Whether the line holding `at` is a heading or a table row (its first non-space character is `#` or `|`). */
function inHeadingOrTableRow(text: string, at: number): boolean {
  let start = text.lastIndexOf('\n', at - 1) + 1;
  while (start < at && text.charCodeAt(start) === 32) start++;
  const code = text.charCodeAt(start);
  return code === 35 || code === 124;
}

/** Capitalised Latin words (Encrypt, Layout Shift): a name's spelling, whose writing in the text nameTail reads. */
const CAPITALISED_LATIN = /^[A-Z][A-Za-z0-9]*(?: [A-Z][A-Za-z0-9]*)*$/u;

/**
 * A group known only from counts of a capitalised Latin surface that the text writes, every time but at most one in
 * four, right after another capitalised word (Shift of `Cumulative Layout Shift`, Lake of `Delta Lake`) or a
 * possessive (Encrypt of `Let's Encrypt`): the tail of a longer name the counting cut, not a name of its own. The
 * mirror of countedModifier; reads the notes only for such groups.
 */
function countedNameTail(keys: readonly string[], facts: Map<string, KeyFacts>, textsByKey: Map<string, string[]>, notes: readonly Note[]): boolean {
  if (keys.length !== 1 || notes.length === 0 || !facts.get(keys[0])!.frequencyOnly) return false;
  const texts = textsByKey.get(keys[0]) ?? [];
  if (texts.length === 0 || !texts.every((t) => CAPITALISED_LATIN.test(t))) return false;
  let tail = 0;
  let alone = 0;
  for (const word of texts) {
    eachWholeWord(word, notes, (text, _end, at) => {
      if (followsAName(text, at)) tail++;
      else alone++;
      return false;
    });
  }
  return tail >= 2 && tail >= 3 * alone;
}

/**
 * Calls `visit` at each use of `word` in the notes that stands as a whole word (no word character either side), until
 * it returns true; returns whether it did. For the few rules that read a word's neighbours in the text itself.
 */
function eachWholeWord(word: string, notes: readonly Note[], visit: (text: string, end: number, at: number) => boolean): boolean {
  return eachUse(word, notes, (text, end, at) => {
    if ((at > 0 && isWordCode(text.charCodeAt(at - 1))) || (end < text.length && isWordCode(text.charCodeAt(end)))) return false;
    return visit(text, end, at);
  });
}

/** Calls `visit` at each use of `written` in the notes, in note order, until it returns true; returns whether it did. */
function eachUse(written: string, notes: readonly Note[], visit: (text: string, end: number, at: number) => boolean): boolean {
  for (let n = 0; n < notes.length; n++) {
    const text = notes[n].text;
    for (let at = text.indexOf(written); at !== -1; at = text.indexOf(written, at + written.length)) {
      if (visit(text, at + written.length, at)) return true;
    }
  }
  return false;
}

/** Whether the word at `at` follows a capitalised word and a space, or a possessive `'s ` (Let's Encrypt). */
function followsAName(text: string, at: number): boolean {
  if (at < 3 || text.charCodeAt(at - 1) !== 32) return false;
  if (text.startsWith("'s", at - 3) || text.startsWith('’s', at - 3)) return true;
  let start = at - 1;
  while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--;
  const code = text.charCodeAt(start);
  return start < at - 1 && code >= 65 && code <= 90;
}

/** `(3× in 2 notes)`: uses and notes, as the statistical pass writes them into its excerpt. */
const USES = /\((\d+)× in (\d+) notes?\)$/u;

/**
 * A note's tag is a category (security, GPU, SRE, storage): with only the prose echoing the word, it names a concept
 * when it tags at least half the notes, where the category is the notes' subject (git in notes on git). A tag on a
 * few notes files them under a heading of the vault, which the notes mention without naming a concept of theirs.
 */
function categoryTag(keys: readonly string[], facts: Map<string, KeyFacts>, notes: number): boolean {
  const tagged = new Set<string>();
  for (const key of keys) {
    const f = facts.get(key)!;
    if (!f.tagOrEcho) return false;
    for (const file of f.tagFiles) tagged.add(file);
  }
  return tagged.size > 0 && tagged.size * 2 < notes;
}

/**
 * Every key of the group needs corroboration and the group's evidence stands at one place only. Places, not
 * signals: a note's H1 is both its title and a heading, and a label line both a label and a count, on one line
 * (`# Storing passwords` is one piece of evidence, not two).
 */
function uncorroborated(keys: readonly string[], facts: Map<string, KeyFacts>): boolean {
  let first: Candidate | undefined;
  for (const key of keys) if (!facts.get(key)!.corroborate) return false;
  for (const key of keys) {
    for (const c of facts.get(key)!.candidates) {
      if (!first) first = c;
      else if (c.provenance.line !== first.provenance.line || c.provenance.file !== first.provenance.file) return false;
    }
  }
  return true;
}

/** The product of a group's factors in candidate order; a key alone brings its own product (same bits). */
function groupMiss(keys: readonly string[], facts: Map<string, KeyFacts>): number {
  if (keys.length === 1) return facts.get(keys[0])!.miss;
  let miss = 1;
  for (const key of keys) {
    const { misses } = facts.get(key)!;
    for (let i = 0; i < misses.length; i++) miss *= misses[i];
  }
  return miss;
}

/** Every key the sets know (aliases too), by root, in the order the keys were first seen. */
function allKeysByRoot(sets: UnionFind): Map<string, string[]> {
  return byRoot(sets, sets.keys());
}

function byRoot(sets: UnionFind, keys: Iterable<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const key of keys) {
    const root = sets.find(key);
    const list = out.get(root);
    if (list) list.push(key);
    else out.set(root, [key]);
  }
  return out;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
