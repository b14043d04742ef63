// Sendmail bounces ("Returned mail: ..."): the list of failed addresses, each with its "(reason: ...)",
// then "----- Transcript of session follows -----" with the dialogue (">>> RCPT To:<a@x>",
// "<<< 550 5.1.1 ...") and sendmail's own line per address ("550 5.1.1 <a@x>... User unknown"),
// usually with a DSN part. Sendmail V5 (and V8 without DSN) only has the transcript, where a
// recipient line may carry the remote reply after the local one ("554 <a@x>... 550 Host unknown")
// or stand for the reply above it ("554 <a@x>... Remote protocol error").
// Also read: the same text forwarded with "> " quoting, and gateways that copy the format.
import { joinReplyLines } from '../../reply/clean-text.js';
import { findAddress } from '../../reply/find-address.js';
import { findCommand } from '../../reply/find-command.js';
import { findStatus } from '../../reply/find-codes.js';
import { hostName } from '../../reply/parse-log-line.js';
import { RECIPIENTS_READ } from '../limits.js';
import type { BounceDoc, Decoder, RecipientFacts } from '../types.js';
import { joinDsn, replyCodeOf, toFacts, type Draft, type NoticeReading } from './lhost-common.js';
import { noticeLines, noticeLower } from '../notice-views.js';

const ADDRESSES_HEAD = /^\s*-+\s*the following addresses? had (?:permanent fatal|permanent delivery|transient non-fatal|permanent) errors?\s*-+\s*$/i;
/** A local delivery agent's own message: "mail.local: unknown user: x", "procmail: Quota exceeded". */
const LOCAL_MAILER = /^(?:mail\.local|procmail|smrsh|maildrop|deliver|dovecot-lda|cyrus|local):\s/i;
const TRANSCRIPT_HEAD = /^\s*-+\s*transcript of session follows\s*-+\s*$/i;

/** "550 5.1.1 <a@x>... text", "<a@x>... text", "a@x... text": sendmail's line for one recipient. */
function recipientResult(line: string): { code: string; address: string; text: string } | null {
  const prefix = /^([245]\d\d)[ -](?:[245]\.\d{1,3}\.\d{1,3} )?/.exec(line);
  const rest = prefix ? line.slice(prefix[0].length) : line;
  // a program recipient from .forward or aliases: "|/usr/bin/procmail -f- #user"... Service unavailable
  if (rest.startsWith('"|')) {
    const close = rest.indexOf('"...', 2);
    if (close > 0) return { code: prefix?.[1] ?? '', address: rest.slice(1, close), text: rest.slice(close + 4).trim() };
  }
  const dots = rest.indexOf('...');
  if (dots <= 0) return null;
  const address = rest.slice(0, dots).replace(/^<|>$/g, '');
  // an address, or a bare local user ("kijitora... Deferred"); never a host ("example.com (smtp)...")
  if (!address || /[\s<>]/.test(address) || (!address.includes('@') && address.includes('.'))) return null;
  return { code: prefix?.[1] ?? '', address, text: rest.slice(dots + 3).trim() };
}

interface Entry {
  address: string;
  reason: string;
  lines: string[];
  command: string | null;
  /** The remote reply ("<<< ...") that this recipient's line answers. */
  remote: string;
  remoteHost: string | null;
  code: string;
}

/** Removes one level of "> " quoting when the whole notice was forwarded quoted. */
function unquote(lines: readonly string[]): readonly string[] {
  const quoted = lines.filter((l) => l.startsWith('>')).length;
  if (quoted < lines.filter((l) => l.trim()).length / 2) return lines;
  return lines.map((l) => l.replace(/^> ?/, ''));
}

function readNotice(lines: readonly string[]): Map<string, Entry> {
  const out = new Map<string, Entry>();
  const entry = (address: string): Entry => {
    const key = address.toLowerCase();
    let e = out.get(key);
    if (!e && out.size < RECIPIENTS_READ) {
      e = { address, reason: '', lines: [], command: null, remote: '', remoteHost: null, code: '' };
      out.set(key, e);
    }
    return e ?? { address, reason: '', lines: [], command: null, remote: '', remoteHost: null, code: '' };
  };
  let section: 'none' | 'addresses' | 'transcript' = 'none';
  let last: Entry | null = null;
  let command: string | null = null;
  let remote = '';
  let host: string | null = null;
  const transcript: string[] = [];
  let dataSent = false; // ">>> DATA" sent and no "354" read yet: replies still answer pipelined RCPT TOs
  // what the local delivery agent said before sendmail's line ("mail.local: unknown user: kijitora")
  let localSaid: string[] = [];
  for (const raw of lines) {
    const line = raw.trimEnd();
    if (ADDRESSES_HEAD.test(line)) { section = 'addresses'; last = null; continue; }
    if (TRANSCRIPT_HEAD.test(line)) { section = 'transcript'; last = null; continue; }
    if (section === 'addresses') {
      if (/^\s+\(reason:/i.test(line) && last) { last.reason = line.trim().slice('(reason:'.length).replace(/\)$/, '').trim(); continue; }
      if (/^\s/.test(line) || !line) continue;
      const address = /^<?([^\s<>]+@[^\s<>]+)>?/.exec(line) ?? /^<?([^\s<>@]+)>?\s*$/.exec(line);
      // Active!Hunter writes ">>> a@x <a@x>"
      const hunter = /^>>>\s+(\S+@\S+)/.exec(line);
      const found = hunter?.[1] ?? address?.[1];
      if (found) last = entry(found.replace(/^<|>$/g, ''));
      continue;
    }
    if (section !== 'transcript') continue;
    if (line.trim()) transcript.push(line.trim());
    const talking = /^\.\.\.\s*while talking to\s+([^\s:]+)|^while talking to\s+([^\s:]+)/i.exec(line);
    if (talking) { host = hostName(talking[1] ?? talking[2]!); command = null; remote = ''; last = null; continue; }
    if (line.startsWith('>>> ')) {
      command = findCommand(line.toLowerCase()) ?? command;
      // the replies to earlier commands ("<<< 250 2.1.0 Sender ok") do not answer this one
      if (!dataSent) remote = remote.split('\n').filter((l) => /^[45]/.test(l)).join('\n');
      dataSent = command === 'DATA' && /^>>> data\s*$/i.test(line);
      last = null;
      continue;
    }
    if (line.startsWith('<<< ')) {
      if (line.startsWith('<<< 354')) dataSent = false;
      remote = remote ? `${remote}\n${line.slice(4)}` : line.slice(4);
      last = null;
      continue;
    }
    const m = recipientResult(line.trim());
    if (m) {
      const e = entry(m.address);
      if (!e.lines.length) {
        // with PIPELINING the RCPT TO replies arrive after ">>> DATA": a failure sendmail pins on one
        // recipient before the "354" answered that recipient's RCPT TO, not the DATA command
        e.command = dataSent && m.address.includes('@') ? 'RCPT' : command;
        e.remote = remote;
        e.remoteHost = host;
        e.code = m.code;
        e.lines.push(...localSaid);
      }
      localSaid = [];
      e.lines.push(m.text);
      last = e;
      remote = '';
      continue;
    }
    if (last && line.trim() && !/^\d{3} \S+ \(smtp\)\.\.\./i.test(line.trim())) last.lines.push(line.trim());
    else {
      last = null;
      if (LOCAL_MAILER.test(line) && localSaid.length < 4) localSaid.push(line.trim());
    }
  }
  // a reply that no recipient line followed ("<<< 552-5.7.0 ..." then "554 5.0.0 Service unavailable")
  // belongs to the only recipient
  if (out.size === 1 && remote) {
    const only = [...out.values()][0]!;
    if (!only.remote) { only.remote = remote; only.remoteHost ??= host; only.command ??= command; }
  }
  // gateways that copy the format (Active!Hunter...) write the reply without sendmail's "<a@x>... " line
  for (const e of out.values()) {
    if (e.lines.length || e.reason) continue;
    const key = e.address.toLowerCase();
    const about = transcript.filter((l) => l.toLowerCase().includes(key));
    e.lines = (about.length ? about : transcript).slice(0, 12);
  }
  return out;
}

/** What one recipient's lines say: the remote reply when the line only says "Remote protocol error". */
function draftOf(e: Entry, withDsn: boolean): Draft {
  const own = e.lines.join(' ');
  let text: string;
  if (e.reason && withDsn) text = e.reason;
  else if (e.remote && (/^remote protocol error/i.test(own) || !own)) text = `${joinReplyLines(e.remote)} ${own}`;
  else text = e.reason || own || joinReplyLines(e.remote);
  // "554 <a@x>... 550 Host unknown": the remote (or resolver) reply is the inner one
  const inner = replyCodeOf(own.split(/\s/, 1)[0] ?? '');
  const replyCode = inner || replyCodeOf(e.remote) || replyCodeOf(e.reason) || e.code;
  return {
    recipient: e.address.includes('@') ? e.address : null,
    text,
    replyCode,
    status: findStatus(e.reason) || findStatus(e.remote) || findStatus(own),
    command: e.command ?? findCommand(text.toLowerCase()),
    remoteHost: e.remoteHost,
  };
}

export const sendmailDecoder: Decoder = {
  id: 'sendmail',
  decode(doc: BounceDoc) {
    const lower = noticeLower(doc);
    // the substrings of the two heads, before any line is tested
    if (!lower.includes('transcript of session follows') && !lower.includes('the following address')) return null;
    const lines = unquote(noticeLines(doc));
    if (!lines.some((l) => TRANSCRIPT_HEAD.test(l.trimEnd()) || ADDRESSES_HEAD.test(l.trimEnd()))) return null;
    const entries = readNotice(lines);
    let dsnDoc = doc;
    if (!doc.deliveryStatus) {
      const text = lines.join('\n');
      if (/^(?:final-recipient|original-recipient)\s*:/im.test(text)) dsnDoc = { ...doc, deliveryStatus: text.slice(text.search(/^(?:reporting-mta|final-recipient|original-recipient)\s*:/im)) };
    }
    const withDsn = !!dsnDoc.deliveryStatus;
    const notice: NoticeReading = new Map();
    for (const [key, e] of entries) notice.set(key, draftOf(e, withDsn));
    const returned = /^returned mail:/i.test(doc.subject) || lines.some((l) => /^\s*-+\s*(?:unsent message follows|original message follows)/i.test(l));
    let found: RecipientFacts[];
    if (withDsn) {
      found = joinDsn(dsnDoc, notice, (_entry, draft) => {
        // a Diagnostic-Code cut at the first line of a multi-line reply: the transcript has all of it
        const e = (draft.recipient ? entries.get(draft.recipient.toLowerCase()) : undefined) ?? (entries.size === 1 ? [...entries.values()][0] : undefined);
        const full = e?.remote ? joinReplyLines(e.remote) : '';
        if (full.length > draft.text.length && draft.text.length > 20 && full.startsWith(draft.text.slice(0, 20))) draft.text = full;
      });
    } else {
      found = [...notice.values()].filter((d) => d.recipient).map((d) => toFacts({ ...d, action: returned ? 'failed' : null }));
    }
    if (!found.length && withDsn === false && returned) {
      // a transcript that names no recipient ("421 host (smtp)... Deferred: ..."): the returned message's To
      const to = findAddress(/^to:(.*)$/im.exec(doc.originalHeaders ?? '')?.[1] ?? '');
      const transcript = lines.slice(lines.findIndex((l) => TRANSCRIPT_HEAD.test(l.trimEnd())) + 1);
      const text = transcript.filter((l) => l.trim() && !/^\s*-+/.test(l)).slice(0, 12).join(' ');
      if (to && text) found = [toFacts({ recipient: to, text, action: 'failed' })];
    }
    return found.length ? found : null;
  },
};
