/**
 * Bytes → text. Knows UTF-8 (with or without BOM) and UTF-16 with a BOM; refuses binary data.
 * Invalid UTF-8 is decoded with replacement characters and reported, so the note still gets a page.
 */
export type Decoded =
  | { ok: true; text: string; warning?: string }
  | { ok: false; reason: string };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const lenientUtf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

export function decodeNote(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: normaliseNewlines(new TextDecoder('utf-16le').decode(bytes)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: normaliseNewlines(new TextDecoder('utf-16be').decode(bytes)) };
  if (looksBinary(bytes)) return { ok: false, reason: 'file holds binary data (NUL bytes), not text' };
  try {
    return { ok: true, text: normaliseNewlines(strictUtf8.decode(bytes)) };
  } catch {
    return {
      ok: true,
      text: normaliseNewlines(lenientUtf8.decode(bytes)),
      warning: 'file is not valid UTF-8; undecodable bytes are shown as \uFFFD',
    };
  }
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
