// What the message reader hands to the decoders, and what a decoder returns per recipient.
import type { ListWords } from '../knowledge/esp-events.js';
import type { Reason } from '../types.js';

export interface BounceDoc {
  /** Header fields of the bounce itself, names lower-cased; the first value of each. */
  headers: Map<string, string>;
  subject: string;
  /** The notification text: the human-readable part of the bounce, before the returned message. */
  notice: string;
  /** Raw text of the message/delivery-status part, or DSN fields found in the body. */
  deliveryStatus: string | null;
  /** Raw text of a message/feedback-report part (RFC 5965). */
  feedbackReport: string | null;
  /** Header block of the returned original message, when the bounce carries it. */
  originalHeaders: string | null;
  /** true when the input had no header block (a pasted body). */
  pasted: boolean;
  /** A bounce a person forwarded: the addresses of the fields its client shows (the notice's sender and addressee). */
  forwardedParties?: readonly string[];
  /** A message a person forwarded: the forwarded one's sender and subject, as its client shows them. */
  forwarded?: { sender: string | null; subject: string };
}

/** One recipient as a decoder read it. Empty strings mean "not in the bounce". */
export interface RecipientFacts {
  recipient: string | null;
  text: string;
  status: string;
  replyCode: string;
  command: string | null;
  remoteHost: string | null;
  action: string | null;
  reasonHint?: Reason | null;
  hintRule?: string;
  feedbackType?: string | null;
  date?: string | null;
  /** Will-Retry-Until of a delayed DSN (RFC 3464 §2.3.7), as written. */
  retryUntil?: string | null;
  /** Original-Recipient of a DSN (RFC 3464 §2.3.1): the address the sender wrote, before aliases and forwarding. */
  originalRecipient?: string | null;
  /** The new address a notice gives for a recipient who moved (src/reply/new-address.ts). */
  newAddress?: string | null;
  /**
   * A DSN's Diagnostic-Code that said nothing beyond its status ("400 4.4.7 Message delayed"), set aside
   * for the reply the notice's text quotes (src/message/dsn-placeholder.ts).
   */
  placeholder?: string;
  /** A sending service's event explained in its own words (ui.listRow), where the reason's would mislead. */
  words?: ListWords;
  /**
   * The sending service judged the address one that cannot receive mail (its hard bounce: SES's bounceType
   * Permanent), with the evidence rule that says so: it decides when no reply tells why.
   */
  hard?: { rule: string };
}

export interface Decoder {
  /** Family id, shown in the evidence: "dsn", "qmail", "exim"... */
  id: string;
  /** Returns the recipients it can read, or null when the message is not of its family. */
  decode(doc: BounceDoc): RecipientFacts[] | null;
}
