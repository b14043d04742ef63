// How a file's start tells a mail log (read then line by line, any size: log-run.ts, readLogStream).
// Browser-safe: the library's analyzeStream() tells a stream's kind with it too.
import { binaryString } from '../mbox-separator.js';
import { readLogText } from '../reply/log-file.js';
import { startsWithLogTime, unprefixedLogLine } from '../reply/log-prefix.js';

export { LogRun, readLogStream } from './log-run.js';

/** UTF-8 as Node's Buffer decodes it: a byte order mark kept, a wrong byte U+FFFD. */
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true });

/** Bytes of a file's start read to tell a log. */
export const LOG_HEAD_BYTES = 64 * 1024;

/**
 * Lines that may come before a log's first time-stamped line, besides blank ones and journalctl's
 * "-- Logs begin at ... --": a title or a column header put on top of an exported log.
 */
const MAX_LOG_PREAMBLE_LINES = 1;
/** Characters of a head's line looked at for its time stamp (after a tool's prefix: an RFC 5424 header, a path). */
const MAX_HEAD_LINE_CHARS = 2048;
/** Non-blank lines a head must hold to be told a log by its lines' shape alone (no delivery among them). */
const MIN_LOG_SHAPE_LINES = 8;
/**
 * Words of which a mail server's log lines name one: the programs (Postfix, Sendmail, Exim, qmail,
 * Dovecot, Courier, the filters beside them), and the words of the two logs that name none (Exim's
 * mainlog, qmail-send's log under multilog).
 */
const MAIL_PROGRAM_WORDS = [
  'postfix/', 'postfix[', 'sendmail[', 'sm-mta[', 'sm-msp-queue[', 'exim', 'qmail', 'dovecot', 'courier', 'smtpd[', 'opendkim[', 'opendmarc[',
  'amavis', 'spamd[', 'clamd[', 'rspamd', 'SMTP connection from', ' <= ', ' new msg ', ' info msg ', ' end msg ', ' starting delivery ', ' status: local ',
];

function namesMailProgram(line: string): boolean {
  return MAIL_PROGRAM_WORDS.some((word) => line.includes(word));
}

/** True for a line of spaces and tabs only (a CR allowed). */
function isBlankLine(bytes: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (bytes[i] !== 0x20 && bytes[i] !== 0x09 && bytes[i] !== 0x0d) return false;
  return true;
}

/**
 * True when the first line is time-stamped, after blank lines, journalctl's "-- Logs begin at ... --"
 * and MAX_LOG_PREAMBLE_LINES other lines (a column header) if any (a stored e-mail starts with header
 * fields, so this costs a bounce file a few short tests).
 */
export function opensLikeLog(head: Uint8Array): boolean {
  let at = 0;
  let preamble = 0;
  for (;;) {
    if (at >= head.length) return false;
    const nl = head.indexOf(0x0a, at);
    // (a line behind a tool's prefix too, grep -H's "mail.log:" or RFC 5424's header: read up to its end)
    if (startsWithLogTime(unprefixedLogLine(binaryString(head.subarray(at, at + Math.min((nl < 0 ? head.length : nl) - at, MAX_HEAD_LINE_CHARS)))))) return true;
    if (nl < 0) return false;
    // "-" "-" " ": a marker line of journalctl, skipped
    const marker = head[at] === 0x2d && head[at + 1] === 0x2d && head[at + 2] === 0x20;
    if (!marker && !isBlankLine(head, at, nl) && ++preamble > MAX_LOG_PREAMBLE_LINES) return false;
    at = nl + 1;
  }
}

/**
 * True when most non-blank lines are time-stamped lines of a mail program: a log whose head holds
 * no delivery (a server's connections, Dovecot's logins), with its failures further down.
 */
function hasLogShape(text: string): boolean {
  let lines = 0;
  let mail = 0;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    lines++;
    const body = unprefixedLogLine(line);
    if (startsWithLogTime(body) && namesMailProgram(body)) mail++;
  }
  return lines >= MIN_LOG_SHAPE_LINES && mail * 2 > lines;
}

/**
 * True when the bytes start like a mail log (opensLikeLog): with delivery lines among the first, or
 * lines of the shape of a mail server's log (hasLogShape).
 */
export function looksLikeLog(head: Uint8Array): boolean {
  if (!opensLikeLog(head)) return false;
  const text = UTF8.decode(head.subarray(0, LOG_HEAD_BYTES));
  // a head that fills the buffer ends in a line cut short: it is left out
  const nl = text.lastIndexOf('\n');
  const whole = nl > 0 && head.length >= LOG_HEAD_BYTES ? text.slice(0, nl) : text;
  return readLogText(whole) !== null || hasLogShape(whole);
}

