/**
 * The only place that mints NoteId and ConceptId. Slugs keep Chinese (and any other letters) as they are,
 * so `/concepts/容器/` is readable and stable; they are lower-cased so case-only differences cannot collide
 * on case-insensitive file systems (macOS, Windows), and never empty, reserved or path-escaping.
 */
import { createHash } from 'node:crypto';
import type { ConceptId, NoteId } from './types.js';

const MAX_LENGTH = 80;
/** Names that would shadow files Eleventy or the host treats specially inside a folder. */
const RESERVED = new Set(['', '.', '..', 'index', 'con', 'prn', 'aux', 'nul', '__proto__', 'constructor', 'prototype']);

/** Slug of one path segment or label: NFKC, lower case, letters/numbers/marks kept, everything else → `-`. */
export function slugify(text: string): string {
  const slug = spellNameSigns(text.normalize('NFKC'))
    .toLowerCase()
    .replace(/['’`]/g, '')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return truncate(slug);
}

/**
 * `#` and `+` written right after a letter or digit are part of a name (C#, F#, C++, g++, Notepad++): dropped like
 * other punctuation, C, C# and C++ would share one slug, and which of them got `c` would depend on which came first.
 */
function spellNameSigns(text: string): string {
  return text.replace(/(?<=[\p{L}\p{N}])(#|\++)(?![\p{L}\p{N}])/gu, (signs) => (signs === '#' ? '-sharp' : '-plus'.repeat(signs.length)));
}

function truncate(slug: string): string {
  const chars = Array.from(slug);
  if (chars.length <= MAX_LENGTH) return slug;
  return chars.slice(0, MAX_LENGTH).join('').replace(/-+$/, '');
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 8);
}

/** A safe slug: falls back to a hash for text with no letters (emoji, punctuation) and escapes reserved names. */
export function safeSlug(text: string, fallbackPrefix: string): string {
  const slug = slugify(text);
  if (!slug) return `${fallbackPrefix}-${shortHash(text)}`;
  if (RESERVED.has(slug)) return `${slug}-${fallbackPrefix}`;
  return slug;
}

/**
 * Allocates unique slugs. Callers must feed keys in a deterministic order (sorted), so the n-th
 * duplicate always gets the same `-n` suffix on every build.
 */
export class SlugAllocator {
  private readonly taken = new Set<string>();
  allocate(slug: string): string {
    let candidate = slug;
    for (let n = 2; this.taken.has(candidate); n++) candidate = `${slug}-${n}`;
    this.taken.add(candidate);
    return candidate;
  }
}

/** Note id from its relative path: each folder segment slugged, `.md` dropped, `/` kept. */
export function noteSlug(relativePath: string): string {
  const withoutExt = relativePath.replace(/\.(md|markdown)$/i, '');
  return withoutExt
    .split('/')
    .map((segment) => safeSlug(segment, 'note'))
    .join('/');
}

export function makeNoteId(slug: string): NoteId {
  return slug as NoteId;
}

export function makeConceptId(slug: string): ConceptId {
  return slug as ConceptId;
}

export function noteUrl(id: NoteId): string {
  return `/notes/${id}/`;
}

export function conceptUrl(id: ConceptId): string {
  return `/concepts/${id}/`;
}
