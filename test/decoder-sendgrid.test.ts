import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMessage } from '../src/message/analyze-message.js';

test('"Action: expired" is an expiry, whatever the last error', async () => {
  const message = [
    'From: MAILER-DAEMON <mailer-daemon@sendgrid.net>',
    'To: sender@example.com',
    'Subject: Undelivered Mail Returned to Sender',
    'Date: Mon, 3 Jun 2024 10:00:00 +0000',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain',
    '',
    'This is an automatically generated message from SendGrid.',
    '',
    "I'm sorry to have to tell you that your message was not able to be",
    'delivered to one of its intended recipients.',
    '',
    '--b1',
    'Content-Type: message/delivery-status',
    '',
    'X-SendGrid-QueueID: 12345',
    'X-SendGrid-Sender: <sender@example.com>',
    'Arrival-Date: 2024-06-03 10-00-00',
    '',
    'Final-Recipient: rfc822; slow@example.org',
    'Original-Recipient: rfc822; slow@example.org',
    'Action: expired',
    'Status: ',
    'Diagnostic-Code: Connection timed out',
    '',
    '--b1--',
    '',
  ].join('\n');
  const [r, ...rest] = await analyzeMessage(message, { lang: 'en' });
  assert.equal(rest.length, 0);
  assert.equal(r!.recipient, 'slow@example.org');
  assert.equal(r!.reason, 'expired');
  assert.equal(r!.status, '5.0.947');
  assert.equal(r!.replyCode, '');
});
