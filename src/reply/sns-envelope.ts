// Amazon SNS's envelope around a message it delivers (an SES notification): the message inside, or
// which of the subscription's own messages it is (src/knowledge/esp-events.ts SNS_ENVELOPE).
import { SNS_ENVELOPE } from '../knowledge/esp-events.js';
import { hasOwn } from '../own-key.js';

export type SnsConfirmation = (typeof SNS_ENVELOPE.confirmations)[keyof typeof SNS_ENVELOPE.confirmations];

/** What an SNS envelope holds: the message it delivers (a string), or a confirmation of the subscription. */
export type SnsEnvelope = { message: string } | { confirmation: SnsConfirmation; topic: string | null };

/** The envelope's content when `obj` is one (Type Notification with a string Message, or a confirmation); else null. */
export function snsEnvelope(obj: Readonly<Record<string, unknown>>): SnsEnvelope | null {
  const type = obj[SNS_ENVELOPE.type];
  const message = obj[SNS_ENVELOPE.message];
  if (typeof type !== 'string' || typeof message !== 'string') return null;
  if (type === SNS_ENVELOPE.notification) return { message };
  const key = type.toLowerCase();
  if (!hasOwn(SNS_ENVELOPE.confirmations, key)) return null;
  const topic = obj[SNS_ENVELOPE.topic];
  return { confirmation: SNS_ENVELOPE.confirmations[key as keyof typeof SNS_ENVELOPE.confirmations], topic: typeof topic === 'string' ? topic : null };
}
