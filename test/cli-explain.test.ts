// The CLI run in-process with fake streams: every input kind, every format, the exit codes, the
// closing line, --summary and the progress bar.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGS } from '../src/i18n/catalog.js';
import { REPORTS } from '../src/report/catalog.js';
import type { Result } from '../src/result.js';
import { PassThrough } from 'node:stream';
import type { CliIo } from '../src/cli/io.js';
import { authFailure, Capture, january, mailboxFull, mbox, parseCsv, plainMessage, runCli, tempDir, userUnknown, writeTree, type RunOutcome } from './mailbox-helpers.js';

const EN = { LANG: 'en_US.UTF-8' };

/** An mbox of five: two bounces, a message that is no bounce, a corrupt one, a third bounce. */
function sampleBox(): { dir: string; box: string } {
  const dir = tempDir();
  writeTree(dir, {
    'box.mbox': mbox([
      userUnknown('ana@example.com', { bodyLine: 'From the postmaster, 2024 10:00' }),
      mailboxFull('bia@example.com'),
      plainMessage(1),
      '\u0000\u0001\u0002 binary junk, no headers\n',
      authFailure('caio@example.org'),
    ]),
  });
  return { dir, box: join(dir, 'box.mbox') };
}

function ndjson(text: string): Result[] {
  return text.trimEnd().split('\n').map((l) => JSON.parse(l) as Result);
}

test('--help and --version', async () => {
  const pt = await runCli(['--help'], { env: {} });
  assert.equal(pt.code, 0);
  assert.match(pt.stdout, /Códigos de saída/);
  assert.match(pt.stdout, /csv/);
  assert.match(pt.stdout, /html/);
  assert.match(pt.stdout, /Maildir/);
  const en = await runCli(['--help', '--lang', 'en']);
  assert.match(en.stdout, /Exit codes:\n {2}0 {2}all fine \(an empty input too[^)]*\)\n {2}1 {2}some file, folder or message could not be read/);
  const v = await runCli(['--version']);
  assert.equal(v.stdout.trim(), (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version);
});

test('usage errors exit 2 with a message on stderr, in the language of the command line', async () => {
  for (const argv of [[], ['--format', 'xml', '550'], ['--bom', '550'], ['--no-bom', '550'], ['--jobs', 'many', '550'], ['--jobs', '999', '550'], ['--jobs', '-1', '550'], ['-', '-'], ['--nope', '550'], ['--lang', 'fr', '550'], ['--format']]) {
    const r = await runCli(argv);
    assert.equal(r.code, 2, argv.join(' '));
    assert.match(r.stderr, /^smtp-explain: .+\nsmtp-explain --help mostra o uso\.\n$/, argv.join(' '));
    assert.equal(r.stdout, '');
    const en = await runCli(argv, { env: { LANG: 'en_US.UTF-8' } });
    assert.match(en.stderr, /^smtp-explain: .+\nsmtp-explain --help shows the usage\.\n$/, argv.join(' '));
  }
  // Node's own parseArgs errors are told again, with the option named
  assert.equal((await runCli(['--nope', '550'])).stderr.split('\n')[0], 'smtp-explain: opção desconhecida "--nope"');
  assert.equal((await runCli(['--format'])).stderr.split('\n')[0], 'smtp-explain: a opção -f, --format precisa de um valor');
  assert.equal((await runCli(['--lang', 'en', '--summary=yes', '550'])).stderr.split('\n')[0], 'smtp-explain: option -s, --summary takes no value');
  // an argument quoted in the message keeps its escape sequences out of the terminal
  const r = await runCli(['--lang', 'fr\u001b]0;x\u0007']);
  assert.ok(r.stderr.includes('fr\\x1b]0;x\\x07') && !r.stderr.includes('\u001b'), r.stderr);
});

test('ndjson over an mbox: one object per result, in order, every message accounted for, exit 1 for the corrupt one', async () => {
  const { box } = sampleBox();
  const r = await runCli(['--format', 'ndjson', '--jobs', '0', box], { env: EN });
  assert.equal(r.code, 1);
  const results = ndjson(r.stdout);
  assert.deepEqual(results.map((x) => x.file), [1, 2, 3, 4, 5].map((i) => `${box}#${i}`));
  assert.equal(results[0]!.recipient, 'ana@example.com');
  assert.equal(results[0]!.reason, 'userunknown');
  assert.equal(results[0]!.hardBounce, true);
  assert.equal(results[1]!.recipient, 'bia@example.com');
  assert.equal(results[1]!.kind, 'transient');
  assert.equal(results[2]!.bounce, false);
  assert.equal(results[2]!.error, null);
  assert.match(results[3]!.error!, /does not start with e-mail headers/);
  assert.equal(results[4]!.recipient, 'caio@example.org');
  assert.match(r.stderr, new RegExp(`cannot read ${box.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}#4: the message does not start`));
  assert.match(r.stderr, /smtp-explain: 5 messages read, all with a result; 5 results written: 3 bounces, 1 not a bounce, 1 unreadable\.\n$/);
});

test('json is the array of the ndjson objects, pretty-printed like JSON.stringify(all, null, 2)', async () => {
  const { box } = sampleBox();
  const a = await runCli(['--format', 'json', '--jobs', '0', box], { env: EN });
  const b = await runCli(['--format', 'ndjson', '--jobs', '0', box], { env: EN });
  const parsed = JSON.parse(a.stdout) as Result[];
  assert.deepEqual(parsed, ndjson(b.stdout));
  assert.equal(a.stdout, JSON.stringify(parsed, null, 2) + '\n');
  const empty = await runCli(['--format', 'json', tempDir()]);
  assert.equal(empty.stdout, '[]\n');
  assert.equal(empty.code, 0);
});

test('text: one block per result, the closing line on stderr; --summary appends the counts', async () => {
  const { box } = sampleBox();
  const r = await runCli(['--summary', '--jobs', '0', box], { env: EN });
  assert.equal(r.code, 1);
  const ana = r.stdout.indexOf('ana@example.com');
  const bia = r.stdout.indexOf('bia@example.com');
  const caio = r.stdout.indexOf('caio@example.org');
  assert.ok(ana >= 0 && ana < bia && bia < caio, 'results in mbox order');
  assert.ok(r.stdout.includes(CATALOGS.en.ui.notBounce));
  const summary = r.stdout.slice(r.stdout.indexOf('\nSummary\n'));
  assert.match(summary, /5 messages read, all with a result/);
  // first what to do: one address to remove, one to retry, one failure on the sender's side (counted once)
  const actions = REPORTS.en.summary.actions;
  assert.ok(summary.includes(`What to do:\n  1  ${actions.remove(1)}\n  1  ${actions.retry(1)}\n  1  ${actions.senderSide(1)}\n`), summary);
  assert.match(summary, /  1  address to remove/);
  assert.match(summary, /By reason:\n(?: +1 {2}.+\n){3}/);
  assert.match(summary, /Address does not exist \(userunknown\)/);
  assert.match(summary, /By kind:\n[\s\S]*Permanent failure/);
  assert.match(summary, /By recipient domain:\n +2 {2}example\.com\n +1 {2}example\.org/);
  assert.match(r.stderr, /5 messages read/);
});

test('--summary with a data format goes to stderr, stdout stays clean', async () => {
  const { box } = sampleBox();
  const r = await runCli(['--summary', '--format', 'ndjson', '--jobs', '0', box], { env: EN });
  assert.equal(ndjson(r.stdout).length, 5);
  assert.match(r.stderr, /By reason:/);
});

test('csv: localized header, one row per result; a BOM for Excel in Portuguese (--no-bom leaves it out), with --bom in English', async () => {
  const { box } = sampleBox();
  const pt = await runCli(['--format', 'csv', '--jobs', '0', box], { env: {} });
  assert.ok(pt.stdout.startsWith('\uFEFFDestinatário;'));
  const rows = parseCsv(pt.stdout.slice(1));
  assert.equal(rows.length, 6);
  assert.equal(rows[0]![0], 'Destinatário');
  assert.deepEqual(rows.slice(1).map((row) => row[0]), ['ana@example.com', 'bia@example.com', '', '', 'caio@example.org']);
  assert.deepEqual(rows.slice(1).map((row) => row[9]), [1, 2, 3, 4, 5].map((i) => `${box}#${i}`));
  assert.equal(rows[1]![4], 'sim');
  assert.equal(rows[4]![2], 'Não foi possível ler');
  const noBom = await runCli(['--format', 'csv', '--no-bom', '--jobs', '0', box], { env: {} });
  assert.equal(noBom.stdout, pt.stdout.slice(1));
  const en = await runCli(['--format', 'csv', '--lang', 'en', '--jobs', '0', box]);
  assert.ok(en.stdout.startsWith('Recipient,Domain,'));
  const bom = await runCli(['--format', 'csv', '--bom', '--lang', 'en', '--jobs', '0', box]);
  assert.equal(bom.stdout, '\uFEFF' + en.stdout);
});

test('html: one self-contained page', async () => {
  const { box } = sampleBox();
  const r = await runCli(['--format', 'html', '--lang', 'en', '--jobs', '0', box]);
  assert.equal(r.code, 1);
  assert.match(r.stdout, /^<!DOCTYPE html>[\s\S]*<svg class="chart"[\s\S]*id="remove"[\s\S]*ana@example\.com[\s\S]*<\/html>\n$/);
  assert.match(r.stderr, /5 messages read/);
});

test('remove: the addresses to take off a list, each once, in the order first seen', async () => {
  const dir = tempDir();
  writeTree(dir, {
    'box.mbox': mbox([
      userUnknown('ana@example.com'),
      mailboxFull('bia@example.com'), // a soft bounce: worth retrying, not removing
      userUnknown('Dora@Example.com'),
      plainMessage(1),
      userUnknown('ana@example.com'), // bounced twice: listed once
      userUnknown('dora@example.com'),
    ]),
  });
  const r = await runCli(['--format', 'remove', '--jobs', '0', join(dir, 'box.mbox')], { env: {} });
  assert.equal(r.code, 0);
  assert.equal(r.stdout, 'ana@example.com\nDora@example.com\n'); // the domain lower-cased, as every result writes it
  assert.match(r.stderr, /6 mensagens lidas/);
  // the closing line counts the addresses written, not the results (which the list does not show)
  assert.match(r.stderr, /; 2 endereços a remover listados, de 6 resultados: /);
  const none = await runCli(['--format', 'remove', '--jobs', '0', '452 4.2.2 <bia@example.com> Mailbox full'], { env: {} });
  assert.equal(none.stdout, '');
  const one = await runCli(['--format', 'remove', '550 5.1.1 <caio@example.com>: Recipient address rejected: User unknown'], { env: {} });
  assert.equal(one.stdout, 'caio@example.com\n');
});

test('exit codes: 0 when all is readable, 1 for an unreadable path (reported, the rest processed)', async () => {
  const dir = writeTree(tempDir(), { 'ok.eml': userUnknown('ana@example.com') });
  const ok = await runCli(['--format', 'ndjson', join(dir, 'ok.eml')], { env: EN });
  assert.equal(ok.code, 0);
  assert.match(ok.stderr, /^smtp-explain: 1 message read; 1 result written: 1 bounce, 0 not bounces, 0 unreadable\.\n$/);

  const missing = join(dir, 'missing.eml');
  const bad = await runCli(['--format', 'ndjson', missing, join(dir, 'ok.eml')], { env: EN });
  assert.equal(bad.code, 1);
  const results = ndjson(bad.stdout);
  assert.equal(results.length, 2);
  assert.equal(results[0]!.file, missing);
  assert.match(results[0]!.error!, /no such file or folder/);
  assert.equal(results[1]!.recipient, 'ana@example.com');
  assert.match(bad.stderr, new RegExp(`cannot read ${missing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: no such file or folder`));
});

test('text: control characters of a file name are shown as escapes, never sent to the terminal', async () => {
  // a name that would set the terminal's title, and one with a right-to-left override
  const evil = 'aviso\u001b]0;PWNED\u0007.eml';
  const dir = writeTree(tempDir(), { [evil]: userUnknown('ana@example.com'), 'b\u202egpj.eml': userUnknown('bia@example.com') });
  const r = await runCli([dir], { env: EN });
  assert.ok(!/[\u0000-\u0008\u000b-\u001f\u202e]/.test(r.stdout + r.stderr), JSON.stringify(r.stdout));
  assert.ok(r.stdout.includes(join(dir, 'aviso\\x1b]0;PWNED\\x07.eml')), r.stdout);
  assert.ok(r.stdout.includes('b\\u202egpj.eml'), r.stdout);
  // a path that cannot be read is named the same way on stderr
  const missing = await runCli([join(dir, 'gone\u001b[2J.eml')], { env: EN });
  assert.ok(missing.stderr.includes('gone\\x1b[2J.eml'), missing.stderr);
  // data formats keep the name as it is (JSON escapes it)
  const json = await runCli(['--format', 'ndjson', join(dir, evil)], { env: EN });
  assert.equal(ndjson(json.stdout)[0]!.file, join(dir, evil));
});

test('text: input a summary quotes (a pasted part not recognised, an SES topic and list name) reaches the terminal without its control characters', async () => {
  const paste = 'This is the mail system at host mx.example.org.\n\n<ana@example.com>: host mx.example.com said: 550 5.1.1 user unknown\n\n' +
    'This is the mail system at host \u001b]0;PWNED\u0007\u001b[2J x\n\nblah blah something\n';
  const topic = JSON.stringify({
    eventType: 'Subscription', mail: { destination: ['ana@example.com'] },
    subscription: { contactList: 'news\u001b]0;PWNED\u0007\u202eevil', timestamp: '2025-11-03T10:00:00Z',
      newTopicPreferences: { unsubscribeAll: false, topicSubscriptionStatus: [{ topicName: 'promo\u001b]52;c;ZWNobw==\u0007x', subscriptionStatus: 'OptOut' }] } },
  });
  const dir = writeTree(tempDir(), { 'paste.txt': paste, 'topic.json': topic });
  for (const file of ['paste.txt', 'topic.json']) {
    const r = await runCli([join(dir, file)], { env: EN });
    assert.ok(!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/.test(r.stdout), JSON.stringify(r.stdout));
    // the library quotes them without those characters (the JSON, the page, the API alike)
    const json = await runCli(['--format', 'ndjson', join(dir, file)], { env: EN });
    const summaries = ndjson(json.stdout).map((x) => x.summary).join(' ');
    assert.ok(/PWNED|promo/.test(summaries) && !/[\u0000-\u001f\u202e]/.test(summaries), summaries);
  }
});

test('texts alone: no closing line, exit 0', async () => {
  const r = await runCli(['--format', 'ndjson', '550', '421 4.7.0 Try again later'], { env: EN });
  assert.equal(r.code, 0);
  assert.equal(ndjson(r.stdout).length, 2);
  assert.equal(r.stderr, '');
});

test('stdin: an mbox piped in, and a reply piped in', async () => {
  const box = mbox([userUnknown('ana@example.com'), userUnknown('bia@example.com')]);
  const r = await runCli(['--format', 'ndjson', '-'], { stdin: box, env: EN });
  assert.equal(r.code, 0);
  assert.deepEqual(ndjson(r.stdout).map((x) => [x.file, x.recipient]), [['<stdin>#1', 'ana@example.com'], ['<stdin>#2', 'bia@example.com']]);
  assert.match(r.stderr, /2 messages read/);
  const reply = await runCli(['--format', 'ndjson', '-'], { stdin: '550 5.1.1 <x@example.com>: Recipient address rejected: User unknown\n', env: EN });
  const [one] = ndjson(reply.stdout);
  assert.equal(one!.replyCode, '550');
  assert.equal(one!.status, '5.1.1');
  // gzip piped in (smtp-explain - < bounces.mbox.gz) is unpacked, as a .gz file is
  const { gzipSync } = await import('node:zlib');
  const packed = await runCli(['--format', 'ndjson', '-'], { stdin: gzipSync(box), env: EN });
  assert.deepEqual(ndjson(packed.stdout).map((x) => [x.file, x.recipient]), [['<stdin>#1', 'ana@example.com'], ['<stdin>#2', 'bia@example.com']]);
  const cut = await runCli(['--format', 'ndjson', '-'], { stdin: gzipSync(box).subarray(0, 40), env: EN });
  assert.match(ndjson(cut.stdout)[0]!.error!, /compressed file is incomplete or damaged/);
});

test('stdin: replies or notices pasted together are counted as what was pasted, not as "1 mensagem lida"', async () => {
  const replies = '<ana@example.com>: host mx.example.com said: 550 5.1.1 User unknown\n<bia@example.com>: host mx.example.com said: 452 4.2.2 Mailbox full\n' +
    '<caio@example.com>: host mx.example.com said: 550 5.1.1 User unknown\n';
  const pt = await runCli(['--format', 'ndjson', '--lang', 'pt-BR', '-'], { stdin: replies });
  assert.equal(ndjson(pt.stdout).length, 3);
  assert.match(pt.stderr, /^smtp-explain: 3 respostas coladas; 3 resultados escritos/m);
  assert.doesNotMatch(pt.stderr, /mensage(m|ns) lida/);
  // the HTML report counts them alike
  const html = await runCli(['--format', 'html', '--lang', 'pt-BR', '-'], { stdin: replies });
  assert.match(html.stdout, /id="total-replies"><span class="num">3<\/span><span class="lbl">Respostas coladas</);
  assert.doesNotMatch(html.stdout, /id="total-read"/);
  const notices = ['Delivery has failed to these recipients or groups:', '', 'ana@example.com', '',
    "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient ana@example.com not found by SMTP address lookup'", '',
    'Delivery Status Notification (Failure)', '', 'Address not found', "Your message wasn't delivered to bia@example.com because the address couldn't be found.", '',
    'The response from the remote server was:', '550 5.1.1 The email account that you tried to reach does not exist. - gsmtp', ''].join('\n');
  const en = await runCli(['--format', 'ndjson', '--lang', 'en', '--summary', '-'], { stdin: notices });
  assert.deepEqual(ndjson(en.stdout).map((x) => x.recipient), ['ana@example.com', 'bia@example.com']);
  assert.match(en.stderr, /^smtp-explain: 2 pasted notices; 2 results written/m);
  assert.doesNotMatch(en.stderr, /messages? read/);
});

test('a Maildir and a mixed folder through the CLI', async () => {
  const maildir = writeTree(tempDir(), {
    'cur/1700000002.M2.host:2,S': userUnknown('second@example.com'),
    'new/1700000001.M1.host': userUnknown('first@example.com'),
    'tmp/1700000003.M3.host': userUnknown('never@example.com'),
  });
  const m = await runCli(['--format', 'ndjson', maildir], { env: EN });
  assert.deepEqual(ndjson(m.stdout).map((x) => x.recipient), ['first@example.com', 'second@example.com']);

  const mixed = writeTree(tempDir(), {
    '1.eml': userUnknown('one@example.com'),
    '2.mbox': mbox([userUnknown('two-a@example.com'), userUnknown('two-b@example.com')]),
    '3/new/1.M1.host': userUnknown('three@example.com'),
    '3/cur/.keep': '',
    '4.txt': 'hello, this is no bounce\nand has a few lines\nof plain text\n',
  });
  const r = await runCli(['--format', 'ndjson', mixed, '550'], { env: EN });
  assert.equal(r.code, 0);
  const got = ndjson(r.stdout);
  assert.deepEqual(got.map((x) => x.recipient), ['one@example.com', 'two-a@example.com', 'two-b@example.com', 'three@example.com', null, null]);
  assert.equal(got[4]!.bounce, false);
  assert.equal(got[5]!.replyCode, '550');
  assert.match(r.stderr, /6 messages read, all with a result; 6 results written/);
});

test('a folder\'s file named in Latin-1 (no UTF-8) through the CLI: read, and named as Windows-1252 reads it on stdout and stderr', { skip: process.platform !== 'linux' }, async () => {
  const dir = tempDir();
  writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), Buffer.from('relatório.eml', 'latin1')]), userUnknown('ana@example.com'));
  writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), Buffer.from('cópia.txt', 'latin1')]), Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
  const r = await runCli(['--format', 'ndjson', dir], { env: EN });
  assert.deepEqual(ndjson(r.stdout).map((x) => [x.file, x.recipient]), [[join(dir, 'cópia.txt'), null], [join(dir, 'relatório.eml'), 'ana@example.com']]);
  assert.match(r.stderr, new RegExp(`cannot read ${join(dir, 'cópia.txt').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
  assert.match(r.stderr, /2 messages read, all with a result; 2 results written: 1 bounce, 0 not bounces, 1 unreadable/);
});

test('worker threads give the same results in the same order', async () => {
  const dir = tempDir();
  const messages = Array.from({ length: 90 }, (_, i) => (i % 3 === 0 ? mailboxFull(`u${i}@example.com`) : userUnknown(`u${i}@example.com`)));
  writeTree(dir, { 'big.mbox': mbox(messages) });
  const inline = await runCli(['--format', 'ndjson', '--jobs', '0', join(dir, 'big.mbox')], { env: EN });
  const threaded = await runCli(['--format', 'ndjson', '--jobs', '2', join(dir, 'big.mbox')], { env: EN });
  assert.equal(threaded.code, 0);
  assert.equal(ndjson(threaded.stdout).length, 90);
  assert.deepEqual(ndjson(threaded.stdout).map((x) => x.recipient), messages.map((_, i) => `u${i}@example.com`));
  assert.equal(threaded.stdout, inline.stdout);
});

test('progress bar: on a terminal stderr once the delay has passed, never in a pipe', async () => {
  await import('cli-progress'); // the CLI loads it lazily; cached now, the short job below still shows the bar
  const dir = tempDir();
  writeTree(dir, { 'b.mbox': mbox(Array.from({ length: 40 }, (_, i) => userUnknown(`p${i}@example.com`))) });
  const tty = await runCli(['--format', 'ndjson', '--jobs', '0', join(dir, 'b.mbox')], { env: EN, stderrTTY: true, progressDelayMs: 0 });
  assert.match(tty.stderr, /\d+%/);
  assert.match(tty.stderr, /messages/);
  assert.match(tty.stderr, /\u001b\[/, 'terminal control sequences');
  assert.equal(ndjson(tty.stdout).length, 40, 'stdout has the results only');

  const pipe = await runCli(['--format', 'ndjson', '--jobs', '0', join(dir, 'b.mbox')], { env: EN, stderrTTY: false, progressDelayMs: 0 });
  assert.doesNotMatch(pipe.stderr, /\u001b|%/);
  const slow = await runCli(['--format', 'ndjson', '--jobs', '0', join(dir, 'b.mbox')], { env: EN, stderrTTY: true, progressDelayMs: 60_000 });
  assert.doesNotMatch(slow.stderr, /\u001b|%/, 'a job shorter than the delay shows no bar');
});

test('--summary points out a mailbox full again and again', async () => {
  const dir = tempDir();
  writeTree(dir, { 'box.mbox': mbox([1, 9, 20].map((day) => mailboxFull('bia@example.com', { date: january(day) }))) });
  const r = await runCli(['--summary', '--format', 'ndjson', '--jobs', '0', join(dir, 'box.mbox')], { env: EN });
  const actions = REPORTS.en.summary.actions;
  assert.ok(r.stderr.includes(`  1  ${actions.retry(1)}\n  1  ${actions.repeated(3, 7)}\n`), r.stderr);
});

test('empty standard input (a grep that matched nothing) is nothing to explain, not an error: exit 0', async () => {
  for (const stdin of ['', '\n\n']) {
    const r = await runCli(['--format', 'remove', '-'], { stdin });
    assert.equal(r.code, 0, JSON.stringify(stdin));
    assert.equal(r.stdout, '');
    assert.match(r.stderr, /0 ilegíveis/);
  }
  const text = await runCli(['--lang', 'en', '-'], { stdin: '' });
  assert.match(text.stdout, /The input was empty: nothing to explain/);
  // an empty file too (a log logrotate has just emptied, which a cron job reads): the same exit code
  const dir = tempDir();
  writeFileSync(join(dir, 'empty.eml'), '');
  assert.equal((await runCli(['--format', 'ndjson', join(dir, 'empty.eml')])).code, 0);
});

test('an empty folder (or one of hidden files and Thunderbird indexes only) is said on stderr, with the closing line, instead of ending in silence', async () => {
  const dir = tempDir();
  writeTree(dir, { 'empty/.keep': '', 'empty/Inbox.msf': '// <!-- <mdb:mork:z v="1.4"/> -->\n', 'box/cur/1': userUnknown('ana@example.com'), 'box/new/.x': '' });
  for (const format of ['remove', 'csv', 'text']) {
    const r = await runCli(['--format', format, join(dir, 'empty')], { env: EN });
    assert.equal(r.code, 0, format);
    assert.match(r.stderr, /no message in .*empty: the folder holds no file to read/, format);
    assert.match(r.stderr, format === 'remove' ? /0 messages read; 0 addresses to remove written, out of 0 results/ : /0 messages read; 0 results written/, format);
  }
  const pt = await runCli(['--format', 'remove', join(dir, 'empty'), join(dir, 'box')], { env: {} });
  assert.equal(pt.stdout, 'ana@example.com\n');
  assert.match(pt.stderr, /nenhuma mensagem em .*empty: a pasta não tem nenhum arquivo para ler/);
  assert.match(pt.stderr, /smtp-explain: 1 mensagem lida; 1 endereço a remover listado, de 1 resultado/);
  // a folder with something to read says nothing of the kind
  const full = await runCli(['--format', 'remove', join(dir, 'box')], { env: {} });
  assert.doesNotMatch(full.stderr, /nenhuma mensagem/);
});

test('a file found unreadable once read (an image, a zip, an empty file) is named on stderr, as an unreadable path is', async () => {
  const dir = tempDir();
  writeTree(dir, {
    'a.eml': userUnknown('ana@example.com'),
    'logo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
    'old.zip': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0, 8, 0]),
    'z.eml': '',
  });
  const r = await runCli(['--format', 'remove', dir], { env: EN });
  assert.equal(r.code, 1);
  assert.equal(r.stdout, 'ana@example.com\n');
  for (const name of ['logo.png', 'old.zip', 'z.eml']) assert.match(r.stderr, new RegExp(`cannot read .*${name.replace('.', '\\.')}: `), name);
  assert.match(r.stderr, /3 unreadable\.\n$/);
});

test('--bounces-only: a whole mailbox gives only its failures (and the messages it could not read); the closing line counts the rest as left out', async () => {
  const dir = writeTree(tempDir(), {
    'all.mbox': mbox([plainMessage(1), userUnknown('ana@example.com'), plainMessage(2), mailboxFull('bia@example.com'), '',
      // an out-of-office reply is no failure; an unsubscribe request puts its address on the remove list
      'From: Caio <caio@example.com>\nTo: news@example.com\nSubject: Out of office\nAuto-Submitted: auto-replied\n\nI am away until Monday.\n',
      'From: Dani <dani@example.com>\nTo: news@example.com\nSubject: Re: Our newsletter\n\nPlease remove me from your mailing list.\n']),
  });
  const path = join(dir, 'all.mbox');
  for (const format of ['ndjson', 'csv', 'text'] as const) {
    const out = await runCli(['--bounces-only', '--format', format, path], { env: EN });
    assert.equal(out.code, 1, format); // the empty message: unreadable, and written
    const written = format === 'ndjson' ? ndjson(out.stdout).map((r) => r.file!.replace(dir, ''))
      : format === 'csv' ? parseCsv(out.stdout).slice(1).map((row) => row.find((cell) => cell.includes('all.mbox#'))!.replace(dir, ''))
      : out.stdout.split('\n').filter((l) => l.startsWith(dir)).map((l) => l.split(/\s/)[0]!.replace(dir, ''));
    assert.deepEqual(written, ['/all.mbox#2', '/all.mbox#4', '/all.mbox#5', '/all.mbox#7'], format);
    assert.match(out.stderr, /7 messages read, all with a result; 4 results written: 2 bounces, 1 unreadable; 3 not bounces, left out \(--bounces-only\)\./, format);
  }
  const all = await runCli(['--format', 'ndjson', path], { env: EN });
  assert.deepEqual(ndjson(all.stdout).map((r) => r.reason), ['undefined', 'userunknown', 'undefined', 'mailboxfull', 'undefined', 'vacation', 'feedback']);
  // the summary counts as the closing line does
  const summary = await runCli(['--bounces-only', '--summary', path], { env: EN });
  assert.match(summary.stdout, /4 results written: 2 bounces, 1 unreadable; 3 not bounces, left out/);
});

test('a whole mailbox in text: the closing line suggests --bounces-only when many messages are no failure; a message read whole is not told to be pasted whole', async () => {
  const dir = writeTree(tempDir(), { 'all.mbox': mbox([...Array.from({ length: 25 }, (_, i) => plainMessage(i)), userUnknown('ana@example.com')]) });
  const path = join(dir, 'all.mbox');
  const text = await runCli([path], { env: EN });
  assert.ok(text.stderr.includes(REPORTS.en.bouncesOnlyHint('25')), text.stderr);
  assert.ok(!text.stdout.includes(CATALOGS.en.ui.notBounceAdvice));
  for (const argv of [['--format', 'ndjson', path], ['--bounces-only', path]]) {
    assert.ok(!(await runCli(argv, { env: EN })).stderr.includes('--bounces-only, the'), argv.join(' '));
  }
});

test('who acts reads as a list in words ("você (o remetente) e o administrador...")', async () => {
  const out = await runCli(['550'], { env: {} });
  assert.match(out.stdout, /Quem precisa agir: você \(o remetente\) e o administrador ou provedor do seu servidor de envio\n/);
});

test('Ctrl-C (SIGINT) or SIGTERM on a long run: reading stops, and the output is closed well formed with what was analysed', async () => {
  const { run } = await import('../src/cli/run.js');
  const { EXIT_INTERRUPTED, EXIT_TERMINATED } = await import('../src/cli/commands/explain.js');
  const dir = tempDir();
  const files: Record<string, string> = {};
  for (let i = 0; i < 40; i++) files[`m${String(i).padStart(2, '0')}.eml`] = userUnknown(`user${i}@example.com`);
  // read first, and said on stderr at once: the signal comes then, with 40 messages still to read
  files['a-junk.eml'] = '\u0000\u0001\u0002 binary junk';
  writeTree(dir, files);
  const interruptedRun = async (format: string, signal: 'SIGINT' | 'SIGTERM', inputs = [dir]): Promise<RunOutcome> => {
    let handler: ((s: 'SIGINT' | 'SIGTERM') => void) | null = null;
    let listening = false;
    // the signal arrives with the first words the run writes (the unreadable file's line on stderr)
    class Signalling extends Capture {
      override _write(chunk: string | Buffer, enc: BufferEncoding, done: () => void): void {
        if (handler) handler(signal);
        handler = null;
        super._write(chunk, enc, done);
      }
    }
    const stdout = new Signalling();
    const stderr = new Signalling();
    const stdin = new PassThrough();
    stdin.end('');
    const io: CliIo = {
      stdout, stderr, stdin, env: EN,
      onInterrupt: (h) => { handler = h; listening = true; return () => { listening = false; }; },
    };
    const code = await run(['--format', format, ...inputs], io);
    assert.equal(listening, false, 'stops listening once done');
    return { code, stdout: stdout.text, stderr: stderr.text };
  };
  const json = await interruptedRun('json', 'SIGINT');
  assert.equal(json.code, EXIT_INTERRUPTED);
  const results = JSON.parse(json.stdout) as Result[];
  assert.ok(results.length > 0 && results.length < 41, `${results.length} results of 41`);
  assert.match(json.stderr, /interrupted: reading stopped/);
  assert.match(json.stderr, new RegExp(`${results.length} messages? read`));
  assert.match(json.stderr, /the run was interrupted/);
  const html = await interruptedRun('html', 'SIGTERM');
  assert.equal(html.code, EXIT_TERMINATED);
  assert.match(html.stdout, /<\/html>\s*$/);
  // the report itself says it is partial: opened later, its remove list must not pass for a whole one
  assert.match(html.stdout, /id="interrupted" role="alert">Analysis interrupted: this report covers only what was read/);
  // a signal once every input is read (here with the report, written last): the run is whole, and says so
  const done = tempDir();
  writeTree(done, { 'one.eml': userUnknown('one@example.com') });
  const late = await interruptedRun('html', 'SIGTERM', [done]);
  assert.equal(late.code, 0);
  assert.doesNotMatch(late.stderr, /the run was interrupted/);
  assert.doesNotMatch(late.stdout, /id="interrupted"/);
  // not interrupted: every file, the usual exit code
  const whole = await runCli(['--format', 'json', dir], { env: EN });
  assert.equal(whole.code, 1, 'the unreadable file');
  assert.equal((JSON.parse(whole.stdout) as Result[]).length, 41);
  assert.doesNotMatch(whole.stderr, /interrupted/);
});

test('ndjson and json escape U+0085, U+2028 and U+2029: one record stays one line for every line reader', async () => {
  const { renderResult } = await import('../src/cli/render.js');
  const { explainText } = await import('../src/explain-text.js');
  const r = { ...explainText('550 5.1.1 User unknown', { lang: 'en' }), diagnostic: 'a\u0085b\u2028c\u2029d', file: 'caixa\u2028postal.eml' };
  for (const format of ['ndjson', 'json'] as const) {
    const out = renderResult(r, { format, lang: 'en', colour: false } as Parameters<typeof renderResult>[1]);
    assert.doesNotMatch(out, /[\u0085\u2028\u2029]/, format);
    assert.match(out, /a\\u0085b\\u2028c\\u2029d/, format);
    assert.deepEqual(JSON.parse(out), JSON.parse(JSON.stringify(r)), format);
  }
});

test('a code no reply can have ("999", "6.0.0") is explained with no word of success, and alone gives exit 2, as codes 999; a cut input is not "could not be read"', async () => {
  const ui = CATALOGS.en.ui;
  for (const code of ['999', '6.0.0']) {
    const out = await runCli(['--lang', 'en', '-f', 'json', code]);
    assert.equal(out.code, 2, code);
    const [r] = JSON.parse(out.stdout) as Result[];
    assert.deepEqual([r!.summary, r!.retryText, r!.whoActs, r!.bounce], [ui.invalidCode.summary, ui.unrecognisedRetry, [], false], code);
    // the quick path says the same, with the same exit code
    const { quickExplain } = await import('../src/cli/quick-explain.js');
    const stdout = new Capture();
    const io: CliIo = { stdout, stderr: new Capture(), stdin: new PassThrough(), env: { LANG: 'C' } };
    assert.equal(await quickExplain(['--lang', 'en', '-f', 'json', code], io), 2, code);
    assert.equal(stdout.text, out.stdout);
  }
  // beside a real code, or a text in which nothing is read: explained, exit 0
  assert.equal((await runCli(['999', '550'])).code, 0);
  const hello = await runCli(['--lang', 'pt-BR', '-f', 'json', 'hello world']);
  assert.equal(hello.code, 0);
  assert.equal((JSON.parse(hello.stdout) as Result[])[0]!.retryText, CATALOGS['pt-BR'].ui.unrecognisedRetry);
  // a log cut at its cap of results: its last result says the rest was not read, not that nothing was
  const { analyze } = await import('../src/analyze.js');
  const line = (n: number) => `Nov 30 10:00:0${n} mx postfix/smtp[1]: ABC${n}: to=<u${n}@example.com>, relay=mx.example.com[192.0.2.1]:25, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command))\n`;
  const capped = await analyze(line(1) + line(2) + line(3), { lang: 'en', maxResults: 1 });
  assert.equal(capped.at(-1)!.retryText, ui.cutRetry);
});

test('a path that could not be read is no message read: the closing line says so apart ("nenhuma mensagem lida; 1 entrada não pôde ser lida")', async () => {
  const dir = writeTree(tempDir(), { 'a.eml': userUnknown('ana@example.com') });
  const missing = join(dir, 'Bouncse');
  const pt = await runCli([missing]);
  assert.match(pt.stderr, /\nsmtp-explain: nenhuma mensagem lida; 1 entrada não pôde ser lida\.\n$/);
  const en = await runCli([missing], { env: EN });
  assert.match(en.stderr, /\nsmtp-explain: no message read; 1 input could not be read\.\n$/);
  // beside a file that was read: that one is the message read, the path is said apart
  const both = await runCli([missing, join(dir, 'a.eml'), join(dir, 'gone')], { env: EN });
  assert.match(both.stderr, /smtp-explain: 1 message read, 2 inputs could not be read; 3 results written: 1 bounce, 0 not bounces, 2 unreadable\.\n$/);
  // the HTML report's card of messages read agrees
  const html = (await runCli(['--format', 'html', missing, join(dir, 'a.eml')])).stdout;
  assert.match(html, /id="total-read"><span class="num">1</);
});
