// Reading a POST /api/explain without Hono (src/server/request-body.ts, request-lang.ts) and its
// middleware (explain-request.ts): the edges server-api.test.ts does not reach through app.request().
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { API_ERRORS } from '../src/server/api-errors.js';
import { bodyCoding, bodyForm, bodyInput, charsetParam, type BodyForm, type Refusal } from '../src/server/request-body.js';
import { langOf, langOrNone } from '../src/server/request-lang.js';
import { explainRequest } from '../src/server/explain-request.js';

const REPLY = '550 5.1.1 <ana@example.org>: Recipient address rejected: User unknown';
const encode = (s: string) => new TextEncoder().encode(s);

function refused(r: BodyForm | Refusal | { input: unknown }, status: number, code: string): Refusal {
  assert.ok('status' in r, `not refused: ${JSON.stringify(r)}`);
  assert.deepEqual([r.status, r.code], [status, code]);
  return r;
}

function form(r: BodyForm | Refusal): BodyForm {
  assert.ok(!('status' in r), `refused: ${'status' in r ? r.code : ''}`);
  return r;
}

test('bodyForm: the media type in any case and spacing, +json types; a charset only for JSON and text', () => {
  assert.deepEqual(form(bodyForm('  Application/JSON ;  Charset="ISO-8859-1" ', undefined)),
    { json: true, mediaType: 'application/json', coding: 'identity', charset: 'ISO-8859-1' });
  assert.equal(form(bodyForm('application/vnd.example.event+json', 'x-gzip')).coding, 'gzip');
  assert.deepEqual(form(bodyForm('TEXT/PLAIN; format=flowed; charset=latin1', 'identity')),
    { json: false, mediaType: 'text/plain', coding: 'identity', charset: 'latin1' });
  // a message, a mailbox or bytes of no stated kind say their charsets inside: the parameter is neither read nor refused
  assert.equal(form(bodyForm('application/octet-stream; charset=bogus', undefined)).charset, null);
  assert.equal(form(bodyForm('application/mbox; charset=bogus', undefined)).charset, null);
  // "json" in another place is no JSON type
  for (const type of ['text/json', 'application/json-seq', 'application/+json', 'application/x-ndjson']) {
    refused(bodyForm(type, undefined), 415, 'unsupported_media_type');
  }
});

test('bodyForm: what a 415 shows of a type is cut; the type is checked before the coding, the coding before the charset', () => {
  const long = `application/${'x'.repeat(300)}`;
  assert.equal(refused(bodyForm(long, undefined), 415, 'unsupported_media_type').message(API_ERRORS.en), API_ERRORS.en.unsupportedType(long.slice(0, 100)));
  assert.equal(refused(bodyForm(';charset=utf-8', undefined), 415, 'unsupported_media_type').message(API_ERRORS.en), API_ERRORS.en.noContentType);
  assert.equal(refused(bodyForm('image/png', 'br'), 415, 'unsupported_media_type').message(API_ERRORS.en), API_ERRORS.en.unsupportedType('image/png'));
  const coding = refused(bodyForm('text/plain; charset=bogus', 'br'), 415, 'unsupported_media_type');
  assert.equal(coding.message(API_ERRORS.en), API_ERRORS.en.unsupportedEncoding('br'));
  assert.deepEqual(coding.headers, { 'Accept-Encoding': 'gzip' });
  const charset = refused(bodyForm('text/csv; charset=bogus', 'gzip'), 415, 'unsupported_media_type');
  assert.equal(charset.message(API_ERRORS['pt-BR']), API_ERRORS['pt-BR'].unknownCharset('bogus'));
  assert.equal(charset.headers, undefined);
});

test('bodyCoding and charsetParam: identity left out, one gzip only, what is shown cut; the first charset named', () => {
  assert.equal(bodyCoding(''), 'identity');
  assert.equal(bodyCoding(' identity , IDENTITY'), 'identity');
  assert.equal(bodyCoding('identity, X-GZIP'), 'gzip');
  // gzip twice is unpacked once by no one: refused, as any other coding
  assert.deepEqual(bodyCoding('gzip, gzip'), { unsupported: 'gzip, gzip' });
  assert.equal((bodyCoding('br,'.repeat(100)) as { unsupported: string }).unsupported.length, 100);
  assert.equal(charsetParam(['format=flowed', 'charset = "utf-8"', 'charset=latin1']), 'utf-8');
  assert.equal(charsetParam(['charset=', 'charset=""']), null);
  assert.equal(charsetParam([`charset=${'u'.repeat(300)}`])!.length, 100);
});

test('bodyInput: an empty body is empty whatever its coding says; a JSON request with "text" is a request even beside event fields', async () => {
  const json = form(bodyForm('application/json', 'gzip'));
  const raw = form(bodyForm('text/plain', 'gzip'));
  // Content-Encoding: gzip over no bytes is no broken gzip layer: nothing was sent
  assert.equal(refused(await bodyInput(new Uint8Array(), json), 400, 'missing_field').message(API_ERRORS.en), API_ERRORS.en.bodyEmpty);
  assert.equal(refused(await bodyInput(new Uint8Array(), raw), 400, 'missing_field').message(API_ERRORS.en), API_ERRORS.en.bodyEmpty);
  const plainJson = form(bodyForm('application/json', undefined));
  const withEvent = JSON.stringify({ text: REPLY, 'event-data': { event: 'failed', recipient: 'bia@example.com' } });
  assert.deepEqual(await bodyInput(encode(withEvent), plainJson), { input: REPLY });
  // a gzip JSON body is unpacked by its magic bytes even when no header says so
  assert.deepEqual(await bodyInput(gzipSync(JSON.stringify({ text: REPLY, lang: 'EN-us' })), plainJson), { input: REPLY, lang: 'en' });
  // a JSON scalar or array that is no events is no request
  for (const body of ['7', 'null', '[]', '[1, 2]']) {
    assert.equal(refused(await bodyInput(encode(body), plainJson), 400, 'invalid_json').message(API_ERRORS.en), API_ERRORS.en.notObject, body);
  }
});

test('bodyInput: errors about "text" are in the language the body names when it is ours; "lang" empty or null names none', async () => {
  const json = form(bodyForm('application/json', undefined));
  const read = (body: unknown) => bodyInput(encode(JSON.stringify(body)), json);
  assert.equal(refused(await read({ text: ' \t', lang: 'en' }), 400, 'missing_field').lang, 'en');
  assert.equal(refused(await read({ text: [REPLY], lang: 'pt' }), 400, 'invalid_field').lang, 'pt-BR');
  // a language not ours: the words are the request's others (?lang=, Accept-Language, the server's)
  assert.equal(refused(await read({ text: null, lang: 'fr' }), 400, 'missing_field').lang, undefined);
  // "text" is checked before "lang": a bad language beside no text is told as the missing text
  assert.equal(refused(await read({ lang: 'fr' }), 400, 'missing_field').message(API_ERRORS.en), API_ERRORS.en.textMissing);
  const bad = refused(await read({ text: REPLY, lang: 'fr' }), 400, 'invalid_field');
  assert.deepEqual([bad.lang, bad.message(API_ERRORS.en)], [undefined, API_ERRORS.en.unknownLang]);
  assert.deepEqual(await read({ text: REPLY, lang: '' }), { input: REPLY });
  assert.deepEqual(await read({ text: REPLY, lang: null }), { input: REPLY });
});

test('bodyInput: a raw body is text only under a text type; other bytes, and an archive under a text type, stay bytes', async () => {
  const bytes = encode(REPLY);
  assert.equal((await bodyInput(bytes, form(bodyForm('text/plain', undefined))) as { input: unknown }).input, REPLY);
  for (const type of ['application/octet-stream', 'message/rfc822', 'application/mbox']) {
    assert.equal((await bodyInput(bytes, form(bodyForm(type, undefined))) as { input: unknown }).input, bytes, type);
  }
  const packed = gzipSync(REPLY);
  assert.equal((await bodyInput(packed, form(bodyForm('text/plain', undefined))) as { input: unknown }).input, packed);
  const notGzip = refused(await bodyInput(bytes, form(bodyForm('application/octet-stream', 'gzip'))), 400, 'bad_request');
  assert.equal(notGzip.message(API_ERRORS.en), API_ERRORS.en.notGzip);
});

test('langOf: empty or missing names none; what is no language of ours is null, for a refusal; langOrNone reads that as none', () => {
  for (const value of [undefined, null, '']) assert.equal(langOf(value), undefined);
  assert.equal(langOf('PT_br'), 'pt-BR');
  assert.equal(langOf('en-GB'), 'en');
  for (const value of ['fr', ' en', 7, ['en'], {}, true]) assert.equal(langOf(value), null, JSON.stringify(value));
  assert.equal(langOrNone('fr'), undefined);
  assert.equal(langOrNone('en'), 'en');
});

test('explainRequest: the body\'s language before ?lang=, a bad ?lang= refused only when the body names none, the fallback last', async () => {
  const app = new Hono();
  app.post('/', explainRequest({
    fallbackLang: (c) => (c.req.header('x-fallback') === 'en' ? 'en' : 'pt-BR'),
    refuse: (c, r) => c.json({ code: r.code, message: r.message(API_ERRORS[r.lang ?? 'pt-BR']) }, r.status, r.headers),
  }), (c) => {
    const { input, lang } = c.get('explain');
    return c.json({ input: typeof input === 'string' ? input : `${input.length} bytes`, lang });
  });
  const post = async (query: string, type: string, body: string | Uint8Array, headers: Record<string, string> = {}) =>
    (await app.request(`/${query}`, { method: 'POST', headers: { 'content-type': type, ...headers }, body })).json();
  assert.deepEqual(await post('?lang=de', 'application/json', JSON.stringify({ text: REPLY, lang: 'en' })), { input: REPLY, lang: 'en' });
  assert.deepEqual(await post('?lang=en', 'text/plain', REPLY, { 'x-fallback': 'pt-BR' }), { input: REPLY, lang: 'en' });
  assert.deepEqual(await post('', 'message/rfc822', REPLY, { 'x-fallback': 'en' }), { input: `${REPLY.length} bytes`, lang: 'en' });
  // a sending service's events name no language: the query's is read, and a bad one refused
  const events = JSON.stringify([{ email: 'ana@example.com', event: 'bounce', reason: REPLY }]);
  assert.deepEqual(await post('?lang=de', 'application/json', events), { code: 'invalid_field', message: API_ERRORS['pt-BR'].unknownLang });
  assert.deepEqual(await post('?lang=', 'application/json', events, { 'x-fallback': 'en' }), { input: events, lang: 'en' });
  // a refusal of the body comes before the query's language is read
  assert.deepEqual(await post('?lang=de', 'text/plain', ''), { code: 'missing_field', message: API_ERRORS['pt-BR'].bodyEmpty });
});
