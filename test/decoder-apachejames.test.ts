import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMessage } from '../src/message/analyze-message.js';

test('Apache James: the error under "Error message below:", the recipient from the RCPT TO of the details', async () => {
  const text = [
    'From: postmaster@mail.example.org', 'To: sender@example.com', 'Subject: Re: hello', 'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=us-ascii', '',
    'Error: Invalid user address', '', 'Error message below:', '550 - Requested action not taken: no such user here', '',
    'Message details:', '  Subject: hello', '  MAIL FROM: sender@example.com', '  RCPT TO: nobody@example.org', '  From: sender@example.com', '',
  ].join('\n');
  const [r, ...rest] = await analyzeMessage(text, { lang: 'en' });
  assert.equal(rest.length, 0);
  assert.equal(r!.recipient, 'nobody@example.org');
  assert.equal(r!.replyCode, '550');
  assert.equal(r!.status, '5.0.911');
  assert.equal(r!.reason, 'userunknown');
});
