// Apache James bounces (its default bounce mailet):
//   Error: Invalid user address
//   Error message below:
//   550 - Requested action not taken: no such user here
//   Message details:
//     Subject: ...
//     MAIL FROM: a@example.org
//     RCPT TO: b@example.com
import { findAddress } from '../../reply/find-address.js';
import type { BounceDoc, Decoder } from '../types.js';
import { toFacts } from './lhost-common.js';
import { noticeLines, noticeLower } from '../notice-views.js';

export const apachejamesDecoder: Decoder = {
  id: 'apachejames',
  decode(doc: BounceDoc) {
    if (!noticeLower(doc).includes('error message below:')) return null; // before any line is tested
    const lines = noticeLines(doc);
    const below = lines.findIndex((l) => /^\s*error message below:\s*$/i.test(l));
    const details = lines.findIndex((l) => /^\s*message details:\s*$/i.test(l));
    if (below < 0 || details < below) return null;
    const error = lines.slice(Math.max(0, below - 2), below).find((l) => /^\s*error:/i.test(l))?.trim() ?? '';
    // "550 - Requested action not taken": the reply code followed by a dash and a space
    const reply = lines.slice(below + 1, details).filter((l) => l.trim()).join('\n').replace(/^(\d{3}) - /m, '$1 ');
    const rcpt = lines.slice(details + 1).find((l) => /^\s*rcpt to:/i.test(l));
    const recipient = rcpt ? findAddress(rcpt) : null;
    if (!recipient && !reply) return null;
    return [toFacts({ recipient, text: [reply, error].filter(Boolean).join('\n') })];
  },
};
