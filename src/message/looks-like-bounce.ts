// Whether a message without a DSN or ARF part is a delivery failure notice at all.
import type { BounceDoc } from './types.js';

const FROM_MARKERS = ['mailer-daemon', 'postmaster', 'mail delivery', 'mail-daemon', 'maildaemon', 'mail administrator', 'bounce', 'delivery subsystem'];
const SUBJECT_MARKERS = [
  'undeliver', 'undelivered', 'not delivered', 'delivery fail', 'delivery status', 'delivery notification', 'failure notice',
  'returned mail', 'returning message', 'mail delivery', 'delivery problem', 'could not send', 'nondeliverable', 'non-delivery',
  'non delivery', 'rejected', 'bounce', 'error', 'failed', 'warning', 'delayed', 'problem', 'falha', 'não entregue', 'erro',
];
const BODY_MARKERS = [
  'could not be delivered', 'was not delivered', "wasn't able to deliver", 'delivery has failed', 'delivery to the following',
  'permanent error', 'permanent fatal error', 'unable to deliver', 'undeliverable', 'delivery failed', 'message not delivered',
  'the following address', 'the following recipient', 'returned to sender', 'could not deliver', 'failed to deliver',
  'delivery status notification', 'error message', 'did not reach', "couldn't be delivered", 'not be delivered',
  'mensagem não pôde ser entregue', 'não foi possível entregar', 'falha na entrega',
];

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

export function looksLikeBounce(doc: BounceDoc): boolean {
  return bounceSigns(doc) !== null;
}
