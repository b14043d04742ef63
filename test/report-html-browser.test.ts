// The HTML report opened in headless Chromium (Debian's, driven by playwright-core): the charts are
// drawn, the three lists are filled, nothing is requested from the network, no script runs.
// Skipped, with a message, when /usr/bin/chromium is missing.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { authFailure, mailboxFull, mbox, plainMessage, runCli, tempDir, userUnknown, writeTree } from './mailbox-helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const skip = existsSync(CHROMIUM)
  ? false
  : `HTML report browser test skipped: Debian chromium is not installed at ${CHROMIUM} (apt-get install -y chromium)`;
if (skip) process.stdout.write(`# ${skip}\n`);

let browser: Browser | null = null;
before(async () => {
  if (skip) return;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
});
after(async () => {
  await browser?.close();
});

test('the report renders in Chromium with its charts and filled lists', { skip }, async () => {
  const dir = tempDir();
  const box = join(dir, 'bounces.mbox');
  writeTree(dir, {
    'bounces.mbox': mbox([
      userUnknown('ana@example.com'), userUnknown('bia@example.com'), mailboxFull('caio@example.net'),
      authFailure('duda@example.org'), plainMessage(1), 'not a message at all\n',
    ]),
  });
  const run = await runCli(['--format', 'html', '--lang', 'pt-BR', '--jobs', '0', box]);
  assert.equal(run.code, 1, 'one message of the mbox is unreadable');
  const file = join(dir, 'report.html');
  writeFileSync(file, run.stdout);

  const page = await browser!.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(pathToFileURL(file).href);

  assert.equal(await page.title(), 'Relatório de falhas na entrega');
  // charts: two inline SVGs with visible bars
  assert.equal(await page.locator('svg.chart').count(), 2);
  const reasonBars = page.locator('#reasons svg.chart rect');
  assert.ok((await reasonBars.count()) >= 3, 'userunknown, mailboxfull and authfailure bars');
  const box0 = await reasonBars.first().boundingBox();
  assert.ok(box0 && box0.width > 50 && box0.height > 5, 'the longest bar is drawn wide');
  assert.ok((await page.locator('#kinds svg.chart rect').count()) >= 3);

  // the three lists
  assert.deepEqual(await page.locator('#remove ul.addresses li').allTextContents(), ['ana@example.com', 'bia@example.com']);
  assert.equal(await page.locator('#remove textarea').inputValue(), 'ana@example.com\nbia@example.com');
  // a failure on the sender's side is listed with its problem, not once more among the addresses to retry
  assert.deepEqual(await page.locator('#retry ul.addresses li').allTextContents(), ['caio@example.net']);
  assert.equal(await page.locator('#sender .group').count(), 1);
  assert.deepEqual(await page.locator('#sender ul.addresses li').allTextContents(), ['duda@example.org']);
  assert.match(await page.locator('#sender .group').innerText(), /O que corrigir[\s\S]*SPF/);
  assert.equal(await page.locator('#domains tbody tr').count(), 3);
  assert.match(await page.locator('#errors').innerText(), /bounces\.mbox#6/);
  assert.equal(await page.locator('#total-read .num').innerText(), '6');

  // a phone's width: no sideways scrolling (the domain table scrolls on its own)
  await page.setViewportSize({ width: 360, height: 740 });
  assert.equal(await page.evaluate('document.documentElement.scrollWidth <= document.documentElement.clientWidth'), true);
  // on paper: the closed address lists are open, the copy box (a repeat of the groups above) left out
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('#sender details li').first().isVisible(), true);
  assert.equal(await page.locator('#remove textarea').isVisible(), false);

  assert.deepEqual(requests, [pathToFileURL(file).href], 'only the file itself is loaded');
  assert.deepEqual(errors, []);
  assert.equal(await page.locator('script').count(), 0);
  await page.close();
});
