// When a log line was written, from its time stamp, as RFC 5322 writes a date (src/reply/event-date.ts):
// the result's date, which the CSV shows and the repeated-mailbox rule counts days with. Read only where a
// text was read as a log line (parse-reply.ts), not for every reply. A time with no zone keeps none: the
// server's clock is not guessed.
import { written, zoneOf } from './event-date.js';

/**
 * ISO 8601 (rsyslog's "2026-11-30T10:00:00.123456-03:00", journalctl -o short-iso's "2026-11-30T10:00:00-0300")
 * and Exim's "2026-11-30 10:00:00" with its optional fraction and " +0100". Anchored, bounded: linear.
 */
const ISO = /^(\d{4})-(\d\d)-(\d\d)[T ](\d\d):(\d\d):(\d\d)(?:[.,]\d{1,9})?(?: ?(Z|[+-]\d\d:?\d\d)(?![\d:]))?/i;
/** Classic syslog's "Nov 30 10:00:00", "Nov  3 10:00:00", journalctl short-precise's "Nov 30 10:00:00.123456": no year, no zone. */
const SYSLOG = /^([A-Z][a-z]{2}) {1,2}(\d{1,2}) (\d\d):(\d\d):(\d\d)/;
/** multilog's TAI64N label (qmail, daemontools): 2^62 + 10 + unix seconds, then nanoseconds. */
const TAI64N = /^@4000000([0-9a-f]{9})[0-9a-f]{8}/;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_MS = 86_400_000;

/**
 * The time of a log line as RFC 5322 writes it ("Mon, 30 Nov 2026 10:00:00 -0300"), or null when the line
 * starts with no time stamp read here. Syslog's time has no year: it is the year of `now` (UTC), or the
 * year before when that would put it more than a day after `now` (a December line read in January); the
 * day of slack covers the zone the time is written in, which is not known.
 */
export function logLineDate(line: string, now: number = Date.now()): string | null {
  const c = line.charCodeAt(0);
  if (c >= 0x30 && c <= 0x39) {
    const iso = ISO.exec(line);
    return iso ? written(+iso[1]!, +iso[2]!, +iso[3]!, +iso[4]!, +iso[5]!, +iso[6]!, zoneOf(iso[7])) : null;
  }
  if (c === 0x40) {
    const tai = TAI64N.exec(line);
    if (!tai) return null;
    const d = new Date((parseInt(tai[1]!, 16) - 10) * 1000);
    return written(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), ' +0000');
  }
  const sys = SYSLOG.exec(line);
  if (!sys) return null;
  const month = MONTHS.indexOf(sys[1]!) + 1;
  if (!month) return null;
  const [day, hour, minute, second] = [+sys[2]!, +sys[3]!, +sys[4]!, +sys[5]!];
  let year = yearOf(now);
  if (Date.UTC(year, month - 1, day, hour, minute, second) > now + DAY_MS) year--;
  return written(year, month, day, hour, minute, second, '');
}

/** The UTC year of `now`, kept with the span it holds: a log's lines are all read within a year or two. */
let yearSpan = { from: 0, to: -1, year: 0 };

function yearOf(now: number): number {
  if (now >= yearSpan.from && now < yearSpan.to) return yearSpan.year;
  const year = new Date(now).getUTCFullYear();
  yearSpan = { from: Date.UTC(year, 0, 1), to: Date.UTC(year + 1, 0, 1), year };
  return year;
}
