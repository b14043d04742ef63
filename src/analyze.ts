// The library's front door: any input a person has (a code, a reply, log lines or a whole mail log, a
// sending service's JSON events, a pasted bounce body, a whole bounce e-mail) -> results, one per
// recipient (per failed delivery of a log).
import { quotedText } from './i18n/quoted-text.js';
import { noticeFirstLine, splitPastedNotices } from './message/split-pasted-notices.js';
import { splitPastedReplies } from './message/split-pasted-replies.js';
import { setListActions } from './report/tally.js';
import { explainReply, explainText, type ExplainOptions } from './explain-text.js';
import { askForDetails } from './explain/ask-for-details.js';
import { CATALOGS } from './i18n/catalog.js';
import { emlxMessage } from './message/emlx.js';
import { fileContent } from './message/file-content.js';
import { withDisplayedHeaders, withoutPaneChrome } from './message/displayed-headers.js';
import { hasMailHeaders, looksLikeHeaders, opensWithHeaders } from './message/header-block.js';
import { analyzeMessage } from './message/analyze-message.js';
import { outlookMessage } from './message/outlook-msg.js';
import { REPORTS } from './report/catalog.js';
import { MAX_MESSAGE_BYTES } from './message/limits.js';
import type { EspEvent, EventsReading } from './reply/esp-events.js';
import { readEvents } from './reply/read-events.js';
import { logLineLabel, readLogTextPaced, type DeliveryCounts, type FailedLine, type LogReading } from './reply/log-file.js';
import { logLineDate } from './reply/log-date.js';
import { opensWithPrefixedLogLine } from './reply/log-prefix.js';
import { cleanAddress, findAddress } from './reply/find-address.js';
import { readFields } from './reply/parse-dsn-fields.js';
import { parseReply } from './reply/parse-reply.js';
import { dateFields, errorResult, eventNoticeResult, hasError, isUnrecognised, notBounceResult, quietEventsResult, quietLogResult, unrecognisedPartResult, type Result, type ResultErrorCode } from './result.js';
import { listWords } from './i18n/list-words.js';
import { groupDigits } from './i18n/group-digits.js';
import { DEFAULT_LOCALE } from './types.js';
import { repairMojibake } from './reply/repair-mojibake.js';
import { ACCENTS_RESTORED } from './classify/restore-accents.js';
import { pastedSession } from './reply/transcript.js';
import { Pace } from './pace.js';

/** Inputs longer than this many lines that are not a multi-line reply are read as a pasted bounce body. */
const PASTED_BODY_MIN_LINES = 3;

/** True when the text is best read as a whole message (headers, or a pasted multi-line body). */
export function isMessageLike(text: string): boolean {
  const head = text.slice(0, 8192);
  if (opensWithHeaders(head)) return true;
  const lines = head.split(/\r\n|\r|\n/).filter((l) => l.trim());
  if (lines.length < PASTED_BODY_MIN_LINES) return false;
  // a multi-line SMTP reply ("550-5.1.1 ..." lines) or pasted DSN fields are one reply
  const replyLines = lines.filter((l) => /^\s*[245]\d\d[ \-]/.test(l)).length;
  const fieldLines = lines.filter((l) => /^(?:diagnostic-code|status|final-recipient|original-recipient|action|remote-mta|reporting-mta)\s*:/i.test(l)).length;
  // ...unless they are the fields of several recipients, each to be read on its own (a report's blocks)
  if (lines.filter((l) => /^final-recipient\s*:/i.test(l)).length > 1) return true;
  // ...or replies that each open on a recipient of their own (a sendmail transcript's "554 <ana@...>... 550
  // Host unknown", then "554 <bia@...>..."): one reply answers one command, for one recipient at most
  if (replyRecipients(lines) > 1) return true;
  return replyLines < lines.length - 1 && fieldLines < lines.length - 1;
}

/** How many different addresses open the reply lines, in angle brackets right after their code. */
function replyRecipients(lines: readonly string[]): number {
  const seen = new Set<string>();
  for (const l of lines) {
    const m = /^\s*[45]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3} )?<([^<>\s@]+@[^<>\s@]+)>/.exec(l);
    if (m) seen.add(m[1]!.toLowerCase());
  }
  return seen.size;
}

/**
 * DSN fields pasted from a bounce ("Final-Recipient: ...", "Status: ...") look like a header block, but
 * they are the body of a report: read with no header block. ("Status" and "Action" alone may start a
 * stored message's headers, so they do not count here.)
 */
const PASTED_DSN_START = /^(?:reporting-mta|final-recipient|original-recipient|x-actual-recipient|diagnostic-code|remote-mta|received-from-mta|feedback-type)[ \t]*:/i;
/** "Status:" or "Action:" first: DSN fields too when another DSN field follows within a few lines (an mbox's "Status: RO" does not). */
const STATUS_OR_ACTION = /^(?:status|action)[ \t]*:/i;
const OTHER_DSN_FIELD = /^(?:status|action|diagnostic-code|final-recipient|remote-mta)[ \t]*:/i;

const FEEDBACK_TYPE = /^feedback-type[ \t]*:/i;
const RECIPIENT_FIELD = /^(?:final|original)-recipient[ \t]*:/im;

/** Pasted fields of a feedback report (RFC 5965 §3.1): its type, and the complaining recipient. */
function pastedFeedback(text: string, options: ExplainOptions): Result {
  const fields = readFields(text);
  const type = (fields.get('feedback-type') ?? '').trim().toLowerCase() || 'abuse';
  const recipient = cleanAddress(fields.get('original-rcpt-to') ?? '') ?? findAddress(fields.get('removal-recipient') ?? '');
  const reply = { replyCode: '', status: '', text: '', recipient, command: null, remoteHost: null, source: 'feedback' };
  return explainReply(reply, options, {
    reasonHint: 'feedback', hintRule: `arf:${type}`, feedbackType: type,
    evidence: [{ rule: 'arf:pasted', field: 'Feedback-Type', match: type }],
  });
}

/** Whether pasted text (or a file's start) is a block of DSN or feedback-report fields, in any order. */
function pastedFields(head: string): boolean {
  const start = head.trimStart();
  if (PASTED_DSN_START.test(start)) return true;
  if (!STATUS_OR_ACTION.test(start)) return false;
  return start.split('\n', 6).slice(1).some((line) => OTHER_DSN_FIELD.test(line));
}

/** The first bytes of a file, enough to see its first line. */
function latin1Head(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length && i < 64; i++) out += String.fromCharCode(bytes[i]!);
  return out;
}

export interface AnalyzeOptions extends ExplainOptions {
  /**
   * At most this many results for a log's lines or a sending service's events, then one that says how
   * many more there were (the web page and the API hold all results of a request at once). No cap by
   * default.
   */
  maxResults?: number;
  /**
   * @internal A program's call to the library: a capped input's words name the option (maxResults) and
   * analyzePaths(), not a request nor the command line.
   */
  forLibrary?: boolean;
  /**
   * Stops the reading when aborted: checked before the input is read, between an mbox's messages and
   * every few hundred lines of a mail log; the promise then rejects with the signal's reason.
   */
  signal?: AbortSignal;
  /**
   * @internal The pace of the caller's loop (analyze-input.ts: an mbox's messages), which a log's lines
   * go on; else one of `signal`.
   */
  pace?: Pace;
}

export async function analyze(input: string | Uint8Array, options: AnalyzeOptions = {}): Promise<Result[]> {
  return setListActions(await analyzeInput(input, options, { logLines: null }));
}

/**
 * A pasted text read in parts, each on its own: several notices pasted one after the other, or replies
 * for several recipients one per line. A count of what was pasted, not of messages.
 */
export interface PastedParts {
  kind: 'notices' | 'replies';
  count: number;
}

/** What an input turned out to be, as far as counting it goes. */
export interface InputReading {
  /** A mail log's failed or deferred delivery lines (every one read, also past maxResults); null for no mail log. */
  logLines: number | null;
  /** The parts a pasted text was read in; null for a text read whole (or no text). */
  parts?: PastedParts | null;
  /** A run of logs this input is a file of (log-run-results.ts): a log is read into it, not alone. */
  logRun?: LogRunReader;
  /** How the deliveries a mail log recorded ended (of this input, in a run: those it settled); null for no mail log. */
  deliveries?: DeliveryCounts | null;
}

/**
 * Reads a log's text as the next file of a run of logs: its results now (the deferrals it leaves are
 * held for the run's later files), and how many failed or deferred lines it gave.
 */
export type LogRunReader = (text: string, options: AnalyzeOptions) => Promise<{ results: Result[]; lines: number; deliveries: DeliveryCounts }>;

/**
 * analyze(), and whether the input was a mail log (analyze-input.ts counts its lines, as the command line
 * does). With a `logRun`, a log is read as a file of it.
 */
export async function analyzeReading(input: string | Uint8Array, options: AnalyzeOptions = {}, logRun?: LogRunReader): Promise<Omit<Required<InputReading>, 'logRun'> & { results: Result[] }> {
  const reading: InputReading = { logLines: null, parts: null, deliveries: null, ...(logRun && { logRun }) };
  const results = setListActions(await analyzeInput(input, options, reading));
  return { results, logLines: reading.logLines, parts: reading.parts ?? null, deliveries: reading.deliveries ?? null };
}

async function analyzeInput(input: string | Uint8Array, options: AnalyzeOptions, reading: InputReading): Promise<Result[]> {
  if (typeof input !== 'string') {
    // Apple Mail's .emlx: the message between its length line and Apple's property list
    input = emlxMessage(input) ?? input;
    // a text saved in a file reads as if pasted; what is no e-mail and no text says so
    const content = fileContent(input);
    if (content.kind === 'text') return analyzeInput(content.text, options, reading);
    if (content.kind === 'outlook') {
      // a message saved by Outlook (.msg): the e-mail it stands for
      const mime = outlookMessage(input);
      if (mime !== null) return analyzeMessage(mime, options);
    }
    if (content.kind !== 'mail') return [unreadableFile(content.kind, options)];
  }
  // a file read as text (a dropped .txt) with nothing in it says so, as one read as bytes does, and so
  // does an empty text (analyze(''): no input, where "" and zero bytes were told apart)
  if (typeof input === 'string' && !input.trim()) return [unreadableText(options.file != null ? 'emptyFile' : 'emptyText', options)];
  // pasted text copied from a client that showed UTF-8 as Latin-1 ("UsuÃ¡rio") is read as it was written,
  // and the header fields it showed in Portuguese ("De:", "Assunto:") as the fields they are
  const repaired = typeof input === 'string' ? repairMojibake(input) : null;
  // and the lines a reading pane shows above each message ("Ana <ana@x>" / "14:32" / "para mim") as its header
  const paned = repaired !== null ? withoutPaneChrome(repaired) : null;
  const shown = paned ? paned.shown : repaired !== null ? withDisplayedHeaders(repaired) : null;
  const text = shown?.text ?? paned?.text ?? repaired;
  if (text !== null) {
    // a log pasted below the client's header fields is still a log
    // (a log behind grep -H's file name opens as header fields would: "mail.log:Nov 30 ...")
    // (read by a pace's steps: a pasted log of 20,000 lines held the event loop 0.15-0.9 s, deaf to the signal)
    const pace = options.pace ?? new Pace(options.signal);
    const log = shown ? await readLogTextPaced(shown.body, pace) : opensWithHeaders(text.slice(0, 8192)) && !opensWithPrefixedLogLine(text) ? null : await readLogTextPaced(text, pace);
    if (log && reading.logRun) {
      const run = await reading.logRun(shown ? shown.body : text, { ...options, pace });
      reading.logLines = run.lines;
      reading.deliveries = run.deliveries;
      return run.results;
    }
    if (log) {
      reading.logLines = log.failed.length;
      reading.deliveries = log.counts;
      return explainLog(log, options, !text.trimEnd().includes('\n'), pace);
    }
    const events = readEvents(text, options.maxResults);
    if (events === 'broken') return [unreadableText('brokenJson', options)];
    if (events === 'too-large') return [eventsTooLarge(options)];
    if (events) return explainEvents(events, options);
    // several notices pasted one after the other: each read on its own, when each names its recipient
    const notices = shown || opensWithHeaders(text.slice(0, 8192)) ? null : splitPastedNotices(text);
    if (notices) {
      const each: Result[][] = [];
      for (const notice of notices) each.push(await analyzeInput(notice, options, reading));
      const kept = keptNotices(notices, each, options);
      reading.parts = kept && { kind: 'notices', count: notices.length };
      if (kept) return kept;
    }
    // replies for several recipients pasted one per line, or replies of different failures one after the
    // other: each explained on its own
    const pasted = shown ? null : splitPastedReplies(text);
    if (pasted) {
      const each = pasted.replies.map((reply) => explainText(reply, options));
      if (pasted.differ ? each.every(isFailure) : eachOwnRecipient(each)) {
        reading.parts = { kind: 'replies', count: each.length };
        return each;
      }
    }
    // a pasted SMTP session, read without the body of the message it sent (whatever its length)
    const session = shown ? null : pastedSession(text);
    if (session !== null && session !== text) return analyzeInput(session, options, reading);
    if (!isMessageLike(text)) {
      const reply = explainText(text, options);
      return [options.file != null && weakWordsOnly(reply) ? notBounceResult({ lang: reply.lang, file: options.file }) : askForDetails(reply)];
    }
  }
  const pastedDsn = pastedFields(text !== null ? text.slice(0, 4096) : latin1Head(input as Uint8Array));
  if (pastedDsn) {
    // the fields saved in a file read as the same fields pasted
    const whole = text ?? new TextDecoder().decode(input as Uint8Array);
    // a complaint report's fields (RFC 5965): a complaint about the address Original-Rcpt-To names
    if (FEEDBACK_TYPE.test(whole.trimStart())) return [pastedFeedback(whole, options)];
    // fields without Final-Recipient name their recipient in the diagnostic: read them as one reply
    if (text !== null && !RECIPIENT_FIELD.test(text)) return [explainText(text, options)];
    return analyzeMessage('\n' + whole.trimStart(), options);
  }
  const results = await analyzeMessage(text ?? input, options);
  // a pasted body in which no recipient could be found is still worth explaining as one reply (below the
  // client's header fields, the body alone)
  if (text !== null && results.length === 1 && !results[0]!.bounce && !results[0]!.error && (shown || !looksLikeHeaders(text) || !hasMailHeaders(text))) {
    const reply = explainText(withoutReportFields(shown ? shown.body : text), options);
    if (options.file != null && weakWordsOnly(reply)) return results;
    // an automatic reply speaks for whoever it comes from, not for the colleague its text names instead
    if (reply.reason === 'vacation' && shown?.from) reply.recipient = shown.from;
    return [askForDetails(reply)];
  }
  // a whole message pasted with its headers has no technical details left to paste
  return text !== null && !looksLikeHeaders(text) ? results.map(askForDetails) : results;
}

/**
 * A delivery report's fields about the report itself (RFC 3464 §2.2, and Postfix's own): they say nothing
 * of a failure, and name no recipient. "Reporting-MTA: dns; ..." read as words is a DNS problem, and
 * "X-Postfix-Sender: rfc822; news@..." names the sender.
 */
const REPORT_FIELD_LINE = /^[ \t]*(?:reporting-mta|received-from-mta|arrival-date|original-envelope-id|dsn-gateway|x-postfix-queue-id|x-postfix-sender)[ \t]*:.*$/gim;

/** The text without the lines of a delivery report's own fields (a notice pasted with its per-message fields). */
function withoutReportFields(text: string): string {
  return text.replace(REPORT_FIELD_LINE, '');
}

/**
 * A verdict read from a weak phrase alone: no reply code, no enhanced code, no other evidence. A file's
 * text with nothing more ("encoding" in an XML declaration, "SPF" in notes, "filtered" on a web page)
 * is no bounce; a pasted or typed one is read as a reply, since it was given to be explained.
 */
function weakWordsOnly(r: Result): boolean {
  return r.bounce && !r.replyCode && (!r.status || r.statusDerived) && r.evidence.some((e) => e.rule.endsWith(':weak')) &&
    r.evidence.every((e) => e.rule.endsWith(':weak') || e.rule === ACCENTS_RESTORED);
}

/**
 * A mail log: one result per failed or deferred delivery line, its line number after the file name
 * ("mail.log:120"); or one result saying no delivery failed.
 */
async function explainLog(log: LogReading, options: AnalyzeOptions, oneLine: boolean, pace: Pace): Promise<Result[]> {
  const file = options.file ?? null;
  if (!log.failed.length) return [quietLogResult({ lang: options.lang ?? DEFAULT_LOCALE, file }, log.deliveries)];
  const max = options.maxResults ?? Infinity;
  // a pasted log's lines are ":120", as a pasted mbox's messages are "#3": a result can be traced to its
  // line (a line given alone needs no number)
  const label = (n: number) => (file === null && oneLine ? null : logLineLabel(file ?? '', n));
  const results: Result[] = [];
  for (const l of log.failed.slice(0, max)) {
    await pace.step();
    results.push(explainLogLine(l, { ...options, file: label(l.number) }));
  }
  if (log.failed.length > max) results.push(tooManyResults(log.failed.length - max, options));
  return results;
}

/** The last result of a capped input: how many results are left out, and what to do instead. */
export function tooManyResults(more: number, options: AnalyzeOptions): Result {
  const lang = options.lang ?? DEFAULT_LOCALE;
  const ui = CATALOGS[lang].ui;
  const words = options.forLibrary ? { ...ui.tooManyResults, ...ui.libraryCall.tooManyResults } : ui.tooManyResults;
  const count = (n: number) => groupDigits(n, lang) ?? String(n);
  const error = words.error(count(more), count(options.maxResults ?? 0));
  // an error (the input was not read to its end) that says so itself, not "could not read this input: ..."
  // (read, but not to its end: not "the input could not be read")
  return { ...errorResult(error, { lang, file: options.file ?? null }, 'too-many-results'), summary: words.summary(error), advice: words.advice, retryText: ui.cutRetry };
}

/** One line of a log; a deferral whose message the server then gave up is a failure, as a DSN's "Action: failed" says. */
export function explainLogLine(line: FailedLine, options: ExplainOptions): Result {
  const result = line.gaveUp
    ? explainReply(parseReply(line.line), options, { action: 'failed', evidence: [{ rule: 'log:expired', field: 'message', match: line.gaveUp }] })
    : explainText(line.line, options);
  // a line no delivery reader took (a message given up or thrown away as a whole) is dated here
  if (result.date === null) Object.assign(result, dateFields(logLineDate(line.line)));
  return result;
}

/** A sending service's events: a result per failure, or one result saying that none failed. */
function explainEvents(reading: EventsReading, options: AnalyzeOptions): Result[] {
  if (!reading.events.length && !reading.left) return [quietEventsResult({ lang: options.lang ?? DEFAULT_LOCALE, file: options.file ?? null }, reading.others)];
  // the reader kept at most options.maxResults of them and counted the rest
  const results = reading.events.map((e) => explainEspEvent(e, options));
  if (reading.left) results.push(tooManyResults(reading.left, options));
  return results;
}

/** An ESP's bounce event: its reply read as any reply, with the recipient the event names; a complaint is a feedback report. */
export function explainEspEvent(event: EspEvent, options: ExplainOptions): Result {
  const evidence = [{ rule: `esp:${event.service}`, field: 'message', match: event.recipient }];
  const lang = options.lang ?? DEFAULT_LOCALE;
  const ui = CATALOGS[lang].ui;
  const ctx = { lang, file: options.file ?? null };
  // a message about the subscription itself (Amazon SNS's confirmation): what it is, no failure
  if (event.notice) {
    const words = ui.snsNotice[event.notice.sns];
    const rule = { rule: `esp:sns:${event.notice.sns}`, field: 'Type', match: event.notice.topic ?? event.notice.sns };
    return { ...notBounceResult(ctx), outcome: 'notice', summary: words.summary, meaning: words.meaning, advice: words.advice, evidence: [rule] };
  }
  // a CSV row whose state no service documents: said with its word, as no failure known
  if (event.unknownState !== undefined) {
    const words = ui.unknownEventState;
    const rule = { rule: 'esp:csv:unknown-state', field: 'state', match: event.unknownState };
    return eventNoticeResult(ctx, { ...words, summary: words.summary(quotedText(event.unknownState.slice(0, 100))) }, event.recipient, [...evidence, rule], event.date ?? null);
  }
  // one contact's change, told only by the message's recipients: whose it is cannot be known
  if (event.recipients) {
    const words = ui.severalRecipients(listWords(event.recipients.slice(0, 10), lang));
    return { ...errorResult(words, ctx, 'several-recipients'), summary: words };
  }
  // no failure, and nothing to take off a list: the service sends to the address again
  if (event.restored) {
    const rule = { rule: `esp:${event.service}:${event.restored}`, field: 'event', match: event.list ?? event.restored };
    return eventNoticeResult(ctx, ui.subscriptionNotice[event.restored], event.recipient, [...evidence, rule], event.date ?? null);
  }
  const reply = { ...parseReply(event.text), recipient: event.recipient };
  // what the service documents: its own kind of failure (an address on its suppression list), whether it gave up
  const documented = event.reason ? { reasonHint: event.reason.reason, hintRule: `esp:${event.service}:${event.reason.value}` } : {};
  const type = event.feedbackType ?? 'abuse';
  const result = !event.complaint
    ? explainReply(reply, options, {
      evidence, ...documented, ...(event.action && { action: event.action }), ...(event.hard && { hard: { rule: `esp:${event.service}:hard-bounce` } }),
    })
    : explainReply(reply, options, { evidence, reasonHint: 'feedback', hintRule: `esp:${event.service}:${type === 'abuse' ? 'complaint' : event.event ?? type}`, feedbackType: type });
  // when the event happened, as a bounce's date: the CSV's date columns, the repeated-mailbox rule's days
  const dated = event.date ? { ...result, ...dateFields(event.date) } : result;
  if (event.topics) {
    // the account owner's names, quoted in a sentence: without control characters (src/i18n/quoted-text.ts)
    const topics = listWords(event.topics.slice(0, 20).map((t) => `"${quotedText(t.slice(0, 100))}"`), lang);
    return { ...dated, summary: ui.topicOptOut.summaryOf(topics, event.list ? quotedText(event.list) : null) };
  }
  // a list's row (a cleaned contact, a suppression list's entry): what the list is, as no reply says it;
  // a hard bounce of the service's that no reply explains, in its own words
  const rowWords = event.words ?? (event.hard && dated.hardBounce && dated.reason === 'undefined' ? 'hardBounceByService' : undefined);
  if (!rowWords) return dated;
  const own = ui.listRow[rowWords];
  return { ...dated, summary: own.summary, meaning: own.meaning, ...(own.advice && { advice: own.advice }) };
}

/** A file with nothing to explain, or that is no text: why, and what to do instead. */
function unreadableFile(kind: 'empty' | 'outlook' | 'compressed' | 'binary', options: ExplainOptions): Result {
  return unreadableText(kind === 'empty' ? 'emptyFile' : kind === 'outlook' ? 'outlookFile' : kind === 'compressed' ? 'compressedFile' : 'binaryFile', options);
}

/** Each unreadableText()'s error code. */
const UNREADABLE_CODES = {
  emptyFile: 'empty-file', emptyText: 'empty-text', outlookFile: 'outlook-file', compressedFile: 'compressed-file', binaryFile: 'binary-file', brokenJson: 'broken-json',
} as const satisfies Record<string, ResultErrorCode>;

/** An input that cannot be read, with the words of why and what to do instead. */
function unreadableText(which: keyof typeof UNREADABLE_CODES, options: ExplainOptions): Result {
  const lang = options.lang ?? DEFAULT_LOCALE;
  const words = CATALOGS[lang].ui[which];
  return { ...errorResult(words.error, { lang, file: options.file ?? null }, UNREADABLE_CODES[which]), advice: words.advice };
}

/**
 * The results of notices pasted together, each a failure of its own: naming a recipient none of the others
 * names, or, for a part that names none (a "Detalhes técnicos do erro permanente:" snippet, pasted without
 * its recipient), giving a reply of its own, which no other part gives (one snippet pasted twice is one).
 */
function eachOwnFailure(results: readonly Result[]): boolean {
  const keys = new Set(results.map((r) => r.recipient?.toLowerCase() ?? `${r.replyCode} ${r.status} ${r.diagnostic ?? ''}`));
  return keys.size === results.length && results.every((r) => r.bounce && !hasError(r) && (r.recipient || r.replyCode || (r.status && !r.statusDerived)));
}

/**
 * The results of notices pasted together, or null to read the text whole. Each notice gives failures of
 * its own (eachOwnFailure), or, one in which nothing was recognised (a notice whose words we cannot read,
 * a paragraph pasted as one), a result that says so with its first line, so that no part is lost in
 * silence; at least one notice must give a failure.
 */
function keptNotices(notices: readonly string[], each: readonly Result[][], options: AnalyzeOptions): Result[] | null {
  const blank = (rs: readonly Result[]) => rs.length === 1 && isUnrecognised(rs[0]!);
  const failures = each.filter((rs) => !blank(rs)).flat();
  if (!failures.length || !eachOwnFailure(failures)) return null;
  const ctx = { lang: options.lang ?? DEFAULT_LOCALE, file: options.file ?? null };
  return each.flatMap((rs, i) => (blank(rs) ? [unrecognisedPartResult(ctx, noticeFirstLine(notices[i]!))] : rs));
}

/** A result that reads a failure, with no error. */
function isFailure(r: Result): boolean {
  return r.bounce && !hasError(r);
}

/** Results that are failures, each naming a recipient none of the others names: a split worth keeping. */
function eachOwnRecipient(results: readonly Result[]): boolean {
  const recipients = new Set(results.map((r) => r.recipient?.toLowerCase()));
  return recipients.size === results.length && results.every((r) => r.bounce && r.recipient && !hasError(r));
}

/** A sending service's JSON export past MAX_MESSAGE_BYTES: not read, and the answer says to split it. */
function eventsTooLarge(options: ExplainOptions): Result {
  const lang = options.lang ?? DEFAULT_LOCALE;
  return errorResult(REPORTS[lang].problem['events-too-large'](`${MAX_MESSAGE_BYTES / (1024 * 1024)} MB`), { lang, file: options.file ?? null }, 'events-too-large');
}

