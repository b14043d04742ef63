import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMessage } from '../src/message/analyze-message.js';

function notice(body: string[]): string {
  return [
    'From: MAILER-DAEMON@yahoo.com',
    'To: sender@yahoo.com',
    'Subject: Failure Notice',
    'Date: Mon, 3 Jun 2024 10:00:00 +0000',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'Sorry, we were unable to deliver your message to the following address.',
    '',
    ...body,
    '',
    '--- Below this line is a copy of the message.',
    '',
  ].join('\n');
}

test('the bracketed command tells a 5.2.1 "User Unknown" was said at RCPT TO: an unknown user', async () => {
  const [r, ...rest] = await analyzeMessage(notice([
    '<someone@example.org>:',
    'Remote host said:',
    '550 5.2.1 <someone@example.org>... User Unknown',
    '[RCPT_TO]',
  ]), { lang: 'en' });
  assert.equal(rest.length, 0);
  assert.equal(r!.recipient, 'someone@example.org');
  assert.equal(r!.command, 'RCPT');
  assert.equal(r!.status, '5.2.1');
  assert.equal(r!.replyCode, '550');
  assert.equal(r!.reason, 'userunknown');
});

test('"501: 5.1.8 ..." is read as code and status', async () => {
  const [r] = await analyzeMessage(notice(['<someone@example.org>:', '501: 5.1.8 Sender address rejected']), { lang: 'en' });
  assert.equal(r!.replyCode, '501');
  assert.equal(r!.status, '5.1.8');
  assert.equal(r!.reason, 'rejected');
});

test('au (KDDI) "550 : User unknown", without the address, is the recipient\'s filter', async () => {
  const [r] = await analyzeMessage(notice(['<phone-owner@ezweb.ne.jp>:', '550: : User unknown']), { lang: 'en' });
  assert.equal(r!.recipient, 'phone-owner@ezweb.ne.jp');
  assert.equal(r!.replyCode, '550');
  assert.equal(r!.reason, 'filtered');
});

test('a notice that says it keeps trying reports a delay the server still retries, not a final failure', async () => {
  const delay = notice(['<pedro@example.org>:', 'Remote host said: 421 4.3.2 Service shutting down, closing transmission channel [RCPT_TO]'])
    .replace('to the following address.', 'to the following address yet. We will keep trying for up to 5 days.');
  const [r] = await analyzeMessage(delay, { lang: 'en' });
  assert.deepEqual([r!.recipient, r!.action, r!.retry], ['pedro@example.org', 'delayed', 'automatic']);
  // the same reply in the usual notice is final
  const [final] = await analyzeMessage(notice(['<pedro@example.org>:', 'Remote host said: 421 4.3.2 Service shutting down, closing transmission channel [RCPT_TO]']), { lang: 'en' });
  assert.equal(final!.action, 'failed');
});
