// Whether a message without a DSN or ARF part is a delivery failure notice at all.
import { FAILURE_NOTICE_MARKERS } from '../knowledge/phrases/failure-notice.js';
import type { BounceDoc } from './types.js';

const FROM_MARKERS = ['mailer-daemon', 'postmaster', 'mail delivery', 'mail-daemon', 'maildaemon', 'mail administrator', 'bounce', 'delivery subsystem'];
const SUBJECT_MARKERS = [
  'undeliver', 'undelivered', 'not delivered', 'delivery fail', 'delivery status', 'delivery notification', 'failure notice',
  'returned mail', 'returning message', 'mail delivery', 'delivery problem', 'could not send', 'nondeliverable', 'non-delivery',
  'non delivery', 'rejected', 'bounce', 'error', 'failed', 'warning', 'delayed', 'problem', 'falha', 'não entregue', 'erro',
];
const BODY_MARKERS = [
  ...FAILURE_NOTICE_MARKERS,
  'the following address', 'the following recipient', 'delivery status notification', 'error message',
];

/** The first failure-notice words in a lower-cased text, or null. */
export function failureNoticeMarker(lowerText: string): string | null {
  return FAILURE_NOTICE_MARKERS.find((m) => lowerText.includes(m)) ?? null;
}

/** 'strong': a daemon's sender, a failure subject or failure words; 'weak': only the null Return-Path. */
export function bounceSigns(doc: BounceDoc): 'strong' | 'weak' | null {
  const from = (doc.headers.get('from') ?? '').toLowerCase();
  const subject = doc.subject.toLowerCase();
  if (FROM_MARKERS.some((m) => from.includes(m))) return 'strong';
  if (SUBJECT_MARKERS.some((m) => subject.includes(m))) return 'strong';
  const body = doc.notice.slice(0, 20_000).toLowerCase();
  if (BODY_MARKERS.some((m) => body.includes(m))) return 'strong';
  if ((doc.headers.get('return-path') ?? '').trim() === '<>' && doc.notice.length < 20_000) return 'weak';
  return null;
}
