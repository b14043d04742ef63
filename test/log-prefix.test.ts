// Log lines behind a prefix another tool put before them (grep -H and zgrep's file name, rsyslog's RFC 5424
// form, docker compose's service name), Exim logging through syslog, and a text cut at the size limit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { join } from 'node:path';
import { analyze } from '../src/analyze.js';
import { readInputs } from '../src/mailbox/read-inputs.js';
import { MAX_MESSAGE_BYTES } from '../src/message/limits.js';
import { deliveryKey, deliveryOutcome } from '../src/reply/log-file.js';
import { rfc5424Line, unprefixedLogLine } from '../src/reply/log-prefix.js';
import { runCli, tempDir, writeTree } from './mailbox-helpers.js';

const T = 'Nov 28 10:00:00 mx1';
const line = (id: string, to: string, status: string, said: string) =>
  `${T} postfix/smtp[103]: ${id}: to=<${to}>, relay=mx.example.org[192.0.2.20]:25, delay=1, delays=0/0/0/1, dsn=${said.slice(4, 9)}, status=${status} (host mx.example.org[192.0.2.20] said: ${said} (in reply to RCPT TO command))`;
const POSTFIX = [
  `${T} postfix/cleanup[101]: 4ABC: message-id=<20261128100000.4ABC@mx1.example.com>`,
  line('4ABC', 'ana@example.org', 'bounced', '550 5.1.1 User unknown'),
  line('4ABD', 'bia@example.org', 'deferred', '451 4.7.1 Greylisted, try again later'),
  line('4ABD', 'bia@example.org', 'sent', '250 2.0.0 Ok: queued as 9XYZ'),
  line('4ABE', 'caio@example.net', 'deferred', '452 4.2.2 Mailbox full'),
  `${T} postfix/smtpd[100]: NOQUEUE: reject: RCPT from unknown[198.51.100.7]: 554 5.7.1 <x@example.com>: Relay access denied; from=<s@example.net> to=<x@example.com> proto=ESMTP helo=<h>`,
];

/** Each line in RFC 5424's form, as rsyslog's RSYSLOG_SyslogProtocol23Format writes it. */
function rfc5424(l: string): string {
  const m = /^(\w+ \d+ [\d:]+) (\S+) ([^[]+)\[(\d+)\]: (.*)$/.exec(l)!;
  return `<22>1 2026-11-28T10:00:00.123456+00:00 ${m[2]} ${m[3]} ${m[4]} - - ${m[5]}`;
}

const FORMS: Record<string, (l: string) => string> = {
  'grep -H': (l) => `mail.log:${l}`,
  'zgrep, a path': (l) => `/var/log/mail.log.1:${l}`,
  'grep -Hn': (l) => `mail.log:120:${l}`,
  'RFC 5424': rfc5424,
  'docker compose': (l) => `mail-1  | ${l}`,
  'docker compose -t': (l) => `mail-1  | 2026-11-28T10:00:00.123456789Z ${l}`,
  'kubectl logs --prefix': (l) => `[pod/mail-7d9f5c-x2k4q/postfix] ${l}`,
  'kubectl logs --prefix --timestamps': (l) => `[pod/mail-0/postfix] 2026-11-28T10:00:00.123456789Z ${l}`,
};

const summary = (results: Awaited<ReturnType<typeof analyze>>) =>
  results.map((r) => [r.file, r.recipient, r.reason, r.action, r.kind].join(' '));

test('a log line behind a prefix is the log line after it; other lines stay as they are', () => {
  const plain = POSTFIX[1]!;
  for (const [form, put] of Object.entries(FORMS)) {
    const expected = form === 'RFC 5424' ? plain.replace(`${T} postfix/smtp[103]:`, '2026-11-28T10:00:00.123456+00:00 mx1 postfix/smtp[103]:') : plain;
    assert.equal(unprefixedLogLine(put(plain)), expected, form);
  }
  // RFC 5424: structured data (an escaped "]" in a value), a BOM before the message, no PROCID, no APP-NAME
  assert.equal(rfc5424Line('<13>1 2026-11-28T10:00:00Z mx1 exim 4242 - [meta a="x\\]y" b="2"][origin ip="192.0.2.1"] \uFEFFhello'), '2026-11-28T10:00:00Z mx1 exim[4242]: hello');
  assert.equal(rfc5424Line('<13>1 2026-11-28T10:00:00Z mx1 exim - ID47 - hello'), '2026-11-28T10:00:00Z mx1 exim: hello');
  assert.equal(rfc5424Line('<13>1 2026-11-28T10:00:00Z mx1 - - - -'), '2026-11-28T10:00:00Z mx1 ');
  assert.equal(rfc5424Line('<13>1 2026-11-28T10:00:00Z mx1 exim 1 - [broken hello'), null);
  // no prefix, or none of a log line: unchanged
  for (const other of [plain, 'Subject: Nov 28 10:00:00', 'mail.log: no log line here', 'a | b', '550 5.1.1 User unknown', '<ana@example.org>: host said 550', `x:${'y'.repeat(5000)}`,
    '[pod/mail-0/postfix] no log line here', `[a] ${plain}`, `[${'x'.repeat(5000)}] ${plain}`]) {
    assert.equal(unprefixedLogLine(other), other);
  }
});

test('a log behind grep -H, zgrep, RFC 5424, docker compose or kubectl reads as the log itself: pasted, as a file, on standard input', async () => {
  const expected = summary(await analyze(POSTFIX.join('\n'), { lang: 'en', file: 'mail.log' }));
  assert.deepEqual(expected, [
    'mail.log:2 ana@example.org userunknown failed permanent',
    'mail.log:5 caio@example.net mailboxfull delayed transient',
    // the server's refusal of incoming mail, beside deliveries: given too (a stream marks it, to count it apart)
    'mail.log:6 x@example.com norelaying  permanent',
  ]);
  const dir = tempDir();
  for (const [form, put] of Object.entries(FORMS)) {
    const text = POSTFIX.map(put).join('\n') + '\n';
    assert.deepEqual(summary(await analyze(text, { lang: 'en', file: 'mail.log' })), expected, `${form}: pasted`);
    assert.deepEqual(summary(await analyze(new TextEncoder().encode(text), { lang: 'en', file: 'mail.log' })), expected, `${form}: bytes`);
    // read as a stream: the first line tells a log, and each line is a delivery or not as without its prefix
    writeTree(dir, { 'mail.log': text });
    for (const args of [[join(dir, 'mail.log')], ['-']]) {
      const stdin = new PassThrough();
      stdin.end(text);
      const items: string[] = [];
      for await (const item of readInputs(args, stdin)) {
        if (item.kind === 'log-line' && !item.inbound) items.push(`${item.file.slice(item.file.lastIndexOf(':'))} ${item.text}`);
        else if (item.kind !== 'log-line') items.push(item.kind);
      }
      assert.deepEqual(items, [`:2 ${unprefixedLogLine(put(POSTFIX[1]!))}`, `:5 ${unprefixedLogLine(put(POSTFIX[4]!))}`], `${form}: ${args[0]}`);
    }
  }
});

test('Exim through syslog or journald reads as its own log does: failures without R=, deliveries that settle a deferral', async () => {
  const id = (n: number) => `1rAbC${n}-000Abc-12`;
  const exim = [
    `${id(1)} ** bob@example.invalid: Unrouteable address`,
    `${id(2)} == ana@example.net R=dnslookup T=remote_smtp defer (-45) H=mx.example.net [198.51.100.41]: SMTP error from remote mail server after RCPT TO:<ana@example.net>: 451 4.7.1 Greylisting in action, please come back later`,
    `${id(2)} => ana@example.net R=dnslookup T=remote_smtp H=mx.example.net [198.51.100.41] C="250 OK"`,
    `${id(3)} == pedro@example.org R=dnslookup T=remote_smtp defer (-18) H=mx.example.org [192.0.2.10]: SMTP error from remote mail server after initial connection: 421 4.3.2 Service not available`,
    `${id(3)} ** pedro@example.org: retry timeout exceeded`,
  ];
  const mainlog = exim.map((l) => `2026-11-28 10:00:00 ${l}`);
  const expected = summary(await analyze(mainlog.join('\n'), { lang: 'en', file: 'mainlog' }));
  // a ** line without R= is a failure as any other ("action": "failed", not none)
  assert.deepEqual(expected, ['mainlog:1 bob@example.invalid hostunknown failed permanent', 'mainlog:5 pedro@example.org expired failed permanent']);
  const heads = ['Nov 28 10:00:00 cpanel exim[4242]: ', '2026-11-28T10:00:00.123456+00:00 cpanel exim[4242]: ', 'Nov 28 10:00:00 cpanel exim[4242]: 2026-11-28 10:00:00 '];
  for (const head of heads) {
    const syslog = exim.map((l) => head + l);
    assert.equal(deliveryOutcome(syslog[0]!), 'failed', head);
    assert.equal(deliveryKey(syslog[1]!), `${id(2)} ana@example.net`, head);
    assert.deepEqual(summary(await analyze(syslog.join('\n'), { lang: 'en', file: 'mainlog' })), expected, head);
  }
  // in RFC 5424's form too
  assert.deepEqual(summary(await analyze(exim.map((l) => `<22>1 2026-11-28T10:00:00Z cpanel exim 4242 - - ${l}`).join('\n'), { lang: 'en', file: 'mainlog' })), expected);
  // one line pasted alone
  const [alone] = await analyze(`Nov 28 10:00:00 cpanel exim[4242]: ${exim[0]}`, { lang: 'en' });
  assert.deepEqual([alone!.recipient, alone!.reason, alone!.action], ['bob@example.invalid', 'hostunknown', 'failed']);
});

test('a text cut at the size limit says so, on standard error and in a result of its own, after what was read of it', async () => {
  // a line behind a prefix no log has, then more text: one text, past the limit
  const first = `app> ${line('4ABC', 'ana@example.org', 'bounced', '550 5.1.1 User unknown')}\n`;
  const text = first + `app> ${'x'.repeat(1000)}\n`.repeat(Math.ceil(MAX_MESSAGE_BYTES / 1000));
  const dir = tempDir();
  writeTree(dir, { 'app.log': text, 'note.txt': 'app> 550 5.1.1 User unknown\n' });
  for (const args of [[join(dir, 'app.log')], ['-']]) {
    const out = await runCli(['--format', 'ndjson', '--lang', 'en', ...args], { stdin: text });
    const results = out.stdout.trim().split('\n').map((l) => JSON.parse(l) as { file: string; summary: string; error?: string });
    const last = results[results.length - 1]!;
    assert.equal(last.summary, 'Analysis of this text stops here: it is longer than 4 MB, and only its first 4 MB were read.', args[0]);
    assert.ok(results.length >= 2);
    const name = args[0] === '-' ? '<stdin>' : join(dir, 'app.log');
    assert.equal(last.file, name);
    assert.match(out.stderr, new RegExp(`cannot read ${name.replace(/[.\\/]/g, '\\$&')}: it is longer than 4 MB, and only its first 4 MB were read\\n`));
    // one input read (the cut is no other), with one unreadable result
    assert.match(out.stderr, /smtp-explain: 1 message read[,;][^\n]* 1 unreadable\.\n$/);
    assert.equal(out.code, 1);
  }
  const pt = await runCli(['--format', 'ndjson', '--lang', 'pt-BR', '-'], { stdin: text });
  assert.match(pt.stderr, /não foi possível ler <stdin>: ele passa de 4 MB, e só os primeiros 4 MB foram lidos\n/);
  // a short text is not cut
  const short = await runCli(['--format', 'ndjson', '--lang', 'en', join(dir, 'note.txt')]);
  assert.doesNotMatch(short.stdout + short.stderr, /4 MB/);
});
