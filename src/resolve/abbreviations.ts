/**
 * Two spellings of one name that no parenthetical binds, matched on the few hundred accepted keys:
 *
 * - A Latin name and the Chinese compound of it with a classifier noun (CAP定理 for CAP, BASE理论 for BASE,
 *   CP系统 for CP, TCP协议 for TCP): the classifier says what kind of thing the name is, not a narrower thing.
 *   The list is general language: nouns that name a kind of idea or artefact.
 * - A clipped name and its full form when each capital-led piece of the clipping opens the matching word of
 *   the full form (OTel for OpenTelemetry, VByte for Variable Byte, MQ for Message Queue): the author never wrote
 *   `Full (ABBR)`, but the letters say what the clipping stands for.
 * - A name and its one dotted or hyphenated version (OAuth 2.0 for OAuth, AMQP 0-9-1 for AMQP), when the vault
 *   names no other version of it.
 * - Chinese compounds that differ only by a 层/级 ("level") between two words (硬件层虚拟化, 硬件虚拟化).
 * - A one-word gerund and its word (Rebasing, rebase); a modifier written alone and the one term it opens
 *   (out-of-order, out-of-order execution); an -ity quality and the one term its adjective opens (Hermeticity,
 *   hermetic build).
 */

/** Classifier nouns: what kind of idea or artefact a name is. General Chinese, no domain terms. */
const CLASSIFIER = /^([a-z][a-z0-9.+#-]*)(定理|定律|理论|原理|原则|系统|协议|算法|模型|模式|框架|机制|架构)$/u;

/** `cap定理` → `cap`: the Latin name a classifier compound's key opens with (keys have no space at the Latin/Han seam). */
export function classifierBase(key: string): string | undefined {
  return CLASSIFIER.exec(key)?.[1];
}

/** A clipping: one token of capital-led pieces, at least two (OTel, VByte, MQ); no digits or separators. */
const CLIPPING = /^(?:\p{Lu}\p{Ll}*){2,}$/u;

/** `OTel` → [o, tel]. */
export function clippingPieces(surface: string): string[] | undefined {
  if (!CLIPPING.test(surface)) return undefined;
  return surface.match(/\p{Lu}\p{Ll}*/gu)!.map((p) => p.toLowerCase());
}

/** `OpenTelemetry` → [open, telemetry]; `Variable Byte` → [variable, byte]: words split at spaces, hyphens and lower→upper seams. */
export function nameWords(surface: string): string[] {
  return surface
    .replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2')
    .split(/[\s-]+/u)
    .filter((w) => w !== '')
    .map((w) => w.toLowerCase());
}

/**
 * Whether `clipping` is a clipped form of `full`: as many pieces as words, each piece opens its word, the
 * clipping shorter than the full form, and the full form has only Latin letters.
 */
export function isClippingOf(clipping: string, full: string): boolean {
  const pieces = clippingPieces(clipping);
  if (!pieces || !/^[A-Za-z][A-Za-z\s-]*$/u.test(full)) return false;
  const words = nameWords(full);
  if (words.length !== pieces.length) return false;
  let shorter = false;
  for (let i = 0; i < words.length; i++) {
    if (!words[i].startsWith(pieces[i])) return false;
    if (pieces[i].length < words[i].length) shorter = true;
  }
  return shorter;
}

/**
 * `oauth 2.0` → `oauth`, `amqp 0-9-1` → `amqp`: a name and a version number, dotted of two parts or more, or
 * hyphenated of three parts of one or two digits: two hyphenated numbers are a range (`layer 2-3`, `ch 3-4`), a
 * longer part a standard's part (`iso 8601-1`) or a date.
 */
const VERSIONED = /^(.*[a-z].*) v?(?:\d+(?:\.\d+)+|\d{1,2}(?:-\d{1,2}){2,})$/u;

export function versionBase(key: string): string | undefined {
  return VERSIONED.exec(key)?.[1];
}

/**
 * `操作系统层虚拟化`, `操作系统级虚拟化` → `操作系统虚拟化`: 层 and 级 ("level") between two words of two characters
 * or more say at what level the thing is, and writers put either or none.
 */
const LEVEL = /(?<=\p{Script=Han}{2})[层级](?=\p{Script=Han}{2})/gu;

export function levelFree(key: string): string | undefined {
  const out = key.replace(LEVEL, '');
  return out === key ? undefined : out;
}

/**
 * `pipelining` → [pipelin, pipeline]; `mipmapping` → [mipmapp, mipmappe, mipmap]: the words a one-word gerund may
 * be made of (the stem as is, with its final e back, with a doubled consonant undone). The activity and the thing
 * a technical vault names with one word (pipeline/pipelining, rebase/rebasing) are one idea.
 */
export function gerundBases(key: string): string[] {
  const m = /^([a-z][a-z-]{2,})ing$/u.exec(key);
  if (!m) return [];
  const stem = m[1];
  // `string` is no gerund of `str`: a stem has a vowel.
  if (!/[aeiouy]/u.test(stem)) return [];
  const out = [stem, `${stem}e`];
  // `setting` is not `set`, `mapping` not `map`: a doubled consonant is undone for a word of four letters or more.
  if (/([b-df-hj-np-tv-z])\1$/u.test(stem) && stem.length >= 5) out.push(stem.slice(0, -1));
  return out;
}

/**
 * A modifier written alone (`out-of-order`, `round-trip`, `serializable`): a hyphenated compound or a word with an
 * adjective's ending, that the prose uses for the one term it modifies (out-of-order execution).
 */
export function isModifierSurface(text: string): boolean {
  // Parts of two letters or more (`B-tree` is a name, not a modifier); no -ic ending (topic, logic are nouns).
  return /^[A-Za-z]{2,}(?:-[A-Za-z]{2,})+$/u.test(text) || /^[A-Za-z][a-z]{2,}(?:able|ible|ive|ous|ful|less)$/u.test(text);
}

/**
 * `hermeticity` → [hermetic, hermetice]; `purity` → [pur, pure]; `immutability` → [immutable]: the adjectives a
 * one-word quality noun in -ity may be made of.
 */
export function qualityBases(key: string): string[] {
  const m = /^([a-z]{3,})ity$/u.exec(key);
  if (!m) return [];
  const stem = m[1];
  if (/[ai]bil$/u.test(stem)) return [`${stem.slice(0, -3)}ble`];
  return [stem, `${stem}e`];
}
