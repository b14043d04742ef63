// Pasted bounce bodies, without the message's headers: who is the failed recipient and which lines speak
// of it. The sender's address, the returned message's quoted fields and the notice's own layout must not
// become recipients or reasons.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze.js';

async function read(text: string): Promise<Array<{ recipient: string | null; reason: string; command: string | null }>> {
  return (await analyze(text, { lang: 'en' })).map((r) => ({ recipient: r.recipient, reason: r.reason, command: r.command }));
}

test('Sendmail\'s "received at <date> from <sender>" names the sender, not a failed recipient', async () => {
  const text = [
    'The original message was received at Mon, 2 Nov 2026 10:00:00 -0300',
    'from news@example.org',
    '',
    '---The following addresses had delivery errors---',
    '',
    'ana@example.com [User unknown]',
  ].join('\n');
  const results = await read(text);
  assert.deepEqual(results.map((r) => r.recipient), ['ana@example.com']);
});

test('"A message from <sender> to: -> <recipient>" (amavis): the sender is left out, its verdict read before its disclaimer', async () => {
  const text = [
    'A message from <news@example.org> to:',
    '-> ana@example.com',
    '',
    'was considered unsolicited bulk e-mail (UBE).',
    '',
    'We do try to minimize backscatter for more prominent cases of UBE and for infected mail.',
  ].join('\n');
  assert.deepEqual(await read(text), [{ recipient: 'ana@example.com', reason: 'spamdetected', command: null }]);
});

test('Exim: a "host <name> [ip]" line indented like the address belongs to that recipient', async () => {
  const text = [
    'This message was created automatically by mail delivery software.',
    '',
    'A message sent by',
    '',
    '  <news@example.org>',
    '',
    'could not be delivered to one or more of its recipients. The following',
    'address(es) failed:',
    '',
    '  ana@example.com',
    '  host mx.example.com [192.0.2.10]',
    '    SMTP error from remote mail server after MAIL FROM:<news@example.org>:',
    '    550 Bad SPF records for [example.org:192.0.2.2]',
  ].join('\n');
  assert.deepEqual(await read(text), [{ recipient: 'ana@example.com', reason: 'authfailure', command: 'MAIL' }]);
});

test('an address alone on its line takes the notice\'s words, however long the address', async () => {
  const text = [
    'Your message could not be sent because of an error.',
    '',
    'Please check the address and send it again later.',
    '',
    'The user(s) account is disabled.',
    '',
    '<a-rather-long-local-part-for-this-test@example.com>',
  ].join('\n');
  const [r, ...rest] = await read(text);
  assert.equal(rest.length, 0);
  assert.equal(r!.recipient, 'a-rather-long-local-part-for-this-test@example.com');
  assert.equal(r!.reason, 'suspend');
});

test('the returned message\'s folded header fields name no recipient, and their words are no reason', async () => {
  const text = [
    'Failed addresses follow:',
    ' ana@example.com ... unknown host',
    'Message text follows:',
    'Received: from mail.example.org ([192.0.2.25])',
    '\tby mx.example.net with esmtp',
    '\tfor bia@example.net; Mon, 2 Nov 2026 10:00:00 +0000',
    'Message-ID:',
    '  <1234.abcd@example.org>',
    'X-Virus-Scanned:',
    '  clean, no virus found',
    'Subject: hello',
  ].join('\n');
  assert.deepEqual(await read(text), [{ recipient: 'ana@example.com', reason: 'hostunknown', command: null }]);
});

test('an indented list of the message\'s fields keeps its To: line, and a transcript\'s lines stay with the recipient', async () => {
  const listed = [
    'This report relates to a message you sent with the following header fields:',
    '',
    '  Message-id: <1234.abcd@example.org>',
    '  From: News <news@example.org>',
    '  To: ana@example.com',
    '',
    'Your message cannot be delivered to the following recipients:',
    '  Recipient address: ana@example.com',
    '  Reason: Over quota',
  ].join('\n');
  assert.deepEqual((await read(listed)).map((r) => [r.recipient, r.reason]), [['ana@example.com', 'mailboxfull']]);
  const transcript = [
    'Each of the following recipients was rejected by a remote mail server.',
    '',
    '    Recipient: <ana@example.com>',
    '    >>> MAIL FROM:<news@example.org>',
    '    <<< 550 5.7.1 Mail refused: too many unwanted messages have been sent from your IP address',
  ].join('\n');
  const [t] = await read(transcript);
  assert.equal(t!.recipient, 'ana@example.com');
  assert.equal(t!.command, 'MAIL');
  assert.notEqual(t!.reason, 'undefined');
});

test('an address after "from" is the recipient when the notice names no other ("The reply from ana@x was: ...")', async () => {
  const text = [
    'Undeliverable message',
    '',
    'Your message could not be delivered.',
    '',
    'The reply from ana@example.com was:',
    '550 5.1.1 User unknown',
  ].join('\n');
  assert.deepEqual((await read(text)).map((r) => [r.recipient, r.reason]), [['ana@example.com', 'userunknown']]);
});

test('in a reply, the address after "from" is the sender\'s', async () => {
  const [r] = await read('550 5.7.1 Message from news@example.org refused: SPF check failed');
  assert.equal(r!.recipient, null);
});

test('a failure notice saying the address is "no longer active" is a disabled mailbox, not an automatic answer', async () => {
  for (const text of [
    'Your message to ana@example.com could not be delivered: the recipient address is no longer active.',
    'Sua mensagem para ana@example.com não pôde ser entregue: o endereço não está mais ativo.',
  ]) {
    assert.deepEqual((await read(text)).map((r) => [r.recipient, r.reason]), [['ana@example.com', 'suspend']], text);
  }
});

test('the address a departed employee\'s automatic answer says to write to is not the one that failed (it stayed off the remove list)', async () => {
  for (const text of ['This address is no longer in use. Please write to bia@example.com.', 'Este endereço não é mais utilizado. Envie para bia@example.com.',
    'I am no longer with Example Inc. Please write to bia@example.com instead.', 'Não estou mais na Example Ltda. Por favor, envie para bia@example.com.']) {
    const results = await analyze(text, { lang: 'en' });
    assert.equal(results.length, 1, text);
    assert.equal(results[0]!.reason, 'hasmoved', text);
    assert.equal(results[0]!.recipient, null, text);
  }
});

test('an automatic answer giving the person\'s new address: the address to replace is unknown, the new one is carried', async () => {
  for (const text of ['I have moved to another company. My new address is bia@example.com', 'Mudei de empresa. Meu novo e-mail é bia@example.com']) {
    const results = await analyze(text, { lang: 'en' });
    assert.equal(results.length, 1, text);
    assert.deepEqual([results[0]!.reason, results[0]!.recipient, results[0]!.newAddress], ['hasmoved', null, 'bia@example.com'], text);
  }
});

test('the contacts a notice gives for help ("write to postmaster@x or abuse@x") are no failed recipients', async () => {
  const bounce = (help: string): string => [
    'From: postmaster@example.net', 'To: news@example.org', 'Subject: Returned mail: User unknown', '',
    'The following message to <rafa@example.net> was undeliverable.',
    "5.1.1 - Bad destination email address 'reject' error from remote server 550 '5.1.1 User unknown'",
    help, '',
  ].join('\n');
  for (const help of [
    'If you need help, write to postmaster@example.net or abuse@example.net.',
    'For help, contact abuse@example.net.',
    'Questions? Please contact helpdesk@example.net or suporte@example.net',
    'Em caso de dúvida, escreva para hostmaster@example.net ou ajuda@example.net.',
  ]) {
    assert.deepEqual((await read(bounce(help))).map((r) => [r.recipient, r.reason]), [['rafa@example.net', 'userunknown']], help);
  }
  // a line that lists the recipients that failed keeps them all
  const both = await read([
    'From: MAILER-DAEMON@example.net', 'To: news@example.org', 'Subject: Undelivered Mail', '',
    'Delivery failed for ana@example.com and bia@example.com: 550 5.1.1 User unknown', '',
  ].join('\n'));
  assert.deepEqual(both.map((r) => r.recipient), ['ana@example.com', 'bia@example.com']);
});

test("the sender's address in a Microsoft 365 notice's diagram is no failed recipient: the recipient keeps its reply", async () => {
  // Outlook draws sender, service and recipient as three boxes; with no display name, the first is the
  // sender's address. Copied as lines, or as one line with tabs or spaces between.
  const pt = (diagram: string) => [
    'Sua mensagem para rui@example.com não pôde ser entregue.', '', 'rui não foi encontrado em example.com.', '',
    diagram, 'Ação Necessária', 'Destinatário', '', 'Destinatário Desconhecido', '',
    'Mais Informações para Profissionais de TI', 'Servidor de relatórios: AB1CDE23FG456.mail.protection.outlook.com', '',
    'Erro Relatado:', '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient rui@example.com not found by SMTP address lookup',
  ].join('\n');
  for (const diagram of ['vendas@example.org\nOffice 365\nrui', 'vendas@example.org\tOffice 365\trui', 'Vendas Example\nOffice 365\nrui']) {
    const results = await analyze(pt(diagram), { lang: 'pt-BR' });
    assert.deepEqual(results.map((r) => [r.recipient, r.reason, r.replyCode, r.status, r.listAction]),
      [['rui@example.com', 'userunknown', '550', '5.1.10', 'remove']], diagram);
  }
  // in English, a DMARC refusal: the recipient gets the DMARC reason, not a password advice
  const dmarc = await read([
    "Your message to dora@example.com couldn't be delivered.", 'Security or policy settings at example.com have rejected your message.',
    'vendas@example.org   Office 365   dora', 'Action Required   Recipient', 'Unauthenticated email', '',
    'More Info for Email Admins', 'Status code: 550 5.7.509',
    'Access denied, sending domain example.org does not pass DMARC verification and has a DMARC policy of reject.',
  ].join('\n'));
  assert.deepEqual(dmarc.map((r) => [r.recipient, r.reason]), [['dora@example.com', 'authfailure']]);
});

/** A newsletter's text as a mail client shows it: its contact line, and the footer that names its subscriber. */
const NEWSLETTER = [
  'SPRING SALE AT EXAMPLE BOOKS',
  'Up to 40% off every paperback this week only.',
  'Shop now <https://example.org/s/1>',
  '',
  'Questions? Write to help@example.org, we answer within a day.',
  'Follow us <https://example.org/social>',
  '',
  'You are receiving this e-mail because you subscribed at example.org as carla.reis@example.net.',
  'Unsubscribe <https://example.org/u/9f8e>',
];

/** The notice of a mail client (heading, then the sentence naming the recipient), with no code. */
const NOTICE = [
  'Address not found',
  'Your message wasn\'t delivered to joana@example.com because the address couldn\'t be found, or is unable to receive mail.',
];

test('a newsletter pasted above the notice: its contact and its subscriber are no failed recipients', async () => {
  const results = await read([...NEWSLETTER, '', ...NOTICE].join('\n'));
  assert.deepEqual(results.map((r) => [r.recipient, r.reason]), [['joana@example.com', 'userunknown']]);
});

test('a newsletter pasted below the notice, with no "original message" line between: the same recipient', async () => {
  const results = await read([...NOTICE, '', ...NEWSLETTER].join('\n'));
  assert.deepEqual(results.map((r) => [r.recipient, r.reason]), [['joana@example.com', 'userunknown']]);
});

test('a footer above a Portuguese notice, its only other address: its subscriber is no failed recipient', async () => {
  const text = [
    'Este informativo foi enviado para mariana@example.net. Para não receber mais, clique aqui <https://example.org/sair>.',
    '',
    'Endereço não encontrado',
    'Sua mensagem não foi entregue a bruna@example.com porque o endereço não foi encontrado.',
  ].join('\n');
  const results = await read(text);
  assert.deepEqual(results.map((r) => [r.recipient, r.reason]), [['bruna@example.com', 'userunknown']]);
});
