// The page's analysis worker: the library runs here, off the page's thread, so that a big paste or
// mailbox does not freeze the page. The page ends the worker to cancel a batch (terminate()).
import type { Locale } from '../../src/types.js';
import type { InputRun } from '../../src/analyze-input.js';
import { analyzeItem, endOfRun, failedItem, itemRun, type Item, type ItemOutcome } from './analyze-item.js';
import type { FromWorker, ToWorker } from './worker-messages.js';
import { joined, workedOut } from './batch-outcome.js';

/** The little of a worker's global scope used here (web/ is type-checked with the DOM's types). */
interface WorkerScope {
  postMessage(message: FromWorker): void;
  onmessage: ((event: MessageEvent<ToWorker>) => void) | null;
}
const scope = globalThis as unknown as WorkerScope;

/** Results per message to the page: each is copied in on the page's thread. */
const SLICE = 1000;
/** Progress through an mbox at most this often (the page shows it no more often). */
const PROGRESS_MS = 250;

/** One item, its outcome sent to the page, and returned (for the batch's summary). */
async function analyzeOne(job: number, index: number, item: Item, lang: Locale, run: InputRun | null): Promise<ItemOutcome> {
  let said = Date.now();
  const onMessage = (done: number, total: number, unit?: 'files') => {
    if (Date.now() - said < PROGRESS_MS) return;
    said = Date.now();
    scope.postMessage({ type: 'progress', job, item: index, done, total, ...(unit && { unit }) });
  };
  let out: ItemOutcome;
  try {
    out = await analyzeItem(item, lang, onMessage, run);
  } catch (error) {
    out = failedItem(item, lang, error);
  }
  send(job, index, item, lang, out);
  return out;
}

/** An outcome to the page: its results in slices, then its counts (`item` the index it is for). */
function send(job: number, index: number, item: Item | null, lang: Locale, out: ItemOutcome): void {
  try {
    for (let i = 0; i < out.results.length; i += SLICE) {
      scope.postMessage({ type: 'results', job, item: index, results: out.results.slice(i, i + SLICE) });
    }
  } catch (error) {
    // a result that is not plain data cannot be sent: the item says so rather than leave the page waiting
    scope.postMessage({ type: 'results', job, item: index, results: failedItem(item ?? { kind: 'text', text: '' }, lang, error).results });
  }
  const { results: _results, ...counts } = out;
  scope.postMessage({ type: 'item', job, item: index, ...counts });
}

/** An outcome of nothing read: the end of a batch that was no run of files. */
const NOTHING = { messages: 0, logs: 0, logLines: 0, split: 0, notices: 0, replies: 0, unread: 0, logDelivered: 0, logFailed: 0, logDeferred: 0 } as const;

let queue = Promise.resolve();
scope.onmessage = ({ data }) => {
  const items: (Item | null)[] = data.items;
  queue = queue.then(async () => {
    const { order, run } = itemRun(items);
    const outcomes: ItemOutcome[] = [];
    for (const i of order) {
      outcomes[i] = await analyzeOne(data.job, i, items[i]!, data.lang, run);
      items[i] = null; // its bytes can go
    }
    // the run's end, after the last item (index items.length): the deferrals no file resolved
    let end: ItemOutcome;
    try {
      end = (await endOfRun(run, data.lang)) ?? { ...NOTHING, results: [] };
    } catch (error) {
      end = failedItem({ kind: 'text', text: '' }, data.lang, error);
    }
    // the summary's counts and lists and the notices read twice, worked out here: on the page's thread
    // they held it for 0.4 s after a mailbox of 40,000 bounces. The page works them out itself if this fails.
    try {
      scope.postMessage({ type: 'worked', job: data.job, ...workedOut(joined([...outcomes, end]), data.lang) });
    } catch {
      // (worked out on the page then)
    }
    send(data.job, items.length, null, data.lang, end);
  });
};
scope.postMessage({ type: 'ready' });
