// The HTML action report, read as text: sections, lists, counts, escaping, no external requests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze.js';
import { errorResult, notBounceResult, type Result } from '../src/result.js';
import { REPORTS } from '../src/report/catalog.js';
import { HtmlReport, escapeHtml } from '../src/report/html.js';
import { Tally, categorize } from '../src/report/tally.js';
import type { Locale } from '../src/types.js';
import { authFailure, dsn, january, mailboxFull, userUnknown } from './mailbox-helpers.js';

async function one(message: string, lang: Locale, file: string): Promise<Result> {
  const [r] = await analyze(new TextEncoder().encode(message), { lang, file });
  return r!;
}

async function sample(lang: Locale): Promise<Result[][]> {
  return [
    // two bounces of one address, a week apart
    [await one(userUnknown('gone@example.com', { date: january(2) }), lang, 'a#1')],
    [await one(userUnknown('gone@example.com', { date: january(9) }), lang, 'a#2')],
    [await one(mailboxFull('full@example.net'), lang, 'a#3')],
    [await one(authFailure('gmail-user@example.org'), lang, 'a#4')],
    [notBounceResult({ lang, file: 'a#5' })],
    [errorResult('the message is empty', { lang, file: 'a#6' }, 'empty-message')],
  ];
}

function render(items: Result[][], lang: Locale): string {
  const tally = new Tally();
  const report = new HtmlReport(lang, tally);
  for (const results of items) {
    tally.addItem(results);
    report.add(results);
  }
  return report.render({ inputs: ['bounces.mbox'], date: new Date(Date.UTC(2024, 0, 2, 12)) });
}

function section(html: string, id: string): string {
  const start = html.indexOf(`<section id="${id}">`);
  assert.ok(start >= 0, `section ${id} is there`);
  return html.slice(start, html.indexOf('</section>', start));
}

test('the synthetic bounces land in the lists they belong to', async () => {
  const items = await sample('en');
  assert.equal(categorize(items[0]![0]!), 'remove');
  assert.equal(categorize(items[2]![0]!), 'retry');
  assert.equal(items[3]![0]!.reason, 'authfailure');
});

test('totals, both charts, the three lists and the domain table are there (English)', async () => {
  const html = render(await sample('en'), 'en');
  assert.match(html, /^<!DOCTYPE html>/);
  assert.match(html, /<html lang="en">/);
  assert.match(section(html, 'totals'), /id="total-read"><span class="num">6</);
  assert.match(section(html, 'totals'), /id="total-remove"><span class="num">1</, 'one address to remove, counted once');
  assert.match(section(html, 'totals'), /id="total-errors"><span class="num">1</);
  assert.match(section(html, 'reasons'), /<svg class="chart"[\s\S]*Address does not exist[\s\S]*<rect/);
  const kinds = section(html, 'kinds');
  for (const name of ['Permanent failure', 'Not a bounce', 'Could not be read']) {
    assert.match(kinds, new RegExp(`<svg class="chart"[\\s\\S]*<title>${name}: \\d</title>`), name);
  }
  // the 452 the sending server gave up on (Action: failed) is counted as final, not as temporary
  assert.match(kinds, /<title>Permanent failure: 4<\/title>/);
  assert.doesNotMatch(kinds, /Temporary failure/);

  const remove = section(html, 'remove');
  assert.match(remove, /<li>gone@example\.com <small>\(2 times\)<\/small><\/li>/);
  assert.match(remove, /<textarea[^>]*>gone@example\.com<\/textarea>/);
  assert.doesNotMatch(remove, /full@example\.net/);

  const retry = section(html, 'retry');
  assert.match(retry, /Mailbox full/);
  assert.match(retry, /<li>full@example\.net<\/li>/);

  const sender = section(html, 'sender');
  assert.match(sender, /data-reason="authfailure"/);
  assert.match(sender, /What to fix/);
  assert.match(sender, /SPF/);
  assert.match(sender, /example\.org \(1\)/);

  const domains = section(html, 'domains');
  assert.match(domains, /<td>example\.com<\/td><td class="n">2<\/td><td class="n">2<\/td>/);
  assert.match(section(html, 'errors'), /a#6<\/code>: the message is empty/);
});

test('the report speaks Brazilian Portuguese with --lang pt-BR', async () => {
  const html = render(await sample('pt-BR'), 'pt-BR');
  assert.match(html, /<html lang="pt-BR">/);
  assert.match(html, /Relatório de falhas na entrega/);
  assert.match(html, /Endereços para remover da sua lista/);
  assert.match(html, /Endereços para tentar de novo mais tarde/);
  assert.match(html, /Problemas do seu lado/);
  assert.match(html, /O que corrigir/);
  assert.match(html, /\(2 vezes\)/);
  assert.doesNotMatch(html, /Addresses to remove|What to fix/);
});

test('empty lists say so', () => {
  const html = render([[notBounceResult({ lang: 'en', file: 'x' })]], 'en');
  assert.match(section(html, 'remove'), /No address needs to be removed/);
  assert.match(section(html, 'sender'), /No problems on your side/);
  assert.match(section(html, 'reasons'), /No bounces found/);
});

test('everything from the input is escaped; the file makes no external request', async () => {
  const [bad] = (await sample('en'))[0]!;
  const evil = { ...bad!, recipient: '"<script>alert(1)</script>"@example.com', file: '<img src=x onerror=alert(1)>' };
  const html = render([[evil], [errorResult('<b>bold</b>', { lang: 'en', file: '"><svg onload=alert(1)>' }, 'internal')]], 'en');
  assert.doesNotMatch(html, /<script/i);
  assert.doesNotMatch(html, /<img/i);
  assert.doesNotMatch(html, /<b>bold/);
  assert.doesNotMatch(html, /<svg onload/i);
  assert.match(html, /&#34;&#60;script&#62;alert\(1\)&#60;\/script&#62;&#34;@example\.com/);
  // no src=, href= or url() anywhere: nothing is loaded from outside
  assert.doesNotMatch(html, /\s(?:src|href)=/i);
  assert.doesNotMatch(html, /url\(/i);
  assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
  assert.equal(escapeHtml(`<a href="x">'&'</a>`), '&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
});

test('a mailbox full again and again is pointed out in the retry section, with its own advice', async () => {
  const full = (address: string, day: number, lang: Locale) => one(mailboxFull(address, { date: january(day) }), lang, `${address}#${day}`);
  for (const lang of ['en', 'pt-BR'] as const) {
    const html = render([
      ...await Promise.all([1, 12, 25].map(async (day) => [await full('cheia@example.net', day, lang)])),
      [await full('uma@example.net', 1, lang)],
    ], lang);
    const retry = section(html, 'retry');
    const repeated = retry.slice(retry.indexOf('<div class="group repeated">'));
    assert.ok(repeated.includes(escapeHtml(REPORTS[lang].html.retry.repeated.heading(3))), lang);
    assert.ok(repeated.includes(escapeHtml(REPORTS[lang].html.retry.repeated.intro(7))), lang);
    assert.ok(repeated.includes('cheia@example.net') && !repeated.includes('uma@example.net'), lang);
    // how many bounces, over how many days
    assert.ok(repeated.includes(`<small>(${escapeHtml(REPORTS[lang].html.timesOver(3, 24))})</small>`), lang);
  }
  assert.ok(!section(render([[await full('uma@example.net', 1, 'en')]], 'en'), 'retry').includes('group repeated'));
});

test('a bounce read three times, or three in one day, is no mailbox full for weeks', async () => {
  const same = await one(mailboxFull('cheia@example.net', { date: january(3) }), 'en', 'd#1');
  assert.ok(!section(render([[same], [same], [same]], 'en'), 'retry').includes('group repeated'), 'one bounce read three times');
  const sameDay = await Promise.all(['08:00', '12:00', '17:30'].map((time, i) =>
    one(mailboxFull('cheia@example.net', { date: `Wed, 3 Jan 2024 ${time}:00 +0000` }), 'en', `e#${i}`)));
  assert.ok(!section(render(sameDay.map((r) => [r]), 'en'), 'retry').includes('group repeated'), 'three bounces in one day');
  // dated six days apart: still short of a week
  const sixDays = await Promise.all([1, 4, 7].map((day) => one(mailboxFull('cheia@example.net', { date: january(day) }), 'en', `f#${day}`)));
  assert.ok(!section(render(sixDays.map((r) => [r]), 'en'), 'retry').includes('group repeated'), 'six days');
  const week = await Promise.all([1, 4, 8].map((day) => one(mailboxFull('cheia@example.net', { date: january(day) }), 'en', `g#${day}`)));
  assert.ok(section(render(week.map((r) => [r]), 'en'), 'retry').includes('group repeated'), 'seven days');
});

test('an address counts its notices, not the times one notice was read: the same bounce in two folders is once', async () => {
  const first = await one(userUnknown('dupla@example.net', { date: january(3) }), 'en', 'a/1');
  const copy = await one(userUnknown('dupla@example.net', { date: january(3) }), 'en', 'b/1');
  assert.doesNotMatch(section(render([[first], [copy]], 'en'), 'remove'), /dupla@example\.net[^<]*<small[^>]*>[^<]*times/);
  const later = await one(userUnknown('dupla@example.net', { date: january(9) }), 'en', 'c/1');
  assert.match(section(render([[first], [copy], [later]], 'en'), 'remove'), /dupla@example\.net[\s\S]{0,80}2 times/);
  // a full mailbox: its notice read twice, then a new one, on the retry list
  const full = await one(mailboxFull('cheia@example.net', { date: january(3) }), 'en', 'd/1');
  const fullAgain = await one(mailboxFull('cheia@example.net', { date: january(5) }), 'en', 'd/2');
  assert.match(section(render([[full], [full], [fullAgain]], 'en'), 'retry'), /cheia@example\.net[\s\S]{0,80}2 times/);
});

test("the sender's own problems come first, each told in its own words; greylisting still retried is none of them", async () => {
  const { summaryText } = await import('../src/report/summary-text.js');
  const { AddressLists } = await import('../src/report/address-lists.js');
  const items = [
    // the sender's own hourly limit (the messages were discarded) and a receiver's rate limit (still retried)
    [await one(dsn({ recipient: 'ana@example.com', status: '5.0.0', code: '550', text: 'Domain example.org has exceeded the max emails per hour (500/500 (100%)) allowed. Message discarded.' }), 'en', 'b#1')],
    [await one(dsn({ recipient: 'bia@example.net', status: '4.7.28', code: '421', action: 'delayed', text: 'Our system has detected an unusual rate of unsolicited mail originating from your IP address.' }), 'en', 'b#2')],
    // greylisting the server still retries: nobody acts, not the sender's problem
    [await one(dsn({ recipient: 'caio@example.org', status: '4.7.1', code: '450', action: 'delayed', text: '<caio@example.org>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.org.html' }), 'en', 'b#3')],
    [await one(userUnknown('gone@example.com'), 'en', 'b#4')],
  ];
  assert.equal(items[0]![0]!.replyCode, '550', "the ratio's 500 is no reply code");
  const html = render(items, 'en');
  assert.ok(html.indexOf('<section id="sender">') < html.indexOf('<section id="remove">'), 'the sender section comes before the lists');
  const sender = section(html, 'sender');
  // two groups of one reason, each in its own words: the discarded messages are not told "the server retries"
  assert.match(sender, /Your account reached your mail provider&#39;s sending limit/);
  assert.match(sender, /The receiving server is limiting how fast it accepts mail from you/);
  assert.doesNotMatch(sender, /Greylist|greylist/);
  // each problem quotes the server's own words and lists the addresses to send to again once fixed
  assert.match(sender, /The server&#39;s reply: <code>Domain example\.org has exceeded the max emails per hour/);
  assert.match(sender, /<summary>1 address affected \(send to them again once fixed\)<\/summary><ul class="addresses"><li>ana@example\.com<\/li>/);
  // the receiver's rate limit is its own group, with its own words and its address; not one more address to retry
  assert.match(sender, /bia@example\.net/);
  // (the section of addresses to retry is left out when only the server's own retries remain)
  assert.doesNotMatch(html.includes('<section id="retry">') ? section(html, 'retry') : '', /bia@example\.net|ana@example\.com/);
  const tally = new Tally();
  const lists = new AddressLists();
  for (const results of items) { tally.addItem(results); results.forEach((r) => lists.add(r)); }
  assert.equal(tally.senderSide, 2);
  const text = summaryText(tally, 'en', false, lists);
  // the sender's own account limit is named as such, not as the receiver's rate limit
  assert.match(text, /On your side, fix before the next send[^\n]*:\n\s+1\s+Sending rate limited — Google 4\.7\.28 \(the server still retries\): [^\n]+\n\s+1\s+Your account's sending limit: [^\n]+\n\n/);
  assert.match(text, /Your account reached your mail provider's sending limit/);
});

test('the domain counts go by the address on the list, not a forward that failed under another', async () => {
  const tally = new Tally();
  tally.addItem([await one(dsn({ recipient: 'ana@forward.example.net', original: 'ana@example.com' }), 'en', 'c#1')]);
  assert.deepEqual(tally.domains().map(([d]) => d), ['example.com']);
});

test("the lists' groups are named as the results show them: greylisting is no block, a delay still retried no expired delivery", async () => {
  const log = [
    'Nov 28 11:00:01 mail postfix/smtp[2001]: A1B2C3D4E5: to=<ana@example.com.br>, relay=mx.example.com.br[192.0.2.20]:25, delay=1, delays=0.1/0/0.5/0.4, dsn=4.7.1, status=deferred (host mx.example.com.br[192.0.2.20] said: 451 4.7.1 Greylisting in action, please come back later (in reply to RCPT TO command))',
  ].join('\n') + '\n';
  const results = await analyze(log, { lang: 'pt-BR', file: 'mail.log' });
  // a delay warning (Action: delayed) of a message the server keeps trying: Sisimai's "expired"
  const delayed = await one(dsn({ recipient: 'bia@example.org', action: 'delayed', status: '4.4.7', code: '', text: 'Message delayed: delivery attempts will continue' }), 'pt-BR', 'b#1');
  assert.equal(delayed.reason, 'expired');
  // (deferrals the server still retries: listed apart from the addresses to retry)
  const html = section(render([results, [delayed]], 'pt-BR'), 'still-trying');
  assert.match(html, /<h3>Adiamento proposital \(greylisting\) <small>/);
  assert.doesNotMatch(html, /Servidor de envio bloqueado/);
  assert.match(html, /<h3>Entrega atrasada \(o servidor ainda tenta\) <small>/);
});

test('a sender-side problem whose results name no recipient is not "at 0 domains"', () => {
  assert.equal(REPORTS['pt-BR'].html.sender.affected('1', '0'), '1 resultado, sem destinatário informado');
  assert.equal(REPORTS.en.html.sender.affected('2', '1'), '2 results at 1 domain');
  assert.equal(REPORTS.en.html.sender.affected('1', '0'), '1 result, no recipient named');
});

test('counts that reconcile: an address on the remove list is not listed again under a problem on the sender\'s side; the domain table counts those on their own', async () => {
  const { mailboxReport } = await import('../src/report/mailbox-report.js');
  const items = [
    [await one(userUnknown('ana@example.com'), 'pt-BR', 'a#1')],
    [await one(authFailure('ana@example.com'), 'pt-BR', 'a#2')],
    [await one(authFailure('bia@example.com'), 'pt-BR', 'a#3')],
    [await one(mailboxFull('caio@example.com'), 'pt-BR', 'a#4')],
  ];
  const html = render(items, 'pt-BR');
  const words = REPORTS['pt-BR'].html;
  const sender = section(html, 'sender');
  assert.ok(sender.includes('<li>bia@example.com</li>') && !sender.includes('<li>ana@example.com</li>'), sender);
  assert.ok(sender.includes(escapeHtml(words.sender.alsoRemoved('1'))));
  assert.ok(section(html, 'remove').includes('ana@example.com'));
  // example.com: 4 results, 1 to remove, 1 to retry, 2 on the sender's side
  const domains = section(html, 'domains');
  assert.ok(domains.includes(`<th class="n">${words.domains.sender}</th>`));
  assert.ok(domains.includes('<td>example.com</td><td class="n">4</td><td class="n">1</td><td class="n">1</td><td class="n">2</td><td class="n">0</td>'), domains);
  // the API's and the page's report list the same
  const report = mailboxReport(items.flat(), 4, 'pt-BR');
  assert.deepEqual(report.sender.flatMap((g) => g.addresses), ['bia@example.com']);
});

test('a run that read nothing says so in the report, not only on the terminal', () => {
  const html = render([], 'pt-BR');
  assert.ok(html.includes(escapeHtml(REPORTS['pt-BR'].html.nothingRead)));
  assert.ok(!render([[notBounceResult({ lang: 'pt-BR', file: 'a' })]], 'pt-BR').includes('id="nothing-read"'));
});

test('failures whose notice names no recipient have a row of their own in the domain table', async () => {
  const r = await one(userUnknown('ana@example.com'), 'pt-BR', 'a#1');
  const html = render([[r], [{ ...r, recipient: null, originalRecipient: null, file: 'a#2' }]], 'pt-BR');
  assert.ok(section(html, 'domains').includes(`<td><em>${escapeHtml(REPORTS['pt-BR'].summary.noRecipient)}</em></td><td class="n">1</td>`));
  // also when no failure names one
  const none = render([[{ ...r, recipient: null, originalRecipient: null }]], 'pt-BR');
  assert.ok(section(none, 'domains').includes(`<td><em>${escapeHtml(REPORTS['pt-BR'].summary.noRecipient)}</em></td><td class="n">1</td>`));
});

test("groups of one reason are told apart by their rule's provider and code, and by whether the server still retries", async () => {
  const { mailboxReport } = await import('../src/report/mailbox-report.js');
  const gmail = "550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser - gsmtp";
  const items = [
    [await one(dsn({ recipient: 'ana@example.com', status: '5.1.1', code: '550', text: gmail }), 'en', 'g#1')],
    [await one(userUnknown('gone@example.com'), 'en', 'g#2')],
    [await one(dsn({ recipient: 'bia@example.net', status: '5.7.606', code: '550', text: '5.7.606 Access denied, banned sending IP [192.0.2.1]. To request removal from this list please visit https://sender.office.com/' }), 'en', 'g#3')],
    [await one(dsn({ recipient: 'caio@example.org', status: '5.7.1', code: '554', text: 'Service unavailable; Client host [192.0.2.1] blocked using a block list' }), 'en', 'g#4')],
    [await one(dsn({ recipient: 'dora@example.org', status: '4.7.1', code: '450', action: 'delayed', text: 'Service unavailable; Client host [192.0.2.1] blocked using a block list' }), 'en', 'g#5')],
  ];
  assert.equal(items[0]![0]!.signature, 'google:5.1.1-no-such-user');
  assert.equal(items[2]![0]!.signature, 'microsoft:5.7.606-banned-sending-ip');
  const html = render(items, 'en');
  const headings = (id: string) => [...section(html, id).matchAll(/<h3>([^<]*)/g)].map((m) => m[1]!.trim());
  assert.deepEqual(headings('remove').filter((h) => h.startsWith('Address does not exist')).sort(), ['Address does not exist', 'Address does not exist — Google 5.1.1']);
  const sender = headings('sender');
  assert.ok(sender.includes('Sending server blocked — Microsoft 5.7.606'), sender.join(' | '));
  assert.equal(new Set(sender).size, sender.length, `no two alike: ${sender.join(' | ')}`);
  assert.ok(sender.some((h) => h.endsWith('(the server still retries)')), sender.join(' | '));
  // the page's and the API's report name them alike
  const report = mailboxReport(items.flat(), items.length, 'en');
  assert.ok(report.remove.some((g) => g.name === 'Address does not exist — Google 5.1.1'), JSON.stringify(report.remove.map((g) => g.name)));
  assert.ok(report.sender.some((g) => g.name === 'Sending server blocked — Microsoft 5.7.606'));
});

test('on a narrow screen the charts keep their size and scroll sideways in their own box (shrunk, their words were unreadable)', async () => {
  const html = render(await sample('en'), 'en');
  assert.match(section(html, 'reasons'), /<div class="chart-wrap"><svg class="chart"/);
  assert.match(section(html, 'kinds'), /<div class="chart-wrap"><svg class="chart"/);
  assert.match(html, /\.chart-wrap\{overflow-x:auto\}/);
  assert.match(html, /@media \(max-width:\d+px\)\{svg\.chart\{max-width:none\}\}/);
});

test("a group's code is the rule's enhanced code, not the reply code its provider's rules share; an any-class code is the result's own", async () => {
  const { groupName } = await import('../src/report/tally.js');
  const base = { kind: 'permanent', reason: 'securityerror', action: 'failed', retry: 'after-fix', feedbackType: null, lang: 'en' } as const;
  const appPassword = groupName({ ...base, signature: 'google:534-5.7.9-app-password', status: '5.7.9' });
  const webLogin = groupName({ ...base, signature: 'google:534-5.7.14-web-login', status: '5.7.14' });
  assert.match(appPassword, / — Google 5\.7\.9$/);
  assert.match(webLogin, / — Google 5\.7\.14$/);
  assert.match(groupName({ ...base, reason: 'authfailure', signature: 'google:x.7.26-unauthenticated', status: '5.7.26' }), / — Google 5\.7\.26$/);
  assert.match(groupName({ ...base, reason: 'blocked', signature: 'microsoft:s3150-block-list', status: '5.7.1' }), / — Microsoft S3150$/);
});

test("a rule that stands for several codes is headed and grouped by the one its reply gives (S3140, 5.7.612), not by its id's", async () => {
  const { groupKey, groupName } = await import('../src/report/tally.js');
  const base = { kind: 'permanent', reason: 'blocked', action: 'failed', retry: 'after-fix', feedbackType: null, lang: 'en' } as const;
  const s3140 = { ...base, signature: 'microsoft:s3150-block-list', status: '5.7.1', diagnostic: '550 5.7.1 Unfortunately, messages from [192.0.2.1] weren\'t sent. Please contact your Internet service provider since part of their network is on our block list (S3140).' };
  const s3150 = { ...s3140, diagnostic: s3140.diagnostic.replace('S3140', 'S3150') };
  assert.match(groupName(s3140), / — Microsoft S3140$/);
  assert.match(groupName(s3150), / — Microsoft S3150$/);
  assert.notEqual(groupKey(s3140), groupKey(s3150));
  // a code that only looks like one (inside a word, or with more digits) is not taken
  assert.match(groupName({ ...s3140, diagnostic: 'part of their network is on our block list (xs3140, S31400)' }), / — Microsoft S3150$/);
  const banned = { ...base, signature: 'microsoft:5.7.606-banned-sending-ip', status: '5.7.612', diagnostic: '550 5.7.612 Access denied, banned sending IP [192.0.2.1]' };
  assert.match(groupName(banned), / — Microsoft 5\.7\.612$/);
  assert.notEqual(groupKey(banned), groupKey({ ...banned, status: '5.7.606', diagnostic: banned.diagnostic.replace('612', '606') }));
});

test('rules with words of their own that no provider name tells apart give names of their own (else two groups would read alike)', async () => {
  const { groupName } = await import('../src/report/tally.js');
  const { SIGNATURE_BY_ID } = await import('../src/knowledge/signatures/index.js');
  for (const lang of ['pt-BR', 'en'] as const) {
    const byName = new Map<string, string>();
    for (const s of SIGNATURE_BY_ID.values()) {
      if (!s.ownWords) continue;
      const r = { kind: 'permanent', reason: s.reason, signature: s.id, action: 'failed', retry: 'after-fix', feedbackType: null, lang, status: '' } as const;
      const name = groupName(r);
      // a pasted twin of one rule ("-pasted") is the same situation
      const other = byName.get(name);
      assert.ok(other === undefined || other.replace(/-pasted$/, '') === s.id.replace(/-pasted$/, ''), `${lang}: ${other} and ${s.id} both read "${name}"`);
      byName.set(name, s.id);
    }
  }
});

test('a bounce whose only reading is a catch-all status names nothing on the sender\'s side, read from a file as from a paste', async () => {
  const { isSenderSide } = await import('../src/report/tally.js');
  const { lite } = await import('../src/cli/render.js');
  const text = 'Sorry, the service is currently unavailable';
  const fromFile = await one(dsn({ recipient: 'ana@example.com', status: '4.7.1', code: '451', text }), 'en', 'a.eml');
  const [pasted] = await analyze(`451 4.7.1 ${text}`, { lang: 'en' });
  // the file's result has its decoder's evidence beside the status's: it counted as a security error to fix
  assert.ok(fromFile.evidence.some((e) => e.rule.startsWith('decoder:')));
  for (const r of [fromFile, pasted!]) {
    assert.equal(isSenderSide(r), false, r.file ?? 'pasted');
    assert.equal(isSenderSide(lite(r)), false, `${r.file ?? 'pasted'} (the CLI's lite result)`);
    assert.notEqual(r.listAction, 'fix-your-side', r.file ?? 'pasted');
  }
});

test('addresses the server still retries are counted and headed apart from those to retry, as --summary does; each group says when resending helps', async () => {
  const { mailboxReport } = await import('../src/report/mailbox-report.js');
  const { summaryText } = await import('../src/report/summary-text.js');
  const { AddressLists } = await import('../src/report/address-lists.js');
  const { CATALOGS } = await import('../src/i18n/catalog.js');
  const items = [
    // a full mailbox the server gave up on: to retry later
    [await one(dsn({ recipient: 'ana@example.com', status: '4.2.2', code: '452', text: '<ana@example.com>: Mailbox full', action: 'failed' }), 'pt-BR', 'q#1')],
    // a full mailbox and a refusal by the recipient's policy that the server still retries: not to resend
    [await one(dsn({ recipient: 'bia@example.net', status: '4.2.2', code: '452', text: '<bia@example.net>: Mailbox full', action: 'delayed' }), 'pt-BR', 'q#2')],
    [await one('450 4.7.1 <caio@example.org>: Message rejected due to local policy', 'pt-BR', 'q#3')],
  ];
  const r = items[2]![0]!;
  assert.deepEqual([r.kind, r.retry, r.retryText, r.listAction], ['transient', 'after-fix', CATALOGS['pt-BR'].ui.retryAfterFixQueued, 'retry']);
  const html = render(items, 'pt-BR');
  const h = REPORTS['pt-BR'].html;
  assert.match(section(html, 'totals'), /id="total-retry"><span class="num">1</);
  assert.match(section(html, 'totals'), new RegExp(`id="total-still-trying"><span class="num">2</span><span class="lbl">${escapeHtml(h.totals.stillTrying).replace(/[()]/g, '\\$&')}<`));
  const retry = section(html, 'retry');
  assert.ok(retry.includes('ana@example.com') && !retry.includes('bia@example.net') && !retry.includes('caio@example.org'), retry);
  const still = section(html, 'still-trying');
  assert.ok(still.includes(`<h2>${escapeHtml(h.stillTrying.heading)}</h2>`), still);
  assert.ok(still.includes('bia@example.net') && still.includes('caio@example.org'), still);
  // the group's words say the server retries, not "resend once the cause is fixed"
  const ui = CATALOGS['pt-BR'].ui;
  assert.ok(still.includes(`<strong>${escapeHtml(ui.retryAfterFixQueued)}</strong>`), still);
  assert.ok(!still.includes(escapeHtml(ui.retry['after-fix'])), still);
  // --summary counts the same: 1 to retry later, 2 still in the queue
  const tally = new Tally();
  const lists = new AddressLists();
  for (const results of items) for (const x of tally.addItem(results)) lists.add(x);
  const text = summaryText(tally, 'pt-BR', false, lists);
  const a = REPORTS['pt-BR'].summary.actions;
  assert.match(text, new RegExp(`1  ${a.retry(1)}\\n`));
  assert.ok(text.includes(`2  ${a.stillTrying(2)}`), text);
  // the API's and the web page's report mark those groups and count them
  const report = mailboxReport(items.flat(), items.length, 'pt-BR');
  assert.deepEqual([report.retryCount, report.stillTryingCount], [3, 2]);
  assert.deepEqual(report.retry.filter((g) => g.stillTrying).flatMap((g) => g.addresses).sort(), ['bia@example.net', 'caio@example.org']);
  assert.ok(report.retry.some((g) => g.retryWords === ui.retryAfterFixQueued));
});

test('the remove list\'s intro: the addresses that exist first, "the others" after, and none of them called invalid', () => {
  for (const lang of ['pt-BR', 'en'] as const) {
    const intro = REPORTS[lang].html.remove.intro;
    const both = intro({ failed: true, complaints: false, refused: true });
    // one sentence says they exist: no sentence before it says "these addresses no longer exist"
    assert.match(both, lang === 'pt-BR' ? /^Alguns destes endereços existem, .* Os outros não existem mais/ : /^Some of these addresses exist, .* The others no longer exist/);
    assert.doesNotMatch(both, /inválidos|invalid/);
    assert.doesNotMatch(intro({ failed: false, complaints: false, refused: true }), /inválidos|invalid/);
    // without refused addresses, the words are as before
    assert.match(intro({ failed: true, complaints: false, refused: false }), lang === 'pt-BR' ? /^Estes endereços não existem mais.*inválidos/ : /^These addresses no longer exist.*invalid/);
  }
});
