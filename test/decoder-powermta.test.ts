import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMessage } from '../src/message/analyze-message.js';

function bounce(category: string, status: string, diagnostic: string): string {
  return [
    'From: postmaster@mta.example.com', 'To: sender@example.com', 'Subject: Delivery report',
    'MIME-Version: 1.0', 'Content-Type: multipart/report; report-type=delivery-status; boundary="P1"', '',
    '--P1', 'Content-Type: text/plain', '',
    'Hello, this is the mail server on mta.example.com.', '', '  <someone@example.org>  delivery failed; will not continue trying', '',
    '--P1', 'Content-Type: message/delivery-status', '',
    'Reporting-MTA: dns; mta.example.com', 'X-PowerMTA-VirtualMTA: mta.example.com', '',
    'Action: failed', 'Final-Recipient: rfc822;someone@example.org', `Status: ${status}`, 'Remote-MTA: dns;mx.example.org (192.0.2.5)',
    `Diagnostic-Code: smtp;${diagnostic}`, `X-PowerMTA-BounceCategory: ${category}`, '',
    '--P1--', '',
  ].join('\n');
}

test("PowerMTA's bounce category decides the reason", async () => {
  const [a] = await analyzeMessage(bounce('bad-mailbox', '5.2.1 (mailbox disabled, not accepting messages)', '550 5.2.1 <someone@example.org>... User Unknown'), { lang: 'en' });
  assert.equal(a!.recipient, 'someone@example.org');
  assert.equal(a!.status, '5.2.1');
  assert.equal(a!.replyCode, '550');
  assert.equal(a!.reason, 'userunknown');
  const [b] = await analyzeMessage(bounce('quota-issues', '5.0.0 (undefined status)', '552 Message rejected for storage reasons'), { lang: 'en' });
  assert.equal(b!.status, '5.0.0');
  assert.equal(b!.replyCode, '552');
  assert.equal(b!.reason, 'mailboxfull');
});
