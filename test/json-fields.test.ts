// The fields every result has, for a program reading the JSON (CLI json/ndjson, the library, the HTTP
// API): `dateIso`, the result's date as ISO 8601, and `error`, null unless the input could not be read.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { analyze, explainText } from '../src/index.js';
import { listAction } from '../src/report/tally.js';
import { isoDateTime } from '../src/report/utc-date.js';
import type { Result } from '../src/result.js';
import { runCli, tempDir, writeTree } from './mailbox-helpers.js';

const DSN = `From: Mail Delivery System <MAILER-DAEMON@mx.example.net>
To: sender@example.com
Subject: Undelivered Mail Returned to Sender
Date: Fri, 28 Nov 2025 10:00:05 -0300
Message-ID: <dsn-ana@mx.example.net>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: text/plain

Your message could not be delivered.

--B
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net

Final-Recipient: rfc822; ana@example.org
Action: failed
Status: 5.1.1
Last-Attempt-Date: Fri, 28 Nov 2025 13:00:00 +0000
Diagnostic-Code: smtp; 550 5.1.1 <ana@example.org>: User unknown

--B--
`;

/** Each result's [recipient, date, dateIso]; and dateIso is always the date's own, however the date was set. */
function dates(results: Result[]): [string | null, string | null, string | null][] {
  for (const r of results) assert.equal(r.dateIso, isoDateTime(r.date), JSON.stringify(r.date));
  return results.map((r) => [r.recipient, r.date, r.dateIso]);
}

test('dateIso: the date of a report, a log line, a sending service\'s event, at the offset it gives, or none; null without a date', async () => {
  assert.deepEqual(dates(await analyze(DSN, { lang: 'en' })), [['ana@example.org', 'Fri, 28 Nov 2025 13:00:00 +0000', '2025-11-28T13:00:00Z']]);
  assert.deepEqual(dates(await analyze([
    '2026-11-30T10:00:00-03:00 mx1 postfix/smtp[2]: 4AAA: to=<ana@example.org>, relay=mx.example.org[192.0.2.1]:25, dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command))',
    // Exim's local time names no zone: none is guessed
    '2026-11-30 10:00:01 1abcDE-000Aaa-00 ** bia@example.org R=dnslookup T=remote_smtp H=mx.example.org [192.0.2.1]: SMTP error from remote mail server after RCPT TO:<bia@example.org>: 550 5.1.1 User unknown',
  ].join('\n'), { lang: 'en' })), [
    ['ana@example.org', 'Mon, 30 Nov 2026 10:00:00 -0300', '2026-11-30T10:00:00-03:00'],
    ['bia@example.org', 'Mon, 30 Nov 2026 10:00:01', '2026-11-30T10:00:01'],
  ]);
  // a message given up with no line of its own to read (dated after it was explained)
  assert.deepEqual(dates(await analyze('2026-11-30T10:00:00Z mx1 postfix/qmgr[3]: 5EEE: from=<news@example.com>, status=expired, returned to sender', { lang: 'en' })),
    [[null, 'Mon, 30 Nov 2026 10:00:00 +0000', '2026-11-30T10:00:00Z']]);
  // events: unix seconds are UTC; Brevo's "date" names no zone
  assert.deepEqual(dates(await analyze(JSON.stringify([
    { event: 'hard_bounce', email: 'o@example.com', ts_event: 1762174800, reason: '550 5.1.1 user unknown' },
    { event: 'soft_bounce', email: 'p@example.com', date: '2025-11-03 10:01:00', reason: '452 4.2.2 mailbox full' },
  ]), { lang: 'en' })), [
    ['o@example.com', 'Mon, 3 Nov 2025 13:00:00 +0000', '2025-11-03T13:00:00Z'],
    ['p@example.com', 'Mon, 3 Nov 2025 10:01:00', '2025-11-03T10:01:00'],
  ]);
  // the server's own notice, a reply with no date
  assert.deepEqual(dates([explainText('2026-11-28T10:00:00+01:00 mail postfix/postscreen[3109]: DNSBL rank 3 for [203.0.113.50]:51234')]),
    [[null, 'Sat, 28 Nov 2026 10:00:00 +0100', '2026-11-28T10:00:00+01:00']]);
  assert.deepEqual(dates([explainText('550 5.1.1 <ana@example.org>: User unknown')]), [['ana@example.org', null, null]]);
});

test('error is on every result: null when the input was read, why when it was not', async () => {
  const read = explainText('550 5.1.1 <ana@example.org>: User unknown');
  assert.ok('error' in read);
  assert.equal(read.error, null);
  const [unread] = await analyze(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]), { lang: 'en', file: 'x.png' });
  assert.equal(unread!.kind, 'error');
  assert.equal(typeof unread!.error, 'string');
  // a result saved before error was always there (no field) still counts as read
  const old = JSON.parse(JSON.stringify({ ...read, error: undefined })) as Result;
  assert.equal('error' in old, false);
  assert.equal(listAction(old), 'remove');
});

test('--format ndjson and json: one set of fields on every result, error null or why, and dateIso', async () => {
  const dir = writeTree(tempDir(), { 'a.eml': DSN, 'b.eml': 'From: ana@example.org\nSubject: oi\n\nAlmoço amanhã?\n', 'c.png': '\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0' });
  const out = await runCli(['--format', 'ndjson', '--lang', 'en', join(dir, 'a.eml'), join(dir, 'b.eml'), join(dir, 'c.png')]);
  const lines = out.stdout.trim().split('\n').map((l) => JSON.parse(l) as Result);
  assert.equal(lines.length, 3);
  for (const r of lines) assert.deepEqual(Object.keys(r), Object.keys(lines[0]!), r.file ?? '');
  assert.deepEqual(lines.map((r) => [r.dateIso, r.error === null]), [['2025-11-28T13:00:00Z', true], [null, true], [null, false]]);
  const json = await runCli(['--format', 'json', '--lang', 'en', join(dir, 'a.eml'), join(dir, 'c.png')]);
  const all = JSON.parse(json.stdout) as Result[];
  assert.deepEqual(Object.keys(all[1]!), Object.keys(all[0]!));
  assert.deepEqual(all.map((r) => r.dateIso), ['2025-11-28T13:00:00Z', null]);
});
