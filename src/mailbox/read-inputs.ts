// Turns the CLI's INPUT arguments into units of work, in the order given: texts, .eml and text files,
// mbox files, mail logs, gzip files of any of these, zip and tar archives of any of these (each file
// inside named "export.zip/folder/file.eml"), Maildir folders, plain folders (walked in name order) and
// standard input, in any mix. Nothing is held whole: mbox files, logs, sending services' events past
// MAX_MESSAGE_BYTES and standard input are streamed, single files are read up to MAX_MESSAGE_BYTES (the
// message reader cuts there anyway).
import type { ReadStream } from 'node:fs';
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { archiveEntries, entryFile, MAX_ARCHIVE_DEPTH } from '../archive/archive-entries.js';
import { MAX_UNPACKED_BYTES } from '../archive/gunzip.js';
import { isTar } from '../archive/tar.js';
import { isZip } from '../archive/zip.js';
import { MAX_COMPOUND_FILE_BYTES, MAX_MESSAGE_BYTES } from '../message/limits.js';
import { isCompoundFile } from '../message/compound-file.js';
import { decodeText, fileContent, opensLikeJson, opensWithFieldName, utf16 } from '../message/file-content.js';
import { eventCsvDelimiter } from '../reply/esp-csv.js';
import { readEvents } from '../reply/read-events.js';
import { looksLikeHeaders } from '../message/header-block.js';
import { LOG_HEAD_BYTES, LogRun, looksLikeLog, opensLikeLog, readLogStream } from './log-stream.js';
import { looksLikePath } from './looks-like-path.js';
import { explainsText } from '../explain-text.js';
import { openNamedPipe } from './named-pipe.js';
import { inWrittenOrder } from './rotated-logs.js';
import { looksLikeMbox, readMbox } from './mbox.js';
import { readZipFile, streamTar, type EntryReader } from './read-archive.js';
import { throughZlib, zlib } from './zlib-stream.js';
import { nodeBuiltin } from './node-builtin.js';
import type { Container, MailItem } from './types.js';
import { skippedInFolder } from './skipped-entry.js';
import { childEntry, direntText, joinPath, listFolder, nameText, pathText, type FsEntry, type FsPath } from './fs-name.js';
import { streamEvents } from './event-stream.js';

/** Bytes read by each file or stream chunk, for a progress bar. */
export type OnBytes = (n: number) => void;

export interface ReadOptions {
  onBytes?: OnBytes;
  /** Called for a folder given as an argument in which nothing was found to read (no file, or hidden ones only). */
  onEmptyFolder?: (dir: string) => void;
  /** Size of the read buffer of streamed files. */
  chunkBytes?: number;
  /**
   * Every argument names a file or folder (the library's analyzePaths): one that does not exist is an
   * error. The command line reads an argument that names nothing as a text to explain ("550").
   */
  pathsOnly?: boolean;
  /**
   * The bytes an argument may stand for, when it names nothing and holds U+FFFD: the command line's
   * arguments come decoded as UTF-8, and a name that is no UTF-8 ("relat\xf3rio.eml") lost its bytes
   * there (see src/cli/argv-bytes.ts): the bytes of each argument that came decoded as `arg`, in their
   * order (see argPath).
   */
  argBytes?: (arg: string) => readonly Buffer[];
  /** @internal Archives within which the input being read lies (a .tgz inside a .zip: 2). */
  archiveDepth?: number;
  /** @internal The run's mail logs, read as one log (readInputBatches). */
  logRun?: LogRun;
}

const STDIN_LABEL = '<stdin>';

/**
 * Standard input, or a function that gives it: process.stdin is made on first use, which costs a short
 * run ~10 ms, and only "-" reads it.
 */
export type Stdin = NodeJS.ReadableStream | (() => NodeJS.ReadableStream);
/** Files up to this size are read in one system call, into this buffer, and copied out. */
const SCRATCH = Buffer.allocUnsafe(1 << 16);
const HEAD_BYTES = 1024;
/** Bytes looked at for an event list's header row: comment lines before it (Exchange's), and UTF-16 (two bytes a letter). */
const EVENTS_HEAD_BYTES = 8 * 1024;
/** Small message files handed on together (at most 64 KiB each: SCRATCH's size). */
const BATCH_ITEMS = 64;

/**
 * node:fs/promises, loaded when a large file or an mbox is streamed (loading it cost a short run ~5 ms).
 * Folders and small files are read with synchronous calls: a few system calls each, and the run is a
 * batch job that waits for them anyway.
 */
let promisesModule: typeof import('node:fs/promises') | null = null;
function fsPromises(): typeof import('node:fs/promises') {
  return (promisesModule ??= nodeBuiltin('node:fs/promises'));
}


/** gzip's magic number (RFC 1952 §2.3.1). */
function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

function errnoCode(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}


type PathKind = 'file' | 'dir' | 'pipe' | 'missing' | { error: string };

function pathKind(arg: FsPath): PathKind {
  if (arg.length > 4096 || arg.includes('\n') || arg.includes('\0')) return 'missing';
  try {
    const s = statSync(arg);
    // a named pipe: the shell's <(zcat mail.log.2.gz), or a FIFO; read as standard input is
    if (s.isFIFO()) return 'pipe';
    return s.isDirectory() ? 'dir' : s.isFile() ? 'file' : { error: 'ENOTREGULAR' };
  } catch (error) {
    const code = errnoCode(error);
    return code === 'ENOENT' || code === 'ENOTDIR' || code === 'ENAMETOOLONG' ? 'missing' : { error: code };
  }
}

/**
 * What an argument names, and the path that opens it: the argument, or when it names nothing and holds
 * U+FFFD, the bytes it stood for on the command line (ReadOptions.argBytes), shown as pathText shows
 * them. `occurrence`: how many arguments equal to this one came before it; the arguments of a glob
 * (smtp-explain *.eml) "relat\xe1rio.eml" and "relat\xf3rio.eml" both reach us as "relat\uFFFDrio.eml",
 * and the second is read as the second of the bytes argBytes gives.
 */
function argPath(arg: string, options: ReadOptions, occurrence: number): { kind: PathKind; entry: FsEntry } {
  const kind = pathKind(arg);
  if (kind === 'missing' && options.argBytes && arg.includes('\uFFFD')) {
    const bytes = options.argBytes(arg)[occurrence];
    // (a path of those bytes that names nothing is named as typed)
    if (bytes) return { kind: pathKind(bytes), entry: { path: bytes, label: pathText(bytes) } };
  }
  return { kind, entry: { path: arg, label: arg } };
}

/** For each argument, how many arguments equal to it came before it (see argPath). */
function occurrences(args: readonly string[]): number[] {
  const counts = new Map<string, number>();
  return args.map((arg) => {
    const n = counts.get(arg) ?? 0;
    counts.set(arg, n + 1);
    return n;
  });
}

/** A folder with cur/ and new/ subfolders (tmp/ holds deliveries in progress and is not read). */
export function isMaildir(dir: FsPath): boolean {
  try {
    const [cur, fresh] = [statSync(joinPath(dir, 'cur')), statSync(joinPath(dir, 'new'))];
    return cur.isDirectory() && fresh.isDirectory();
  } catch {
    return false;
  }
}

function byName(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Every message of a Maildir: cur/ and new/ together, in name order (Maildir names start with the
 * delivery time, so this is arrival order), then the Maildir++ subfolders (".Sent", ".Junk"...).
 */
async function* readMaildir(dir: FsEntry, options: ReadOptions, seen: Set<string>): AsyncGenerator<MailItem[]> {
  const files: { name: string; entry: FsEntry }[] = [];
  for (const sub of ['cur', 'new']) {
    const folder = { path: joinPath(dir.path, sub), label: join(dir.label, sub) };
    let entries;
    try {
      entries = listFolder(folder.path);
    } catch (error) {
      yield [{ kind: 'error', file: folder.label, problem: 'unreadable-folder', detail: errnoCode(error), scope: 'path' }];
      continue;
    }
    for (const e of entries) {
      const name = direntText(e);
      if (name.startsWith('.')) continue;
      if (e.isFile() || e.isSymbolicLink()) files.push({ name, entry: childEntry(folder, e.name, name) });
    }
  }
  files.sort((a, b) => byName(a.name, b.name) || byName(a.entry.label, b.entry.label));
  yield* readFiles(files.map((f) => f.entry), 'maildir', options);

  let entries;
  try {
    entries = listFolder(dir.path);
  } catch {
    return;
  }
  const subs = entries.filter((e) => e.isDirectory()).map((e) => ({ bytes: e.name, name: direntText(e) }))
    .filter((e) => e.name.startsWith('.') && e.name !== '.' && e.name !== '..').sort((a, b) => byName(a.name, b.name));
  for (const { bytes, name } of subs) {
    const sub = childEntry(dir, bytes, name);
    if (isMaildir(sub.path) && firstVisit(sub.path, seen)) yield* readMaildir(sub, options, seen);
  }
}

/**
 * True the first time a folder is reached in a walk. A link to a folder above (or two links to one
 * folder) would otherwise give its messages again and again: with two links back up, a walk of 2^40
 * paths, cut only by the length of a path.
 */
function firstVisit(dir: FsPath, seen: Set<string>): boolean {
  let id: string;
  try {
    const s = statSync(dir);
    id = `${s.dev}:${s.ino}`;
  } catch {
    return true; // reading it will say what is wrong
  }
  if (seen.has(id)) return false;
  seen.add(id);
  return true;
}

/** A plain folder: every file and subfolder in name order, but for the entries skippedInFolder() names. */
async function* readFolder(dir: FsEntry, options: ReadOptions, seen = new Set<string>()): AsyncGenerator<MailItem[]> {
  if (!firstVisit(dir.path, seen)) return;
  if (isMaildir(dir.path)) {
    yield* readMaildir(dir, options, seen);
    return;
  }
  let entries;
  try {
    entries = listFolder(dir.path);
  } catch (error) {
    yield [{ kind: 'error', file: dir.label, problem: 'unreadable-folder', detail: errnoCode(error), scope: 'path' }];
    return;
  }
  const named: { name: string; bytes: string | Buffer; file: boolean }[] = [];
  for (const e of entries) {
    const name = direntText(e);
    if (!skippedInFolder(name)) named.push({ name, bytes: e.name, file: e.isFile() });
  }
  named.sort((a, b) => byName(a.name, b.name));
  // runs of plain files, a rotated log's oldest first are read together; anything else (a subfolder, a link) in its turn
  let run: FsEntry[] = [];
  for (const e of inWrittenOrder(named, (n) => n.name)) {
    const child = childEntry(dir, e.bytes, e.name);
    if (e.file) {
      run.push(child);
      continue;
    }
    yield* readFiles(run, 'file', options);
    run = [];
    let s;
    try {
      s = statSync(child.path);
    } catch (error) {
      yield [{ kind: 'error', file: child.label, problem: 'unreadable-file', detail: errnoCode(error), scope: 'path' }];
      continue;
    }
    if (s.isDirectory()) yield* readFolder(child, options, seen);
    else if (s.isFile()) yield* readFileInput(child.path, child.label, 'file', options);
  }
  yield* readFiles(run, 'file', options);
}

/** A folder given as an argument: as readFolder(), and says when it held nothing to read. */
async function* readTopFolder(dir: FsEntry, options: ReadOptions): AsyncGenerator<MailItem[]> {
  let items = 0;
  // (a log whose deferrals are held for a later file gives nothing yet, but was read)
  const logs = options.logRun?.files ?? 0;
  for await (const batch of readFolder(dir, options)) {
    items += batch.length;
    yield batch;
  }
  if (items === 0 && (options.logRun?.files ?? 0) === logs) options.onEmptyFolder?.(dir.label);
}

/** Files of a folder, in order: small messages in batches of up to BATCH_ITEMS, any other file alone. */
async function* readFiles(files: readonly FsEntry[], container: Container, options: ReadOptions): AsyncGenerator<MailItem[]> {
  const batch: MailItem[] = [];
  for (const { path, label } of files) {
    const item = smallMessageFile(path, label, container, options);
    if (item) {
      batch.push(item);
      if (batch.length >= BATCH_ITEMS) yield batch.splice(0);
      continue;
    }
    if (batch.length) yield batch.splice(0);
    yield* readFileInput(path, label, container, options);
  }
  if (batch.length) yield batch;
}

/**
 * A file of a folder, when it is one small message (most are): read at once and given back as is, with
 * no generator per file. Null for anything else (an mbox, a mail log, a large or unreadable file):
 * readFileInput reads it, and says what went wrong.
 */
function smallMessageFile(path: FsPath, label: string, container: Container, options: ReadOptions): MailItem | null {
  let fd = -1;
  try {
    fd = openSync(path, 'r');
    const size = readSync(fd, SCRATCH, 0, SCRATCH.length, 0);
    // a short read of a regular file is its end (see readFileInput)
    const head = SCRATCH.subarray(0, Math.min(size, HEAD_BYTES));
    if (size >= SCRATCH.length || isGzip(head) || isArchiveStart(SCRATCH.subarray(0, size)) || looksLikeMbox(head) || looksLikeLog(SCRATCH.subarray(0, size)) || mayHoldEvents(SCRATCH.subarray(0, Math.min(size, EVENTS_HEAD_BYTES)))) return null;
    options.onBytes?.(size);
    return checkMessage({ kind: 'message', file: label, bytes: Buffer.from(SCRATCH.subarray(0, size)), container, truncated: false });
  } catch {
    return null;
  } finally {
    if (fd >= 0) closeSync(fd);
  }
}

/**
 * One file: an mbox (streamed, message by message), a mail log (streamed, line by line), a gzip file
 * (read as what it holds), or a single message or text.
 */
async function* readFileInput(path: FsPath, label: string, container: Container, options: ReadOptions): AsyncGenerator<MailItem[]> {
  // a small regular file: read at once, synchronously (each async call is a thread-pool round trip)
  let fd = -1;
  try {
    fd = openSync(path, 'r');
    // most bounces are a few kilobytes: one read into a reused buffer; a short read of a regular file
    // is its end, so no fstat is needed (each system call costs ~20 us on a VM, as much as parsing)
    const first = readSync(fd, SCRATCH, 0, SCRATCH.length, 0);
    const whole = first < SCRATCH.length;
    if (container === 'file' && whole && isBlank(SCRATCH.subarray(0, first))) {
      // a file named on the command line with nothing in it (a log logrotate has just emptied): nothing
      // to explain, and no error, as for standard input that brought nothing
      options.onBytes?.(first);
      yield [{ kind: 'empty-input', file: label, emptyFile: true }];
      return;
    }
    if (isGzip(SCRATCH.subarray(0, first))) {
      closeSync(fd);
      fd = -1;
      yield* readGzipFile(path, label, container, options);
      return;
    }
    if (isArchiveStart(SCRATCH.subarray(0, first))) {
      closeSync(fd);
      fd = -1;
      yield* readArchiveFile(path, label, isZip(SCRATCH.subarray(0, first)), options);
      return;
    }
    if (looksLikeLog(SCRATCH.subarray(0, first))) {
      closeSync(fd);
      fd = -1;
      // a log larger than the buffer is streamed, like a large mbox
      if (!whole) {
        yield* streamLargeFile(path, label, 'log', options);
        return;
      }
      const bytes = Buffer.from(SCRATCH.subarray(0, first));
      options.onBytes?.(first);
      yield* readLogStream(label, (async function* () { yield bytes; })(), options.logRun);
      return;
    }
    let size: number;
    let bytes: Buffer;
    const cap = maxBytesOf(SCRATCH.subarray(0, first));
    if (whole) {
      size = first;
      bytes = Buffer.from(SCRATCH.subarray(0, first));
    } else {
      size = fstatSync(fd).size;
      bytes = Buffer.allocUnsafe(Math.min(Math.max(size, first), cap));
      SCRATCH.copy(bytes, 0, 0, Math.min(first, bytes.length));
    }
    let got = Math.min(first, bytes.length);
    while (got < bytes.length) {
      const n = readSync(fd, bytes, got, bytes.length - got, got);
      if (n === 0) break;
      got += n;
    }
    const head = bytes.subarray(0, Math.min(got, HEAD_BYTES));
    if (looksLikeMbox(head) && size <= bytes.length) {
      // a small mbox (or a message saved with its "From " line): split in memory, no read stream
      closeSync(fd);
      fd = -1;
      const all = got < bytes.length ? bytes.subarray(0, got) : bytes;
      yield* streamMbox(label, (async function* () { yield all; })(), options);
      return;
    }
    if (!looksLikeMbox(head)) {
      closeSync(fd);
      fd = -1;
      options.onBytes?.(size);
      if (mayHoldEvents(bytes.subarray(0, Math.min(got, EVENTS_HEAD_BYTES)))) {
        // a sending service's events cut at the cap would lose their end, or be read as some other text:
        // read in pieces of whole rows (CSV, JSON Lines); a JSON array past it is refused
        if (size > MAX_MESSAGE_BYTES) {
          const head = bytes.subarray(0, Math.min(got, EVENTS_HEAD_BYTES));
          const opening = jsonOpening(head);
          if (opening === '[') yield [tooLarge(label)];
          else {
            const stream = await openStream(path, label, options);
            if ('kind' in stream) yield [stream];
            else yield* streamEvents(label, stream, head, opening === '{');
          }
          return;
        }
        const items = eventItems(label, got < bytes.length ? bytes.subarray(0, got) : bytes);
        if (items) {
          for (let i = 0; i < items.length; i += BATCH_ITEMS) yield items.slice(i, i + BATCH_ITEMS);
          return;
        }
      }
      yield [checkMessage({ kind: 'message', file: label, bytes: got < bytes.length ? bytes.subarray(0, got) : bytes, container, truncated: size > cap })];
      if (size > cap && isText(bytes)) yield [textCut(label, cap)];
      return;
    }
  } catch (error) {
    yield [{ kind: 'error', file: label, problem: 'unreadable-file', detail: errnoCode(error), scope: 'path' }];
    return;
  } finally {
    if (fd >= 0) closeSync(fd);
  }
  // an mbox larger than the message cap
  yield* streamLargeFile(path, label, 'mbox', options);
}

/** A zip or tar archive's first bytes (a tar's header is 512 bytes: a shorter file is none). */
function isArchiveStart(head: Uint8Array): boolean {
  return isZip(head) || isTar(head);
}

/** A zip file (its directory read first, then each file) or a tar file (read from its start). */
async function* readArchiveFile(path: FsPath, label: string, zip: boolean, options: ReadOptions): AsyncGenerator<MailItem[]> {
  const inner = entryReader(options);
  if (zip) {
    try {
      yield* readZipFile(path, label, inner, options.onBytes);
    } catch (error) {
      yield [{ kind: 'error', file: label, problem: 'unreadable-file', detail: errnoCode(error), scope: 'path' }];
    }
    return;
  }
  const raw = await openStream(path, label, options);
  if ('kind' in raw) yield [raw];
  else yield* streamTar(label, options.onBytes ? countBytes(raw, options.onBytes) : raw, inner);
}

/**
 * How a file inside an archive is read: as a file given on its own would be (a .gz unpacked, an mbox
 * split, a log read line by line, an archive opened up to MAX_ARCHIVE_DEPTH); progress is counted on
 * the archive's own bytes.
 */
function entryReader(options: ReadOptions): EntryReader {
  const inner = { ...options, onBytes: undefined, archiveDepth: (options.archiveDepth ?? 0) + 1 };
  return (label, data) => readStreamed(label, gunzipped(data), inner, (bytes, truncated) => fileItems(label, bytes, truncated));
}

/** A file read whole (not an mbox, a log or an archive): a sending service's events, or one message or text. */
function fileItems(file: string, bytes: Buffer, truncated: boolean): MailItem[] {
  if (mayHoldEvents(bytes.subarray(0, EVENTS_HEAD_BYTES))) {
    const items = eventItems(file, bytes);
    if (items) return items;
  }
  return [{ kind: 'message', file, bytes, container: 'file', truncated }];
}

/** A file's bytes as a stream from its start, or the error item that says why it cannot be opened. */
async function openStream(path: FsPath, label: string, options: ReadOptions): Promise<ReadStream | MailItem> {
  try {
    const fh = await fsPromises().open(path, 'r');
    return fh.createReadStream({ start: 0, highWaterMark: options.chunkBytes ?? 1 << 20 });
  } catch (error) {
    return { kind: 'error', file: label, problem: 'unreadable-file', detail: errnoCode(error), scope: 'path' };
  }
}

/** A large mbox or mail log, read as a stream from its start. */
async function* streamLargeFile(path: FsPath, label: string, kind: 'mbox' | 'log', options: ReadOptions): AsyncGenerator<MailItem[]> {
  const stream = await openStream(path, label, options);
  if ('kind' in stream) yield [stream];
  else if (kind === 'mbox') yield* streamMbox(label, stream, options);
  else yield* streamLog(label, stream, options);
}

/**
 * A sending service's events as an item per failure, or one item saying that none failed: each result
 * is written as soon as it is made, where the results of the whole file at once took ~6 KB of memory
 * per event (a 4 MB export of 70,000 events, ~480 MB). Null when the file's events cannot be read: it
 * is then read as any other file, which says why.
 */
function eventItems(file: string, bytes: Uint8Array): MailItem[] | null {
  const content = fileContent(bytes);
  if (content.kind !== 'text') return null;
  const reading = readEvents(content.text);
  // (a file past the cap never comes here: tooLarge() answers for it)
  if (!reading || reading === 'broken' || reading === 'too-large') return null;
  if (!reading.events.length) return [{ kind: 'quiet-events', file, others: reading.others }];
  return reading.events.map((event, i) => ({ kind: 'esp-event', file, event, first: i === 0 }));
}

/**
 * JSON, or a CSV header naming a recipient and a reply column: a sending service's events. Not an
 * e-mail, which opens with a field name (and is not decoded here).
 */
function mayHoldEvents(head: Uint8Array): boolean {
  // (UTF-16 JSON decoded first: only behind its byte order mark, so that an e-mail's head is not decoded here)
  if (opensLikeJson(head) || (utf16(head) !== null && jsonOpening(head) !== null)) return true;
  // (Exchange's message tracking log opens with "#Software: ...", no e-mail's field)
  if (opensWithFieldName(head) && head[0] !== 0x23) return false;
  // decoded as the file will be (a list exported from Excel is Windows-1252: "Destinatário;Descrição")
  // (blank lines before the header, as some exports start)
  return eventCsvDelimiter(decodeText(head, true).trimStart()) !== null;
}

/**
 * How a text opens, decoded as the file will be (UTF-16 from Windows PowerShell's ">" too): "[" a JSON
 * array, which is not read in pieces, "{" JSON objects one after the other; null for anything else.
 */
function jsonOpening(head: Uint8Array): '[' | '{' | null {
  const c = decodeText(head, true).trimStart()[0];
  return c === '[' || c === '{' ? c : null;
}

function tooLarge(file: string): MailItem {
  return { kind: 'error', file, problem: 'events-too-large', detail: `${MAX_MESSAGE_BYTES / (1024 * 1024)} MB`, scope: 'path' };
}

/**
 * A text (no e-mail) cut at the size limit is told as such, after its results: its end was not read (a
 * log whose lines were not told as a log's is one text). An e-mail's notice is at its start, and is not.
 */
function textCut(file: string, cap: number): MailItem {
  return { kind: 'error', file, problem: 'text-cut', detail: `${cap / (1024 * 1024)} MB`, scope: 'path' };
}

function isText(bytes: Uint8Array): boolean {
  return fileContent(bytes.subarray(0, TEXT_HEAD_BYTES)).kind === 'text';
}

/** Bytes of a cut input's start read to tell a text from an e-mail. */
const TEXT_HEAD_BYTES = 64 * 1024;

/** Bytes of a single input kept, by its first bytes: an Outlook .msg is read whole (MAX_COMPOUND_FILE_BYTES). */
function maxBytesOf(head: Uint8Array): number {
  return isCompoundFile(head) ? MAX_COMPOUND_FILE_BYTES : MAX_MESSAGE_BYTES;
}

/** Messages of mbox files and Maildirs must be e-mails: an empty one or one without headers is reported. */
export function checkMessage(item: MailItem & { kind: 'message' }): MailItem {
  if (item.container === 'file') return item;
  const head = Buffer.from(item.bytes.buffer, item.bytes.byteOffset, Math.min(item.bytes.length, 4096)).toString('utf8');
  if (!head.trim()) return { kind: 'error', file: item.file, problem: 'empty-message', detail: '', scope: 'message' };
  if (!looksLikeHeaders(head)) return { kind: 'error', file: item.file, problem: 'no-headers', detail: '', scope: 'message' };
  return item;
}

async function* streamMbox(label: string, stream: AsyncIterable<Buffer | string>, options: ReadOptions): AsyncGenerator<MailItem[]> {
  const counted = options.onBytes ? countBytes(stream, options.onBytes) : stream;
  try {
    for await (const m of readMbox(counted)) {
      const file = m.last && m.index === 1 ? label : `${label}#${m.index}`;
      yield [checkMessage({ kind: 'message', file, bytes: m.bytes, container: 'mbox', truncated: m.truncated })];
    }
  } catch (error) {
    yield [{ kind: 'error', file: label, problem: 'unreadable-file', detail: errnoCode(error), scope: 'path' }];
  }
}

async function* streamLog(label: string, stream: AsyncIterable<Buffer | string>, options: ReadOptions): AsyncGenerator<MailItem[]> {
  try {
    yield* readLogStream(label, options.onBytes ? countBytes(stream, options.onBytes) : stream, options.logRun);
  } catch (error) {
    yield [{ kind: 'error', file: label, problem: 'unreadable-file', detail: errnoCode(error), scope: 'path' }];
  }
}

async function* countBytes<T extends Buffer | string>(stream: AsyncIterable<T>, onBytes: OnBytes): AsyncGenerator<T> {
  for await (const chunk of stream) {
    onBytes(chunk.length);
    yield chunk;
  }
}

/** Whether the bytes hold nothing but white space (ASCII: spaces, tabs, line ends). */
function isBlank(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b !== 32 && b !== 9 && b !== 10 && b !== 13) return false;
  return true;
}

/**
 * Standard input, or a named pipe (`label` its path): an mbox, a mail log, or one text (a message, a
 * reply, log lines); see readStreamed.
 */
async function* readStdin(stdin: NodeJS.ReadableStream, options: ReadOptions, label = STDIN_LABEL): AsyncGenerator<MailItem[]> {
  yield* readStreamed(label, gunzipped(stdin as AsyncIterable<Buffer | string>), options, (bytes, truncated) => {
    // nothing came (a grep that matched no line): nothing to explain, and no error
    if (isBlank(bytes)) return { kind: 'empty-input', file: label };
    // a named pipe (<(zcat bounce.eml.gz)) is read as the file it stands for, under its name; standard
    // input alone is read as a paste is
    if (label !== STDIN_LABEL) return { kind: 'message', file: label, bytes, container: 'file', truncated };
    const content = fileContent(bytes);
    if (content.kind === 'text') return { kind: 'text', file: null, text: content.text };
    if (content.kind === 'mail') return { kind: 'text', file: null, text: bytes.toString('utf8') };
    // no text (an image, a compressed or Outlook file, nothing): read as such a file is, which says why
    return { kind: 'message', file: label, bytes, container: 'file', truncated };
  });
}

/** A stream as it is, or unpacked when it starts as gzip does (a .gz file; standard input: smtp-explain - < mail.log.2.gz). */
async function* gunzipped(input: AsyncIterable<Buffer | string>): AsyncGenerator<Buffer | string> {
  const it = input[Symbol.asyncIterator]();
  // the first two bytes tell, whatever the chunks (a file inside a tar comes in views of the tar's chunks, one byte long at times)
  const start: (Buffer | string)[] = [];
  let length = 0;
  while (length < 2) {
    const next = await it.next();
    if (next.done) break;
    start.push(next.value);
    length += next.value.length;
  }
  if (!start.length) return;
  const rest = async function* (): AsyncGenerator<Buffer | string> {
    try {
      yield* start;
      for (let next = await it.next(); !next.done; next = await it.next()) yield next.value;
    } finally {
      await closeQuietly(it); // a reader that stopped early closes the stream under it, and its file
    }
  };
  const first = start.length === 1 ? start[0]! : Buffer.concat(start.map((c) => (typeof c === 'string' ? Buffer.from(c) : c)));
  if (typeof first === 'string' || !isGzip(first)) {
    yield* rest();
    return;
  }
  yield* throughZlib(rest(), zlib().createGunzip());
}

/**
 * A file compressed with gzip (a rotated log, mail.log.2.gz; a compressed mbox or message), read through
 * zlib as the file it holds. Progress counts the compressed bytes, as the file's size does.
 */
async function* readGzipFile(path: FsPath, label: string, container: Container, options: ReadOptions): AsyncGenerator<MailItem[]> {
  const raw = await openStream(path, label, options);
  if ('kind' in raw) {
    yield [raw];
    return;
  }
  const packed = options.onBytes ? countBytes(raw, options.onBytes) : raw;
  // a lone file's events: an item per failure, as the file unpacked would give them
  yield* readStreamed(label, gunzipped(packed), { ...options, onBytes: undefined }, (bytes, truncated) =>
    container === 'file' ? (isBlank(bytes) ? { kind: 'empty-input', file: label, emptyFile: true } : fileItems(label, bytes, truncated)) : checkMessage({ kind: 'message', file: label, bytes, container, truncated }));
}

/**
 * A stream read by what it holds: an mbox (message by message), a mail log (line by line), a sending
 * service's events past MAX_MESSAGE_BYTES (CSV or JSON Lines, in pieces of whole rows: streamEvents, as
 * for a large file of them; a JSON array is refused), else one thing to explain, kept up to
 * MAX_MESSAGE_BYTES (the rest is read and dropped) and handed to `whole`.
 * A read error becomes an error item for `label`.
 */
async function* readStreamed(
  label: string, input: AsyncIterable<Buffer | string>, options: ReadOptions, whole: (bytes: Buffer, truncated: boolean) => MailItem | MailItem[],
): AsyncGenerator<MailItem[]> {
  const it = input[Symbol.asyncIterator]();
  const first: Buffer[] = [];
  let firstLength = 0;
  let done = false;
  /** Reads chunks into `first` until it holds `bytes`, or a line end when `line` is set, or the input ends. */
  const fill = async (bytes: number, line: boolean): Promise<void> => {
    while (!done && firstLength < bytes) {
      const next = await it.next();
      if (next.done) { done = true; break; }
      const chunk = typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
      first.push(chunk);
      firstLength += chunk.length;
      if (line && chunk.includes(10)) break;
    }
  };
  const readStart = async (bytes: number, line: boolean): Promise<Buffer> => {
    await fill(bytes, line);
    return Buffer.concat(first);
  };
  async function* rest(): AsyncGenerator<Buffer> {
    // (let go of as they are given: the start held may be MAX_MESSAGE_BYTES of events)
    for (let chunk = first.shift(); chunk; chunk = first.shift()) yield chunk;
    if (done) return;
    for (;;) {
      const next = await it.next();
      if (next.done) return;
      yield typeof next.value === 'string' ? Buffer.from(next.value) : next.value;
    }
  }
  try {
    // enough of the start to see the first line
    let head = await readStart(HEAD_BYTES, true);
    if (looksLikeMbox(head)) {
      yield* streamMbox(label, rest(), options);
      return;
    }
    if (isArchiveStart(head) && (options.archiveDepth ?? 0) >= MAX_ARCHIVE_DEPTH) {
      yield [{ kind: 'error', file: label, problem: 'archive-nested', detail: '', scope: 'message' }];
      return;
    }
    if (isTar(head)) {
      yield* streamTar(label, rest(), entryReader(options));
      return;
    }
    if (isZip(head)) {
      // a zip needs its end first: read into memory (standard input, a zip inside an archive)
      yield* zipInMemory(label, rest(), options);
      return;
    }
    // a time-stamped first line (after blank lines or a column header): enough of the start to tell a
    // mail log ("grep status= mail.log | smtp-explain -")
    if (!done && firstLength < HEAD_BYTES) head = await readStart(HEAD_BYTES, false);
    if (opensLikeLog(head)) {
      // delivery lines in what came already: a log, without waiting for more (a log followed as it grows,
      // `tail -F mail.log | smtp-explain -`, may send no more for hours); else more of its start decides
      if (!looksLikeLog(head)) head = await readStart(LOG_HEAD_BYTES, false);
      if (looksLikeLog(head)) {
        yield* streamLog(label, rest(), options);
        return;
      }
    }
    // a sending service's events past the cap (a CSV export or JSON Lines piped, or in a .gz or an
    // archive): read in pieces of whole rows, as a large file of them is; a JSON array is refused below
    await fill(EVENTS_HEAD_BYTES, false);
    const eventsHead = Buffer.concat(first, Math.min(firstLength, EVENTS_HEAD_BYTES));
    const events = mayHoldEvents(eventsHead);
    const opening = events ? jsonOpening(eventsHead) : null;
    if (events && opening !== '[') {
      await fill(MAX_MESSAGE_BYTES + 1, false);
      if (firstLength > MAX_MESSAGE_BYTES) {
        yield* streamEvents(label, options.onBytes ? countBytes(rest(), options.onBytes) : rest(), eventsHead, opening === '{');
        return;
      }
    }
    // one thing to explain; anything past its cap is read and dropped
    const kept: Buffer[] = [];
    let size = 0;
    const cap = maxBytesOf(head);
    for await (const chunk of rest()) {
      options.onBytes?.(chunk.length);
      if (size < cap) kept.push(chunk.subarray(0, cap - size));
      size += chunk.length;
    }
    if (size > MAX_MESSAGE_BYTES && (events || mayHoldEvents(head))) {
      yield [tooLarge(label)];
      return;
    }
    const bytes = Buffer.concat(kept);
    const items = whole(bytes, size > cap);
    if (!Array.isArray(items)) yield [items];
    else for (let i = 0; i < items.length; i += BATCH_ITEMS) yield items.slice(i, i + BATCH_ITEMS);
    if (size > cap && isText(bytes)) yield [textCut(label, cap)];
  } catch (error) {
    yield [{ kind: 'error', file: label, problem: 'unreadable-file', detail: errnoCode(error), scope: 'path' }];
  } finally {
    // read to its end, or stopped early (a damaged tar): the stream under it is closed, and its file
    await closeQuietly(it);
  }
}

/** Ends an iterator that may still hold a stream open; an error of the stream is already told. */
async function closeQuietly(it: AsyncIterator<unknown>): Promise<void> {
  try {
    await it.return?.(undefined);
  } catch {
    // (destroyed with an error that the reading reported)
  }
}

/** A zip that came as a stream, up to MAX_UNPACKED_BYTES: each of its files read as entryReader reads them. */
async function* zipInMemory(label: string, chunks: AsyncIterable<Buffer>, options: ReadOptions): AsyncGenerator<MailItem[]> {
  const kept: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    size += chunk.length;
    if (size <= MAX_UNPACKED_BYTES) kept.push(chunk);
  }
  if (size > MAX_UNPACKED_BYTES) {
    yield [{ kind: 'error', file: label, problem: 'archive-too-large', detail: String(MAX_UNPACKED_BYTES / (1024 * 1024)), scope: 'message' }];
    return;
  }
  const read = entryReader(options);
  for await (const entry of archiveEntries(Buffer.concat(kept)).entries) {
    const file = entryFile(label, entry)!;
    if ('problem' in entry) yield [{ kind: 'error', file, problem: entry.problem, detail: entry.detail, scope: 'message' }];
    else yield* read(file, (async function* () { yield Buffer.from(entry.bytes.buffer, entry.bytes.byteOffset, entry.bytes.length); })());
  }
}

async function* readPipe({ path, label }: FsEntry, options: ReadOptions): AsyncGenerator<MailItem[]> {
  let stream: NodeJS.ReadableStream;
  try {
    stream = await openNamedPipe(path);
  } catch (error) {
    yield [{ kind: 'error', file: label, problem: 'unreadable-file', detail: errnoCode(error), scope: 'path' }];
    return;
  }
  yield* readStdin(stream, options, label);
}

/** The units of work of all arguments, one at a time, in order. */
export async function* readInputs(args: readonly string[], stdin: Stdin, options: ReadOptions = {}): AsyncGenerator<MailItem> {
  for await (const batch of readInputBatches(args, stdin, options)) yield* batch;
}

/**
 * The units of work of all arguments, in order, in batches: the small message files of a folder come
 * up to BATCH_ITEMS at a time (a turn of an async generator per message cost more than reading it),
 * anything else alone.
 */
export async function* readInputBatches(args: readonly string[], stdin: Stdin, options: ReadOptions = {}): AsyncGenerator<MailItem[]> {
  const seen = occurrences(args);
  // the mail logs among them read as one log: a rotated log's files oldest first (the shell gives mail.log* newest first)
  const logRun = options.logRun ?? new LogRun();
  options = { ...options, logRun };
  for (const i of inWrittenOrder(args.map((_, i) => i), (i) => args[i]!)) {
    const arg = args[i]!;
    if (arg === '-') {
      yield* readStdin(typeof stdin === 'function' ? stdin() : stdin, options);
      continue;
    }
    const { kind, entry } = argPath(arg, options, seen[i]!);
    if (kind === 'file') yield* readFileInput(entry.path, entry.label, 'file', options);
    else if (kind === 'dir') yield* readTopFolder(entry, options);
    else if (kind === 'pipe') yield* readPipe(entry, options);
    else if (typeof kind === 'object') yield [{ kind: 'error', file: entry.label, problem: 'unreadable-file', detail: kind.error, scope: 'path' }];
    // (a single word in which nothing is read, "Bouncse", "mail.log.1": a missing file, not a reply)
    else if (options.pathsOnly || looksLikePath(arg, explainsText)) yield [{ kind: 'error', file: entry.label, problem: 'not-found', detail: '', scope: 'path' }];
    else yield [{ kind: 'text', file: null, text: arg }];
  }
  // the deferrals no later line of any log resolved
  yield* logRun.finish();
}

/** Total size of the files the arguments name (folders walked), for a progress bar; 0 when unknown. */
export async function inputBytes(args: readonly string[], options: Pick<ReadOptions, 'argBytes'> = {}): Promise<number> {
  let total = 0;
  // names as bytes, as readFolder reads them (fs-name.ts); only paths are needed here, no labels
  async function sumFiles(dir: FsEntry): Promise<FsEntry[]> {
    let entries;
    try {
      entries = await fsPromises().readdir(dir.path, { withFileTypes: true, encoding: 'buffer' });
    } catch {
      return [];
    }
    const dirs: FsEntry[] = [];
    for (const e of entries) {
      const name = nameText(e.name);
      if (skippedInFolder(name)) continue;
      const child = childEntry(dir, e.name, name);
      if (e.isDirectory()) dirs.push(child);
      else if (e.isFile()) total += (await fsPromises().stat(child.path).catch(() => ({ size: 0 }))).size;
    }
    return dirs;
  }
  async function walk(dir: FsEntry): Promise<void> {
    if (isMaildir(dir.path)) {
      await sumFiles({ path: joinPath(dir.path, 'cur'), label: '' });
      await sumFiles({ path: joinPath(dir.path, 'new'), label: '' });
      const entries = await fsPromises().readdir(dir.path, { withFileTypes: true, encoding: 'buffer' }).catch(() => []);
      for (const e of entries) {
        if (!e.isDirectory() || e.name[0] !== 0x2e) continue;
        const sub = childEntry(dir, e.name, nameText(e.name));
        if (isMaildir(sub.path)) await walk(sub);
      }
      return;
    }
    for (const sub of await sumFiles(dir)) await walk(sub);
  }
  const seen = occurrences(args);
  for (const [i, arg] of args.entries()) {
    if (arg === '-') continue;
    const { kind, entry } = argPath(arg, options, seen[i]!);
    if (kind === 'file') total += (await fsPromises().stat(entry.path)).size;
    else if (kind === 'dir') await walk(entry);
  }
  return total;
}
