// The mailbox report counts a notice once however often it is read (overlapping exports, two copies of
// one DSN), and does not remove an address that wrote after its failure (a reply, an auto-reply).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { analyzeInput } from '../src/analyze-input.js';
import { mailboxReport } from '../src/report/mailbox-report.js';
import { authFailure, complaint, dsn, january, mbox, parseCsv, plainMessage, runCli, tempDir, userUnknown, writeTree } from './mailbox-helpers.js';

/** One of each: a failure to remove, two on the sender's side, a complaint, no bounce, and a bounce without a Message-ID. */
const MESSAGES = [
  userUnknown('ana@example.org', { date: january(3) }),
  authFailure('bia@example.org'),
  authFailure('caio@example.org'),
  complaint('dora@example.org'),
  plainMessage(1),
  userUnknown('edu@example.org', { date: january(4) }).replace(/^Message-ID: .*\n/m, ''),
];

/** The HTML report's sections that count, and its totals but the messages read (which count every copy). */
function counted(html: string): string {
  const from = html.indexOf('<section id="totals">');
  return html.slice(from, html.indexOf('<footer>')).replace(/<div class="card " id="total-read">.*?<\/div>/, '');
}

function card(html: string, id: string): string {
  return /<span class="num">([^<]*)<\/span>/.exec(html.slice(html.indexOf(`id="total-${id}"`)))![1]!;
}

test('a notice read twice counts once: two copies in one mbox, or the same messages in an mbox and a Maildir', async () => {
  const dir = tempDir();
  const once = mbox(MESSAGES);
  writeTree(dir, {
    'once.mbox': once,
    'twice.mbox': once + once,
    // the same messages saved one per file: a Maildir export overlapping the mbox
    ...Object.fromEntries(MESSAGES.map((m, i) => [`Maildir/cur/${i}.eml:2,S`, m])),
  });
  const single = await runCli(['-f', 'html', '--lang', 'en', join(dir, 'once.mbox')]);
  const singleSummary = await runCli(['--summary', '-f', 'remove', '--lang', 'en', join(dir, 'once.mbox')]);
  assert.equal(card(single.stdout, 'sender'), '2');
  assert.equal(card(single.stdout, 'remove'), '3', 'ana, dora (the complaint), edu');
  for (const [label, inputs] of [['one mbox, two copies', [join(dir, 'twice.mbox')]], ['an mbox and a Maildir', [join(dir, 'once.mbox'), join(dir, 'Maildir')]]] as const) {
    const html = await runCli(['-f', 'html', '--lang', 'en', ...inputs]);
    // every count the report shows: totals, reasons, kinds, lists, problems on the sender's side, domains
    assert.equal(counted(html.stdout), counted(single.stdout), label);
    assert.equal(card(html.stdout, 'read'), '12', `${label}: every message read is counted as read`);
    assert.match(html.stdout, /id="total-read">.*?<small class="note">6 repeated: each notice counted once<\/small>/, label);
    const summary = await runCli(['--summary', '-f', 'remove', '--lang', 'en', ...inputs]);
    assert.equal(summary.stdout, singleSummary.stdout, `${label}: each address once`);
    // the summary is the single input's, but its closing line, which says how many were set aside
    const [body, closing] = [summary.stderr.slice(0, summary.stderr.lastIndexOf('smtp-explain:')), summary.stderr.slice(summary.stderr.lastIndexOf('smtp-explain:'))];
    assert.equal(body, singleSummary.stderr.slice(0, singleSummary.stderr.lastIndexOf('smtp-explain:')), label);
    assert.match(closing, /12 messages read \(6 repeated: each notice counted once\), all with a result; 3 addresses to remove written, out of 12 results: 4 bounces, 2 not bounces, 0 unreadable, 6 from the repeated messages\./, label);
    // nothing is lost: every message read still has its row
    const csv = await runCli(['-f', 'csv', '--lang', 'en', ...inputs]);
    assert.equal(parseCsv(csv.stdout).length - 1, 12, `${label}: one row per message read`);
  }
  const pt = await runCli(['-f', 'remove', '--lang', 'pt-BR', join(dir, 'twice.mbox')]);
  assert.match(pt.stderr, /12 mensagens lidas \(6 repetidas: cada aviso contado uma vez só\)/);
});

test('the library and API report count each notice once, and say how many were set aside', async () => {
  const once = mbox(MESSAGES);
  const single = await analyzeInput(once, { lang: 'pt-BR' });
  const doubled = await analyzeInput(once + once, { lang: 'pt-BR' });
  assert.equal(doubled.results.length, 2 * single.results.length, 'every message keeps its result');
  const a = mailboxReport(single.results, single.messages, 'pt-BR');
  const b = mailboxReport(doubled.results, doubled.messages, 'pt-BR');
  assert.deepEqual({ ...b, messages: a.messages, repeated: 0 }, a);
  assert.deepEqual([b.messages, b.repeated, a.repeated], [12, 6, 0]);
});

test('another notice of the same address on another day is no repeat: the same Message-ID with another Date is another notice', async () => {
  // (the helper gives both notices one Message-ID: only their Date tells them apart)
  const messages = [userUnknown('ana@example.org', { date: january(3) }), userUnknown('ana@example.org', { date: january(9) })];
  const report = mailboxReport((await analyzeInput(mbox(messages), { lang: 'en' })).results, 2, 'en');
  assert.deepEqual([report.repeated, report.bounces], [0, 2]);
  // hand-made or scrubbed notices that share one Message-ID and Date, about other addresses, are other notices
  const shared = [userUnknown('ana@example.org', { id: 'x' }), userUnknown('bia@example.org', { id: 'x' }), userUnknown('ana@example.org', { id: 'x' })];
  const told = mailboxReport((await analyzeInput(mbox(shared), { lang: 'en' })).results, 3, 'en');
  assert.deepEqual([told.repeated, told.bounces], [1, 2]);
  // ...or about the same address, saying another thing
  const other = [userUnknown('ana@example.org', { id: 'x' }), dsn({ recipient: 'ana@example.org', id: 'x', status: '4.2.2', code: '452', text: 'Mailbox full' })];
  const apart = mailboxReport((await analyzeInput(mbox(other), { lang: 'en' })).results, 2, 'en');
  assert.deepEqual([apart.repeated, apart.bounces], [0, 2]);
});

// ---- an address that wrote after its failure ----

const BOUNCE_DAY = 'Mon, 3 Nov 2025 10:00:00 -0300';

function autoReply(from: string, date: string): string {
  return [`From: Roberto <${from}>`, 'To: news@example.com', 'Subject: Resposta automática: Novidades', 'Auto-Submitted: auto-replied',
    `Date: ${date}`, '', 'Estou de férias até o dia 30.', ''].join('\n');
}

function reply(from: string, date: string): string {
  return [`From: Roberto <${from}>`, 'To: news@example.com', 'Subject: Re: Novidades', `Date: ${date}`, '',
    'Obrigado pelas novidades, gostei muito.', ''].join('\n');
}

const ALIVE = [
  dsn({ recipient: 'roberto@example.org', date: BOUNCE_DAY }),
  userUnknown('gone@example.org', { date: BOUNCE_DAY }),
  autoReply('roberto@example.org', 'Thu, 20 Nov 2025 09:00:00 -0300'),
  reply('Roberto@Example.org', 'Sat, 22 Nov 2025 18:30:00 -0300'),
];

test('an address whose own message came after its failure is not removed: it is listed to check', async () => {
  const dir = tempDir();
  writeTree(dir, { 'alive.mbox': mbox(ALIVE), 'late.mbox': mbox([reply('roberto@example.org', 'Sat, 1 Nov 2025 18:30:00 -0300'), ...ALIVE.slice(0, 2)]) });
  const remove = await runCli(['-f', 'remove', '--lang', 'pt-BR', join(dir, 'alive.mbox')]);
  assert.equal(remove.stdout, 'gone@example.org\n');
  assert.match(remove.stderr, /1 endereço ficou fora da lista de remoção: teve falha definitiva, mas depois chegou uma mensagem dele [^\n]*: roberto@example\.org\n/);
  const csv = await runCli(['-f', 'csv', '--lang', 'en', join(dir, 'alive.mbox')]);
  assert.match(csv.stderr, /1 address was left off the list to remove[^\n]*: roberto@example\.org\n/);
  const html = (await runCli(['-f', 'html', '--lang', 'en', join(dir, 'alive.mbox')])).stdout;
  const check = html.slice(html.indexOf('id="check"'), html.indexOf('</div>', html.indexOf('id="check"')));
  assert.match(check, /Alive after the failure: check before removing <small>\(1\)<\/small>/);
  assert.match(check, /roberto@example\.org <small>\(wrote on 22 Nov 2025 at 18:30 \(UTC−03:00\)\)<\/small>/);
  assert.equal(card(html, 'remove'), '1');
  assert.equal(card(html, 'check'), '1');
  assert.doesNotMatch(html.slice(html.indexOf('<textarea'), html.indexOf('</textarea>')), /roberto/);
  const summary = await runCli(['--summary', '--lang', 'en', join(dir, 'alive.mbox')]);
  assert.match(summary.stdout, /\n +1 +address that failed for good, then wrote or got mail \(the mailbox seems alive\): check before removing\n/);
  assert.match(summary.stdout, /Alive after the failure: check before removing:\n {2}roberto@example\.org \(wrote on 22 Nov 2025 at 18:30 \(UTC−03:00\)\)\n/);
  const resumo = await runCli(['--summary', '--lang', 'pt-BR', join(dir, 'alive.mbox')]);
  assert.match(resumo.stdout, /\n {2}roberto@example\.org \(escreveu em 22\/11\/2025 às 18:30 \(UTC−03:00\)\)\n/);
  const report = mailboxReport((await analyzeInput(mbox(ALIVE), { lang: 'en' })).results, ALIVE.length, 'en');
  assert.deepEqual(report.removeAll, ['gone@example.org']);
  assert.deepEqual(report.check, [{ address: 'roberto@example.org', wroteOn: 'Sat, 22 Nov 2025 18:30:00 -0300', why: 'wrote', text: 'wrote on 22 Nov 2025 at 18:30 (UTC−03:00)' }]);
  // a reply before the failure says nothing of after it: the failure wins
  const late = await runCli(['-f', 'remove', '--lang', 'en', join(dir, 'late.mbox')]);
  assert.equal(late.stdout, 'roberto@example.org\ngone@example.org\n');
  assert.doesNotMatch(late.stderr, /left off/);
});

test('a complaint stays on the list to remove whatever its address wrote later: it asked to stop the mail', async () => {
  const messages = [complaint('dora@example.org'), reply('dora@example.org', 'Sat, 22 Nov 2025 18:30:00 -0300')];
  const report = mailboxReport((await analyzeInput(mbox(messages), { lang: 'en' })).results, 2, 'en');
  assert.deepEqual([report.removeAll, report.check], [['dora@example.org'], []]);
});

test('a failure after the reply puts the address back on the list to remove', async () => {
  const later = dsn({ recipient: 'roberto@example.org', date: 'Mon, 1 Dec 2025 10:00:00 -0300', id: 'later' });
  const report = mailboxReport((await analyzeInput(mbox([...ALIVE, later]), { lang: 'en' })).results, ALIVE.length + 1, 'en');
  assert.deepEqual(report.removeAll, ['roberto@example.org', 'gone@example.org']);
  assert.deepEqual(report.check, []);
});

// ---- the same file read twice in a row ----

/** A DSN about two recipients (two per-recipient blocks): two results of one message. */
function twoRecipients(): string {
  return dsn({ recipient: 'ana@example.org', id: 'two' }).replace(/(Diagnostic-Code: [^\n]*\n)/,
    '$1\nFinal-Recipient: rfc822; bia@example.org\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 User unknown\n');
}

const LOG_LINE = 'Nov 30 10:00:00 mx postfix/smtp[123]: 4ABC123: to=<lia@example.org>, relay=mx.example.org[192.0.2.1]:25, delay=1, ' +
  'delays=0/0/0/1, dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command))\n';

test('a file named twice is counted once whatever the order of the arguments; the closing line says the messages were repeated', async () => {
  const dir = tempDir();
  writeTree(dir, { 'a.eml': twoRecipients(), 'mail.log': LOG_LINE });
  const [a, log] = [join(dir, 'a.eml'), join(dir, 'mail.log')];
  const closing = async (args: string[], lang = 'en') => (await runCli(['-f', 'remove', '--lang', lang, ...args])).stderr.trim();
  assert.match(await closing([a, a]), /2 messages read \(1 repeated: each notice counted once\), all with a result; 2 addresses to remove written, out of 4 results: 2 bounces, 0 not bounces, 0 unreadable, 2 from the repeated message\.$/);
  for (const order of [[log, a, a], [a, log, a], [a, a, log]]) {
    assert.match(await closing(order), /^smtp-explain: 2 messages read \(1 repeated: each notice counted once\), 1 failed log line, all with a result; .*: 3 bounces, 0 not bounces, 0 unreadable, 2 from the repeated message; 1 delivery in the log: 1 failed for good \(100%\), 0 delivered\.$/, order.join(' '));
    assert.match(await closing(order, 'pt-BR'), /^smtp-explain: 2 mensagens lidas \(1 repetida: cada aviso contado uma vez só\), 1 linha de log com falha, .*, 2 da mensagem repetida; 1 envio no log: 1 falhou de vez \(100%\), 0 entregues\.$/, order.join(' '));
  }
});

test('the library report counts a message read twice in a row once, when all the results come at once', async () => {
  const read = await analyzeInput(twoRecipients(), { lang: 'en' });
  assert.equal(read.results.length, 2);
  const once = mailboxReport(read.results, 1, 'en');
  const twice = mailboxReport([...read.results, ...(await analyzeInput(twoRecipients(), { lang: 'en' })).results], 2, 'en');
  assert.deepEqual([once.repeated, once.bounces, twice.repeated, twice.bounces, twice.results], [0, 2, 1, 2, 2]);
});
