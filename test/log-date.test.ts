// Log results carry the time of their line (RFC 5322, as other results' dates): the CSV's date columns
// and the repeated-failure days need it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze.js';
import { explainText } from '../src/explain-text.js';
import { logLineDate } from '../src/reply/log-date.js';
import { csvRow } from '../src/report/csv.js';
import { mailboxReport } from '../src/report/mailbox-report.js';
import { join } from 'node:path';
import { parseCsv, runCli, tempDir, writeTree } from './mailbox-helpers.js';

const NOW = Date.UTC(2026, 10, 30, 22, 0, 0);

test('the time stamps of log lines: ISO with a zone, Exim\'s, syslog\'s without year or zone, TAI64N', () => {
  assert.equal(logLineDate('2026-11-30T10:00:00.123456-03:00 mx1 postfix/smtp[1]: x', NOW), 'Mon, 30 Nov 2026 10:00:00 -0300');
  assert.equal(logLineDate('2026-11-30T10:00:00-0300 mx1 postfix/smtp[1]: x', NOW), 'Mon, 30 Nov 2026 10:00:00 -0300');
  assert.equal(logLineDate('2026-11-30T13:00:00Z mx1 postfix/smtp[1]: x', NOW), 'Mon, 30 Nov 2026 13:00:00 +0000');
  assert.equal(logLineDate('2026-11-30 10:00:00 1abcDE-000Aaa-00 ** a@example.org', NOW), 'Mon, 30 Nov 2026 10:00:00');
  assert.equal(logLineDate('2026-11-30 10:00:00.123 +0100 [123] 1abcDE-000Aaa-00 ** a@example.org', NOW), 'Mon, 30 Nov 2026 10:00:00 +0100');
  assert.equal(logLineDate('Nov 30 10:00:00 mx1 postfix/smtp[1]: x', NOW), 'Mon, 30 Nov 2026 10:00:00');
  assert.equal(logLineDate('Nov  3 09:05:01 mx1 postfix/smtp[1]: x', NOW), 'Tue, 3 Nov 2026 09:05:01');
  assert.equal(logLineDate('Nov 30 10:00:00.123456 mx1 postfix/smtp[1]: x', NOW), 'Mon, 30 Nov 2026 10:00:00');
  // no year: the one that puts the line not in the future, a day of slack for the zone it is written in
  assert.equal(logLineDate('Dec  1 08:00:00 mx1 postfix/smtp[1]: x', NOW), 'Tue, 1 Dec 2026 08:00:00');
  assert.equal(logLineDate('Dec 31 23:59:00 mx1 postfix/smtp[1]: x', NOW), 'Wed, 31 Dec 2025 23:59:00');
  assert.equal(logLineDate('Dec 31 23:59:00 mx1 postfix/smtp[1]: x', Date.UTC(2027, 0, 1, 0, 5)), 'Thu, 31 Dec 2026 23:59:00');
  // multilog's label: 2^62 + 10 + unix seconds
  assert.equal(logLineDate(`@4000000${(Date.UTC(2026, 10, 30, 10) / 1000 + 10).toString(16).padStart(9, '0')}1a2b3c4d delivery 1: failure: x`, NOW),
    'Mon, 30 Nov 2026 10:00:00 +0000');
  for (const none of ['550 5.1.1 user unknown', '2026-02-31T10:00:00Z x', 'Foo 30 10:00:00 x', '2026-11-30', '']) assert.equal(logLineDate(none, NOW), null);
});

test('each result of a log has the time of its line, and the CSV shows it (in UTC when the line gives a zone)', async () => {
  const log = [
    '2026-11-30T10:00:00.123456-03:00 mx1 postfix/smtp[2]: 4AAA: to=<ana@example.org>, relay=mx.example.org[192.0.2.1]:25, dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command))',
    '2026-11-30T11:00:00-03:00 mx1 postfix/smtp[2]: 4BBB: to=<bia@example.org>, relay=mx.example.org[192.0.2.1]:25, dsn=4.2.2, status=deferred (host mx.example.org[192.0.2.1] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command))',
    // the deferral is settled by a later failure: the failure's line, and its time, is shown
    '2026-11-30T12:00:00-03:00 mx1 postfix/smtp[2]: 4BBB: to=<bia@example.org>, relay=mx.example.org[192.0.2.1]:25, dsn=5.2.2, status=bounced (host mx.example.org[192.0.2.1] said: 552 5.2.2 Mailbox full (in reply to RCPT TO command))',
  ].join('\n');
  const results = await analyze(log, { lang: 'pt-BR', file: 'mail.log' });
  assert.deepEqual(results.map((r) => [r.recipient, r.date]), [
    ['ana@example.org', 'Mon, 30 Nov 2026 10:00:00 -0300'],
    ['bia@example.org', 'Mon, 30 Nov 2026 12:00:00 -0300'],
  ]);
  const row = parseCsv(csvRow(results[0]!))[0]!;
  // in pt-BR, day first at the line's own offset
  assert.equal(row[13], '30/11/2026 10:00:00 (UTC\u221203:00)');
  assert.equal(row[14], '2026-11-30 13:00:00');
});

test('Exim\'s, Sendmail\'s and a message given up: the date of the line shown; a zone-less time keeps none', async () => {
  const exim = await analyze([
    '2026-11-30 10:00:00 1abcDE-000Aaa-00 <= news@example.com H=(x) [192.0.2.9] P=esmtpsa',
    '2026-11-30 10:00:01 1abcDE-000Aaa-00 ** ana@example.org R=dnslookup T=remote_smtp H=mx.example.org [192.0.2.1]: SMTP error from remote mail server after RCPT TO:<ana@example.org>: 550 5.1.1 User unknown',
    '2026-11-30 10:00:02 1abcDE-000Aaa-00 Completed',
  ].join('\n'), { lang: 'en' });
  assert.deepEqual(exim.map((r) => r.date), ['Mon, 30 Nov 2026 10:00:01']);
  // no zone: "Date" shows the time, "Date (UTC)" stays empty (no zone is guessed)
  const row = parseCsv(csvRow(exim[0]!))[0]!;
  assert.equal(row[13], 'Mon, 30 Nov 2026 10:00:01');
  assert.equal(row[14], '');

  const sendmail = await analyze([
    '2026-11-30T10:10:00Z velho sendmail[3001]: 5AUDA0a1003001: from=<news@example.com>, size=2048, nrcpts=1',
    '2026-11-30T10:10:01Z velho sendmail[3002]: 5AUDA0a1003001: to=<ana@example.org>, delay=00:00:01, mailer=esmtp, pri=120, relay=mx.example.org. [192.0.2.20], dsn=5.1.1, stat=User unknown',
  ].join('\n'), { lang: 'en' });
  assert.deepEqual(sendmail.map((r) => r.date), ['Mon, 30 Nov 2026 10:10:01 +0000']);

  // a deferral the server then gave up: the last deferral's line is shown, with its time
  const expired = await analyze([
    '2026-11-25T10:00:00-03:00 mx1 postfix/smtp[2]: 5EEE: to=<caio@example.org>, relay=mx.example.org[192.0.2.1]:25, dsn=4.4.1, status=deferred (connect to mx.example.org[192.0.2.1]:25: Connection timed out)',
    '2026-11-30T10:00:00-03:00 mx1 postfix/qmgr[3]: 5EEE: from=<news@example.com>, status=expired, returned to sender',
  ].join('\n'), { lang: 'en' });
  assert.equal(expired.length, 1);
  assert.equal(expired[0]!.action, 'failed');
  assert.equal(expired[0]!.date, 'Wed, 25 Nov 2026 10:00:00 -0300');

  // given up with no deferral of it in the log (an older log held them), or thrown away: that line's time
  const alone = await analyze([
    'Nov 30 10:00:00 mx1 postfix/qmgr[3]: 5EEE: from=<news@example.com>, status=expired, returned to sender',
    'Nov 30 10:05:00 mx1 postfix/qmgr[3]: 5EEF: from=<news@example.com>, status=expired, returned to sender',
  ].join('\n'), { lang: 'en' });
  assert.equal(alone.length, 2);
  assert.match(alone[0]!.date ?? '', /^\w{3}, 30 Nov \d{4} 10:00:00$/);
  assert.match(alone[1]!.date ?? '', /^\w{3}, 30 Nov \d{4} 10:05:00$/);
  const discarded = await analyze([
    '2026-11-30 12:00:01 [12345] 1rXyZa-0001Ab-Cd <= shop@example.com U=shop P=local S=1500 for a1@example.org',
    '2026-11-30 12:00:01 [12345] 1rXyZa-0001Ab-Cd Domain example.com has exceeded the max emails per hour (101/100 (101%)) allowed.  Message discarded.',
    '2026-11-30 12:00:02 [12346] 1rXyZb-0002Ab-Cd ** a2@example.org R=lookuphost T=remote_smtp H=mx.example.org [192.0.2.10]: SMTP error from remote mail server after RCPT TO:<a2@example.org>: 550 5.1.1 User unknown',
  ].join('\n'), { lang: 'en' });
  assert.deepEqual(discarded.map((r) => r.date), ['Mon, 30 Nov 2026 12:00:01', 'Mon, 30 Nov 2026 12:00:02']);
});

test('one log line explained alone is dated too; a reply is not', () => {
  const r = explainText('Nov 30 10:00:00 mx1 postfix/smtp[2]: 4AAA: to=<ana@example.org>, relay=mx.example.org[192.0.2.1]:25, dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command))');
  assert.match(r.date ?? '', /^\w{3}, 30 Nov \d{4} 10:00:00$/);
  const year = Number(r.date!.slice(12, 16));
  const now = new Date().getUTCFullYear();
  assert.ok(year === now || year === now - 1);
  assert.equal(explainText('550 5.1.1 <ana@example.org>: User unknown').date, null);
});

test('a log file read line by line (the CLI): its CSV rows have the date of each line and the server\'s reply last', async () => {
  const dir = writeTree(tempDir(), {
    'mail.log': [
      '2026-11-30T10:00:00-03:00 mx1 postfix/smtp[2]: 4AAA: to=<ana@example.org>, relay=mx.example.org[192.0.2.1]:25, dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.1] said: 550 5.1.1 <ana@example.org>: User unknown; see "help" (in reply to RCPT TO command))',
      '2026-11-30T10:00:05-03:00 mx1 postfix/smtp[2]: 4AAB: to=<bia@example.org>, relay=mx.example.org[192.0.2.1]:25, dsn=2.0.0, status=sent (250 2.0.0 Ok)',
    ].join('\n') + '\n',
  });
  const out = await runCli(['--format', 'csv', join(dir, 'mail.log')]);
  const rows = parseCsv(out.stdout);
  assert.equal(rows.length, 2);
  assert.equal(rows[1]![13], '30/11/2026 10:00:00 (UTC\u221203:00)');
  assert.equal(rows[1]![14], '2026-11-30 13:00:00');
  assert.equal(rows[0]![15], 'Resposta do servidor');
  assert.match(rows[1]![15]!, /User unknown; see "help"/);
});

test('a mailbox full over days in a log: the repeated failures say over how many days, and a short span is no abandoned mailbox', async () => {
  const full = (day: number, id: string) => `2026-11-${day}T10:00:00-03:00 mx1 postfix/smtp[2]: ${id}: to=<lu@example.org>, relay=mx.example.org[192.0.2.1]:25, dsn=5.2.2, status=bounced (host mx.example.org[192.0.2.1] said: 552 5.2.2 Mailbox full (in reply to RCPT TO command))`;
  const weeks = await analyze([full(20, '4A20'), full(25, '4A25'), full(30, '4A30')].join('\n'), { lang: 'en' });
  assert.deepEqual(mailboxReport(weeks, 0, 'en').repeatedMailboxFailures, [{ address: 'lu@example.org', count: 3, days: 10 }]);
  const days = await analyze([full(28, '4A28'), full(29, '4A29'), full(30, '4A30')].join('\n'), { lang: 'en' });
  assert.deepEqual(mailboxReport(days, 0, 'en').repeatedMailboxFailures, []);
});
