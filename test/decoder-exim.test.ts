import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMessage } from '../src/message/analyze-message.js';

function bounce(list: string[], lead = 'recipients. This is a permanent error. The following address(es) failed:'): string {
  return [
    'From: Mail Delivery System <Mailer-Daemon@mx.example.com>', 'To: sender@example.com',
    'Subject: Mail delivery failed: returning message to sender', '',
    'This message was created automatically by mail delivery software.', '',
    'A message that you sent could not be delivered to one or more of its', lead, '', ...list, '',
    '------ This is a copy of the message, including all the headers. ------', '',
    'From: sender@example.com', 'To: someone@example.org', 'Subject: hi', '', 'hi', '',
  ].join('\n');
}

test('each recipient with its own diagnostic lines, command and remote host', async () => {
  const rs = await analyzeMessage(bounce([
    '  someone@example.org',
    '    SMTP error from remote mail server after RCPT TO:<someone@example.org>:',
    '    host mx.example.org [192.0.2.20]: 550 5.1.1 <someone@example.org>... User unknown',
    '  other@example.net',
    '    host mx.example.net [192.0.2.30]',
    '    SMTP error from remote mail server after end of data:',
    '    552 5.2.2 Mailbox full',
  ]), { lang: 'en' });
  assert.equal(rs.length, 2);
  assert.equal(rs[0]!.recipient, 'someone@example.org');
  assert.equal(rs[0]!.command, 'RCPT');
  assert.equal(rs[0]!.status, '5.1.1');
  assert.equal(rs[0]!.replyCode, '550');
  assert.equal(rs[0]!.reason, 'userunknown');
  assert.equal(rs[1]!.recipient, 'other@example.net');
  assert.equal(rs[1]!.command, 'DATA');
  assert.equal(rs[1]!.status, '5.2.2');
  assert.equal(rs[1]!.replyCode, '552');
  assert.equal(rs[1]!.reason, 'mailboxfull');
});

test("Exim's own messages: a malformed address is a syntax error, \"571\" is no reply code", async () => {
  const [a] = await analyzeMessage(bounce(
    ['  someone@example.org <other@example.org>: malformed address: <other@example.org> may not follow someone@example.org'],
    'recipient addresses that were incorrectly constructed:',
  ), { lang: 'en' });
  assert.equal(a!.recipient, 'someone@example.org');
  assert.equal(a!.reason, 'syntaxerror');
  assert.equal(a!.replyCode, '');
  const [b] = await analyzeMessage(bounce([
    '  someone@example.org', '    host relay.example.org [192.0.2.40]',
    '    SMTP error from remote mail server after initial connection:', '    571 No PTR Record found. Reverse DNS required',
  ]), { lang: 'en' });
  assert.equal(b!.command, 'CONN');
  assert.equal(b!.replyCode, '');
  assert.equal(b!.reason, 'requireptr');
  assert.equal(b!.status, '5.0.973');
});

test('the template as Brazilian hosting panels translate it: each recipient keeps its own diagnostic', async () => {
  const rs = await analyzeMessage([
    'From: Mail Delivery System <Mailer-Daemon@server.example.com.br>', 'To: news@example.com',
    'Subject: Falha na entrega do e-mail: retornando mensagem ao remetente', 'Content-Type: text/plain; charset=utf-8', '',
    'Esta mensagem foi criada automaticamente pelo software de entrega de e-mail.', '',
    'Uma mensagem que você enviou não pôde ser entregue a um ou mais de seus',
    'destinatários. Este é um erro permanente. O(s) seguinte(s) endereço(s) falhou(aram):', '',
    '  lucas@example.org', '    host mx.example.org [192.0.2.10]',
    '    Erro SMTP do servidor de e-mail remoto após RCPT TO:<lucas@example.org>:', '    550 No such user', '',
    '  mara@example.com.br', '    Mailbox quota exceeded', '',
    '  nico@example.net', '    Unrouteable address', '',
    '------ Esta é uma cópia da mensagem, incluindo todos os cabeçalhos. ------', '',
    'From: news@example.com', 'To: lucas@example.org, mara@example.com.br', 'Subject: Novidades', '',
  ].join('\n'), { lang: 'pt-BR' });
  assert.deepEqual(rs.map((r) => [r.recipient, r.reason, r.remoteHost]), [
    ['lucas@example.org', 'userunknown', 'mx.example.org'],
    ['mara@example.com.br', 'mailboxfull', null],
    ['nico@example.net', 'hostunknown', null],
  ]);
});

test("cPanel's default address failing an unknown local part (\"No Such User Here\") is an unknown user, no filter", async () => {
  const [r] = await analyzeMessage(bounce(['  ana@example.com.br', '    No Such User Here']), { lang: 'en' });
  assert.equal(r!.recipient, 'ana@example.com.br');
  assert.equal(r!.reason, 'userunknown');
  assert.equal(r!.hardBounce, true);
});
