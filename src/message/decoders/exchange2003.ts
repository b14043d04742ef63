// Microsoft Exchange 5.5 / 2000 / 2003 non-delivery reports:
//
//   Your message
//
//     To:      a@example.com
//     Subject: ...
//     Sent:    Thu, 29 Apr 2010 00:00:00 -0000
//
//   did not reach the following recipient(s):
//
//   a@example.com on Thu, 29 Apr 2010 00:00:00 -0000
//       The recipient name is not recognized
//       MSEXCH:IMS:ORG:SITE:SERVER 0 (000C05A6) Unknown Recipient
//
// The "To:" of the summary is the original message's, not a failed recipient. Each failed recipient
// starts an unindented line ("<address> on <date>"; older versions put it on the "did not reach the
// following recipient:" line itself), and the indented lines after it are its reason. The hex code in
// parentheses is the Exchange error; 000C05A6 is "Unknown Recipient", said in words too.
import { findAddress } from '../../reply/find-address.js';
import { RECIPIENTS_READ } from '../limits.js';
import type { BounceDoc, Decoder, RecipientFacts } from '../types.js';
import { toFacts } from './lhost-common.js';
import { failedWithoutReason } from './undecided.js';
import { noticeLines, noticeLower } from '../notice-views.js';

const HEAD = /did not reach the following recipient(?:\(s\)|s)?:(.*)$/i;
/** Lines of the report that are not the reason: the X.400 trace of the original message. */
const NOISE = /^(?:the mts-id of the original message is:|;l=)/i;

export const exchange2003Decoder: Decoder = {
  id: 'exchange2003',
  decode(doc: BounceDoc) {
    if (!noticeLower(doc).includes('did not reach the following recipient')) return null; // before any line is tested
    const lines = noticeLines(doc);
    const head = lines.findIndex((l) => HEAD.test(l));
    if (head < 0 || !lines.slice(0, head).some((l) => /^\s*your message\s*$/i.test(l))) return null;
    const entries: Array<{ recipient: string; parts: string[] }> = [];
    const inline = findAddress(HEAD.exec(lines[head]!)![1]!.trim());
    if (inline) entries.push({ recipient: inline, parts: [] });
    for (const line of lines.slice(head + 1)) {
      if (!line.trim()) continue;
      // "<address> on <date>", unindented
      const [first = '', ...rest] = line.trim().split(/\s+/);
      const address = !/^\s/.test(line) && /^<?[^\s<>@]+@[^\s<>@]+>?$/.test(first) && (!rest.length || rest[0]!.toLowerCase() === 'on')
        ? findAddress(first) : null;
      if (address) {
        if (entries.length >= RECIPIENTS_READ) break;
        entries.push({ recipient: address, parts: [] });
      } else if (entries.length && !NOISE.test(line.trim())) {
        entries[entries.length - 1]!.parts.push(line.trim());
      }
    }
    if (!entries.length) return null;
    return entries.map((e): RecipientFacts => {
      const facts = toFacts({ recipient: e.recipient, text: e.parts.join(' '), action: 'failed' });
      return failedWithoutReason(facts, 'exchange2003');
    });
  },
};
