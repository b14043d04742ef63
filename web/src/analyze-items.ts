// A batch of the page's inputs -> their results, in a worker (analyze-worker.ts) so that the page stays
// responsive while a big paste or mailbox is read; where the browser cannot start one (no module
// workers, a policy that blocks them), on the page's thread as before, yielding now and then.
import { errorResult, type Result } from '../../src/result.js';
import { PAGE_TEXT } from '../../src/i18n/page-text.js';
import type { Locale } from '../../src/types.js';
import type { Item, ItemOutcome } from './analyze-item.js';
import type { FromWorker, ToWorker } from './worker-messages.js';
import { joined, type BatchOutcome, type WorkedOut } from './batch-outcome.js';

/**
 * `filesDone` of `files` items are done; `done` of `total` messages of the mbox being read (0 of 0 for
 * no mbox), or, `unit` 'files', files of the archive being read.
 */
export interface Progress { filesDone: number; files: number; done: number; total: number; unit?: 'files' }

export interface Analysis {
  /** Every item's results, in order; null once cancelled. */
  outcome: Promise<BatchOutcome | null>;
  /** Stops the batch at once (its worker is ended): its results never come. */
  cancel(): void;
}

/** A worker that has not said it runs by then is given up, and the page analyses on its own thread. */
const START_MS = 15_000;
/** On the page's thread: the longest stretch of analysis (or of work on its results) before the page gets to paint and take input. */
export const SLICE_MS = 50;
/** Progress at most this often: the status line is read out by screen readers. */
const PROGRESS_MS = 250;

/** A worker started (or starting) and given no batch: a new one would load the library again. */
let spare: Promise<Worker | null> | null = null;
/** Once a worker could not be started, the page no longer tries. */
let noWorkers = typeof Worker === 'undefined';
let jobs = 0;

export function analyzeItems(items: Item[], lang: Locale, onProgress: (p: Progress) => void): Analysis {
  const state = { cancelled: false, stop: () => {} };
  let said = -Infinity;
  const say = (p: Progress) => {
    if (performance.now() - said < PROGRESS_MS) return;
    said = performance.now();
    onProgress(p);
  };
  const starting = takeWorker();
  // cancelled before its worker runs: the worker goes to the next batch, without starting another
  state.stop = () => giveBack(starting);
  const outcome = (async () => {
    const worker = await starting;
    if (state.cancelled) return null;
    state.stop = () => {};
    if (worker) {
      try {
        return await inWorker(worker, items, lang, say, state);
      } catch {
        // the batch could not be handed over (nothing was transferred then): it is read here
      }
    }
    return onPageThread(items, lang, say, () => state.cancelled);
  })().catch(() => joined(items.map((item) => stoppedItem(item, lang)))); // never a batch without results
  return { outcome, cancel: () => { state.cancelled = true; state.stop(); } };
}

function inWorker(worker: Worker, items: Item[], lang: Locale, onProgress: (p: Progress) => void,
  state: { stop: () => void }): Promise<BatchOutcome | null> {
  const job = ++jobs;
  // (one more than the items: the batch's end, the deferrals its logs left unresolved)
  const done: (ItemOutcome | null)[] = [...items.map(() => null), null];
  const slices: Result[][] = done.map(() => []);
  let finished = 0;
  let worked: WorkedOut | undefined;
  return new Promise((resolve, reject) => {
    const end = (outcome: BatchOutcome | null, reuse: boolean) => {
      worker.onmessage = worker.onerror = null;
      worker.onmessageerror = null;
      state.stop = () => {};
      if (reuse) park(worker);
      else worker.terminate();
      resolve(outcome);
    };
    worker.onmessage = ({ data }: MessageEvent<FromWorker>) => {
      if (data.type === 'ready' || data.job !== job) return; // a stale batch's word
      if (data.type === 'progress') onProgress({ filesDone: finished, files: items.length, done: data.done, total: data.total, ...(data.unit && { unit: data.unit }) });
      else if (data.type === 'results') slices[data.item]!.push(...data.results);
      else if (data.type === 'worked') worked = { report: data.report, leftOut: data.leftOut, repeated: data.repeated };
      else {
        const { type: _type, job: _job, item, ...counts } = data;
        done[item] = { ...counts, results: slices[item]! };
        if (++finished === done.length) end({ ...joined(done as ItemOutcome[]), ...(worked && { worked }) }, true);
        else onProgress({ filesDone: Math.min(finished, items.length), files: items.length, done: 0, total: 0 });
      }
    };
    // the worker died (a crash, out of memory): what it finished stands, each other item gets a card that says so
    const died = (event: Event) => {
      event.preventDefault();
      end(joined(done.slice(0, items.length).map((o, i) => o ?? stoppedItem(items[i]!, lang))), false);
    };
    worker.onerror = died;
    worker.onmessageerror = died;
    state.stop = () => end(null, false);
    try {
      worker.postMessage({ job, lang, items } satisfies ToWorker, transfers(items));
    } catch (error) {
      state.stop = () => {};
      worker.terminate();
      reject(error);
    }
  });
}

/** The files' bytes move to the worker: copying 100 MB would cost as much again. */
function transfers(items: Item[]): ArrayBuffer[] {
  return items.flatMap((item) => (item.kind === 'file' && item.bytes ? [item.bytes] : []));
}

function takeWorker(): Promise<Worker | null> {
  const taken = spare;
  spare = null;
  if (taken) return taken;
  if (noWorkers) return Promise.resolve(null);
  return startWorker().then((worker) => {
    if (!worker) noWorkers = true;
    return worker;
  });
}

/** Keeps a worker for the next batch; one is enough. */
function giveBack(worker: Promise<Worker | null>): void {
  if (spare) void worker.then((w) => w?.terminate());
  else spare = worker;
}

/** A worker done with its batch waits for the next; one that dies meanwhile is dropped. */
function park(worker: Worker): void {
  const kept = Promise.resolve(worker);
  giveBack(kept);
  worker.onerror = () => {
    if (spare === kept) spare = null;
    worker.terminate();
  };
}

/** A worker once it says it runs; null when it cannot be started (a browser without module workers). */
function startWorker(): Promise<Worker | null> {
  let worker: Worker;
  try {
    worker = new Worker(new URL('./analyze-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return Promise.resolve(null);
  }
  return new Promise((resolve) => {
    const settle = (ok: boolean) => {
      clearTimeout(timer);
      worker.onmessage = worker.onerror = null;
      if (!ok) worker.terminate();
      resolve(ok ? worker : null);
    };
    const timer = setTimeout(() => settle(false), START_MS);
    worker.onmessage = ({ data }: MessageEvent<FromWorker>) => { if (data.type === 'ready') settle(true); };
    worker.onerror = (event) => {
      event.preventDefault();
      settle(false);
    };
  });
}

class Cancelled extends Error {}

const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Resolves once the browser has painted what was just changed (the next frame, then a task), so that
 * "Analisando…" shows before a long analysis holds the page, or that each part of the cards is laid out
 * on its own (main.ts). A hidden tab paints no frames: the timer goes on without one.
 */
export const painted = () => new Promise<void>((resolve) => {
  const fallback = setTimeout(resolve, 100);
  requestAnimationFrame(() => {
    clearTimeout(fallback);
    setTimeout(resolve, 0);
  });
});

/** Without a worker: the page is held while a message is read, and gets a frame between them. */
async function onPageThread(items: Item[], lang: Locale, onProgress: (p: Progress) => void, cancelled: () => boolean): Promise<ItemOutcome | null> {
  const { analyzeItem, endOfRun, failedItem, itemRun } = await import('./analyze-item.js');
  await painted();
  const outcomes: ItemOutcome[] = [];
  // a rotated log's files oldest first, several files as one run (itemRun); each outcome in its item's place
  const { order, run } = itemRun(items);
  let since = performance.now();
  const breathe = async (progress: Progress) => {
    if (cancelled()) throw new Cancelled();
    if (performance.now() - since < SLICE_MS) return;
    onProgress(progress);
    await nextFrame();
    since = performance.now();
    if (cancelled()) throw new Cancelled();
  };
  try {
    for (const [k, i] of order.entries()) {
      if (cancelled()) return null;
      const item = items[i]!;
      const onMessage = (done: number, total: number, unit?: 'files') => breathe({ filesDone: k, files: items.length, done, total, ...(unit && { unit }) });
      try {
        outcomes[i] = await analyzeItem(item, lang, onMessage, run);
      } catch (error) {
        if (error instanceof Cancelled) throw error;
        outcomes[i] = failedItem(item, lang, error);
      }
      await breathe({ filesDone: k + 1, files: items.length, done: 0, total: 0 });
    }
    const last = await endOfRun(run, lang);
    if (last) outcomes.push(last);
  } catch (error) {
    if (error instanceof Cancelled) return null;
    throw error;
  }
  return joined(outcomes);
}

/** The card of an item the worker did not finish. */
function stoppedItem(item: Item, lang: Locale): ItemOutcome {
  const words = PAGE_TEXT[lang].analysisStopped;
  const results = [{ ...errorResult(words.error, { lang, file: item.kind === 'file' ? item.name : null }, 'analysis-stopped'), advice: words.advice }];
  return { messages: 1, logs: 0, logLines: 0, split: 0, notices: 0, replies: 0, unread: 1, logDelivered: 0, logFailed: 0, logDeferred: 0, results };
}
