// Bounce events of e-mail sending services, pasted or saved as JSON: one result per failed recipient,
// read from each service's documented fields (src/knowledge/esp-events.ts); deliveries, opens and
// clicks give none; JSON of anything else is read as any text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { analyze } from '../src/analyze.js';
import { readEspEvents } from '../src/reply/esp-events.js';
import { readInputs } from '../src/mailbox/read-inputs.js';
import type { MailItem } from '../src/mailbox/types.js';
import { MAX_MESSAGE_BYTES } from '../src/message/limits.js';
import { runCli, tempDir, writeTree } from './mailbox-helpers.js';

/** The items the command line's reader gives for one file (no standard input). */
const itemsOf = async (path: string): Promise<MailItem[]> => {
  const out: MailItem[] = [];
  for await (const item of readInputs([path], undefined as never)) out.push(item);
  return out;
};

const row = async (input: unknown) => {
  const text = typeof input === 'string' ? input : JSON.stringify(input);
  return (await analyze(text, { lang: 'en' })).map((r) => [r.recipient, r.reason, r.kind, r.evidence[0]?.rule]);
};

const GONE = 'The email account that you tried to reach does not exist.';

test('SendGrid: bounce, deferred, dropped and spam-report events; deliveries and opens give no result', async () => {
  assert.deepEqual(await row([
    { email: 'ana@example.com', event: 'bounce', type: 'bounce', status: '5.1.1', reason: `550 5.1.1 ${GONE}` },
    { email: 'bia@example.com', event: 'delivered', response: '250 2.0.0 OK' },
    { email: 'bia@example.com', event: 'open' },
    { email: 'caio@example.org', event: 'deferred', response: '452 4.2.2 The email account that you tried to reach is over quota.' },
    { email: 'davi@example.net', event: 'dropped', reason: 'Bounced Address' },
    { email: 'eva@example.net', event: 'spamreport' },
  ]), [
    ['ana@example.com', 'userunknown', 'permanent', 'esp:sendgrid'],
    ['caio@example.org', 'mailboxfull', 'transient', 'esp:sendgrid'],
    ['davi@example.net', 'suppressed', 'permanent', 'esp:sendgrid'],
    ['eva@example.net', 'feedback', 'success', 'esp:sendgrid'],
  ]);
  // dropped as "Invalid" (SendGrid's invalid emails list): an address to remove, as SendGrid documents it;
  // the same word inside a server's reply is read as the reply says
  const invalid = await analyze(JSON.stringify([
    { email: 'fabio@example.com', event: 'dropped', reason: 'Invalid' },
    { email: 'gil@example.com', event: 'bounce', reason: '550 5.7.1 Invalid' },
  ]), { lang: 'en' });
  const [fabio, gil] = invalid;
  assert.deepEqual([fabio!.recipient, fabio!.reason, fabio!.listAction, fabio!.evidence[1]?.rule], ['fabio@example.com', 'userunknown', 'remove', 'esp:sendgrid:invalid']);
  assert.equal(gil!.recipient, 'gil@example.com');
  assert.ok(!gil!.evidence.some((e) => e.rule === 'esp:sendgrid:invalid'), JSON.stringify(gil!.evidence));
});

test('Mailgun: the webhook body and the events API; a code kept apart is put before the words', async () => {
  const failed = (recipient: string, code: number, message: string) => ({
    event: 'failed', severity: 'permanent', reason: 'bounce', recipient, 'delivery-status': { code, message, description: '', 'attempt-no': 1 },
  });
  assert.deepEqual(await row({ signature: { timestamp: '1', token: 't', signature: 's' }, 'event-data': failed('ana@example.com', 550, `5.1.1 ${GONE}`) }), [
    ['ana@example.com', 'userunknown', 'permanent', 'esp:mailgun'],
  ]);
  const events = readEspEvents(JSON.stringify({ 'event-data': failed('ana@example.com', 550, `5.1.1 ${GONE}`) }));
  assert.ok(typeof events === 'object' && events !== null);
  assert.equal(events.events[0]!.text, `550 5.1.1 ${GONE}`);
  // Mailgun's own 605 is no SMTP code: the words decide
  assert.deepEqual(await row({ items: [failed('bia@example.com', 605, 'Not delivering to previously bounced address'), { event: 'delivered', recipient: 'caio@example.com' }] }), [
    ['bia@example.com', 'suppressed', 'permanent', 'esp:mailgun'],
  ]);
});

test('Postmark, SparkPost, Mandrill and Brevo events', async () => {
  assert.deepEqual(await row({ TotalCount: 1, Bounces: [{ RecordType: 'Bounce', Type: 'HardBounce', Email: 'ana@example.com', Details: 'smtp;550 5.1.1 <ana@example.com>: Recipient address rejected: User unknown', Description: 'The server was unable to deliver your message.' }] }), [
    ['ana@example.com', 'userunknown', 'permanent', 'esp:postmark'],
  ]);
  assert.deepEqual(await row([
    { msys: { message_event: { type: 'bounce', rcpt_to: 'ana@example.com', error_code: '552', raw_reason: '552 5.2.2 Mailbox full', bounce_class: '10' } } },
    { msys: { message_event: { type: 'delivery', rcpt_to: 'bia@example.com' } } },
  ]), [['ana@example.com', 'mailboxfull', 'permanent', 'esp:sparkpost']]);
  assert.deepEqual(await row([
    { event: 'hard_bounce', msg: { email: 'ana@example.com', diag: 'smtp;550 5.1.1 User unknown', bounce_description: 'bad_mailbox', state: 'bounced' } },
    { event: 'send', msg: { email: 'bia@example.com', state: 'sent' } },
  ]), [['ana@example.com', 'userunknown', 'permanent', 'esp:mandrill']]);
  // a Brevo event is Brevo's own (SendGrid has no "soft_bounce"), and Mandrill names its events around "msg" only
  assert.deepEqual(await row({ event: 'soft_bounce', email: 'ana@example.com', reason: '452 4.2.2 Mailbox full' }), [
    ['ana@example.com', 'mailboxfull', 'transient', 'esp:brevo'],
  ]);
});

test('a failure event that kept no reply still gives a result: what the service documents, else no known reason', async () => {
  const rows = async (input: unknown) => (await analyze(JSON.stringify(input), { lang: 'en' })).map((r) => [r.recipient, r.reason, r.kind, r.hardBounce, r.evidence[1]?.rule]);
  // Brevo: "blocked" (an address Brevo blocks, not sent) and "invalid_email" carry no reason
  assert.deepEqual(await rows([
    { event: 'hard_bounce', email: 'ana@example.com', reason: '550 5.1.1 User unknown' },
    { event: 'blocked', email: 'bia@example.com', id: 1, date: '2026-11-28 10:00:00', 'message-id': '<m@example.net>' },
    { event: 'invalid_email', email: 'caio@example.com', id: 1 },
    { event: 'unique_opened', email: 'ana@example.com' },
  ]), [
    ['ana@example.com', 'userunknown', 'permanent', true, 'phrase:userunknown'],
    ['bia@example.com', 'suppressed', 'permanent', false, 'esp:brevo:blocked'],
    ['caio@example.com', 'userunknown', 'permanent', true, 'esp:brevo:invalid_email'],
  ]);
  // Mandrill: "reject" (its rejection denylist) has no diag; "bounce_description" is its word, no reply
  assert.deepEqual(await rows([
    { event: 'reject', msg: { email: 'ana@example.com', state: 'rejected', bounce_description: null, diag: null } },
    { event: 'hard_bounce', msg: { email: 'bia@example.com', state: 'bounced', bounce_description: 'invalid_domain', diag: '' } },
  ]), [
    ['ana@example.com', 'suppressed', 'permanent', false, 'esp:mandrill:reject'],
    ['bia@example.com', 'hostunknown', 'permanent', true, 'esp:mandrill:invalid_domain'],
  ]);
  // a Mandrill deferral keeps the reply of each attempt in "smtp_events": the latest one tells why
  const deferral = await analyze(JSON.stringify([{ event: 'deferral', msg: {
    email: 'dora@example.com', state: 'deferred', diag: null,
    smtp_events: [
      { ts: 1764500000, type: 'deferred', diag: '421 4.4.2 Connection timed out' },
      { ts: 1764503600, type: 'deferred', diag: '452 4.2.2 The email account that you tried to reach is over quota.' },
    ],
  } }]), { lang: 'en' });
  assert.deepEqual(deferral.map((r) => [r.recipient, r.reason, r.kind, r.action, r.listAction]), [['dora@example.com', 'mailboxfull', 'transient', 'delayed', 'retry']]);
  // Amazon SES: a transient or undetermined bounce often has no diagnosticCode; beside one that has, it is not lost
  const ses = (bounceType: string, bounceSubType: string, recipient: object) => ({ notificationType: 'Bounce', bounce: { bounceType, bounceSubType, bouncedRecipients: [recipient] }, mail: { source: 'news@example.net' } });
  assert.deepEqual(await rows([
    ses('Permanent', 'General', { emailAddress: 'ana@example.com', status: '5.1.1', diagnosticCode: 'smtp; 550 5.1.1 user unknown' }),
    ses('Transient', 'General', { emailAddress: 'bia@example.com' }),
    ses('Permanent', 'OnAccountSuppressionList', { emailAddress: 'caio@example.com' }),
    // SES sent nothing: the recipient unsubscribed (its words, not those of an address that bounced before)
    ses('Permanent', 'UnsubscribedRecipient', { emailAddress: 'dani@example.com' }),
  ]), [
    ['ana@example.com', 'userunknown', 'permanent', true, 'phrase:userunknown'],
    ['bia@example.com', 'undefined', 'permanent', false, 'esp:amazonses:bounce'],
    ['caio@example.com', 'suppressed', 'permanent', false, 'esp:amazonses:onaccountsuppressionlist'],
    ['dani@example.com', 'suppressed', 'permanent', false, 'esp:amazonses:unsubscribedrecipient'],
  ]);
});

test("a hard bounce the service judged itself, with no reply that says why, is removed: Brevo's and Mandrill's hard_bounce, Postmark's HardBounce, SES's Permanent", async () => {
  const ses = { notificationType: 'Bounce', bounce: { bounceType: 'Permanent', bounceSubType: 'General', bouncedRecipients: [{ emailAddress: 'dora@example.com' }] }, mail: { source: 'news@example.net' } };
  const results = await analyze(JSON.stringify([
    { event: 'hard_bounce', email: 'ana@example.com' },
    { event: 'hard_bounce', msg: { email: 'bia@example.com', diag: '' } },
    { RecordType: 'Bounce', Type: 'HardBounce', Email: 'caio@example.com' },
    ses,
    // a soft bounce is no such judgment
    { event: 'soft_bounce', email: 'eva@example.com' },
  ]), { lang: 'en' });
  assert.deepEqual(results.map((r) => [r.recipient, r.reason, r.hardBounce, r.listAction]), [
    ['ana@example.com', 'undefined', true, 'remove'],
    ['bia@example.com', 'undefined', true, 'remove'],
    ['caio@example.com', 'undefined', true, 'remove'],
    ['dora@example.com', 'undefined', true, 'remove'],
    ['eva@example.com', 'undefined', false, 'retry'],
  ]);
  assert.match(results[0]!.summary, /marked this address as a hard bounce/);
});

test("an address the service itself did not send to is suppressed, whatever its words: Mailgun's suppress-*, Postmark's ManuallyDeactivated", async () => {
  const failed = (recipient: string, reason: string, code: number, description: string) => ({
    event: 'failed', severity: 'permanent', reason, recipient, 'delivery-status': { code, message: '', description, 'attempt-no': 1 },
  });
  const results = await analyze(JSON.stringify({ items: [
    failed('ana@example.com', 'suppress-complaint', 607, 'Not delivering to a user who marked your messages as spam'),
    failed('bia@example.com', 'suppress-unsubscribe', 606, 'Not delivering to unsubscribed address'),
  ] }), { lang: 'en' });
  assert.deepEqual(results.map((r) => [r.recipient, r.reason, r.evidence[1]?.rule]), [
    ['ana@example.com', 'suppressed', 'esp:mailgun:suppress-complaint'],
    ['bia@example.com', 'suppressed', 'esp:mailgun:suppress-unsubscribe'],
  ]);
  const [deactivated] = await analyze(JSON.stringify({ TotalCount: 1, Bounces: [{ ID: 4, Type: 'ManuallyDeactivated', TypeCode: 100002, Description: 'The email was manually deactivated.', Details: '', Email: 'caio@example.com', Inactive: true }] }), { lang: 'pt-BR' });
  assert.deepEqual([deactivated!.recipient, deactivated!.reason], ['caio@example.com', 'suppressed']);
});

test("Postmark's bounces API lists complaints without RecordType: Type SpamComplaint is a complaint", async () => {
  const [r] = await analyze(JSON.stringify({ TotalCount: 1, Bounces: [{ ID: 3, Type: 'SpamComplaint', TypeCode: 100001, Name: 'Spam complaint', Description: 'The subscriber explicitly marked this email as spam.', Details: '', Email: 'ana@example.com', Inactive: true }] }), { lang: 'en' });
  assert.deepEqual([r!.recipient, r!.reason, r!.evidence.map((e) => e.rule)], ['ana@example.com', 'feedback', ['esp:postmark', 'esp:postmark:complaint']]);
});

test('whether the service gave up, as it says: Mailgun\'s severity permanent after retrying too long', async () => {
  // reason "old": Mailgun gave up after retrying too long (severity permanent); its 498 is no server's reply
  const [old] = await analyze(JSON.stringify({ 'event-data': { event: 'failed', severity: 'permanent', reason: 'old', recipient: 'ana@example.com', 'delivery-status': { code: 498, message: '', description: 'Too old', 'attempt-no': 8 } } }), { lang: 'en' });
  assert.equal(old!.reason, 'expired');
  assert.match(old!.summary, /gave up/);
});

test('Amazon SES: one result per bounced recipient of a notification; a delivery gives none', async () => {
  const bounce = {
    notificationType: 'Bounce',
    bounce: {
      bounceType: 'Permanent', bounceSubType: 'General', reportingMTA: 'dsn; a1-2.smtp-out.amazonses.com',
      bouncedRecipients: [
        { emailAddress: 'ana@example.com', action: 'failed', status: '5.1.1', diagnosticCode: 'smtp; 550 5.1.1 user unknown' },
        { emailAddress: 'bia@example.org', action: 'failed', status: '5.2.2', diagnosticCode: 'smtp; 552 5.2.2 mailbox full' },
      ],
    },
    mail: { source: 'news@example.net', destination: ['ana@example.com', 'bia@example.org'] },
  };
  assert.deepEqual(await row(bounce), [
    ['ana@example.com', 'userunknown', 'permanent', 'esp:amazonses'],
    ['bia@example.org', 'mailboxfull', 'permanent', 'esp:amazonses'],
  ]);
  // a delivery is one of the events that are no failure, though it names its recipients only in a list
  assert.deepEqual(readEspEvents(JSON.stringify({ notificationType: 'Delivery', delivery: { recipients: ['ana@example.com'] }, mail: { source: 'news@example.net' } })), { events: [], others: 1, left: 0 });
  // a complaint: the recipient marked the message as spam, to be taken off the list like an ARF report's
  const complaint = { notificationType: 'Complaint', complaint: { complainedRecipients: [{ emailAddress: 'ana@example.com' }], complaintFeedbackType: 'abuse' }, mail: { source: 'news@example.net' } };
  const [r] = await analyze(JSON.stringify(complaint), { lang: 'pt-BR' });
  assert.deepEqual([r!.recipient, r!.reason, r!.kind, r!.evidence.map((e) => e.rule)], ['ana@example.com', 'feedback', 'success', ['esp:amazonses', 'esp:amazonses:complaint']]);
});

test('JSON that holds no event is read as any text, and hostile JSON is cheap', async () => {
  assert.equal(readEspEvents('{"a": 1, "b": [1, 2, 3]}'), null);
  assert.equal(readEspEvents('[550, "5.1.1"]'), null);
  assert.equal(readEspEvents('{not json'), null);
  assert.equal(readEspEvents('[BL21] Connections will not be accepted from 192.0.2.1'), null);
  // a notification mailed by Amazon SNS: the JSON, then a footer
  const mailed = `${JSON.stringify({ notificationType: 'Bounce', bounce: { bouncedRecipients: [{ emailAddress: 'ana@example.com', status: '5.1.1', diagnosticCode: 'smtp; 550 5.1.1 user unknown' }] } })}\n\n--\nIf you wish to stop receiving notifications from this topic, please click the link below to unsubscribe:\nhttps://sns.example.com/unsubscribe`;
  assert.deepEqual((await analyze(mailed, { lang: 'en' })).map((r) => [r.recipient, r.reason]), [['ana@example.com', 'userunknown']]);
  // closed but not JSON (a line break inside a string): left to the other readers
  assert.equal(readEspEvents('{"email": "ana@example.com", "reason": "550 5.1.1\nUser unknown"}'), null);
  // JSON objects cut short when copied: said so, not read as some reply
  assert.equal(readEspEvents('[{"email": "ana@example.com", "event": "bounce", "reason": "550 5.1.1 Us'), 'broken');
  const [cut] = await analyze('{\n  "event-data": {"event": "failed", "recipient": "ana@example.com"', { lang: 'pt-BR' });
  assert.match(cut!.error!, /parece ser JSON/);
  assert.match(cut!.advice, /Copie o JSON inteiro/);
  // nested past the depth followed, or past what the parser takes: no event, no exception
  assert.equal(readEspEvents('['.repeat(100_000) + ']'.repeat(100_000)), null);
  let deep: unknown = { email: 'ana@example.com', reason: '550 5.1.1 User unknown' };
  for (let i = 0; i < 50; i++) deep = { next: deep };
  assert.equal(readEspEvents(JSON.stringify(deep)), null);
  // a JSON text without events still gets an answer
  const [r] = await analyze('{"status": "ok"}', { lang: 'en' });
  assert.equal(r!.bounce, false);
});

test('a .json file of events is read as events, not as an e-mail ("{" may start a field name)', async () => {
  const bytes = new TextEncoder().encode(JSON.stringify({ notificationType: 'Bounce', bounce: { bouncedRecipients: [{ emailAddress: 'ana@example.com', status: '5.1.1', diagnosticCode: 'smtp; 550 5.1.1 user unknown' }] } }));
  const results = await analyze(bytes, { lang: 'en', file: 'ses.json' });
  assert.deepEqual(results.map((r) => [r.file, r.recipient, r.reason]), [['ses.json', 'ana@example.com', 'userunknown']]);
});

test('the CLI: a JSON file or input past the message cap is refused with a reason, not read cut', async () => {
  const { PassThrough } = await import('node:stream');
  const event = JSON.stringify({ email: 'ana@example.com', event: 'bounce', reason: '550 5.1.1 User unknown' });
  const big = '[' + Array(Math.ceil(MAX_MESSAGE_BYTES / event.length) + 10).fill(event).join(',') + ']';
  const dir = tempDir();
  const delivered = JSON.stringify({ email: 'bia@example.com', event: 'delivered' });
  // past the 64 KiB read at once: the file is read whole, then given as an item per failed event
  const many = '[' + Array(2000).fill(event).join(',') + ']';
  writeTree(dir, { 'events.json': big, 'small.json': `[${event}, ${delivered}]`, 'many.json': many, 'quiet.json': `[${delivered}, ${delivered}]` });
  const kinds = async (args: string[], stdinText = '') => {
    const stdin = new PassThrough();
    stdin.end(stdinText);
    const out: string[] = [];
    for await (const item of readInputs(args, stdin)) out.push(item.kind === 'error' ? `error ${item.problem}` : item.kind);
    return out;
  };
  assert.deepEqual(await kinds([join(dir, 'events.json')]), ['error events-too-large']);
  assert.deepEqual(await kinds(['-'], big), ['error events-too-large']);
  assert.deepEqual(await kinds([join(dir, 'small.json')]), ['esp-event']);
  assert.deepEqual(await kinds([join(dir, 'quiet.json')]), ['quiet-events']);
  const items = await kinds([join(dir, 'many.json')]);
  assert.equal(items.length, 2000);
  assert.ok(items.every((k) => k === 'esp-event'));
});

test('past a limit, the readers count failures without keeping them (the API and the page hold all results at once)', async () => {
  const { readEventCsv } = await import('../src/reply/esp-csv.js');
  const csv = 'email,reason,status\n' + Array.from({ length: 5 }, (_, i) => `u${i}@example.org,550 5.1.1 user unknown,5.1.1\n`).join('') + 'v@example.org,250 ok,delivered\n';
  const rows = readEventCsv(csv, 2)!;
  assert.deepEqual([rows.events.map((e) => e.recipient), rows.left, rows.others], [['u0@example.org', 'u1@example.org'], 3, 1]);
  const json = readEspEvents(JSON.stringify(Array.from({ length: 4 }, (_, i) => ({ email: `j${i}@example.org`, event: 'bounce', reason: '550 5.1.1 user unknown' }))), 1);
  assert.ok(typeof json === 'object' && json !== null);
  assert.deepEqual([json.events.length, json.left], [1, 3]);
  // without a limit, every failure is kept
  assert.deepEqual([readEventCsv(csv)!.events.length, readEventCsv(csv)!.left], [5, 0]);
});

test('events none of which failed get one result that says so, with how many there were', async () => {
  const delivered = (to: string) => ({ email: to, event: 'delivered', timestamp: 1700000000 });
  const [json, ...more] = await analyze(JSON.stringify([delivered('ana@example.com'), delivered('bia@example.com'), { email: 'caio@example.com', event: 'open' }]), { lang: 'pt-BR' });
  assert.equal(more.length, 0);
  assert.equal(json!.bounce, false);
  assert.equal(json!.summary, 'Nenhum destes eventos é uma falha.');
  assert.match(json!.meaning, /São 3 eventos/);
  // a CSV whose status column names the event instead of a code ("delivered"), and one with a header only
  const [csv] = await analyze('email,reason,status\nana@example.com,250 OK,delivered\n', { lang: 'en' });
  assert.deepEqual([csv!.bounce, csv!.summary, csv!.meaning], [false, 'None of these events is a failure.', 'There is one event, and it is not a bounce or a complaint: the message was delivered, opened or clicked.']);
  const [empty] = await analyze('email,reason,status\n', { lang: 'en' });
  assert.match(empty!.meaning, /names no address/);
  // Amazon SES names the recipients of a delivery or an open only in lists: its notifications still count
  const ses = [
    { notificationType: 'Delivery', mail: { destination: ['ana@example.com'] }, delivery: { recipients: ['ana@example.com'], smtpResponse: '250 2.0.0 OK' } },
    { eventType: 'Open', mail: { destination: ['bia@example.com'] }, open: { ipAddress: '192.0.2.1' } },
  ];
  const [opened, ...others] = await analyze(JSON.stringify(ses), { lang: 'en' });
  assert.equal(others.length, 0);
  assert.deepEqual([opened!.bounce, opened!.summary], [false, 'None of these events is a failure.']);
  assert.match(opened!.meaning, /There are 2 events/);
  // beside a bounce, they give no result of their own
  const bounce = { notificationType: 'Bounce', bounce: { bounceType: 'Permanent', bouncedRecipients: [{ emailAddress: 'caio@example.com', status: '5.1.1', diagnosticCode: 'smtp; 550 5.1.1 user unknown' }] }, mail: { destination: ['caio@example.com'] } };
  assert.deepEqual((await analyze(JSON.stringify([...ses, bounce]), { lang: 'en' })).map((r) => [r.recipient, r.reason]), [['caio@example.com', 'userunknown']]);
});

test('bounce lists downloaded as CSV: SendGrid, Mailgun, a spreadsheet in Portuguese (";" and quotes)', async () => {
  const { readEventCsv, parseCsv } = await import('../src/reply/esp-csv.js');
  const sendgrid = 'email,created,reason,status\r\nana@example.com,1700000000,"550 5.1.1 The email account that you tried to reach does not exist.",5.1.1\r\nbia@example.org,1700000001,"452 4.2.2 The email account that you tried to reach is over quota.",4.2.2\r\n';
  assert.deepEqual((await analyze(sendgrid, { lang: 'en' })).map((r) => [r.recipient, r.reason, r.kind, r.evidence[0]!.rule]), [
    ['ana@example.com', 'userunknown', 'permanent', 'esp:csv'],
    ['bia@example.org', 'mailboxfull', 'transient', 'esp:csv'],
  ]);
  // the code kept apart goes in front of the words; created_at is when it failed, as a bounce's date is written
  const mailgun = 'address,code,error,created_at\nana@example.com,550,No such mailbox,2026-11-28T10:00:00Z\n';
  assert.deepEqual(readEventCsv(mailgun), {
    events: [{ service: 'csv', recipient: 'ana@example.com', text: '550 No such mailbox', complaint: false, date: 'Sat, 28 Nov 2026 10:00:00 +0000' }], others: 0, left: 0,
  });
  const planilha = '\uFEFFE-mail;Evento;Motivo\n"ana@example.com";"spamreport";""\n"bia@example.com";"delivered";"250 OK"\n"caio@example.com";"bounce";"550 5.1.1 Usuario ""caio"" desconhecido"\n';
  assert.deepEqual((await analyze(planilha, { lang: 'pt-BR' })).map((r) => [r.recipient, r.reason]), [['ana@example.com', 'feedback'], ['caio@example.com', 'userunknown']]);
  assert.deepEqual(parseCsv('a,"b ""c""\nd",e\r\nf', ','), [['a', 'b "c"\nd', 'e'], ['f']]);
  // a quote never closed is a character, its cell ends with its line: the rows after it are read
  assert.deepEqual(parseCsv('a,"b\r\nc,d\ne,f', ','), [['a', '"b'], ['c', 'd'], ['e', 'f']]);
  // other CSV, and prose with commas, are not bounce lists
  assert.equal(readEventCsv('name,age\nana,30\n'), null);
  assert.equal(readEventCsv('Hello, the message to ana@example.com failed,\nreason: user unknown\n'), null);
});

test('the library and the API: JSON events past the message cap get an error result that says to split them, not a reading of their first address', async () => {
  const { REPORTS } = await import('../src/report/catalog.js');
  const event = (i: number) => JSON.stringify({ email: `u${i}@example.com`, event: 'bounce', reason: '550 5.1.1 User unknown' });
  const big = '[' + Array.from({ length: Math.ceil(MAX_MESSAGE_BYTES / event(0).length) + 10 }, (_, i) => event(i)).join(',') + ']';
  const words = REPORTS['pt-BR'].problem['events-too-large'](`${MAX_MESSAGE_BYTES / 1024 / 1024} MB`);
  for (const input of [big, new TextEncoder().encode(big)]) {
    const results = await analyze(input, { lang: 'pt-BR', maxResults: 20_000 });
    assert.deepEqual(results.map((r) => [r.error, r.recipient, r.listAction]), [[words, null, 'error']]);
  }
  const { createApp } = await import('../src/server/app.js');
  const res = await createApp().request('/api/explain', { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
  assert.equal(res.status, 200);
  const body = await res.json() as { results: { error?: string }[] };
  assert.deepEqual(body.results.map((r) => r.error), [words]);
});

test('JSON Lines (.ndjson, .jsonl): each line\'s event is read, not only the first; a line cut short is broken, not dropped', async () => {
  const lines = [
    { email: 'bia@example.com', event: 'delivered', response: '250 2.0.0 OK' },
    { email: 'ana@example.com', event: 'bounce', type: 'bounce', status: '5.1.1', reason: `550 5.1.1 ${GONE}` },
    { email: 'caio@example.com', event: 'bounce', type: 'bounce', status: '5.1.1', reason: `550 5.1.1 ${GONE}` },
  ].map((e) => JSON.stringify(e));
  for (const end of ['\n', '\r\n']) {
    const text = lines.join(end) + end;
    const read = readEspEvents(text);
    assert.ok(read && typeof read === 'object');
    assert.deepEqual(read.events.map((e) => e.recipient), ['ana@example.com', 'caio@example.com']);
    assert.equal(read.others, 1);
    assert.deepEqual(await row(text), [
      ['ana@example.com', 'userunknown', 'permanent', 'esp:sendgrid'],
      ['caio@example.com', 'userunknown', 'permanent', 'esp:sendgrid'],
    ]);
  }
  assert.equal(readEspEvents(`${lines[0]}\n${lines[1]}\n${lines[2]!.slice(0, 40)}`), 'broken');
  // the command line: a .ndjson file, and its addresses to remove
  const dir = tempDir();
  writeTree(dir, { 'events.ndjson': lines.join('\n') + '\n' });
  const run = await runCli([join(dir, 'events.ndjson'), '--format', 'ndjson', '--lang', 'en']);
  assert.deepEqual(run.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { recipient: string }).recipient), ['ana@example.com', 'caio@example.com']);
  const remove = await runCli([join(dir, 'events.ndjson'), '--format', 'remove']);
  assert.deepEqual(remove.stdout.trim().split('\n'), ['ana@example.com', 'caio@example.com']);
});

test('the command line reads a CSV export or JSON Lines past the 4 MB cap in pieces of whole rows, every failure; a quote never closed swallows no rows', async () => {
  const count = Math.ceil(MAX_MESSAGE_BYTES / 60);
  // a cell may hold a line break and quotes: a piece ends only between rows
  const csv = 'email,reason,status\n' + Array.from({ length: count }, (_, i) => (i % 2
    ? `u${i}@example.com,250 OK,delivered\n`
    : `u${i}@example.com,"550 5.1.1 <u${i}@example.com>: User unknown, ""see""\nhttps://example.com/help",5.1.1\n`)).join('');
  const jsonl = Array.from({ length: count }, (_, i) => JSON.stringify({ email: `j${i}@example.com`, event: i % 2 ? 'delivered' : 'bounce', reason: '550 5.1.1 User unknown' })).join('\n') + '\n';
  // a row whose quote never closes (the rows after it hold no quote to close it): reported, the others read
  const cut = csv.indexOf('\nu', 200_000) + 1;
  const unclosed = csv.slice(0, cut) + 'bad@example.com,"550 never closed,5.1.1\n' + csv.slice(cut).replace(/"/g, '').replace(/\nhttps:\/\/example.com\/help/g, '');
  const dir = tempDir();
  writeTree(dir, { 'bounces.csv': csv, 'events.ndjson': jsonl });
  assert.ok(csv.length > MAX_MESSAGE_BYTES && jsonl.length > MAX_MESSAGE_BYTES);
  const read = async (file: string) => (await itemsOf(join(dir, file))).map((item) =>
    item.kind === 'esp-event' ? { kind: item.kind, to: item.event.recipient } : { kind: item.kind, detail: item.kind === 'error' ? item.detail : '' });
  const rows = await read('bounces.csv');
  assert.equal(rows.length, Math.ceil(count / 2));
  assert.ok(rows.every((r) => r.kind === 'esp-event'));
  assert.deepEqual([rows[0]!.to, rows.at(-1)!.to], ['u0@example.com', `u${(count - 1) - ((count - 1) % 2)}@example.com`]);
  const lines = await read('events.ndjson');
  assert.equal(lines.length, Math.ceil(count / 2));
  writeTree(dir, { 'unclosed.csv': unclosed });
  const broken = await read('unclosed.csv');
  assert.deepEqual(broken.filter((r) => r.kind !== 'esp-event'), []);
  // its own row is read as it stands (the quote a character), and every row after it
  assert.equal(broken.length, Math.ceil(count / 2) + 1);
  assert.ok(broken.some((r) => r.to === 'bad@example.com'));
});

test('past the 4 MB cap, events on standard input, in a .gz file or inside an archive are read in pieces as a file of them is: the same items in the same order; a JSON array is still refused', async () => {
  const { PassThrough } = await import('node:stream');
  const { gzipOf, tarOf } = await import('./archive-fixtures.js');
  // long rows, so that few events pass the cap
  const words = `Recipient address rejected: User unknown in virtual mailbox table; see https://example.com/help/5.1.1?${'x'.repeat(200)}`;
  const count = Math.ceil(MAX_MESSAGE_BYTES / 250);
  const csv = 'email,event,reason,status\n' + Array.from({ length: count }, (_, i) => (i % 3
    ? `u${i}@example.com,bounce,"550 5.1.1 <u${i}@example.com>: ${words}",5.1.1\n`
    : `u${i}@example.com,delivered,250 2.0.0 OK ${words.slice(100)},\n`)).join('');
  const jsonl = Array.from({ length: count }, (_, i) => JSON.stringify({ email: `j${i}@example.com`, event: i % 3 ? 'bounce' : 'delivered', reason: `550 5.1.1 ${words}` })).join('\n') + '\n';
  const array = '[' + jsonl.trim().split('\n').join(',') + ']';
  assert.ok(csv.length > MAX_MESSAGE_BYTES && jsonl.length > MAX_MESSAGE_BYTES);
  const dir = tempDir();
  writeTree(dir, {
    'bounces.csv': csv, 'bounces.csv.gz': gzipOf(csv), 'events.jsonl.gz': gzipOf(jsonl),
    'events.json.gz': gzipOf(array), 'export.tgz': gzipOf(tarOf([{ name: 'bounces.csv', data: csv }])),
  });
  /** Each item as "file what", and the same with its file name left out (to compare inputs). */
  const read = async (args: string[], stdinData: string | Buffer = '') => {
    const stdin = new PassThrough();
    stdin.end(stdinData);
    const out: { file: string; what: string }[] = [];
    for await (const item of readInputs(args, stdin)) {
      out.push({ file: String(item.file), what: item.kind === 'esp-event' ? item.event.recipient : item.kind === 'error' ? `error ${item.problem}` : item.kind });
    }
    return out;
  };
  const whats = (items: { what: string }[]) => items.map((i) => i.what);
  const files = (items: { file: string }[]) => [...new Set(items.map((i) => i.file))];
  const plain = await read([join(dir, 'bounces.csv')]);
  assert.equal(plain.length, count - Math.ceil(count / 3));
  assert.deepEqual([plain[0]!.what, plain.at(-1)!.what], ['u1@example.com', `u${count - 1 - ((count - 1) % 3 ? 0 : 1)}@example.com`]);
  for (const [args, stdin, file] of [
    [['-'], csv, '<stdin>'],
    [['-'], gzipOf(csv), '<stdin>'], // zcat export.csv.gz | smtp-explain, or smtp-explain - < export.csv.gz
    [[join(dir, 'bounces.csv.gz')], '', join(dir, 'bounces.csv.gz')],
    [[join(dir, 'export.tgz')], '', join(dir, 'export.tgz', 'bounces.csv')],
  ] as const) {
    const items = await read([...args], stdin);
    assert.deepEqual(files(items), [file]);
    assert.deepEqual(whats(items), whats(plain), file);
  }
  // JSON Lines alike (a file of them past the cap: the test above)
  const lines = whats(await read([join(dir, 'events.jsonl.gz')]));
  assert.deepEqual([lines.length, lines[0], lines.at(-1)], [plain.length, 'j1@example.com', plain.at(-1)!.what.replace('u', 'j')]);
  // a JSON array is not read in pieces: refused as a file of it is
  assert.deepEqual(await read([join(dir, 'events.json.gz')]), [{ file: join(dir, 'events.json.gz'), what: 'error events-too-large' }]);
  assert.deepEqual(await read(['-'], array), [{ file: '<stdin>', what: 'error events-too-large' }]);
  // the command line: the same addresses and closing line, piped as given by name
  const byName = await runCli(['--format', 'remove', '--lang', 'en', join(dir, 'bounces.csv')]);
  const piped = await runCli(['--format', 'remove', '--lang', 'en', '-'], { stdin: gzipOf(csv) });
  assert.equal(piped.code, byName.code);
  assert.equal(piped.stdout.split('\n').length, plain.length + 1);
  assert.deepEqual([piped.stdout, piped.stderr], [byName.stdout, byName.stderr]);
});

test('a small .gz file of events gives an item per failure as the file unpacked does (the same closing line), not one message', async () => {
  const { gzipOf } = await import('./archive-fixtures.js');
  const csv = 'email,event,reason,status\n' + Array.from({ length: 3 }, (_, i) => `u${i}@example.com,bounce,"550 5.1.1 <u${i}@example.com>: User unknown",5.1.1\n`).join('');
  const dir = tempDir();
  writeTree(dir, { 'bounces.csv': csv, 'bounces.csv.gz': gzipOf(csv) });
  const kinds = async (file: string) => (await itemsOf(join(dir, file))).map((item) => `${item.kind} ${item.kind === 'esp-event' ? item.event.recipient : ''}`);
  assert.deepEqual(await kinds('bounces.csv.gz'), await kinds('bounces.csv'));
  assert.equal((await kinds('bounces.csv')).length, 3);
  const plain = await runCli(['--format', 'remove', '--lang', 'en', join(dir, 'bounces.csv')]);
  const packed = await runCli(['--format', 'remove', '--lang', 'en', join(dir, 'bounces.csv.gz')]);
  assert.deepEqual([packed.stdout, packed.stderr], [plain.stdout, plain.stderr]);
  // a file of events is one input read, as the web page and the API count it, whatever its events
  assert.match(packed.stderr, /smtp-explain: 1 message read; 3 addresses to remove written, out of 3 results/);
  const twice = await runCli(['--format', 'ndjson', '--lang', 'en', join(dir, 'bounces.csv'), join(dir, 'bounces.csv.gz')]);
  assert.match(twice.stderr, /smtp-explain: 2 messages read, all with a result; 6 results written/);
});

test('JSON objects one after the other: every one is read ("}{" too); a line of other text among them is said, not a silent end; past the cap, pretty-printed objects, a bad line and UTF-16 are read', async () => {
  const ev = (i: number) => ({ email: `u${i}@example.com`, event: 'bounce', reason: '550 5.1.1 User unknown' });
  const reading = readEspEvents([ev(0), ev(1), ev(2)].map((e) => JSON.stringify(e)).join(''));
  assert.ok(reading && typeof reading === 'object' && reading.events.length === 3);
  assert.equal(readEspEvents(`${JSON.stringify(ev(0))}\nnot json here\n${JSON.stringify(ev(1))}\n`), 'broken');
  // a lone value with text after it (Amazon SNS's footer) is still read
  const footer = readEspEvents(`${JSON.stringify(ev(0))}\n--\nIf you wish to stop receiving notifications from this topic, click below.\n`);
  assert.ok(footer && typeof footer === 'object' && footer.events.length === 1);
  const count = Math.ceil(MAX_MESSAGE_BYTES / 80);
  const pretty = Array.from({ length: count }, (_, i) => JSON.stringify(ev(i), null, 2)).join('\n') + '\n';
  const lines = Array.from({ length: count }, (_, i) => JSON.stringify(ev(i)));
  lines[count - 10] = lines[count - 10]!.slice(0, 20); // cut short
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(Array.from({ length: count }, (_, i) => JSON.stringify(ev(i))).join('\r\n'), 'utf16le')]);
  const dir = tempDir();
  writeTree(dir, { 'pretty.json': pretty, 'bad.jsonl': lines.join('\n') + '\n', 'wide.jsonl': utf16 });
  const kinds = async (file: string) => (await itemsOf(join(dir, file))).map((item) => (item.kind === 'error' ? `error ${item.detail}` : item.kind));
  const all = await kinds('pretty.json');
  assert.deepEqual([all.length, all.every((k) => k === 'esp-event')], [count, true]);
  const bad = await kinds('bad.jsonl');
  assert.deepEqual(bad.filter((k) => k !== 'esp-event'), [`error ${count - 9}`]);
  assert.equal(bad.length, count);
  const wide = await kinds('wide.jsonl');
  assert.deepEqual([wide.length, wide.every((k) => k === 'esp-event')], [count, true]);
});

test('an export row or event whose address is written wrong gives that address as written, to remove; never a shorter, different one', async () => {
  const sendgrid = 'email,created,reason,status\nrui@example,1762174800,"550 5.1.3 Bad destination mailbox address syntax",5.1.3\n"ana silva@example.com",1762174800,"501 5.1.3 Invalid address",5.1.3\nbia@example.com,1762174800,"550 5.1.1 User unknown",5.1.1\n';
  const csv = await analyze(sendgrid, { lang: 'en' });
  assert.deepEqual(csv.map((r) => [r.recipient, r.listAction, r.signature]), [
    ['rui@example', 'remove', 'address:malformed'],
    ['ana silva@example.com', 'remove', 'address:malformed'],
    ['bia@example.com', 'remove', null],
  ]);
  const brevo = [
    { event: 'invalid_email', email: 'rui@example', date: '2025-11-03 10:03:00' },
    { event: 'invalid_email', email: 'ana.example.com', date: '2025-11-03 10:03:00' },
    { event: 'hard_bounce', email: 'bia@@example.com', reason: '550 5.1.1 user unknown' },
  ];
  assert.deepEqual((await analyze(JSON.stringify(brevo), { lang: 'en' })).map((r) => [r.recipient, r.listAction, r.evidence[0]?.rule]), [
    ['rui@example', 'remove', 'esp:brevo'],
    ['ana.example.com', 'remove', 'esp:brevo'],
    ['bia@@example.com', 'remove', 'esp:brevo'],
  ]);
  // the list to remove holds each as written, once (the CSV's and the events' rui@example)
  const dir = writeTree(tempDir(), { 'bounces.csv': sendgrid, 'events.json': JSON.stringify(brevo) });
  const remove = await runCli(['--format', 'remove', join(dir, 'bounces.csv'), join(dir, 'events.json')]);
  assert.deepEqual(remove.stdout.trim().split('\n'), ['rui@example', 'ana silva@example.com', 'bia@example.com', 'ana.example.com', 'bia@@example.com']);
  // a field holding no address written wrong (a number, a name) is still no event
  assert.equal(readEspEvents(JSON.stringify([{ event: 'invalid_email', email: 'Ana Silva' }, { event: 'hard_bounce', email: 42 }])), null);
});
