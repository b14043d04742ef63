// CSV output (RFC 4180): one row per result, header row in the chosen language, CRLF line ends.
import type { Result } from '../result.js';
import type { Locale } from '../types.js';
import { REPORTS } from './catalog.js';
import { domainOf, reportKind } from './tally.js';

export const CSV_BOM = '\uFEFF';

/**
 * One cell: quoted when it holds a comma, a quote, a line end or outer spaces, quotes doubled.
 * A cell starting with = + - @ (or a tab or CR) gets a leading apostrophe, so a spreadsheet shows it
 * as text instead of running it as a formula (addresses in bounces come from strangers).
 */
export function csvCell(value: string): string {
  let v = value;
  if (/^[=+\-@\t\r]/.test(v)) v = "'" + v;
  if (/[",\r\n]/.test(v) || v !== v.trim()) return `"${v.replace(/"/g, '""')}"`;
  return v;
}

export function csvLine(cells: readonly string[]): string {
  return cells.map(csvCell).join(',') + '\r\n';
}

export function csvHeader(lang: Locale): string {
  const h = REPORTS[lang].csv;
  // new columns go at the end: spreadsheets and scripts read the older ones by position
  return csvLine([h.recipient, h.domain, h.kind, h.reason, h.hardBounce, h.status, h.replyCode, h.summary, h.advice, h.file, h.originalRecipient]);
}

export function csvRow(r: Result): string {
  const t = REPORTS[r.lang];
  const bounce = r.bounce && r.error === undefined;
  return csvLine([
    r.recipient ?? '',
    domainOf(r.recipient) ?? '',
    t.kindName[reportKind(r)],
    bounce ? r.reason : '',
    bounce ? (r.hardBounce ? t.csv.yes : t.csv.no) : '',
    r.statusDerived ? '' : r.status,
    r.replyCode,
    r.summary,
    r.advice,
    r.file ?? '',
    r.originalRecipient ?? '',
  ]);
}
