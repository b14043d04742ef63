import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMessage } from '../src/message/analyze-message.js';

function bounce(body: string[], dsn: string[] | null): string {
  const head = ['From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.com>', 'To: <sender@example.com>',
    'Subject: Returned mail: see transcript for details', 'MIME-Version: 1.0'];
  if (!dsn) return [...head, '', ...body, '', '   ----- Unsent message follows -----', 'From: sender@example.com', 'To: someone@example.org', 'Subject: hi', '', 'hi', ''].join('\n');
  return [
    ...head, 'Content-Type: multipart/report; report-type=delivery-status; boundary="S1"', '',
    '--S1', '', ...body, '', '--S1', 'Content-Type: message/delivery-status', '',
    'Reporting-MTA: dns; mx.example.com', '', ...dsn, '', '--S1--', '',
  ].join('\n');
}

test('replies read after ">>> DATA" but before "354" answer the pipelined RCPT TOs', async () => {
  const rs = await analyzeMessage(bounce([
    '   ----- The following addresses had permanent fatal errors -----',
    '<nobody@example.org>', '    (reason: 550 5.1.1 <nobody@example.org>... User unknown)', '',
    '   ----- Transcript of session follows -----',
    '... while talking to mx.example.org.:', '>>> DATA',
    '<<< 550 5.1.1 <nobody@example.org>... User unknown', '550 5.1.1 <nobody@example.org>... User unknown',
    '<<< 554 5.5.1 Error: no valid recipients',
  ], ['Final-Recipient: RFC822; nobody@example.org', 'Action: failed', 'Status: 5.1.1', 'Remote-MTA: DNS; mx.example.org',
    'Diagnostic-Code: SMTP; 550 5.1.1 <nobody@example.org>... User unknown']), { lang: 'en' });
  assert.equal(rs.length, 1);
  assert.equal(rs[0]!.recipient, 'nobody@example.org');
  assert.equal(rs[0]!.command, 'RCPT');
  assert.equal(rs[0]!.status, '5.1.1');
  assert.equal(rs[0]!.replyCode, '550');
  assert.equal(rs[0]!.reason, 'userunknown');
});

test("the remote server's code in the Diagnostic-Code wins over sendmail's own 4.4.7", async () => {
  const [r] = await analyzeMessage(bounce([
    '   ----- The following addresses had permanent fatal errors -----',
    '<someone@example.org>', '    (reason: 452 4.4.5 Insufficient disk space; try again later)', '',
    '   ----- Transcript of session follows -----',
    '... while talking to mx.example.org.:', '>>> MAIL From:<sender@example.com> SIZE=1000',
    '<<< 452 4.4.5 Insufficient disk space; try again later',
    '<someone@example.org>... Deferred: 452 4.4.5 Insufficient disk space; try again later',
    'Message could not be delivered for 5 days', 'Message will be deleted from queue',
  ], ['Final-Recipient: RFC822; someone@example.org', 'Action: failed', 'Status: 4.4.7',
    'Diagnostic-Code: SMTP; 452 4.4.5 Insufficient disk space; try again later']), { lang: 'en' });
  assert.equal(r!.recipient, 'someone@example.org');
  assert.equal(r!.command, 'MAIL');
  assert.equal(r!.status, '4.4.5');
  assert.equal(r!.replyCode, '452');
  assert.equal(r!.reason, 'systemfull');
});

test('sendmail V5: the remote reply inside the recipient line, and the dialogue above "Remote protocol error"', async () => {
  const rs = await analyzeMessage(bounce([
    '   ----- Transcript of session follows -----',
    '550 example.net (smtp)... 550 Host unknown',
    '554 <someone@example.net>... 550 Host unknown (Authoritative answer from name server)',
    'While talking to mx.example.org:', '>>> MAIL From:<sender@example.com>',
    '<<< 550 Sender verify failed',
    '554 <other@example.org>... Remote protocol error',
  ], null), { lang: 'en' });
  assert.equal(rs.length, 2);
  const [a, b] = rs;
  assert.equal(a!.recipient, 'someone@example.net');
  assert.equal(a!.replyCode, '550');
  assert.equal(a!.reason, 'hostunknown');
  assert.equal(a!.status, '5.0.912');
  assert.equal(b!.recipient, 'other@example.org');
  assert.equal(b!.command, 'MAIL');
  assert.equal(b!.replyCode, '550');
  assert.equal(b!.reason, 'rejected');
});

test("the local delivery agent's line above sendmail's own tells the cause", async () => {
  const [r] = await analyzeMessage(bounce([
    '   ----- The following addresses had permanent fatal errors -----', '<ana@example.net>', '',
    '   ----- Transcript of session follows -----',
    'mail.local: unknown user: ana', '554 <ana@example.net>... Service unavailable',
  ], ['Final-Recipient: RFC822; <ana@example.net>', 'Action: failed', 'Status: 5.5.0']), { lang: 'en' });
  assert.equal(r!.recipient, 'ana@example.net');
  assert.equal(r!.replyCode, '554');
  assert.match(r!.diagnostic, /^mail\.local: unknown user: ana/);
  assert.equal(r!.reason, 'userunknown');
});

test('a recipient that is a pipe to a program failed in that program: mailererror', async () => {
  const [r] = await analyzeMessage(bounce([
    '   ----- The following addresses had permanent fatal errors -----',
    '"|exec /usr/bin/procmail -f- #ana"', '    (expanded from: <ana@example.net>)', '',
    '   ----- Transcript of session follows -----',
    '554 "|exec /usr/bin/procmail -f- #ana"... Service unavailable',
  ], ['Final-Recipient: RFC822; ana@example.net', 'X-Actual-Recipient: RFC822; |exec /usr/bin/procmail -f- #ana@example.net',
    'Action: failed', 'Status: 5.5.0']), { lang: 'en' });
  assert.equal(r!.recipient, 'ana@example.net');
  assert.equal(r!.replyCode, '554');
  assert.equal(r!.reason, 'mailererror');
  assert.ok(r!.evidence.some((e) => e.rule === 'dsn:program-recipient'));
});

test('a name server failure that made sendmail give up is still a network error, not only a timeout', async () => {
  const [r] = await analyzeMessage(bounce([
    '   ----- The following addresses had permanent fatal errors -----', '<ana@example.net>',
    '    (reason: Name server: example.net.: host name lookup failure)', '',
    '   ----- Transcript of session follows -----',
    '<ana@example.net>... Deferred: Name server: example.net.: host name lookup failure',
    'Message could not be delivered for 5 days', 'Message will be deleted from queue',
  ], ['Final-Recipient: RFC822; ana@example.net', 'Action: failed', 'Status: 4.4.7']), { lang: 'en' });
  assert.equal(r!.status, '4.4.7');
  assert.equal(r!.reason, 'networkerror');
});
