import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMessage } from '../src/message/analyze-message.js';

function bounce(subject: string, lead: string[], lines: string[], dsnStatus: string): string {
  return [
    'From: Mailer Daemon <MAILER-DAEMON@mx.example.com>', 'To: sender@example.com', `Subject: ${subject}`,
    'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="O1"', '',
    '--O1', 'Content-Description: Notification', 'Content-Type: text/plain; charset=us-ascii', '',
    '    Hi!', '', '    This is the MAILER-DAEMON, please DO NOT REPLY to this email.', '', ...lead, '', ...lines, '',
    '    Below is a copy of the original message:', '',
    '--O1', 'Content-Description: Delivery Report', 'Content-Type: message/delivery-status', '',
    'Reporting-MTA: dns; mx.example.com', '',
    ...lines.map((l) => `Final-Recipient: rfc822; ${l.split(':')[0]}\nAction: failed\nStatus: ${dsnStatus}\n`), '',
    '--O1--', '',
  ].join('\n');
}

test("the remote reply of each recipient, not OpenSMTPD's generic DSN Status", async () => {
  const rs = await analyzeMessage(bounce('Delivery status notification: failed',
    ['    An error has occurred while attempting to deliver a message for', '    the following list of recipients:'],
    ['nobody@example.org: 550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown',
      'full@example.org: 552 5.2.2 <full@example.org>: Recipient address rejected: Mailbox full'], '5.0.0'), { lang: 'en' });
  assert.equal(rs.length, 2);
  assert.deepEqual(rs.map((r) => [r.recipient, r.status, r.replyCode, r.reason]), [
    ['nobody@example.org', '5.1.1', '550', 'userunknown'],
    ['full@example.org', '5.2.2', '552', 'mailboxfull'],
  ]);
});

test("OpenSMTPD's own words: network error on the MXs, expired envelope", async () => {
  const [a] = await analyzeMessage(bounce('Delivery status notification: delayed',
    ['    A message is delayed for more than 10 minutes for the following', '    list of recipients:'],
    ['someone@example.org: Network error on destination MXs'], '4.0.0'), { lang: 'en' });
  assert.equal(a!.recipient, 'someone@example.org');
  assert.equal(a!.replyCode, '');
  assert.equal(a!.reason, 'networkerror');
  const [b] = await analyzeMessage(bounce('Delivery status notification: delayed',
    ['    A message is delayed for more than 0 seconds for the following', '    list of recipients:'],
    ['someone@example.org: Envelope expired'], '4.4.7'), { lang: 'en' });
  assert.equal(b!.reason, 'expired');
  assert.equal(b!.status, '5.0.947');
});
