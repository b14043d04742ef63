// Whether a message without a DSN or ARF part is a delivery failure notice at all.
import { findStrongPhrase } from '../classify/find-phrase.js';
import { FAILURE_NOTICE_MARKERS } from '../knowledge/phrases/failure-notice.js';
import { findFailureReplyCode, findFailureStatus } from '../reply/find-codes.js';
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

/**
 * A text without headers (a pasted bounce body, a text file of a folder or an archive) is a failure
 * notice when it holds failure words, a 4xx/5xx reply or enhanced code, or a phrase that names a cause
 * ("user unknown"). Notes, a contact list or a web page that only name addresses are none.
 */
export function pastedBounceSigns(doc: BounceDoc): 'strong' | null {
  if (bounceSigns(doc)) return 'strong';
  const notice = doc.notice.slice(0, 20_000);
  const failure = (code: string) => code[0] === '4' || code[0] === '5';
  if (failure(findFailureReplyCode(notice)) || failure(findFailureStatus(notice))) return 'strong';
  return findStrongPhrase(notice.toLowerCase()) ? 'strong' : null;
}
