import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMessage } from '../src/message/analyze-message.js';

test('MailMarshal: the reply under "Could not be delivered because of", for every affected recipient', async () => {
  const text = [
    'From: postmaster@gw.example.com', 'To: sender@example.com', 'Subject: Undeliverable Mail: "hello"', '',
    'Your message:', '   From:    sender@example.com', '   Subject: hello', '',
    'Could not be delivered because of', '', '550 5.1.1 User unknown', '',
    'The following recipients were affected: ', '    nobody@example.org', '    other@example.org', '',
    'Additional Information', '======================', 'Original Sender:    <sender@example.com>', '',
  ].join('\n');
  const rs = await analyzeMessage(text, { lang: 'en' });
  assert.deepEqual(rs.map((r) => [r.recipient, r.status, r.replyCode, r.reason]), [
    ['nobody@example.org', '5.1.1', '550', 'userunknown'],
    ['other@example.org', '5.1.1', '550', 'userunknown'],
  ]);
});
