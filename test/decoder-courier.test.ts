import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMessage } from '../src/message/analyze-message.js';

test('the dialogue of each recipient: the command and the reply after it', async () => {
  const text = [
    'From: Courier mail server at mx.example.com <postmaster@mx.example.com>', 'To: sender@example.com', 'Subject: NOTICE: mail delivery status.',
    'MIME-Version: 1.0', 'Content-Type: multipart/report; report-type=delivery-status; boundary="=_courier_0"', '',
    '--=_courier_0', 'Content-Type: text/plain; charset=us-ascii', '',
    'This is a delivery status notification from mx.example.com,', 'running the Courier mail server, version 1.0.', '',
    'Your message to the following recipients cannot be delivered:', '',
    '<nobody@example.org>:', '    mx.example.org [192.0.2.45]:', '>>> RCPT TO:<nobody@example.org>',
    '<<< 550 5.1.1 <nobody@example.org>... User Unknown', '',
    '<someone@example.org>:', '    mx.example.org [192.0.2.45]:', '>>> DATA', '<<< 550 Unknown user someone@example.org', '',
    '--=_courier_0', 'Content-Type: message/delivery-status', '',
    'Reporting-MTA: dns; mx.example.com', '',
    'Final-Recipient: rfc822; nobody@example.org', 'Action: failed', 'Status: 5.0.0', 'Remote-MTA: dns; mx.example.org',
    'Diagnostic-Code: smtp; 550 5.1.1 <nobody@example.org>... User Unknown', '',
    'Final-Recipient: rfc822; someone@example.org', 'Action: failed', 'Status: 5.0.0', 'Remote-MTA: dns; mx.example.org',
    'Diagnostic-Code: smtp; 550 Unknown user someone@example.org', '',
    '--=_courier_0--', '',
  ].join('\n');
  const rs = await analyzeMessage(text, { lang: 'en' });
  assert.equal(rs.length, 2);
  assert.deepEqual(rs.map((r) => [r.recipient, r.command, r.status, r.replyCode, r.reason]), [
    ['nobody@example.org', 'RCPT', '5.1.1', '550', 'userunknown'],
    // "unknown user" only after DATA: the recipient's filter refused this message
    ['someone@example.org', 'DATA', '5.0.0', '550', 'filtered'],
  ]);
});
