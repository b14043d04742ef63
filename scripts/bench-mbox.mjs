#!/usr/bin/env node
// Mailbox bench: writes a synthetic mbox of bounces (default ~1 GB) to tmp/, runs the built CLI over it
// with --format ndjson to /dev/null, and prints peak memory (RSS of the whole process, workers included)
// and messages per second. Run after a build: `npm run bench`.
//   node scripts/bench-mbox.mjs [--mb 1024] [--jobs 0,1,2] [--limit-mb 200]
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, openSync, statSync, closeSync } from 'node:fs';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
};
const targetMb = Number(opt('mb', '1024'));
const jobsList = opt('jobs', 'default').split(',');
const limitMb = Number(opt('limit-mb', '200'));
const cli = join(root, 'dist', 'cli', 'main.cjs');
if (!existsSync(cli)) {
  console.error('bench: dist/cli/main.cjs is missing; run `npm run build` first');
  process.exit(1);
}

// ---- synthetic bounces (example.com addresses only) ----
const FILLER = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt.\n'.repeat(16);
const KINDS = [
  { status: '5.1.1', code: '550', text: (r) => `<${r}>: Recipient address rejected: User unknown in virtual mailbox table` },
  { status: '4.2.2', code: '452', text: (r) => `<${r}>: Mailbox full, quota exceeded` },
  { status: '5.7.26', code: '550', text: () => 'This mail has been blocked because the sender is unauthenticated.' },
  { status: '5.7.1', code: '554', text: () => 'Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org' },
  { status: '4.7.0', code: '421', text: () => 'Too many messages from your IP, try again later' },
  { status: '5.4.4', code: '550', text: (r) => `Host or domain name not found for ${r.split('@')[1]}` },
];

function bounce(i) {
  const recipient = `user${i}@d${i % 997}.example.com`;
  const k = KINDS[i % KINDS.length];
  const text = k.text(recipient);
  return `From MAILER-DAEMON Mon Jan  1 10:00:00 2024
From: Mail Delivery System <MAILER-DAEMON@mx.example.com>
To: news@example.com
Subject: Undelivered Mail Returned to Sender
Date: Mon, 1 Jan 2024 10:00:00 +0000
Message-ID: <bounce-${i}@mx.example.com>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B${i}"

--B${i}
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx.example.com.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

>From the postmaster: please do not reply to this message.

<${recipient}>: host mx.example.com said: ${k.code} ${k.status} ${text}

--B${i}
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.com

Final-Recipient: rfc822; ${recipient}
Action: ${k.status[0] === '4' ? 'delayed' : 'failed'}
Status: ${k.status}
Diagnostic-Code: smtp; ${k.code} ${k.status} ${text}

--B${i}
Content-Type: message/rfc822

From: news@example.com
To: ${recipient}
Subject: Newsletter ${i}
Message-ID: <news-${i}@example.com>

${FILLER}
--B${i}--

`;
}

function plain(i) {
  return `From ana@example.com Mon Jan  1 11:00:00 2024
From: Ana <ana@example.com>
To: news@example.com
Subject: Hello ${i}
Message-ID: <hello-${i}@example.com>

${FILLER}
`;
}

async function generate(path, bytes) {
  const out = createWriteStream(path);
  let written = 0;
  let i = 0;
  while (written < bytes) {
    let chunk = '';
    for (let j = 0; j < 200; j++, i++) chunk += i % 50 === 49 ? plain(i) : bounce(i);
    written += Buffer.byteLength(chunk);
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return i;
}

mkdirSync(join(root, 'tmp'), { recursive: true });
const file = join(root, 'tmp', `bench-${targetMb}mb.mbox`);
const bytes = targetMb * 1024 * 1024;
if (!existsSync(file) || statSync(file).size < bytes) {
  const t = Date.now();
  const n = await generate(file, bytes);
  console.log(`bench: wrote ${file} (${(statSync(file).size / 1048576).toFixed(0)} MB, ${n} messages) in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}
const size = statSync(file).size;

// peak RSS of the CLI process (all its threads), written by a hook when it exits
const HOOK = 'data:text/javascript,process.on("exit",()=>process.stderr.write("\\nBENCH_MAXRSS_KB="+process.resourceUsage().maxRSS+"\\n"))';

async function runOnce(jobs) {
  const devNull = openSync('/dev/null', 'w');
  const cliArgs = ['--import', HOOK, cli, '--lang', 'en', '--format', 'ndjson', ...(jobs === 'default' ? [] : ['--jobs', jobs]), file];
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, cliArgs, { stdio: ['ignore', devNull, 'pipe'], env: { ...process.env, LANG: 'C' } });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d) => { stderr += d; });
  const [code] = await once(child, 'exit');
  closeSync(devNull);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rssMb = Number(/BENCH_MAXRSS_KB=(\d+)/.exec(stderr)?.[1] ?? 0) / 1024;
  const messages = Number((/([\d,]+) messages read/.exec(stderr)?.[1] ?? '0').replace(/,/g, ''));
  const done = /smtp-explain: .*/.exec(stderr)?.[0] ?? '(no closing line)';
  return { jobs, code, seconds, rssMb, messages, done };
}

console.log(`bench: ${file}, ${(size / 1048576).toFixed(0)} MB`);
let failed = false;
for (const jobs of jobsList) {
  const r = await runOnce(jobs);
  const ok = r.code === 0 && r.rssMb > 0 && r.rssMb < limitMb;
  if (!ok) failed = true;
  console.log(
    `jobs=${r.jobs}: ${r.messages} messages in ${r.seconds.toFixed(1)} s = ${(r.messages / r.seconds).toFixed(0)} messages/s, ` +
    `${(size / 1048576 / r.seconds).toFixed(1)} MB/s, peak RSS ${r.rssMb.toFixed(0)} MB (limit ${limitMb} MB) ${ok ? 'ok' : 'FAIL'}, exit ${r.code}`,
  );
  console.log(`  ${r.done}`);
}
process.exitCode = failed ? 1 : 0;
