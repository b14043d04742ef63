// A date of a report field (RFC 5322 §3.3, as DSNs write them: "Wed, 3 Dec 2025 06:00:00 -0300"), read
// into its parts as written. It is shown at the offset the report gives, the reporting server's clock:
// no time zone of the reader is guessed, and the runtime's date parser (lenient, and different between
// engines) is not used.

export interface DsnDate {
  year: number;
  /** 1 to 12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  /** 0 when the date gives none. */
  second: number;
  /** Minutes east of UTC when the date says it (an offset, UT/GMT/Z, or a US zone of RFC 5322 §4.3), else null. */
  offsetMinutes: number | null;
  /** "UTC-03:00", "UTC", an obsolete zone name as written ("EST"), or null. */
  zone: string | null;
}

/** Bounded repeats between disjoint classes: linear on any input. */
const DATE = /^\s{0,20}(?:[a-z]{3},?\s{0,20})?(\d{1,2})\s{1,20}([a-z]{3})[a-z]{0,6}\.?\s{1,20}(\d{4}|\d{2})\s{1,20}(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\s{1,20}([+-]\d{4}|[a-z]{1,5}))?/i;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

export function readDsnDate(value: string): DsnDate | null {
  const m = DATE.exec(value.slice(0, 200));
  if (!m) return null;
  const month = MONTHS.indexOf(m[2]!.toLowerCase()) + 1;
  let year = Number(m[3]);
  // RFC 5322 §4.3: two-digit years
  if (m[3]!.length === 2) year += year < 50 ? 2000 : 1900;
  const day = Number(m[1]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = Number(m[6] ?? 0);
  // 60: a leap second (RFC 5322 §3.3)
  if (!month || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return null;
  return { year, month, day, hour, minute, second, offsetMinutes: offsetOf(m[7]), zone: zoneOf(m[7]) };
}

/** RFC 5322 §4.3: the obsolete zone names whose offset is defined (hours east of UTC). */
const ZONE_HOURS = new Map(Object.entries({ UT: 0, GMT: 0, Z: 0, EST: -5, EDT: -4, CST: -6, CDT: -5, MST: -7, MDT: -6, PST: -8, PDT: -7 }));

/** A zone in minutes east of UTC: "-0300", ISO's "+05:30", or a name of ZONE_HOURS ("GMT", "Z", "EST"); null for another. */
export function offsetOf(raw: string | undefined): number | null {
  if (!raw) return null;
  if (raw[0] === '+' || raw[0] === '-') {
    const digits = raw.replace(':', '');
    const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
    return raw[0] === '-' ? -minutes : minutes;
  }
  const hours = ZONE_HOURS.get(raw.toUpperCase());
  return hours === undefined ? null : hours * 60;
}

function zoneOf(raw: string | undefined): string | null {
  if (!raw) return null;
  if (raw[0] === '+' || raw[0] === '-') {
    const offset = `${raw.slice(1, 3)}:${raw.slice(3, 5)}`;
    return offset === '00:00' ? 'UTC' : `UTC${raw[0] === '-' ? '\u2212' : '+'}${offset}`;
  }
  const name = raw.toUpperCase();
  return name === 'UT' || name === 'GMT' || name === 'Z' ? 'UTC' : name;
}
