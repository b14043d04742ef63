// Row types of the knowledge tables. Facts live here; words live in src/i18n/<locale>/.
import type { Actor, Kind, Reason, Retry } from '../types.js';

/** A basic (three-digit) reply code. */
export interface BasicCodeFact {
  /** "550". */
  code: string;
  /** true when an RFC defines it as an SMTP reply code. */
  standard: boolean;
  /**
   * Listed only in the IANA registry of enhanced codes (RFC 5248) beside an enhanced code, as a reply no
   * protocol RFC defines (523 with X.7.10): `standard` is false and `rfc` names RFC 5248.
   */
  registryOnly?: true;
  /**
   * An answer to a queue-run command (ETRN, RFC 1985; ATRN, RFC 2645), about no message: given alone (no
   * enhanced code, no reason in its words), nothing is retried nor to be resent.
   */
  queueRun?: true;
  /** Defining RFC and section, e.g. "RFC 5321 §4.2.2"; null for non-standard codes. */
  rfc: string | null;
  /** From the first digit; 1xx codes (101, 111) are local failures before any server answered: transient. */
  kind: Kind;
  /** Reason to give when nothing but this code is known; null when the code alone says nothing (e.g. 550). */
  reason: Reason | null;
  /**
   * The code alone names more than one cause (552: a full mailbox or a message too large): `reason`
   * stays the one Sisimai gives, but the explanation is the code's, which names both.
   */
  ambiguous?: true;
  /**
   * Who acts when this code alone told a failure the sending server still retries (no enhanced code, no
   * reason read in its words: the code's advice is the explanation), where the unclassified failure's
   * parties (the sender reads the bounce) would contradict that advice: 421 and 451 say to let the
   * server retry, and its admin to read the reply if it lasts.
   */
  retryingActors?: readonly Actor[];
  /** Where the row comes from: "seed" (the article we started from), "RFC 5321", "RFC 4954"... */
  source: string;
}

/** A detail code of the IANA enhanced status code registry, written "X.1.1" (class-independent). */
export interface EnhancedCodeFact {
  /** "X.1.1". */
  code: string;
  /** Registered name, in English, as IANA has it. */
  name: string;
  /** Basic reply codes IANA associates with it, e.g. ["451", "550"]. */
  basicCodes: readonly string[];
  /** "RFC 3463", "RFC 7505, RFC 7504"... */
  rfc: string;
  /** Reason to give when nothing but this code is known; null when it says nothing useful alone. */
  reason: Reason | null;
  /**
   * Its texts assume a permanent failure, so each language gives a class-4 variant (`transient`),
   * which the catalog types require.
   */
  permanentWording?: true;
  /** The registry pairs it with 2xx replies only: as 4.x.x or 5.x.x the server's code is inconsistent. */
  successOnly?: true;
  /**
   * Its own words (title, meaning, advice) are more exact than its reason's, which would contradict it
   * (X.1.6 "no forwarding address" under hasmoved's "the reply gives the new address"): when the code
   * gave the verdict's reason, or has none (X.6.7, a non-ASCII address: no reason says it), the
   * explanation shows them (codeOwnWords, src/explain/shown-kind.ts).
   */
  ownWords?: true;
  /**
   * With `ownWords`: `reason` is only the nearest of Sisimai's names, whose name and admin's step would
   * mislead too (X.5.3 "too many recipients" is its ratelimited, but no rate limit): the code's title names
   * the verdict (and the reports' rows), and no admin step of the reason is shown.
   */
  nearestReason?: true;
  /** With `ownWords`: whether sending again helps after a class-5 code, where the reason's usual answer misleads. */
  retryPermanent?: Retry;
}

/** A reason's facts. */
export interface ReasonFact {
  reason: Reason;
  /** Who has to act, most important first. */
  actors: readonly Actor[];
  /** Whether a retry helps, for a permanent failure with this reason. */
  retryPermanent: Retry;
  /** Whether a retry helps, for a transient failure with this reason. */
  retryTransient: Retry;
  /** The sender's side caused it (goes to the "fix your side" list of the reports). */
  senderSide: boolean;
}
