// A batch's outcome, made the same way in the page's worker and on the page's thread: its items' outcomes
// joined in order, and what takes long to work out from them over a big mailbox (the summary's counts and
// lists, the notices read twice), which the worker does off the page's thread.
import { READ_COUNTS, type ReadCount } from '../../src/i18n/page-text.js';
import { mailboxReport, type MailboxReport } from '../../src/report/mailbox-report.js';
import { deliveriesOf } from '../../src/reply/delivery-counts.js';
import type { Result } from '../../src/result.js';
import type { Locale } from '../../src/types.js';
import type { ItemOutcome } from './analyze-item.js';
import { leftOutOnce } from './card-order.js';

/** The summary's counts and lists (the HTML report's), and the results left out as read twice (card-order.ts leftOutOnce). */
export interface WorkedOut {
  report: MailboxReport;
  leftOut: number[];
  repeated: number;
}

/** A batch's results and counts; `worked`, when the worker worked it out. */
export interface BatchOutcome extends ItemOutcome {
  worked?: WorkedOut;
}

/** The items' outcomes as one: their results in order, their counts summed. */
export function joined(outcomes: ItemOutcome[]): ItemOutcome {
  const sum = (key: (typeof READ_COUNTS)[number]) => outcomes.reduce((n, o) => n + o[key], 0);
  const counts = Object.fromEntries(READ_COUNTS.map((key) => [key, sum(key)])) as Required<ReadCount>;
  return { ...counts, results: outcomes.flatMap((o) => o.results) };
}

/** The summary's counts and lists of `results`, as the HTML report makes them (plain data). */
export function summaryReport(results: readonly Result[], read: ReadCount, lang: Locale): MailboxReport {
  return mailboxReport(results, read.messages, lang, deliveriesOf(read));
}

/** All of WorkedOut at once (in the worker). */
export function workedOut(batch: ItemOutcome, lang: Locale): WorkedOut {
  return { report: summaryReport(batch.results, batch, lang), ...leftOutOnce(batch.results) };
}
