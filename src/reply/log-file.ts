// A mail log (Postfix's or Sendmail's mail.log, Exim's mainlog), whole or a few lines pasted from it.
// Each delivery attempt is one line, so each failed or deferred delivery is explained on its own line
// by line (parse-log-line.ts reads one); the other lines (connections, queue, cleanup) are skipped.

/** What one delivery line says happened. */
export type DeliveryOutcome = 'failed' | 'delayed' | 'delivered';

/** A line of a log that reports a failed or deferred delivery, with its 1-based line number. */
export interface FailedLine {
  number: number;
  line: string;
}

/** The delivery lines of a text read as a log. */
export interface LogReading {
  /** Delivery lines of any outcome. */
  deliveries: number;
  failed: FailedLine[];
}

/**
 * A log line's time stamp: syslog's "Nov 28 10:00:00", or ISO's "2026-11-28T10:00:00" (rsyslog's
 * high-precision format, journalctl -o short-iso) and Exim's "2026-11-28 10:00:00". Anchored, no
 * nested quantifiers: linear.
 */
const LOG_TIME = /^(?:[A-Z][a-z]{2} {1,2}\d{1,2} \d\d:\d\d:\d\d|\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d)/;

/** Exim's delivery marks: "**" failed, "==" deferred, "=>" delivered, "->" another address delivered. */
const EXIM_MARK = /(?:^|\s)(\*\*|==|=>|->)\s+\S/;

/**
 * A mark right after Exim's time stamp (with its optional zone and [pid]) and message id ("1abcDE-000Aaa-00",
 * or the longer ids of Exim 4.97): a delivery line even without R= or T= ("** a@x: Unrouteable address").
 */
const EXIM_ID_MARK = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{3})?(?: [+-]\d{4})?(?: \[\d+\])? [0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4} (?:\*\*|==|=>|->) \S/;

/** Lines longer than this are no log lines we read (a log line is a few hundred characters). */
export const MAX_LOG_LINE_CHARS = 16_384;

/** "mail.log" and 120 -> "mail.log:120", as grep -n and compilers name a line. */
export function logLineLabel(file: string, line: number): string {
  return `${file}:${line}`;
}

export function startsWithLogTime(line: string): boolean {
  return LOG_TIME.test(line);
}

/** What a delivery line of Postfix, Sendmail or Exim reports; null for any other line. */
export function deliveryOutcome(line: string): DeliveryOutcome | null {
  if (line.length > MAX_LOG_LINE_CHARS) return null;
  // Postfix: "to=<a@x>, relay=..., dsn=5.1.1, status=bounced (host ... said: 550 ...)"
  const status = valueAfter(line, ' status=');
  if (status !== null && line.includes('to=<')) {
    if (status.startsWith('bounced') || status.startsWith('undeliverable') || status.startsWith('expired')) return 'failed';
    if (status.startsWith('deferred')) return 'delayed';
    if (status.startsWith('sent') || status.startsWith('deliverable')) return 'delivered';
    return null;
  }
  // Sendmail: "to=<a@x>, ..., dsn=4.0.0, stat=Deferred: Connection refused by ..." (no "to=": a "from=" line)
  const stat = valueAfter(line, ' stat=') ?? valueAfter(line, ',stat=');
  if (stat !== null && line.includes('to=')) {
    if (stat.startsWith('Sent')) return 'delivered';
    return stat.startsWith('Deferred') || line.includes('dsn=4.') ? 'delayed' : 'failed';
  }
  // Exim: "2026-11-28 10:00:00 1abcDE-000Aaa-00 ** a@x R=dnslookup T=remote_smtp: SMTP error ..."
  const mark = EXIM_MARK.exec(line);
  if (mark && (line.includes(' R=') || line.includes(' T=') || line.includes('SMTP error') || EXIM_ID_MARK.test(line))) {
    return mark[1] === '**' ? 'failed' : mark[1] === '==' ? 'delayed' : 'delivered';
  }
  return null;
}

function valueAfter(line: string, key: string): string | null {
  const at = line.indexOf(key);
  return at < 0 ? null : line.slice(at + key.length, at + key.length + 16);
}

/** Substrings of which a log's delivery lines hold one: a text with none is no log (a cheap first look). */
function mayHoldDeliveries(text: string): boolean {
  return text.includes('status=') || text.includes('stat=') || text.includes(' R=') || text.includes(' T=') || text.includes('SMTP error') || text.includes(' ** ') || text.includes(' == ');
}

/**
 * Reads a text as a mail log: null when it is none. It is one when two lines or more are delivery
 * lines, or when one is and most lines carry a log time stamp (a few lines pasted from a log, the one
 * delivery among the queue's lines about the same message).
 */
export function readLogText(text: string): LogReading | null {
  if (!mayHoldDeliveries(text)) return null;
  let lineCount = 0;
  let stamped = 0;
  let deliveries = 0;
  const failed: FailedLine[] = [];
  let number = 0;
  for (const raw of text.split('\n')) {
    number++;
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (!line.trim()) continue;
    lineCount++;
    if (startsWithLogTime(line)) stamped++;
    const outcome = deliveryOutcome(line);
    if (outcome === null) continue;
    deliveries++;
    if (outcome !== 'delivered') failed.push({ number, line });
  }
  return deliveries >= 2 || (deliveries === 1 && stamped * 2 >= lineCount) ? { deliveries, failed } : null;
}
