// The Content-Transfer-Encoding decodings the MIME reader needs, giving the bytes postal-mime's
// decoders give: base64 (forgiving, as mailers write it) and quoted-printable. 7bit, 8bit and binary
// bodies are their lines as they are (MimeReader.decodeBody).
import { EQUALS, LF } from './ascii.js';

/** Bytes of the base64 alphabet and "=". */
export const BASE64 = new Uint8Array(256);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=') BASE64[c.charCodeAt(0)] = 1;

const BASE64_VALUE = new Uint8Array(256);
for (let i = 0; i < 64; i++) BASE64_VALUE['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.charCodeAt(i)] = i;

/**
 * Base64 text (alphabet and "=" only) -> bytes. "=" ends a unit (some mailers pad every line): each unit
 * is decoded on its own and a lone trailing character dropped, as postal-mime does.
 */
export function decodeBase64Units(src: Uint8Array, length: number): Uint8Array {
  const out = new Uint8Array(Math.floor((length * 3) / 4) + 3);
  let k = 0;
  let i = 0;
  while (i < length) {
    let end = i;
    while (end < length && src[end] !== EQUALS) end++;
    let len = end - i;
    if (len % 4 === 1) len--;
    const rest = len % 4;
    const full = i + len - rest;
    let j = i;
    for (; j < full; j += 4) {
      const a = BASE64_VALUE[src[j]!]!;
      const b = BASE64_VALUE[src[j + 1]!]!;
      const c = BASE64_VALUE[src[j + 2]!]!;
      const d = BASE64_VALUE[src[j + 3]!]!;
      out[k++] = (a << 2) | (b >> 4);
      out[k++] = ((b & 15) << 4) | (c >> 2);
      out[k++] = ((c & 3) << 6) | d;
    }
    if (rest >= 2) {
      const a = BASE64_VALUE[src[j]!]!;
      const b = BASE64_VALUE[src[j + 1]!]!;
      out[k++] = (a << 2) | (b >> 4);
      if (rest === 3) out[k++] = ((b & 15) << 4) | (BASE64_VALUE[src[j + 2]!]! >> 2);
    }
    i = end;
    while (i < length && src[i] === EQUALS) i++;
  }
  return out.subarray(0, k);
}

function hexNibble(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

/**
 * Quoted-printable body lines ([start, end) byte ranges without their line ends) -> bytes: "=XX"
 * decoded, a bad escape kept as written, each line ended by LF unless a soft break ("=" at its end)
 * joins it to the next.
 */
export function decodeQuotedPrintable(b: Uint8Array, r: number[]): Uint8Array {
  let size = 0;
  for (let i = 0; i < r.length; i += 2) size += r[i + 1]! - r[i]! + 1;
  const out = new Uint8Array(size);
  let k = 0;
  for (let i = 0; i < r.length; i += 2) {
    const start = r[i]!;
    let end = r[i + 1]!;
    const soft = end > start && b[end - 1] === EQUALS;
    if (soft) end--;
    for (let j = start; j < end; j++) {
      const c = b[j]!;
      if (c === EQUALS && j + 2 < end) {
        const high = hexNibble(b[j + 1]!);
        const low = high >= 0 ? hexNibble(b[j + 2]!) : -1;
        if (low >= 0) {
          out[k++] = (high << 4) | low;
          j += 2;
          continue;
        }
      }
      out[k++] = c;
    }
    if (!soft) out[k++] = LF;
  }
  return out.subarray(0, k);
}
