// A forward or an alias that failed: the report names the address that failed (Final-Recipient) and
// the one the sender wrote (Original-Recipient). The result keeps both; the lists of a mailing-list
// owner use the one on their list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze.js';
import { csvHeader, csvRow } from '../src/report/csv.js';
import { AddressLists } from '../src/report/address-lists.js';
import { HtmlReport } from '../src/report/html.js';
import { Tally } from '../src/report/tally.js';
import { renderText } from '../src/cli/render-text.js';
import { dsn, parseCsv } from './mailbox-helpers.js';

const bytes = (text: string) => new TextEncoder().encode(text);

test('the address the sender wrote is kept when it is another', async () => {
  const [r] = await analyze(bytes(dsn({ recipient: 'ana@new.example.net', original: 'ana@old.example.org' })), { lang: 'en' });
  assert.equal(r!.recipient, 'ana@new.example.net');
  assert.equal(r!.originalRecipient, 'ana@old.example.org');
  for (const same of ['ANA@new.example.net', '"ana"@new.example.net']) {
    const [s] = await analyze(bytes(dsn({ recipient: 'ana@new.example.net', original: same })), { lang: 'en' });
    assert.equal(s!.originalRecipient, null, same);
  }
  const [none] = await analyze(bytes(dsn({ recipient: 'ana@new.example.net' })), { lang: 'en' });
  assert.equal(none!.originalRecipient, null);
});

test('the lists, the CSV and the text name the address on the mailing list', async () => {
  const [r] = await analyze(bytes(dsn({ recipient: 'ana@new.example.net', original: 'ana@old.example.org' })), { lang: 'pt-BR' });
  const lists = new AddressLists();
  lists.add(r!);
  assert.deepEqual([...lists.remove.values()].map((e) => [e.address, e.failedAs]), [['ana@old.example.org', 'ana@new.example.net']]);
  // the address on the list first, the one that failed under it in 'Endereço que falhou'
  const header = parseCsv(csvHeader('pt-BR'))[0]!;
  const row = parseCsv(csvHeader('pt-BR') + csvRow(r!))[1]!;
  const failedAs = header.indexOf('Endereço que falhou');
  assert.equal(row[0], 'ana@old.example.org');
  assert.equal(row[1], 'old.example.org');
  assert.equal(row[failedAs], 'ana@new.example.net');
  assert.match(renderText(r!).split('\n')[0]!, /ana@new\.example\.net {2}\(enviado para ana@old\.example\.org\)/);
});

test("Postfix's notice names the alias it expanded: the address the sender wrote, without a DSN part", async () => {
  const notice = [
    'From: MAILER-DAEMON@mx.example.com (Mail Delivery System)',
    'To: news@example.com',
    'Subject: Undelivered Mail Returned to Sender',
    '',
    'This is the mail system at host mx.example.com.',
    '',
    "I'm sorry to have to inform you that your message could not",
    'be delivered to one or more recipients.',
    '',
    '<ana@new.example.net> (expanded from <ana@old.example.org>): host',
    '    mx.new.example.net[192.0.2.9] said: 550 5.1.1 <ana@new.example.net>: Recipient',
    '    address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)',
    '',
  ].join('\n');
  const [r] = await analyze(bytes(notice), { lang: 'en' });
  assert.equal(r!.recipient, 'ana@new.example.net');
  assert.equal(r!.originalRecipient, 'ana@old.example.org');
  assert.equal(r!.reason, 'userunknown');
});

test('the HTML report lists the address on the mailing list, with the one it was forwarded to', async () => {
  const [r] = await analyze(bytes(dsn({ recipient: 'ana@new.example.net', original: 'ana@old.example.org' })), { lang: 'en' });
  const tally = new Tally();
  const report = new HtmlReport('en', tally);
  tally.addItem([r!]);
  report.add([r!]);
  const html = report.render({ inputs: ['box.mbox'], date: new Date(Date.UTC(2025, 0, 1)) });
  assert.ok(html.includes('<li>ana@old.example.org <small>(forwarded to ana@new.example.net, which failed)</small></li>'), 'listed with its forward');
});
