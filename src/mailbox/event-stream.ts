// A sending service's events past MAX_MESSAGE_BYTES (a CSV export of a few hundred thousand rows, JSON
// Lines or objects one after the other), read as a stream in pieces of whole rows, each read as a small
// export is (a CSV piece with the header rows on top): every failure gets its item, memory stays that of
// one piece. A file given, standard input, a .gz file and a file inside an archive are read so alike
// (read-inputs.ts). A JSON array cannot be cut so simply: it keeps its 'events-too-large' answer.
import { utf16 } from '../message/file-content.js';
import { MAX_QUOTED_CHARS } from '../reply/esp-csv.js';
import { jsonValueEnd } from '../reply/json-brackets.js';
import { readEvents } from '../reply/read-events.js';
import type { MailItem } from './types.js';
import { textDecoder as decoderOf } from '../message/windows-1252.js';

/** Characters of rows read at once (a piece stays under the 4 MB of a whole export). */
export const EVENT_PIECE_CHARS = 2 * 1024 * 1024;
/** A row longer than this (no row end in sight): reported, and reading goes on after its next line end. */
export const MAX_EVENT_ROW_CHARS = 8 * 1024 * 1024;
/** Bytes decoded at a time. */
const CHUNK_BYTES = 1 << 20;
/** Items given on at once. */
const BATCH_ITEMS = 64;

interface Decoder { decode(input?: Uint8Array, options?: { stream?: boolean }): string }

/**
 * The text of the chunks: UTF-16 by the head's byte order mark; else UTF-8, and from the first chunk
 * that is no UTF-8 on, Windows-1252 (an export from Excel in Brazil), as a small file is read whole.
 */
function textDecoder(head: Uint8Array): (chunk: Uint8Array | null) => string {
  const encoding = utf16(head);
  if (encoding) {
    const wide = new TextDecoder(encoding);
    return (chunk) => (chunk ? wide.decode(chunk, { stream: true }) : wide.decode());
  }
  let decoder: Decoder = new TextDecoder('utf-8', { fatal: true });
  let legacy = false;
  return (chunk) => {
    if (!chunk) return decoder.decode();
    if (legacy) return decoder.decode(chunk, { stream: true });
    try {
      return decoder.decode(chunk, { stream: true });
    } catch {
      legacy = true;
      decoder = decoderOf('windows-1252');
      return decoder.decode(chunk, { stream: true });
    }
  };
}

/**
 * The rows every CSV piece needs on top: comment lines ("#TYPE ...", "#Software: ...") and the column
 * names, which Exchange's tracking log gives as a comment of its own ("#Fields: date-time,..."): the
 * rows from `start` (after blank lines, left out) to `end`.
 */
function headerRows(rows: readonly string[]): { start: number; end: number } {
  let start = 0;
  while (start < rows.length && !rows[start]!.trim()) start++;
  let n = start;
  while (n < rows.length && rows[n]!.startsWith('#')) n++;
  const fields = rows.slice(start, n).some((r) => r.slice(0, 8).toLowerCase() === '#fields:');
  return { start, end: fields ? n : n + 1 };
}

export async function* streamEvents(file: string, chunks: AsyncIterable<Uint8Array>, head: Uint8Array, json: boolean): AsyncGenerator<MailItem[]> {
  const decode = textDecoder(head);
  let pending = '';
  /** Where the rows complete so far end in `pending`, and where the scan for more stopped. */
  let rowsEnd = 0;
  let scanned = 0;
  // CSV: inside a quoted cell (since quoteStart); JSON: inside a string, after a backslash, and the depth
  let quoted = false;
  let quoteStart = 0;
  let escaped = false;
  let depth = 0;
  let header: string | null = json ? '' : null;
  let events = 0;
  let others = 0;
  let errors = 0;
  let row = 1;
  const error = (line: number): MailItem => {
    errors++;
    return { kind: 'error', file, problem: 'events-unreadable', detail: String(line), scope: 'path' };
  };
  const count = (reading: Exclude<ReturnType<typeof readEvents>, 'broken' | 'too-large' | null>): MailItem[] => {
    const before = events;
    others += reading.others;
    events += reading.events.length;
    return reading.events.map((event, i) => ({ kind: 'esp-event', file, event, first: before === 0 && i === 0 }));
  };
  /** JSON values one by one, where the piece as a whole could not be read: only the bad ones are lost, each said. */
  const valueByValue = (text: string, first: number): MailItem[] => {
    const out: MailItem[] = [];
    let at = 0;
    // the line `at` is on, counted as `at` moves on
    let line = first;
    let counted = 0;
    while (at < text.length) {
      while (at < text.length && ' \t\r\n'.includes(text[at]!)) at++;
      if (at >= text.length) break;
      for (let nl = text.indexOf('\n', counted); nl >= 0 && nl < at; nl = text.indexOf('\n', nl + 1)) line++;
      counted = at;
      const end = text[at] === '{' ? jsonValueEnd(text, at) : -1;
      const reading = end > 0 ? readEvents(text.slice(at, end)) : null;
      if (reading && reading !== 'broken' && reading !== 'too-large') out.push(...count(reading));
      else out.push(error(line));
      // after a bad value, on at its next line
      at = end > 0 ? end : text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at) + 1;
    }
    return out;
  };
  const piece = (text: string): MailItem[] => {
    const first = row;
    row += countRows(text);
    const reading = readEvents(header + text);
    if (reading !== null && reading !== 'broken' && reading !== 'too-large') return count(reading);
    return json ? valueByValue(text, first) : [error(first)];
  };
  const take = function* (all: boolean): Generator<MailItem[]> {
    const end = all ? pending.length : rowsEnd;
    if (!end) return;
    let text = pending.slice(0, end);
    pending = pending.slice(end);
    scanned -= end;
    quoteStart -= end;
    rowsEnd = 0;
    if (header === null) {
      // the first rows of a CSV: its header, put on top of every piece
      const rows = text.split('\n');
      const { start, end: n } = headerRows(rows);
      header = rows.slice(start, n).join('\n') + '\n';
      row += n;
      text = rows.slice(n).join('\n');
    }
    if (!text.trim()) return;
    const items = piece(text);
    for (let i = 0; i < items.length; i += BATCH_ITEMS) yield items.slice(i, i + BATCH_ITEMS);
  };
  /** The rest of a row too long to read, dropped up to its line end. */
  let skipping = false;
  for await (const chunk of slices(chunks)) {
    pending += decode(chunk);
    if (skipping) {
      const nl = pending.indexOf('\n');
      if (nl < 0) {
        pending = '';
        continue;
      }
      pending = pending.slice(nl + 1);
      skipping = false;
    }
    // rows end at a line break outside quotes (a CSV cell may hold one); JSON values at a line break
    // outside any object or string (objects may be printed over many lines, as jq prints them)
    for (; scanned < pending.length; scanned++) {
      const c = pending.charCodeAt(scanned);
      if (json) {
        if (quoted) {
          if (escaped) escaped = false;
          else if (c === 92 /* \ */) escaped = true;
          else if (c === 34) quoted = false;
        } else if (c === 34) quoted = true;
        else if (c === 123 || c === 91) depth++;
        else if (c === 125 || c === 93) depth = Math.max(0, depth - 1);
        else if (c === 10 && depth === 0) rowsEnd = scanned + 1;
        continue;
      }
      if (c === 34 /* " */) {
        quoted = !quoted;
        if (quoted) quoteStart = scanned;
      } else if (c === 10 && !quoted) rowsEnd = scanned + 1;
      if (quoted && scanned - quoteStart > MAX_QUOTED_CHARS) {
        // a quote never closed: a character, as parseCsv reads it (its cell ends with its line); scanned again after it
        quoted = false;
        scanned = quoteStart;
      }
    }
    if (rowsEnd >= EVENT_PIECE_CHARS || (header === null && rowsEnd > 0 && pending.length > 64 * 1024)) yield* take(false);
    if (pending.length - rowsEnd > MAX_EVENT_ROW_CHARS) {
      // no row end in sight (a value never closed): what was read is given, the long row reported and
      // reading goes on after the next line end (found in what comes)
      yield* take(false);
      const nl = pending.indexOf('\n', MAX_EVENT_ROW_CHARS);
      yield [error(row)];
      row += 1;
      pending = nl < 0 ? '' : pending.slice(nl + 1);
      skipping = nl < 0;
      scanned = 0;
      quoted = false;
      escaped = false;
      depth = 0;
    }
  }
  pending += decode(null);
  yield* take(true);
  // "none failed" only when every row was read: an unreadable piece may have held failures
  if (!events && !errors) yield [{ kind: 'quiet-events', file, others }];
}

/**
 * The chunks in views of at most CHUNK_BYTES: a file inside a zip that came on standard input is one
 * chunk of all its bytes, which would otherwise be read as one piece.
 */
async function* slices(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) {
    if (chunk.length <= CHUNK_BYTES) yield chunk;
    else for (let at = 0; at < chunk.length; at += CHUNK_BYTES) yield chunk.subarray(at, at + CHUNK_BYTES);
  }
}

function countRows(text: string): number {
  let n = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) n++;
  return text.endsWith('\n') ? n : n + 1;
}
