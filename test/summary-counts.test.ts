// The counts of --summary, the HTML report and the API's report read as the results do: by the name a
// result shows (greylisting is no block, a deferral is no given-up delivery), and deliveries the server
// still retries apart from the addresses to retry later.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze.js';
import { AddressLists } from '../src/report/address-lists.js';
import { mailboxReport } from '../src/report/mailbox-report.js';
import { reasonRows } from '../src/report/reason-rows.js';
import { summaryText } from '../src/report/summary-text.js';
import { Tally } from '../src/report/tally.js';
import type { Result } from '../src/result.js';

const T = 'Nov 28 10:00:00 mail';
const postfix = (id: string, to: string, status: string, said: string) =>
  `${T} postfix/smtp[103]: ${id}: to=<${to}>, relay=mx.example.org[192.0.2.20]:25, delay=1, delays=0/0/0/1, dsn=${said.slice(4, 9)}, status=${status} (host mx.example.org[192.0.2.20] said: ${said} (in reply to RCPT TO command))`;
const GREYLISTED = postfix('4AB1', 'ana@example.org', 'deferred', '450 4.7.1 <ana@example.org>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.org.html');
const BLOCKED = postfix('4AB2', 'bia@example.org', 'bounced', '554 5.7.1 Service unavailable; Client host [192.0.2.5] blocked using zen.spamhaus.org');
const EXIM = [
  "2026-11-28 10:03:00 1rAbCg-0004Xy-Gh == joao@example.com R=dnslookup T=remote_smtp defer (-53): retry time not reached for any host for 'example.com'",
  '2026-11-28 10:05:00 1rAbCp-0013Xy-Yz ** pedro@example.org: retry timeout exceeded',
];

function tallied(results: Result[]): { tally: Tally; lists: AddressLists } {
  const tally = new Tally();
  const lists = new AddressLists();
  tally.addItem(results);
  for (const r of results) lists.add(r);
  return { tally, lists };
}

test('the rows by reason are named as the results show them: greylisting apart from blocks, a deferral apart from an expiry', async () => {
  const results = await analyze([GREYLISTED, BLOCKED].join('\n'), { lang: 'pt-BR', file: 'mail.log' });
  const { tally } = tallied(results);
  const rows = reasonRows(tally, 'pt-BR').map((r) => `${r.name} ${r.reason} ${r.count}`);
  assert.equal(rows.length, 2);
  assert.ok(rows.some((r) => /^Adiamento proposital \(greylisting\) blocked 1$/.test(r)), rows.join('; '));
  assert.ok(rows.includes('Servidor de envio bloqueado blocked 1'), rows.join('; '));
  // the same in the API's report
  assert.deepEqual(mailboxReport(results, 1, 'pt-BR').byReason.map((r) => r.name).sort(), ['Adiamento proposital (greylisting)', 'Servidor de envio bloqueado']);

  const exim = await analyze(EXIM.join('\n'), { lang: 'en', file: 'mainlog' });
  const names = reasonRows(tallied(exim).tally, 'en').map((r) => `${r.name} ${r.reason} ${r.count}`);
  // only one message gave up
  assert.equal(names.filter((n) => / expired 1$/.test(n)).length, 2, names.join('; '));
  assert.equal(new Set(names.map((n) => n.replace(/ expired 1$/, ''))).size, 2, names.join('; '));
});

test("--summary counts the deliveries the server still retries apart from the addresses to retry later, in the HTML report's words", async () => {
  const mailboxFull = postfix('4AB3', 'caio@example.net', 'bounced', '452 4.2.2 Mailbox full');
  const results = await analyze([GREYLISTED, postfix('4AB4', 'dora@example.net', 'deferred', '452 4.2.2 Mailbox full'), mailboxFull].join('\n'), { lang: 'pt-BR', file: 'mail.log' });
  const { tally, lists } = tallied(results);
  const text = summaryText(tally, 'pt-BR', false, lists);
  assert.match(text, /\n  1  endereço para tentar de novo mais tarde\n/);
  assert.match(text, /\n  2  endereços ainda na fila do seu servidor \(o servidor ainda tenta entregar: não reenvie\)\n/);
});
