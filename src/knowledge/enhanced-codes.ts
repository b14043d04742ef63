// The IANA "SMTP Enhanced Status Codes" registry (RFC 3463 and later), one row per registered
// detail code, written class-independently as "X.<subject>.<detail>".
// Source: /work/shared/reference/iana-enhanced-status-codes.tsv.
//
// `reason` is the Sisimai reason a code most likely means when nothing else is known. It follows
// Sisimai's own status-to-reason table where we know it, and the RFC meaning elsewhere. The
// classifier refines it with the reply text, so a generic or ambiguous code stays null.
import type { CodeText, TransientText } from '../types.js';
import type { EnhancedCodeFact } from './types.js';

export const ENHANCED_CODES = [
  // ---- X.0: other ----
  { code: 'X.0.0', name: 'Other undefined status', basicCodes: ['any'], rfc: 'RFC 3463', reason: null },

  // ---- X.1: addressing ----
  // Servers mostly use X.1.0 for "recipient address rejected", and Sisimai maps it to userunknown;
  // the classifier corrects it when the text names the sender instead.
  { code: 'X.1.0', name: 'Other address status', basicCodes: [], rfc: 'RFC 3463', reason: 'userunknown' },
  { code: 'X.1.1', name: 'Bad destination mailbox address', basicCodes: ['451', '550'], rfc: 'RFC 3463', reason: 'userunknown', permanentWording: true },
  { code: 'X.1.2', name: 'Bad destination system address', basicCodes: [], rfc: 'RFC 3463', reason: 'hostunknown', permanentWording: true },
  // A recipient address with bad syntax cannot be anyone's mailbox: Sisimai says userunknown too.
  { code: 'X.1.3', name: 'Bad destination mailbox address syntax', basicCodes: ['501'], rfc: 'RFC 3463', reason: 'userunknown' },
  // "Ambiguous" means the address matches several mailboxes; no Sisimai reason describes that well.
  { code: 'X.1.4', name: 'Destination mailbox address ambiguous', basicCodes: [], rfc: 'RFC 3463', reason: null },
  // Success only (2.1.5, with 250): the recipient address was accepted.
  { code: 'X.1.5', name: 'Destination address valid', basicCodes: ['250'], rfc: 'RFC 3463', reason: 'delivered', successOnly: true },
  // hasmoved, but with no new address: the code's own words say so (the reason's speak of a new address)
  { code: 'X.1.6', name: 'Destination mailbox has moved, no forwarding address', basicCodes: [], rfc: 'RFC 3463', reason: 'hasmoved', permanentWording: true, ownWords: true },
  // Bad sender address (syntax or domain): the receiver refuses the sender, which is Sisimai's "rejected".
  { code: 'X.1.7', name: "Bad sender's mailbox address syntax", basicCodes: [], rfc: 'RFC 3463', reason: 'rejected' },
  { code: 'X.1.8', name: "Bad sender's system address", basicCodes: ['451', '501'], rfc: 'RFC 3463', reason: 'rejected', permanentWording: true },
  // Message tracking (RFC 3886, for RFC 3885's MTRK): the address was valid, but the message went on to a
  // system that does not support tracking. Not a failure.
  { code: 'X.1.9', name: 'Message relayed to non-compliant mailer', basicCodes: [], rfc: 'RFC 3886', reason: null },
  // Null MX: the recipient domain declares that it accepts no mail at all. The domain exists, so
  // this is not hostunknown; Sisimai's notaccept ("the server accepts no mail", reply 556) fits.
  { code: 'X.1.10', name: 'Recipient address has null MX', basicCodes: ['556'], rfc: 'RFC 7505, RFC 7504', reason: 'notaccept' },

  // ---- X.2: mailbox ----
  { code: 'X.2.0', name: 'Other or undefined mailbox status', basicCodes: [], rfc: 'RFC 3463', reason: null },
  // RFC 3463: "the mailbox exists, but is not accepting messages", permanently or for a while.
  // That is exactly Sisimai's suspend. (Sisimai's status table may say "filtered" for 5.2.1, and many
  // servers send it with "user unknown"; we keep the RFC meaning and let the classifier pick
  // userunknown or filtered from the text's words.)
  { code: 'X.2.1', name: 'Mailbox disabled, not accepting messages', basicCodes: [], rfc: 'RFC 3463', reason: 'suspend', permanentWording: true },
  { code: 'X.2.2', name: 'Mailbox full', basicCodes: ['552'], rfc: 'RFC 3463', reason: 'mailboxfull' },
  { code: 'X.2.3', name: 'Message length exceeds administrative limit', basicCodes: ['552'], rfc: 'RFC 3463', reason: 'emailtoolarge' },
  // The recipient is a mailing list whose member list could not be expanded: a fault of the
  // receiving system, not of the sender.
  { code: 'X.2.4', name: 'Mailing list expansion problem', basicCodes: ['450', '452'], rfc: 'RFC 3463', reason: 'systemerror' },

  // ---- X.3: mail system ----
  { code: 'X.3.0', name: 'Other or undefined mail system status', basicCodes: ['221', '250', '421', '451', '550', '554'], rfc: 'RFC 3463', reason: null },
  { code: 'X.3.1', name: 'Mail system full', basicCodes: ['452'], rfc: 'RFC 3463', reason: 'systemfull' },
  // A host that takes no mail at all (RFC 7504's 521; shutdown, load or maintenance in RFC 3463): Sisimai's
  // notaccept, but no null MX (X.1.10), which the reason's words describe: the code's own words show.
  { code: 'X.3.2', name: 'System not accepting network messages', basicCodes: ['453', '521'], rfc: 'RFC 3463, RFC 7504', reason: 'notaccept', ownWords: true },
  // "Selected features specified for the message are not supported by the destination system" (RFC 3463):
  // no fault nor outage of the receiver that passes (systemerror said "send again later"); the same
  // message fails again until the sender's side sends it without the feature. Of Sisimai's reasons, the
  // form of the message the sender's side builds (contenterror: fix, then resend); its words (headers,
  // MIME) do not fit: the code's own.
  { code: 'X.3.3', name: 'System not capable of selected features', basicCodes: [], rfc: 'RFC 3463', reason: 'contenterror', ownWords: true, nearestReason: true },
  { code: 'X.3.4', name: 'Message too big for system', basicCodes: ['552', '554'], rfc: 'RFC 3463', reason: 'emailtoolarge' },
  { code: 'X.3.5', name: 'System incorrectly configured', basicCodes: [], rfc: 'RFC 3463', reason: 'systemerror' },
  // Success only (2.3.6, with 250 or 251): the message was accepted with another priority.
  { code: 'X.3.6', name: 'Requested priority was changed', basicCodes: ['250', '251'], rfc: 'RFC 6710', reason: null, successOnly: true },

  // ---- X.4: network and routing ----
  // The subject alone is telling: something between the servers failed.
  { code: 'X.4.0', name: 'Other or undefined network or routing status', basicCodes: [], rfc: 'RFC 3463', reason: 'networkerror' },
  { code: 'X.4.1', name: 'No answer from host', basicCodes: ['451'], rfc: 'RFC 3463', reason: 'networkerror' },
  { code: 'X.4.2', name: 'Bad connection', basicCodes: ['421'], rfc: 'RFC 3463', reason: 'networkerror' },
  // Usually a DNS or LDAP lookup failing inside the receiving system.
  { code: 'X.4.3', name: 'Directory server failure', basicCodes: ['451', '550'], rfc: 'RFC 3463', reason: 'systemerror' },
  // Postfix and others use X.4.4 for "Host or domain name not found"; Sisimai maps it to hostunknown.
  { code: 'X.4.4', name: 'Unable to route', basicCodes: [], rfc: 'RFC 3463', reason: 'hostunknown', permanentWording: true },
  // Congestion: the receiving system is overloaded (Sisimai: systemfull), not limiting this sender.
  { code: 'X.4.5', name: 'Mail system congestion', basicCodes: ['451'], rfc: 'RFC 3463', reason: 'systemfull' },
  { code: 'X.4.6', name: 'Routing loop detected', basicCodes: [], rfc: 'RFC 3463', reason: 'networkerror' },
  { code: 'X.4.7', name: 'Delivery time expired', basicCodes: [], rfc: 'RFC 3463', reason: 'expired', permanentWording: true },

  // ---- X.5: mail delivery protocol ----
  // Many servers send "550 5.5.0 Requested action not taken: mailbox unavailable" for unknown
  // users: X.5.0 alone says nothing reliable.
  { code: 'X.5.0', name: 'Other or undefined protocol status', basicCodes: ['220', '250', '251', '252', '253', '451', '452', '454', '458', '459', '501', '502', '503', '554'], rfc: 'RFC 3463', reason: null },
  { code: 'X.5.1', name: 'Invalid command', basicCodes: ['430', '500', '501', '503', '530', '550', '554', '555'], rfc: 'RFC 3463', reason: 'syntaxerror' },
  { code: 'X.5.2', name: 'Syntax error', basicCodes: ['500', '501', '502', '550', '555'], rfc: 'RFC 3463', reason: 'syntaxerror' },
  // Sisimai's old "toomanyconn" for 5.5.3 became part of ratelimited (Sisimai reads "552 Too many
  // recipients" so). But the limit is per message, not per hour: RFC 3463 and RFC 5321 §4.5.3.1.10 have
  // the client send the other recipients in another transaction (with 4.5.3 the MTA does it by itself;
  // after 5.5.3, with fewer recipients per message). The rate limit's words (lower the concurrency, wait
  // hours) would mislead: the code's own.
  { code: 'X.5.3', name: 'Too many recipients', basicCodes: ['451'], rfc: 'RFC 3463', reason: 'ratelimited', ownWords: true, nearestReason: true, retryPermanent: 'after-fix' },
  { code: 'X.5.4', name: 'Invalid command arguments', basicCodes: ['451', '501', '502', '503', '504', '550', '555'], rfc: 'RFC 3463', reason: 'syntaxerror' },
  { code: 'X.5.5', name: 'Wrong protocol version', basicCodes: [], rfc: 'RFC 3463', reason: 'syntaxerror' },
  { code: 'X.5.6', name: 'Authentication exchange line is too long', basicCodes: ['500'], rfc: 'RFC 4954', reason: 'syntaxerror' },

  // ---- X.6: message content or media ----
  // The subject alone is telling: the receiver objects to the form of the message.
  { code: 'X.6.0', name: 'Other or undefined media error', basicCodes: [], rfc: 'RFC 3463', reason: 'contenterror' },
  { code: 'X.6.1', name: 'Media not supported', basicCodes: [], rfc: 'RFC 3463', reason: 'contenterror' },
  { code: 'X.6.2', name: 'Conversion required and prohibited', basicCodes: [], rfc: 'RFC 3463', reason: 'contenterror' },
  { code: 'X.6.3', name: 'Conversion required but not supported', basicCodes: ['554'], rfc: 'RFC 3463', reason: 'contenterror' },
  // Success only (2.6.4, with 250): delivered, but converted with some loss. Not a failure.
  { code: 'X.6.4', name: 'Conversion with loss performed', basicCodes: ['250'], rfc: 'RFC 3463', reason: null, successOnly: true },
  { code: 'X.6.5', name: 'Conversion failed', basicCodes: [], rfc: 'RFC 3463', reason: 'contenterror' },
  // X.6.6 (RFC 4468 BURL: the content could not be fetched) and X.6.7-X.6.10 (RFC 6531: a non-ASCII
  // address, a UTF-8 reply, a hop without SMTPUTF8) are no malformed message: null, and their own words
  // show rather than contenterror's (MIME, headers) or those of a reason some word of the text gave.
  { code: 'X.6.6', name: 'Message content not available', basicCodes: ['554'], rfc: 'RFC 4468', reason: null, ownWords: true },
  { code: 'X.6.7', name: 'Non-ASCII addresses not permitted for that sender/recipient', basicCodes: ['553', '550'], rfc: 'RFC 6531', reason: null, ownWords: true },
  { code: 'X.6.8', name: 'UTF-8 string reply is required, but not permitted by the SMTP client', basicCodes: ['252', '553', '550'], rfc: 'RFC 6531', reason: null, ownWords: true },
  { code: 'X.6.9', name: 'UTF-8 header message cannot be transferred to one or more recipients', basicCodes: ['550'], rfc: 'RFC 6531', reason: null, ownWords: true },
  // Deprecated: registered by mistake as a duplicate of X.6.8. Kept because old servers may send it.
  { code: 'X.6.10', name: '(deprecated duplicate of X.6.8)', basicCodes: [], rfc: 'RFC 6531', reason: null, ownWords: true },

  // ---- X.7: security or policy ----
  // X.7.0 covers "must issue STARTTLS first", "authentication required", Gmail's "4.7.0 try again
  // later"...: too varied to mean anything alone.
  { code: 'X.7.0', name: 'Other or undefined security status', basicCodes: ['220', '235', '450', '454', '500', '501', '503', '504', '530', '535', '550'], rfc: 'RFC 3463', reason: null },
  // The generic "delivery not authorized": in practice relay denied, blocklisted IP, spam, DMARC
  // policy... Sisimai's status table gives securityerror; the classifier refines it from the text
  // (blocked, norelaying, spamdetected, policyviolation, rejected).
  { code: 'X.7.1', name: 'Delivery not authorized, message refused', basicCodes: ['451', '454', '502', '503', '533', '550', '551'], rfc: 'RFC 3463', reason: 'securityerror' },
  // The sender is not allowed to post to that mailing list: the receiver refuses this sender.
  { code: 'X.7.2', name: 'Mailing list expansion prohibited', basicCodes: ['550'], rfc: 'RFC 3463', reason: 'rejected' },
  { code: 'X.7.3', name: 'Security conversion required but not possible', basicCodes: [], rfc: 'RFC 3463', reason: 'securityerror' },
  { code: 'X.7.4', name: 'Security features not supported', basicCodes: ['504'], rfc: 'RFC 3463', reason: 'securityerror' },
  { code: 'X.7.5', name: 'Cryptographic failure', basicCodes: [], rfc: 'RFC 3463', reason: 'securityerror' },
  { code: 'X.7.6', name: 'Cryptographic algorithm not supported', basicCodes: [], rfc: 'RFC 3463', reason: 'securityerror' },
  { code: 'X.7.7', name: 'Message integrity failure', basicCodes: [], rfc: 'RFC 3463', reason: 'securityerror' },
  // SMTP AUTH (login) failures are securityerror; authfailure is for SPF, DKIM, DMARC and ARC.
  { code: 'X.7.8', name: 'Authentication credentials invalid', basicCodes: ['535', '554'], rfc: 'RFC 4954', reason: 'securityerror' },
  { code: 'X.7.9', name: 'Authentication mechanism is too weak', basicCodes: ['534'], rfc: 'RFC 4954', reason: 'securityerror' },
  // The login (AUTH) mechanism chosen needs an encrypted connection (RFC 4954 §6, RFC 5248): the
  // sender's client logged in to its own server without TLS. No handshake between servers failed.
  { code: 'X.7.10', name: 'Encryption needed', basicCodes: ['523'], rfc: 'RFC 5248', reason: 'securityerror', ownWords: true },
  { code: 'X.7.11', name: 'Encryption required for requested authentication mechanism', basicCodes: ['524', '538'], rfc: 'RFC 4954', reason: 'securityerror', ownWords: true },
  { code: 'X.7.12', name: 'A password transition is needed', basicCodes: ['422', '432'], rfc: 'RFC 4954', reason: 'securityerror' },
  // RFC 5248: "after a successful authentication to a disabled account": the SENDER's own submission
  // account, not the recipient's mailbox (no address to take off a list). Read as the sending account
  // blocked (the sending-limit:account-blocked signature's reason), in the code's own words; a text that
  // names the recipient ("525 5.7.13 Disabled recipient address") is read by its words (status-reading.ts).
  { code: 'X.7.13', name: 'User account disabled', basicCodes: ['525'], rfc: 'RFC 5248', reason: 'rejected', ownWords: true, nearestReason: true },
  // BURL (RFC 4468, RFC 5248): the submission server may not fetch the message from a third-party server.
  { code: 'X.7.14', name: 'Trust relationship required', basicCodes: ['535', '554'], rfc: 'RFC 5248', reason: 'securityerror', ownWords: true },
  // A local rule on message priority (RFC 6710), not a security problem.
  { code: 'X.7.15', name: 'Priority level is too low', basicCodes: ['450', '550'], rfc: 'RFC 6710', reason: 'policyviolation' },
  { code: 'X.7.16', name: 'Message is too big for the specified priority', basicCodes: ['552'], rfc: 'RFC 6710', reason: 'emailtoolarge' },
  // RRVS (RFC 7293): the address may well work, but it now belongs to someone else, so the person meant
  // is gone from it. The code's own words say so (the reason's speak of a new address). Registered with
  // 5XX only; a class-4 one is still a transient failure (RFC 3463 §2).
  { code: 'X.7.17', name: 'Mailbox owner has changed', basicCodes: ['5XX'], rfc: 'RFC 7293', reason: 'hasmoved', permanentWording: true, ownWords: true },
  { code: 'X.7.18', name: 'Domain owner has changed', basicCodes: ['5XX'], rfc: 'RFC 7293', reason: 'hasmoved', permanentWording: true, ownWords: true },
  // The receiver could not run the RRVS check the sender asked for; nothing is known about the mailbox.
  { code: 'X.7.19', name: 'RRVS test cannot be completed', basicCodes: ['5XX'], rfc: 'RFC 7293', reason: null },
  { code: 'X.7.20', name: 'No passing DKIM signature found', basicCodes: ['550'], rfc: 'RFC 7372', reason: 'authfailure' },
  { code: 'X.7.21', name: 'No acceptable DKIM signature found', basicCodes: ['550'], rfc: 'RFC 7372', reason: 'authfailure' },
  { code: 'X.7.22', name: 'No valid author-matched DKIM signature found', basicCodes: ['550'], rfc: 'RFC 7372', reason: 'authfailure' },
  { code: 'X.7.23', name: 'SPF validation failed', basicCodes: ['550'], rfc: 'RFC 7372', reason: 'authfailure' },
  // An SPF error (broken record, DNS failure) rather than a fail; still the sender's authentication.
  { code: 'X.7.24', name: 'SPF validation error', basicCodes: ['451', '550'], rfc: 'RFC 7372', reason: 'authfailure' },
  { code: 'X.7.25', name: 'Reverse DNS validation failed', basicCodes: ['550'], rfc: 'RFC 7372', reason: 'requireptr' },
  { code: 'X.7.26', name: 'Multiple authentication checks failed', basicCodes: ['550'], rfc: 'RFC 7372', reason: 'authfailure' },
  // The SENDER's domain declares it receives no mail, so bounces could not reach it: the receiver
  // refuses the sender address. Sisimai may say notaccept here; rejected describes it better.
  { code: 'X.7.27', name: 'Sender address has null MX', basicCodes: ['550'], rfc: 'RFC 7505', reason: 'rejected' },
  // draft-levine-mailbomb-header: the message looks like part of a flood of similar abusive
  // messages (subscription bombing). That is abuse detection, not a plain rate limit.
  { code: 'X.7.28', name: 'Mail flood detected', basicCodes: [], rfc: 'draft-levine-mailbomb-header', reason: 'spamdetected' },
  { code: 'X.7.29', name: 'ARC validation failure', basicCodes: [], rfc: 'RFC 8617', reason: 'authfailure' },
  { code: 'X.7.30', name: 'REQUIRETLS support required', basicCodes: [], rfc: 'RFC 8689', reason: 'failedstarttls' },
] as const satisfies readonly EnhancedCodeFact[];

export type EnhancedCode = (typeof ENHANCED_CODES)[number]['code'];

/** Codes whose texts assume a permanent failure: their class-4 variant is required in every language. */
type PermanentlyWorded = Extract<(typeof ENHANCED_CODES)[number], { permanentWording: true }>['code'];

/** One language's texts of the enhanced codes: `transient` exactly where the row says permanentWording. */
export type EnhancedCodeTexts = {
  [C in EnhancedCode]: C extends PermanentlyWorded ? CodeText & { transient: TransientText } : CodeText & { transient?: never };
};

export const ENHANCED_CLASSES = ['2', '4', '5'] as const;
export type EnhancedClass = (typeof ENHANCED_CLASSES)[number];

export const ENHANCED_SUBJECTS = ['0', '1', '2', '3', '4', '5', '6', '7'] as const;
export type EnhancedSubject = (typeof ENHANCED_SUBJECTS)[number];

const FACT_BY_CODE: ReadonlyMap<string, EnhancedCodeFact> = new Map(
  ENHANCED_CODES.map((row): [string, EnhancedCodeFact] => [row.code, row]),
);

/** Looks up a class-independent code, "X.1.1". */
export function enhancedFact(code: string): EnhancedCodeFact | undefined {
  return FACT_BY_CODE.get(code);
}

// Exactly class.subject.detail, nothing before or after. RFC 3463 allows 1-3 digits per part.
const STATUS_RE = /^([245])\.(\d{1,3})\.(\d{1,3})$/;

/**
 * Reads an enhanced status code such as "5.1.1" or "4.7.650".
 * The whole string (after trimming white space) must be the code: "5.1" and "5.1.1.1" are null,
 * as are class 3, parts of four digits and any leading or trailing text.
 * Leading zeros are accepted and dropped ("5.01.001" is 5.1.1), so `fact` finds the registered row.
 * `fact` is undefined for a well-formed code that IANA has not registered (e.g. 4.7.650).
 */
export function parseEnhanced(
  status: string,
): { cls: EnhancedClass; subject: string; detail: string; fact: EnhancedCodeFact | undefined } | null {
  const m = STATUS_RE.exec(status.trim());
  if (!m) return null;
  const cls = m[1] as EnhancedClass;
  const subject = String(Number(m[2]));
  const detail = String(Number(m[3]));
  return { cls, subject, detail, fact: FACT_BY_CODE.get(`X.${subject}.${detail}`) };
}
