// A mail log (Postfix's or Sendmail's mail.log, Exim's mainlog, qmail-send's log), whole or a few lines pasted from it.
// Each delivery attempt is one line (parse-log-line.ts reads one). What a log gives is how each
// delivery of a message to a recipient ended: its failure, or its last deferral when no later line
// says it went through; the other lines (connections, queue, cleanup) are skipped.
import { readInboundRefusal } from './inbound-refusal.js';
import { startsWithLogTime, unprefixedLogLine } from './log-prefix.js';
import type { DeliveryCounts } from './delivery-counts.js';

export type { DeliveryCounts };

export { startsWithLogTime };

/** What one delivery line says happened. */
export type DeliveryOutcome = 'failed' | 'delayed' | 'delivered';

/** A line of a log that reports a failed or deferred delivery, with its 1-based line number. */
export interface FailedLine {
  number: number;
  line: string;
  /**
   * A deferral after which the server gave the message up: the words of the line that said so (Postfix's
   * "status=expired", Sendmail's "DSN: Cannot send message for", qmail-send's "bounce msg 1234567").
   */
  gaveUp?: string;
  /** The file of a run of logs it came from, when a later file may resolve it (DeliveryTracker.startPart). */
  part?: LogPart;
  /**
   * The server's refusal of incoming mail, in a log that also has deliveries: no failure of the reader's
   * own mail, counted apart (a busy server refuses thousands a day) rather than listed among them.
   */
  inbound?: true;
}

/**
 * One file of logs read as one log (a log and its rotated files, "mail.log.1.gz mail.log"): a queue id's
 * deferral in one file is resolved by a delivery, a failure or an expiry in a later one.
 */
export interface LogPart {
  label: string;
  /** Its deferrals the tracker holds now. */
  held: number;
  /** Its deferrals a later file's line said failed (expired, bounced): the file is no quiet log. */
  failedLater?: number;
}

/** The delivery lines of a text read as a log. */
export interface LogReading {
  /** Delivery lines of any outcome. */
  deliveries: number;
  /** How the deliveries ended, one per message and recipient. */
  counts: DeliveryCounts;
  /** The lines that say how each failed or still deferred delivery ended, in line order. */
  failed: FailedLine[];
}

/** Deferrals held at most, waiting for a later line about the same delivery (then the oldest is given out). */
export const MAX_PENDING_DEFERRALS = 100_000;
/**
 * Characters of the held deferrals' lines at most (then the oldest is given out too): real lines are
 * under 1 KB, but a Sendmail line naming 100 recipients is held once per recipient, and 100,000 padded
 * lines of 16 KB would hold 1.6 GB.
 */
export const MAX_PENDING_CHARS = 32 * 1024 * 1024;

/** Exim's delivery marks: "**" failed, "==" deferred, "=>" delivered, "->" another address delivered. */
const EXIM_MARK = /(?:^|\s)(\*\*|==|=>|->)\s+\S/;

/**
 * Exim's time stamp (with its optional zone and [pid]), message id ("1abcDE-000Aaa-00", or the longer
 * ids of Exim 4.97), mark and address: "2026-11-28 10:00:00 1abcDE-000Aaa-00 == a@x ...". A mark there
 * makes a delivery line even without R= or T= ("** a@x: Unrouteable address"). Bounded quantifiers and
 * fixed classes only: linear.
 */
const EXIM_TIME = /\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d{3})?(?: [+-]\d{4})?(?: \[\d+\])? /y;
const EXIM_DELIVERY = /([0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4}) (?:\*\*|==|=>|->) <?([^\s:<>]{1,320})/y;
/**
 * Exim logging through syslog or journald (log_file_path = syslog): "Nov 28 10:00:00 host exim[4242]: ",
 * ISO's "2026-11-28T10:00:00.123456+00:00 host exim[4242]: " (rsyslog, journalctl -o short-iso), maybe
 * followed by Exim's own time stamp (syslog_timestamp). Each run ends at a character it cannot hold: linear.
 */
const SYSLOG_HEAD = /^(?:[A-Z][a-z]{2} {1,2}\d{1,2} \d\d:\d\d:\d\d|\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.\d{1,9})?(?:Z|[+-]\d\d:?\d\d)? \S{1,255} [^\s:[]{1,64}(?:\[\d{1,10}\])?: /;

/**
 * An Exim delivery line's message id [1] and address [2], with or without a syslog header before it
 * (the same line read the same either way); null for any other line.
 */
export function eximDelivery(line: string): RegExpExecArray | null {
  let at = 0;
  const syslog = SYSLOG_HEAD.exec(line);
  if (syslog) at = syslog[0].length;
  EXIM_TIME.lastIndex = at;
  const time = EXIM_TIME.exec(line);
  if (time) at += time[0].length;
  else if (!syslog) return null;
  EXIM_DELIVERY.lastIndex = at;
  return EXIM_DELIVERY.exec(line);
}

/** Lines longer than this are no log lines we read (a log line is a few hundred characters). */
export const MAX_LOG_LINE_CHARS = 16_384;

/**
 * A line cut to MAX_LOG_LINE_CHARS: a delivery line whose reply runs on (a server that pads it, a
 * 550 quoting a whole header) still names its recipient and status first, and is read, not dropped.
 */
export function cutLogLine(line: string): string {
  return line.length > MAX_LOG_LINE_CHARS ? line.slice(0, MAX_LOG_LINE_CHARS) : line;
}

/** "mail.log" and 120 -> "mail.log:120", as grep -n and compilers name a line. */
export function logLineLabel(file: string, line: number): string {
  return `${file}:${line}`;
}

/** What a delivery line of Postfix, OpenSMTPD, Sendmail, Exim or qmail-send reports; null for any other line. */
export function deliveryOutcome(line: string): DeliveryOutcome | null {
  if (line.length > MAX_LOG_LINE_CHARS) return null;
  // Postfix: "to=<a@x>, relay=..., dsn=5.1.1, status=bounced (host ... said: 550 ...)"
  const status = valueAfter(line, ' status=');
  if (status !== null && line.includes('to=<')) {
    if (status.startsWith('bounced') || status.startsWith('expired')) return 'failed';
    if (status.startsWith('deferred')) return 'delayed';
    // "undeliverable" and "deliverable" are verify(8)'s probes of an address: no message was sent
    return status.startsWith('sent') ? 'delivered' : null;
  }
  // OpenSMTPD: "mta delivery evp:ID from=<s@x> to=<a@x> ... result="TempFail" stat="421 ..."" (fields apart by spaces)
  const opensmtpd = line.includes(' delivery evp:') ? opensmtpdDelivery(line) : null;
  if (opensmtpd) return opensmtpd.outcome;
  // Sendmail: "to=<a@x>, ..., dsn=4.0.0, stat=Deferred: Connection refused by ..." (no "to=": a "from=" line)
  const stat = sendmailStat(line);
  if (stat !== null && line.includes('to=')) {
    // a 2xx reply is a delivery, whatever else the line says ("stat=250 2.0.0 Ok: queued as ...")
    if (stat.startsWith('Sent') || TWO_XX.test(stat)) return 'delivered';
    return stat.startsWith('Deferred') || line.includes('dsn=4.') ? 'delayed' : 'failed';
  }
  // Exim: "2026-11-28 10:00:00 1abcDE-000Aaa-00 ** a@x R=dnslookup T=remote_smtp: SMTP error ..."
  const mark = EXIM_MARK.exec(line);
  if (mark && (line.includes(' R=') || line.includes(' T=') || line.includes('SMTP error') || eximDelivery(line) !== null)) {
    return mark[1] === '**' ? 'failed' : mark[1] === '==' ? 'delayed' : 'delivered';
  }
  // qmail-send: "delivery 101: failure: 192.0.2.10_does_not_like_recipient./Remote_host_said:_550_..."
  return qmailDelivery(line)?.outcome ?? null;
}

/** A reply code of success at the start of a text ("250 2.0.0 Ok", "250-..."). */
const TWO_XX = /^2\d\d(?:[ -]|$)/;

/**
 * The start of Sendmail's stat= value, on Sendmail's syntax only: fields apart by commas (", stat=Sent")
 * or a sendmail/sm-mta tag, and the value not in quotes (OpenSMTPD writes stat="250 ..." among fields
 * apart by spaces); null for any other line.
 */
export function sendmailStat(line: string): string | null {
  const stat = valueAfter(line, ',stat=') ?? valueAfter(line, ', stat=') ??
    (line.includes('sendmail[') || line.includes('sm-mta[') ? valueAfter(line, ' stat=') : null);
  return stat === null || stat.startsWith('"') ? null : stat;
}

/** OpenSMTPD's result= of a delivery (smtpd.conf(5), its log's "mta delivery" and "mda delivery" lines) and what each means here. */
const OPENSMTPD_RESULTS: ReadonlyArray<readonly [string, DeliveryOutcome]> = [['Ok', 'delivered'], ['TempFail', 'delayed'], ['PermFail', 'failed'], ['Loop', 'failed']];

/** An OpenSMTPD delivery line's envelope id, recipient, outcome, reply (stat=) and relay. */
export interface OpensmtpdDelivery {
  id: string;
  to: string;
  outcome: DeliveryOutcome;
  stat: string;
  relay: string;
}

/** key=value or key="value with spaces", fields apart by spaces (OpenSMTPD's log). Fixed classes: linear. */
const SPACED_FIELD = / ([a-z]{2,10})=(?:"([^"]*)"|(\S*))/g;

/**
 * OpenSMTPD's line of a delivery's end: "smtpd[5001]: 1a2b... mta delivery evp:0123... from=<s@x>
 * to=<a@x> rcpt=<-> source="198.51.100.1" relay="203.0.113.5 (mx.example.org)" delay=2s
 * result="TempFail" stat="421 4.7.0 Try again later"" ("mda delivery" for a local one); null for any
 * other line. A 2xx stat= is a delivery, whatever result= says.
 */
export function opensmtpdDelivery(line: string): OpensmtpdDelivery | null {
  if (line.length > MAX_LOG_LINE_CHARS) return null;
  const at = line.indexOf(' delivery evp:');
  if (at < 0 || !(line.startsWith('mta', at - 3) || line.startsWith('mda', at - 3))) return null;
  const fields = new Map<string, string>();
  SPACED_FIELD.lastIndex = at;
  for (let m = SPACED_FIELD.exec(line); m; m = SPACED_FIELD.exec(line)) {
    if (!fields.has(m[1]!)) fields.set(m[1]!, m[2] ?? m[3] ?? '');
  }
  const id = line.slice(at + 14).split(' ', 1)[0]!;
  const to = fields.get('to') ?? '';
  const result = fields.get('result');
  const found = OPENSMTPD_RESULTS.find(([word]) => word === result);
  if (!id || !to || !found) return null;
  const stat = fields.get('stat') ?? '';
  return { id, to, outcome: TWO_XX.test(stat) ? 'delivered' : found[1], stat, relay: fields.get('relay') ?? '' };
}

/** qmail-send's words for how a delivery ended (qmail-log(5)) and what each means here. */
const QMAIL_OUTCOMES: ReadonlyArray<readonly [string, DeliveryOutcome]> = [['failure:', 'failed'], ['deferral:', 'delayed'], ['success:', 'delivered']];

/** A qmail-send delivery line: the delivery's number, how it ended, where its report starts, and the recipient when the line names it. */
export interface QmailDelivery {
  number: string;
  outcome: DeliveryOutcome;
  /** Where "failure:" (or "deferral:", "success:") starts: the recipient is put before it (DeliveryTracker). */
  wordAt: number;
  /** Where the report follows the word. */
  reportAt: number;
  /** "1234567 ana@example.org", when the line names them ("delivery 101: msg 1234567 to remote ana@example.org: failure: ..."). */
  msg: string | null;
  to: string | null;
  local: boolean;
}

/**
 * qmail-send's line of a delivery's end, qmail-log(5): "delivery 101: failure: REPORT" ("deferral:",
 * "success:"), after any time stamp (TAI64N, tai64nlocal's, syslog's and "1732788001.123456"). It
 * names no recipient: that is said when the delivery starts ("starting delivery 101: msg 1234567 to
 * remote ana@example.org", see qmailStart), and DeliveryTracker puts it into the line, after the
 * number ("delivery 101: msg 1234567 to remote ana@example.org: failure: ..."). Scanned by hand.
 */
export function qmailDelivery(line: string): QmailDelivery | null {
  if (line.length > MAX_LOG_LINE_CHARS) return null;
  const at = qmailNumberAt(line, 'delivery ');
  if (at < 0 || line.startsWith('starting ', at - 18)) return null;
  const number = digitsAt(line, at);
  let word = at + number.length;
  if (line[word] !== ':' || line[word + 1] !== ' ') return null;
  word += 2;
  let msg: string | null = null;
  let to: string | null = null;
  let local = false;
  const named = line.startsWith('msg ', word) ? readQmailTarget(line, word) : null;
  if (named) {
    ({ msg, to, local } = named);
    word = named.end;
    if (line[word] !== ':' || line[word + 1] !== ' ') return null;
    word += 2;
  }
  for (const [w, outcome] of QMAIL_OUTCOMES) {
    if (!line.startsWith(w, word)) continue;
    let reportAt = word + w.length;
    if (line[reportAt] === ' ') reportAt++;
    return { number, outcome, wordAt: word, reportAt, msg, to, local };
  }
  return null;
}

/** qmail-send's line of a delivery's start: "starting delivery 101: msg 1234567 to remote ana@example.org". */
export function qmailStart(line: string): { number: string; target: string } | null {
  if (line.length > MAX_LOG_LINE_CHARS || !line.includes('starting delivery ')) return null;
  const at = qmailNumberAt(line, 'starting delivery ');
  if (at < 0) return null;
  const number = digitsAt(line, at);
  const from = at + number.length + 2;
  if (line[from - 2] !== ':' || line[from - 1] !== ' ') return null;
  const target = readQmailTarget(line, from);
  return target && target.end === line.trimEnd().length ? { number, target: line.slice(from, target.end) } : null;
}

/** "msg 1234567 to remote ana@example.org" (or "to local") at `from`: the message's number, the address, where it ends. */
function readQmailTarget(line: string, from: number): { msg: string; to: string; local: boolean; end: number } | null {
  if (!line.startsWith('msg ', from)) return null;
  const msg = digitsAt(line, from + 4);
  let at = from + 4 + msg.length;
  if (!msg || !line.startsWith(' to ', at)) return null;
  at += 4;
  const local = line.startsWith('local ', at);
  if (!local && !line.startsWith('remote ', at)) return null;
  at += local ? 6 : 7;
  let end = at;
  while (end < line.length && line[end] !== ' ' && line[end] !== '\t' && !(line[end] === ':' && line[end + 1] === ' ')) end++;
  const to = line.slice(at, end);
  return to.includes('@') ? { msg, to: to.toLowerCase(), local, end } : null;
}

/** Where the number after `word` starts, `word` being at the line's start or after a space; -1 when nowhere. */
function qmailNumberAt(line: string, word: string): number {
  for (let at = line.indexOf(word); at >= 0; at = line.indexOf(word, at + 1)) {
    if ((at === 0 || line[at - 1] === ' ') && isAsciiDigit(line.charCodeAt(at + word.length))) return at + word.length;
  }
  return -1;
}

function digitsAt(line: string, at: number): string {
  let end = at;
  while (end < line.length && end - at < 20 && isAsciiDigit(line.charCodeAt(end))) end++;
  return line.slice(at, end);
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

const QUEUE_ID = /^[0-9A-Za-z]{3,32}$/;

/**
 * Which delivery a line is about: the message's queue id and the recipient ("4ABC a@x"); null when the
 * line names no id (such lines stand alone).
 */
export function deliveryKey(line: string): string | null {
  // Postfix and Sendmail: "...[pid]: 4ABC: to=<a@x>, ..."
  const at = line.indexOf(': to=');
  if (at > 0) {
    const id = line.slice(line.lastIndexOf(' ', at - 1) + 1, at);
    const lt = at + 5;
    const end = line.indexOf(line[lt] === '<' ? '>' : ',', lt);
    const to = line.slice(line[lt] === '<' ? lt + 1 : lt, end < 0 ? undefined : end);
    return QUEUE_ID.test(id) && to ? `${id} ${to.toLowerCase()}` : null;
  }
  const exim = eximDelivery(line);
  if (exim) return `${exim[1]} ${exim[2]!.toLowerCase()}`;
  const opensmtpd = line.includes(' delivery evp:') ? opensmtpdDelivery(line) : null;
  if (opensmtpd) return `${opensmtpd.id} ${opensmtpd.to.replace(/^<|>$/g, '').toLowerCase()}`;
  // qmail-send, once DeliveryTracker has named the delivery's message and recipient
  const qmail = line.includes('delivery ') ? qmailDelivery(line) : null;
  return qmail?.msg && qmail.to ? `${qmail.msg} ${qmail.to}` : null;
}

/**
 * The queue id of a message the server gave up: Postfix's "4ABC: from=<s@x>, status=expired, returned to
 * sender", Sendmail's "4ABC: 4ABD: DSN: Cannot send message for 5 days" (4ABD is the DSN's own id; older
 * versions wrote "return to sender: Cannot send message for 5 days"), qmail-send's "bounce msg 1234567 qp
 * 4322" (see qmailBounced); with the words that say so.
 */
export function expiredQueueId(line: string): { id: string; words: string } | null {
  if (line.includes('bounce msg ')) return qmailBounced(line);
  const postfix = line.includes('status=expired');
  const sendmail = postfix ? null : SENDMAIL_GAVE_UP.find((words) => line.includes(`: ${words}`));
  if (!postfix && !sendmail) return null;
  // Sendmail: the given-up message's id is the first of the two
  const at = postfix ? line.indexOf(': from=') : line.indexOf(': ', line.indexOf(']: ') + 3);
  if (at <= 0) return null;
  const id = line.slice(line.lastIndexOf(' ', at - 1) + 1, at);
  return QUEUE_ID.test(id) ? { id, words: sendmail ?? 'status=expired' } : null;
}

/** Sendmail's words for a message it returned after its queue lifetime (8.9 and later, and older versions). */
const SENDMAIL_GAVE_UP = ['DSN: Cannot send message for', 'return to sender: Cannot send message for'];

/**
 * An Exim message line (no delivery mark) that says the message was thrown away before any delivery:
 * cPanel's "1abcDE-000Aaa-00 Domain example.com has exceeded the max emails per hour (101/100 (101%))
 * allowed.  Message discarded." (its sending limits). Its message id; null for any other line.
 */
export function eximDiscardedId(line: string): string | null {
  if (!line.trimEnd().endsWith('Message discarded.')) return null;
  // Exim's time stamp at the line's start (EXIM_TIME), then the message id
  EXIM_TIME.lastIndex = 0;
  const time = EXIM_TIME.exec(line);
  if (!time) return null;
  EXIM_MESSAGE_ID.lastIndex = time[0].length;
  return EXIM_MESSAGE_ID.exec(line)?.[1] ?? null;
}

/** Exim's message id, then the line's text (sticky: read where EXIM_TIME ended). */
const EXIM_MESSAGE_ID = /([0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4}) /y;

/**
 * Follows a log's delivery lines and gives out how each delivery ended. A deferral is held until a
 * later line about the same message and recipient: a delivery drops it (it went through), a failure
 * stands for it, another deferral takes its place. The deferrals still held at the end are given out
 * then, in line order; a line that names no delivery is given out as it comes.
 */
export class DeliveryTracker {
  deliveries = 0;
  /** How the deliveries of every file read ended (not counted afresh by startPart): counts only, whatever the log's size. */
  readonly counts: DeliveryCounts = { delivered: 0, failed: 0, deferred: 0 };
  private readonly pending = new Map<string, FailedLine>();
  /** The server's refusals of incoming mail, held while no delivery line was seen (then given out as inbound). */
  private refusals: FailedLine[] = [];
  /** The held keys of each queue id, for a message given up as a whole. */
  private readonly byQueueId = new Map<string, Set<string>>();
  /** Queue ids of the server's own delivery reports (null sender), whose failures are no bounce of the reader's mail. */
  private readonly ownReports = new Set<string>();
  /** qmail-send's deliveries under way: number -> "msg 1234567 to remote ana@example.org" (a number is reused once its delivery ended). */
  private readonly qmailStarted = new Map<string, string>();

  /** Characters of the held lines (MAX_PENDING_CHARS). */
  private pendingChars = 0;
  /** The file being read, in a run of logs read as one (startPart). */
  private part: LogPart | undefined = undefined;

  constructor(private readonly maxPending = MAX_PENDING_DEFERRALS, private readonly maxPendingChars = MAX_PENDING_CHARS) {}

  /** Reads one line of a log (a delivery, a message given up, or another line); returns the lines to give out now. */
  read(number: number, line: string): FailedLine[] {
    if (line.includes('delivery ')) {
      const start = qmailStart(line);
      if (start) {
        this.qmailStarted.delete(start.number);
        if (this.qmailStarted.size >= this.maxPending) this.qmailStarted.delete(this.qmailStarted.keys().next().value as string);
        this.qmailStarted.set(start.number, ownCopy(start.target));
        return [];
      }
      line = this.nameQmailDelivery(line);
    }
    const outcome = deliveryOutcome(line);
    if (outcome !== null && this.ownReports.size && this.ownReports.has(queueIdOf(line))) {
      // a bounce the server sent (to a forged sender, mostly: backscatter) that could not be delivered
      this.deliveries++;
      return [];
    }
    if (outcome !== null) {
      const each = eachRecipient(line);
      // a log with deliveries: the refusals held so far are the noise of a server that also receives mail
      const refusals = this.refusals.length ? this.inboundLines(this.refusals) : [];
      this.refusals = [];
      const out = each ? each.flatMap((one) => this.add(number, one, outcome)) : this.add(number, line, outcome);
      return refusals.length ? [...refusals, ...out] : out;
    }
    if (line.includes('reject') && readInboundRefusal(line)) {
      // given out as they come once deliveries were seen (counted, not held: a 1 GB log's thousands)
      if (this.deliveries) return this.inboundLines([this.failedLine(number, line)]);
      if (this.refusals.length < this.maxPending) this.refusals.push(this.failedLine(number, ownCopy(line)));
      return [];
    }
    const report = nullSenderQueueId(line);
    if (report) {
      // bounded: the oldest ids go first (a report is delivered within the queue's lifetime)
      if (this.ownReports.size >= this.maxPending) this.ownReports.delete(this.ownReports.values().next().value as string);
      this.ownReports.add(report);
      return [];
    }
    const expired = expiredQueueId(line);
    if (expired) {
      const held = this.expire(expired.id, expired.words);
      // a message given up of which no deferral is held (its recipients' lines are in an older log, or
      // were never written) is a failure of its own, recipients unnamed; qmail-send writes its "bounce msg"
      // after every failure line too, which gave its failures already
      if (held.length || expired.words.startsWith('bounce msg ')) {
        this.counts.failed += held.length;
        return held;
      }
      this.counts.failed++;
      return [this.failedLine(number, line, expired.words)];
    }
    const discarded = line.includes('Message discarded') ? eximDiscardedId(line) : null;
    if (discarded) {
      // thrown away: no deferral of it will be retried, and the line says why
      for (const key of [...(this.byQueueId.get(discarded) ?? [])]) this.release(key);
      this.counts.failed++;
      return [this.failedLine(number, line)];
    }
    return [];
  }

  /**
   * Starts a file of a run of logs read as one: its deferrals are held past its end, for a later file to
   * resolve (finish() gives those left at the run's end), and named by it. Delivery lines and the
   * server's refusals of incoming mail are counted afresh (endPart).
   */
  startPart(part: LogPart): void {
    this.part = part;
    this.deliveries = 0;
    this.refusals = [];
  }

  /** Ends a file begun by startPart: in a file of no delivery, its refusals of incoming mail. The deferrals stay held. */
  endPart(): FailedLine[] {
    const refusals = this.refusals;
    this.refusals = [];
    this.part = undefined;
    return refusals;
  }

  /**
   * A qmail-send delivery line with its message and recipient put in, from the line that started the
   * delivery ("delivery 101: msg 1234567 to remote ana@example.org: failure: ..."); the number is free again.
   */
  private nameQmailDelivery(line: string): string {
    const qmail = qmailDelivery(line);
    if (!qmail || qmail.msg) return line;
    const target = this.qmailStarted.get(qmail.number);
    if (target === undefined) return line;
    this.qmailStarted.delete(qmail.number);
    return `${line.slice(0, qmail.wordAt)}${target}: ${line.slice(qmail.wordAt)}`;
  }

  /** Counts one delivery line; returns the lines to give out now. */
  add(number: number, line: string, outcome: DeliveryOutcome): FailedLine[] {
    this.deliveries++;
    // a deferral is counted once settled: when the log ends, or given out past the caps (below)
    if (outcome === 'failed') this.counts.failed++;
    else if (outcome === 'delivered' && !handedBackToQueue(line)) this.counts.delivered++;
    const key = deliveryKey(line);
    if (key === null) {
      if (outcome === 'delayed') this.counts.deferred++;
      return outcome === 'delivered' ? [] : [this.failedLine(number, line)];
    }
    // deleted first, so that the held lines stay in the order of their latest line
    const held = this.release(key);
    if (outcome === 'failed') {
      // an older file's deferral that ended failed here: that file had a failure too, told at this line
      if (held?.part && held.part !== this.part) held.part.failedLater = (held.part.failedLater ?? 0) + 1;
      return [this.failedLine(number, line)];
    }
    if (outcome === 'delivered') return [];
    this.pending.set(key, this.failedLine(number, ownCopy(line)));
    this.pendingChars += line.length;
    if (this.part) this.part.held++;
    const id = key.slice(0, key.indexOf(' '));
    let keys = this.byQueueId.get(id);
    if (!keys) this.byQueueId.set(id, (keys = new Set()));
    keys.add(key);
    // past either cap, the oldest deferrals are given out as they are
    const out: FailedLine[] = [];
    while (this.pending.size > this.maxPending || (this.pendingChars > this.maxPendingChars && this.pending.size > 1)) {
      out.push(this.release(this.pending.keys().next().value as string)!);
      this.counts.deferred++;
    }
    return out;
  }

  /** The message of this queue id was given up (`words` say so): its held deferrals, now failures (not counted here: read() counts them). */
  expire(queueId: string, words: string): FailedLine[] {
    const keys = this.byQueueId.get(queueId);
    if (!keys) return [];
    return [...keys].map((k) => ({ ...this.release(k)!, gaveUp: words })).sort((a, b) => a.number - b.number);
  }

  /** The deferrals no later line resolved, in line order; in a log of no delivery, its refusals of incoming mail. */
  finish(): FailedLine[] {
    // (no delivery line, nothing held: a deferral is held by a delivery line)
    const rest = this.pending.size ? [...this.pending.values()] : this.refusals;
    this.counts.deferred += this.pending.size;
    for (const held of this.pending.values()) if (held.part) held.part.held--;
    this.refusals = [];
    this.pending.clear();
    this.pendingChars = 0;
    this.byQueueId.clear();
    this.qmailStarted.clear();
    return rest;
  }

  /** Refusals of incoming mail in a log that has deliveries: marked so (FailedLine.inbound). */
  private inboundLines(lines: FailedLine[]): FailedLine[] {
    for (const l of lines) l.inbound = true;
    return lines;
  }

  /** A line given out or held, named by the file it is in when there is one (startPart). */
  private failedLine(number: number, line: string, gaveUp?: string): FailedLine {
    const failed: FailedLine = gaveUp === undefined ? { number, line } : { number, line, gaveUp };
    if (this.part) failed.part = this.part;
    return failed;
  }

  /** Stops holding a delivery's deferral; returns it, if one was held. */
  private release(key: string): FailedLine | undefined {
    const held = this.pending.get(key);
    if (!held) return undefined;
    this.pending.delete(key);
    this.pendingChars -= held.line.length;
    if (held.part) held.part.held--;
    const id = key.slice(0, key.indexOf(' '));
    const keys = this.byQueueId.get(id)!;
    keys.delete(key);
    if (!keys.size) this.byQueueId.delete(id);
    return held;
  }
}

/** A loopback address in a delivery line's relay or host ("relay=127.0.0.1[127.0.0.1]:10025", Exim's "H=127.0.0.1 [127.0.0.1]"). */
const LOOPBACK = /\[(?:127\.\d{1,3}\.\d{1,3}\.\d{1,3}|::1)\]/;

/**
 * A delivery that handed the message back to a queue on the server itself: a content filter on the
 * loopback address (amavis, a milter-less filter on 127.0.0.1:10024) whose reply says it queued the
 * message again ("250 2.0.0 from MTA(smtp:[127.0.0.1]:10025): 250 2.0.0 Ok: queued as 4DEF"). That is no
 * delivery to the recipient: the filtered message is delivered again, under its new queue id, and counted
 * then. A local mailbox (local(8), Dovecot's LMTP: "Saved") queues nothing and is a delivery.
 */
export function handedBackToQueue(line: string): boolean {
  return line.includes('queued as') && LOOPBACK.test(line);
}

/**
 * The queue id of a delivery report the server wrote itself: Postfix's bounce daemon names it ("4ABC:
 * sender non-delivery notification: 4DEF"), Exim's arrival of a bounce it made refers to the message
 * that failed ("1abcDF-000Aaa-00 <= <> R=1abcDE-000Aaa-00 U=Debian-exim P=local"). A bounce that came in
 * from outside (null sender too, "<= <> H=mx.example.org") is mail for a local user, not one of these.
 */
function nullSenderQueueId(line: string): string | null {
  const notification = line.indexOf(' notification: ');
  if (notification > 0 && line.includes('postfix/bounce[')) {
    const id = line.slice(notification + ' notification: '.length).trim();
    return QUEUE_ID.test(id) ? id : null;
  }
  // qmail-send: "info msg 1234567: bytes 2345 from <> qp 4322 uid 89", a bounce it made
  const qmail = line.indexOf(' from <> qp ');
  if (qmail > 0 && line.includes('info msg ')) {
    const at = qmailNumberAt(line, 'info msg ');
    const id = at < 0 ? '' : digitsAt(line, at);
    return id && line.startsWith(': bytes ', at + id.length) ? id : null;
  }
  const exim = line.indexOf(' <= <> R=');
  if (exim > 0) {
    const id = line.slice(line.lastIndexOf(' ', exim - 1) + 1, exim);
    return EXIM_ID.test(id) ? id : null;
  }
  return null;
}

/**
 * qmail-send's "bounce msg 1234567 qp 4322": it bounces a message only once every recipient is done
 * (qmail-send.c, messdone), so a deferral still held then is one it turned into a failure, the message
 * being past its queue lifetime ("I'm not going to try again; this message has been in the queue too long.").
 */
function qmailBounced(line: string): { id: string; words: string } | null {
  if (line.length > MAX_LOG_LINE_CHARS) return null;
  const at = qmailNumberAt(line, 'bounce msg ');
  const id = at < 0 ? '' : digitsAt(line, at);
  return id && line.startsWith(' qp ', at + id.length) ? { id, words: `bounce msg ${id}` } : null;
}

/** Exim's message id: "1abcDE-000Aaa-00" (4.97 and later) or "1abcDE-0000Aa-AB". */
const EXIM_ID = /^[0-9A-Za-z]{6}-[0-9A-Za-z]{6,11}-[0-9A-Za-z]{2,4}$/;

/** The queue id (message id) a delivery line is about, or "" (see deliveryKey). */
function queueIdOf(line: string): string {
  const key = deliveryKey(line);
  return key === null ? '' : key.slice(0, key.indexOf(' '));
}

/** Recipients one Sendmail line reports at most (a line holds those of one SMTP transaction). */
const MAX_LINE_RECIPIENTS = 100;

/**
 * Sendmail logs one line per SMTP transaction, all its recipients in to= ("to=<a@x>,<b@x>, delay=..."):
 * the line once per recipient, each with its own to=; null for a line with one.
 */
export function eachRecipient(line: string): string[] | null {
  if (sendmailStat(line) === null) return null;
  const at = line.indexOf(' to=');
  if (at < 0) return null;
  const start = at + 4;
  const end = line.indexOf(', ', start);
  const value = line.slice(start, end < 0 ? undefined : end);
  if (!value.includes(',')) return null;
  const recipients = value.split(',', MAX_LINE_RECIPIENTS).map((r) => r.trim()).filter(Boolean);
  if (recipients.length < 2) return null;
  const before = line.slice(0, start);
  const after = end < 0 ? '' : line.slice(end);
  return recipients.map((r) => before + r + after);
}

/**
 * The text in a string of its own. A line sliced out of a stream's chunk keeps the whole chunk alive in
 * V8 while it is held (a 220 MB log held 600 MB); the concatenation is flattened into a new string.
 */
function ownCopy(text: string): string {
  return (' ' + text).slice(1);
}

function valueAfter(line: string, key: string): string | null {
  const at = line.indexOf(key);
  return at < 0 ? null : line.slice(at + key.length, at + key.length + 16);
}

/** Substrings of which a log's delivery lines (or refusals) hold one: a text with none is no log (a cheap first look). */
function mayHoldDeliveries(text: string): boolean {
  return text.includes('status=') || text.includes('stat=') || text.includes(' R=') || text.includes(' T=') || text.includes('SMTP error') ||
    text.includes(' ** ') || text.includes(' == ') || text.includes('reject') ||
    text.includes(': failure: ') || text.includes(': deferral: ') || text.includes(': success: ');
}

/**
 * Reads a text as a mail log: null when it is none. It is one when two lines or more are delivery
 * lines, or when one is and most lines carry a log time stamp (a few lines pasted from a log, the one
 * delivery among the queue's lines about the same message). A log of no delivery but the server's
 * refusals of incoming mail ("grep NOQUEUE mail.log") gives those lines; with deliveries, they are
 * given too, marked (FailedLine.inbound): the noise of a server that also receives mail. One of no delivery but messages given up
 * ("status=expired") gives those.
 */
export function readLogText(text: string): LogReading | null {
  const reading = logTextReading(text);
  for (;;) {
    const next = reading.next();
    if (next.done) return next.value;
  }
}

/** Lines of a log's text read between two steps of readLogTextPaced: a few milliseconds' work. */
const LINES_PER_STEP = 512;

/**
 * readLogText(), a step of `pace` taken every LINES_PER_STEP lines (the library's: it gives the event loop
 * a turn now and then, and throws when its signal is aborted; a pasted log of 20,000 lines was read in one go).
 */
export async function readLogTextPaced(text: string, pace: { step(): Promise<void> }): Promise<LogReading | null> {
  const reading = logTextReading(text);
  for (;;) {
    const next = reading.next();
    if (next.done) return next.value;
    await pace.step();
  }
}

/** readLogText's reading, which stops (yields) every LINES_PER_STEP lines and returns what it gives. */
function* logTextReading(text: string): Generator<void, LogReading | null, void> {
  if (!mayHoldDeliveries(text)) return null;
  let lineCount = 0;
  let stamped = 0;
  const tracker = new DeliveryTracker();
  const failed: FailedLine[] = [];
  let number = 0;
  for (const raw of text.split('\n')) {
    if (++number % LINES_PER_STEP === 0) yield;
    // (a line behind grep -H's file name, in RFC 5424's form, behind docker compose's service name: the log line)
    const line = unprefixedLogLine(cutLogLine(raw.endsWith('\r') ? raw.slice(0, -1) : raw));
    if (!line.trim()) continue;
    lineCount++;
    if (startsWithLogTime(line)) stamped++;
    failed.push(...tracker.read(number, line));
  }
  const deliveries = tracker.deliveries;
  // no delivery: the messages the server gave up or threw away, and its refusals of incoming mail, when
  // most lines are a log's (a rotated log's newest file may hold only the expiry of an older deferral)
  if (!deliveries) {
    const rest = stamped * 2 >= lineCount ? [...failed, ...tracker.finish()].sort((a, b) => a.number - b.number) : [];
    return rest.length ? { deliveries, counts: tracker.counts, failed: rest } : null;
  }
  if (!(deliveries >= 2 || (deliveries === 1 && stamped * 2 >= lineCount))) return null;
  failed.push(...tracker.finish());
  return { deliveries, counts: tracker.counts, failed: failed.sort((a, b) => a.number - b.number) };
}
