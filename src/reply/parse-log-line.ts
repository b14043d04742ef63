// Reads the delivery lines of Postfix, Exim, Sendmail, OpenSMTPD and qmail-send logs into a Reply.
import type { Reply } from '../types.js';
import { foldSpace, joinReplyLines } from './clean-text.js';
import { cleanAddress, findAddress } from './find-address.js';
import { findCommand } from './find-command.js';
import { findReplyCode, findStatus, normaliseStatus, preferSpecific } from './find-codes.js';
import { decodeEximEscapes } from './exim-escapes.js';
import { readKeyValues } from './key-values.js';
import { eximDelivery, opensmtpdDelivery, qmailDelivery } from './log-file.js';

/** "mx.example.org[192.0.2.10]:25" or "mx.example.org. [192.0.2.10]" -> "mx.example.org". */
export function hostName(value: string): string | null {
  const name = value.trim().split(/[\s\[:]/, 1)[0]!.replace(/\.$/, '').toLowerCase();
  return name && name !== 'none' && name.includes('.') ? name : null;
}

/**
 * A Postfix delivery that stays on the server: local(8), virtual(8), pipe(8), LMTP over a socket
 * ("relay=mail.example.com[private/dovecot-lmtp]"), or a content filter on the loopback address that
 * did not answer ("connect to 127.0.0.1[127.0.0.1]:10024: Connection refused"). A reply through the
 * loopback address ("host 127.0.0.1[127.0.0.1] said: 550 5.7.26 ...") may be a remote server's, passed
 * on by a local tunnel or proxy: not told as local.
 */
function postfixLocal(line: string, relay: string): boolean {
  if (line.includes('postfix/local[') || line.includes('postfix/virtual[') || line.includes('postfix/pipe[')) return true;
  if (relay.includes('[/') || relay.includes('[private/') || relay.includes('[public/')) return true;
  return (relay.includes('[127.') || relay.includes('[::1]')) && !line.includes(' said: ');
}

/** Postfix: `to=<a@x>, relay=..., dsn=5.1.1, status=bounced (host H[ip] said: 550 ... (in reply to RCPT TO command))`. */
export function parsePostfixLine(line: string): Reply | null {
  if (!line.includes('status=') || !line.includes('to=')) return null;
  const f = readKeyValues(line, ['status']);
  const statusField = f.get('status') ?? '';
  const open = statusField.indexOf('(');
  let text = open >= 0 ? statusField.slice(open + 1, statusField.lastIndexOf(')') > open ? statusField.lastIndexOf(')') : undefined) : statusField;
  let remoteHost = hostName(f.get('relay') ?? '');
  const said = /^host (\S+) said:\s*/i.exec(text);
  if (said) {
    remoteHost = hostName(said[1]!) ?? remoteHost;
    text = text.slice(said[0].length);
  }
  const lower = text.toLowerCase();
  const command = findCommand(lower);
  const inReply = lower.lastIndexOf('(in reply to ');
  if (inReply >= 0) text = text.slice(0, inReply);
  text = foldSpace(text);
  return {
    replyCode: findReplyCode(text),
    status: preferSpecific(normaliseStatus(f.get('dsn') ?? ''), findStatus(text)),
    text,
    recipient: cleanAddress(f.get('to') ?? ''),
    // an alias or a forward: the address written is orig_to=
    originalRecipient: cleanAddress(f.get('orig_to') ?? ''),
    command,
    remoteHost,
    source: 'postfix',
    ...(postfixLocal(line, f.get('relay') ?? '') ? { local: true as const } : {}),
    // "relay=mx.example.com.br[192.0.2.50]:25": a relay of the sender's provider listens on 587 or 465
    ...(/\]:25$/.test(f.get('relay') ?? '') ? { remoteMx: true as const } : {}),
  };
}

/** Sendmail: `to=<a@x>, ..., relay=mx. [ip], dsn=5.1.1, stat=User unknown` (stat= may hold a whole reply). */
export function parseSendmailLine(line: string): Reply | null {
  if (!line.includes('stat=')) return null;
  const f = readKeyValues(line, ['stat']);
  const text = foldSpace(f.get('stat') ?? '');
  return {
    replyCode: findReplyCode(text),
    status: preferSpecific(normaliseStatus(f.get('dsn') ?? ''), findStatus(text)),
    text,
    // a local user ("to=bia") is named in full by ctladdr= ("ctladdr=<bia@example.com> (1002/1002)")
    recipient: cleanAddress(f.get('to') ?? '') ?? cleanAddress(f.get('ctladdr') ?? ''),
    command: findCommand(text.toLowerCase()),
    remoteHost: hostName(f.get('relay') ?? ''),
    source: 'sendmail',
    // the local mailer (a mailbox) or prog (a program, procmail)
    ...(/[ ,]mailer=(?:local|prog)[ ,]/.test(line) ? { local: true as const } : {}),
    // the MX of the recipient's domain; a smart host goes by the relay mailer
    ...(/[ ,]mailer=e?smtp[ ,]/.test(line) ? { remoteMx: true as const } : {}),
  };
}

/** OpenSMTPD: `mta delivery evp:ID from=<s@x> to=<a@x> ... relay="192.0.2.5 (mx.example.org)" ... result="PermFail" stat="550 5.1.1 ..."`. */
export function parseOpensmtpdLine(line: string): Reply | null {
  const d = opensmtpdDelivery(line);
  if (!d) return null;
  const text = foldSpace(d.stat);
  const named = /\(([^()\s]+)\)/.exec(d.relay);
  return {
    replyCode: findReplyCode(text),
    status: findStatus(text),
    text,
    recipient: cleanAddress(d.to),
    command: findCommand(text.toLowerCase()),
    remoteHost: hostName(named ? named[1]! : d.relay),
    source: 'opensmtpd',
    // "mda delivery": a mailbox on this server
    ...(line.includes(' mda delivery ') ? { local: true as const } : {}),
  };
}

/**
 * Exim main log: `** a@x R=router T=transport H=mx [ip]: SMTP error from remote mail server after RCPT TO:<a@x>: 550 ...`
 * (`**` failed, `==` deferred, `=>` delivered).
 */
export function parseEximLine(logged: string): Reply | null {
  // its bytes past ASCII and its reply's line breaks as Exim escapes them ("Usu\303\241rio", "\n")
  const line = decodeEximEscapes(logged);
  const m = /(?:^|\s)(\*\*|==|=>|->)\s+(\S+)/.exec(line);
  // (a mark after a message id makes a delivery line without R= or T=: "1abcDE-000Aaa-00 ** a@x: Unrouteable address")
  if (!m || !(line.includes(' R=') || line.includes(' T=') || line.includes('SMTP error') || line.includes(' defer (') || eximDelivery(line))) return null;
  // "** eva@example.net <vendas@example.net> R=...": the address as written before an alias or a
  // forward took it (Exim's <parent>); a pipe or a file has only that one
  const parent = /^ <([^<>\s]{1,320})>/.exec(line.slice(m.index + m[0].length));
  const written = parent ? cleanAddress(parent[1]!) : null;
  const recipient = cleanAddress(m[2]!) ?? written;
  const hostMatch = /\sH=(\S+)/.exec(line);
  let text = line.slice(m.index + m[0].length);
  const errAt = text.indexOf('SMTP error from remote mail');
  const lower = text.toLowerCase();
  const command = findCommand(lower);
  if (errAt >= 0) {
    // the reply follows the command: "after RCPT TO:<a@x>: 550 ..." or "after end of data: 550 ..."
    const afterErr = text.slice(errAt);
    const codeAt = /:\s+(?=[245]\d\d[ \-])/.exec(afterErr);
    text = codeAt ? afterErr.slice(codeAt.index + codeAt[0].length) : afterErr;
  } else {
    // "R=... T=...: reason" or "R=...: reason"
    const colon = text.indexOf(': ');
    if (colon >= 0) text = text.slice(colon + 2);
  }
  text = foldSpace(text);
  return {
    replyCode: m[1] === '=>' ? '250' : findReplyCode(text),
    status: findStatus(text),
    text,
    recipient: recipient ?? findAddress(text),
    ...(written && written !== recipient ? { originalRecipient: written } : {}),
    command,
    remoteHost: hostMatch ? hostName(hostMatch[1]!) : null,
    source: 'exim',
    // a local transport (appendfile, a pipe, LMTP to the mailbox server), or an address that is a pipe or a file
    ...(/ T=\S{0,64}(?:local|pipe|appendfile|lmtp|dovecot|virtual)/i.test(line) || /^[|/]/.test(m[2]!) ? { local: true as const } : {}),
    // "==" is a deferral: the message stays queued and is retried (without it a codeless line reads as failed)
    ...(m[1] === '==' ? { action: 'delayed' as const } : {}),
    // the stock routers to the MX hosts of the recipient's domain, Exim's and cPanel's (a smart host has its own)
    ...(/ R=(?:dnslookup|lookuphost|dkim_lookuphost) /.test(line) ? { remoteMx: true as const } : {}),
  };
}

/** qmail-remote.c: the SMTP step that failed, from its own sentence (its bounces and qmail-send's log say them). */
export const QMAIL_COMMANDS: ReadonlyArray<readonly [string, string]> = [
  [' but greeting failed', 'CONN'],
  [' but my name was rejected', 'EHLO'],
  [' but sender was rejected', 'MAIL'],
  [' does not like recipient', 'RCPT'],
  [' failed on data command', 'DATA'],
  [' failed after i sent the message', 'DATA'],
];

/**
 * qmail-send's log (qmail-log(5)): "delivery 101: failure: 192.0.2.10_does_not_like_recipient./Remote_host_said:_550_5.1.1_<a@x>:_User_unknown/Giving_up_on_192.0.2.10./".
 * The report is qmail-remote's (or qmail-local's), written by qmail-send with '_' for each space and
 * '/' for each break between its parts; "(#5.1.1)" is qmail's enhanced code. The recipient is the one
 * the tracker put in from the delivery's start ("delivery 101: msg 1234567 to remote a@x: failure: ..."),
 * else the one the report names.
 */
export function parseQmailLine(line: string): Reply | null {
  const d = qmailDelivery(line);
  if (!d) return null;
  const parts = qmailReport(line.slice(d.reportAt)).split('\n');
  let remoteHost: string | null = null;
  const kept: string[] = [];
  let replyLead = '';
  for (const part of parts) {
    const lower = part.toLowerCase();
    // "Giving up on 192.0.2.10.": qmail-remote's closing note under a permanent refusal, no time that ran out
    if (lower.startsWith('giving up on ')) {
      remoteHost ??= hostName(part.slice(13).replace(/\.$/, ''));
      continue;
    }
    const connected = lower.startsWith('connected to ') ? part.slice(13).split(' ', 1)[0]! : '';
    if (connected) remoteHost ??= hostName(connected);
    const said = lower.startsWith('remote host said: ') ? part.slice(18) : part;
    // the lines of a multi-line reply after its first, without their "550-5.1.1 " (as other replies are joined)
    const code = findReplyCode(said);
    const continued = code !== '' && said.startsWith(code) && code === replyLead;
    if (code && said.startsWith(code)) replyLead = code;
    kept.push(continued ? joinReplyLines(said) : said);
  }
  const text = foldSpace(kept.join('\n'));
  const lower = text.toLowerCase();
  const command = QMAIL_COMMANDS.find(([m]) => lower.includes(m))?.[1] ?? findCommand(lower);
  // "192.0.2.10 does not like recipient.": the remote host's address starts the report
  const first = text.split(' ', 1)[0]!;
  if (!remoteHost && command && command !== 'CONN' && !first.includes('@')) remoteHost = hostName(first.replace(/\.$/, ''));
  // qmail names the host by its address: no name (as findRemoteHost, which takes no bare IPv4 address)
  if (remoteHost && /^[\d.]+$/.test(remoteHost)) remoteHost = null;
  return {
    replyCode: findReplyCode(text) || (d.outcome === 'delivered' ? '250' : ''),
    status: findStatus(text),
    text,
    recipient: d.to ? cleanAddress(d.to) : findAddress(text),
    command,
    remoteHost,
    source: 'qmail',
    ...(d.local ? { local: true as const } : {}),
  };
}

/**
 * qmail-send's report as written: '_' back to a space, '/' to a line break, but not within a URL
 * ("https://example.com/help", a word that holds "://"; the report's own spaces are '_').
 */
export function qmailReport(report: string): string {
  let out = '';
  let inUrl = false;
  for (let i = 0; i < report.length; i++) {
    const c = report[i]!;
    if (c === '_') {
      inUrl = false;
      out += ' ';
    } else if (c === '/') {
      if (!inUrl && report[i - 1] === ':' && report[i + 1] === '/') inUrl = true;
      out += inUrl ? '/' : '\n';
    } else {
      out += c;
    }
  }
  return out;
}
