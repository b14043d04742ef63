// OpenSMTPD bounces ("Delivery status notification: failed|delayed|warning|error"):
//     Hi!
//     This is the MAILER-DAEMON, please DO NOT REPLY to this email.
//     An error has occurred while attempting to deliver a message for
//     the following list of recipients:
//   a@example.com: 550 5.1.1 <a@example.com>: Recipient address rejected: User unknown
//     Below is a copy of the original message:
// The DSN part that newer versions add only carries OpenSMTPD's own generic Status (5.0.0, 4.0.0,
// 4.4.7 for every delayed notice): the remote reply in the notice is the one to read.
import type { Reason } from '../../types.js';
import { RECIPIENTS_READ } from '../limits.js';
import type { BounceDoc, Decoder, RecipientFacts } from '../types.js';
import { toFacts } from './lhost-common.js';
import { noticeLines } from '../notice-views.js';

const MARKER = /this is the mailer-daemon, please do not reply to this e-?mail/i;
const SUBJECT = /^delivery status notification: (?:failed|delayed|warning|error)\b/i;
const LIST_LEAD = /list of recipients:\s*$/i;
const LIST_END = /^\s*(?:below is a copy of the original message|please note that this is only a temporary failure report)/i;
const RECIPIENT = /^([^\s@:]+@[^\s:]+):(.*)$/;

/** OpenSMTPD's own messages (its MTA's, not a remote reply) that name no reason in common words. */
const OWN_MESSAGES: ReadonlyArray<readonly [string, Reason]> = [
  ['network error on destination mxs', 'networkerror'],
  ['temporary failure in mx lookup', 'networkerror'],
  ['no valid route to', 'networkerror'],
  ['envelope expired', 'expired'],
];

export const opensmtpdDecoder: Decoder = {
  id: 'opensmtpd',
  decode(doc: BounceDoc) {
    if (!MARKER.test(doc.notice) && !SUBJECT.test(doc.subject)) return null;
    const lines = noticeLines(doc);
    const lead = lines.findIndex((l) => LIST_LEAD.test(l.trimEnd()));
    if (lead < 0) return null;
    const out: RecipientFacts[] = [];
    for (const line of lines.slice(lead + 1)) {
      if (LIST_END.test(line)) break;
      const m = RECIPIENT.exec(line.trim());
      if (!m) continue;
      const facts = toFacts({ recipient: m[1]!.replace(/^<|>$/g, ''), text: m[2]!.trim() });
      const own = facts.replyCode ? undefined : OWN_MESSAGES.find(([p]) => facts.text.toLowerCase().includes(p));
      if (own) { facts.reasonHint = own[1]; facts.hintRule = `opensmtpd:${own[0]}`; }
      out.push(facts);
      if (out.length >= RECIPIENTS_READ) break;
    }
    return out.length ? out : null;
  },
};
