// A sending service's bounce list downloaded as CSV: one row per address, with the server's reply
// or the service's words (columns in src/knowledge/esp-events.ts). Each row reads as a JSON event.
import { COMPLAINT_EVENTS, CSV_COLUMNS, NOT_FAILURE_EVENTS } from '../knowledge/esp-events.js';
import { eventText, type EspEvent, type EventsReading } from './esp-events.js';
import { cleanAddress } from './find-address.js';

/** Longest header row read as one: a CSV header is a few hundred characters. */
const MAX_HEADER_CHARS = 4096;

/** The rows of a CSV text (RFC 4180 quoting: "a ""b""", line breaks inside quotes), with its delimiter. */
export function parseCsv(text: string, delimiter: string): string[][] {
  return [...csvRows(text, delimiter)];
}

/** parseCsv one row at a time: a long list is read without holding all its rows. */
export function* csvRows(text: string, delimiter: string): Generator<string[]> {
  let row: string[] = [];
  // a field is made of slices of the text (runs between quotes and separators), never a character at a
  // time: a string grown by one character per step costs an object per character (a 4 MB field, ~200 MB)
  let pieces: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let j = i;
    for (; j < n; j++) {
      const c = text[j];
      if (c === '"' || c === delimiter || c === '\n' || c === '\r') break;
    }
    if (j > i) pieces.push(text.slice(i, j));
    if (j === n) break;
    const c = text[j]!;
    i = j + 1;
    if (c === '"') {
      // quoted: up to the closing quote, "" standing for one; never closed, it runs to the end
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) {
          pieces.push(text.slice(i));
          i = n;
          break;
        }
        pieces.push(text.slice(i, text[q + 1] === '"' ? q + 1 : q));
        i = q + 1;
        if (text[i] !== '"') break;
        i++;
      }
    } else if (c === delimiter) {
      row.push(pieces.join(''));
      pieces = [];
    } else {
      if (c === '\r' && text[i] === '\n') i++;
      row.push(pieces.join(''));
      yield row;
      row = [];
      pieces = [];
    }
  }
  const field = pieces.join('');
  if (field || row.length) yield [...row, field];
}

const normal = (name: string) => name.trim().toLowerCase().replace(/[_\s]+/g, ' ');

/** The first column of the names that the header has, or -1. */
function column(header: string[], names: readonly string[]): number {
  for (const name of names) {
    const i = header.indexOf(normal(name));
    if (i >= 0) return i;
  }
  return -1;
}

/** The delimiter of a header row naming a recipient column and a reply or code column; null for any other line. */
export function eventCsvDelimiter(firstLine: string): string | null {
  const line = firstLine.replace(/^\uFEFF/, '').replace(/\r$/, '');
  if (line.length > MAX_HEADER_CHARS) return null;
  // semicolons too: spreadsheets in Portuguese write them
  const delimiter = [',', ';', '\t'].find((d) => line.includes(d));
  if (!delimiter) return null;
  const header = parseCsv(line, delimiter)[0]!.map(normal);
  const named = column(header, CSV_COLUMNS.recipient) >= 0 && (column(header, CSV_COLUMNS.diagnostic) >= 0 || column(header, CSV_COLUMNS.codes) >= 0);
  return named ? delimiter : null;
}

/**
 * The rows of a sending service's CSV bounce list, failures apart; null for any other text. Failures
 * past `limit` are counted in `left`, not kept.
 */
export function readEventCsv(text: string, limit = Infinity): EventsReading | null {
  const t = text.replace(/^\uFEFF/, '');
  const nl = t.indexOf('\n');
  if (nl < 0) return null;
  const delimiter = eventCsvDelimiter(t.slice(0, nl));
  if (!delimiter) return null;
  const rows = csvRows(t, delimiter);
  const header = rows.next().value!.map(normal);
  const to = column(header, CSV_COLUMNS.recipient);
  const words = column(header, CSV_COLUMNS.diagnostic);
  const code = column(header, CSV_COLUMNS.codes);
  const event = column(header, CSV_COLUMNS.event);
  const reading: EventsReading = { events: [], others: 0, left: 0 };
  const keep = (e: EspEvent): void => {
    if (reading.events.length < limit) reading.events.push(e);
    else reading.left++;
  };
  for (const row of rows) {
    const recipient = cleanAddress(row[to] ?? '');
    if (!recipient) continue;
    const name = event >= 0 ? (row[event] ?? '').trim().toLowerCase() : '';
    // without an event column, a status column may hold the event's name ("delivered") instead of a code
    const status = event < 0 && code >= 0 ? (row[code] ?? '').trim().toLowerCase() : '';
    if (NOT_FAILURE_EVENTS.has(name) || NOT_FAILURE_EVENTS.has(status)) {
      reading.others++;
      continue;
    }
    if (COMPLAINT_EVENTS.has(name) || COMPLAINT_EVENTS.has(status)) {
      keep({ service: 'csv', recipient, text: '', complaint: true });
      continue;
    }
    const text = eventText([code >= 0 ? (row[code] ?? '').trim() : null], words >= 0 ? row[words] ?? null : null);
    if (text) keep({ service: 'csv', recipient, text, complaint: false });
  }
  // a header naming the columns is enough to know the list, even when no row is a failure
  return reading;
}
