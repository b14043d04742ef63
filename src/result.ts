// The result object: one per recipient (or per input when it names none). The CLI's NDJSON, the HTTP
// API and the web page all show this same object.
import { quotedText } from './i18n/quoted-text.js';
import type { ListAction } from './report/tally.js';
import type { CodeDescription } from './explain/describe-code.js';
import { explain } from './explain/explain.js';
import { CATALOGS } from './i18n/catalog.js';
import { REPORTS } from './report/catalog.js';
import { groupDigits } from './i18n/group-digits.js';
import { findNewAddress } from './reply/new-address.js';
import { ACCENTS_RESTORED, restoreAccents } from './classify/restore-accents.js';
import type { RetryWindow } from './message/retry-window.js';
import type { OwnNotice } from './reply/own-notice.js';
import type { MailProblem } from './mailbox/types.js';
import type { Actor, Evidence, Facts, Locale, Reason, ResultKind, Retry, Verdict } from './types.js';
import { isoDateTime } from './report/utc-date.js';

export interface MessageInfo {
  /** The bounced (original) message, when the bounce carries it. */
  messageId: string | null;
  subject: string | null;
  from: string | null;
  date: string | null;
  /** The MTA that wrote the bounce: the Reporting-MTA of its delivery-status part. */
  reportingMta: string | null;
  /**
   * The returned message's List-Id (RFC 2919), the id without its name and brackets ("news.example.com"):
   * which of the sender's lists the bounce belongs to.
   */
  listId: string | null;
  /** The bounce's own Date field: when the notice was written, near when delivery failed. */
  noticeDate: string | null;
  /**
   * The notice's own Message-ID (of the message read, not of the returned one): the same notice read
   * twice (two overlapping exports) has the same, and the reports count it once.
   */
  noticeId: string | null;
  /** When the notice has no Message-ID: a digest of its bytes (notice-digest.ts), which the same message read again has too. */
  noticeDigest: string | null;
  /** The address of the notice's own From: for a reply or an auto-reply, the person who wrote or set it up. */
  noticeFrom: string | null;
}

/**
 * What a result is, for a program: the same in every language (the summary says it in words). One
 * constructor below makes each; `bounce`, `kind` and `listAction` do not tell the ones that are no
 * verdict apart.
 */
export const RESULT_OUTCOMES = [
  /** A reply, a report, a log line or a sending service's event was read (toResult): a failure, a deferral, a delivery, an automatic reply, a complaint; also the reader's own server refusing incoming mail and a queue-run reply (bounce false). */
  'verdict',
  /** A text in which no reply was read: no code, no phrase known ("hello"), or a code no reply can have ("699"); a part of a paste in which nothing was read. */
  'no-reply-found',
  /** A message (or a file) that is no report about a delivery: an ordinary e-mail. */
  'not-a-bounce',
  /** A line or an event that says something other than a delivery: the reader's own server's notice (log:own-notice:*), a sending service's event about an address that is no failure (reactivated, resubscribed, a state no service documents, a subscription's confirmation). */
  'notice',
  /** A mail log none of whose deliveries failed or was deferred. */
  'quiet-log',
  /** A sending service's events none of which is a failure. */
  'quiet-events',
  /** Standard input that brought nothing, or a file named on the command line with nothing in it: no error. */
  'empty-input',
  /** The input, or a part of it, could not be read, or was not read to its end: `error` says why in words, `errorCode` with a stable id. */
  'error',
] as const;
export type ResultOutcome = (typeof RESULT_OUTCOMES)[number];

/**
 * Why an input could not be read, as a stable id (`error` says it in the result's language): a mailbox's
 * or an archive's problem (MailProblem), or one of the library's, the web page's and the readers' own.
 */
export const RESULT_ERROR_CODES = [
  // a file, a folder or a message of a mailbox (MailProblem)
  'not-found', 'unreadable-file', 'unreadable-folder', 'empty-message', 'no-headers', 'events-too-large', 'text-cut', 'events-unreadable',
  /** A crash while reading the input (a bug, or an input no reader expected). */
  'internal',
  // a zip or tar archive, or one file in it (ArchiveProblem)
  'archive-damaged', 'archive-entry-damaged', 'archive-encrypted', 'archive-method', 'archive-too-large', 'archive-more', 'archive-empty',
  'archive-total', 'archive-nested', 'archive-document',
  /** Results past the cap (maxResults, a request's, the page's): the input was not read to its end. */
  'too-many-results',
  /** A message naming more recipients than are read: the others were not read. */
  'more-recipients',
  /** An e-mail that could not be parsed. */
  'unreadable-message',
  /** A delivery report (RFC 3464) that names no recipient: cut short or damaged. */
  'damaged-report',
  /** Plainly a bounce by its sender or subject, with no body. */
  'empty-notice',
  /** A sending service's event about a change told only by the message's several recipients: whose it is cannot be known. */
  'several-recipients',
  /** An empty file, an empty text (analyze('')), given to the library. */
  'empty-file', 'empty-text',
  /** A file that is no text: an Outlook .msg, a compressed file, other binary bytes. */
  'outlook-file', 'compressed-file', 'binary-file',
  /** A sending service's JSON cut short or malformed. */
  'broken-json',
  /** analyzeStream(): a stream that is no mbox nor log past MAX_UNPACKED_BYTES; a stream that failed midway. */
  'stream-too-large', 'stream-failed',
  /** The web page: a file too large for the page; an item the page stopped reading. */
  'file-too-large', 'analysis-stopped',
] as const;
export type ResultErrorCode = (typeof RESULT_ERROR_CODES)[number];
// every problem of a mailbox or an archive is an error code: one added there and not here does not compile
const MAIL_PROBLEMS_ARE_CODES: readonly ResultErrorCode[] = [] as MailProblem[];
void MAIL_PROBLEMS_ARE_CODES;

export interface Result {
  /** What this result is (RESULT_OUTCOMES): the same in every language, for a program to tell results that are no verdict apart. */
  outcome: ResultOutcome;
  file: string | null;
  /**
   * true when the input was read as a report about a delivery: a failure or a deferral, but also a
   * delivery (a 250 reply, reason "delivered"), an automatic reply (vacation) or a complaint (feedback).
   * false for a text in which no such report is read (reason "undefined", listAction "not-bounce"), an
   * input that could not be read (`error`), the reader's own server refusing incoming mail (--inbound) and
   * a queue-run reply (453, 458, 459: no message failed). Not "a failure": that is a bounce whose `kind`
   * is permanent or transient (tally.ts isBounce, the counts of bounces); what to do with the address is
   * `listAction`. Its values are kept as they are: the counts and the Sisimai-compatible output read them.
   */
  bounce: boolean;
  recipient: string | null;
  /**
   * The address the sender wrote, when the report gives it and it differs from `recipient` (an alias or
   * a forward, RFC 3464 Original-Recipient): the one on a mailing list.
   */
  originalRecipient: string | null;
  /** The new address the reply gives for a recipient who moved (reason hasmoved), else null. */
  newAddress: string | null;
  replyCode: string;
  status: string;
  /** true when `status` is a Sisimai-style X.0.9NN code derived from the reason (the bounce had none). */
  statusDerived: boolean;
  reason: Reason;
  /** The reply's kind; error when the input could not be read (then `error` says why). */
  kind: ResultKind;
  hardBounce: boolean;
  retry: Retry;
  actors: Actor[];
  summary: string;
  meaning: string;
  advice: string;
  adminAdvice: string | null;
  whoActs: string[];
  retryText: string;
  kindText: string;
  /** What the reply code and the enhanced code mean on their own, with their standard status. */
  codes: { replyCode: CodeSummary | null; status: CodeSummary | null };
  evidence: Evidence[];
  provider: string | null;
  signature: string | null;
  /**
   * Where the rule that decided is documented, as the rule names it, in every language (data a script may
   * compare); the text output and the web page show the page in the reader's language (`localizedUrl()`).
   */
  providerSource: string | null;
  command: string | null;
  remoteHost: string | null;
  /** The diagnostic text the verdict read. */
  diagnostic: string;
  feedbackType: string | null;
  action: string | null;
  /**
   * When the failure happened, as written (RFC 5322: "Mon, 30 Nov 2026 10:00:00 -0300", or no zone when
   * a log gives none): a bounce's report's Last-Attempt-Date for the recipient, else its Arrival-Date, else
   * the notice's own Date (`message.noticeDate`, written near the failure); a log line's or an event's time.
   * Set with dateFields(), which keeps `dateIso` with it.
   */
  date: string | null;
  /**
   * `date` as ISO 8601 at the offset it is written with ("2026-11-30T10:00:00-03:00", "…Z" at UTC, no
   * offset when `date` has no zone); null when there is no date or it cannot be read.
   */
  dateIso: string | null;
  /** Will-Retry-Until of a delayed DSN, as written: until when the sending server keeps trying. */
  retryUntil: string | null;
  message: MessageInfo | null;
  lang: Locale;
  /**
   * What the list owner does about the address: remove, retry, fix-your-side (then resend), nothing,
   * not-bounce or error; the CSV's action column (src/report/tally.ts listAction()). Set by analyze(),
   * explainText() and the faces (command line, HTTP API, web page); hardBounce alone does not say it (a
   * disabled mailbox or a complaint is removed too).
   */
  listAction?: ListAction;
  /** Why this input could not be read (the other fields then say so); null on every other result. */
  error: string | null;
  /** `error`'s stable id (RESULT_ERROR_CODES), the same in every language; null when `error` is. */
  errorCode: ResultErrorCode | null;
}

export interface CodeSummary {
  code: string;
  title: string;
  standard: boolean;
  rfc: string | null;
  /** "standard, RFC 5321 §4.2.3" / "not defined by any RFC", in the result's language. */
  standardText: string;
}

export function summariseCode(d: CodeDescription | null): CodeSummary | null {
  return d ? { code: d.code, title: d.title, standard: d.standard, rfc: d.rfc, standardText: d.standardText } : null;
}

/**
 * Marks a result whose `date` is not its recipient's own (a DSN recipient block's Last-Attempt-Date, a log
 * line's or an event's time) but the report's Arrival-Date or the notice's Date. A symbol key, out of the
 * JSON: only --format sisimai reads it (ownDate()), whose timestamp follows Sisimai's order of dates. A
 * registered symbol: the same in every copy of this module (a bundle's results equal the library's).
 */
const DATE_NOT_OWN = Symbol.for('smtp-explain.dateNotOwn');

/** `r` marked as dated by its report's Arrival-Date or its notice's Date, not by a date of its own. */
export function markDateNotOwn(r: Result): Result {
  (r as Result & { [DATE_NOT_OWN]?: true })[DATE_NOT_OWN] = true;
  return r;
}

/** The recipient's own date: `date`, unless it was taken from the report or the notice (markDateNotOwn()). */
export function ownDate(r: Result): string | null {
  return (r as Result & { [DATE_NOT_OWN]?: true })[DATE_NOT_OWN] ? null : r.date;
}

/** A result's `date` and its `dateIso`, which go together: set a result's date with these. */
export function dateFields(date: string | null): Pick<Result, 'date' | 'dateIso'> {
  return { date, dateIso: isoDateTime(date) };
}

/**
 * Whether the input of a result could not be read (its `error` says why). A result saved by a version
 * before `error` was always there (null) has none: that is no error either.
 */
export function hasError<T extends Pick<Result, 'error'>>(r: T): r is T & { error: string } {
  return r.error !== null && r.error !== undefined;
}

export interface ResultContext {
  file: string | null;
  lang: Locale;
  statusDerived?: boolean;
  message?: MessageInfo | null;
  date?: string | null;
  retryUntil?: string | null;
  retryWindow?: RetryWindow | null;
  originalRecipient?: string | null;
  /** The new address a decoder read for a recipient who moved; else it is looked for in the text. */
  newAddress?: string | null;
}

export function toResult(facts: Facts, verdict: Verdict, ctx: ResultContext): Result {
  const newAddress = verdict.reason === 'hasmoved' ? ctx.newAddress ?? findNewAddress(facts.text, facts.recipient) : null;
  const ex = explain(verdict, ctx.lang, {
    newAddress,
    statusDerived: ctx.statusDerived ?? false, action: facts.action ?? null, retryUntil: ctx.retryUntil ?? null, retryWindow: ctx.retryWindow ?? null,
    feedbackType: facts.feedbackType ?? null, hasText: facts.text.trim() !== '',
  });
  return {
    outcome: 'verdict',
    file: ctx.file,
    bounce: true,
    recipient: facts.recipient,
    originalRecipient: ctx.originalRecipient ?? null,
    newAddress,
    replyCode: verdict.replyCode,
    status: verdict.status,
    statusDerived: ctx.statusDerived ?? false,
    reason: verdict.reason,
    kind: verdict.kind,
    hardBounce: verdict.hardBounce,
    retry: verdict.retry,
    actors: verdict.actors,
    summary: ex.summary,
    meaning: ex.meaning,
    advice: ex.advice,
    adminAdvice: ex.adminAdvice,
    whoActs: ex.whoActs,
    retryText: ex.retryText,
    kindText: ex.kindText,
    codes: { replyCode: summariseCode(ex.replyCodeInfo), status: summariseCode(ex.statusInfo) },
    evidence: verdict.evidence,
    provider: verdict.provider,
    signature: verdict.signature,
    providerSource: ex.providerSource,
    command: facts.command,
    remoteHost: facts.remoteHost,
    // the text as the classifier read it: with the accents a log lost, as the evidence says
    diagnostic: verdict.evidence.some((e) => e.rule === ACCENTS_RESTORED) ? restoreAccents(facts.text)?.text ?? facts.text : facts.text,
    feedbackType: facts.feedbackType ?? null,
    action: facts.action ?? null,
    // (the two fields written out, not spread from dateFields(): a spread in this literal made every result slower to build)
    date: ctx.date ?? null,
    dateIso: isoDateTime(ctx.date ?? null),
    retryUntil: ctx.retryUntil ?? null,
    message: ctx.message ?? null,
    lang: ctx.lang,
    error: null,
    errorCode: null,
  };
}

export interface ResultCtx { file: string | null; lang: Locale; message?: MessageInfo | null }

function emptyResult(ctx: ResultCtx, outcome: ResultOutcome): Result {
  const ui = CATALOGS[ctx.lang].ui;
  return {
    outcome, file: ctx.file, bounce: false, recipient: null, originalRecipient: null, newAddress: null, replyCode: '', status: '', statusDerived: false, reason: 'undefined',
    kind: 'success', hardBounce: false, retry: 'no-need', actors: ['none'], summary: ui.notBounce, meaning: ui.notBounceMeaning,
    advice: ui.notBounceAdvice, adminAdvice: null, whoActs: [ui.actor.none], retryText: ui.retry['no-need'], kindText: '',
    codes: { replyCode: null, status: null }, evidence: [], provider: null, signature: null, providerSource: null, command: null, remoteHost: null, diagnostic: '',
    feedbackType: null, action: null, date: null, dateIso: null, retryUntil: null, message: ctx.message ?? null, lang: ctx.lang, error: null,
    errorCode: null,
  };
}

/**
 * `whole`: the message was read with its headers (a file, a mailbox's message): the advice to paste
 * it whole has nothing to add.
 */
export function notBounceResult(ctx: ResultCtx, whole = false): Result {
  const r = emptyResult(ctx, 'not-a-bounce');
  if (whole) r.advice = '';
  return r;
}

/** A mail log whose delivery lines all say the mail was delivered: no failure to explain. */
export function quietLogResult(ctx: ResultCtx, deliveries: number): Result {
  const words = CATALOGS[ctx.lang].ui.quietLog;
  return { ...emptyResult(ctx, 'quiet-log'), summary: words.summary, meaning: words.meaning(deliveries, groupDigits(deliveries, ctx.lang) ?? String(deliveries)), advice: words.advice };
}

/**
 * Standard input that brought nothing, or (`file`) a file with nothing in it: no error, nothing to
 * explain (a grep that matched no line, a log logrotate has just emptied).
 */
export function emptyInputResult(ctx: ResultCtx, file = false): Result {
  const words = CATALOGS[ctx.lang].ui.emptyInput;
  return { ...emptyResult(ctx, 'empty-input'), summary: file ? words.fileSummary : words.summary, meaning: file ? words.fileMeaning : words.meaning, advice: '' };
}

/** A sending service's events (JSON or a CSV list) none of which is a failure: nothing to explain. */
export function quietEventsResult(ctx: ResultCtx, others: number): Result {
  const words = CATALOGS[ctx.lang].ui.quietEvents;
  return { ...emptyResult(ctx, 'quiet-events'), summary: words.summary, meaning: words.meaning(others, groupDigits(others, ctx.lang) ?? String(others)), advice: words.advice };
}

/**
 * A sending service's event about an address that is no failure (a reactivated or resubscribed address):
 * its own words, the recipient and the evidence, no bounce.
 */
export function eventNoticeResult(
  ctx: ResultCtx, words: { summary: string; meaning: string; advice: string }, recipient: string, evidence: Evidence[], date: string | null,
): Result {
  return { ...emptyResult(ctx, 'notice'), recipient, summary: words.summary, meaning: words.meaning, advice: words.advice, evidence, ...dateFields(date) };
}

/** A log line of the reader's own server that is no delivery (src/reply/own-notice.ts): what it says, no bounce. */
export function ownNoticeResult(ctx: ResultCtx, notice: OwnNotice, text: string): Result {
  const words = CATALOGS[ctx.lang].ui.ownNotice[notice.id];
  return {
    ...emptyResult(ctx, 'notice'), summary: words.summary(notice.daemon), meaning: words.meaning, advice: words.advice, diagnostic: text,
    evidence: [{ rule: `log:own-notice:${notice.id}`, field: 'text', match: notice.daemon }],
  };
}

/**
 * A text in which nothing was recognised: no reply code, no status, no phrase we know ("hello"). It is
 * not explained as a failure: the person is told what to paste instead.
 */
export function unrecognisedResult(ctx: ResultCtx, invalidCode: 'reply' | 'status' | null = null): Result {
  const ui = CATALOGS[ctx.lang].ui;
  // "699", "6.0.0": shaped as a code, but of a class no code has
  // no reply read: whether anything failed is not known ("nothing failed" would be said of "999"), and no one is named to act
  const unknown = { ...emptyResult(ctx, 'no-reply-found'), whoActs: [], retryText: ui.unrecognisedRetry, advice: ui.noCodeAdvice };
  if (invalidCode) return { ...unknown, summary: ui.invalidCode.summary, meaning: ui.invalidCode[invalidCode] };
  return { ...unknown, summary: ui.noCodeSummary, meaning: ui.noCodeMeaning };
}

/** Whether a result is unrecognisedResult()'s (or a part's): nothing in its text was recognised. */
export function isUnrecognised(r: Pick<Result, 'outcome'>): boolean {
  return r.outcome === 'no-reply-found';
}

/** Characters of a part's first line quoted in unrecognisedPartResult(). */
const EXCERPT_CHARS = 60;

/**
 * A part of a paste of several notices in which nothing was recognised: said, with the start of its
 * first line, where the other parts give their results.
 */
export function unrecognisedPartResult(ctx: ResultCtx, firstLine: string): Result {
  const words = CATALOGS[ctx.lang].ui.unrecognisedPart;
  const line = quotedText(firstLine).trim().replace(/\s+/g, ' ');
  return { ...unrecognisedResult(ctx), summary: words.summary(excerpt(line)), meaning: words.meaning, advice: words.advice };
}

/** The start of a line, cut at a word's end when it is long. */
function excerpt(line: string): string {
  if (line.length <= EXCERPT_CHARS) return line;
  const cut = line.slice(0, EXCERPT_CHARS - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > EXCERPT_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** An input that could not be read: `message`, why in words; `code`, its stable id. */
export function errorResult(message: string, ctx: ResultCtx, code: ResultErrorCode): Result {
  const ui = CATALOGS[ctx.lang].ui;
  return {
    ...emptyResult(ctx, 'error'), kind: 'error', summary: ui.errorSummary(message), meaning: '', advice: '', whoActs: [], retryText: ui.errorRetry, kindText: ui.errorKind,
    error: message, errorCode: code,
  };
}

/**
 * A crash while reading one input (a bug, or an input no reader expected): an error result for it, in
 * the language of the others, with the error's message and not its stack. The other inputs go on.
 */
export function internalErrorResult(error: unknown, ctx: ResultCtx): Result {
  return errorResult(REPORTS[ctx.lang].problem.internal(error instanceof Error ? error.message : String(error)), ctx, 'internal');
}

/** An input's results, or an error result when there are none: every input yields at least one result. */
export function atLeastOneResult(results: Result[], ctx: ResultCtx): Result[] {
  return results.length ? results : [internalErrorResult('no result', ctx)];
}
