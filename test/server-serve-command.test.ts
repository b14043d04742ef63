// `smtp-explain serve`: its options, and a real server that starts, answers and stops.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { parseServeArgs, parseSize, serveCommand } from '../src/cli/serve-command.js';
import type { RunningServer } from '../src/server/serve.js';

function fakeIo(env: NodeJS.ProcessEnv = { LANG: 'C' }) {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out, err,
    io: { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) }, env },
  };
}

test('options: defaults, port, host, body limit, CORS origins, language', () => {
  const d = parseServeArgs([], {});
  assert.deepEqual(d, { port: 8025, host: '127.0.0.1', bodyLimit: 10 * 1024 * 1024, cors: [], allowedHosts: [], lang: 'pt-BR', help: false });
  const o = parseServeArgs(['--port', '0', '-H', '0.0.0.0', '--body-limit', '512kb', '--cors', 'https://a.example', '--cors', 'https://b.example', '--lang', 'en'], {});
  assert.equal(o.port, 0);
  assert.equal(o.host, '0.0.0.0');
  assert.equal(o.bodyLimit, 512 * 1024);
  assert.deepEqual(o.cors, ['https://a.example', 'https://b.example']);
  assert.equal(o.lang, 'en');
  assert.equal(parseServeArgs([], { LANG: 'en_US.UTF-8' }).lang, 'en');
  assert.equal(parseSize('10mb'), 10 * 1024 * 1024);
  assert.equal(parseSize('1000000'), 1_000_000);
  assert.equal(parseSize('ten'), null);
  assert.equal(parseSize('0'), null);
  // a body is held whole while analysed: 100 MB at most
  assert.equal(parseSize('100mb'), 100 * 1024 * 1024);
  assert.equal(parseSize('1gb'), null);
  // --lang also sets the API's language for requests that name none; the environment alone does not
  assert.equal(o.apiLang, 'en');
  assert.equal(parseServeArgs([], { LANG: 'en_US.UTF-8' }).apiLang, undefined);
});

test('usage errors exit 2 with a message in the language of the environment', async () => {
  for (const [args, pattern] of [
    [['--port', '70000'], /porta inválida "70000"/],
    [['--port', 'abc'], /porta inválida/],
    [['--body-limit', 'lots'], /tamanho inválido/],
    [['--lang', 'fr'], /idioma desconhecido "fr"/],
    [['--allowed-host', 'https://proxy.example/'], /nome de host inválido "https:\/\/proxy\.example\/"/],
    [['--allowed-host', ''], /nome de host inválido ""/],
    [['--nope'], /opção desconhecida "--nope"/],
    [['extra'], /argumento inesperado "extra"/],
  ] as const) {
    const f = fakeIo({ LANG: 'pt_BR.UTF-8' });
    assert.equal(await serveCommand([...args], f.io), 2, args.join(' '));
    assert.match(f.err.join(''), pattern);
    assert.match(f.err.join(''), /serve --help/);
  }
  const en = fakeIo({ LANG: 'en_US.UTF-8' });
  assert.equal(await serveCommand(['--port', '-1'], en.io), 2);
  assert.match(en.err.join(''), /the value of --port cannot start with "-" \(if it must, write --port=VALUE\)/);
});

test('an address this machine does not have is said so, not with getaddrinfo\'s words', async () => {
  const f = fakeIo({ LANG: 'pt_BR.UTF-8' });
  assert.equal(await serveCommand(['--host', '999.1.1.1', '--port', '0'], f.io), 1);
  assert.match(f.err.join(''), /não foi possível escutar em "999\.1\.1\.1": esta máquina não tem esse endereço/);
});

test('--help shows the options in the chosen language', async () => {
  const pt = fakeIo();
  assert.equal(await serveCommand(['--help'], pt.io), 0);
  assert.match(pt.out.join(''), /Uso: smtp-explain serve/);
  assert.match(pt.out.join(''), /--port PORTA/);
  const en = fakeIo();
  assert.equal(await serveCommand(['--help', '--lang', 'en'], en.io), 0);
  assert.match(en.out.join(''), /Usage: smtp-explain serve/);
});

test('serves on a free port, answers, and stops when asked', async () => {
  const f = fakeIo();
  const stop = new AbortController();
  let running: RunningServer | null = null;
  const done = serveCommand(['--port', '0', '--lang', 'en'], {
    ...f.io, signal: stop.signal, onListening: (s) => { running = s; },
  });
  while (!running) await new Promise((r) => setTimeout(r, 10));
  const server = running as RunningServer;
  assert.equal(server.host, '127.0.0.1');
  assert.match(f.out.join(''), new RegExp(`serving on http://127\\.0\\.0\\.1:${server.port}/`));
  const res = await fetch(`${server.url}/api/codes/550?lang=en`);
  assert.equal(res.status, 200);
  assert.equal(((await res.json()) as { code: string }).code, '550');
  const explained = await fetch(`${server.url}/api/explain`, {
    method: 'POST', headers: { 'content-type': 'text/plain' }, body: '550 5.1.1 <ana@example.org>: Recipient address rejected: User unknown',
  });
  assert.equal(explained.status, 200);
  assert.equal(((await explained.json()) as { results: { reason: string }[] }).results[0]!.reason, 'userunknown');
  stop.abort();
  assert.equal(await done, 0);
  await assert.rejects(fetch(`${server.url}/api/codes/550`), 'the server still answers after stopping');
});

test('a port in use exits 1 with a clear message', async () => {
  const blocker = createServer();
  await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
  const port = (blocker.address() as { port: number }).port;
  try {
    const f = fakeIo();
    assert.equal(await serveCommand(['--port', String(port)], f.io), 1);
    assert.match(f.err.join(''), new RegExp(`a porta ${port} já está em uso`));
  } finally {
    await new Promise((r) => blocker.close(r));
  }
});

test("with --cors, the answers to requests Node's HTTP parser refuses carry the API's CORS headers", async () => {
  const { startServer } = await import('../src/server/serve.js');
  const { connect } = await import('node:net');
  const head = (port: number, request: string): Promise<string> => new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(request));
    let answer = '';
    socket.setEncoding('utf8').on('data', (d) => { answer += d; }).on('end', () => resolve(answer.slice(0, answer.indexOf('\r\n\r\n')))).on('error', reject);
  });
  const big = (origin: string) => `GET /api/codes/550 HTTP/1.1\r\nHost: x\r\nOrigin: ${origin}\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`;
  const allowed = (h: string) => /^access-control-allow-origin: *(.*)$/im.exec(h)?.[1]?.trim() ?? null;
  for (const [cors, origin, expected] of [
    [true, 'https://app.example', '*'],
    [['https://app.example', 'https://b.example'], 'https://b.example', 'https://b.example'],
    [['https://app.example'], 'https://evil.example', null],
    [undefined, 'https://app.example', null],
  ] as const) {
    const server = await startServer({ port: 0, host: '127.0.0.1', webRoot: null, logError: () => {}, lang: 'en', cors: cors as never });
    try {
      for (const h of [await head(server.port, big(origin)), await head(server.port, 'HELLO THERE\r\n\r\n')]) {
        assert.match(h, /^HTTP\/1\.1 4\d\d /);
        // (a request line that is no HTTP has no Origin to read: an allowed list has none to name)
        const want = h.includes(' 400 ') && Array.isArray(cors) ? null : expected;
        assert.equal(allowed(h), want, `${JSON.stringify(cors)} ${origin}: ${h}`);
        // as the app's /api answers: Retry-After is exposed, and the answer is a cross-origin resource
        if (cors) assert.match(h, /^access-control-expose-headers: *Retry-After/im);
        assert.match(h, new RegExp(`^Cross-Origin-Resource-Policy: ${cors ? 'cross-origin' : 'same-origin'}`, 'im'));
      }
    } finally {
      await server.close();
    }
  }
});

test("requests Node's HTTP parser refuses get the API's JSON error, not a bare status line", async () => {
  const { startServer } = await import('../src/server/serve.js');
  const { connect } = await import('node:net');
  const server = await startServer({ port: 0, host: '127.0.0.1', webRoot: null, logError: () => {}, lang: 'en' });
  const raw = (request: string): Promise<string> => new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1', () => socket.end(request));
    let answer = '';
    socket.setEncoding('utf8').on('data', (d) => { answer += d; }).on('end', () => resolve(answer)).on('error', reject);
  });
  try {
    const split = (answer: string) => {
      const at = answer.indexOf('\r\n\r\n');
      return { head: answer.slice(0, at), body: JSON.parse(answer.slice(at + 4)) as { error: { code: string; message: string } } };
    };
    // headers past Node's limit (16 KB by default)
    const big = split(await raw(`GET /api/codes/550 HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`));
    assert.match(big.head, /^HTTP\/1\.1 431 /);
    assert.match(big.head, /Content-Type: application\/json/i);
    // with the security headers of every other answer
    assert.match(big.head, /X-Content-Type-Options: nosniff/);
    assert.match(big.head, /Content-Security-Policy: default-src 'none'/);
    assert.equal(big.body.error.code, 'headers_too_large');
    assert.match(big.body.error.message, /headers/);
    // a request line that is no HTTP
    const bad = split(await raw('HELLO THERE\r\n\r\n'));
    assert.match(bad.head, /^HTTP\/1\.1 400 /);
    assert.equal(bad.body.error.code, 'bad_request');
  } finally {
    await server.close();
  }
});

test('--request-timeout: a body that never completes gets 408 request_timeout after it, not after Node\'s 300 s', async () => {
  assert.equal(parseServeArgs(['--request-timeout', '20'], {}).requestTimeout, 20_000);
  assert.equal(parseServeArgs([], {}).requestTimeout, undefined);
  for (const bad of ['0', 'x', '-5', '4000']) assert.throws(() => parseServeArgs([`--request-timeout=${bad}`], {}), /seconds|segundos/);
  const { startServer } = await import('../src/server/serve.js');
  const { connect } = await import('node:net');
  const server = await startServer({ port: 0, host: '127.0.0.1', webRoot: null, logError: () => {}, lang: 'en', requestTimeout: 1000 });
  try {
    const started = Date.now();
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(server.port, '127.0.0.1', () => socket.write('POST /api/explain HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\n550'));
      let text = '';
      socket.setEncoding('utf8').on('data', (d) => { text += d; }).on('end', () => resolve(text)).on('error', reject);
      setTimeout(() => { socket.destroy(); resolve(text); }, 10_000).unref();
    });
    assert.match(answer, /^HTTP\/1\.1 408 /);
    assert.match(answer, /"request_timeout"/);
    assert.ok(Date.now() - started < 5000, `${Date.now() - started} ms`);
  } finally {
    await server.close();
  }
});

test('--allowed-host: the names a server on 127.0.0.1 answers to besides its own; another Host gets 403 host_not_allowed', async () => {
  assert.deepEqual(parseServeArgs(['--allowed-host', 'proxy.example', '--allowed-host', '.corp.example'], {}).allowedHosts, ['proxy.example', '.corp.example']);
  const { request } = await import('node:http');
  const f = fakeIo();
  const stop = new AbortController();
  let running: RunningServer | null = null;
  const done = serveCommand(['--port', '0', '--lang', 'en', '--allowed-host', 'proxy.example'], { ...f.io, signal: stop.signal, onListening: (s) => { running = s; } });
  while (!running) await new Promise((r) => setTimeout(r, 10));
  const server = running as RunningServer;
  /** A GET sent to the server under this Host, as a browser led there by DNS would send it. */
  const get = (host: string) => new Promise<{ status: number; body: string }>((resolve, reject) => {
    request({ host: '127.0.0.1', port: server.port, path: '/api/codes/550', headers: { host } }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (d) => { body += d; }).on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    }).on('error', reject).end();
  });
  try {
    for (const host of [`127.0.0.1:${server.port}`, `localhost:${server.port}`, 'proxy.example']) assert.equal((await get(host)).status, 200, host);
    const refused = await get(`rebound.example:${server.port}`);
    assert.equal(refused.status, 403);
    assert.equal((JSON.parse(refused.body) as { error: { code: string } }).error.code, 'host_not_allowed');
  } finally {
    stop.abort();
    assert.equal(await done, 0);
  }
});

test('--cors: an origin is written as a browser sends it (one trailing "/" dropped, scheme and host in lower case); what can match no Origin header is refused with exit 2', async () => {
  assert.deepEqual(parseServeArgs([
    '--cors', 'https://app.example.com/', '--cors', 'HTTPS://App.Example.COM', '--cors', 'https://b.example:443',
    '--cors', 'http://c.example:8080/', '--cors', '*',
  ], {}).cors, ['https://app.example.com', 'https://b.example', 'http://c.example:8080', '*']);
  for (const bad of ['app.example.com', 'https://app.example.com/app', 'https://app.example.com//', 'https://app.example.com/?x=1', 'https://user@app.example.com', 'null', 'https://app.example.com:99999', '']) {
    for (const [env, pattern] of [
      [{ LANG: 'pt_BR.UTF-8' }, /origem inválida ".*": uma origem é o que o navegador manda no cabeçalho Origin, esquema:\/\/host\[:porta\]/],
      [{ LANG: 'en_US.UTF-8' }, /invalid origin ".*": an origin is what a browser sends in its Origin header, scheme:\/\/host\[:port\]/],
    ] as const) {
      const f = fakeIo(env);
      assert.equal(await serveCommand(['--port', '0', '--cors', bad], { ...f.io, signal: AbortSignal.abort() }), 2, bad);
      assert.match(f.err.join(''), pattern, bad);
      assert.ok(f.err.join('').includes(`"${bad}"`), bad);
      assert.deepEqual(f.out, [], bad);
    }
  }
  // the origin copied with its "/" from the address bar: the browser's Origin header gets the CORS answer
  const f = fakeIo();
  const stop = new AbortController();
  let running: RunningServer | null = null;
  const done = serveCommand(['--port', '0', '--lang', 'en', '--cors', 'https://App.Example.com/'], { ...f.io, signal: stop.signal, onListening: (s) => { running = s; } });
  while (!running) await new Promise((r) => setTimeout(r, 10));
  try {
    const res = await fetch(`${(running as RunningServer).url}/api/codes/550`, { headers: { origin: 'https://app.example.com' } });
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('access-control-allow-origin'), 'https://app.example.com');
  } finally {
    stop.abort();
    assert.equal(await done, 0);
  }
});
