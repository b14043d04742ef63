// How the classifier reads an enhanced status code. The knowledge table gives each code's RFC meaning;
// servers use some codes loosely, so a few readings differ here, chosen to agree with what real bounces
// mean (and with Sisimai, whose reason names we share). Not 5.2.1 ("mailbox disabled, not accepting
// messages" in RFC 3463), though it comes with "user unknown" texts eleven times out of sixteen in the
// Sisimai corpus: those words say so themselves, and the code alone says the mailbox exists.
import { parseEnhanced } from '../knowledge/enhanced-codes.js';
import type { Reason, Retry } from '../types.js';

/** Readings that differ from the RFC meaning in src/knowledge/enhanced-codes.ts. */
const LOOSE_READINGS: Readonly<Record<string, Reason>> = {
  'X.2.0': 'filtered', // "other mailbox status": mostly a refusal by the recipient's filter
};

/**
 * Readings of a temporary code (class 4) where the table's reason describes a lasting state. "System
 * not accepting network messages" as 4.3.2 is a server that is busy or shutting down (Microsoft 365
 * says it while throttling), not a domain that takes no mail: telling the sender to drop the address
 * would be wrong.
 */
const TRANSIENT_READINGS: Readonly<Record<string, Reason>> = {
  'X.3.2': 'systemerror',
};

/**
 * Codes whose reading is reliable: the text's phrases cannot overrule them. The other codes are
 * catch-alls that many servers send for every refusal (5.1.1, 5.7.1, 5.0.0...): their reading is
 * used only when no phrase of the text tells more.
 */
const RELIABLE: ReadonlySet<string> = new Set([
  'X.1.6', 'X.1.7', 'X.1.8', 'X.2.2', 'X.2.3', 'X.3.4', 'X.7.20', 'X.7.21', 'X.7.22',
  'X.7.24', 'X.7.25', 'X.7.26',
  // not X.7.27, X.7.29 nor X.7.30: Gmail means by them a failed SPF check, no TLS and a failed DKIM
  // check, where the registry says the sender's null MX, ARC failure and REQUIRETLS, and Sendmail sends
  // X.7.27 for a recipient's domain with a null MX ("Host does not accept mail"): the words tell which.
  // Nor X.7.23 (registered: SPF validation failed): Gmail sends 4.7.23 for a PTR that does not match
  // X.7.10, X.7.11: a login mechanism that needs TLS (RFC 4954 §6), whose text ("Encryption required for
  // requested authentication mechanism") would read as a failed handshake between servers
  'X.7.10', 'X.7.11',
]);

/**
 * Codes registered for the sender's own account, which some servers also send of a recipient's
 * ("525 5.7.13 Disabled recipient address"): reliable unless the text names the recipient. X.7.13 "User
 * account disabled" (RFC 5248) answers a login to a disabled account; its words ("account disabled")
 * are also a recipient's suspended mailbox's, so they alone cannot overrule it.
 */
const OWN_ACCOUNT: ReadonlySet<string> = new Set(['X.7.13']);

/** Catch-all codes: even a generic word of the text ("spam", "blocked") tells more than they do. */
const CATCH_ALL: ReadonlySet<string> = new Set(['X.0.0', 'X.7.0', 'X.7.1', 'X.5.0', 'X.3.0', 'X.2.0']);

export interface StatusReading {
  /** "X.1.1". */
  detail: string;
  reason: Reason | null;
  /** The reason of the registry's own meaning (src/knowledge/enhanced-codes.ts), before any loose reading. */
  registered: Reason | null;
  reliable: boolean;
  /** A code of the sender's own account (OWN_ACCOUNT): reliable unless the text names the recipient. */
  ownAccount: boolean;
  /** A code servers send for any refusal: weak phrases of the text outrank it. */
  catchAll: boolean;
  /** EnhancedCodeFact.retryPermanent, or null. */
  retryPermanent: Retry | null;
}

/** Readings are the same every time: kept for the codes seen, up to this many (inputs are hostile). */
const MAX_CACHED = 4096;
const cache = new Map<string, Readonly<StatusReading> | null>();

export function readStatus(status: string): Readonly<StatusReading> | null {
  if (!status) return null;
  let reading = cache.get(status);
  if (reading === undefined) {
    reading = readStatusUncached(status);
    if (reading) Object.freeze(reading); // shared by every verdict that reads the code
    if (cache.size < MAX_CACHED) cache.set(status, reading);
  }
  return reading;
}

function readStatusUncached(status: string): StatusReading | null {
  const parsed = parseEnhanced(status);
  if (!parsed) return null;
  const detail = `X.${parsed.subject}.${parsed.detail}`;
  const registered = parsed.fact?.reason ?? null;
  const own = { ownAccount: OWN_ACCOUNT.has(detail), retryPermanent: parsed.fact?.retryPermanent ?? null };
  if (parsed.cls === '2') return { detail, reason: 'delivered', registered, reliable: true, catchAll: false, ...own };
  let reason = (parsed.cls === '4' ? TRANSIENT_READINGS[detail] : undefined) ?? LOOSE_READINGS[detail] ?? parsed.fact?.reason ?? null;
  if (reason === 'delivered') reason = null; // X.1.5 "address valid" in a 4xx/5xx says nothing of the failure
  return { detail, reason, registered, reliable: RELIABLE.has(detail), catchAll: CATCH_ALL.has(detail), ...own };
}
