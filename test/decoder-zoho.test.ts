import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMessage } from '../src/message/analyze-message.js';

test('the bracketed status line gives the address and the response code; a delay stays transient', async () => {
  const message = [
    'From: mailer-daemon@mail.zoho.com',
    'To: sender@example.com',
    'Subject: Mail Delivery Status Notification (Delay)',
    'Date: Mon, 3 Jun 2024 10:00:00 -0700',
    'X-ZohoMail: Si',
    'Content-Type: text/plain; charset="UTF-8"',
    '',
    'This message was created automatically by mail delivery system.',
    '',
    'THIS IS A WARNING MESSAGE ONLY.',
    '',
    'YOU DO NOT NEED TO RESEND YOUR MESSAGE.',
    '',
    '----- The following addresses had fatal errors ----- ',
    '[Status: Error, Address: <someone@example.org>, ResponseCode 421, , Host not reachable.]',
    '',
    'Message will be retried for 4 more day(s)',
    '',
  ].join('\n');
  const [r, ...rest] = await analyzeMessage(message, { lang: 'en' });
  assert.equal(rest.length, 0);
  assert.equal(r!.recipient, 'someone@example.org');
  assert.equal(r!.replyCode, '421');
  // still being retried: the cause (the host cannot be reached), not an expiry
  assert.equal(r!.reason, 'networkerror');
  assert.equal(r!.kind, 'transient');
});

test('"Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 ..." lines', async () => {
  const message = [
    'From: mailer-daemon@mail.zoho.com',
    'To: sender@example.com',
    'Subject: Undelivered Mail Returned to Sender',
    'Content-Type: text/plain; charset="UTF-8"',
    '',
    'This message was created automatically by mail delivery software.',
    'A message that you sent could not be delivered to one or more of its recipients. This is a permanent error.',
    '',
    'nobody@example.org Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 <nobody@example.org>... User Unknown',
    '',
  ].join('\n');
  const [r] = await analyzeMessage(message, { lang: 'en' });
  assert.equal(r!.recipient, 'nobody@example.org');
  assert.equal(r!.replyCode, '550');
  assert.equal(r!.status, '5.1.1');
  assert.equal(r!.reason, 'userunknown');
});
