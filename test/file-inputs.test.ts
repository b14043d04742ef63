// What a file holds decides how it is read, as for a pasted text: a reply or a log line saved in a file
// is explained like the same text pasted; only a file that opens with a header block is read as an e-mail.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze.js';
import { CATALOGS } from '../src/i18n/catalog.js';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { Capture, runCli, tempDir } from './mailbox-helpers.js';

const bytes = (text: string) => new TextEncoder().encode(text);

test('a reply saved in a file is explained as if it were pasted', async () => {
  for (const text of ['550 5.1.1 <ana@example.com>: Recipient address rejected: User unknown\n', '\uFEFF452 4.2.2 Mailbox full\r\n']) {
    const [fromFile] = await analyze(bytes(text), { lang: 'en', file: 'reply.txt' });
    const [pasted] = await analyze(text.replace(/^\uFEFF/, ''), { lang: 'en', file: 'reply.txt' });
    assert.deepEqual(fromFile, pasted);
    assert.equal(fromFile!.bounce, true, text);
  }
});

test('a notice saved without its headers reads as the pasted notice; one with headers as an e-mail', async () => {
  const notice = "Your message wasn't delivered to ana@example.com because the address couldn't be found, or is unable to receive mail.\n\nThe response from the remote server was:\n550 5.1.1 The email account that you tried to reach does not exist.\n";
  const [fromFile] = await analyze(bytes(notice), { lang: 'pt-BR' });
  const [pasted] = await analyze(notice, { lang: 'pt-BR' });
  assert.deepEqual(fromFile, pasted);
  assert.equal(fromFile!.reason, 'userunknown');
  const [mail] = await analyze(bytes(`From: MAILER-DAEMON@mx.example.com\nSubject: Undelivered Mail\n\n${notice}`), { lang: 'pt-BR' });
  assert.equal(mail!.reason, 'userunknown');
});

test('an empty file is an unreadable input that says so', async () => {
  for (const empty of ['', '  \n\r\n']) {
    const [r, more] = await analyze(bytes(empty), { lang: 'pt-BR', file: 'vazio.eml' });
    assert.equal(more, undefined);
    assert.equal(r!.error, CATALOGS['pt-BR'].ui.emptyFile.error);
    assert.equal(r!.file, 'vazio.eml');
  }
});

test('a file that is not text (an image, a PDF) says so; a notice in Latin-1 is still text', async () => {
  const png = new Uint8Array(2048);
  png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
  for (let i = 16; i < png.length; i++) png[i] = (i * 7919) % 256;
  const [r] = await analyze(png, { lang: 'en', file: 'photo.png' });
  assert.equal(r!.error, CATALOGS.en.ui.binaryFile.error);
  assert.equal(r!.advice, CATALOGS.en.ui.binaryFile.advice);
  // "Olá, sua mensagem não foi entregue" in Latin-1: two bytes that are not UTF-8, in a line of text
  const latin1 = Uint8Array.from('Ol\xe1, sua mensagem n\xe3o foi entregue: 550 5.1.1 User unknown\n', (c) => c.charCodeAt(0));
  const [text] = await analyze(latin1, { lang: 'en' });
  assert.equal(text!.error, null);
  assert.equal(text!.reason, 'userunknown');
});

test('a text saved as Windows-1252 (a bounce list exported from Excel in Brazil) is read with its accents', async () => {
  const cp1252 = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));
  // "Destinatário;Descrição;Evento": the columns are known only once the accents are read right
  const csv = cp1252('Destinat\xe1rio;Descri\xe7\xe3o;Evento\r\nana@example.com;550 5.1.1 Usu\xe1rio desconhecido;bounce\r\n' +
    'bia@example.com;;entregue\r\ncaio@example.com;452 4.2.2 Caixa postal cheia;bounce\r\n');
  const rs = await analyze(csv, { lang: 'pt-BR', file: 'devolvidos.csv' });
  assert.deepEqual(rs.map((r) => [r.recipient, r.reason, r.evidence[0]!.rule]), [
    ['ana@example.com', 'userunknown', 'esp:csv'],
    ['caio@example.com', 'mailboxfull', 'esp:csv'],
  ]);
  assert.equal(rs[0]!.diagnostic, 'Usu\u00e1rio desconhecido');
  // the same through the command line, which reads such a list an event at a time
  const dir = tempDir();
  writeFileSync(join(dir, 'devolvidos.csv'), csv);
  const cli = await runCli(['--format', 'ndjson', '--lang', 'en', join(dir, 'devolvidos.csv')]);
  assert.deepEqual(cli.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { recipient: string }).recipient), ['ana@example.com', 'caio@example.com']);
});

test('a text saved as UTF-16 with its byte order mark (Notepad\'s "Unicode", Windows PowerShell\'s >) is text, not binary', async () => {
  for (const encoding of ['utf16le', 'utf16be'] as const) {
    const bytes = (text: string) => {
      const le = Buffer.from('\ufeff' + text, 'utf16le');
      return encoding === 'utf16le' ? le : le.swap16();
    };
    const [notice] = await analyze(bytes('Sua mensagem para ana@example.com n\u00e3o foi entregue.\r\n550 5.1.1 Usu\u00e1rio desconhecido\r\n'), { lang: 'en' });
    assert.deepEqual([notice!.error, notice!.recipient, notice!.reason], [null, 'ana@example.com', 'userunknown'], encoding);
    const rows = await analyze(bytes('email,reason\r\nana@example.com,550 5.1.1 user unknown\r\n'), { lang: 'en' });
    assert.deepEqual(rows.map((r) => [r.recipient, r.evidence[0]!.rule]), [['ana@example.com', 'esp:csv']], encoding);
  }
});

test('a text saved as UTF-16 without a byte order mark (some Windows tools) is text too; a binary file with NULs stays binary', async () => {
  const notice = 'Sua mensagem para ana@example.com n\u00e3o foi entregue \u2013 veja abaixo.\r\n550 5.1.1 Usu\u00e1rio desconhecido\r\n';
  for (const encoding of ['utf16le', 'utf16be'] as const) {
    const le = Buffer.from(notice, 'utf16le');
    const bytes = encoding === 'utf16le' ? le : Buffer.from(le).swap16();
    const [r] = await analyze(bytes, { lang: 'en', file: 'aviso.txt' });
    assert.deepEqual([r!.error, r!.recipient, r!.reason], [null, 'ana@example.com', 'userunknown'], encoding);
    const dir = tempDir();
    writeFileSync(join(dir, 'aviso.txt'), bytes);
    const out = await runCli(['--format', 'ndjson', '--lang', 'en', join(dir, 'aviso.txt')]);
    assert.equal(out.code, 0, out.stderr);
    assert.equal(JSON.parse(out.stdout).reason, 'userunknown', encoding);
  }
  // NULs among other bytes (an image's header, little-endian integers, a text with a NUL): binary still
  const binary = CATALOGS.en.ui.binaryFile.error;
  for (const bytes of [
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]),
    Uint8Array.from(Array.from({ length: 64 }, (_, i) => (i % 2 ? 0 : i % 7 === 0 ? 0x01 : 0x41))),
    Uint8Array.from(Array.from({ length: 64 }, (_, i) => (i % 2 ? (i % 6 === 1 ? 0x12 : 0) : 0x41))),
  ]) assert.equal((await analyze(bytes, { lang: 'en', file: 'x.bin' }))[0]!.error, binary, Buffer.from(bytes).toString('hex'));
});

test('a compressed file (a rotated log, a zipped export) says so and how to read it unpacked', async () => {
  const { gzipSync } = await import('node:zlib');
  const gz = gzipSync('Nov 28 10:00:00 mail postfix/smtp[1]: 4ABC: to=<ana@example.org>, dsn=5.1.1, status=bounced (550 5.1.1 User unknown)\n');
  const [r] = await analyze(gz, { lang: 'pt-BR', file: 'mail.log.2.gz' });
  assert.equal(r!.error, CATALOGS['pt-BR'].ui.compressedFile.error);
  assert.match(r!.advice, /\.gz, \.zip, \.tar e \.tgz/);
  const zip = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]);
  assert.equal((await analyze(zip, { lang: 'en' }))[0]!.error, CATALOGS.en.ui.compressedFile.error);
  // "BZh" alone starts no bzip2 stream: a text may begin so
  const [text] = await analyze(new TextEncoder().encode('BZh9 550 5.1.1 User unknown\n'), { lang: 'en' });
  assert.equal(text!.error, null);
});

/** Text files a folder or an archive holds beside its mail (Takeout's index page, Apple Mail's Info.plist, notes, a contact list). */
const NOT_BOUNCES: Record<string, string> = {
  'notes.txt': 'Notes for the migration\n\nUpdate the DNS records and renew the SSL certificate before Friday.\nAsk Ana about the SPF record.\n',
  'contacts.csv': 'name,email,phone\nAna,ana@example.com,123\nBia,bia@example.com,456\n',
  'settings.plist': '<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n\t<key>LocalFileSystemPath</key>\n\t<string>Bounces</string>\n</dict>\n</plist>\n',
  'index.html': '<!DOCTYPE html><html><body><h1>Your data archive</h1><p>Messages that were filtered are included.</p></body></html>\n',
  'todo.txt': 'call Ana at ana@example.com\nbuy milk\nsend the invoice\n',
};

test('a text file that names no failure (notes, a contact list, a web page, a plist) is no bounce, whatever addresses or loose words it holds', async () => {
  for (const [file, text] of Object.entries(NOT_BOUNCES)) {
    const results = await analyze(bytes(text), { lang: 'en', file });
    assert.deepEqual(results.map((r) => [r.bounce, r.error]), [[false, null]], file);
  }
  // in a folder: counted as messages that are not bounces, none to remove or retry
  const dir = tempDir();
  for (const [file, text] of Object.entries(NOT_BOUNCES)) writeFileSync(join(dir, file), text);
  const out = await runCli(['--format', 'remove', '--lang', 'en', dir]);
  assert.equal(out.code, 0);
  assert.equal(out.stdout, '');
  assert.match(out.stderr, /0 addresses to remove written, out of 5 results: 0 bounces, 5 not bounces, 0 unreadable/);
});

test('the same loose words pasted or typed are read as a reply, since they were given to be explained; a failure notice in a file still is one', async () => {
  const [pasted] = await analyze(NOT_BOUNCES['notes.txt']!, { lang: 'en' });
  assert.equal(pasted!.reason, 'authfailure');
  const [typed] = await analyze('Please check the encoding', { lang: 'en' });
  assert.equal(typed!.reason, 'contenterror');
  // a notice without codes: its failure words and a phrase that names the cause are enough
  for (const text of ['Your message to ana@example.com could not be delivered.\nThe mailbox is full.\n\nThanks\n', 'ana@example.com\nuser unknown\nplease check\n']) {
    const [r] = await analyze(bytes(text), { lang: 'en', file: 'notice.txt' });
    assert.deepEqual([r!.bounce, r!.recipient], [true, 'ana@example.com'], text);
  }
});

test('Apple Mail: an .emlx file is read as the message between its length line and its property list', async () => {
  const message = 'From: MAILER-DAEMON@mx.example.com\nTo: news@example.com\nSubject: Undelivered Mail Returned to Sender\n\n' +
    'This is the mail system at host mx.example.com.\n\n<ana@example.com>: host mx.example.com said: 550 5.1.1 User unknown\n';
  const plist = '<?xml version="1.0" encoding="UTF-8"?>\n<plist version="1.0">\n<dict>\n\t<key>flags</key>\n\t<integer>8590195717</integer>\n</dict>\n</plist>\n';
  const emlx = bytes(`${Buffer.byteLength(message)}        \n${message}${plist}`);
  const [alone] = await analyze(bytes(message), { lang: 'en', file: '123.emlx' });
  assert.deepEqual(await analyze(emlx, { lang: 'en', file: '123.emlx' }), [alone]);
  assert.equal(alone!.recipient, 'ana@example.com');
  // a text that opens with a number is no .emlx
  const [reply] = await analyze(bytes('550\nUser unknown\n'), { lang: 'en', file: 'reply.txt' });
  assert.equal(reply!.replyCode, '550');
});

test('a path with spaces that names nothing is said to be missing, not explained as a reply', async () => {
  const { looksLikePath } = await import('../src/mailbox/looks-like-path.js');
  for (const arg of ['Caixa de Entrada.mbox', '/home/ana/Bounces 2024.mbox', './meus bounces/', 'C:\\Users\\Ana\\Meus bounces']) assert.equal(looksLikePath(arg), true, arg);
  for (const arg of ['550 5.7.1 attachment blocked: fatura.zip', 'User unknown ana@example.com.txt', 'Mailbox full', '550 5.1.1 see https://example.com/help',
    'Message blocked, see policy at http://mx.example.com/policy.txt', '/var/mail/ana: mailbox is full']) assert.equal(looksLikePath(arg), false, arg);
  const out = await runCli(['/tmp/smtp-explain no such dir/Caixa de Entrada.mbox']);
  assert.equal(out.code, 1, out.stdout);
});

test('a single word that names no file and reads as no reply is a missing file, not an empty result', async () => {
  const { looksLikePath } = await import('../src/mailbox/looks-like-path.js');
  const { explainsText } = await import('../src/explain-text.js');
  for (const arg of ['Bouncse', 'mail.log.1', 'Maildir', 'abc']) assert.equal(looksLikePath(arg, explainsText), true, arg);
  // a code, a status, an address, a phrase the explainer knows, a reply with spaces: replies
  for (const arg of ['550', '999', '5.7.26', 'X.7.26', 'ana@example.com', 'blocked', 'User unknown']) assert.equal(looksLikePath(arg, explainsText), false, arg);
  for (const word of ['Bouncse', 'mail.log.1']) {
    for (const lang of ['en', 'pt-BR']) {
      const out = await runCli(['--lang', lang, '--format', 'remove', word]);
      assert.equal(out.code, 1, out.stderr);
      assert.equal(out.stdout, '');
      const said = lang === 'en' ? `cannot read ${word}: no such file or folder` : `não foi possível ler ${word}: arquivo ou pasta não encontrado`;
      assert.ok(out.stderr.includes(said), out.stderr);
    }
  }
  // the quick path leaves it to the general command, which says so
  const { quickExplain } = await import('../src/cli/quick-explain.js');
  const io = { stdout: new Capture(), stderr: new Capture(), stdin: new PassThrough(), env: { LANG: 'C' } };
  assert.equal(await quickExplain(['Bouncse'], io), null);
  assert.equal(await quickExplain(['550', '5.1.1', 'User', 'unknown'], io), 0, 'a reply typed without quotes is still one');
  for (const argv of [['550'], ['5.7.26'], ['User unknown'], ['blocked'], ['550', '5.1.1', 'User', 'unknown']]) {
    const out = await runCli(['--lang', 'en', '-f', 'json', ...argv]);
    assert.equal(out.code, 0, argv.join(' '));
    assert.equal(JSON.parse(out.stdout)[0].bounce, true, argv.join(' '));
  }
});

test('an empty file named on the command line is nothing to explain, exit 0, as an empty pipe (a log logrotate has just emptied)', async () => {
  const { gzipSync } = await import('node:zlib');
  const dir = tempDir();
  writeFileSync(join(dir, 'mail.log'), '');
  writeFileSync(join(dir, 'blank.txt'), '\n  \n');
  writeFileSync(join(dir, 'mail.log.2.gz'), gzipSync(''));
  for (const lang of ['en', 'pt-BR'] as const) {
    const words = CATALOGS[lang].ui.emptyInput;
    for (const name of ['mail.log', 'blank.txt', 'mail.log.2.gz']) {
      const file = join(dir, name);
      const out = await runCli(['--lang', lang, '--format', 'ndjson', file]);
      assert.equal(out.code, 0, `${name}: ${out.stderr}`);
      const [r] = out.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
      assert.deepEqual([r.file, r.kind, r.summary, r.meaning, r.error], [file, 'success', words.fileSummary, words.fileMeaning, null], name);
      const removed = await runCli(['--lang', lang, '--format', 'remove', file]);
      assert.deepEqual([removed.code, removed.stdout], [0, ''], name);
    }
    // the same exit code as the same nothing piped in
    const piped = await runCli(['--lang', lang, '--format', 'ndjson', '-'], { stdin: '' });
    assert.equal(piped.code, 0);
  }
});

test('an empty file given to analyze() says so and what to do, read as bytes (an .eml) or as text (a dropped .txt)', async () => {
  const words = CATALOGS['pt-BR'].ui.emptyFile;
  for (const input of [new Uint8Array(0), new TextEncoder().encode('\n\n  \n'), '', '\n \n']) {
    const [r] = await analyze(input, { lang: 'pt-BR', file: 'vazio.txt' });
    assert.deepEqual([r!.error, r!.advice], [words.error, words.advice], JSON.stringify(input));
  }
  // (named on the command line, an empty file is nothing to explain: see the test above)
});
