// One input of the library, the API or the web page (a pasted text, an uploaded body, a dropped file) -> results.
// A gzip file is unpacked first; a zip or tar archive gives each file it holds as an input of its own
// (an mbox in a Google Takeout .zip, a .tgz of saved bounces); an mbox (several messages, each after a "From " line) is split and
// every message analysed; anything else goes to analyze() as it is. Browser-safe: the web bundle runs
// this same code.
import { analyzeReading, tooManyResults } from './analyze.js';
import { archiveEntries, entryFile, isArchive, MAX_ARCHIVE_DEPTH, MAX_ARCHIVE_UNPACKED_BYTES, unpackBudget, type ArchiveProblem, type UnpackBudget } from './archive/archive-entries.js';
import { gunzip, isGzip, MAX_UNPACKED_BYTES, type UnpackFailure } from './archive/gunzip.js';
import { CATALOGS } from './i18n/catalog.js';
import { REPORTS } from './report/catalog.js';
import { atLeastOneResult, errorResult, hasError, internalErrorResult, type Result } from './result.js';
import type { PastedParts } from './analyze.js';
import { setListActions } from './report/tally.js';
import { Pace, throwIfAborted } from './pace.js';
import { LogRunResults } from './log-run-results.js';
import { inWrittenOrder } from './mailbox/rotated-logs.js';
import { binaryString, blankLineEndsAt, isSeparatorLine } from './mbox-separator.js';
import type { Locale } from './types.js';
import type { DeliveryCounts } from './reply/delivery-counts.js';

export { deliveriesOf } from './reply/delivery-counts.js';

/**
 * Lines that may be separators of an mbox, found at once: which are is src/mbox-separator.ts's rule,
 * the one the CLI's streaming reader (src/mailbox/mbox.ts) follows too.
 */
const FROM_LINE = /^From \S[^\n]*/gm;
/** mboxrd quoting: ">From " in a body is "From " with one ">" more. */
const QUOTED_FROM = /^>(>*From )/gm;

/** Start offsets of the "From " separator lines of a text; [] when it does not start like an mbox. */
function separatorStarts(text: string): number[] {
  if (!text.startsWith('From ')) return [];
  const starts: number[] = [];
  FROM_LINE.lastIndex = 0;
  for (let m = FROM_LINE.exec(text); m; m = FROM_LINE.exec(text)) {
    const i = m.index;
    const afterBlank = i === 0 || (text[i - 1] === '\n' && blankLineEndsAt(i - 1, (k) => text.charCodeAt(k)));
    if (afterBlank && isSeparatorLine(m[0])) starts.push(i);
  }
  return starts[0] === 0 ? starts : [];
}

/**
 * An mbox's messages, each made when it is asked for: split whole up front (every message copied out of
 * its bytes at once), a 7.7 MB mbox held a page or a service ~0.3 s before its first message was read.
 */
export interface MboxParts {
  count: number;
  part(i: number): string | Uint8Array;
}

/**
 * How many messages the separators start: all but the last when its line has no end (a "From " line at
 * the very end starts no message, and still ends the one before); null for fewer than two messages, no
 * mbox (one message and such a line after it is read whole, as the command line names it: by the file's name).
 */
function messageCount(starts: number[], lineEnd: (from: number) => number): number | null {
  const count = starts.length && lineEnd(starts[starts.length - 1]!) < 0 ? starts.length - 1 : starts.length;
  return count < 2 ? null : count;
}

/** An mbox text's messages (as splitMbox), or null. */
function textParts(text: string): MboxParts | null {
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  text = text.slice(afterBlankLines(text));
  const starts = separatorStarts(text);
  const count = messageCount(starts, (from) => text.indexOf('\n', from));
  if (count === null) return null;
  return {
    count,
    part: (i) => text.slice(text.indexOf('\n', starts[i]!) + 1, starts[i + 1] ?? text.length).replace(QUOTED_FROM, '$1'),
  };
}

/** A byte that JavaScript's \s matches, in a string of one char per byte (separatorStarts' "From \S"). */
function isSpaceByte(b: number | undefined): boolean {
  return b === 0x20 || (b !== undefined && b >= 0x09 && b <= 0x0d) || b === 0xa0;
}

/**
 * separatorStarts() read on the bytes themselves, line by line: "From " and no space at a line's start,
 * at the input's start or after a blank line, with a time or a year on the line.
 */
function byteSeparatorStarts(bytes: Uint8Array): number[] {
  const starts: number[] = [];
  for (let at = 0; at < bytes.length;) {
    const nl = bytes.indexOf(0x0a, at);
    const end = nl < 0 ? bytes.length : nl;
    // "From " = 46 72 6f 6d 20
    if (bytes[at] === 0x46 && bytes[at + 1] === 0x72 && bytes[at + 2] === 0x6f && bytes[at + 3] === 0x6d && bytes[at + 4] === 0x20 && at + 5 < end && !isSpaceByte(bytes[at + 5])) {
      const afterBlank = at === 0 || blankLineEndsAt(at - 1, (k) => bytes[k]);
      if (afterBlank && isSeparatorLine(binaryString(bytes.subarray(at, end)))) starts.push(at);
    }
    if (nl < 0) break;
    at = nl + 1;
  }
  return starts[0] === 0 ? starts : [];
}

/** mbox bytes' messages, byte for byte (charsets untouched; mboxrd's ">From " unquoted), or null. */
function byteParts(bytes: Uint8Array): MboxParts | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  let blank = 0;
  while (blank < bytes.length && (bytes[blank] === 0x20 || bytes[blank] === 0x09 || bytes[blank] === 0x0d || bytes[blank] === 0x0a)) blank++;
  if (blank) bytes = bytes.subarray(bytes.lastIndexOf(0x0a, blank) + 1);
  const all = bytes;
  const starts = byteSeparatorStarts(all);
  const count = messageCount(starts, (from) => all.indexOf(0x0a, from));
  if (count === null) return null;
  return {
    count,
    part: (i) => {
      const body = all.slice(all.indexOf(0x0a, starts[i]!) + 1, starts[i + 1] ?? all.length);
      // ">" (0x3e) nowhere: no ">From " to unquote
      if (body.indexOf(0x3e) < 0) return body;
      const text = binaryString(body);
      const unquoted = text.replace(QUOTED_FROM, '$1');
      if (unquoted === text) return body;
      const out = new Uint8Array(unquoted.length);
      for (let k = 0; k < unquoted.length; k++) out[k] = unquoted.charCodeAt(k);
      return out;
    },
  };
}

/** The messages of an mbox text or bytes, each made when asked for; null when it is not an mbox of two or more messages. */
export function mboxParts(input: string | Uint8Array): MboxParts | null {
  return typeof input === 'string' ? textParts(input) : byteParts(input);
}

/**
 * Where the first line that is not blank (spaces, tabs, CRs only) starts: an mbox may come after blank
 * lines, as an export or a concatenation leaves them.
 */
function afterBlankLines(text: string): number {
  let at = 0;
  while (at < text.length && (text[at] === ' ' || text[at] === '\t' || text[at] === '\r' || text[at] === '\n')) at++;
  return text.lastIndexOf('\n', at) + 1;
}

function allParts(parts: MboxParts | null): (string | Uint8Array)[] | null {
  return parts && Array.from({ length: parts.count }, (_, i) => parts.part(i));
}

/** The messages of an mbox text, or null when the text is not an mbox of two or more messages. */
export function splitMbox(text: string): string[] | null {
  return allParts(textParts(text)) as string[] | null;
}

/** The messages of mbox bytes, byte for byte (charsets untouched), or null as splitMbox. */
export function splitMboxBytes(bytes: Uint8Array): Uint8Array[] | null {
  return allParts(byteParts(bytes)) as Uint8Array[] | null;
}

/**
 * Results of one input at most (a file on the page, a request to the API), then one that says how
 * many more there were: all of them are held at once, and sent as one answer by the API. A 10 MB body
 * of a CSV bounce list holds ~600,000 rows: explained whole, it took the server to 1.8 GB and failed.
 */
export const MAX_REQUEST_RESULTS = 20_000;

export interface AnalyzeInputOptions {
  lang: Locale;
  /** Default MAX_REQUEST_RESULTS. */
  maxResults?: number;
  /** Name of the file the input came from, or null. Messages of an mbox are "name#3" (or "#3"). */
  file?: string | null;
  /**
   * Called after each message of an mbox, so a page can show progress and stay responsive; after each
   * file of an archive, `unit` 'files'.
   */
  onMessage?: (done: number, total: number, unit?: 'files') => void | Promise<void>;
  /** @internal A program's call to the library (see AnalyzeOptions.forLibrary). */
  forLibrary?: boolean;
  /**
   * Stops the reading when aborted (AbortController's signal, AbortSignal.timeout(ms)): checked before each
   * message of an mbox and each file, the promise then rejects with the signal's reason; one already
   * aborted rejects at once.
   */
  signal?: AbortSignal;
}

export interface AnalyzedInput {
  /** Messages read: 1 for anything that is not an mbox; an archive's, summed over its files. */
  messages: number;
  /**
   * Of `messages`, the inputs that were mail logs (each counted as one), and their failed or deferred
   * delivery lines: what the command line counts as a log's messages, and the page shows as log lines.
   */
  logs: number;
  logLines: number;
  /**
   * Of `messages`, the pasted texts read in parts, each on its own (several notices pasted one after the
   * other, replies for several recipients one per line), and those parts: what was pasted, not messages.
   */
  split: number;
  notices: number;
  replies: number;
  /**
   * Of `messages`, the inputs that could not be read (a photo, an empty or binary file): every result an
   * error. A text read in which nothing was recognised (no code nor phrase we know) was read: its result
   * says it is no bounce, and it is counted so. An mbox's messages are not counted here.
   */
  unread: number;
  /**
   * How the deliveries its mail logs recorded ended, one per message (queue id) and recipient
   * (DeliveryCounts): delivered, failed for good, still deferred at the end; all 0 when no log was read.
   */
  logDelivered: number;
  logFailed: number;
  logDeferred: number;
  results: Result[];
}

/** Nothing read: no input. */
const NONE = { messages: 0, logs: 0, logLines: 0, split: 0, notices: 0, replies: 0, unread: 0, logDelivered: 0, logFailed: 0, logDeferred: 0 } as const;

/** A log's DeliveryCounts as AnalyzedInput's counts. */
function deliveryFields(d: DeliveryCounts | null): Pick<AnalyzedInput, 'logDelivered' | 'logFailed' | 'logDeferred'> {
  return d ? { logDelivered: d.delivered, logFailed: d.failed, logDeferred: d.deferred } : { logDelivered: 0, logFailed: 0, logDeferred: 0 };
}

/** One input that is no mbox nor archive: one message, a mail log, or a text pasted in parts. */
function oneInput(results: Result[], logLines: number | null = null, parts: PastedParts | null = null, deliveries: DeliveryCounts | null = null): AnalyzedInput {
  return {
    ...NONE, messages: 1, logs: logLines === null ? 0 : 1, logLines: logLines ?? 0, results, ...deliveryFields(deliveries),
    ...(parts && { split: 1, [parts.kind]: parts.count }),
    unread: results.length && results.every(hasError) ? 1 : 0,
  };
}

export async function safeAnalyze(input: string | Uint8Array, { lang, forLibrary }: AnalyzeInputOptions, file: string | null, maxResults: number, pace: Pace, run?: LogRunResults): Promise<AnalyzedInput> {
  try {
    const { results, logLines, parts, deliveries } = await analyzeReading(input, { lang, file, maxResults, forLibrary, pace }, run?.read);
    // every input yields a result, but a log of a run: its deferrals may be told at the run's end
    return oneInput(run && logLines !== null ? results : atLeastOneResult(results, { lang, file }), logLines, parts, deliveries);
  } catch (error) {
    // aborted (between a log's lines): the promise rejects with the signal's reason, as between messages
    throwIfAborted(pace.signal);
    // one broken message becomes an error result for it; the others go on
    return oneInput([internalErrorResult(error, { lang, file })]);
  }
}

/**
 * One input's results: a text or bytes, gzip unpacked, an mbox split into its messages, a zip or tar
 * archive opened (each file in it read as an input of its own, up to MAX_ARCHIVE_UNPACKED_BYTES; its mail
 * logs read as one log, a rotated log's files oldest first, as the command line reads a run's logs).
 */
export async function analyzeInput(input: string | Uint8Array, options: AnalyzeInputOptions): Promise<AnalyzedInput> {
  return readInput(input, options, 0, unpackBudget(), new Pace(options.signal));
}

/** One of several inputs read together (analyzeInputs): its file's name, and its text or bytes. */
export interface NamedInput {
  name: string;
  input: string | Uint8Array;
}

/**
 * Several inputs read together, as the command line reads the files of one run (files dropped on the page
 * together): each as analyzeInput reads it, but their mail logs, and those inside their archives, read as
 * one log (a deferral in mail.log.1 that mail.log shows delivered is no failure), a rotated log's files
 * oldest first whatever their order (mail.log.2.gz, mail.log.1, mail.log); the deferrals no file resolved
 * come after the last file's results, each named by its file and line. `options.file` is not used (each
 * input has its name); onMessage is called after each input, `unit` 'files'. Counts are summed.
 */
export async function analyzeInputs(inputs: readonly NamedInput[], options: AnalyzeInputOptions): Promise<AnalyzedInput> {
  const run = new InputRun();
  const pace = new Pace(options.signal);
  const max = options.maxResults ?? MAX_REQUEST_RESULTS;
  const read: AnalyzedInput = { ...NONE, results: [] };
  let done = 0;
  const add = (one: AnalyzedInput) => {
    for (const key of COUNTS) read[key] += one[key];
    for (const r of one.results) read.results.push(r);
  };
  for (const { name, input } of inWrittenOrder(inputs, (i) => i.name)) {
    await pace.step();
    if (read.results.length >= max) {
      read.results.push(tooManyResults(inputs.length - done, { lang: options.lang, file: name, maxResults: max, forLibrary: options.forLibrary }));
      return { ...read, results: setListActions(read.results) };
    }
    add(await run.read(input, { lang: options.lang, file: name, maxResults: max - read.results.length, forLibrary: options.forLibrary, signal: options.signal }));
    await options.onMessage?.(++done, inputs.length, 'files');
  }
  await pace.step();
  add(await run.finish(options.lang, max - read.results.length, options.forLibrary, pace));
  return { ...read, results: setListActions(read.results) };
}

/**
 * Inputs read one after another as one run, their mail logs as one log (analyzeInputs; the page's files
 * dropped together, read one by one so that each shows its results as it is done). Read a rotated log's
 * files oldest first (inWrittenOrder), then finish().
 */
export class InputRun {
  private readonly logs = new LogRunResults();

  /** One input, as analyzeInput reads it (options.file names it); its logs' deferrals held for the run's later inputs. */
  read(input: string | Uint8Array, options: AnalyzeInputOptions): Promise<AnalyzedInput> {
    return readInput(input, options, 0, unpackBudget(), new Pace(options.signal), this.logs);
  }

  /**
   * The deferrals no input resolved, each named by its file and line (at most `maxResults` results, then one
   * that says how many more); made by the steps of `pace` (its signal, if any, stops them).
   */
  async finish(lang: Locale, maxResults = MAX_REQUEST_RESULTS, forLibrary?: boolean, pace = new Pace()): Promise<AnalyzedInput> {
    const read: AnalyzedInput = { ...NONE, results: [] };
    await endRun(this.logs, read, { lang, forLibrary }, maxResults, pace);
    return { ...read, results: setListActions(read.results) };
  }
}

/** The deferrals a run of logs still holds at its end, added to what was read (results up to `max`). */
async function endRun(run: LogRunResults, read: AnalyzedInput, { lang, forLibrary }: AnalyzeInputOptions, max: number, pace: Pace): Promise<void> {
  const lines = run.lines;
  // (none left: one result that says how many more)
  const last = await run.finish(lang, { maxResults: Math.max(0, max - read.results.length), forLibrary, pace });
  read.logLines += run.lines - lines;
  const settled = deliveryFields(last.deliveries);
  for (const key of DELIVERY_COUNTS) read[key] += settled[key];
  for (const r of last.results) read.results.push(r);
}

async function readInput(input: string | Uint8Array, options: AnalyzeInputOptions, depth: number, budget: UnpackBudget, pace: Pace, run?: LogRunResults): Promise<AnalyzedInput> {
  const file = options.file ?? null;
  throwIfAborted(pace.signal);
  // inside an archive, what a .gz unpacks to counts against the archive's budget
  if (typeof input !== 'string' && isGzip(input)) {
    const cap = depth ? Math.min(MAX_UNPACKED_BYTES, budget.left) : MAX_UNPACKED_BYTES;
    const unpacked = await gunzip(input, cap);
    if (unpacked === 'too-large' && cap < MAX_UNPACKED_BYTES) return oneInput([overBudget(budget, options, file)!]);
    // one that cannot be unpacked here says why: too large for memory (the command line streams it), or damaged
    if (typeof unpacked === 'string') return oneInput(setListActions([gzipProblem(unpacked, options, file)]));
    if (depth) budget.left -= unpacked.length;
    input = unpacked;
  }
  const max = options.maxResults ?? MAX_REQUEST_RESULTS;
  if (typeof input !== 'string' && isArchive(input)) {
    if (depth >= MAX_ARCHIVE_DEPTH) return oneInput([errorResult(REPORTS[options.lang].problem['archive-nested'](''), { lang: options.lang, file }, 'archive-nested')]);
    return readArchive(input, options, depth, budget, pace, run);
  }
  const parts = mboxParts(input);
  if (!parts) {
    const one = await safeAnalyze(input, options, file, max, pace, run);
    setListActions(one.results);
    return one;
  }
  const results: Result[] = [];
  for (let i = 0; i < parts.count; i++) {
    await pace.step();
    if (results.length >= max) {
      // the messages left are not read: say how many
      results.push(tooManyResults(parts.count - i, { lang: options.lang, file, maxResults: max, forLibrary: options.forLibrary }));
      return { ...NONE, messages: i, results: setListActions(results) };
    }
    // (one by one: a spread of 100,000 arguments passes some engines' limit)
    for (const r of (await safeAnalyze(parts.part(i), options, `${file ?? ''}#${i + 1}`, max - results.length, pace)).results) results.push(r);
    await options.onMessage?.(i + 1, parts.count);
  }
  return { ...NONE, messages: parts.count, results: setListActions(results) };
}

/** A .gz that unpacks past MAX_UNPACKED_BYTES, or is cut short or damaged. */
function gzipProblem(failure: UnpackFailure, options: AnalyzeInputOptions, file: string | null): Result {
  // (the inflater's own code, which the problem's words translate)
  const words = failure === 'too-large' ? problemWords('archive-too-large', String(MAX_UNPACKED_BYTES / (1024 * 1024)), options) : REPORTS[options.lang].problem['unreadable-file']('Z_DATA_ERROR');
  return errorResult(words, { lang: options.lang, file }, failure === 'too-large' ? 'archive-too-large' : 'unreadable-file');
}

/** An archive's problem in words; a program's call to the library is told what to call instead of the command line. */
function problemWords(problem: ArchiveProblem, detail: string, { lang, forLibrary }: AnalyzeInputOptions): string {
  const library = CATALOGS[lang].ui.libraryCall;
  if (forLibrary && problem === 'archive-too-large') return library.unpackedTooLarge(detail);
  if (forLibrary && problem === 'archive-total') return library.unpackedTotal(detail);
  return REPORTS[lang].problem[problem](detail);
}

/**
 * The result that says an archive unpacked past MAX_ARCHIVE_UNPACKED_BYTES and the rest of it was not
 * read; null when a reader of the same archive said so already.
 */
function overBudget(budget: UnpackBudget, options: AnalyzeInputOptions, file: string | null): Result | null {
  budget.left = 0;
  if (budget.reported) return null;
  budget.reported = true;
  return errorResult(problemWords('archive-total', String(MAX_ARCHIVE_UNPACKED_BYTES / (1024 * 1024)), options), { lang: options.lang, file }, 'archive-total');
}

/**
 * Each file of an archive read as an input of its own, named "archive.zip/folder/file.eml"; its mail logs
 * (and those of the archives in it) read as one log, in `run` when the archive is one of a run's inputs.
 */
async function readArchive(bytes: Uint8Array, options: AnalyzeInputOptions, depth: number, budget: UnpackBudget, pace: Pace, given?: LogRunResults): Promise<AnalyzedInput> {
  const run = given ?? new LogRunResults();
  const { lang } = options;
  const archive = options.file ?? null;
  const max = options.maxResults ?? MAX_REQUEST_RESULTS;
  const results: Result[] = [];
  const read = { ...NONE };
  let files = 0;
  let capped = false;
  const { count, entries } = archiveEntries(bytes, budget);
  for await (const entry of entries) {
    await pace.step();
    // the budget ran out inside a file read before (an archive or a .gz in this one), which said so
    if (budget.left <= 0 && !('problem' in entry && entry.problem === 'archive-total')) {
      const said = overBudget(budget, options, archive);
      if (said) results.push(said);
      break;
    }
    const file = entryFile(archive, entry);
    if (results.length >= max) {
      // (how many files are left is not known without reading on: the count says "at least one")
      results.push(tooManyResults(1, { lang, file: archive, maxResults: max, forLibrary: options.forLibrary }));
      capped = true;
      break;
    }
    if ('problem' in entry) {
      read.messages++;
      read.unread++;
      results.push(errorResult(problemWords(entry.problem, entry.detail, options), { lang, file }, entry.problem));
    } else {
      const one = await readInput(entry.bytes, { lang, file, maxResults: max - results.length, forLibrary: options.forLibrary }, depth + 1, budget, pace, run);
      for (const key of COUNTS) read[key] += one[key];
      // one by one: a spread of 100,000 arguments passes some engines' limit
      for (const r of one.results) results.push(r);
    }
    await options.onMessage?.(++files, count, 'files');
  }
  // (a run's own end comes after its last input)
  if (!given && !capped) {
    const all = { ...read, results };
    await endRun(run, all, options, max, pace);
    read.logLines = all.logLines;
    for (const key of DELIVERY_COUNTS) read[key] = all[key];
  }
  return { ...read, results: setListActions(results) };
}

/** The counts of an AnalyzedInput, which an archive sums over its files. */
export const COUNTS = ['messages', 'logs', 'logLines', 'split', 'notices', 'replies', 'unread', 'logDelivered', 'logFailed', 'logDeferred'] as const satisfies readonly (keyof AnalyzedInput)[];
/** Of COUNTS, those of a log's deliveries (a run's end settles its deferrals: endRun). */
const DELIVERY_COUNTS = ['logDelivered', 'logFailed', 'logDeferred'] as const satisfies readonly (keyof AnalyzedInput)[];
