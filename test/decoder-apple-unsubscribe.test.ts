import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMessage } from '../src/message/analyze-message.js';

test("Apple Mail's unsubscribe request is an opt-out, not an automatic reply", async () => {
  const message = [
    'From: reader@example.org',
    'To: unsubscribe@lists.example.com',
    'Subject: unsubscribe',
    'Date: Mon, 3 Jun 2024 10:00:00 +0000',
    'Auto-Submitted: auto-replied',
    'X-Apple-Unsubscribe: true',
    'Content-Type: text/plain; charset=UTF-8',
    '',
    'Apple Mail sent this email to unsubscribe from the message "Weekly news".',
    '',
  ].join('\n');
  const [r, ...rest] = await analyzeMessage(message, { lang: 'en' });
  assert.equal(rest.length, 0);
  assert.equal(r!.recipient, 'reader@example.org');
  assert.equal(r!.reason, 'feedback');
  assert.equal(r!.feedbackType, 'opt-out');
  assert.equal(r!.status, '');
  assert.equal(r!.replyCode, '');
});
