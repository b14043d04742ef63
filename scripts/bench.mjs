#!/usr/bin/env node
// `npm run bench`: the speed and memory figures of issue 6, as one table, against their targets.
//   corpus x10      whole process: the CLI (--format ndjson) over Sisimai's whole set of e-mails in
//                   ../shared/corpus/sisimai (maildir/* and mailbox/*, issue 6's corpus) given ten times,
//                   then over maildir/bsd alone; Sisimai-Perl (apt-get install libsisimai-perl) over the
//                   same files in the same run, when installed, and the ratio; judged without
//                   NODE_EXTRA_CA_CERTS, as the cold start is; for the whole corpus also the CLI with it as
//                   the environment sets it, and under --v8-pool-size=1 (informational, not the target)
//   single lines    explainText() over ~50 varied reply lines, in process, warmed up
//   cold start      `node dist/cli/main.cjs 550`, median of 21 runs (and `node -e 0`, the floor), without
//                   NODE_EXTRA_CA_CERTS and as the environment has it; and one bounce file
//   1 GB mbox       peak RSS of the CLI reading a generated mbox (scripts/bench-mbox.mjs)
// Options: --quick (fewer runs, a 128 MB mbox), --mbox-mb N (0 skips it), --runs N, --check (exit 1
// when a target is missed). Run after a build; `npm run bench` builds first. Bounded: a few minutes.
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, existsSync, openSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] !== undefined ? Number(args[i + 1]) : fallback;
};
const quick = flag('quick');
const runs = option('runs', quick ? 1 : 5);
const mboxMb = option('mbox-mb', quick ? 128 : 1024);
const cli = join(root, 'dist', 'cli', 'main.cjs');
const corpusRoot = join(root, '..', 'shared', 'corpus', 'sisimai');
const corpus = join(corpusRoot, 'maildir', 'bsd');
const PASSES = 10;
/** The environment without NODE_EXTRA_CA_CERTS (see coldStart and corpusThroughput). */
const WITHOUT_CA_FILE = { ...process.env };
delete WITHOUT_CA_FILE.NODE_EXTRA_CA_CERTS;

if (!existsSync(cli)) {
  console.error('bench: dist/cli/main.cjs is missing; run `npm run build` first (npm run bench does)');
  process.exit(1);
}

const rows = [];
let missed = false;
/** One row of the table; `ok` is true, false or null (no target). */
function row(measure, value, target = '', ok = null) {
  if (ok === false) missed = true;
  rows.push([measure, value, target, ok === null ? '' : ok ? 'ok' : 'MISSED']);
  console.error(`bench: ${measure}: ${value}`);
}
const fmt = (n, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

/** Wall time of a process whose output goes to /dev/null; throws when it fails. */
async function timed(command, commandArgs, env = process.env) {
  const devNull = openSync('/dev/null', 'w');
  const started = process.hrtime.bigint();
  const child = spawn(command, commandArgs, { stdio: ['ignore', devNull, 'pipe'], env: { ...env, LANG: 'C' } });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d) => { stderr += d; });
  const [code] = await once(child, 'exit');
  closeSync(devNull);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (code !== 0 && code !== 1) throw new Error(`${command} exited with ${code}: ${stderr.slice(0, 500)}`);
  return seconds;
}

// ---- 1. the shared corpus x10, whole process, and Sisimai-Perl on the same files ----
/** Regular files directly in a folder (a Maildir-like folder of messages). */
const filesIn = (dir) => readdirSync(dir).filter((f) => !f.startsWith('.') && statSync(join(dir, f)).isFile()).length;

/**
 * The corpus as issue 6 defines it: all of Sisimai's set of e-mails (the five maildir folders, whose
 * dos/ and mac/ are bsd/ with other line ends, and the two mbox files), given ten times; and bsd/ alone,
 * the figure earlier sessions reported.
 */
function corpusSets() {
  const maildirs = ['bsd', 'dos', 'mac', 'err', 'not'].map((d) => join(corpusRoot, 'maildir', d)).filter(existsSync);
  const mboxes = existsSync(join(corpusRoot, 'mailbox')) ? readdirSync(join(corpusRoot, 'mailbox')).map((f) => join(corpusRoot, 'mailbox', f)) : [];
  return [
    { label: 'whole corpus', inputs: [...maildirs, ...mboxes], files: maildirs.reduce((n, d) => n + filesIn(d), 0) + mboxes.length, target: true },
    { label: 'bsd/ only', inputs: [corpus], files: filesIn(corpus), target: false },
  ];
}

async function corpusThroughput() {
  if (!existsSync(corpus)) {
    row('corpus x10', `skipped: no corpus at ${corpus}`);
    return;
  }
  const hasPerl = spawnSync('perl', ['-MSisimai', '-e', 'print $Sisimai::VERSION'], { encoding: 'utf8' });
  const perlVersion = hasPerl.status === 0 ? hasPerl.stdout.trim() : null;
  for (const set of corpusSets()) {
    const files = set.files * PASSES;
    const inputs = Array(PASSES).fill(set.inputs).flat();
    const ours = [];
    const perl = [];
    // informational: the same command with one V8 helper thread instead of four (see the README's Speed),
    // and with NODE_EXTRA_CA_CERTS as this environment sets it (judged without it, as the cold start is:
    // Node parses that file while it starts, the CLI makes no TLS connection, and Perl reads no such file)
    const onePool = [];
    const withCaFile = [];
    const args = [cli, '--format', 'ndjson', '--lang', 'en', ...inputs];
    // alternate them so that a busy machine slows all alike
    for (let i = 0; i < runs; i++) {
      ours.push(await timed(process.execPath, args, WITHOUT_CA_FILE));
      if (set.target) onePool.push(await timed(process.execPath, ['--v8-pool-size=1', ...args], WITHOUT_CA_FILE));
      if (set.target && process.env.NODE_EXTRA_CA_CERTS) withCaFile.push(await timed(process.execPath, args));
      if (perlVersion) perl.push(await timed('perl', ['-MSisimai', '-e', 'print Sisimai->dump($_) for @ARGV', ...inputs]));
    }
    const oursRate = files / median(ours);
    const spread = (xs) => `${Math.min(...xs).toFixed(2)} to ${Math.max(...xs).toFixed(2)} s`;
    row(`${set.label} x${PASSES} (${fmt(files)} files), CLI --format ndjson, whole process${set.target ? ' (NODE_EXTRA_CA_CERTS unset)' : ''}`, `${fmt(oursRate)} files/s (${median(ours).toFixed(2)} s; runs ${spread(ours)})`);
    if (!perlVersion) {
      row('  Sisimai-Perl, same files', 'skipped: not installed (apt-get install libsisimai-perl)');
      continue;
    }
    const perlRate = files / median(perl);
    row(`  Sisimai-Perl ${perlVersion}, same files, Sisimai->dump`, `${fmt(perlRate)} files/s (${median(perl).toFixed(2)} s; runs ${spread(perl)})`);
    const ratio = oursRate / perlRate;
    // each run of ours against the Perl run right after it (a busy moment slows both)
    const pairs = ours.map((t, i) => perl[i] / t);
    const value = `${ratio.toFixed(1)}x (run by run: ${Math.min(...pairs).toFixed(1)}x to ${Math.max(...pairs).toFixed(1)}x)`;
    if (set.target) row('  ratio smtp-explain / Sisimai-Perl', value, '>= 4x (aim 10x)', ratio >= 4);
    else row('  ratio smtp-explain / Sisimai-Perl', value);
    if (withCaFile.length) {
      const rate = files / median(withCaFile);
      row('  the same with NODE_EXTRA_CA_CERTS as set here (informational)', `${fmt(rate)} files/s (${median(withCaFile).toFixed(2)} s; runs ${spread(withCaFile)}); ${(rate / perlRate).toFixed(1)}x Perl`);
    }
    if (onePool.length) {
      const rate = files / median(onePool);
      row('  the same with NODE_OPTIONS=--v8-pool-size=1 (informational)', `${fmt(rate)} files/s (${median(onePool).toFixed(2)} s; runs ${spread(onePool)}); ${(rate / perlRate).toFixed(1)}x Perl`);
    }
  }
}

// ---- 2. single reply lines, in process ----
const LINES = [
  '550', '421', '452', '5.1.1', '4.7.0', '554 5.7.1',
  '550 5.1.1 <user@example.com>: Recipient address rejected: User unknown in virtual mailbox table',
  "550-5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser",
  '452 4.2.2 The email account that you tried to reach is over quota. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaTemp',
  '550 5.7.26 This mail has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM.',
  '421 4.7.0 [192.0.2.1] Our system has detected an unusual rate of unsolicited mail originating from your IP address.',
  '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.1',
  '550 5.7.606 Access denied, banned sending IP [192.0.2.1]. To request removal from this list please visit https://sender.office.com/',
  '550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DB5EUR03FT012.eop-EUR03.prod.protection.outlook.com]',
  "553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.1, because the ip is in Spamhaus's list; see http://postmaster.yahoo.com/550-bl23.html",
  '421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1',
  '554 5.0.0 Service unavailable',
  '451 4.3.0 Temporary lookup failure',
  '550 Requested action not taken: mailbox unavailable',
  '552 5.3.4 Message size exceeds fixed maximum message size',
  '554 5.6.0 Message contains invalid header',
  '550 5.7.1 Relaying denied',
  '530 5.7.0 Must issue a STARTTLS command first',
  '535 5.7.8 Authentication credentials invalid',
  '450 4.1.8 <bounce@example.net>: Sender address rejected: Domain not found',
  '550 5.1.2 Host unknown (Name server: example.invalid: host not found)',
  '554 5.7.9 Message not accepted for policy reasons. See https://help.yahoo.com/kb/postmaster/SLN7253.html',
  '550 5.2.1 The email account that you tried to reach is disabled.',
  '550 5.7.350 Remote server returned message detected as spam',
  '554 5.7.1 The message was rejected because it contains prohibited virus or spam content',
  '421 4.4.2 Connection timed out',
  '451 4.4.1 No answer from host',
  '550 5.7.25 The IP address sending this message does not have a PTR record setup',
  '550 5.7.1 Client host rejected: cannot find your reverse hostname, [192.0.2.1]',
  '4.4.7 Delivery time expired',
  '5.4.7 Message expired, retry timeout exceeded',
  'Mar  1 10:00:00 mx postfix/smtp[123]: ABCDEF: to=<user@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=1, delays=0/0/0/1, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.1] said: 550 5.1.1 <user@example.com>: Recipient address rejected: User unknown (in reply to RCPT TO command))',
  '2024-01-01 10:00:00 1abcde-000001-AB ** user@example.com R=dnslookup T=remote_smtp H=mx.example.com [192.0.2.1]: SMTP error from remote mail server after RCPT TO:<user@example.com>: 550 5.1.1 User unknown',
  'Diagnostic-Code: smtp; 550 5.1.1 <user@example.com>... User unknown',
  'Status: 5.2.2\nDiagnostic-Code: smtp; 552 5.2.2 Mailbox full',
  '250 2.0.0 OK 1700000000 a1b2c3d4e5f6 - gsmtp',
  '354 End data with <CR><LF>.<CR><LF>',
  '220 mx.example.com ESMTP ready',
  '503 5.5.1 Error: need RCPT command',
  '500 5.5.2 Syntax error, command unrecognized',
  '501 5.1.3 Bad recipient address syntax',
  '555 5.5.4 Unsupported option: SMTPUTF8',
  'user@example.com: mailbox is full',
  "The recipient's mailbox is full and can't accept messages now.",
  'Sua mensagem não pôde ser entregue: caixa postal cheia',
  'connect to mx.example.com[192.0.2.1]:25: Connection refused',
  'host mx.example.com[192.0.2.1] said: 554 5.7.1 <user@example.com>: Relay access denied (in reply to RCPT TO command)',
];

async function singleLines() {
  const { explainText } = await import(pathToFileURL(join(root, 'dist', 'explain-text.js')).href);
  for (let i = 0; i < 500; i++) for (const line of LINES) explainText(line, { lang: i % 2 ? 'en' : 'pt-BR' });
  const rates = [];
  for (let r = 0; r < (quick ? 3 : 7); r++) {
    let n = 0;
    const started = performance.now();
    while (performance.now() - started < 300) {
      for (const line of LINES) explainText(line, { lang: 'pt-BR' });
      n += LINES.length;
    }
    rates.push((n * 1000) / (performance.now() - started));
  }
  const rate = median(rates);
  row(`single-line explanations, in process (${LINES.length} lines, explainText)`, `${fmt(rate)} /s`, '>= 200,000 /s', rate >= 200_000);
}

// ---- 3. cold start ----
// NODE_EXTRA_CA_CERTS makes Node load that file of certificates while it starts, before any of our
// code runs (~60 ms on this VM, whose environment sets it); the CLI makes no TLS connection. The target
// is judged on a run without it, and the run as the environment has it is shown beside it.
function coldStart() {
  const time = (argv, env) => {
    const started = process.hrtime.bigint();
    const r = spawnSync(process.execPath, argv, { stdio: 'ignore', env });
    if (r.status !== 0) throw new Error(`node ${argv.join(' ')} exited with ${r.status}`);
    return Number(process.hrtime.bigint() - started) / 1e6;
  };
  const n = quick ? 7 : 21;
  const medianOf = (argv, env) => {
    time(argv, env);
    // alternated with node -e 0, so that a busy moment slows both alike
    const ours = [];
    const floor = [];
    for (let i = 0; i < n; i++) {
      ours.push(time(argv, env));
      floor.push(time(['-e', '0'], env));
    }
    return [median(ours), median(floor)];
  };
  const [clean, cleanFloor] = medianOf([cli, '550'], WITHOUT_CA_FILE);
  row(`CLI cold start, \`smtp-explain 550\` (median of ${n}, NODE_EXTRA_CA_CERTS unset)`, `${clean.toFixed(0)} ms`, '< 100 ms', clean < 100);
  row('  node -e 0, the same way (the floor)', `${cleanFloor.toFixed(0)} ms`);
  if (process.env.NODE_EXTRA_CA_CERTS) {
    const [asIs, asIsFloor] = medianOf([cli, '550'], process.env);
    row('  the same with NODE_EXTRA_CA_CERTS as set here', `${asIs.toFixed(0)} ms (node -e 0: ${asIsFloor.toFixed(0)} ms)`);
  }
  const sample = existsSync(corpus) ? readdirSync(corpus).find((f) => f.endsWith('.eml')) : undefined;
  if (sample) {
    const [one] = medianOf([cli, join(corpus, sample)], WITHOUT_CA_FILE);
    row(`  one bounce file (${sample}), the same way`, `${one.toFixed(0)} ms`);
  }
}

// ---- 4. peak memory on a generated mbox ----
async function mboxMemory() {
  if (!mboxMb) {
    row('mbox memory', 'skipped (--mbox-mb 0)');
    return;
  }
  const script = join(root, 'scripts', 'bench-mbox.mjs');
  if (!existsSync(script)) {
    row('mbox memory', 'skipped: scripts/bench-mbox.mjs is missing');
    return;
  }
  const child = spawn(process.execPath, [script, '--mb', String(mboxMb)], { stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (d) => { out += d; });
  await once(child, 'exit');
  const m = /(\d+) messages in ([\d.]+) s = (\d+) messages\/s, ([\d.]+) MB\/s, peak RSS (\d+) MB/.exec(out);
  if (!m) {
    row(`${mboxMb} MB mbox`, `could not read scripts/bench-mbox.mjs output: ${out.trim().split('\n').at(-1)}`);
    return;
  }
  const [, messages, seconds, perSecond, mbPerSecond, rss] = m;
  const label = mboxMb >= 1024 ? `${mboxMb / 1024} GB` : `${mboxMb} MB`;
  row(`${label} mbox, CLI --format ndjson: peak RSS`, `${rss} MB`, '< 200 MB', Number(rss) < 200);
  row(`  ${label} mbox throughput`, `${fmt(Number(perSecond))} messages/s, ${mbPerSecond} MB/s (${fmt(Number(messages))} messages, ${Number(seconds).toFixed(0)} s)`);
}

const load = loadavg()[0];
const cpus = availableParallelism();
await corpusThroughput();
await singleLines();
coldStart();
await mboxMemory();

const head = ['measure', 'value', 'target', ''];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(`\nsmtp-explain bench: node ${process.version}, ${cpus} CPUs, load average ${load.toFixed(2)} at start, ${new Date().toISOString()}`);
if (load > cpus) console.log(`(the machine was busy: load ${load.toFixed(1)} on ${cpus} CPUs; the figures are low)`);
console.log(line(head));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of rows) console.log(line(r));
if (flag('check') && missed) process.exitCode = 1;
