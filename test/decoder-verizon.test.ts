import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMessage } from '../src/message/analyze-message.js';

test('vtext.com: the RCPT TO of the message details and the error message', async () => {
  const message = [
    'From: post_master@vtext.com',
    'To: sender@example.com',
    'Subject: Re:Hello',
    'Date: 3 Jun 2024 10:00:00 -0000',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'Error: Invalid user address',
    '',
    'Error message below:',
    '550 - Requested action not taken: no such user here',
    '',
    'Message details:',
    '  Subject: Hello',
    '  MAIL FROM: sender@example.com',
    '  RCPT TO: 5550100@vtext.com',
    '  From: sender@example.com',
    '  Size (in bytes): 222',
    '',
  ].join('\n');
  const [r, ...rest] = await analyzeMessage(message, { lang: 'en' });
  assert.equal(rest.length, 0);
  assert.equal(r!.recipient, '5550100@vtext.com');
  assert.equal(r!.replyCode, '550');
  assert.equal(r!.reason, 'userunknown');
});

test('vzwpix.com: the To of the original message and the MMS error', async () => {
  const message = [
    'From: postmaster@vzwpix.com',
    'To: sender@example.com',
    'Subject: Undeliverable Message',
    'Date: 3 Jun 2024 10:00:00 -0000',
    'Content-Type: text/plain; charset=us-ascii',
    '',
    'Message could not be delivered to mobile.',
    'Error: No valid recipients for this MM',
    '',
    '',
    'Original Message:',
    'From: Sender <sender@example.com>',
    'To: 5550100@vzwpix.com',
    'Subject: Hello',
    '',
  ].join('\n');
  const [r] = await analyzeMessage(message, { lang: 'en' });
  assert.equal(r!.recipient, '5550100@vzwpix.com');
  assert.equal(r!.replyCode, '');
  assert.equal(r!.status, '5.0.911');
  assert.equal(r!.reason, 'userunknown');
});
