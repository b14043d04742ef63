import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMessage } from '../src/message/analyze-message.js';
import { parseDsn } from '../src/message/decode-dsn.js';

const HEAD = [
  'From: MAILER-DAEMON@mx.example.com (Mail Delivery System)',
  'To: sender@example.com',
  'Subject: Undelivered Mail Returned to Sender',
  'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="B1"',
  '',
].join('\n');

function bounce(notice: string[], dsn: string[]): string {
  return [
    HEAD, '--B1', 'Content-Type: text/plain', '',
    'This is the mail system at host mx.example.com.', '',
    "I'm sorry to have to inform you that your message could not", 'be delivered to one or more recipients.', '',
    '                   The mail system', '', ...notice, '',
    '--B1', 'Content-Type: message/delivery-status', '',
    'Reporting-MTA: dns; mx.example.com', 'X-Postfix-Queue-ID: 4ABCDEF', '', ...dsn, '',
    '--B1--', '',
  ].join('\n');
}

test('the command comes from the notice: "user unknown" at RCPT TO is an unknown recipient, whatever the 5.2.1', async () => {
  const [r, ...rest] = await analyzeMessage(bounce(
    ['<nobody@example.org>: host mx.example.org[192.0.2.10] said: 550 5.2.1', '    <nobody@example.org>... User Unknown (in reply to RCPT TO command)'],
    ['Final-Recipient: rfc822; nobody@example.org', 'Action: failed', 'Status: 5.2.1', 'Remote-MTA: dns; mx.example.org',
      'Diagnostic-Code: smtp; 550 5.2.1 <nobody@example.org>... User Unknown'],
  ), { lang: 'en' });
  assert.equal(rest.length, 0);
  assert.equal(r!.recipient, 'nobody@example.org');
  assert.equal(r!.command, 'RCPT');
  assert.equal(r!.status, '5.2.1');
  assert.equal(r!.replyCode, '550');
  assert.equal(r!.reason, 'userunknown');
});

test('"Host not found, try again" is a temporary DNS failure, not an unknown domain', async () => {
  const [r] = await analyzeMessage(bounce(
    ['<someone@example.org>: Name service error for domain example.org: Host not', '    found, try again'],
    ['Final-Recipient: rfc822; someone@example.org', 'Action: failed', 'Status: 5.4.4',
      'Diagnostic-Code: X-Postfix; Name service error for domain example.org: Host not found, try again'],
  ), { lang: 'en' });
  assert.equal(r!.recipient, 'someone@example.org');
  assert.equal(r!.status, '5.4.4');
  assert.equal(r!.replyCode, '');
  assert.equal(r!.reason, 'networkerror');
});

test('a reply code whose class disagrees with the Status is dropped', async () => {
  const [r] = await analyzeMessage(bounce(
    ['<someone@example.org>: host mx.example.org[192.0.2.10] said: 554 Blocked - see', '    https://blocklist.example.net/?ip=192.0.2.1 (in reply to RCPT TO command)'],
    ['Final-Recipient: rfc822; someone@example.org', 'Action: failed', 'Status: 4.0.0',
      'Diagnostic-Code: smtp; 554 Blocked - see https://blocklist.example.net/?ip=192.0.2.1'],
  ), { lang: 'en' });
  assert.equal(r!.status, '4.0.0');
  assert.equal(r!.replyCode, '');
  assert.equal(r!.reason, 'blocked');
});

test('the postmaster transcript: the last error reply and the command it answered', async () => {
  const text = [
    'From: MAILER-DAEMON@mx.example.com (Mail Delivery System)', 'To: postmaster@mx.example.com',
    'Subject: Postfix SMTP server: errors from localhost[127.0.0.1]', '',
    'Transcript of session follows.', '',
    ' Out: 220 mx.example.com ESMTP', ' In:  EHLO client.example.com', ' Out: 250 mx.example.com',
    ' In:  MAIL FROM:<sender@example.com>', ' Out: 250 2.1.0 Ok',
    ' In:  RCPT TO:<someone@example.org>', ' Out: 250 2.1.5 Ok',
    ' In:  DATA', ' Out: 354 End data with <CR><LF>.<CR><LF>', ' Out: 451 4.3.0 Error: queue file write error',
    ' In:  QUIT', ' Out: 221 2.0.0 Bye', '',
  ].join('\n');
  const [r] = await analyzeMessage(text, { lang: 'en' });
  assert.equal(r!.recipient, 'someone@example.org');
  assert.equal(r!.command, 'DATA');
  assert.equal(r!.status, '4.3.0');
  assert.equal(r!.replyCode, '451');
  assert.equal(r!.reason, 'systemerror');
});

test('a delay warning without a DSN part is a temporary failure the server still retries', async () => {
  const warning = [
    'From: MAILER-DAEMON@mx.example.com (Mail Delivery System)', 'To: sender@example.com',
    'Subject: Delayed Mail (still being retried)', '',
    'This is the mail system at host mx.example.com.', '',
    '####################################################################',
    '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #',
    '####################################################################', '',
    'Your message could not be delivered for more than 4 hour(s).', 'It will be retried until it is 5 day(s) old.', '',
    '<ana@example.org>: connect to mx.example.org[192.0.2.4]:25: Connection timed out', '',
  ].join('\n');
  const [r] = await analyzeMessage(warning, { lang: 'en' });
  assert.equal(r!.recipient, 'ana@example.org');
  assert.equal(r!.action, 'delayed');
  assert.equal(r!.kind, 'transient');
  assert.equal(r!.reason, 'networkerror');
  assert.equal(r!.retry, 'automatic');
});

test('a temporary failure the server gave up on is not "retrying on its own"; a delay notice is', async () => {
  const [gaveUp] = await analyzeMessage(bounce(['<ana@example.org>: connect to mx.example.org[192.0.2.4]:25: Connection timed out'],
    ['Final-Recipient: rfc822; ana@example.org', 'Action: failed', 'Status: 4.4.1', 'Diagnostic-Code: X-Postfix; connect to mx.example.org[192.0.2.4]:25: Connection timed out']), { lang: 'en' });
  assert.equal(gaveUp!.reason, 'expired');
  assert.equal(gaveUp!.retry, 'later');
  assert.match(gaveUp!.summary, /gave up/);
  const [late] = await analyzeMessage(bounce(['<ana@example.org>: connect to mx.example.org[192.0.2.4]:25: Connection timed out'],
    ['Final-Recipient: rfc822; ana@example.org', 'Action: delayed', 'Status: 4.4.7', 'Diagnostic-Code: X-Postfix; delivery time expired']), { lang: 'en' });
  assert.equal(late!.kind, 'transient');
  assert.equal(late!.retry, 'automatic');
  if (late!.reason === 'expired') assert.match(late!.summary, /still trying/);
});

test('a delay notice with only a generic code reports the delay itself', async () => {
  const [r] = await analyzeMessage(bounce([], ['Final-Recipient: rfc822; ana@example.org', 'Action: delayed', 'Status: 4.4.0']), { lang: 'en' });
  assert.equal(r!.reason, 'expired');
  assert.equal(r!.kind, 'transient');
  assert.equal(r!.retry, 'automatic');
  assert.match(r!.summary, /still trying/);
  // with words that tell the cause, the cause is reported
  const [dns] = await analyzeMessage(bounce([], ['Final-Recipient: rfc822; ana@example.org', 'Action: delayed', 'Status: 4.4.0',
    'Diagnostic-Code: X-Postfix; connect to mx.example.org[192.0.2.4]:25: Connection refused']), { lang: 'en' });
  assert.notEqual(dns!.reason, 'expired');
});

test('a Final-Recipient written wrong is the recipient as written, told as malformed: never a shorter, different address', async () => {
  const read = async (final: string, extra: string[] = []) => {
    const [r, ...rest] = await analyzeMessage(bounce(
      [`<${final}>: bad address syntax`],
      [`Final-Recipient: rfc822; ${final}`, ...extra, 'Action: failed', 'Status: 5.1.3', 'Diagnostic-Code: smtp; 501 5.1.3 Bad recipient address syntax'],
    ), { lang: 'en' });
    assert.equal(rest.length, 0);
    return [r!.recipient, r!.originalRecipient, r!.hardBounce, r!.signature];
  };
  assert.deepEqual(await read('maria@example,com'), ['maria@example,com', null, true, 'address:malformed']);
  // not "silva@example.com", another subscriber
  assert.deepEqual(await read('joao silva@example.com'), ['joao silva@example.com', null, true, 'address:malformed']);
  assert.deepEqual(await read('ze@example'), ['ze@example', null, true, 'address:malformed']);
  assert.deepEqual(await read('carla@@example.org'), ['carla@@example.org', null, true, 'address:malformed']);
  assert.deepEqual(await read('<rui @example.com>'), ['rui @example.com', null, true, 'address:malformed']);
  // a well-formed Original-Recipient is still the address the sender wrote
  assert.deepEqual(await read('joao silva@example.com', ['Original-Recipient: rfc822; joao.silva@example.com']),
    ['joao silva@example.com', 'joao.silva@example.com', true, 'address:malformed']);
  // a local delivery (a file, a program) or a bare domain is no address written wrong: as before
  const dsn = (final: string) => parseDsn(`Final-Recipient: rfc822; ${final}\nAction: failed\nStatus: 5.1.1\n`)[0]!.recipient;
  assert.equal(dsn('/var/mail/ana'), null);
  assert.equal(dsn('|/usr/bin/procmail ana@example.com'), 'ana@example.com');
  assert.equal(dsn('@mx.example.org'), null);
  // a field with control characters names no one: not the fragment after an escape sequence ("31m@example.com")
  assert.equal(dsn('orig\u001b]0;PWNED\u0007\u001b[31m@example.com'), null);
  assert.deepEqual(await read('joao silva@example.com', ['Original-Recipient: rfc822; orig\u001b[31m@example.com']),
    ['joao silva@example.com', null, true, 'address:malformed']);
});
