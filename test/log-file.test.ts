// Mail logs: which lines are deliveries and how they ended, when a text is a log, and what a log gives
// (one result per failed or deferred delivery line, named by its line; one result for a quiet log).
import { test } from 'node:test';
import { analyzeItem } from '../src/mailbox/analyze-item.js';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { join } from 'node:path';
import { analyze } from '../src/analyze.js';
import { explainText } from '../src/explain-text.js';
import { readInputs } from '../src/mailbox/read-inputs.js';
import type { MailItem } from '../src/mailbox/types.js';
import { DeliveryTracker, deliveryKey, deliveryOutcome, expiredQueueId, readLogText, startsWithLogTime } from '../src/reply/log-file.js';
import { runCli, tempDir, writeTree } from './mailbox-helpers.js';

const T = 'Nov 28 10:00:00 mail';
const postfix = (to: string, status: string, said: string) =>
  `${T} postfix/smtp[103]: 4ABC: to=<${to}>, relay=mx.example.org[192.0.2.20]:25, delay=1, delays=0/0/0/1, dsn=${said.slice(4, 9)}, status=${status} (host mx.example.org[192.0.2.20] said: ${said} (in reply to RCPT TO command))`;
const BOUNCED = postfix('ana@example.org', 'bounced', '550 5.1.1 <ana@example.org>: Recipient address rejected: User unknown');
const DEFERRED = postfix('caio@example.net', 'deferred', '452 4.2.2 Mailbox full');
const SENT = `${T} postfix/smtp[103]: 4ABD: to=<bia@example.com>, relay=mx.example.com[192.0.2.40]:25, delay=0.4, delays=0.1/0/0.1/0.2, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 9XYZ)`;
const QMGR = `${T} postfix/qmgr[102]: 4ABC: from=<news@example.com>, size=4200, nrcpt=1 (queue active)`;
const SMTPD = `${T} postfix/smtpd[100]: 4ABC: client=app.example.com[192.0.2.10]`;

test('delivery lines of Postfix, Sendmail and Exim, and how each ended', () => {
  assert.equal(deliveryOutcome(BOUNCED), 'failed');
  assert.equal(deliveryOutcome(DEFERRED), 'delayed');
  assert.equal(deliveryOutcome(SENT), 'delivered');
  assert.equal(deliveryOutcome(`${T} postfix/local[9]: 4ABC: to=<ana@example.com>, relay=local, delay=0.1, dsn=5.1.1, status=bounced (unknown user: "ana")`), 'failed');
  // the queue manager's lines name the sender, not a delivery
  assert.equal(deliveryOutcome(QMGR), null);
  assert.equal(deliveryOutcome(`${T} postfix/qmgr[102]: 4ABC: from=<news@example.com>, status=expired, returned to sender`), null);
  assert.equal(deliveryOutcome(SMTPD), null);
  const sendmail = (stat: string, dsn: string) => `${T} sendmail[5]: x1: to=<ana@example.org>, delay=00:00:01, mailer=esmtp, pri=120, relay=mx.example.org. [192.0.2.20], dsn=${dsn}, stat=${stat}`;
  assert.equal(deliveryOutcome(sendmail('Sent (Ok: queued as 9XYZ)', '2.0.0')), 'delivered');
  assert.equal(deliveryOutcome(sendmail('Deferred: Connection refused by mx.example.org.', '4.0.0')), 'delayed');
  assert.equal(deliveryOutcome(sendmail('User unknown', '5.1.1')), 'failed');
  assert.equal(deliveryOutcome(`${T} sendmail[5]: x1: from=<news@example.com>, size=4200, class=0, nrcpts=1, relay=app.example.com [192.0.2.10]`), null);
  const exim = '2026-11-28 10:00:00 1abcDE-000Aaa-00';
  assert.equal(deliveryOutcome(`${exim} ** ana@example.org R=dnslookup T=remote_smtp H=mx.example.org [192.0.2.20]: SMTP error from remote mail server after RCPT TO:<ana@example.org>: 550 5.1.1 User unknown`), 'failed');
  assert.equal(deliveryOutcome(`${exim} == caio@example.net R=dnslookup T=remote_smtp defer (-44): SMTP error from remote mail server after RCPT TO:<caio@example.net>: 452 4.2.2 Mailbox full`), 'delayed');
  assert.equal(deliveryOutcome(`${exim} => bia@example.com R=dnslookup T=remote_smtp H=mx.example.com [192.0.2.40] C="250 OK"`), 'delivered');
  assert.equal(deliveryOutcome(`${exim} <= news@example.com H=app.example.com [192.0.2.10] P=esmtp S=4200 T="News"`), null);
  // a routing failure has no R= or T=: the mark right after the message id tells it (ids of Exim 4.97 too)
  assert.equal(deliveryOutcome(`${exim} ** bad@nonexistent.example.org: Unrouteable address`), 'failed');
  assert.equal(deliveryOutcome('2026-11-28 10:00:00.123 +0000 [4242] 1rNXYZ-000000ABC-7Qab ** bad@nonexistent.example.org: Unrouteable address'), 'failed');
  assert.equal(deliveryOutcome('the arrow ** ana@example.org is no log line'), null);
});

test('log time stamps: syslog, ISO and Exim', () => {
  for (const line of [BOUNCED, '2026-11-28T10:00:00.123456+00:00 mail postfix/smtp[1]: x', '2026-11-28 10:00:00 1abcDE-000Aaa-00 ** a@x', 'Nov  8 09:00:00 mail x']) {
    assert.ok(startsWithLogTime(line), line);
  }
  for (const line of ['Return-Path: <>', 'From MAILER-DAEMON Mon Nov 28 10:00:00 2026', '550 5.1.1 User unknown', 'nov 28 10:00:00 x']) {
    assert.ok(!startsWithLogTime(line), line);
  }
});

test('a text is a log with two delivery lines, or one among time-stamped lines; a bounce quoting one is not', () => {
  assert.deepEqual(readLogText([SMTPD, QMGR, BOUNCED, SENT, DEFERRED].join('\n')), {
    deliveries: 3, counts: { delivered: 1, failed: 1, deferred: 1 }, failed: [{ number: 3, line: BOUNCED }, { number: 5, line: DEFERRED }],
  });
  // the lines without their time stamps, as some paste them
  const bare = (line: string) => line.slice(line.indexOf('postfix/'));
  assert.equal(readLogText([bare(BOUNCED), bare(DEFERRED)].join('\r\n'))?.failed.length, 2);
  // the one delivery of a message among the queue's lines about it
  assert.equal(readLogText([SMTPD, QMGR, BOUNCED].join('\n'))?.failed.length, 1);
  // one delivery line quoted in a message's words: no log
  const quoted = `Hello,\nour server logged this:\n${bare(BOUNCED)}\nCan you tell us why?\nThanks`;
  assert.equal(readLogText(quoted), null);
  assert.equal(readLogText('550 5.1.1 User unknown'), null);
  assert.equal(readLogText([SMTPD, QMGR].join('\n')), null);
  // a quiet log: deliveries, none failed
  assert.deepEqual(readLogText([QMGR, SENT, SENT].join('\n')), { deliveries: 2, counts: { delivered: 2, failed: 0, deferred: 0 }, failed: [] });
});

test('a delivery is told by its last line: deferrals that later went through or failed give nothing of their own', () => {
  const at = (id: string, to: string, status: string, said: string) => postfix(to, status, said).replace('4ABC:', `${id}:`);
  const lines = [
    at('1AAA', 'ana@example.org', 'deferred', '451 4.7.1 Greylisted'), // then delivered: nothing
    at('2BBB', 'bia@example.org', 'deferred', '452 4.2.2 Mailbox full'),
    at('1AAA', 'ana@example.org', 'sent', '250 2.0.0 Ok'),
    at('2BBB', 'bia@example.org', 'deferred', '452 4.2.2 Mailbox full'), // still deferred at the end: this one
    at('3CCC', 'caio@example.org', 'deferred', '421 4.4.2 Timeout'),
    at('3CCC', 'caio@example.org', 'bounced', '550 5.1.1 User unknown'), // the failure stands for the deferral
    // the same message to another recipient is another delivery
    at('2BBB', 'davi@example.org', 'bounced', '550 5.1.1 User unknown'),
  ];
  assert.deepEqual(readLogText(lines.join('\n'))!.failed.map((f) => f.number), [4, 6, 7]);
  // Sendmail and Exim lines name their message too
  const sendmail = (stat: string, dsn: string) => `${T} sendmail[5]: x1AB: to=<ana@example.org>, delay=00:00:01, mailer=esmtp, pri=120, relay=mx.example.org. [192.0.2.20], dsn=${dsn}, stat=${stat}`;
  assert.deepEqual(readLogText([sendmail('Deferred: Connection refused', '4.0.0'), sendmail('Sent (Ok)', '2.0.0')].join('\n'))!.failed, []);
  const exim = (mark: string, rest: string) => `2026-11-28 10:00:00 1abcDE-000Aaa-00 ${mark} ana@example.org R=dnslookup T=remote_smtp ${rest}`;
  assert.deepEqual(readLogText([exim('==', 'defer (-44): 452 4.2.2 Mailbox full'), exim('=>', 'H=mx.example.org C="250 OK"')].join('\n'))!.failed, []);
  // past the cap of held deferrals, the oldest is given out (as it would be at the end)
  const tracker = new DeliveryTracker(1);
  assert.deepEqual(tracker.add(1, at('1AAA', 'ana@example.org', 'deferred', '451 4.7.1 Try later'), 'delayed'), []);
  assert.deepEqual(tracker.add(2, at('2BBB', 'bia@example.org', 'deferred', '451 4.7.1 Try later'), 'delayed').map((f) => f.number), [1]);
  assert.deepEqual(tracker.finish().map((f) => f.number), [2]);
  // and past the cap of held characters (lines held once per recipient): the oldest too, never the latest
  const byChars = new DeliveryTracker(100, 300);
  const long = (id: string, who: string) => at(id, who, 'deferred', `451 4.7.1 ${'Try later. '.repeat(15)}`);
  assert.deepEqual(byChars.add(1, long('1AAA', 'ana@example.org'), 'delayed'), []);
  assert.deepEqual(byChars.add(2, long('2BBB', 'bia@example.org'), 'delayed').map((f) => f.number), [1]);
  assert.deepEqual(byChars.add(3, long('3CCC', 'caio@example.org'), 'delayed').map((f) => f.number), [2]);
  assert.deepEqual(byChars.finish().map((f) => f.number), [3]);
  // Postfix gives a message up on a line without its recipients: its held deferrals become failures there
  const expired = `${T} postfix/qmgr[102]: 5EEE: from=<news@example.com>, status=expired, returned to sender`;
  const held = [at('5EEE', 'ana@example.org', 'deferred', '452 4.2.2 Mailbox full'), at('5EEE', 'bia@example.org', 'deferred', '452 4.2.2 Mailbox full'), expired, SENT];
  assert.deepEqual(readLogText(held.join('\n'))!.failed.map((f) => [f.number, f.gaveUp]), [[1, 'status=expired'], [2, 'status=expired']]);
  assert.deepEqual(expiredQueueId(expired), { id: '5EEE', words: 'status=expired' });
  assert.equal(deliveryKey(QMGR), null);
  assert.equal(deliveryKey(BOUNCED), '4ABC ana@example.org');
});

test('analyze() explains each failed or deferred line of a pasted log, named by its line (in a file, or ":N" pasted)', async () => {
  const log = [SMTPD, QMGR, BOUNCED, SENT, DEFERRED].join('\n');
  const pasted = await analyze(log, { lang: 'en' });
  assert.deepEqual(pasted.map((r) => [r.file, r.recipient, r.reason, r.kind]), [
    [':3', 'ana@example.org', 'userunknown', 'permanent'],
    [':5', 'caio@example.net', 'mailboxfull', 'transient'],
  ]);
  // a line given alone needs no number
  assert.equal((await analyze(BOUNCED, { lang: 'en' }))[0]!.file, null);
  const fromFile = await analyze(new TextEncoder().encode(log), { lang: 'en', file: 'mail.log' });
  assert.deepEqual(fromFile.map((r) => r.file), ['mail.log:3', 'mail.log:5']);
  // a message Postfix gave up: the last deferral, read as a failure the sending server gave up on
  const gaveUp = await analyze([DEFERRED, `${T} postfix/qmgr[102]: 4ABC: from=<news@example.com>, status=expired, returned to sender`].join('\n'), { lang: 'en' });
  assert.deepEqual(gaveUp.map((r) => [r.recipient, r.reason, r.action, r.retry, r.evidence[0]!.rule]), [['caio@example.net', 'mailboxfull', 'failed', 'later', 'log:expired']]);
  // an alias expanded: the address on the sender's list is orig_to=
  const [alias] = await analyze(BOUNCED.replace('to=<ana@example.org>,', 'to=<ana.silva@example.org>, orig_to=<ana@example.com>,'), { lang: 'en' });
  assert.deepEqual([alias!.recipient, alias!.originalRecipient], ['ana.silva@example.org', 'ana@example.com']);
  const [same] = await analyze(BOUNCED.replace('to=<ana@example.org>,', 'to=<ana@example.org>, orig_to=<ANA@example.org>,'), { lang: 'en' });
  assert.equal(same!.originalRecipient, null);
  const quiet = await analyze([QMGR, SENT, SENT].join('\n'), { lang: 'pt-BR' });
  assert.equal(quiet.length, 1);
  assert.equal(quiet[0]!.bounce, false);
  assert.equal(quiet[0]!.summary, 'Nenhuma entrega deste log falhou ou foi adiada.');
  assert.match(quiet[0]!.meaning, /O log tem 2 linhas de entrega, e todas as mensagens foram entregues/);
});

function describe(item: MailItem): string {
  if (item.kind === 'log-line') return `${item.file} ${item.text.slice(item.text.indexOf('to=<'), item.text.indexOf('>,') + 1)}`;
  if (item.kind === 'quiet-log') return `quiet ${item.file} ${item.deliveries}`;
  return `${item.kind} ${item.file}`;
}

async function collect(args: string[], stdin: PassThrough, chunkBytes?: number): Promise<string[]> {
  const out: string[] = [];
  for await (const item of readInputs(args, stdin, chunkBytes ? { chunkBytes } : {})) out.push(describe(item));
  return out;
}

function stdinOf(text: string): PassThrough {
  const s = new PassThrough();
  s.end(text);
  return s;
}

test('the CLI reads a log file line by line, small or large, and a log on standard input', async () => {
  const dir = tempDir();
  const small = [SMTPD, QMGR, BOUNCED, SENT, DEFERRED].join('\n') + '\n';
  // past the 64 KiB a small file is read in: streamed, here in 1 KiB chunks, with CRLF line ends
  // and a line too long to be a log line (counted in the numbering, not read)
  const filler = Array.from({ length: 400 }, () => [SMTPD, QMGR, SENT].join('\r\n')).join('\r\n');
  const large = `${filler}\r\n${'x'.repeat(40_000)}\r\n${BOUNCED}\r\n${filler}\r\n${DEFERRED}`;
  writeTree(dir, { 'mail.log': small, 'big.log': large, 'quiet.log': [QMGR, SENT].join('\n') });
  assert.deepEqual(await collect([join(dir, 'mail.log')], stdinOf('')), [
    `${join(dir, 'mail.log')}:3 to=<ana@example.org>`, `${join(dir, 'mail.log')}:5 to=<caio@example.net>`,
  ]);
  assert.deepEqual(await collect([join(dir, 'big.log')], stdinOf(''), 1024), [
    `${join(dir, 'big.log')}:1202 to=<ana@example.org>`, `${join(dir, 'big.log')}:2403 to=<caio@example.net>`,
  ]);
  assert.deepEqual(await collect([join(dir, 'quiet.log')], stdinOf('')), [`quiet ${join(dir, 'quiet.log')} 1`]);
  assert.deepEqual(await collect(['-'], stdinOf(small)), ['<stdin>:3 to=<ana@example.org>', '<stdin>:5 to=<caio@example.net>']);
  // journalctl's first line (older systemd) is no log line, and does not hide the log after it
  const journal = `-- Logs begin at Mon 2026-11-23 10:00:00 UTC, end at Sat 2026-11-28 10:00:00 UTC. --\n${small}`;
  assert.deepEqual(await collect(['-'], stdinOf(journal)), ['<stdin>:4 to=<ana@example.org>', '<stdin>:6 to=<caio@example.net>']);
});

test("the CLI's closing line counts a log's failed lines as lines, not as messages read (as the web page does)", async () => {
  const dir = tempDir();
  writeTree(dir, { 'mail.log': [SMTPD, QMGR, BOUNCED, SENT, DEFERRED].join('\n') + '\n', 'quiet.log': [QMGR, SENT].join('\n') });
  const log = join(dir, 'mail.log');
  const en = await runCli(['--format', 'ndjson', '--lang', 'en', log]);
  assert.match(en.stderr, /^smtp-explain: 2 failed log lines, all with a result; 2 results written: 2 bounces, 0 not bounces, 0 unreadable; 3 deliveries in the log: 1 failed for good \(33\.33%\), 1 delivered, 1 still deferred at its end\.\n$/);
  const pt = await runCli(['--format', 'ndjson', '--lang', 'pt-BR', log, join(dir, 'missing.eml')]);
  // (a missing file is no message read: said apart)
  assert.match(pt.stderr, /smtp-explain: 2 linhas de log com falha, todas com resultado, 1 entrada não pôde ser lida; 3 resultados escritos: 2 falhas na entrega, 0 não são falhas, 1 ilegível; 3 envios no log: 1 falhou de vez \(33,33%\), 1 entregue, 1 ainda adiado no fim do log\.\n$/);
  // the HTML report's cards count the same way
  const html = await runCli(['--format', 'html', '--lang', 'en', log]);
  assert.match(html.stdout, /id="total-log-lines"><span class="num">2<\/span><span class="lbl">Failed log lines</);
  assert.doesNotMatch(html.stdout, /id="total-read"/);
  // a log in which nothing failed: no message read, no failed line
  const quiet = await runCli(['--format', 'ndjson', '--lang', 'en', join(dir, 'quiet.log')]);
  assert.match(quiet.stderr, /^smtp-explain: 0 failed log lines; 1 result written: 0 bounces, 1 not a bounce, 0 unreadable; 1 delivery in the log, which did not fail\.\n$/);
});

test('gzip files are read as what they hold: a rotated log, an mbox, a message; a damaged one is an error', async () => {
  const { gzipSync } = await import('node:zlib');
  const dir = tempDir();
  const log = [SMTPD, QMGR, BOUNCED, SENT, DEFERRED].join('\n') + '\n';
  const message = 'From: MAILER-DAEMON@example.net\nTo: news@example.com\nSubject: Undelivered Mail\n\n<ana@example.org>: host mx.example.org said: 550 5.1.1 User unknown\n';
  const gz = gzipSync(log);
  writeTree(dir, {
    'mail.log.2.gz': gz,
    'bounce.eml.gz': gzipSync(message),
    'box.mbox.gz': gzipSync(`From MAILER-DAEMON Mon Jan  1 00:00:00 2024\n${message}\nFrom MAILER-DAEMON Mon Jan  1 00:00:00 2024\n${message}`),
    'damaged.gz': gz.subarray(0, 30),
  });
  assert.deepEqual(await collect([join(dir, 'mail.log.2.gz')], stdinOf('')), [
    `${join(dir, 'mail.log.2.gz')}:3 to=<ana@example.org>`, `${join(dir, 'mail.log.2.gz')}:5 to=<caio@example.net>`,
  ]);
  assert.deepEqual(await collect([join(dir, 'bounce.eml.gz')], stdinOf('')), [`message ${join(dir, 'bounce.eml.gz')}`]);
  assert.deepEqual(await collect([join(dir, 'box.mbox.gz')], stdinOf('')), [`message ${join(dir, 'box.mbox.gz')}#1`, `message ${join(dir, 'box.mbox.gz')}#2`]);
  assert.deepEqual(await collect([join(dir, 'damaged.gz')], stdinOf('')), [`error ${join(dir, 'damaged.gz')}`]);
  // a stream that breaks after its start (a .gz damaged further on): every line read before the break is
  // given, a deferral still held too, and then the error
  const { readLogStream } = await import('../src/mailbox/log-stream.js');
  const many = Array.from({ length: 100 }, (_, i) => BOUNCED.replace('ana@example.org', `u${i}@example.org`)).join('\n') + '\n' + DEFERRED + '\n';
  const broken = (async function* () {
    yield Buffer.from(many);
    throw new Error('unexpected end of file');
  })();
  const given: string[] = [];
  await assert.rejects(async () => {
    for await (const batch of readLogStream('mail.log.gz', broken)) for (const item of batch) given.push(item.kind === 'log-line' ? item.file : item.kind);
  }, /unexpected end of file/);
  assert.equal(given.length, 101);
  assert.equal(given.at(-1), 'mail.log.gz:101');
});

test('Sendmail: a line per transaction is a result per recipient; a queue timeout is a failure given up on', async () => {
  const line = (to: string, dsn: string, stat: string) =>
    `${T} sm-mta[3002]: 425A0011: to=${to}, delay=00:00:02, xdelay=00:00:02, mailer=esmtp, pri=140480, relay=mx.example.net. [198.51.100.7], dsn=${dsn}, stat=${stat}`;
  // both recipients failed: both are told, on the same line
  const both = await analyze(line('<eva@example.net>,<fabi@example.net>', '5.1.1', 'User unknown'), { lang: 'en', file: 'maillog' });
  assert.deepEqual(both.map((r) => [r.file, r.recipient]), [['maillog:1', 'eva@example.net'], ['maillog:1', 'fabi@example.net']]);
  // deferred one by one, then delivered together: nothing left
  const later = [line('<bob@example.net>', '4.0.0', 'Deferred: 451 4.7.1 Please try again later'), line('<ana@example.net>', '4.0.0', 'Deferred: 451 4.7.1 Please try again later'),
    line('<ana@example.net>,<bob@example.net>', '2.0.0', 'Sent (Ok: queued as 4Tq9)')];
  assert.deepEqual(readLogText(later.join('\n'))!.failed, []);
  // a deferral whose message Sendmail then returned
  const returned = [line('<gil@example.org>', '4.0.0', 'Deferred: Connection refused by mx.example.org.'), `${T} sm-mta[3002]: 425A0011: 425A0099: DSN: Cannot send message for 5 days`];
  assert.deepEqual(expiredQueueId(returned[1]!), { id: '425A0011', words: 'DSN: Cannot send message for' });
  assert.deepEqual(readLogText(returned.join('\n'))!.failed.map((f) => [f.number, f.gaveUp]), [[1, 'DSN: Cannot send message for']]);
});

test("a log of nothing but the server's refusals of incoming mail gives them, never as bounces to clean a list of", async () => {
  const refusal = (n: number, from: string, to: string, reply: string) =>
    `${T} postfix/smtpd[31${n}]: NOQUEUE: reject: RCPT from unknown[203.0.113.${n}]: ${reply}; from=<${from}> to=<${to}> proto=ESMTP helo=<example.org>`;
  const grep = [
    refusal(50, 'promo@example.org', 'ana@example.com', '554 5.7.1 Service unavailable; Client host [203.0.113.50] blocked using zen.spamhaus.org'),
    refusal(51, 'alice@example.net', 'nobody@example.com', '550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown in virtual mailbox table'),
  ].join('\n');
  const results = await analyze(grep, { lang: 'en', file: 'rejects.log' });
  assert.deepEqual(results.map((r) => [r.file, r.recipient, r.bounce, r.hardBounce]), [['rejects.log:1', 'ana@example.com', false, false], ['rejects.log:2', 'nobody@example.com', false, false]]);
  assert.ok(results.every((r) => r.evidence.some((e) => e.rule === 'log:inbound-refusal')));
  // beside delivery lines they are given too, marked as the noise of a server that also receives mail
  assert.deepEqual(readLogText(`${grep}\n${BOUNCED}`)!.failed.map((f) => [f.number, f.inbound ?? false]), [[1, true], [2, true], [3, false]]);
});

const REFUSAL = (n: number, to: string, reply: string) =>
  `${T} postfix/smtpd[31${n}]: NOQUEUE: reject: RCPT from unknown[203.0.113.${n}]: ${reply}; from=<promo@example.org> to=<${to}> proto=ESMTP helo=<example.org>`;
const UNKNOWN_HERE = (n: number) => REFUSAL(n, `x${n}@example.com`, `550 5.1.1 <x${n}@example.com>: Recipient address rejected: User unknown in virtual mailbox table`);
const RELAY_PROBE = `${T} postfix/smtpd[3199]: NOQUEUE: reject: RCPT from unknown[2001:db8:bad::1]: 554 5.7.1 <victim@example.net>: Relay access denied; from=<spam@example.net> to=<victim@example.net> proto=ESMTP helo=<probe>`;

test("a log with deliveries counts the server's refusals of incoming mail by reason, apart, and lists them with --inbound", async () => {
  const dir = tempDir();
  // refusals before the first delivery line and after it
  writeTree(dir, { 'mail.log': [UNKNOWN_HERE(50), SMTPD, QMGR, BOUNCED, UNKNOWN_HERE(51), RELAY_PROBE, SENT].join('\n') + '\n' });
  const log = join(dir, 'mail.log');
  const pt = await runCli(['--summary', '--lang', 'pt-BR', log]);
  assert.doesNotMatch(pt.stdout, /O seu servidor recusou/);
  assert.match(pt.stderr, /1 linha de log com falha; 1 resultado escrito: .*; 3 recusas de mensagens que chegavam ao seu servidor \(não são falhas dos seus envios\): endereço inexistente \(2\), repasse \(relay\) recusado \(1\) \(para ver cada uma: --inbound\)\.\n$/);
  assert.match(pt.stdout, /Mensagens de fora recusadas pelo seu servidor \(não são falhas dos seus envios\):\n  2  Endereço inexistente \(userunknown\)\n  1  Repasse \(relay\) recusado \(norelaying\)\n/);
  const listed = await runCli(['--inbound', '--format', 'ndjson', '--lang', 'en', log]);
  const rows = listed.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; bounce: boolean });
  assert.deepEqual(rows.map((r) => [r.file.slice(dir.length + 1), r.bounce]), [['mail.log:1', false], ['mail.log:4', true], ['mail.log:5', false], ['mail.log:6', false]]);
  assert.match(listed.stderr, /; 3 refusals of mail coming in to your server \(no failures of your own mail\): address does not exist \(2\), relaying refused \(1\)\.\n$/);
  const html = await runCli(['--format', 'html', '--lang', 'en', log]);
  assert.match(html.stdout, /<section id="inbound"><h2>Incoming mail refused by your server \(no failures of your own mail\) <small>\(3\)<\/small>/);
  // a log whose deliveries all went through is still told as such
  writeTree(dir, { 'quiet.log': [UNKNOWN_HERE(52), QMGR, SENT].join('\n') + '\n' });
  const quiet = await runCli(['--format', 'ndjson', '--lang', 'en', join(dir, 'quiet.log')]);
  assert.match(quiet.stdout, /"summary":"No delivery in this log failed or was deferred\."/);
  assert.match(quiet.stderr, /; 1 refusal of mail coming in to your server \(no failures of your own mail\): address does not exist \(1\) \(to see each: --inbound\)\.\n$/);
});

test("an open-relay probe refused by the reader's server is not to be allowed in its rules", async () => {
  for (const lang of ['en', 'pt-BR'] as const) {
    const [r] = await analyze(RELAY_PROBE, { lang });
    assert.equal(r!.reason, 'norelaying');
    assert.doesNotMatch(r!.advice, /allow them in your server|libere-o nas regras/);
    assert.match(r!.advice, /open|abertos/);
  }
});

test("the server's own bounces that could not be delivered (backscatter) are no failures of the reader's mail", () => {
  const exim = [
    '2026-11-28 10:00:02 1rhA06-000Af6-V6 <= <> R=1rhA05-000Ae5-U5 U=Debian-exim P=local S=3500',
    // a bounce that came in from outside, for a local user: its failure is told
    '2026-11-28 10:00:02 1rhA08-000Af8-V8 <= <> H=mx.example.org [203.0.113.5] P=esmtp S=2000',
    '2026-11-28 10:00:05 1rhA08-000Af8-V8 == ana@example.com R=localuser T=local_delivery defer (-22): mailbox is full',
    '2026-11-28 10:00:03 1rhA06-000Af6-V6 ** promo@example.org R=dnslookup T=remote_smtp H=mx.example.org [203.0.113.5]: SMTP error from remote mail server after RCPT TO:<promo@example.org>: 550 5.1.1 User unknown',
    '2026-11-28 10:00:04 1rhA07-000Af7-V7 ** ana@example.org R=dnslookup T=remote_smtp H=mx.example.org [203.0.113.5]: SMTP error from remote mail server after RCPT TO:<ana@example.org>: 550 5.1.1 User unknown',
  ];
  assert.deepEqual(readLogText(exim.join('\n'))!.failed.map((f) => f.number), [3, 5]);
  // Postfix's bounce daemon names the report's queue id; an incoming bounce (qmgr's from=<>) is no report of the server's
  const postfix = [`${T} postfix/bounce[105]: 4ABB: sender non-delivery notification: 4ABC`, BOUNCED, BOUNCED.replace('4ABC', '4ABD'),
    `${T} postfix/qmgr[102]: 4ABE: from=<>, size=2380, nrcpt=1 (queue active)`, BOUNCED.replace('4ABC', '4ABE')];
  assert.deepEqual(readLogText(postfix.join('\n'))!.failed.map((f) => f.number), [3, 5]);
});

test('a 5xx Postfix still keeps queued (soft_bounce) is retried, not removed, until a later line settles it', async () => {
  const { categorize } = await import('../src/report/tally.js');
  const soft = `${T} postfix/smtp[2043]: 6F70: to=<gil@example.net>, relay=mx.example.net[198.51.100.7]:25, delay=0.7, dsn=4.1.1, status=deferred (host mx.example.net[198.51.100.7] said: 550 5.1.1 <gil@example.net>: Recipient address rejected: User unknown (in reply to RCPT TO command))`;
  const [queued] = await analyze(soft, { lang: 'en' });
  assert.equal(categorize(queued!), 'retry');
  const [bounced] = await analyze(soft.replace('status=deferred', 'status=bounced'), { lang: 'en' });
  assert.equal(categorize(bounced!), 'remove');
});

test('a Postfix line to a quoted local part keeps its recipient', () => {
  const line = 'Nov 29 10:31:02 mx postfix/smtp[126]: 6CD34E60: to=<"john doe"@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=1, delays=0/0/0/1, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command))';
  const r = explainText(line, { lang: 'en' });
  assert.deepEqual([r.recipient, r.reason, r.hardBounce], ['"john doe"@example.com', 'userunknown', true]);
});

// qmail-send's log (qmail-log(5)): a delivery's end names only its number, given with the message and
// recipient when it started; the number is reused once the delivery ended.
const QMAIL = [
  '@40000000674869ea1a2b3c4d new msg 1234567',
  '@40000000674869ea1a2b3c4e info msg 1234567: bytes 2456 from <news@example.com> qp 4321 uid 89',
  '@40000000674869ea1a2b3c4f starting delivery 101: msg 1234567 to remote ana@example.org',
  '@40000000674869ea1a2b3c50 starting delivery 102: msg 1234567 to remote bia@example.org',
  '@40000000674869ea1a2b3c51 starting delivery 103: msg 1234567 to remote caio@example.net',
  '@40000000674869eb1a2b3c52 delivery 101: failure: 192.0.2.10_does_not_like_recipient./Remote_host_said:_550_5.1.1_<ana@example.org>:_Recipient_address_rejected:_User_unknown/Giving_up_on_192.0.2.10./',
  '@40000000674869eb1a2b3c53 delivery 102: success: 192.0.2.10_accepted_message./Remote_host_said:_250_2.0.0_Ok:_queued_as_4Y3ZkR0abc/',
  '@40000000674869eb1a2b3c54 delivery 103: deferral: Connected_to_198.51.100.7_but_connection_died._(#4.4.2)/',
  // number 101 again, for another message: its own recipient
  '@40000000674869eb1a2b3c55 starting delivery 101: msg 1234568 to local dora@example.com',
  '@40000000674869eb1a2b3c56 delivery 101: failure: Sorry,_no_mailbox_here_by_that_name._(#5.1.1)/',
  '@40000000674869eb1a2b3c57 end msg 1234567',
  '@40000000674869eb1a2b3c58 status: local 0/10 remote 1/20',
];

test("qmail-send's log: each delivery's end is read with the recipient its start named, its report as qmail wrote it", async () => {
  assert.equal(deliveryOutcome(QMAIL[5]!), 'failed');
  assert.equal(deliveryOutcome(QMAIL[6]!), 'delivered');
  assert.equal(deliveryOutcome(QMAIL[7]!), 'delayed');
  for (const i of [0, 1, 2, 10, 11]) assert.equal(deliveryOutcome(QMAIL[i]!), null, QMAIL[i]);
  assert.ok(startsWithLogTime(QMAIL[0]!));
  const results = await analyze(QMAIL.join('\n'), { lang: 'en' });
  assert.deepEqual(results.map((r) => [r.file, r.recipient, r.reason, r.status, r.listAction]), [
    [':6', 'ana@example.org', 'userunknown', '5.1.1', 'remove'],
    [':8', 'caio@example.net', 'networkerror', '4.4.2', 'retry'],
    [':10', 'dora@example.com', 'userunknown', '5.1.1', 'remove'],
  ]);
  const [ana, caio, dora] = results;
  assert.equal(ana!.replyCode, '550');
  assert.equal(ana!.kind, 'permanent');
  assert.equal(dora!.kind, 'permanent');
  assert.equal(caio!.kind, 'transient');
  // tai64nlocal's stamps, and syslog's with qmail's own seconds, read alike
  const local = QMAIL.map((l) => l.replace(/^@\S+/, '2024-11-28 10:00:01.439106381'));
  assert.deepEqual((await analyze(local.join('\n'), { lang: 'en' })).map((r) => r.recipient), ['ana@example.org', 'caio@example.net', 'dora@example.com']);
  const syslog = QMAIL.map((l) => l.replace(/^@\S+/, 'Nov 28 10:00:01 mx qmail: 1732788001.123456'));
  assert.deepEqual((await analyze(syslog.join('\n'), { lang: 'en' })).map((r) => r.recipient), ['ana@example.org', 'caio@example.net', 'dora@example.com']);
  // a deferral that a later delivery to the same recipient of the same message settles is no result
  const retried = [QMAIL[4]!, QMAIL[7]!, QMAIL[4]!, QMAIL[6]!.replace('102', '103')];
  assert.deepEqual(readLogText(retried.join('\n'))!.failed, []);
  // a message qmail-send bounced (every recipient done) with a deferral held: past its queue lifetime, that
  // deferral became a failure it gave up on
  const bounced = [QMAIL[4]!, QMAIL[7]!, '@40000000674869eb1a2b3c59 bounce msg 1234567 qp 4322', QMAIL[10]!];
  assert.deepEqual(readLogText(bounced.join('\n'))!.failed.map((f) => [f.number, f.gaveUp]), [[2, 'bounce msg 1234567']]);
  const [expired] = await analyze(bounced.join('\n'), { lang: 'en' });
  assert.deepEqual([expired!.recipient, expired!.action, expired!.kind, expired!.evidence[0]!.rule], ['caio@example.net', 'failed', 'transient', 'log:expired']);
  assert.equal(expired!.evidence[0]!.match, 'bounce msg 1234567');
  // another message's bounce leaves it held
  assert.deepEqual(readLogText([QMAIL[4]!, QMAIL[7]!, '@40000000674869eb1a2b3c59 bounce msg 1234568 qp 4322'].join('\n'))!.failed.map((f) => [f.number, f.gaveUp]), [[2, undefined]]);
  // a bounce qmail-send made itself (sender <>) that could not be delivered is no failure of the reader's mail
  const own = [QMAIL[1]!.replace('<news@example.com>', '<>'), QMAIL[2]!, QMAIL[5]!];
  assert.deepEqual(readLogText(own.join('\n'))!.failed, []);
});

test("the CLI reads qmail-send's log file, and one failure line pasted alone", async () => {
  const dir = tempDir();
  writeTree(dir, { 'current': QMAIL.join('\n') + '\n' });
  const out = await runCli(['--format', 'ndjson', '--lang', 'en', join(dir, 'current')]);
  const rows = out.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; recipient: string; listAction: string });
  assert.deepEqual(rows.map((r) => [r.file, r.recipient, r.listAction]), [
    [`${join(dir, 'current')}:6`, 'ana@example.org', 'remove'],
    [`${join(dir, 'current')}:10`, 'dora@example.com', 'remove'],
    [`${join(dir, 'current')}:8`, 'caio@example.net', 'retry'],
  ]);
  // alone, the line names no recipient but the one its report quotes
  const [one] = await analyze(QMAIL[5]!, { lang: 'en' });
  assert.equal(one!.recipient, 'ana@example.org');
  assert.equal(one!.reason, 'userunknown');
  assert.equal(explainText(QMAIL[7]!, { lang: 'en' }).listAction, 'retry');
  // a reply of several lines: joined as other replies are, a URL in it kept whole
  const lines = '@40000000674869eb1a2b3c52 delivery 7: failure: 192.0.2.10_does_not_like_recipient./Remote_host_said:_550-5.1.1_The_account_does_not_exist./550_5.1.1_See_https://example.com/help/unknown-user_for_more./Giving_up_on_192.0.2.10./';
  const joined = explainText(lines, { lang: 'en' });
  assert.equal(joined.diagnostic, '192.0.2.10 does not like recipient. 550-5.1.1 The account does not exist. See https://example.com/help/unknown-user for more.');
  assert.deepEqual([joined.reason, joined.command, joined.remoteHost], ['userunknown', 'RCPT', null]);
});

test('a log read as a stream gives its lines on in batches, also within one large chunk: a Sendmail line names up to 100 recipients, a line each', async () => {
  const { readLogStream } = await import('../src/mailbox/log-stream.js');
  const rcpts = Array.from({ length: 100 }, (_, i) => `<u${i}@example.org>`).join(',');
  const lines = Array.from({ length: 60 }, (_, i) =>
    `Nov 28 10:00:00 mx sm-mta[1]: Q${i}AB: to=${rcpts}, delay=00:00:01, mailer=esmtp, dsn=5.1.1, stat=User unknown`).join('\n') + '\n';
  async function* oneChunk() { yield lines; }
  const sizes: number[] = [];
  let items = 0;
  for await (const batch of readLogStream('mail.log', oneChunk())) {
    sizes.push(batch.length);
    items += batch.length;
  }
  assert.equal(items, 6000, 'every recipient of every line');
  // at most a batch and one line's recipients at a time (one batch of all 6,000 before)
  assert.ok(Math.max(...sizes) <= 64 + 100, `largest batch ${Math.max(...sizes)}`);
});

test('a log is told by its lines\' shape: 64 KiB of connections or logins first, a header or blank line on top; every failure after them comes', async () => {
  const dir = tempDir();
  const connect = (i: number) => `${T} postfix/smtpd[100]: connect from app${i}.example.com[192.0.2.10]`;
  const login = (i: number) => `${T} dovecot: imap-login: Login: user=<u${i}@example.com>, method=PLAIN, rip=192.0.2.${i % 250}, lip=192.0.2.1, mpid=${i}, TLS`;
  const failure = (i: number) => BOUNCED.replaceAll('ana@example.org', `u${i}@example.org`);
  const failures = Array.from({ length: 300 }, (_, i) => failure(i));
  // a few KB of ordinary lines, repeated past the 64 KiB read to tell a log
  const pad = (line: (i: number) => string) => Array.from({ length: 1200 }, (_, i) => line(i));
  assert.ok(pad(connect).join('\n').length > 64 * 1024);
  const lines = (name: string, from: number) => failures.map((_, i) => `${join(dir, name)}:${from + i} to=<u${i}@example.org>`);
  writeTree(dir, {
    'connect.log': [...pad(connect), ...failures].join('\n') + '\n',
    'login.log': [...pad(login), ...failures].join('\n'),
    'header.log': ['timestamp host program message', ...failures].join('\n'),
    'blank.log': ['', ...failures].join('\n'),
    'quiet.log': pad(connect).join('\n'),
  });
  assert.deepEqual(await collect([join(dir, 'connect.log')], stdinOf('')), lines('connect.log', 1201));
  assert.deepEqual(await collect([join(dir, 'login.log')], stdinOf('')), lines('login.log', 1201));
  assert.deepEqual(await collect([join(dir, 'header.log')], stdinOf('')), lines('header.log', 2));
  assert.deepEqual(await collect([join(dir, 'blank.log')], stdinOf('')), lines('blank.log', 2));
  // a log of no delivery at all: one result that says so
  assert.deepEqual(await collect([join(dir, 'quiet.log')], stdinOf('')), [`quiet ${join(dir, 'quiet.log')} 0`]);
  // its result says it names no delivery at all, not that every message was delivered
  const [quiet] = await analyzeItem({ kind: 'quiet-log', file: 'quiet.log', deliveries: 0 }, 'pt-BR');
  assert.match(quiet!.meaning, /^O log não tem nenhuma linha de entrega/);
  // on standard input, in small chunks too
  const stdin = (from: number) => failures.map((_, i) => `<stdin>:${from + i} to=<u${i}@example.org>`);
  assert.deepEqual(await collect(['-'], stdinOf([...pad(connect), ...failures].join('\n'))), stdin(1201));
  assert.deepEqual(await collect(['-'], stdinOf(['', ...failures].join('\n')), 16), stdin(2));
  assert.deepEqual(await collect(['-'], stdinOf(['timestamp host program message', ...failures].join('\n')), 16), stdin(2));
  // a few time-stamped lines of no mail program, and a bounce's header, are still one text to explain
  const few = [connect(1), connect(2), 'what does this mean?'].join('\n');
  const other = Array.from({ length: 20 }, (_, i) => `${T} kernel: [${i}] eth0: link up`).join('\n');
  writeTree(dir, { 'few.txt': few, 'other.log': other, 'bounce.eml': `Date: Sat, 28 Nov 2026 10:00:00 +0000\n${T} postfix/smtp: x\n\nbody\n` });
  assert.deepEqual(await collect([join(dir, 'few.txt')], stdinOf('')), [`message ${join(dir, 'few.txt')}`]);
  assert.deepEqual(await collect([join(dir, 'other.log')], stdinOf('')), [`message ${join(dir, 'other.log')}`]);
  assert.deepEqual(await collect([join(dir, 'bounce.eml')], stdinOf('')), [`message ${join(dir, 'bounce.eml')}`]);
});
