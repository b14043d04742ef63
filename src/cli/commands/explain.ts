// `smtp-explain [options] INPUT...`: explains codes, replies, log lines, bounce files, mbox files,
// Maildirs and folders, streamed, with results in input order.
// Exit codes: 0 all fine, 1 some input (a path or a message) could not be read, 2 usage error.
import { releaseNamedPipes } from '../../mailbox/named-pipe.js';
import { inputBytes, readInputBatches } from '../../mailbox/read-inputs.js';
import { LogRun } from '../../mailbox/log-run.js';
import { numberFormat, REPORTS } from '../../report/catalog.js';
import { asCheckFirst, checkFirst, CSV_BOM, csvHeader, mayTurnToCheck } from '../../report/csv.js';
import { AddressLists } from '../../report/address-lists.js';
import { HtmlReport } from '../../report/html.js';
import { summaryText } from '../../report/summary-text.js';
import { Tally, worthListing, type ResultLite } from '../../report/tally.js';
import { errorLocale, parseCliArgs, UsageError, type CliOptions } from '../args.js';
import { USAGE_TEXT } from '../usage-text.js';
import { helpText } from '../help.js';
import { isReplyWord, onlyImpossibleCodes } from '../is-reply-text.js';
import { explainsText } from '../../explain-text.js';
import { joinUnquotedReply } from '../unquoted-reply.js';
import { packageVersion } from '../package-info.js';
import { OutBuffer, write, type CliIo, type InterruptSignal } from '../io.js';
import { startProgress, type Progress } from '../progress.js';
import { adaptiveAnalyzer, analyzeInOrder, type Analyzer, type ItemInfo } from '../pool.js';
import type { RenderJob } from '../render.js';
import { wantsColour } from '../render-text.js';
import { capYoungGeneration } from '../young-generation.js';
import { printable } from '../printable.js';
import { limitInlining } from '../inlining-limit.js';
import { argvBytes } from '../argv-bytes.js';

/** Longest stretch of work without a turn of the event loop (for the progress bar's timers). */
const YIELD_EVERY_MS = 50;
/**
 * When the input goes quiet (`tail -F mail.log | smtp-explain -`), what is gathered is written after
 * this long without a next result: the output is buffered (64 KB, OutBuffer) and a quiet log would
 * hold a failure until it filled or the input ended.
 */
const IDLE_FLUSH_MS = 200;

/** Items in flight per worker: enough to keep them busy, few enough to bound memory. */
const WINDOW_PER_WORKER = 64;
/** Messages that are no failure, written as text, past which the closing line suggests --bounces-only. */
const BOUNCES_ONLY_HINT_MIN = 20;
/** Addresses to check (they wrote after their failure) named on stderr after a CSV or an address list. */
const MAX_CHECK_NAMED = 20;
/**
 * CSV rows held until the end at most (in UTF-16 code units: some 64 MB), so that the row of an address
 * to check says so (makeFrame); past it, the rows held go out as they are.
 */
const CSV_HOLD_CHARS = 32 * 1024 * 1024;
/** Lines about unreadable messages printed on stderr; the closing line counts them all. */
const MAX_MESSAGE_ERROR_LINES = 20;
/** Exit codes of a run cut short by SIGINT (Ctrl-C) or SIGTERM: 128 + the signal's number, as shells report it. */
export const EXIT_INTERRUPTED = 130;
export const EXIT_TERMINATED = 143;
/** What the wait for the next result gives when a signal comes first. */
const STOPPED = Symbol('stopped');

export function version(): string {
  return packageVersion();
}

export function usageError(io: CliIo, error: unknown, argv: readonly string[], command?: string): number {
  if (!(error instanceof UsageError)) throw error;
  const t = USAGE_TEXT[errorLocale(argv, io.env)];
  // the message may quote an argument as typed: its control characters are shown, not sent
  io.stderr.write(`smtp-explain: ${printable(error.say(t))}\n${t.seeHelp(command)}\n`);
  return 2;
}

/** What comes before, between and after the rendered results; html is all written at the end. */
interface Frame {
  begin(): string;
  /**
   * One rendered result with what goes before it. Results are added one by one, never joined per
   * input: a file of 70,000 events would be one 100 MB string, and its copy in UTF-8 another.
   */
  piece(out: string, lite?: ResultLite, csvAction?: readonly [number, number]): string;
  /** `cut`: the run was interrupted (the HTML report says so). */
  end(cut: boolean): string;
}

/** Results --bounces-only kept out of the output. */
interface LeftOut { count: number }

function makeFrame(options: CliOptions, tally: Tally, html: HtmlReport | null, lists: AddressLists | null, left: LeftOut): Frame {
  const plain = (out: string): string => out;
  const none = (): string => '';
  switch (options.format) {
    case 'ndjson':
      return { begin: none, piece: plain, end: none };
    case 'json': {
      // streamed, yet the same text as JSON.stringify(all, null, 2)
      let first = true;
      return {
        begin: () => '[',
        piece: (out) => {
          const s = (first ? '\n' : ',\n') + out;
          first = false;
          return s;
        },
        end: () => (first ? ']\n' : '\n]\n'),
      };
    }
    case 'sisimai': {
      // Sisimai->dump()'s one array, a record a line; results Sisimai gives no record for render as ""
      let first = true;
      return {
        begin: () => '[',
        piece: (out) => {
          if (out === '') return '';
          const s = (first ? '\n' : ',\n') + out;
          first = false;
          return s;
        },
        end: () => (first ? ']\n' : '\n]\n'),
      };
    }
    case 'csv': {
      // A row of an address to remove for a failure may turn out to be one to check (it writes or is
      // delivered later: address-lists.ts): it is held, with the rows after it, until the end, when its
      // action says so. Not from standard input (tail -F mail.log | smtp-explain -f csv -: rows go out as
      // they come), nor past CSV_HOLD_CHARS held (those go out as they are): the note on stderr names the
      // addresses to check.
      const hold = !options.inputs.includes('-');
      const held: { row: string; lite: ResultLite | undefined; action: readonly [number, number] | undefined }[] = [];
      let heldChars = 0;
      const release = (settled: boolean): string => {
        const rows = held.map((h) => (settled && h.lite && h.action && checkFirst(h.lite, lists!.check) ? asCheckFirst(h.row, h.action, options.lang) : h.row)).join('');
        held.length = 0;
        heldChars = 0;
        return rows;
      };
      return {
        begin: () => (options.bom ? CSV_BOM : '') + csvHeader(options.lang),
        piece: (out, lite, action) => {
          if (!hold || (!held.length && !(lite && mayTurnToCheck(lite)))) return out;
          held.push({ row: out, lite, action });
          heldChars += out.length;
          return heldChars > CSV_HOLD_CHARS ? release(false) : '';
        },
        end: () => release(true),
      };
    }
    case 'html':
      return {
        begin: none,
        piece: none,
        end: (cut) => html!.render({ inputs: options.inputs.map((i) => (i.length > 80 ? i.slice(0, 79) + '…' : i)), interrupted: cut }),
      };
    case 'remove':
      // the list a mailing list takes back: each address once, in the order first seen
      return { begin: none, piece: none, end: () => [...lists!.remove.values()].map((e) => e.address + '\n').join('') };
    case 'text': {
      // a blank line between results
      let first = true;
      return {
        begin: none,
        piece: (out) => {
          const s = (first ? '' : '\n') + out;
          first = false;
          return s;
        },
        end: () => (options.summary ? '\n' + summaryText(tally, options.lang, true, lists, left.count) : ''),
      };
    }
  }
}

export async function explainCommand(argv: string[], io: CliIo): Promise<number> {
  let options: CliOptions;
  try {
    options = parseCliArgs(argv, io.env, io.stdinPiped?.() ?? false);
  } catch (error) {
    return usageError(io, error, argv);
  }
  if (options.help) { await write(io.stdout, helpText(options.lang)); return 0; }
  options.inputs = joinUnquotedReply(options.inputs, isReplyWord, explainsText);
  if (options.version) { await write(io.stdout, version() + '\n'); return 0; }

  const lang = options.lang;
  const t = REPORTS[lang];
  const tally = new Tally();
  const html = options.format === 'html' ? new HtmlReport(lang, tally) : null;
  // the addresses to act on: the output of --format remove, counted in --summary, and after a CSV the
  // ones kept off the remove list (they wrote after their failure: its rows were written before that was known)
  const lists = options.format === 'remove' || options.format === 'csv' || options.summary ? new AddressLists() : null;
  const left: LeftOut = { count: 0 };
  const frame = makeFrame(options, tally, html, lists, left);
  const job: RenderJob = { lang, format: options.format, colour: options.format === 'text' && wantsColour(io.env, io.stdout.isTTY === true) };
  const wantsProgress = io.stderr.isTTY === true && io.stdout.isTTY !== true;
  const progress: Progress = startProgress(io, lang, wantsProgress ? inputBytes(options.inputs, { argBytes: argvBytes }) : Promise.resolve(0));

  const analyzer: Analyzer = adaptiveAnalyzer(job, options.jobs);
  const window = options.jobs > 0 ? options.jobs * WINDOW_PER_WORKER : 1;

  let bulk = options.inputs.includes('-');

  let messageErrorLines = 0;
  const deferred: string[] = [];
  const note = (line: string): void => {
    if (progress.visible) deferred.push(line);
    else io.stderr.write(line + '\n');
  };
  const reportItem = (item: ItemInfo, results: readonly ResultLite[]): void => {
    if (item.kind !== 'text') bulk = true;
    if (item.kind !== 'error') {
      // a file found unreadable once read (an image, a zip, an empty file): named as a path that could
      // not be read is, else "1 unreadable" in the closing line leaves the reader to find which
      if (item.file === null) return;
      for (const r of results) {
        if (r.error === null || ++messageErrorLines > MAX_MESSAGE_ERROR_LINES) continue;
        note(t.unreadablePath(printable(r.file ?? item.file), r.error));
      }
      return;
    }
    if (item.scope === 'message' && ++messageErrorLines > MAX_MESSAGE_ERROR_LINES) return;
    note(t.unreadablePath(printable(item.file), item.reason));
  };

  const onEmptyFolder = (dir: string): void => {
    // a wrong path should not end in silence: the closing line says nothing was read
    bulk = true;
    note(t.emptyFolder(printable(dir)));
  };
  // the run's mail logs, read as one: how their deliveries ended is counted as they are read (the closing line, --summary, the HTML report)
  const logRun = new LogRun();
  tally.deliveries = logRun.tracker.counts;
  const batches = readInputBatches(options.inputs, () => io.stdin, { onBytes: (k) => progress.bytes(k), onEmptyFolder, argBytes: argvBytes, logRun });
  // Ctrl-C on a long run: stop reading, and end the output well formed (the JSON array closed, the HTML
  // report written) with what was analysed so far; a second Ctrl-C ends the process at once. The wait
  // for the next result ends too: input that never ends (tail -f, an idle pipe) must not hold the stop.
  let interrupted: InterruptSignal | null = null;
  /** Ends the current wait for the next result (set while one is pending). */
  let wake: ((stopped: typeof STOPPED) => void) | null = null;
  const stopListening = io.onInterrupt?.((signal) => {
    interrupted = signal;
    progress.stop();
    io.stderr.write(t.interrupting + '\n');
    // a named pipe no writer opened yet would hold the process's exit (src/mailbox/named-pipe.ts)
    releaseNamedPipes();
    wake?.(STOPPED);
  });
  /** The run stopped before its inputs ended (a signal after the last result changes nothing). */
  let cut = false;
  try {
    // output is gathered and written in chunks: one write per result costs a system call each
    const out = new OutBuffer(io.stdout);
    out.add(frame.begin());
    // files are read synchronously (fast): write what is gathered now and then, so that a slow stream
    // of inputs still shows its results as they come, and give the progress bar's timers a turn (a
    // timer waits a millisecond at least: without a bar, there is none to wait for)
    let sliceStart = -Infinity;
    const analysed = analyzeInOrder(batches, analyzer, job, window);
    // standard input may go quiet for hours (a log followed as it grows); files never wait (no timer per file)
    const followed = options.inputs.includes('-');
    reading: for (;;) {
      const next = analysed.next();
      if (followed && !interrupted && out.pending) await flushWhenIdle(next, out);
      // a wait of its own each time: Promise.race with one promise that never settles would add a
      // reaction to it per result, each holding its result (1.7 GB over a 1 GB mbox, measured)
      const got = interrupted ? STOPPED : await new Promise<Awaited<typeof next> | typeof STOPPED>((resolve, reject) => {
        wake = resolve;
        next.then(resolve, reject);
      });
      wake = null;
      if (got === STOPPED) {
        next.catch(() => {}); // a read cut short may fail: nobody waits for it
        cut = true;
        break;
      }
      if (got.done) break;
      for (const { item, done } of got.value) {
        if (interrupted) {
          cut = true;
          break reading;
        }
        const starting = progress.starting;
        if (starting) await starting;
        if (Date.now() - sliceStart > YIELD_EVERY_MS) {
          await out.flush();
          if (wantsProgress) await new Promise((resolve) => setTimeout(resolve, 0)); // a timer: due timers run first
          sliceStart = Date.now(); // not performance.now(): loading perf_hooks cost every run 1.5 ms
        }
        if (item.kind === 'log-line' && item.inbound && !options.inbound) {
          // a refusal of incoming mail beside the log's deliveries: counted by reason, not listed (--inbound lists them)
          bulk = true;
          tally.addInbound(done.lite);
          continue;
        }
        reportItem(item, done.lite);
        // a notice read again (an overlapping export) is written, but counted once
        // a path that could not be read at all is counted as such, not as a message read
        const kind = item.kind === 'error' && item.scope === 'path' ? 'unreadable' : item.kind;
        const counted = tally.addItem(done.lite, kind, item.kind === 'esp-event' ? item.first : item.kind !== 'error' || !item.continued, done.parts);
        html?.add(counted);
        if (lists) for (const r of counted) lists.add(r);
        progress.message();
        for (const [i, rendered] of done.out.entries()) {
          // --bounces-only: a message that is no bounce is counted in the closing line, not written
          if (options.bouncesOnly && !worthListing(done.lite[i]!)) {
            left.count++;
            continue;
          }
          const a = done.csvAction;
          out.add(frame.piece(rendered, done.lite[i], a ? [a[2 * i]!, a[2 * i + 1]!] : undefined));
          if (out.due) await out.flush();
        }
        if (((tally.results + tally.repeatedResults) & 63) === 0) {
          // a long run: see young-generation.ts and inlining-limit.ts
          capYoungGeneration();
          limitInlining();
        }
      }
    }
    if (cut) {
      // not awaited: a read still waiting for input ends when standard input is closed, or never
      analysed.return(undefined).catch(() => {});
      if (options.inputs.includes('-')) (io.stdin as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
    }
    out.add(frame.end(cut));
    await out.flush();
  } finally {
    stopListening?.();
    progress.stop();
    await analyzer.close();
  }
  for (const line of deferred) io.stderr.write(line + '\n');
  if (options.summary && options.format !== 'text') io.stderr.write(summaryText(tally, lang, !bulk, lists, left.count));
  // (the summary names them already)
  const check = lists && !options.summary ? [...lists.check.values()].map((e) => e.address) : [];
  if (check.length) {
    const named = check.slice(0, MAX_CHECK_NAMED).join(', ') + (check.length > MAX_CHECK_NAMED ? ', …' : '');
    io.stderr.write(t.checkNote(check.length, printable(named), numberFormat(lang)) + '\n');
  }
  const addressesWritten = options.format === 'remove' ? lists!.remove.size : undefined;
  if (bulk) io.stderr.write(t.done({ ...tally, leftOut: left.count, addressesWritten }, numberFormat(lang)) + '\n');
  // a whole mailbox read into the terminal: most of what was written is no failure
  if (bulk && options.format === 'text' && !options.bouncesOnly && tally.notBounces >= BOUNCES_ONLY_HINT_MIN) {
    io.stderr.write(t.bouncesOnlyHint(numberFormat(lang)(tally.notBounces)) + '\n');
  }
  if (cut) {
    io.stderr.write(t.interrupted + '\n');
    return interrupted === 'SIGTERM' ? EXIT_TERMINATED : EXIT_INTERRUPTED;
  }
  if (tally.errors > 0) return 1;
  // ("999" alone: explained, and a usage error, as `codes 999` is)
  return onlyImpossibleCodes(options.inputs) ? 2 : 0;
}

/**
 * Writes what `out` gathered when `next` (the next results) is not there within IDLE_FLUSH_MS: the input
 * is slow (a log followed as it grows). A result ready at once, as files give them, costs no timer.
 */
async function flushWhenIdle(next: Promise<unknown>, out: OutBuffer): Promise<void> {
  let settled = false;
  const ready = next.then(() => { settled = true; }, () => { settled = true; });
  await null;
  if (settled) return;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const idle = new Promise<'idle'>((resolve) => { timer = setTimeout(resolve, IDLE_FLUSH_MS, 'idle'); });
  const first = await Promise.race([ready, idle]);
  clearTimeout(timer);
  if (first === 'idle') await out.flush();
}
