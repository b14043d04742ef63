// Facts of the 34 reasons (Sisimai 5.6 names): who acts, whether a retry helps, whose side caused it.
// The words (summary, meaning, advice) live in src/i18n/<locale>/reasons.ts.
//
// Retry for a transient (4xx) failure: 'automatic' when the condition usually clears by itself and the
// sending server's queue gets the message through; 'after-fix' when the same 4xx keeps coming until
// someone changes something, even though the server keeps retrying.
import type { Kind, Reason } from '../types.js';
import type { ReasonFact } from './types.js';

export const REASON_FACTS = {
  authfailure: {
    reason: 'authfailure',
    actors: ['sender-provider', 'sender'],
    retryPermanent: 'after-fix',
    // Gmail's 421 4.7.26/4.7.27 and similar defer until SPF/DKIM/DMARC pass: retries alone do not help.
    retryTransient: 'after-fix',
    senderSide: true,
  },
  badreputation: {
    reason: 'badreputation',
    actors: ['sender-provider', 'sender'],
    retryPermanent: 'after-fix',
    // Reputation throttles (Gmail 421 4.7.28, Microsoft 451 4.7.650, Yahoo TSS04) let part of the queue
    // through on later attempts; the reputation itself still has to improve.
    retryTransient: 'automatic',
    senderSide: true,
  },
  blocked: {
    reason: 'blocked',
    actors: ['sender-provider', 'recipient-admin'],
    retryPermanent: 'after-fix',
    // A 4xx block is mostly greylisting or a temporary block that expires; the queue retries.
    retryTransient: 'automatic',
    senderSide: true,
  },
  contenterror: {
    reason: 'contenterror',
    actors: ['sender', 'sender-provider'],
    retryPermanent: 'after-fix',
    retryTransient: 'after-fix',
    // The malformed message was built by the sending application or server.
    senderSide: true,
  },
  delivered: {
    reason: 'delivered',
    actors: ['none'],
    retryPermanent: 'no-need',
    retryTransient: 'no-need',
    senderSide: false,
  },
  emailtoolarge: {
    reason: 'emailtoolarge',
    actors: ['sender'],
    retryPermanent: 'after-fix',
    retryTransient: 'after-fix',
    // The limit is the receiver's, but only the sender can make the message smaller.
    senderSide: true,
  },
  expired: {
    reason: 'expired',
    actors: ['sender-provider', 'sender', 'recipient-admin'],
    // The sending server already retried for days; resend once the cause found in its log is gone.
    retryPermanent: 'later',
    // A delay notice: the sending server is still trying.
    retryTransient: 'automatic',
    // The cause is usually the receiving side (unreachable, deferring); the sender's log tells.
    senderSide: false,
  },
  failedstarttls: {
    reason: 'failedstarttls',
    actors: ['sender-provider', 'recipient-admin'],
    retryPermanent: 'after-fix',
    retryTransient: 'after-fix',
    // Usually the sending server's TLS setup (old versions or ciphers, TLS off, MTA-STS/DANE policy);
    // sometimes the receiver's certificate, hence recipient-admin as second actor.
    senderSide: true,
  },
  feedback: {
    reason: 'feedback',
    // The recipient complained: the sender must stop mailing that address.
    actors: ['sender'],
    retryPermanent: 'never',
    retryTransient: 'never',
    senderSide: true,
  },
  filtered: {
    reason: 'filtered',
    actors: ['recipient', 'recipient-admin'],
    // Only after the recipient changes the rule (e.g. adds the sender to an allowed list).
    retryPermanent: 'after-fix',
    retryTransient: 'automatic',
    senderSide: false,
  },
  hasmoved: {
    reason: 'hasmoved',
    actors: ['sender'],
    // Never to the old address. A 4xx (4.1.6) is still a transient failure (RFC 3463 §2): the queue retries.
    retryPermanent: 'never',
    retryTransient: 'automatic',
    senderSide: false,
  },
  hostunknown: {
    reason: 'hostunknown',
    actors: ['sender', 'recipient-admin'],
    retryPermanent: 'never',
    // A 4xx here is a DNS lookup that failed for now ("try again"): the queue retries.
    retryTransient: 'automatic',
    senderSide: false,
  },
  mailboxfull: {
    reason: 'mailboxfull',
    actors: ['recipient'],
    // The recipient may free space: try again in a few days, drop after repeated failures.
    retryPermanent: 'later',
    retryTransient: 'automatic',
    senderSide: false,
  },
  mailererror: {
    reason: 'mailererror',
    actors: ['recipient-admin'],
    retryPermanent: 'after-fix',
    retryTransient: 'automatic',
    senderSide: false,
  },
  networkerror: {
    reason: 'networkerror',
    actors: ['sender-provider', 'recipient-admin'],
    retryPermanent: 'later',
    retryTransient: 'automatic',
    // Either side or the path between them; the sending side's log is where to start, not the cause.
    senderSide: false,
  },
  norelaying: {
    reason: 'norelaying',
    actors: ['sender-provider', 'recipient-admin'],
    retryPermanent: 'after-fix',
    retryTransient: 'after-fix',
    // Most often the client sent through a server that does not serve it (no SMTP AUTH, wrong server);
    // less often the recipient domain's MX points to a server that no longer accepts it (recipient-admin).
    senderSide: true,
  },
  notaccept: {
    reason: 'notaccept',
    actors: ['sender', 'recipient-admin'],
    // Null MX (RFC 7505) or MX pointing to 0.0.0.0/localhost: the domain takes no mail.
    retryPermanent: 'never',
    retryTransient: 'automatic',
    senderSide: false,
  },
  notcompliantrfc: {
    reason: 'notcompliantrfc',
    actors: ['sender-provider', 'sender'],
    retryPermanent: 'after-fix',
    retryTransient: 'after-fix',
    senderSide: true,
  },
  onhold: {
    reason: 'onhold',
    // the sender reads the full reply first (its advice); their provider's log holds the rest (its admin advice)
    actors: ['sender', 'sender-provider'],
    // Unclassified: someone has to read the full bounce before sending the same again.
    retryPermanent: 'after-fix',
    retryTransient: 'automatic',
    senderSide: false,
  },
  policyviolation: {
    reason: 'policyviolation',
    actors: ['sender', 'recipient-admin'],
    retryPermanent: 'after-fix',
    retryTransient: 'after-fix',
    // The policy is the receiver's; the sender may adapt the message, but did nothing wrong as such.
    senderSide: false,
  },
  ratelimited: {
    reason: 'ratelimited',
    actors: ['sender-provider', 'sender'],
    retryPermanent: 'later',
    retryTransient: 'automatic',
    senderSide: true,
  },
  rejected: {
    reason: 'rejected',
    actors: ['sender-provider', 'sender'],
    retryPermanent: 'after-fix',
    // A 4xx is often a sender-domain DNS lookup that failed for now; the queue retries.
    retryTransient: 'automatic',
    senderSide: true,
  },
  requireptr: {
    reason: 'requireptr',
    actors: ['sender-provider'],
    retryPermanent: 'after-fix',
    retryTransient: 'after-fix',
    senderSide: true,
  },
  securityerror: {
    reason: 'securityerror',
    actors: ['sender-provider', 'sender'],
    retryPermanent: 'after-fix',
    retryTransient: 'after-fix',
    senderSide: true,
  },
  spamdetected: {
    reason: 'spamdetected',
    actors: ['sender', 'sender-provider'],
    retryPermanent: 'after-fix',
    retryTransient: 'after-fix',
    // Even a false positive can only be worked around by the sender (content, links, list hygiene).
    senderSide: true,
  },
  suppressed: {
    reason: 'suppressed',
    actors: ['sender', 'sender-provider'],
    // The address bounced or complained before, so the sending service will not mail it: it goes on the
    // remove list (taking it off the suppression list is rarely right, as the advice says). Not one of
    // the sender's problems to fix: the address is the bad one, not the sender's setup.
    retryPermanent: 'never',
    retryTransient: 'never',
    senderSide: false,
  },
  suspend: {
    reason: 'suspend',
    actors: ['recipient', 'recipient-admin'],
    // Not a hard bounce (Sisimai's reading: the account may be reactivated), but a disabled account
    // rarely is: list owners remove it, as the advice says, so it goes to the remove list.
    retryPermanent: 'never',
    retryTransient: 'automatic',
    senderSide: false,
  },
  syntaxerror: {
    reason: 'syntaxerror',
    actors: ['sender-provider'],
    retryPermanent: 'after-fix',
    retryTransient: 'after-fix',
    // The SMTP client (sending software) sent a command the server did not understand.
    senderSide: true,
  },
  systemerror: {
    reason: 'systemerror',
    actors: ['recipient-admin'],
    retryPermanent: 'later',
    retryTransient: 'automatic',
    senderSide: false,
  },
  systemfull: {
    reason: 'systemfull',
    actors: ['recipient-admin'],
    retryPermanent: 'later',
    retryTransient: 'automatic',
    senderSide: false,
  },
  undefined: {
    reason: 'undefined',
    actors: ['sender-provider'],
    // Nothing is known: one later attempt is reasonable; if it fails again, read the sending server's log.
    retryPermanent: 'later',
    retryTransient: 'automatic',
    senderSide: false,
  },
  userunknown: {
    reason: 'userunknown',
    actors: ['sender'],
    retryPermanent: 'never',
    // Unusual: a directory lookup that failed for now. Try again later; a repeat means the user is gone.
    retryTransient: 'later',
    senderSide: false,
  },
  vacation: {
    reason: 'vacation',
    actors: ['none'],
    retryPermanent: 'no-need',
    retryTransient: 'no-need',
    senderSide: false,
  },
  virusdetected: {
    reason: 'virusdetected',
    actors: ['sender', 'sender-provider'],
    retryPermanent: 'after-fix',
    retryTransient: 'after-fix',
    // The infected file came from the sending side (or a false positive the sender must work around).
    senderSide: true,
  },
} as const satisfies Record<Reason, ReasonFact>;

/**
 * Reasons that make a hard bounce (the address itself is bad; stop sending to it).
 * The rule, as Sisimai applies it:
 * - userunknown, hostunknown and hasmoved are hard bounces;
 * - notaccept is a hard bounce only when the failure is permanent (5xx), see HARD_BOUNCE_ONLY_IF_PERMANENT;
 * - every other failure is a soft bounce; delivered, vacation and feedback are no bounce at all.
 * The classifier applies this rule through isHardBounceReason(): change it here, nowhere else.
 */
export const HARD_BOUNCE_REASONS = ['userunknown', 'hostunknown', 'hasmoved', 'notaccept'] as const satisfies readonly Reason[];

/** The hard-bounce reasons that count only on a permanent (5xx) failure. */
export const HARD_BOUNCE_ONLY_IF_PERMANENT = ['notaccept'] as const satisfies readonly Reason[];

/**
 * Whether a failure of this reason and kind makes a hard bounce, by HARD_BOUNCE_REASONS and
 * HARD_BOUNCE_ONLY_IF_PERMANENT (the classifier also asks that the failure be settled: not still retried).
 */
export function isHardBounceReason(reason: Reason, kind: Kind): boolean {
  const only: readonly Reason[] = HARD_BOUNCE_ONLY_IF_PERMANENT;
  return (HARD_BOUNCE_REASONS as readonly Reason[]).includes(reason) && (!only.includes(reason) || kind === 'permanent');
}

/**
 * A feedback report (reason "feedback") that asks the sender to stop mailing the address: a complaint
 * ("abuse") or an unsubscribe ("opt-out"), RFC 5965 §7.3, or a pasted report that names no type. Not an
 * authentication-failure report (RFC 6591: "auth-failure"), nor "not-spam", nor a fraud or virus report.
 */
export function isComplaint(feedbackType: string | null | undefined): boolean {
  return !feedbackType || feedbackType === 'abuse' || feedbackType === 'opt-out';
}
