// What a request says of its body's bytes, checked before the body is read: the Content-Encoding put
// on them and the charset of its text. One we cannot read is answered 415 at once: read as UTF-8 text,
// deflate or brotli bytes gave a "not a bounce" result, and an unknown charset garbled every accent.
import { gunzip, isGzip, type UnpackFailure } from '../archive/gunzip.js';
import { textDecoder } from '../message/windows-1252.js';

/**
 * The Content-Encoding of a body: none (identity), gzip (x-gzip is its old name, RFC 9110 §8.4.1.3),
 * or one we do not unpack. Deflate and brotli are refused rather than unpacked: gzip is what tools
 * upload (a rotated log is already .gz), and its unpacking (src/archive/gunzip.ts) is the one bounded
 * against a small body that unpacks to gigabytes.
 */
export type BodyCoding = 'identity' | 'gzip' | { unsupported: string };

/** Codings shown in an answer: a header of any length is cut to this. */
const MAX_SHOWN = 100;

export function bodyCoding(header: string | undefined): BodyCoding {
  const codings = (header ?? '').split(',').map((s) => s.trim().toLowerCase()).filter((s) => s && s !== 'identity');
  if (codings.length === 0) return 'identity';
  if (codings.length === 1 && (codings[0] === 'gzip' || codings[0] === 'x-gzip')) return 'gzip';
  return { unsupported: codings.join(', ').slice(0, MAX_SHOWN) };
}

/** The charset of a Content-Type's parameters ("charset=utf-8", "charset=\"iso-8859-1\""); null when none. */
export function charsetParam(params: readonly string[]): string | null {
  for (const p of params) {
    const value = /^charset\s*=\s*"?([^";\s][^";]*)"?$/i.exec(p)?.[1]?.trim();
    if (value) return value.slice(0, MAX_SHOWN);
  }
  return null;
}

/** Whether this runtime's TextDecoder reads the charset (its WHATWG labels: "latin1", "windows-1252", "utf-16le"...). */
export function knownCharset(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/**
 * A JSON body's text: a gzip one (by its magic bytes, as a raw body is told, whatever the headers
 * say) unpacked first within the cap of every gzip input, then decoded with its charset (UTF-8 unless
 * it names another: RFC 8259 asks for UTF-8, but what a client declared is what it sent).
 */
export async function jsonBodyText(bytes: Uint8Array, charset: string | null): Promise<{ text: string } | { failure: UnpackFailure }> {
  const unpacked = isGzip(bytes) ? await gunzip(bytes) : bytes;
  if (typeof unpacked === 'string') return { failure: unpacked };
  return { text: textDecoder(charset ?? 'utf-8').decode(unpacked) };
}
