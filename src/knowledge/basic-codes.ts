// Basic (three-digit) SMTP reply codes, one row per code.
// Sources: the seed article (/work/shared/reference/seed-smtp-reply-codes-pt.txt, source "seed"),
// RFC 5321 §4.2.2 (every standard code), RFC 7504 (521, 556), RFC 4954 (AUTH), RFC 3207 (STARTTLS),
// RFC 1985 (ETRN), RFC 2645 (ATRN) and RFC 5248 (the basic codes the IANA registry pairs with enhanced ones).
//
// Six codes (422, 430, 523, 524, 525, 533) are only listed in the IANA registry of enhanced codes (RFC
// 5248) beside an enhanced code; no protocol RFC defines them as replies: `registryOnly`, not standard.
//
// Many of the article's codes are in no RFC. Most of them (422, 431, 432, 441, 442, 446, 447, 471,
// 510-513, 523, 541) look like enhanced status codes written without their dots (4.2.2 mailbox full,
// 4.4.7 delivery time expired, 5.1.1 bad mailbox...), copied from list to list as if they were
// reply codes. Their `reason` follows that enhanced code, like the Sisimai reading in
// enhanced-codes.ts, when the meaning given for them agrees.
//
// `reason` is what the code alone most likely means; null when the code alone says nothing useful
// (550, 554, 421...): the classifier then decides from the enhanced code and the text.
import type { BasicCodeFact } from './types.js';

export const BASIC_CODES = [
  // ---- 1xx: not server replies. Failures of the sending side before any server answered. ----
  // "Cannot connect": a local message of some clients, in no RFC.
  { code: '101', standard: false, rfc: null, kind: 'transient', reason: 'networkerror', source: 'seed' },
  // errno 111 is ECONNREFUSED on Linux, shown by some software as if it were a reply code.
  { code: '111', standard: false, rfc: null, kind: 'transient', reason: 'networkerror', source: 'seed' },

  // ---- 2xx: success ----
  { code: '211', standard: true, rfc: 'RFC 5321 §4.2.2', kind: 'success', reason: null, source: 'seed' },
  { code: '214', standard: true, rfc: 'RFC 5321 §4.2.2', kind: 'success', reason: null, source: 'seed' },
  // Greeting; also the go-ahead for STARTTLS (RFC 3207 §4).
  { code: '220', standard: true, rfc: 'RFC 5321 §4.2.2', kind: 'success', reason: null, source: 'seed' },
  { code: '221', standard: true, rfc: 'RFC 5321 §4.2.2', kind: 'success', reason: null, source: 'seed' },
  { code: '235', standard: true, rfc: 'RFC 4954 §4', kind: 'success', reason: null, source: 'RFC 4954' },
  // After DATA this is the acceptance of the message; for other commands only "OK", but a
  // classifier that sees 250 alone has nothing better than "delivered".
  { code: '250', standard: true, rfc: 'RFC 5321 §4.2.2', kind: 'success', reason: 'delivered', source: 'seed' },
  // "User not local; will forward": accepted, the server takes responsibility for forwarding.
  { code: '251', standard: true, rfc: 'RFC 5321 §4.2.2', kind: 'success', reason: 'delivered', source: 'seed' },
  // The answer to VRFY ("cannot verify, will try"): nothing was delivered yet.
  { code: '252', standard: true, rfc: 'RFC 5321 §4.2.2', kind: 'success', reason: null, source: 'seed' },
  // ETRN's "OK, <n> pending messages for node <x> started" (RFC 1985): a queue run, no delivery.
  { code: '253', standard: true, rfc: 'RFC 1985', kind: 'success', reason: null, source: 'RFC 1985' },

  // ---- 3xx: intermediate, the server waits for more ----
  { code: '334', standard: true, rfc: 'RFC 4954 §4', kind: 'intermediate', reason: null, source: 'RFC 4954' },
  { code: '354', standard: true, rfc: 'RFC 5321 §4.2.2', kind: 'intermediate', reason: null, source: 'seed' },

  // ---- 4xx: transient failure ----
  // "Timeout/connection problem" in the lists, never seen from a known server; no enhanced code
  // matches (4.2.0 is "other mailbox status"), so the code alone is not telling.
  { code: '420', standard: false, rfc: null, kind: 'transient', reason: null, source: 'seed' },
  // Busy, shutting down, rate limits and reputation throttling all use 421: not telling alone. Its
  // advice: the sending server retries, its admin reads the reply if it lasts (nothing for the sender yet).
  { code: '421', standard: true, rfc: 'RFC 5321 §4.2.2', kind: 'transient', reason: null, retryingActors: ['sender-provider'], source: 'seed' },
  // Reads as 4.2.2 "mailbox full", which is also the meaning the lists give. (IANA pairs 422 with
  // X.7.12 "password transition needed", but RFC 4954 itself only defines 432 for that; the text says both.)
  { code: '422', standard: false, registryOnly: true, rfc: 'RFC 5248', kind: 'transient', reason: 'mailboxfull', source: 'seed' },
  // The registry lists 430 among X.5.1's "invalid command" codes; no RFC defines it. Not telling alone.
  { code: '430', standard: false, registryOnly: true, rfc: 'RFC 5248', kind: 'transient', reason: null, source: 'RFC 5248' },
  // Reads as 4.3.1 "mail system full": the receiving server is out of disk or memory.
  { code: '431', standard: false, rfc: null, kind: 'transient', reason: 'systemfull', source: 'seed' },
  // RFC 4954 "password transition needed" (an AUTH answer), while Microsoft Exchange sends
  // "432 4.3.2" for a stopped or throttled incoming queue. Two unrelated uses: not telling alone.
  { code: '432', standard: true, rfc: 'RFC 4954 §6', kind: 'transient', reason: null, source: 'seed' },
  // Reads as 4.4.1 "no answer from host" (the lists: "recipient's server not responding").
  { code: '441', standard: false, rfc: null, kind: 'transient', reason: 'networkerror', source: 'seed' },
  // Reads as 4.4.2 "bad connection" (the lists: "connection dropped").
  { code: '442', standard: false, rfc: null, kind: 'transient', reason: 'networkerror', source: 'seed' },
  // Reads as 4.4.6 "routing loop detected" (the lists: "maximum hop count exceeded"). Sisimai files
  // mail loops and "too many hops" under networkerror.
  { code: '446', standard: false, rfc: null, kind: 'transient', reason: 'networkerror', source: 'seed' },
  // Reads as 4.4.7 "delivery time expired" (the lists: "message timed out"). The article's
  // "too many recipients" reading has no support.
  { code: '447', standard: false, rfc: null, kind: 'transient', reason: 'expired', source: 'seed' },
  // "Routing error" in the lists: the message could not be routed, a networkerror in Sisimai's terms.
  { code: '449', standard: false, rfc: null, kind: 'transient', reason: 'networkerror', source: 'seed' },
  // Mailbox busy, greylisting, temporary policy blocks: not telling alone.
  { code: '450', standard: true, rfc: 'RFC 5321 §4.2.2', kind: 'transient', reason: null, source: 'seed' },
  // Local error, greylisting, deferrals by spam filters: not telling alone. Its advice, as 421's.
  { code: '451', standard: true, rfc: 'RFC 5321 §4.2.2', kind: 'transient', reason: null, retryingActors: ['sender-provider'], source: 'seed' },
  // RFC 5321 says "insufficient system storage", but servers send 452 just as often for a mailbox
  // over quota (Gmail 452 4.2.2) or for too many recipients (452 4.5.3): not telling alone.
  { code: '452', standard: true, rfc: 'RFC 5321 §4.2.2', kind: 'transient', reason: null, source: 'seed' },
  // ATRN's "You have no mail" (RFC 2645); the registry also pairs it with X.3.2 "system not
  // accepting network messages". Two unrelated uses: not telling alone.
  { code: '453', standard: true, rfc: 'RFC 2645', kind: 'transient', reason: null, queueRun: true, source: 'RFC 2645' },
  // TLS not available (RFC 3207) or temporary AUTH failure (RFC 4954); some servers also send
  // "454 Relay access denied". Three unrelated uses: not telling alone.
  { code: '454', standard: true, rfc: 'RFC 3207 §4, RFC 4954 §6', kind: 'transient', reason: null, source: 'RFC 3207, RFC 4954' },
  { code: '455', standard: true, rfc: 'RFC 5321 §4.2.2', kind: 'transient', reason: null, source: 'RFC 5321' },
  // ETRN (RFC 1985): "Unable to queue messages for node <x>", "Node <x> not allowed: <reason>".
  // Answers to a queue run a server asked for, about no message.
  { code: '458', standard: true, rfc: 'RFC 1985', kind: 'transient', reason: null, queueRun: true, source: 'RFC 1985' },
  { code: '459', standard: true, rfc: 'RFC 1985', kind: 'transient', reason: null, queueRun: true, source: 'RFC 1985' },
  // Reads as 4.7.1 "delivery not authorized"; the lists say "error of your server's anti-spam
  // filter". Neither says which reason: not telling alone.
  { code: '471', standard: false, rfc: null, kind: 'transient', reason: null, source: 'seed' },

  // ---- 5xx: permanent failure ----
  // 500-504 are command errors; Sisimai reads reply codes 500-507 as syntaxerror. (Some servers
  // answer 503 when AUTH is missing; the classifier sees that in the text.)
  { code: '500', standard: true, rfc: 'RFC 5321 §4.2.2', kind: 'permanent', reason: 'syntaxerror', source: 'seed' },
  { code: '501', standard: true, rfc: 'RFC 5321 §4.2.2', kind: 'permanent', reason: 'syntaxerror', source: 'seed' },
  { code: '502', standard: true, rfc: 'RFC 5321 §4.2.2', kind: 'permanent', reason: 'syntaxerror', source: 'seed' },
  { code: '503', standard: true, rfc: 'RFC 5321 §4.2.2', kind: 'permanent', reason: 'syntaxerror', source: 'seed' },
  { code: '504', standard: true, rfc: 'RFC 5321 §4.2.2', kind: 'permanent', reason: 'syntaxerror', source: 'seed' },
  // 510/511 read as 5.1.0 / 5.1.1: bad recipient address.
  { code: '510', standard: false, rfc: null, kind: 'permanent', reason: 'userunknown', source: 'seed' },
  { code: '511', standard: false, rfc: null, kind: 'permanent', reason: 'userunknown', source: 'seed' },
  // Reads as 5.1.2 "bad destination system": the domain was not found.
  { code: '512', standard: false, rfc: null, kind: 'permanent', reason: 'hostunknown', source: 'seed' },
  // Reads as 5.1.3 "bad address syntax"; a malformed recipient address is nobody's mailbox, and
  // Sisimai reads 5.1.3 as userunknown too.
  { code: '513', standard: false, rfc: null, kind: 'permanent', reason: 'userunknown', source: 'seed' },
  // "Host does not accept mail" (RFC 7504): Sisimai's notaccept.
  { code: '521', standard: true, rfc: 'RFC 7504', kind: 'permanent', reason: 'notaccept', source: 'RFC 7504' },
  // Not an RFC 5321 code. The lists say "message too big", which reads as 5.2.3 "message length
  // exceeds administrative limit"; RFC 5248 (the IANA registry) pairs 523 with X.7.10 "Encryption
  // needed" instead. The size reading is the one users meet, so it wins; the text mentions both.
  { code: '523', standard: false, registryOnly: true, rfc: 'RFC 5248', kind: 'permanent', reason: 'emailtoolarge', source: 'seed' },
  // The registry pairs 524 with X.7.11 "encryption required for requested authentication mechanism",
  // for which RFC 4954 §6 itself uses 538: no RFC defines 524 as a reply.
  { code: '524', standard: false, registryOnly: true, rfc: 'RFC 5248', kind: 'permanent', reason: 'securityerror', source: 'RFC 5248' },
  // "User account disabled" (RFC 5248, with X.7.13): after a successful AUTH, the sender's own
  // account is disabled. Some servers send "525 5.7.13 ... Disabled recipient address" at RCPT TO
  // instead (Sisimai's lhost-sendmail-35, lhost-dragonfly-27): two uses, not telling alone.
  { code: '525', standard: false, registryOnly: true, rfc: 'RFC 5248', kind: 'permanent', reason: null, source: 'RFC 5248' },
  // "Authentication required" (RFC 4954) or "Must issue a STARTTLS command first" (RFC 3207).
  { code: '530', standard: true, rfc: 'RFC 3207 §4, RFC 4954 §6', kind: 'permanent', reason: 'securityerror', source: 'seed' },
  // The registry lists 533 among X.7.1's "delivery not authorized" codes; no RFC defines it.
  { code: '533', standard: false, registryOnly: true, rfc: 'RFC 5248', kind: 'permanent', reason: null, source: 'RFC 5248' },
  // "Authentication mechanism is too weak".
  { code: '534', standard: true, rfc: 'RFC 4954 §6', kind: 'permanent', reason: 'securityerror', source: 'RFC 4954' },
  // "Authentication credentials invalid".
  { code: '535', standard: true, rfc: 'RFC 4954 §4', kind: 'permanent', reason: 'securityerror', source: 'RFC 4954' },
  // "Encryption required for requested authentication mechanism".
  { code: '538', standard: true, rfc: 'RFC 4954 §6', kind: 'permanent', reason: 'securityerror', source: 'RFC 4954' },
  // The lists: "rejected by the recipient's anti-spam filter", hence spamdetected. Caveat: it also
  // reads as 5.4.1, which Microsoft uses for "Recipient address rejected: Access denied" (an
  // unknown recipient); the classifier must let the text override this.
  { code: '541', standard: false, rfc: null, kind: 'permanent', reason: 'spamdetected', source: 'seed' },
  // Unknown mailbox, no access, policy rejection: the most generic permanent code.
  { code: '550', standard: true, rfc: 'RFC 5321 §4.2.2', kind: 'permanent', reason: null, source: 'seed' },
  // RFC 5321: "User not local; please try <forward-path>", which is Sisimai's hasmoved. Servers
  // today hardly ever give a forward path (it leaks addresses); 551 is met mostly as a refusal to
  // relay for a domain the server does not host ("551 User not local", "relay denied"), so
  // norelaying. The classifier picks hasmoved when the text carries a new address.
  { code: '551', standard: true, rfc: 'RFC 5321 §4.2.2', kind: 'permanent', reason: 'norelaying', source: 'seed' },
  // "Exceeded storage allocation": the RFC wording is about storage, i.e. a full mailbox (5.2.2).
  // Servers also send it for a message that is too big (5.2.3, 5.3.4); the enhanced code decides.
  { code: '552', standard: true, rfc: 'RFC 5321 §4.2.2', kind: 'permanent', reason: 'mailboxfull', ambiguous: true, source: 'seed' },
  // "Mailbox name not allowed": used for a malformed or unknown address, for a sender address the
  // user may not use (Postfix "Sender address rejected: not owned by user") and for relay refusal
  // (qmail "not in my list of allowed rcpthosts"). Sisimai's syntaxerror is about SMTP commands,
  // not addresses, so it does not fit either. Not telling alone.
  { code: '553', standard: true, rfc: 'RFC 5321 §4.2.2', kind: 'permanent', reason: null, source: 'seed' },
  // "Transaction failed": generic, mostly policy or spam blocks. Not telling alone.
  { code: '554', standard: true, rfc: 'RFC 5321 §4.2.2', kind: 'permanent', reason: null, source: 'seed' },
  // "MAIL FROM/RCPT TO parameters not recognized or not implemented": a protocol error.
  { code: '555', standard: true, rfc: 'RFC 5321 §4.2.2', kind: 'permanent', reason: 'syntaxerror', source: 'RFC 5321' },
  // "Domain does not accept mail" (null MX, RFC 7505): Sisimai's notaccept.
  { code: '556', standard: true, rfc: 'RFC 7504', kind: 'permanent', reason: 'notaccept', source: 'RFC 7504' },
] as const satisfies readonly BasicCodeFact[];

export type BasicCode = (typeof BASIC_CODES)[number]['code'];

export const BASIC_CODE_BY_ID: ReadonlyMap<string, BasicCodeFact> = new Map(
  BASIC_CODES.map((row): [string, BasicCodeFact] => [row.code, row]),
);
