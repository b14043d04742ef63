// A delivery report cut short before its recipients is an input that could not be read, not "no failure".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMessage } from '../src/message/analyze-message.js';
import { dsn } from './mailbox-helpers.js';

test('a DSN cut inside its delivery-status part is an error; a whole one is read', async () => {
  const whole = dsn({ recipient: 'ana@example.com' });
  const cut = whole.slice(0, whole.indexOf('Reporting-MTA: dns; mx.example.com') + 'Reporting-MTA: dns; mx.exa'.length).replace(/<ana@example\.com>: host[^\n]*\n/, '');
  const [r] = await analyzeMessage(cut, { lang: 'en' });
  assert.equal(r!.bounce, false);
  assert.match(r!.error ?? '', /cut short or damaged/);
  const [ok] = await analyzeMessage(whole, { lang: 'en' });
  assert.deepEqual([ok!.recipient, ok!.error], ['ana@example.com', null]);
});

test("a bounce by its sender and subject whose body never came is an error to open it again, not a message that is no bounce", async () => {
  const head = 'Return-Path: <>\nFrom: MAILER-DAEMON@mx.example.com\nTo: news@example.org\nSubject: Undelivered Mail Returned to Sender\nDate: Mon, 03 Nov 2025 11:00:00 -0300\n';
  for (const message of [head, head + '\n', head + '\n\n   \n']) {
    const [r] = await analyzeMessage(message, { lang: 'pt-BR' });
    assert.equal(r!.bounce, false);
    assert.match(r!.error ?? '', /^o aviso de falha na entrega chegou vazio/);
  }
  // an ordinary message with no body stays what it is
  const [plain] = await analyzeMessage('From: ana@example.org\nTo: news@example.org\nSubject: Oi\n\n', { lang: 'pt-BR' });
  assert.deepEqual([plain!.bounce, plain!.error], [false, null]);
});

test('a report whose recipient block has its fields but empty ("Final-Recipient: rfc822;", "Status:") is damaged, not a failure of nobody', async () => {
  const message = [
    'Return-Path: <>', 'From: MAILER-DAEMON@mx.example.com', 'To: news@example.org', 'Subject: Undelivered Mail Returned to Sender',
    'MIME-Version: 1.0', 'Content-Type: multipart/report; report-type=delivery-status; boundary="B"', '',
    '--B', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; mx.example.com', '', 'Final-Recipient: rfc822;', 'Status: ', '', '--B--', '',
  ].join('\n');
  const [r] = await analyzeMessage(message, { lang: 'en' });
  assert.equal(r!.bounce, false);
  assert.match(r!.error ?? '', /cut short or damaged/);
});
