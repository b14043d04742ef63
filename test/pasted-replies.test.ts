// Replies of different failures pasted one after the other, not every line naming an address: one
// result per reply, where the text read as one reply gave only the last one (with the first one's recipient).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze.js';
import { analyzeInput } from '../src/analyze-input.js';

const row = async (text: string) => (await analyze(text, { lang: 'en' })).map((r) => [r.recipient, r.replyCode, r.status, r.reason]);

test('two replies with different codes, one line each, give a result each; a line without an address names no recipient', async () => {
  assert.deepEqual(await row('550 5.1.1 <ana@example.com> User unknown\n421 4.7.0 Try later\n'),
    [['ana@example.com', '550', '5.1.1', 'userunknown'], [null, '421', '4.7.0', 'onhold']]);
  assert.deepEqual(await row('550 5.7.1 Message rejected as spam\n421 4.7.0 Try again later, closing connection'),
    [[null, '550', '5.7.1', 'spamdetected'], [null, '421', '4.7.0', 'onhold']]);
  // the hard bounce is kept: remove ana@
  const [first] = await analyze('550 5.1.1 <ana@example.com> User unknown\n421 4.7.0 Try later\n', { lang: 'en' });
  assert.equal(first!.listAction, 'remove');
  // an enhanced code alone opens a reply too, and Postfix's recipient line with its "host ... said:"
  assert.deepEqual(await row('5.1.1 <ana@example.com>: Recipient address rejected\n4.2.2 Mailbox full'),
    [['ana@example.com', '', '5.1.1', 'userunknown'], [null, '', '4.2.2', 'mailboxfull']]);
  assert.deepEqual(await row('<ana@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)\n421 4.7.0 Try later'),
    [['ana@example.com', '550', '5.1.1', 'userunknown'], [null, '421', '4.7.0', 'onhold']]);
});

test('a reply wrapped by a mail client keeps its lines; a multi-line reply stays one reply', async () => {
  assert.deepEqual(await row('550 5.7.1 Message rejected because it looks\nlike spam to <ana@example.com>\n421 4.7.0 Try again later'),
    [['ana@example.com', '550', '5.7.1', 'spamdetected'], [null, '421', '4.7.0', 'onhold']]);
  // RFC 5321 §4.2.1: one code, hyphens on every line but the last
  assert.deepEqual(await row('550-5.1.1 The email account that you tried to reach does not exist.\n550 5.1.1 Please try double-checking the recipient. - gsmtp'),
    [[null, '550', '5.1.1', 'userunknown']]);
  // one reply wrapped over lines without a code, then nothing else: one reply
  assert.equal((await row('550 5.7.1 Message rejected because it looks\nlike spam')).length, 1);
  // the same reply pasted twice is one reply
  assert.equal((await row('421 4.7.0 Try later\n421 4.7.0 Try later')).length, 1);
});

test('the same recipient with two different codes gets both results: two failures, each with its own advice', async () => {
  assert.deepEqual(await row('550 5.1.1 <ana@example.com>: User unknown\n452 4.2.2 <ana@example.com>: Mailbox full'),
    [['ana@example.com', '550', '5.1.1', 'userunknown'], ['ana@example.com', '452', '4.2.2', 'mailboxfull']]);
  // different recipients with one code: one result each, as before
  assert.deepEqual(await row('550 5.1.1 <ana@example.com>: User unknown\n550 5.1.1 <bia@example.com>: User unknown'),
    [['ana@example.com', '550', '5.1.1', 'userunknown'], ['bia@example.com', '550', '5.1.1', 'userunknown']]);
});

test('what is not a paste of replies stays one reading: a session, a note around a reply, a bounce body', async () => {
  // a session (client commands, a 2xx reply): its refusal, not the closing 421 after it
  assert.deepEqual(await row('MAIL FROM:<x@example.org>\n250 2.1.0 Ok\nRCPT TO:<ana@example.com>\n550 5.1.1 User unknown\nQUIT\n421 4.7.0 closing connection'),
    [['ana@example.com', '550', '5.1.1', 'userunknown']]);
  assert.equal((await row('250 2.1.0 Ok\n550 5.1.1 <ana@example.com> User unknown\n421 4.7.0 closing connection')).length, 1);
  assert.equal((await row('S: 550 5.1.1 User unknown\nS: 421 4.7.0 closing connection')).length, 1);
  assert.equal((await row('550 5.7.1 Rejected\n354 End data with <CR><LF>.<CR><LF>\n421 4.7.0 closing connection')).length, 1);
  // a reply that sums up the refusals before it is no failure of its own: the refusal it sums up
  assert.deepEqual(await row('550 5.1.1 <ana@example.com>: User unknown\n554 5.5.1 Error: no valid recipients'),
    [['ana@example.com', '550', '5.1.1', 'userunknown']]);
  // words before the first reply, or after a blank line, are no reply of a list
  assert.equal((await row('Hi, I got this:\n550 5.1.1 User unknown\n421 4.7.0 Try later')).length, 1);
  assert.equal((await row('550 5.1.1 User unknown\n\nthen later it said\n421 4.7.0 Try later')).length, 1);
});

test('analyzeInput() counts the replies of such a paste', async () => {
  const { results, ...read } = await analyzeInput('550 5.1.1 <ana@example.com> User unknown\n421 4.7.0 Try later\n', { lang: 'en' });
  assert.equal(results.length, 2);
  assert.deepEqual(read, { messages: 1, logs: 0, logLines: 0, logDelivered: 0, logFailed: 0, logDeferred: 0, split: 1, notices: 0, replies: 2, unread: 0 });
});

test('every face reads them so: the API, and the CLI through analyzeInput (the web page calls it too)', async () => {
  const { createApp } = await import('../src/server/app.js');
  const res = await createApp().request('/api/explain?lang=en', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '550 5.7.1 Message rejected as spam\n421 4.7.0 Try again later, closing connection' });
  assert.equal(res.status, 200);
  const body = await res.json() as { results: { replyCode: string; reason: string }[] };
  assert.deepEqual(body.results.map((r) => [r.replyCode, r.reason]), [['550', 'spamdetected'], ['421', 'onhold']]);
  const { runCli } = await import('./mailbox-helpers.js');
  const cli = await runCli(['--format', 'ndjson', '--lang', 'en', '-'], { stdin: '550 5.1.1 <ana@example.com> User unknown\n421 4.7.0 Try later\n', env: {} });
  const rows = cli.stdout.trim().split('\n').map((l) => JSON.parse(l) as { recipient: string | null; replyCode: string; listAction: string });
  assert.deepEqual(rows.map((r) => [r.recipient, r.replyCode, r.listAction]), [['ana@example.com', '550', 'remove'], [null, '421', 'retry']]);
  assert.match(cli.stderr, /2 pasted replies/);
});
