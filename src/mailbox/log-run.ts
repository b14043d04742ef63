// A mail log read as a stream, line by line: any size, with the current line and the deferrals not yet
// resolved held (DeliveryTracker). The line that says how a failed or still deferred delivery ended is
// an item of its own, named by its line ("mail.log:120"): failures as they come, the deferrals no later
// line resolved at the end; a log without any is one item that says so. Browser-safe: the library and
// the page read the logs of an archive or of several files as one run with it too.
import { cutLogLine, DeliveryTracker, logLineLabel, MAX_LOG_LINE_CHARS, type FailedLine, type LogPart } from '../reply/log-file.js';
import { unprefixedLogLine } from '../reply/log-prefix.js';
import type { MailItem } from './types.js';

/** Log lines handed on together. */
const BATCH_ITEMS = 64;

/** A file of a run of logs, with what the stream tells of it: lines given out, delivery lines. */
interface FilePart extends LogPart {
  given: number;
  deliveries: number;
}

/**
 * The mail logs of one run read as one log (a log and its rotated files, "mail.log.1.gz mail.log"): one
 * DeliveryTracker for all of them, under the caps that bound it for one file, so that a deferral in one
 * file is resolved by a later file's delivery, failure or expiry. The deferrals no file resolved come out
 * at the run's end (finish), named by their file; failures as their lines come.
 */
export class LogRun {
  readonly tracker = new DeliveryTracker();
  /** Files that gave nothing out but still have deferrals held: quiet, if no line of theirs comes out and no later line failed one of them. */
  waiting: FilePart[] = [];
  /** Files begun. */
  files = 0;

  /** The deferrals still held, then a quiet-log item for each waiting file that gave nothing. */
  *finish(): Generator<MailItem[]> {
    const items: MailItem[] = [];
    for (const l of this.tracker.finish()) items.push(lineItem(l, l.part as FilePart));
    for (const part of this.waiting) if (!part.given && !part.failedLater) items.push({ kind: 'quiet-log', file: part.label, deliveries: part.deliveries });
    this.waiting = [];
    for (let i = 0; i < items.length; i += BATCH_ITEMS) yield items.slice(i, i + BATCH_ITEMS);
  }
}

/**
 * A line given out, counted for the file it came from; a refusal of incoming mail beside deliveries is
 * not (the file whose deliveries all went through is still told as such).
 */
function lineItem(l: FailedLine, part: FilePart): MailItem {
  if (l.inbound) return { kind: 'log-line', file: logLineLabel(part.label, l.number), text: l.line, gaveUp: null, inbound: true };
  part.given++;
  return { kind: 'log-line', file: logLineLabel(part.label, l.number), text: l.line, gaveUp: l.gaveUp ?? null };
}

/**
 * A mail log, line by line. With a `run`, as one file of it: the deferrals left at its end stay held for
 * the run's next files (LogRun.finish gives them); alone, they are given at its end.
 */
export async function* readLogStream(label: string, chunks: AsyncIterable<Uint8Array | string>, run?: LogRun): AsyncGenerator<MailItem[]> {
  const decoder = new TextDecoder('utf-8');
  let carry = '';
  // the start of a line too long to be a log line, read when it ends (cutLogLine)
  let cut: string | null = null;
  let number = 0;
  const logs = run ?? new LogRun();
  const tracker = logs.tracker;
  const part: FilePart = { label, held: 0, given: 0, deliveries: 0 };
  tracker.startPart(part);
  logs.files++;
  let batch: MailItem[] = [];
  const give = (lines: FailedLine[]): void => {
    for (const l of lines) {
      const from = (l.part as FilePart | undefined) ?? part;
      batch.push(lineItem(l, from));
      // a line of this file gave up an older file's message: this file is no quiet log either
      if (from !== part && l.gaveUp) part.given++;
    }
  };
  const take = (line: string): void => {
    number++;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    give(tracker.read(number, unprefixedLogLine(cutLogLine(line))));
  };
  let failed: unknown = null;
  try {
    for await (const chunk of chunks) {
      const text = carry + (typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true }));
      let start = 0;
      for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
        if (cut !== null) {
          take(cut);
          cut = null;
        } else {
          take(text.slice(start, nl));
        }
        start = nl + 1;
        // given on within a chunk too: one line may give out a hundred (a Sendmail line's recipients), and a
        // chunk of megabytes whole lines' worth of held deferrals
        if (batch.length >= BATCH_ITEMS) {
          yield batch;
          batch = [];
        }
      }
      carry = text.slice(start);
      if (carry.length > MAX_LOG_LINE_CHARS) {
        // (the rest of the line is read and dropped: held, it would be as long as the file)
        cut ??= ownCopy(carry.slice(0, MAX_LOG_LINE_CHARS));
        carry = '';
      }
      // what a chunk gave is given on now, however little: a log followed as it grows (tail -F) shows
      // each failure when its line comes, not when more lines or the end of the input do
      if (batch.length) {
        yield batch;
        batch = [];
      }
    }
  } catch (error) {
    // the stream broke (a .gz damaged or cut short): the whole lines read before it are given out
    // first, with the deferrals still held, and then the reader's error (the caller's error item)
    failed = error;
    carry = '';
    cut = null;
  }
  carry += decoder.decode();
  if (cut !== null) take(cut);
  else if (carry) take(carry);
  part.deliveries = tracker.deliveries;
  give(tracker.endPart());
  for (let i = 0; i < batch.length; i += BATCH_ITEMS) yield batch.slice(i, i + BATCH_ITEMS);
  // alone: its deferrals now; in a run, at the run's end (a later file may resolve them)
  if (!run) yield* logs.finish();
  if (failed !== null) throw failed;
  if (!part.given) {
    if (part.held) logs.waiting.push(part);
    else yield [{ kind: 'quiet-log', file: label, deliveries: part.deliveries }];
  }
}

/** The text in a string of its own: a slice of a chunk keeps the whole chunk alive while it is held. */
function ownCopy(text: string): string {
  return (' ' + text).slice(1);
}
