// A provider signature: what one receiver (or gateway, or block list) writes in its rejections.
import type { Actor, Reason, Retry } from '../../types.js';

/**
 * A pattern is a plain substring, or a list of substrings that must appear in this order.
 * Matching is case-insensitive on the diagnostic text; no regular expressions (inputs are hostile).
 */
export type Pattern = string | readonly string[];

export interface Signature {
  /** Stable id, "<provider>:<what>", e.g. "google:5.7.26-unauthenticated". Also the key of its hint text in src/i18n. */
  id: string;
  /** Provider id: "google", "microsoft", "yahoo", "apple", "proofpoint", "mimecast", "barracuda", "spamhaus"... */
  provider: string;
  /** The rule applies when ANY of these patterns is in the text. Omit to match on codes alone. */
  text?: readonly Pattern[];
  /** ...and the enhanced status code is one of these ("5.7.26", or "X.7.26" for any class). */
  status?: readonly string[];
  /** ...and the basic reply code is one of these. */
  replyCode?: readonly string[];
  /**
   * ...and the remote host or the recipient's domain ends with one of these (e.g. "google.com", "gmail.com").
   * A rule with `text` that is specific enough needs no host; a rule on codes alone must have hosts.
   */
  hosts?: readonly string[];
  reason: Reason;
  /**
   * Enhanced codes the provider uses in a sense of its own, not the IANA registry's (Microsoft's 5.1.10
   * "recipient not found", registered as "null MX"): the explanation says so instead of giving the
   * registry's title as the code's meaning. Written as `status` is ("X.7.27": any class).
   */
  ownStatus?: readonly string[];
  /**
   * The reason's general words would mislead here (greylisting is no block to fix): the explanation
   * takes its summary, meaning and admin advice from the catalogs' `signatureWords`, its advice from
   * the hint alone.
   */
  ownWords?: true;
  /**
   * Whether sending again helps, when the reason's usual answer would mislead: Gmail's mailbox full and
   * inactive for long ("OverQuotaPerm") will never take mail again, though a full mailbox usually does.
   * 'no-need' on a failure: what came back is a copy, the message itself reached the recipient
   * (Microsoft's 5.7.520, a forwarding rule's copy refused): nothing to resend, nothing to do with the
   * address (list action 'nothing'); its own words (SignatureText.retry) say why.
   */
  retry?: Retry;
  /**
   * The provider's temporary code is final: it says so in the reply (Yahoo's TS03/TSS09 "Retrying will
   * NOT succeed"), so the verdict is a permanent failure, not one the queue gets past.
   */
  final?: true;
  /**
   * The hint says all there is to do: the reason's words after a hint (policyviolation's "ask the
   * recipient's IT team") would mislead, as for a consumer mail service's own rule (Gmail, iCloud, Yahoo).
   */
  hintOnly?: true;
  /**
   * Who has to act, when it is not the reason's usual parties (greylisting: nobody, the queue retries),
   * the one who acts first first: a rule that names the sending side first is a cause the sender's side
   * fixes before resending (list action fix-your-side, tally.ts), though another party may act instead
   * (Mimecast's anti-spoofing: the sender changes its From, or the recipient's admin allows it).
   */
  actors?: readonly Actor[];
  /**
   * A rule of the recipient's organisation that refuses the sender as such, whatever the message (a group
   * that takes mail only from its own organisation or its allowed senders, an administrator's rule): only
   * the recipient's side can lift it. A list removes such an address when the refusal is permanent (every
   * mailing would bounce until the organisation allows the sender, which it does not for a newsletter);
   * one e-mail's sender still asks to be allowed and resends (its retry is kept).
   */
  recipientRule?: true;
  /**
   * Only for a message a decoder read as this situation (Facts.hintRule is this): a challenge-response
   * request (decode-auto-reply.ts), whose words a failure notice may use in another sense.
   */
  rule?: string;
  /**
   * A notice with no code that tells a temporary state, not a failure: a challenge-response filter holds
   * the message until the sender confirms. Its kind is transient where a notice without a code is permanent.
   */
  transient?: true;
  /**
   * The recipient's system holds the message until the sender acts once (a challenge-response filter):
   * it is delivered then, so the sender confirms and sends nothing again (the list action says so).
   */
  held?: true;
  /**
   * Words of the sender's own submission server (its provider's limit on the account): not read so in a
   * temporary refusal by the recipient's MX (Facts.remoteMx), where the same words ("limite de envio
   * excedido", "sending limit exceeded") are the receiver throttling the sending server.
   */
  submission?: true;
  /** Where the provider documents it (a URL), or "observed" when only seen in real bounces. */
  source: string;
}
