// Facts -> Verdict. The order of the steps is the policy: specific beats generic. decide() below, one
// line per step, in its order (the first that answers wins):
//  1. the message decoder's hint of no failure (a delivery report, an auto-reply, a feedback report);
//  2. text alone (no code, no DSN action, no hint): the words of a pasted auto-reply or abuse report,
//     unless a failure notice's words are there too;
//  3. the receiving provider's own signature (knowledge/signatures: codes and markers it documents);
//  4. the message decoder's hint of a failure's reason (an Exim or qmail notice's own words);
//  5. an enhanced status code whose meaning is unambiguous (X.2.2 mailbox full, X.7.26 auth...);
//  6. a status code of the sender's own account ("525 5.7.13 User account disabled"), unless the words
//     name the recipient;
//  7. an addressing code (X.1.x) at MAIL FROM: the sender's address is refused;
//  8. telling phrases of the diagnostic text ("mailbox full" in a 550 5.1.1 is a full mailbox);
//  9. any other enhanced status code, unless it is a catch-all (X.1.1, which many servers use for
//     every refusal) and step 10 has words;
// 10. generic words ("blocked", "spam", "policy"), else a near pair of words ("destinatário ... desconhecido");
// 11. the SMTP command: a refused MAIL FROM is a rejected sender, a refused HELO, EHLO or connection a block;
// 12. the basic reply code (550, 421...);
// 13. a success code, or a DSN action "delivered": delivered;
// 14. nothing: onhold when a failure code exists, undefined otherwise.
// classify() then sets the kind, the hard bounce and the retry from the decision.
import { lookupOfOtherHost } from './lookup-name.js';
import { lowerCase } from '../reply/lower-case.js';
import { BASIC_CODE_BY_ID } from '../knowledge/basic-codes.js';
import { NO_ANSWER_PHRASES } from '../knowledge/phrases/networkerror.js';
import { DOMAIN_WITHOUT_MAIL, LOOKUP_TRY_AGAIN, NO_MAIL_SERVER_RULE, NO_SUCH_DOMAIN, NONEXISTENT_DOMAIN_RULE } from '../knowledge/phrases/hostunknown.js';
import { isHardBounceReason, REASON_FACTS } from '../knowledge/reasons.js';
import { NAMES_RECIPIENT } from '../knowledge/phrases/suspend.js';
import { SIGNATURE_BY_ID, SIGNATURES } from '../knowledge/signatures/index.js';
import type { Actor, Evidence, Facts, Kind, Reason, Retry, Verdict } from '../types.js';
import { FAILURE_NOTICE_MARKERS } from '../knowledge/phrases/failure-notice.js';
import { findNotFailurePhrase, findStrongPhrase, findWeakPhrase, scanText } from './find-phrase.js';
import { classesDisagree, kindOf } from './kind.js';
import { findNearPair } from './near-pairs.js';
import { findAny, MAX_EVIDENCE_LENGTH } from './pattern.js';
import { matchSignature } from './signature-match.js';
import { recipientOrFilter } from './recipient-or-filter.js';
import { readStatus, type StatusReading } from './status-reading.js';
import { PERMANENT, TEMPORARY } from '../knowledge/phrases/temporary-words.js';
import { ACCENTS_RESTORED, restoreAccents } from './restore-accents.js';

/** Temporary reasons that become "expired" when the sender's server stopped retrying. */
const GAVE_UP_ON: ReadonlySet<Reason> = new Set<Reason>(['networkerror', 'undefined', 'onhold', 'systemerror', 'expired']);

/** Reasons that are not failures whatever the codes say. */
const NOT_FAILURES: ReadonlySet<Reason> = new Set<Reason>(['delivered', 'vacation', 'feedback']);
/** A not-failure's evidence quotes its words up to this length (an auto-reply's subject can be long). */
const MAX_HINT_MATCH = 120;

interface Decision {
  reason: Reason;
  evidence: Evidence[];
  provider: string | null;
  signature: string | null;
  /** Only a catch-all status code (src/classify/status-reading.ts) gave the reason. */
  catchAll?: boolean;
}

export function classify(facts: Facts): Verdict {
  // a log's "Usu?rio inv?lido" (Postfix writes each byte of no printable ASCII so) read as "Usuário inválido"
  const restored = restoreAccents(facts.text);
  if (restored) facts = { ...facts, text: restored.text };
  // the parser lowered this text already; recipients of one notice often share one text (see scanText)
  const lowerText = lowerCase(facts.text);
  const decision = decide(facts, lowerText);
  malformedAddress(facts, decision);
  // a bounce with no code at all is a failure; a success code cannot carry a failure reason
  // (a notice that tells a temporary state, Signature.transient: a challenge-response filter holds the message)
  let kind = kindOf(facts.replyCode, facts.status, facts.action) ??
    ((decision.signature && SIGNATURE_BY_ID.get(decision.signature)?.transient) || soundsTemporary(lowerText, decision.reason) ? 'transient' : 'permanent');
  // a 5xx the sending server keeps in its queue (Postfix's soft_bounce, or its SASL soft bounce when a
  // relay refuses its login): still a permanent reply, but nothing came back yet (see explain's `queued`)
  if (kind === 'permanent' && facts.action === 'delayed' && (facts.replyCode[0] === '5' || facts.status[0] === '5')) {
    decision.evidence.push({ rule: 'action:delayed', field: 'Action', match: facts.action });
  }
  // the provider says its temporary code is final (Signature.final)
  if (kind === 'transient' && decision.signature && SIGNATURE_BY_ID.get(decision.signature)?.final) kind = 'permanent';
  if (facts.action === 'failed' && (kind === 'success' || decision.reason === 'delivered')) {
    // a report that says the delivery failed quotes a success reply (an earlier step's, or an exit
    // status read as one): the report's word stands, never "delivered"
    kind = facts.status.startsWith('4') ? 'transient' : 'permanent';
    if (decision.reason === 'delivered') decision.reason = 'undefined';
    decision.evidence.push({ rule: 'action:failed', field: 'Action', match: facts.action });
  } else if (NOT_FAILURES.has(decision.reason)) {
    kind = 'success';
    // a greeting, a goodbye or a login (220, 221, 235 2.7.0) is no error, and no delivery either
    if (decision.reason === 'delivered' && !isDeliveryReport(facts)) decision.reason = 'undefined';
  }
  else if (decision.reason === 'hostunknown' && notProofOfNoDomain(facts, kind, lowerText)) {
    decision.reason = 'networkerror';
  } else if (facts.action === 'failed' && gaveUp(facts, kind, decision.reason, lowerText)) {
    decision.reason = 'expired';
    decision.evidence.push({ rule: 'action:gave-up', field: 'Action', match: facts.action });
  } else if (kind === 'transient' && facts.action === 'delayed' && !facts.fromLog && GAVE_UP_ON.has(decision.reason) && codesOnly(decision)) {
    // a delay notice that says nothing but a generic code: the news is the delay itself (Sisimai: expired)
    decision.reason = 'expired';
    decision.evidence.push({ rule: 'action:delayed', field: 'Action', match: facts.action });
  }
  else if (kind === 'success') decision.reason = isDeliveryReport(facts) ? 'delivered' : 'undefined';
  const verdict = finish(facts, decision, kind, decision.evidence, lowerText);
  // last, as the readers' own evidence is (src/classify/catch-all-only.ts): no reason of its own
  if (restored) verdict.evidence.push({ rule: ACCENTS_RESTORED, field: 'text', match: restored.lost.join(' ').slice(0, MAX_EVIDENCE_LENGTH) });
  return verdict;
}

/** The signature that says the address itself is written wrong (X.1.3, "bad address syntax"). */
const MALFORMED = 'address:malformed';

/**
 * An unknown recipient whose address is written wrong is told as such, with its advice (fix it in the
 * list), when no provider's words said more: by its status, X.1.3 "bad destination mailbox address
 * syntax" (an ESP's row "550 5.1.3 Invalid address"), or by the address kept as written
 * (writtenRecipient), which no server could have found.
 */
function malformedAddress(facts: Facts, decision: Decision): void {
  if (decision.reason !== 'userunknown' || decision.signature) return;
  const byStatus = facts.status.slice(1) === '.1.3';
  if (!byStatus && !(facts.recipient && isMisspelt(facts.recipient))) return;
  const signature = SIGNATURE_BY_ID.get(MALFORMED)!;
  decision.provider = signature.provider;
  decision.signature = MALFORMED;
  decision.evidence.push(byStatus
    ? { rule: MALFORMED, field: 'status', match: facts.status }
    : { rule: MALFORMED, field: 'recipient', match: facts.recipient! });
}

/**
 * An address no server could take as written: no "@", more than one, or a space, a comma or a
 * semicolon in it. (A domain without a dot, "ana@localhost", may be a local mailbox: not judged here.)
 */
function isMisspelt(recipient: string): boolean {
  const at = recipient.indexOf('@');
  if (at < 0 || recipient.includes('@', at + 1)) return true;
  // a quoted local part may hold those characters ("ana silva"@example.com); only a string that opens with a quote has one
  return /[\s,;]/.test(recipient.charCodeAt(0) === 0x22 ? recipient.replace(/^"[^"]*"@/, '@') : recipient);
}

/**
 * A DNS answer that may change (by its code, or by its words), or the lookup of the host the domain's MX
 * points to (the domain exists, its DNS is broken): not proof that the domain does not exist.
 */
function notProofOfNoDomain(facts: Facts, kind: Kind, lowerText: string): boolean {
  return kind === 'transient' || lookupOfOtherHost(lowerText, facts.recipient) || findAny(lowerText, LOOKUP_TRY_AGAIN) !== null;
}

/** A reply code of success or of an intermediate step (2xx, 3xx), or else a success status. */
function noFailureCode(facts: Facts): boolean {
  const c = facts.replyCode[0];
  return c === '2' || c === '3' || (!c && facts.status[0] === '2');
}

/** Reasons that say the address itself is wrong or gone: no words make them temporary ("User unknown. Please try again later"). */
const PERMANENT_BY_NATURE: ReadonlySet<Reason> = new Set<Reason>(['userunknown', 'hostunknown', 'hasmoved', 'notaccept', 'syntaxerror', 'norelaying']);

/**
 * A reply without a code that says it is temporary ("Server busy. Please try again later"), as a whole
 * word, and neither also permanent ("This is not a temporary error") nor of a reason permanent by nature.
 */
function soundsTemporary(lowerText: string, reason: Reason): boolean {
  if (PERMANENT_BY_NATURE.has(reason)) return false;
  // the classifier's one scan says whether any of the words is there at all (most texts hold none)
  const scan = scanText(lowerText);
  if (scan && !scan.matches(TEMPORARY)) return false;
  return TEMPORARY.some((w) => hasWord(lowerText, w)) && !PERMANENT.some((w) => lowerText.includes(w));
}

/** `word` in `text` not inside a longer word ("try later" is not in "country later"). */
function hasWord(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isLetter(text.charCodeAt(at - 1)) && !isLetter(text.charCodeAt(at + word.length))) return true;
  }
  return false;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c >= 0xc0;
}

/**
 * A failure the sending server reports as final (Action: failed) that it kept retrying until its queue
 * time ran out (RFC 3464 §2.3.3): a temporary failure (no answer from the host, X.4.1; time expired,
 * X.4.7), or, with no code at all, only a host that never answered ("connect to mx...: Connection timed
 * out": Postfix returns a message so, with its last deferral's reason).
 */
function gaveUp(facts: Facts, kind: Kind, reason: Reason, lowerText: string): boolean {
  if (kind === 'transient') {
    return GAVE_UP_ON.has(reason) && (!facts.status || facts.status.startsWith('4.4.1') || facts.status.startsWith('4.4.7'));
  }
  return !facts.replyCode && !facts.status && reason === 'networkerror' && findAny(lowerText, NO_ANSWER_PHRASES) !== null;
}

function decide(facts: Facts, lowerText: string): Decision {
  const none = { provider: null, signature: null };
  if (facts.reasonHint && NOT_FAILURES.has(facts.reasonHint)) {
    // the words that told it (an auto-reply's subject, an unsubscribe request's phrase), else the reason
    const match = facts.text ? facts.text.slice(0, MAX_HINT_MATCH) : facts.reasonHint;
    return { reason: facts.reasonHint, evidence: [{ rule: facts.hintRule ?? 'message', field: 'message', match }], ...none };
  }
  // one pass over the text for every phrase and signature fragment (src/classify/multi-matcher.ts)
  const scan = scanText(lowerText);
  if (lowerText && !facts.replyCode && !facts.status && !facts.action && !facts.reasonHint) {
    // a pasted out-of-office or abuse report: no code, nor a notice's words, say it is a failure; its
    // words say what it is ("could not be delivered: the address is no longer active" is a failure)
    const other = findNotFailurePhrase(lowerText, scan);
    const notice = () => (scan ? scan.findAny(FAILURE_NOTICE_MARKERS) : findAny(lowerText, FAILURE_NOTICE_MARKERS));
    if (other && !notice()) return { reason: other.reason, evidence: [other.evidence], ...none };
  }
  const sig = matchSignature(SIGNATURES, facts, lowerText, scan);
  if (sig) return { reason: sig.signature.reason, evidence: sig.evidence, provider: sig.signature.provider, signature: sig.signature.id };

  if (facts.reasonHint) {
    return { reason: facts.reasonHint, evidence: [{ rule: facts.hintRule ?? 'message', field: 'message', match: facts.reasonHint }], ...none };
  }
  const reading = statusReading(facts);
  // made only when the code gives the reason (a phrase decides most texts)
  const statusEvidence = (): Evidence => ({ rule: `status:${reading?.detail}`, field: 'status', match: facts.status });
  if (reading?.reason && reading.reliable) return { reason: reading.reason, evidence: [statusEvidence()], ...none };
  // the sender's own account ("525 5.7.13 User account disabled"), unless the words name the recipient
  if (reading?.reason && reading.ownAccount && findAny(lowerText, NAMES_RECIPIENT) === null) {
    return { reason: reading.reason, evidence: [statusEvidence()], ...none };
  }
  // an addressing code at MAIL FROM speaks of the sender's address
  if (facts.command === 'MAIL' && reading?.detail.startsWith('X.1.')) {
    return { reason: 'rejected', evidence: [statusEvidence(), { rule: 'command:MAIL', field: 'command', match: 'MAIL' }], ...none };
  }

  const strong = lowerText ? findStrongPhrase(lowerText, scan) : null;
  if (strong) {
    if (strong.reason === 'userunknown') return unknownUser(facts, reading, lowerText, strong.evidence);
    return { reason: strong.reason, evidence: [strong.evidence], ...none };
  }
  let weak = lowerText ? findWeakPhrase(lowerText, scan) : null;
  // no phrase of any table: a near pair of words, as a weak phrase (src/knowledge/phrases/near-pairs.ts)
  // (not for a reply that is no failure, "220 ... ready", "354 End data": a pair names a failure's reason)
  if (!weak && lowerText && !(reading?.reason && !reading.catchAll) && !noFailureCode(facts)) weak = findNearPair(lowerText);
  if (reading?.reason && !(weak && reading.catchAll)) return { reason: reading.reason, evidence: [statusEvidence()], ...none, catchAll: reading.catchAll };
  if (weak) {
    // "Access denied" at MAIL FROM refuses the sender, not the sending server
    if (weak.reason === 'userunknown') return unknownUser(facts, reading, lowerText, weak.evidence);
    const reason = weak.reason === 'blocked' && facts.command === 'MAIL' ? 'rejected' : weak.reason;
    return { reason, evidence: [weak.evidence], ...none };
  }

  const failed = facts.replyCode[0] === '5' || facts.replyCode[0] === '4' || facts.status[0] === '5' || facts.status[0] === '4';
  if (failed && facts.command === 'MAIL') return { reason: 'rejected', evidence: [{ rule: 'command:MAIL', field: 'command', match: 'MAIL' }], ...none };
  if (failed && (facts.command === 'HELO' || facts.command === 'EHLO' || facts.command === 'CONN')) {
    return { reason: 'blocked', evidence: [{ rule: `command:${facts.command}`, field: 'command', match: facts.command }], ...none };
  }
  const basic = facts.replyCode ? BASIC_CODE_BY_ID.get(facts.replyCode) : undefined;
  if (basic?.reason) {
    return { reason: basic.reason, evidence: [{ rule: `code:${basic.code}`, field: 'replyCode', match: basic.code }], ...none, catchAll: basic.ambiguous === true };
  }
  if (((facts.status[0] === '2' || facts.replyCode[0] === '2') && !classesDisagree(facts.replyCode, facts.status)) || facts.action === 'delivered') {
    return { reason: 'delivered', evidence: [{ rule: 'kind:success', field: facts.status ? 'status' : 'replyCode', match: facts.status || facts.replyCode }], ...none };
  }
  if (failed) return { reason: 'onhold', evidence: [{ rule: 'fallback:onhold', field: facts.status ? 'status' : 'replyCode', match: facts.status || facts.replyCode }], ...none };
  return { reason: 'undefined', evidence: [], ...none };
}

/**
 * Reply codes that say the host (521) or the domain (556) takes no mail at all (RFC 7504): a mailbox
 * code beside them names no mailbox's state ("521 5.2.1 : AOL will not accept delivery of this message").
 */
const NO_MAIL_CODES: ReadonlySet<string> = new Set(['521', '556']);

/**
 * How the classifier reads the status: not by a loose reading (X.2.0 as a filter) nor by a mailbox's
 * state that is no sure one (X.2.1 "mailbox disabled") beside a 521 or 556, nor at all where its class
 * says success and the reply code failure or the other way round ("550 2.0.0"): the client acts on the
 * reply code (RFC 5321 §4.2.1), so a 550 is a refusal.
 */
function statusReading(facts: Facts): StatusReading | null {
  if (classesDisagree(facts.replyCode, facts.status)) return null;
  const reading = readStatus(facts.status);
  if (reading && NO_MAIL_CODES.has(facts.replyCode) &&
    (reading.reason !== reading.registered || (reading.detail.startsWith('X.2.') && !reading.reliable))) return null;
  return reading;
}

/** A "user unknown" phrase: an unknown recipient, or a filter that says so (src/classify/recipient-or-filter.ts). */
function unknownUser(facts: Facts, reading: StatusReading | null, lowerText: string, phrase: Evidence): Decision {
  const read = recipientOrFilter(facts, reading, lowerText);
  return { reason: read.reason, evidence: read.evidence ? [phrase, read.evidence] : [phrase], provider: null, signature: null };
}

/** True when only the codes decided: no phrase, provider rule or decoder hint. */
function codesOnly(decision: Decision): boolean {
  return decision.evidence.every((e) => e.rule.startsWith('status:') || e.rule.startsWith('code:') || e.rule.startsWith('fallback:'));
}

/**
 * A report of delivery, or a reply that accepted a message: 250 or 251 (RFC 5321 §4.2.2), else a 2.X.X
 * status without a reply code. 220, 221 and 235 answer a connection, a QUIT or a login; 252 a VRFY.
 */
function isDeliveryReport(facts: Facts): boolean {
  if (facts.action === 'delivered') return true;
  // "250 2.1.0 Sender OK", "250 2.1.5 Recipient OK": the answer to MAIL FROM or RCPT TO, not to the message
  if (facts.status.startsWith('2.1.')) return false;
  if (facts.replyCode) return facts.replyCode === '250' || facts.replyCode === '251';
  return facts.status[0] === '2';
}

/** Who has to act: nobody while the sending server still retries a delay; else the signature's or the reason's parties. */
function actorsOf(facts: Facts, decision: Decision, kind: Kind, usual: readonly Actor[]): readonly Actor[] {
  // no error ("221", "354"): nobody acts; a complaint (feedback) still asks the sender to
  if ((kind === 'success' || kind === 'intermediate') && !NOT_FAILURES.has(decision.reason)) return NOBODY;
  if (decision.reason === 'expired' && kind === 'transient' && facts.action !== 'failed') return NOBODY;
  const own = decision.signature ? SIGNATURE_BY_ID.get(decision.signature)?.actors : undefined;
  // a signature names its own parties (a block list: the sending side only); "nobody" (greylisting)
  // holds while the server retries, not once it gave up
  if (own && !(own[0] === 'none' && facts.action === 'failed')) return own;
  // an unclassified deferral told by its reply code alone, still retried: the code's advice says who acts
  // (421: "the sending server retries; if it lasts, its admin reads the reply"), not "you read the bounce"
  if (decision.reason === 'onhold' && kind === 'transient' && facts.action !== 'failed' && !facts.status && codesOnly(decision)) {
    const retrying = BASIC_CODE_BY_ID.get(facts.replyCode)?.retryingActors;
    if (retrying) return retrying;
  }
  // a domain that does not exist has no admin to fix it: only the sender (the address is wrong)
  if (decision.reason === 'hostunknown' && decision.evidence.some((e) => e.rule === NONEXISTENT_DOMAIN_RULE)) return SENDER_ONLY;
  return usual;
}

const SENDER_ONLY: readonly Actor[] = ['sender'];

/**
 * What the words say of the recipient's domain when it is "unknown": that it does not exist (NXDOMAIN),
 * or that it exists with no mail server that works (its DNS fails, a null MX); nothing when they do not say.
 * The evidence decides who acts (actorsOf) and the admin's words (explain.ts).
 */
function readDomainState(lowerText: string, evidence: Evidence[]): void {
  const exists = findAny(lowerText, DOMAIN_WITHOUT_MAIL);
  if (exists) {
    evidence.push({ rule: NO_MAIL_SERVER_RULE, field: 'text', match: exists.match });
    return;
  }
  const absent = findAny(lowerText, NO_SUCH_DOMAIN);
  if (absent) evidence.push({ rule: NONEXISTENT_DOMAIN_RULE, field: 'text', match: absent.match });
}

const NOBODY: readonly Actor[] = ['none'];

function finish(facts: Facts, decision: Decision, kind: Kind, evidence: Evidence[], lowerText: string): Verdict {
  // a catch-all code says no more than "refused": who acts and the retry are an unclassified failure's
  const catchAllOnly = decision.catchAll === true && codesOnly(decision);
  if (decision.reason === 'hostunknown' && !catchAllOnly) readDomainState(lowerText, evidence);
  const fact = REASON_FACTS[catchAllOnly ? 'onhold' : decision.reason];
  let retry: Retry;
  if (kind === 'success' || kind === 'intermediate') retry = 'no-need';
  else retry = kind === 'transient' ? fact.retryTransient : fact.retryPermanent;
  // a temporary error the sending server reports as final (Action: failed) came back: nobody retries now;
  // nor does anything queue a 1xx (101, 111), the client's own failure to connect, where no server answered
  if (retry === 'automatic' && (facts.action === 'failed' || facts.replyCode[0] === '1')) retry = 'later';
  // a signature whose reason's usual answer would mislead (Signature.retry)
  const ownRetry = decision.signature && kind !== 'success' && kind !== 'intermediate' ? SIGNATURE_BY_ID.get(decision.signature)?.retry : undefined;
  // (its 'later' says no queue retries, as at submission: a deferral the sending server keeps is retried)
  if (ownRetry && !(ownRetry === 'later' && kind === 'transient' && facts.action === 'delayed')) retry = ownRetry;
  // a code whose own words explain its reading (EnhancedCodeFact.retryPermanent): "5.5.3 Too many recipients"
  // is no limit that resets by itself, the same message fails again
  else if (kind === 'permanent' && !decision.signature) {
    const reading = readStatus(facts.status);
    if (reading?.retryPermanent && reading.reason === decision.reason && !classesDisagree(facts.replyCode, facts.status)) retry = reading.retryPermanent;
  }
  // a 4xx the server still retries is no hard bounce whatever it says ("450 4.1.1 ... Address verification
  // in progress"): only a permanent failure, or one the sending server gave up on, takes an address off a list;
  // not a 5xx the sending server still keeps queued (Postfix's soft_bounce, often on while its admin fixes a setting)
  const settled = (kind === 'permanent' && facts.action !== 'delayed') || (kind === 'transient' && facts.action === 'failed');
  const hardBounce = settled && isHardBounceReason(decision.reason, kind);
  return {
    reason: decision.reason,
    kind,
    hardBounce,
    retry,
    actors: [...actorsOf(facts, decision, kind, fact.actors)],
    replyCode: facts.replyCode,
    status: facts.status,
    provider: decision.provider,
    signature: decision.signature,
    evidence,
    catchAllOnly,
  };
}
