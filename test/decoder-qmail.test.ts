import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMessage } from '../src/message/analyze-message.js';

function bounce(paragraphs: string[][]): string {
  return [
    'From: MAILER-DAEMON@mx.example.com', 'To: sender@example.com', 'Subject: failure notice', '',
    'Hi. This is the qmail-send program at mx.example.com.',
    "I'm afraid I wasn't able to deliver your message to the following addresses.",
    "This is a permanent error; I've given up. Sorry it didn't work out.", '',
    ...paragraphs.flatMap((p) => [...p, '']),
    '--- Below this line is a copy of the message.', '', 'From: sender@example.com', 'To: someone@example.org', '', 'hi', '',
  ].join('\n');
}

test('qmail-remote sentences give the SMTP step: "does not like recipient" is RCPT TO', async () => {
  const [r] = await analyzeMessage(bounce([[
    '<nobody@example.org>:', '192.0.2.1 does not like recipient.',
    'Remote host said: 550 5.2.1 <nobody@example.org>... User Unknown', 'Giving up on 192.0.2.1.',
  ]]), { lang: 'en' });
  assert.equal(r!.recipient, 'nobody@example.org');
  assert.equal(r!.command, 'RCPT');
  assert.equal(r!.status, '5.2.1');
  assert.equal(r!.replyCode, '550');
  assert.equal(r!.reason, 'userunknown');
});

test('a refused HELO name is a block, not the queue lifetime note qmail-send appends', async () => {
  const rs = await analyzeMessage(bounce([
    ['<someone@example.net>:', 'Connected to 192.0.2.2 but my name was rejected.', 'Remote host said: 501 5.0.0 Invalid domain name',
      "I'm not going to try again; this message has been in the queue too long."],
    ['<other@example.org>:', "Sorry, I couldn't find a mail exchanger or IP address. (#5.4.4)"],
  ]), { lang: 'en' });
  assert.equal(rs.length, 2);
  assert.equal(rs[0]!.command, 'EHLO');
  assert.equal(rs[0]!.replyCode, '501');
  assert.equal(rs[0]!.reason, 'blocked');
  assert.equal(rs[1]!.recipient, 'other@example.org');
  assert.equal(rs[1]!.status, '5.4.4');
  assert.equal(rs[1]!.reason, 'notaccept');
});

test('a server built on qmail that words its notice in Portuguese: its "Giving up on <IP>." closes a refusal, it is no delivery time that ran out', async () => {
  const notice = [
    'From: MAILER-DAEMON@smtp.example.com.br', 'To: contato@example.com.br', 'Subject: Falha na entrega da mensagem', 'Content-Type: text/plain; charset=UTF-8', '',
    'Olá, este é o programa de entrega de e-mails do servidor smtp.example.com.br.', '',
    'Infelizmente não foi possível entregar sua mensagem aos seguintes', 'destinatários. Este é um erro permanente; não há mais tentativas.', '',
    '<rui@example.org>:', '192.0.2.20 does not like recipient.', 'Remote host said: 550 5.1.1 <rui@example.org>: Recipient address rejected', 'Giving up on 192.0.2.20.', '',
  ].join('\n');
  const [r] = await analyzeMessage(notice, { lang: 'pt-BR' });
  assert.deepEqual([r!.recipient, r!.reason, r!.retry], ['rui@example.org', 'userunknown', 'never']);
});

test('the queue lifetime note alone is the cause: the message expired (it read as "no reason given")', async () => {
  const rs = await analyzeMessage(bounce([
    ['<nobody@example.com>:', 'Sorry, no mailbox here by that name. vpopmail (#5.1.1)'],
    ['<lento@example.net>:', "I'm not going to try again; this message has been in the queue too long."],
  ]), { lang: 'en' });
  assert.deepEqual(rs.map((r) => [r.recipient, r.reason]), [['nobody@example.com', 'userunknown'], ['lento@example.net', 'expired']]);
});
