// A sending service's bounce list downloaded as CSV: one row per address, with the server's reply
// or the service's words (columns in src/knowledge/esp-events.ts). Each row reads as a JSON event.
import {
  COMPLAINT_EVENTS, CSV_COLUMNS, CSV_LISTS, CSV_OTHER_WORDS, CSV_STATUS_WORDS, LAST_ERROR_MARK, NOT_FAILURE_EVENTS, OPT_OUT_EVENTS, SERVICE_DECIDES, SES_BULK_LINE,
  SES_BULK_ROWS, type CsvList, type ListRow, type ListWords, type StatusWord,
} from '../knowledge/esp-events.js';
import { eventDate } from './event-date.js';
import { eventText, type EspEvent, type EventsReading } from './esp-events.js';
import { cleanAddress, writtenRecipient } from './find-address.js';
import { hasOwn } from '../own-key.js';

/** Longest header row read as one: a CSV header is a few hundred characters. */
const MAX_HEADER_CHARS = 4096;

/** The rows of a CSV text (RFC 4180 quoting: "a ""b""", line breaks inside quotes), with its delimiter. */
/**
 * A quoted cell longer than this is a quote never closed (a real cell holds a reply of a few lines):
 * the quote is read as a character, and the cell ends with its line, so that the rows after it are read
 * (the quote would otherwise swallow them, or pair with one rows later).
 */
export const MAX_QUOTED_CHARS = 64 * 1024;

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
      // quoted: up to the closing quote, "" standing for one; never closed (MAX_QUOTED_CHARS), to the line's end
      const opened = i;
      const piecesBefore = pieces.length;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0 || q - opened > MAX_QUOTED_CHARS) {
          const nl = text.indexOf('\n', opened);
          const end = nl < 0 ? n : text[nl - 1] === '\r' ? nl - 1 : nl;
          // what the cell read since the quote is read again, as plain text
          pieces.length = piecesBefore;
          pieces.push('"' + text.slice(opened, end));
          i = end;
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

const normal = (name: string) => name.trim().toLowerCase().replace(/[-_\s]+/g, ' ');

/** The first column of the names that the header has, or -1. */
function column(header: string[], names: readonly string[]): number {
  for (const name of names) {
    const i = header.indexOf(normal(name));
    if (i >= 0) return i;
  }
  return -1;
}

/** Comment lines before a header: Exchange's "#Software:", "#Version:"..., PowerShell's "#TYPE ..." (a few at most). */
const MAX_COMMENT_LINES = 8;
/** Exchange's message tracking log names its columns in a comment line. */
const FIELDS_MARK = '#Fields:';

/** The header line of a CSV text (after comment lines) and where the rows after it start; null without one. */
function headerLine(text: string): { line: string; rows: number } | null {
  let at = 0;
  for (let skipped = 0; skipped <= MAX_COMMENT_LINES; skipped++) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) return null;
    const line = text.slice(at, Math.min(nl, at + MAX_HEADER_CHARS + 1)).replace(/\r$/, '');
    if (line.startsWith(FIELDS_MARK)) return { line: line.slice(FIELDS_MARK.length).trim(), rows: nl + 1 };
    if (!line.startsWith('#')) return { line, rows: nl + 1 };
    at = nl + 1;
  }
  return null;
}

/** A header row's delimiter and its column names, normalised; null for a line too long or with no delimiter. */
function headerCells(line: string): { delimiter: string; header: string[] } | null {
  if (line.length > MAX_HEADER_CHARS) return null;
  // semicolons too: spreadsheets in Portuguese write them
  const delimiter = [',', ';', '\t'].find((d) => line.includes(d));
  return delimiter ? { delimiter, header: parseCsv(line, delimiter)[0]!.map(normal) } : null;
}

/** A header row's delimiter and column names, when it names a recipient (or recipients with their events) and a reply or code column. */
function eventCsvHeader(line: string): { delimiter: string; header: string[] } | null {
  const cells = headerCells(line);
  if (!cells) return null;
  const { delimiter, header } = cells;
  const recipient = column(header, CSV_COLUMNS.recipient) >= 0 || column(header, CSV_COLUMNS.recipientEvents) >= 0;
  const named = recipient && (column(header, CSV_COLUMNS.diagnostic) >= 0 || column(header, CSV_COLUMNS.codes) >= 0);
  return named ? { delimiter, header } : null;
}

const LISTS: readonly CsvList[] = CSV_LISTS;

/** The list (CSV_LISTS) a header row names, with its delimiter and the address's column; null for any other header. */
function listHeader(line: string): { delimiter: string; list: CsvList; to: number } | null {
  const cells = headerCells(line);
  if (!cells) return null;
  const { delimiter, header } = cells;
  for (const list of LISTS) {
    // a column of the list's own, or exactly the list's columns: never any list that has an address column
    const named = list.marks
      ? list.marks.some((m) => header.includes(normal(m)))
      : !!list.header && list.header.length === header.length && list.header.every((c, i) => normal(c) === header[i]);
    const to = header.indexOf(normal(list.recipient));
    if (named && to >= 0) return { delimiter, list, to };
  }
  return null;
}

/** The first line of a text, without its line break (at most a header's length). */
function firstLine(text: string): string {
  const nl = text.indexOf('\n');
  return text.slice(0, Math.min(nl < 0 ? text.length : nl, MAX_HEADER_CHARS + 1)).replace(/\r$/, '');
}

/**
 * The delimiter of a text whose header row (after comment lines: "#TYPE ...", Exchange's "#Fields: ...")
 * names a recipient column and a reply or code column, or is a known list's (CSV_LISTS), or of Amazon
 * SES's suppression list without a header (its first line "address,BOUNCE"); null for any other text.
 */
export function eventCsvDelimiter(text: string): string | null {
  const t = text.replace(/^\uFEFF/, '');
  const found = headerLine(t);
  const delimiter = found && (eventCsvHeader(found.line)?.delimiter ?? listHeader(found.line)?.delimiter);
  if (delimiter) return delimiter;
  return SES_BULK_LINE.test(firstLine(t)) ? ',' : null;
}

/**
 * What a row's state columns say: no failure, a complaint, a failure (with what its words document, and
 * the word that says the most), or nothing known.
 */
type RowState = 'other' | 'complaint' | { optOut: string } | (StatusWord & { word: string }) | null;

function rowState(words: readonly string[]): RowState {
  let failure = null as (StatusWord & { word: string }) | null;
  for (const word of words) {
    if (!failure && (NOT_FAILURE_EVENTS.has(word) || CSV_OTHER_WORDS.has(word))) return 'other';
    if (!failure && COMPLAINT_EVENTS.has(word)) return 'complaint';
    if (!failure && OPT_OUT_EVENTS.has(word)) return { optOut: word };
    if (!hasOwn(CSV_STATUS_WORDS, word)) continue;
    // the first word says that the row failed; a later one may add what it documents (Mandrill's
    // Status "bounced" and its Bounce Detail "bad_mailbox")
    const said: StatusWord = CSV_STATUS_WORDS[word]!;
    if (!failure) failure = { ...said, word };
    else {
      if (!failure.action && said.action) failure.action = said.action;
      if (said.hard) failure.hard = true;
      if (!failure.reason && said.reason) failure = { ...failure, reason: said.reason, word };
    }
  }
  return failure;
}

/** The reply in Microsoft's message trace detail, "Reason: [{LED=550 5.1.1 ...};{MSG=};...]"; else the words as they are. */
function lastError(words: string): string {
  const at = words.indexOf(LAST_ERROR_MARK);
  if (at < 0) return words;
  const from = at + LAST_ERROR_MARK.length;
  const end = words.indexOf('}', from);
  return words.slice(from, end < 0 ? undefined : end);
}

/**
 * The rows of a sending service's CSV bounce list (or of a mail server's exported message trace),
 * failures apart; null for any other text. Failures past `limit` are counted in `left`, not kept.
 */
export function readEventCsv(text: string, limit = Infinity): EventsReading | null {
  const t = text.replace(/^\uFEFF/, '');
  const found = headerLine(t);
  const list = found && listHeader(found.line);
  if (list) return readList(t.slice(found.rows), list, limit);
  const head = found && eventCsvHeader(found.line);
  if (!found || !head) return sesBulk(t, limit);
  const { delimiter, header } = head;
  const rows = csvRows(t.slice(found.rows), delimiter);
  const to = column(header, CSV_COLUMNS.recipient);
  const listed = to < 0 ? column(header, CSV_COLUMNS.recipientEvents) : -1;
  const words = column(header, CSV_COLUMNS.diagnostic);
  const code = column(header, CSV_COLUMNS.codes);
  const states = [...new Set(CSV_COLUMNS.state.map((name) => header.indexOf(normal(name))).filter((i) => i >= 0))];
  // when the row's event happened; a column named in Portuguese writes "03/11/2025" day first
  const dated = column(header, CSV_COLUMNS.date);
  const dayFirst = dated < 0 ? column(header, CSV_COLUMNS.dateDayFirst) : -1;
  const reading: EventsReading = { events: [], others: 0, left: 0 };
  const keep = (e: EspEvent): void => {
    if (reading.events.length < limit) reading.events.push(e);
    else reading.left++;
  };
  const read = (recipient: string, state: RowState, row: readonly string[], said: readonly string[]): void => {
    if (state === 'other') {
      reading.others++;
      return;
    }
    const date = dated >= 0 || dayFirst >= 0 ? eventDate(row[dated >= 0 ? dated : dayFirst] ?? '', dayFirst >= 0) : null;
    const when = date ? { date } : {};
    if (state === 'complaint') {
      keep({ service: 'csv', recipient, text: '', complaint: true, ...when });
      return;
    }
    if (state && 'optOut' in state) {
      keep({ service: 'csv', recipient, text: '', complaint: true, feedbackType: 'opt-out', event: state.optOut, ...when });
      return;
    }
    const text = eventText([code >= 0 ? (row[code] ?? '').trim() : null], words >= 0 ? lastError(row[words] ?? '') : null);
    if (!text && !state) {
      // a state no service above documents, and no reply: the row is told with its word, never dropped unsaid
      const word = said.find(Boolean);
      if (word) keep({ service: 'csv', recipient, text: '', complaint: false, unknownState: word, ...when });
      return;
    }
    // a row whose state says it failed is one even without a reply: what its word documents, else no reason known;
    // the documented reason without a reply, or beside one when the service decided itself, or when the
    // words are such a word (SendGrid's "Invalid", Mandrill's "bad_mailbox": the service's, no server's reply)
    const documented = state?.reason &&
      (!text || (SERVICE_DECIDES.has(state.reason) && !state.replyFirst) || hasOwn(CSV_STATUS_WORDS, text.toLowerCase()));
    const reason = documented ? { reason: state.reason!, value: state.word } : state && !text ? { reason: 'undefined' as const, value: state.word } : undefined;
    keep({
      service: 'csv', recipient, text, complaint: false, ...(reason && { reason }), ...(state?.action && { action: state.action }), ...(state?.hard && { hard: true }),
      ...when,
    });
  };
  for (const row of rows) {
    if (listed >= 0) {
      // "ana@example.org##Receive, Fail;bia@example.org##Receive, Send": each recipient's last event tells
      for (const entry of (row[listed] ?? '').split(';')) {
        const mark = entry.indexOf('##');
        const recipient = mark > 0 ? writtenRecipient(entry.slice(0, mark)) : null;
        if (!recipient) continue;
        const last = entry.slice(mark + 2).split(',').pop()!.trim().toLowerCase();
        read(recipient, rowState([last]), [], [last]);
      }
      continue;
    }
    const recipient = writtenRecipient(row[to] ?? '');
    if (!recipient) continue;
    const said = states.map((i) => (row[i] ?? '').trim().toLowerCase());
    read(recipient, rowState(said), row, said);
  }
  // a header naming the columns is enough to know the list, even when no row is a failure
  return reading;
}

/** An event that says what a list's row means: the service stopped sending to the address, or its owner complained or unsubscribed. */
function listEvent(service: string, recipient: string, row: ListRow, words: ListWords | undefined): EspEvent {
  const own = words ? { words } : {};
  if (row === 'complaint') return { service, recipient, text: '', complaint: true, ...own };
  if (row === 'opt-out') return { service, recipient, text: '', complaint: true, feedbackType: 'opt-out', ...own };
  return { service, recipient, text: '', complaint: false, reason: { reason: 'suppressed', value: 'suppressed' }, action: 'failed', ...own };
}

/** A known list's rows (CSV_LISTS): each row's address, meaning what the list means. */
function readList(rows: string, { delimiter, list, to }: { delimiter: string; list: CsvList; to: number }, limit: number): EventsReading {
  const reading: EventsReading = { events: [], others: 0, left: 0 };
  for (const row of csvRows(rows, delimiter)) {
    const recipient = writtenRecipient(row[to] ?? '');
    if (!recipient) continue;
    if (reading.events.length < limit) reading.events.push(listEvent(list.id, recipient, list.row, list.words));
    else reading.left++;
  }
  return reading;
}

/**
 * Amazon SES's suppression list as its bulk file, without a header: every line "address,BOUNCE" or
 * "address,COMPLAINT" (SES_BULK_LINE); null as soon as a line is not one, or the first is none.
 */
function sesBulk(text: string, limit: number): EventsReading | null {
  if (!SES_BULK_LINE.test(firstLine(text))) return null;
  const reading: EventsReading = { events: [], others: 0, left: 0 };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (!line.trim()) continue;
    const m = SES_BULK_LINE.exec(line);
    const recipient = m && cleanAddress(m[1]!);
    if (!m || !recipient || recipient.toLowerCase() !== m[1]!.toLowerCase()) return null;
    const { row, words } = SES_BULK_ROWS[m[2]!]!;
    if (reading.events.length < limit) reading.events.push(listEvent('sessuppressionlist', recipient, row, words));
    else reading.left++;
  }
  return reading.events.length || reading.left ? reading : null;
}
