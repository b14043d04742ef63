// A log split over rotated files is one log; a log's failure lines that name no recipient, or run past
// the line limit, are given, not dropped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { analyzeItem } from '../src/mailbox/analyze-item.js';
import { readInputs } from '../src/mailbox/read-inputs.js';
import { inWrittenOrder } from '../src/mailbox/rotated-logs.js';
import type { MailItem } from '../src/mailbox/types.js';
import { MAX_LOG_LINE_CHARS, readLogText } from '../src/reply/log-file.js';
import { tempDir, writeTree } from './mailbox-helpers.js';
import { gzipOf, tarOf, zipOf } from './archive-fixtures.js';
import { analyzeInput, analyzeInputs, type Result } from '../src/index.js';

const T = 'Nov 28 10:00:00 mx1';
const postfix = (id: string, to: string, status: string, said: string) =>
  `${T} postfix/smtp[103]: ${id}: to=<${to}>, relay=mx.example.org[192.0.2.20]:25, delay=1, delays=0/0/0/1, dsn=${said.slice(4, 9)}, status=${status} (host mx.example.org[192.0.2.20] said: ${said} (in reply to RCPT TO command))`;
const GREYLISTED = postfix('4AAA', 'joao@example.org', 'deferred', '451 4.7.1 Greylisted, please try again later');
const DELIVERED = postfix('4AAA', 'joao@example.org', 'sent', '250 2.0.0 Ok: queued as 9XYZ');
const TIMED_OUT = postfix('4BBB', 'maria@example.net', 'deferred', '421 4.4.2 Connection timed out');
const EXPIRED = `${T} postfix/qmgr[102]: 4BBB: from=<news@example.com>, status=expired, returned to sender`;
const BOUNCED = postfix('4CCC', 'ana@example.org', 'bounced', '550 5.1.1 <ana@example.org>: User unknown');
const REMOVED = `${T} postfix/qmgr[102]: 4BBB: removed`;

function describe(item: MailItem): string {
  if (item.kind === 'log-line') return `${item.file.slice(item.file.lastIndexOf('/') + 1)} ${item.text.includes('to=<') ? item.text.slice(item.text.indexOf('to=<'), item.text.indexOf('>,') + 1) : item.text.slice(T.length + 1, T.length + 30)}${item.gaveUp ? ' gave up' : ''}`;
  if (item.kind === 'quiet-log') return `quiet ${item.file.slice(item.file.lastIndexOf('/') + 1)} ${item.deliveries}`;
  return `${item.kind} ${item.file}`;
}

async function collect(args: string[], chunkBytes?: number): Promise<string[]> {
  const out: string[] = [];
  const stdin = new PassThrough();
  stdin.end('');
  for await (const item of readInputs(args, stdin, chunkBytes ? { chunkBytes } : {})) out.push(describe(item));
  return out;
}

test("rotated logs are one log: a deferral in the older file is settled by the newer file's delivery or expiry, in the shell's order too", async () => {
  const dir = tempDir();
  writeTree(dir, {
    'mail.log.2.gz': gzipSync([GREYLISTED, TIMED_OUT].join('\n') + '\n'),
    'mail.log.1': [BOUNCED].join('\n') + '\n',
    'mail.log': [DELIVERED, EXPIRED, REMOVED].join('\n') + '\n',
  });
  const expected = ['mail.log.1:1 to=<ana@example.org>', 'mail.log.2.gz:2 to=<maria@example.net> gave up'];
  // as the shell expands mail.log* (newest first), as a folder is walked, and oldest first
  assert.deepEqual(await collect(['mail.log', 'mail.log.1', 'mail.log.2.gz'].map((f) => join(dir, f))), expected);
  assert.deepEqual(await collect([dir]), expected);
  assert.deepEqual(await collect(['mail.log.2.gz', 'mail.log.1', 'mail.log'].map((f) => join(dir, f)), 64), expected);
  // the greylisted message went through in the newer file: both files are quiet, each with its own count
  writeTree(dir, { 'grey.log.1': GREYLISTED + '\n', 'grey.log': DELIVERED + '\n' });
  assert.deepEqual(await collect([join(dir, 'grey.log'), join(dir, 'grey.log.1')]), ['quiet grey.log 1', 'quiet grey.log.1 1']);
  // a file of only the expiry of an older file's deferral is read as a log, not as a message
  writeTree(dir, { 'exp.log.1': TIMED_OUT + '\n', 'exp.log': [EXPIRED, REMOVED].join('\n') + '\n' });
  const [maria] = await collect([join(dir, 'exp.log'), join(dir, 'exp.log.1')]);
  assert.equal(maria, 'exp.log.1:1 to=<maria@example.net> gave up');
  // a folder whose log gave nothing before the run's end is no empty folder
  const only = tempDir();
  writeTree(only, { 'mail.log.1': TIMED_OUT + '\n' });
  const empty: string[] = [];
  const stdin = new PassThrough();
  stdin.end('');
  const items: string[] = [];
  for await (const item of readInputs([only], stdin, { onEmptyFolder: (d) => empty.push(d) })) items.push(describe(item));
  assert.deepEqual([items, empty], [['mail.log.1:1 to=<maria@example.net>'], []]);
});

test("an older file whose deferral a newer file's line says expired or bounced is no quiet log (not 'all delivered')", async () => {
  const dir = tempDir();
  const expired = postfix('4BBB', 'maria@example.net', 'expired, returned to sender', '421 4.4.2 Connection timed out');
  writeTree(dir, { 'mail.log.1.gz': gzipSync([GREYLISTED, TIMED_OUT].join('\n') + '\n'), 'mail.log': [DELIVERED, expired].join('\n') + '\n' });
  const expected = ['mail.log:2 to=<maria@example.net>'];
  assert.deepEqual(await collect(['mail.log.1.gz', 'mail.log'].map((f) => join(dir, f))), expected);
  assert.deepEqual(await collect(['mail.log', 'mail.log.1.gz'].map((f) => join(dir, f))), expected);
  // a deferral that went through later still leaves its file quiet, all delivered
  writeTree(dir, { 'ok.log.1': GREYLISTED + '\n', 'ok.log': [DELIVERED, BOUNCED].join('\n') + '\n' });
  assert.deepEqual(await collect(['ok.log.1', 'ok.log'].map((f) => join(dir, f))), ['ok.log:2 to=<ana@example.org>', 'quiet ok.log.1 1']);
});

test('the logs inside a zip or a tar join the run: packed newest first (zip logs.zip mail.log*), its files are read oldest first', async () => {
  const dir = tempDir();
  // as the shell hands mail.log* to zip and tar: newest first, a message among them
  const files = [
    { name: 'notes.txt', data: '550 5.1.1 <bia@example.com>: User unknown' },
    { name: 'logs/mail.log', data: [DELIVERED, EXPIRED, REMOVED].join('\n') + '\n' },
    { name: 'logs/mail.log.1', data: BOUNCED + '\n' },
    { name: 'logs/mail.log.2.gz', data: gzipOf([GREYLISTED, TIMED_OUT].join('\n') + '\n') },
  ];
  const expected = ['message logs.zip/notes.txt', 'mail.log.1:1 to=<ana@example.org>', 'mail.log.2.gz:2 to=<maria@example.net> gave up'];
  const read = async (args: string[], chunkBytes?: number) => (await collect(args, chunkBytes)).map((d) => d.replace(dir + '/', ''));
  writeTree(dir, { 'logs.zip': zipOf(files), 'logs.tgz': gzipOf(tarOf(files)), 'logs.tar': tarOf(files) });
  assert.deepEqual(await read([join(dir, 'logs.zip')]), expected);
  assert.deepEqual(await read([join(dir, 'logs.tgz')]), expected.map((e) => e.replace('logs.zip', 'logs.tgz')));
  // in small chunks; a zip inside a tar (read in memory)
  assert.deepEqual(await read([join(dir, 'logs.tar')], 64), expected.map((e) => e.replace('logs.zip', 'logs.tar')));
  writeTree(dir, { 'outer.tar': tarOf([{ name: 'inner.zip', data: zipOf(files) }]) });
  assert.deepEqual(await read([join(dir, 'outer.tar')]), expected.map((e) => e.replace('logs.zip', 'outer.tar/inner.zip')));
  // a tar's file past what is held: those held before it are read first, and the ones after it in its turn
  const filler = 'x'.repeat(33 * 1024 * 1024);
  writeTree(dir, { 'big.tar': tarOf([{ name: 'mail.log', data: DELIVERED + '\n' }, { name: 'big.txt', data: filler }, { name: 'mail.log.1', data: GREYLISTED + '\n' }]) });
  assert.deepEqual((await read([join(dir, 'big.tar')])).filter((d) => !d.startsWith('error')), ['quiet mail.log 1', 'message big.tar/big.txt', 'mail.log.1:1 to=<joao@example.org>']);
  // the greylisted message went through in the newer file: no failure, as for the files given as paths
  writeTree(dir, { 'grey.zip': zipOf([{ name: 'grey.log', data: DELIVERED + '\n' }, { name: 'grey.log.1', data: GREYLISTED + '\n' }]) });
  assert.deepEqual(await read([join(dir, 'grey.zip')]), ['quiet grey.log 1', 'quiet grey.log.1 1']);
});

test('the files of a rotated log are read oldest first: numbered (higher is older) and dated (logrotate dateext) rotations', () => {
  const name = (s: string) => s;
  assert.deepEqual(inWrittenOrder(['mail.log', 'mail.log.1', 'mail.log.10.gz', 'mail.log.2.gz', 'bounce.eml'], name),
    ['mail.log.10.gz', 'mail.log.2.gz', 'mail.log.1', 'mail.log', 'bounce.eml']);
  assert.deepEqual(inWrittenOrder(['a/maillog', 'b.eml', 'a/maillog-20261129', 'a/maillog-20261122.gz'], name),
    ['a/maillog-20261122.gz', 'b.eml', 'a/maillog-20261129', 'a/maillog']);
  // Exim's exicyclog; two folders' logs are two logs
  assert.deepEqual(inWrittenOrder(['x/mainlog', 'x/mainlog.01', 'y/mainlog', 'x/mainlog.02.gz'], name), ['x/mainlog.02.gz', 'x/mainlog.01', 'y/mainlog', 'x/mainlog']);
  // no plain order (numbers and dates mixed, or one rotation twice): left as given
  assert.deepEqual(inWrittenOrder(['m.log', 'm.log.1', 'm.log-20261129'], name), ['m.log', 'm.log.1', 'm.log-20261129']);
  assert.deepEqual(inWrittenOrder(['m.log.1', 'm.log.1.gz'], name), ['m.log.1', 'm.log.1.gz']);
});

test('a failure line naming no recipient is given, not dropped: Postfix expiry without its deferrals, cPanel\'s discard, old Sendmail\'s return', async () => {
  // Postfix gave up a message whose deferrals are not in this log
  assert.deepEqual(readLogText([BOUNCED, DELIVERED, EXPIRED, REMOVED].join('\n'))!.failed.map((f) => [f.number, f.gaveUp]), [[1, undefined], [3, 'status=expired']]);
  // cPanel's sending limit, in Exim's mainlog
  const exim = (text: string) => `2026-11-28 10:00:00 [4242] 1rXyZa-0001Ab-Cd ${text}`;
  const discarded = exim('Domain cliente.example.com has exceeded the max emails per hour (101/100 (101%)) allowed.  Message discarded.');
  const mainlog = [
    `2026-11-28 10:00:00 1rXyZb-0001Ab-Ce => bia@example.com R=dnslookup T=remote_smtp H=mx.example.com [192.0.2.40] C="250 OK"`,
    `2026-11-28 10:00:00 1rXyZb-0001Ab-Ce Completed`,
    discarded,
  ].join('\n');
  assert.deepEqual(readLogText(mainlog)!.failed.map((f) => f.number), [3]);
  const [limit] = await analyzeItem({ kind: 'log-line', file: 'exim_mainlog:3', text: discarded, gaveUp: null }, 'en');
  assert.equal(limit!.reason, 'ratelimited');
  // a deferred Exim message then discarded is not left waiting
  const deferred = exim('== caio@example.net R=dnslookup T=remote_smtp defer (-44): SMTP error from remote mail server after RCPT TO:<caio@example.net>: 451 4.7.1 Try again later');
  assert.deepEqual(readLogText([deferred, mainlog].join('\n'))!.failed.map((f) => f.number), [4]);
  // Sendmail before 8.9: "return to sender: Cannot send message for 5 days"
  const sm = (text: string) => `${T} sendmail[3011]: ${text}`;
  const slow = sm('5AUD0011: to=<slow@example.net>, delay=00:05:00, mailer=esmtp, relay=mx.example.net., dsn=4.4.1, stat=Deferred: Connection timed out with mx.example.net.');
  const sent = sm('5AUD0012: to=<ok@example.net>, delay=00:00:01, mailer=esmtp, relay=mx.example.net., dsn=2.0.0, stat=Sent (Ok)');
  const returned = sm('5AUD0011: 5AUD0099: return to sender: Cannot send message for 5 days');
  assert.deepEqual(readLogText([slow, sent, returned].join('\n'))!.failed.map((f) => [f.number, f.gaveUp]), [[1, 'return to sender: Cannot send message for']]);
  // and without its deferral in the log: the line itself
  assert.deepEqual(readLogText([sent, returned].join('\n'))!.failed.map((f) => [f.number, f.gaveUp]), [[2, 'return to sender: Cannot send message for']]);
});

test('a delivery line past the line limit is read up to it, in a file read at once and in a stream of small chunks', async () => {
  const dir = tempDir();
  const long = postfix('4DDD', 'long@example.org', 'bounced', `550 5.1.1 <long@example.org>: User unknown ${'x'.repeat(MAX_LOG_LINE_CHARS)}`);
  writeTree(dir, { 'long.log': [long, BOUNCED, long.replace('long@', 'last@')].join('\n') });
  assert.deepEqual(await collect([join(dir, 'long.log')]), ['long.log:1 to=<long@example.org>', 'long.log:2 to=<ana@example.org>', 'long.log:3 to=<last@example.org>']);
  // past the 64 KiB a file is read at once: streamed, the long lines cut across chunks
  const filler = Array.from({ length: 300 }, () => DELIVERED);
  writeTree(dir, { 'big.log': [...filler, long, BOUNCED, ...filler, long.replace('long@', 'last@')].join('\r\n') });
  assert.deepEqual(await collect([join(dir, 'big.log')], 1024), ['big.log:301 to=<long@example.org>', 'big.log:302 to=<ana@example.org>', 'big.log:603 to=<last@example.org>']);
  assert.deepEqual(readLogText([long, BOUNCED].join('\n'))!.failed.map((f) => [f.number, f.line.length]), [[1, MAX_LOG_LINE_CHARS], [2, BOUNCED.length]]);
});

test('the library reads the logs of an archive, and of several files given together, as one log: each result named by its file and line', async () => {
  const files = [
    { name: 'notes.txt', data: '550 5.1.1 <bia@example.com>: User unknown' },
    { name: 'logs/mail.log', data: [DELIVERED, EXPIRED, REMOVED].join('\n') + '\n' },
    { name: 'logs/mail.log.1', data: BOUNCED + '\n' },
    { name: 'logs/mail.log.2.gz', data: gzipOf([GREYLISTED, TIMED_OUT].join('\n') + '\n') },
  ];
  const named = (r: Result) => `${r.file} ${r.recipient ?? '-'} ${r.retry ?? r.action ?? ''}`.trim();
  for (const [file, bytes] of [['logs.zip', zipOf(files)], ['logs.tgz', gzipOf(tarOf(files))]] as const) {
    const read = await analyzeInput(bytes, { lang: 'en', file });
    // joao's greylisting went through in mail.log; maria's deferral was given up there: a failure, at its own line
    assert.deepEqual(read.results.map((r) => [r.file, r.recipient, r.bounce]), [
      [`${file}/notes.txt`, 'bia@example.com', true],
      [`${file}/logs/mail.log.1:1`, 'ana@example.org', true],
      [`${file}/logs/mail.log.2.gz:2`, 'maria@example.net', true],
    ], named(read.results[0]!));
    assert.equal(read.results[2]!.evidence.some((e) => e.rule === 'log:expired'), true);
    assert.deepEqual([read.messages, read.logs, read.logLines], [4, 3, 2]);
  }
  // the deferral settled in the newer file is no failure; quiet logs, each with its own count
  const grey = await analyzeInput(zipOf([{ name: 'grey.log', data: DELIVERED + '\n' }, { name: 'grey.log.1', data: GREYLISTED + '\n' }]), { lang: 'en', file: 'g.zip' });
  assert.deepEqual(grey.results.map((r) => [r.file, r.bounce]), [['g.zip/grey.log', false], ['g.zip/grey.log.1', false]]);
  // several files (dropped on the page together), in the shell's order: read oldest first in the places the
  // log's files take (mail.log.1, bounce.txt, mail.log), and a deferral no file resolved is given after the
  // last file, named by its own file and line
  const several = await analyzeInputs([
    { name: 'mail.log', input: DELIVERED + '\n' },
    { name: 'bounce.txt', input: '550 5.1.1 <bia@example.com>: User unknown' },
    { name: 'mail.log.1', input: new TextEncoder().encode([GREYLISTED, TIMED_OUT].join('\n') + '\n') },
  ], { lang: 'en' });
  assert.deepEqual(several.results.map((r) => [r.file, r.recipient]), [
    ['bounce.txt', 'bia@example.com'], ['mail.log', null], ['mail.log.1:2', 'maria@example.net'],
  ]);
  assert.deepEqual([several.messages, several.logs, several.logLines], [3, 2, 1]);
  // each file alone, as before: its own deferral a failure still retried
  const alone = await analyzeInput(GREYLISTED + '\n' + TIMED_OUT + '\n', { lang: 'en', file: 'mail.log.1' });
  assert.deepEqual(alone.results.map((r) => r.file), ['mail.log.1:1', 'mail.log.1:2']);
  // results past maxResults are counted, not made
  const capped = await analyzeInputs([{ name: 'a.log.1', input: [GREYLISTED, TIMED_OUT].join('\n') + '\n' }, { name: 'a.log', input: REMOVED + '\n' + BOUNCED + '\n' }], { lang: 'en', maxResults: 2 });
  assert.deepEqual(capped.results.map((r) => [r.file, r.error === null]), [['a.log:2', true], ['a.log.1:1', true], [null, false]]);
  assert.equal(capped.logLines, 3);
  await assert.rejects(analyzeInputs([{ name: 1, input: '' }] as never), TypeError);
});
