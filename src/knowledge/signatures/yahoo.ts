// Yahoo and AOL (both Yahoo Inc.; MX hosts under yahoodns.net). Yahoo Japan is a different company.
//
// Yahoo replies carry a bracketed code ("[TSS04]", "[BL21]", "[#4.16.1]") and link to
// postmaster.yahooinc.com / senders.yahooinc.com (formerly postmaster.verizonmedia.com) error codes.
// Legacy AOL replies carry codes such as "(RTR:BB)" or "(DMARC:F)".
import { SENDING_SIDE } from './actors.js';
import type { Signature } from './types.js';

const SOURCE = 'https://senders.yahooinc.com/smtp-error-codes/';

/** Text that shows the reply comes from Yahoo or AOL, after the given fragment. */
function yahooAfter(fragment: string): string[][] {
  return ['yahoo', 'verizonmedia', 'aol.com'].map((marker) => [fragment, marker]);
}

export const yahooSignatures = [
  {
    // 554 "delivery error: dd This user doesn't have a yahoo.com account (x@yahoo.com)"; also aol.com,
    // ymail.com, rocketmail.com and the country domains. "dd " is part of Yahoo's wording; other systems
    // write "This user doesn't have a ... account" without it.
    id: 'yahoo:dd-no-account',
    provider: 'yahoo',
    text: [['dd this user doesn', 'have a', 'account']],
    reason: 'userunknown',
    source: SOURCE,
  },
  {
    // 554 "delivery error: dd Sorry your message to x cannot be delivered. This mailbox is disabled (554.30)".
    id: 'yahoo:dd-mailbox-disabled',
    provider: 'yahoo',
    text: ['(554.30)', ...yahooAfter('mailbox is disabled')],
    reason: 'suspend',
    source: SOURCE,
  },
  {
    // 421 4.7.1 [TS03] / [TSS09] "All messages from x will be permanently deferred; Retrying will NOT succeed".
    id: 'yahoo:ts03-permanently-deferred',
    provider: 'yahoo',
    text: ['[ts03]', '[tss09]', 'retrying will not succeed'],
    reason: 'blocked',
    // its 4xx is final: Yahoo says so in the reply
    final: true,
    actors: SENDING_SIDE,
    source: SOURCE,
  },
  {
    // 421 4.7.0 [TSS04] / [IPTS04] / [TS01] / [TS02] "temporarily deferred due to unexpected volume or user complaints".
    // Yahoo slows the IP down because of how its mail is received (volume, complaints): Sisimai says
    // badreputation, and so do we; the fix is the sender's reputation, not a list to be removed from.
    id: 'yahoo:tss04-deferred',
    provider: 'yahoo',
    text: ['[tss04]', '[ipts04]', '[ts01]', '[ts02]'],
    reason: 'badreputation',
    source: SOURCE,
  },
  {
    // 553 5.7.1 [BL21] / [BL23]: the sending IP is on a Spamhaus list.
    id: 'yahoo:bl21-spamhaus',
    provider: 'yahoo',
    text: ['[bl21]', '[bl23]'],
    reason: 'blocked',
    actors: SENDING_SIDE,
    source: SOURCE,
  },
  {
    // 553 5.7.1 [PH01] "Email not accepted for policy reasons": the content was refused (spam or phishing).
    id: 'yahoo:ph01-content',
    provider: 'yahoo',
    text: ['[ph01]'],
    reason: 'spamdetected',
    source: SOURCE,
  },
  {
    // 451 "Resources temporarily unavailable. Please try again later [#4.16.1]".
    id: 'yahoo:4.16.1-resources-unavailable',
    provider: 'yahoo',
    text: ['[#4.16.1]'],
    reason: 'systemerror',
    source: SOURCE,
  },
  {
    // 550 5.7.9 "... the sender is unauthenticated. Yahoo requires all senders to authenticate with either
    // SPF or DKIM" (2024 sender requirements). Before the generic 5.7.9 row.
    id: 'yahoo:5.7.9-unauthenticated',
    provider: 'yahoo',
    status: ['X.7.9'],
    text: yahooAfter('unauthenticated'),
    reason: 'authfailure',
    source: SOURCE,
  },
  {
    // 554 5.7.9 "Message not accepted for policy reasons. See https://postmaster.yahooinc.com/error-codes".
    // Yahoo uses it mostly for authentication and DMARC failures, but also for other policy reasons;
    // Sisimai says policyviolation, and we keep it: the reply does not say which check failed.
    id: 'yahoo:5.7.9-policy',
    provider: 'yahoo',
    status: ['X.7.9'],
    // its own words are enough with its code: the reply often comes without the postmaster link
    // ("554 5.7.9 Message not accepted for policy reasons (PH01)")
    text: [...yahooAfter('policy reasons'), 'message not accepted for policy reasons'],
    reason: 'policyviolation',
    // a consumer service's own rule: the recipient has no IT team to ask, and the sending side fixes
    // its authentication or content (listAction fix-your-side, not a resend as it is)
    hintOnly: true,
    actors: ['sender', 'sender-provider'],
    source: SOURCE,
  },
  // Legacy AOL codes ("421 4.7.1 : (RTR:BB) http://postmaster.info.aol.com/errors/..."); AOL's old
  // postmaster pages are gone, so these are "observed".
  {
    // RTR:BB / RTR:DU: dynamic or residential IP.
    id: 'aol:rtr-bb-dynamic-ip',
    provider: 'aol',
    text: ['rtr:bb', 'rtr:du'],
    reason: 'blocked',
    actors: SENDING_SIDE,
    source: 'observed',
  },
  {
    // RTR:RD: the sending IP has no reverse DNS.
    id: 'aol:rtr-rd-no-ptr',
    provider: 'aol',
    text: ['rtr:rd'],
    reason: 'requireptr',
    source: 'observed',
  },
  {
    // RLY:B1: too much mail from the IP in a short time.
    id: 'aol:rly-b1-rate',
    provider: 'aol',
    text: ['rly:b1'],
    reason: 'ratelimited',
    source: 'observed',
  },
  {
    // HVU:B1: the content (usually a URL in the message) is on AOL's spam lists.
    id: 'aol:hvu-b1-content',
    provider: 'aol',
    text: ['hvu:b1'],
    reason: 'spamdetected',
    source: 'observed',
  },
  {
    // (DMARC:F): the From domain's DMARC policy says reject and the message failed DMARC.
    id: 'aol:dmarc-f',
    provider: 'aol',
    text: ['(dmarc:f)', ['dmarc:f', 'aol']],
    reason: 'authfailure',
    source: 'observed',
  },
  {
    // "521 5.2.1 :  AOL will not accept delivery of this message.": AOL's refusal of the sending IP (its
    // reputation, complaints), not of the mailbox its 5.2.1 would name. After AOL's own codes, which the
    // same words may carry ("... (DMARC:F)").
    id: 'aol:521-not-accepted',
    provider: 'aol',
    text: ['aol will not accept delivery of this message'],
    reason: 'blocked',
    actors: SENDING_SIDE,
    source: 'observed',
  },
] as const satisfies readonly Signature[];
