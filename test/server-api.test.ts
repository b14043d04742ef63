// The HTTP app through app.request(): every route, every error, the headers, CORS, the static files,
// and that nothing a user sends ends up in a log.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, DEFAULT_BODY_LIMIT, type AppOptions } from '../src/server/app.js';
import { API_ERRORS } from '../src/server/api-errors.js';
import { CATALOGS } from '../src/i18n/catalog.js';
import { REPORTS } from '../src/report/catalog.js';
import { BASIC_CODES } from '../src/knowledge/basic-codes.js';
import { ENHANCED_CODES } from '../src/knowledge/enhanced-codes.js';
import type { Result } from '../src/result.js';
import { mailboxReport, type MailboxReport } from '../src/report/mailbox-report.js';
import { GMAIL_511, twoRecipientDsn } from './web-fixtures.js';
import { ndrMsg } from './msg-fixtures.js';



const app = createApp({ logError: () => assert.fail('an internal error was logged') });

function postJson(body: unknown, query = '', a = app) {
  return a.request(`/api/explain${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

function postRaw(body: string | Uint8Array, type: string, query = '') {
  return app.request(`/api/explain${query}`, { method: 'POST', headers: { 'content-type': type }, body });
}

async function results(res: Response): Promise<Result[]> {
  assert.equal(res.status, 200, await res.clone().text());
  assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
  const body = (await res.json()) as { results: Result[] };
  assert.ok(Array.isArray(body.results));
  return body.results;
}

async function apiError(res: Response, status: number, code: string): Promise<string> {
  assert.equal(res.status, status);
  assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
  const body = (await res.json()) as { error: { code: string; message: string } };
  assert.equal(body.error.code, code);
  assert.equal(typeof body.error.message, 'string');
  assert.ok(body.error.message.length > 5);
  return body.error.message;
}

// ---- POST /api/explain ----

test('JSON: a Gmail 5.1.1 reply is userunknown, explained in Portuguese by default', async () => {
  const [r, ...rest] = await results(await postJson({ text: GMAIL_511 }));
  assert.equal(rest.length, 0);
  assert.equal(r!.reason, 'userunknown');
  assert.equal(r!.lang, 'pt-BR');
  assert.equal(r!.status, '5.1.1');
  assert.equal(r!.summary, CATALOGS['pt-BR'].reasons.userunknown.summary);
  assert.equal(r!.bounce, true);
});

test('JSON: "lang" in the body, else in the query, picks English', async () => {
  const [a] = await results(await postJson({ text: GMAIL_511, lang: 'en' }));
  assert.equal(a!.lang, 'en');
  assert.equal(a!.summary, CATALOGS.en.reasons.userunknown.summary);
  const [b] = await results(await postJson({ text: GMAIL_511 }, '?lang=en'));
  assert.equal(b!.summary, CATALOGS.en.reasons.userunknown.summary);
  // the body wins over the query
  const [c] = await results(await postJson({ text: GMAIL_511, lang: 'pt-BR' }, '?lang=en'));
  assert.equal(c!.lang, 'pt-BR');
});

test('a JSON "lang" comes before the query\'s: a bad ?lang= beside a good "lang" is no error, and is one without it', async () => {
  const [r] = await results(await postJson({ text: GMAIL_511, lang: 'en' }, '?lang=fr'));
  assert.equal(r!.lang, 'en');
  assert.equal(await apiError(await postJson({ text: GMAIL_511 }, '?lang=fr'), 400, 'invalid_field'), API_ERRORS['pt-BR'].unknownLang);
  // a bad JSON "lang" is refused beside a good query, in the query's language
  assert.equal(await apiError(await postJson({ text: GMAIL_511, lang: 'fr' }, '?lang=en'), 400, 'invalid_field'), API_ERRORS.en.unknownLang);
  // events posted as they are, and raw bodies, name no language: the query's counts
  const events = [{ email: 'ana@example.com', event: 'bounce', reason: '550 5.1.1 User unknown', status: '5.1.1' }];
  await apiError(await postJson(events, '?lang=fr'), 400, 'invalid_field');
  assert.equal((await results(await postJson(events, '?lang=en')))[0]!.lang, 'en');
  await apiError(await postRaw(GMAIL_511, 'text/plain', '?lang=fr'), 400, 'invalid_field');
});

test('JSON with a charset parameter and a +json type is accepted', async () => {
  const res = await app.request('/api/explain', {
    method: 'POST', headers: { 'content-type': 'application/vnd.smtp+json; charset=utf-8' }, body: JSON.stringify({ text: '550 5.1.1 user unknown' }),
  });
  assert.equal((await results(res)).length, 1);
});

test('message/rfc822: a DSN for two recipients gives two results', async () => {
  const rs = await results(await postRaw(twoRecipientDsn(), 'message/rfc822'));
  assert.deepEqual(rs.map((r) => r.recipient).sort(), ['ana@example.org', 'bruno@example.org']);
  const ana = rs.find((r) => r.recipient === 'ana@example.org')!;
  assert.equal(ana.reason, 'userunknown');
  assert.equal(ana.hardBounce, true);
  assert.equal(ana.message?.subject, 'Newsletter de novembro');
});

test('application/vnd.ms-outlook: a bounce saved by Outlook (.msg) is read as the report it is', async () => {
  const msg = ndrMsg([{ smtp: 'ana@example.org', supplementary: '<mx.example.org #5.1.1 smtp;550 5.1.1 <ana@example.org>: User unknown>' }]);
  const [r, more] = await results(await postRaw(msg, 'application/vnd.ms-outlook', '?lang=en'));
  assert.equal(more, undefined);
  assert.deepEqual([r!.recipient, r!.reason, r!.status], ['ana@example.org', 'userunknown', '5.1.1']);
  // sent as bytes of a mail message, it is told apart the same way
  assert.equal((await results(await postRaw(msg, 'message/rfc822')))[0]!.reason, 'userunknown');
});

test('text/plain: a pasted reply, decoded with its charset', async () => {
  const [r] = await results(await postRaw(GMAIL_511, 'text/plain; charset=utf-8', '?lang=en'));
  assert.equal(r!.reason, 'userunknown');
  assert.equal(r!.lang, 'en');
  // latin-1 bytes of "Usuário" decode to the right text when the charset says so
  const latin1 = Uint8Array.from([...'550 5.1.1 Usu\u00e1rio desconhecido'].map((ch) => ch.charCodeAt(0)));
  const [l] = await results(await postRaw(latin1, 'text/plain; charset=iso-8859-1'));
  assert.match(l!.diagnostic, /Usuário desconhecido/);
  // as the Encoding Standard reads the label (Windows-1252): 0x96 is "–", 0x92 "’", not controls
  const [w] = await results(await postRaw(Uint8Array.from([...latin1, 0x20, 0x96, 0x20, 0x92, 0x78, 0x92]), 'text/plain; charset=iso-8859-1'));
  assert.match(w!.diagnostic, /Usuário desconhecido – ’x’$/);
});

test('text/plain: lines of a mail log give one result per failed or deferred delivery', async () => {
  const line = (to: string, status: string, said: string) =>
    `Nov 28 10:00:00 mail postfix/smtp[1]: 4ABC: to=<${to}>, relay=mx.example.org[192.0.2.20]:25, delay=1, delays=0/0/0/1, dsn=${said.slice(4, 9)}, status=${status} (host mx.example.org[192.0.2.20] said: ${said})`;
  const log = [line('ana@example.org', 'bounced', '550 5.1.1 User unknown'), line('bia@example.com', 'sent', '250 2.0.0 Ok'), line('caio@example.net', 'deferred', '452 4.2.2 Mailbox full')].join('\n');
  const rs = await results(await postRaw(log, 'text/plain', '?lang=en'));
  assert.deepEqual(rs.map((r) => [r.recipient, r.reason]), [['ana@example.org', 'userunknown'], ['caio@example.net', 'mailboxfull']]);
});

test('application/mbox and an mbox in JSON: every message is read', async () => {
  const mbox = `From MAILER-DAEMON Fri Nov 28 10:00:00 2025\n${twoRecipientDsn('ana', 'bruno')}\n` +
    `From MAILER-DAEMON Fri Nov 28 10:05:00 2025\n${twoRecipientDsn('carla', 'davi')}`;
  const rs = await results(await postRaw(mbox, 'application/mbox'));
  assert.deepEqual(rs.map((r) => r.recipient), ['ana@example.org', 'bruno@example.org', 'carla@example.org', 'davi@example.org']);
  assert.deepEqual(rs.map((r) => r.file), ['#1', '#1', '#2', '#2']);
  const viaJson = await results(await postJson({ text: mbox }));
  assert.equal(viaJson.length, 4);
});

test('every answer sums its results up as the page does: the addresses to remove and to retry', async () => {
  const mbox = `From MAILER-DAEMON Fri Nov 28 10:00:00 2025\n${twoRecipientDsn('ana', 'bruno')}\n` +
    `From MAILER-DAEMON Fri Nov 28 10:05:00 2025\n${twoRecipientDsn('carla', 'davi')}`;
  const body = (await (await postRaw(mbox, 'application/mbox', '?lang=en')).json()) as { results: Result[]; report: MailboxReport };
  assert.deepEqual(body.report, mailboxReport(body.results, 2, 'en'));
  assert.equal(body.report.messages, 2);
  assert.deepEqual(body.report.removeAll, ['ana@example.org', 'carla@example.org']);
  assert.deepEqual(body.report.retry.flatMap((g) => g.addresses), ['bruno@example.org', 'davi@example.org']);
});

test('a gzip body (a compressed mbox or log) is unpacked first; one that unpacks past the cap, or is damaged, says which', async () => {
  const { gzipSync } = await import('node:zlib');
  const { MAX_UNPACKED_BYTES } = await import('../src/archive/gunzip.js');
  const mbox = `From MAILER-DAEMON Fri Nov 28 10:00:00 2025\n${twoRecipientDsn('ana', 'bruno')}\n` +
    `From MAILER-DAEMON Fri Nov 28 10:05:00 2025\n${twoRecipientDsn('carla', 'davi')}`;
  const rs = await results(await postRaw(gzipSync(mbox), 'application/mbox'));
  assert.deepEqual(rs.map((r) => r.recipient), ['ana@example.org', 'bruno@example.org', 'carla@example.org', 'davi@example.org']);
  // a few kilobytes that would unpack to more than the cap: left packed, never unpacked whole
  const bomb = gzipSync(Buffer.alloc(MAX_UNPACKED_BYTES + 1024));
  assert.ok(bomb.length < 200_000);
  const [big] = await results(await postRaw(bomb, 'message/rfc822', '?lang=en'));
  assert.equal(big!.error, REPORTS.en.problem['archive-too-large'](String(MAX_UNPACKED_BYTES / 1024 / 1024)));
  const [cut] = await results(await postRaw(gzipSync(mbox).subarray(0, 60), 'message/rfc822', '?lang=en'));
  assert.equal(cut!.error, REPORTS.en.problem['unreadable-file']('Z_DATA_ERROR'));
});

test('Content-Encoding other than gzip or identity: 415 that says so, with Accept-Encoding: gzip (deflate or brotli bytes were read as text)', async () => {
  const { brotliCompressSync, deflateSync, gzipSync } = await import('node:zlib');
  for (const [coding, body] of [['deflate', deflateSync(GMAIL_511)], ['br', brotliCompressSync(GMAIL_511)], ['compress', GMAIL_511], ['gzip, br', gzipSync(GMAIL_511)]] as const) {
    for (const type of ['text/plain', 'application/json']) {
      const res = await app.request('/api/explain?lang=en', { method: 'POST', headers: { 'content-type': type, 'content-encoding': coding }, body });
      assert.equal(await apiError(res, 415, 'unsupported_media_type'), API_ERRORS.en.unsupportedEncoding(coding), `${coding} ${type}`);
      assert.equal(res.headers.get('accept-encoding'), 'gzip');
    }
  }
  for (const coding of ['identity', 'x-gzip', 'GZIP', 'identity, gzip']) {
    const res = await app.request('/api/explain', { method: 'POST', headers: { 'content-type': 'text/plain', 'content-encoding': coding }, body: coding.toLowerCase().includes('gzip') ? gzipSync(GMAIL_511) : GMAIL_511 });
    assert.equal((await results(res))[0]!.reason, 'userunknown', coding);
  }
});

test('a JSON body with Content-Encoding: gzip is unpacked as a gzip text body is, within the same cap', async () => {
  const { gzipSync } = await import('node:zlib');
  const { MAX_UNPACKED_BYTES } = await import('../src/archive/gunzip.js');
  const post = (body: Uint8Array, query = '') =>
    app.request(`/api/explain${query}`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body });
  const [r] = await results(await post(gzipSync(JSON.stringify({ text: GMAIL_511, lang: 'en' }))));
  assert.deepEqual([r!.reason, r!.lang], ['userunknown', 'en']);
  // a sending service's events, as its webhook posts them
  const events = [{ email: 'ana@example.com', event: 'bounce', reason: '550 5.1.1 The email account that you tried to reach does not exist.', status: '5.1.1' }];
  assert.deepEqual((await results(await post(gzipSync(JSON.stringify(events))))).map((e) => e.recipient), ['ana@example.com']);
  assert.equal(await apiError(await post(gzipSync(JSON.stringify({ text: GMAIL_511 })).subarray(0, 30), '?lang=en'), 400, 'invalid_json'), API_ERRORS.en.gzipDamaged);
  // said to be gzip but not: a broken compression layer is told so, not read as plain text
  assert.equal(await apiError(await post(new TextEncoder().encode('{"text":"550"}'), '?lang=en'), 400, 'invalid_json'), API_ERRORS.en.notGzip);
  const plain = await app.request('/api/explain?lang=en', { method: 'POST', headers: { 'content-type': 'text/plain', 'content-encoding': 'gzip' }, body: GMAIL_511 });
  assert.equal(await apiError(plain, 400, 'bad_request'), API_ERRORS.en.notGzip);
  // a few kilobytes that unpack past the cap of every gzip input: refused, never unpacked whole
  const bomb = gzipSync(Buffer.alloc(MAX_UNPACKED_BYTES + 1024, 0x20));
  assert.equal(await apiError(await post(bomb, '?lang=en'), 413, 'payload_too_large'), API_ERRORS.en.unpackedTooLarge(MAX_UNPACKED_BYTES));
});

test('charset: one TextDecoder does not know gets 415 (it was read as UTF-8); a JSON body is decoded with the charset it names', async () => {
  assert.equal(await apiError(await postRaw(GMAIL_511, 'text/plain; charset=bogus', '?lang=en'), 415, 'unsupported_media_type'), API_ERRORS.en.unknownCharset('bogus'));
  assert.match(await apiError(await postRaw('{"text": "550"}', 'application/json; charset="x-nothing"'), 415, 'unsupported_media_type'), /^o charset "x-nothing" não é conhecido/);
  // a message or a mailbox says its charsets inside: the parameter is not read, nor refused
  assert.equal((await postRaw(GMAIL_511, 'message/rfc822; charset=bogus')).status, 200);
  const latin1 = (s: string) => Uint8Array.from([...s].map((ch) => ch.charCodeAt(0)));
  const json = JSON.stringify({ text: '550 5.1.1 <jo\u00e3o@example.org>: Recipient address rejected: User unknown', lang: 'en' });
  for (const charset of ['iso-8859-1', 'latin1', 'windows-1252']) {
    const [r] = await results(await postRaw(latin1(json), `application/json; charset=${charset}`));
    assert.equal(r!.recipient, 'jo\u00e3o@example.org', charset);
  }
  const utf16 = new Uint8Array(Buffer.from(json, 'utf16le'));
  assert.equal((await results(await postRaw(utf16, 'application/json; charset=utf-16le')))[0]!.recipient, 'jo\u00e3o@example.org');
  assert.equal((await results(await postRaw(json, 'application/json')))[0]!.recipient, 'jo\u00e3o@example.org');
});

test('a zip or tar body (application/zip, as Windows browsers name it, or application/x-tar; even labelled text/plain) gives the results of each file in it', async () => {
  const { zipOf, tarOf } = await import('./archive-fixtures.js');
  const files = [{ name: 'a.eml', data: twoRecipientDsn('ana', 'bruno') }, { name: 'sub/b.eml', data: twoRecipientDsn('carla', 'davi') }];
  for (const [body, type] of [[zipOf(files), 'application/x-zip-compressed'], [zipOf(files), 'text/plain'], [tarOf(files), 'application/x-tar']] as const) {
    const rs = await results(await postRaw(body, type, '?lang=en'));
    assert.deepEqual(rs.map((r) => `${r.file} ${r.recipient}`), ['a.eml ana@example.org', 'a.eml bruno@example.org', 'sub/b.eml carla@example.org', 'sub/b.eml davi@example.org'], type);
  }
});

test("a sending service's CSV export under its own type (text/csv, with its charset), or bytes of no stated kind (application/octet-stream)", async () => {
  const csv = 'email,created,reason,status\nana@example.org,1700000000,550 5.1.1 User unknown,bounce\nbia@example.org,1700000000,452 4.2.2 Mailbox full,deferred\n';
  const rs = await results(await postRaw(csv, 'text/csv', '?lang=en'));
  assert.deepEqual(rs.map((r) => [r.recipient, r.reason]), [['ana@example.org', 'userunknown'], ['bia@example.org', 'mailboxfull']]);
  // Excel's Latin-1, named by its charset
  const latin1 = Buffer.from('email;motivo\njoão@example.com.br;550 5.1.1 Usuário inexistente\n', 'latin1');
  const [l] = await results(await postRaw(latin1, 'text/csv; charset=windows-1252', '?lang=en'));
  assert.deepEqual([l!.recipient, l!.reason], ['joão@example.com.br', 'userunknown']);
  const [o] = await results(await postRaw(GMAIL_511, 'application/octet-stream', '?lang=en'));
  assert.equal(o!.reason, 'userunknown');
});

test('a body of more events than one answer holds: the first MAX_REQUEST_RESULTS, then one result that says how many more', async () => {
  const { MAX_REQUEST_RESULTS } = await import('../src/analyze-input.js');
  const rows = MAX_REQUEST_RESULTS + 500;
  const csv = 'email,reason\n' + Array.from({ length: rows }, (_, i) => `u${i}@example.org,550\n`).join('');
  const rs = await results(await postRaw(csv, 'text/plain', '?lang=en'));
  assert.equal(rs.length, MAX_REQUEST_RESULTS + 1);
  assert.equal(rs.at(-1)!.error, CATALOGS.en.ui.tooManyResults.error('500', MAX_REQUEST_RESULTS.toLocaleString('en-US')));
});

test('a message that is not a bounce: bounce false, still 200', async () => {
  const msg = 'From: ana@example.org\nTo: bruno@example.org\nSubject: Almoço\nMessage-ID: <x@example.org>\n\nVamos almoçar amanhã?\n';
  const [r] = await results(await postRaw(msg, 'message/rfc822'));
  assert.equal(r!.bounce, false);
});

test('a webhook of a sending service can post its events as they are: an array, or an object without "text"', async () => {
  const sendgrid = [
    { email: 'ana@example.com', event: 'bounce', reason: '550 5.1.1 The email account that you tried to reach does not exist.', status: '5.1.1' },
    { email: 'bia@example.com', event: 'delivered' },
  ];
  assert.deepEqual((await results(await postJson(sendgrid, '?lang=en'))).map((r) => [r.recipient, r.reason]), [['ana@example.com', 'userunknown']]);
  const mailgun = { signature: { token: 't' }, 'event-data': { event: 'failed', recipient: 'caio@example.com', 'delivery-status': { code: 552, message: '5.2.2 Mailbox full' } } };
  assert.deepEqual((await results(await postJson(mailgun, '?lang=en'))).map((r) => [r.recipient, r.reason]), [['caio@example.com', 'mailboxfull']]);
  // events that all went well: one result that says so
  const [quiet] = await results(await postJson([{ email: 'ana@example.com', event: 'open' }], '?lang=en'));
  assert.equal(quiet!.summary, 'None of these events is a failure.');
});

test('400: broken JSON, not an object, missing, empty or non-string text, unknown language', async () => {
  await apiError(await postJson('{"text": "550'), 400, 'invalid_json');
  await apiError(await postJson('[1,2]'), 400, 'invalid_json');
  await apiError(await postJson('"550"'), 400, 'invalid_json');
  // nested past what any request or sending service's events need: refused before it is parsed
  await apiError(await postJson('['.repeat(1_000_000) + ']'.repeat(1_000_000)), 400, 'invalid_json');
  await apiError(await postJson(`{"text": "550", "a": ${'['.repeat(65)}${']'.repeat(65)}}`), 400, 'invalid_json');
  assert.equal((await postJson(`{"text": "550 5.1.1 [[[[ user unknown", "a": ${'['.repeat(60)}${']'.repeat(60)}}`)).status, 200);
  await apiError(await postJson({ lang: 'en' }), 400, 'missing_field');
  await apiError(await postJson({ text: '   \n' }), 400, 'missing_field');
  await apiError(await postJson({ text: 550 }), 400, 'invalid_field');
  await apiError(await postJson({ text: '550', lang: 'fr' }), 400, 'invalid_field');
  await apiError(await postJson({ text: '550', lang: 7 }), 400, 'invalid_field');
  await apiError(await postJson({ text: '550' }, '?lang=de'), 400, 'invalid_field');
  await apiError(await postRaw('', 'message/rfc822'), 400, 'missing_field');
});

test('error messages are in the request\'s language (pt-BR by default), their codes the same in both', async () => {
  const msg = async (res: Response, status: number, code: string) => apiError(res, status, code);
  // the server's default, then ?lang=, then the JSON "lang", then Accept-Language
  assert.equal(await msg(await postJson({ lang: 'pt-BR' }), 400, 'missing_field'), API_ERRORS['pt-BR'].textMissing);
  assert.equal(await msg(await postJson({}), 400, 'missing_field'), API_ERRORS['pt-BR'].textMissing);
  assert.equal(await msg(await postJson({ lang: 'en' }), 400, 'missing_field'), API_ERRORS.en.textMissing);
  assert.equal(await msg(await postJson({ text: 7 }, '?lang=en'), 400, 'invalid_field'), API_ERRORS.en.textNotString);
  const english = { 'accept-language': 'en-US,en;q=0.9' };
  const broken = await app.request('/api/explain', { method: 'POST', headers: { 'content-type': 'application/json', ...english }, body: '{"text": ' });
  assert.equal(await msg(broken, 400, 'invalid_json'), API_ERRORS.en.notJson);
  // an unknown language is said in the one the request can still be answered in
  assert.equal(await msg(await postJson({ text: '550', lang: 'fr' }), 400, 'invalid_field'), API_ERRORS['pt-BR'].unknownLang);
  assert.equal(await msg(await app.request('/api/codes/550?lang=xx', { headers: english }), 400, 'invalid_field'), API_ERRORS.en.unknownLang);
  // errors found before any body is read: ?lang= and Accept-Language
  assert.match(await msg(await postRaw('550', 'image/png'), 415, 'unsupported_media_type'), /^o tipo de conteúdo "image\/png" não é aceito/);
  assert.match(await msg(await postRaw('550', 'image/png', '?lang=en'), 415, 'unsupported_media_type'), /^content type "image\/png" is not supported/);
  assert.equal(await msg(await app.request('/api/codes/abc?lang=en'), 404, 'unknown_code'), API_ERRORS.en.unknownCode);
  assert.equal(await msg(await app.request('/api/nothing', { headers: english }), 404, 'not_found'), 'no route GET /api/nothing');
  assert.equal(await msg(await app.request('/api/explain'), 405, 'method_not_allowed'), 'use o método POST');
  const small = createApp({ bodyLimit: 2 * 1024 * 1024, lang: 'en' });
  assert.equal(await msg(await postJson({ text: 'x'.repeat(3 * 1024 * 1024) }, '', small), 413, 'payload_too_large'),
    'the request body is over the limit of 2,097,152 bytes (2 MB): send it compressed with gzip (Content-Encoding: gzip, or the .gz file as it is), or ask whoever runs the server for a larger limit (smtp-explain serve --body-limit)');
  assert.equal(await msg(await postJson({ text: 'x'.repeat(3 * 1024 * 1024) }, '?lang=pt-BR', small), 413, 'payload_too_large'),
    'o corpo da requisição passa do limite de 2.097.152 bytes (2 MB): envie-o compactado com gzip (Content-Encoding: gzip, ou o arquivo .gz como está), ou peça a quem administra o servidor um limite maior (smtp-explain serve --body-limit)');
});

test('413: over the body limit, with and without Content-Length; 10 MB by default', async () => {
  const small = createApp({ bodyLimit: 1000 });
  const big = 'x'.repeat(1001);
  await apiError(await postJson({ text: big }, '', small), 413, 'payload_too_large');
  // a streamed body has no Content-Length: the limit still holds
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < 5; i++) controller.enqueue(new TextEncoder().encode('y'.repeat(400)));
      controller.close();
    },
  });
  const req = new Request('http://localhost/api/explain', {
    method: 'POST', headers: { 'content-type': 'text/plain' }, body: stream, duplex: 'half',
  } as RequestInit);
  await apiError(await small.request(req), 413, 'payload_too_large');
  // just under the limit passes
  await results(await postJson({ text: '550 ' + 'z'.repeat(900) }, '', small));

  assert.equal(DEFAULT_BODY_LIMIT, 10 * 1024 * 1024);
  const huge = new Uint8Array(DEFAULT_BODY_LIMIT + 1).fill(0x61);
  await apiError(await postRaw(huge, 'text/plain'), 413, 'payload_too_large');
});

test('415: unsupported or missing content type', async () => {
  await apiError(await postRaw('550', 'image/png'), 415, 'unsupported_media_type');
  await apiError(await postRaw('550', 'application/x-www-form-urlencoded'), 415, 'unsupported_media_type');
  await apiError(await app.request('/api/explain', { method: 'POST', body: new Uint8Array([53, 53, 48]) }), 415, 'unsupported_media_type');
});

test('405 with Allow for a wrong method; 404 JSON for an unknown API path', async () => {
  const res = await app.request('/api/explain');
  await apiError(res, 405, 'method_not_allowed');
  assert.equal(res.headers.get('allow'), 'POST');
  const del = await app.request('/api/codes/550', { method: 'DELETE' });
  assert.equal(del.status, 405);
  assert.equal(del.headers.get('allow'), 'GET, HEAD');
  await apiError(await app.request('/api/nothing-here'), 404, 'not_found');
});

test('errors stay JSON: an empty JSON body is missing_field as an empty raw body is; "/api" without a slash is not_found', async () => {
  assert.equal(await apiError(await postJson(''), 400, 'missing_field'), API_ERRORS['pt-BR'].bodyEmpty);
  assert.equal(await apiError(await postJson(' \r\n', '?lang=en'), 400, 'missing_field'), API_ERRORS.en.bodyEmpty);
  for (const [method, path] of [['GET', '/api'], ['POST', '/api'], ['GET', '/api/'], ['HEAD', '/api']] as const) {
    const res = await app.request(path, { method, headers: { 'accept-language': 'en' } });
    if (method === 'HEAD') {
      assert.equal(res.status, 404);
      assert.match(res.headers.get('content-type') ?? '', /^application\/json/);
    } else {
      assert.equal(await apiError(res, 404, 'not_found'), `no route ${method} ${path}`);
    }
  }
});

test('a client that goes away mid-upload is no internal error: nothing is logged', async () => {
  const logged: string[] = [];
  const a = createApp({ logError: (line) => logged.push(line) });
  for (const type of ['text/plain', 'application/json', 'message/rfc822']) {
    const gone = new AbortController();
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"text": "550 5.1.1 '));
      },
      pull(controller) {
        // what @hono/node-server and node:http do when the socket closes before the body's end
        gone.abort();
        controller.error(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
      },
    });
    const res = await a.request(new Request('http://localhost/api/explain', {
      method: 'POST', headers: { 'content-type': type }, body, duplex: 'half', signal: gone.signal,
    } as RequestInit));
    await apiError(res, 400, 'missing_field');
  }
  assert.deepEqual(logged, []);
});

// ---- GET /api/codes ----

test('GET /api/codes/:code: basic, enhanced and class-independent codes, in both languages', async () => {
  const basic = (await (await app.request('/api/codes/550')).json()) as Record<string, unknown>;
  assert.equal(basic.code, '550');
  assert.equal(basic.type, 'basic');
  assert.equal(basic.kind, 'permanent');
  assert.equal(basic.title, CATALOGS['pt-BR'].basicCodes['550'].title);
  assert.equal(basic.url, '/codigos/550');
  assert.ok((basic.related as string[]).includes('5.1.1'));

  const enh = (await (await app.request('/api/codes/5.7.26?lang=en')).json()) as Record<string, unknown>;
  assert.equal(enh.type, 'enhanced');
  assert.equal(enh.title, CATALOGS.en.enhancedCodes['X.7.26'].title);
  assert.equal(enh.url, '/codes/5.7.26');
  assert.equal(enh.lang, 'en');

  const transient = (await (await app.request('/api/codes/4.2.2')).json()) as Record<string, unknown>;
  assert.equal(transient.kind, 'transient');

  const detail = (await (await app.request('/api/codes/x.1.1')).json()) as Record<string, unknown>;
  assert.equal(detail.code, 'X.1.1');
  assert.equal(detail.kind, null);
  assert.deepEqual(detail.classes, ['4.1.1', '5.1.1']);
});

test('GET /api/codes/:code: 404 for what is not a code, 400 for an unknown language', async () => {
  for (const bad of ['abc', '650', '5.1', '3.1.1', '5.1.1.1', '55']) {
    await apiError(await app.request(`/api/codes/${bad}`), 404, 'unknown_code');
  }
  await apiError(await app.request('/api/codes/550?lang=xx'), 400, 'invalid_field');
});

test('GET /api/codes lists every row of both tables', async () => {
  const body = (await (await app.request('/api/codes?lang=en')).json()) as { basic: { code: string; title: string }[]; enhanced: { code: string }[] };
  assert.deepEqual(body.basic.map((c) => c.code), BASIC_CODES.map((c) => c.code));
  assert.deepEqual(body.enhanced.map((c) => c.code), ENHANCED_CODES.map((c) => c.code));
  assert.equal(body.basic.find((c) => c.code === '421')!.title, CATALOGS.en.basicCodes['421'].title);
});

// ---- OpenAPI ----

test('GET /api/openapi.json is OpenAPI 3.1 and describes every route of the app', async () => {
  const res = await app.request('/api/openapi.json');
  assert.equal(res.status, 200);
  const doc = (await res.json()) as { openapi: string; paths: Record<string, Record<string, unknown>>; info: { version: string } };
  assert.equal(doc.openapi, '3.1.0');
  assert.match(doc.info.version, /^\d+\.\d+\.\d+/);
  const routes = app.routes
    .filter((r) => r.method !== 'ALL' && !r.path.includes('*') && !(r.path.endsWith('/') && r.path !== '/'))
    .map((r) => ({ path: r.path.replace(/:(\w+)/g, '{$1}'), method: r.method.toLowerCase() }));
  assert.ok(routes.length >= 9, `only ${routes.length} routes found`);
  for (const { path, method } of routes) {
    assert.ok(doc.paths[path]?.[method], `${method.toUpperCase()} ${path} is not in the OpenAPI document`);
  }
  // and nothing described that the app does not have (a method it does not take answers 405, with Allow)
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(ops as Record<string, { responses: Record<string, unknown> }>)) {
      if (routes.some((r) => r.path === path && r.method === method)) continue;
      // its 405, and the HTTP parser's refusals any request may get; no answer of a route
      assert.ok(op.responses['405'] && !Object.keys(op.responses).some((s) => s.startsWith('2')), `${method} ${path} is described but not routed`);
      const res = await app.request(path.replace('{code}', '550'), { method: method.toUpperCase() });
      assert.equal(res.status, 405, `${method} ${path}`);
      assert.ok(res.headers.get('allow'), `${method} ${path}`);
    }
  }
  // every method a path under /api does not take is described: its 405 (with Allow)
  for (const path of ['/api/explain', '/api/codes', '/api/codes/{code}', '/api/openapi.json']) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch']) assert.ok(doc.paths[path]![method], `${method} ${path}`);
  }
});

test('the OpenAPI document: the errors any /api path can give, every type the server takes, the language by default, CORS', async () => {
  type Op = { parameters?: { name: string; description: string }[]; responses: Record<string, { $ref?: string; headers?: Record<string, unknown> }>;
    requestBody?: { description: string; content: Record<string, { schema: { anyOf?: { type: string }[] } }> } };
  const doc = (await (await app.request('/api/openapi.json')).json()) as {
    info: { description: string }; paths: Record<string, Record<string, Op>>;
    components: { responses: Record<string, { description: string; headers?: Record<string, unknown> }> };
  };
  for (const [path, method] of [['/api/explain', 'post'], ['/api/codes', 'get'], ['/api/codes/{code}', 'get'], ['/api/openapi.json', 'get']] as const) {
    assert.equal(doc.paths[path]![method]!.responses[500]!.$ref, '#/components/responses/Internal', path);
  }
  const { NotFound, MethodNotAllowed, Internal } = doc.components.responses;
  assert.match(NotFound!.description, /not_found/);
  assert.ok(MethodNotAllowed!.headers!.Allow);
  assert.match(Internal!.description, /internal/);
  assert.match(doc.info.description, /404 not_found/);
  assert.match(doc.info.description, /405 method_not_allowed with an Allow header/);
  assert.match(doc.info.description, /serve --cors ORIGIN/);
  const explain = doc.paths['/api/explain']!.post!;
  for (const status of ['400', '413', '415', '503']) assert.ok(explain.responses[status], status);
  assert.ok(explain.responses[503]!.headers!['Retry-After']);
  assert.ok(explain.responses[415]!.headers!['Accept-Encoding']);
  assert.ok(explain.parameters!.some((p) => p.name === 'Content-Encoding'));
  // every type listed is taken (an empty body is missing_field, not 415), and +json and charsets are said
  const content = explain.requestBody!.content;
  for (const type of ['application/gzip', 'application/x-gzip', 'application/zip', 'application/x-zip-compressed']) assert.ok(content[type], type);
  for (const type of Object.keys(content)) await apiError(await postRaw('', type), 400, 'missing_field');
  assert.match(explain.requestBody!.description, /application\/\*\+json/);
  assert.match(explain.requestBody!.description, /charset/);
  // a sending service's events as a webhook posts them: an array, or an object without "text"
  assert.deepEqual(content['application/json']!.schema.anyOf!.map((v) => v.type), ['object', 'array', 'object']);
  // the language by default is the server's configured one, not always pt-BR
  const lang = explain.parameters!.find((p) => p.name === 'lang')!;
  assert.match(lang.description, /server's configured language: pt-BR unless it was started with smtp-explain serve --lang/);
});

test('the OpenAPI document marks as required every field a result always has', async () => {
  const doc = (await (await app.request('/api/openapi.json')).json()) as {
    components: { schemas: { Result: { required: string[]; properties: { message: { required: string[] } } } } };
  };
  const { gzipSync } = await import('node:zlib');
  const inputs: Response[] = [
    await postRaw(twoRecipientDsn(), 'message/rfc822'),
    await postRaw(GMAIL_511, 'text/plain'),
    await postRaw('From: ana@example.org\nTo: bruno@example.org\nSubject: oi\n\nAlmoço amanhã?\n', 'message/rfc822'),
    await postRaw(gzipSync(GMAIL_511).subarray(0, 20), 'application/gzip'),
    await postJson([{ email: 'ana@example.com', event: 'bounce', reason: '550 5.1.1 User unknown', status: '5.1.1' }]),
    await postJson([{ email: 'ana@example.com', event: 'open' }]),
  ];
  const all: Result[] = [];
  for (const res of inputs) all.push(...await results(res));
  assert.ok(all.some((r) => r.error) && all.some((r) => r.message) && all.some((r) => !r.bounce));
  // one shape: the same fields, in the same order, on an error, a bounce and a message that is none
  for (const r of all) assert.deepEqual(Object.keys(r), Object.keys(all[0]!), r.file ?? '');
  assert.ok(all.every((r) => r.error === null || r.kind === 'error'));
  const always = Object.keys(all[0]!).filter((key) => all.every((r) => key in r));
  const { required } = doc.components.schemas.Result;
  assert.deepEqual([...required].sort(), always.sort());
  const withMessage = all.find((r) => r.message)!;
  assert.deepEqual([...doc.components.schemas.Result.properties.message.required].sort(), Object.keys(withMessage.message!).sort());
});

// ---- headers, CORS, logging ----

test('security headers on API answers and pages: CSP without unsafe-inline, workers from the server only, nosniff, no framing', async () => {
  for (const res of [await app.request('/api/codes/550'), await app.request('/codigos/550'), await app.request('/'), await postJson({ text: '550' })]) {
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'self'/);
    assert.match(csp, /frame-ancestors 'none'/);
    // the page's analysis worker: from the server's own files, never from a blob: or data: URL
    assert.match(csp, /worker-src 'self'(?:;|$)/);
    // no form of ours sends anything anywhere: the page's would put the pasted text in a URL
    assert.match(csp, /form-action 'none'/);
    assert.doesNotMatch(csp, /unsafe-|blob:|child-src/);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('x-frame-options'), 'DENY');
    assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
    // plain HTTP: HSTS is the TLS proxy's to send, not a default that pins a domain for months
    assert.equal(res.headers.get('strict-transport-security'), null);
    assert.equal(res.headers.get('access-control-allow-origin'), null);
  }
  const explained = await postJson({ text: '550' });
  assert.equal(explained.headers.get('cache-control'), 'no-store');
});

test('CORS is off by default and on when asked, for any origin or a list', async () => {
  const origin = { Origin: 'https://app.example' };
  const off = await app.request('/api/codes/550', { headers: origin });
  assert.equal(off.headers.get('access-control-allow-origin'), null);

  const any = createApp({ cors: true });
  const a = await any.request('/api/codes/550', { headers: origin });
  assert.equal(a.headers.get('access-control-allow-origin'), '*');
  assert.equal(a.headers.get('cross-origin-resource-policy'), 'cross-origin');
  const preflight = await any.request('/api/explain', {
    method: 'OPTIONS', headers: { ...origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
  });
  assert.equal(preflight.status, 204);
  assert.match(preflight.headers.get('access-control-allow-methods') ?? '', /POST/);

  const listed = createApp({ cors: ['https://app.example'] });
  assert.equal((await listed.request('/api/codes/550', { headers: origin })).headers.get('access-control-allow-origin'), 'https://app.example');
  assert.notEqual((await listed.request('/api/codes/550', { headers: { Origin: 'https://evil.example' } })).headers.get('access-control-allow-origin'), 'https://evil.example');
});

test('CORS: the preflight allows Content-Encoding, Retry-After is exposed, and only /api answers are cross-origin resources', async () => {
  const origin = { Origin: 'https://app.example' };
  const preflight = await createApp({ cors: ['https://app.example'] }).request('/api/explain', {
    method: 'OPTIONS', headers: { ...origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,content-encoding' },
  });
  assert.equal(preflight.status, 204);
  const allowed = (preflight.headers.get('access-control-allow-headers') ?? '').toLowerCase().split(',').map((h) => h.trim());
  assert.ok(allowed.includes('content-type') && allowed.includes('content-encoding'), allowed.join());
  const busy = createApp({ cors: true, maxConcurrent: 0, maxWaiting: 0 });
  const refused = await busy.request('/api/explain', { method: 'POST', headers: { ...origin, 'content-type': 'text/plain' }, body: '550' });
  assert.equal(refused.status, 503);
  assert.match(refused.headers.get('access-control-expose-headers') ?? '', /\bRetry-After\b/i);

  for (const cors of [true, undefined]) {
    await withWebRoot(async (a) => {
      const corp = async (path: string) => (await a.request(path, { headers: origin })).headers.get('cross-origin-resource-policy');
      const api = cors ? 'cross-origin' : 'same-origin';
      assert.equal(await corp('/api/codes/550'), api);
      assert.equal(await corp('/api'), api);
      assert.equal(await corp('/api/nothing'), api);
      for (const page of ['/', '/styles.css', '/codes/550', '/codigos', '/no/such/page', '/apix']) assert.equal(await corp(page), 'same-origin', `${page} with cors ${cors}`);
    }, { cors });
  }
});

test('nothing a user sends is written to stdout, stderr or the console', async () => {
  const secret = 'segredo-9f2c1@example.org';
  const written: string[] = [];
  const out = process.stdout.write.bind(process.stdout);
  const err = process.stderr.write.bind(process.stderr);
  const methods = ['log', 'info', 'warn', 'error', 'debug'] as const;
  const saved = methods.map((m) => console[m]);
  const capture = (chunk: unknown) => { written.push(String(chunk)); return true; };
  process.stdout.write = capture as typeof process.stdout.write;
  process.stderr.write = capture as typeof process.stderr.write;
  for (const m of methods) console[m] = (...args: unknown[]) => { written.push(args.map(String).join(' ')); };
  const logged: string[] = [];
  try {
    const a = createApp({ logError: (line) => logged.push(line) });
    await a.request('/api/explain', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: `550 5.1.1 <${secret}> unknown` }) });
    await a.request('/api/explain', { method: 'POST', headers: { 'content-type': 'application/json' }, body: `{"text": "${secret}` });
    await a.request('/api/explain', { method: 'POST', headers: { 'content-type': 'message/rfc822' }, body: twoRecipientDsn(secret.split('@')[0]) });
    await a.request(`/api/codes/${secret}`);
    await a.request(`/codigos/${secret}`);
    // the page's form as a browser without the page's script would send it: neither logged nor echoed
    const page = await a.request(`/?text=${encodeURIComponent(`550 5.1.1 <${secret}> unknown`)}`);
    assert.ok(!(await page.text()).includes('segredo'), 'the page echoed the text of its URL');
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
    methods.forEach((m, i) => { console[m] = saved[i]!; });
  }
  assert.deepEqual(logged, []);
  assert.ok(!written.some((w) => w.includes('segredo')), `user input was written: ${written.join('')}`);
});

// ---- reference pages ----

test('code pages: /codigos/550 in Portuguese, /codes/5.7.26 in English, linked to each other', async () => {
  const pt = await app.request('/codigos/550');
  assert.equal(pt.status, 200);
  assert.match(pt.headers.get('content-type') ?? '', /^text\/html/);
  const ptHtml = await pt.text();
  assert.match(ptHtml, /<html lang="pt-BR">/);
  assert.ok(ptHtml.includes(CATALOGS['pt-BR'].basicCodes['550'].title));
  assert.ok(ptHtml.includes('href="/codes/550"'));
  assert.ok(ptHtml.includes('href="/codigos/5.1.1"'), 'a 550 page links the enhanced codes that go with it');

  const en = await app.request('/codes/5.7.26');
  const enHtml = await en.text();
  assert.equal(en.status, 200);
  assert.match(enHtml, /<html lang="en">/);
  assert.ok(enHtml.includes(CATALOGS.en.enhancedCodes['X.7.26'].title));
  assert.ok(enHtml.includes('href="/codigos/5.7.26"'));
  assert.ok(enHtml.includes('href="/codes/4.7.26"'), 'the same detail in the other class is linked');

  const detail = await app.request('/codigos/X.2.2');
  assert.equal(detail.status, 200);
  assert.ok((await detail.text()).includes(CATALOGS['pt-BR'].enhancedCodes['X.2.2'].title));
});

test('code index pages list every code of both tables', async () => {
  for (const [path, lang] of [['/codigos', 'pt-BR'], ['/codes', 'en']] as const) {
    const res = await app.request(path);
    assert.equal(res.status, 200);
    const html = await res.text();
    for (const row of BASIC_CODES) assert.ok(html.includes(`href="${path}/${row.code}"`), `${path} misses ${row.code}`);
    for (const row of ENHANCED_CODES) assert.ok(html.includes(`href="${path}/${row.code}"`), `${path} misses ${row.code}`);
    assert.ok(html.includes(CATALOGS[lang].enhancedCodes['X.7.1'].title));
    assert.equal((await app.request(`${path}/`)).status, 200);
  }
});

test('a page for what is not a code is a 404 that does not echo the input as markup', async () => {
  const res = await app.request('/codigos/%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  assert.equal(res.status, 404);
  const html = await res.text();
  assert.doesNotMatch(html, /<script/i);
  assert.match(html, /<html lang="pt-BR">/);
  const other = await app.request('/no/such/page?lang=en');
  assert.equal(other.status, 404);
  assert.match(await other.text(), /<html lang="en">/);
});

// ---- the web page and its files ----

test('without a built web page, "/" says how to build it', async () => {
  const res = await createApp({ webRoot: null }).request('/');
  assert.equal(res.status, 503);
  assert.match(await res.text(), /npm run build:web/);
});

test('"/" without a built web page says it in the words of both catalogs, each language marked, a link to each language\'s code pages', async () => {
  const { webNotBuiltPage } = await import('../src/server/code-pages.js');
  const { PAGE_TEXT } = await import('../src/server/page-text.js');
  const page = webNotBuiltPage();
  assert.equal(await (await createApp({ webRoot: null }).request('/')).text(), page);
  const command = '<code>npm run build:web</code>';
  assert.ok(page.includes(`<p>${PAGE_TEXT['pt-BR'].webNotBuilt(command)} <span lang="en">${PAGE_TEXT.en.webNotBuilt(command)}</span></p>`), page);
  assert.ok(page.includes(`<a href="/codigos">${PAGE_TEXT['pt-BR'].codes}</a> · <a href="/codes" lang="en">${PAGE_TEXT.en.codes}</a>`), page);
  assert.match(page, /^<!doctype html><html lang="pt-BR"><meta charset="utf-8">/);
});

test('static files: index at "/", hashed assets immutable, gzip, ETag, no dot files', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'smtp-explain-web-'));
  try {
    mkdirSync(join(dir, 'assets'));
    mkdirSync(join(dir, '.vite'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title><script type="module" src="/assets/app-abc123.js"></script>');
    writeFileSync(join(dir, 'assets', 'app-abc123.js'), `console.log(${JSON.stringify('x'.repeat(4000))});`);
    writeFileSync(join(dir, 'styles.css'), 'body{color:black}');
    writeFileSync(join(dir, '.vite', 'manifest.json'), '{}');
    const web = createApp({ webRoot: dir });

    const index = await web.request('/');
    assert.equal(index.status, 200);
    assert.match(index.headers.get('content-type') ?? '', /^text\/html/);
    assert.equal(index.headers.get('cache-control'), 'no-cache');
    assert.match(index.headers.get('content-security-policy') ?? '', /script-src 'self'/);
    assert.match(await index.text(), /app-abc123\.js/);

    const js = await web.request('/assets/app-abc123.js', { headers: { 'accept-encoding': 'gzip, br' } });
    assert.equal(js.status, 200);
    assert.match(js.headers.get('content-type') ?? '', /^text\/javascript/);
    assert.match(js.headers.get('cache-control') ?? '', /immutable/);
    assert.equal(js.headers.get('content-encoding'), 'gzip');
    const zipped = new Uint8Array(await js.arrayBuffer());
    assert.ok(zipped.length < 1000, `gzip body is ${zipped.length} bytes`);

    const plain = await web.request('/assets/app-abc123.js');
    assert.equal(plain.headers.get('content-encoding'), null);
    assert.equal((await plain.text()).length, 4000 + 'console.log("");'.length);

    const css = await web.request('/styles.css');
    const etag = css.headers.get('etag');
    assert.ok(etag);
    const again = await web.request('/styles.css', { headers: { 'if-none-match': etag! } });
    assert.equal(again.status, 304);
    const gzEtag = js.headers.get('etag');
    assert.notEqual(gzEtag, plain.headers.get('etag'), 'gzip and identity bodies share an ETag');
    assert.equal((await web.request('/assets/app-abc123.js', { headers: { 'if-none-match': gzEtag!, 'accept-encoding': 'gzip' } })).status, 304);
    assert.equal((await web.request('/assets/app-abc123.js', { headers: { 'if-none-match': gzEtag! } })).status, 200);

    const head = await web.request('/', { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(await head.text(), '');

    assert.equal((await web.request('/.vite/manifest.json')).status, 404);
    assert.equal((await web.request('/index.html')).status, 404);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** A built web page of three files in a temporary folder, for the time of `use`. */
async function withWebRoot(use: (web: ReturnType<typeof createApp>) => Promise<void>, options: AppOptions = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'smtp-explain-web-'));
  try {
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title><script type="module" src="/assets/app-abc123.js"></script>');
    writeFileSync(join(dir, 'assets', 'app-abc123.js'), `console.log(${JSON.stringify('x'.repeat(4000))});`);
    writeFileSync(join(dir, 'styles.css'), 'body{color:black}');
    await use(createApp({ ...options, webRoot: dir }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('static files: gzip only when its weight is above 0; If-None-Match compared weakly, a list of tags or "*"', async () => {
  await withWebRoot(async (web) => {
    const js = '/assets/app-abc123.js';
    const encoding = async (accept: string) => (await web.request(js, { headers: { 'accept-encoding': accept } })).headers.get('content-encoding');
    assert.equal(await encoding('gzip;q=0, identity'), null);
    assert.equal(await encoding('br, gzip;q=0'), null);
    assert.equal(await encoding('*;q=0.5, gzip;q=0'), null);
    assert.equal(await encoding('gzip;q=0.1, identity'), 'gzip');
    assert.equal(await encoding('x-gzip'), 'gzip');
    assert.equal(await encoding('*'), 'gzip');
    const refused = await web.request(js, { headers: { 'accept-encoding': 'gzip;q=0, identity' } });
    assert.equal((await refused.text()).length, 4000 + 'console.log("");'.length);

    const etag = (await web.request('/styles.css')).headers.get('etag')!;
    const status = async (ifNoneMatch: string) => (await web.request('/styles.css', { headers: { 'if-none-match': ifNoneMatch } })).status;
    assert.equal(await status(`W/${etag}`), 304);
    assert.equal(await status(`"other", W/${etag}`), 304);
    assert.equal(await status(`"other",${etag}`), 304);
    assert.equal(await status('*'), 304);
    assert.equal(await status('"other", W/"another"'), 200);
    // the gzip body's tag names the gzip body only
    const gzTag = (await web.request(js, { headers: { 'accept-encoding': 'gzip' } })).headers.get('etag')!;
    assert.equal((await web.request(js, { headers: { 'if-none-match': `W/${gzTag}` } })).status, 200);
    assert.equal((await web.request(js, { headers: { 'if-none-match': `W/${gzTag}`, 'accept-encoding': 'gzip' } })).status, 304);
  });
});

test('HEAD answers carry the Content-Length of the body a GET gets: files, pages, API', async () => {
  await withWebRoot(async (web) => {
    for (const [path, headers] of [['/assets/app-abc123.js', { 'accept-encoding': 'gzip' }], ['/assets/app-abc123.js', {}], ['/', {}], ['/codes/550', {}], ['/api/codes/550', {}], ['/no/such/page', {}]] as const) {
      const get = await web.request(path, { headers });
      const head = await web.request(path, { method: 'HEAD', headers });
      assert.equal(head.status, get.status, path);
      assert.equal(await head.text(), '');
      assert.equal(head.headers.get('content-length'), String((await get.arrayBuffer()).byteLength), path);
    }
  });
});

test('a page not found is in the language the request asks for: the code pages\' path, ?lang=, Accept-Language, the server\'s', async () => {
  const lang = async (path: string, headers: Record<string, string> = {}, a = app) => {
    const res = await a.request(path, { headers });
    assert.equal(res.status, 404, path);
    return /<html lang="([^"]+)">/.exec(await res.text())?.[1];
  };
  const english = { 'accept-language': 'en-US,en;q=0.9' };
  assert.equal(await lang('/codes/5.1.1/x'), 'en');
  assert.equal(await lang('/codigos/5.1.1/x', english), 'pt-BR');
  assert.equal(await lang('/no/such/page', english), 'en');
  assert.equal(await lang('/no/such/page?lang=pt-BR', english), 'pt-BR');
  assert.equal(await lang('/no/such/page'), 'pt-BR');
  assert.equal(await lang('/no/such/page', {}, createApp({ lang: 'en' })), 'en');
});

test('an internal error: 500 JSON under /api, an HTML page elsewhere, logged without its message', async () => {
  const logged: string[] = [];
  const a = createApp({ logError: (line) => logged.push(line) });
  a.get('/api/boom', () => { throw new Error('user text segredo-4711'); });
  a.get('/codes/boom/:x', () => { throw new TypeError('user text segredo-4712'); });
  await apiError(await a.request('/api/boom'), 500, 'internal');
  const page = await a.request('/codes/boom/1');
  assert.equal(page.status, 500);
  assert.match(await page.text(), /<html lang="en">[\s\S]*Internal error/);
  assert.equal(logged.length, 2);
  assert.match(logged[0]!, /GET \/api\/boom: Error/);
  assert.match(logged[1]!, /GET \/codes\/boom\/:x: TypeError/);
  assert.ok(!logged.join('\n').includes('segredo'), 'the error message (which may quote user input) was logged');
});

test('a gzip log sent as text/plain, as application/gzip or with Content-Encoding: gzip is unpacked; each result names its line', async () => {
  const { gzipSync } = await import('node:zlib');
  const log = 'Nov 28 10:00:01 mx postfix/smtp[1]: A1: to=<ana@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=1, delays=0/0/0/1, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command))\n' +
    'Nov 28 10:00:02 mx postfix/smtp[1]: A2: to=<bia@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=1, delays=0/0/0/1, dsn=2.0.0, status=sent (250 2.0.0 Ok)\n';
  for (const type of ['text/plain', 'application/gzip', 'application/x-gzip']) {
    const rs = await results(await postRaw(gzipSync(log), type));
    assert.deepEqual(rs.map((r) => [r.file, r.recipient, r.reason, r.listAction]), [[':1', 'ana@example.com', 'userunknown', 'remove']], type);
  }
  const encoded = await app.request('/api/explain', { method: 'POST', headers: { 'content-type': 'text/plain', 'content-encoding': 'gzip' }, body: gzipSync(log) });
  assert.equal((await results(encoded))[0]!.recipient, 'ana@example.com');
});

test("the API's language: ?lang= or the JSON's, else Accept-Language, else the server's (serve --lang), else pt-BR", async () => {
  const { acceptedLang } = await import('../src/server/app.js');
  assert.equal(acceptedLang('en-US,en;q=0.9,pt;q=0.8'), 'en');
  assert.equal(acceptedLang('fr-FR, pt-BR;q=0.8'), 'pt-BR');
  assert.equal(acceptedLang('en;q=0, pt-BR'), 'pt-BR');
  assert.equal(acceptedLang('de'), null);
  const ask = (a: ReturnType<typeof createApp>, headers: Record<string, string>, query = '') =>
    a.request(`/api/explain${query}`, { method: 'POST', headers: { 'content-type': 'text/plain', ...headers }, body: '550 5.1.1 User unknown' });
  assert.equal((await results(await ask(app, { 'accept-language': 'en-US,en;q=0.9' })))[0]!.lang, 'en');
  assert.equal((await results(await ask(app, { 'accept-language': 'en-US' }, '?lang=pt-BR')))[0]!.lang, 'pt-BR');
  assert.equal((await results(await ask(app, {})))[0]!.lang, 'pt-BR');
  const english = createApp({ lang: 'en', logError: () => assert.fail('an internal error was logged') });
  assert.equal((await results(await ask(english, {})))[0]!.lang, 'en');
  assert.equal((await results(await ask(english, { 'accept-language': 'pt-BR' })))[0]!.lang, 'pt-BR');
  const codes = await english.request('/api/codes/550');
  assert.equal(((await codes.json()) as { lang?: string; title: string }).title, CATALOGS.en.basicCodes['550']!.title);
});

test('Accept-Language: the highest weight among our languages wins, the order breaks ties, q=0 is refused', async () => {
  const { acceptedLang } = await import('../src/server/app.js');
  assert.equal(acceptedLang('en;q=0.1, pt-BR;q=0.9'), 'pt-BR');
  assert.equal(acceptedLang('fr, en;q=0.5, pt;q=0.7'), 'pt-BR');
  assert.equal(acceptedLang('pt-PT;q=0.8, en-GB;q=0.8'), 'pt-BR');
  assert.equal(acceptedLang('en-GB;q=0.8, pt-PT;q=0.8'), 'en');
  assert.equal(acceptedLang('pt;q=0, en;q=0.001'), 'en');
  assert.equal(acceptedLang('pt;q=0.000, fr'), null);
  // a weight that is no qvalue: that entry is left out
  assert.equal(acceptedLang('en;q=2, pt-BR;q=0.2'), 'pt-BR');
  const res = await app.request('/api/explain', {
    method: 'POST', headers: { 'content-type': 'text/plain', 'accept-language': 'pt-BR;q=0.1, en;q=0.9' }, body: '550 5.1.1 User unknown',
  });
  assert.equal((await results(res))[0]!.lang, 'en');
});

test('analyses run two at a time; past the waiting room, 503 busy with Retry-After', async () => {
  const { Gate } = await import('../src/server/app.js');
  const gate = new Gate(2, 1);
  let running = 0;
  let most = 0;
  const releases: (() => void)[] = [];
  const task = () => new Promise<number>((resolve) => {
    running++;
    most = Math.max(most, running);
    releases.push(() => { running--; resolve(1); });
  });
  const a = gate.run(task);
  const b = gate.run(task);
  const c = gate.run(task); // waits
  assert.equal(await gate.run(task), null, 'the waiting room (1) is full');
  await new Promise((r) => setTimeout(r, 0));
  assert.equal(releases.length, 2);
  releases.shift()!();
  await new Promise((r) => setTimeout(r, 0));
  assert.equal(releases.length, 2, 'the waiting one got the turn');
  while (releases.length) releases.shift()!();
  assert.deepEqual(await Promise.all([a, b, c]), [1, 1, 1]);
  assert.equal(most, 2);
  // no turn free and no room to wait: the app answers 503 at once
  const busy = createApp({ maxConcurrent: 0, maxWaiting: 0, logError: () => assert.fail('an internal error was logged') });
  const refused = await busy.request('/api/explain', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '550' });
  assert.equal(refused.status, 503);
  assert.equal(refused.headers.get('retry-after'), '5');
  assert.equal(((await refused.json()) as { error: { code: string } }).error.code, 'busy');
});

test('requests in flight are bounded: past the limit, 503 busy with Retry-After before the body is read', async () => {
  const a = createApp({ maxInFlight: 1, logError: () => assert.fail('an internal error was logged') });
  // a body still being read holds its place
  let finish!: () => void;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('550 5.1.1 <a@example.org>: User unknown'));
      finish = () => controller.close();
    },
  });
  const first = a.request('/api/explain', { method: 'POST', headers: { 'content-type': 'text/plain' }, body, duplex: 'half' } as RequestInit);
  await new Promise((r) => setTimeout(r, 10));
  const refused = await a.request('/api/explain', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '550' });
  assert.equal(refused.status, 503);
  assert.equal(refused.headers.get('retry-after'), '5');
  assert.equal(((await refused.json()) as { error: { code: string } }).error.code, 'busy');
  finish();
  assert.equal((await first).status, 200);
  // its place is given back
  assert.equal((await a.request('/api/explain', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '550' })).status, 200);

  // and the bytes of their bodies (Content-Length)
  const b = createApp({ maxBytesInFlight: 100 });
  let finishB!: () => void;
  const bodyB = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('550'));
      finishB = () => controller.close();
    },
  });
  const held = b.request('/api/explain', { method: 'POST', headers: { 'content-type': 'text/plain', 'content-length': '60' }, body: bodyB, duplex: 'half' } as RequestInit);
  await new Promise((r) => setTimeout(r, 10));
  const big = '550 5.1.1 <a@example.org>: Recipient address rejected: User unknown';
  assert.equal((await b.request('/api/explain', { method: 'POST', headers: { 'content-type': 'text/plain', 'content-length': String(big.length) }, body: big })).status, 503);
  assert.equal((await b.request('/api/explain', { method: 'POST', headers: { 'content-type': 'text/plain', 'content-length': '3' }, body: '550' })).status, 200, 'a small one fits beside it');
  // one that declares no length counts as the whole body limit
  assert.equal((await b.request('/api/explain', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '550' })).status, 503);
  finishB();
  await held;
});

test('code answers vary with Accept-Language (and Origin with --cors) and are cached as the code pages are', async () => {
  const withCors = createApp({ cors: ['https://app.example'] });
  for (const a of [app, withCors]) {
    for (const path of ['/api/codes', '/api/codes/550', '/api/codes/5.7.26']) {
      const res = await a.request(path, { headers: { 'accept-language': 'en', origin: 'https://app.example' } });
      assert.equal(res.status, 200, path);
      const vary = (res.headers.get('vary') ?? '').split(',').map((v) => v.trim().toLowerCase());
      assert.ok(vary.includes('accept-language'), `${path}: ${vary.join()}`);
      if (a === withCors) assert.ok(vary.includes('origin'), `${path}: ${vary.join()}`);
      assert.equal(res.headers.get('cache-control'), 'public, max-age=3600', path);
    }
  }
});

// ---- who a request is for, where it comes from ----

/** A request with these headers; "host" as a browser sends it. */
const withHeaders = (a: ReturnType<typeof createApp>, path: string, headers: Record<string, string>, init: RequestInit = {}) =>
  a.request(path, { ...init, headers: { ...(init.headers as Record<string, string> | undefined), ...headers } });

test('DNS rebinding: a loopback server (the default) refuses a Host that is no name of this machine, 403 host_not_allowed in JSON, a text on pages', async () => {
  for (const host of ['localhost', 'localhost:8025', 'LocalHost.:8025', 'app.localhost:5173', '127.0.0.1:8025', '127.5.6.7', '[::1]:8025']) {
    assert.equal((await withHeaders(app, '/api/codes/550', { host })).status, 200, host);
  }
  // HTTP/1.0 sends no Host: on loopback, nothing to be rebound to
  assert.equal((await app.request('/api/codes/550')).status, 200);
  for (const host of ['attacker.example', 'attacker.example:8025', '127.0.0.1.attacker.example', 'localhost.attacker.example', '192.168.0.5:8025', '[::2]', '', 'a b']) {
    await apiError(await withHeaders(app, '/api/codes/550', { host }), 403, 'host_not_allowed');
  }
  // before anything runs: the analysis too, and the answer keeps the security headers
  const post = await withHeaders(app, '/api/explain', { host: 'attacker.example:8025' }, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '550 5.1.1' });
  assert.match(post.headers.get('content-security-policy') ?? '', /default-src 'none'/);
  assert.equal(post.headers.get('cache-control'), 'no-store');
  const pt = await apiError(post, 403, 'host_not_allowed');
  assert.match(pt, /não atende pelo nome "attacker\.example:8025".*DNS rebinding.*--allowed-host attacker\.example$/);
  const en = await apiError(await withHeaders(app, '/api/codes/550?lang=en', { host: 'attacker.example' }), 403, 'host_not_allowed');
  assert.match(en, /does not answer to the name "attacker\.example".*--allowed-host attacker\.example$/);
  // pages and files: a short text, in the page's language
  await withWebRoot(async (a) => {
    for (const [path, words] of [['/', /não atende pelo nome/], ['/styles.css', /não atende pelo nome/], ['/codes/550', /does not answer to the name/], ['/codigos', /não atende pelo nome/]] as const) {
      const res = await withHeaders(a, path, { host: 'attacker.example' });
      assert.equal(res.status, 403, path);
      assert.match(res.headers.get('content-type') ?? '', /^text\/plain/, path);
      assert.match(await res.text(), words, path);
    }
  });
});

test('allowedHosts names more hosts (".example.com" with its subdomains); a server listening elsewhere checks only when given some', async () => {
  const proxied = createApp({ allowedHosts: ['Proxy.Example', '.corp.example', '::1'] });
  for (const host of ['proxy.example', 'proxy.example:8443', 'corp.example', 'mail.corp.example', 'localhost:8025']) {
    assert.equal((await withHeaders(proxied, '/api/codes/550', { host })).status, 200, host);
  }
  for (const host of ['evilcorp.example', 'proxy.example.attacker.example', 'other.example']) {
    await apiError(await withHeaders(proxied, '/api/codes/550', { host }), 403, 'host_not_allowed');
  }
  // 0.0.0.0 or a LAN address: reached by any name, unless names are given
  const lan = createApp({ host: '0.0.0.0' });
  for (const host of ['attacker.example', '192.168.0.5:8025']) assert.equal((await withHeaders(lan, '/api/codes/550', { host })).status, 200, host);
  const named = createApp({ host: '192.168.0.5', allowedHosts: ['mail-tools.lan'] });
  assert.equal((await withHeaders(named, '/api/codes/550', { host: 'mail-tools.lan:8025' })).status, 200);
  await apiError(await withHeaders(named, '/api/codes/550', { host: 'attacker.example' }), 403, 'host_not_allowed');
  // no Host is allowed only on loopback
  const none = await apiError(await named.request('/api/codes/550?lang=en'), 403, 'host_not_allowed');
  assert.match(none, /no Host header/);
  for (const host of ['::1', 'localhost', '127.0.0.2']) {
    await apiError(await withHeaders(createApp({ host }), '/api/codes/550', { host: 'attacker.example' }), 403, 'host_not_allowed');
  }
});

test('with CORS off, a POST from a page of another site is refused (403 cross_site_request); the own page, curl and listed origins pass', async () => {
  const post = (a: ReturnType<typeof createApp>, headers: Record<string, string>, query = '') =>
    withHeaders(a, `/api/explain${query}`, headers, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '550 5.1.1 user unknown' });
  const pt = await apiError(await post(app, { 'sec-fetch-site': 'cross-site', origin: 'https://attacker.example' }), 403, 'cross_site_request');
  assert.match(pt, /não aceita envios feitos por páginas de outros sites.*--cors ORIGEM/);
  const en = await apiError(await post(app, { 'sec-fetch-site': 'cross-site' }, '?lang=en'), 403, 'cross_site_request');
  assert.match(en, /requests sent by pages of other sites.*--cors ORIGIN/);
  // a form posted from another site: refused before its type is looked at
  await apiError(await withHeaders(app, '/api/explain', { 'sec-fetch-site': 'cross-site', 'content-type': 'application/x-www-form-urlencoded' }, { method: 'POST', body: 'a=1' }), 403, 'cross_site_request');
  // a browser without Sec-Fetch-Site: its Origin is compared with the Host it was sent to
  await apiError(await post(app, { origin: 'https://attacker.example' }), 403, 'cross_site_request');
  await apiError(await post(app, { origin: 'null' }), 403, 'cross_site_request');
  await apiError(await post(app, { host: '127.0.0.1:8025', origin: 'http://127.0.0.1:9999' }), 403, 'cross_site_request');
  for (const headers of <Record<string, string>[]>[
    {}, // curl, a script, app.request()
    { 'sec-fetch-site': 'same-origin', origin: 'http://127.0.0.1:8025', host: '127.0.0.1:8025' }, // the server's own page
    { 'sec-fetch-site': 'none' }, // typed by the user
    { origin: 'http://127.0.0.1:8025', host: '127.0.0.1:8025' },
    { origin: 'http://localhost' },
    // behind an HTTPS proxy that keeps the Host (a default port is none)
    { origin: 'https://localhost', host: 'localhost:443' },
  ]) {
    assert.equal((await post(app, headers)).status, 200, JSON.stringify(headers));
  }
  // reading is not refused: a GET does no work a page could not get from the code pages
  assert.equal((await withHeaders(app, '/api/codes/550', { 'sec-fetch-site': 'cross-site', origin: 'https://attacker.example' })).status, 200);
  // with --cors, the origins allowed post as before
  for (const cors of [true, ['https://app.example']]) {
    const res = await post(createApp({ cors }), { 'sec-fetch-site': 'cross-site', origin: 'https://app.example' });
    assert.equal(res.status, 200);
    assert.ok(res.headers.get('access-control-allow-origin'));
  }
});

test('a code no reply can have is no success: the API says whether anything failed is not known', async () => {
  const [r] = await results(await postJson({ text: '999', lang: 'en' }));
  assert.deepEqual([r!.bounce, r!.retryText, r!.whoActs], [false, CATALOGS.en.ui.unrecognisedRetry, []]);
});
