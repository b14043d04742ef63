// How long a delay warning says the sending server keeps trying, from its own words: Gmail's "Gmail will
// retry for 47 more hours" (its Portuguese too, and its older "will be retried for 2 more day(s)"),
// Microsoft 365's "will keep trying to deliver this message for the next 1 days, 19 hours and 57
// minutes" (and its Portuguese), Postfix's "It will be retried until it is 5 day(s) old", Sendmail's "Will keep trying until
// message is 5 days old". A DSN's Will-Retry-Until date, when there is one, says more
// (src/explain/explain.ts).

export interface RetryWindow {
  days: number;
  hours: number;
  minutes: number;
  /** "now": that much longer from the warning on; "sent": until the message is that old. */
  from: 'now' | 'sent';
}

interface Rule {
  /** Lower-cased; bounded repeats between disjoint classes only (linear on any input). */
  pattern: RegExp;
  from: RetryWindow['from'];
  read: (m: RegExpExecArray) => Omit<RetryWindow, 'from'>;
}

const hoursOnly = (m: RegExpExecArray) => ({ days: 0, hours: Number(m[1]), minutes: 0 });
const daysOnly = (m: RegExpExecArray) => ({ days: Number(m[1]), hours: 0, minutes: 0 });

const RULES: readonly Rule[] = [
  { pattern: /will retry for (\d{1,4}) more hours?/, from: 'now', read: hoursOnly },
  // (a letter outside ASCII goes in a string: the CLI's bundle must stay ASCII, scripts/bundle-cli.mjs)
  { pattern: new RegExp('tentar\u00e1 novamente por mais (\\d{1,4}) horas?'), from: 'now', read: hoursOnly },
  {
    pattern: /for the next (\d{1,3}) days?,? (\d{1,2}) hours?,? and (\d{1,2}) minutes?/,
    from: 'now',
    read: (m) => ({ days: Number(m[1]), hours: Number(m[2]), minutes: Number(m[3]) }),
  },
  // the same in Portuguese: "... nas próximas 1 dias, 19 horas e 57 minutos" (próximos, proximas...)
  {
    pattern: new RegExp('pr[o\u00f3]xim[oa]s (\\d{1,3}) dias?,? (\\d{1,2}) horas?,? e (\\d{1,2}) minutos?'),
    from: 'now',
    read: (m) => ({ days: Number(m[1]), hours: Number(m[2]), minutes: Number(m[3]) }),
  },
  // Exchange on premises, within two days: "for the next 47 hours and 40 minutes", its Portuguese "pelas pr\u00f3ximas 47 horas e 40 minutos"
  {
    pattern: /for the next (\d{1,4}) hours?,? and (\d{1,2}) minutes?/,
    from: 'now',
    read: (m) => ({ days: 0, hours: Number(m[1]), minutes: Number(m[2]) }),
  },
  {
    pattern: new RegExp('pr[o\u00f3]xim[oa]s (\\d{1,4}) horas?,? e (\\d{1,2}) minutos?'),
    from: 'now',
    read: (m) => ({ days: 0, hours: Number(m[1]), minutes: Number(m[2]) }),
  },
  // Gmail's older warning: "Message will be retried for 2 more day(s)"
  { pattern: /will be retried for (\d{1,3}) more day(?:\(s\)|s)?/, from: 'now', read: daysOnly },
  { pattern: /retried until it is (\d{1,3}) day(?:\(s\)|s)? old/, from: 'sent', read: daysOnly },
  { pattern: /keep trying until message is (\d{1,3}) days? old/, from: 'sent', read: daysOnly },
];

/** The longest text looked at: the sentences sit near the top of a notice. */
const MAX_CHARS = 16_384;

/** Each rule's words hold one of these: a text with none is read no further (most replies). */
const CUES: readonly string[] = ['retr', 'tentar', 'next', 'xim', 'trying'];

/** Whether a text may hold a retry window: its words as notices write them, in lower case (no copy made). */
export function mayHoldRetryWindow(text: string): boolean {
  return CUES.some((c) => text.includes(c));
}

export function readRetryWindow(lowerNotice: string): RetryWindow | null {
  const text = lowerNotice.length > MAX_CHARS ? lowerNotice.slice(0, MAX_CHARS) : lowerNotice;
  if (!mayHoldRetryWindow(text)) return null;
  for (const rule of RULES) {
    const m = rule.pattern.exec(text);
    if (!m) continue;
    const w = { ...rule.read(m), from: rule.from };
    if (w.days + w.hours + w.minutes > 0) return w;
  }
  return null;
}
