// End-to-end: the real server on 127.0.0.1 and a free port, the built page (npm run build:web) and
// Debian's Chromium driven by playwright-core. Skipped, with a message, when /usr/bin/chromium is missing.
// SMTP_EXPLAIN_SCREENSHOT=docs/screenshot.png also writes a screenshot of the page with results.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CATALOGS } from '../src/i18n/catalog.js';
import { CSV_BOM, csvHeader, csvRow } from '../src/report/csv.js';
import { REPORTS } from '../src/report/catalog.js';
import type { Result } from '../src/result.js';
import { PAGE_TEXT } from '../src/i18n/page-text.js';
import { startServer, type RunningServer } from '../src/server/serve.js';
import { FULL_BRUNO, GMAIL_511, REMOVE_LOG, UNKNOWN_ANA, postfixLine, twoRecipientDsn } from './web-fixtures.js';
import { ndrMsg } from './msg-fixtures.js';
import { zipOf } from './archive-fixtures.js';
import { quotedLang } from '../web/src/text-lang.js';
import { authFailure, mailboxFull, mbox, parseCsv, userUnknown } from './mailbox-helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const WEB_ROOT = fileURLToPath(new URL('../dist/web/', import.meta.url));
const skip = existsSync(CHROMIUM)
  ? false
  : `browser tests skipped: Debian chromium is not installed at ${CHROMIUM} (apt-get install -y chromium)`;



const pt = { page: PAGE_TEXT['pt-BR'], cat: CATALOGS['pt-BR'] };
/** What the page read when no input was a mail log. */
const messagesRead = (messages: number) => ({ messages, logs: 0, logLines: 0 });
const en = { page: PAGE_TEXT.en, cat: CATALOGS.en };

let server: RunningServer;
let browser: Browser;

before(async () => {
  if (skip) return;
  assert.ok(existsSync(`${WEB_ROOT}index.html`), `the web page is not built: run "npm run build:web" (looked in ${WEB_ROOT})`);
  server = await startServer({ port: 0, host: '127.0.0.1', webRoot: WEB_ROOT, logError: () => {} });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

interface Watched {
  page: Page;
  context: BrowserContext;
  /** Console errors, page errors and CSP violations. */
  problems: string[];
  /** Requests after the page loaded (anything the analysis might send). */
  requests: string[];
  /** Navigations of the main frame. */
  navigations: () => number;
}

interface OpenOptions {
  viewport?: { width: number; height: number };
  /** The browser's language (navigator.languages); Portuguese unless a test says otherwise. */
  locale?: string;
  /** Lets the page and the test use the clipboard (a real Ctrl+V). */
  clipboard?: boolean;
  reducedMotion?: 'reduce' | 'no-preference';
  /** A touch phone: a touch screen and no mouse (no hover, a coarse pointer). */
  phone?: boolean;
}

async function open(path: string, options: OpenOptions = {}): Promise<Watched> {
  const { viewport = { width: 1100, height: 900 }, locale = 'pt-BR', clipboard = false, reducedMotion, phone = false } = options;
  const context = await browser.newContext({
    viewport, locale, reducedMotion, permissions: clipboard ? ['clipboard-read', 'clipboard-write'] : [],
    ...(phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const problems: string[] = [];
  const requests: string[] = [];
  let navigations = 0;
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('framenavigated', (f) => { if (f === page.mainFrame()) navigations++; });
  await page.goto(server.url + path, { waitUntil: 'load' });
  // the browser may fetch the icon late, and the page its own code (the analysis worker) on first use;
  // anything else after load would be the analysis talking to a server
  const ownCode = (url: string) => url.startsWith(server.url) && /^\/(?:favicon\.svg|assets\/[\w-]+\.js)$/.test(url.slice(server.url.length));
  page.on('request', (r) => { if (r.method() !== 'GET' || !ownCode(r.url())) requests.push(`${r.method()} ${r.url()}`); });
  return { page, context, problems, requests, navigations: () => navigations };
}

async function close(w: Watched): Promise<void> {
  await w.context.close();
  assert.deepEqual(w.problems, [], 'the page logged errors (CSP violations show up here)');
}

test('paste a Gmail 5.1.1 reply: the Portuguese answer appears without a reload, nothing is sent', { skip }, async () => {
  const w = await open('/');
  const { page } = w;
  assert.equal(await page.getAttribute('html', 'lang'), 'pt-BR');
  assert.equal((await page.locator('h1').textContent())?.trim(), pt.page.tagline);
  assert.ok((await page.locator('#privacy').textContent())?.includes('nada do que você cola'), 'the page says nothing is uploaded');

  const box = page.getByLabel(pt.page.textLabel);
  await box.fill(GMAIL_511);
  await box.dispatchEvent('paste');
  const card = page.locator('article.card').first();
  await card.waitFor();
  assert.equal((await card.locator('h3 .card-summary-text').textContent())?.trim(), pt.cat.reasons.userunknown.summary);
  assert.equal(await page.locator('article.card').count(), 1);
  assert.equal((await card.locator('.badge-permanent').textContent())?.trim(), pt.cat.ui.kind.permanent);
  // the decision the user came for, in plain words, right under the heading
  assert.equal((await card.locator('.verdict').textContent())?.trim(), pt.cat.ui.verdict.remove);
  assert.ok(await card.locator('dt', { hasText: pt.cat.ui.label.advice }).count());
  assert.ok(await card.locator('dt', { hasText: pt.cat.ui.label.whoActs }).count());
  assert.equal(await card.locator('a[href="/codigos/5.1.1"]').count(), 1);
  assert.equal(await card.locator('a[href="/codigos/550"]').count(), 1);
  // the reason by its name and id, and where Google documents the rule (its host as the link's text)
  assert.ok((await card.textContent())?.includes(`${pt.cat.ui.reasonName.userunknown} userunknown`));
  // the reason's id beside its name is marked English and secondary: a screen reader does not read it with a Portuguese voice
  assert.deepEqual(await card.locator('code.reason-id').evaluate((el) => [el.getAttribute('lang'), el.textContent]), ['en', 'userunknown']);
  assert.equal(await card.locator('a[href^="https://support.google.com/"]', { hasText: 'support.google.com' }).count(), 1);

  // evidence sits behind a closed disclosure that opens with the keyboard
  const details = card.locator('details.evidence');
  assert.equal(await details.getAttribute('open'), null);
  assert.equal(await details.locator('tbody tr').first().isVisible(), false);
  await details.locator('summary').focus();
  await page.keyboard.press('Enter');
  assert.notEqual(await details.getAttribute('open'), null);
  assert.equal(await details.locator('tbody tr').first().isVisible(), true);

  // the explain button runs it again, still without navigation
  await page.getByRole('button', { name: pt.page.explain }).click();
  await explained(page);
  await page.locator('article.card').first().waitFor();
  assert.equal(w.navigations(), 1, 'the page navigated');
  assert.deepEqual(w.requests, [], 'the analysis made network requests');

  if (process.env['SMTP_EXPLAIN_SCREENSHOT']) {
    const path = process.env['SMTP_EXPLAIN_SCREENSHOT'];
    mkdirSync(dirname(path), { recursive: true });
    await page.locator('article.card').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path, fullPage: true });
  }
  await close(w);
});

test('an address removed though no hard bounce (a full mailbox abandoned for long): the card says to remove it, not "hard bounce: no"', { skip }, async () => {
  const w = await open('/');
  const { page } = w;
  const box = page.getByLabel(pt.page.textLabel);
  await box.fill('552-5.2.2 The email account that you tried to reach is over quota and inactive. 552 5.2.2 https://support.google.com/mail/?p=OverQuotaPerm - gsmtp');
  await box.dispatchEvent('paste');
  const card = page.locator('article.card').first();
  await card.waitFor();
  assert.equal((await card.locator('.verdict').textContent())?.trim(), pt.cat.ui.verdict.remove);
  // the technical term, explained, comes after the verdict, among the technical rows
  const row = card.locator('dt', { hasText: pt.page.hardBounceExplained }).locator('xpath=following-sibling::dd[1]');
  assert.equal((await row.textContent())?.trim(), pt.cat.ui.label.noButRemove);
  const labels = await card.locator('dt').allTextContents();
  assert.equal(labels.indexOf(pt.page.hardBounceExplained), labels.indexOf(pt.cat.ui.label.reason) + 1, labels.join(' | '));
  await close(w);
});

test('a refusal whose address is kept: the card says to try again or to fix your side, and its badge does not say "falha permanente"', { skip }, async () => {
  for (const [path, words] of [['/', pt], ['/?lang=en', en]] as const) {
    const w = await open(path);
    const { page } = w;
    const box = page.getByLabel(words.page.textLabel);
    for (const [said, verdict] of [
      ['552 5.2.2 <bruno@example.org>: Mailbox full', words.cat.ui.verdict.retry],
      ['550 5.7.1 Message rejected as spam by Content Filtering', words.cat.ui.verdict['fix-your-side']],
    ] as const) {
      await box.fill(said);
      await page.getByRole('button', { name: words.page.explain }).click();
      const card = page.locator('article.card').first();
      await card.locator('.verdict', { hasText: verdict }).waitFor();
      assert.equal((await card.locator('.badge-permanent').textContent())?.trim(), words.page.failedThisTime);
      assert.ok(!(await card.textContent())?.includes(words.cat.ui.kind.permanent), 'no "permanent failure" beside the verdict');
      // the status line says the badge's words too
      const status = (await page.locator('#status').textContent()) ?? '';
      assert.ok(status.toLowerCase().includes(words.page.failedThisTime), status);
    }
    await close(w);
  }
});

test('drop a DSN file with two recipients: two cards; pick an mbox: summary and lists', { skip }, async () => {
  const w = await open('/');
  const { page } = w;
  // a real drop event with a File in its DataTransfer
  const dataTransfer = await page.evaluateHandle(`(() => {
    const dt = new DataTransfer();
    dt.items.add(new File([${JSON.stringify(twoRecipientDsn())}], 'bounce.eml', { type: 'message/rfc822' }));
    return dt;
  })()`);
  await page.dispatchEvent('#drop-zone', 'drop', { dataTransfer });
  await page.locator('article.card').nth(1).waitFor();
  assert.equal(await page.locator('article.card').count(), 2);
  const texts = await page.locator('article.card').allTextContents();
  assert.ok(texts[0]!.includes('ana@example.org') && texts[1]!.includes('bruno@example.org'), texts.join('\n'));
  assert.equal((await page.locator('article.card h3 .card-summary-text').first().textContent())?.trim(), pt.cat.reasons.userunknown.summary);
  assert.ok(texts[0]!.includes('bounce.eml'), 'the card names the file');

  // the file picker, with an mbox of two bounces: a summary and the lists of the mailbox
  const mbox = `From MAILER-DAEMON Fri Nov 28 10:00:00 2025\n${twoRecipientDsn('ana', 'bruno')}\n` +
    `From MAILER-DAEMON Fri Nov 28 10:05:00 2025\n${twoRecipientDsn('carla', 'davi')}`;
  await page.setInputFiles('#input-files', { name: 'bounces.mbox', mimeType: 'application/mbox', buffer: Buffer.from(mbox) });
  await page.locator('section.summary').waitFor();
  assert.equal(await page.locator('article.card').count(), 4);
  assert.equal(await page.locator('section.summary .count-read .count-number').textContent(), '2');
  assert.equal(await page.locator('section.summary .count-results .count-number').textContent(), '4');
  assert.equal((await page.locator('#status').textContent())?.trim(), pt.page.summaryCounts(messagesRead(2), 4));
  const remove = await page.locator('.list-remove li').allTextContents();
  assert.deepEqual(remove, ['ana@example.org', 'carla@example.org']);
  assert.equal((await page.locator('.list-remove h4').textContent())?.trim(), `${REPORTS['pt-BR'].html.remove.heading} (2)`);
  // the full mailboxes the server still retries (Action: delayed) in a list of their own, as --summary and
  // the HTML report count them: not to resend
  assert.deepEqual(await page.locator('.list-retry li').allTextContents(), []);
  assert.deepEqual(await page.locator('.list-still-trying li').allTextContents(), ['bruno@example.org', 'davi@example.org']);
  assert.equal((await page.locator('.list-still-trying h4').textContent())?.trim(), `${REPORTS['pt-BR'].html.stillTrying.heading} (2)`);
  assert.equal(await page.locator('section.summary .count-still-trying .count-number').textContent(), '2');
  // (no "0 to retry" above them: the only retry there is the server's own)
  assert.equal(await page.locator('section.summary .count-retry').count(), 0);
  assert.equal(await page.locator('.list-retry .repeated').count(), 0);

  // every result as the CLI's CSV, built in the page: nothing is sent anywhere
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button.download-csv').click()]);
  assert.equal(download.suggestedFilename(), 'smtp-explain.csv');
  const csv = readFileSync((await download.path())!, 'utf8');
  const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
  assert.ok(csv.startsWith('\uFEFF'), 'a BOM, for spreadsheets');
  assert.equal(lines[0], csvHeader('pt-BR').trimEnd());
  assert.equal(lines.length, 5);
  assert.ok(lines[1]!.startsWith('ana@example.org;example.org;'), lines[1]); // Brazilian spreadsheets split on ';'

  // the same mailbox full in three bounces over three weeks: pointed out below the retry list
  const again = [7, 14, 28].map((day) => `From MAILER-DAEMON Fri Nov ${day} 10:00:00 2025\n${twoRecipientDsn('ana', 'bruno', `${day} Nov 2025 10:00:00 -0300`)}`).join('\n');
  await page.setInputFiles('#input-files', { name: 'again.mbox', mimeType: 'application/mbox', buffer: Buffer.from(again) });
  await page.locator('.list-retry .repeated').waitFor();
  assert.deepEqual(await page.locator('.list-retry .repeated li').allTextContents(), [`bruno@example.org (${REPORTS['pt-BR'].html.timesOver(3, 21)})`]);
  assert.equal((await page.locator('.list-retry .repeated h5').textContent())?.trim(), `${REPORTS['pt-BR'].html.retry.repeated.heading(3)} (1)`);
  assert.deepEqual(w.requests, [], 'reading files made network requests');
  await close(w);
});

test('an mbox holding one bounce twice counts it once; an address that wrote after its failure is to check, not to remove', { skip }, async () => {
  const w = await open('/');
  const { page } = w;
  const twice = `From MAILER-DAEMON Fri Nov 28 10:00:00 2025\n${twoRecipientDsn('ana', 'bruno')}\n`.repeat(2);
  await page.setInputFiles('#input-files', { name: 'twice.mbox', mimeType: 'application/mbox', buffer: Buffer.from(twice) });
  await page.locator('section.summary').waitFor();
  // the repeated message's cards are not shown again: a note says so
  assert.equal(await page.locator('article.card').count(), 2, 'each notice\'s cards once');
  assert.equal((await page.locator('#cards > p.muted').textContent())?.trim(), pt.page.repeatedLeftOut(1));
  assert.equal(await page.locator('section.summary .count-read .count-number').textContent(), '2');
  assert.equal((await page.locator('section.summary .count-repeated').textContent())?.trim(), REPORTS['pt-BR'].html.totals.repeated(1, '1'));
  assert.equal(await page.locator('section.summary .count-results .count-number').textContent(), '2');
  assert.deepEqual(await page.locator('.list-remove li').allTextContents(), ['ana@example.org']);

  const wrote = 'Sat, 22 Nov 2025 18:30:00 -0300';
  const alive = mbox([
    userUnknown('roberto@example.org', { date: 'Mon, 3 Nov 2025 10:00:00 -0300' }),
    ['From: Roberto <roberto@example.org>', 'To: news@example.com', 'Subject: Re: Novidades', `Date: ${wrote}`, '', 'Obrigado pelas novidades.', ''].join('\n'),
  ]);
  await page.setInputFiles('#input-files', { name: 'alive.mbox', mimeType: 'application/mbox', buffer: Buffer.from(alive) });
  await page.locator('.list-remove .check').waitFor();
  assert.deepEqual(await page.locator('.list-remove .check li').allTextContents(), [`roberto@example.org (${REPORTS['pt-BR'].html.alive.wrote('22/11/2025 às 18:30 (UTC−03:00)')})`]);
  assert.equal(await page.locator('.list-remove .group:not(.check) li').count(), 0, 'not on the list to remove');
  // the reply's card names who wrote it
  assert.equal(await page.locator('article.card p.recipient', { hasText: pt.cat.ui.label.writtenBy }).textContent(), `(${pt.cat.ui.label.writtenBy} roberto@example.org)`);
  // the page's CSV says so too: its action, and the last column's token
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button.download-csv').click()]);
  const rows = parseCsv(readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '')).filter((r) => r[0] === 'roberto@example.org');
  assert.deepEqual(rows.map((r) => [r[11], r[16]]), [[REPORTS['pt-BR'].csv.checkFirst, 'check']]);
  assert.deepEqual(w.requests, [], 'reading files made network requests');
  await close(w);
});

test('paste lines of a mail log, then drop one: a card per failed delivery, named by its line in the file', { skip }, async () => {
  const w = await open('/');
  const { page } = w;
  const line = (to: string, status: string, said: string) =>
    `Nov 28 10:00:00 mail postfix/smtp[1]: 4ABC: to=<${to}>, relay=mx.example.org[192.0.2.20]:25, delay=1, delays=0/0/0/1, dsn=${said.slice(4, 9)}, status=${status} (host mx.example.org[192.0.2.20] said: ${said})`;
  const log = [line('ana@example.org', 'bounced', '550 5.1.1 User unknown'), line('bia@example.com', 'sent', '250 2.0.0 Ok'), line('caio@example.net', 'deferred', '452 4.2.2 Mailbox full')].join('\n');
  const box = page.getByLabel(pt.page.textLabel);
  await box.fill(log);
  await box.dispatchEvent('paste');
  await page.locator('article.card').nth(1).waitFor();
  assert.deepEqual((await page.locator('article.card h3 .card-summary-text').allTextContents()).map((t) => t.trim()), [pt.cat.reasons.userunknown.summary, pt.cat.reasons.mailboxfull.summary]);
  await page.setInputFiles('#input-files', { name: 'mail.log', mimeType: 'text/plain', buffer: Buffer.from(log) });
  await page.locator('article.card', { hasText: 'mail.log:3' }).waitFor();
  const texts = await page.locator('article.card').allTextContents();
  assert.equal(texts.length, 2);
  assert.ok(texts[0]!.includes('mail.log:1') && texts[1]!.includes('mail.log:3'), texts.join('\n'));
  assert.equal(await page.locator('section.summary').count(), 0, 'two results need no summary');
  // the same log rotated and compressed: unpacked in the page
  const { gzipSync } = await import('node:zlib');
  await page.setInputFiles('#input-files', { name: 'mail.log.1.gz', mimeType: 'application/gzip', buffer: gzipSync(log) });
  await page.locator('article.card', { hasText: 'mail.log.1.gz:3' }).waitFor();
  assert.equal(await page.locator('article.card').count(), 2);
  // the same log and a bounce in a zip (as Windows sends it): each file read in the page, named by its path
  const zip = zipOf([{ name: 'export/', data: '' }, { name: 'export/mail.log.1.gz', data: gzipSync(log) }, { name: 'export/aviso.eml', data: userUnknown('dora@example.com') }]);
  await page.setInputFiles('#input-files', { name: 'export.zip', mimeType: 'application/x-zip-compressed', buffer: zip });
  await page.locator('article.card', { hasText: 'export.zip/export/aviso.eml' }).waitFor();
  assert.ok((await page.locator('article.card').allTextContents()).some((t) => t.includes('export.zip/export/mail.log.1.gz:3')));
  assert.equal(await page.locator('article.card').count(), 3);
  // a notice saved by a Windows program (Windows-1252): its Portuguese words are read with their accents
  const notice = Buffer.from('Sua mensagem para ana@example.com n\xe3o foi entregue.\nA caixa postal do destinat\xe1rio est\xe1 cheia.\n', 'latin1');
  await page.setInputFiles('#input-files', { name: 'aviso.txt', mimeType: 'text/plain', buffer: notice });
  await page.locator('article.card', { hasText: 'aviso.txt' }).waitFor();
  assert.equal((await page.locator('article.card h3 .card-summary-text').first().textContent())?.trim(), pt.cat.reasons.mailboxfull.summary);
  // a bounce dragged out of Outlook (.msg): read in the page as the report it is
  const msg = ndrMsg([{ smtp: 'dora@example.com', supplementary: '<mx.example.com #5.2.2 smtp;552 5.2.2 <dora@example.com>: Mailbox full>' }]);
  await page.setInputFiles('#input-files', { name: 'nao-entregue.msg', mimeType: 'application/vnd.ms-outlook', buffer: Buffer.from(msg) });
  await page.locator('article.card', { hasText: 'nao-entregue.msg' }).waitFor();
  assert.equal((await page.locator('article.card h3 .card-summary-text').first().textContent())?.trim(), pt.cat.reasons.mailboxfull.summary);
  assert.ok((await page.locator('article.card').first().textContent())!.includes('dora@example.com'));
  // a longer log: the summary, its lists and the CSV, as for a mailbox
  const many = [...Array.from({ length: 6 }, (_, i) => line(`user${i}@example.org`, 'bounced', '550 5.1.1 User unknown').replace('4ABC', `${i}ABC`)), line('bia@example.com', 'sent', '250 2.0.0 Ok')].join('\n');
  await page.setInputFiles('#input-files', { name: 'big.log', mimeType: 'text/plain', buffer: Buffer.from(many) });
  await page.locator('section.summary').waitFor();
  assert.equal(await page.locator('section.summary .count-results .count-number').textContent(), '6');
  // the log's deliveries, the one that went through too: the failures' share of them
  assert.equal(await page.locator('section.summary .log-deliveries').textContent(), '7 envios no log: 6 falharam de vez (85,71%), 1 entregue');
  assert.equal(await page.locator('.list-remove li').count(), 6);
  assert.equal(await page.locator('button.download-csv').count(), 1);
  assert.deepEqual(w.requests, [], 'the analysis made network requests');
  await close(w);
});

test("a log's refusals of incoming mail are counted apart in the summary, and their cards come after the reader's own failures", { skip }, async () => {
  const w = await open('/');
  const { page } = w;
  const failed = (i: number) =>
    `Nov 28 10:00:0${i} mail postfix/smtp[1]: ${i}ABC: to=<user${i}@example.org>, relay=mx.example.org[192.0.2.20]:25, delay=1, delays=0/0/0/1, dsn=5.1.1, status=bounced (host mx.example.org[192.0.2.20] said: 550 5.1.1 User unknown)`;
  const refused = (i: number) =>
    `Nov 28 10:01:0${i} mail postfix/smtpd[2]: NOQUEUE: reject: RCPT from unknown[198.51.100.${i}]: 554 5.7.1 Service unavailable; Client host [198.51.100.${i}] blocked using zen.spamhaus.org; from=<x${i}@example.net> to=<bia@example.com> proto=ESMTP helo=<x>`;
  // the refusals first in the file: their cards still come last
  const log = [refused(1), refused(2), ...[1, 2, 3, 4, 5, 6].map(failed)].join('\n');
  await page.setInputFiles('#input-files', { name: 'mail.log', mimeType: 'text/plain', buffer: Buffer.from(log) });
  await page.locator('section.summary section.inbound').waitFor();
  const heading = (await page.locator('section.summary section.inbound h4').textContent())!;
  assert.ok(heading.startsWith(REPORTS['pt-BR'].inbound.heading) && heading.endsWith('(2)'), heading);
  assert.match((await page.locator('section.summary section.inbound tbody').textContent())!, /blocked\s*2/);
  // not among the addresses to remove
  assert.equal(await page.locator('.list-remove li').count(), 6);
  const files = (await page.locator('article.card h3').allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
  assert.equal(files.length, 8);
  assert.ok(files.slice(0, 6).every((t) => /user\d@example\.org/.test(t)) && files.slice(6).every((t) => t.includes('bia@example.com')), files.join('\n'));
  await close(w);
});

test('a file past the cap of the page is not read: its card says so and points to the command line', { skip }, async () => {
  const { MAX_FILE_BYTES } = await import('../web/src/file-cap.js');
  const w = await open('/');
  const { page } = w;
  // (Playwright takes a file this large by its path only)
  const dir = mkdtempSync(join(tmpdir(), 'smtp-explain-cap-'));
  writeFileSync(join(dir, 'huge.mbox'), Buffer.alloc(MAX_FILE_BYTES + 1, 0x61));
  writeFileSync(join(dir, 'bounce.eml'), twoRecipientDsn());
  await page.setInputFiles('#input-files', [join(dir, 'huge.mbox'), join(dir, 'bounce.eml')]);
  await page.locator('article.card').nth(2).waitFor();
  const first = (await page.locator('article.card').first().textContent()) ?? '';
  assert.ok(first.includes('huge.mbox') && first.includes(pt.page.fileTooLarge.error(101, 100)), first);
  assert.ok(first.includes(pt.page.fileTooLarge.advice), first);
  await close(w);
  rmSync(dir, { recursive: true, force: true });
});

test('switch to English: the page and the results change, the choice is remembered; ?lang=en works', { skip }, async () => {
  const w = await open('/');
  const { page } = w;
  await page.getByLabel(pt.page.textLabel).fill(GMAIL_511);
  await page.getByLabel(pt.page.textLabel).press('Control+Enter');
  await page.locator('article.card').first().waitFor();

  await page.getByRole('button', { name: pt.page.switchToLabel }).click();
  await page.waitForFunction(`document.documentElement.lang === 'en'`);
  assert.equal((await page.locator('h1').textContent())?.trim(), en.page.tagline);
  await page.waitForFunction(`document.querySelector('article.card h3 .card-summary-text')?.textContent === ${JSON.stringify(en.cat.reasons.userunknown.summary)}`);
  assert.equal(await page.locator('article.card a[href="/codes/5.1.1"]').count(), 1);
  assert.match(page.url(), /\?lang=en$/);
  assert.equal(await page.getByLabel(en.page.textLabel).count(), 1);
  assert.equal(await page.getByRole('link', { name: en.page.allCodes }).getAttribute('href'), '/codes');

  // remembered: the plain address opens in English
  await page.goto(server.url + '/');
  assert.equal((await page.locator('h1').textContent())?.trim(), en.page.tagline);
  // and back to Portuguese with the switch; the page's own words in the status line follow it
  await page.getByRole('button', { name: en.page.explain, exact: true }).click();
  await page.waitForFunction(`document.getElementById('input-error').textContent === ${JSON.stringify(en.page.nothingToExplain)}`);
  await page.getByRole('button', { name: en.page.switchToLabel }).click();
  await page.waitForFunction(`document.documentElement.lang === 'pt-BR'`);
  assert.equal(page.url(), server.url + '/');
  assert.equal(await page.locator('#input-error').textContent(), pt.page.nothingToExplain);
  await close(w);

  const fresh = await open('/?lang=en');
  assert.equal(await fresh.page.getAttribute('html', 'lang'), 'en');
  assert.equal(await fresh.page.title(), en.page.title);
  await close(fresh);
});

test('open a code page from a card, switch its language, reach the index', { skip }, async () => {
  const w = await open('/');
  const { page } = w;
  await page.getByLabel(pt.page.textLabel).fill(GMAIL_511);
  await page.getByRole('button', { name: pt.page.explain }).click();
  // in a new tab, which its name says: the result on this page is not lost
  const code = page.locator('article.card a[href="/codigos/5.1.1"]');
  await code.waitFor();
  assert.equal(await page.getByRole('link', { name: `5.1.1 ${pt.page.opensNewTab}`, exact: true }).count(), 1);
  const [opened] = await Promise.all([w.context.waitForEvent('page'), code.click()]);
  assert.equal(await page.locator('article.card').count(), 1, 'the result is still on the first tab');
  await opened.waitForURL('**/codigos/5.1.1');
  assert.equal(await opened.getAttribute('html', 'lang'), 'pt-BR');
  assert.ok((await opened.locator('h1').textContent())?.includes(pt.cat.enhancedCodes['X.1.1'].title));
  await opened.getByRole('link', { name: pt.page.switchToLabel }).click();
  await opened.waitForURL('**/codes/5.1.1');
  assert.ok((await opened.locator('h1').textContent())?.includes(en.cat.enhancedCodes['X.1.1'].title));
  await opened.getByRole('link', { name: en.page.allCodes }).first().click();
  await opened.waitForURL('**/codes');
  assert.ok(await opened.locator('a[href="/codes/5.7.26"]').count());
  assert.equal(page.url(), server.url + '/');
  await close(w);
});

test('phone width: no sideways scrolling; keyboard: skip link first, labelled controls', { skip }, async () => {
  const w = await open('/', { viewport: { width: 360, height: 740 } });
  const { page } = w;
  await page.keyboard.press('Tab');
  assert.equal((await page.evaluate('document.activeElement.className')), 'skip-link');
  assert.equal(await page.getByLabel(pt.page.textLabel).count(), 1);
  assert.equal(await page.getByLabel(new RegExp(pt.page.dropZone.replace(/\./g, '\\.'))).count(), 1);

  await page.setInputFiles('#input-files', { name: 'bounce.eml', mimeType: 'message/rfc822', buffer: Buffer.from(twoRecipientDsn()) });
  await page.locator('article.card').nth(1).waitFor();
  await page.locator('article.card details summary').first().click();
  const overflow = await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
  assert.ok((overflow as number) <= 0, `the page scrolls sideways by ${overflow}px at 360px`);

  const codes = await w.context.newPage();
  await codes.goto(server.url + '/codigos');
  const codesOverflow = await codes.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth');
  assert.ok((codesOverflow as number) <= 0, `the code index scrolls sideways by ${codesOverflow}px at 360px`);
  await close(w);
});

/** Puts `text` on the clipboard and pastes it with a real Ctrl+V at the caret of the focused box. */
async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate(`navigator.clipboard.writeText(${JSON.stringify(text)})`);
  await page.keyboard.press('Control+V');
}

/**
 * Waits until `expression` is true in the page, polling from here: Playwright's own polling evaluates
 * strings inside the page, which the page's CSP (no 'unsafe-eval') refuses once the first check fails.
 */
async function until(page: Page, expression: string, timeout = 15_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(expression))) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Waits until the page's latest run has shown its answer (the results are no longer busy): a card already
 * on the screen may be an earlier run's, and that run's end would come later, with its focus move.
 */
async function explained(page: Page): Promise<void> {
  await until(page, `!document.getElementById('results').hasAttribute('aria-busy')`);
}

test('a second paste into an explained box replaces its text (a note says so); an edited box or a selection is left to the browser', { skip }, async () => {
  const w = await open('/', { clipboard: true });
  const { page } = w;
  const box = page.getByLabel(pt.page.textLabel);
  const note = page.locator('#paste-note');
  await box.focus();
  await paste(page, UNKNOWN_ANA);
  await page.locator('article.card', { hasText: 'ana@example.org' }).waitFor();
  assert.equal(await note.isVisible(), false, 'a paste into an empty box needs no note');

  // the second bounce at the end of the first: the box now holds the second only, and its card
  await page.keyboard.press('Control+End');
  await paste(page, FULL_BRUNO);
  await page.locator('article.card', { hasText: 'bruno@example.org' }).waitFor();
  assert.equal(await box.inputValue(), FULL_BRUNO);
  assert.equal(await page.locator('article.card').count(), 1);
  assert.equal((await note.textContent())?.trim(), pt.page.pasteReplaced);
  assert.equal(await note.isVisible(), true);
  assert.equal(await page.evaluate('document.activeElement.id'), 'input-text', 'the caret stays in the box');
  // Ctrl+Z brings the old text back (the browser's undo), and the note goes away with the edit
  await page.keyboard.press('Control+Z');
  assert.equal(await box.inputValue(), UNKNOWN_ANA);
  assert.equal(await note.isVisible(), false);

  // an edited box: the paste goes where the caret is, as always
  await box.fill(UNKNOWN_ANA);
  await page.getByRole('button', { name: pt.page.explain }).click();
  await page.locator('article.card', { hasText: 'ana@example.org' }).waitFor();
  await box.focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type('\n');
  await paste(page, FULL_BRUNO);
  await until(page, `document.getElementById('input-text').value.includes('bruno@')`);
  assert.equal(await box.inputValue(), `${UNKNOWN_ANA}\n${FULL_BRUNO}`);
  assert.equal(await note.isVisible(), false);

  // a paste over a selection replaces only the selection, as always
  await box.fill(UNKNOWN_ANA);
  await page.getByRole('button', { name: pt.page.explain }).click();
  // (the card of the edited box's run names ana@ too)
  await explained(page);
  await page.locator('article.card', { hasText: 'ana@example.org' }).waitFor();
  await box.focus();
  await page.evaluate(`document.getElementById('input-text').setSelectionRange(0, 3)`);
  await paste(page, '554');
  await until(page, `document.getElementById('input-text').value.startsWith('554 ')`);
  assert.equal(await box.inputValue(), `554${UNKNOWN_ANA.slice(3)}`);
  assert.equal(await note.isVisible(), false);
  await close(w);
});

test('drop a Maildir folder, a file and a Thunderbird folder (a real drop): their messages are read, tmp/, hidden files and .msf indexes are not', { skip }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'smtp-explain-drop-'));
  const box = join(dir, 'Maildir');
  for (const sub of ['cur', 'new', 'tmp']) mkdirSync(join(box, sub), { recursive: true });
  writeFileSync(join(box, 'cur', '1700000001.M1P1.mail:2,S'), twoRecipientDsn('ana', 'bruno'));
  writeFileSync(join(box, 'new', '1700000002.M2P1.mail'), twoRecipientDsn('carla', 'davi'));
  writeFileSync(join(box, 'tmp', '1700000003.M3P1.mail'), twoRecipientDsn('edu', 'fabi')); // still being delivered
  writeFileSync(join(box, '.DS_Store'), 'not mail');
  writeFileSync(join(dir, 'bounce.eml'), twoRecipientDsn('gil', 'hugo'));
  // a Thunderbird folder: its .msf index of a mailbox holds no mail
  mkdirSync(join(dir, 'tb'));
  writeFileSync(join(dir, 'tb', 'Bounces.msf'), '// <!-- <mdb:mork:z v="1.4"/> -->\n< <(a=c)> // (f=iso-8859-1)\n');
  writeFileSync(join(dir, 'tb', 'z.eml'), twoRecipientDsn('ivo', 'joao'));
  const w = await open('/');
  const { page } = w;
  // Chromium's own drag and drop, with the paths of a folder and a file, as from a file manager
  const cdp = await w.context.newCDPSession(page);
  const zone = (await page.locator('#drop-zone').boundingBox())!;
  const at = { x: zone.x + zone.width / 2, y: zone.y + zone.height / 2 };
  const data = { items: [], files: [box, join(dir, 'bounce.eml'), join(dir, 'tb')], dragOperationsMask: 1 };
  for (const type of ['dragEnter', 'dragOver', 'drop'] as const) await cdp.send('Input.dispatchDragEvent', { type, ...at, data });
  await page.locator('section.summary').waitFor();
  const files = (await page.locator('article.card .file').allTextContents()).map((t) => t.replace(/^.*: /, ''));
  assert.deepEqual(files, [
    'Maildir/cur/1700000001.M1P1.mail:2,S', 'Maildir/cur/1700000001.M1P1.mail:2,S',
    'Maildir/new/1700000002.M2P1.mail', 'Maildir/new/1700000002.M2P1.mail',
    'bounce.eml', 'bounce.eml',
    'tb/z.eml', 'tb/z.eml',
  ]);
  assert.equal((await page.locator('#status').textContent())?.trim(), pt.page.summaryCounts(messagesRead(4), 8));
  await close(w);
  rmSync(dir, { recursive: true, force: true });
});

test('a file that cannot be read gets its own card; the others in the same drop are read', { skip }, async () => {
  const w = await open('/');
  const { page } = w;
  // the browser fails to read one of the files (moved or deleted since it was dropped)
  await page.evaluate(`(() => {
    const read = Blob.prototype.arrayBuffer;
    File.prototype.arrayBuffer = function () {
      return this.name === 'gone.eml' ? Promise.reject(new DOMException('A requested file or directory could not be found', 'NotFoundError')) : read.call(this);
    };
  })()`);
  const dataTransfer = await page.evaluateHandle(`(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['x'], 'gone.eml', { type: 'message/rfc822' }));
    dt.items.add(new File([${JSON.stringify(twoRecipientDsn())}], 'bounce.eml', { type: 'message/rfc822' }));
    return dt;
  })()`);
  await page.dispatchEvent('#drop-zone', 'drop', { dataTransfer });
  await page.locator('article.card').nth(2).waitFor();
  const cards = page.locator('article.card');
  assert.equal(await cards.count(), 3);
  const first = (await cards.first().textContent()) ?? '';
  assert.ok(first.includes('gone.eml') && first.includes(pt.page.fileUnreadable.error) && first.includes(pt.page.fileUnreadable.advice), first);
  assert.equal(await cards.first().locator('.badge-error').count(), 1);
  assert.ok((await cards.nth(1).textContent())?.includes('ana@example.org'));
  // in English after the switch: the card is told again in the new language
  await page.getByRole('button', { name: pt.page.switchToLabel }).click();
  await until(page, `document.querySelector('article.card')?.textContent.includes(${JSON.stringify(en.page.fileUnreadable.error)})`);
  await close(w);
});

test('the remove list: each group in its own words, and every address at once (copy all, a .txt as --format remove)', { skip }, async () => {
  const w = await open('/', { clipboard: true });
  const { page } = w;
  await page.setInputFiles('#input-files', { name: 'mail.log', mimeType: 'text/plain', buffer: Buffer.from(REMOVE_LOG) });
  await page.locator('section.summary').waitFor();
  const remove = page.locator('.list-remove');
  const groups = remove.locator('.group');
  assert.equal(await groups.count(), 3);
  // two groups of unknown users: one reason, the second named by Gmail's rule, each in its own words
  const userunknown = `${REPORTS['pt-BR'].reasonName.userunknown}`;
  assert.deepEqual(await groups.locator('h5').allTextContents(), [`${userunknown} (2)`, `${userunknown} — Google 5.1.1 (1)`, `${REPORTS['pt-BR'].reasonName.hostunknown} (1)`]);
  const [generic, gmail] = [await groups.nth(0).locator('p').textContent(), await groups.nth(1).locator('p').textContent()];
  assert.ok(generic?.startsWith(pt.cat.reasons.userunknown.summary) && gmail?.startsWith(pt.cat.reasons.userunknown.summary), `${generic}\n${gmail}`);
  assert.notEqual(generic, gmail, 'the two groups are told apart');
  assert.ok(gmail?.includes('Gmail'), gmail ?? '');

  // every address to remove, in the order first seen, one per line
  const all = 'ana@example.org\nbia@example.org\ncaio@gmail.com\ndani@example.net\n';
  const copyAll = remove.getByRole('button', { name: `${pt.page.copyAll('4')}: ${REPORTS['pt-BR'].html.remove.heading}` });
  await copyAll.click();
  assert.equal(await page.evaluate('navigator.clipboard.readText()'), all);
  const [download] = await Promise.all([page.waitForEvent('download'), remove.getByRole('button', { name: pt.page.downloadRemove }).click()]);
  assert.equal(download.suggestedFilename(), pt.page.removeFileName);
  assert.equal(readFileSync((await download.path())!, 'utf8'), all);
  assert.deepEqual(w.requests, [], 'copying and saving made network requests');
  await close(w);
});

test('copy buttons: named for their group and count, and "Copiado!" on the button itself for a moment', { skip }, async () => {
  const w = await open('/', { clipboard: true });
  const { page } = w;
  await page.setInputFiles('#input-files', { name: 'mail.log', mimeType: 'text/plain', buffer: Buffer.from(REMOVE_LOG) });
  await page.locator('section.summary').waitFor();
  const names = await page.locator('.group button').evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));
  const { userunknown, hostunknown, mailboxfull } = REPORTS['pt-BR'].reasonName;
  // the two groups of one reason are told apart by the rule that decided the second (Gmail's)
  assert.deepEqual(names, [
    `${pt.page.copyAddresses(2)}: ${userunknown} (2)`, `${pt.page.copyAddresses(1)}: ${userunknown} — Google 5.1.1 (1)`, `${pt.page.copyAddresses(1)}: ${hostunknown} (1)`,
    `${pt.page.copyAddresses(1)}: ${mailboxfull} ${pt.cat.ui.stillTryingGroup} (1)`,
  ]);
  // two groups of one name: each button is described by its own group's words
  const described = await page.evaluate(`[...document.querySelectorAll('.list-remove .group button')]
    .map((b) => document.getElementById(b.getAttribute('aria-describedby'))?.textContent ?? '')`) as string[];
  assert.equal(new Set(described).size, 3);
  assert.ok(described[1]!.includes('Gmail'), described[1]);

  const second = page.getByRole('button', { name: `${pt.page.copyAddresses(1)}: ${userunknown} — Google 5.1.1 (1)` });
  await second.click();
  assert.equal(await page.evaluate('navigator.clipboard.readText()'), 'caio@gmail.com');
  const buttons = page.locator('.list-remove .group button');
  await buttons.nth(1).filter({ hasText: pt.page.copiedShort }).waitFor();
  assert.equal((await buttons.first().textContent())?.trim(), pt.page.copyAddresses(2), 'only the clicked button says it');
  // and back to its words after a moment
  await buttons.nth(1).filter({ hasText: pt.page.copyAddresses(1) }).waitFor({ timeout: 4000 });
  await close(w);
});

test('a file chosen on a desktop: the answer\'s top is scrolled into view, the focus on its heading (at once with reduced motion)', { skip }, async () => {
  for (const reducedMotion of ['no-preference', 'reduce'] as const) {
    const w = await open('/', { viewport: { width: 1280, height: 900 }, reducedMotion });
    const { page } = w;
    const many = `From MAILER-DAEMON Fri Nov 28 10:00:00 2025\n${twoRecipientDsn('ana', 'bruno')}\n` +
      `From MAILER-DAEMON Fri Nov 28 10:05:00 2025\n${twoRecipientDsn('carla', 'davi')}`;
    await page.setInputFiles('#input-files', { name: 'bounces.mbox', mimeType: 'application/mbox', buffer: Buffer.from(many) });
    await page.locator('section.summary').waitFor();
    const inView = `(() => { const top = document.getElementById('results-h').getBoundingClientRect().top; return top > -1 && top < 450; })()`;
    if (reducedMotion === 'reduce') assert.ok(await page.evaluate(inView), 'no animation: the answer is in view right away');
    else await until(page, inView);
    assert.equal(await page.evaluate('document.activeElement.id'), 'results-h', 'the focus is on the result');
    await close(w);
  }
});

test('a paste on a phone: the answer is scrolled into view, the caret stays in the box (at once with reduced motion)', { skip }, async () => {
  for (const reducedMotion of ['no-preference', 'reduce'] as const) {
    const w = await open('/', { viewport: { width: 390, height: 844 }, clipboard: true, reducedMotion });
    const { page } = w;
    await page.getByLabel(pt.page.textLabel).focus();
    await paste(page, GMAIL_511);
    await page.locator('article.card').first().waitFor();
    const inView = async () => {
      const top = await page.locator('#results-h').evaluate((el) => el.getBoundingClientRect().top);
      // (scrolled to the top, the heading may stand a fraction of a pixel above it)
      return top > -1 && top < 844 / 2;
    };
    if (reducedMotion === 'reduce') assert.ok(await inView(), 'no animation: the answer is in view right away');
    else await until(page, `(() => { const top = document.getElementById('results-h').getBoundingClientRect().top; return top > -1 && top < 422; })()`);
    assert.ok(await inView(), 'the answer is in view');
    assert.equal(await page.evaluate('document.activeElement.id'), 'input-text', 'the focus stays in the box');
    await close(w);
  }
});

test('a big paste: "Analisando…" is painted before the long analysis starts', { skip }, async () => {
  const w = await open('/');
  const { page } = w;
  // some 2 MB of log lines: the analysis holds the page for a while
  const big = Array.from({ length: 8000 }, (_, i) =>
    postfixLine(`${i.toString(16).toUpperCase()}A`, `user${i}@example.org`, 'mx.example.org', `550 5.1.1 <user${i}@example.org>: Recipient address rejected: User unknown`)).join('\n');
  // what the status line said at each frame the browser painted
  await page.evaluate(`(() => {
    window.statusAtFrames = [];
    const status = document.getElementById('status');
    const record = () => { window.statusAtFrames.push(status.textContent); requestAnimationFrame(record); };
    requestAnimationFrame(record);
  })()`);
  await page.evaluate(`document.getElementById('input-text').value = ${JSON.stringify(big)}`);
  await page.getByLabel(pt.page.textLabel).dispatchEvent('paste');
  await page.locator('section.summary').waitFor({ timeout: 60_000 });
  const frames = await page.evaluate('window.statusAtFrames') as string[];
  assert.ok(frames.includes(pt.page.analyzing), `no frame showed "${pt.page.analyzing}": ${[...new Set(frames)].join(' | ')}`);
  await close(w);
});

test('the summary counts: each label agrees with its number; sender-side failures and problems are told apart; no "0 domains"', { skip }, async () => {
  const unauthenticated = '550 5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. - gsmtp';
  const log = [
    postfixLine('1A', 'ana@example.org', 'mx.example.org', '550 5.1.1 <ana@example.org>: Recipient address rejected: User unknown'),
    postfixLine('2A', 'bruno@example.org', 'mx.example.org', '452 4.2.2 <bruno@example.org>: Mailbox full', 'deferred'),
    postfixLine('3A', 'carla@gmail.com', 'gmail-smtp-in.l.google.com', unauthenticated),
    postfixLine('4A', 'davi@gmail.com', 'gmail-smtp-in.l.google.com', unauthenticated),
  ].join('\n');
  const dmarc = '550 5.7.1 Message rejected by DMARC policy: p=reject. Unauthenticated email is not accepted from this domain.';
  for (const [lang, words] of [['pt-BR', pt], ['en', en]] as const) {
    const w = await open(lang === 'en' ? '/?lang=en' : '/');
    const { page } = w;
    await page.setInputFiles('#input-files', [
      { name: 'mail.log', mimeType: 'text/plain', buffer: Buffer.from(log) },
      { name: 'dmarc.txt', mimeType: 'text/plain', buffer: Buffer.from(dmarc) },
    ]);
    await page.locator('section.summary').waitFor();
    const counts = await shownCounts(page);
    const totals = words.page.totals;
    // the log is counted by its failed lines, the reply by itself; the reply names no recipient: no "one per recipient";
    // the deferral the server still retries is counted apart, and no "0 to retry" is shown above it
    assert.deepEqual(counts, [
      `1 ${totals.read(1)}`, `4 ${totals.logLines(4)}`, `5 ${totals.results(5, false)}`, `1 ${totals.remove(1)}`, `1 ${totals.stillTrying(1)}`, `3 ${totals.senderSide(3, 2, '2')}`,
    ]);
    if (lang === 'pt-BR') {
      assert.equal(counts[1], '4 linhas de log com falha');
      assert.equal(counts[3], '1 endereço para remover');
      assert.equal(counts[5], '3 falhas com causa do seu lado, agrupadas em 2 problemas');
    }
    // the heading counts the problems: the same number as the count above
    assert.equal((await page.locator('.list-fix h4').textContent())?.trim(), `${REPORTS[lang].html.sender.heading} (2)`);
    // the reply that names no recipient: its result, and no "0 domains"
    const affected = (await page.locator('.list-fix .group small').allTextContents()).map((t) => t.trim());
    assert.deepEqual(affected, [words.page.senderAffected(2, '2', 1, '1'), words.page.senderAffected(1, '1', 0, '0')]);
    assert.ok(!affected.some((a) => /\b0\b/.test(a)), affected.join(' | '));
    await close(w);
  }
});

test('a pasted mail log is counted by its failed lines, not as "1 mensagem lida"', { skip }, async () => {
  const log = [
    postfixLine('1A', 'ana@example.org', 'mx.example.org', '550 5.1.1 <ana@example.org>: Recipient address rejected: User unknown'),
    postfixLine('2A', 'bruno@example.org', 'mx.example.org', '452 4.2.2 <bruno@example.org>: Mailbox full', 'deferred'),
    postfixLine('3A', 'carla@example.org', 'mx.example.org', '250 2.0.0 Ok: queued as 9XYZ', 'sent'),
    postfixLine('4A', 'davi@example.org', 'mx.example.org', '550 5.1.1 <davi@example.org>: Recipient address rejected: User unknown'),
    postfixLine('5A', 'edu@example.org', 'mx.example.org', '550 5.1.1 <edu@example.org>: Recipient address rejected: User unknown'),
  ].join('\n');
  for (const [lang, words, expected] of [['pt-BR', pt, '4 linhas de log com falha'], ['en', en, '4 log lines with a failure']] as const) {
    const w = await open(lang === 'en' ? '/?lang=en' : '/');
    const { page } = w;
    const box = page.getByLabel(words.page.textLabel);
    await box.fill(log);
    await box.dispatchEvent('paste');
    await page.locator('section.summary').waitFor();
    const counts = await shownCounts(page);
    assert.equal(counts[0], expected, counts.join(' | '));
    assert.equal(await page.locator('section.summary .count-read').count(), 0, 'no "1 message read" for a log');
    assert.equal((await page.locator('#status').textContent())?.trim(), words.page.summaryCounts({ messages: 1, logs: 1, logLines: 4 }, 4));
    // each card says which pasted line it comes from, not "Arquivo: :1" (a pasted text has no file name)
    const from = (await page.locator('article.card p.file').allTextContents()).map((t) => t.trim());
    assert.deepEqual(from, [1, 2, 4, 5].map((n) => words.page.pastedLine(String(n))));
    await close(w);
  }
});

test('pastes of several replies or notices are counted as pasted, a part that gave nothing is said; a photo and a note claim no message', { skip }, async () => {
  const w = await open('/');
  const { page } = w;
  const box = page.getByLabel(pt.page.textLabel);
  const status = page.locator('#status');
  // (the page's CSP allows no eval: a function, with the test's types, which know no DOM)
  type Doc = { document: { getElementById(id: string): { textContent: string | null } | null } };
  const statusIs = (want: string) => page.waitForFunction((w) => (globalThis as unknown as Doc).document.getElementById('status')?.textContent?.trim() === w, want);
  const paste = async (text: string, expected: string) => {
    await box.fill(text);
    await box.dispatchEvent('paste');
    await statusIs(expected);
  };
  await paste('<ana@example.org>: host mx.example.org said: 550 5.1.1 User unknown\n<bia@example.org>: host mx.example.org said: 452 4.2.2 Mailbox full\n' +
    '<caio@example.org>: host mx.example.org said: 550 5.1.1 User unknown\n', '3 respostas coladas, 3 resultados.');
  // replies of two failures, the second naming no address: a card each (the hard bounce is not lost)
  await paste('550 5.1.1 <ana@example.org> User unknown\n421 4.7.0 Try later\n', '2 respostas coladas, 2 resultados.');
  assert.equal(await page.locator('article.card .verdict', { hasText: pt.cat.ui.verdict.remove }).count(), 1);
  // three notices, the middle one with nothing we can read: it gets a card that says so, with its first line
  const outlook = ['Delivery has failed to these recipients or groups:', '', 'ana@example.org', '',
    "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient ana@example.org not found by SMTP address lookup'"].join('\n');
  const vague = ['This message was created automatically by mail delivery software.', '', 'Something happened to your message and our team is looking into it.'].join('\n');
  const gmail = ['Delivery Status Notification (Failure)', '', 'Address not found', "Your message wasn't delivered to bia@example.org because the address couldn't be found.", '',
    'The response from the remote server was:', '550 5.1.1 The email account that you tried to reach does not exist. - gsmtp'].join('\n');
  await paste(`${outlook}\n\n${vague}\n\n${gmail}\n`, '3 avisos colados, 3 resultados.');
  const headings = (await page.locator('article.card h3 .card-summary-text').allTextContents()).map((t) => t.trim());
  assert.equal(headings.length, 3, headings.join(' | '));
  assert.ok(headings.includes(pt.cat.ui.unrecognisedPart.summary('This message was created automatically by mail delivery…')), headings.join(' | '));
  assert.ok(!/mensage(m|ns) lida/.test((await status.textContent()) ?? ''));
  // a photo and a note with no failure in it: the note was read (its card says it is no bounce), the
  // photo could not be; no "(um por destinatário)", and the photo is said once
  await page.setInputFiles('#input-files', [
    { name: 'IMG_2031.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]) },
    { name: 'notas.txt', mimeType: 'text/plain', buffer: Buffer.from('comprar pão\nligar para a Ana amanhã cedo\n') },
  ]);
  await statusIs('1 mensagem lida, 1 arquivo não pôde ser lido, 2 resultados.');
  const counts = await shownCounts(page);
  assert.deepEqual(counts, ['1 mensagem lida', '1 arquivo não pôde ser lido', '2 resultados', '0 endereços para remover', '0 endereços para tentar de novo',
    '0 falhas com causa do seu lado', '1 não é falha'], counts.join(' | '));
  // nothing at all read: two photos
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  await page.setInputFiles('#input-files', [{ name: 'a.png', mimeType: 'image/png', buffer: png }, { name: 'b.png', mimeType: 'image/png', buffer: png }]);
  await statusIs('2 arquivos, nenhum pôde ser lido.');
  await close(w);
});

test('the evidence table names its fields in the page\'s language', { skip }, async () => {
  const w = await open('/');
  const { page } = w;
  await page.getByLabel(pt.page.textLabel).fill(UNKNOWN_ANA);
  await page.getByRole('button', { name: pt.page.explain }).click();
  const card = page.locator('article.card').first();
  await card.waitFor();
  await card.locator('details.evidence summary').click();
  const fields = (await card.locator('details.evidence tbody tr td:nth-child(2)').allTextContents()).map((t) => t.trim());
  assert.ok(fields.length > 0);
  const known = new Set(Object.values(CATALOGS['pt-BR'].ui.evidenceFields));
  assert.ok(fields.every((f) => known.has(f)), fields.join(', '));
  assert.ok(!fields.some((f) => ['text', 'message', 'status', 'replyCode', 'command', 'host'].includes(f)), fields.join(', '));
  // each rule led by its kind in Portuguese, its English id beside it, marked as English
  const rules = card.locator('details.evidence tbody tr td:nth-child(1)');
  const kinds = (await rules.evaluateAll((tds) => tds.map((td) => td.firstChild?.textContent ?? ''))).map((t) => t.trim());
  assert.deepEqual(kinds, [pt.cat.ui.evidenceKind.phrase], kinds.join(', '));
  assert.deepEqual(await rules.locator('code.rule-id[lang="en"]').allTextContents(), ['phrase:userunknown']);
  await close(w);
});

test('"Explicar" with an empty box right after a file pick explains the files again, without asking for text', { skip }, async () => {
  const w = await open('/');
  const { page } = w;
  await page.setInputFiles('#input-files', { name: 'bounce.eml', mimeType: 'message/rfc822', buffer: Buffer.from(twoRecipientDsn()) });
  await page.locator('article.card').nth(1).waitFor();
  await page.getByRole('button', { name: pt.page.explain }).click();
  await explained(page);
  await page.locator('article.card').nth(1).waitFor();
  assert.notEqual((await page.locator('#status').textContent())?.trim(), pt.page.nothingToExplain);
  assert.equal(await page.locator('#input-error').isVisible(), false);
  assert.equal(await page.locator('article.card').count(), 2);
  // after "Limpar" there is nothing to explain: then it asks
  await page.getByRole('button', { name: pt.page.clear }).click();
  await page.getByRole('button', { name: pt.page.explain }).click();
  assert.equal((await page.locator('#input-error').textContent())?.trim(), pt.page.nothingToExplain);
  assert.equal(await page.locator('#input-error').isVisible(), true);
  await close(w);
});

test('a first visit follows the browser: English for an English browser, Portuguese for any other; a stored choice wins', { skip }, async () => {
  for (const [locale, lang] of [['en-US', 'en'], ['en-GB', 'en'], ['pt-BR', 'pt-BR'], ['fr-FR', 'pt-BR'], ['es', 'pt-BR']] as const) {
    const w = await open('/', { locale });
    assert.equal(await w.page.getAttribute('html', 'lang'), lang, locale);
    assert.equal((await w.page.locator('h1').textContent())?.trim(), PAGE_TEXT[lang].tagline, locale);
    await close(w);
  }
  // an English browser whose user chose Portuguese on this page
  const w = await open('/', { locale: 'en-US' });
  await w.page.getByRole('button', { name: en.page.switchToLabel }).click();
  await until(w.page, `document.documentElement.lang === 'pt-BR'`);
  await w.page.goto(server.url + '/');
  assert.equal(await w.page.getAttribute('html', 'lang'), 'pt-BR');
  await close(w);
});

// ---- the analysis worker ----

/** Some 4.8 MB of Postfix log lines (20,000 unknown users at example.com), as JavaScript that builds them in the page. */
const BIG_LOG_JS = `Array.from({ length: 20000 }, (_, i) => ${JSON.stringify(
  postfixLine('QQA', 'userQQ@example.com', 'mx.example.com', '550 5.1.1 <userQQ@example.com>: Recipient address rejected: User unknown'),
)}.replaceAll('QQ', i.toString(16).toUpperCase())).join('\\n')`;

/** Notes when the status line first says "Analisando…" (a page that holds its thread may say it only for a frame). */
async function watchAnalysing(page: Page): Promise<void> {
  await page.evaluate(`(() => {
    window.analysingAt = 0;
    const status = document.getElementById('status');
    new MutationObserver(() => { if (status.textContent === ${JSON.stringify(pt.page.analyzing)}) window.analysingAt ||= performance.now(); })
      .observe(status, { childList: true, characterData: true, subtree: true });
  })()`);
}

/** Waits until the page has said it is analysing, then a little longer: the analysis is under way. */
async function analysing(page: Page): Promise<void> {
  await until(page, 'window.analysingAt > 0');
  // the page without a worker held its thread for seconds from here on
  await new Promise((resolve) => setTimeout(resolve, 300));
}

test('a big paste is analysed off the page\'s thread: a click during the analysis is handled before the results come', { skip }, async () => {
  const w = await open('/');
  const { page } = w;
  await page.evaluate(`(() => {
    window.clickedAt = 0;
    window.shownAt = 0;
    document.querySelector('h1').addEventListener('click', () => { window.clickedAt = performance.now(); });
    new MutationObserver(() => { window.shownAt ||= performance.now(); }).observe(document.getElementById('cards'), { childList: true });
  })()`);
  await watchAnalysing(page);
  await page.evaluate(`document.getElementById('input-text').value = ${BIG_LOG_JS}`);
  await page.getByLabel(pt.page.textLabel).dispatchEvent('paste');
  await analysing(page);
  await page.locator('h1').click();
  await page.locator('section.summary').waitFor({ timeout: 90_000 });
  const [clickedAt = 0, shownAt = 0] = await page.evaluate('[window.clickedAt, window.shownAt]') as number[];
  assert.ok(clickedAt > 0 && clickedAt < shownAt, `the click was handled at ${clickedAt} ms, the results shown at ${shownAt} ms`);
  assert.equal(await page.locator('section.summary .count-results .count-number').textContent(), (20000).toLocaleString('pt-BR'));
  await close(w);
});

test('Explicar, then back to the box before the answer comes: the focus stays in the box, the answer is scrolled to', { skip }, async () => {
  const w = await open('/');
  const { page } = w;
  const box = page.getByLabel(pt.page.textLabel);
  await watchAnalysing(page);
  await page.evaluate(`document.getElementById('input-text').value = ${BIG_LOG_JS}`);
  await page.getByRole('button', { name: pt.page.explain }).click();
  await analysing(page);
  // the user goes back to the box to type while the big input is read
  await box.focus();
  await page.locator('section.summary').waitFor({ timeout: 90_000 });
  assert.equal(await page.evaluate('document.activeElement.id'), 'input-text', 'the answer took the focus from the box');
  await until(page, `(() => { const top = document.getElementById('results-h').getBoundingClientRect().top; return top > -1 && top < 540; })()`);
  await close(w);
});

test('a second paste during a big analysis: only its results are shown, never the first one\'s, and the first worker is ended', { skip }, async () => {
  const w = await open('/', { clipboard: true });
  const { page } = w;
  /** Each worker the page starts, as the promise of its end. */
  const workers: Promise<unknown>[] = [];
  page.on('worker', (worker) => workers.push(new Promise((resolve) => worker.once('close', resolve))));
  const box = page.getByLabel(pt.page.textLabel);
  // a first bounce, explained: the worker that reads the big paste is running already
  await box.fill(FULL_BRUNO);
  await box.dispatchEvent('paste');
  await page.locator('article.card', { hasText: 'bruno@example.org' }).waitFor();
  // every card shown from now on, the big paste's too
  await page.evaluate(`(() => {
    window.shown = [];
    new MutationObserver(() => { for (const c of document.querySelectorAll('#cards article')) window.shown.push(c.textContent); })
      .observe(document.getElementById('cards'), { childList: true });
  })()`);
  await watchAnalysing(page);
  await page.evaluate(`document.getElementById('input-text').value = ${BIG_LOG_JS}`);
  await box.dispatchEvent('paste');
  await analysing(page);
  // the user pastes another bounce (it replaces the box's text, which is being explained)
  await box.focus();
  await paste(page, UNKNOWN_ANA);
  await page.locator('article.card', { hasText: 'ana@example.org' }).waitFor({ timeout: 60_000 });
  assert.equal(await box.inputValue(), UNKNOWN_ANA);
  assert.equal(await page.locator('article.card').count(), 1);
  assert.equal(await page.locator('section.summary').count(), 0);
  const shown = await page.evaluate('window.shown') as string[];
  assert.ok(shown.length > 0 && shown.every((t) => !t.includes('@example.com')), 'a card of the big paste was shown');
  // the big paste's worker is ended: no result of it can come any more
  assert.equal(workers.length, 2, 'the second paste was read by a new worker');
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([workers[0], new Promise((_, reject) => { timer = setTimeout(() => reject(new Error('the first worker was not ended')), 15_000); })]);
  clearTimeout(timer);
  assert.equal(await page.locator('article.card').count(), 1);
  await close(w);
});

/** Every card's text and the CSV the summary saves, after picking `files`. */
async function pickAndRead(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]): Promise<{ cards: string[]; csv: string }> {
  await page.setInputFiles('#input-files', files);
  await page.locator('section.summary').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('button.download-csv').click()]);
  return { cards: await page.locator('article.card').allTextContents(), csv: readFileSync((await download.path())!, 'utf8') };
}

test('the worker\'s results are the library\'s; a browser that cannot start one gets the same on the page\'s thread', { skip }, async () => {
  const { analyzeItem, endOfRun, itemRun } = await import('../web/src/analyze-item.js');
  const mbox = `From MAILER-DAEMON Fri Nov 28 10:00:00 2025\n${twoRecipientDsn('ana', 'bruno')}\n` +
    `From MAILER-DAEMON Fri Nov 28 10:05:00 2025\n${twoRecipientDsn('carla', 'davi')}`;
  const { gzipSync } = await import('node:zlib');
  const files = [
    { name: 'bounces.mbox', mimeType: 'application/mbox', buffer: Buffer.from(mbox) },
    { name: 'mail.log', mimeType: 'text/plain', buffer: Buffer.from(REMOVE_LOG) },
    { name: 'mail.log.1.gz', mimeType: 'application/gzip', buffer: gzipSync(REMOVE_LOG) },
    { name: 'bounce.eml', mimeType: 'message/rfc822', buffer: Buffer.from(twoRecipientDsn('edu', 'fabi')) },
  ];
  // the library itself, as the page reads the files (the two logs as one run: mail.log.1.gz first)
  const items = files.map((f) => {
    const bytes = f.buffer.buffer.slice(f.buffer.byteOffset, f.buffer.byteOffset + f.buffer.byteLength) as ArrayBuffer;
    return { kind: 'file' as const, name: f.name, size: f.buffer.length, text: f.mimeType === 'text/plain', bytes };
  });
  const { order, run } = itemRun(items);
  const each: Result[][] = [];
  for (const i of order) each[i] = (await analyzeItem(items[i]!, 'pt-BR', undefined, run)).results;
  const expected: Result[] = [...each.flat(), ...((await endOfRun(run, 'pt-BR'))?.results ?? [])];
  const expectedCsv = CSV_BOM + csvHeader('pt-BR') + expected.map((r) => csvRow(r)).join('');

  const w = await open('/');
  const workers: Worker[] = [];
  w.page.on('worker', (worker) => workers.push(worker));
  await w.page.evaluate(`(() => {
    window.statuses = [];
    new MutationObserver(() => window.statuses.push(document.getElementById('progress').textContent))
      .observe(document.getElementById('progress'), { childList: true, characterData: true, subtree: true });
  })()`);
  const inWorker = await pickAndRead(w.page, files);
  assert.equal(workers.length, 1, 'the analysis ran in a worker');
  assert.equal(inWorker.csv, expectedCsv);
  assert.equal(inWorker.cards.length, expected.length);
  // progress through the files, on the screen
  const statuses = await w.page.evaluate('window.statuses') as string[];
  assert.ok(statuses.includes(pt.page.progressFiles(1, 4)), statuses.join(' | '));
  await close(w);

  // no Worker at all, and a worker whose script does not load (a policy, an old browser): the page's own thread
  const noWorker = 'delete window.Worker';
  const brokenWorker = `(() => {
    const Real = window.Worker;
    window.Worker = class extends Real { constructor(url, options) { super(new URL('/assets/no-such-worker.js', location.href), options); } };
  })()`;
  for (const script of [noWorker, brokenWorker]) {
    const b = await open('/');
    await b.page.addInitScript(script);
    await b.page.reload();
    const onThread = await pickAndRead(b.page, files);
    assert.equal(onThread.csv, expectedCsv, script);
    assert.deepEqual(onThread.cards, inWorker.cards, script);
    await close(b);
  }
});

test('files dropped together: a mail log and its rotated file are one log, as on the command line, in the worker and on the page\'s thread', { skip }, async () => {
  const files = [
    { name: 'mail.log', mimeType: 'text/plain', buffer: Buffer.from(postfixLine('7BCD', 'gil@example.org', 'mx.example.org', '250 2.0.0 Ok: queued as 9XYZ', 'sent') + '\n') },
    { name: 'mail.log.1', mimeType: 'text/plain', buffer: Buffer.from([
      postfixLine('7BCD', 'gil@example.org', 'mx.example.org', '452 4.2.2 <gil@example.org>: Mailbox full', 'deferred'),
      postfixLine('8BCD', 'hugo@example.org', 'mx.example.org', '421 4.4.2 <hugo@example.org>: Connection timed out', 'deferred'),
    ].join('\n') + '\n') },
  ];
  for (const script of ['', 'delete window.Worker']) {
    const w = await open('/');
    if (script) {
      await w.page.addInitScript(script);
      await w.page.reload();
    }
    await w.page.setInputFiles('#input-files', files);
    await w.page.locator('article.card', { hasText: 'mail.log.1:2' }).waitFor();
    const cards = await w.page.locator('article.card').allTextContents();
    // gil's deferral in mail.log.1 went through in mail.log: no card; hugo's is still pending, named by its file and line
    assert.ok(!cards.some((t) => t.includes('gil@example.org')), cards.join('\n'));
    assert.equal(cards.length, 2, cards.join('\n'));
    assert.ok(cards[0]!.includes('mail.log') && cards[1]!.includes('hugo@example.org'), cards.join('\n'));
    await close(w);
  }
});

test('the worker dies during a batch: the files it finished are shown, each other one gets a card that says so', { skip }, async () => {
  const w = await open('/');
  const { page } = w;
  // a crash the page cannot prevent (out of memory, say): the worker's error event, once the first file is done
  await page.addInitScript(`(() => {
    const Real = window.Worker;
    window.Worker = class extends Real {
      constructor(url, options) {
        super(url, options);
        let crashed = false;
        this.addEventListener('message', (e) => {
          if (e.data?.type !== 'item' || crashed) return;
          crashed = true;
          setTimeout(() => this.dispatchEvent(new ErrorEvent('error', { message: 'out of memory' })), 0);
        });
      }
    };
  })()`);
  await page.reload();
  const big = Array.from({ length: 1500 }, (_, i) => `From MAILER-DAEMON Fri Nov 28 10:00:00 2025\n${twoRecipientDsn(`a${i}`, `b${i}`)}`).join('\n');
  await page.setInputFiles('#input-files', [
    { name: 'first.eml', mimeType: 'message/rfc822', buffer: Buffer.from(twoRecipientDsn('ana', 'bruno')) },
    { name: 'big.mbox', mimeType: 'application/mbox', buffer: Buffer.from(big) },
    { name: 'last.eml', mimeType: 'message/rfc822', buffer: Buffer.from(twoRecipientDsn('carla', 'davi')) },
  ]);
  await page.locator('section.summary').waitFor({ timeout: 60_000 });
  const cards = page.locator('article.card');
  assert.equal(await cards.count(), 4);
  const texts = await cards.allTextContents();
  assert.ok(texts[0]!.includes('ana@example.org') && texts[1]!.includes('bruno@example.org'), texts.join('\n'));
  for (const [i, name] of [[2, 'big.mbox'], [3, 'last.eml']] as const) {
    assert.ok(texts[i]!.includes(name) && texts[i]!.includes(pt.page.analysisStopped.error) && texts[i]!.includes(pt.page.analysisStopped.advice), texts[i]);
    assert.equal(await cards.nth(i).locator('.badge-error').count(), 1);
  }
  // the two files the worker did not finish are not counted as messages read
  assert.equal((await page.locator('#status').textContent())?.trim(), '1 mensagem lida, 2 arquivos não puderam ser lidos, 4 resultados.');
  // the next batch gets a new worker
  await page.setInputFiles('#input-files', { name: 'again.eml', mimeType: 'message/rfc822', buffer: Buffer.from(twoRecipientDsn('edu', 'fabi')) });
  await page.locator('article.card', { hasText: 'edu@example.org' }).waitFor();
  await close(w);
});

test('a mix of files: every count agrees with the cards; "one per recipient" only when each result names one', { skip }, async () => {
  const w = await open('/');
  const { page } = w;
  await page.setInputFiles('#input-files', [
    { name: 'one.eml', mimeType: 'message/rfc822', buffer: Buffer.from(userUnknown('ana@example.org')) },
    { name: 'boleto.pdf', mimeType: 'application/pdf', buffer: Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x25, 0xe2, 0xe3, 0xcf, 0xd3, 0, 1, 2, 3, 0xff, 0xfe, 0, 0x80, 0x81]) },
    { name: 'ordinary.txt', mimeType: 'text/plain', buffer: Buffer.from('Oi Ana, segue o orçamento que combinamos ontem.\nAbraços, Bia\n') },
    { name: 'two.eml', mimeType: 'message/rfc822', buffer: Buffer.from(userUnknown('bia@example.org')) },
  ]);
  await page.locator('section.summary').waitFor();
  const counts = await shownCounts(page);
  assert.deepEqual(counts, ['3 mensagens lidas', '1 arquivo não pôde ser lido', '4 resultados', '2 endereços para remover', '0 endereços para tentar de novo',
    '0 falhas com causa do seu lado', '1 não é falha'], counts.join(' | '));
  assert.equal((await page.locator('#status').textContent())?.trim(), '3 mensagens lidas, 1 arquivo não pôde ser lido, 4 resultados.');
  await close(w);
});

test('a mailbox exported twice: the status line and the cards count each notice once, as the summary does', { skip }, async () => {
  const w = await open('/');
  const { page } = w;
  const notices = [userUnknown('ana@example.com'), mailboxFull('bia@example.com'), userUnknown('caio@example.com')];
  await page.setInputFiles('#input-files', { name: 'twice.mbox', mimeType: 'application/mbox', buffer: Buffer.from(mbox([...notices, ...notices, ...notices])) });
  await page.locator('section.summary').waitFor();
  assert.equal((await page.locator('#status').textContent())?.trim(), pt.page.summaryCounts(messagesRead(9), 3, 6));
  assert.equal(await page.locator('article.card').count(), 3);
  assert.equal((await page.locator('#cards > p.muted').textContent())?.trim(), pt.page.repeatedLeftOut(6));
  const counts = await shownCounts(page);
  assert.ok(counts.includes('3 resultados (um por destinatário)'), counts.join(' | '));
  await close(w);
});

test('the summary puts the list to remove right after the counts, then retry, then the sender\'s side (its admin part folded); the counts by reason after them', { skip }, async () => {
  const w = await open('/');
  const { page } = w;
  await page.setInputFiles('#input-files', { name: 'box.mbox', mimeType: 'application/mbox',
    buffer: Buffer.from(mbox([userUnknown('ana@example.com'), mailboxFull('bia@example.com'), authFailure('caio@example.com'), authFailure('davi@example.org')])) });
  await page.locator('.summary .list-fix').waitFor();
  const order = await page.locator('.summary').evaluate((el) => [...el.querySelectorAll('ul.counts, .list-remove, .list-retry, .list-fix, table.by-reason')].map((e) => e.className));
  assert.deepEqual(order, ['counts', 'list list-remove', 'list list-retry', 'list list-fix', 'by-reason'], order.join(' '));
  // no complaint in the list: its intro does not speak of one
  const intro = (await page.locator('.list-remove > p').first().textContent())?.trim();
  assert.equal(intro, REPORTS['pt-BR'].html.remove.intro({ failed: true, complaints: false }));
  // the part for whoever runs the mail server is folded
  const admin = page.locator('.list-fix details.admin');
  if (await admin.count()) assert.equal(await admin.first().evaluate((d) => d.hasAttribute('open')), false);
  await close(w);
});

test('first screen on a phone: the privacy promise is right by the text box, in view before anything is pasted; the other formats folded', { skip }, async () => {
  const w = await open('/', { viewport: { width: 390, height: 844 }, phone: true });
  const { page } = w;
  const privacy = await page.locator('#privacy').boundingBox();
  const box = await page.locator('#input-text').boundingBox();
  assert.ok(privacy && box && privacy.y + privacy.height <= 844 && privacy.y < box.y, JSON.stringify({ privacy, box }));
  assert.ok((await page.locator('.lead').textContent())?.includes('MAILER-DAEMON'));
  assert.equal(await page.locator('details.formats').evaluate((d) => d.hasAttribute('open')), false);
  await close(w);
});

test('the summary\'s headings nest: the lists under "Resumo" (h3) are h4, their groups h5', { skip }, async () => {
  const w = await open('/');
  const { page } = w;
  await page.setInputFiles('#input-files', { name: 'box.mbox', mimeType: 'application/mbox', buffer: Buffer.from(mbox([userUnknown('ana@example.com'), mailboxFull('bia@example.com')])) });
  await page.locator('.summary').waitFor();
  const levels = await page.locator('.summary').evaluate((el) => [...el.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.tagName[1])));
  assert.equal(levels[0], 3);
  // no level skipped on the way down
  for (let i = 1; i < levels.length; i++) assert.ok(levels[i]! <= levels[i - 1]! + 1, levels.join(' '));
  assert.ok(levels.includes(4) && levels.includes(5), levels.join(' '));
  await close(w);
});

test('screen readers: every card is in the accessibility tree with its name, even below the screen; a copy is said without a visible status; an empty box is marked', { skip }, async () => {
  const w = await open('/', { viewport: { width: 1280, height: 700 }, clipboard: true });
  const { page } = w;
  // "Explicar" on an empty box: the box is marked invalid and described by the words above it, until typed in
  await page.getByRole('button', { name: pt.page.explain, exact: true }).click();
  await page.waitForFunction(`document.getElementById('input-error').textContent === ${JSON.stringify(pt.page.nothingToExplain)}`);
  const box = page.locator('#input-text');
  assert.equal(await box.getAttribute('aria-invalid'), 'true');
  assert.ok((await box.getAttribute('aria-describedby'))!.split(' ').includes('input-error'));
  await box.pressSequentially('5');
  assert.equal(await box.getAttribute('aria-invalid'), null);
  assert.ok(!(await box.getAttribute('aria-describedby'))!.split(' ').includes('input-error'));
  assert.equal(await page.locator('#input-error').isVisible(), false);
  await box.fill('');
  // picking files after that: the box no longer asks to be filled
  await page.getByRole('button', { name: pt.page.explain, exact: true }).click();
  assert.equal(await box.getAttribute('aria-invalid'), 'true');
  await page.setInputFiles('#input-files', { name: 'one.eml', mimeType: 'message/rfc822', buffer: Buffer.from(userUnknown('solo@example.com')) });
  await page.locator('article.card', { hasText: 'solo@example.com' }).waitFor();
  assert.equal(await box.getAttribute('aria-invalid'), null);
  // the paste note is a live region that is always there (one hidden when it changes is not read)
  assert.equal(await page.locator('#paste-note').getAttribute('hidden'), null);

  const addresses = Array.from({ length: 12 }, (_, i) => `user${i}@example.com`);
  await page.setInputFiles('#input-files', { name: 'box.mbox', mimeType: 'application/mbox', buffer: Buffer.from(mbox([...addresses.map((a) => userUnknown(a)), mailboxFull('bia@example.com')])) });
  await page.locator('section.summary').waitFor();
  const cards = await page.locator('#cards article').count();
  assert.equal(cards, 13);
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree') as { nodes: { role?: { value: string }; name?: { value: string } }[] };
  const articles = nodes.filter((n) => n.role?.value === 'article');
  assert.equal(articles.length, cards);
  assert.equal(articles.filter((n) => n.name?.value).length, cards, 'every card has its name, those below the screen too');
  // a list of one address does not scroll: no Tab stop of its own; the long one keeps its stop
  const stops = await page.evaluate(`[...document.querySelectorAll('#summary ul.addresses')].map((u) => [u.children.length, u.hasAttribute('tabindex')])`) as [number, boolean][];
  assert.ok(stops.some(([n, stop]) => n === 1 && !stop), JSON.stringify(stops));
  assert.ok(stops.some(([n, stop]) => n === 12 && stop), JSON.stringify(stops));
  // a wider window: the long list no longer scrolls, and loses its stop (checked again on a resize)
  await page.setViewportSize({ width: 1280, height: 2400 });
  await page.evaluate(`document.querySelectorAll('#summary ul.addresses').forEach((u) => { u.style.maxHeight = 'none'; })`);
  await until(page, `[...document.querySelectorAll('#summary ul.addresses')].every((u) => !u.hasAttribute('tabindex') || !u.getClientRects().length)`, 5000);
  // a copy is said to screen readers; on the screen the button itself says it
  await page.locator('.list-remove .group button').first().click();
  await page.locator('.list-remove .group button').first().filter({ hasText: pt.page.copiedShort }).waitFor();
  assert.equal((await page.locator('#status').textContent())?.trim(), pt.page.copied(12));
  assert.equal(await page.locator('#status').evaluate((e) => e.classList.contains('visually-hidden')), true, 'the status line is for screen readers only');
  await close(w);
});

/** Whether the element's box is wholly inside the window. */
async function wholeInView(page: Page, selector: string): Promise<boolean> {
  return await page.evaluate(`(() => { const r = document.querySelector(${JSON.stringify(selector)}).getBoundingClientRect(); return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight; })()`) as boolean;
}

test('a phone, "Explicar" on an empty box: the message is shown right above the box, in view; Ctrl+Enter on spaces too; said once to screen readers', { skip }, async () => {
  for (const reducedMotion of ['reduce', 'no-preference'] as const) {
    const w = await open('/', { viewport: { width: 390, height: 844 }, phone: true, reducedMotion });
    const { page } = w;
    const message = 'Cole um texto ou escolha um arquivo primeiro.';
    await page.getByRole('button', { name: pt.page.explain, exact: true }).tap();
    await until(page, `document.getElementById('input-error')?.textContent === ${JSON.stringify(message)}`);
    if (reducedMotion === 'no-preference') await new Promise((resolve) => setTimeout(resolve, 1000));
    assert.equal(await page.evaluate('document.activeElement.id'), 'input-text');
    assert.ok(await wholeInView(page, '#input-error'), 'the message is on the screen');
    // it is above the box, and the box is on the screen too (the status line is far below)
    const [error, box] = await Promise.all(['#input-error', '#input-text'].map((s) => page.locator(s).evaluate((el) => el.getBoundingClientRect().top)));
    assert.ok(error! < box! && box! < 844 - 48, `${error} ${box}`);
    // read with the box, which the focus moved to; the status line does not say it a second time
    const describedBy = (await page.locator('#input-text').getAttribute('aria-describedby'))!.split(' ');
    assert.ok(describedBy.includes('input-error'), describedBy.join(' '));
    assert.equal(await page.locator('#input-text').getAttribute('aria-invalid'), 'true');
    assert.notEqual((await page.locator('#status').textContent())?.trim(), message);

    // only spaces, the page scrolled away, Ctrl+Enter in the box: the message comes into view again;
    // the focus does not move, so the status line says it, for screen readers only
    await page.locator('#input-text').fill('   ');
    assert.equal(await page.locator('#input-error').isVisible(), false, 'typing in the box takes the message away');
    await page.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
    assert.equal(await page.evaluate('document.activeElement.id'), 'input-text');
    await page.keyboard.press('Control+Enter');
    await until(page, `(() => { const r = document.getElementById('input-error').getBoundingClientRect(); return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight; })()`, 5000);
    assert.equal(await page.locator('#input-error').textContent(), message);
    assert.equal((await page.locator('#status').textContent())?.trim(), message);
    assert.equal(await page.locator('#status').evaluate((e) => e.classList.contains('visually-hidden')), true, 'the status line is for screen readers only');
    if (reducedMotion === 'reduce' && process.env['SMTP_EXPLAIN_SHOTS']) await page.screenshot({ path: join(process.env['SMTP_EXPLAIN_SHOTS'], 'phone-empty-ctrl-enter.png') });
    await close(w);
  }
});

test('the Ctrl+Enter hint is shown where there is a keyboard, not on a touch phone; Ctrl+Enter explains on both', { skip }, async () => {
  const desktop = await open('/');
  assert.ok((await desktop.page.locator('#input-hint').innerText()).includes('Ctrl+Enter'));
  await close(desktop);
  const w = await open('/', { viewport: { width: 390, height: 844 }, phone: true });
  const { page } = w;
  const hint = await page.locator('#input-hint').innerText();
  assert.ok(!hint.includes('Ctrl+Enter'), hint);
  assert.ok(hint.includes(pt.page.textHint), hint);
  // nor in the box's description, read by a screen reader on the phone
  const cdp = await w.context.newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree') as { nodes: { role?: { value: string }; description?: { value: string } }[] };
  const box = nodes.find((n) => n.role?.value === 'textbox');
  assert.ok(box?.description?.value.includes('Pode colar') && !box.description.value.includes('Ctrl+Enter'), box?.description?.value);
  if (process.env['SMTP_EXPLAIN_SHOTS']) await page.screenshot({ path: join(process.env['SMTP_EXPLAIN_SHOTS'], 'phone-hint.png') });
  await page.locator('#input-text').fill(GMAIL_511);
  await page.locator('#input-text').press('Control+Enter');
  await page.locator('article.card').first().waitFor();
  await close(w);
});

test('copying one address says "Endereço copiado." (several: "Endereços copiados."); the button\'s accessible name follows its "Copiado!"', { skip }, async () => {
  for (const [path, one, several] of [['/', 'Endereço copiado.', 'Endereços copiados.'], ['/?lang=en', 'Address copied.', 'Addresses copied.']] as const) {
    const w = await open(path, { clipboard: true });
    const { page } = w;
    const words = path === '/' ? pt.page : en.page;
    await page.setInputFiles('#input-files', { name: 'mail.log', mimeType: 'text/plain', buffer: Buffer.from(REMOVE_LOG) });
    await page.locator('section.summary').waitFor();
    const buttons = page.locator('.list-remove .group button');
    const single = buttons.nth(2);
    const name = (await single.getAttribute('aria-label'))!;
    assert.ok(name.startsWith(`${words.copyAddresses(1)}: `), name);
    await single.click();
    await single.filter({ hasText: words.copiedShort }).waitFor();
    assert.equal(await page.evaluate('navigator.clipboard.readText()'), 'dani@example.net');
    assert.equal((await page.locator('#status').textContent())?.trim(), one);
    // what the button shows is what a screen reader is told it is named
    const copiedName = (await single.getAttribute('aria-label'))!;
    assert.ok(copiedName.startsWith(words.copiedShort), copiedName);
    assert.ok(copiedName.endsWith(name.slice(name.indexOf(': ') + 2)), `${copiedName} | ${name}`);
    if (path === '/' && process.env['SMTP_EXPLAIN_SHOTS']) await page.locator('.list-remove').screenshot({ path: join(process.env['SMTP_EXPLAIN_SHOTS'], 'copy-one.png') });
    // and back with the words
    await single.filter({ hasText: words.copyAddresses(1) }).waitFor({ timeout: 4000 });
    assert.equal(await single.getAttribute('aria-label'), name);
    // a group of two, and "copy all" (four)
    await buttons.first().click();
    await buttons.first().filter({ hasText: words.copiedShort }).waitFor();
    assert.equal((await page.locator('#status').textContent())?.trim(), several);
    await page.locator('.list-remove .copy-all').click();
    await page.locator('.list-remove .copy-all').filter({ hasText: words.copiedShort }).waitFor();
    assert.equal((await page.locator('#status').textContent())?.trim(), several);
    assert.ok((await page.locator('.list-remove .copy-all').getAttribute('aria-label'))!.startsWith(words.copiedShort));
    await close(w);
  }
});

test('cards of the same reason are told apart by their headings: the recipient (or, with none, where it was read) before the summary', { skip }, async () => {
  for (const [path, words] of [['/', pt], ['/?lang=en', en]] as const) {
    const w = await open(path);
    const { page } = w;
    const box = page.getByLabel(words.page.textLabel);
    const unknown = words.cat.reasons.userunknown.summary;
    await box.fill([UNKNOWN_ANA, '550 5.1.1 <bia@example.org>: Recipient address rejected: User unknown'].join('\n'));
    await box.dispatchEvent('paste');
    await page.locator('article.card').nth(1).waitFor();
    const cdp = await w.context.newCDPSession(page);
    // (Chromium puts a space before the colon, which ends a line of its own on the screen: not heard)
    const named = async (role: string) => {
      const { nodes } = await cdp.send('Accessibility.getFullAXTree') as { nodes: { role?: { value: string }; name?: { value: string } }[] };
      return nodes.filter((n) => n.role?.value === role && n.name?.value.endsWith(unknown)).map((n) => n.name!.value.replace(' :', ':'));
    };
    assert.deepEqual(await named('heading'), [`ana@example.org: ${unknown}`, `bia@example.org: ${unknown}`]);
    assert.deepEqual(await named('article'), await named('heading'), 'each card is named by its heading');
    // the summary keeps its own line, larger, under the recipient
    const [subject, summary] = await page.locator('article.card').first().evaluate((card) =>
      ['.card-subject', '.card-summary-text'].map((s) => card.querySelector(s)!.getBoundingClientRect().top));
    assert.ok(subject! < summary!, `${subject} < ${summary}`);
    // replies that name no recipient: the file each came from tells them apart
    const reply = Buffer.from('550 5.1.1 User unknown\n');
    await page.setInputFiles('#input-files', ['a.txt', 'b.txt'].map((name) => ({ name, mimeType: 'text/plain', buffer: reply })));
    await page.locator('article.card', { hasText: 'b.txt' }).waitFor();
    const file = words.cat.ui.label.file;
    assert.deepEqual(await named('heading'), ['a.txt', 'b.txt'].map((n) => `${file}: ${n}: ${unknown}`));
    await close(w);
  }
});

test('the verdict follows the heading and, with the kind badge, describes the card ("Tire este endereço da sua lista. falha permanente")', { skip }, async () => {
  for (const [path, words] of [['/', pt], ['/?lang=en', en]] as const) {
    const w = await open(path);
    const { page } = w;
    const box = page.getByLabel(words.page.textLabel);
    await box.fill(UNKNOWN_ANA);
    await box.dispatchEvent('paste');
    const card = page.locator('article.card').first();
    await card.waitFor();
    // one who moves by headings lands on the h3 and reads on: the verdict comes next
    const order = await card.evaluate((el) => [...el.children].map((c) => c.tagName.toLowerCase() + (c.classList.length ? `.${c.classList[0]}` : '')));
    assert.deepEqual(order.slice(0, 3), ['h3.card-summary', 'p.verdict', 'p.badges'], order.join(' > '));
    const verdict = `${words.cat.ui.verdict.remove} ${words.cat.ui.kind.permanent}`;
    const cdp = await w.context.newCDPSession(page);
    const { nodes } = await cdp.send('Accessibility.getFullAXTree') as { nodes: { role?: { value: string }; description?: { value: string } }[] };
    const article = nodes.find((n) => n.role?.value === 'article');
    assert.equal(article?.description?.value, verdict);
    await close(w);
  }
});

test('the server\'s own English words are marked English (a screen reader reads them with an English voice); the Portuguese page has a Portuguese placeholder', { skip }, async () => {
  const w = await open('/');
  const { page } = w;
  const box = page.getByLabel(pt.page.textLabel);
  // (before and after the script sets the page's words)
  assert.notEqual(quotedLang((await box.getAttribute('placeholder'))!), 'en');
  await box.fill(GMAIL_511);
  await box.dispatchEvent('paste');
  const card = page.locator('article.card').first();
  await card.waitFor();
  assert.notEqual(quotedLang((await box.getAttribute('placeholder'))!), 'en');
  assert.equal(await card.locator('pre.diagnostic').getAttribute('lang'), 'en');
  // the evidence quotes the reply: its words are English too; a bare code ("5.1.1") keeps the page's language
  await box.fill(UNKNOWN_ANA);
  await box.dispatchEvent('paste');
  await card.locator('pre.diagnostic', { hasText: 'ana@example.org' }).waitFor({ state: 'attached' });
  const quotes = await card.locator('details.evidence tbody td:nth-child(3) code').evaluateAll((els) => els.map((e) => [e.textContent, e.getAttribute('lang')]));
  assert.ok(quotes.some(([text, lang]) => /[a-z]{3}/i.test(text!) && lang === 'en'), JSON.stringify(quotes));
  assert.ok(quotes.every(([text, lang]) => /[a-z]{2}/i.test(text!) || lang === null), JSON.stringify(quotes));
  await close(w);
});

test('a folder is chosen from the keyboard ("Escolher uma pasta"): a Maildir\'s messages are read, its tmp/ and hidden files are not', { skip }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'smtp-explain-pick-'));
  const box = join(dir, 'Maildir');
  for (const sub of ['cur', 'new', 'tmp', '.Junk/cur']) mkdirSync(join(box, sub), { recursive: true });
  writeFileSync(join(box, 'new', '1700000002.M2P1.mail'), userUnknown('carla@example.org'));
  writeFileSync(join(box, 'cur', '1700000001.M1P1.mail:2,S'), userUnknown('ana@example.org'));
  writeFileSync(join(box, 'tmp', '1700000003.M3P1.mail'), userUnknown('edu@example.org')); // still being delivered
  writeFileSync(join(box, '.Junk', 'cur', '1700000004.M4P1.mail'), userUnknown('gil@example.org')); // a Maildir++ folder
  writeFileSync(join(box, '.DS_Store'), 'not mail');
  writeFileSync(join(box, 'Inbox.msf'), '// <!-- <mdb:mork:z v="1.4"/> -->\n');
  for (const [path, words] of [['/', pt], ['/?lang=en', en]] as const) {
    const w = await open(path);
    const { page } = w;
    const button = page.getByRole('button', { name: words.page.pickFolder, exact: true });
    // (asked for early: Playwright starts catching file choosers a moment after it is asked)
    const chosen = page.waitForEvent('filechooser');
    await page.locator('#input-files').focus();
    await page.keyboard.press('Tab');
    assert.equal(await button.evaluate((b) => b.matches(':focus')), true, 'the next Tab stop after the file picker');
    await page.keyboard.press('Enter');
    const chooser = await chosen;
    await chooser.setFiles(box);
    await page.locator('article.card').nth(2).waitFor();
    const files = (await page.locator('article.card .file').allTextContents()).map((t) => t.replace(/^.*: /, ''));
    assert.deepEqual(files, ['Maildir/.Junk/cur/1700000004.M4P1.mail', 'Maildir/cur/1700000001.M1P1.mail:2,S', 'Maildir/new/1700000002.M2P1.mail']);
    await close(w);
  }
  rmSync(dir, { recursive: true, force: true });
});

test('320 px wide with WCAG text spacing (1.4.12): a card with its evidence open does not push the page sideways', { skip }, async () => {
  // the page's CSP forbids injected styles: bypassed here, as a user's style sheet or extension would
  const context = await browser.newContext({ viewport: { width: 320, height: 600 }, locale: 'pt-BR', bypassCSP: true });
  const page = await context.newPage();
  await page.goto(server.url + '/', { waitUntil: 'load' });
  await page.addStyleTag({ content: '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }' });
  const box = page.getByLabel(pt.page.textLabel);
  await box.fill(GMAIL_511);
  await box.dispatchEvent('paste');
  await page.locator('article.card .verdict').waitFor();
  await page.locator('details.evidence summary').first().click();
  const wide = await page.evaluate('document.documentElement.scrollWidth') as number;
  assert.ok(wide <= 320, `the page is ${wide} px wide`);
  await context.close();
});

test('a long analysis: progress is on the screen at each step, said to screen readers at most every 5 s, and the result always', { skip }, async () => {
  const w = await open('/');
  const { page } = w;
  const big = mbox(Array.from({ length: 6000 }, (_, i) => userUnknown(`user${i}@example.org`)));
  await page.evaluate(`(() => {
    window.said = [];
    window.shown = [];
    const watch = (id, into) => new MutationObserver(() => into.push([Date.now(), document.getElementById(id).textContent]))
      .observe(document.getElementById(id), { childList: true, characterData: true, subtree: true });
    watch('status', window.said);
    watch('progress', window.shown);
  })()`);
  await page.setInputFiles('#input-files', { name: 'big.mbox', mimeType: 'application/mbox', buffer: Buffer.from(big) });
  await page.locator('section.summary').waitFor({ timeout: 60_000 });
  const said = (await page.evaluate('window.said') as [number, string][]).filter(([, text]) => text);
  const shown = (await page.evaluate('window.shown') as [number, string][]).filter(([, text]) => text);
  assert.ok(shown.some(([, text]) => /\d.*\d/.test(text)), `no count was shown: ${JSON.stringify(shown)}`);
  // the last thing said is the result; before it, no two things said less than 5 s apart
  assert.equal(said.at(-1)![1], pt.page.summaryCounts(messagesRead(6000), 6000));
  for (let i = 1; i < said.length - 1; i++) assert.ok(said[i]![0] - said[i - 1]![0] >= 5000, JSON.stringify(said));
  await close(w);
});

test('a language switch after a paste that replaced the text does not say the paste again', { skip }, async () => {
  const w = await open('/', { clipboard: true });
  const { page } = w;
  await page.getByLabel(pt.page.textLabel).focus();
  await paste(page, UNKNOWN_ANA);
  await page.locator('article.card', { hasText: 'ana@example.org' }).waitFor();
  await page.keyboard.press('Control+End');
  await paste(page, FULL_BRUNO);
  await page.locator('#paste-note', { hasText: pt.page.pasteReplaced }).waitFor();
  await page.evaluate(`(() => {
    window.notes = [];
    new MutationObserver(() => window.notes.push(document.getElementById('paste-note').textContent))
      .observe(document.getElementById('paste-note'), { childList: true, characterData: true, subtree: true });
  })()`);
  await page.locator('#lang-switch').click();
  // (the card of the Portuguese run names bruno@ too)
  await explained(page);
  await page.locator('article.card', { hasText: 'bruno@example.org' }).waitFor();
  await page.waitForFunction(`document.documentElement.lang === 'en'`);
  assert.deepEqual((await page.evaluate('window.notes') as string[]).filter(Boolean), [], 'the paste note was said again');
  await close(w);
});

test('the evidence table and its scroller are named ("Em que a explicação se baseia")', { skip }, async () => {
  for (const [path, words] of [['/', pt], ['/?lang=en', en]] as const) {
    const w = await open(path);
    const { page } = w;
    const box = page.getByLabel(words.page.textLabel);
    await box.fill(GMAIL_511);
    await box.dispatchEvent('paste');
    await page.locator('article.card details.evidence summary').click();
    const name = words.page.evidenceCaption;
    assert.ok(name?.trim(), 'the page has words for it');
    assert.equal(await page.getByRole('table', { name, exact: true }).count(), 1);
    assert.equal(await page.getByRole('group', { name, exact: true }).locator('table').count(), 1);
    await close(w);
  }
});

test('the link to where a rule is documented, which opens a new tab, says so to screen readers; it opens the page in the page\'s language (Google\'s hl=pt-BR)', { skip }, async () => {
  for (const [path, words, hl] of [['/', pt, true], ['/?lang=en', en, false]] as const) {
    const w = await open(path);
    const { page } = w;
    const box = page.getByLabel(words.page.textLabel);
    await box.fill(GMAIL_511);
    await box.dispatchEvent('paste');
    const link = page.locator('article.card a[target="_blank"][href^="https://"]');
    await link.waitFor();
    assert.ok(words.page.opensNewTab?.trim(), 'the page has words for it');
    assert.equal(await page.getByRole('link', { name: `support.google.com ${words.page.opensNewTab}`, exact: true }).count(), 1);
    // on the screen, the host alone
    assert.equal((await link.innerText()).split('\n')[0], 'support.google.com');
    // the Portuguese page opens Google's page in Portuguese; the English one keeps the English link
    const href = await link.getAttribute('href');
    assert.equal(/[?&]hl=pt-BR(?:[&#]|$)/.test(href ?? ''), hl, `${path}: ${href}`);
    await close(w);
  }
});

test('on a phone the text box\'s font is at least 16 px (iOS Safari zooms into smaller ones on focus)', { skip }, async () => {
  const w = await open('/', { viewport: { width: 390, height: 844 }, phone: true });
  const size = parseFloat(await w.page.evaluate(`getComputedStyle(document.getElementById('input-text')).fontSize`) as string);
  assert.ok(size >= 16, `${size}px`);
  await close(w);
});

test('a single result is said with its kind of failure first ("Falha permanente: ..."); a reply that is no failure, its summary alone', { skip }, async () => {
  const cases = [
    ['/', pt, UNKNOWN_ANA, 'Falha permanente: '],
    ['/', pt, FULL_BRUNO, 'Falha temporária: '],
    ['/?lang=en', en, UNKNOWN_ANA, 'Permanent failure: '],
    ['/?lang=en', en, FULL_BRUNO, 'Temporary failure: '],
    ['/', pt, '250 2.0.0 OK', ''],
    ['/?lang=en', en, '221 2.0.0 Bye', ''],
  ] as const;
  for (const [path, words, reply, kind] of cases) {
    const w = await open(path);
    const { page } = w;
    const box = page.getByLabel(words.page.textLabel);
    await box.fill(reply);
    await box.dispatchEvent('paste');
    const summary = (await page.locator('article.card .card-summary-text').textContent())!.trim();
    await until(page, `document.getElementById('status').textContent !== ${JSON.stringify(words.page.analyzing)}`);
    assert.equal(await page.locator('#status').textContent(), kind + summary, reply);
    await close(w);
  }
});

test('a table too wide for the window is a Tab stop of its own, named, with a visible focus ring, and scrolls with the arrow keys; one that fits is none', { skip }, async () => {
  for (const [path, words] of [['/', pt], ['/?lang=en', en]] as const) {
    // a narrow phone (280 px): the evidence table is too wide for it in both languages
    const w = await open(path, { viewport: { width: 280, height: 700 } });
    const { page } = w;
    const box = page.getByLabel(words.page.textLabel);
    await box.fill(GMAIL_511);
    await box.dispatchEvent('paste');
    const summary = page.locator('article.card details.evidence summary');
    await summary.click();
    const wrap = page.locator('article.card .table-wrap');
    await until(page, `document.querySelector('article.card .table-wrap').getAttribute('tabindex') === '0'`, 5000);
    assert.ok(await wrap.evaluate((e) => e.scrollWidth > e.clientWidth), 'the table is wider than a 280 px window');
    assert.equal(await page.getByRole('group', { name: words.page.evidenceCaption, exact: true }).getAttribute('tabindex'), '0');
    // from the keyboard: the disclosure, then the table's region, which shows where the focus is
    await summary.focus();
    await page.keyboard.press('Tab');
    assert.ok(await page.evaluate(`document.activeElement === document.querySelector('article.card .table-wrap')`), 'Tab reaches the table');
    const ring = await page.evaluate(`(() => { const s = getComputedStyle(document.activeElement); return [s.outlineStyle, parseFloat(s.outlineWidth)]; })()`) as [string, number];
    assert.ok(ring[0] !== 'none' && ring[1] >= 2, JSON.stringify(ring));
    await page.keyboard.press('ArrowRight');
    await until(page, `document.querySelector('article.card .table-wrap').scrollLeft > 0`, 5000);
    // a window wide enough: no scrolling, no stop
    await page.setViewportSize({ width: 1280, height: 700 });
    await until(page, `!document.querySelector('article.card .table-wrap').hasAttribute('tabindex')`, 5000);
    await close(w);
  }
  // the summary's table by reason: none while it fits; a stop, named by its caption, once wider text makes it scroll
  const w = await open('/');
  const { page } = w;
  await page.setInputFiles('#input-files', { name: 'box.mbox', mimeType: 'application/mbox', buffer: Buffer.from(mbox(['a', 'b', 'c', 'd'].map((u) => userUnknown(`${u}@example.com`)))) });
  await page.locator('section.summary table.by-reason').waitFor();
  const byReason = page.getByRole('group', { name: REPORTS['pt-BR'].summary.byReason, exact: true });
  assert.equal(await byReason.getAttribute('tabindex'), null);
  await page.evaluate(`document.querySelector('section.summary table.by-reason').style.minWidth = '3000px'`);
  await until(page, `document.querySelector('section.summary .table-wrap').getAttribute('tabindex') === '0'`, 5000);
  assert.equal(await byReason.getAttribute('tabindex'), '0');
  await close(w);
});

test('each of the summary\'s totals is read as one phrase ("4 endereços para remover"), not its number and its words apart; it looks as before', { skip }, async () => {
  for (const [path, words] of [['/', pt], ['/?lang=en', en]] as const) {
    const w = await open(path);
    const { page } = w;
    await page.setInputFiles('#input-files', { name: 'box.mbox', mimeType: 'application/mbox', buffer: Buffer.from(mbox([...['a', 'b', 'c', 'd'].map((u) => userUnknown(`${u}@example.com`)), mailboxFull('e@example.com')])) });
    await page.locator('section.summary ul.counts').waitFor();
    const cdp = await w.context.newCDPSession(page);
    type AxNode = { nodeId: string; ignored?: boolean; role?: { value: string }; name?: { value: string }; childIds?: string[] };
    const { nodes } = await cdp.send('Accessibility.getFullAXTree') as { nodes: AxNode[] };
    const byId = new Map(nodes.map((n) => [n.nodeId, n]));
    // the text nodes a screen reader steps through, ignored nodes passed through
    const texts = (n: AxNode): string[] => !n.ignored && n.role?.value === 'StaticText'
      ? [n.name?.value ?? '']
      : (n.childIds ?? []).flatMap((id) => texts(byId.get(id)!));
    const list = nodes.find((n) => n.role?.value === 'list' && (n.childIds ?? []).some((id) => byId.get(id)?.role?.value === 'listitem'))!;
    const heard = (list.childIds ?? []).map((id) => byId.get(id)!).filter((n) => n.role?.value === 'listitem').map(texts);
    const remove = `4 ${words.page.totals.remove(4)}`;
    assert.ok(heard.some((item) => item.length === 1 && item[0] === remove), JSON.stringify(heard));
    for (const item of heard) assert.equal(item.length, 1, `read apart: ${JSON.stringify(item)}`);
    // on the screen: the same words, the number standing out
    assert.deepEqual(await shownCounts(page), heard.map(([text]) => text));
    assert.equal(await page.locator('ul.counts .count-remove .count-number').textContent(), '4');
    await close(w);
  }
});

/** The summary's totals as the screen shows them (screen readers hear each as one phrase too). */
async function shownCounts(page: Page): Promise<string[]> {
  return (await page.locator('ul.counts li').evaluateAll((items) => items.map((li) => (li.querySelector('[aria-hidden="true"]') ?? li).textContent ?? ''))).map((t) => t.trim());
}

// ---- the page before (or without) its script, its errors, big results, stopping (web page audit) ----

test('before the page\'s script runs, or without it, "Explicar" sends nothing: no request carries the text, no navigation, the box keeps it', { skip }, async () => {
  const secret = 'Delivery has failed to these recipients: segredo-71c@example.com 550 5.1.1 User unknown';
  for (const how of ['no JavaScript', 'script blocked'] as const) {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 }, locale: 'pt-BR', javaScriptEnabled: how !== 'no JavaScript' });
    // the page's bundle never arrives: a slow phone before it loads, or a proxy that blocks it
    if (how === 'script blocked') await context.route(/\/assets\/index-[\w-]+\.js$/, (route) => route.abort());
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const requests: string[] = [];
    await page.goto(server.url + '/', { waitUntil: 'load' });
    page.on('request', (r) => requests.push(`${r.method()} ${r.url()} ${r.postData() ?? ''}`));
    const box = page.locator('#input-text');
    await box.fill(secret);
    const button = page.locator('button#explain');
    assert.ok(await button.isDisabled(), `${how}: "Explicar" can be pressed before the page's script runs`);
    await button.click({ force: true });
    // a browser that would enable it anyway (or an old one): the form itself submits nowhere, and the box has no name
    if (how === 'script blocked') {
      await page.evaluate(`document.getElementById('explain').disabled = false`);
      await button.click();
      await page.locator('#input-text').press('Enter');
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.deepEqual(requests.filter((r) => /segredo|text=/.test(r)), [], `${how}: the text left the browser`);
    assert.equal(new URL(page.url()).search, '', how);
    assert.equal((await box.inputValue()).trim(), secret, how);
    // the page says why nothing happens, in both languages, once it is clear that its script is not coming
    const note = how === 'no JavaScript' ? page.locator('noscript p.note, p.note', { hasText: 'JavaScript' }).first() : page.locator('#not-loaded');
    if (how === 'script blocked') await until(page, `getComputedStyle(document.getElementById('not-loaded')).visibility === 'visible'`);
    assert.ok(await note.isVisible(), `${how}: no visible note`);
    assert.equal(await note.locator('[lang="en"]').count(), 1, `${how}: the note has no English`);
    await context.close();
  }
  // with its script, the page hides the note and enables the button
  const w = await open('/');
  assert.ok(await w.page.locator('button#explain').isEnabled());
  assert.ok(!(await w.page.locator('#not-loaded').isVisible()));
  await close(w);
});

test('an error of the page\'s own code during an analysis is shown and said, and the results are no longer busy; a browser without Object.hasOwn still draws the cards', { skip }, async () => {
  for (const words of [pt, en]) {
    const w = await open(words === pt ? '/' : '/?lang=en');
    const { page } = w;
    // the drawing of the results fails (a bug, a browser that lacks something the page uses)
    await page.evaluate(`Element.prototype.replaceChildren = function () { throw new Error('injected failure'); }`);
    await page.locator('#input-text').fill(UNKNOWN_ANA);
    await page.getByRole('button', { name: words.page.explain, exact: true }).click();
    const status = page.locator('#status');
    await until(page, `document.getElementById('status').textContent === ${JSON.stringify(words.page.somethingFailed('injected failure'))}`);
    assert.ok(await status.isVisible(), 'the message is said to screen readers only');
    assert.equal(await page.getAttribute('#results', 'aria-busy'), null);
    assert.ok(await page.locator('#progress').isHidden());
    assert.ok(await page.locator('#stop').isHidden());
    // an error no run catches (a handler of the page's own): shown too
    await page.evaluate(`document.getElementById('status').textContent = ''`);
    await page.evaluate(`setTimeout(() => { throw new Error('late failure'); }, 0)`);
    await until(page, `document.getElementById('status').textContent === ${JSON.stringify(words.page.somethingFailed('late failure'))}`);
    await w.context.close();
  }
  // Safari before 15.4 has no Object.hasOwn: the cards (their evidence) are drawn without it
  const w = await open('/');
  await w.page.addInitScript('delete Object.hasOwn');
  await w.page.reload();
  const box = w.page.getByLabel(pt.page.textLabel);
  await box.fill(UNKNOWN_ANA);
  await w.page.getByRole('button', { name: pt.page.explain, exact: true }).click();
  await w.page.locator('article.card details.evidence tbody tr').first().waitFor({ state: 'attached' });
  await close(w);
});

test('a big mailbox: its 200 cards are drawn a few at a time and its lists of addresses in part ("Mostrar mais"), the counts and the copies whole', { skip }, async () => {
  const w = await open('/');
  const { page } = w;
  const total = 650;
  const big = mbox(Array.from({ length: total }, (_, i) => userUnknown(`user${i}@example.org`)));
  // the cards in the page after each task that changed them (a MutationObserver's records come once per task)
  await page.evaluate(`(() => {
    window.cardCounts = [];
    window.longest = 0;
    new MutationObserver(() => window.cardCounts.push(document.querySelectorAll('#cards article').length))
      .observe(document.getElementById('cards'), { childList: true });
    try { new PerformanceObserver((l) => { for (const e of l.getEntries()) window.longest = Math.max(window.longest, e.duration); }).observe({ type: 'longtask' }); } catch {}
  })()`);
  await page.setInputFiles('#input-files', { name: 'big.mbox', mimeType: 'application/mbox', buffer: Buffer.from(big) });
  await page.locator('section.summary').waitFor({ timeout: 60_000 });
  await until(page, `document.querySelectorAll('#cards article').length === 200`, 30_000);
  const counts = await page.evaluate('window.cardCounts.filter((n) => n > 0)') as number[];
  const steps = counts.map((n, i) => n - (counts[i - 1] ?? 0));
  assert.ok(counts.length >= 10 && Math.max(...steps) <= 20, `cards drawn per task: ${steps.join(' ')}`);
  // the note on the cards left out comes after the last of them
  await page.locator('#cards > p.muted', { hasText: pt.page.cardsShown(200, total) }).waitFor();
  // a list of 650 addresses shows 100 of them, then 200 more at each "Mostrar mais"
  const list = page.locator('.list-remove .group ul.addresses').first();
  assert.equal(await list.locator('li').count(), 100);
  const more = page.locator('.list-remove .group button.show-more').first();
  assert.equal((await more.textContent())?.trim(), pt.page.showMoreAddresses(200));
  await more.focus();
  await page.keyboard.press('Enter');
  assert.equal(await list.locator('li').count(), 300);
  await more.click();
  assert.equal(await list.locator('li').count(), 500);
  assert.equal((await more.textContent())?.trim(), pt.page.showMoreAddresses(150));
  await more.click();
  assert.equal(await list.locator('li').count(), total);
  assert.equal(await more.count(), 0, 'the button stays when all are listed');
  assert.ok(await page.evaluate(`document.activeElement.classList.contains('copy')`), 'the focus was lost with the button');
  // the counts and the copy of all say every address
  assert.equal(await page.locator('section.summary .count-remove .count-number').textContent(), (total).toLocaleString('pt-BR'));
  assert.ok((await page.locator('button.copy-all').textContent())?.includes((total).toLocaleString('pt-BR')));
  // (reported, not asserted: a shared machine's timings vary)
  console.log(`longest task while drawing ${total} results: ${await page.evaluate('window.longest')} ms`);
  await close(w);
});

test('a big mailbox\'s cards: the scrolling regions in closed disclosures (their evidence tables) are not measured until opened', { skip }, async () => {
  // Chromium lays out a closed disclosure's content to measure it, one at a time: 200 cards' evidence
  // tables measured after a big mailbox held the page for 0.4 to 1 s
  const w = await open('/', { viewport: { width: 280, height: 700 } });
  const { page } = w;
  await page.addInitScript(`(() => {
    window.closedMeasured = 0;
    for (const name of ['getClientRects', 'getBoundingClientRect']) {
      const real = Element.prototype[name];
      Element.prototype[name] = function (...args) {
        if (this.closest('details:not([open])')) window.closedMeasured++;
        return real.apply(this, args);
      };
    }
  })()`);
  await page.reload();
  const big = mbox(Array.from({ length: 250 }, (_, i) => userUnknown(`user${i}@example.org`)));
  await page.setInputFiles('#input-files', { name: 'big.mbox', mimeType: 'application/mbox', buffer: Buffer.from(big) });
  await until(page, `document.querySelectorAll('#cards article').length === 200`, 30_000);
  await page.locator('#cards > p.muted').waitFor();
  // a few frames for the scroll stops to be checked
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 200))))');
  assert.equal(await page.evaluate('window.closedMeasured'), 0, 'regions in closed disclosures were measured');
  // opened, the evidence table too wide for a 280 px window becomes a Tab stop
  const card = page.locator('article.card').nth(150);
  await card.locator('details.evidence summary').click();
  await until(page, `document.querySelectorAll('article.card')[150].querySelector('.table-wrap').getAttribute('tabindex') === '0'`, 5000);
  await close(w);
});

test('a big mailbox (12,000 bounces, 14 MB), with a worker and without: no task holds the page over 300 ms while it is read and its cards drawn; the summary is the same', { skip }, async () => {
  // from a file: a file given as bytes is built in the page by Playwright, a task of seconds of its own
  const dir = mkdtempSync(join(tmpdir(), 'smtp-explain-e2e-'));
  const big = join(dir, 'big.mbox');
  writeFileSync(big, mbox(Array.from({ length: 12_000 }, (_, i) => userUnknown(`user${i}@example.com`))));
  const summaries: string[] = [];
  for (const script of ['', 'delete window.Worker']) {
    const w = await open('/');
    const { page } = w;
    // the longest task from the drop on, and what the worker said (the summary worked out there)
    await page.addInitScript(`(() => {
      ${script};
      window.longest = 0;
      window.workerSaid = [];
      new PerformanceObserver((l) => { for (const e of l.getEntries()) if (window.dropped) window.longest = Math.max(window.longest, e.duration); }).observe({ type: 'longtask' });
      if (window.Worker) {
        const Real = window.Worker;
        window.Worker = class extends Real { constructor(url, options) { super(url, options); this.addEventListener('message', (e) => window.workerSaid.push(e.data.type)); } };
      }
    })()`);
    await page.reload();
    await page.evaluate('window.dropped = true');
    await page.setInputFiles('#input-files', big);
    await page.locator('#cards > p.muted').waitFor({ timeout: 60_000 });
    await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 300))))');
    const longest = await page.evaluate('window.longest') as number;
    console.log(`${script || 'worker'}: longest task while 12,000 bounces were read and drawn: ${longest} ms`);
    assert.ok(longest < 300, `${script || 'worker'}: a task of ${longest} ms`);
    const said = await page.evaluate('window.workerSaid') as string[];
    assert.equal(said.includes('worked'), !script, `${script || 'worker'}: ${[...new Set(said)].join(' ')}`);
    summaries.push((await page.locator('section.summary').textContent()) ?? '');
    await close(w);
  }
  assert.ok(summaries[0]!.includes((12_000).toLocaleString('pt-BR')), summaries[0]);
  assert.equal(summaries[1], summaries[0]);
  rmSync(dir, { recursive: true, force: true });
});

test('"Parar a análise" during a long analysis: reached by the keyboard, it ends the worker, says how far it got, shows no result; "Explicar" starts again', { skip }, async () => {
  const w = await open('/');
  const { page } = w;
  const workers: Promise<unknown>[] = [];
  page.on('worker', (worker) => workers.push(new Promise((resolve) => worker.once('close', resolve))));
  const total = 6000;
  const big = mbox(Array.from({ length: total }, (_, i) => userUnknown(`user${i}@example.org`)));
  await page.setInputFiles('#input-files', { name: 'big.mbox', mimeType: 'application/mbox', buffer: Buffer.from(big) });
  const stop = page.locator('#stop');
  await stop.waitFor();
  assert.equal((await stop.textContent())?.trim(), pt.page.stop);
  // under way: a count on the progress line
  await until(page, `/\\d/.test(document.getElementById('progress').textContent)`, 30_000);
  // from the keyboard: Tab from "Explicar" reaches it
  await page.locator('#explain').focus();
  await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(`document.activeElement.id === 'stop'`), 'Tab from "Explicar" does not reach the stop button');
  await page.keyboard.press('Enter');
  const said = (await page.locator('#status').textContent()) ?? '';
  const done = /([\d.]+) de 6\.000 mensagens/.exec(said);
  assert.ok(done, said);
  assert.equal(said, pt.page.stopped({ done: Number(done[1]!.replace(/\./g, '')), total, unit: 'messages' }));
  assert.ok(await page.locator('#status').isVisible());
  assert.ok(await stop.isHidden());
  assert.ok(await page.locator('#progress').isHidden());
  assert.equal(await page.getAttribute('#results', 'aria-busy'), null);
  assert.ok(await page.evaluate(`document.activeElement.id === 'explain'`), 'the focus was lost with the button');
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([workers[0], new Promise((_, reject) => { timer = setTimeout(() => reject(new Error('the worker was not ended')), 15_000); })]);
  clearTimeout(timer);
  await new Promise((resolve) => setTimeout(resolve, 500));
  assert.equal(await page.locator('section.summary').count(), 0, 'a stopped analysis showed results');
  // the files are kept: "Explicar" analyses them again, to the end
  await page.locator('#explain').click();
  await page.locator('section.summary').waitFor({ timeout: 60_000 });
  assert.equal(await page.locator('section.summary .count-read .count-number').textContent(), total.toLocaleString('pt-BR'));
  await close(w);
});
