// The command line's worker threads (src/cli/pool.ts): a message that kills its thread (a hostile one
// that blows the thread's heap) becomes an error result, and is not read again on the main thread,
// where no memory limit holds and a crash ends the run; the other messages keep their results.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { workerAnalyzer, type WorkerData } from '../src/cli/pool.js';
import type { RenderJob } from '../src/cli/render.js';
import type { MailItem } from '../src/mailbox/types.js';

const WORKER = new URL('../src/cli/analyze-worker.ts', import.meta.url).href;
const { Worker: WorkerThread } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
const JOB: RenderJob = { lang: 'en', format: 'ndjson', colour: false };

/** The word in a message that makes the thread die on it. */
const DEADLY = 'Kills-The-Thread';

/**
 * The real worker (analyze-worker.ts), each batch it gets passed through a filter first: a message holding
 * DEADLY ends the thread (exit code 7) when its bytes are first read, as a heap blown by it would.
 */
function deadlyWorker(data: WorkerData): Worker {
  const boot = `import('tsx/esm/api').then(async (m) => {
    m.register();
    const { parentPort } = await import('node:worker_threads');
    const on = parentPort.on.bind(parentPort);
    parentPort.on = (event, listener) => on(event, event !== 'message' ? listener : (batch) => listener(batch.map((b) => {
      if (!new TextDecoder().decode(b.item.bytes).includes(${JSON.stringify(DEADLY)})) return b;
      const item = { ...b.item };
      Object.defineProperty(item, 'bytes', { get() { process.exit(7); } });
      return { id: b.id, item };
    })));
    return import(${JSON.stringify(WORKER)});
  })`;
  return new WorkerThread(boot, { eval: true, workerData: data });
}

/** A worker thread that cannot start. */
function brokenWorker(data: WorkerData): Worker {
  return new WorkerThread('throw new Error("cannot start")', { eval: true, workerData: data });
}

function bounce(n: number, deadly: boolean): MailItem {
  const text = [
    'From: Mail Delivery System <MAILER-DAEMON@mx.example.com>',
    'To: news@example.com',
    `Subject: Undelivered Mail Returned to Sender${deadly ? ` ${DEADLY}` : ''}`,
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
    '',
    '--B',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.example.com',
    '',
    `Final-Recipient: rfc822; user${n}@example.org`,
    'Action: failed',
    'Status: 5.1.1',
    `Diagnostic-Code: smtp; 550 5.1.1 <user${n}@example.org>: User unknown`,
    '',
    '--B--',
    '',
  ].join('\r\n');
  return { kind: 'message', file: `box.mbox#${n + 1}`, bytes: new TextEncoder().encode(text), container: 'mbox', truncated: false };
}

/** The results of `count` messages through a pool of one `start`ed thread, message `deadly` holding DEADLY. */
async function throughPool(start: (data: WorkerData) => Worker, count: number, deadly: number): Promise<{ recipient: string | null; error: string | null }[]> {
  const pool = workerAnalyzer(JOB, 1, start);
  try {
    const done = Array.from({ length: count }, (_, n) => pool.analyze(bounce(n, n === deadly)));
    pool.flush();
    const rendered = await Promise.all(done);
    return rendered.map((r) => {
      assert.equal(r.lite.length, 1);
      return { recipient: r.lite[0]!.recipient, error: r.lite[0]!.error };
    });
  } finally {
    await pool.close();
  }
}

function expected(count: number, deadly: number): { recipient: string | null; error: string | null }[] {
  return Array.from({ length: count }, (_, n) => n === deadly
    ? { recipient: null, error: 'internal error while analyzing the message (worker exited with code 7)' }
    : { recipient: `user${n}@example.org`, error: null });
}

test('a thread that dies on a message of its first batch, before any answer: that message is an error result, the others are read', async () => {
  // the first batch is 16 messages, answered together: the thread dies before it has answered anything
  assert.deepEqual(await throughPool(deadlyWorker, 20, 4), expected(20, 4));
});

test('a thread that dies later, on a batch\'s fifth message: that message is the error result, not the batch\'s first', async () => {
  assert.deepEqual(await throughPool(deadlyWorker, 40, 20), expected(40, 20));
});

test('a thread that cannot start: every message is read on this thread', async () => {
  assert.deepEqual(await throughPool(brokenWorker, 20, -1), expected(20, -1));
});
