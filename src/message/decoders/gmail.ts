// Gmail's plain-text delivery notices (before Google moved to the "Address not found" HTML notices):
//
//   Delivery to the following recipient failed permanently:      (or "... has been delayed:")
//
//        a@example.jp
//
//   Technical details of permanent failure:                      (or "... of temporary failure:")
//   Google tried to deliver your message, but it was rejected by the server for the recipient domain
//   example.jp by mx.example.jp. [192.0.2.1].
//
//   The error that the other server returned was:
//   550 5.1.1 <a@example.jp>... User Unknown (state 14).
//
// The sentence "Google tried to deliver your message, but it was rejected by ..." is the same for
// every refusal: the reason is in the other server's reply, which is the text we classify. When there
// is no such reply, Gmail's own sentence is the reason ("The recipient server did not accept our
// requests to connect", "DNS Error: Domain name not found").
//
// "(state N)" at the end of the reply is the stage of Gmail's SMTP client when the reply came: it tells
// the command the reply answered (Sisimai's table of these states, from real bounces).
import type { Reason } from '../../types.js';
import { RECIPIENTS_READ } from '../limits.js';
import type { BounceDoc, Decoder, RecipientFacts } from '../types.js';
import { toFacts } from './lhost-common.js';
import { noticeLines, noticeLower } from '../notice-views.js';

const HEAD = /^\s*delivery to the following recipients? (?:failed permanently|has been delayed|failed temporarily)/i;
const DETAILS = /^\s*technical details of (?:permanent|temporary) failure:/i;
const OTHER_SERVER = /the error that the other server returned was:\s*/i;

/** Gmail's SMTP client states: the command, and the reason when the stage alone tells it. */
const STATES: Readonly<Record<string, { command: string; reason?: Reason }>> = {
  // "500 Remote server does not support TLS (state 6)": Gmail had to use TLS and the server offers none
  '6': { command: 'STARTTLS', reason: 'failedstarttls' },
  // "535 SMTP AUTH failed with the remote server (state 8)", "454 TLS missing certificate (state 9)"
  '8': { command: 'AUTH' },
  '9': { command: 'AUTH' },
  // "500 Remote server does not support SMTP Authenticated Relay (state 12)"
  '12': { command: 'AUTH', reason: 'norelaying' },
  // "550 5.7.1 <a@x>... Access denied (state 13)": refused at the greeting, before any address
  '13': { command: 'EHLO', reason: 'blocked' },
  // "550 5.1.1 ... User Unknown (state 14)", "550 5.2.2 ... Mailbox Full (state 14)"
  '14': { command: 'RCPT' },
  // "550 5.7.1 SPF unauthorized mail is prohibited (state 15)", "550 Unknown user (state 18)"
  '15': { command: 'DATA' },
  '17': { command: 'DATA' },
  '18': { command: 'DATA' },
};

export const gmailDecoder: Decoder = {
  id: 'gmail',
  decode(doc: BounceDoc) {
    if (!noticeLower(doc).includes('technical details of')) return null; // before any line is tested
    const lines = noticeLines(doc);
    const head = lines.findIndex((l) => HEAD.test(l));
    const details = lines.findIndex((l) => DETAILS.test(l));
    if (head < 0 || details < head) return null;
    const recipients: string[] = [];
    for (const line of lines.slice(head + 1, details)) {
      const m = /^\s+<?([^\s<>@]+@[^\s<>]+?)>?\s*$/.exec(line);
      if (m && recipients.length < RECIPIENTS_READ) recipients.push(m[1]!);
    }
    if (!recipients.length) return null;
    const delayed = /has been delayed/i.test(lines[head]!);
    const detailText = lines.slice(details).join('\n').replace(DETAILS, '').trim();
    const other = OTHER_SERVER.exec(detailText);
    const text = other ? detailText.slice(other.index + other[0].length) : detailText;
    const state = STATES[/\(state (\d+)\)/i.exec(text)?.[1] ?? ''];
    return recipients.map((recipient): RecipientFacts => {
      const facts = toFacts({ recipient, text, command: state?.command, action: delayed ? 'delayed' : 'failed' });
      if (state?.reason) {
        facts.reasonHint = state.reason;
        facts.hintRule = 'gmail:state';
      }
      return facts;
    });
  },
};
