// Two facts of a bounce kept in result.message: the returned message's List-Id (which of the sender's
// lists it belongs to) and the Reporting-MTA of the DSN part, whichever decoder read the recipients.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMessage } from '../src/message/analyze-message.js';
import { sisimaiRecord } from '../src/cli/render-sisimai.js';

/** A Postfix bounce with a DSN part and the returned message's headers (`original` lines). */
function postfixBounce(original: string[]): string {
  return [
    'From: MAILER-DAEMON@mx.example.com (Mail Delivery System)',
    'To: news@example.com',
    'Subject: Undelivered Mail Returned to Sender',
    'Date: Mon, 1 Jan 2024 10:00:00 +0000',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B1"',
    '',
    '--B1', 'Content-Type: text/plain', '',
    'This is the mail system at host mx.example.com.', '',
    "I'm sorry to have to inform you that your message could not", 'be delivered to one or more recipients.', '',
    '                   The mail system', '',
    '<ana@example.org>: host mx.example.org[192.0.2.1] said: 550 5.1.1 <ana@example.org>:',
    '    User unknown (in reply to RCPT TO command)', '',
    '--B1', 'Content-Type: message/delivery-status', '',
    'Reporting-MTA: dns; mx.example.com',
    'X-Postfix-Queue-ID: 4ABCD1234',
    'Arrival-Date: Mon,  1 Jan 2024 09:59:58 +0000', '',
    'Final-Recipient: rfc822; ana@example.org',
    'Action: failed',
    'Status: 5.1.1',
    'Remote-MTA: dns; mx.example.org',
    'Diagnostic-Code: smtp; 550 5.1.1 <ana@example.org>: User unknown', '',
    '--B1', 'Content-Type: text/rfc822-headers', '',
    'From: News <news@example.com>',
    'To: ana@example.org',
    'Subject: Our newsletter',
    'Message-ID: <news-1@example.com>',
    ...original, '',
    '--B1--', '',
  ].join('\n');
}

test('a Postfix bounce with a DSN part gives its Reporting-MTA, and the same verdict', async () => {
  const [r] = await analyzeMessage(postfixBounce([]), { lang: 'en' });
  assert.equal(r!.reason, 'userunknown');
  assert.equal(r!.status, '5.1.1');
  assert.equal(r!.remoteHost, 'mx.example.org');
  assert.equal(r!.message?.reportingMta, 'mx.example.com');
  assert.equal(sisimaiRecord(r!)?.lhost, 'mx.example.com');
});

test('List-Id of the returned message: the id without name and brackets, as Sisimai reads it', async () => {
  const listId = async (lines: string[]) => (await analyzeMessage(postfixBounce(lines), { lang: 'en' }))[0]!.message?.listId;
  assert.equal(await listId(['List-Id: Weekly news <weekly.news.example.com>']), 'weekly.news.example.com');
  assert.equal(await listId(['List-Id: "Offers <and deals>"', ' <offers.example.com>']), 'offers.example.com', 'folded, a bracket in the name');
  assert.equal(await listId(['List-Id: <promo.example.com>']), 'promo.example.com');
  assert.equal(await listId(['List-Id: plain.example.com']), 'plain.example.com', 'no brackets: the value');
  assert.equal(await listId(['List-Id: Just a name']), null, 'no id');
  assert.equal(await listId([]), null);
});

test('--format sisimai fills listid from List-Id, "" when the returned message has none', async () => {
  const [r] = await analyzeMessage(postfixBounce(['List-Id: Weekly news <weekly.news.example.com>']), { lang: 'en' });
  assert.equal(sisimaiRecord(r!)?.listid, 'weekly.news.example.com');
  const [none] = await analyzeMessage(postfixBounce([]), { lang: 'en' });
  assert.equal(sisimaiRecord(none!)?.listid, '');
});
