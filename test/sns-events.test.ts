// Amazon SES notifications as Amazon SNS delivers them: the SNS envelope {"Type": "Notification",
// "Message": "<the SES JSON as a string>", ...}, one on one line (as SNS POSTs it to an HTTP endpoint),
// one per line, an array of them, or indented. Each reads as the SES event inside, in every face; never
// the sender (mail.source) or an id as a recipient. SNS's subscription confirmations are no failure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { analyze } from '../src/analyze.js';
import { analyzeInputs } from '../src/library-api.js';
import { createApp } from '../src/server/app.js';
import { CATALOGS } from '../src/i18n/catalog.js';
import type { Result } from '../src/result.js';
import { runCli, tempDir, writeTree } from './mailbox-helpers.js';

const mail = (to: string) => ({
  timestamp: '2026-11-06T11:59:00.000Z', source: 'news@example.net', sourceArn: 'arn:aws:ses:us-east-1:123456789012:identity/example.net',
  // an id that looks like an address: never a recipient
  messageId: 'ana-id@example.net', destination: [to],
});

const BOUNCE = {
  notificationType: 'Bounce', mail: mail('ana@example.com'),
  bounce: {
    bounceType: 'Permanent', bounceSubType: 'General', timestamp: '2026-11-06T12:00:00.000Z', feedbackId: 'f1',
    bouncedRecipients: [{ emailAddress: 'ana@example.com', action: 'failed', status: '5.1.1', diagnosticCode: 'smtp; 550 5.1.1 user unknown' }],
  },
};
const COMPLAINT = {
  notificationType: 'Complaint', mail: mail('bia@example.org'),
  complaint: { complainedRecipients: [{ emailAddress: 'bia@example.org' }], timestamp: '2026-11-07T12:00:00.000Z', complaintFeedbackType: 'abuse' },
};
const DELIVERY = {
  notificationType: 'Delivery', mail: mail('caio@example.com'),
  delivery: { recipients: ['caio@example.com'], smtpResponse: '250 2.0.0 OK', timestamp: '2026-11-08T12:00:00.000Z' },
};

const envelope = (message: object, id = 1) => ({
  Type: 'Notification', MessageId: `00000000-0000-0000-0000-00000000000${id}`, TopicArn: 'arn:aws:sns:us-east-1:123456789012:ses-bounces',
  Message: JSON.stringify(message), Timestamp: '2026-11-06T12:00:01.000Z', SignatureVersion: '1', Signature: 'AAA=',
  SigningCertURL: 'https://sns.us-east-1.amazonaws.com/x.pem', UnsubscribeURL: 'https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe',
});

const ONE_LINE = JSON.stringify(envelope(BOUNCE));
const LINES = [envelope(BOUNCE, 1), envelope(COMPLAINT, 2), envelope(DELIVERY, 3)].map((e) => JSON.stringify(e)).join('\n') + '\n';
const ARRAY = JSON.stringify([envelope(BOUNCE, 1), envelope(COMPLAINT, 2), envelope(DELIVERY, 3)]);
const INDENTED = JSON.stringify(envelope(BOUNCE), null, 2);

type Row = [string | null, string, string | undefined, string];
const row = (r: Result): Row => [r.recipient, r.reason, r.listAction, r.evidence[0]?.rule ?? ''];

const BOUNCE_ROW: Row = ['ana@example.com', 'userunknown', 'remove', 'esp:amazonses'];
const COMPLAINT_ROW: Row = ['bia@example.org', 'feedback', 'remove', 'esp:amazonses'];

/** No result names the sender or the id. */
function noSenderNorId(results: readonly Result[]): void {
  for (const r of results) assert.ok(!['news@example.net', 'ana-id@example.net'].includes(r.recipient ?? ''), `recipient ${r.recipient}`);
}

test('analyze(): an SNS envelope on one line, one per line, an array of them or indented reads as the SES event inside', async () => {
  for (const text of [ONE_LINE, INDENTED]) {
    const results = await analyze(text, { lang: 'en' });
    assert.deepEqual(results.map(row), [BOUNCE_ROW]);
  }
  for (const text of [LINES, ARRAY]) {
    const results = await analyze(text, { lang: 'en' });
    noSenderNorId(results);
    // the delivery is no failure: counted, no result
    assert.deepEqual(results.map(row), [BOUNCE_ROW, COMPLAINT_ROW]);
  }
  const [c] = await analyze(JSON.stringify(envelope(COMPLAINT)), { lang: 'en' });
  assert.deepEqual(row(c!), COMPLAINT_ROW);
});

test('the command line: an SNS file and standard input read as the SES events; analyzeInputs() too', async () => {
  const dir = tempDir();
  writeTree(dir, { 'ses.jsonl': LINES, 'one.json': ONE_LINE });
  const rowsOf = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as Result).map(row);
  const files = await runCli(['--format', 'ndjson', '--lang', 'en', join(dir, 'ses.jsonl'), join(dir, 'one.json')]);
  assert.deepEqual(rowsOf(files.stdout), [BOUNCE_ROW, COMPLAINT_ROW, BOUNCE_ROW]);
  const piped = await runCli(['--format', 'ndjson', '--lang', 'en', '-'], { stdin: ONE_LINE });
  assert.deepEqual(rowsOf(piped.stdout), [BOUNCE_ROW]);
  const read = await analyzeInputs([{ name: 'ses.json', input: ARRAY }], { lang: 'en' });
  assert.deepEqual(read.results.map(row), [BOUNCE_ROW, COMPLAINT_ROW]);
});

test('the HTTP API: an SNS POST as it comes (text/plain), and an envelope or an array of them as application/json', async () => {
  const app = createApp({ logError: () => assert.fail('an internal error was logged') });
  const post = async (body: string, type: string): Promise<Row[]> => {
    const res = await app.request('/api/explain?lang=en', { method: 'POST', headers: { 'content-type': type }, body });
    assert.equal(res.status, 200, await res.clone().text());
    return ((await res.json()) as { results: Result[] }).results.map(row);
  };
  assert.deepEqual(await post(ONE_LINE, 'text/plain; charset=UTF-8'), [BOUNCE_ROW]);
  assert.deepEqual(await post(ONE_LINE, 'application/json'), [BOUNCE_ROW]);
  assert.deepEqual(await post(ARRAY, 'application/json'), [BOUNCE_ROW, COMPLAINT_ROW]);
});

test("SNS's subscription and unsubscribe confirmations are no failure, and say what they are", async () => {
  const topic = 'arn:aws:sns:us-east-1:123456789012:ses-bounces';
  const subscribe = {
    Type: 'SubscriptionConfirmation', MessageId: 'x', Token: 'abc', TopicArn: topic,
    Message: `You have chosen to subscribe to the topic ${topic}.\nTo confirm the subscription, visit the SubscribeURL included in this message.`,
    SubscribeURL: 'https://sns.us-east-1.amazonaws.com/?Action=ConfirmSubscription&Token=abc', Timestamp: '2026-11-06T12:00:01.000Z',
  };
  const unsubscribe = { ...subscribe, Type: 'UnsubscribeConfirmation', Message: `You have chosen to deactivate subscription ${topic}.` };
  for (const [body, which] of [[subscribe, 'subscribe'], [unsubscribe, 'unsubscribe']] as const) {
    const results = await analyze(JSON.stringify(body), { lang: 'pt-BR' });
    assert.equal(results.length, 1);
    const [r] = results;
    assert.equal(r!.bounce, false);
    assert.equal(r!.recipient, null);
    assert.equal(r!.listAction, 'not-bounce');
    assert.equal(r!.summary, CATALOGS['pt-BR'].ui.snsNotice[which].summary);
    assert.deepEqual(r!.evidence.map((e) => e.rule), [`esp:sns:${which}`]);
  }
});
