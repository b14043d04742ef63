// A reader of tar archives: POSIX ustar and pax (POSIX.1-2017, "pax" utility, "ustar Interchange
// Format" and "pax Interchange Format") and GNU tar's format (GNU tar manual, "Basic Tar Format").
// Push-style: the same code reads an archive held in memory and one streamed in chunks of any size.
// Browser-safe (no Node API). Hostile input stays cheap: only a header block and a bounded pax or
// long-name record are buffered, file data passes through as views of the pushed chunks, every byte
// is looked at a bounded number of times, and a damaged archive ends in a 'damaged' event, never a throw.
import { legacyNameText } from '../message/windows-1252.js';

/** Largest pax extended header record block read (typeflag 'x' or 'g'); real ones hold a few hundred bytes. */
export const MAX_PAX_BYTES = 1024 * 1024;

/** Largest GNU long name ('L') or long link name ('K') read; Linux's PATH_MAX is 4096. */
export const MAX_LONG_NAME_BYTES = 64 * 1024;

/** A tar archive's start: the ustar magic at offset 257 of a first block whose header checksum is right. Needs >= 512 bytes. */
export function isTar(bytes: Uint8Array): boolean {
  if (bytes.length < BLOCK) return false;
  const header = bytes.subarray(0, BLOCK);
  return magicOf(header) !== null && checksumMatches(header) === true;
}

export type TarEvent =
  /** An entry begins. `file`: a regular file (typeflag '0', '\0' or '7'); its data follows as 'data' events, then 'end-entry'. Other entries (directories, links, devices, FIFOs...) come with file: false, no data events, and no 'end-entry'. */
  | { kind: 'entry'; name: string; size: number; file: boolean }
  /** Part of the current file's data, in order (a view into the pushed chunk: the caller copies what it keeps before the next push). */
  | { kind: 'data'; bytes: Uint8Array }
  | { kind: 'end-entry' }
  /** The archive cannot be read on from here. Nothing follows. `detail` is a short English technical phrase. */
  | { kind: 'damaged'; detail: string };

/** Headers are one block; an entry's data is padded with zeros to a whole number of blocks. */
const BLOCK = 512;
// ustar header fields: [offset, length]
const NAME: Field = [0, 100];
const SIZE: Field = [124, 12];
const CHECKSUM: Field = [148, 8];
const TYPEFLAG = 156;
const MAGIC = 257;
/** ustar only: GNU's format keeps access and change times here. */
const PREFIX: Field = [345, 155];
/** POSIX magic and version ("ustar\0" "00"); GNU's is "ustar  \0" (GNU tar manual, "Basic Tar Format"). */
const POSIX_MAGIC = 'ustar\0';
const GNU_MAGIC = 'ustar  \0';
/** Entries that carry no data whatever their size field says: hard and symbolic links, devices, directories, FIFOs (POSIX ustar). */
const HEADER_ONLY_TYPES = new Set(['1', '2', '3', '4', '5', '6']);
const SPACE = 0x20;
/** pax keywords are UTF-8 by definition; non-fatal, so bad bytes read as U+FFFD. */
const utf8 = new TextDecoder('utf-8');

type Field = readonly [offset: number, length: number];
type Phase = 'header' | 'data' | 'record' | 'skip' | 'done';

export class TarParser {
  private phase: Phase = 'header';
  /** The header being filled, then read. */
  private readonly block = new Uint8Array(BLOCK);
  /** Bytes of `block` (phase 'header') or of `record` (phase 'record') received. */
  private filled = 0;
  /** A pax ('x') or long-name ('L') record being received, and its typeflag. */
  private record = new Uint8Array(0);
  private recordType = '';
  /** Data bytes still to pass on (phase 'data') or to skip (phase 'skip'). */
  private remaining = 0;
  /** Zeros after the data, up to the next block. */
  private padding = 0;
  /** Whether the bytes being skipped are the current file's padding, so 'end-entry' comes after them. */
  private fileEndsAfterSkip = false;
  /** Bytes consumed so far, for the damage details. */
  private position = 0;
  /** Where the current header began (a record's header, while the record is received). */
  private headerAt = 0;
  /** What the pax or long-name records read so far say about the next entry. */
  private paxPath: string | undefined;
  private paxSize: number | undefined;
  private longName: string | undefined;

  /** Feeds the next bytes; returns the events they complete, in order. After 'damaged' or the end-of-archive marker, further pushes return []. */
  push(chunk: Uint8Array): TarEvent[] {
    const events: TarEvent[] = [];
    let at = 0;
    // Every step consumes at least one byte or ends the archive.
    while (at < chunk.length && this.phase !== 'done') at += this.step(chunk, at, events);
    return events;
  }

  /** The input ended: [] when the archive was complete (end marker read, or the input ended at a header boundary), else one 'damaged' (cut inside a header, a file's data or padding, an extended header, skipped data). */
  end(): TarEvent[] {
    const phase = this.phase;
    this.phase = 'done';
    if (phase === 'done') return [];
    const at = this.position;
    // Many writers omit the end marker. An extended header with no entry after it ends cleanly too, as
    // GNU tar reads it.
    if (phase === 'header' && this.filled === 0) return [];
    if (phase === 'header') return [damaged(`input ends inside the header at byte ${this.headerAt}`)];
    if (phase === 'data') return [damaged(`input ends inside a file's data at byte ${at}`)];
    if (phase === 'record') return [damaged(`input ends inside an extended header at byte ${at}`)];
    return [damaged(`input ends inside ${this.fileEndsAfterSkip ? "a file's padding" : "an entry's data"} at byte ${at}`)];
  }

  /** Consumes what the current phase takes of chunk[at..]; returns how many bytes. */
  private step(chunk: Uint8Array, at: number, events: TarEvent[]): number {
    const available = chunk.length - at;
    switch (this.phase) {
      case 'header': {
        const n = Math.min(BLOCK - this.filled, available);
        if (this.filled === 0) this.headerAt = this.position;
        this.block.set(chunk.subarray(at, at + n), this.filled);
        this.filled += n;
        this.position += n;
        if (this.filled === BLOCK) {
          this.filled = 0;
          this.readHeader(events);
        }
        return n;
      }
      case 'data': {
        const n = Math.min(this.remaining, available);
        events.push({ kind: 'data', bytes: chunk.subarray(at, at + n) });
        this.remaining -= n;
        this.position += n;
        if (this.remaining === 0) this.skip(this.padding, true, events);
        return n;
      }
      case 'record': {
        const n = Math.min(this.record.length - this.filled, available);
        this.record.set(chunk.subarray(at, at + n), this.filled);
        this.filled += n;
        this.position += n;
        if (this.filled === this.record.length) this.readRecord(events);
        return n;
      }
      case 'skip': {
        const n = Math.min(this.remaining, available);
        this.remaining -= n;
        this.position += n;
        if (this.remaining === 0) this.skip(0, this.fileEndsAfterSkip, events);
        return n;
      }
      case 'done':
        return available;
    }
  }

  private readHeader(events: TarEvent[]): void {
    const block = this.block;
    const at = this.headerAt;
    // One zero block ends the archive; GNU tar stops there too ("A lone zero block"), a second may follow.
    if (block.every((b) => b === 0)) {
      this.phase = 'done';
      return;
    }
    const checksum = checksumMatches(block);
    if (checksum === null) return this.damage(`not a tar header at byte ${at}`, events);
    if (!checksum) return this.damage(`bad header checksum at byte ${at}`, events);
    const headerSize = readSize(block);
    if (headerSize === null) return this.damage(`size field is no number at byte ${at}`, events);
    const type = String.fromCharCode(block[TYPEFLAG]!);

    // Headers about the next entry: a pax extended header ('x', POSIX pax), a GNU long name ('L').
    // A pax global header ('g') and a GNU long link name ('K') matter not here: skipped.
    if (type === 'x' || type === 'g' || type === 'L' || type === 'K') {
      const pax = type === 'x' || type === 'g';
      const limit = pax ? MAX_PAX_BYTES : MAX_LONG_NAME_BYTES;
      if (headerSize > limit) {
        const what = pax ? 'pax header' : 'long name';
        return this.damage(`${what} of ${headerSize} bytes at byte ${at}, over the limit of ${limit}`, events);
      }
      if (type === 'g' || type === 'K') return this.skip(headerSize + paddingOf(headerSize), false, events);
      this.record = new Uint8Array(headerSize);
      this.recordType = type;
      this.filled = 0;
      this.padding = paddingOf(headerSize);
      this.phase = 'record';
      if (headerSize === 0) this.readRecord(events);
      return;
    }

    const rawName = this.paxPath ?? this.longName ?? headerName(block);
    const size = this.paxSize ?? headerSize;
    this.paxPath = this.paxSize = this.longName = undefined;
    // '\0' is the old (pre-POSIX) regular file; old tars marked a directory with a trailing slash only.
    const file = type === '0' || type === '7' || (type === '\0' && !rawName.endsWith('/'));
    events.push({ kind: 'entry', name: withoutDotSlash(rawName), size, file });
    if (file) {
      this.remaining = size;
      this.padding = paddingOf(size);
      this.phase = 'data';
      if (size === 0) this.skip(0, true, events);
    } else if (!HEADER_ONLY_TYPES.has(type)) {
      // Other types (GNU dumpdirs, sparse files, vendor types) keep `size` bytes of data: skipped.
      this.skip(size + paddingOf(size), false, events);
    }
  }

  /** The pax or long-name record is whole: notes what it says of the next entry, then skips its padding. */
  private readRecord(events: TarEvent[]): void {
    const record = this.record;
    this.record = new Uint8Array(0);
    this.filled = 0;
    if (this.recordType === 'L') {
      // GNU long name: the name, NUL-terminated.
      const nul = record.indexOf(0);
      this.longName = legacyNameText(nul < 0 ? record : record.subarray(0, nul));
    } else {
      for (const [key, value] of paxRecords(record)) {
        // An empty value deletes the keyword (POSIX pax, "pax Extended Header"): the header's field applies.
        if (key === 'path') this.paxPath = value === '' ? undefined : value;
        if (key === 'size') {
          const size = value === '' ? undefined : decimal(value);
          if (size === null) return this.damage(`bad pax size at byte ${this.headerAt}`, events);
          this.paxSize = size;
        }
      }
    }
    this.skip(this.padding, false, events);
  }

  /** Skips `bytes`, then reads a header; 'end-entry' first when they were a file's padding. */
  private skip(bytes: number, fileEnds: boolean, events: TarEvent[]): void {
    this.fileEndsAfterSkip = fileEnds;
    this.remaining = bytes;
    if (bytes > 0) {
      this.phase = 'skip';
      return;
    }
    this.phase = 'header';
    if (fileEnds) events.push({ kind: 'end-entry' });
  }

  private damage(detail: string, events: TarEvent[]): void {
    this.phase = 'done';
    events.push(damaged(detail));
  }
}

function damaged(detail: string): TarEvent {
  return { kind: 'damaged', detail };
}

function paddingOf(size: number): number {
  return (BLOCK - (size % BLOCK)) % BLOCK;
}

function magicOf(block: Uint8Array): 'posix' | 'gnu' | null {
  if (hasAscii(block, MAGIC, POSIX_MAGIC)) return 'posix';
  if (hasAscii(block, MAGIC, GNU_MAGIC)) return 'gnu';
  return null;
}

function hasAscii(bytes: Uint8Array, at: number, text: string): boolean {
  for (let i = 0; i < text.length; i++) if (bytes[at + i] !== text.charCodeAt(i)) return false;
  return true;
}

/**
 * Whether the header's checksum is right; null when its field is no number. The sum is of the 512 bytes
 * with the checksum field read as spaces (POSIX ustar); old tars summed signed chars, and GNU tar
 * accepts both sums, so we do.
 */
function checksumMatches(block: Uint8Array): boolean | null {
  const stored = readOctal(block, CHECKSUM);
  if (stored === null) return null;
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const b = i >= CHECKSUM[0] && i < CHECKSUM[0] + CHECKSUM[1] ? SPACE : block[i]!;
    unsigned += b;
    signed += b < 0x80 ? b : b - 0x100;
  }
  return stored === unsigned || stored === signed;
}

/** The size field: octal, or GNU's base-256 for sizes of 8 GiB and more (high bit of the first byte set). */
function readSize(block: Uint8Array): number | null {
  const [offset, length] = SIZE;
  const first = block[offset]!;
  if ((first & 0x80) === 0) return readOctal(block, SIZE);
  // Base-256 is big-endian two's complement past the marker bit: the next bit set means negative.
  if ((first & 0x40) !== 0) return null;
  let value = first & 0x3f;
  for (let i = offset + 1; i < offset + length; i++) {
    value = value * 256 + block[i]!;
    if (value > Number.MAX_SAFE_INTEGER) return null;
  }
  return value;
}

/** An octal number field: leading spaces, digits, then a NUL or space (or the field's end); null if else. */
function readOctal(block: Uint8Array, [offset, length]: Field): number | null {
  const end = offset + length;
  let i = offset;
  while (i < end && block[i] === SPACE) i++;
  let value = 0;
  for (; i < end; i++) {
    const digit = block[i]! - 0x30;
    if (digit < 0 || digit > 7) break;
    value = value * 8 + digit;
  }
  return i === end || block[i] === 0 || block[i] === SPACE ? value : null;
}

/** A non-negative decimal number (a pax size), or null. */
function decimal(text: string): number | null {
  if (text.length === 0 || text.length > 16) return null;
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const digit = text.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return null;
    value = value * 10 + digit;
  }
  return value <= Number.MAX_SAFE_INTEGER ? value : null;
}

/**
 * A NUL-terminated name field. tar keeps a name's bytes as the file system had them: UTF-8, or a
 * Latin-1 name from Windows ("relat\xf3rio.eml"), read as Windows-1252 rather than with U+FFFD.
 */
function textField(block: Uint8Array, [offset, length]: Field): string {
  const field = block.subarray(offset, offset + length);
  const nul = field.indexOf(0);
  return legacyNameText(nul < 0 ? field : field.subarray(0, nul));
}

/** The header's name; ustar splits a long one into prefix and name at a slash. */
function headerName(block: Uint8Array): string {
  const name = textField(block, NAME);
  const prefix = magicOf(block) === 'posix' ? textField(block, PREFIX) : '';
  return prefix === '' ? name : `${prefix}/${name}`;
}

/** "./a.eml" is "a.eml" (what `tar -C dir .` writes). */
function withoutDotSlash(name: string): string {
  let start = 0;
  while (name.startsWith('./', start)) start += 2;
  return name.slice(start);
}

/**
 * The records of a pax extended header, "LEN key=value\n", LEN counting the whole record in decimal
 * (POSIX pax, "pax Extended Header"). A malformed record ends the reading: the records before it stand.
 */
function* paxRecords(data: Uint8Array): Generator<[string, string]> {
  let start = 0;
  while (start < data.length) {
    let length = 0;
    let i = start;
    for (; i < data.length && length <= data.length; i++) {
      const digit = data[i]! - 0x30;
      if (digit < 0 || digit > 9) break;
      length = length * 10 + digit;
    }
    const end = start + length; // just past the record's newline
    if (i === start || data[i] !== SPACE || end - 1 <= i || end > data.length || data[end - 1] !== 0x0a) return;
    const body = data.subarray(i + 1, end - 1);
    const equals = body.indexOf(0x3d);
    if (equals < 0) return;
    // (a value is UTF-8 but after hdrcharset=BINARY, which GNU tar writes before a path that is no
    // UTF-8: its bytes as the disk had them, read as names in the header are)
    yield [utf8.decode(body.subarray(0, equals)), legacyNameText(body.subarray(equals + 1))];
    start = end;
  }
}
