// When a sending service's event happened, written as a bounce's date is (RFC 5322, "Mon, 3 Nov 2025
// 13:00:00 +0000"): the result's date, which the CSV output turns into UTC and the repeated-mailbox rule
// (src/report/address-lists.ts) counts days with. Services write unix seconds (SendGrid, Mailgun, Brevo's
// ts_event, Mandrill, SparkPost), ISO 8601 (Postmark, Amazon SES, Exchange) or a local time with no zone
// (Brevo's "date", spreadsheets): a time with no zone keeps none, so that no zone is guessed.
import { readDsnDate } from '../explain/dsn-date.js';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Unix seconds of 2001-09-09 to 2286 (ten digits), with a fraction (Mailgun's 1762174800.1). */
const UNIX_SECONDS = /^\d{10}(?:\.\d{1,9})?$/;
/** ISO 8601, "2025-11-03T10:00:00.123Z", "2025-11-03 10:00:00", "2025-11-03T10:00:00-03:00". */
const ISO = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d{1,9})?)?\s?(z|[+-]\d{2}:?\d{2})?$/i;
/** Day first, as Brazilian spreadsheets write it: "03/11/2025 10:00", "3/11/2025 10:00:05". */
const DAY_FIRST = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\s{1,3}(\d{1,2}):(\d{2})(?::(\d{2}))?$/;

const two = (n: number) => (n < 10 ? `0${n}` : String(n));
const DAY_MS = 86_400_000;

/** "-0300", "+0000"; '' for no zone. */
export function zoneOf(raw: string | undefined): string {
  if (!raw) return '';
  if (raw.toLowerCase() === 'z') return ' +0000';
  return ` ${raw.replace(':', '')}`;
}

/** RFC 5322's form of a wall-clock time; null for a day the month lacks or a time out of range. */
export function written(year: number, month: number, day: number, hour: number, minute: number, second: number, zone: string): string | null {
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 60) return null;
  // by numbers, no Date object (a log's every line is dated): Date.UTC rolls 31 Feb over into March, so a
  // day the month lacks starts where the next month does; 1 Jan 1970 was a Thursday
  const days = Date.UTC(year, month - 1, day) / DAY_MS;
  if (day > 28 && days >= Date.UTC(year, month, 1) / DAY_MS) return null;
  return `${DAYS[(((days + 4) % 7) + 7) % 7]}, ${day} ${MONTHS[month - 1]} ${year} ${two(hour)}:${two(minute)}:${two(second)}${zone}`;
}

/**
 * The event's time as RFC 5322 writes it, or null when `value` is none of the forms above. A date already
 * so written is kept as it is. `dayFirst`: "03/11/2025" is read day first (a column named in Portuguese).
 */
export function eventDate(value: string, dayFirst = false): string | null {
  const v = value.trim().slice(0, 64);
  if (UNIX_SECONDS.test(v)) {
    const d = new Date(Math.floor(Number(v)) * 1000);
    return written(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), ' +0000');
  }
  const iso = ISO.exec(v);
  if (iso) return written(Number(iso[1]), Number(iso[2]), Number(iso[3]), Number(iso[4]), Number(iso[5]), Number(iso[6] ?? 0), zoneOf(iso[7]));
  const slashed = dayFirst ? DAY_FIRST.exec(v) : null;
  if (slashed) return written(Number(slashed[3]), Number(slashed[2]), Number(slashed[1]), Number(slashed[4]), Number(slashed[5]), Number(slashed[6] ?? 0), '');
  return readDsnDate(v) ? v : null;
}
