// RFC 3834 automatic replies (out of office, vacation): the message was delivered; the reply is automatic.
import { findAny } from '../classify/pattern.js';
import { phraseSetWithUnaccented } from '../knowledge/phrases/without-accents.js';
import { autoReplyBodyPhrases, retiredAddress } from '../knowledge/phrases/not-failures.js';
import { cleanAddress } from '../reply/find-address.js';
import { findNewAddress } from '../reply/new-address.js';
import { forwardedSubject, isAutoReplySubject } from './auto-reply-subject.js';
import { noticeLower } from './notice-views.js';
import type { BounceDoc, Decoder } from './types.js';

/**
 * Subject words of auto-replies that a person's own subject uses too ("Vacation schedule for July",
 * "Estarei ausente amanhã"): anywhere in the subject, they count only with an auto-reply's words in the
 * body (autoReplyBodyPhrases); the prefixes of auto-reply-subject.ts count alone.
 */
const SUBJECT_MARKERS = [
  'out of office', 'out of the office', 'automatic reply', 'auto reply', 'autoreply', 'auto-reply', 'auto response',
  'autoresponse', 'vacation', 'away from', 'abwesend', 'abwesenheit', 'absence', 'ausente', 'ausência', 'férias',
  'fora do escritório', 'resposta automática', 'respuesta automática', 'réponse automatique', 'risposta automatica', '自動応答', '不在',
];

/** The retired-address words, with and without accents; looked for in the reply's opening only. */
const RETIRED = phraseSetWithUnaccented(retiredAddress);
const AUTO_BODY = phraseSetWithUnaccented(autoReplyBodyPhrases);
const HEAD_CHARS = 2000;
/** Header fields that say a message is automatic (RFC 3834 §5 Auto-Submitted; older autoresponders' own fields). */
function automaticHeaders(doc: BounceDoc): boolean {
  const auto = (doc.headers.get('auto-submitted') ?? '').toLowerCase();
  // auto-replied (a vacation notice), auto-generated (a ticket system's acknowledgement)
  if (auto.startsWith('auto-replied') || auto.startsWith('auto-generated')) return true;
  if (doc.headers.has('x-autoreply') || doc.headers.has('x-autorespond') || doc.headers.has('x-mail-autoreply')) return true;
  return (doc.headers.get('precedence') ?? '').toLowerCase().includes('auto_reply');
}

/** The subject of the reply itself: a person's forward shows the forwarded one's. */
function replySubject(doc: BounceDoc): string {
  return doc.forwarded?.subject ?? forwardedSubject(doc.subject) ?? doc.subject;
}

export function isAutoReply(doc: BounceDoc): boolean {
  if (automaticHeaders(doc)) return true;
  // no header says so: the subject's own form ("Automatic reply:", "Resposta automática:", "Férias:")...
  const subject = replySubject(doc);
  if (isAutoReplySubject(subject)) return true;
  // ...or a subject that mentions an absence over a text that reads as an auto-reply's ("estou de férias até")
  const lower = subject.toLowerCase();
  return SUBJECT_MARKERS.some((m) => lower.includes(m)) && findAny(noticeLower(doc).slice(0, HEAD_CHARS), AUTO_BODY.phrases) !== null;
}

/**
 * Whom the reply speaks for: its sender, or for a reply a person forwarded ("Fwd: Automatic reply: x"),
 * the forwarded one's sender ("From:"/"De:" in the forwarded block), never the forwarder; null for a
 * forward whose block was not found.
 */
function repliedFor(doc: BounceDoc): string | null {
  const sender = cleanAddress(doc.headers.get('from') ?? '');
  if (automaticHeaders(doc)) return sender;
  if (doc.forwarded) return doc.forwarded.sender;
  return forwardedSubject(doc.subject) !== null ? null : sender;
}

export const autoReplyDecoder: Decoder = {
  id: 'auto-reply',
  decode(doc: BounceDoc) {
    if (!isAutoReply(doc)) return null;
    const head = noticeLower(doc).slice(0, HEAD_CHARS);
    const recipient = repliedFor(doc);
    // an auto-reply that says the address is no longer used: an address to replace, no absence
    const retired = findAny(head, RETIRED.phrases);
    return [{
      recipient, text: retired ? retired.match : replySubject(doc), status: '', replyCode: '', command: null, remoteHost: null, action: null,
      reasonHint: retired ? 'hasmoved' : 'vacation', hintRule: retired ? 'rfc3834:address-retired' : 'rfc3834:auto-reply',
      // "este endereço não é mais usado; o meu novo endereço é bia@...": the same person's new address
      ...(retired ? { newAddress: findNewAddress(doc.notice.slice(0, HEAD_CHARS), recipient) } : {}),
    }];
  },
};
