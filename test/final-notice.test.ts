// A notice in which the sending server says it gave up (Postfix's failure template, qmail's "I'm not
// going to try again", Exim's "This is a permanent error") is a final failure, as its DSN would say.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze.js';

/** Postfix's failure notice, its sentence wrapped as Postfix wraps it, with one recipient's line. */
const postfixNotice = (line: string) => `This is the mail system at host mx.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

${line}
`;

test('a pasted Postfix notice whose recipient\'s host never answered: the message expired in the queue', async () => {
  const [r] = await analyze(postfixNotice('<ana@example.com>: connect to mx.example.com[192.0.2.1]:25: Connection timed out'), { lang: 'en' });
  assert.deepEqual([r!.recipient, r!.reason, r!.action], ['ana@example.com', 'expired', 'failed']);
  assert.ok(r!.evidence.some((e) => e.rule === 'action:gave-up'));
});

test('a lost connection, a DNS error or a loop in the same notice is told as it is', async () => {
  for (const line of [
    '<ana@example.com>: lost connection with mx.example.com[192.0.2.1] while performing the HELO handshake',
    '<ana@example.com>: Name service error for name=example.com type=MX: Malformed or unexpected name server reply',
  ]) {
    const [r] = await analyze(postfixNotice(line), { lang: 'en' });
    assert.equal(r!.reason, 'networkerror', line);
  }
});

test('a delay warning is not a final notice; a final qmail notice is not retried by the server', async () => {
  const warning = `This is the mail system at host mx.example.net.

####################################################################
# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #
####################################################################

Your message could not be delivered for more than 4 hour(s).
It will be retried until it is 5 day(s) old.

<ana@example.com>: connect to mx.example.com[192.0.2.1]:25: Connection timed out
`;
  const [w] = await analyze(warning, { lang: 'en' });
  assert.deepEqual([w!.reason, w!.action, w!.retry], ['networkerror', 'delayed', 'automatic']);
  const qmail = `Hi. This is the qmail-send program at mx.example.net.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<bia@example.com>:
192.0.2.2 failed after I sent the message.
Remote host said: 452 4.2.2 Mailbox full
I'm not going to try again; this message has been in the queue too long.
`;
  const [q] = await analyze(qmail, { lang: 'en' });
  assert.deepEqual([q!.reason, q!.kind, q!.action, q!.retry], ['mailboxfull', 'transient', 'failed', 'later']);
});

test("Windows' SMTP service and SendGrid, pasted, that could not connect: the message expired in the queue", async () => {
  const windows = [
    'This is an automatically generated Delivery Status Notification.',
    '',
    'Unable to deliver message to the following recipients, due to being unable to connect successfully to the destination mail server.',
    '',
    '       ana@example.com',
  ].join('\n');
  const sendgrid = [
    'This is an automatically generated message from SendGrid.',
    '',
    "I'm sorry to have to tell you that your message was not able to be",
    'delivered to one of its intended recipients.',
    '',
    'bia:00000:<bia@example.com> : Connection timed out in connect',
  ].join('\n');
  for (const [body, recipient] of [[windows, 'ana@example.com'], [sendgrid, 'bia@example.com']] as const) {
    const [r, ...rest] = await analyze(body, { lang: 'en' });
    assert.equal(rest.length, 0);
    assert.deepEqual([r!.recipient, r!.reason, r!.action], [recipient, 'expired', 'failed']);
  }
});
