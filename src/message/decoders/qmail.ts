// qmail (and netqmail/notqmail) bounces: "Hi. This is the qmail-send program at HOST.", then one
// paragraph per recipient:
//   <a@example.com>:
//   192.0.2.1 does not like recipient.
//   Remote host said: 550 5.1.1 <a@example.com>... User unknown
//   Giving up on 192.0.2.1.
// qmail-remote's own sentences tell which SMTP step failed ("... does not like recipient" is the
// RCPT TO reply, "Connected to H but my name was rejected" the HELO reply).
import type { Reason } from '../../types.js';
import { RECIPIENTS_READ } from '../limits.js';
import type { BounceDoc, Decoder, RecipientFacts } from '../types.js';
import { toFacts } from './lhost-common.js';
import { noticeLines } from '../notice-views.js';
import { QMAIL_COMMANDS } from '../../reply/parse-log-line.js';

const MARKER = /this is the qmail-send program at|this is the notqmail-send program at/i;
const RECIPIENT = /^<([^<>@]*@[^<>]*)>:(.*)$/;

/** qmail-remote.c: the step that failed, from its own sentence. */
const COMMANDS = QMAIL_COMMANDS;

/** qmail's own messages (not a remote reply) and the reason each one means. */
const OWN_MESSAGES: ReadonlyArray<readonly [string, Reason]> = [
  // the remote server refused the HELO name: the sending host is not welcome
  [' but my name was rejected', 'blocked'],
  ["sorry, i couldn't find any host ", 'hostunknown'],
  // notqmail says so for a domain whose MX is null (RFC 7505) as well as for one without MX or address
  ["sorry, i couldn't find a mail exchanger or ip address", 'notaccept'],
  ["sorry, i wasn't able to establish an smtp connection", 'networkerror'],
];

/**
 * qmail-send's closing line under a permanent refusal. Servers built on qmail write it under notices
 * in their own words too (decode-text.ts drops it there as well): it names no delivery time that ran out.
 */
export const QMAIL_GIVING_UP = /giving up on \S+?\.?$/im;
/** qmail-send's closing notes; the failure itself is in the lines before them. */
const TRAILERS = [/i'm not going to try again; this message has been in the queue too long\.?/i, QMAIL_GIVING_UP];

export const qmailDecoder: Decoder = {
  id: 'qmail',
  decode(doc: BounceDoc) {
    if (!MARKER.test(doc.notice)) return null;
    const out: RecipientFacts[] = [];
    let current: { recipient: string; parts: string[] } | null = null;
    const flush = () => {
      if (!current) return;
      const whole = current.parts.join('\n');
      let text = whole;
      for (const t of TRAILERS) text = text.replace(t, '');
      // a trailer alone is the only cause given ("...in the queue too long": the message expired)
      if (!text.trim()) text = whole;
      const lower = text.toLowerCase();
      const facts = toFacts({
        recipient: current.recipient,
        text: text.replace(/^remote host said:\s*/im, ''),
        command: COMMANDS.find(([m]) => lower.includes(m))?.[1] ?? null,
      });
      const own = OWN_MESSAGES.find(([m]) => lower.includes(m));
      if (own) { facts.reasonHint = own[1]; facts.hintRule = `qmail:${own[0].trim()}`; }
      if (out.length < RECIPIENTS_READ) out.push(facts);
      current = null;
    };
    for (const line of noticeLines(doc)) {
      const m = RECIPIENT.exec(line.trim());
      if (m) {
        flush();
        current = { recipient: m[1]!, parts: m[2]!.trim() ? [m[2]!.trim()] : [] };
      } else if (current) {
        if (!line.trim()) flush();
        else current.parts.push(line.trim());
      }
    }
    flush();
    return out.length ? out : null;
  },
};
