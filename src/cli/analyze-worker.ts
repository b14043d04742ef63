// Worker thread of the CLI: analyses and renders the batches of items the pool sends, one item at a
// time and in arrival order (interleaving several parses only adds garbage-collector work), and
// answers each batch with one message. Before each item it writes the item's id where the pool reads it
// if this thread dies (pool.ts WorkerData): that item is the one that killed it.
import { parentPort, workerData } from 'node:worker_threads';
import type { MailItem } from '../mailbox/types.js';
import type { WorkerData } from './pool.js';
import { work, type Rendered } from './render.js';

const { job, progress } = workerData as WorkerData;
const at = new Int32Array(progress);
let chain: Promise<void> = Promise.resolve();

parentPort!.on('message', (batch: { id: number; item: MailItem }[]) => {
  chain = chain.then(async () => {
    const answers: { id: number; done: Rendered }[] = [];
    for (const { id, item } of batch) {
      Atomics.store(at, 0, id);
      answers.push({ id, done: await work(item, job) });
    }
    // done with the batch: a death while answering is on no item
    Atomics.store(at, 0, -1);
    parentPort!.postMessage(answers);
  });
});
