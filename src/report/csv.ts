// CSV output (RFC 4180): one row per result, header row in the chosen language, CRLF line ends, cells
// split by the language's spreadsheet separator (";" in Brazil, where Excel puts "a,b" in one column).
// The action column says what the report's lists say: an address removed for a failure, but that wrote or
// was delivered after it (address-lists.ts `check`), is to check before removing; the last column gives
// the same as a token, in every language (listAction's, or `check`).
import { hasError, type Result } from '../result.js';
import type { Locale } from '../types.js';
import { CATALOGS } from '../i18n/catalog.js';
import { REPORTS } from './catalog.js';
import { shownReasonName } from '../explain/shown-kind.js';
import { domainOf, isInboundRefusal, listAction, listActionWords, reportKind, type ListAction, type ResultLite } from './tally.js';
import { readWrittenDate, utcDateTime } from './utc-date.js';

export const CSV_BOM = '\uFEFF';

/** The last column's header, the same in every language: a script reads it by name. */
export const CSV_ACTION_TOKEN_HEADER = 'listAction';

/** The last column: listAction's token, or `check` for an address the lists keep to check before removing. */
export type CsvAction = ListAction | 'check';

/** The action column's index: the cells before it are the row's first ones. */
const ACTION_COLUMN = 11;

/**
 * One cell: quoted when it holds a separator (either), a quote, a line end or outer spaces, quotes
 * doubled. A cell starting with = + - @ (or a tab or CR) gets a leading apostrophe, so a spreadsheet
 * shows it as text instead of running it as a formula (addresses in bounces come from strangers).
 */
export function csvCell(value: string): string {
  let v = value;
  if (/^[=+\-@\t\r]/.test(v)) v = "'" + v;
  if (/[",;\r\n]/.test(v) || v !== v.trim()) return `"${v.replace(/"/g, '""')}"`;
  return v;
}

export function csvLine(cells: readonly string[], separator: ',' | ';' = ','): string {
  return cells.map(csvCell).join(separator) + '\r\n';
}

export function csvHeader(lang: Locale): string {
  const h = REPORTS[lang].csv;
  // new columns go at the end: spreadsheets and scripts read the older ones by position
  return csvLine([h.recipient, h.domain, h.kind, h.reason, h.hardBounce, h.status, h.replyCode, h.summary, h.advice, h.file,
    h.originalRecipient, h.action, h.reasonName, h.date, h.dateUtc, h.reply, CSV_ACTION_TOKEN_HEADER], h.separator);
}

/**
 * Whether a result's row says to check its address before removing it: it is to remove for a failure
 * (not a complaint, which no later message takes back), and `check` (lower-cased addresses: the report's
 * list to check) holds it.
 */
export function checkFirst(r: ResultLite & { listAction?: ListAction }, check: ReadonlySet<string> | ReadonlyMap<string, unknown>): boolean {
  if (!check.size || !mayTurnToCheck(r)) return false;
  return check.has((r.originalRecipient ?? r.recipient)!.trim().toLowerCase());
}

/** Whether a later message or delivery report could make a result's row one to check (checkFirst()). */
export function mayTurnToCheck(r: ResultLite & { listAction?: ListAction }): boolean {
  return r.reason !== 'feedback' && !!(r.originalRecipient ?? r.recipient)?.trim() && (r.listAction ?? listAction(r)) === 'remove';
}

/**
 * One result's row; `checked`: its address is to check before removing (checkFirst()). Only `true` says
 * so: results.map(csvRow) passes each row's index there.
 */
export function csvRow(r: Result, checked: boolean = false): string {
  return csvLine(rowCells(r, checked === true), REPORTS[r.lang].csv.separator);
}

/**
 * One result's row, and where its action cell starts and ends in it: the command line writes a row
 * before it knows whether its address is to check (asCheckFirst() rewrites it then).
 */
export function csvRowSpan(r: Result): { row: string; action: [number, number] } {
  // each cell quoted once, for the row and for where its action cell lies
  const cells = rowCells(r, false).map(csvCell);
  const separator = REPORTS[r.lang].csv.separator;
  const start = cells.slice(0, ACTION_COLUMN).join(separator).length + separator.length;
  return { row: `${cells.join(separator)}\r\n`, action: [start, start + cells[ACTION_COLUMN]!.length] };
}

/** A row of csvRowSpan() whose address turned out to be one to check: its action cell and its token say so. */
export function asCheckFirst(row: string, action: readonly [number, number], lang: Locale): string {
  const separator = REPORTS[lang].csv.separator;
  const token = (a: CsvAction): string => `${separator}${a}\r\n`;
  if (!row.endsWith(token('remove'))) return row;
  return row.slice(0, action[0]) + csvCell(REPORTS[lang].csv.checkFirst) + row.slice(action[1], row.length - token('remove').length) + token('check');
}

function rowCells(r: Result, checked: boolean): string[] {
  const t = REPORTS[r.lang];
  const bounce = r.bounce && !hasError(r);
  // your own server's refusal of incoming mail (--inbound): no bounce, but why it refused is its reason
  const inbound = isInboundRefusal(r);
  // the address on the list first (a forward or an alias failed under another, given last)
  const address = r.originalRecipient ?? r.recipient;
  // when it failed (`date`: the report's date, else the notice's); a row of a message that is no failure
  // has none, nor a pasted notice without a Date: the message's own Date then, else when it was sent
  const date = r.date ?? r.message?.noticeDate ?? r.message?.date ?? '';
  const action: CsvAction = checked ? 'check' : r.listAction ?? listAction(r);
  return [
    address ?? '',
    domainOf(address) ?? '',
    inbound ? t.csv.inboundKind : t.kindName[reportKind(r)],
    bounce || inbound ? r.reason : '',
    bounce ? (r.hardBounce ? t.csv.yes : t.csv.no) : '',
    r.statusDerived ? '' : r.status,
    r.replyCode,
    r.summary,
    r.advice,
    r.file ?? '',
    r.originalRecipient ? r.recipient ?? '' : '',
    checked ? t.csv.checkFirst : listActionWords(r),
    bounce || inbound ? shownReasonName(r, r.lang) : '',
    t.csv.dateCell(readWrittenDate(date), date),
    utcDateTime(date),
    r.diagnostic,
    action,
  ];
}

