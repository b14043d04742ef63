// The page's analysis worker: the library runs here, off the page's thread, so that a big paste or
// mailbox does not freeze the page. The page ends the worker to cancel a batch (terminate()).
import type { Locale } from '../../src/types.js';
import { analyzeItem, failedItem, type Item, type ItemOutcome } from './analyze-item.js';
import type { FromWorker, ToWorker } from './worker-messages.js';

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

async function analyzeOne(job: number, index: number, item: Item, lang: Locale): Promise<void> {
  let said = Date.now();
  const onMessage = (done: number, total: number, unit?: 'files') => {
    if (Date.now() - said < PROGRESS_MS) return;
    said = Date.now();
    scope.postMessage({ type: 'progress', job, item: index, done, total, ...(unit && { unit }) });
  };
  let out: ItemOutcome;
  try {
    out = await analyzeItem(item, lang, onMessage);
  } catch (error) {
    out = failedItem(item, lang, error);
  }
  try {
    for (let i = 0; i < out.results.length; i += SLICE) {
      scope.postMessage({ type: 'results', job, item: index, results: out.results.slice(i, i + SLICE) });
    }
  } catch (error) {
    // a result that is not plain data cannot be sent: the item says so rather than leave the page waiting
    scope.postMessage({ type: 'results', job, item: index, results: failedItem(item, lang, error).results });
  }
  const { results: _results, ...counts } = out;
  scope.postMessage({ type: 'item', job, item: index, ...counts });
}

let queue = Promise.resolve();
scope.onmessage = ({ data }) => {
  const items: (Item | null)[] = data.items;
  queue = queue.then(async () => {
    for (let i = 0; i < items.length; i++) {
      await analyzeOne(data.job, i, items[i]!, data.lang);
      items[i] = null; // its bytes can go
    }
  });
};
scope.postMessage({ type: 'ready' });
