#!/usr/bin/env node
// Load check of the HTTP server: 2,000 requests, 50 in flight, against a server started in a child
// process on 127.0.0.1 and a free port. Prints the figures; exits 1 on any error, timeout or non-2xx
// answer, or when the run does not finish in time. Needs `npm run build` (and `npm run build:web`
// for the page itself to be part of the mix).
//   node scripts/load-check.mjs [--requests 2000] [--connections 50]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { requests: { type: 'string' }, connections: { type: 'string' } } });
const AMOUNT = Number(values.requests ?? 2000);
const CONNECTIONS = Number(values.connections ?? 50);
/** The whole run must end within this. */
const DEADLINE_MS = 120_000;

if (!existsSync(`${root}dist/server/serve.js`)) {
  console.error('load-check: dist/server/serve.js is missing: run "npm run build" first');
  process.exit(1);
}
const webBuilt = existsSync(`${root}dist/web/index.html`);

const GMAIL = '550-5.1.1 The email account that you tried to reach does not exist. Please try\n' +
  "550-5.1.1 double-checking the recipient's email address for typos or\n" +
  '550 5.1.1 unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser a1si123 - gsmtp';
const DSN = `From: Mail Delivery System <MAILER-DAEMON@mx.example.net>
To: sender@example.com
Subject: Undelivered Mail Returned to Sender
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B"

--B
Content-Type: text/plain

<ana@example.org>: host mx.example.org said: 550 5.1.1 <ana@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command)

--B
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net

Final-Recipient: rfc822; ana@example.org
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 <ana@example.org>: Recipient address rejected: User unknown

Final-Recipient: rfc822; bruno@example.org
Action: delayed
Status: 4.2.2
Diagnostic-Code: smtp; 452 4.2.2 <bruno@example.org>: Mailbox full

--B--
`;

const requests = [
  { method: 'POST', path: '/api/explain', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: GMAIL, lang: 'pt-BR' }) },
  { method: 'POST', path: '/api/explain?lang=en', headers: { 'content-type': 'message/rfc822' }, body: DSN },
  { method: 'GET', path: '/api/codes/5.7.26' },
  { method: 'GET', path: '/codigos/550' },
  ...(webBuilt ? [{ method: 'GET', path: '/' }] : []),
];

// the server runs in its own process, so autocannon's work does not slow it down
const child = spawn(process.execPath, ['--input-type=module', '-e', `
  import { startServer } from ${JSON.stringify(`${root}dist/server/serve.js`)};
  const s = await startServer({ port: 0, host: '127.0.0.1' });
  process.stdout.write(s.url + '\\n');
  process.on('SIGTERM', () => s.close().then(() => process.exit(0)));
`], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });

function stopServer() {
  if (child.exitCode === null) child.kill('SIGTERM');
}

const url = await new Promise((resolve, reject) => {
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
    const m = /http:\/\/\S+/.exec(out);
    if (m) resolve(m[0]);
  });
  child.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening`)));
  setTimeout(() => reject(new Error('the server did not start within 15 s')), 15_000).unref();
});

let timer;
try {
  const run = autocannon({ url, connections: CONNECTIONS, amount: AMOUNT, timeout: 10, requests });
  const result = await Promise.race([
    run,
    new Promise((_, reject) => { timer = setTimeout(() => { run.stop?.(); reject(new Error(`not finished within ${DEADLINE_MS / 1000} s`)); }, DEADLINE_MS); }),
  ]);
  clearTimeout(timer);
  const total = result['1xx'] + result['2xx'] + result['3xx'] + result['4xx'] + result['5xx'];
  const lines = [
    `load-check: ${url}, ${CONNECTIONS} connections, ${requests.length} request kinds (${requests.map((r) => `${r.method} ${r.path}`).join(', ')})`,
    `  requests:   ${total} done, ${result['2xx']} 2xx, ${result.non2xx} non-2xx, ${result.errors} errors, ${result.timeouts} timeouts`,
    `  duration:   ${result.duration.toFixed(2)} s`,
    `  throughput: ${result.requests.average.toFixed(0)} req/s on average (${(result.throughput.average / 1024 / 1024).toFixed(2)} MB/s)`,
    `  latency:    p50 ${result.latency.p50} ms, p97.5 ${result.latency.p97_5} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms, mean ${result.latency.average.toFixed(1)} ms`,
  ];
  console.log(lines.join('\n'));
  const failed = result.errors > 0 || result.timeouts > 0 || result.non2xx > 0 || result['2xx'] < AMOUNT;
  if (failed) {
    console.error('load-check: FAILED (errors, timeouts, non-2xx answers or missing requests)');
    process.exitCode = 1;
  } else {
    console.log(`load-check: ok, ${result['2xx']} of ${AMOUNT} requests answered 2xx`);
  }
} catch (error) {
  console.error(`load-check: FAILED: ${error.message}`);
  process.exitCode = 1;
} finally {
  clearTimeout(timer);
  stopServer();
}
