// Ipswitch IMail Server bounces ("Undeliverable Mail" from "Postmaster", X-Mailer "<SMTP32 v...>"):
// one line per recipient in IMail's own words, e.g. "Unknown user: a@example.com",
// "Delivery failed 20 attempts: a@example.com", or "undeliverable to a@example.com" followed by the
// remote reply ("Body of message generated response: 550 ...").
import { findAddress } from '../../reply/find-address.js';
import type { Reason } from '../../types.js';
import { RECIPIENTS_READ } from '../limits.js';
import type { BounceDoc, Decoder, RecipientFacts } from '../types.js';
import { toFacts } from './lhost-common.js';
import { noticeLines } from '../notice-views.js';

/** IMail's sentences before the recipient, and the reason each one means (undefined: read the reply). */
const LINES: ReadonlyArray<readonly [RegExp, Reason | null]> = [
  [/^unknown user:\s*(\S+)/i, 'userunknown'],
  [/^invalid final delivery userid:\s*(\S+)/i, 'userunknown'],
  [/^unknown host:\s*(\S+)/i, 'hostunknown'],
  [/^user mailbox exceeds allowed size:\s*(\S+)/i, 'mailboxfull'],
  [/^delivery failed \d+ attempts:\s*(\S+)/i, 'expired'],
  [/^undeliverable to\s+(\S+)/i, null],
];

export const imailserverDecoder: Decoder = {
  id: 'imailserver',
  decode(doc: BounceDoc) {
    const mailer = doc.headers.get('x-mailer') ?? '';
    if (!/^<SMTP32 v/i.test(mailer.trim()) && !/^undeliverable mail$/i.test(doc.subject.trim())) return null;
    const lines = noticeLines(doc);
    const out: RecipientFacts[] = [];
    for (let i = 0; i < lines.length && out.length < RECIPIENTS_READ; i++) {
      const line = lines[i]!.trim();
      for (const [re, reason] of LINES) {
        const m = re.exec(line);
        const recipient = m ? findAddress(m[1]!) : null;
        if (!recipient) continue;
        // the remote reply, if any, follows ("Body of message generated response:"), up to the next recipient
        const rest: string[] = [];
        for (let j = i + 1; j < lines.length && rest.length < 30 && !LINES.some(([r]) => r.test(lines[j]!.trim())); j++) {
          if (lines[j]!.trim()) rest.push(lines[j]!.trim());
        }
        const text = [line, ...rest].join('\n').replace(/body of message generated response:\s*/i, '');
        const facts = toFacts({ recipient, text });
        if (reason && !facts.replyCode) { facts.reasonHint = reason; facts.hintRule = `imail:${reason}`; }
        out.push(facts);
        break;
      }
    }
    return out.length ? out : null;
  },
};
