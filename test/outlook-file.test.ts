// An NDR dragged out of Outlook is a .msg file (MAPI properties in a Compound File, not MIME text): it
// is read as the bounce it stands for; a Compound File that holds no readable message says what to do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/analyze.js';
import { CATALOGS } from '../src/i18n/catalog.js';
import { isCompoundFile } from '../src/message/compound-file.js';
import { runCli, tempDir } from './mailbox-helpers.js';
import { ndrMsg, outlookMsg, type MsgSpec } from './msg-fixtures.js';
import { MAX_EMBEDDED_MESSAGES, outlookMessage } from '../src/message/outlook-msg.js';
import { prng } from './prng.js';
import { MAX_MESSAGE_BYTES } from '../src/message/limits.js';

/** The [MS-CFB] header's signature and a few bytes of what follows: enough to be told apart. */
function compoundFile(): Uint8Array {
  const bytes = new Uint8Array(1024);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x3e, 0, 0x03, 0, 0xfe, 0xff, 0x09, 0]);
  return bytes;
}

test('the Compound File signature is told apart from mail, and only it', () => {
  assert.equal(isCompoundFile(compoundFile()), true);
  assert.equal(isCompoundFile(compoundFile().subarray(0, 7)), false);
  assert.equal(isCompoundFile(new TextEncoder().encode('From: a@example.com\n\nhi')), false);
  const almost = compoundFile();
  almost[7] = 0;
  assert.equal(isCompoundFile(almost), false);
});

test('a file of the Compound File format that holds no Outlook message is unreadable, with what to do instead', async () => {
  for (const lang of ['pt-BR', 'en'] as const) {
    const [r, more] = await analyze(compoundFile(), { lang, file: 'aviso.msg' });
    assert.equal(more, undefined);
    assert.equal(r!.error, CATALOGS[lang].ui.outlookFile.error);
    assert.equal(r!.advice, CATALOGS[lang].ui.outlookFile.advice);
    assert.equal(r!.file, 'aviso.msg');
    assert.equal(r!.bounce, false);
  }
});

const UNKNOWN = '<mx.example.com #5.1.1 smtp;550 5.1.1 <ana@example.com>: Recipient address rejected: User unknown in virtual mailbox table>';
const FULL = '<mx.example.net #4.2.2 smtp;452 4.2.2 <bia@example.net>: Mailbox full>';

test('an Outlook non-delivery report (.msg): each recipient of its table, with the reply Outlook kept for it', async () => {
  const results = await analyze(ndrMsg([{ smtp: 'ana@example.com', supplementary: UNKNOWN }, { smtp: 'bia@example.net', supplementary: FULL }]), { lang: 'en', file: 'ndr.msg' });
  assert.deepEqual(results.map((r) => [r.file, r.recipient, r.reason, r.replyCode, r.status, r.listAction]), [
    ['ndr.msg', 'ana@example.com', 'userunknown', '550', '5.1.1', 'remove'],
    ['ndr.msg', 'bia@example.net', 'mailboxfull', '452', '4.2.2', 'retry'],
  ]);
  const [ana] = results;
  // the report's own date and sender, and the returned message attached to it
  assert.equal(ana!.message?.noticeDate, 'Fri, 20 Nov 2026 13:45:00 +0000');
  assert.equal(ana!.message?.subject, 'Proposta comercial');
  assert.equal(ana!.message?.messageId, '<proposta-1@example.org>');
  assert.equal(ana!.diagnostic.includes('User unknown in virtual mailbox table'), true);
});

test('an Exchange recipient kept by its X.500 address is named by its SMTP address; one without a report is skipped', async () => {
  const x500 = '/O=EXAMPLE/OU=EXCHANGE ADMINISTRATIVE GROUP/CN=RECIPIENTS/CN=ANA';
  const [r, more] = await analyze(ndrMsg([
    { email: x500, addressType: 'EX', smtp: 'ana@example.com', supplementary: UNKNOWN },
    // a recipient of the table the report says nothing about (delivered, or never tried)
    { smtp: 'caio@example.com' },
  ]), { lang: 'en' });
  assert.equal(more, undefined);
  assert.equal(r!.recipient, 'ana@example.com');
  // no SMTP address kept but in the display name
  const [shown] = await analyze(ndrMsg([{ email: x500, addressType: 'EX', name: 'bia@example.net', supplementary: FULL }]), { lang: 'en' });
  assert.deepEqual([shown!.recipient, shown!.reason], ['bia@example.net', 'mailboxfull']);
});

test('a .msg whose body holds the notice (no recipient table): read as the notice, in its code page', async () => {
  const body = 'Sua mensagem não pôde ser entregue.\r\n\r\n<ana@example.com>: Usuário inexistente\r\n550 5.1.1 User unknown';
  const [r] = await analyze(outlookMsg({
    messageClass: 'IPM.Note', subject: 'Mensagem não entregue', senderSmtp: 'mailer-daemon@example.com', body, codepage: 1252,
  }), { lang: 'pt-BR' });
  assert.deepEqual([r!.recipient, r!.reason, r!.status], ['ana@example.com', 'userunknown', '5.1.1']);
  assert.ok(r!.diagnostic.includes('Usuário inexistente') || r!.diagnostic.includes('User unknown'), r!.diagnostic);
});

test('a .msg of a delivery report received from another server: its transport headers and HTML notice are read', async () => {
  const transportHeaders = [
    'Return-Path: <>',
    'From: Mail Delivery System <MAILER-DAEMON@mx.example.com>',
    'To: vendas@example.org',
    'Subject: Undelivered Mail Returned to Sender',
    'Date: Tue, 24 Nov 2026 09:00:00 -0300',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status;',
    '\tboundary="lost-in-conversion"',
    '',
  ].join('\r\n');
  const [r] = await analyze(outlookMsg({
    messageClass: 'REPORT.IPM.Note.NDR', transportHeaders,
    html: '<html><body><p>This is the mail system at host mx.example.com.</p><p>I\'m sorry to have to inform you that your message could not be delivered.</p></body></html>',
    recipients: [{ smtp: 'ana@example.com', supplementary: 'smtp; 550 5.1.1 <ana@example.com>: Recipient address rejected: User unknown' }],
  }), { lang: 'en' });
  assert.deepEqual([r!.recipient, r!.reason, r!.status, r!.message?.noticeDate], ['ana@example.com', 'userunknown', '5.1.1', 'Tue, 24 Nov 2026 09:00:00 -0300']);
});

test('a .msg of a colleague\'s message with the bounce attached (Outlook\'s "forward as attachment"): the attached report is read', async () => {
  const forwarded = outlookMsg({
    messageClass: 'IPM.Note', subject: 'ENC: Undeliverable: Proposta comercial', senderName: 'Paulo Souza', senderSmtp: 'paulo@example.org',
    displayTo: 'suporte@example.org', body: 'Oi, pode ver por que este e-mail voltou? Segue anexo.',
    embedded: {
      messageClass: 'REPORT.IPM.Note.NDR', subject: 'Undeliverable: Proposta comercial', senderSmtp: 'postmaster@example.org',
      body: 'Your message to ana@example.com couldn\'t be delivered.',
      recipients: [{ smtp: 'ana@example.com', supplementary: UNKNOWN }],
      embedded: { messageClass: 'IPM.Note', subject: 'Proposta comercial', senderSmtp: 'vendas@example.org', displayTo: 'ana@example.com', body: 'Segue a proposta.' },
    },
  });
  const [r, more] = await analyze(forwarded, { lang: 'en' });
  assert.equal(more, undefined);
  assert.deepEqual([r!.recipient, r!.reason, r!.status], ['ana@example.com', 'userunknown', '5.1.1']);
});

test('a .msg that is an ordinary message is no bounce; a delivery receipt is no failure', async () => {
  const [plain] = await analyze(outlookMsg({ messageClass: 'IPM.Note', subject: 'Reunião', senderSmtp: 'bia@example.com', body: 'Podemos falar amanhã às 10h?' }), { lang: 'en' });
  assert.deepEqual([plain!.bounce, plain!.error], [false, null]);
  const [receipt] = await analyze(outlookMsg({
    messageClass: 'REPORT.IPM.Note.DR', subject: 'Delivered: Proposta', body: 'Your message has been delivered to the following recipients: ana@example.com',
    recipients: [{ smtp: 'ana@example.com', reportText: '250 2.0.0 OK' }],
  }), { lang: 'en' });
  assert.equal(receipt!.kind, 'success');
  assert.notEqual(receipt!.listAction, 'remove');
});

test('a .msg with a large attachment: read past the message size cap, the attachment never decoded', async () => {
  const msg = ndrMsg([{ smtp: 'ana@example.com', supplementary: UNKNOWN }], { attachmentBytes: 6 * 1024 * 1024 });
  assert.ok(msg.length > MAX_MESSAGE_BYTES);
  const [r] = await analyze(msg, { lang: 'en' });
  assert.equal(r!.reason, 'userunknown');
  const dir = tempDir();
  writeFileSync(join(dir, 'grande.msg'), msg);
  const cli = await runCli(['--lang', 'en', '--format', 'ndjson', join(dir, 'grande.msg')]);
  assert.equal(cli.code, 0, cli.stderr);
  assert.equal((JSON.parse(cli.stdout) as { reason: string }).reason, 'userunknown');
});

test('attached messages are followed three deep and sixteen in all: a .msg of thousands stays cheap', async () => {
  const note = (subject: string, embedded?: MsgSpec | MsgSpec[]): MsgSpec => ({ messageClass: 'IPM.Note', subject, body: `${subject}: veja o anexo.`, embedded });
  const wide = note('top', Array.from({ length: 30 }, (_, i) => note(`filho ${i}`, Array.from({ length: 30 }, (_, k) => note(`neto ${i}.${k}`)))));
  const mime = outlookMessage(outlookMsg(wide))!;
  assert.equal(mime.split('Content-Type: message/rfc822').length - 1, MAX_EMBEDDED_MESSAGES);
  const deep = note('1', note('2', note('3', note('4', note('5')))));
  const nested = outlookMessage(outlookMsg(deep))!;
  assert.ok(nested.includes('3: veja o anexo.') && nested.includes('4: veja o anexo.') && !nested.includes('5: veja o anexo.'));
});

test('a damaged .msg (cut, or bytes changed anywhere) gives a result, never an exception', async () => {
  const msg = ndrMsg([{ smtp: 'ana@example.com', supplementary: UNKNOWN }]);
  const [cut] = await analyze(msg.subarray(0, 1536), { lang: 'en' });
  assert.equal(cut!.error, CATALOGS.en.ui.outlookFile.error);
  const random = prng(2026);
  for (let i = 0; i < 300; i++) {
    const bad = msg.slice();
    for (let k = 0; k < 1 + Math.floor(random() * 8); k++) bad[Math.floor(random() * bad.length)] = Math.floor(random() * 256);
    const results = await analyze(bad, { lang: 'en' });
    assert.ok(results.length >= 1);
  }
});

test('the command line reads a .msg as the bounce it is', async () => {
  const dir = tempDir();
  const file = join(dir, 'aviso.msg');
  writeFileSync(file, ndrMsg([{ smtp: 'ana@example.com', supplementary: UNKNOWN }]));
  const r = await runCli(['--lang', 'en', '--format', 'ndjson', file]);
  assert.equal(r.code, 0, r.stderr);
  const result = JSON.parse(r.stdout) as { file: string; recipient: string; reason: string };
  assert.deepEqual([result.file, result.recipient, result.reason], [file, 'ana@example.com', 'userunknown']);
});

test('piped in on standard input, a .msg file (or any file that is no text) is told apart as a file is', async () => {
  const r = await runCli(['--lang', 'en', '--format', 'ndjson', '-'], { stdin: Buffer.from(compoundFile()) });
  assert.equal(r.code, 1);
  const [result] = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; error: string; advice: string });
  assert.deepEqual([result!.file, result!.error, result!.advice], ['<stdin>', CATALOGS.en.ui.outlookFile.error, CATALOGS.en.ui.outlookFile.advice]);
  // a reply piped in is still a text, without a file name
  const text = await runCli(['--lang', 'en', '--format', 'ndjson', '-'], { stdin: '550 5.1.1 <ana@example.com>: User unknown\n' });
  assert.equal((JSON.parse(text.stdout) as { file: string | null; reason: string }).file, null);
});
