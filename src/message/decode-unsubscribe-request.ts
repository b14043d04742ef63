// A person asking to leave the list: a reply to a newsletter ("por favor, me tirem da lista") or the
// message a mail app's unsubscribe button sends to the List-Unsubscribe mailto: address (RFC 2369).
// Not a bounce; an opt-out (RFC 5965's name for it), so the address goes on the remove list.
import { findAny } from '../classify/pattern.js';
import { MAIL_WORD_DISTANCE, MAIL_WORDS, notUnsubscribeRequest, UNSUBSCRIBE_SUBJECTS, unsubscribeRequest } from '../knowledge/phrases/unsubscribe-request.js';
import { vacation } from '../knowledge/phrases/not-failures.js';
import { phraseSetWithUnaccented } from '../knowledge/phrases/without-accents.js';
import { cleanAddress } from '../reply/find-address.js';
import { QUOTE_INTRO_ENDS } from '../reply/not-recipient.js';
import { noticeLower } from './notice-views.js';
import { isServiceAddress } from './sender-addresses.js';
import type { BounceDoc, Decoder } from './types.js';

/** A person's own words sit at the top of a reply; past this, a request would be buried in quoted text. */
export const OWN_WORDS_CHARS = 2000;

const REQUEST = phraseSetWithUnaccented(unsubscribeRequest);
const NOT_REQUEST = phraseSetWithUnaccented(notUnsubscribeRequest);
const VACATION = phraseSetWithUnaccented(vacation);

/** Subject prefixes of a reply: "Re:", Outlook's Portuguese "RES:", "Resp:", German "AW:", Nordic "SV:". */
const REPLY_PREFIXES = ['re:', 'res:', 'resp:', 'aw:', 'sv:', 'antw:', 'r:'];

const QUOTE_SEPARATORS = ['-----', '_____', 'de:', 'de :', 'from:', 'enviado:', 'sent:', 'von:', 'gesendet:', 'envoyé :'];

/**
 * Lines of the reply's own words that are no request of the person's: a signature's or disclaimer's
 * unsubscribe link ("to unsubscribe from our marketing e-mails, click here: https://...").
 */
const LINK_WORDS = ['http', 'www.', 'click', 'clique', 'haga clic'];

/**
 * The reply's own words: the lower-case text above the quoted message, at most OWN_WORDS_CHARS, without
 * the lines that hold a link (a signature's or a disclaimer's unsubscribe link).
 */
export function ownWords(lower: string): string {
  const head = lower.slice(0, OWN_WORDS_CHARS);
  const kept: string[] = [];
  let at = 0;
  while (at < head.length) {
    const end = head.indexOf('\n', at);
    const line = head.slice(at, end < 0 ? head.length : end).trim();
    if (line.startsWith('>') || QUOTE_SEPARATORS.some((s) => line.startsWith(s)) || QUOTE_INTRO_ENDS.some((s) => line.endsWith(s))) break;
    if (!LINK_WORDS.some((w) => line.includes(w))) kept.push(line);
    if (end < 0) break;
    at = end + 1;
  }
  return kept.join('\n');
}

/** How far into a reply the end of a "> " quote is looked for (bottom-posting). */
const QUOTE_SEARCH_CHARS = 20_000;

/**
 * A bottom-posted reply's own words: the lower-case text below its "> " quote (the quoted newsletter,
 * footer and all, is above), at most OWN_WORDS_CHARS, without the lines that hold a link; '' when there
 * is no such quote.
 */
export function wordsBelowQuote(lower: string): string {
  const head = lower.slice(0, QUOTE_SEARCH_CHARS);
  const last = head.lastIndexOf('\n>');
  if (last < 0 && !head.startsWith('>')) return '';
  const lineEnd = head.indexOf('\n', last + 1);
  if (lineEnd < 0) return '';
  return ownWords(lower.slice(lineEnd + 1, lineEnd + 1 + OWN_WORDS_CHARS));
}

/** What may end a sentence whose weak phrase has no object: "Não quero mais receber." */
const SENTENCE_END = /^\s*(?:[.!;]|\n|$)/;

/**
 * A weak phrase ("não quero mais receber") followed closely by a word of e-mail or list ("esses
 * e-mails"), or by the end of its sentence: in a reply to the list, what is not to be received any more
 * is the list itself.
 */
function weakRequest(own: string): string | null {
  for (const phrase of REQUEST.weak ?? []) {
    if (typeof phrase !== 'string') continue;
    for (let at = own.indexOf(phrase); at >= 0; at = own.indexOf(phrase, at + 1)) {
      const end = at + phrase.length;
      const after = own.slice(end, end + MAIL_WORD_DISTANCE);
      if (MAIL_WORDS.some((w) => after.includes(w)) || SENTENCE_END.test(after)) return own.slice(at, end);
    }
  }
  return null;
}

/** Punctuation and spaces around a one-word answer ("Remover!", "SAIR."). */
const AROUND_WORD = ' \t\r.!,;:*"\'';

function trimAround(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && AROUND_WORD.includes(text[start]!)) start++;
  while (end > start && AROUND_WORD.includes(text[end - 1]!)) end--;
  return text.slice(start, end);
}

/**
 * A reply whose first line is nothing but the word a list asks for ("Responda SAIR para não receber
 * mais"): "Sair", "Remover", "Unsubscribe". The same words as an unsubscribe button's subject.
 */
function oneWordRequest(own: string): string | null {
  const first = own.split('\n').find((line) => line.trim() !== '') ?? '';
  const word = trimAround(first);
  return word && !word.includes(':') && UNSUBSCRIBE_SUBJECTS.includes(word) ? word : null;
}

function isUnsubscribeSubject(subject: string): boolean {
  // the subject alone, as the mailto: URL gives it: "Unsubscribe confirmation" or "Unsubscribe: ana@..."
  // (a list's or a platform's own notice) is none
  const s = subject.trim().toLowerCase();
  // or with the list's token, which holds a digit ("unsubscribe 8f3a2c"; not "unsubscribe confirmation")
  if (UNSUBSCRIBE_SUBJECTS.includes(s)) return true;
  const token = s.startsWith('unsubscribe ') ? s.slice('unsubscribe '.length) : '';
  return /^[\w-]+$/.test(token) && /\d/.test(token);
}

/**
 * The person who asks: From, or Reply-To when a list rewrote From to its own address ("Ana via Clientes
 * <clientes@lists.example.com>", as mailing lists do for DMARC).
 */
function requester(doc: BounceDoc): string | null {
  const from = doc.headers.get('from') ?? '';
  const replyTo = doc.headers.get('reply-to');
  if (replyTo && / via /i.test(from)) return cleanAddress(replyTo);
  return cleanAddress(from);
}

function isReply(doc: BounceDoc): boolean {
  const subject = doc.subject.trim().toLowerCase();
  return doc.headers.has('in-reply-to') || doc.headers.has('references') || REPLY_PREFIXES.some((p) => subject.startsWith(p));
}

export const unsubscribeRequestDecoder: Decoder = {
  id: 'unsubscribe-request',
  decode(doc: BounceDoc) {
    const recipient = requester(doc);
    // a list's own machinery or a help desk writes about somebody else's request
    if (!recipient || isServiceAddress(recipient)) return null;
    let rule: string;
    let text: string;
    const lower = noticeLower(doc);
    // the person's words above the quote, or below it when they answered at the bottom
    const own = `${ownWords(lower)}\n${wordsBelowQuote(lower)}`;
    // "please do NOT remove me", "quero voltar a receber", "you have been unsubscribed": no request;
    // nor is an out-of-office sent without its header ("Estou de férias até 10/01")
    if (findAny(own, NOT_REQUEST.phrases) || findAny(own, VACATION.phrases)) return null;
    if (isUnsubscribeSubject(doc.subject)) {
      rule = 'rfc2369:unsubscribe-subject';
      text = doc.subject.trim();
    } else {
      if (!isReply(doc)) return null;
      const hit = findAny(own, REQUEST.phrases)?.match ?? weakRequest(own) ?? oneWordRequest(own);
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
