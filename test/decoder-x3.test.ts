import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMessage } from '../src/message/analyze-message.js';

function bounce(lead: string, details: string[]): string {
  return [
    'From: Mail Delivery System <mailer-daemon@gw.example.com>', 'To: sender@example.com', 'Subject: Delivery status notification', '',
    '============================================================================',
    '      This is an automatically generated Delivery Status Notification.      ', '', lead, '', '  * someone@example.org', '',
    '============================================================================',
    '                             Technical details:                             ', '', ...details, '',
    '============================================================================', '',
  ].join('\n');
}

test('the SMTP step and reply of the technical details', async () => {
  const [r] = await analyzeMessage(bounce('Delivery to the following recipients failed permanently:',
    ['SMTP:RCPT host 192.0.2.33: 553 5.3.0 <someone@example.org>... No such user here']), { lang: 'en' });
  assert.equal(r!.recipient, 'someone@example.org');
  assert.equal(r!.command, 'RCPT');
  assert.equal(r!.status, '5.3.0');
  assert.equal(r!.replyCode, '553');
  assert.equal(r!.reason, 'userunknown');
});

test('"aborted after N hours" without a reply: the gateway gave up', async () => {
  const [r] = await analyzeMessage(bounce('Delevery to the following recipients was aborted after 5.0 hour(s):',
    ['Routing: Could not find a gateway for someone@example.org']), { lang: 'en' });
  assert.equal(r!.recipient, 'someone@example.org');
  assert.equal(r!.reason, 'expired');
  assert.equal(r!.status, '5.0.947');
  assert.equal(r!.replyCode, '');
});
