// The library's entries as a program imports them: `smtp-explain` (browser-safe) and `smtp-explain/node`
// (files and folders), through package.json's exports, as an installed copy resolves them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { january, mailboxFull, mbox, plainMessage, tempDir, userUnknown, writeTree } from './mailbox-helpers.js';

// resolved by package.json's "exports" (the package importing itself by name), so dist/ must be built
// (npm test builds first); typed from the sources, so that a typecheck needs no build
const entry = (name: string): Promise<unknown> => import(name);
const lib = (await entry('smtp-explain')) as typeof import('../src/index.js');
const node = (await entry('smtp-explain/node')) as typeof import('../src/node.js');

test('analyzeInput splits an mbox and gives every message its results; mailboxReport sorts the addresses', async () => {
  const text = mbox([userUnknown('ana@example.com'), ...[1, 10, 20].map((day) => mailboxFull('bia@example.com', { date: january(day) })), plainMessage(1)]);
  const { messages, results } = await lib.analyzeInput(text, { lang: 'en', file: 'box.mbox' });
  assert.equal(messages, 5);
  assert.deepEqual(results.map((r) => [r.file, r.recipient, r.reason, r.listAction]), [
    ['box.mbox#1', 'ana@example.com', 'userunknown', 'remove'],
    ['box.mbox#2', 'bia@example.com', 'mailboxfull', 'retry'],
    ['box.mbox#3', 'bia@example.com', 'mailboxfull', 'retry'],
    ['box.mbox#4', 'bia@example.com', 'mailboxfull', 'retry'],
    ['box.mbox#5', null, 'undefined', 'not-bounce'],
  ]);
  const report = lib.mailboxReport(results, { messages, lang: 'en' });
  assert.deepEqual(report.removeAll, ['ana@example.com']);
  assert.deepEqual(report.repeatedMailboxFailures, [{ address: 'bia@example.com', count: 3, days: 19 }]);
  assert.equal(lib.splitMbox(text)?.length, 5);
});

test('analyzePaths reads files and folders in order, one result per message, an error for a path that names nothing', async () => {
  const dir = tempDir();
  writeTree(dir, {
    'box.mbox': mbox([userUnknown('ana@example.com'), mailboxFull('bia@example.com')]),
    'Maildir/cur/1:2,S': userUnknown('caio@example.com'),
    'Maildir/new/2': mailboxFull('dora@example.com'),
    'Maildir/tmp/3': userUnknown('never@example.com'),
    'mail.log': 'Jan  1 10:00:00 mx postfix/smtp[1]: ABC: to=<eva@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=1, delays=0/0/0/1, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.1] said: 550 5.1.1 <eva@example.com>: User unknown (in reply to RCPT TO command))\n',
  });
  const results = [];
  // "550" names no file: an error here, where the command line would explain it as a reply code
  for await (const r of node.analyzePaths([join(dir, 'box.mbox'), join(dir, 'Maildir'), join(dir, 'mail.log'), join(dir, 'missing.eml'), '550'], { lang: 'en' })) {
    results.push(r);
  }
  assert.deepEqual(results.map((r) => r.recipient), ['ana@example.com', 'bia@example.com', 'caio@example.com', 'dora@example.com', 'eva@example.com', null, null]);
  assert.deepEqual(results.slice(0, 5).map((r) => r.listAction), ['remove', 'retry', 'remove', 'retry', 'remove']);
  assert.ok(results[5]!.error && results[5]!.file?.endsWith('missing.eml'), JSON.stringify(results[5]));
  assert.ok(results[6]!.error && results[6]!.file === '550', JSON.stringify(results[6]));
  assert.match(results[6]!.summary, /not found|no such/i);
});

test('analyzePaths reads a folder\'s files whose names are no UTF-8 (Latin-1 from Windows), named as Windows-1252 reads them', { skip: process.platform !== 'linux' }, async () => {
  const dir = tempDir();
  writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), Buffer.from('relatório.eml', 'latin1')]), userUnknown('ana@example.com'));
  const results = [];
  for await (const r of node.analyzePaths([dir], { lang: 'en' })) results.push(r);
  assert.deepEqual(results.map((r) => [r.file, r.recipient, r.error ?? null]), [[join(dir, 'relatório.eml'), 'ana@example.com', null]]);
});

test('wrong arguments are a clear TypeError or RangeError naming the function, not an error from deep inside', async () => {
  const reply = '550 5.1.1 <ana@example.com>: Recipient address rejected: User unknown';
  // a language tag that starts with pt or en is read as such; any other is refused by name
  assert.equal(lib.explainText(reply, { lang: 'en-US' as never }).lang, 'en');
  assert.equal(lib.explainText(reply, { lang: 'pt' as never }).lang, 'pt-BR');
  assert.equal(lib.explainText(reply).lang, 'pt-BR');
  const unknownLang = /smtp-explain \w+\(\): lang is "pt-BR" or "en".*not "fr"/;
  assert.throws(() => lib.explainText(reply, { lang: 'fr' as never }), (e) => e instanceof RangeError && unknownLang.test(e.message));
  await assert.rejects(async () => lib.analyze(reply, { lang: 'fr' as never }), RangeError);
  await assert.rejects(async () => lib.analyzeInput(reply, { lang: 'fr' as never }), RangeError);
  await assert.rejects(async () => lib.analyzeMessage(reply, { lang: 'fr' as never }), RangeError);
  assert.throws(() => lib.describeCode('550', 'fr' as never), RangeError);
  assert.throws(() => lib.mailboxReport([], { messages: 0, lang: 'fr' as never }), RangeError);
  assert.throws(() => node.analyzePaths([], { lang: 'fr' as never }), RangeError);
  // wrong types
  assert.throws(() => lib.explainText(undefined as never), /explainText\(\): input is a string, not undefined/);
  assert.throws(() => lib.explainText(Buffer.from('550') as never), /explainText\(\): input is a string, not a Buffer/);
  assert.throws(() => lib.explainText(reply, 'en' as never), /options is an object, such as \{ lang: "en" \}/);
  await assert.rejects(async () => lib.analyze(null as never), /analyze\(\): input is a string or bytes/);
  assert.throws(() => lib.parseReply(42 as never), /parseReply\(\): input is a string, not number 42/);
  assert.throws(() => lib.mailboxReport(undefined as never, { messages: 0, lang: 'en' }), /mailboxReport\(\): results is an array/);
  // maxResults: a whole number from 1 up, or Infinity (no cap); NaN gave no result at all
  for (const bad of [NaN, 0, -1, 1.5]) await assert.rejects(async () => lib.analyze(reply, { maxResults: bad }), /maxResults is a whole number from 1 up/);
  for (const fine of [Infinity, null, 1]) assert.equal((await lib.analyze(reply, { maxResults: fine as never })).length, 1);
  // bytes in any of their usual forms
  const bytes = new TextEncoder().encode(userUnknown('ana@example.com'));
  // (an ArrayBuffer of another realm, a test runner's vm or an iframe, is one too)
  const { runInNewContext } = await import('node:vm');
  const foreign = runInNewContext('(bytes) => { const b = new ArrayBuffer(bytes.length); new Uint8Array(b).set(bytes); return b; }')(bytes) as ArrayBuffer;
  assert.ok(!(foreign instanceof ArrayBuffer));
  for (const input of [bytes.buffer.slice(0), new DataView(bytes.buffer), Buffer.from(bytes), foreign]) {
    assert.equal((await lib.analyze(input as never, { lang: 'en' }))[0]!.recipient, 'ana@example.com');
  }
  await assert.rejects(async () => lib.analyze(new Map() as never), /not a Map/);
  // one path as a string is that path (each character was one, "/" the whole disk)
  const dir = tempDir();
  writeTree(dir, { 'one.eml': userUnknown('bia@example.com') });
  const results = [];
  for await (const r of node.analyzePaths(join(dir, 'one.eml') as never, { lang: 'en' })) results.push(r);
  assert.deepEqual(results.map((r) => r.recipient), ['bia@example.com']);
  assert.throws(() => node.analyzePaths([42] as never), /analyzePaths\(\): each path is a string/);
  // any iterable of paths
  const fromSet = [];
  for await (const r of node.analyzePaths(new Set([join(dir, 'one.eml')]), { lang: 'en' })) fromSet.push(r.recipient);
  assert.deepEqual(fromSet, ['bia@example.com']);
  assert.throws(() => node.analyzePaths(42 as never), /paths is an array \(or any iterable\)/);
});

test('require() loads the package where Node can require an ES module (Node 20.19 and later)', { skip: (process.features as { require_module?: boolean }).require_module ? false : 'this Node cannot require an ES module' }, async () => {
  const { createRequire } = await import('node:module');
  const required = createRequire(import.meta.url)('smtp-explain') as typeof import('../src/index.js');
  assert.equal(required.explainText('550 5.1.1 User unknown', { lang: 'en' }).reason, 'userunknown');
  assert.equal(typeof (createRequire(import.meta.url)('smtp-explain/node') as typeof import('../src/node.js')).analyzePaths, 'function');
});

test('every result the library gives carries its listAction (typed as always there)', async () => {
  const bounce = userUnknown('ana@example.com');
  const fromMessage: import('../src/index.js').ListAction[] = (await lib.analyzeMessage(bounce, { lang: 'en' })).map((r) => r.listAction);
  assert.deepEqual(fromMessage, ['remove']);
  const one: import('../src/index.js').ListAction = lib.explainText('452 4.2.2 Mailbox full').listAction;
  assert.equal(one, 'retry');
  assert.deepEqual((await lib.analyze(bounce)).map((r) => r.listAction), ['remove']);
  assert.deepEqual((await lib.analyzeInput(bounce, { lang: 'en' })).results.map((r) => r.listAction), ['remove']);
});

test('mailboxReport speaks its own language throughout, whatever the language the results were made in', async () => {
  const lines = [
    '550 5.1.1 <ana@example.com>: Recipient address rejected: User unknown',
    '452 4.2.2 <bia@example.com>: Mailbox full',
    '550 5.7.606 Access denied, banned sending IP [192.0.2.1]. To request removal from this list please visit https://sender.office.com/',
    '550-5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM.',
    '450 4.7.1 <caio@example.com>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.com.html',
    '554 5.7.1 <dora@example.com>: Relay access denied',
  ];
  const made = (lang: 'en' | 'pt-BR') => lines.map((line) => lib.explainText(line, { lang }));
  for (const [from, to] of [['pt-BR', 'en'], ['en', 'pt-BR']] as const) {
    // the same report as over results made in its language: headings, summaries and advice alike
    assert.deepEqual(lib.mailboxReport(made(from), { messages: lines.length, lang: to }), lib.mailboxReport(made(to), { messages: lines.length, lang: to }), `${from} -> ${to}`);
  }
  const report = lib.mailboxReport(made('pt-BR'), { messages: lines.length, lang: 'en' });
  assert.equal(report.remove[0]!.name, 'Address does not exist');
  assert.match(report.sender.map((s) => s.summary).join(' '), /^[\x20-\x7e]+$/, 'no Portuguese words in an English report');
});
