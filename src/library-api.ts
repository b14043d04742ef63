// The library's main functions as src/index.ts exports them: each checks its arguments
// (library-args.ts) and calls the engine's own function, which the engine calls unchecked.
import { analyze as analyzeAny, explainEspEvent, type AnalyzeOptions as EngineAnalyzeOptions } from './analyze.js';
import { analyzeInput as analyzeInputAny, analyzeInputs as analyzeInputsAny, type AnalyzeInputOptions as EngineAnalyzeInputOptions, type AnalyzedInput, type NamedInput } from './analyze-input.js';
import { describeCode as describeCodeAny, describeDetailCode, type CodeDescription, type DetailCodeDescription } from './explain/describe-code.js';
import { explainText as explainTextAny, type ExplainOptions as EngineExplainOptions } from './explain-text.js';
import { libraryFile, libraryInput, libraryLocale, libraryMaxResults, libraryOptions, libraryText } from './library-args.js';
import { analyzeMessage as analyzeMessageAny } from './message/analyze-message.js';
import { emlxMessage } from './message/emlx.js';
import { fileContent } from './message/file-content.js';
import { readEvents } from './reply/read-events.js';
import { repairMojibake } from './reply/repair-mojibake.js';
import { parseReply as parseReplyAny } from './reply/parse-reply.js';
import type { DeliveryCounts } from './reply/delivery-counts.js';
import { mailboxReport as mailboxReportAny, type MailboxReport } from './report/mailbox-report.js';
import { quietEventsResult, type Result as EngineResult } from './result.js';
import { setListActions, type ListAction } from './report/tally.js';
import type { LocaleTag, Reply } from './types.js';

/** An engine's options as the library takes them: `lang` any tag that starts with pt or en (LocaleTag). */
type WithLangTag<T> = Omit<T, 'lang'> & {
  /** "pt-BR" (the default) or "en", or any tag that starts with pt or en ("en-US"). */
  lang?: LocaleTag;
};
export type ExplainOptions = WithLangTag<EngineExplainOptions>;
export type AnalyzeOptions = WithLangTag<EngineAnalyzeOptions>;
export type AnalyzeInputOptions = WithLangTag<EngineAnalyzeInputOptions>;

/**
 * One result (one per recipient, or per input that names none): the object the command line's NDJSON and
 * the HTTP API give. Every function of the library gives it with its `listAction`, what to do with the
 * address (the engine sets it last).
 */
export interface Result extends EngineResult {
  listAction: ListAction;
}

/**
 * A reply code, a reply, a log line or DSN fields, typed or pasted -> its result. One result: a text
 * of several (a log, several notices) is analyze()'s. A sending service's events (a webhook's JSON, an
 * export) give the first failed event's own result: read as one reply, one row's address got another
 * row's failure.
 */
export function explainText(input: string, options?: ExplainOptions): Result {
  const o = libraryOptions<ExplainOptions>(options, 'explainText');
  const text = libraryText(input, 'explainText');
  const checked = { lang: libraryLocale(o.lang, 'explainText'), file: libraryFile(o.file, 'explainText') ?? null };
  const events = readEvents(repairMojibake(text));
  if (events !== null && typeof events === 'object') {
    const [first] = events.events;
    const result = first ? explainEspEvent(first, checked) : quietEventsResult(checked, events.others);
    return setListActions([result])[0] as Result;
  }
  return explainTextAny(text, checked) as Result;
}

function analyzeOptions(options: unknown, fn: string): EngineAnalyzeOptions {
  const o = libraryOptions<AnalyzeOptions>(options, fn);
  const checked: EngineAnalyzeOptions = { lang: libraryLocale(o.lang, fn), file: libraryFile(o.file, fn) ?? null };
  const maxResults = libraryMaxResults(o.maxResults, fn);
  if (maxResults !== undefined) checked.maxResults = maxResults;
  return checked;
}

/** Any one input (a text, a bounce e-mail's bytes, a log, events) -> a result per recipient. */
export async function analyze(input: string | Uint8Array, options?: AnalyzeOptions): Promise<Result[]> {
  return await analyzeAny(libraryInput(input, 'analyze'), analyzeOptions(options, 'analyze')) as Result[];
}

/**
 * True when the input is a sending service's events (SendGrid's webhook JSON, a Mailgun CSV...), as
 * analyze() tells them: read as an e-mail, every address in it would get the one failure it holds.
 */
function sendingServiceEvents(input: string | Uint8Array): boolean {
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    const content = fileContent(emlxMessage(input) ?? input);
    if (content.kind !== 'text') return false;
    text = content.text;
  }
  return readEvents(repairMojibake(text)) !== null;
}

/**
 * One bounce e-mail -> a result per recipient. A sending service's events (a webhook's JSON, an export)
 * are no e-mail: they get analyze()'s results, one per failed event (delivered and opened ones none).
 */
export async function analyzeMessage(input: string | Uint8Array, options?: AnalyzeOptions): Promise<Result[]> {
  const checked = libraryInput(input, 'analyzeMessage');
  const o = analyzeOptions(options, 'analyzeMessage');
  if (sendingServiceEvents(checked)) return await analyzeAny(checked, o) as Result[];
  // (the engine's own sets no list action: its callers do)
  return setListActions(await analyzeMessageAny(checked, o)) as Result[];
}

/** An input that may hold many messages (an mbox, gzip, a zip or tar archive) -> messages read and results. */
export async function analyzeInput(input: string | Uint8Array, options?: AnalyzeInputOptions): Promise<AnalyzedInput & { results: Result[] }> {
  const o = libraryOptions<AnalyzeInputOptions>(options, 'analyzeInput');
  const checked = analyzeOptions(o, 'analyzeInput') as EngineAnalyzeInputOptions; // (lang always set there)
  if (o.onMessage !== undefined) {
    if (typeof o.onMessage !== 'function') throw new TypeError('smtp-explain analyzeInput(): onMessage is a function');
    checked.onMessage = o.onMessage;
  }
  return await analyzeInputAny(libraryInput(input, 'analyzeInput'), checked) as AnalyzedInput & { results: Result[] };
}

/**
 * Several files read together, as the command line reads the files of one run: each as analyzeInput()
 * reads it, their mail logs (inside archives too) as one log, a rotated log's files oldest first
 * (mail.log.2.gz, mail.log.1, mail.log), so that a deferral one file shows delivered in another is no
 * failure. `files`: each one's name (results carry it) and its text or bytes. Counts are summed.
 */
export async function analyzeInputs(files: readonly NamedInput[], options?: Omit<AnalyzeInputOptions, 'file'>): Promise<AnalyzedInput & { results: Result[] }> {
  const fn = 'analyzeInputs';
  if (!Array.isArray(files)) throw new TypeError(`smtp-explain ${fn}(): files is an array of { name, input }`);
  const checked = files.map((f: unknown, i) => {
    if (typeof f !== 'object' || f === null) throw new TypeError(`smtp-explain ${fn}(): files[${i}] is an object { name, input }`);
    const { name, input } = f as Partial<NamedInput>;
    return { name: libraryText(name, fn, `files[${i}].name`), input: libraryInput(input, fn) };
  });
  const o = libraryOptions<AnalyzeInputOptions>(options, fn);
  const engine = analyzeOptions({ ...o, file: undefined }, fn) as EngineAnalyzeInputOptions;
  if (o.onMessage !== undefined) {
    if (typeof o.onMessage !== 'function') throw new TypeError(`smtp-explain ${fn}(): onMessage is a function`);
    engine.onMessage = o.onMessage;
  }
  return await analyzeInputsAny(checked, engine) as AnalyzedInput & { results: Result[] };
}

/**
 * What a list owner acts on, from the results of a mailbox; with `deliveries` (a mail log's: analyzeInput's
 * logDelivered, logFailed and logDeferred), how the log's deliveries ended too (MailboxReport.deliveries).
 */
export function mailboxReport(results: readonly EngineResult[], messages: number, lang?: LocaleTag, deliveries?: DeliveryCounts | null): MailboxReport {
  if (!Array.isArray(results)) throw new TypeError('smtp-explain mailboxReport(): results is an array of results (analyze, analyzeInput)');
  if (typeof messages !== 'number' || !Number.isInteger(messages) || messages < 0) {
    throw new RangeError('smtp-explain mailboxReport(): messages is the number of messages read (analyzeInput gives it)');
  }
  if (deliveries != null && !(['delivered', 'failed', 'deferred'] as const).every((k) => Number.isInteger(deliveries[k]) && deliveries[k] >= 0)) {
    throw new TypeError('smtp-explain mailboxReport(): deliveries is { delivered, failed, deferred }, counts (analyzeInput\'s logDelivered, logFailed, logDeferred)');
  }
  return mailboxReportAny(results, messages, libraryLocale(lang, 'mailboxReport'), deliveries ?? null);
}

/**
 * What a reply code ("550"), an enhanced status code ("5.7.26") or a registered detail code of any class
 * ("X.7.26", type "enhanced-detail", kind null) means, as GET /api/codes/:code answers; null for none.
 */
export function describeCode(code: string, lang?: LocaleTag): CodeDescription | DetailCodeDescription | null {
  const c = libraryText(code, 'describeCode', 'code');
  const locale = libraryLocale(lang, 'describeCode');
  return describeCodeAny(c, locale) ?? describeDetailCode(c, locale);
}

/** A reply text, a log line or DSN fields -> its codes, text, recipient and command. */
export function parseReply(input: string): Reply {
  return parseReplyAny(libraryText(input, 'parseReply'));
}
