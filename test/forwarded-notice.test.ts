// A bounce a person forwarded to someone else: the result is about the forwarded notice's recipients,
// never the forwarder, whoever got the bounce, or the person it was forwarded to.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze.js';
import { analyzeMessage } from '../src/message/analyze-message.js';

function forward(subject: string, body: string[]): string {
  return [
    'From: Paulo Reis <paulo@example.com>',
    'To: Suporte <suporte@example.com>',
    `Subject: ${subject}`,
    'Date: Mon, 1 Dec 2025 10:00:00 -0300',
    'Content-Type: text/plain; charset=utf-8',
    '',
    ...body,
  ].join('\n');
}

test('Outlook\'s "-----Original Message-----" above a Microsoft 365 notice: the notice starts there, no returned message', async () => {
  const results = await analyzeMessage(forward('FW: Undeliverable: Proposta', [
    'Pode ver por que voltou?',
    '',
    '-----Original Message-----',
    'From: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>',
    'Sent: Monday, December 1, 2025 9:10 AM',
    'To: Ana Lima <ana.lima@example.com>',
    'Subject: Undeliverable: Proposta',
    '',
    "Your message to carlos@example.org couldn't be delivered.",
    "carlos wasn't found at example.org.",
    '',
    'Reported error: 550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup',
  ]), { lang: 'en' });
  assert.deepEqual(results.map((r) => [r.recipient, r.reason, r.hardBounce]), [['carlos@example.org', 'userunknown', true]]);
});

test('"-----Mensagem original-----" and Outlook\'s underscores with "De:", "Enviada em:", "Para:", "Assunto:"', async () => {
  for (const separator of ['-----Mensagem original-----', '________________________________']) {
    const results = await analyzeMessage(forward('ENC: Não é possível entregar: Proposta', [
      'Voltou de novo.',
      '',
      separator,
      'De: Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com.br>',
      'Enviada em: segunda-feira, 1 de dezembro de 2025 09:10',
      'Para: Ana Lima <ana.lima@example.com.br>',
      'Assunto: Não é possível entregar: Proposta',
      '',
      'Sua mensagem para daniela@example.com.br não pôde ser entregue.',
      'A caixa de correio de daniela está cheia.',
      '',
      'Erro relatado: 554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded',
    ]), { lang: 'pt-BR' });
    assert.deepEqual(results.map((r) => [r.recipient, r.reason]), [['daniela@example.com.br', 'mailboxfull']], separator);
  }
});

test('a forwarded notice ends where the client shows the returned message as another forwarded one', async () => {
  const results = await analyzeMessage(forward('Fwd: Delivery Status Notification (Failure)', [
    '---------- Forwarded message ---------',
    'From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>',
    'Date: Mon, Dec 1, 2025 at 9:00 AM',
    'Subject: Delivery Status Notification (Failure)',
    'To: <ana.lima@example.com>',
    '',
    'Address not found',
    "Your message wasn't delivered to ana@example.org because the address couldn't be found.",
    'The response from the remote server was:',
    '550 5.1.1 <ana@example.org>: Recipient address rejected: User unknown',
    '',
    '---------- Forwarded message ----------',
    'From: Ana Lima <ana.lima@example.com>',
    'To: bruno@example.net',
    'Subject: Proposta',
  ]), { lang: 'en' });
  assert.deepEqual(results.map((r) => [r.recipient, r.reason]), [['ana@example.org', 'userunknown']]);
});

test('a bounce\'s own "-----Original Message-----" still starts the returned message', async () => {
  const results = await analyzeMessage([
    'From: postmaster@example.org',
    'To: news@example.com',
    'Subject: Undeliverable: Novidades',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Delivery has failed to these recipients or groups:',
    '',
    'ana@example.org',
    "The email address you entered couldn't be found.",
    '',
    '-----Original Message-----',
    'From: Loja <news@example.com>',
    'To: ana@example.org, bruno@example.org',
    'Subject: Novidades',
  ].join('\n'), { lang: 'en' });
  assert.deepEqual(results.map((r) => r.recipient), ['ana@example.org']);
});

test('a forwarded automatic reply speaks for the forwarded one\'s sender, never the forwarder', async () => {
  // Gmail's forward of an out-of-office reply
  const away = await analyze(forward('Fwd: Automatic reply: Proposta', [
    'Is this a bounce? Should I remove him from the list?',
    '',
    '---------- Forwarded message ---------',
    'From: Tom Reis <tom@example.org>',
    'Date: Mon, Dec 1, 2025 at 8:00 AM',
    'Subject: Automatic reply: Proposta',
    'To: Paulo Reis <paulo@example.com>',
    '',
    'I am out of the office until Monday, December 8, with limited access to email.',
  ]), { lang: 'en' });
  assert.deepEqual(away.map((r) => [r.recipient, r.reason, r.listAction]), [['tom@example.org', 'vacation', 'nothing']]);
  // Outlook's, in Portuguese, of a reply that names the person's new address
  const moved = await analyze(forward('ENC: Resposta automática: Proposta', [
    'Atualizo o cadastro?',
    '',
    '________________________________',
    'De: Bia Souza <bia@example.org>',
    'Enviado: segunda-feira, 1 de dezembro de 2025 08:00',
    'Para: Paulo Reis <paulo@example.com>',
    'Assunto: Resposta automática: Proposta',
    '',
    'Não trabalho mais na Example. Meu novo endereço é bia.souza@example.net.',
  ]), { lang: 'pt-BR' });
  assert.deepEqual(moved.map((r) => [r.recipient, r.reason, r.listAction, r.newAddress]),
    [['bia@example.org', 'hasmoved', 'remove', 'bia.souza@example.net']]);
  // a forward whose forwarded block is not shown names nobody rather than the forwarder
  const bare = await analyze(forward('Fwd: Automatic reply: Proposta', ['Is this a bounce?', '', 'I am out of the office until Monday.']), { lang: 'en' });
  assert.deepEqual(bare.map((r) => [r.recipient, r.reason]), [[null, 'vacation']]);
});
