// A gateway whose notices read "This is an automatically generated Delivery Status Notification.",
// list the recipients as "   * a@example.com" under "Delivery to the following recipients failed
// permanently:" (or "... was aborted after N hour(s):", spelt "Delevery" by some versions) and give
// "Technical details:" with the SMTP step and reply ("SMTP:RCPT host 192.0.2.1: 553 ...").
// "Aborted after" means the gateway gave up retrying: an expired message unless the reply says more.
import { findCommand } from '../../reply/find-command.js';
import { RECIPIENTS_READ } from '../limits.js';
import type { BounceDoc, Decoder } from '../types.js';
import { joinDsn, type NoticeReading } from './lhost-common.js';
import { noticeLines } from '../notice-views.js';

const MARKER = /this is an automatically generated delivery status notification\./i;
const LEAD = /^\s*del[ei]very to the following recipients (failed permanently|was aborted after [^:]*):\s*$/i;

export const x3Decoder: Decoder = {
  id: 'x3',
  decode(doc: BounceDoc) {
    if (!MARKER.test(doc.notice)) return null;
    const lines = noticeLines(doc);
    const lead = lines.findIndex((l) => LEAD.test(l));
    if (lead < 0) return null;
    const aborted = /aborted after/i.test(lines[lead]!);
    const recipients: string[] = [];
    let i = lead + 1;
    for (; i < lines.length; i++) {
      const m = /^\* +([^\s@]+@\S+)$/.exec(lines[i]!.trim());
      if (m) { if (recipients.length < RECIPIENTS_READ) recipients.push(m[1]!); } else if (lines[i]!.trim()) break;
    }
    const detailsAt = lines.findIndex((l, j) => j >= i && /^\s*technical details:\s*$/i.test(l));
    const details = detailsAt < 0 ? '' : lines.slice(detailsAt + 1).filter((l) => l.trim() && !/^=+$/.test(l.trim())).join('\n');
    const step = /^smtp:(\w+)\s/im.exec(details)?.[1];
    const notice: NoticeReading = new Map();
    for (const r of recipients) {
      notice.set(r.toLowerCase(), {
        recipient: r,
        text: details.replace(/^smtp:\w+\s+/im, ''),
        command: step ? findCommand(`>>> ${step.toLowerCase()}`) : null,
        ...(aborted && !/\b[45]\d\d\b/.test(details) ? { reasonHint: 'expired' as const, hintRule: 'x3:aborted-after' } : {}),
      });
    }
    const found = joinDsn(doc, notice);
    for (const r of found) {
      // the DSN part's reply tells more than "aborted after"
      if (r.hintRule === 'x3:aborted-after' && (r.replyCode || r.status)) { delete r.reasonHint; delete r.hintRule; }
    }
    return found.length ? found : null;
  },
};
