// When a sending service's event happened: the result's date, written as a bounce's is, so that the
// CSV output can be sorted and the repeated-mailbox rule counts real days.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, analyzeInput, mailboxReport } from '../src/index.js';
import { eventDate } from '../src/reply/event-date.js';

test("each event's time is the result's date, as a bounce's is written, so the CSV's UTC column and the repeated-mailbox rule read it", async () => {
  const dates = async (input: unknown) =>
    (await analyze(typeof input === 'string' ? input : JSON.stringify(input), { lang: 'en' })).map((r) => r.date);
  assert.deepEqual(await dates([{ email: 'ana@example.com', timestamp: 1762174800, event: 'bounce', reason: '550 5.1.1 user unknown' }]), ['Mon, 3 Nov 2025 13:00:00 +0000']);
  assert.deepEqual(await dates({ items: [{ event: 'failed', severity: 'temporary', recipient: 'k@example.org', timestamp: 1762174801.1, 'delivery-status': { code: 452, message: '4.2.2 Mailbox full' } }] }),
    ['Mon, 3 Nov 2025 13:00:01 +0000']);
  // Brevo's ts_event (unix seconds) before its "date", which names no zone and keeps none
  assert.deepEqual(await dates([
    { event: 'hard_bounce', email: 'o@example.com', date: '2025-11-03 10:00:00', ts_event: 1762174800, reason: '550 5.1.1 user unknown' },
    { event: 'soft_bounce', email: 'p@example.com', date: '2025-11-03 10:01:00', reason: '452 4.2.2 mailbox full' },
  ]), ['Mon, 3 Nov 2025 13:00:00 +0000', 'Mon, 3 Nov 2025 10:01:00']);
  // Mandrill: the event's "ts", not its message's
  assert.deepEqual(await dates([{ event: 'hard_bounce', ts: 1762174800, msg: { email: 'b@example.com', ts: 1762000000, diag: 'smtp;550 5.1.1 no such user' } }]), ['Mon, 3 Nov 2025 13:00:00 +0000']);
  assert.deepEqual(await dates('email,created,reason,status\nlu@example.org,1762174800,"452 4.2.2 Mailbox full",4.2.2\n'), ['Mon, 3 Nov 2025 13:00:00 +0000']);
  // a Portuguese sheet writes the day first
  assert.deepEqual(await dates('E-mail;Data;Motivo;Status\nvera@example.com;03/11/2025 10:00;"550 5.1.1 Usuário inexistente";5.1.1\n'), ['Mon, 3 Nov 2025 10:00:00']);
  assert.equal(eventDate('2019-11-05T16:33:54.9070259Z'), 'Tue, 5 Nov 2019 16:33:54 +0000');
  assert.equal(eventDate('2025-11-03T10:00:00-03:00'), 'Mon, 3 Nov 2025 10:00:00 -0300');
  assert.equal(eventDate('03/11/2025 10:00'), null); // day or month first: not guessed
  assert.equal(eventDate('2025-02-31 10:00:00'), null);
  assert.equal(eventDate('Wed, 3 Dec 2025 06:00:00 -0300'), 'Wed, 3 Dec 2025 06:00:00 -0300');
});

test('three mailbox-full events in one afternoon are a mailbox full for now, not one abandoned over seven days or more', async () => {
  const csv = 'email,created,reason,status\n' + [0, 1, 2].map((h) => `lu@example.org,${1762174800 + h * 3600},"452 4.2.2 Mailbox full",4.2.2\n`).join('');
  const { results, messages } = await analyzeInput(csv, { lang: 'en' });
  assert.deepEqual(mailboxReport(results, { messages, lang: 'en' }).repeatedMailboxFailures, []);
  const weeks = 'email,created,reason,status\n' + [0, 5, 10].map((d) => `lu@example.org,${1762174800 + d * 86400},"452 4.2.2 Mailbox full",4.2.2\n`).join('');
  const later = await analyzeInput(weeks, { lang: 'en' });
  assert.deepEqual(mailboxReport(later.results, { messages: later.messages, lang: 'en' }).repeatedMailboxFailures, [{ address: 'lu@example.org', count: 3, days: 10 }]);
});
