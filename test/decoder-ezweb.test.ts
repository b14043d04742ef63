import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMessage } from '../src/message/analyze-message.js';

function notice(body: string[]): string {
  return [
    'From: Postmaster@ezweb.ne.jp',
    'To: sender@example.com',
    'Subject: Mail System Error - Returned Mail',
    'Date: Mon, 3 Jun 2024 10:00:00 +0900',
    'Message-ID: <ezweb-1@ezweb.ne.jp>',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    ...body,
    '',
  ].join('\n');
}

test('"account is disabled" is a suspended line, whatever the SMTP words after it', async () => {
  const [r, ...rest] = await analyzeMessage(notice([
    'The user(s) account is disabled.',
    '',
    '<phone-owner@ezweb.ne.jp>: 550 user unknown (in reply to RCPT TO command)',
  ]), { lang: 'en' });
  assert.equal(rest.length, 0);
  assert.equal(r!.recipient, 'phone-owner@ezweb.ne.jp');
  assert.equal(r!.reason, 'suspend');
  assert.equal(r!.replyCode, '550');
});

test('a refusal with no reply of the server is the recipient\'s filter; with one, the reply decides', async () => {
  const [f] = await analyzeMessage(notice([
    '<filtering-user@ezweb.ne.jp>',
    '',
    'Each of the following recipients was rejected by a remote mail server.',
  ]), { lang: 'en' });
  assert.equal(f!.recipient, 'filtering-user@ezweb.ne.jp');
  assert.equal(f!.reason, 'filtered');
  assert.equal(f!.status, '5.0.910');

  const [u] = await analyzeMessage(notice([
    'Each of the following recipients was rejected by a remote',
    'mail server.',
    '',
    '    Recipient: <no-such-user@ezweb.ne.jp>',
    '    >>> RCPT TO:<no-such-user@ezweb.ne.jp>',
    '    <<< 550 <no-such-user@ezweb.ne.jp>: User unknown',
  ]), { lang: 'en' });
  assert.equal(u!.recipient, 'no-such-user@ezweb.ne.jp');
  assert.equal(u!.reason, 'userunknown');
  assert.equal(u!.replyCode, '550');
});

test('"not delivered within" is an expiry', async () => {
  const [r] = await analyzeMessage(notice([
    'Your message was not delivered within 0 days and 1 hours.',
    'Remote host is not responding.',
    '',
    'The following recipients did not receive this message:',
    '',
    '<slow-host@ezweb.ne.jp>',
  ]), { lang: 'en' });
  assert.equal(r!.recipient, 'slow-host@ezweb.ne.jp');
  assert.equal(r!.reason, 'expired');
  assert.equal(r!.status, '5.0.947');
});
