// The mail logs among several inputs of the library, the API or the page (the files of an archive, files
// dropped together) read as one log, as the command line reads the logs of one run: one LogRun, so that a
// deferral in mail.log.1 that mail.log shows delivered, bounced or expired is settled there. Each result
// is named by its own file and line ("logs.zip/mail.log.1:3"); the deferrals no later file resolved come
// at the run's end (finish). Memory: the LogRun's tracker holds the pending deferrals under its caps
// (MAX_PENDING_DEFERRALS, MAX_PENDING_CHARS); results past maxResults are counted, not made.
import { tooManyResults, type AnalyzeOptions, type LogRunReader } from './analyze.js';
import { analyzeItem } from './mailbox/analyze-item.js';
import { LogRun, readLogStream } from './mailbox/log-run.js';
import { countsSince, type DeliveryCounts } from './reply/delivery-counts.js';
import type { MailItem } from './mailbox/types.js';
import type { Result } from './result.js';
import type { Locale } from './types.js';
import { Pace } from './pace.js';

/** Characters of a log's text handed to its reading at a time, a step of the pace before each (the command line reads files by 64 KB too). */
const TEXT_CHUNK_CHARS = 64 * 1024;

/**
 * A text in chunks, a step of `pace` before each: one chunk of megabytes was read in one go, with no
 * turn given back to the event loop (readLogStream gives on only what its lines gave out).
 */
async function* pacedChunks(text: string, pace: Pace): AsyncGenerator<string> {
  for (let at = 0; at < text.length; at += TEXT_CHUNK_CHARS) {
    await pace.step();
    yield text.slice(at, at + TEXT_CHUNK_CHARS);
  }
}

export class LogRunResults {
  private readonly run = new LogRun();
  /** Files read as logs. */
  files = 0;
  /** Failed or deferred delivery lines given, counted also past maxResults. */
  lines = 0;

  /** A log's text, read as the run's next file (options.file names it); what it gives now. */
  readonly read: LogRunReader = async (text, options) => {
    this.files++;
    const out: Result[] = [];
    const lang = options.lang ?? 'pt-BR';
    const lines = this.lines;
    const before = { ...this.run.tracker.counts };
    const pace = options.pace ?? new Pace(options.signal);
    const left = await this.take(readLogStream(options.file ?? '', pacedChunks(text, pace), this.run), lang, out, options, pace);
    const deliveries = countsSince(this.run.tracker.counts, before);
    return { results: left ? [...out, tooManyResults(left, options)] : out, lines: this.lines - lines, deliveries };
  };

  /**
   * The deferrals no file resolved, and the quiet files that waited for them; at most `maxResults` results;
   * with the deliveries they settle (those still deferred at the run's end).
   */
  async finish(lang: Locale, options: AnalyzeOptions = {}): Promise<{ results: Result[]; deliveries: DeliveryCounts }> {
    const out: Result[] = [];
    const before = { ...this.run.tracker.counts };
    const left = await this.take(this.run.finish(), lang, out, options, options.pace ?? new Pace(options.signal));
    const deliveries = countsSince(this.run.tracker.counts, before);
    return { results: left ? [...out, tooManyResults(left, { ...options, lang })] : out, deliveries };
  }

  /** The items made results into `out`, up to options.maxResults, a step of `pace` before each made; how many were left out. */
  private async take(batches: AsyncIterable<MailItem[]> | Iterable<MailItem[]>, lang: Locale, out: Result[], options: AnalyzeOptions, pace: Pace): Promise<number> {
    const max = options.maxResults ?? Infinity;
    let left = 0;
    for await (const batch of batches) {
      for (const item of batch) {
        if (item.kind === 'log-line') this.lines++;
        if (out.length >= max) left++;
        else {
          await pace.step();
          for (const r of await analyzeItem(item, lang)) out.push(r);
        }
      }
    }
    return left;
  }
}
