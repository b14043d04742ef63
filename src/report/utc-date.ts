// A result's date as a spreadsheet reads it: "2024-01-01 13:00:00" in UTC. The date of a bounce is
// written as mail writes it ("Mon, 1 Jan 2024 10:00:00 -0300"), which Excel and LibreOffice keep as
// text, so a list could not be sorted or filtered by when its addresses failed.
import { offsetOf, readDsnDate } from '../explain/dsn-date.js';

/** ISO 8601 with an offset, as log files (rsyslog) and the event exports of sending services write dates. */
const ISO = /^\s{0,20}(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?\s?(z|[+-]\d{2}:?\d{2})\s{0,20}$/i;

/** The instant `value` names, as "YYYY-MM-DD HH:MM:SS" in UTC; '' when it gives no offset or cannot be read. */
export function utcDateTime(value: string): string {
  const at = instantOf(value.slice(0, 200));
  return at === null ? '' : new Date(at).toISOString().slice(0, 19).replace('T', ' ');
}

/** Milliseconds since the epoch, or null. */
export function instantOf(value: string): number | null {
  const iso = ISO.exec(value);
  if (iso) {
    const [, y, mo, d, h, mi, s, zone] = iso;
    return checked(Number(y), Number(mo), Number(d), Number(h), Number(mi), Number(s ?? 0), offsetOf(zone)!);
  }
  const d = readDsnDate(value);
  if (!d || d.offsetMinutes === null) return null;
  return checked(d.year, d.month, d.day, d.hour, d.minute, d.second, d.offsetMinutes);
}

/** The instant of a wall-clock time at `offset`, or null for a day the month lacks (31 Feb) or a time out of range. */
function checked(year: number, month: number, day: number, hour: number, minute: number, second: number, offset: number): number | null {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 60 || Math.abs(offset) > 14 * 60) return null;
  const local = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59));
  // Date.UTC rolls 31 Feb over into March: a day the month lacks is no date
  if (new Date(local).getUTCDate() !== day) return null;
  return local - offset * 60_000;
}
