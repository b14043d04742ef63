// A delivery report for an address (RFC 3464 Action: delivered, relayed or expanded), dated after its
// failure, shows its mailbox alive: a hard bounce before it goes to the list to check, not to remove; a
// temporary failure before it leaves the list to retry. A delivery before the failure changes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { analyzeInput } from '../src/analyze-input.js';
import { mailboxReport } from '../src/report/mailbox-report.js';
import { CATALOGS } from '../src/i18n/catalog.js';
import { dsn, mbox, parseCsv, runCli, tempDir, writeTree } from './mailbox-helpers.js';

const FAILED = 'Tue, 3 Nov 2026 09:11:00 -0300';
const DELIVERED = 'Tue, 24 Nov 2026 09:05:00 -0300';

function delivered(recipient: string, date: string, action = 'delivered'): string {
  return dsn({ recipient, date, action, status: '2.0.0', code: '250', text: 'ok: queued as 4ABC', id: `ok-${action}-${date.replace(/\W/g, '')}` });
}

const greylisted = (recipient: string, date: string): string =>
  dsn({ recipient, date, action: 'delayed', status: '4.7.1', code: '451', text: 'Greylisted, please try again later', id: `grey-${date.replace(/\W/g, '')}` });

test('an address delivered after its hard bounce is not removed: it is listed to check, saying so', async () => {
  const messages = [dsn({ recipient: 'tiago@example.net', date: FAILED }), dsn({ recipient: 'gone@example.org', date: FAILED }), delivered('Tiago@example.net', DELIVERED)];
  const report = mailboxReport((await analyzeInput(mbox(messages), { lang: 'pt-BR' })).results, messages.length, 'pt-BR');
  assert.deepEqual(report.removeAll, ['gone@example.org']);
  assert.deepEqual(report.check, [{ address: 'tiago@example.net', wroteOn: DELIVERED, why: 'delivered', text: 'entrega confirmada em 24/11/2026 às 09:05 (UTC−03:00), depois da falha' }]);
  const dir = tempDir();
  writeTree(dir, { 'alive.mbox': mbox(messages) });
  const remove = await runCli(['-f', 'remove', '--lang', 'en', join(dir, 'alive.mbox')]);
  assert.equal(remove.stdout, 'gone@example.org\n');
  const summary = await runCli(['--summary', '--lang', 'en', join(dir, 'alive.mbox')]);
  assert.match(summary.stdout, /\n {2}tiago@example\.net \(delivered on 24 Nov 2026 at 09:05 \(UTC−03:00\), after the failure\)\n/);
  const html = (await runCli(['-f', 'html', '--lang', 'pt-BR', join(dir, 'alive.mbox')])).stdout;
  assert.match(html, /tiago@example\.net <small>\(entrega confirmada em 24\/11\/2026 às 09:05 \(UTC−03:00\), depois da falha\)<\/small>/);
});

test('a report that the message was relayed or expanded after the failure counts as delivered', async () => {
  for (const action of ['relayed', 'expanded']) {
    const messages = [dsn({ recipient: 'tiago@example.net', date: FAILED }), delivered('tiago@example.net', DELIVERED, action)];
    const report = mailboxReport((await analyzeInput(mbox(messages), { lang: 'en' })).results, messages.length, 'en');
    assert.deepEqual([report.removeAll, report.check.map((e) => e.why)], [[], ['delivered']], action);
  }
});

test('a delivery dated before the failure changes nothing: the address is removed, or retried', async () => {
  const before = 'Mon, 2 Nov 2026 09:00:00 -0300';
  const messages = [delivered('tiago@example.net', before), dsn({ recipient: 'tiago@example.net', date: FAILED }),
    delivered('fabio@example.net', before), greylisted('fabio@example.net', FAILED)];
  const report = mailboxReport((await analyzeInput(mbox(messages), { lang: 'en' })).results, messages.length, 'en');
  assert.deepEqual(report.removeAll, ['tiago@example.net']);
  assert.deepEqual(report.check, []);
  assert.deepEqual(report.retry.flatMap((g) => g.addresses), ['fabio@example.net']);
});

test('a greylisted address delivered later leaves the list to retry', async () => {
  const messages = [greylisted('fabio@example.net', 'Tue, 10 Nov 2026 09:30:00 -0300'), greylisted('lia@example.org', 'Tue, 10 Nov 2026 09:30:00 -0300'),
    delivered('fabio@example.net', 'Tue, 10 Nov 2026 10:05:00 -0300')];
  const report = mailboxReport((await analyzeInput(mbox(messages), { lang: 'en' })).results, messages.length, 'en');
  assert.deepEqual(report.retry.flatMap((g) => g.addresses), ['lia@example.org']);
  assert.equal(report.retryCount, 1);
  const dir = tempDir();
  writeTree(dir, { 'grey.mbox': mbox(messages) });
  const summary = await runCli(['--summary', '-f', 'remove', '--lang', 'en', join(dir, 'grey.mbox')]);
  assert.match(summary.stderr, /\n +1 +address still in your server's queue/);
});

// ---- the CSV says what the lists say ----

test('the CSV row of an address to check says so, in words and as the last column\'s token, in both languages', async () => {
  const messages = [dsn({ recipient: 'tiago@example.net', date: FAILED }), dsn({ recipient: 'gone@example.org', date: FAILED }), delivered('tiago@example.net', DELIVERED)];
  const dir = tempDir();
  writeTree(dir, { 'alive.mbox': mbox(messages) });
  for (const [lang, words] of [['pt-BR', 'conferir antes de remover; deu sinal de vida depois da falha'], ['en', 'check before removing; alive after the failure']] as const) {
    const csv = await runCli(['-f', 'csv', '--lang', lang, join(dir, 'alive.mbox')]);
    const rows = parseCsv(csv.stdout.replace(/^\uFEFF/, ''));
    assert.equal(rows[0]![16], 'listAction', lang);
    const of = (address: string) => rows.filter((r) => r[0] === address).map((r) => [r[11], r[16]]);
    assert.deepEqual(of('tiago@example.net'), [[words, 'check'], [CATALOGS[lang].ui.listAction.nothing, 'nothing']], lang);
    assert.deepEqual(of('gone@example.org'), [[CATALOGS[lang].ui.listAction.remove, 'remove']], lang);
  }
  // read from standard input, rows go out as they come: the row says remove, the note on stderr names the address
  const piped = await runCli(['-f', 'csv', '--lang', 'en', '-'], { stdin: mbox(messages) });
  assert.deepEqual(parseCsv(piped.stdout).filter((r) => r[0] === 'tiago@example.net').map((r) => r[16]), ['remove', 'nothing']);
  assert.match(piped.stderr, /check before removing: tiago@example\.net\n/);
});
