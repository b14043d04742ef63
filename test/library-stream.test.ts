// analyzeStream(): a stream (a ReadableStream, a Node Readable, any async iterable of bytes or text) read
// as it comes, with the command line's streaming readers: an mbox message by message, a mail log line by
// line, anything else whole up to the library's cap; the same results as analyze() on the same bytes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { createContext, Script } from 'node:vm';
import { analyze, analyzeStream, type Result } from '../src/index.js';
import { mbox, plainMessage, userUnknown } from './mailbox-helpers.js';

const SEP = 'From MAILER-DAEMON Mon Jan  1 10:00:00 2024';
const T = 'Nov 28 10:00:00 mx1';
const postfix = (id: string, to: string, status: string, said: string): string =>
  `${T} postfix/smtp[103]: ${id}: to=<${to}>, relay=mx.example.org[192.0.2.20]:25, delay=1, delays=0/0/0/1, dsn=${said.slice(4, 9)}, status=${status} (host mx.example.org[192.0.2.20] said: ${said} (in reply to RCPT TO command))`;
const LOG = [
  postfix('4AAA', 'joao@example.org', 'deferred', '451 4.7.1 Greylisted, please try again later'),
  postfix('4CCC', 'ana@example.org', 'bounced', '550 5.1.1 <ana@example.org>: User unknown'),
  postfix('4BBB', 'maria@example.net', 'deferred', '421 4.4.2 Connection timed out'),
  postfix('4AAA', 'joao@example.org', 'sent', '250 2.0.0 Ok: queued as 9XYZ'),
].join('\n') + '\n';

/** The bytes cut at the given offsets, as chunks. */
async function* cutAt(bytes: Uint8Array, cuts: readonly number[]): AsyncGenerator<Uint8Array> {
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    yield bytes.subarray(at, cut);
    at = cut;
  }
  yield bytes.subarray(at);
}

async function all(results: AsyncIterable<Result>): Promise<Result[]> {
  const out: Result[] = [];
  for await (const r of results) out.push(r);
  return out;
}

const same = (a: Result[], b: Result[]): void => assert.equal(JSON.stringify(a), JSON.stringify(b));

test('an mbox (CRLF, a UTF-8 letter) cut inside "\\r\\nFrom ", inside a CRLF and inside a letter: its messages in order, as analyze() gives them', async () => {
  const box = mbox([userUnknown('ana@example.com'), plainMessage(2).replace('Just saying hello.', 'Relatório de não entrega, 10:00'), userUnknown('caio@example.com')]).replace(/\n/g, '\r\n');
  const bytes = new TextEncoder().encode(box);
  const text = Buffer.from(bytes);
  const second = text.indexOf('\r\nFrom MAILER');
  const third = text.indexOf('\r\nFrom MAILER', second + 1);
  const letter = text.indexOf(Buffer.from('ó'));
  assert.ok(second > 0 && third > second && letter > 0);
  // "\r|\nFr|om ", a CR and its LF apart, the two bytes of "ó" apart, "\r\n|\r\n|From" before the third
  const cuts = [second + 1, second + 4, text.indexOf('\r\n', 10) + 1, letter + 1, third - 1, third + 2];
  const expected = await analyze(bytes, { lang: 'en', file: 'box.mbox' });
  assert.deepEqual(expected.map((r) => [r.file, r.recipient, r.listAction]), [
    ['box.mbox#1', 'ana@example.com', 'remove'], ['box.mbox#2', null, 'not-bounce'], ['box.mbox#3', 'caio@example.com', 'remove'],
  ]);
  same(await all(analyzeStream(cutAt(bytes, cuts), { lang: 'en', file: 'box.mbox' })), expected);
  // byte by byte, as a web ReadableStream, and as a Node Readable of Buffers
  same(await all(analyzeStream(cutAt(bytes, Array.from({ length: bytes.length - 1 }, (_, i) => i + 1)), { lang: 'en', file: 'box.mbox' })), expected);
  same(await all(analyzeStream(new Blob([bytes]).stream(), { lang: 'en', file: 'box.mbox' })), expected);
  same(await all(analyzeStream(Readable.from([text.subarray(0, 100), text.subarray(100)]), { lang: 'en', file: 'box.mbox' })), expected);
  // text chunks: as analyze() reads the text
  same(await all(analyzeStream(Readable.from([box.slice(0, 50), box.slice(50)], { objectMode: true }), { lang: 'en' })), await analyze(box, { lang: 'en' }));
});

test('an mbox whose last line is a separator without its line end: no result for it, as analyze()', async () => {
  const box = `${mbox([userUnknown('ana@example.com'), userUnknown('bia@example.com')])}${SEP}`;
  const bytes = new TextEncoder().encode(box);
  const results = await all(analyzeStream(cutAt(bytes, [bytes.length - 3]), { lang: 'en' }));
  assert.deepEqual(results.map((r) => [r.file, r.recipient, r.error]), [['#1', 'ana@example.com', null], ['#2', 'bia@example.com', null]]);
  same(results, await analyze(bytes, { lang: 'en' }));
});

test('a mail log, cut inside its lines: a failure as its line comes, the deferrals no later line resolved at the end, as analyze() gives them', async () => {
  const bytes = new TextEncoder().encode(LOG);
  const results = await all(analyzeStream(cutAt(bytes, [5, 300, 301, 700]), { lang: 'en', file: 'mail.log' }));
  // the greylisted delivery went through later: no result; the timed-out one is still deferred at the end
  assert.deepEqual(results.map((r) => [r.file, r.recipient, r.kind]), [['mail.log:2', 'ana@example.org', 'permanent'], ['mail.log:3', 'maria@example.net', 'transient']]);
  same(results, await analyze(bytes, { lang: 'en', file: 'mail.log' }));
  // unnamed; and a log in which nothing failed: one result that says so, as analyze() gives it
  same(await all(analyzeStream(cutAt(bytes, [100]), { lang: 'en' })), await analyze(bytes, { lang: 'en' }));
  const quiet = new TextEncoder().encode(`${postfix('4DDD', 'rui@example.org', 'sent', '250 2.0.0 Ok: queued as 7ABC')}\n`);
  for (const file of [undefined, 'mail.log']) {
    const [one, ...more] = await all(analyzeStream(cutAt(quiet, [50]), { lang: 'en', file }));
    assert.deepEqual([one!.file, one!.listAction, more.length], [file ?? null, 'not-bounce', 0]);
    same([one!], await analyze(quiet, { lang: 'en', file }));
  }
});

test('one .eml (bytes or text), and a text that is no e-mail: read whole, as analyze()', async () => {
  const eml = userUnknown('bia@example.com');
  const bytes = new TextEncoder().encode(eml);
  same(await all(analyzeStream(cutAt(bytes, [1, 40, 41]), { lang: 'en', file: 'bounce.eml' })), await analyze(bytes, { lang: 'en', file: 'bounce.eml' }));
  same(await all(analyzeStream(new Blob([eml]).stream(), { lang: 'en' })), await analyze(bytes, { lang: 'en' }));
  const reply = '550 5.1.1 <ana@example.com>: Recipient address rejected: User unknown';
  const [one] = await all(analyzeStream(Readable.from([reply.slice(0, 10), reply.slice(10)], { objectMode: true }), { lang: 'en' }));
  assert.equal(one!.recipient, 'ana@example.com');
  same([one!], await analyze(reply, { lang: 'en' }));
  // an mbox of one message is one message, under the stream's name
  same(await all(analyzeStream(cutAt(new TextEncoder().encode(mbox([eml])), [30]), { lang: 'en', file: 'one.mbox' })), await analyze(mbox([eml]), { lang: 'en', file: 'one.mbox' }));
});

test('a stream that fails midway: the messages read before it, then an error result that says so; no rejection', async () => {
  const box = new TextEncoder().encode(mbox([userUnknown('ana@example.com'), userUnknown('bia@example.com'), userUnknown('caio@example.com')]));
  const third = Buffer.from(box).indexOf('\nFrom MAILER', Buffer.from(box).indexOf('\nFrom MAILER') + 1);
  async function* breaking(): AsyncGenerator<Uint8Array> {
    // (the third separator line whole: the second message is known to be whole)
    yield box.subarray(0, third + 60);
    throw new Error('connection reset by peer');
  }
  const results = await all(analyzeStream(breaking(), { lang: 'en', file: 'up.mbox' }));
  assert.deepEqual(results.map((r) => [r.file, r.recipient, r.kind]), [['up.mbox#1', 'ana@example.com', 'permanent'], ['up.mbox#2', 'bia@example.com', 'permanent'], ['up.mbox', null, 'error']]);
  assert.match(results[2]!.error!, /^the stream failed while it was read \(Error: connection reset by peer\)/);
  assert.equal(results[2]!.listAction, 'error');
  // a web stream that errors, in Portuguese; a chunk that is no bytes is told by the function's name
  const failing = new ReadableStream<Uint8Array>({
    start(c) {
      c.enqueue(new TextEncoder().encode(LOG.slice(0, 500)));
      c.error(new TypeError('network error'));
    },
  });
  const pt = await all(analyzeStream(failing));
  assert.match(pt.at(-1)!.error!, /^o stream deu erro no meio da leitura \(TypeError: network error\)/);
  const [wrong] = await all(analyzeStream(Readable.from([1, 2], { objectMode: true }), { lang: 'en' }));
  assert.match(wrong!.error!, /smtp-explain analyzeStream\(\): each chunk of the source is a Uint8Array \(a Buffer\) or a string, not number 1/);
});

test('an AbortSignal: aborted between results, or while a chunk is awaited, throws its reason and closes the stream', async () => {
  const box = new TextEncoder().encode(mbox([userUnknown('ana@example.com'), userUnknown('bia@example.com'), userUnknown('caio@example.com')]));
  let closed = false;
  async function* source(): AsyncGenerator<Uint8Array> {
    try {
      for (let i = 0; i < box.length; i += 100) yield box.subarray(i, i + 100);
    } finally {
      closed = true;
    }
  }
  const controller = new AbortController();
  const got: Result[] = [];
  await assert.rejects(async () => {
    for await (const r of analyzeStream(source(), { lang: 'en', signal: controller.signal })) {
      got.push(r);
      controller.abort(new Error('user left'));
    }
  }, /user left/);
  assert.equal(got.length, 1);
  assert.ok(closed, 'the source is closed');
  // a stalled upload: the wait for its next chunk ends with the abort, and the stream is cancelled
  let cancelled: unknown = null;
  const stalled = new ReadableStream<Uint8Array>({
    start(c) { c.enqueue(box.subarray(0, 200)); },
    cancel(reason) { cancelled = reason ?? 'cancelled'; },
  });
  const started = Date.now();
  // (AbortSignal.timeout's timer does not keep Node's event loop alive: a service's server would)
  const later = new AbortController();
  setTimeout(() => later.abort(new DOMException('The operation timed out', 'TimeoutError')), 50);
  await assert.rejects(all(analyzeStream(stalled, { signal: later.signal })), { name: 'TimeoutError' });
  assert.ok(Date.now() - started < 5000);
  await new Promise((resolve) => setTimeout(resolve, 10));
  assert.notEqual(cancelled, null, 'the stream is cancelled');
  // already aborted: nothing is read
  await assert.rejects(all(analyzeStream(source(), { signal: AbortSignal.abort() })), { name: 'AbortError' });
});

test('a single input past the library\'s 32 MB cap: one error result that says so, and the stream is not read to its end', async () => {
  let pulled = 0;
  const piece = new Uint8Array(1 << 20).fill(0x61);
  async function* huge(): AsyncGenerator<Uint8Array> {
    for (let i = 0; i < 100; i++) {
      pulled++;
      yield piece;
    }
  }
  const results = await all(analyzeStream(huge(), { lang: 'en', file: 'big.txt' }));
  assert.deepEqual(results.map((r) => [r.file, r.kind, r.listAction]), [['big.txt', 'error', 'error']]);
  assert.match(results[0]!.error!, /larger than 32 MB and is no mbox nor mail log, which analyzeStream\(\) reads as they come/);
  assert.ok(pulled < 40, `${pulled} chunks read`);
});

test('arguments are checked when it is called, each error naming analyzeStream()', () => {
  assert.throws(() => analyzeStream('550 user unknown' as never), /^TypeError: smtp-explain analyzeStream\(\): source is a ReadableStream .* not "550 user unknown": a whole input is analyze\(\)'s$/);
  assert.throws(() => analyzeStream(new Uint8Array(4) as never), /not a Uint8Array: a whole input is analyze\(\)'s/);
  assert.throws(() => analyzeStream(null as never), /source is a ReadableStream/);
  const empty = Readable.from([]);
  assert.throws(() => analyzeStream(empty, { lang: 'fr' as never }), /^RangeError: smtp-explain analyzeStream\(\): lang is "pt-BR" or "en"/);
  assert.throws(() => analyzeStream(empty, { maxResults: 5 } as never), /^TypeError: smtp-explain analyzeStream\(\): maxResults is not taken/);
  assert.throws(() => analyzeStream(empty, { signal: 'x' } as never), /^TypeError: smtp-explain analyzeStream\(\): signal is an AbortSignal/);
  assert.throws(() => analyzeStream(empty, 'en' as never), /^TypeError: smtp-explain analyzeStream\(\): options is an object/);
});

test('browser-safe: bundled for a browser and run where there is no Buffer, process nor require, it reads an mbox and a log as in Node', async () => {
  const { build } = await import('esbuild');
  const out = await build({
    stdin: { contents: `export { analyzeStream } from './src/index.ts';`, resolveDir: join(dirname(fileURLToPath(import.meta.url)), '..'), loader: 'ts' },
    bundle: true, platform: 'browser', format: 'iife', globalName: 'lib', write: false, logLevel: 'silent',
  });
  const page = {
    TextEncoder, TextDecoder, ReadableStream, DOMException, AbortController, AbortSignal, performance, setTimeout, clearTimeout, console,
  };
  const context = createContext(page);
  new Script(out.outputFiles[0]!.text).runInContext(context);
  const browser = (context as { lib: { analyzeStream: typeof analyzeStream } }).lib;
  for (const [text, file] of [[mbox([userUnknown('ana@example.com'), plainMessage(2)]), 'box.mbox'], [LOG, 'mail.log']] as const) {
    const bytes = new TextEncoder().encode(text);
    const got = await all(browser.analyzeStream(new Blob([bytes]).stream(), { lang: 'en', file }));
    assert.equal(JSON.stringify(got), JSON.stringify(await analyze(bytes, { lang: 'en', file })));
    assert.ok(got.length === 2);
  }
});
