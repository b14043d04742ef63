// --format sisimai: one JSON array of Sisimai->dump()-shaped records, so that scripts written for
// Sisimai (jq '.[] | select(.reason=="userunknown") | .recipient') read ours unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { parseDate } from '../src/cli/render-sisimai.js';
import { dsn, mailboxFull, mbox, plainMessage, runCli, tempDir, writeTree } from './mailbox-helpers.js';

/** Sisimai-Perl 4.25's fields, and the three Sisimai 5 renamed (hardbounce, command, decodedby). */
const FIELDS = [
  'action', 'addresser', 'alias', 'catch', 'command', 'decodedby', 'deliverystatus', 'destination', 'diagnosticcode',
  'diagnostictype', 'feedbacktype', 'hardbounce', 'lhost', 'listid', 'messageid', 'origin', 'reason', 'recipient',
  'replycode', 'rhost', 'senderdomain', 'smtpagent', 'smtpcommand', 'softbounce', 'subject', 'timestamp',
  'timezoneoffset', 'token',
];

type Rec = Record<string, unknown>;

/** A DSN about two recipients: one unknown, one whose mailbox is full (still being retried). */
function twoRecipients(): string {
  return [
    'From: Mail Delivery System <MAILER-DAEMON@mx.example.com>',
    'To: news@example.com',
    'Subject: Undelivered Mail Returned to Sender',
    'Date: Mon, 1 Jan 2024 10:00:00 +0000',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
    '',
    '--B',
    'Content-Type: text/plain',
    '',
    'Delivery to some recipients failed.',
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
    'Final-Recipient: rfc822; bia@example.org',
    'Action: delayed',
    'Status: 4.2.2',
    'Diagnostic-Code: smtp; 452 4.2.2 Mailbox full, quota exceeded',
    '',
    '--B',
    'Content-Type: text/rfc822-headers',
    '',
    'From: News <news@example.com>',
    'To: ana@example.org, bia@example.org',
    'Subject: Our newsletter',
    'Message-ID: <news-1@example.com>',
    '',
    '--B--',
    '',
  ].join('\n');
}

function sample(): { dir: string; box: string; one: string } {
  const dir = tempDir();
  writeTree(dir, {
    'box.mbox': mbox([twoRecipients(), plainMessage(1), '\u0000\u0001\u0002 binary junk, no headers\n']),
    'one.eml': dsn({ recipient: 'caio@example.org', date: 'Tue, 2 Jan 2024 09:30:00 -0300' }),
  });
  return { dir, box: join(dir, 'box.mbox'), one: join(dir, 'one.eml') };
}

test('--format sisimai: one array, a record per failed recipient, with Sisimai\'s field names', async () => {
  const { box, one } = sample();
  const r = await runCli(['--format', 'sisimai', box, one]);
  assert.equal(r.code, 1); // the mbox's binary junk could not be read
  const records = JSON.parse(r.stdout) as Rec[];
  // the ordinary message and the unreadable one give no record; the DSN gives one per recipient
  assert.deepEqual(records.map((x) => x.recipient), ['ana@example.org', 'bia@example.org', 'caio@example.org']);
  for (const x of records) assert.deepEqual(Object.keys(x).sort(), FIELDS);
  // the jq selection a Sisimai script makes
  assert.deepEqual(records.filter((x) => x.reason === 'userunknown').map((x) => x.recipient), ['ana@example.org', 'caio@example.org']);
  const [ana, bia] = records as [Rec, Rec, Rec];
  assert.equal(ana.deliverystatus, '5.1.1');
  assert.equal(ana.replycode, '550');
  assert.equal(ana.action, 'failed');
  assert.equal(ana.softbounce, 0);
  assert.equal(ana.hardbounce, 1);
  assert.equal(ana.destination, 'example.org');
  assert.equal(ana.addresser, 'news@example.com');
  assert.equal(ana.senderdomain, 'example.com');
  assert.equal(ana.messageid, 'news-1@example.com');
  assert.equal(ana.subject, 'Our newsletter');
  assert.equal(ana.origin, `${box}#1`); // the message's place in the mbox, as our other formats name it
  assert.equal(ana.diagnostictype, 'SMTP');
  // Sisimai reports a delay too
  assert.equal(bia.reason, 'mailboxfull');
  assert.equal(bia.action, 'delayed');
  assert.equal(bia.softbounce, 1);
  assert.equal(bia.hardbounce, 0);
  for (const x of records) {
    assert.equal(typeof x.timestamp, 'number');
    assert.match(x.timezoneoffset as string, /^[+-]\d{4}$/);
    assert.match(x.token as string, /^[0-9a-f]{40}$/);
    assert.equal(x.catch, null);
    assert.equal(x.listid, '', 'no List-Id in the returned message');
    for (const f of ['alias', 'rhost', 'lhost', 'feedbacktype', 'smtpcommand', 'command', 'diagnosticcode']) assert.equal(typeof x[f], 'string', f);
  }
});

test('--format sisimai: token, timestamp and zone as Sisimai-Perl 4.25 gives them for the same bounce', async () => {
  const { one } = sample();
  const [rec] = JSON.parse((await runCli(['-f', 'sisimai', one])).stdout) as Rec[];
  // perl -MSisimai -e 'print Sisimai->dump($ARGV[0])' one.eml (the notice's Date: the report and the returned headers have none)
  assert.equal(rec!.timestamp, 1704198600);
  assert.equal(rec!.timezoneoffset, '-0300');
  assert.equal(rec!.token, '3ef6028c739afede4017b1a431d0fcfa3b61b885');
});

test('--format sisimai: inputs with no record, or none readable, still give a well-formed array', async () => {
  const { dir } = sample();
  const missing = await runCli(['--format', 'sisimai', join(dir, 'no-such-file.eml')]);
  assert.equal(missing.code, 1);
  assert.deepEqual(JSON.parse(missing.stdout), []);
  assert.match(missing.stderr, /no-such-file\.eml/);
  const plain = await runCli(['--format', 'sisimai', '--lang', 'en', '-'], { stdin: plainMessage(2) });
  assert.equal(plain.code, 0);
  assert.deepEqual(JSON.parse(plain.stdout), []);
  // a later good input after a bad one: the commas still fall between records
  const mixed = await runCli(['--format', 'sisimai', join(dir, 'no-such-file.eml'), join(dir, 'one.eml'), join(dir, 'box.mbox')]);
  assert.equal((JSON.parse(mixed.stdout) as Rec[]).length, 3);
});

test('--format sisimai: a bounce with no status of its own keeps its derived status, as Sisimai\'s pseudo codes', async () => {
  const dir = tempDir();
  const file = join(dir, 'full.eml');
  writeTree(dir, { 'full.eml': mailboxFull('dora@example.org') });
  const [rec] = JSON.parse((await runCli(['-f', 'sisimai', file])).stdout) as Rec[];
  assert.equal(rec!.deliverystatus, '4.2.2');
  assert.equal(rec!.reason, 'mailboxfull');
});

test('--help names the sisimai format in both languages', async () => {
  assert.match((await runCli(['--help'], { env: {} })).stdout, /sisimai \(uma lista JSON com os campos do Sisimai->dump\(\)/);
  assert.match((await runCli(['--help', '--lang', 'en'])).stdout, /sisimai \(a JSON\s+array with Sisimai->dump\(\)'s fields/);
});

test('dates as Sisimai reads them: the instant and the zone as written', () => {
  assert.deepEqual(parseDate('Thu,  9 Oct 2017 23:34:45 +0900 (JST)'), { epoch: 1507559685, offset: '+0900' });
  assert.deepEqual(parseDate('Mon, 1 Jan 2024 10:00:00 GMT'), { epoch: 1704103200, offset: '+0000' });
  assert.deepEqual(parseDate('Mon, 1 Jan 2024 10:00:00 EST'), { epoch: 1704121200, offset: '-0500' });
  assert.deepEqual(parseDate('2024-01-01T10:00:00Z'), { epoch: 1704103200, offset: '+0000' });
  // no zone: Sisimai takes the machine's; we take +0000, the same on a UTC machine
  assert.deepEqual(parseDate('1 Jan 2024 10:00'), { epoch: 1704103200, offset: '+0000' });
  assert.equal(parseDate('yesterday'), null);
});

test('--format sisimai: a complaint and an auto-reply are records, as Sisimai gives them: no status, softbounce -1', async () => {
  const dir = tempDir();
  writeTree(dir, {
    'arf.eml': [
      'From: staff@example.net', 'To: news@example.com', 'Subject: feedback report', 'Date: Mon, 1 Jan 2024 10:00:00 +0000',
      'Content-Type: multipart/report; report-type=feedback-report; boundary="b"', '',
      '--b', 'Content-Type: text/plain', '', 'This is a feedback report.', '',
      '--b', 'Content-Type: message/feedback-report', '', 'Feedback-Type: abuse', 'User-Agent: Example/1.0', 'Version: 1',
      'Original-Rcpt-To: ana@example.net', '',
      '--b', 'Content-Type: text/rfc822-headers', '', 'From: news@example.com', 'To: ana@example.net', 'Subject: Novidades', '',
      '--b--', '',
    ].join('\r\n'),
    'ooo.eml': [
      'From: Bia <bia@example.org>', 'To: news@example.com', 'Subject: Out of office: Novidades', 'Date: Mon, 1 Jan 2024 10:00:00 +0000',
      'Auto-Submitted: auto-replied', 'Message-ID: <ooo-1@example.org>', '', 'I am away until Monday.', '',
    ].join('\n'),
  });
  const [complaint, away] = JSON.parse((await runCli(['-f', 'sisimai', join(dir, 'arf.eml'), join(dir, 'ooo.eml')])).stdout) as Rec[];
  // as perl -MSisimai -e 'print Sisimai->dump($ARGV[0])' arf.eml gives them
  assert.deepEqual(
    { ...complaint, origin: 'arf.eml' },
    {
      token: '0ed4f97fb8f92b0f8be1de2fae8fd87409e6916a', alias: '', messageid: '', destination: 'example.net', softbounce: -1, hardbounce: 0,
      addresser: 'news@example.com', feedbacktype: 'abuse', rhost: '', lhost: '', diagnostictype: '', subject: 'Novidades', diagnosticcode: '',
      reason: 'feedback', timestamp: 1704103200, smtpcommand: '', command: '', catch: null, action: '', origin: 'arf.eml', deliverystatus: '',
      listid: '', replycode: '', recipient: 'ana@example.net', smtpagent: null, decodedby: null, timezoneoffset: '+0000', senderdomain: 'example.com',
    },
  );
  assert.equal(away!.reason, 'vacation');
  assert.equal(away!.recipient, 'bia@example.org');
  assert.equal(away!.softbounce, -1);
  assert.equal(away!.deliverystatus, '');
  assert.equal(away!.action, '');
});
