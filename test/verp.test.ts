// VERP return addresses: the subscriber a list's bounce names, as the address on the list.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMessage } from '../src/message/analyze-message.js';
import { AddressLists } from '../src/report/address-lists.js';
import { decodeVerp } from '../src/message/verp.js';
import { userUnknown } from './mailbox-helpers.js';

test('decodeVerp reads the "+" and "=" form, and nothing else', () => {
  assert.equal(decodeVerp('news-bounces+ana=example.com@lists.example.org'), 'ana@example.com');
  assert.equal(decodeVerp('bounce+ana.silva+promo=example.com.br@mail.example.net'), 'ana.silva+promo@example.com.br');
  assert.equal(decodeVerp('Bounces+Ana=Example.COM@lists.example.org'), 'Ana@Example.COM');
  for (const address of [
    'ana+news@example.com', // a plain subaddress
    'list-return-12-ana=example.com@lists.example.org', // qmail's "-" form: prefix and local part ambiguous
    'SRS0=HHH=TT=example.com=ana@forwarder.example.net', // Sender Rewriting Scheme
    'prvs=1234abcd=news@example.org', // BATV
    'bounce+ana=localhost@example.org', // no domain
    'bounce+=example.com@example.org', // no local part
    'bounce+ana=exa mple.com@example.org',
    'bounce+ana=example..com@example.org',
    'bounce+ana=example.com',
  ]) assert.equal(decodeVerp(address), null, address);
});

/** A DSN for `failed` whose returned message went out with the VERP envelope sender `returnPath`. */
function withReturnPath(failed: string, returnPath: string): string {
  return userUnknown(failed).replace('Content-Type: text/rfc822-headers\n\n', `Content-Type: text/rfc822-headers\n\nReturn-Path: <${returnPath}>\n`);
}

test("a forward's target failed: the VERP return path names the address on the list", async () => {
  const [r] = await analyzeMessage(withReturnPath('ana.new@example.net', 'news-bounces+ana=example.com@lists.example.org'), { lang: 'en' });
  assert.equal(r!.recipient, 'ana.new@example.net');
  assert.equal(r!.originalRecipient, 'ana@example.com');
  assert.ok(r!.evidence.some((e) => e.rule === 'verp' && e.field === 'return-path' && e.match === 'ana@example.com'));
  // the list to clean names the subscriber, and what failed in its place
  const lists = new AddressLists();
  lists.add(r!);
  assert.deepEqual([...lists.remove.values()].map((e) => [e.address, e.failedAs]), [['ana@example.com', 'ana.new@example.net']]);

  // the same subscriber: nothing to add
  const [same] = await analyzeMessage(withReturnPath('ana@example.com', 'news-bounces+ana=example.com@lists.example.org'), { lang: 'en' });
  assert.equal(same!.originalRecipient, null);
  assert.ok(!same!.evidence.some((e) => e.rule === 'verp'));
  // a DSN's own Original-Recipient outranks the return path
  const dsnOriginal = userUnknown('ana.new@example.net', { original: 'ana.old@example.com' })
    .replace('Content-Type: text/rfc822-headers\n\n', 'Content-Type: text/rfc822-headers\n\nReturn-Path: <b+x=example.com@lists.example.org>\n');
  assert.equal((await analyzeMessage(dsnOriginal, { lang: 'en' }))[0]!.originalRecipient, 'ana.old@example.com');
});

test('a notice that names no recipient: the VERP address the bounce came back to names it', async () => {
  const notice = [
    'From: MAILER-DAEMON@mx.example.net',
    'To: news-bounces+bia=example.com@lists.example.org',
    'Subject: Delivery failure',
    '',
    'Your message could not be delivered.',
    '550 5.2.2 Mailbox full',
    '',
  ].join('\n');
  const [r] = await analyzeMessage(notice, { lang: 'en' });
  assert.equal(r!.recipient, 'bia@example.com');
  assert.equal(r!.reason, 'mailboxfull');
  assert.ok(r!.evidence.some((e) => e.rule === 'verp' && e.field === 'to'));
});
