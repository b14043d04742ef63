// The directory of a zip archive (APPNOTE.TXT, PKWARE's .ZIP File Format Specification 6.3): what it
// holds and where each entry's bytes are. Read through positioned reads, so that the command line
// reads a zip of gigabytes (a Google Takeout export) without holding it, and the page reads one held
// in memory with the same code. Never throws: a damaged archive gives the reason it cannot be read.

/** Entries of one archive read at most; the rest are counted and reported, not read. */
export const MAX_ZIP_ENTRIES = 100_000;
/**
 * Bytes searched back from the end for the end-of-central-directory record: the record (22 bytes)
 * plus the longest archive comment (65,535 bytes).
 */
const EOCD_SEARCH_BYTES = 22 + 0xffff;

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_EOCD = 0x06054b50;
const SIG_ZIP64_EOCD = 0x06064b50;
const SIG_ZIP64_LOCATOR = 0x07064b50;
/** Extra field ids (APPNOTE 4.5.3 and 4.6.9): ZIP64 sizes and offset; Info-ZIP's UTF-8 path. */
const EXTRA_ZIP64 = 0x0001;
const EXTRA_UNICODE_PATH = 0x7075;
/** General purpose flags (APPNOTE 4.4.4): encrypted; names in UTF-8 (the "language encoding" bit). */
const FLAG_ENCRYPTED = 0x0001;
const FLAG_UTF8 = 0x0800;

/** Compression methods read here (APPNOTE 4.4.5): the others (bzip2, LZMA, zstd, AES...) are named, not read. */
export const ZIP_STORED = 0;
export const ZIP_DEFLATED = 8;

/** Positioned reads over an archive: the bytes at [offset, offset + length), fewer at its end. */
export interface RandomAccess {
  size: number;
  read(offset: number, length: number): Uint8Array;
}

export interface ZipEntry {
  /** Path inside the archive, "/" between folders. */
  name: string;
  directory: boolean;
  /** A symbolic link stored by a Unix zip (its data is the link's target, no mail). */
  symlink: boolean;
  /**
   * Its bytes overlap another entry's: no archiver writes that, but a zip bomb does, to unpack one
   * deflated kernel thousands of times (David Fifield, "A better zip bomb", 2019).
   */
  overlaps: boolean;
  encrypted: boolean;
  method: number;
  compressedSize: number;
  size: number;
  /** Offset of the entry's local header; see zipDataOffset. */
  headerOffset: number;
}

export type ZipDirectory =
  | { entries: ZipEntry[]; /** Entries past MAX_ZIP_ENTRIES, not listed. */ more: number }
  | { damaged: string };

/** "PK\3\4" (a local header: every archive with an entry opens so) or "PK\5\6" (an empty archive). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b
    && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

/** A RandomAccess over bytes held in memory. */
export function bytesAccess(bytes: Uint8Array): RandomAccess {
  return { size: bytes.length, read: (offset, length) => bytes.subarray(offset, offset + length) };
}

function view(b: Uint8Array): DataView {
  return new DataView(b.buffer, b.byteOffset, b.byteLength);
}

/** A 64-bit little-endian field as a number; null past 2^53 (no real archive comes near). */
function u64(v: DataView, at: number): number | null {
  const n = v.getBigUint64(at, true);
  return n <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(n) : null;
}

export function readZipDirectory(src: RandomAccess): ZipDirectory {
  const tailStart = Math.max(0, src.size - EOCD_SEARCH_BYTES);
  const tail = src.read(tailStart, src.size - tailStart);
  // the last record signature whose comment length reaches the end exactly; else the last one
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail[i] !== 0x50 || view(tail).getUint32(i, true) !== SIG_EOCD) continue;
    if (eocd < 0) eocd = i;
    if (i + 22 + view(tail).getUint16(i + 20, true) === tail.length) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { damaged: 'no end of central directory record' };
  const e = view(tail);
  let count = e.getUint16(eocd + 10, true);
  let dirSize = e.getUint32(eocd + 12, true);
  let dirOffset = e.getUint32(eocd + 16, true);
  // ZIP64 (APPNOTE 4.3.14): the locator sits just before the record, when a field overflowed
  if (eocd >= 20 && e.getUint32(eocd - 20, true) === SIG_ZIP64_LOCATOR) {
    const at = u64(e, eocd - 20 + 8);
    const rec = at === null ? null : src.read(at, 56);
    if (!rec || rec.length < 56 || view(rec).getUint32(0, true) !== SIG_ZIP64_EOCD) return { damaged: 'bad ZIP64 end of central directory' };
    const r = view(rec);
    const [c, s, o] = [u64(r, 32), u64(r, 40), u64(r, 48)];
    if (c === null || s === null || o === null) return { damaged: 'ZIP64 sizes out of range' };
    [count, dirSize, dirOffset] = [c, s, o];
  }
  if (dirOffset + dirSize > src.size) return { damaged: 'central directory past the end of the file (cut short?)' };
  const dir = src.read(dirOffset, dirSize);
  const d = view(dir);
  const entries: ZipEntry[] = [];
  let at = 0;
  let seen = 0;
  // the directory's size bounds the reading, not the count: writers without ZIP64 wrap the 16-bit
  // count of an archive of more than 65,535 files
  while (at + 46 <= dir.length) {
    if (d.getUint32(at, true) !== SIG_CENTRAL) {
      if (seen >= count) break;
      return { damaged: `bad central directory entry at byte ${dirOffset + at}` };
    }
    const flags = d.getUint16(at + 8, true);
    const nameLength = d.getUint16(at + 28, true);
    const extraLength = d.getUint16(at + 30, true);
    const commentLength = d.getUint16(at + 32, true);
    const end = at + 46 + nameLength + extraLength + commentLength;
    if (end > dir.length) return { damaged: `central directory entry cut at byte ${dirOffset + at}` };
    seen++;
    if (entries.length < MAX_ZIP_ENTRIES) {
      const rawName = dir.subarray(at + 46, at + 46 + nameLength);
      const extra = dir.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength);
      // the high 16 bits of a Unix zip's external attributes are the file's mode (APPNOTE 4.4.2, 4.4.15)
      const unixMode = d.getUint8(at + 5) === 3 ? d.getUint32(at + 38, true) >>> 16 : 0;
      const last = rawName[rawName.length - 1];
      const entry: ZipEntry = {
        name: entryName(rawName, flags, extra),
        // (Windows PowerShell 5's Compress-Archive writes "\" between folders)
        directory: last === 0x2f || last === 0x5c,
        symlink: (unixMode & 0xf000) === 0xa000,
        overlaps: false,
        encrypted: (flags & FLAG_ENCRYPTED) !== 0,
        method: d.getUint16(at + 10, true),
        compressedSize: d.getUint32(at + 20, true),
        size: d.getUint32(at + 24, true),
        headerOffset: d.getUint32(at + 42, true),
      };
      if (!applyZip64(entry, extra)) return { damaged: `bad ZIP64 field at byte ${dirOffset + at}` };
      entries.push(entry);
    }
    at = end;
  }
  if (seen < count) return { damaged: 'central directory cut short' };
  markOverlaps(entries);
  return { entries, more: seen - entries.length };
}

/**
 * Marks the entries whose bytes start inside an earlier one's (by offset; the first stays readable).
 * An entry spans at least its 30-byte local header and its packed data.
 */
function markOverlaps(entries: ZipEntry[]): void {
  const byOffset = entries.map((e, i) => ({ e, i })).sort((a, b) => a.e.headerOffset - b.e.headerOffset || a.i - b.i);
  let end = 0;
  for (const { e } of byOffset) {
    if (e.headerOffset < end) e.overlaps = true;
    else end = e.headerOffset + 30 + e.compressedSize;
  }
}

/** Offset of an entry's data: after its local header, whose name and extra field may differ from the directory's. Null when damaged. */
export function zipDataOffset(src: RandomAccess, entry: ZipEntry): number | null {
  const h = src.read(entry.headerOffset, 30);
  if (h.length < 30 || view(h).getUint32(0, true) !== SIG_LOCAL) return null;
  const start = entry.headerOffset + 30 + view(h).getUint16(26, true) + view(h).getUint16(28, true);
  return start + entry.compressedSize <= src.size ? start : null;
}

/** The sizes and offset of an entry whose 32-bit fields overflowed (0xffffffff) are in its ZIP64 extra field, in this order. */
function applyZip64(entry: ZipEntry, extra: Uint8Array): boolean {
  const FULL = 0xffffffff;
  if (entry.size !== FULL && entry.compressedSize !== FULL && entry.headerOffset !== FULL) return true;
  const field = extraField(extra, EXTRA_ZIP64);
  if (!field) return false;
  const v = view(field);
  let at = 0;
  for (const key of ['size', 'compressedSize', 'headerOffset'] as const) {
    if (entry[key] !== FULL) continue;
    if (at + 8 > field.length) return false;
    const n = u64(v, at);
    if (n === null) return false;
    entry[key] = n;
    at += 8;
  }
  return true;
}

/** The data of extra field `id`, or null. */
function extraField(extra: Uint8Array, id: number): Uint8Array | null {
  const v = view(extra);
  for (let at = 0; at + 4 <= extra.length;) {
    const size = v.getUint16(at + 2, true);
    if (v.getUint16(at, true) === id) return at + 4 + size <= extra.length ? extra.subarray(at + 4, at + 4 + size) : null;
    at += 4 + size;
  }
  return null;
}

const utf8 = new TextDecoder();
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * An entry's name, "/" between folders: UTF-8 when the flag says so, or from Info-ZIP's Unicode path field; else UTF-8 when
 * the bytes are valid UTF-8 (macOS writes it without the flag); else the DOS code page Windows writes,
 * read as 850, Brazil's ("Devolução.eml"), which agrees with the spec's 437 on most letters.
 */
function entryName(raw: Uint8Array, flags: number, extra: Uint8Array): string {
  return decodedName(raw, flags, extra).replaceAll('\\', '/');
}

function decodedName(raw: Uint8Array, flags: number, extra: Uint8Array): string {
  if (flags & FLAG_UTF8) return utf8.decode(raw);
  const unicode = extraField(extra, EXTRA_UNICODE_PATH);
  // version 1, then the CRC-32 of the raw name, then the name in UTF-8
  if (unicode && unicode.length > 5 && unicode[0] === 1) return utf8.decode(unicode.subarray(5));
  try {
    return strictUtf8.decode(raw);
  } catch {
    let name = '';
    for (const b of raw) name += b < 0x80 ? String.fromCharCode(b) : CP850[b - 0x80];
    return name;
  }
}

/** Code page 850's characters 0x80 to 0xFF. */
const CP850 =
  'ÇüéâäàåçêëèïîìÄÅÉæÆôöòûùÿÖÜø£Ø×ƒáíóúñÑªº¿®¬½¼¡«»░▒▓│┤ÁÂÀ©╣║╗╝¢¥┐└┴┬├─┼ãÃ╚╔╩╦╠═╬¤ðÐÊËÈıÍÎÏ┘┌█▄¦Ì▀ÓßÔÒõÕµþÞÚÛÙýÝ¯´\u00ad±‗¾¶§÷¸°¨·¹³²■\u00a0';
