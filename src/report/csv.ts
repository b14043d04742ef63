// CSV output (RFC 4180): one row per result, header row in the chosen language, CRLF line ends, cells
// split by the language's spreadsheet separator (";" in Brazil, where Excel puts "a,b" in one column).
import type { Result } from '../result.js';
import type { Locale } from '../types.js';
import { CATALOGS } from '../i18n/catalog.js';
import { REPORTS } from './catalog.js';
import { shownReasonName } from '../explain/shown-kind.js';
import { domainOf, listActionWords, reportKind } from './tally.js';
import { utcDateTime } from './utc-date.js';

export const CSV_BOM = '\uFEFF';

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
    h.originalRecipient, h.action, h.reasonName, h.date, h.dateUtc, h.reply], h.separator);
}

export function csvRow(r: Result): string {
  const t = REPORTS[r.lang];
  const bounce = r.bounce && r.error === undefined;
  // the address on the list first (a forward or an alias failed under another, given last)
  const address = r.originalRecipient ?? r.recipient;
  // when it failed: the report's attempt date, else the bounce's own Date, else when it was sent
  const date = r.date ?? r.message?.noticeDate ?? r.message?.date ?? '';
  return csvLine([
    address ?? '',
    domainOf(address) ?? '',
    t.kindName[reportKind(r)],
    bounce ? r.reason : '',
    bounce ? (r.hardBounce ? t.csv.yes : t.csv.no) : '',
    r.statusDerived ? '' : r.status,
    r.replyCode,
    r.summary,
    r.advice,
    r.file ?? '',
    r.originalRecipient ? r.recipient ?? '' : '',
    listActionWords(r),
    bounce ? shownReasonName(r, r.lang) : '',
    date,
    utcDateTime(date),
    r.diagnostic,
  ], t.csv.separator);
}

