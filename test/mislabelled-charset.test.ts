// Text parts whose charset label lies: Latin-1 (Windows-1252) bytes labelled UTF-8 or not labelled, as
// Brazilian servers send them, and EUC-JP bytes labelled ISO-2022-JP, as Japanese carriers do.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMessage } from '../src/message/analyze-message.js';
import { readMessage } from '../src/message/read-message.js';

/** A plain-text bounce whose body is `body` (bytes), under `contentType` (or none). */
function bounce(body: Uint8Array, contentType: string | null): Uint8Array {
  const head = [
    'From: MAILER-DAEMON@mx.example.com.br', 'To: news@example.org', 'Subject: Mensagem nao entregue',
    ...(contentType ? ['MIME-Version: 1.0', `Content-Type: ${contentType}`, 'Content-Transfer-Encoding: 8bit'] : []), '', '',
  ].join('\n');
  return Buffer.concat([Buffer.from(head, 'latin1'), body]);
}

const LATIN1 = Buffer.from('Sua mensagem não pôde ser entregue para ana@example.com.br:\n\n    Usuário inexistente\n', 'latin1');

test('Latin-1 text labelled UTF-8, or not labelled, is read as Windows-1252', async () => {
  for (const type of ['text/plain; charset=utf-8', 'text/plain', null]) {
    const doc = await readMessage(bounce(LATIN1, type));
    assert.match(doc.notice, /Usuário inexistente/, String(type));
    assert.ok(!doc.notice.includes('\uFFFD'), String(type));
    const [r] = await analyzeMessage(bounce(LATIN1, type), { lang: 'pt-BR' });
    assert.deepEqual([r!.recipient, r!.reason], ['ana@example.com.br', 'userunknown'], String(type));
  }
});

test('text that is UTF-8 stays as it is, a replacement character it holds included', async () => {
  const utf8 = Buffer.from('Sua mensagem não pôde ser entregue para ana@example.com.br: Usuário inexistente \uFFFD\n', 'utf8');
  const doc = await readMessage(bounce(utf8, 'text/plain; charset=utf-8'));
  assert.match(doc.notice, /Usuário inexistente \uFFFD/);
});

test('EUC-JP bytes labelled ISO-2022-JP are read as EUC-JP', async () => {
  // "宛先不明" (address unknown) in EUC-JP
  const eucjp = Buffer.concat([Buffer.from([0xb0, 0xb8, 0xc0, 0xe8, 0xc9, 0xd4, 0xcc, 0xc0]), Buffer.from('\n<ana@example.jp>\n', 'latin1')]);
  const doc = await readMessage(bounce(eucjp, 'text/plain; charset="ISO-2022-JP"'));
  assert.match(doc.notice, /宛先不明/);
});

test('a body without headers handed over as bytes is read as UTF-8, else as Windows-1252', async () => {
  const doc = await readMessage(new Uint8Array(LATIN1));
  assert.match(doc.notice, /Usuário inexistente/);
  const utf8 = await readMessage(new Uint8Array(Buffer.from('Usuário inexistente: ana@example.com.br\n', 'utf8')));
  assert.match(utf8.notice, /^Usuário inexistente/);
});

test('a header written in raw Latin-1 is read as such', async () => {
  const message = Buffer.concat([
    Buffer.from('From: MAILER-DAEMON@mx.example.com.br\nTo: news@example.org\nSubject: Mensagem não entregue\n\n', 'latin1'),
    LATIN1,
  ]);
  const doc = await readMessage(new Uint8Array(message));
  assert.equal(doc.subject, 'Mensagem não entregue');
});

test('text copied from a client that showed the charset wrong: replacement characters, or UTF-8 read as Latin-1', async () => {
  const { explainText } = await import('../src/explain-text.js');
  const { analyze } = await import('../src/analyze.js');
  const { repairMojibake } = await import('../src/reply/repair-mojibake.js');
  // each accented letter became a replacement character
  assert.equal(explainText('550 Usu\uFFFDrio inexistente', { lang: 'pt-BR' }).reason, 'userunknown');
  assert.equal(explainText('452 Caixa postal do destinat\uFFFDrio est\uFFFD cheia', { lang: 'pt-BR' }).reason, 'mailboxfull');
  // UTF-8 shown as Latin-1
  assert.equal(repairMojibake('UsuÃ¡rio inexistente, nÃ£o hÃ¡ conta'), 'Usuário inexistente, não há conta');
  assert.equal(explainText('550 UsuÃ¡rio inexistente', { lang: 'pt-BR' }).reason, 'userunknown');
  const [pasted] = await analyze('Sua mensagem nÃ£o pÃ´de ser entregue para ana@example.com.br:\n\n    UsuÃ¡rio inexistente\n', { lang: 'pt-BR' });
  assert.deepEqual([pasted!.recipient, pasted!.reason], ['ana@example.com.br', 'userunknown']);
  // left as they are: text with no such pair, text past one byte a character, bytes that are no UTF-8
  for (const text of ['Usuário inexistente', 'SÃO PAULO', 'Ã¡ “quoted”', 'Ã¡\u00ff']) assert.equal(repairMojibake(text), text, text);
});
