// The CLI's work on a stream of items, in order: on this thread, or spread over worker threads. Either
// way the results come out in input order and at most `window` items are in flight (bounded memory).
import { createRequire } from 'node:module';
import type { Worker } from 'node:worker_threads';
import { internalErrorResult } from '../result.js';
import type { MailItem } from '../mailbox/types.js';
import { REPORTS } from '../report/catalog.js';
import { renderResult, lite, work, type RenderJob, type Rendered } from './render.js';

export interface Analyzer {
  analyze(item: MailItem): Promise<Rendered>;
  /** Sends the items gathered so far; called before waiting for a result. */
  flush(): void;
  close(): Promise<void>;
}

/** Results handed on together to be written (see analyzeInOrder). */
const RESULTS_PER_YIELD = 64;

/** Items sent to a worker in one message: one message per item costs more than most analyses. */
const BATCH = 16;

/** What the consumer needs to know of an item once analysed (its bytes are gone by then). */
export type ItemInfo =
  | { kind: 'text' | 'message' | 'empty-input' | 'quiet-log' | 'quiet-events'; file: string | null }
  /** `inbound`: the server's refusal of incoming mail in a log with deliveries (counted apart unless --inbound). */
  | { kind: 'log-line'; file: string; inbound?: true }
  /** `first`: the first event of its file, which counts the file as one input read. */
  | { kind: 'esp-event'; file: string; first: boolean }
  /** `continued`: said of an input already counted (a text cut at the size limit, after its results). */
  | { kind: 'error'; file: string; scope: 'path' | 'message'; reason: string; continued?: true };

export function inlineAnalyzer(job: RenderJob): Analyzer {
  return { analyze: (item) => work(item, job), flush() {}, close: async () => {} };
}

/** What a worker thread is given: the job, and where it tells the id of the item it is on (-1: none). */
export interface WorkerData {
  job: RenderJob;
  /** An Int32Array's buffer of one element, shared with the thread: written before each item, read when it dies. */
  progress: SharedArrayBuffer;
}

/** Starts a thread running analyze-worker with `data` (a test may boot it its own way). */
export type StartWorker = (data: WorkerData) => Worker;

interface Slot {
  worker: Worker;
  pending: Map<number, { resolve: (r: Rendered) => void; item: MailItem }>;
  alive: boolean;
  /** The id of the item the thread is on, or -1 (WorkerData.progress). */
  at: Int32Array;
  batch: { id: number; item: MailItem }[];
  transfer: ArrayBuffer[];
}

const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(FROM_SOURCE ? './analyze-worker.ts' : './analyze-worker.js', import.meta.url);

/** node:worker_threads, loaded only when a pool starts (loading it cost every run ~3.5 ms). */
function workerClass(): typeof Worker {
  // require, not import(): the CLI's bundles run as vm scripts, where import() needs a loader of its own
  return (createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads')).Worker;
}

function startWorker(data: WorkerData): Worker {
  const Worker = workerClass();
  // a hostile message that blows the heap kills its worker, not the whole run
  const options = { workerData: data, resourceLimits: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 16 } };
  if (!FROM_SOURCE) return new Worker(WORKER_URL, options);
  // run from the TypeScript sources (tests under tsx): the worker registers tsx itself first
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(WORKER_URL.href)}); })`;
  return new Worker(boot, { ...options, eval: true });
}

function crashed(item: MailItem, why: string, job: RenderJob): Rendered {
  const r = internalErrorResult(why, { lang: job.lang, file: item.file });
  return { lite: [lite(r)], out: [renderResult(r, job)] };
}

/**
 * A pool of `threads` workers. A worker that dies turns the item it was on into an error result (that
 * message probably killed it: run again here, out of the worker's memory limit, it could end the whole
 * run), hands the others back to this thread and gets no more work. One that could not start was on no
 * item: all of its items are read here.
 */
export function workerAnalyzer(job: RenderJob, threads: number, start: StartWorker = startWorker): Analyzer {
  let nextId = 0;
  const inline = inlineAnalyzer(job);
  const slots: Slot[] = [];
  for (let i = 0; i < threads; i++) {
    const progress = new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT);
    const at = new Int32Array(progress).fill(-1);
    const slot: Slot = { worker: start({ job, progress }), pending: new Map(), alive: true, at, batch: [], transfer: [] };
    slot.worker.on('message', (answers: { id: number; done: Rendered }[]) => {
      for (const a of answers) {
        const p = slot.pending.get(a.id);
        slot.pending.delete(a.id);
        p?.resolve(a.done);
      }
    });
    const fail = (why: string): void => {
      if (!slot.alive) return;
      slot.alive = false;
      // the worker answers a batch when done with all of it: of the items still pending, the one it was on
      // is the one it said last (not the oldest: a batch's earlier items were read, their answer not sent)
      const on = Atomics.load(slot.at, 0);
      for (const [id, { resolve, item }] of slot.pending) {
        if (id === on) resolve(crashed(item, why, job));
        else void inline.analyze(item).then(resolve);
      }
      slot.pending.clear();
      slot.batch = [];
      slot.transfer = [];
    };
    slot.worker.on('error', (error) => fail(error.message));
    slot.worker.on('exit', (code) => fail(`worker exited with code ${code}`));
    slots.push(slot);
  }
  const send = (slot: Slot): void => {
    if (!slot.batch.length) return;
    slot.worker.postMessage(slot.batch, slot.transfer);
    slot.batch = [];
    slot.transfer = [];
  };
  return {
    analyze(item) {
      // errors need no parsing; texts are few and small
      if (item.kind !== 'message') return inline.analyze(item);
      let best: Slot | null = null;
      for (const s of slots) if (s.alive && (!best || s.pending.size < best.pending.size)) best = s;
      if (!best) return inline.analyze(item);
      const slot = best;
      const id = nextId++;
      return new Promise<Rendered>((resolve) => {
        // the item is kept until answered: a worker that cannot start gives it back
        slot.pending.set(id, { resolve, item });
        // a copy of exactly the message's bytes, moved (not cloned) to the worker; item.bytes may be
        // a slice of a larger shared buffer
        const bytes = new Uint8Array(item.bytes);
        slot.batch.push({ id, item: { ...item, bytes } });
        slot.transfer.push(bytes.buffer);
        if (slot.batch.length >= BATCH) send(slot);
      });
    },
    flush() {
      for (const s of slots) if (s.alive) send(s);
    },
    async close() {
      await Promise.all(slots.map(async (s) => {
        s.alive = false;
        await s.worker.terminate();
      }));
    },
  };
}

/**
 * Works on this thread until `threshold` messages have come, then starts the workers: a single
 * bounce file does not pay for starting threads, a mailbox does.
 */
export function adaptiveAnalyzer(job: RenderJob, threads: number, threshold = 64): Analyzer {
  const inline = inlineAnalyzer(job);
  if (threads <= 0) return inline;
  let seen = 0;
  let pool: Analyzer | null = null;
  return {
    analyze(item) {
      if (item.kind !== 'message') return inline.analyze(item);
      if (!pool && ++seen > threshold) pool = workerAnalyzer(job, threads);
      return pool ? pool.analyze(item) : inline.analyze(item);
    },
    flush() {
      pool?.flush();
    },
    async close() {
      await pool?.close();
    },
  };
}

function info(item: MailItem, job: RenderJob): ItemInfo {
  if (item.kind === 'error') {
    const reason = REPORTS[job.lang].problem[item.problem](item.detail);
    return item.problem === 'text-cut' ? { kind: 'error', file: item.file, scope: item.scope, reason, continued: true } : { kind: 'error', file: item.file, scope: item.scope, reason };
  }
  if (item.kind === 'esp-event') return { kind: item.kind, file: item.file, first: item.first };
  if (item.kind === 'log-line') return item.inbound ? { kind: item.kind, file: item.file, inbound: true } : { kind: item.kind, file: item.file };
  return { kind: item.kind, file: item.file };
}

/**
 * Works on the items with at most `window` in flight and yields them in input order, in batches (one
 * batch of results per batch of items, when they are done).
 */
export async function* analyzeInOrder(
  batches: AsyncIterable<MailItem[]>, analyzer: Analyzer, job: RenderJob, window: number,
): AsyncGenerator<{ item: ItemInfo; done: Rendered }[]> {
  const queue: { item: ItemInfo; done: Promise<Rendered> }[] = [];
  for await (const batch of batches) {
    const out: { item: ItemInfo; done: Rendered }[] = [];
    for (const item of batch) {
      queue.push({ item: info(item, job), done: analyzer.analyze(item) });
      if (queue.length < window) continue;
      // drain to half the window before reading on: refilling one item at a time would send the
      // workers one message per item, which costs more than most analyses
      analyzer.flush();
      while (queue.length > window >> 1) {
        const head = queue.shift()!;
        out.push({ item: head.item, done: await head.done });
      }
      // results are written soon after they are made: held longer, they outlive the young generation
      if (out.length >= RESULTS_PER_YIELD) yield out.splice(0);
    }
    if (out.length) yield out;
  }
  analyzer.flush();
  const rest: { item: ItemInfo; done: Rendered }[] = [];
  while (queue.length) {
    const head = queue.shift()!;
    rest.push({ item: head.item, done: await head.done });
  }
  if (rest.length) yield rest;
}
