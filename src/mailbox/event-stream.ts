// A sending service's events past MAX_MESSAGE_BYTES (a CSV export of a few hundred thousand rows, JSON
// Lines), read as a stream in pieces of whole rows, each read as a small export is (a CSV piece with
// the header rows on top): every failure gets its item, memory stays that of one piece. A JSON array
// cannot be cut so simply: it keeps its 'events-too-large' answer.
import { MAX_QUOTED_CHARS } from '../reply/esp-csv.js';
import { readEvents } from '../reply/read-events.js';
import type { MailItem } from './types.js';

/** Characters of rows read at once (a piece stays under the 4 MB of a whole export). */
export const EVENT_PIECE_CHARS = 2 * 1024 * 1024;
/** A row longer than this (an unclosed quote runs to the end of a CSV): the rest is reported, not held. */
export const MAX_EVENT_ROW_CHARS = 8 * 1024 * 1024;
/** Items given on at once. */
const BATCH_ITEMS = 64;

/** The decoder of a file whose first bytes are `head`: UTF-16 by its byte order mark, UTF-8 if the head is, else Windows-1252. */
function decoderFor(head: Uint8Array): { decode(input?: Uint8Array, options?: { stream?: boolean }): string } {
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le');
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be');
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return new TextDecoder('utf-8');
  } catch {
    return new TextDecoder('windows-1252');
  }
}

/**
 * The rows every CSV piece needs on top: comment lines ("#TYPE ...", "#Software: ...") and the column
 * names, which Exchange's tracking log gives as a comment of its own ("#Fields: date-time,...").
 */
function headerRowCount(rows: readonly string[]): number {
  let n = 0;
  while (n < rows.length && rows[n]!.startsWith('#')) n++;
  const fields = rows.slice(0, n).some((r) => r.slice(0, 8).toLowerCase() === '#fields:');
  return fields ? n : n + 1;
}

export async function* streamEvents(file: string, chunks: AsyncIterable<Uint8Array>, head: Uint8Array, json: boolean): AsyncGenerator<MailItem[]> {
  const decoder = decoderFor(head);
  let pending = '';
  /** Where the rows complete so far end in `pending`, and where the scan for more stopped. */
  let rowsEnd = 0;
  let scanned = 0;
  let quoted = false;
  let quoteStart = 0;
  let header: string | null = json ? '' : null;
  let events = 0;
  let others = 0;
  let row = 1;
  const piece = (text: string): MailItem[] => {
    const first = row;
    row += countRows(text);
    const reading = readEvents(header + text);
    if (reading === null || reading === 'broken' || reading === 'too-large') {
      return [{ kind: 'error', file, problem: 'events-unreadable', detail: String(first), scope: 'path' }];
    }
    others += reading.others;
    events += reading.events.length;
    return reading.events.map((event) => ({ kind: 'esp-event', file, event }));
  };
  const take = function* (all: boolean): Generator<MailItem[]> {
    const end = all ? pending.length : rowsEnd;
    if (!end) return;
    let text = pending.slice(0, end);
    pending = pending.slice(end);
    scanned -= end;
    rowsEnd = 0;
    if (header === null) {
      // the first rows of a CSV: its header, put on top of every piece
      const rows = text.split('\n');
      const n = headerRowCount(rows);
      header = rows.slice(0, n).join('\n') + '\n';
      row += n;
      text = rows.slice(n).join('\n');
    }
    if (!text.trim()) return;
    const items = piece(text);
    for (let i = 0; i < items.length; i += BATCH_ITEMS) yield items.slice(i, i + BATCH_ITEMS);
  };
  let dropping = false;
  for await (const chunk of chunks) {
    if (dropping) continue; // read to the end, dropped
    pending += decoder.decode(chunk, { stream: true });
    // rows end at a line break outside quotes (a CSV cell may hold one); JSON Lines at every line break
    for (; scanned < pending.length; scanned++) {
      const c = pending.charCodeAt(scanned);
      if (c === 34 /* " */ && !json) {
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
    if (pending.length > MAX_EVENT_ROW_CHARS) {
      // no row end in sight (an unclosed quote): what was read is reported, the rest is not held
      yield [{ kind: 'error', file, problem: 'events-unreadable', detail: String(row), scope: 'path' }];
      dropping = true;
      pending = '';
    }
  }
  if (dropping) return;
  pending += decoder.decode();
  yield* take(true);
  if (!events) yield [{ kind: 'quiet-events', file, others }];
}

function countRows(text: string): number {
  let n = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) n++;
  return text.endsWith('\n') ? n : n + 1;
}
