// The files of a zip or tar archive held in memory (a file dropped on the page, a body sent to the API),
// one at a time, unpacked up to MAX_UNPACKED_BYTES each. The command line streams archives instead
// (src/mailbox/read-archive.ts), with the same directory and header readers.
import { inWrittenOrder } from '../mailbox/rotated-logs.js';
import { skippedInArchive } from '../mailbox/skipped-entry.js';
import { inflateRaw, MAX_UNPACKED_BYTES } from './gunzip.js';
import { joinBytes } from './join-bytes.js';
import { isTar, TarParser } from './tar.js';
import { bytesAccess, isZip, readZipDirectory, ZIP_DEFLATED, ZIP_STORED, zipDataOffset, type ZipEntry } from './zip.js';

/** Why an archive, or one file in it, was not read. The words are in src/i18n/<locale>/report.ts. */
export type ArchiveProblem =
  /** The archive's directory or a header cannot be read (cut short, damaged); detail: the technical reason. */
  | 'archive-damaged'
  /** One file of the archive cannot be unpacked; detail: what is damaged, 'data', 'header' or 'overlap' (its bytes are another file's). */
  | 'archive-entry-damaged'
  /** A file protected by a password. */
  | 'archive-encrypted'
  /** A file compressed with a method read nowhere here; detail: its name. */
  | 'archive-method'
  /** A file larger than can be unpacked in memory; detail: the limit in MB. */
  | 'archive-too-large'
  /** Files past MAX_ZIP_ENTRIES; detail: how many. */
  | 'archive-more'
  /** Nothing to read in the archive (only folders, or hidden files). */
  | 'archive-empty'
  /** The files read so far unpacked to MAX_ARCHIVE_UNPACKED_BYTES: the rest are not read; detail: the limit in MB. */
  | 'archive-total'
  /** An archive inside archives deeper than MAX_ARCHIVE_DEPTH. */
  | 'archive-nested'
  /** A zip that is an office document (.docx, .xlsx, .odt, .epub): no mail archive. */
  | 'archive-document';

/** Archives within archives read: a zip of monthly .tar.gz exports, not further. */
export const MAX_ARCHIVE_DEPTH = 2;

/**
 * Bytes unpacked from one archive held in memory, its nested archives included. Deflate packs a run
 * of one byte a thousand times smaller: a 10 MB body sent to the API could otherwise make the server
 * unpack and read gigabytes. (A .tgz is unpacked whole up to MAX_UNPACKED_BYTES, and a tar is no bigger
 * than what it holds.)
 */
export const MAX_ARCHIVE_UNPACKED_BYTES = 4 * MAX_UNPACKED_BYTES;

/**
 * What is left of MAX_ARCHIVE_UNPACKED_BYTES, shared by an archive and the archives inside it; 0 once
 * a file did not fit. `reported`: a result said so ('archive-total'), once for them all.
 */
export interface UnpackBudget { left: number; reported: boolean }

export function unpackBudget(): UnpackBudget {
  return { left: MAX_ARCHIVE_UNPACKED_BYTES, reported: false };
}

/** A file not read, or (`name` '') the whole archive. */
export interface ArchiveFailure { name: string; problem: ArchiveProblem; detail: string }

export type ArchiveEntry = { name: string; bytes: Uint8Array } | ArchiveFailure;

/** The name results of an archive's entry carry: "archive.zip/folder/file.eml"; the archive's own for a problem of the whole archive. */
export function entryFile(archive: string | null, entry: ArchiveEntry): string | null {
  // (a problem named '' is the whole archive's; a file may have an empty name too)
  if (!entry.name && 'problem' in entry) return archive;
  return archive ? `${archive}/${entry.name}` : entry.name;
}

/** A zip or a tar archive (a .tgz once gunzipped). */
export function isArchive(bytes: Uint8Array): boolean {
  return isZip(bytes) || isTar(bytes);
}

/** The names the methods of APPNOTE 4.4.5 that archivers still write are known by. */
const METHOD_NAMES: Record<number, string> = { 9: 'Deflate64', 12: 'bzip2', 14: 'LZMA', 93: 'Zstandard', 95: 'XZ', 98: 'PPMd', 99: 'AES' };

/** The method of a zip entry as a person would name it ("bzip2", "method 6"). */
export function zipMethodName(method: number): string {
  return METHOD_NAMES[method] ?? `method ${method}`;
}

/**
 * A zip that is a document, not an archive of files: Office Open XML (.docx, .xlsx, .pptx) holds
 * "[Content_Types].xml" (ECMA-376 Part 2, §10.1.2.2); OpenDocument and EPUB open with "mimetype".
 */
export function isDocumentZip(entries: readonly ZipEntry[]): boolean {
  return entries[0]?.name === 'mimetype' || entries.some((e) => e.name === '[Content_Types].xml');
}

/** An entry of a zip's directory that cannot be unpacked, and why; null when it can. */
export function zipEntryProblem(entry: ZipEntry): ArchiveFailure | null {
  if (entry.overlaps) return { name: entry.name, problem: 'archive-entry-damaged', detail: 'overlap' };
  // AES encryption (method 99) is a password too, whatever the flag says
  if (entry.encrypted || entry.method === 99) return { name: entry.name, problem: 'archive-encrypted', detail: '' };
  if (entry.method !== ZIP_STORED && entry.method !== ZIP_DEFLATED) return { name: entry.name, problem: 'archive-method', detail: zipMethodName(entry.method) };
  return null;
}

const MB = 1024 * 1024;

export interface ArchiveFiles {
  /** Files to be given (problems counted in): for a progress bar. */
  count: number;
  entries: AsyncGenerator<ArchiveEntry>;
}

/**
 * Every file of an archive, in the archive's order but a rotated log's files oldest first (inWrittenOrder:
 * its files are read as one log); folders and skippedInArchive() names left out.
 */
export function archiveEntries(bytes: Uint8Array, budget = unpackBudget()): ArchiveFiles {
  const listed = inWrittenOrder(isZip(bytes) ? zipListing(bytes) : tarListing(bytes), (e) => e.name);
  if (!listed.length) listed.push({ name: '', problem: 'archive-empty', detail: '' });
  return { count: listed.length, entries: unpacked(bytes, listed, budget) };
}

/** A zip entry still to be unpacked, with its data's offset. */
interface Packed { name: string; entry: ZipEntry; start: number }

async function* unpacked(bytes: Uint8Array, listed: Array<ArchiveEntry | Packed>, budget: UnpackBudget): AsyncGenerator<ArchiveEntry> {
  /** The budget is spent: said once for the archive and the ones inside it. */
  function* spent(): Generator<ArchiveEntry> {
    budget.left = 0;
    if (budget.reported) return;
    budget.reported = true;
    yield { name: '', problem: 'archive-total', detail: String(MAX_ARCHIVE_UNPACKED_BYTES / MB) };
  }
  for (const item of listed) {
    if (!('entry' in item)) {
      yield item;
      continue;
    }
    const { entry, start } = item;
    if (entry.size > budget.left || budget.left <= 0) {
      yield* spent();
      return;
    }
    const packed = bytes.subarray(start, start + entry.compressedSize);
    const cap = Math.min(MAX_UNPACKED_BYTES, budget.left);
    const data = entry.method === ZIP_STORED ? packed : await inflateRaw(packed, cap);
    if (typeof data !== 'string') {
      budget.left -= data.length;
      yield { name: entry.name, bytes: data };
    } else if (data === 'too-large' && cap < MAX_UNPACKED_BYTES) {
      // (past what is left of the budget, whatever its declared size said)
      yield* spent();
      return;
    } else if (data === 'too-large') {
      // (its declared size lied)
      yield { name: entry.name, problem: 'archive-too-large', detail: String(MAX_UNPACKED_BYTES / MB) };
    } else {
      yield { name: entry.name, problem: 'archive-entry-damaged', detail: 'data' };
    }
  }
}

function zipListing(bytes: Uint8Array): Array<ArchiveEntry | Packed> {
  const src = bytesAccess(bytes);
  const dir = readZipDirectory(src);
  if ('damaged' in dir) return [{ name: '', problem: 'archive-damaged', detail: dir.damaged }];
  if (isDocumentZip(dir.entries)) return [{ name: '', problem: 'archive-document', detail: '' }];
  const out: Array<ArchiveEntry | Packed> = [];
  for (const entry of dir.entries) {
    if (entry.directory || entry.symlink || skippedInArchive(entry.name)) continue;
    const problem = zipEntryProblem(entry);
    const start = problem ? null : zipDataOffset(src, entry);
    // (a stored file's size is its packed size, whatever the header claims)
    const size = entry.method === ZIP_STORED ? Math.max(entry.size, entry.compressedSize) : entry.size;
    if (problem) out.push(problem);
    else if (size > MAX_UNPACKED_BYTES) out.push({ name: entry.name, problem: 'archive-too-large', detail: String(MAX_UNPACKED_BYTES / MB) });
    else if (start === null) out.push({ name: entry.name, problem: 'archive-entry-damaged', detail: 'header' });
    else out.push({ name: entry.name, entry, start });
  }
  if (dir.more) out.push({ name: '', problem: 'archive-more', detail: String(dir.more) });
  return out;
}

/** A tar's files, read at once: the archive is in memory already, and its data are views into it. */
function tarListing(bytes: Uint8Array): ArchiveEntry[] {
  const parser = new TarParser();
  const out: ArchiveEntry[] = [];
  let current: { name: string; parts: Uint8Array[]; size: number } | null = null;
  for (const event of [...parser.push(bytes), ...parser.end()]) {
    if (event.kind === 'entry') {
      current = event.file && !skippedInArchive(event.name) ? { name: event.name, parts: [], size: 0 } : null;
    } else if (event.kind === 'data') {
      if (current && current.size <= MAX_UNPACKED_BYTES) current.parts.push(event.bytes);
      if (current) current.size += event.bytes.length;
    } else if (event.kind === 'end-entry') {
      if (current) out.push(current.size > MAX_UNPACKED_BYTES
        ? { name: current.name, problem: 'archive-too-large', detail: String(MAX_UNPACKED_BYTES / MB) }
        : { name: current.name, bytes: joinBytes(current.parts, current.size) });
      current = null;
    } else {
      // a file cut short: what came of it is read, as the command line reads it, then the damage said
      if (current && current.size <= MAX_UNPACKED_BYTES && current.size > 0) out.push({ name: current.name, bytes: joinBytes(current.parts, current.size) });
      out.push({ name: current?.name ?? '', problem: 'archive-damaged', detail: event.detail });
      break;
    }
  }
  return out;
}
