// What a file (or an uploaded body) holds, told from its first bytes: an e-mail, a text (a reply, a log
// line, a notice saved without its headers), nothing, or something that is no text at all. An e-mail
// goes to the message reader; a text reads as if it were pasted; the rest gets an answer that says so.
import { isCompoundFile } from './compound-file.js';
import { opensWithHeaders } from './header-block.js';
import { opensWithPrefixedLogLine } from '../reply/log-prefix.js';
import { strictDecoder } from './strict-decoder.js';

export type FileContent =
  | { kind: 'mail' }
  | { kind: 'text'; text: string }
  | { kind: 'empty' }
  /** Outlook's .msg files (and other Office documents): Compound File Binary containers. */
  | { kind: 'outlook' }
  /** gzip, bzip2, xz, zstd or zip: a rotated log (mail.log.2.gz) or a zipped export, to unpack first. */
  | { kind: 'compressed' }
  /** An image, a PDF, an archive... */
  | { kind: 'binary' };

/** Enough of a file's start to see whether a header block opens it (as src/message/read-message.ts looks). */
const HEAD_BYTES = 4096;

/** Longer names are not fields that open an e-mail. */
const MAX_FIELD_NAME = 76;

const utf8 = new TextDecoder();

export function fileContent(bytes: Uint8Array): FileContent {
  if (isCompoundFile(bytes)) return { kind: 'outlook' };
  if (isCompressed(bytes)) return { kind: 'compressed' };
  // JSON (an e-mail sending service's events): "{" and "[" may start a field name, never a real one
  // a comment line ("#Software: Microsoft Exchange Server", a message tracking log's first) opens no e-mail either
  // nor does a log line behind grep -H's file name ("mail.log:Nov 30 ..." opens as a field would)
  const noMail = opensLikeJson(bytes) || bytes[0] === 0x23 || opensWithPrefixedLogLine(bytes);
  // the bytes of every e-mail open with a field name: no need to decode them here (the reader will)
  if (!noMail && opensWithFieldName(bytes)) return { kind: 'mail' };
  const head = decodeText(bytes.subarray(0, HEAD_BYTES), true);
  // (UTF-16 text is read as text even when it holds a whole message: the message reader reads bytes)
  if (!noMail && !utf16(bytes) && opensWithHeaders(head)) return { kind: 'mail' };
  if (looksBinary(head)) return { kind: 'binary' };
  const text = decodeText(bytes, false);
  return text.trim() ? { kind: 'text', text } : { kind: 'empty' };
}

/**
 * The UTF-16 of a text: by the byte order mark it opens with, or, without one (some Windows programs
 * write none), when its start is Latin-1 text in UTF-16 (wideLatinText); else null.
 */
export function utf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  // (a NUL in one of the first two bytes, and not both, is the only start worth a look)
  if (bytes[1] === 0 && bytes[0] !== 0) return wideLatinText(bytes, 0) ? 'utf-16le' : null;
  if (bytes[0] === 0 && bytes[1] !== 0) return wideLatinText(bytes, 1) ? 'utf-16be' : null;
  return null;
}

/** Characters of a file's start that wideLatinText looks at. */
const WIDE_SAMPLE = 2048;

/**
 * Whether the bytes open as UTF-16 text without a byte order mark: in each of the sample's characters
 * (two bytes, `low` the index of the low one), the high byte NUL and the low one a text character
 * (tab, line end, printable ASCII or Latin-1), one in twenty at most being else (a dash or a quote past
 * Latin-1). A binary file has NULs here and there, never every second byte under text alone.
 */
function wideLatinText(bytes: Uint8Array, low: 0 | 1): boolean {
  const pairs = Math.min(bytes.length >> 1, WIDE_SAMPLE);
  if (pairs < 4) return false;
  let other = 0;
  for (let i = 0; i < pairs; i++) {
    const lo = bytes[2 * i + low]!;
    const hi = bytes[2 * i + 1 - low]!;
    const text = hi === 0 && (lo === 0x09 || lo === 0x0a || lo === 0x0d || (lo >= 0x20 && lo !== 0x7f && (lo < 0x80 || lo >= 0xa0)));
    if (!text && (hi === 0 || ++other * 20 > pairs)) return false;
  }
  return true;
}

/**
 * A text file's characters: UTF-16 (after its byte order mark, or without one: utf16), UTF-8, or else Windows-1252, as Windows programs save text (a bounce list
 * exported from Excel in Brazil: "Destinatário;Descrição", whose accents are no UTF-8). `partial`: the
 * bytes are a file's start, and may end inside a character.
 */
export function decodeText(bytes: Uint8Array, partial: boolean): string {
  // Windows' "Unicode" (Notepad's, Windows PowerShell's `>`) is UTF-16 with its byte order mark
  const wide = utf16(bytes);
  if (wide) return new TextDecoder(wide).decode(bytes, { stream: partial });
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: partial });
  } catch {
    // (Windows-1252 maps every byte, so its strict decoder never throws; a runtime without the legacy
    // encodings keeps the replacement characters)
    return (strictDecoder('windows-1252') ?? utf8).decode(bytes);
  }
}

/**
 * The magic numbers of gzip (RFC 1952), xz, zstd (RFC 8878), zip, and bzip2 ("BZh", a block size digit,
 * then its block header "1AY&SY"; a null stands for any byte): none can start a text.
 */
const COMPRESSED_MAGIC: readonly (readonly (number | null)[])[] = [
  [0x1f, 0x8b], [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], [0x28, 0xb5, 0x2f, 0xfd], [0x50, 0x4b, 0x03, 0x04],
  [0x42, 0x5a, 0x68, null, 0x31, 0x41, 0x59, 0x26, 0x53, 0x59],
];

function isCompressed(bytes: Uint8Array): boolean {
  return COMPRESSED_MAGIC.some((magic) => magic.every((b, i) => b === null ? i < bytes.length : bytes[i] === b));
}

/** "{" or "[" first, after white space and a UTF-8 byte order mark. */
export function opensLikeJson(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  return bytes[i] === 0x7b || bytes[i] === 0x5b;
}

/** "Name:" at the start, after an mbox "From " line if there is one. */
export function opensWithFieldName(bytes: Uint8Array): boolean {
  let i = 0;
  if (bytes[0] === 0x46 && bytes[1] === 0x72 && bytes[2] === 0x6f && bytes[3] === 0x6d && bytes[4] === 0x20) {
    // "From " separator line
    const nl = bytes.indexOf(0x0a);
    if (nl < 0) return false;
    i = nl + 1;
  }
  const start = i;
  for (; i < bytes.length && i - start <= MAX_FIELD_NAME; i++) {
    const c = bytes[i]!;
    if (c === 0x3a) return i > start;
    // RFC 5322 §3.6.8: printable US-ASCII but ":" and space
    if (c <= 0x20 || c >= 0x7f) return false;
  }
  return false;
}

/**
 * No text in any charset a bounce uses: NUL bytes, or many characters that are neither valid UTF-8 nor
 * printable. A Latin-1 notice has a few invalid bytes, not one in ten.
 */
function looksBinary(head: string): boolean {
  if (!head.length) return false;
  let odd = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 0) return true;
    if (c === 0xfffd || (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b)) odd++;
  }
  return odd * 10 > head.length;
}
