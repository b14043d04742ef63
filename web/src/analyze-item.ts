// One input of the page (a paste, or a file as the browser read it) -> its results. Plain data in and
// out, so that the same code runs in the page's worker and, where no worker can be started, in the page.
import { internalErrorResult, type Result } from '../../src/result.js';
import { decodeText } from '../../src/message/file-content.js';
import { analyzeInput, InputRun, type AnalyzeInputOptions } from '../../src/analyze-input.js';
import { inWrittenOrder } from '../../src/mailbox/rotated-logs.js';
import type { Locale } from '../../src/types.js';
import type { ReadCount } from '../../src/i18n/page-text.js';
import { MAX_FILE_BYTES, MAX_PAGE_RESULTS, tooLargeResult, unreadableResult } from './file-cap.js';

/**
 * A paste, or a file: `bytes` is null for one that was not read (past MAX_FILE_BYTES, or that the
 * browser could not give: moved, deleted, no permission); `text` says to read it as text.
 */
export type Item =
  | { kind: 'text'; text: string }
  | { kind: 'file'; name: string; size: number; text: boolean; bytes: ArrayBuffer | null };

/** Messages read (1 for anything that is not an mbox), a mail log's lines, a paste's parts, inputs not read. */
export interface ItemOutcome extends Required<ReadCount> {
  results: Result[];
}

/** An item the page could not read (too large, or not given by the browser), with this result. */
export function notRead(results: Result[]): ItemOutcome {
  return { messages: 1, logs: 0, logLines: 0, split: 0, notices: 0, replies: 0, unread: 1, logDelivered: 0, logFailed: 0, logDeferred: 0, results };
}

/** The name results of this item carry. */
function itemFile(item: Item): string | null {
  return item.kind === 'file' ? item.name : null;
}

/**
 * How a batch's items are read: in the order given, but a rotated log's files oldest first (mail.log.2.gz,
 * mail.log.1, mail.log in the places they took), and with several files, in one run (InputRun), their mail
 * logs read as one log as the command line reads a run's: a deferral in mail.log.1 that mail.log shows
 * delivered is no failure. One item is read alone, as ever.
 */
export function itemRun(items: readonly (Item | null)[]): { order: number[]; run: InputRun | null } {
  const name = (i: number) => (items[i]?.kind === 'file' ? (items[i] as { name: string }).name : '');
  const order = inWrittenOrder(items.map((_, i) => i), name);
  return { order, run: items.filter((i) => i?.kind === 'file').length > 1 ? new InputRun() : null };
}

/** The deferrals no file of the run resolved, after its last file (each named by its file and line); null without a run. */
export async function endOfRun(run: InputRun | null, lang: Locale): Promise<ItemOutcome | null> {
  return run ? run.finish(lang, MAX_PAGE_RESULTS) : null;
}

/** One item's results; a file of a `run` (itemRun) has its logs read into it. */
export async function analyzeItem(item: Item, lang: Locale, onMessage?: AnalyzeInputOptions['onMessage'], run?: InputRun | null): Promise<ItemOutcome> {
  const options = { lang, onMessage, maxResults: MAX_PAGE_RESULTS };
  if (item.kind === 'text') return analyzeInput(item.text, options);
  if (item.size > MAX_FILE_BYTES) return notRead([tooLargeResult(item.name, item.size, lang)]);
  if (!item.bytes) return notRead([unreadableResult(item.name, lang)]);
  const bytes = new Uint8Array(item.bytes);
  // a text file may be a single reply line: read it as text; an e-mail keeps its bytes and charsets
  const input = item.text ? decodeText(bytes, false) : bytes;
  return run ? run.read(input, { ...options, file: item.name }) : analyzeInput(input, { ...options, file: item.name });
}

/** What an item that threw gives (the library should not throw): an error card, as the API's. */
export function failedItem(item: Item, lang: Locale, error: unknown): ItemOutcome {
  return notRead([internalErrorResult(error, { lang, file: itemFile(item) })]);
}
