import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMessage } from '../src/message/analyze-message.js';

function bounce(body: string[]): string {
  return ['From: "Postmaster" <postmaster@mail.example.com>', 'To: sender@example.com', 'Subject: Undeliverable Mail',
    'X-Mailer: <SMTP32 v8.22>', '', ...body, '', 'Original message follows.', '', 'From: sender@example.com', 'To: someone@example.org', '', 'hi', ''].join('\n');
}

test("IMail's own sentences: an invalid user id, delivery given up after N attempts", async () => {
  const [a] = await analyzeMessage(bounce(['Invalid final delivery userid: nobody@example.org']), { lang: 'en' });
  assert.equal(a!.recipient, 'nobody@example.org');
  assert.equal(a!.reason, 'userunknown');
  assert.equal(a!.status, '5.0.911');
  assert.equal(a!.replyCode, '');
  const [b] = await analyzeMessage(bounce(['Delivery failed 20 attempts: someone@example.org']), { lang: 'en' });
  assert.equal(b!.recipient, 'someone@example.org');
  assert.equal(b!.reason, 'expired');
  assert.equal(b!.status, '5.0.947');
});

test('"undeliverable to" takes the remote reply that follows', async () => {
  const [r] = await analyzeMessage(bounce(['undeliverable to someone@example.org', '', 'Body of message generated response:',
    '550 5.7.1 Message rejected: spam detected']), { lang: 'en' });
  assert.equal(r!.recipient, 'someone@example.org');
  assert.equal(r!.replyCode, '550');
  assert.equal(r!.status, '5.7.1');
  assert.equal(r!.reason, 'spamdetected');
});
