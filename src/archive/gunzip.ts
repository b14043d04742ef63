// A gzip file given to the web page or the API (a rotated mail.log.2.gz, a compressed mbox or message)
// is unpacked before it is read, as the command line unpacks it with zlib. DecompressionStream is in
// every browser the page supports and in Node 18+, so the page and the server share this code.
import { MAX_MESSAGE_BYTES } from '../message/limits.js';
import { joinBytes } from './join-bytes.js';

/**
 * Unpacked bytes read at most: a gzip file of a few kilobytes can unpack to gigabytes. Beyond this the
 * input is left packed, and its answer says to unpack it (or to give it to the command line, which
 * streams it).
 */
export const MAX_UNPACKED_BYTES = 8 * MAX_MESSAGE_BYTES;

/** The two bytes that open every gzip file (RFC 1952 §2.3.1). */
export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/**
 * Why bytes could not be unpacked: more than the cap allowed, or damaged (cut short, corrupt, or no
 * DecompressionStream in this browser).
 */
export type UnpackFailure = 'too-large' | 'damaged';

/** The bytes a gzip file holds, or why they cannot be had here. */
export function gunzip(bytes: Uint8Array, max = MAX_UNPACKED_BYTES): Promise<Uint8Array | UnpackFailure> {
  return decompress(bytes, 'gzip', max);
}

/** The bytes of a zip entry stored with Deflate (RFC 1951, no gzip wrapper), or why not. */
export function inflateRaw(bytes: Uint8Array, max = MAX_UNPACKED_BYTES): Promise<Uint8Array | UnpackFailure> {
  return decompress(bytes, 'deflate-raw', max);
}

async function decompress(bytes: Uint8Array, format: 'gzip' | 'deflate-raw', max: number): Promise<Uint8Array | UnpackFailure> {
  if (typeof DecompressionStream === 'undefined') return 'damaged';
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    // (a view of a plain ArrayBuffer: inputs are never shared memory, which TypeScript cannot know)
    const reader = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream(format)).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > max) {
        await reader.cancel();
        return 'too-large';
      }
      chunks.push(value);
    }
  } catch {
    return 'damaged'; // or cut short
  }
  return joinBytes(chunks, size);
}
