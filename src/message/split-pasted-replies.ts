// Replies for different recipients pasted one per line ("550 5.1.1 <ana@example.com>: User unknown",
// then "452 4.2.2 <bia@example.com>: Mailbox full"; or the recipient lines of a Postfix notice,
// "<ana@example.com>: host mx.example.com said: 550 ..."): read whole, as one reply, they gave one
// result, one recipient's address with another's reason, and the other recipients were lost.
// Likewise replies from different failures pasted one after the other, not all naming an address
// ("550 5.1.1 <ana@example.com> User unknown", then "421 4.7.0 Try later"): read whole, the last one
// won, with the first one's recipient, and the hard bounce was lost.
import { splitLines } from '../reply/clean-text.js';
import { cleanAddress, findAddress } from '../reply/find-address.js';
import { findReplyCode, findStatus, isReplyCodeAt } from '../reply/find-codes.js';
import { isDigit, statusEnd } from '../reply/scan-chars.js';
import { isSessionLine, isSummaryReply } from '../reply/transcript.js';

/** Lines split at most: a longer paste is a log or a list, which other readers take. */
export const MAX_PASTED_REPLIES = 1000;

/** The replies of a paste, and whether their codes differ (then each is a failure of its own). */
export interface PastedReplies {
  replies: string[];
  /**
   * True for complete replies whose codes differ: each is its own failure, whatever address it names
   * (none, or one another reply names too). False for lines that each name an address and a failure:
   * the caller keeps the split only when each line names a recipient of its own.
   */
  differ: boolean;
}

/**
 * The replies of a paste of several: lines that each name an address and a failure (a 4xx/5xx reply
 * code or enhanced status code), or complete replies with different codes (differentReplies); null for
 * any other text.
 */
export function splitPastedReplies(text: string): PastedReplies | null {
  if (!text.includes('\n') && !text.includes('\r')) return null;
  const all = splitLines(text);
  const lines = all.map((l) => l.trim()).filter((l) => l !== '');
  if (lines.length < 2 || lines.length > MAX_PASTED_REPLIES) return null;
  const replies = differentReplies(all);
  if (replies) return { replies, differ: true };
  return lines.every(namesFailedAddress) ? { replies: lines, differ: false } : null;
}

function namesFailedAddress(line: string): boolean {
  return line.includes('@') && (isFailure(findReplyCode(line)) || isFailure(findStatus(line)));
}

function isFailure(code: string): boolean {
  return code[0] === '4' || code[0] === '5';
}

/**
 * The codes a reply line opens with: its reply code and enhanced code ('' when absent), whether more
 * lines of it follow ("550-"), and the address it names (lower case; '' when none).
 */
interface LineCodes {
  reply: string;
  status: string;
  more: boolean;
  address: string;
}

/**
 * Complete replies pasted one after the other, two at least, whose codes differ: each line opens with
 * a 4xx/5xx reply code or an enhanced status code (maybe behind the recipient's address, as Postfix
 * writes "<ana@example.com>: host mx.example.com[192.0.2.1] said: 550 ..."). A reply goes on over the
 * lines that follow it directly: its own code again (a multi-line reply, RFC 5321 §4.2.1: "550-5.1.1 ..."
 * then "550 5.1.1 ..."), or no code (a line a mail client wrapped). Null for anything else: a line of
 * words before the first reply or after a blank line (a bounce's text, a note), a 2xx/3xx reply or a
 * client's command (an SMTP session, which transcript.ts reads) or a reply that sums up the others,
 * replies that all share one code.
 */
function differentReplies(lines: readonly string[]): string[] | null {
  const replies: { text: string; codes: LineCodes }[] = [];
  let open: { text: string; codes: LineCodes } | null = null;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      open = null;
      continue;
    }
    if (isSessionLine(line)) return null;
    const found = replyLineCodes(line);
    const codes = found && { ...found, address: line.includes('@') ? (cleanAddress(findAddress(line) ?? '') ?? '').toLowerCase() : '' };
    if (codes === null) {
      if (open === null) return null;
      open.text += '\n' + line;
      continue;
    }
    if (!isFailure(codes.reply || codes.status) || (codes.reply && codes.status && !isFailure(codes.status))) return null;
    if (open !== null && continues(open.codes, codes)) {
      open.text += '\n' + line;
      open.codes = { ...open.codes, more: codes.more, address: open.codes.address || codes.address };
      continue;
    }
    open = { text: line, codes };
    replies.push(open);
  }
  // a reply that sums up the others ("554 5.5.1 Error: no valid recipients") makes them a session's
  // replies, whose refusal transcript.ts picks out
  if (replies.length < 2 || replies.some((r) => isSummaryReply(r.text))) return null;
  const first = replies[0]!.codes;
  return replies.some((r) => r.codes.reply !== first.reply || r.codes.status !== first.status) ? replies.map((r) => r.text) : null;
}

/**
 * A line that goes on with the reply before it: the same reply code after a "550-" line, or the same
 * codes (one left out counts as the same: "550 User unknown" then "550 5.1.1 in virtual table"); never
 * one that names another address (the next recipient's reply).
 */
function continues(open: LineCodes, line: LineCodes): boolean {
  if (open.reply !== line.reply || (open.address && line.address && open.address !== line.address)) return false;
  return open.more || !open.status || !line.status || open.status === line.status;
}

/** Postfix's words before the reply it quotes: "<ana@example.com>: host mx.example.com[192.0.2.1] said: 550 ...". */
const POSTFIX_SAID = /^host [^\s]{1,300} said:[ \t]{0,10}/i;

/** The codes a line opens with, after a recipient's address maybe; null when it opens with no failure code. */
function replyLineCodes(line: string): Omit<LineCodes, 'address'> | null {
  return codesAt(line, 0) ?? codesAt(line, afterAddress(line));
}

/**
 * Where the words after a leading address start ("<ana@example.com>: ", "ana@example.com ", Postfix's
 * "(expanded from <...>)" and "host ... said: " skipped); -1 when the line opens with no address.
 */
function afterAddress(line: string): number {
  let at = line.charCodeAt(0) === 60 /* < */ ? 1 : 0;
  const end = line.slice(at, at + 320).search(/[\s<>]/);
  const address = line.slice(at, end < 0 ? at + 320 : at + end);
  const sign = address.indexOf('@');
  if (sign <= 0 || sign === address.length - 1) return -1;
  at += address.length;
  if (line.charCodeAt(0) === 60) {
    if (line.charCodeAt(at) !== 62 /* > */) return -1;
    at++;
  }
  const rest = line.slice(at);
  const expanded = /^ \(expanded from <[^<>\s]{1,320}>\)/.exec(rest);
  if (expanded) at += expanded[0].length;
  if (line.charCodeAt(at) === 58 /* : */) at++;
  const spaces = /^[ \t]{1,10}/.exec(line.slice(at));
  if (!spaces) return -1;
  at += spaces[0].length;
  const said = POSTFIX_SAID.exec(line.slice(at));
  return said ? at + said[0].length : at;
}

/** The codes that start at `at`: "550 5.1.1 ...", "550-5.1.1 ...", "550 ...", "5.1.1 ..."; null when none. */
function codesAt(line: string, at: number): Omit<LineCodes, 'address'> | null {
  if (at < 0) return null;
  const reply = isReplyCodeAt(line, at) ? line.slice(at, at + 3) : '';
  if (reply) {
    const next = at + 4;
    const end = line.length > at + 3 ? statusEnd(line, next) : -1;
    const status = end > 0 && !isDigit(line.charCodeAt(end)) && line.charCodeAt(end) !== 46 ? line.slice(next, end) : '';
    return { reply, status: status && findStatus(status), more: line.charCodeAt(at + 3) === 45 };
  }
  const end = statusEnd(line, at);
  if (end < 0 || (end < line.length && line.charCodeAt(end) !== 32 && line.charCodeAt(end) !== 9)) return null;
  return { reply: '', status: findStatus(line.slice(at, end)), more: false };
}
