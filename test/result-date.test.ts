// A result's `date` (and `dateIso`): the best date known for the failure. The report's Last-Attempt-Date for
// the recipient, else its Arrival-Date (RFC 3464 §2.2.5, a per-message field), else the notice's own Date,
// which every plain-text notice (Exim, qmail...) has. --format sisimai keeps Sisimai's own order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { analyze } from '../src/index.js';
import { csvRow } from '../src/report/csv.js';
import { dsn, parseCsv, runCli, tempDir, writeTree } from './mailbox-helpers.js';

/** When the message the bounces return was sent, the day before: its own Date. */
const SENT = 'Mon, 23 Nov 2026 09:00:00 -0300';
const RETURNED = [
  'Return-Path: <news@example.com>',
  'From: News <news@example.com>',
  'To: ana@example.org',
  'Subject: Weekly news',
  `Date: ${SENT}`,
  'Message-ID: <n1@example.com>',
  '',
  'Hello',
  '',
].join('\n');

const EXIM = [
  'From: Mail Delivery System <Mailer-Daemon@mx.example.net>',
  'To: news@example.com',
  'Subject: Mail delivery failed: returning message to sender',
  'Date: Tue, 24 Nov 2026 18:00:00 -0300',
  'Message-Id: <E1abc-0001aB-00@mx.example.net>',
  '',
  'This message was created automatically by mail delivery software.',
  '',
  'A message that you sent could not be delivered to one or more of its',
  'recipients. This is a permanent error. The following address(es) failed:',
  '',
  '  ana@example.org',
  '    host mx.example.org [192.0.2.1]',
  '    SMTP error from remote mail server after RCPT TO:<ana@example.org>:',
  '    550 5.1.1 <ana@example.org>: User unknown',
  '',
  '------ This is a copy of the message, including all the headers. ------',
  '',
  RETURNED,
].join('\n');

const QMAIL = [
  'From: MAILER-DAEMON@mx.example.net',
  'To: news@example.com',
  'Subject: failure notice',
  'Date: Tue, 24 Nov 2026 21:00:05 +0000',
  'Message-ID: <20261124210005.1234.qmail@mx.example.net>',
  '',
  'Hi. This is the qmail-send program at mx.example.net.',
  'I\'m afraid I wasn\'t able to deliver your message to the following addresses.',
  'This is a permanent error; I\'ve given up. Sorry it didn\'t work out.',
  '',
  '<bia@example.org>:',
  '192.0.2.2 does not like recipient.',
  'Remote host said: 550 5.1.1 <bia@example.org>: Recipient address rejected: User unknown',
  'Giving up on 192.0.2.2.',
  '',
  '--- Below this line is a copy of the message.',
  '',
  RETURNED,
].join('\n');

/** A DSN written at 18:05 about a message sent the day before: `arrival`, `lastAttempt` its date fields. */
function report(arrival?: string, lastAttempt?: string): string {
  return dsn({ recipient: 'ana@example.org', date: 'Tue, 24 Nov 2026 18:05:00 -0300', sent: SENT, arrival, lastAttempt });
}

async function dated(input: string): Promise<[string | null, string | null, string | null]> {
  const [r, ...more] = await analyze(input, { lang: 'en' });
  assert.equal(more.length, 0);
  assert.equal(r!.bounce, true);
  return [r!.recipient, r!.date, r!.dateIso];
}

test('a plain-text notice (Exim, qmail) is dated by its own Date, and dateIso gives it as ISO 8601', async () => {
  assert.deepEqual(await dated(EXIM), ['ana@example.org', 'Tue, 24 Nov 2026 18:00:00 -0300', '2026-11-24T18:00:00-03:00']);
  assert.deepEqual(await dated(QMAIL), ['bia@example.org', 'Tue, 24 Nov 2026 21:00:05 +0000', '2026-11-24T21:00:05Z']);
});

test('a DSN: the recipient\'s Last-Attempt-Date, else the report\'s Arrival-Date, else the notice\'s Date', async () => {
  const arrival = 'Tue, 24 Nov 2026 17:59:58 -0300';
  assert.deepEqual(await dated(report(arrival, 'Tue, 24 Nov 2026 18:04:00 -0300')),
    ['ana@example.org', 'Tue, 24 Nov 2026 18:04:00 -0300', '2026-11-24T18:04:00-03:00']);
  // Arrival-Date is a per-message field (RFC 3464 §2.2.5): the recipient's block gives no date of its own
  assert.deepEqual(await dated(report(arrival)), ['ana@example.org', arrival, '2026-11-24T17:59:58-03:00']);
  assert.deepEqual(await dated(report()), ['ana@example.org', 'Tue, 24 Nov 2026 18:05:00 -0300', '2026-11-24T18:05:00-03:00']);
});

test('the CSV\'s Date column and the JSON\'s date agree', async () => {
  for (const input of [EXIM, report('Tue, 24 Nov 2026 17:59:58 -0300')]) {
    const [r] = await analyze(input, { lang: 'en' });
    const [row] = parseCsv(csvRow(r!));
    assert.equal(row![13], r!.date);
  }
});

test('--format sisimai keeps Sisimai\'s order: the recipient\'s report date, the returned message\'s Date, the notice\'s', async () => {
  const dir = writeTree(tempDir(), {
    'exim.eml': EXIM,
    'arrival.eml': report('Tue, 24 Nov 2026 17:59:58 -0300'),
    'attempt.eml': report('Tue, 24 Nov 2026 17:59:58 -0300', 'Tue, 24 Nov 2026 18:04:00 -0300'),
  });
  const out = await runCli(['-f', 'sisimai', ...['exim.eml', 'arrival.eml', 'attempt.eml'].map((f) => join(dir, f))]);
  const records = JSON.parse(out.stdout) as { origin: string; timestamp: number; timezoneoffset: string }[];
  const sent = Date.parse('2026-11-23T09:00:00-03:00') / 1000;
  assert.deepEqual(records.map((r) => [r.origin.slice(dir.length + 1), r.timestamp, r.timezoneoffset]), [
    // the returned message's Date, though the result's `date` is the notice's
    ['exim.eml', sent, '-0300'],
    ['arrival.eml', sent, '-0300'],
    ['attempt.eml', Date.parse('2026-11-24T18:04:00-03:00') / 1000, '-0300'],
  ]);
});
