// Whether a message without a DSN or ARF part is a delivery failure notice at all.
import type { BounceDoc } from './types.js';

const FROM_MARKERS = ['mailer-daemon', 'postmaster', 'mail delivery', 'mail-daemon', 'maildaemon', 'mail administrator', 'bounce', 'delivery subsystem'];
const SUBJECT_MARKERS = [
  'undeliver', 'undelivered', 'not delivered', 'delivery fail', 'delivery status', 'delivery notification', 'failure notice',
  'returned mail', 'returning message', 'mail delivery', 'delivery problem', 'could not send', 'nondeliverable', 'non-delivery',
  'non delivery', 'rejected', 'bounce', 'error', 'failed', 'warning', 'delayed', 'problem', 'falha', 'não entregue', 'erro',
];
/**
 * Words of a failure notice that a person may paste without headers or codes: the notice's own text
 * (Gmail's "Your message wasn't delivered to...", Microsoft 365's "Delivery has failed to these
 * recipients or groups"), also as their Portuguese interfaces write it.
 */
export const FAILURE_NOTICE_MARKERS: readonly string[] = [
  'could not be delivered', 'was not delivered', "wasn't delivered", "wasn't able to deliver", 'delivery has failed',
  'delivery to the following', 'permanent error', 'permanent fatal error', 'unable to deliver', 'undeliverable',
  'delivery failed', 'message not delivered', 'returned to sender', 'could not deliver', 'failed to deliver',
  'did not reach', "couldn't be delivered", 'not be delivered', 'problem delivering your message',
  // Amazon SES, and servers built on it: "An error occurred while trying to deliver the mail to the following recipients:"
  'error occurred while trying to deliver',
  'mensagem não pôde ser entregue', 'não pôde ser entregue', 'não foi entregue', 'não foi possível entregar',
  'falha na entrega', 'a entrega falhou', 'mensagem não entregue', 'problema na entrega',
  // Gmail's "Mensagem bloqueada": it wraps every kind of refusal (content, DMARC, an attachment, a block
  // list), and says why only in the technical details below it
  'foi bloqueada. veja os detalhes', 'foi bloqueada. consulte os detalhes',
  // Outlook: "Your message did not reach some or all of the intended recipients", in Portuguese
  'não chegou a alguns ou a todos',
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

export function looksLikeBounce(doc: BounceDoc): boolean {
  return bounceSigns(doc) !== null;
}
