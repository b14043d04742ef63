// A stream a program hands the library (an upload in a Node service, a browser's File.stream()) -> its
// results, in order, as it is read, with the command line's streaming readers: an mbox message by message
// (src/mailbox/mbox.ts), a mail log line by line with the deferrals no later line resolved at its end
// (src/mailbox/log-run.ts), anything else (one message, a text, a sending service's events) whole up to
// MAX_UNPACKED_BYTES, the library's cap. Memory: the largest message (cut at MAX_MESSAGE_BYTES) or the
// log's pending deferrals, not the stream. Browser-safe.
import { safeAnalyze } from './analyze-input.js';
import { MAX_UNPACKED_BYTES } from './archive/gunzip.js';
import { joinBytes } from './archive/join-bytes.js';
import { CATALOGS } from './i18n/catalog.js';
import { analyzeItem } from './mailbox/analyze-item.js';
import { LOG_HEAD_BYTES, looksLikeLog, opensLikeLog, readLogStream } from './mailbox/log-stream.js';
import { looksLikeMbox, readMbox } from './mailbox/mbox.js';
import { Pace, throwIfAborted } from './pace.js';
import { setListActions } from './report/tally.js';
import { errorResult, type Result } from './result.js';
import type { Locale } from './types.js';

/** Bytes of the start looked at for an mbox's separator line (with its line end), as the command line does. */
const HEAD_BYTES = 1024;

export interface StreamOptions {
  lang: Locale;
  /** The name results carry (an mbox's messages "name#3", a log's lines "name:120"), or null. */
  file: string | null;
  signal?: AbortSignal;
}

/** An input read whole (no mbox of two messages or more, no log): its results as analyze() gives them. */
export type WholeReader = (input: string | Uint8Array) => Promise<Result[]>;

/**
 * The results of a stream of bytes (strings are UTF-8), in order. Each message of an mbox gets its
 * results as analyzeInput() reads it ("name#3"); an mbox of one message and anything that is no mbox nor
 * log are given to `whole`, as text when every chunk was text. A stream that fails gives the results of
 * what came before it and an error result; an aborted signal throws its reason, before the next result.
 * The stream is closed when the reading stops, at its end or early (the caller's break, an abort).
 */
export async function* analyzeStreamAny(source: AsyncIterable<Uint8Array | string>, o: StreamOptions, whole: WholeReader): AsyncGenerator<Result, void, undefined> {
  const pace = new Pace(o.signal);
  const it = source[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  const first: Uint8Array[] = [];
  let firstLength = 0;
  let done = false;
  let text = true;
  // an abort ends a wait for the next chunk too (a stalled upload): its reason is thrown at once
  const signal = o.signal;
  let onAbort: (() => void) | null = null;
  const aborted = signal && new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason ?? new DOMException('This operation was aborted', 'AbortError'));
    signal.addEventListener('abort', onAbort, { once: true });
  });
  // (rejected with no read waiting: handled, told by the pace's step)
  aborted?.catch(() => undefined);
  const next = async (): Promise<Uint8Array | null> => {
    const n = aborted ? await Promise.race([it.next(), aborted]) : await it.next();
    if (n.done) return null;
    if (typeof n.value === 'string') return encoder.encode(n.value);
    text = false;
    return n.value;
  };
  /** Reads chunks into `first` until it holds `bytes`, or a line end when `line` is set, or the stream ends. */
  const fill = async (bytes: number, line: boolean): Promise<Uint8Array> => {
    while (!done && firstLength < bytes) {
      const chunk = await next();
      if (chunk === null) { done = true; break; }
      first.push(chunk);
      firstLength += chunk.length;
      if (line && chunk.includes(0x0a)) break;
    }
    return joinBytes(first, firstLength);
  };
  async function* rest(): AsyncGenerator<Uint8Array> {
    // (let go of as they are given)
    for (let chunk = first.shift(); chunk; chunk = first.shift()) yield chunk;
    if (done) return;
    for (let chunk = await next(); chunk !== null; chunk = await next()) yield chunk;
  }
  const file = o.file;
  /** A message or an input read whole, as text when every chunk came as text (as analyze() is given a string). */
  const input = (bytes: Uint8Array): string | Uint8Array => (text && bytes.length ? new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) : bytes);
  try {
    await pace.step();
    let head = await fill(HEAD_BYTES, true);
    if (looksLikeMbox(head)) {
      for await (const m of readMbox(rest())) {
        await pace.step();
        // one message alone is no mbox: read whole, under the stream's name, as analyze() reads it
        if (m.index === 1 && m.last) yield* await whole(input(m.bytes));
        else yield* setListActions((await safeAnalyze(input(m.bytes), { lang: o.lang, forLibrary: true }, `${file ?? ''}#${m.index}`, Infinity, pace)).results);
      }
      return;
    }
    if (!done && firstLength < HEAD_BYTES) head = await fill(HEAD_BYTES, false);
    if (opensLikeLog(head)) {
      // delivery lines in what came already: a log, without waiting for more (see readStreamed in src/mailbox/read-inputs.ts)
      if (!looksLikeLog(head)) head = await fill(LOG_HEAD_BYTES, false);
      if (looksLikeLog(head)) {
        for await (const batch of readLogStream(file ?? '', rest())) {
          for (const item of batch) {
            await pace.step();
            // (analyzeItem sets each result's list action)
            for (const r of await analyzeItem(item, o.lang)) {
              // a log without a name that held no failure: its result named by none, as analyze() names it (its lines are ":120")
              if (file === null && r.file === '') r.file = null;
              yield r;
            }
          }
        }
        return;
      }
    }
    await fill(MAX_UNPACKED_BYTES + 1, false);
    if (firstLength > MAX_UNPACKED_BYTES) {
      // (not read further: the stream is closed below)
      yield setListActions([errorResult(CATALOGS[o.lang].ui.libraryCall.streamTooLarge(String(MAX_UNPACKED_BYTES / (1024 * 1024))), { lang: o.lang, file }, 'stream-too-large')])[0]!;
      return;
    }
    await pace.step();
    // (a byte order mark kept, as a string given to analyze() keeps it)
    yield* await whole(input(joinBytes(first.splice(0), firstLength)));
  } catch (error) {
    // aborted: the signal's reason, as analyze() rejects; else the stream failed (or a chunk was no bytes)
    throwIfAborted(o.signal);
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    yield setListActions([errorResult(CATALOGS[o.lang].ui.libraryCall.streamFailed(detail), { lang: o.lang, file }, 'stream-failed')])[0]!;
  } finally {
    if (onAbort) signal!.removeEventListener('abort', onAbort);
    // closed, not awaited: a generator's return() waits for a read still pending (a stalled stream, aborted)
    it.return?.(undefined).catch(() => undefined);
  }
}
