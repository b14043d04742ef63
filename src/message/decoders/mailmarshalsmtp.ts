// MailMarshal SMTP notices ("Undeliverable Mail: ..."):
//   Your message:
//      From:    a@example.org
//      Subject: ...
//   Could not be delivered because of
//   550 5.1.1 User unknown
//   The following recipients were affected:
//       b@example.com
//   Additional Information
import { findAddress } from '../../reply/find-address.js';
import { RECIPIENTS_READ } from '../limits.js';
import type { BounceDoc, Decoder, RecipientFacts } from '../types.js';
import { toFacts } from './lhost-common.js';
import { noticeLines, noticeLower } from '../notice-views.js';

export const mailmarshalsmtpDecoder: Decoder = {
  id: 'mailmarshalsmtp',
  decode(doc: BounceDoc) {
    if (!noticeLower(doc).includes('could not be delivered because of')) return null; // before any line is tested
    const lines = noticeLines(doc);
    const because = lines.findIndex((l) => /^\s*could not be delivered because of\s*$/i.test(l));
    const affected = lines.findIndex((l) => /^\s*the following recipients were affected:\s*$/i.test(l));
    if (because < 0 || affected < because) return null;
    const text = lines.slice(because + 1, affected).filter((l) => l.trim()).join('\n');
    const out: RecipientFacts[] = [];
    for (const line of lines.slice(affected + 1)) {
      if (!line.trim()) continue;
      if (!/^\s/.test(line)) break; // "Additional Information"
      const recipient = findAddress(line);
      if (recipient && out.length < RECIPIENTS_READ) out.push(toFacts({ recipient, text }));
    }
    return out.length ? out : null;
  },
};
