// A pasted text that is no failure notice: the body of an abuse or spam report (RFC 5965's text part:
// "This is an authentication failure report for an email message received from IP ...") or of an
// out-of-office reply, copied without its headers. A whole message is told by its headers and MIME
// parts (decode-arf.ts, decode-auto-reply.ts); pasted, only its opening words are left.
import { findNotFailurePhrase } from '../classify/find-phrase.js';
import { foldSpace } from '../reply/clean-text.js';
import { findReplyCode, findStatus } from '../reply/find-codes.js';
import { noticeLower } from './notice-views.js';
import type { BounceDoc, RecipientFacts } from './types.js';

/**
 * Characters of the text's opening searched: a report names what it is at its start, and a failure
 * notice that quotes an auto-reply further down stays a failure.
 */
export const PASTED_HEAD_CHARS = 1500;

/** One recipient-less fact for a pasted report or auto-reply, or null for anything else. */
export function pastedNotFailure(doc: BounceDoc): RecipientFacts | null {
  if (!doc.pasted) return null;
  const head = noticeLower(doc).slice(0, PASTED_HEAD_CHARS);
  // a reply code or an enhanced code in the opening: a failure notice, whatever else it says
  if (findReplyCode(head) || findStatus(head)) return null;
  const hit = findNotFailurePhrase(head);
  if (!hit) return null;
  return {
    recipient: null, text: foldSpace(doc.notice.slice(0, PASTED_HEAD_CHARS)), status: '', replyCode: '', command: null,
    remoteHost: null, action: null, reasonHint: hit.reason, hintRule: hit.evidence.rule,
  };
}
