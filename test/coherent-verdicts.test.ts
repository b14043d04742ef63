// A result's parts agree with each other: an unreadable input is no success, a mailbox to remove is shown
// as one, and who acts on a domain that does not exist is nobody on its side.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../src/analyze.js';
import { analyzeInput } from '../src/analyze-input.js';
import { analyzeItem } from '../src/mailbox/analyze-item.js';
import { createApp } from '../src/server/app.js';
import type { Result } from '../src/result.js';
import { explainText } from '../src/explain-text.js';
import { CATALOGS } from '../src/i18n/catalog.js';
import { hardBounceWords } from '../src/report/tally.js';
import { runCli, tempDir } from './mailbox-helpers.js';

test('an input that could not be read has kind "error", not "success", on every face', async () => {
  const [empty] = await analyze(new Uint8Array(0), { lang: 'en', file: 'empty.eml' });
  assert.deepEqual([empty!.kind, empty!.listAction, empty!.bounce], ['error', 'error', false]);
  // a path the command line could not read
  const [missing] = await analyzeItem({ kind: 'error', file: 'x.eml', problem: 'not-found', detail: '', scope: 'path' }, 'en');
  assert.equal(missing!.kind, 'error');
  // the web page reads a dropped file through analyzeInput; the API too
  const binary = new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254, 0, 1]);
  const page = await analyzeInput(binary, { lang: 'en', file: 'x.bin' });
  assert.deepEqual(page.results.map((r) => r.kind), ['error']);
  const app = createApp({ logError: () => assert.fail('an internal error was logged') });
  const res = await app.request('/api/explain?lang=en', { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: binary });
  const api = ((await res.json()) as { results: Result[] }).results;
  assert.deepEqual(api.map((r) => [r.kind, r.listAction]), [['error', 'error']]);

  // (an empty file on the command line is nothing to explain, no error: a binary one is unreadable)
  const dir = tempDir();
  const file = join(dir, 'x.bin');
  writeFileSync(file, binary);
  const out = await runCli(['--format', 'ndjson', '--lang', 'en', file]);
  const line = JSON.parse(out.stdout) as Result;
  assert.deepEqual([line.kind, line.kindText], ['error', 'unreadable']);
  // the other faces show it without failing: the text, the CSV's kind column, the HTML report
  assert.match((await runCli(['--lang', 'en', file])).stdout, /binary/);
  assert.match((await runCli(['--format', 'csv', '--lang', 'en', file])).stdout, /Could not be read/i);
  assert.equal((await runCli(['--format', 'html', '--lang', 'en', file])).code, 1);
});

test('an address to remove that is no hard bounce says so beside "hard bounce: no"', () => {
  const label = CATALOGS.en.ui.label;
  // Gmail's full mailbox abandoned for long: Sisimai's mailboxfull (no hard bounce), never to be retried
  const abandoned = explainText('552 5.2.2 The email account that you tried to reach is over quota and inactive. https://support.google.com/mail/?p=OverQuotaPerm - gsmtp', { lang: 'en' });
  assert.deepEqual([abandoned.reason, abandoned.hardBounce, abandoned.listAction], ['mailboxfull', false, 'remove']);
  assert.equal(hardBounceWords(abandoned), label.noButRemove);
  const disabled = explainText('550 5.2.1 <ana@example.com>: This mailbox is disabled', { lang: 'en' });
  assert.equal(hardBounceWords(disabled), label.noButRemove);
  assert.equal(hardBounceWords(disabled, 'pt-BR'), CATALOGS['pt-BR'].ui.label.noButRemove);
  assert.equal(hardBounceWords(explainText('550 5.1.1 <ana@example.com>: User unknown', { lang: 'en' })), label.yes);
  assert.equal(hardBounceWords(explainText('452 4.2.2 <ana@example.com>: Mailbox full', { lang: 'en' })), label.no);
});

test('a recipient domain that does not exist has nobody on its side to act: only the sender, and the admin is told so', () => {
  const en = CATALOGS.en.ui.unknownDomainAdmin;
  for (const reply of [
    "550 5.1.2 The recipient domain could not be reached. DNS Error: DNS type 'mx' lookup of examplle.com responded with code NXDOMAIN",
    '550 5.1.2 <ana@examplle.com>: Host or domain name not found. Name service error for name=examplle.com type=MX: Host not found',
    '550 5.1.2 <ana@examplle.com>: Recipient address rejected: Domain not found',
    '550 5.1.2 <ana@examplle.com>... No such domain',
  ]) {
    const r = explainText(reply, { lang: 'en' });
    assert.deepEqual([r.reason, r.actors, r.adminAdvice], ['hostunknown', ['sender'], en.nonexistent], reply);
    assert.ok(r.evidence.some((e) => e.rule === 'domain:nonexistent'), reply);
  }
});

test('a recipient domain that exists with no mail server that works: its admin acts too, and the admin words say so', () => {
  const en = CATALOGS.en.ui.unknownDomainAdmin;
  for (const reply of [
    "550 5.1.2 DNS Error: DNS type 'mx' lookup of example.com responded with code SERVFAIL",
    '550 5.1.2 Host unknown: all relevant MX records point to non-existent hosts',
    '550 5.1.2 <ana@example.com>: Host or domain name not found. Name service error for name=example.com type=A: Host found but no data record of requested type',
  ]) {
    const r = explainText(reply, { lang: 'en' });
    assert.deepEqual([r.reason, r.actors, r.adminAdvice], ['hostunknown', ['sender', 'recipient-admin'], en.noMailServer], reply);
  }
  // words that do not say which it is keep both parties and the general words
  const vague = explainText('553 5.1.2 <ana@example.com>: unrouteable mail domain', { lang: 'en' });
  assert.deepEqual([vague.actors, vague.adminAdvice], [['sender', 'recipient-admin'], CATALOGS.en.reasons.hostunknown.adminAdvice]);
});
