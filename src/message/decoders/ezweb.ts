// au by KDDI, the former EZweb mail service (ezweb.ne.jp, au.com): bounces from Postmaster@ezweb.ne.jp
// with the subject "Mail System Error - Returned Mail". A few lines in Japanese, then one fixed English
// sentence that tells the reason, then the recipients ("<a@ezweb.ne.jp>" or "Recipient: <a@...>"),
// sometimes with the SMTP exchange (">>> RCPT TO:<...>", "<<< 550 ...") and a DSN part.
//
// The sentences: "The user(s) account is disabled." / "... is temporarily limited." (the line is
// suspended, often an unpaid bill), "... is temporarily over quota." (mailbox full), "Your message was
// not delivered within N days and N hours." (expired). "Each of the following recipients was rejected
// by a remote mail server." with no reply of the server after it is au refusing the message for the
// recipient: the recipient's own receiving filter (domain or address filters), so filtered.
import { findAddresses } from '../../reply/find-address.js';
import type { Reason } from '../../types.js';
import { RECIPIENTS_READ } from '../limits.js';
import type { BounceDoc, Decoder, RecipientFacts } from '../types.js';
import { readDsn, toFacts } from './lhost-common.js';
import { splitLines } from '../../reply/clean-text.js';

const SUBJECT = 'mail system error - returned mail';

const SENTENCES: ReadonlyArray<readonly [string, Reason]> = [
  ['the user(s) account is disabled', 'suspend'],
  ['the user(s) account is temporarily limited', 'suspend'],
  ['the user(s) account is temporarily over quota', 'mailboxfull'],
  ['your message was not delivered within', 'expired'],
];
const REJECTED = 'each of the following recipients was rejected by a remote';

interface Entry {
  recipient: string;
  lines: string[];
}

/** The notice up to the returned message (a line of dashes followed by its headers). */
function noticeLines(notice: string): string[] {
  const lines = splitLines(notice);
  const cut = lines.findIndex((l, i) => /^-{10,}\s*$/.test(l.trim()) && /^[A-Za-z-]+:/.test(lines[i + 1] ?? ''));
  return cut >= 0 ? lines.slice(0, cut) : lines;
}

export const ezwebDecoder: Decoder = {
  id: 'ezweb',
  decode(doc: BounceDoc) {
    const from = (doc.headers.get('from') ?? '').toLowerCase();
    if (doc.subject.trim().toLowerCase() !== SUBJECT || !(from.includes('ezweb.ne.jp') || from.includes('@au.com'))) return null;
    const lines = noticeLines(doc.notice);
    const whole = lines.join(' ').replace(/\s+/g, ' ').toLowerCase();
    const sentence = SENTENCES.find(([s]) => whole.includes(s));
    const entries: Entry[] = [];
    const sentences: string[] = [];
    for (const raw of lines) {
      const line = raw.trim();
      if (!line) continue;
      const address = /^(?:recipient:\s*)?<([^<>\s@]+@[^<>\s@]+)>/i.exec(line)?.[1];
      if (address && entries.length < RECIPIENTS_READ) {
        entries.push({ recipient: address, lines: [line.replace(/^recipient:\s*/i, '')] });
      } else if (entries.length && /^(?:>>>|<<<)/.test(line)) {
        entries[entries.length - 1]!.lines.push(line);
      } else if (/^[\x20-\x7e]+$/.test(line) && !/^(?:>>>|<<<)/.test(line)) {
        sentences.push(line);
      }
    }
    if (!entries.length) {
      // no "<address>" line: the addresses named after the sentences
      for (const a of findAddresses(lines.join('\n'), RECIPIENTS_READ)) entries.push({ recipient: a, lines: [] });
    }
    if (!entries.length) return null;
    const dsn = readDsn(doc.deliveryStatus);
    const lead = sentences.join(' ');
    return entries.map((e): RecipientFacts => {
      const field = dsn.find((d) => d.recipient?.toLowerCase() === e.recipient.toLowerCase());
      // entries found by address alone have no lines of their own
      const reply = e.lines.slice(1).concat((e.lines[0] ?? '').replace(/^<[^>]*>:?\s*/, '')).join(' ').trim();
      const facts = toFacts({
        recipient: e.recipient,
        text: `${lead} ${reply}`,
        status: field?.statusField ?? '',
        action: field?.action ?? 'failed',
        remoteHost: field?.remoteHost ?? null,
        date: field?.date ?? null,
      });
      let hint: Reason | null = sentence ? sentence[1] : null;
      if (!hint && whole.includes(REJECTED) && !/<<<\s*[45]\d\d/.test(reply)) hint = 'filtered';
      if (hint) {
        facts.reasonHint = hint;
        facts.hintRule = 'ezweb:notice';
      }
      return facts;
    });
  },
};
