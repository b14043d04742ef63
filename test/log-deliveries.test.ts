// How the deliveries a mail log recorded ended, those that went through too: one per message (queue id)
// and recipient as the log readers settle them (a deferral later delivered is one delivery, delivered),
// counts only. Told in the closing line, --summary, the HTML report, the API's report and the page's summary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { analyzeInput, analyzeInputs, deliveriesOf } from '../src/analyze-input.js';
import { percentText } from '../src/i18n/group-digits.js';
import { readLogText } from '../src/reply/log-file.js';
import { mailboxReport } from '../src/report/mailbox-report.js';
import { createApp } from '../src/server/app.js';
import { runCli, tempDir, writeTree } from './mailbox-helpers.js';

const T = 'Nov 30 10:00:00 mx1';
const postfix = (id: string, to: string, status: string, reply: string, relay = 'mx.example.org[192.0.2.10]:25', daemon = 'smtp') =>
  `${T} postfix/${daemon}[1201]: ${id}: to=<${to}>, relay=${relay}, delay=1.2, delays=0.1/0/0.5/0.6, dsn=${status === 'sent' ? '2.0.0' : status === 'deferred' ? '4.2.2' : '5.1.1'}, status=${status} (${reply})`;
const SENT = (id: string, to: string) => postfix(id, to, 'sent', '250 2.0.0 Ok: queued as 9F8E7D');
const DEFERRED = (id: string, to: string) => postfix(id, to, 'deferred', 'host mx.example.org[192.0.2.10] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command)');
const BOUNCED = (id: string, to: string) => postfix(id, to, 'bounced', 'host mx.example.org[192.0.2.10] said: 550 5.1.1 User unknown (in reply to RCPT TO command)');

/** A Postfix log: ana delivered, bia deferred then delivered, caio bounced, dora still deferred. */
const POSTFIX = [
  SENT('4A1B2C3D4E', 'ana@example.org'),
  DEFERRED('4A1B2C3D4F', 'bia@example.org'),
  BOUNCED('4A1B2C3D50', 'caio@example.net'),
  DEFERRED('4A1B2C3D51', 'dora@example.org'),
  SENT('4A1B2C3D4F', 'bia@example.org'),
];

function counts(lines: readonly string[]) {
  const log = readLogText(lines.join('\n'));
  assert.ok(log, 'read as a log');
  return log.counts;
}

test('each MTA family: a deferral later delivered is one delivery, delivered; a failure and a deferral left at the end counted apart', () => {
  assert.deepEqual(counts(POSTFIX), { delivered: 2, failed: 1, deferred: 1 });

  const exim = (mark: string, to: string, tail: string, id = '1abcDE-000Aaa-00') => `2026-11-30 10:00:00 ${id} ${mark} ${to} R=dnslookup T=remote_smtp H=mx.example.org [192.0.2.10]${tail}`;
  assert.deepEqual(counts([
    exim('=>', 'ana@example.org', ' C="250 2.0.0 Ok: queued as 9F8E7D"'),
    exim('->', 'bia@example.org', ' C="250 2.0.0 Ok: queued as 9F8E7D"'),
    exim('==', 'caio@example.net', ' defer (-44): SMTP error from remote mail server after RCPT TO:<caio@example.net>: 452 4.2.2 Mailbox full'),
    exim('**', 'dora@example.net', ': SMTP error from remote mail server after RCPT TO:<dora@example.net>: 550 5.1.1 User unknown'),
    exim('=>', 'caio@example.net', ' C="250 2.0.0 Ok"'),
  ]), { delivered: 3, failed: 1, deferred: 0 });

  const sendmail = (id: string, to: string, dsn: string, stat: string) =>
    `${T} sendmail[5001]: ${id}: to=${to}, delay=00:00:01, xdelay=00:00:01, mailer=esmtp, pri=120, relay=mx.example.org. [192.0.2.10], dsn=${dsn}, stat=${stat}`;
  assert.deepEqual(counts([
    // one line, two recipients: two deliveries
    sendmail('5AUA0x1a001234', '<ana@example.org>,<bia@example.org>', '2.0.0', 'Sent (Ok: queued as 9F8E7D)'),
    sendmail('5AUA0x1a001235', '<caio@example.net>', '4.0.0', 'Deferred: Connection refused by mx.example.net.'),
    sendmail('5AUA0x1a001236', '<dora@example.net>', '5.1.1', 'User unknown'),
    sendmail('5AUA0x1a001235', '<caio@example.net>', '2.0.0', 'Sent (Ok: queued as 9F8E7E)'),
  ]), { delivered: 3, failed: 1, deferred: 0 });

  assert.deepEqual(counts([
    '@40000000674869ea1a2b3c4e info msg 1234567: bytes 2456 from <news@example.com> qp 4321 uid 89',
    '@40000000674869ea1a2b3c4f starting delivery 101: msg 1234567 to remote ana@example.org',
    '@40000000674869ea1a2b3c50 starting delivery 102: msg 1234567 to remote bia@example.org',
    '@40000000674869eb1a2b3c52 delivery 101: success: 192.0.2.10_accepted_message./Remote_host_said:_250_2.0.0_Ok/',
    '@40000000674869eb1a2b3c53 delivery 102: deferral: Connected_to_192.0.2.10_but_connection_died._(#4.4.2)/',
    '@40000000674869eb1a2b3c54 starting delivery 103: msg 1234567 to remote bia@example.org',
    '@40000000674869eb1a2b3c55 delivery 103: success: 192.0.2.10_accepted_message./Remote_host_said:_250_2.0.0_Ok/',
    '@40000000674869eb1a2b3c56 starting delivery 104: msg 1234567 to remote caio@example.net',
    '@40000000674869eb1a2b3c57 delivery 104: failure: 192.0.2.10_does_not_like_recipient./Remote_host_said:_550_5.1.1_User_unknown/',
  ]), { delivered: 2, failed: 1, deferred: 0 });

  const opensmtpd = (evp: string, to: string, result: string, stat: string) =>
    `${T} smtpd[5001]: 9f8e7d6c5b4a3921 mta delivery evp:${evp} from=<loja@example.com> to=<${to}> rcpt=<-> source="192.0.2.1" relay="192.0.2.10 (mx.example.org)" delay=3s result="${result}" stat="${stat}"`;
  assert.deepEqual(counts([
    opensmtpd('0123456789abcdef', 'ana@example.org', 'Ok', '250 2.0.0 Ok: queued as 9F8E7D'),
    opensmtpd('0123456789abcdf0', 'bia@example.org', 'TempFail', '421 4.7.0 Try again later'),
    opensmtpd('0123456789abcdf1', 'caio@example.net', 'PermFail', '550 5.1.1 User unknown'),
    opensmtpd('0123456789abcdf0', 'bia@example.org', 'Ok', '250 2.0.0 Ok: queued as 9F8E7E'),
  ]), { delivered: 2, failed: 1, deferred: 0 });
});

test("a content filter's hop on the server is no delivery; a mailbox on the server is one; a message given up is a failure", () => {
  assert.deepEqual(counts([
    // amavis on 127.0.0.1:10024, which queues the message again under a new id
    postfix('4A1B2C3D52', 'ana@example.com', 'sent', '250 2.0.0 from MTA(smtp:[127.0.0.1]:10025): 250 2.0.0 Ok: queued as 5B6C7D8E9F', '127.0.0.1[127.0.0.1]:10024'),
    // then into the mailbox, through Dovecot's LMTP
    postfix('5B6C7D8E9F', 'ana@example.com', 'sent', '250 2.0.0 <ana@example.com> abc123 Saved', 'mail.example.com[private/dovecot-lmtp]', 'lmtp'),
    // a deferral the server then gave up: one failure
    DEFERRED('4A1B2C3D53', 'bia@example.org'),
    `${T} postfix/qmgr[1200]: 4A1B2C3D53: from=<news@example.com>, status=expired, returned to sender`,
  ]), { delivered: 1, failed: 1, deferred: 0 });
});

test('the failure share as each language writes it', () => {
  assert.equal(percentText(2, 4812, 'pt-BR'), '0,04%');
  assert.equal(percentText(2, 4812, 'en'), '0.04%');
  assert.equal(percentText(2, 3, 'pt-BR'), '66,67%');
  assert.equal(percentText(1, 4, 'en'), '25%');
  assert.equal(percentText(1, 200, 'pt-BR'), '0,5%');
  assert.equal(percentText(0, 3, 'pt-BR'), '0%');
  // a failure is never "0%"
  assert.equal(percentText(1, 200_000, 'pt-BR'), '<0,01%');
});

test('the closing line, --summary and the HTML report count the deliveries of the log, those that went through too', async () => {
  const dir = tempDir();
  writeTree(dir, { 'mail.log': POSTFIX.join('\n') + '\n' });
  const log = join(dir, 'mail.log');
  const pt = await runCli(['--summary', '--lang', 'pt-BR', log]);
  assert.match(pt.stderr, /; 4 envios no log: 1 falhou de vez \(25%\), 2 entregues, 1 ainda adiado no fim do log\.\n$/);
  assert.match(pt.stdout, /Envios registrados no log:\n  4  Envios no log\n  2  Entregues\n  1  Falharam de vez \(25% dos envios\)\n  1  Ainda adiados no fim do log\n/);
  const en = await runCli(['--format', 'csv', '--lang', 'en', log]);
  assert.match(en.stderr, /; 4 deliveries in the log: 1 failed for good \(25%\), 2 delivered, 1 still deferred at its end\.\n$/);
  const html = await runCli(['--format', 'html', '--lang', 'en', log]);
  assert.match(html.stdout, /<section id="deliveries"><h2>Deliveries in the log<\/h2>/);
  assert.match(html.stdout, /id="total-deliveries-failed"><span class="num">1<\/span><span class="lbl">Failed for good<\/span><small class="note">25% of the deliveries<\/small>/);

  // a log in which nothing failed
  writeTree(dir, { 'quiet.log': [SENT('4A1B2C3D60', 'ana@example.org'), SENT('4A1B2C3D61', 'bia@example.org'), DEFERRED('4A1B2C3D62', 'caio@example.net'), SENT('4A1B2C3D62', 'caio@example.net')].join('\n') + '\n' });
  const quiet = await runCli(['--lang', 'pt-BR', '--format', 'csv', join(dir, 'quiet.log')]);
  assert.match(quiet.stderr, /; 3 envios no log, nenhum falhou de vez\.\n$/);
  const quietEn = await runCli(['--lang', 'en', '--format', 'csv', join(dir, 'quiet.log')]);
  assert.match(quietEn.stderr, /; 3 deliveries in the log, none failed for good\.\n$/);

  // the only send, still deferred: not "no failure" about what may still fail
  writeTree(dir, { 'one.log': DEFERRED('4A1B2C3D63', 'caio@example.net') + '\n' });
  assert.match((await runCli(['--lang', 'pt-BR', '--format', 'csv', join(dir, 'one.log')])).stderr, /; 1 envio no log, ainda adiado no fim do log\.\n$/);
  assert.match((await runCli(['--lang', 'en', '--format', 'csv', join(dir, 'one.log')])).stderr, /; 1 delivery in the log, still deferred at its end\.\n$/);

  // a rotated log read as one: the deferral in mail.log.1 that mail.log delivers is one delivery
  writeTree(dir, { 'rot/mail.log.1': DEFERRED('4A1B2C3D70', 'ana@example.org') + '\n', 'rot/mail.log': SENT('4A1B2C3D70', 'ana@example.org') + '\n' + SENT('4A1B2C3D71', 'bia@example.org') + '\n' });
  const rotated = await runCli(['--lang', 'en', '--format', 'csv', join(dir, 'rot/mail.log'), join(dir, 'rot/mail.log.1')]);
  assert.match(rotated.stderr, /; 2 deliveries in the log, none failed for good\.\n$/);

  // no log read: nothing said of deliveries
  const reply = await runCli(['--lang', 'en', '--format', 'csv', '-'], { stdin: '550 5.1.1 <ana@example.org>: User unknown\n' });
  assert.doesNotMatch(reply.stderr, /deliver(y|ies) in the log/);
});

test("the library's and the API's report count the log's deliveries", async () => {
  const read = await analyzeInput(POSTFIX.join('\n'), { lang: 'pt-BR', file: 'mail.log' });
  assert.deepEqual([read.logDelivered, read.logFailed, read.logDeferred], [2, 1, 1]);
  assert.deepEqual(mailboxReport(read.results, read.messages, 'pt-BR', deliveriesOf(read)).deliveries, {
    total: 4, delivered: 2, failed: 1, deferred: 1, failedPercent: 25, text: '4 envios no log: 1 falhou de vez (25%), 2 entregues, 1 ainda adiado no fim do log',
  });
  // files read together: the deferral one file leaves and the next delivers is counted once, delivered
  const two = await analyzeInputs([{ name: 'mail.log.1', input: DEFERRED('4A1B2C3D70', 'ana@example.org') }, { name: 'mail.log', input: [SENT('4A1B2C3D70', 'ana@example.org'), SENT('4A1B2C3D71', 'bia@example.org')].join('\n') }], { lang: 'en' });
  assert.deepEqual(deliveriesOf(two), { delivered: 2, failed: 0, deferred: 0 });
  assert.equal(mailboxReport(two.results, two.messages, 'en', deliveriesOf(two)).deliveries?.text, '2 deliveries in the log, none failed for good');

  const app = createApp({});
  const res = await app.request('/api/explain', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: POSTFIX.join('\n'), lang: 'en' }) });
  const body = await res.json() as { report: { deliveries: unknown } };
  assert.deepEqual(body.report.deliveries, { total: 4, delivered: 2, failed: 1, deferred: 1, failedPercent: 25, text: '4 deliveries in the log: 1 failed for good (25%), 2 delivered, 1 still deferred at its end' });
  // no log: null
  const reply = await app.request('/api/explain', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: '550 5.1.1 <ana@example.org>: User unknown', lang: 'en' }) });
  assert.equal((await reply.json() as { report: { deliveries: unknown } }).report.deliveries, null);
});

test('--summary and the HTML report give no "0 to retry" row above the addresses still queued (as the web page)', async () => {
  const dir = tempDir();
  // one delivered, two still deferred at the end of the log: nothing to retry but what the server retries
  writeTree(dir, { 'mail.log': [SENT('4A1B2C3D80', 'ana@example.org'), DEFERRED('4A1B2C3D81', 'bia@example.org'), DEFERRED('4A1B2C3D82', 'caio@example.net')].join('\n') + '\n' });
  const log = join(dir, 'mail.log');
  for (const [lang, retry, queued] of [['pt-BR', /para tentar de novo/, /  2  endereços ainda na fila do seu servidor/], ['en', /to retry/, /  2  addresses still /]] as const) {
    const summary = (await runCli(['--summary', '--lang', lang, log])).stdout;
    assert.match(summary, queued);
    assert.doesNotMatch(summary, retry);
    const html = (await runCli(['--format', 'html', '--lang', lang, log])).stdout;
    assert.match(html, /id="total-still-trying"/);
    assert.doesNotMatch(html, /id="total-retry"/);
    // nor an empty section of addresses to retry ("Nenhum endereço nesta situação") above theirs
    assert.match(html, /<section id="still-trying">/);
    assert.doesNotMatch(html, /<section id="retry">/);
  }
  // with nothing queued either, the section stays and says it is empty
  writeTree(dir, { 'sent.log': SENT('4A1B2C3D83', 'duda@example.org') + '\n' });
  const none = (await runCli(['--format', 'html', '--lang', 'en', join(dir, 'sent.log')])).stdout;
  assert.match(none, /<section id="retry">/);
});
