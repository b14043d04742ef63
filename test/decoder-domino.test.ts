import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMessage } from '../src/message/analyze-message.js';

function report(because: string, dsn: string[]): string {
  return [
    'From: Postmaster@example.com',
    'To: sender@example.org',
    'Subject: DELIVERY FAILURE: User someone not listed in Domino Directory',
    'Date: Mon, 3 Jun 2024 10:00:00 +0900',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain; charset=UTF-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    'Your message',
    '',
    '  Subject: Hello',
    '',
    'was not delivered to:',
    '',
    '  someone@example.com',
    '',
    'because:',
    '',
    `  ${because}`,
    '',
    '--b1',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns;mx.example.com',
    '',
    ...dsn,
    '',
    '--b1--',
    '',
  ].join('\n');
}

test('the reason comes from the notice, in its own language, the status from the DSN', async () => {
  const [r, ...rest] = await analyzeMessage(report('ユーザー Someone (someone@example.com) は Domino ディレクトリには見つかりません。', [
    'Final-Recipient: rfc822;someone@example.com',
    'Action: failed',
    'Status: 5.0.0',
    'Diagnostic-Code: X-Notes; \u001b$B%f!<%6!<\u001b(B',
  ]), { lang: 'en' });
  assert.equal(rest.length, 0);
  assert.equal(r!.recipient, 'someone@example.com');
  assert.equal(r!.status, '5.0.0');
  assert.equal(r!.replyCode, '');
  assert.equal(r!.reason, 'userunknown');
});

test('a routing loop is a network (routing) error', async () => {
  const [r] = await analyzeMessage(report(
    'Error transferring to relay.example.com; Maximum hop count exceeded.  Message probably in a routing loop.',
    ['Final-Recipient: rfc822;someone@example.com', 'Action: failed', 'Status: 5.0.0'],
  ), { lang: 'en' });
  assert.equal(r!.reason, 'networkerror');
  assert.equal(r!.status, '5.0.0');
});
