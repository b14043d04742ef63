// RFC 3834 automatic replies (out of office, vacation): the message was delivered; the reply is automatic.
// A challenge-response filter's request comes as an automatic reply too, but says the message is held.
import { findAny } from '../classify/pattern.js';
import { challengeRecipientMarkers, challengeResponse } from '../knowledge/phrases/challenge-response.js';
import { phraseSetWithUnaccented } from '../knowledge/phrases/without-accents.js';
import { autoReplyBodyPhrases, retiredAddress } from '../knowledge/phrases/not-failures.js';
import { cleanAddress, findAddress, findAddresses } from '../reply/find-address.js';
import { findNewAddress } from '../reply/new-address.js';
import { forwardedSubject, isAutoReplySubject } from './auto-reply-subject.js';
import { readHeaderFields } from './header-block.js';
import { noticeLower } from './notice-views.js';
import { isRoleAddress } from './sender-addresses.js';
import type { BounceDoc, Decoder, RecipientFacts } from './types.js';

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
const CHALLENGE = phraseSetWithUnaccented(challengeResponse);
const HEAD_CHARS = 2000;
/** The held message's address follows its marker ("Sua mensagem para") on the same line, within this many characters. */
const RECIPIENT_WINDOW = 120;

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

/** A message that came back with a null Return-Path (RFC 3834 §3.3 asks auto-replies to send so). */
function nullReturnPath(doc: BounceDoc): boolean {
  return (doc.headers.get('return-path') ?? '').replace(/[\s"]/g, '') === '<>';
}

/**
 * The address the held message was sent to: after "Sua mensagem para" / "Your message to", else the
 * returned message's To, else the one address the request names other than its sender and addressee
 * (the protected address as a signature); null when none: the filter's own address (antispam@,
 * verify@) is no recipient.
 */
function heldFor(doc: BounceDoc, lower: string): string | null {
  for (const marker of challengeRecipientMarkers) {
    const at = lower.indexOf(marker);
    if (at < 0) continue;
    const start = at + marker.length;
    const nl = doc.notice.indexOf('\n', start);
    const address = findAddress(doc.notice.slice(start, Math.min(nl < 0 ? doc.notice.length : nl, start + RECIPIENT_WINDOW)));
    if (address) return address;
  }
  const to = doc.originalHeaders ? findAddress(readHeaderFields(doc.originalHeaders).get('to') ?? '') : null;
  if (to) return to;
  const own = new Set([cleanAddress(doc.headers.get('from') ?? ''), cleanAddress(doc.headers.get('to') ?? '')]);
  const others = [...new Set(findAddresses(doc.notice.slice(0, HEAD_CHARS), 10))].filter((a) => !own.has(a) && !isRoleAddress(a));
  return others.length === 1 ? others[0]! : null;
}

function challengeFacts(doc: BounceDoc, lower: string, match: string): RecipientFacts {
  return {
    recipient: heldFor(doc, lower), text: match, status: '', replyCode: '', command: null, remoteHost: null, action: null,
    reasonHint: 'filtered', hintRule: 'challenge-response:held',
  };
}

export const autoReplyDecoder: Decoder = {
  id: 'auto-reply',
  decode(doc: BounceDoc) {
    const auto = isAutoReply(doc);
    if (!auto && !nullReturnPath(doc)) return null;
    const head = noticeLower(doc).slice(0, HEAD_CHARS);
    // a challenge-response filter's request: the message is held until the sender confirms, no absence
    const challenge = findAny(head, CHALLENGE.phrases);
    if (challenge) return [challengeFacts(doc, head, challenge.match)];
    if (!auto) return null;
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
