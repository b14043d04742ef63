import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMessage } from '../src/message/analyze-message.js';

test('InterScan MSS: "Unable to deliver message to <a@x>" names the refused address', async () => {
  const text = [
    'From: postmaster@gw.example.com ("InterScan Notification")', 'To: sender@example.com', 'Subject: Mail could not be delivered', '',
    '****** Message from InterScan Messaging Security Suite ******', '', 'The following mail could not be delivered.', '',
    'Reason:  Unable to deliver message to <someone@example.org> (and other recipients in the same domain).', '',
    '************************     End of message     **********************', '',
  ].join('\n');
  const [r, ...rest] = await analyzeMessage(text, { lang: 'en' });
  assert.equal(rest.length, 0);
  assert.equal(r!.recipient, 'someone@example.org');
  assert.equal(r!.replyCode, '');
  assert.equal(r!.status, '5.0.911');
  assert.equal(r!.reason, 'userunknown');
});
