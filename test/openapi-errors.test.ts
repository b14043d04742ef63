// Every status the server answers is declared in its OpenAPI document for the operations where it can
// happen, with the error's code named: the statuses are those of requests made here through
// app.request() (no sockets), and the server's source is read so that a status it sets that no request
// here gets fails the test too. The HTTP parser's refusals (serve.ts), which no app.request() reaches,
// are read from its source and must be declared on every operation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/server/app.js';
import { ERROR_CODES } from '../src/server/api-errors.js';

type Answer = { $ref?: string; description: string };
type Doc = { paths: Record<string, Record<string, { responses: Record<string, Answer> }>>; components: { responses: Record<string, Answer> } };

interface Seen { method: string; path: string; status: number; code: string | null }

const source = (file: string) => readFileSync(new URL(`../src/server/${file}`, import.meta.url), 'utf8');

/** What the app answered: its status, and the error's code when the body is a JSON error. */
async function seen(app: { request: (path: string, init?: RequestInit) => Response | Promise<Response> }, method: string, path: string, init: RequestInit = {}): Promise<Seen> {
  const res = await app.request(path, { method, ...init });
  const body = (res.headers.get('content-type') ?? '').startsWith('application/json') && res.status >= 400 ? ((await res.json()) as { error?: { code?: string } }) : null;
  return { method, path: path.split('?')[0]!, status: res.status, code: body?.error?.code ?? null };
}

const text = (body: string, type = 'text/plain', headers: Record<string, string> = {}) => ({ headers: { 'content-type': type, ...headers }, body });

test('every status the server answers is declared in the OpenAPI document where it can happen, with its error code', async () => {
  const app = createApp({ lang: 'en', logError: () => undefined });
  const doc = (await (await app.request('/api/openapi.json')).json()) as Doc;
  const answers: Seen[] = [];
  const add = async (...s: Parameters<typeof seen>) => answers.push(await seen(...s));

  // the operations of the API, their errors
  await add(app, 'POST', '/api/explain', text('550 5.1.1 user unknown'));
  await add(app, 'POST', '/api/explain', text('{', 'application/json'));
  await add(app, 'POST', '/api/explain', text('', 'text/plain'));
  await add(app, 'POST', '/api/explain', text('{"text": 5}', 'application/json'));
  await add(app, 'POST', '/api/explain?lang=xx', text('550'));
  await add(app, 'POST', '/api/explain', text('550 not gzip', 'text/plain', { 'content-encoding': 'gzip' }));
  await add(app, 'POST', '/api/explain', text('550', 'image/png'));
  await add(createApp({ bodyLimit: 10 }), 'POST', '/api/explain', text('550 5.1.1 user unknown, past ten bytes'));
  await add(createApp({ maxConcurrent: 0, maxWaiting: 0 }), 'POST', '/api/explain', text('550'));
  await add(app, 'GET', '/api/codes');
  await add(app, 'GET', '/api/codes?lang=xx');
  await add(app, 'GET', '/api/codes/550');
  await add(app, 'GET', '/api/codes/nope');
  await add(app, 'GET', '/api/codes/550?lang=xx');
  await add(app, 'GET', '/api/openapi.json');
  // a Host that is no name of this (loopback) server, on any path; with CORS off, a POST from another site
  const rebound = { headers: { host: 'attacker.example' } };
  for (const path of ['/api/codes/550', '/api/codes', '/api/openapi.json', '/api/nope', '/codes/550', '/codigos', '/', '/nope']) await add(app, 'GET', path, rebound);
  await add(app, 'POST', '/api/explain', text('550', 'text/plain', { host: 'attacker.example' }));
  for (const path of ['/api/explain', '/api/codes/550', '/api/codes', '/api/openapi.json']) await add(app, 'POST', path, text('550', 'text/plain', { 'sec-fetch-site': 'cross-site' }));
  // the methods a path does not take
  for (const [path, ops] of Object.entries(doc.paths).filter(([p]) => p.startsWith('/api/'))) {
    for (const method of Object.keys(ops)) await add(app, method.toUpperCase(), path.replace('{code}', '550'));
  }
  // paths not described: /api alone, a typo, a described path with a trailing slash
  for (const [method, path] of [['GET', '/api'], ['GET', '/api/nope'], ['GET', '/api/codes/'], ['POST', '/api/explain/']]) await add(app, method!, path!);
  // an error of the server, under /api and on a page (the same handler serves every route)
  const boom = createApp({ logError: () => undefined });
  boom.get('/api/boom', () => { throw new Error('boom'); });
  boom.get('/codes/boom/:x', () => { throw new Error('boom'); });
  await add(boom, 'GET', '/api/boom');
  await add(boom, 'GET', '/codes/boom/1');
  // the pages: the code pages, the web page built and not, its copy current in the browser
  for (const path of ['/', '/codigos', '/codes', '/codes/550', '/codigos/550', '/codes/nope', '/codigos/nope']) await add(app, 'GET', path);
  const dir = mkdtempSync(join(tmpdir(), 'smtp-explain-openapi-'));
  try {
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>t</title>');
    const web = createApp({ webRoot: dir });
    const page = await web.request('/');
    await add(web, 'GET', '/');
    await add(web, 'GET', '/', { headers: { 'if-none-match': page.headers.get('etag') ?? '' } });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // each status the server's source sets is among those answered here: a new one needs a request above
  const app_ = source('app.ts');
  const errors = [...app_.matchAll(/apiError\(c, (\d{3}), ([^,]+),/g)].flatMap((m) => [...m[2]!.matchAll(/'(\w+)'/g)].map((q) => `${m[1]} ${q[1]}`));
  assert.ok(errors.length >= 10, `only ${errors.length} errors found in app.ts`);
  const statuses = [app_, source('send-static.ts')].flatMap((s) => [...s.matchAll(/\bc\.(?:html|json|body)\([^;]*?, (\d{3})\b/g)].map((m) => Number(m[1])));
  assert.ok(statuses.includes(304) && statuses.includes(503), 'the pages\' statuses were not found');
  const answered = new Set(answers.map((a) => `${a.status} ${a.code}`));
  for (const e of errors) assert.ok(answered.has(e), `app.ts answers ${e}, which no request of this test got`);
  for (const s of statuses) assert.ok(answers.some((a) => a.status === s), `the server answers ${s}, which no request of this test got`);

  const resolve = (a: Answer | undefined) => (a?.$ref ? doc.components.responses[a.$ref.split('/').pop()!] : a);
  const declared = (path: string, method: string, status: number, code: string | null): string | null => {
    const answer = resolve(doc.paths[path]?.[method]?.responses[status]);
    if (!answer) return `${method.toUpperCase()} ${path}: ${status} is not declared`;
    return code && !answer.description.includes(code) ? `${method.toUpperCase()} ${path}: its ${status} does not name ${code}` : null;
  };
  const templates = Object.keys(doc.paths).map((p) => ({ path: p, re: new RegExp(`^${p.replace(/\{[^}]+\}/g, '[^/]+')}$`) }));
  // the operations a route answers (not the 405s of methods a path does not take)
  const routed = Object.entries(doc.paths).flatMap(([path, ops]) =>
    Object.entries(ops).filter(([, op]) => Object.keys(op.responses).some((s) => s.startsWith('2'))).map(([method]) => ({ path, method })));
  const missing: string[] = [];
  for (const a of answers) {
    const path = templates.find((t) => t.re.test(a.path))?.path;
    if (path) {
      missing.push(declared(path, a.method.toLowerCase(), a.status, a.code) ?? '');
      continue;
    }
    // a path not described: each operation of its kind (the API's, the pages') declares what it got
    const api = a.path.startsWith('/api');
    for (const op of routed.filter((o) => o.path.startsWith('/api') === api)) missing.push(declared(op.path, op.method, a.status, a.code) ?? '');
  }
  // what the HTTP parser refuses (serve.ts) is answered on any path and method: every operation declares it
  const refusals = [...source('serve.ts').matchAll(/\[(\d{3}), '[^']+', '(\w+)'/g)].map((m) => ({ status: Number(m[1]), code: m[2]! }));
  assert.deepEqual(refusals.map((r) => r.status).sort(), [400, 408, 413, 431]);
  for (const [path, ops] of Object.entries(doc.paths)) {
    for (const method of Object.keys(ops)) for (const r of refusals) missing.push(declared(path, method, r.status, r.code) ?? '');
  }
  assert.deepEqual([...new Set(missing.filter(Boolean))], []);
});

test('the OpenAPI document\'s Error.code enum holds every error code the server sends, and only those', async () => {
  type ErrorSchema = { components: { schemas: { Error: { properties: { error: { properties: { code: { enum: string[] } } } } } } } };
  const app = createApp({ lang: 'en' });
  const doc = (await (await app.request('/api/openapi.json')).json()) as ErrorSchema;
  const declared = doc.components.schemas.Error.properties.error.properties.code.enum;
  // the server's own list, which types every code it sends (app.ts apiError, serve.ts's parser refusals)
  assert.deepEqual(ERROR_CODES.filter((code) => !declared.includes(code)), []);
  assert.deepEqual(declared.filter((code) => !(ERROR_CODES as readonly string[]).includes(code)), []);
  // and what a request gets is among them: a Host the server does not answer to, a POST from another site
  const rebound = await seen(app, 'GET', '/api/codes/550', { headers: { host: 'attacker.example' } });
  const crossSite = await seen(app, 'POST', '/api/explain', text('550', 'text/plain', { 'sec-fetch-site': 'cross-site' }));
  assert.deepEqual([rebound.code, crossSite.code], ['host_not_allowed', 'cross_site_request']);
  for (const code of [rebound.code!, crossSite.code!]) assert.ok(declared.includes(code), `${code} is not in the enum`);
});
