// The phrase tables, one file per reason, and the order in which reasons are tried.
// A new phrase goes in the file of its reason; put it in `weak` if it is a generic word.
import { authfailure } from './authfailure.js';
import { badreputation } from './badreputation.js';
import { blocked, blockedHelo, blockedSendingHost } from './blocked.js';
import { contenterror } from './contenterror.js';
import { emailtoolarge } from './emailtoolarge.js';
import { expired } from './expired.js';
import { failedstarttls } from './failedstarttls.js';
import { filtered, filteredSender } from './filtered.js';
import { hasmoved } from './hasmoved.js';
import { hostunknown, hostunknownRecipientDomain } from './hostunknown.js';
import { mailboxfull } from './mailboxfull.js';
import { mailererror } from './mailererror.js';
import { networkerror, networkerrorDnsTemporary } from './networkerror.js';
import { norelaying } from './norelaying.js';
import { notaccept } from './notaccept.js';
import { notcompliantrfc } from './notcompliantrfc.js';
import { policyviolation } from './policyviolation.js';
import { ratelimited, ratelimitedBadRecipients, ratelimitedSending } from './ratelimited.js';
import { rejected, rejectedNullMxSender, rejectedSenderDomain } from './rejected.js';
import { requireptr } from './requireptr.js';
import { securityerror } from './securityerror.js';
import { spamdetected, spamdetectedContent, spamdetectedVerdict } from './spamdetected.js';
import { suppressed } from './suppressed.js';
import { suspend, suspendByAdmin } from './suspend.js';
import { syntaxerror } from './syntaxerror.js';
import { systemerror, systemerrorVirusScanner } from './systemerror.js';
import { systemfull } from './systemfull.js';
import { userunknown } from './userunknown.js';
import { virusdetected } from './virusdetected.js';
import type { PhraseSet } from './types.js';
import { phraseSetWithUnaccented } from './without-accents.js';

/**
 * Specific reasons first: "mailbox full" must win over a "550 5.1.1" catch-all, a block-list name over
 * the word "spam" inside it, the recipient's state over generic refusals, the sender's domain over the
 * words of a recipient's domain, a mailbox blocked by its administrator over a sender blocked by one.
 */
export const PHRASE_ORDER: readonly PhraseSet[] = [
  hasmoved, ratelimitedSending, mailboxfull, emailtoolarge, suppressed, systemerrorVirusScanner, spamdetectedVerdict, virusdetected,
  suspendByAdmin, filteredSender, rejectedNullMxSender, notaccept, norelaying, authfailure, networkerrorDnsTemporary, requireptr, failedstarttls,
  notcompliantrfc, badreputation, suspend, rejectedSenderDomain, ratelimitedBadRecipients, blockedHelo, hostunknownRecipientDomain, userunknown,
  hostunknown, filtered, blockedSendingHost, rejected, ratelimited, spamdetectedContent, blocked, spamdetected, securityerror,
  mailererror, systemfull, contenterror, syntaxerror, expired, networkerror, systemerror, policyviolation,
];

/** Order of the weak (generic) phrases, tried only after no specific phrase matched. */
export const WEAK_ORDER: readonly PhraseSet[] = [
  userunknown, mailboxfull, suspend, emailtoolarge, hasmoved, authfailure, requireptr, spamdetected, blocked,
  ratelimited, rejected, hostunknown, filtered, failedstarttls, securityerror, contenterror, syntaxerror, expired,
  networkerror, systemerror, policyviolation,
];

let searched: { strong: readonly PhraseSet[]; weak: readonly PhraseSet[] } | null = null;

/**
 * The two orders as they are searched: every accented phrase also without its accents
 * (without-accents.ts); `weak` holds only the sets that have weak phrases. Made on first use, since a
 * lone code ("550") searches no text and the start of a short run must not pay for it.
 */
export function phrasesToSearch(): { strong: readonly PhraseSet[]; weak: readonly PhraseSet[] } {
  return (searched ??= {
    strong: PHRASE_ORDER.map(phraseSetWithUnaccented),
    weak: WEAK_ORDER.filter((set) => set.weak).map(phraseSetWithUnaccented),
  });
}
