import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze.js';

test('a Postfix bounce body pasted without its headers', async () => {
  const body = [
    'This is the mail system at host mail.example.org.',
    '',
    "I'm sorry to have to inform you that your message could not",
    'be delivered to one or more recipients.',
    '',
    '<ana@example.com>: host mx.example.com[192.0.2.10] said: 550 5.1.1 <ana@example.com>:',
    '    Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)',
  ].join('\n');
  const [r, ...rest] = await analyze(body, { lang: 'pt-BR' });
  assert.equal(rest.length, 0);
  assert.equal(r!.recipient, 'ana@example.com');
  assert.equal(r!.reason, 'userunknown');
  assert.equal(r!.replyCode, '550');
  assert.equal(r!.status, '5.1.1');
  assert.equal(r!.command, 'RCPT');
  assert.equal(r!.remoteHost, 'mx.example.com');
  assert.equal(r!.hardBounce, true);
  assert.equal(r!.lang, 'pt-BR');
});

test('the To: line a mail client shows above a pasted bounce is not a failed recipient', async () => {
  const body = [
    'To: sender@example.org',
    'Subject: Undeliverable Mail',
    '',
    'undeliverable to bia@example.com',
    '',
    'Body of message generated response:',
    '552 5.2.2 Mailbox full',
  ].join('\n');
  const results = await analyze(body, { lang: 'en' });
  assert.deepEqual(results.map((r) => r.recipient), ['bia@example.com']);
  assert.equal(results[0]!.reason, 'mailboxfull');
});

test('a transcript: the refusal, not the accepted MAIL FROM, gives the codes', async () => {
  const body = [
    '----- The following addresses had permanent fatal errors -----',
    '<caio@example.com>',
    '',
    '----- Transcript of session follows -----',
    '>>> MAIL From:<sender@example.org>',
    '<<< 250 2.1.0 Sender ok',
    '>>> RCPT To:<caio@example.com>',
    '<<< 452 4.2.2 Over quota',
  ].join('\n');
  const [r] = await analyze(body, { lang: 'en' });
  assert.equal(r!.replyCode, '452');
  assert.equal(r!.status, '4.2.2');
  assert.equal(r!.reason, 'mailboxfull');
  assert.equal(r!.kind, 'transient');
});

test('DSN fields pasted alone are a report, not the headers of an empty message', async () => {
  const fields = 'Final-Recipient: rfc822; ana@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <ana@example.org>: user unknown\n';
  for (const input of [fields, 'Reporting-MTA: dns; mx.example.com\n' + fields, new TextEncoder().encode(fields)]) {
    const [r, ...rest] = await analyze(input, { lang: 'en' });
    assert.equal(rest.length, 0);
    assert.equal(r!.bounce, true);
    assert.equal(r!.recipient, 'ana@example.org');
    assert.equal(r!.reason, 'userunknown');
    assert.equal(r!.status, '5.1.1');
  }
});

test('DSN fields pasted in any order, and a complaint report pasted as fields, are read', async () => {
  const fields = ['Status: 5.1.1', 'Action: failed', 'Diagnostic-Code: smtp; 550 5.1.1 <ana@example.com>: Usuario desconhecido'];
  for (const order of [fields, [fields[1]!, fields[0]!, fields[2]!]]) {
    const [r] = await analyze(order.join('\n'), { lang: 'en' });
    assert.deepEqual([r!.bounce, r!.reason, r!.recipient, r!.hardBounce], [true, 'userunknown', 'ana@example.com', true], order.join(' | '));
  }
  const [complaint] = await analyze(['Feedback-Type: abuse', 'User-Agent: Example-Feedback/1.0', 'Version: 1', 'Original-Rcpt-To: <bia@example.com>'].join('\n'), { lang: 'en' });
  assert.deepEqual([complaint!.reason, complaint!.recipient, complaint!.feedbackType], ['feedback', 'bia@example.com', 'abuse']);
  // an mbox-style "Status: RO" header opening a message is no DSN field block
  const [mail] = await analyze(['Status: RO', 'From: ana@example.com', 'To: bia@example.com', 'Subject: hello', '', 'Hi'].join('\n'), { lang: 'en' });
  assert.equal(mail!.bounce, false);
});

test('pasted delivery-status fields of several recipients give a result each, also under the report\'s own fields', async () => {
  const blocks = ['Final-Recipient: rfc822; ana@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 <ana@example.org>: User unknown',
    'Final-Recipient: rfc822; bruno@example.org\nAction: delayed\nStatus: 4.2.2\nDiagnostic-Code: smtp; 452 4.2.2 <bruno@example.org>: Mailbox full'];
  for (const text of [blocks.join('\n\n'), `Reporting-MTA: dns; mx.example.com\n\n${blocks.join('\n\n')}`]) {
    const results = await analyze(text, { lang: 'en' });
    assert.deepEqual(results.map((r) => [r.recipient, r.reason, r.action]), [['ana@example.org', 'userunknown', 'failed'], ['bruno@example.org', 'mailboxfull', 'delayed']], text);
  }
});

test('the web page writes its counts as each language does (1.234 / 1,234)', async () => {
  const { PAGE_TEXT } = await import('../src/i18n/page-text.js');
  assert.equal(PAGE_TEXT['pt-BR'].progress(5402, 24200), 'Analisando 5.402 de 24.200 mensagens…');
  assert.equal(PAGE_TEXT['pt-BR'].summaryCounts({ messages: 24200, logs: 0, logLines: 0 }, 24200), '24.200 mensagens lidas, 24.200 resultados.');
  assert.equal(PAGE_TEXT.en.summaryCounts({ messages: 3, logs: 1, logLines: 1500 }, 1500), '2 messages read, 1,500 log lines with a failure, 1,500 results.');
  assert.equal(PAGE_TEXT['pt-BR'].addresses(4840), '4.840 endereços');
  assert.match(PAGE_TEXT.en.cardsShown(200, 3274), /^Showing 200 of 3,274 results/);
});

test("a sendmail transcript's reply lines for two recipients are two results, not one multi-line reply", async () => {
  const body = [
    '   ----- Transcript of session follows -----',
    '550 example.com (smtp)... 550 Host unknown',
    '554 <ana@example.com>... 550 Host unknown (Authoritative answer from name server)',
    '550 example.net (smtp)... 550 Host unknown',
    '554 <bia@example.net>... 550 Host unknown (Authoritative answer from name server)',
  ].join('\n');
  const results = await analyze(body, { lang: 'en' });
  assert.deepEqual(results.map((r) => [r.recipient, r.reason]), [['ana@example.com', 'hostunknown'], ['bia@example.net', 'hostunknown']]);
});

test("Exim's notice of a malformed recipient address, pasted without its subject, is a syntax error", async () => {
  const body = [
    'A message that you sent contained one or more recipient addresses that were',
    'incorrectly constructed:',
    '',
    '  ana@example.com <bia@example.com>: malformed address: <bia@example.com> may not follow ana@example.com',
    '',
    'This address has been ignored. The other addresses in the message were',
    'syntactically valid and have been passed on for an attempt at delivery.',
  ].join('\n');
  const results = await analyze(body, { lang: 'en' });
  assert.deepEqual(results.map((r) => [r.recipient, r.reason]), [['ana@example.com', 'syntaxerror']]);
});

test('a Postfix recipient line wrapped inside "(expanded from" names one recipient, its alias the address written', async () => {
  const body = [
    'This is the mail system at host mail.example.org.',
    '',
    '# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #',
    '',
    'Your message could not be delivered for more than 15 minutes.',
    'It will be retried until it is 24 hours old.',
    '',
    '                   The mail system',
    '',
    '<ana-box@example.com> (expanded from',
    '    <ana@example.com>): temporary failure. Command output:',
    'Quota',
    '    exceeded message delivery failed to /var/mail/ana/INBOX',
  ].join('\n');
  const results = await analyze(body, { lang: 'en' });
  assert.deepEqual(results.map((r) => [r.recipient, r.originalRecipient, r.reason, r.kind]), [['ana-box@example.com', 'ana@example.com', 'mailboxfull', 'transient']]);
});

test("sendmail's \"host name lookup failure\" (a DNS answer to try again) is a network error, not an unknown domain", async () => {
  const body = [
    '   ----- The following addresses had permanent fatal errors -----',
    '<ana@example.com>',
    '',
    '   ----- Transcript of session follows -----',
    '<ana@example.com>... Deferred: Name server: example.com.: host name lookup failure',
    'Message could not be delivered for 8 hours',
    'Message will be deleted from queue',
  ].join('\n');
  const results = await analyze(body, { lang: 'en' });
  assert.deepEqual(results.map((r) => [r.recipient, r.reason]), [['ana@example.com', 'networkerror']]);
});

test("a notice pasted with its report's own fields and no recipient: the sender is no recipient, \"dns;\" no DNS problem", async () => {
  const body = [
    'This is the mail system at host mail.example.org.',
    '',
    "I'm sorry to have to inform you that your message could not",
    "be delivered to one or more recipients. It's attached below.",
    '',
    '                   The mail system',
    '',
    '\t--- Delivery report unavailable ---',
    '',
    'Reporting-MTA: dns; mail.example.org',
    'X-Postfix-Queue-ID: B1C79423C925',
    'X-Postfix-Sender: rfc822; news@example.org',
    'Arrival-Date: Mon, 16 Dec 2019 14:12:15 +0100 (CET)',
  ].join('\n');
  const [r, ...rest] = await analyze(body, { lang: 'en' });
  assert.equal(rest.length, 0);
  assert.deepEqual([r!.recipient, r!.reason], [null, 'undefined']);
});

test('a notice that quotes its report, pasted with the report a mail client shows below it: one result per recipient', async () => {
  const report = [
    'Reporting-MTA: dns; mail.example.org',
    '',
    'Final-Recipient: rfc822; ana@example.com',
    'Action: failed',
    'Status: 5.1.1',
    'Diagnostic-Code: smtp; 550 5.1.1 <ana@example.com>... User Unknown',
    '',
    'Final-Recipient: rfc822; bia@example.com',
    'Action: failed',
    'Status: 5.2.2',
    'Diagnostic-Code: smtp; 552 5.2.2 <bia@example.com>... Mailbox full',
  ].join('\n');
  const body = `An error occurred while trying to deliver the mail to the following recipients:\nana@example.com\nbia@example.com\n\nTechnical report:\n\n${report}\n\n${report}\n`;
  const results = await analyze(body, { lang: 'en' });
  assert.deepEqual(results.map((r) => [r.recipient, r.reason]), [['ana@example.com', 'userunknown'], ['bia@example.com', 'mailboxfull']]);
});
