// RFC 3834 automatic replies (out of office, vacation): the message was delivered; the reply is automatic.
import { findAny } from '../classify/pattern.js';
import { phraseSetWithUnaccented } from '../knowledge/phrases/without-accents.js';
import { retiredAddress } from '../knowledge/phrases/not-failures.js';
import { cleanAddress } from '../reply/find-address.js';
import { findNewAddress } from '../reply/new-address.js';
import { noticeLower } from './notice-views.js';
import type { BounceDoc, Decoder } from './types.js';

/** Subject words of auto-replies, lower case, in the languages we meet most. */
const SUBJECT_MARKERS = [
  'out of office', 'out of the office', 'automatic reply', 'auto reply', 'autoreply', 'auto-reply', 'auto response',
  'autoresponse', 'vacation', 'away from', 'abwesend', 'abwesenheit', 'absence', 'ausente', 'fora do escritório',
  'resposta automática', 'respuesta automática', 'réponse automatique', 'risposta automatica', '自動応答', '不在',
];

/** The retired-address words, with and without accents; looked for in the reply's opening only. */
const RETIRED = phraseSetWithUnaccented(retiredAddress);
const RETIRED_HEAD_CHARS = 2000;

export function isAutoReply(doc: BounceDoc): boolean {
  const auto = (doc.headers.get('auto-submitted') ?? '').toLowerCase();
  const subject = doc.subject.toLowerCase();
  // RFC 3834 §5: auto-replied (a vacation notice), auto-generated (a ticket system's acknowledgement)
  if (auto.startsWith('auto-replied') || auto.startsWith('auto-generated')) return true;
  if (doc.headers.has('x-autoreply') || doc.headers.has('x-autorespond') || doc.headers.has('x-mail-autoreply')) return true;
  if ((doc.headers.get('precedence') ?? '').toLowerCase().includes('auto_reply')) return true;
  return SUBJECT_MARKERS.some((m) => subject.includes(m));
}

export const autoReplyDecoder: Decoder = {
  id: 'auto-reply',
  decode(doc: BounceDoc) {
    if (!isAutoReply(doc)) return null;
    const recipient = cleanAddress(doc.headers.get('from') ?? '');
    // an auto-reply that says the address is no longer used: an address to replace, no absence
    const retired = findAny(noticeLower(doc).slice(0, RETIRED_HEAD_CHARS), RETIRED.phrases);
    return [{
      recipient, text: retired ? retired.match : doc.subject, status: '', replyCode: '', command: null, remoteHost: null, action: null,
      reasonHint: retired ? 'hasmoved' : 'vacation', hintRule: retired ? 'rfc3834:address-retired' : 'rfc3834:auto-reply',
      // "este endereço não é mais usado; o meu novo endereço é bia@...": the same person's new address
      ...(retired ? { newAddress: findNewAddress(doc.notice.slice(0, RETIRED_HEAD_CHARS), recipient) } : {}),
    }];
  },
};
