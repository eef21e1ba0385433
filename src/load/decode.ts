/**
 * Bytes → text. Knows UTF-8 (with or without BOM) and UTF-16 (with a BOM, or recognised by its NUL pattern);
 * refuses binary data. Invalid UTF-8 is decoded with replacement characters and reported at its line, control
 * characters that HTML cannot carry are replaced by U+FFFD (same length, so offsets stay put) and reported, so
 * the note still gets a page. Does not parse anything.
 */
export interface DecodeWarning {
  code: 'encoding' | 'control-characters';
  message: string;
  line: number;
  column: number;
}

export type Decoded =
  | { ok: true; text: string; warnings: DecodeWarning[] }
  | { ok: false; reason: string };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

export function decodeNote(bytes: Uint8Array): Decoded {
  const warnings: DecodeWarning[] = [];
  let raw: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) raw = new TextDecoder('utf-16le').decode(bytes);
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) raw = new TextDecoder('utf-16be').decode(bytes);
  else {
    const utf16 = guessUtf16(bytes);
    if (utf16) {
      raw = new TextDecoder(utf16).decode(bytes);
      warnings.push({ code: 'encoding', message: `file looks like ${utf16.toUpperCase()} without a byte order mark; decoded as such`, line: 1, column: 1 });
    } else if (looksBinary(bytes)) {
      return { ok: false, reason: 'file holds binary data (NUL bytes), not text' };
    } else {
      try {
        raw = strictUtf8.decode(bytes);
      } catch {
        raw = lenientUtf8.decode(bytes);
        const at = locate(normaliseNewlines(raw), normaliseNewlines(raw).indexOf('\uFFFD'));
        warnings.push({ code: 'encoding', message: 'file is not valid UTF-8; undecodable bytes are shown as \uFFFD', ...at });
      }
    }
  }
  const text = replaceControls(normaliseNewlines(raw), warnings);
  return { ok: true, text, warnings };
}

/**
 * UTF-16 without a BOM: ASCII-range text has a NUL in every other byte. Requires most of the sampled pairs
 * to look like that, so binary files with scattered NULs are not mistaken for text.
 */
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const end = Math.min(bytes.length, 8192) & ~1;
  if (end < 4) return undefined;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = end / 2;
  if (oddNul >= pairs * 0.6 && evenNul === 0) return 'utf-16le';
  if (evenNul >= pairs * 0.6 && oddNul === 0) return 'utf-16be';
  return undefined;
}

/** NUL bytes do not occur in text files in any encoding we accept without a BOM. */
function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8192);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

export function normaliseNewlines(text: string): string {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return withoutBom.includes('\r') ? withoutBom.replace(/\r\n?/g, '\n') : withoutBom;
}

/** C0/C1 controls (but tab and newline), DEL, and noncharacters are not allowed in HTML text. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]/g;

function replaceControls(text: string, warnings: DecodeWarning[]): string {
  CONTROL.lastIndex = 0;
  const first = CONTROL.exec(text);
  if (!first) return text;
  warnings.push({ code: 'control-characters', message: 'file contains control characters that a web page cannot show; they are replaced by \uFFFD', ...locate(text, first.index) });
  return text.replace(CONTROL, '\uFFFD');
}

function locate(text: string, offset: number): { line: number; column: number } {
  if (offset < 0) return { line: 1, column: 1 };
  const before = text.slice(0, offset);
  const nl = before.lastIndexOf('\n');
  let line = 1;
  for (let i = before.indexOf('\n'); i !== -1; i = before.indexOf('\n', i + 1)) line++;
  return { line, column: offset - nl };
}
