// Turns what a person pastes (a code, a reply, a log line, DSN fields) into a Reply.
import type { Reply } from '../types.js';
import { MAX_TEXT_LENGTH, firstLine, foldSpace, joinReplyLines } from './clean-text.js';
import { hasLineBreak, isSpace } from './scan-chars.js';
import { findAddress, findAddresses, writtenRecipient } from './find-address.js';
import { findCommand } from './find-command.js';
import { lowerCase } from './lower-case.js';
import { scanText } from '../classify/find-phrase.js';
import { findRemoteHost } from './find-host.js';
import { bareCodes, findReplyCode, findStatus, normaliseStatus } from './find-codes.js';
import { hostName, parseEximLine, parseOpensmtpdLine, parsePostfixLine, parseQmailLine, parseSendmailLine } from './parse-log-line.js';
import { isExitStatus, readFields, stripType } from './parse-dsn-fields.js';
import { readInboundRefusal, refusedRecipient } from './inbound-refusal.js';
import { namedAfterFrom, namedAsAnother } from './not-recipient.js';
import { deliveryOutcome, sendmailStat } from './log-file.js';
import { unprefixedLogLine } from './log-prefix.js';
import { logLineDate } from './log-date.js';
import { failingReply } from './transcript.js';
import { readOwnNotice } from './own-notice.js';

export function parseReply(input: string): Reply {
  const raw = input.length > MAX_TEXT_LENGTH ? input.slice(0, MAX_TEXT_LENGTH) : input;
  const trimmed = raw.trim();
  // a code alone ("550", "5.7.26", "550 5.1.1"), maybe as "Error 550" or "550."
  const codes = bareCodes(trimmed);
  if (codes !== null) return bare(codes);

  // a reply as servers write it ("550 5.1.1 ...") is no log line: the log readers are skipped
  if (!REPLY_START.test(trimmed)) {
    const fromLog = readLogLines(trimmed);
    if (fromLog) return fromLog;
  }
  const dsn = parseDsnText(trimmed);
  if (dsn) return dsn;
  return parseReplyText(trimmed);
}

/** A reply code at the very start, followed by a space or a dash. */
const REPLY_START = /^[245]\d\d[ -]/;

/** A log line (its first line): the server's own notice, a delivery, a refusal of incoming mail; dated by its time stamp. */
function readLogLines(trimmed: string): Reply | null {
  // (behind grep -H's file name, in RFC 5424's form, behind docker compose's service name: the log line)
  const first = unprefixedLogLine(firstLine(trimmed));
  const reply = readLogLineReply(trimmed, first);
  // the time is read only once the text is known as a log line: a reply pays no regex run for it
  const date = reply ? logLineDate(first) : null;
  if (date) reply!.date = date;
  return reply;
}

function readLogLineReply(trimmed: string, first: string): Reply | null {
  const ownNotice = readOwnNotice(first);
  if (ownNotice) {
    const reply = parseReplyText(trimmed);
    reply.ownNotice = ownNotice;
    return reply;
  }
  const log = parseLogLine(first);
  if (log) return log;
  const inbound = readInboundRefusal(first);
  if (inbound) {
    const reply = parseReplyText(trimmed);
    // the address the refused message was for, not one the reply text quotes (a refused sender's)
    reply.recipient = inbound.to ?? reply.recipient;
    reply.inbound = inbound;
    if (inbound.temporary) reply.action = 'delayed';
    return reply;
  }
  // the submission service refusing one of the reader's users: the recipient is the envelope's to=
  const to = refusedRecipient(first);
  if (!to) return null;
  const reply = parseReplyText(trimmed);
  reply.recipient = to;
  return reply;
}

function bare(codes: { replyCode?: string; status?: string }): Reply {
  return {
    replyCode: codes.replyCode ?? '', status: codes.status ?? '', text: '', recipient: null,
    command: null, remoteHost: null, source: 'code',
  };
}

function parseLogLine(line: string): Reply | null {
  const r = readLogLine(line);
  if (!r || r.action) return r;
  // the line's own word for how the delivery ended: a 5xx Postfix keeps queued (soft_bounce, a relay's
  // login refused) is no returned message, and a codeless "stat=Deferred: Connection timed out" no failure
  // (set on the fresh object: a spread copy made every explanation after it ~12% slower in V8)
  const outcome = deliveryOutcome(line);
  if (outcome === 'delayed' || outcome === 'failed') r.action = outcome;
  return r;
}

function readLogLine(line: string): Reply | null {
  if (line.includes('postfix/') || (line.includes(' status=') && line.includes('to=<'))) {
    const r = parsePostfixLine(line);
    if (r) return r;
  }
  if (line.includes(' delivery evp:')) {
    const r = parseOpensmtpdLine(line);
    if (r) return r;
  }
  if (sendmailStat(line) !== null) {
    const r = parseSendmailLine(line);
    if (r) return r;
  }
  if (/(?:^|\s)(?:\*\*|==|=>)\s/.test(line)) return parseEximLine(line);
  if (line.includes('delivery ')) return parseQmailLine(line);
  return null;
}

/** Pasted DSN fields: Diagnostic-Code, Status, Final-Recipient, Remote-MTA, Action. */
function parseDsnText(text: string): Reply | null {
  if (!hasDsnField(text)) return null;
  const f = readFields(text);
  const field = f.get('diagnostic-code') ?? '';
  // an exit status keeps its type, the words that tell a local program failed
  const exitStatus = isExitStatus(field);
  const diagnostic = exitStatus ? field.trim() : stripType(field);
  const status = normaliseStatus(f.get('status') ?? '');
  if (!diagnostic && !status) return null;
  const body = joinReplyLines(diagnostic);
  const lower = lowerCase(body);
  return {
    replyCode: exitStatus ? '' : findReplyCode(diagnostic),
    status: status || findStatus(diagnostic),
    text: body,
    recipient: writtenRecipient(stripType(f.get('final-recipient') ?? f.get('original-recipient') ?? '')) ?? findAddress(body),
    command: findCommand(lower, scanText(lower)),
    remoteHost: hostName(stripType(f.get('remote-mta') ?? '')),
    source: 'dsn',
  };
}

/** The DSN fields a pasted text may start a line with. */
const DSN_FIELDS = ['diagnostic-code', 'status', 'final-recipient', 'original-recipient', 'action', 'remote-mta'];

/** A line that starts with a DSN field name, in any case, then maybe white space, then ':'. */
const DSN_FIELD_LINE = /^(?:diagnostic-code|status|final-recipient|original-recipient|action|remote-mta)\s*:/im;

/**
 * True when a line of the text starts with a DSN field (DSN_FIELD_LINE). The first line is looked at by
 * hand: most texts are one line, which then need no regex run.
 */
function hasDsnField(text: string): boolean {
  for (const name of DSN_FIELDS) {
    if (!startsWithName(text, 0, name)) continue;
    let at = name.length;
    while (isSpace(text.charCodeAt(at))) at++;
    if (text.charCodeAt(at) === 58 /* : */) return true;
  }
  return hasLineBreak(text) && DSN_FIELD_LINE.test(text);
}

/** True when `text` holds `name` (lower-case letters and '-') at `at`, its letters in any case. */
function startsWithName(text: string, at: number, name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = text.charCodeAt(at + i);
    const want = name.charCodeAt(i);
    // only ASCII letters fold: a case-insensitive regex without the u flag never maps other characters to them
    if (c !== want && !(want >= 97 && want <= 122 && c === want - 32)) return false;
  }
  return true;
}

/** A reply of one or more lines, maybe with leading junk ("Remote server said:", "> "). */
function parseReplyText(text: string): Reply {
  // a session pasted whole (the greeting, "250 2.1.0 Ok", then "550 5.1.1 ..."): the reply that failed
  const session = hasLineBreak(text) ? failingReply(text) : null;
  if (session) {
    const reply = parseOneReply(session.text);
    // the address of the RCPT TO the refusal answered (pipelined commands are answered in order), or
    // else of the transcript's "RCPT TO:<...>", when the refusal names none
    reply.recipient ??= session.recipient ?? findRecipient(text);
    if (session.command) reply.command = session.command;
    reply.remoteHost ??= findRemoteHost(joinReplyLines(text));
    return reply;
  }
  return parseOneReply(text);
}

function parseOneReply(text: string): Reply {
  // a 3xx is an intermediate reply ("354 End data with <CR><LF>.<CR><LF>"), never a failure: read only
  // where the pasted text starts with it, since a bounce's running text holds "300 messages" and the like
  const replyCode = isExitStatus(text) ? '' : findReplyCode(text) || (/^3\d\d(?=[ -]|$)/.exec(text)?.[0] ?? '');
  // start the text at the reply when junk precedes it on the same line
  let body = text;
  let lead = '';
  if (replyCode) {
    const at = replyAt(body, replyCode);
    if (at > 0 && !body.slice(0, at).includes('\n')) {
      lead = body.slice(0, at);
      body = body.slice(at);
    }
  }
  const joined = joinReplyLines(body);
  const lower = lowerCase(joined);
  return {
    replyCode,
    status: findStatus(text),
    text: joined || foldSpace(text),
    // the junk often names the recipient the reply does not repeat: Postfix's "<a@x>: host H said: 550 ..."
    recipient: findRecipient(joined) ?? findRecipient(lead),
    command: findCommand(lower, scanText(lower)),
    remoteHost: findRemoteHost(joined),
    source: 'reply',
  };
}

/** Where `code` first stands as a reply: not after a digit or '.', followed by ' ' or '-'; -1 when nowhere. */
function replyAt(text: string, code: string): number {
  for (let at = text.indexOf(code); at >= 0; at = text.indexOf(code, at + 1)) {
    const before = at > 0 ? text.charCodeAt(at - 1) : 0;
    if ((before >= 48 && before <= 57) || before === 46) continue;
    const after = text.charCodeAt(at + code.length);
    if (after === 32 || after === 45) return at;
  }
  return -1;
}

/** The recipient a reply names: "<a@x>" first, else the first bare address; never one it names as another's. */
function findRecipient(text: string): string | null {
  if (!text.includes('@')) return null;
  const lower = lowerCase(text);
  const found: { address: string; at: number }[] = [];
  // an address named once as another's stays so where the reply names it again (cPanel's "Verification
  // failed for <news@x> ... could not deliver mail to news@x ... Sender verify failed")
  const others = new Set<string>();
  let from = 0;
  for (const address of findAddresses(text, 20)) {
    const key = address.toLowerCase();
    const at = lower.indexOf(key, from);
    if (at < 0) continue;
    // in a reply, the address after "from" is the sender's ("550 Mail from <news@x> refused")
    if (!namedAsAnother(lower, at, address.length, from) && !namedAfterFrom(lower, at, from)) found.push({ address, at });
    else others.add(key);
    from = at + address.length;
  }
  const candidates = others.size ? found.filter(({ address }) => !others.has(address.toLowerCase())) : found;
  const bracketed = candidates.find(({ at }) => text.charCodeAt(at - 1) === 60 /* < */);
  return (bracketed ?? candidates[0])?.address ?? null;
}
