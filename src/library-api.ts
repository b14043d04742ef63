// The library's main functions as src/index.ts exports them: each checks its arguments
// (library-args.ts) and calls the engine's own function, which the engine calls unchecked.
import { analyze as analyzeAny, explainEspEvent, type AnalyzeOptions as EngineAnalyzeOptions } from './analyze.js';
import { analyzeInput as analyzeInputAny, analyzeInputs as analyzeInputsAny, mboxParts, type AnalyzeInputOptions as EngineAnalyzeInputOptions, type AnalyzedInput as EngineAnalyzedInput } from './analyze-input.js';
import { codeInfo, type CodeInfo } from './explain/code-info.js';
import { explainText as explainTextAny, type ExplainOptions as EngineExplainOptions } from './explain-text.js';
import { analyzeStreamAny } from './analyze-stream.js';
import { libraryCount, libraryDeliveries, libraryFile, libraryInput, libraryLocale, libraryMaxResults, libraryOptions, librarySignal, libraryStream, libraryText } from './library-args.js';
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
import { throwIfAborted } from './pace.js';
import { DEFAULT_LOCALE, type LocaleTag, type Reply } from './types.js';

/**
 * An engine's options as the library takes them: `lang` any tag that starts with pt or en (LocaleTag);
 * each option may be given as undefined (`{ lang: undefined }`, with exactOptionalPropertyTypes too),
 * which is the same as leaving it out. (The engine's internal `forLibrary` is the library's own.)
 */
type WithLangTag<T> = { [K in Exclude<keyof T, 'lang' | 'forLibrary'>]?: T[K] | undefined } & {
  /** "pt-BR" (the default) or "en", or any tag that starts with pt or en ("en-US"). */
  lang?: LocaleTag | undefined;
};
export type ExplainOptions = WithLangTag<EngineExplainOptions>;
export type AnalyzeOptions = WithLangTag<EngineAnalyzeOptions>;
export type AnalyzeInputOptions = WithLangTag<EngineAnalyzeInputOptions>;
/** What the library reads: a text, or bytes (a Uint8Array, a Buffer, an ArrayBuffer, any view of one). */
export type Input = string | Uint8Array | ArrayBuffer;
/** One of several inputs read together (analyzeInputs): its file's name, and its text or bytes. */
export interface NamedInput {
  name: string;
  input: Input;
}

/**
 * One result (one per recipient, or per input that names none): the object the command line's NDJSON and
 * the HTTP API give. Every function of the library gives it with its `listAction`, what to do with the
 * address (the engine sets it last).
 */
export interface Result extends EngineResult {
  listAction: ListAction;
}

/** What analyzeInput() and analyzeInputs() give: the messages read, what they were, and their results. */
export interface AnalyzedInput extends Omit<EngineAnalyzedInput, 'results'> {
  results: Result[];
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
  // (forLibrary: a capped input's words name maxResults and analyzePaths(), not a request nor the command line)
  const checked: EngineAnalyzeOptions = { lang: libraryLocale(o.lang, fn), file: libraryFile(o.file, fn) ?? null, forLibrary: true };
  const maxResults = libraryMaxResults(o.maxResults, fn);
  if (maxResults !== undefined) checked.maxResults = maxResults;
  const signal = librarySignal(o.signal, fn);
  if (signal) checked.signal = signal;
  return checked;
}

/**
 * Any one input (a text, a bounce e-mail's bytes, a log, events, an mbox) -> a result per recipient. An
 * mbox of several messages gives each message its results, as analyzeInput() reads it (each named "#3",
 * or "file#3"); a gzip or an archive is not unpacked here (an error result says so: analyzeInput() does).
 */
export async function analyze(input: Input, options?: AnalyzeOptions): Promise<Result[]> {
  const checked = libraryInput(input, 'analyze');
  const o = analyzeOptions(options, 'analyze');
  throwIfAborted(o.signal);
  return await analyzeChecked(checked, o);
}

/** analyze()'s reading of an input and options already checked. */
async function analyzeChecked(input: string | Uint8Array, o: EngineAnalyzeOptions): Promise<Result[]> {
  return isMbox(input) ? await mboxResults(input, o) : await analyzeAny(input, o) as Result[];
}

/** analyzeStream()'s options: analyze()'s, but maxResults (the results come one by one: stop reading when you have enough). */
export type AnalyzeStreamOptions = Omit<AnalyzeOptions, 'maxResults'>;
/** What analyzeStream() reads: a ReadableStream (file.stream(), a fetch's body, Readable.toWeb()), or an async iterable of chunks. */
export type StreamSource = ReadableStream<Uint8Array> | AsyncIterable<Uint8Array | string>;

/**
 * A stream (an upload, a browser's File.stream(), Node's Readable.toWeb(createReadStream(path)), or a
 * Node Readable itself) -> its results, in order, as it is read, without holding it whole: an mbox
 * message by message (each named "#3", or "file#3", as analyze() names them), a mail log line by line
 * (the failures as their lines come, the deferrals no later line resolved at its end, as the command
 * line reads a log), anything else (one message, a text, a sending service's events) whole up to 32 MB
 * (MAX_UNPACKED_BYTES; past it, an error result says so). Every message yields a result: a verdict, "not
 * a bounce", or an error for it. A stream that fails midway gives the results of what came before and an
 * error result; an aborted `signal` throws its reason (before the next result, or while a chunk is
 * awaited) and closes the stream, as a `break` out of the loop does. A gzip stream is not unpacked: pipe
 * it through `new DecompressionStream('gzip')` first.
 */
export function analyzeStream(source: StreamSource, options?: AnalyzeStreamOptions): AsyncGenerator<Result, void, undefined> {
  // checked here, before the first result is asked for: a generator's own body runs only then
  const fn = 'analyzeStream';
  const given = libraryOptions<AnalyzeOptions>(options, fn);
  if (given.maxResults != null) throw new TypeError(`smtp-explain ${fn}(): maxResults is not taken: the results come one by one, stop reading (break) when you have enough`);
  const o = analyzeOptions(given, fn);
  const chunks = libraryStream(source, fn);
  const engine = { lang: o.lang ?? DEFAULT_LOCALE, file: o.file ?? null, ...(o.signal && { signal: o.signal }) };
  // (every result comes with its list action set)
  return analyzeStreamAny(chunks, engine, (input) => analyzeChecked(input, o)) as AsyncGenerator<Result, void, undefined>;
}

/** An mbox of two or more messages, as analyzeInput() splits it. */
function isMbox(input: string | Uint8Array): boolean {
  return mboxParts(input) !== null;
}

/**
 * Every message of an mbox, read as analyzeInput() reads them; analyze()'s options (its results not
 * capped unless maxResults says so). Read as one message, an mbox gave the results of its first failure
 * notice alone, and lost the others without a word.
 */
async function mboxResults(input: string | Uint8Array, o: EngineAnalyzeOptions): Promise<Result[]> {
  const { results } = await analyzeInputAny(input, { ...o, lang: o.lang ?? DEFAULT_LOCALE, maxResults: o.maxResults ?? Infinity });
  return results as Result[];
}

/**
 * A sending service's events (SendGrid's webhook JSON, a Mailgun CSV...), as analyze() tells them: read
 * as an e-mail, every address in it would get the one failure it holds; or bytes that are no e-mail nor
 * text (a .gz, an image, an empty file), which analyze() says it cannot read: read as an e-mail, they
 * were "not a bounce", and a program that took them for one dropped them without a word.
 */
function notOneMessage(input: string | Uint8Array): boolean {
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    const content = fileContent(emlxMessage(input) ?? input);
    if (content.kind !== 'text') return content.kind !== 'mail' && content.kind !== 'outlook';
    text = content.text;
  }
  return readEvents(repairMojibake(text)) !== null;
}

/**
 * One bounce e-mail -> a result per recipient. What is not one e-mail gets analyze()'s results: a sending
 * service's events (a webhook's JSON, an export) one per failed event (delivered and opened ones none),
 * an mbox each message's, a gzip or bytes that are no text an error result.
 */
export async function analyzeMessage(input: Input, options?: AnalyzeOptions): Promise<Result[]> {
  const checked = libraryInput(input, 'analyzeMessage');
  const o = analyzeOptions(options, 'analyzeMessage');
  throwIfAborted(o.signal);
  if (isMbox(checked)) return await mboxResults(checked, o);
  if (notOneMessage(checked)) return await analyzeAny(checked, o) as Result[];
  // (the engine's own sets no list action: its callers do)
  return setListActions(await analyzeMessageAny(checked, o)) as Result[];
}

/** An input that may hold many messages (an mbox, gzip, a zip or tar archive) -> messages read and results. */
export async function analyzeInput(input: Input, options?: AnalyzeInputOptions): Promise<AnalyzedInput> {
  const o = libraryOptions<AnalyzeInputOptions>(options, 'analyzeInput');
  const checked = analyzeOptions(o, 'analyzeInput') as EngineAnalyzeInputOptions; // (lang always set there)
  if (o.onMessage !== undefined) {
    if (typeof o.onMessage !== 'function') throw new TypeError('smtp-explain analyzeInput(): onMessage is a function');
    checked.onMessage = o.onMessage;
  }
  return await analyzeInputAny(libraryInput(input, 'analyzeInput'), checked) as AnalyzedInput;
}

/**
 * Several files read together, as the command line reads the files of one run: each as analyzeInput()
 * reads it, their mail logs (inside archives too) as one log, a rotated log's files oldest first
 * (mail.log.2.gz, mail.log.1, mail.log), so that a deferral one file shows delivered in another is no
 * failure. `files`: each one's name (results carry it) and its text or bytes. Counts are summed.
 */
export async function analyzeInputs(files: readonly NamedInput[], options?: Omit<AnalyzeInputOptions, 'file'>): Promise<AnalyzedInput> {
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
  return await analyzeInputsAny(checked, engine) as AnalyzedInput;
}

/** mailboxReport()'s options. */
export interface MailboxReportOptions {
  /** How many messages the results come from (analyzeInput()'s `messages`): the report's `messages`. */
  messages: number;
  /** "pt-BR" (the default) or "en", or any tag that starts with pt or en ("en-US"). */
  lang?: LocaleTag | undefined;
  /**
   * A mail log's deliveries, `{ delivered: logDelivered, failed: logFailed, deferred: logDeferred }` of
   * analyzeInput()'s answer: how they ended (MailboxReport.deliveries).
   */
  deliveries?: DeliveryCounts | null | undefined;
}

/**
 * What a list owner acts on, from the results of a mailbox: `mailboxReport(results, { messages, lang,
 * deliveries })`. Each result is an object as the library gives it; results stored without their bulky
 * `evidence` (a service that keeps the fields it shows) are read as results with none.
 */
export function mailboxReport(results: readonly Result[], options: MailboxReportOptions): MailboxReport;
/** 0.1.0's form, still taken: mailboxReport(results, messages, lang, deliveries). */
export function mailboxReport(results: readonly Result[], messages: number, lang?: LocaleTag, deliveries?: DeliveryCounts | null): MailboxReport;
export function mailboxReport(results: readonly Result[], options: MailboxReportOptions | number, lang?: LocaleTag, deliveries?: DeliveryCounts | null): MailboxReport {
  const fn = 'mailboxReport';
  const o = typeof options === 'number' ? { messages: options, lang, deliveries } : libraryOptions<MailboxReportOptions>(options, fn);
  if (!Array.isArray(results)) throw new TypeError(`smtp-explain ${fn}(): results is an array of results (analyze, analyzeInput)`);
  const messages = libraryCount(o.messages, fn, 'messages', 'the number of messages read (analyzeInput gives it)');
  const counts = libraryDeliveries(o.deliveries, fn);
  const locale = libraryLocale(o.lang, fn);
  const read = results.map((r: unknown, i) => {
    if (typeof r !== 'object' || r === null || Array.isArray(r)) throw new TypeError(`smtp-explain ${fn}(): results[${i}] is a result (an object, as analyze() gives it), not ${r === null ? 'null' : Array.isArray(r) ? 'an array' : typeof r}`);
    const { evidence } = r as Partial<EngineResult>;
    if (evidence !== undefined && !Array.isArray(evidence)) throw new TypeError(`smtp-explain ${fn}(): results[${i}].evidence is an array (or absent)`);
    // (a copy: the caller's results are not changed)
    return evidence ? r as EngineResult : { ...r, evidence: [] } as unknown as EngineResult;
  });
  return mailboxReportAny(read, messages, locale, counts);
}

/**
 * What a reply code ("550"), an enhanced status code ("5.7.26") or a registered detail code of any class
 * ("X.7.26", type "enhanced-detail", kind null) means: the very object GET /api/codes/:code answers and
 * `smtp-explain codes --format json CODE` writes (its reason, related codes, classes, page's path); null
 * for none.
 */
export function describeCode(code: string, lang?: LocaleTag): CodeInfo | null {
  return codeInfo(libraryText(code, 'describeCode', 'code'), libraryLocale(lang, 'describeCode'));
}

/** A reply text, a log line or DSN fields -> its codes, text, recipient and command. */
export function parseReply(input: string): Reply {
  return parseReplyAny(libraryText(input, 'parseReply'));
}
