// The library's long runs give the event loop back now and then, and stop on an AbortSignal: a Node
// service reading a big mbox still serves its other requests and its timeouts (src/pace.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, analyzeInput, analyzeInputs } from '../src/index.js';
import { analyzePaths } from '../src/node.js';
import { mbox, tempDir, userUnknown } from './mailbox-helpers.js';

/** An mbox of `n` small bounces, one per recipient (u1@example.com...). */
function bounces(n: number): string {
  return mbox(Array.from({ length: n }, (_, i) => userUnknown(`u${i + 1}@example.com`)));
}

/** How many times a 1 ms interval ran while `work` ran: 0 when the work held the event loop throughout. */
async function ticksDuring(work: () => Promise<unknown>): Promise<number> {
  let ticks = 0;
  const interval = setInterval(() => { ticks++; }, 1);
  try {
    await work();
  } finally {
    clearInterval(interval);
  }
  return ticks;
}

const SMALL = bounces(3);
const BIG = bounces(2000);

test('a signal already aborted rejects at once with its reason, in every function that reads', async () => {
  const reason = new Error('the request timed out');
  const signal = AbortSignal.abort(reason);
  await assert.rejects(analyzeInput(SMALL, { lang: 'en', signal }), (e) => e === reason);
  await assert.rejects(analyzeInput('550 5.1.1 <ana@example.com> User unknown', { lang: 'en', signal }), (e) => e === reason);
  await assert.rejects(analyzeInputs([{ name: 'a.mbox', input: SMALL }], { lang: 'en', signal }), (e) => e === reason);
  await assert.rejects(analyze(SMALL, { lang: 'en', signal }), (e) => e === reason);
  await assert.rejects(analyze('550 5.1.1 <ana@example.com> User unknown', { lang: 'en', signal }), (e) => e === reason);
  const dir = tempDir();
  try {
    writeFileSync(join(dir, 'box.mbox'), SMALL);
    const read: unknown[] = [];
    await assert.rejects((async () => { for await (const r of analyzePaths([join(dir, 'box.mbox')], { lang: 'en', signal })) read.push(r); })(), (e) => e === reason);
    assert.equal(read.length, 0);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('aborting during a run stops it before the next message; the promise rejects with the reason', async () => {
  const controller = new AbortController();
  let calls = 0;
  const run = analyzeInput(BIG, {
    lang: 'en',
    signal: controller.signal,
    onMessage: (done) => {
      calls++;
      if (done === 10) controller.abort(new Error('stop'));
    },
  });
  await assert.rejects(run, /stop/);
  assert.equal(calls, 10);
});

test('analyzePaths ends its loop by throwing the reason when aborted between results', async () => {
  const dir = tempDir();
  try {
    writeFileSync(join(dir, 'box.mbox'), bounces(50));
    const controller = new AbortController();
    let read = 0;
    await assert.rejects((async () => {
      for await (const _ of analyzePaths([join(dir, 'box.mbox')], { lang: 'en', signal: controller.signal })) {
        if (++read === 5) controller.abort(new Error('stop'));
      }
    })(), /stop/);
    assert.equal(read, 5);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a timer runs while a large mbox is read (analyzeInput, analyze, analyzePaths): the event loop is given back', async () => {
  assert.ok(await ticksDuring(() => analyzeInput(BIG, { lang: 'en' })) >= 3);
  assert.ok(await ticksDuring(() => analyzeInput(new TextEncoder().encode(BIG), { lang: 'en' })) >= 3);
  assert.ok(await ticksDuring(() => analyze(BIG, { lang: 'en' })) >= 3);
  const dir = tempDir();
  try {
    writeFileSync(join(dir, 'box.mbox'), BIG);
    assert.ok(await ticksDuring(async () => { for await (const _ of analyzePaths([join(dir, 'box.mbox')], { lang: 'en' })); }) >= 3);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a signal that is no AbortSignal is a TypeError naming the function and the option', async () => {
  const wrong = /smtp-explain (analyzeInput|analyzeInputs|analyze)\(\): signal is an AbortSignal .*not "soon"/;
  await assert.rejects(analyzeInput(SMALL, { lang: 'en', signal: 'soon' as never }), (e) => e instanceof TypeError && wrong.test(e.message) && e.message.includes('analyzeInput()'));
  await assert.rejects(analyzeInputs([], { lang: 'en', signal: 'soon' as never }), (e) => e instanceof TypeError && e.message.includes('analyzeInputs(): signal'));
  await assert.rejects(analyze(SMALL, { signal: { aborted: 'no' } as never }), /analyze\(\): signal is an AbortSignal .*not an? Object/);
  assert.throws(() => analyzePaths(['x'], { signal: 5 as never }), /^TypeError: smtp-explain analyzePaths\(\): signal is an AbortSignal .*not number 5/);
  // (an AbortSignal.timeout() that has not fired, or an AbortController's, is taken as it is)
  assert.equal((await analyzeInput(SMALL, { lang: 'en', signal: AbortSignal.timeout(60_000) })).messages, 3);
});

/**
 * A Postfix log of 20,000 lines (some 4.6 MB, as pasted): per message a queue line and a delivery, one in
 * ten refused (u5@example.org...), one in ten deferred and delivered 30 messages later.
 */
function postfixLog(lines: number): string {
  const out: string[] = [];
  const to = (i: number) => `u${i}@example.org`;
  const delivery = (i: number, status: string, said: string) =>
    `Nov 28 10:00:00 mail postfix/smtp[103]: Q${i}: to=<${to(i)}>, relay=mx.example.org[192.0.2.20]:25, delay=1, delays=0/0/0/1, dsn=${said.slice(4, 9)}, status=${status} (host mx.example.org[192.0.2.20] said: ${said})`;
  for (let i = 0; out.length < lines; i++) {
    out.push(`Nov 28 10:00:00 mail postfix/qmgr[102]: Q${i}: from=<news@example.com>, size=4200, nrcpt=1 (queue active)`);
    if (i % 10 === 5) out.push(delivery(i, 'bounced', `550 5.1.1 <${to(i)}>: Recipient address rejected: User unknown`));
    else if (i % 10 === 6) out.push(delivery(i, 'deferred', '452 4.2.2 Mailbox full'));
    else out.push(delivery(i, 'sent', '250 2.0.0 Ok: queued as 9XYZ'));
    if (i >= 30 && i % 10 === 6) out.push(delivery(i - 30, 'sent', '250 2.0.0 Ok: queued as 9XYZ'));
  }
  return out.slice(0, lines).join('\n') + '\n';
}

const LOG = postfixLog(20_000);

test('a timer runs while a pasted log of 20,000 lines is read (analyzeInput, analyze, analyzeInputs): its lines are read by the pace', async () => {
  const read = await analyzeInput(LOG, { lang: 'en' });
  assert.equal(read.logs, 1);
  assert.ok(read.logLines > 900);
  // (one input alone had no turn at all to give: none ran)
  assert.ok(await ticksDuring(() => analyzeInput(LOG, { lang: 'en' })) >= 1);
  assert.ok(await ticksDuring(() => analyzeInput(new TextEncoder().encode(LOG), { lang: 'en', file: 'mail.log' })) >= 1);
  assert.ok(await ticksDuring(() => analyze(LOG, { lang: 'en' })) >= 1);
  // two files of one run, read by the run's stream: a timer runs before the first file is done
  const [older, newer] = [LOG.slice(0, LOG.length / 2), LOG.slice(LOG.length / 2)].map((half) => half.slice(half.indexOf('\n') + 1));
  let ticks = 0;
  let ticksAfterFirst = -1;
  const interval = setInterval(() => { ticks++; }, 1);
  try {
    await analyzeInputs([{ name: 'mail.log', input: newer! }, { name: 'mail.log.1', input: older! }], { lang: 'en', onMessage: (done) => { if (done === 1) ticksAfterFirst = ticks; } });
  } finally {
    clearInterval(interval);
  }
  assert.ok(ticksAfterFirst >= 1);
});

test('aborting while a pasted log is read rejects with the reason, in its lines', async () => {
  for (const read of [
    (signal: AbortSignal) => analyzeInput(LOG, { lang: 'en', signal }),
    (signal: AbortSignal) => analyze(LOG, { lang: 'en', signal }),
    // (stopped inside its one file: before onMessage says it is done)
    (signal: AbortSignal) => analyzeInputs([{ name: 'mail.log', input: LOG }], { lang: 'en', signal, onMessage: () => assert.fail('the file was read to its end') }),
  ]) {
    const controller = new AbortController();
    const reason = new Error('the request timed out');
    // (a timer: it runs only when the reading gives the event loop a turn)
    const timer = setTimeout(() => controller.abort(reason), 0);
    try {
      await assert.rejects(read(controller.signal), (e) => e === reason);
    } finally {
      clearTimeout(timer);
    }
  }
});
