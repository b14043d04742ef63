// Bounces as people copy them from their mail client: a forwarder's signature below the forwarded notice,
// the client's Portuguese field names, Exchange's system mailbox: none of them names a failed recipient.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze.js';
import { isRoleAddress } from '../src/message/sender-addresses.js';
import { findForwardedNotice } from '../src/message/forwarded-notice.js';

async function read(text: string): Promise<Array<{ recipient: string | null; reason: string }>> {
  return (await analyze(text, { lang: 'en' })).map((r) => ({ recipient: r.recipient, reason: r.reason }));
}

const GMAIL_NOTICE = [
  'Endereço não encontrado',
  'Sua mensagem não foi entregue a ana@example.net porque o endereço não foi encontrado ou não pode receber e-mails.',
  'A resposta do servidor remoto foi:',
  '550 5.1.1 <ana@example.net>: Recipient address rejected: User unknown in local recipient table',
];

test('a bounce forwarded from Gmail with the forwarder\'s signature below it: the forwarder is no recipient', async () => {
  const text = [
    'Pedro Lima <pedro@example.com>',
    '15:10 (há 1 minuto)',
    'para mim',
    '',
    'Oi, esse voltou. Consegue ver?',
    '',
    '---------- Mensagem encaminhada ---------',
    'De: Mail Delivery Subsystem <mailer-daemon@example.org>',
    'Date: ter., 24 de nov. de 2026 às 18:20',
    'Subject: Delivery Status Notification (Failure)',
    'To: <vendas@example.com>',
    '',
    ...GMAIL_NOTICE,
    '',
    '-- ',
    'Pedro Lima',
    'pedro@example.com | (11) 5555-0000',
  ].join('\n');
  assert.deepEqual(await read(text), [{ recipient: 'ana@example.net', reason: 'userunknown' }]);
});

test('a signature\'s "-- " line ends a forwarded notice (RFC 3676 §4.3)', () => {
  const text = [
    'Veja abaixo.',
    '---------- Forwarded message ---------',
    'From: Mail Delivery Subsystem <mailer-daemon@example.org>',
    'Subject: Delivery Status Notification (Failure)',
    '',
    ...GMAIL_NOTICE,
    '-- ',
    'Pedro Lima',
  ].join('\n');
  const found = findForwardedNotice(text, text.toLowerCase());
  assert.equal(found?.end, text.indexOf('-- \nPedro'));
});

test('the same forward without the pane nor the "-- " line: an address after the reply another recipient owns is no recipient', async () => {
  const text = [
    'Oi, esse voltou. Consegue ver?',
    '',
    '---------- Mensagem encaminhada ---------',
    'De: Mail Delivery Subsystem <mailer-daemon@example.org>',
    'Subject: Delivery Status Notification (Failure)',
    'To: <vendas@example.com>',
    '',
    ...GMAIL_NOTICE,
    '',
    'Pedro Lima',
    'pedro@example.com',
  ].join('\n');
  assert.deepEqual(await read(text), [{ recipient: 'ana@example.net', reason: 'userunknown' }]);
});

test('addresses listed before the reply still take the whole notice\'s reason', async () => {
  const text = [
    'Could not deliver to the following recipients:',
    '',
    'ana@example.net',
    'bia@example.net',
    '',
    'Reason: 550 5.1.1 User unknown',
  ].join('\n');
  assert.deepEqual((await read(text)).map((r) => r.recipient), ['ana@example.net', 'bia@example.net']);
});

test('Gmail\'s details pop-up: a Portuguese "para:" line below the top names the user, no recipient', async () => {
  const text = [
    'Aviso de entrega',
    'O servidor devolveu a mensagem.',
    '',
    'de:\tMail Delivery Subsystem <mailer-daemon@example.org>',
    'para:\tjoao@example.com',
    'assunto:\tDelivery Status Notification (Failure)',
    'enviado por:\texample.org',
    '',
    ...GMAIL_NOTICE,
  ].join('\n');
  assert.deepEqual((await read(text)).map((r) => r.recipient), ['ana@example.net']);
});

test('Microsoft 365\'s system mailbox ("MicrosoftExchange" and 32 hex digits) is a mail system\'s address', async () => {
  assert.equal(isRoleAddress('MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com'), true);
  assert.equal(isRoleAddress('microsoftexchange@example.com'), false);
  const text = [
    'Undeliverable: Invoice',
    'Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>',
    'Wed 11/25/2026 2:32 PM',
    'To: Joao <joao@example.com>',
    '',
    'Your message to gustavo@example.org couldn\'t be delivered.',
    'Diagnostic information for administrators:',
    'gustavo@example.org',
    'Remote server returned \'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\'',
  ].join('\n');
  assert.deepEqual((await read(text)).map((r) => r.recipient), ['gustavo@example.org']);
});

