// A crash on one input (a decoder that throws, a reader that breaks) costs that input at most, never its
// verdict when another reader can give it, and is told the same way, in the reader's language, by the
// command line, the library and the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMessage } from '../src/message/analyze-message.js';
import { FAMILY_DECODERS } from '../src/message/decoders/index.js';
import type { Decoder, RecipientFacts } from '../src/message/types.js';
import { analyzeInput, InputRun } from '../src/analyze-input.js';
import { analyzeItem as mailboxItem } from '../src/mailbox/analyze-item.js';
import { failedItem } from '../web/src/analyze-item.js';
import { atLeastOneResult, internalErrorResult } from '../src/result.js';
import { evidenceKindWords } from '../src/i18n/evidence-kind.js';
import type { Locale } from '../src/types.js';

/** A delivery report (RFC 3464) that no server's own decoder claims: the generic DSN decoder reads it. */
const DSN = [
  'From: Mail Delivery System <MAILER-DAEMON@mx.example.com>',
  'To: news@example.com',
  'Subject: Delivery Status Notification (Failure)',
  'MIME-Version: 1.0',
  'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
  '',
  '--B',
  'Content-Type: text/plain',
  '',
  'Delivery to the following recipient failed.',
  '',
  '--B',
  'Content-Type: message/delivery-status',
  '',
  'Reporting-MTA: dns; mx.example.com',
  '',
  'Final-Recipient: rfc822; ana@example.org',
  'Action: failed',
  'Status: 5.1.1',
  'Diagnostic-Code: smtp; 550 5.1.1 <ana@example.org>: User unknown',
  '',
  '--B--',
  '',
].join('\r\n');

/** Runs `body` with `decoder` first among the family decoders (the list the analysis walks), then removes it. */
async function withDecoder<T>(decoder: Decoder, body: () => Promise<T>): Promise<T> {
  const list = FAMILY_DECODERS as Decoder[];
  list.unshift(decoder);
  try {
    return await body();
  } finally {
    list.splice(list.indexOf(decoder), 1);
  }
}

const throwing: Decoder = {
  id: 'broken',
  decode() {
    throw new TypeError("Cannot read properties of undefined (reading 'trim')");
  },
};

test('a family decoder that throws is passed over: the DSN decoder still gives the verdict, and the evidence tells the crash', async () => {
  const plain = await analyzeMessage(DSN, { lang: 'en' });
  assert.equal(plain.length, 1);
  assert.equal(plain[0]!.reason, 'userunknown', 'the fixture is read by the DSN decoder');
  const results = await withDecoder(throwing, () => analyzeMessage(DSN, { lang: 'en' }));
  assert.equal(results.length, 1);
  const [r] = results;
  assert.equal(r!.error, null, JSON.stringify(r!.error));
  assert.equal(r!.reason, 'userunknown');
  assert.equal(r!.recipient, 'ana@example.org');
  assert.ok(r!.evidence.some((e) => e.rule === 'decoder:dsn'), 'read by the DSN decoder');
  const crash = r!.evidence.find((e) => e.rule === 'decoder:broken:crashed');
  assert.ok(crash, JSON.stringify(r!.evidence));
  // the error's message, no stack trace
  assert.equal(crash.match, "Cannot read properties of undefined (reading 'trim')");
  assert.doesNotMatch(JSON.stringify(r), /\n\s+at /);
  // the rest of the result is the one without the crash
  assert.deepEqual({ ...r, evidence: r!.evidence.filter((e) => e !== crash) }, plain[0]);
});

test('a crashed decoder on a message nobody reads: still no bounce, the crash in its evidence', async () => {
  const letter = 'From: ana@example.org\r\nTo: bia@example.org\r\nSubject: Lunch\r\n\r\nSee you at noon.\r\n';
  const [r] = await withDecoder(throwing, () => analyzeMessage(letter, { lang: 'en' }));
  assert.equal(r!.bounce, false);
  assert.equal(r!.error, null);
  assert.deepEqual(r!.evidence.map((e) => e.rule), ['decoder:broken:crashed']);
});

test('the crash evidence is named as a failed reader in both languages, not as the format that read the message', () => {
  assert.equal(evidenceKindWords('decoder:exim:crashed', 'message', 'en'), 'reader of Exim bounces: it failed on this message, which was read without it');
  assert.equal(evidenceKindWords('decoder:exim:crashed', 'message', 'pt-BR'), 'leitor de avisos do Exim: deu erro nesta mensagem, que foi lida sem ele');
  assert.equal(evidenceKindWords('decoder:exim', 'message', 'en'), 'Exim bounce format');
});

/** A decoder that reads the message but gives a recipient no classifier expects: the analysis throws after it. */
const malformed: Decoder = {
  id: 'malformed',
  decode: () => [{ recipient: 'ana@example.org', text: null } as unknown as RecipientFacts],
};

const INTERNAL: Record<Locale, RegExp> = {
  'pt-BR': /^erro interno ao analisar a mensagem \(.+\)$/,
  en: /^internal error while analyzing the message \(.+\)$/,
};

for (const lang of ['pt-BR', 'en'] as const) {
  test(`${lang}: a message whose analysis crashes gives one error result, in the same words on the command line, in the library and on the page`, async () => {
    const library = await withDecoder(malformed, () => analyzeInput(DSN, { lang, file: 'b.eml' }));
    const cli = await withDecoder(malformed, () => mailboxItem({ kind: 'text', text: DSN, file: null }, lang));
    assert.equal(library.results.length, 1);
    assert.equal(cli.length, 1);
    const error = library.results[0]!.error!;
    assert.match(error, INTERNAL[lang]);
    assert.equal(cli[0]!.error, error);
    assert.equal(library.unread, 1);
    const page = failedItem({ kind: 'file', name: 'b.eml', size: 10, text: false, bytes: new ArrayBuffer(10) }, lang, new Error('boom'));
    assert.equal(page.results[0]!.error, lang === 'en' ? 'internal error while analyzing the message (boom)' : 'erro interno ao analisar a mensagem (boom)');
    assert.equal(page.results[0]!.file, 'b.eml');
    assert.doesNotMatch(JSON.stringify([library, cli, page]), /internal error: |\n\s+at /);
  });
}

test('every input yields a result: an empty list becomes one error result in the language asked', () => {
  const none = atLeastOneResult([], { lang: 'pt-BR', file: 'b.eml' });
  assert.equal(none.length, 1);
  assert.equal(none[0]!.error, 'erro interno ao analisar a mensagem (no result)');
  assert.deepEqual(none, [internalErrorResult('no result', { lang: 'pt-BR', file: 'b.eml' })]);
  const some = [internalErrorResult(new Error('x'), { lang: 'en', file: null })];
  assert.equal(atLeastOneResult(some, { lang: 'en', file: null }), some);
});

test('a mail log of a run may give no result of its own: its deferrals come at the end of the run', async () => {
  const line = 'Nov 30 10:00:00 mx postfix/smtp[123]: ABC123: to=<ana@example.com>, relay=mx.example.org[192.0.2.1]:25, delay=1, ' +
    'delays=0/0/0/1, dsn=4.2.2, status=deferred (host mx.example.org[192.0.2.1] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command))\n';
  const run = new InputRun();
  const read = await run.read(new TextEncoder().encode(line), { lang: 'en', file: 'mail.log.1' });
  assert.deepEqual(read.results, [], 'the deferral is held for the later logs of the run');
  const end = await run.finish('en');
  assert.equal(end.results.length, 1);
  assert.equal(end.results[0]!.recipient, 'ana@example.com');
});
