// When a bounce carries no enhanced status code, Sisimai reports a pseudo code X.0.9NN chosen by the
// reason. We do the same in bounce-message results (flagged `statusDerived: true`) so that users who move
// from Sisimai get the same values. These are NOT registered IANA codes.
// Source: Sisimai's Sisimai::SMTP::Status internal code table (codes seen in its test set are marked *).
import type { Reason } from '../types.js';

export const DERIVED_STATUS_DETAIL = {
  undefined: '900', // *
  onhold: '901', // *
  syntaxerror: '902', // *
  norelaying: '909', // *
  filtered: '910', // *
  userunknown: '911', // *
  hostunknown: '912', // *
  hasmoved: '916',
  rejected: '918', // *
  suspend: '921', // *
  mailboxfull: '922', // *
  systemerror: '930', // *
  systemfull: '931',
  notaccept: '932', // *
  emailtoolarge: '934', // *
  mailererror: '939',
  networkerror: '944', // *
  ratelimited: '946',
  expired: '947', // *
  contenterror: '960',
  securityerror: '970',
  blocked: '971', // *
  policyviolation: '972',
  requireptr: '973', // *
  notcompliantrfc: '974',
  badreputation: '975',
  authfailure: '976',
  failedstarttls: '978',
  spamdetected: '980', // *
  virusdetected: '981',
  suppressed: '990',
} as const satisfies Partial<Record<Reason, string>>;

/** "5.0.911" for a permanent userunknown with no code of its own; "" for reasons that are not failures. */
export function derivedStatus(reason: Reason, transient: boolean): string {
  const detail = (DERIVED_STATUS_DETAIL as Partial<Record<Reason, string>>)[reason];
  return detail ? `${transient ? 4 : 5}.0.${detail}` : '';
}
