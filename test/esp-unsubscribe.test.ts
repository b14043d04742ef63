// Sending services' events beyond bounces: an unsubscribe is an opt-out to honour (as a reply saying
// "SAIR" is), and each event is credited to the service whose file it is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, analyzeInput, mailboxReport } from '../src/index.js';

const rows = async (input: unknown) => {
  const text = typeof input === 'string' ? input : JSON.stringify(input);
  return (await analyze(text, { lang: 'en' })).map((r) => [r.recipient, r.reason, r.feedbackType, r.listAction, r.evidence.map((e) => e.rule).join(' ')]);
};

const OPT_OUT = (to: string, rule: string, service: string) => [to, 'feedback', 'opt-out', 'remove', `esp:${service} ${rule}`];

test("unsubscribe events are opt-outs to remove, named by the service's own event: SendGrid, Mailgun, Brevo, SparkPost, Mandrill, a CSV export", async () => {
  assert.deepEqual(await rows([
    { email: 'gui@example.net', timestamp: 1762174806, event: 'unsubscribe', sg_event_id: 'e7' },
    { email: 'hel@example.net', timestamp: 1762174806, event: 'group_unsubscribe', asm_group_id: 1 },
    { email: 'ivo@example.net', timestamp: 1762174806, event: 'group_resubscribe', asm_group_id: 1 },
  ]), [OPT_OUT('gui@example.net', 'esp:sendgrid:unsubscribe', 'sendgrid'), OPT_OUT('hel@example.net', 'esp:sendgrid:group_unsubscribe', 'sendgrid')]);
  assert.deepEqual(await rows({ items: [{ event: 'unsubscribed', recipient: 'mauro@example.com', timestamp: 1762174803.1 }] }),
    [OPT_OUT('mauro@example.com', 'esp:mailgun:unsubscribed', 'mailgun')]);
  assert.deepEqual(await rows([{ event: 'unsubscribed', email: 'tito@example.org', date: '2025-11-03 10:05:00' }]),
    [OPT_OUT('tito@example.org', 'esp:brevo:unsubscribed', 'brevo')]);
  assert.deepEqual(await rows([{ msys: { unsubscribe_event: { type: 'link_unsubscribe', rcpt_to: 'ana@example.com', timestamp: '1762174800' } } }]),
    [OPT_OUT('ana@example.com', 'esp:sparkpost:link_unsubscribe', 'sparkpost')]);
  assert.deepEqual(await rows([{ event: 'unsub', ts: 1762174800, msg: { email: 'bia@example.com', ts: 1762000000 } }]),
    [OPT_OUT('bia@example.com', 'esp:mandrill:unsub', 'mandrill')]);
  assert.deepEqual(await rows('email,event,reason,status,timestamp\na1@example.com,delivered,250 OK,,1762174800\na3@example.org,unsubscribe,,,1762174802\n'),
    [OPT_OUT('a3@example.org', 'esp:csv:unsubscribe', 'csv')]);
});

test('only unsubscribes: the answer is a list to remove, not "nothing to take off your lists"', async () => {
  const { results, messages } = await analyzeInput(JSON.stringify([{ email: 'gui@example.net', timestamp: 1762174806, event: 'unsubscribe' }]), { lang: 'en' });
  assert.deepEqual(mailboxReport(results, messages, 'en').removeAll, ['gui@example.net']);
});

test("each event is credited to the file's service: Brevo's spam and deferred events are Brevo's, not SendGrid's", async () => {
  assert.deepEqual((await rows([
    { event: 'deferred', email: 'a@example.com', date: '2025-11-03 10:00:00', reason: '451 4.7.1 greylisted' },
    { event: 'hard_bounce', email: 'otto@example.com', date: '2025-11-03 10:00:00', reason: '550 5.1.1 user unknown' },
    { event: 'spam', email: 'sara@example.com', date: '2025-11-03 10:04:00' },
  ])).map((r) => r[4]!.split(' ')[0]), ['esp:brevo', 'esp:brevo', 'esp:brevo']);
  // a SendGrid file keeps its own "deferred"
  assert.deepEqual((await rows([
    { event: 'deferred', email: 'a@example.com', response: '451 4.7.1 greylisted', sg_event_id: 'e1' },
    { event: 'spamreport', email: 'd@example.com' },
  ])).map((r) => r[4]!.split(' ')[0]), ['esp:sendgrid', 'esp:sendgrid']);
});
