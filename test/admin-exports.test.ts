// Exports that mail administrators download from their mail server or service: Microsoft 365's message
// trace reports, Exchange's message tracking log, Google's email log search, a sending service's activity
// or rejects list. One result per failed or deferred recipient, from the row's own columns; never the
// sender's address or a Message-ID found on the same line. Read by analyze() and by the CLI from a file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { analyze } from '../src/analyze.js';
import { runCli, tempDir, writeTree } from './mailbox-helpers.js';

type Row = [string | null, string, string, string | undefined];

const fromAnalyze = async (text: string): Promise<Row[]> =>
  (await analyze(text, { lang: 'en' })).map((r) => [r.recipient, r.reason, r.kind, r.listAction]);

const fromCli = async (name: string, content: string | Uint8Array): Promise<Row[]> => {
  const dir = tempDir();
  writeTree(dir, { [name]: content });
  const out = await runCli(['--format', 'ndjson', '--lang', 'en', join(dir, name)]);
  return out.stdout.trim().split('\n').map((l) => JSON.parse(l) as { recipient: string | null; reason: string; kind: string; listAction: string })
    .map((r) => [r.recipient, r.reason, r.kind, r.listAction]);
};

/** Both ways, the same rows. */
const both = async (name: string, text: string, bytes?: Uint8Array): Promise<Row[]> => {
  const rows = await fromAnalyze(text);
  assert.deepEqual(await fromCli(name, bytes ?? text), rows, `${name}: the CLI and analyze() differ`);
  return rows;
};

/** The items the CLI reads from a file: an item per failed event, as for a sending service's JSON. */
const items = async (name: string, content: string | Uint8Array): Promise<string[]> => {
  const { readInputs } = await import('../src/mailbox/read-inputs.js');
  const { PassThrough } = await import('node:stream');
  const dir = tempDir();
  writeTree(dir, { [name]: content });
  const stdin = new PassThrough();
  stdin.end('');
  const out: string[] = [];
  for await (const item of readInputs([join(dir, name)], stdin)) out.push(item.kind);
  return out;
};

const FAILED: Row = ['ana@example.org', 'userunknown', 'permanent', 'remove'];
/** The recipients of the rows, and the kind and list action of the deferred one (caio). */
const deferred = (rows: Row[]) => rows.filter((r) => r[0] === 'caio@example.net').map((r) => [r[2], r[3]]);

const EXTENDED_HEADER = '"date_time_utc","client_ip","server_hostname","source","event_id","message_id","recipient_address","recipient_status","total_bytes","message_subject","sender_address","return_path"';
const extended = (id: string, to: string, status: string) => `"2026-11-28T13:00:01Z","192.0.2.5","MB1","SMTP","${id}","<${to.slice(0, 3)}1@example.com>","${to}","${status}","2456","Novidades","news@example.com","news@example.com"`;
const EXTENDED = '\uFEFF' + [
  EXTENDED_HEADER,
  extended('RECEIVE', 'ana@example.org', ''),
  extended('FAIL', 'ana@example.org', '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'),
  extended('SEND', 'bia@example.org', '250 2.1.5 Recipient OK'),
  extended('DEFER', 'caio@example.net', '451 4.4.0 DNS query failed'),
  extended('DSN', 'news@example.com', ''),
  extended('DELIVER', 'duda@example.org', '250 2.1.5 Ok'),
].join('\r\n') + '\r\n';

test('Microsoft 365 message trace extended report (UTF-8 and UTF-16): FAIL and DEFER rows, never the sender or a Message-ID', async () => {
  const rows = await both('extended.csv', EXTENDED);
  assert.deepEqual(rows.map((r) => r[0]), ['ana@example.org', 'caio@example.net']);
  assert.deepEqual(rows[0], FAILED);
  assert.deepEqual(deferred(rows), [['transient', 'retry']]);
  // as the report is downloaded: UTF-16 with its byte order mark
  const utf16 = new Uint8Array(Buffer.from(EXTENDED, 'utf16le'));
  const wide = new Uint8Array([0xff, 0xfe, ...utf16.subarray(2)]);
  assert.deepEqual(await fromCli('extended-utf16.csv', wide), rows);
  // each failure an item of its own (its header, two bytes a letter, is longer than an e-mail's first look)
  assert.deepEqual(await items('extended-utf16.csv', wide), ['esp-event', 'esp-event']);
  // events that are no failure only: one result that says so
  const quiet = [EXTENDED_HEADER, extended('RECEIVE', 'bia@example.org', ''), extended('SEND', 'bia@example.org', '250 2.1.5 Recipient OK'), extended('EXPAND', 'bia@example.org', '')].join('\n') + '\n';
  const [none, ...more] = await analyze(quiet, { lang: 'en' });
  assert.deepEqual([none!.bounce, none!.summary, more.length], [false, 'None of these events is a failure.', 0]);
  assert.match(none!.meaning, /There are 3 events/);
});

test("Exchange's message tracking log: comment lines skipped, its #Fields: line read as the header", async () => {
  const fields = 'date-time,client-ip,server-hostname,source,event-id,internal-message-id,message-id,recipient-address,recipient-status,total-bytes,message-subject,sender-address,return-path';
  const line = (id: string, to: string, status: string) => `2026-11-28T13:00:01.123Z,192.0.2.20,EX01,SMTP,${id},2254,<${to.slice(0, 3)}2@example.com>,${to},${status},2456,Novidades,news@example.com,news@example.com`;
  const log = [
    '#Software: Microsoft Exchange Server', '#Version: 15.02.1544.004', '#Log-type: Message Tracking Log', '#Date: 2026-11-28T13:00:00.000Z',
    `#Fields: ${fields}`,
    line('SEND', 'bia@example.org', '250 2.1.5 Recipient OK'),
    line('FAIL', 'ana@example.org', '"550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"'),
    line('DSN', 'news@example.com', ''),
    line('DEFER', 'caio@example.net', '"451 4.7.500 Server busy. Please try again later from [192.0.2.9]."'),
  ].join('\n') + '\n';
  const rows = await both('MSGTRK2026112813-1.LOG', log);
  assert.deepEqual(rows.map((r) => r[0]), ['ana@example.org', 'caio@example.net']);
  assert.deepEqual(rows[0], FAILED);
  assert.deepEqual(deferred(rows)[0]![0], 'transient');
  assert.deepEqual(await items('MSGTRK2026112813-1.LOG', log), ['esp-event', 'esp-event']);
  // Get-MessageTrackingLog | Export-Csv, its recipients joined: the same columns, PowerShell's names
  const joined = [
    '#TYPE Selected.Microsoft.Exchange.Management.TransportLogSearchTasks.MessageTrackingEvent',
    '"Timestamp","EventId","Source","Sender","Recipients","RecipientStatus","MessageSubject","MessageId"',
    '"11/28/2026 10:00:01 AM","SEND","SMTP","news@example.com","bia@example.org","250 2.1.5 Recipient OK","Novidades","<a1@example.com>"',
    '"11/28/2026 10:00:05 AM","FAIL","SMTP","news@example.com","ana@example.org","550 5.1.1 RESOLVER.ADR.RecipNotFound; not found","Novidades","<a2@example.com>"',
  ].join('\r\n') + '\r\n';
  assert.deepEqual(await both('tracking.csv', joined), [FAILED]);
});

test("Get-MessageTraceDetail exported as CSV: the reply is the Detail's LED=, Receive events are no failure", async () => {
  const head = '"Organization","MessageId","Date","Event","Action","Detail","Data","MessageTraceId","RecipientAddress","SenderAddress","Index"';
  const row = (event: string, detail: string, to: string) => `"contoso.example.com","<${to.slice(0, 3)}@example.com>","11/28/2026 1:00:05 PM","${event}","","${detail}","<root></root>","7c1b0f3e","${to}","news@example.com","0"`;
  const csv = [
    head,
    row('Receive', 'Message received by: MB1.example.com', 'ana@example.org'),
    row('Fail', 'Reason: [{LED=550 5.1.1 RESOLVER.ADR.RecipNotFound; not found};{MSG=};{FQDN=};{IP=};{LRT=}]. OriginalClientIp: 192.0.2.5', 'ana@example.org'),
    row('Defer', 'Reason: [{LED=451 4.4.0 DNS query failed};{MSG=};{FQDN=example.net};{IP=};{LRT=}]', 'caio@example.net'),
  ].join('\n') + '\n';
  const rows = await both('detail.csv', csv);
  assert.deepEqual(rows.map((r) => r[0]), ['ana@example.org', 'caio@example.net']);
  assert.deepEqual(rows[0], FAILED);
  assert.deepEqual(deferred(rows), [['transient', 'retry']]);
});

test('Get-MessageTrace | Export-Csv (#TYPE line, Status Failed/Delivered/Pending) and the enhanced summary report (address##events)', async () => {
  const trace = [
    '#TYPE Deserialized.Microsoft.Exchange.Management.FfoReporting.MessageTrace',
    '"Organization","MessageId","Received","SenderAddress","RecipientAddress","Subject","Status","ToIP","FromIP","Size"',
    '"contoso.example.com","<a1@example.com>","11/28/2026 1:00:01 PM","news@example.com","ana@example.org","Novidades","Failed","","192.0.2.5","2456"',
    '"contoso.example.com","<a2@example.com>","11/28/2026 1:00:02 PM","news@example.com","bia@example.org","Novidades","Delivered","","192.0.2.5","2456"',
    '"contoso.example.com","<a3@example.com>","11/28/2026 1:00:03 PM","news@example.com","caio@example.net","Novidades","Pending","","192.0.2.5","2456"',
  ].join('\r\n') + '\r\n';
  const rows = await both('trace.csv', trace);
  assert.deepEqual(rows, [['ana@example.org', 'undefined', 'permanent', 'retry'], ['caio@example.net', 'undefined', 'transient', 'retry']]);
  const summary = [
    '\uFEFF"origin_timestamp_utc","sender_address","recipient_status","message_subject","total_bytes","network_message_id"',
    '"2026-11-28T13:00:01Z","news@example.com","ana@example.org##Receive, Fail","Novidades","2456","7c1b"',
    '"2026-11-28T13:00:02Z","news@example.com","bia@example.org##Receive, Send, Deliver","Novidades","2456","8c1b"',
    '"2026-11-28T13:00:03Z","news@example.com","duda@example.org##Receive, Send;caio@example.net##Receive, Defer","Novidades","2456","9c1b"',
  ].join('\n') + '\n';
  assert.deepEqual((await both('summary.csv', summary)).map((r) => [r[0], r[2]]), [['ana@example.org', 'permanent'], ['caio@example.net', 'transient']]);
});

test('a status column that says a row failed, without the reply: one result per such row, never "none failed"', async () => {
  // Google's email log search
  const google = 'Date,Message ID,Subject,Sender,Recipient,Status\n' +
    '"Nov 28, 2026, 10:00:01 AM",<c1@example.com>,Novidades,news@example.com,ana@example.org,Bounced\n' +
    '"Nov 28, 2026, 10:00:02 AM",<c2@example.com>,Novidades,news@example.com,bia@example.org,Delivered\n' +
    '"Nov 28, 2026, 10:00:03 AM",<c3@example.com>,Novidades,news@example.com,duda@example.org,Dropped\n';
  assert.deepEqual((await both('google.csv', google)).map((r) => [r[0], r[1], r[2]]), [['ana@example.org', 'undefined', 'permanent'], ['duda@example.org', 'undefined', 'permanent']]);
  // Mandrill's activity export: its Status, and its Bounce Detail as it documents it
  const mandrill = '"Date","Email Address","Sender","Subject","Status","Tags","Opens","Clicks","Bounce Detail"\n' +
    '"2026-11-28 13:00:05","ana@example.org","news@example.com","Pedido","bounced","","0","0","bad_mailbox"\n' +
    '"2026-11-28 13:00:06","bia@example.org","news@example.com","Pedido","sent","","2","1",""\n' +
    '"2026-11-28 13:00:07","caio@example.net","news@example.com","Pedido","soft-bounced","","0","0","mailbox_full"\n';
  assert.deepEqual(await both('activity.csv', mandrill), [FAILED, ['caio@example.net', 'mailboxfull', 'transient', 'retry']]);
  // a spreadsheet in Portuguese: "Soft bounce" is a temporary failure, whatever its words
  const planilha = 'E-mail;Nome;Status;Motivo\nana@example.org;Ana;Hard bounce;Caixa postal inexistente\nbia@example.org;Bia;Entregue;\ncaio@example.net;Caio;Soft bounce;Caixa cheia\n';
  assert.deepEqual(await both('planilha.csv', planilha), [FAILED, ['caio@example.net', 'mailboxfull', 'transient', 'retry']]);
});

test("Mandrill's rejects list and SendGrid's invalid emails list: their reasons as documented", async () => {
  const rejects = 'email,reason,detail,created_at,last_event_at,expires_at,expired,sender,subaccount\n' +
    'ana@example.org,hard-bounce,"550 5.1.1 <ana@example.org>: Recipient address rejected: User unknown",2026-11-28 13:00:05,2026-11-28 13:00:05,,false,news@example.com,\n' +
    'bia@example.org,spam,,2026-11-20 09:00:00,2026-11-20 09:00:00,,false,news@example.com,\n' +
    'caio@example.net,soft-bounce,,2026-11-27 08:00:00,2026-11-28 08:00:00,2026-11-29 08:00:00,false,news@example.com,\n' +
    'duda@example.org,unsub,,2026-11-27 08:00:00,2026-11-28 08:00:00,,false,news@example.com,\n' +
    'eva@example.org,hard-bounce,,2026-11-27 08:00:00,2026-11-28 08:00:00,,false,news@example.com,\n';
  assert.deepEqual(await both('rejects.csv', rejects), [
    FAILED,
    ['bia@example.org', 'feedback', 'success', 'remove'],
    ['caio@example.net', 'undefined', 'transient', 'retry'],
    ['duda@example.org', 'suppressed', 'permanent', 'remove'],
    ['eva@example.org', 'userunknown', 'permanent', 'remove'],
  ]);
  // SendGrid's "Invalid", as its JSON events' dropped reason reads
  const invalid = 'email,created,reason\nana@example.org,2026-11-28 13:05:44,Invalid\n';
  assert.deepEqual(await both('invalid_emails.csv', invalid), [FAILED]);
  const [json] = await analyze(JSON.stringify([{ email: 'ana@example.org', event: 'dropped', reason: 'Invalid' }]), { lang: 'en' });
  assert.deepEqual([json!.recipient, json!.reason, json!.kind, json!.listAction], FAILED);
});

/** The rows with their summary, to tell a list's own words from the reason's general ones. */
const said = async (text: string, lang: 'en' | 'pt-BR' = 'en') => (await analyze(text, { lang })).map((r) => r.summary);

test("Mailchimp's audience export of cleaned contacts: every row cleaned (suppressed), recognised by its CLEAN_* columns", async () => {
  const cleaned = '"Email Address","First Name","Last Name",MEMBER_RATING,OPTIN_TIME,OPTIN_IP,CONFIRM_TIME,CONFIRM_IP,LATITUDE,LONGITUDE,GMTOFF,DSTOFF,TIMEZONE,CC,REGION,CLEAN_TIME,CLEAN_CAMPAIGN_TITLE,CLEAN_CAMPAIGN_ID,LEID,EUID,NOTES,TAGS\n' +
    'ana@example.com,Ana,Souza,2,"2025-05-10 14:02:11",,,,,,,,,,,"2026-11-28 13:05:44","Novidades",a1b2c3d4e5,123456789,abcdef1234,,\n' +
    'bia@example.com,Bia,Lima,1,"2025-01-03 09:00:00",,,,,,,,,,,"2026-10-02 11:00:00","Outubro",f6e5d4c3b2,123456790,abcdef1235,,\n';
  assert.deepEqual(await both('members_export.csv', cleaned), [
    ['ana@example.com', 'suppressed', 'permanent', 'remove'], ['bia@example.com', 'suppressed', 'permanent', 'remove'],
  ]);
  assert.match((await said(cleaned))[0]!, /Mailchimp cleaned this address/);
  assert.match((await said(cleaned, 'pt-BR'))[0]!, /O Mailchimp limpou este endereço/);
  // the shorter export, its columns as the help page lists them
  const short = '"Email Address","First Name","Last Name",MEMBER_RATING,OPTIN_TIME,CLEAN_TIME,CLEAN_CAMPAIGN_TITLE,CLEAN_CAMPAIGN_ID\n' +
    'caio@example.com,Caio,,1,"2025-07-19 18:30:00","2026-10-02 11:00:00","Outubro",f6e5d4c3b2\n';
  assert.deepEqual(await both('cleaned.csv', short), [['caio@example.com', 'suppressed', 'permanent', 'remove']]);
});

test("Mailchimp's export of unsubscribed contacts: every row an unsubscribe (opt-out), to remove", async () => {
  const unsub = '"Email Address","First Name","Last Name",MEMBER_RATING,OPTIN_TIME,UNSUB_TIME,UNSUB_CAMPAIGN_TITLE,UNSUB_CAMPAIGN_ID,UNSUB_REASON,UNSUB_REASON_OTHER\n' +
    'ana@example.com,Ana,,2,"2025-05-10 14:02:11","2026-11-28 13:05:44","Novidades",a1b2,"No longer interested",\n';
  assert.deepEqual(await both('unsubscribed.csv', unsub), [['ana@example.com', 'feedback', 'success', 'remove']]);
  const [r] = await analyze(unsub, { lang: 'en' });
  assert.equal(r!.feedbackType, 'opt-out');
  assert.match(r!.summary, /unsubscribed from your audience/);
});

test("SendGrid's spam reports and Mailgun's complaints (lists of addresses only): each row a complaint, by their exact headers", async () => {
  const COMPLAINT = (to: string): Row => [to, 'feedback', 'success', 'remove'];
  const spam = 'email,created,ip\nana@example.com,2026-11-28 13:05:44,192.0.2.10\nbia@example.com,2026-11-27 09:00:00,192.0.2.10\n';
  assert.deepEqual(await both('spam_reports.csv', spam), [COMPLAINT('ana@example.com'), COMPLAINT('bia@example.com')]);
  const complaints = 'address,created_at\nana@example.com,"Thu, 28 Nov 2026 13:05:44 UTC"\n';
  assert.deepEqual(await both('complaints.csv', complaints), [COMPLAINT('ana@example.com')]);
  const [r] = await analyze(complaints, { lang: 'en' });
  assert.equal(r!.feedbackType, 'abuse');
});

test('a plain contact list is no bounce list: not read as complaints or cleaned contacts', async () => {
  for (const list of [
    'email,name\nana@example.com,Ana\nbia@example.com,Bia\n',
    '"Email Address","First Name","Last Name"\nana@example.com,Ana,Souza\n',
    '"Email Address","First Name","Last Name",MEMBER_RATING,OPTIN_TIME,CONFIRM_TIME\nana@example.com,Ana,Souza,2,"2025-05-10 14:02:11",\n',
    // more columns than SendGrid's spam reports: a list of its own
    'email,created,ip,name\nana@example.com,2026-11-28 13:05:44,192.0.2.10,Ana\n',
    'address,created_at,name\nana@example.com,2026-11-28,Ana\n',
  ]) {
    const results = await analyze(list, { lang: 'en' });
    assert.ok(results.every((r) => !r.bounce && r.reason !== 'feedback' && r.reason !== 'suppressed'), `${list}: ${JSON.stringify(results.map((r) => [r.recipient, r.reason]))}`);
    assert.deepEqual(await items('contacts.csv', list), ['message']);
  }
});

test("Amazon SES's suppression list as its bulk file, without a header: every line address,BOUNCE or address,COMPLAINT", async () => {
  const bulk = 'ana@example.com,BOUNCE\nbia@example.com,COMPLAINT\n';
  const expected: Row[] = [['ana@example.com', 'suppressed', 'permanent', 'remove'], ['bia@example.com', 'feedback', 'success', 'remove']];
  assert.deepEqual(await both('suppression.csv', bulk), expected);
  assert.match((await said(bulk))[0]!, /suppression list because mail to it bounced/);
  assert.match((await said(bulk, 'pt-BR'))[0]!, /lista de supressão/);
  // only when every line is so: a line of anything else, and it is no such file
  for (const other of ['ana@example.com,BOUNCE\nbia@example.com,Bia\n', 'ana@example.com,bounced\n']) {
    assert.ok((await analyze(other, { lang: 'en' })).every((r) => r.reason !== 'suppressed' && r.reason !== 'feedback'), other);
  }
});

test("Amazon SES's aws sesv2 list-suppressed-destinations JSON: BOUNCE suppressed, COMPLAINT a complaint", async () => {
  const expected: Row[] = [['ana@example.com', 'suppressed', 'permanent', 'remove'], ['bia@example.com', 'feedback', 'success', 'remove']];
  const json = JSON.stringify({
    SuppressedDestinationSummaries: [
      { EmailAddress: 'ana@example.com', Reason: 'BOUNCE', LastUpdateTime: '2026-11-28T13:05:44.123000-03:00' },
      { EmailAddress: 'bia@example.com', Reason: 'COMPLAINT', LastUpdateTime: '2026-11-27T09:00:00.000000-03:00' },
    ],
  }, null, 4);
  assert.deepEqual(await both('suppressed.json', json), expected);
  assert.match((await said(json))[0]!, /suppression list because mail to it bounced/);
});

test("a row the service marks blocked (Brevo's: an address it blocks, not sent) is suppressed; a Blocked row with a server's reply is read by the reply", async () => {
  const blocked = 'email,event,reason\nana@example.org,blocked,\nbia@example.org,Blocked,\n';
  assert.deepEqual(await both('blocked.csv', blocked), [['ana@example.org', 'suppressed', 'permanent', 'remove'], ['bia@example.org', 'suppressed', 'permanent', 'remove']]);
  // Postmark's bounce type Blocked is the receiving server's block: its reply tells why, and it is no suppression
  const [r] = await analyze('Email,Type,Details\ncaio@example.org,Blocked,550 5.7.1 Service unavailable; client host [192.0.2.1] blocked using zen.spamhaus.org\n', { lang: 'en' });
  assert.deepEqual([r!.reason, r!.listAction], ['blocked', 'fix-your-side']);
});

test('a row whose status no service documents, with no reply, is told with its word: never dropped unsaid', async () => {
  const csv = 'email,event,reason\nana@example.org,bounce,550 5.1.1 user unknown\nbia@example.org,Quarantined,\n';
  assert.deepEqual(await both('events.csv', csv), [FAILED, ['bia@example.org', 'undefined', 'success', 'not-bounce']]);
  const [, r] = await analyze(csv, { lang: 'pt-BR' });
  assert.equal(r!.bounce, false);
  assert.match(r!.summary, /"quarantined"/);
  assert.deepEqual(r!.evidence.map((e) => e.rule), ['esp:csv', 'esp:csv:unknown-state']);
  // a file of only such rows says so, not that there is nothing to remove
  const [only] = await analyze('email,event,reason\nbia@example.org,Quarantined,\n', { lang: 'en' });
  assert.equal(only!.recipient, 'bia@example.org');
  assert.match(only!.summary, /"quarantined", is not one smtp-explain knows/);
});

test("a Hard bounce row without a reply is removed, the service's own judgment; a reply that says why still decides; a Soft bounce is retried", async () => {
  const csv = [
    'Date;Email;Event;Reason',
    '26/11/2026 10:06;ana@example.org;Hard bounce;',
    '26/11/2026 10:07;bia@example.org;Soft bounce;',
    '26/11/2026 10:08;caio@example.org;Hard bounce;"550 5.7.1 Service unavailable; client host [192.0.2.1] blocked using zen.spamhaus.org"',
  ].join('\n') + '\n';
  assert.deepEqual(await both('brevo.csv', csv), [
    ['ana@example.org', 'undefined', 'permanent', 'remove'],
    ['bia@example.org', 'undefined', 'transient', 'retry'],
    ['caio@example.org', 'blocked', 'permanent', 'fix-your-side'],
  ]);
  const [r] = await analyze(csv, { lang: 'pt-BR' });
  assert.equal(r!.hardBounce, true);
  assert.equal(r!.retry, 'never');
  assert.match(r!.summary, /marcou este endereço como hard bounce/);
});
