import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMessage } from '../src/message/analyze-message.js';

function notice(details: string[]): string {
  return [
    'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
    'To: sender@gmail.com',
    'Subject: Delivery Status Notification (Failure)',
    'Date: Mon, 3 Jun 2024 10:00:00 +0000',
    'Content-Type: text/plain; charset=ISO-8859-1',
    '',
    'Delivery to the following recipient failed permanently:',
    '',
    '     someone@example.org',
    '',
    'Technical details of permanent failure: ',
    ...details,
    '',
  ].join('\n');
}

test("the other server's reply is the text, not Gmail's \"rejected by the recipient domain\" sentence", async () => {
  const [r, ...rest] = await analyzeMessage(notice([
    'Google tried to deliver your message, but it was rejected by the server for the recipient domain example.org by mx.example.org. [192.0.2.25].',
    '',
    'The error that the other server returned was:',
    '550 5.2.2 <someone@example.org>... Mailbox Full',
  ]), { lang: 'en' });
  assert.equal(rest.length, 0);
  assert.equal(r!.recipient, 'someone@example.org');
  assert.equal(r!.status, '5.2.2');
  assert.equal(r!.replyCode, '550');
  assert.equal(r!.reason, 'mailboxfull');
});

test('"(state N)" tells the stage: state 6 is TLS, state 12 is relaying', async () => {
  const [tls] = await analyzeMessage(notice([
    'Google tried to deliver your message, but it was rejected by the recipient domain. We recommend contacting the other email provider for further information about the cause of this error. The error that the other server returned was: 500 Remote server does not support TLS (state 6).',
  ]), { lang: 'en' });
  assert.equal(tls!.reason, 'failedstarttls');
  assert.equal(tls!.replyCode, '500');
  assert.equal(tls!.command, 'STARTTLS');

  const [relay] = await analyzeMessage(notice([
    'Google tried to deliver your message, but it was rejected by the recipient domain. The error that the other server returned was: 500 Remote server does not support SMTP Authenticated Relay (state 12).',
  ]), { lang: 'en' });
  assert.equal(relay!.reason, 'norelaying');
});
