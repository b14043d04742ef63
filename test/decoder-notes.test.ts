import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMessage } from '../src/message/analyze-message.js';

function report(lines: string[]): string {
  return [
    'From: Postmaster@example.com',
    'To: sender@example.org',
    'Subject: Undeliverable message',
    'Date: Mon, 3 Jun 2024 10:00:00 +0900',
    'Content-Type: text/plain; charset=UTF-8',
    '',
    '------- Failure Reasons  --------',
    '',
    ...lines,
    '',
    '------- Returned Message --------',
    'Subject: Hello',
    '',
  ].join('\n');
}

test('each reason line is followed by its recipient', async () => {
  const results = await analyzeMessage(report([
    'User  not listed in public Name & Address Book',
    'first@example.com',
    'ディレクトリのリストにありません',
    'second@example.com',
  ]), { lang: 'en' });
  assert.deepEqual(results.map((r) => [r.recipient, r.reason, r.status, r.replyCode]), [
    ['first@example.com', 'userunknown', '5.0.911', ''],
    ['second@example.com', 'userunknown', '5.0.911', ''],
  ]);
});

test('a reason nobody can read still is a failure: onhold, not undefined', async () => {
  const [r] = await analyzeMessage(report(['エラー(テストメッセージとしての)', 'someone@example.com']), { lang: 'en' });
  assert.equal(r!.recipient, 'someone@example.com');
  assert.equal(r!.reason, 'onhold');
  assert.equal(r!.status, '5.0.901');
});
