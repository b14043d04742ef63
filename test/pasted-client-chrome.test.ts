// Bounces as people copy them from their mail client: the lines a reading pane shows above each message
// (Gmail's "Name <addr>" / "14:32 (há 2 horas)" / "para mim", Outlook on the web's "Name <addr>" / date /
// "Para: ..."), a forwarder's signature below the forwarded notice, the client's Portuguese field names,
// Exchange's system mailbox: none of them names a failed recipient.
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

test('a Gmail conversation copied whole: the user\'s own message above the notice names no recipient', async () => {
  const text = [
    'Proposta de parceria',
    'Caixa de entrada',
    '',
    'João Silva <joao@example.com>',
    '\t',
    '14:31 (há 2 horas)',
    '\t',
    'para ana',
    '',
    'Oi Ana, segue a proposta. Dúvidas: comercial@example.com',
    '',
    'João Silva',
    'joao@example.com | (11) 5555-0110',
    '',
    'Mail Delivery Subsystem <mailer-daemon@example.org>',
    '\t',
    '14:32 (há 2 horas)',
    '\t',
    'para mim',
    '',
    ...GMAIL_NOTICE,
  ].join('\n');
  assert.deepEqual(await read(text), [{ recipient: 'ana@example.net', reason: 'userunknown' }]);
});

test('an Outlook on the web conversation: the user\'s message with its "Para:" line is left out', async () => {
  const text = [
    'Proposta',
    'João Silva <joao@example.com>',
    'Qua, 25/11/2026 14:31',
    'Para: carla@example.net',
    '',
    'Olá Carla, segue a proposta.',
    'joao@example.com',
    '',
    'Microsoft Outlook <postmaster@example.org>',
    'Qua, 25/11/2026 14:32',
    'Para: Você',
    '',
    'Sua mensagem para carla@example.net não pôde ser entregue.',
    'Servidor remoto retornou \'550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup\'',
  ].join('\n');
  assert.deepEqual((await read(text)).map((r) => r.recipient), ['carla@example.net']);
});

test('the pane\'s own sender line (an English Gmail notice): the user is no recipient', async () => {
  const text = [
    'John Smith <john@example.com>',
    '2:31 PM (2 hours ago)',
    'to ana',
    '',
    'Hi Ana, here is the offer.',
    '',
    'Mail Delivery Subsystem <mailer-daemon@example.org>',
    '2:32 PM (2 hours ago)',
    'to me',
    '',
    'Address not found',
    'Your message wasn\'t delivered to ana@example.net because the address couldn\'t be found.',
    '550 5.1.1 <ana@example.net>: Recipient address rejected: User unknown',
  ].join('\n');
  assert.deepEqual((await read(text)).map((r) => r.recipient), ['ana@example.net']);
});

test('a notice\'s own "<ana@x>: host ... said: 550" lines are still its recipients', async () => {
  const text = [
    'Mail Delivery System <mailer-daemon@example.org>',
    '10:01 (há 5 horas)',
    'para mim',
    '',
    'I\'m sorry to have to inform you that your message could not be delivered to one or more recipients.',
    '',
    '<ana@example.net>: host mx.example.net[192.0.2.1] said: 550 5.1.1 <ana@example.net>: Recipient address rejected: User unknown',
    '<bia@example.net>: host mx.example.net[192.0.2.1] said: 552 5.2.2 <bia@example.net>: Mailbox full',
  ].join('\n');
  assert.deepEqual(await read(text), [{ recipient: 'ana@example.net', reason: 'userunknown' }, { recipient: 'bia@example.net', reason: 'mailboxfull' }]);
});

test('an out-of-office copied from Outlook on the web speaks for its sender', async () => {
  const text = [
    'Resposta automática: Proposta comercial',
    'Sabrina Torres <sabrina@example.net>',
    'Qua, 25/11/2026 14:33',
    'Para: Você',
    '',
    'Informo que não faço mais parte da equipe. Esta caixa de e-mail não é mais monitorada.',
    'Por favor, encaminhe sua mensagem para comercial@example.net.',
  ].join('\n');
  assert.deepEqual((await read(text)).map((r) => r.recipient), ['sabrina@example.net']);
});

test('an out-of-office copied from Gmail: the colleague it names and the quoted writer are no recipients', async () => {
  const text = [
    'Ricardo Alves <ricardo@example.net>',
    '14:40 (há 5 minutos)',
    'para mim',
    '',
    'Olá, estou em férias de 20/11 a 10/12. Em caso de urgência, falar com Marina (marina@example.net).',
    '',
    'Em qua., 25 de nov. de 2026 às 14:32, João Silva <joao@example.com> escreveu:',
    '> Bom dia Ricardo, segue a proposta.',
  ].join('\n');
  const results = await read(text);
  assert.deepEqual(results, [{ recipient: 'ricardo@example.net', reason: 'vacation' }]);
});
