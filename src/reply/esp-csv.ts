// A sending service's bounce list downloaded as CSV: one row per address, with the server's reply
// or the service's words (columns in src/knowledge/esp-events.ts). Each row reads as a JSON event.
import { COMPLAINT_EVENTS, CSV_COLUMNS, NOT_FAILURE_EVENTS } from '../knowledge/esp-events.js';
import { eventText, type EspEvent } from './esp-events.js';
import { cleanAddress } from './find-address.js';

/** Longest header row read as one: a CSV header is a few hundred characters. */
const MAX_HEADER_CHARS = 4096;

/** The rows of a CSV text (RFC 4180 quoting: "a ""b""", line breaks inside quotes), with its delimiter. */
export function parseCsv(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') { field += '"'; i++; }
      else quoted = false;
    } else if (c === '"') {
      quoted = true;
    } else if (c === delimiter) {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += c;
    }
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
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

/** The failure rows of a sending service's CSV bounce list; null for any other text. */
export function readEventCsv(text: string): EspEvent[] | null {
  const t = text.replace(/^\uFEFF/, '');
  const nl = t.indexOf('\n');
  if (nl < 0) return null;
  const delimiter = eventCsvDelimiter(t.slice(0, nl));
  if (!delimiter) return null;
  const [head, ...rows] = parseCsv(t, delimiter);
  const header = head!.map(normal);
  const to = column(header, CSV_COLUMNS.recipient);
  const words = column(header, CSV_COLUMNS.diagnostic);
  const code = column(header, CSV_COLUMNS.codes);
  const event = column(header, CSV_COLUMNS.event);
  const out: EspEvent[] = [];
  for (const row of rows) {
    const recipient = cleanAddress(row[to] ?? '');
    if (!recipient) continue;
    const name = event >= 0 ? (row[event] ?? '').trim().toLowerCase() : '';
    if (NOT_FAILURE_EVENTS.has(name)) continue;
    if (COMPLAINT_EVENTS.has(name)) {
      out.push({ service: 'csv', recipient, text: '', complaint: true });
      continue;
    }
    const text = eventText([code >= 0 ? (row[code] ?? '').trim() : null], words >= 0 ? row[words] ?? null : null);
    if (text) out.push({ service: 'csv', recipient, text, complaint: false });
  }
  return out.length ? out : null;
}
