// CSV output: RFC 4180 quoting, spreadsheet formula guard, localized header, one row per result.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze.js';
import { errorResult } from '../src/result.js';
import { checkFirst, csvCell, csvHeader, csvLine, csvRow } from '../src/report/csv.js';
import { parseCsv, userUnknown } from './mailbox-helpers.js';
import { lite } from '../src/cli/render.js';
import { summaryText } from '../src/report/summary-text.js';
import { Tally } from '../src/report/tally.js';
import { mailboxReport } from '../src/report/mailbox-report.js';
import { CATALOGS } from '../src/i18n/catalog.js';

test('cells: quotes doubled, commas and line ends quoted, plain text left alone', () => {
  assert.equal(csvCell('plain'), 'plain');
  assert.equal(csvCell('a,b'), '"a,b"');
  assert.equal(csvCell('say "hi"'), '"say ""hi"""');
  assert.equal(csvCell('two\nlines'), '"two\nlines"');
  assert.equal(csvCell(' padded '), '" padded "');
  assert.equal(csvCell('ação'), 'ação');
  assert.equal(csvLine(['a', 'b,c', '']), 'a,"b,c",\r\n');
  // Brazilian spreadsheets split on ";": a cell holding one is quoted whichever separator is used
  assert.equal(csvLine(['a', 'b;c', 'd,e'], ';'), 'a;"b;c";"d,e"\r\n');
});

test('cells that a spreadsheet would run as a formula are made text', () => {
  assert.equal(csvCell('=HYPERLINK("http://x")'), `"'=HYPERLINK(""http://x"")"`);
  assert.equal(csvCell('+1'), "'+1");
  assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
  assert.equal(csvCell('-2'), "'-2");
  assert.equal(csvCell('5.1.1'), '5.1.1');
});

test('header row in the chosen language, seventeen columns (the last ones added after the others); ";" in Portuguese', () => {
  const pt = parseCsv(csvHeader('pt-BR'))[0]!;
  const en = parseCsv(csvHeader('en'))[0]!;
  assert.ok(csvHeader('pt-BR').startsWith('Destinatário;Domínio;'));
  assert.equal(pt.length, 17);
  assert.equal(pt[14], 'Data (UTC)');
  assert.equal(pt[15], 'Resposta do servidor');
  // the list action's token: its header is the same in every language, as its values are
  assert.equal(pt[16], 'listAction');
  assert.deepEqual(en, ['Recipient', 'Domain', 'Kind', 'Reason', 'Hard bounce', 'Status code', 'Reply code', 'Summary', 'What to do', 'File',
    'Failed as', 'Action', 'Reason in words', 'Date', 'Date (UTC)', 'Server reply', 'listAction']);
  assert.equal(pt[0], 'Destinatário');
  assert.equal(pt[8], 'O que fazer');
  assert.equal(pt[11], 'Ação');
});

test('a row per result: the bounce facts, and an error row that says why', async () => {
  const [r] = await analyze(new TextEncoder().encode(userUnknown('ana@example.com')), { lang: 'en', file: 'box.mbox#3' });
  const row = parseCsv(csvRow(r!))[0]!;
  assert.equal(row.length, 17);
  assert.equal(row[0], 'ana@example.com');
  assert.equal(row[1], 'example.com');
  assert.equal(row[2], 'Permanent failure');
  assert.equal(row[3], 'userunknown');
  assert.equal(row[4], 'yes');
  assert.equal(row[5], '5.1.1');
  assert.equal(row[6], '550');
  assert.equal(row[7], r!.summary);
  assert.equal(row[8], r!.advice);
  assert.equal(row[9], 'box.mbox#3');
  assert.equal(row[10], '', 'no other address was written');
  assert.equal(row[11], 'remove from the list');
  assert.equal(row[12], 'Address does not exist');
  // no DSN attempt date, no Date in the returned headers: the bounce's own Date says when it failed
  assert.equal(row[13], 'Mon, 1 Jan 2024 10:00:00 +0000');
  assert.equal(r!.message?.noticeDate, 'Mon, 1 Jan 2024 10:00:00 +0000');
  // and as a spreadsheet reads a date
  assert.equal(row[14], '2024-01-01 10:00:00');
  // the server's reply as written, last
  assert.equal(row[15], r!.diagnostic);
  assert.match(row[15]!, /User unknown/);
  assert.equal(row[16], 'remove');

  const err = parseCsv(csvRow(errorResult('the message is empty', { lang: 'pt-BR', file: 'x.mbox#2' }, 'empty-message')))[0]!;
  assert.equal(err[2], 'Não foi possível ler');
  assert.equal(err[3], '');
  assert.match(err[7]!, /the message is empty/);
  assert.equal(err[9], 'x.mbox#2');
  assert.equal(err[16], 'error');
});

test('the Date column in pt-BR is day first at the offset it was written with, not the English mail form; English keeps the mail form', async () => {
  const spec = { date: 'Mon, 30 Nov 2026 14:00:00 -0300' };
  const [pt] = await analyze(new TextEncoder().encode(userUnknown('ana@example.com', spec)), { lang: 'pt-BR', file: 'a.eml' });
  const row = parseCsv(csvRow(pt!))[0]!;
  assert.equal(row[13], '30/11/2026 14:00:00 (UTC\u221203:00)');
  // the UTC column, the one to sort by, and the JSON's date are as before
  assert.equal(row[14], '2026-11-30 17:00:00');
  assert.equal(pt!.date ?? pt!.message?.noticeDate, 'Mon, 30 Nov 2026 14:00:00 -0300');
  const [en] = await analyze(new TextEncoder().encode(userUnknown('ana@example.com', spec)), { lang: 'en', file: 'a.eml' });
  assert.equal(parseCsv(csvRow(en!))[0]![13], 'Mon, 30 Nov 2026 14:00:00 -0300');
  // a zone at UTC, a zone named without a known offset, and a date that cannot be read
  const cell = async (date: string) => parseCsv(csvRow((await analyze(new TextEncoder().encode(userUnknown('ana@example.com', { date })), { lang: 'pt-BR' }))[0]!))[0]![13];
  assert.equal(await cell('Tue, 1 Dec 2026 09:05:07 +0000'), '01/12/2026 09:05:07 (UTC)');
  assert.equal(await cell('Tue, 1 Dec 2026 09:05:07 BRT'), '01/12/2026 09:05:07 (BRT)');
  assert.equal(await cell('Tue, 31 Feb 2026 09:05:07 +0000'), 'Tue, 31 Feb 2026 09:05:07 +0000');
});

test('the pt-BR reason column that holds the reason\'s token says it is a code; the name in words keeps its header', () => {
  const pt = parseCsv(csvHeader('pt-BR'))[0]!;
  assert.equal(pt[3], 'Código do motivo');
  assert.equal(pt[12], 'Motivo por extenso');
});

test('the server\'s reply, before the list action\'s token: quoted when it holds a separator, a quote or a line end, and never run as a formula', () => {
  const r = errorResult('x', { lang: 'pt-BR', file: null }, 'internal');
  const reply = (diagnostic: string) => parseCsv(csvRow({ ...r, diagnostic }))[0]!;
  assert.equal(reply('550 5.1.1 <ana@example.com>; "no such user"\nsee https://example.org/a,b')[15],
    '550 5.1.1 <ana@example.com>; "no such user"\nsee https://example.org/a,b');
  const row = csvRow({ ...r, diagnostic: '=HYPERLINK("http://example.org")' });
  assert.ok(row.trimEnd().endsWith(`;"'=HYPERLINK(""http://example.org"")";error`));
  for (const lead of ['+', '-', '@']) assert.equal(reply(`${lead}1 deferred`)[15], `'${lead}1 deferred`);
});

/** An RFC 5965 feedback report of `type` about a newsletter sent to `recipient`. */
function feedbackReport(type: string, recipient: string): Uint8Array {
  return new TextEncoder().encode([
    'From: staff@example.net', 'To: news@example.com', 'Subject: feedback report',
    'Content-Type: multipart/report; report-type=feedback-report; boundary="b"', '',
    '--b', 'Content-Type: text/plain', '', 'This is a feedback report.', '',
    '--b', 'Content-Type: message/feedback-report', '', `Feedback-Type: ${type}`, 'User-Agent: Example/1.0', 'Version: 1',
    `Original-Rcpt-To: ${recipient}`, '',
    '--b', 'Content-Type: text/rfc822-headers', '', 'From: news@example.com', `To: ${recipient}`, 'Subject: Novidades', '',
    '--b--', '',
  ].join('\r\n'));
}

test('a complaint and an unsubscribe request are their own kind in the CSV and the summary, not "success"', async () => {
  const [complaint] = await analyze(feedbackReport('abuse', 'ana@example.net'), { lang: 'pt-BR', file: 'arf.eml' });
  assert.equal(complaint!.reason, 'feedback');
  const row = parseCsv(csvRow({ ...complaint!, listAction: 'remove' }))[0]!;
  assert.equal(row[2], 'Reclamação, descadastro ou relatório');
  const tally = new Tally();
  tally.addItem([lite(complaint!)]);
  assert.deepEqual([...tally.byKind], [['feedback', 1]]);
  assert.match(summaryText(tally, 'en'), /By kind:\n +1 +Complaint, opt-out or report\n/);
});

test('the reason counts tell spam complaints from unsubscribe requests: a list owner watches the complaint rate', async () => {
  const results = [
    ...(await analyze(feedbackReport('abuse', 'ana@example.net'), { lang: 'pt-BR' })),
    ...(await analyze(feedbackReport('abuse', 'bia@example.net'), { lang: 'pt-BR' })),
    ...(await analyze(feedbackReport('opt-out', 'caio@example.net'), { lang: 'pt-BR' })),
  ];
  const tally = new Tally();
  for (const r of results) tally.addItem([lite(r)]);
  const summary = summaryText(tally, 'pt-BR');
  assert.match(summary, /\n +2 +Reclamação de spam \(feedback\)\n/);
  assert.match(summary, /\n +1 +Pedido de descadastro \(feedback\)\n/);
  const report = mailboxReport(results, 3, 'en');
  assert.deepEqual(report.byReason, [
    { reason: 'feedback', name: 'Spam complaint', count: 2 },
    { reason: 'feedback', name: CATALOGS.en.ui.optOut.name, count: 1 },
  ]);
});

test('a spam complaint is not lumped with unsubscribe requests: its own group on the remove list, and a domain\'s top reason named as what it is', async () => {
  const { HtmlReport } = await import('../src/report/html.js');
  const { AddressLists } = await import('../src/report/address-lists.js');
  const { shownReasonName } = await import('../src/explain/shown-kind.js');
  const { setListActions } = await import('../src/report/tally.js');
  const reports = [feedbackReport('opt-out', 'ana@example.net'), feedbackReport('opt-out', 'bia@example.net'), feedbackReport('opt-out', 'caio@example.net'), feedbackReport('abuse', 'dani@example.net')];
  const results = [];
  for (const [i, r] of reports.entries()) results.push(...setListActions(await analyze(r, { lang: 'pt-BR', file: `r${i}.eml` })));
  const lists = new AddressLists();
  for (const r of results) lists.add(lite(r));
  const groups = new Set([...lists.remove.values()].map((e) => e.name));
  const [optOut, complaint] = [shownReasonName(results[0]!, 'pt-BR'), shownReasonName(results[3]!, 'pt-BR')];
  assert.notEqual(optOut, complaint);
  assert.deepEqual(groups, new Set([optOut, complaint]));
  const tally = new Tally();
  const html = new HtmlReport('pt-BR', tally);
  for (const r of results) { tally.addItem([lite(r)]); html.add([lite(r)]); }
  const page = html.render({ inputs: ['x'] });
  const row = page.slice(page.indexOf('<td>example.net</td>'), page.indexOf('</tr>', page.indexOf('<td>example.net</td>')));
  assert.ok(row.includes(optOut) && !row.includes(complaint), row);
});

test('a row of an address the report lists to check (the web page\'s CSV) says so; a complaint\'s never does', async () => {
  const [r] = await analyze(new TextEncoder().encode(userUnknown('Ana@example.com')), { lang: 'pt-BR', file: 'box.mbox#3' });
  const check = new Set(['ana@example.com']);
  assert.equal(checkFirst(r!, check), true);
  assert.deepEqual(parseCsv(csvRow(r!, checkFirst(r!, check)))[0]!.slice(11, 12).concat(parseCsv(csvRow(r!, true))[0]!.slice(16)),
    ['conferir antes de remover; deu sinal de vida depois da falha', 'check']);
  assert.equal(checkFirst(r!, new Set(['bia@example.com'])), false);
  const [complaint] = await analyze(feedbackReport('abuse', 'ana@example.com'), { lang: 'pt-BR', file: 'arf.eml' });
  assert.equal(checkFirst({ ...complaint!, listAction: 'remove' }, check), false);
});
