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

test('UTF-8 text labelled ISO-8859-1 (or Windows-1252, US-ASCII) is read as UTF-8; Latin-1 under that label stays Latin-1', async () => {
  const utf8 = Buffer.from(LATIN1.toString('latin1'), 'utf8');
  for (const type of ['text/plain; charset=iso-8859-1', 'text/plain; charset="windows-1252"', 'text/plain; charset=us-ascii']) {
    const doc = await readMessage(bounce(utf8, type));
    assert.match(doc.notice, /Usuário inexistente/, type);
    const [r] = await analyzeMessage(bounce(utf8, type), { lang: 'pt-BR' });
    assert.deepEqual([r!.recipient, r!.reason], ['ana@example.com.br', 'userunknown'], type);
    // the label right: Latin-1 is no UTF-8, and reads as labelled
    assert.match((await readMessage(bounce(LATIN1, type))).notice, /Usuário inexistente/, type);
  }
  // Latin-1 text that happens to hold a byte pair UTF-8 allows ("Ã©" is C3 A9) but is no UTF-8 as a whole
  const mixed = Buffer.from('Pre\u00e7o: \u00c3\u00a9 o valor; Usu\u00e1rio inexistente: ana@example.com.br\n', 'latin1');
  assert.match((await readMessage(bounce(mixed, 'text/plain; charset=iso-8859-1'))).notice, /Preço: Ã© o valor; Usuário inexistente/);
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

test('Windows-1252 reads its 0x80-0x9F as letters and signs ("–", "’", "“", "€"), under its own label and the labels the Encoding Standard maps to it', async () => {
  // Node 20's TextDecoder reads them as C1 controls (Latin-1); browsers as Windows-1252
  const words = Buffer.from([
    ...Buffer.from('550 5.1.1 O destinat', 'latin1'), 0xe1, ...Buffer.from('rio n', 'latin1'), 0xe3, ...Buffer.from('o existe ', 'latin1'), 0x96,
    ...Buffer.from(' ', 'latin1'), 0x93, ...Buffer.from('ana@example.com.br', 'latin1'), 0x94, ...Buffer.from(" isn", 'latin1'), 0x92, ...Buffer.from('t known\n', 'latin1'),
  ]);
  for (const label of ['windows-1252', 'iso-8859-1', 'us-ascii']) {
    const doc = await readMessage(bounce(words, `text/plain; charset=${label}`));
    assert.match(doc.notice, /O destinatário não existe – “ana@example\.com\.br” isn’t known/, label);
    assert.doesNotMatch(doc.notice, /[\u0080-\u009f]/, label);
  }
  // a text file that is no UTF-8 (a list exported from Excel): Windows-1252
  const { decodeText } = await import('../src/message/file-content.js');
  assert.equal(decodeText(new Uint8Array([0x80, 0x20, 0x96, 0x20, 0xe1]), false), '€ – á');
  // the five bytes Windows-1252 leaves undefined stay the controls the WHATWG table gives them
  const { windows1252 } = await import('../src/message/windows-1252.js');
  assert.equal(windows1252(new Uint8Array([0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x9f])), '\u0081\u008d\u008f\u0090\u009d\u0178');
});

test('UTF-8 shown as Windows-1252 is repaired too: capitals ("NÃƒO" for "NÃO", "Ã‡" for "Ç") and punctuation ("â€“" for "–")', async () => {
  const { repairMojibake } = await import('../src/reply/repair-mojibake.js');
  const { explainText } = await import('../src/explain-text.js');
  assert.equal(repairMojibake('USUÁRIO NÃƒO ENCONTRADO'.normalize()), 'USUÁRIO NÃƒO ENCONTRADO', 'a real "Á" is no byte of UTF-8 read wrong: the text stays');
  assert.equal(repairMojibake('DESTINATÃ\u0081RIO NÃƒO ENCONTRADO'), 'DESTINATÁRIO NÃO ENCONTRADO');
  assert.equal(repairMojibake('INFORMAÃ‡ÃƒO: caixa postal cheia â€“ tente depois'), 'INFORMAÇÃO: caixa postal cheia – tente depois');
  assert.equal(repairMojibake('The recipientâ€™s mailbox is full'), 'The recipient’s mailbox is full');
  assert.equal(explainText('550 CAIXA POSTAL NÃƒO ENCONTRADA', { lang: 'pt-BR' }).reason, explainText('550 CAIXA POSTAL NÃO ENCONTRADA', { lang: 'pt-BR' }).reason);
  // left as they are: a real "â" before a "€", capitals with no pair
  for (const text of ['Preço: 5 â€ ', 'NÃO ENCONTRADO', 'Ã‡ “x”']) assert.equal(repairMojibake(text), text, text);
});

test('encoded words (RFC 2047) in Windows-1252 or ISO-8859-1 read 0x80-0x9F as Windows-1252 too: a subject\'s "–"', async () => {
  for (const label of ['windows-1252', 'ISO-8859-1']) {
    const message = Buffer.from([
      'From: MAILER-DAEMON@mx.example.com.br', 'To: news@example.org', `Subject: =?${label}?Q?Entrega_falhou_=96_usu=E1rio?=`, '',
      'Sua mensagem não pôde ser entregue para ana@example.com.br:', '', '    Usuário inexistente', '',
    ].join('\n'), 'utf8');
    const doc = await readMessage(new Uint8Array(message));
    assert.equal(doc.subject, 'Entrega falhou – usuário', label);
  }
});

test('a message read by the second reader (postal-mime: here for its RFC 2231 parameter) reads Windows-1252 as such too', async () => {
  const message = Buffer.concat([
    Buffer.from([
      'From: MAILER-DAEMON@mx.example.com', 'To: news@example.org', 'Subject: Undelivered', 'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=windows-1252', "Content-Disposition: inline; filename*=utf-8''notice.txt", 'Content-Transfer-Encoding: 8bit', '', '',
    ].join('\n'), 'latin1'),
    Buffer.from([...Buffer.from('<ana@example.com>: 550 5.1.1 User unknown ', 'latin1'), 0x96, ...Buffer.from(' the mailbox ', 'latin1'), 0x93, ...Buffer.from('ana', 'latin1'), 0x94, 0x0a]),
  ]);
  const doc = await readMessage(new Uint8Array(message));
  assert.match(doc.notice, /User unknown – the mailbox “ana”/);
});
