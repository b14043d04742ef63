// A person asking to leave the list: a reply to a newsletter ("por favor, me tirem da lista") or the
// message a mail app's unsubscribe button sends to the List-Unsubscribe mailto: address (RFC 2369).
// Not a bounce; an opt-out (RFC 5965's name for it), so the address goes on the remove list.
import { findAny } from '../classify/pattern.js';
import { MAIL_WORD_DISTANCE, MAIL_WORDS, UNSUBSCRIBE_SUBJECTS, unsubscribeRequest } from '../knowledge/phrases/unsubscribe-request.js';
import { phraseSetWithUnaccented } from '../knowledge/phrases/without-accents.js';
import { cleanAddress } from '../reply/find-address.js';
import { noticeLower } from './notice-views.js';
import type { BounceDoc, Decoder } from './types.js';

/** A person's own words sit at the top of a reply; past this, a request would be buried in quoted text. */
export const OWN_WORDS_CHARS = 2000;

const REQUEST = phraseSetWithUnaccented(unsubscribeRequest);

/** Subject prefixes of a reply: "Re:", Outlook's Portuguese "RES:", "Resp:", German "AW:", Nordic "SV:". */
const REPLY_PREFIXES = ['re:', 'res:', 'resp:', 'aw:', 'sv:', 'antw:', 'r:'];

/** Lines that open the quoted message in a reply ("Em sáb., 28 de nov. ..., Ana <...> escreveu:"). */
const QUOTE_INTRO_ENDS = ['escreveu:', 'wrote:', 'escribió:', 'a écrit :', 'a écrit:', 'schrieb:'];
const QUOTE_SEPARATORS = ['-----', '_____', 'de:', 'from:', 'enviado:', 'sent:'];

/** The reply's own words: the lower-case text above the quoted message, at most OWN_WORDS_CHARS. */
export function ownWords(lower: string): string {
  const head = lower.slice(0, OWN_WORDS_CHARS);
  let at = 0;
  while (at < head.length) {
    const end = head.indexOf('\n', at);
    const line = head.slice(at, end < 0 ? head.length : end).trim();
    if (line.startsWith('>') || QUOTE_SEPARATORS.some((s) => line.startsWith(s)) || QUOTE_INTRO_ENDS.some((s) => line.endsWith(s))) {
      return head.slice(0, at);
    }
    if (end < 0) break;
    at = end + 1;
  }
  return head;
}

/** A weak phrase ("não quero mais receber") followed closely by a word of e-mail or list ("esses e-mails"). */
function weakRequest(own: string): string | null {
  for (const phrase of REQUEST.weak ?? []) {
    if (typeof phrase !== 'string') continue;
    for (let at = own.indexOf(phrase); at >= 0; at = own.indexOf(phrase, at + 1)) {
      const end = at + phrase.length;
      const after = own.slice(end, end + MAIL_WORD_DISTANCE);
      if (MAIL_WORDS.some((w) => after.includes(w))) return own.slice(at, end);
    }
  }
  return null;
}

function isUnsubscribeSubject(subject: string): boolean {
  const s = subject.trim().toLowerCase();
  // "unsubscribe", or a list's token after it ("unsubscribe 8f3a2c")
  return UNSUBSCRIBE_SUBJECTS.includes(s) || (s.startsWith('unsubscribe') && !/^[a-z]/.test(s.slice('unsubscribe'.length)));
}

function isReply(doc: BounceDoc): boolean {
  const subject = doc.subject.trim().toLowerCase();
  return doc.headers.has('in-reply-to') || doc.headers.has('references') || REPLY_PREFIXES.some((p) => subject.startsWith(p));
}

export const unsubscribeRequestDecoder: Decoder = {
  id: 'unsubscribe-request',
  decode(doc: BounceDoc) {
    const recipient = cleanAddress(doc.headers.get('from') ?? '');
    if (!recipient) return null;
    let rule: string;
    let text: string;
    if (isUnsubscribeSubject(doc.subject)) {
      rule = 'rfc2369:unsubscribe-subject';
      text = doc.subject.trim();
    } else {
      if (!isReply(doc)) return null;
      const own = ownWords(noticeLower(doc));
      const hit = findAny(own, REQUEST.phrases)?.match ?? weakRequest(own);
      if (!hit) return null;
      rule = 'reply:unsubscribe-request';
      text = hit;
    }
    return [{
      recipient, text, status: '', replyCode: '', command: null, remoteHost: null, action: null,
      reasonHint: 'feedback', hintRule: rule, feedbackType: 'opt-out',
    }];
  },
};
