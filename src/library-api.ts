// The library's main functions as src/index.ts exports them: each checks its arguments
// (library-args.ts) and calls the engine's own function, which the engine calls unchecked.
import { analyze as analyzeAny, type AnalyzeOptions } from './analyze.js';
import { analyzeInput as analyzeInputAny, type AnalyzeInputOptions, type AnalyzedInput } from './analyze-input.js';
import { describeCode as describeCodeAny, type CodeDescription } from './explain/describe-code.js';
import { explainText as explainTextAny, type ExplainOptions } from './explain-text.js';
import { libraryFile, libraryInput, libraryLocale, libraryMaxResults, libraryOptions, libraryText } from './library-args.js';
import { analyzeMessage as analyzeMessageAny } from './message/analyze-message.js';
import { parseReply as parseReplyAny } from './reply/parse-reply.js';
import { mailboxReport as mailboxReportAny, type MailboxReport } from './report/mailbox-report.js';
import type { Result } from './result.js';
import type { Locale, Reply } from './types.js';

/** A reply code, a reply, a log line or DSN fields, typed or pasted -> its result. */
export function explainText(input: string, options?: ExplainOptions): Result {
  const o = libraryOptions<ExplainOptions>(options, 'explainText');
  return explainTextAny(libraryText(input, 'explainText'), { lang: libraryLocale(o.lang, 'explainText'), file: libraryFile(o.file, 'explainText') ?? null });
}

function analyzeOptions(options: unknown, fn: string): AnalyzeOptions {
  const o = libraryOptions<AnalyzeOptions>(options, fn);
  const checked: AnalyzeOptions = { lang: libraryLocale(o.lang, fn), file: libraryFile(o.file, fn) ?? null };
  const maxResults = libraryMaxResults(o.maxResults, fn);
  if (maxResults !== undefined) checked.maxResults = maxResults;
  return checked;
}

/** Any one input (a text, a bounce e-mail's bytes, a log, events) -> a result per recipient. */
export function analyze(input: string | Uint8Array, options?: AnalyzeOptions): Promise<Result[]> {
  return analyzeAny(libraryInput(input, 'analyze'), analyzeOptions(options, 'analyze'));
}

/** One bounce e-mail -> a result per recipient. */
export function analyzeMessage(input: string | Uint8Array, options?: AnalyzeOptions): Promise<Result[]> {
  return analyzeMessageAny(libraryInput(input, 'analyzeMessage'), analyzeOptions(options, 'analyzeMessage'));
}

/** An input that may hold many messages (an mbox, gzip, a zip or tar archive) -> messages read and results. */
export function analyzeInput(input: string | Uint8Array, options?: Partial<AnalyzeInputOptions>): Promise<AnalyzedInput> {
  const o = libraryOptions<AnalyzeInputOptions>(options, 'analyzeInput');
  const checked: AnalyzeInputOptions = { ...analyzeOptions(o, 'analyzeInput'), lang: libraryLocale(o.lang, 'analyzeInput') };
  if (o.onMessage !== undefined) {
    if (typeof o.onMessage !== 'function') throw new TypeError('smtp-explain analyzeInput(): onMessage is a function');
    checked.onMessage = o.onMessage;
  }
  return analyzeInputAny(libraryInput(input, 'analyzeInput'), checked);
}

/** What a list owner acts on, from the results of a mailbox. */
export function mailboxReport(results: readonly Result[], messages: number, lang?: Locale): MailboxReport {
  if (!Array.isArray(results)) throw new TypeError('smtp-explain mailboxReport(): results is an array of results (analyze, analyzeInput)');
  if (typeof messages !== 'number' || !Number.isInteger(messages) || messages < 0) {
    throw new RangeError('smtp-explain mailboxReport(): messages is the number of messages read (analyzeInput gives it)');
  }
  return mailboxReportAny(results, messages, libraryLocale(lang, 'mailboxReport'));
}

/** What a reply code ("550") or an enhanced status code ("5.7.26") means; null for one that is neither. */
export function describeCode(code: string, lang?: Locale): CodeDescription | null {
  return describeCodeAny(libraryText(code, 'describeCode', 'code'), libraryLocale(lang, 'describeCode'));
}

/** A reply text, a log line or DSN fields -> its codes, text, recipient and command. */
export function parseReply(input: string): Reply {
  return parseReplyAny(libraryText(input, 'parseReply'));
}
