// What the page and its analysis worker (analyze-worker.ts) say to each other: plain data only, the
// files' bytes transferred, not copied. Each batch has a number; a message of any other batch is stale.
import type { Result } from '../../src/result.js';
import type { Locale } from '../../src/types.js';
import type { Item } from './analyze-item.js';
import type { ReadCount } from '../../src/i18n/page-text.js';
import type { WorkedOut } from './batch-outcome.js';

/** The page -> the worker: a batch to analyse, its items in order. */
export interface ToWorker {
  job: number;
  lang: Locale;
  items: Item[];
}

/**
 * The worker -> the page: `ready` once it runs (before that, the bytes are not handed over); for each
 * item, progress through an mbox's messages, its results in slices (a big slice would hold the page
 * while it is copied in), then `item` when the item is done; last, what the page needs worked out from the
 * whole batch's results (`worked`: the summary's counts and lists, the notices read twice), and the batch's end as an item of index items.length (the deferrals its files'
 * logs left unresolved, read as one run: itemRun).
 */
export type FromWorker =
  | { type: 'ready' }
  | { type: 'progress'; job: number; item: number; done: number; total: number; unit?: 'files' }
  | { type: 'results'; job: number; item: number; results: Result[] }
  | ({ type: 'worked'; job: number } & WorkedOut)
  | ({ type: 'item'; job: number; item: number } & Required<ReadCount>);
