// The browser-safe helpers the API and the web page share: the mbox splitter and the mailbox summary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeInput, splitMbox, splitMboxBytes } from '../src/analyze-input.js';
import { mailboxReport } from '../src/report/mailbox-report.js';
import { REPORTS } from '../src/report/catalog.js';
import { CATALOGS } from '../src/i18n/catalog.js';
import type { Result } from '../src/result.js';

const SEP = (n: number) => `From MAILER-DAEMON Fri Nov 28 10:0${n}:00 2025`;

test('splitMbox: cuts at separator lines, unquotes >From, keeps body lines that only look alike', () => {
  const mbox = [
    SEP(1), 'Subject: one', '', 'From the team, hello', '>From the quoted line', '>>From deeper', '',
    SEP(2), 'Subject: two', '', 'body two', '',
    SEP(3), 'Subject: three', '', 'body three', '',
  ].join('\n');
  const parts = splitMbox(mbox)!;
  assert.equal(parts.length, 3);
  assert.match(parts[0]!, /^Subject: one\n/);
  assert.match(parts[0]!, /\nFrom the team, hello\n/, 'a "From " line without a date stays in the body');
  assert.match(parts[0]!, /\nFrom the quoted line\n/);
  assert.match(parts[0]!, /\n>From deeper\n/);
  assert.match(parts[2]!, /body three/);
});

test('splitMbox: a separator must follow a blank line; one message or no mbox gives null', () => {
  assert.equal(splitMbox(`${SEP(1)}\nSubject: a\n\nx\n${SEP(2)}\nSubject: b\n`), null, 'no blank line before the second From');
  assert.equal(splitMbox(`${SEP(1)}\nSubject: a\n\nbody\n`), null);
  assert.equal(splitMbox('550 5.1.1 user unknown'), null);
  assert.equal(splitMbox(`From: ana@example.org\nSubject: x\n\nFrom ana Fri Nov 28 10:00:00 2025\n`), null);
  assert.equal(splitMbox(`\uFEFF${SEP(1)}\nA: 1\n\n${SEP(2)}\nB: 2\n`)!.length, 2, 'a UTF-8 BOM is skipped');
});

test('splitMboxBytes keeps the bytes of every message untouched (no charset guessing)', () => {
  const enc = new TextEncoder();
  const latin1Body = Uint8Array.from([0x63, 0x61, 0xe7, 0xe3, 0x6f, 0x0a]); // "ca\xe7\xe3o\n" in ISO-8859-1
  const bytes = new Uint8Array([
    ...enc.encode(`${SEP(1)}\nSubject: a\n\n`), ...latin1Body, ...enc.encode(`\n${SEP(2)}\nSubject: b\n\n`), ...enc.encode('ação\n'),
  ]);
  const parts = splitMboxBytes(bytes)!;
  assert.equal(parts.length, 2);
  assert.deepEqual([...parts[0]!.subarray(12, 18)], [...latin1Body]);
  assert.equal(new TextDecoder().decode(parts[1]!), 'Subject: b\n\nação\n');
  assert.equal(splitMboxBytes(enc.encode('Subject: x\n\nbody')), null);
});

test('a last "From " line without a line end starts no message and still ends the one before, in text and in bytes alike', () => {
  const enc = new TextEncoder();
  for (const eol of ['\n', '\r\n']) {
    const box = [SEP(1), 'Subject: one', '', 'first body', '', SEP(2), 'Subject: two', '', 'second body', '', SEP(3)].join(eol);
    const text = splitMbox(box)!;
    assert.deepEqual(text, [['Subject: one', '', 'first body', '', ''].join(eol), ['Subject: two', '', 'second body', '', ''].join(eol)], JSON.stringify(eol));
    const bytes = splitMboxBytes(enc.encode(box))!.map((b) => new TextDecoder().decode(b));
    assert.deepEqual(bytes, text, `splitMboxBytes agrees with splitMbox (${JSON.stringify(eol)})`);
  }
});

test('analyzeInput: one result list for an mbox, messages counted, progress reported', async () => {
  const msg = (to: string) => `From: MAILER-DAEMON@mx.example.net\nTo: me@example.com\nSubject: Undelivered Mail Returned to Sender\n\n` +
    `<${to}>: host mx.example.org said: 550 5.1.1 <${to}>: Recipient address rejected: User unknown (in reply to RCPT TO command)\n`;
  const mbox = `${SEP(1)}\n${msg('a@example.org')}\n${SEP(2)}\n${msg('b@example.org')}\n${SEP(3)}\n${msg('c@example.org')}`;
  const seen: number[] = [];
  const out = await analyzeInput(mbox, { lang: 'pt-BR', file: 'caixa.mbox', onMessage: (done) => { seen.push(done); } });
  assert.equal(out.messages, 3);
  assert.deepEqual(seen, [1, 2, 3]);
  assert.deepEqual(out.results.map((r) => r.file), ['caixa.mbox#1', 'caixa.mbox#2', 'caixa.mbox#3']);
  assert.deepEqual(out.results.map((r) => r.recipient), ['a@example.org', 'b@example.org', 'c@example.org']);
  const single = await analyzeInput('550 5.1.1 user unknown', { lang: 'en' });
  assert.equal(single.messages, 1);
  assert.equal(single.results.length, 1);
});

test('analyzeInput: past its cap of results, the rest is left out and a last result says how much', async () => {
  const msg = (to: string) => `From: MAILER-DAEMON@mx.example.net\nTo: me@example.com\nSubject: Undelivered Mail Returned to Sender\n\n` +
    `<${to}>: host mx.example.org said: 550 5.1.1 <${to}>: Recipient address rejected: User unknown (in reply to RCPT TO command)\n`;
  const mbox = [1, 2, 3, 4, 5].map((i) => `${SEP(i)}\n${msg(`u${i}@example.org`)}`).join('\n');
  const out = await analyzeInput(mbox, { lang: 'en', maxResults: 2 });
  assert.equal(out.messages, 2);
  assert.deepEqual(out.results.map((r) => r.recipient), ['u1@example.org', 'u2@example.org', null]);
  assert.equal(out.results[2]!.error, CATALOGS.en.ui.tooManyResults.error('3', '2'));
  // a bounce list's rows and a log's lines are cut the same way, inside one input
  const csv = 'email,reason\n' + Array.from({ length: 7 }, (_, i) => `r${i}@example.org,550 5.1.1 user unknown\n`).join('');
  const rows = await analyzeInput(csv, { lang: 'pt-BR', maxResults: 4 });
  assert.deepEqual(rows.results.map((r) => r.recipient), ['r0@example.org', 'r1@example.org', 'r2@example.org', 'r3@example.org', null]);
  assert.equal(rows.results[4]!.error, CATALOGS['pt-BR'].ui.tooManyResults.error('3', '4'));
  const line = (i: number) => `Nov 28 10:00:00 mail postfix/smtp[1]: ${i}ABC: to=<l${i}@example.org>, relay=mx.example.org[192.0.2.20]:25, dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.20] said: 550 5.1.1 User unknown)`;
  const log = await analyzeInput([1, 2, 3].map(line).join('\n'), { lang: 'en', maxResults: 1 });
  assert.deepEqual(log.results.map((r) => r.error ?? r.recipient), ['l1@example.org', CATALOGS.en.ui.tooManyResults.error('2', '1')]);
  // a log is one input, whose failed lines are what it gave to read (every one, also past the cap); an mbox has no log
  assert.deepEqual([log.messages, log.logs, log.logLines], [1, 1, 3]);
  assert.deepEqual([out.logs, out.logLines], [0, 0]);
});

/** A result with the fields the summary reads; the words come from the catalog. */
function result(over: Partial<Result>): Result {
  const reason = over.reason ?? 'userunknown';
  const text = CATALOGS['pt-BR'].reasons[reason];
  return {
    outcome: 'verdict', file: null, bounce: true, recipient: null, originalRecipient: null, newAddress: null, replyCode: '550', status: '5.1.1', statusDerived: false, reason, kind: 'permanent',
    hardBounce: false, retry: 'never', actors: ['sender'], summary: text.summary, meaning: text.meaning, advice: text.advice,
    adminAdvice: null, whoActs: [], retryText: '', kindText: '', codes: { replyCode: null, status: null }, evidence: [],
    provider: null, signature: null, providerSource: null, command: null, remoteHost: null, diagnostic: '', feedbackType: null,
    action: null, date: null, dateIso: null, retryUntil: null, message: null, lang: 'pt-BR', error: null, errorCode: null, ...over,
  };
}

test('mailboxReport: totals, reasons by frequency, lists as the HTML report sorts them', () => {
  const rs = [
    result({ recipient: 'Ana@Example.org', reason: 'userunknown', hardBounce: true }),
    result({ recipient: 'ana@example.org', reason: 'mailboxfull', kind: 'transient', retry: 'automatic' }),
    result({ recipient: 'bia@example.org', reason: 'mailboxfull', kind: 'transient', retry: 'automatic' }),
    result({ recipient: 'caio@example.org', reason: 'authfailure', retry: 'after-fix' }),
    result({ recipient: null, reason: 'authfailure', retry: 'after-fix' }),
    result({ recipient: 'dani@example.net', reason: 'delivered', kind: 'success', retry: 'no-need' }),
    result({ bounce: false, reason: 'undefined' }),
    result({ error: 'x' }),
  ];
  const report = mailboxReport(rs, 7, 'pt-BR');
  assert.equal(report.messages, 7);
  assert.equal(report.results, 8);
  // the delivery report is read and counted by reason, but is no bounce
  assert.equal(report.bounces, 5);
  assert.equal(report.notBounce, 2);
  assert.equal(report.errors, 1);
  assert.deepEqual(report.byReason.map((r) => [r.reason, r.count]), [['authfailure', 2], ['mailboxfull', 2], ['delivered', 1], ['userunknown', 1]]);
  assert.equal(report.byReason[0]!.name, REPORTS['pt-BR'].reasonName.authfailure);

  // an address to remove is never also retried, whatever came later
  assert.deepEqual(report.remove.map((g) => [g.reason, g.addresses]), [['userunknown', ['Ana@Example.org']]]);
  assert.equal(report.removeCount, 1);
  // the retry list has every other failure, grouped by reason and retry advice; not those on the sender's
  // side, listed with their problem (their addresses are right), which would count them twice
  assert.deepEqual(report.retry.map((g) => [g.reason, g.retry, g.addresses]), [
    ['mailboxfull', 'automatic', ['bia@example.org']],
  ]);
  assert.equal(report.retryCount, 1);
  // the sender-side overlay counts results, also those without a recipient, and says what to fix in the
  // words of its first result (those of its provider's rule, when one decided)
  assert.equal(report.senderSide, 2);
  assert.equal(report.sender.length, 1);
  const auth = CATALOGS['pt-BR'].reasons.authfailure;
  assert.deepEqual(report.sender[0], {
    reason: 'authfailure', name: REPORTS['pt-BR'].reasonName.authfailure, summary: auth.summary, advice: auth.advice,
    adminAdvice: null, count: 2, domains: 1, addresses: ['caio@example.org'], held: false,
  });
});

test('mailboxReport: a mailbox full or disabled again and again is pointed out; failures on the sender side are not', () => {
  const full = { reason: 'mailboxfull', kind: 'transient', retry: 'automatic' } as const;
  const blocked = { reason: 'blocked', kind: 'permanent', retry: 'after-fix' } as const;
  const rs = [
    result({ recipient: 'cheia@example.org', ...full }),
    result({ recipient: 'Cheia@Example.org', ...full }),
    result({ recipient: 'cheia@example.org', reason: 'suspend', kind: 'permanent', retry: 'later' }),
    result({ recipient: 'duas@example.org', ...full }),
    result({ recipient: 'duas@example.org', ...full }),
    ...[1, 2, 3].map(() => result({ recipient: 'gmail@example.com', ...blocked })),
    // an address that must go is listed there, not here
    ...[1, 2, 3].map(() => result({ recipient: 'fim@example.org', ...full })),
    result({ recipient: 'fim@example.org', reason: 'userunknown', hardBounce: true }),
  ];
  const report = mailboxReport(rs, rs.length, 'pt-BR');
  // undated (a pasted reply, a log line): each counts
  assert.deepEqual(report.repeatedMailboxFailures, [{ address: 'cheia@example.org', count: 3, days: null }]);
  assert.deepEqual(report.remove.map((g) => g.addresses), [['fim@example.org']]);
  assert.ok(report.retry.some((g) => g.addresses.includes('cheia@example.org')), 'still in the retry list');
});

test('mailboxReport: the dates of the bounces say over how many days; the same bounce twice is one', () => {
  const full = (day: number) => result({
    recipient: 'cheia@example.org', reason: 'mailboxfull', kind: 'transient', retry: 'automatic',
    message: { messageId: null, subject: null, from: null, date: null, reportingMta: null, listId: null, noticeDate: `Tue, ${day} Dec 2025 09:00:00 -0300`, noticeId: null, noticeDigest: null, noticeFrom: null },
  });
  const over = mailboxReport([full(2), full(2), full(10), full(23)], 4, 'pt-BR');
  assert.deepEqual(over.repeatedMailboxFailures, [{ address: 'cheia@example.org', count: 3, days: 21 }]);
  assert.deepEqual(mailboxReport([full(2), full(2), full(10)], 3, 'pt-BR').repeatedMailboxFailures, [], 'two bounces, one read twice');
  assert.deepEqual(mailboxReport([full(2), full(3), full(4)], 3, 'pt-BR').repeatedMailboxFailures, [], 'within a week');
  // dates that cannot be read tell no span: three bounces, one readable date, counted as undated ones
  const odd = (date: string) => ({ ...full(2), message: { ...full(2).message!, noticeDate: date } });
  assert.deepEqual(mailboxReport([full(2), odd('sometime'), odd('later')], 3, 'pt-BR').repeatedMailboxFailures,
    [{ address: 'cheia@example.org', count: 3, days: null }]);
});

test("mailboxReport groups as the HTML report does: by the provider's rule, in its result's words", () => {
  const own = result({ recipient: 'ana@example.org', reason: 'ratelimited', retry: 'later', signature: 'sending-limit:own-account', summary: 'own limit', advice: 'resend after the hour', lang: 'en' });
  const gmail = result({ recipient: 'bia@example.org', reason: 'ratelimited', kind: 'transient', retry: 'automatic', signature: 'google:4.7.28-rate-limited', summary: 'receiver limit', advice: 'wait', lang: 'en' });
  const report = mailboxReport([own, gmail], 2, 'en');
  assert.deepEqual(report.sender.map((g) => [g.summary, g.addresses]).sort(), [['own limit', ['ana@example.org']], ['receiver limit', ['bia@example.org']]]);
  assert.deepEqual(report.retry, [], 'listed with their problems only');
});

test("the page's groups are named as their results show them (greylisting is no block)", async () => {
  const { analyze } = await import('../src/analyze.js');
  const line = 'Nov 28 11:00:01 mail postfix/smtp[2001]: A1: to=<ana@example.com.br>, relay=mx.example.com.br[192.0.2.20]:25, delay=1, delays=0.1/0/0.5/0.4, dsn=4.7.1, status=deferred (host mx.example.com.br[192.0.2.20] said: 451 4.7.1 Greylisting in action, please come back later (in reply to RCPT TO command))';
  const results = await analyze(`${line}\n${line.replace('ana@', 'bia@')}\n`, { lang: 'pt-BR' });
  const report = mailboxReport(results, 1, 'pt-BR');
  assert.deepEqual(report.retry.map((g) => g.name), ['Adiamento proposital (greylisting)']);
});

test('rules that share words of their own still head their groups apart: the named provider, and its code, tell them', async () => {
  const { analyze } = await import('../src/analyze.js');
  const line = (i: number, relay: string, said: string, status = 'bounced') =>
    `Nov 28 10:00:0${i} mail postfix/smtp[1]: ${i}A: to=<u${i}@example.org>, relay=${relay}[192.0.2.20]:25, delay=1, delays=0/0/0/1, dsn=${said.slice(4, 9)}, status=${status} (host ${relay}[192.0.2.20] said: ${said})`;
  const log = [
    line(1, 'smtp.gmail.com', '550 5.4.5 Daily user sending limit exceeded. For more information on Gmail sending limits, go to https://support.google.com/a/answer/166852 i78si5555555qva.2 - gsmtp'),
    line(2, 'mx.example.org', '550 5.7.1 Limite de envio diario excedido para esta conta'),
    line(3, 'us-smtp-inbound-1.mimecast.com', '451 4.0.0 Internal resource temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451', 'deferred'),
    line(4, 'mx.example.org', '451 4.7.1 Greylisting in action, please come back later', 'deferred'),
  ].join('\n');
  for (const lang of ['pt-BR', 'en'] as const) {
    const results = await analyze(log, { lang });
    assert.deepEqual(results.map((r) => r.signature), ['google:5.4.5-sending-limit', 'sending-limit:own-account', 'mimecast:greylisting', 'greylisting:deferred']);
    const report = mailboxReport(results, 1, lang);
    const words = CATALOGS[lang].signatureWords;
    assert.deepEqual(report.sender.map((g) => g.name), [`${words['sending-limit:own-account'].name} — Google 5.4.5`, words['sending-limit:own-account'].name]);
    assert.deepEqual(report.retry.map((g) => g.name), [`${words['greylisting:deferred'].name} — Mimecast`, words['greylisting:deferred'].name]);
  }
});
