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
