// A result's date in the two forms a program reads: "2024-01-01 13:00:00" in UTC for a spreadsheet (the
// CSV's "Date (UTC)"), and ISO 8601 at the offset it was written with for JSON (the result's `dateIso`).
// The date of a bounce is written as mail writes it ("Mon, 1 Jan 2024 10:00:00 -0300"), which Excel and
// LibreOffice keep as text and every script would have to parse; one reading here serves both.
import { offsetOf, readDsnDate } from '../explain/dsn-date.js';

/** ISO 8601, with or without an offset, as log files (rsyslog) and the event exports of sending services write dates. */
const ISO = /^\s{0,20}(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})([.,]\d{1,9})?)?\s?(z|[+-]\d{2}:?\d{2})?\s{0,20}$/i;

/** A date's wall-clock time as written and its offset in minutes east of UTC (null when it names none). */
export interface WrittenDate {
  year: number; month: number; day: number; hour: number; minute: number; second: number;
  /** ISO 8601's fraction of a second as written (".502"), or ''. */
  fraction: string;
  offset: number | null;
  /** A zone named without a known offset ("BRT"), as written; else null. */
  unknownZone: string | null;
}

/** The instant `value` names, as "YYYY-MM-DD HH:MM:SS" in UTC; '' when it gives no offset or cannot be read. */
export function utcDateTime(value: string): string {
  const at = instantOf(value.slice(0, 200));
  return at === null ? '' : new Date(at).toISOString().slice(0, 19).replace('T', ' ');
}

/** Milliseconds since the epoch, or null (no date, or one without an offset). */
export function instantOf(value: string): number | null {
  const d = writtenDate(value);
  return d === null || d.offset === null ? null : checked(d, d.offset);
}

/**
 * `value` as ISO 8601 at the offset it is written with: "2026-11-30T10:00:00-03:00", "…Z" at UTC, no
 * offset when it names none ("2026-11-30T10:00:00", a log's local time: no zone is guessed); null for no
 * date or one that cannot be read. A fraction of a second is kept as written; a leap second (:60) is
 * written :59, as JavaScript's Date reads no :60.
 */
export function isoDateTime(value: string | null): string | null {
  const d = value ? readWrittenDate(value) : null;
  if (d === null) return null;
  const zone = d.offset === null ? '' : d.offset === 0 ? 'Z' : `${d.offset < 0 ? '-' : '+'}${two(Math.floor(Math.abs(d.offset) / 60))}:${two(Math.abs(d.offset) % 60)}`;
  return `${String(d.year).padStart(4, '0')}-${two(d.month)}-${two(d.day)}T${two(d.hour)}:${two(d.minute)}:${two(Math.min(d.second, 59))}${d.fraction}${zone}`;
}

const two = (n: number) => (n < 10 ? `0${n}` : String(n));

/**
 * `value`'s wall-clock time as written and its offset, for a language that writes dates its own way (the
 * CSV's Date column in pt-BR); null for no date, or one that cannot be read (a day the month lacks).
 */
export function readWrittenDate(value: string): WrittenDate | null {
  const d = value ? writtenDate(value.slice(0, 200)) : null;
  return d === null || checked(d, d.offset ?? 0) === null ? null : d;
}

/** The parts of an ISO 8601 date or of an RFC 5322 one (readDsnDate), or null. */
function writtenDate(value: string): WrittenDate | null {
  // (ISO 8601 opens with its year and a hyphen, or white space: a mail date is not tried against it)
  const first = value.charCodeAt(0);
  const iso = value.charCodeAt(4) === 45 || first <= 32 || first === 0xa0 ? ISO.exec(value) : null;
  if (iso) {
    const [, y, mo, d, h, mi, s, fraction, zone] = iso;
    return {
      year: Number(y), month: Number(mo), day: Number(d), hour: Number(h), minute: Number(mi), second: Number(s ?? 0),
      fraction: fraction?.replace(',', '.') ?? '', offset: offsetOf(zone), unknownZone: null,
    };
  }
  const d = readDsnDate(value);
  return d && { year: d.year, month: d.month, day: d.day, hour: d.hour, minute: d.minute, second: d.second, fraction: '', offset: d.offsetMinutes,
    unknownZone: d.offsetMinutes === null ? d.zone : null };
}

/** The instant of a wall-clock time at `offset`, or null for a day the month lacks (31 Feb) or a time out of range. */
function checked(d: WrittenDate, offset: number): number | null {
  const { year, month, day, hour, minute, second } = d;
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 60 || Math.abs(offset) > 14 * 60) return null;
  // Date.UTC would roll 31 Feb over into March: a day the month lacks is no date
  if (day > daysIn(year, month)) return null;
  return Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59)) - offset * 60_000;
}

/** Days in a month of the Gregorian calendar (month 1 to 12). */
function daysIn(year: number, month: number): number {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
}
