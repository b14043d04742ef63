// RFC 5965 abuse feedback reports (ARF): a complaint, not a failure. One result per complaining recipient.
import { fieldValues, readFields } from '../reply/parse-dsn-fields.js';
import { cleanAddress, findAddresses } from '../reply/find-address.js';
import { readHeaderFields } from './header-block.js';
import { RECIPIENTS_READ } from './limits.js';
import type { BounceDoc, Decoder, RecipientFacts } from './types.js';

/** Subjects of complaint reports sent without the ARF format. */
const SUBJECT_MARKERS = ['complaint about message from'];

export const arfDecoder: Decoder = {
  id: 'arf',
  decode(doc: BounceDoc) {
    const contentType = (doc.headers.get('content-type') ?? '').toLowerCase();
    const arf = doc.feedbackReport || contentType.includes('report-type=feedback-report') || contentType.includes('report-type="feedback-report"');
    // Microsoft's JMRP complaints predate ARF: "complaint about message from <IP>", the message attached
    const jmrp = SUBJECT_MARKERS.some((m) => doc.subject.toLowerCase().includes(m)) && doc.originalHeaders !== null;
    if (!arf && !jmrp) return null;
    const f = readFields(doc.feedbackReport ?? doc.notice);
    const feedbackType = (f.get('feedback-type') ?? 'abuse').trim().toLowerCase();
    const original = doc.originalHeaders ? readHeaderFields(doc.originalHeaders) : new Map<string, string>();
    // who complained: Original-Rcpt-To (RFC 5965 §3.2), else Removal-Recipient, else the original To
    let recipients = fieldValues(doc.feedbackReport ?? '', 'original-rcpt-to').flatMap((v) => findAddresses(v));
    if (!recipients.length) recipients = findAddresses(f.get('removal-recipient') ?? '');
    if (!recipients.length) recipients = findAddresses(original.get('to') ?? '');
    if (!recipients.length) {
      const one = cleanAddress(doc.headers.get('to') ?? '');
      recipients = one ? [one] : [];
    }
    const base: Omit<RecipientFacts, 'recipient'> = {
      text: '', status: '', replyCode: '', command: null, remoteHost: f.get('source-ip') ?? null, action: null,
      reasonHint: 'feedback', hintRule: `arf:${feedbackType}`, feedbackType, date: f.get('arrival-date') ?? null,
    };
    // one result per complaining recipient, up to the limit every decoder keeps (a report listing 30,000
    // Original-Rcpt-To fields in 1 MB gave 30,000 results)
    return (recipients.length ? recipients.slice(0, RECIPIENTS_READ) : [null]).map((recipient) => ({ ...base, recipient }));
  },
};
