// One text a person pasted (a code, a reply, a log line, DSN fields) -> one Result.
import { listAction } from './report/tally.js';
import { classify } from './classify/classify.js';
import { CATALOGS } from './i18n/catalog.js';
import { warningMarker } from './message/delay-markers.js';
import { failureNoticeMarker } from './message/looks-like-bounce.js';
import { mayHoldRetryWindow, readRetryWindow, type RetryWindow } from './message/retry-window.js';
import { otherAddress } from './reply/other-address.js';
import { parseReply } from './reply/parse-reply.js';
import { dateFields, isUnrecognised, ownNoticeResult, toResult, unrecognisedResult, type Result } from './result.js';
import { invalidCodeShape } from './reply/find-codes.js';
import { DEFAULT_LOCALE, type Evidence, type Facts, type Locale, type Reason, type Reply } from './types.js';
import { repairMojibake } from './reply/repair-mojibake.js';
import { lowerCase } from './reply/lower-case.js';
import { ACCENTS_RESTORED } from './classify/restore-accents.js';
import { applyServiceHardBounce } from './classify/service-hard-bounce.js';
import { BASIC_CODE_BY_ID } from './knowledge/basic-codes.js';
import { describeBasicCode } from './explain/describe-code.js';

export interface ExplainOptions {
  lang?: Locale;
  file?: string | null;
}

export function explainText(input: string, options: ExplainOptions = {}): Result {
  const text = repairMojibake(input);
  const reply = parseReply(text);
  // a pasted delay warning that quotes the reply after its words ("O Gmail tentará novamente por mais 44
  // horas. ... 451 4.3.0 ..."): the server still retries, for as long as it says
  // (only when words come before the reply: a reply alone holds none)
  const retryWindow = (reply.replyCode[0] === '4' || reply.status[0] === '4') && !reply.action && text.length > reply.text.length + 24 &&
    mayHoldRetryWindow(text) ? readRetryWindow(text.toLowerCase()) : null;
  const result = explainReply(reply, options, retryWindow ? { retryWindow } : {});
  result.listAction = listAction(result);
  return result;
}

/**
 * Whether the text is read as something: a code, a phrase we know, a notice's words; not "hello" or
 * "Maildir", in which nothing was recognised (a word typed on the command line that is no file:
 * src/mailbox/looks-like-path.ts).
 */
export function explainsText(text: string): boolean {
  return !isUnrecognised(explainText(text));
}

/** What a caller knows beside the reply: evidence of its own, a reason it knows for sure (a complaint). */
export interface ReplyContext {
  evidence?: Evidence[];
  reasonHint?: Reason;
  hintRule?: string;
  feedbackType?: string;
  /** What became of the message, when the caller knows it (a log's "status=expired", a sending service's event). */
  action?: 'failed' | 'delayed';
  /** For how long a pasted delay warning says the server keeps trying (then it still retries). */
  retryWindow?: RetryWindow;
  /**
   * The sending service judged the address one that cannot receive mail (its hard bounce): when the reply
   * says nothing of why (reason undefined), that judgment makes the failure a hard bounce, never retried.
   */
  hard?: { rule: string };
}

/** Reasons of an incoming message's refusal that are the refusing server's own fault, not the sender's. */
const OWN_FAULT: ReadonlySet<Reason> = new Set<Reason>(['systemerror', 'systemfull', 'mailererror', 'networkerror']);

/** Reply sources that are a mail server's own log line (src/reply/parse-log-line.ts). */
const LOG_SOURCES: ReadonlySet<string> = new Set(['postfix', 'sendmail', 'exim', 'opensmtpd']);

/** A reply already read (a text's, or one an ESP event gave with its recipient apart) -> one Result. */
export function explainReply(reply: Reply, options: ExplainOptions = {}, known: ReplyContext = {}): Result {
  if (reply.ownNotice) {
    const notice = ownNoticeResult({ file: options.file ?? null, lang: options.lang ?? DEFAULT_LOCALE }, reply.ownNotice, reply.text);
    if (reply.date) Object.assign(notice, dateFields(reply.date));
    return notice;
  }
  const codeless = !reply.replyCode && !reply.status;
  // the words of a notice pasted without its technical part: Gmail's "Gmail will retry for 47 more
  // hours", Microsoft 365's "Delivery has failed to these recipients or groups"
  const lower = codeless ? lowerCase(reply.text) : '';
  const warning = codeless ? warningMarker(lower) : null;
  const facts: Facts = {
    replyCode: reply.replyCode,
    status: reply.status,
    text: reply.text,
    command: reply.command,
    remoteHost: reply.remoteHost,
    recipient: reply.recipient,
    action: known.action ?? reply.action ?? (warning || known.retryWindow ? 'delayed' : null),
    reasonHint: known.reasonHint ?? null,
    hintRule: known.hintRule,
    feedbackType: known.feedbackType ?? null,
    fromLog: LOG_SOURCES.has(reply.source),
    remoteMx: reply.remoteMx === true,
  };
  const verdict = classify(facts);
  if (reply.inbound) {
    // the reader's own server refused incoming mail: no address of theirs bounced, and nobody on their
    // side acts, but for a refusal that came from the server's own fault (a lookup table, the disk)
    verdict.hardBounce = false;
    verdict.actors = OWN_FAULT.has(verdict.reason) ? ['recipient-admin'] : ['none'];
  }
  verdict.evidence.unshift(...(known.evidence ?? []));
  // the service's own hard bounce decides what no reply told (a delay it still retries is none)
  if (known.hard) applyServiceHardBounce(verdict, facts.action, known.hard.rule);
  // a log line's time: when the delivery failed (the CSV's date, the days of repeated failures)
  const ctx = { file: options.file ?? null, lang: options.lang ?? DEFAULT_LOCALE, date: reply.date ?? null };
  if (warning) {
    // the delay is the notice's words, not an Action field
    const words = { rule: 'notice:delayed', field: 'text', match: warning };
    const at = verdict.evidence.findIndex((e) => e.rule === 'action:delayed');
    if (at >= 0) verdict.evidence[at] = words;
    else verdict.evidence.push(words);
  } else if (codeless && verdict.reason === 'undefined' && verdict.evidence.every((e) => e.rule === ACCENTS_RESTORED)) {
    // no code and no phrase: a failure notice that does not say why, or not a failure we can explain
    // ("hello"), and then say what to paste instead
    const failure = failureNoticeMarker(lower);
    if (!failure) return unrecognisedResult(ctx, invalidCodeShape(reply.text));
    verdict.evidence.push({ rule: 'notice:failure', field: 'text', match: failure });
  }
  const original = otherAddress(reply.originalRecipient, reply.recipient);
  const withOriginal = original ? { ...ctx, originalRecipient: original } : ctx;
  const retryWindow = warning ? readRetryWindow(lower) : known.retryWindow ?? null;
  const result = toResult(facts, verdict, retryWindow ? { ...withOriginal, retryWindow } : withOriginal);
  if (reply.inbound) return inboundWords(result, reply.inbound);
  if (isQueueRunReply(facts, result)) return queueRunWords(result);
  if (!reply.local) return result;
  return ADDRESS_REASONS.has(result.reason) ? localMailboxWords(result) : localWords(result);
}

/** Reasons that speak of the recipient's address or mailbox, true whether the delivery is local or not. */
const ADDRESS_REASONS: ReadonlySet<Reason> = new Set<Reason>(['userunknown', 'mailboxfull', 'suspend', 'hasmoved', 'filtered', 'delivered', 'vacation', 'feedback']);

/**
 * A delivery to a mailbox of the reader's own server failed for the address itself (an unknown local
 * user, a full mailbox): the reason and its words stay, but the recipient's admin is the reader's own,
 * and has a step of their own (refuse unknown users at RCPT time, against backscatter; the quota).
 */
function localMailboxWords(r: Result): Result {
  const words = CATALOGS[r.lang].ui.localMailbox;
  const adminAdvice = words.adminAdvice[r.reason as keyof typeof words.adminAdvice];
  if (!adminAdvice) return r;
  const actors: Result['actors'] = r.actors.includes('recipient-admin') ? r.actors : [...r.actors.filter((a) => a !== 'none'), 'recipient-admin'];
  return {
    ...r, adminAdvice, actors,
    whoActs: actors.map((a) => (a === 'recipient-admin' ? words.admin : CATALOGS[r.lang].ui.actor[a])),
    evidence: [...r.evidence, { rule: 'log:local-mailbox', field: 'text', match: r.recipient ?? '' }],
  };
}

/**
 * A delivery on the reader's own server failed (to a mailbox, a program, a content filter): the
 * "recipient's server" is theirs, and a remote server's words (a block list, "tell the recipient")
 * would mislead. The reason and codes stay.
 */
function localWords(r: Result): Result {
  const words = CATALOGS[r.lang].ui.localDelivery;
  const actors: Result['actors'] = ['recipient-admin'];
  return {
    ...r, summary: words.summary, meaning: words.meaning, advice: words.advice, adminAdvice: null, actors,
    whoActs: [CATALOGS[r.lang].ui.localMailbox.admin],
    evidence: [...r.evidence, { rule: 'log:local-delivery', field: 'text', match: r.recipient ?? '' }],
  };
}

/**
 * A reply to ETRN or ATRN ("458", "453 You have no mail") with no enhanced code and no reason in its words:
 * it answers a queue run, about no message ("453 4.3.2" is a delivery refused, and stays one).
 */
function isQueueRunReply(facts: Facts, r: Result): boolean {
  if (facts.status || facts.action || (r.reason !== 'onhold' && r.reason !== 'undefined')) return false;
  const fact = BASIC_CODE_BY_ID.get(facts.replyCode);
  return !!fact && 'queueRun' in fact && fact.queueRun === true;
}

/** The code's own words, and no bounce: no message of the reader failed, none is retried nor to resend. */
function queueRunWords(r: Result): Result {
  const ui = CATALOGS[r.lang].ui;
  const code = describeBasicCode(r.replyCode, r.lang);
  return {
    ...r, bounce: false, retry: 'no-need', retryText: ui.retryQueueRun,
    ...(code ? { summary: `${code.title}.`, meaning: code.meaning, advice: code.advice } : {}),
    adminAdvice: null,
  };
}

/** A refusal by the reader's own server of incoming mail: its words, not a bounce's (the reason and codes stay). */
function inboundWords(r: Result, inbound: NonNullable<Reply['inbound']>): Result {
  const ui = CATALOGS[r.lang].ui;
  return {
    ...r,
    // no message of the reader's bounced: counted as no bounce, on no list to clean
    bounce: false,
    summary: ui.inbound.summary(inbound.client, inbound.from, r.recipient),
    meaning: ui.inbound.meaning(ui.reasonName[r.reason]),
    // a relay refusal is mostly an open-relay probe: never "allow them in your rules"
    advice: OWN_FAULT.has(r.reason) ? ui.inbound.ownFault : r.reason === 'norelaying' ? ui.inbound.norelaying : ui.inbound.advice,
    adminAdvice: null,
    retryText: ui.inbound.retry,
    evidence: [...r.evidence, { rule: 'log:inbound-refusal', field: 'text', match: inbound.client ?? inbound.from ?? '' }],
  };
}
