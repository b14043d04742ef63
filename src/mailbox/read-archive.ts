// The command line's zip and tar archives, streamed: a zip's directory is read through positioned reads
// and each file unpacked as it is read; a tar (or .tgz) is read once from its start. Neither is held
// whole, so a Google Takeout export of gigabytes takes the memory of its largest message. Each file
// goes to `readEntry`, which reads it as any file is read (an mbox, a log, a message, a .gz...).
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { isDocumentZip, zipEntryProblem, type ArchiveProblem } from '../archive/archive-entries.js';
import { TarParser, type TarEvent } from '../archive/tar.js';
import { readZipDirectory, ZIP_STORED, zipDataOffset, type RandomAccess, type ZipEntry } from '../archive/zip.js';
import { MAX_UNPACKED_BYTES } from '../archive/gunzip.js';
import { MAX_MESSAGE_BYTES } from '../message/limits.js';
import { inWrittenOrder } from './rotated-logs.js';
import { skippedInArchive } from './skipped-entry.js';
import type { MailItem } from './types.js';
import { throughZlib, zlib } from './zlib-stream.js';

/** Reads one file of an archive, named `label` ("export.zip/Takeout/Mail/All mail.mbox"), from its bytes. */
export type EntryReader = (label: string, data: AsyncIterable<Buffer>) => AsyncGenerator<MailItem[]>;

/** Bytes read from a zip at a time. */
const CHUNK_BYTES = 1 << 20;
/** Entries packed into at most this many bytes are unpacked in one call, without a stream (most bounces). */
const SMALL_ENTRY_BYTES = 1 << 16;


function problem(file: string, which: ArchiveProblem, detail: string, scope: 'path' | 'message' = 'message'): MailItem {
  return { kind: 'error', file, problem: which, detail, scope };
}

/**
 * A zip file: each of its files in the directory's order (a rotated log's files oldest first: the run's
 * logs are read as one, LogRun), folders and skippedInArchive() names left out.
 * `path` opens the zip (its bytes when its name is no UTF-8: fs-name.ts); `label` names it.
 */
export async function* readZipFile(path: string | Buffer, label: string, readEntry: EntryReader, onBytes?: (n: number) => void): AsyncGenerator<MailItem[]> {
  const fd = openSync(path, 'r');
  try {
    const src: RandomAccess = {
      size: fstatSync(fd).size,
      read(offset, length) {
        const out = Buffer.allocUnsafe(Math.max(0, Math.min(length, this.size - offset)));
        return out.subarray(0, readSync(fd, out, 0, out.length, offset));
      },
    };
    const dir = readZipDirectory(src);
    if ('damaged' in dir) {
      yield [problem(label, 'archive-damaged', dir.damaged, 'path')];
      return;
    }
    if (isDocumentZip(dir.entries)) {
      yield [problem(label, 'archive-document', '', 'path')];
      return;
    }
    // progress: how far into the file the entries read so far reach (the bar's total is its size)
    let reached = 0;
    const advance = (to: number) => {
      if (to > reached) onBytes?.(Math.min(to, src.size) - reached);
      reached = Math.max(reached, Math.min(to, src.size));
    };
    let files = 0;
    // (the directory names every file before any is read: "zip logs.zip mail.log*" lists the newest first)
    for (const entry of inWrittenOrder(dir.entries, (e) => e.name)) {
      if (entry.directory || entry.symlink || skippedInArchive(entry.name)) continue;
      files++;
      const file = `${label}/${entry.name}`;
      const unreadable = zipEntryProblem(entry);
      const start = unreadable ? null : zipDataOffset(src, entry);
      if (unreadable) yield [problem(file, unreadable.problem, unreadable.detail)];
      else if (start === null) yield [problem(file, 'archive-entry-damaged', 'header')];
      else yield* readEntry(file, zipData(fd, entry, start, advance));
      if (!entry.overlaps) advance(entry.headerOffset + 30 + entry.compressedSize);
    }
    advance(src.size);
    if (dir.more) yield [problem(label, 'archive-more', String(dir.more))];
    if (!files) yield [problem(label, 'archive-empty', '', 'path')];
  } finally {
    closeSync(fd);
  }
}

/** An entry's bytes, unpacked: a small one in one call, a large one through an inflate stream. */
/** `advance`: told how far into the file the reading has come, as a large entry is read (progress). */
async function* zipData(fd: number, entry: ZipEntry, start: number, advance: (to: number) => void): AsyncGenerator<Buffer> {
  if (entry.compressedSize <= SMALL_ENTRY_BYTES) {
    const packed = Buffer.allocUnsafe(entry.compressedSize);
    readSync(fd, packed, 0, packed.length, start);
    if (entry.method === ZIP_STORED) {
      yield packed;
      return;
    }
    try {
      // past the cap (a bomb, or a large mbox packed small) RangeError: read it as a stream below
      yield zlib().inflateRawSync(packed, { maxOutputLength: MAX_MESSAGE_BYTES });
      return;
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
    }
  }
  const packed = (async function* () {
    const end = start + entry.compressedSize;
    for (let at = start; at < end;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, end - at));
      const n = readSync(fd, chunk, 0, chunk.length, at);
      if (n === 0) throw new Error('unexpected end of file');
      at += n;
      advance(at);
      yield chunk.subarray(0, n);
    }
  })();
  if (entry.method === ZIP_STORED) {
    yield* packed;
    return;
  }
  yield* throughZlib(packed, zlib().createInflateRaw());
}

/** A tar archive read from its start (a .tar file, a .tgz once gunzipped, standard input). */
export async function* streamTar(label: string, chunks: AsyncIterable<Buffer | string>, readEntry: EntryReader): AsyncGenerator<MailItem[]> {
  const it = tarEvents(chunks)[Symbol.asyncIterator]();
  try {
    yield* tarFiles(label, it, readEntry);
  } finally {
    // stopped early (damage, or the reader's own end): the stream under it is closed, and its file
    await it.return?.(undefined);
  }
}

/**
 * Bytes of a tar's files held back to be read in written order. A tar names each file only as it comes,
 * in the order it was packed ("tar czf logs.tgz mail.log*" packs the newest file first), and a rotated
 * log's files must be read oldest first to be one log (LogRun): the files that fit are held as they come
 * and read at the tar's end in inWrittenOrder (anything else keeps its place); a file that would pass
 * this has those held before it read first, then is read as it streams. The existing unpack cap of one
 * file, so that a tar costs the memory a .gz inside it may.
 */
const MAX_HELD_TAR_BYTES = MAX_UNPACKED_BYTES;

async function* tarFiles(label: string, it: AsyncIterator<TarEvent>, readEntry: EntryReader): AsyncGenerator<MailItem[]> {
  let files = 0;
  const held: { label: string; name: string; bytes: Buffer }[] = [];
  let heldBytes = 0;
  const flush = async function* (): AsyncGenerator<MailItem[]> {
    const order = inWrittenOrder(held.splice(0), (h) => h.name);
    heldBytes = 0;
    for (const h of order) yield* readEntry(h.label, (async function* () { yield h.bytes; })());
  };
  for (let next = await it.next(); !next.done; next = await it.next()) {
    const event = next.value;
    if (event.kind === 'damaged') {
      yield* flush();
      yield [problem(label, 'archive-damaged', event.detail, files ? 'message' : 'path')];
      return;
    }
    if (event.kind !== 'entry' || !event.file) continue;
    let damaged: string | null = null;
    let ended = false;
    // the file's data, pulled from the same events: read before the next header is parsed
    const data = async function* (): AsyncGenerator<Buffer> {
      for (let n = await it.next(); !n.done; n = await it.next()) {
        const e = n.value;
        if (e.kind === 'data') yield Buffer.from(e.bytes.buffer, e.bytes.byteOffset, e.bytes.length);
        else {
          if (e.kind === 'damaged') damaged = e.detail;
          break;
        }
      }
      ended = true;
    };
    const entryLabel = `${label}/${event.name}`;
    if (skippedInArchive(event.name)) {
      for await (const chunk of data()) void chunk;
    } else {
      files++;
      const body = data();
      const kept: Buffer[] = [];
      let size = 0;
      let fits = true;
      for (let n = await body.next(); !n.done; n = await body.next()) {
        kept.push(n.value);
        size += n.value.length;
        if (heldBytes + size > MAX_HELD_TAR_BYTES) {
          fits = false;
          break;
        }
      }
      if (fits) {
        // (a copy of its own: the chunks are views of the stream's, which would all stay alive)
        held.push({ label: entryLabel, name: event.name, bytes: Buffer.concat(kept, size) });
        heldBytes += size;
      } else {
        yield* flush();
        yield* readEntry(entryLabel, (async function* () {
          yield* kept.splice(0);
          for (let n = await body.next(); !n.done; n = await body.next()) yield n.value;
        })());
        // a reader that stopped early (an error) leaves the rest of the file: skip it
        if (!ended) for await (const chunk of body) void chunk;
      }
    }
    if (damaged !== null) {
      yield* flush();
      yield [problem(entryLabel, 'archive-damaged', damaged)];
      return;
    }
  }
  yield* flush();
  if (!files) yield [problem(label, 'archive-empty', '', 'path')];
}

async function* tarEvents(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<TarEvent> {
  const parser = new TarParser();
  for await (const chunk of chunks) yield* parser.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  yield* parser.end();
}
