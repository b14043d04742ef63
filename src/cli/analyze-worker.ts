// Worker thread of the CLI: analyses and renders the batches of items the pool sends, one item at a
// time and in arrival order (interleaving several parses only adds garbage-collector work), and
// answers each batch with one message.
import { parentPort, workerData } from 'node:worker_threads';
import type { MailItem } from '../mailbox/types.js';
import { work, type RenderJob, type Rendered } from './render.js';

const job = workerData as RenderJob;
let chain: Promise<void> = Promise.resolve();

parentPort!.on('message', (batch: { id: number; item: MailItem }[]) => {
  chain = chain.then(async () => {
    const answers: { id: number; done: Rendered }[] = [];
    for (const { id, item } of batch) answers.push({ id, done: await work(item, job) });
    parentPort!.postMessage(answers);
  });
});
