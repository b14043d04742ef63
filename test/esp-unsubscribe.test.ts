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
  assert.deepEqual(mailboxReport(results, { messages, lang: 'en' }).removeAll, ['gui@example.net']);
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

// Postmark's SubscriptionChange webhook (https://postmarkapp.com/developer/webhooks/subscription-change-webhook)
const change = (to: string, suppress: boolean, why: string | null, origin: string) => ({
  RecordType: 'SubscriptionChange', MessageStream: 'outbound', ChangedAt: '2025-11-03T10:53:34.416071Z', Recipient: to, Origin: origin,
  SuppressSending: suppress, SuppressionReason: why,
});

const full = async (input: unknown) => {
  const text = typeof input === 'string' ? input : JSON.stringify(input);
  return (await analyze(text, { lang: 'en' })).map((r) => ({
    to: r.recipient, reason: r.reason, type: r.feedbackType, action: r.listAction, date: r.date, summary: r.summary, rules: r.evidence.map((e) => e.rule).join(' '),
  }));
};

test("Postmark's SubscriptionChange: an unsubscribe, a suppression after a hard bounce or by hand, a complaint, a reactivation, each a result", async () => {
  const results = await full([
    change('ana@example.com', true, 'ManualSuppression', 'Recipient'),
    change('bia@example.com', true, 'HardBounce', 'Recipient'),
    change('caio@example.com', true, 'SpamComplaint', 'Recipient'),
    change('davi@example.com', true, 'ManualSuppression', 'Customer'),
    change('eva@example.com', false, null, 'Customer'),
  ]);
  assert.deepEqual(results.map((r) => [r.to, r.reason, r.type, r.action, r.rules]), [
    ['ana@example.com', 'feedback', 'opt-out', 'remove', 'esp:postmark esp:postmark:manualsuppression'],
    ['bia@example.com', 'suppressed', null, 'remove', 'esp:postmark esp:postmark:hardbounce'],
    ['caio@example.com', 'feedback', 'abuse', 'remove', 'esp:postmark esp:postmark:complaint'],
    // suppressed by the account, not at the recipient's request: no unsubscribe
    ['davi@example.com', 'suppressed', null, 'remove', 'esp:postmark esp:postmark:manualsuppression'],
    // SuppressSending false: no failure, and nothing to remove
    ['eva@example.com', 'undefined', null, 'not-bounce', 'esp:postmark esp:postmark:reactivated'],
  ]);
  assert.ok(results.every((r) => r.date === 'Mon, 3 Nov 2025 10:53:34 +0000'));
  assert.match(results[1]!.summary, /stopped sending to this address because mail to it bounced/);
  assert.match(results[4]!.summary, /sends to this address again/);
});

test('a SubscriptionChange among bounces and deliveries is not lost, and a reactivated address is not on the remove list', async () => {
  const text = [
    { RecordType: 'Bounce', Type: 'HardBounce', Email: 'ana@example.com', Details: 'smtp;550 5.1.1 user unknown', BouncedAt: '2025-11-03T10:00:00Z' },
    change('bia@example.com', true, 'ManualSuppression', 'Recipient'),
    { RecordType: 'Delivery', Recipient: 'caio@example.com', DeliveredAt: '2025-11-03T10:00:00Z', Details: 'Test delivery webhook details' },
    change('davi@example.com', false, null, 'Recipient'),
  ].map((e) => JSON.stringify(e)).join('\n');
  const { results, messages } = await analyzeInput(text, { lang: 'en' });
  assert.deepEqual(results.map((r) => [r.recipient, r.listAction]), [['ana@example.com', 'remove'], ['bia@example.com', 'remove'], ['davi@example.com', 'not-bounce']]);
  assert.deepEqual(mailboxReport(results, { messages, lang: 'en' }).removeAll, ['ana@example.com', 'bia@example.com']);
  // Postmark's deliveries name "Recipient": counted among the events that are no failure
  assert.match((await full({ RecordType: 'Delivery', Recipient: 'caio@example.com', Details: 'Test delivery webhook details' }))[0]!.summary, /None of these events is a failure/);
});

// Amazon SES's event publishing (https://docs.aws.amazon.com/ses/latest/dg/event-publishing-retrieving-sns-contents.html)
const sesSub = (to: string[], now: unknown) => ({
  eventType: 'Subscription', mail: { timestamp: '2025-11-03T10:00:00.000Z', source: 'news@example.org', destination: to },
  subscription: { contactList: 'Clientes', timestamp: '2025-11-03T10:05:00.000Z', source: 'UnsubscribeHeader', newTopicPreferences: now, oldTopicPreferences: { unsubscribeAll: false } },
});

test("Amazon SES's Subscription events: leaving the list is an opt-out to remove; leaving some topics keeps the address, naming them", async () => {
  const results = await full([
    sesSub(['ana@example.com'], { unsubscribeAll: true, topicSubscriptionStatus: [{ topicName: 'Ofertas', subscriptionStatus: 'OptOut' }] }),
    sesSub(['bia@example.com'], { unsubscribeAll: false, topicSubscriptionStatus: [{ topicName: 'Ofertas', subscriptionStatus: 'OptOut' }, { topicName: 'Novidades', subscriptionStatus: 'OptIn' }] }),
    sesSub(['caio@example.com'], { unsubscribeAll: false, topicSubscriptionStatus: [{ topicName: 'Ofertas', subscriptionStatus: 'OptIn' }] }),
  ]);
  assert.deepEqual(results.map((r) => [r.to, r.reason, r.type, r.action, r.date]), [
    ['ana@example.com', 'feedback', 'opt-out', 'remove', 'Mon, 3 Nov 2025 10:05:00 +0000'],
    ['bia@example.com', 'feedback', 'opt-out-topic', 'nothing', 'Mon, 3 Nov 2025 10:05:00 +0000'],
    ['caio@example.com', 'undefined', null, 'not-bounce', 'Mon, 3 Nov 2025 10:05:00 +0000'],
  ]);
  assert.equal(results[1]!.summary, 'The recipient no longer wants mail about "Ofertas" from the list Clientes, but is still subscribed to the rest.');
  const { results: all, messages } = await analyzeInput(JSON.stringify([sesSub(['ana@example.com'], { unsubscribeAll: true }), sesSub(['bia@example.com'], {
    unsubscribeAll: false, topicSubscriptionStatus: [{ topicName: 'Ofertas', subscriptionStatus: 'OptOut' }],
  })]), { lang: 'en' });
  assert.deepEqual(mailboxReport(all, { messages, lang: 'en' }).removeAll, ['ana@example.com']);
});

test('an SES Subscription event of a message to several recipients is an error that names them, none removed', async () => {
  const results = await full([sesSub(['ana@example.com', 'bia@example.com'], { unsubscribeAll: true })]);
  assert.deepEqual(results.map((r) => [r.to, r.action]), [[null, 'error']]);
  assert.match(results[0]!.summary, /several recipients \(ana@example\.com and bia@example\.com\)/);
});

test("Amazon SES's Reject (a virus: SES sent the message to no one) fails each recipient, on the sender's side; a DeliveryDelay without a reply reads its delayType", async () => {
  const results = await full({
    eventType: 'Reject', mail: { timestamp: '2025-11-03T10:00:00.000Z', source: 'news@example.org', destination: ['ana@example.com', 'bia@example.com'] },
    reject: { reason: 'Bad content' },
  });
  assert.deepEqual(results.map((r) => [r.to, r.reason, r.action, r.rules]), [
    ['ana@example.com', 'virusdetected', 'fix-your-side', 'esp:amazonses esp:amazonses:reject'],
    ['bia@example.com', 'virusdetected', 'fix-your-side', 'esp:amazonses esp:amazonses:reject'],
  ]);
  assert.match(results[0]!.summary, /Amazon SES found a virus in your message and sent it to no one/);
  const delay = (delayType: string) => ({
    eventType: 'DeliveryDelay', mail: { destination: ['ana@example.com'] },
    deliveryDelay: { timestamp: '2025-11-03T10:25:40.095Z', delayType, delayedRecipients: [{ emailAddress: 'ana@example.com' }] },
  });
  assert.deepEqual((await analyze(JSON.stringify([delay('MailboxFull'), delay('IPFailure'), delay('Undetermined')]), { lang: 'en' })).map((r) => [r.reason, r.action, r.listAction]), [
    ['mailboxfull', 'delayed', 'retry'], ['blocked', 'delayed', 'fix-your-side'], ['undefined', 'delayed', 'retry'],
  ]);
});

test("Amazon SES's Rendering Failure (a template SES could not fill in: nothing was sent) fails each recipient on the sender's side, never the address", async () => {
  const event = {
    eventType: 'Rendering Failure', mail: { timestamp: '2025-11-03T10:00:00.000Z', source: 'news@example.org', destination: ['ana@example.com', 'bia@example.com'] },
    failure: { errorMessage: "Attribute 'nome' is not present in the rendering data.", templateName: 'boas-vindas' },
  };
  const results = await full(event);
  assert.deepEqual(results.map((r) => [r.to, r.reason, r.action, r.rules]), [
    ['ana@example.com', 'contenterror', 'fix-your-side', 'esp:amazonses esp:amazonses:renderingfailure'],
    ['bia@example.com', 'contenterror', 'fix-your-side', 'esp:amazonses esp:amazonses:renderingfailure'],
  ]);
  assert.match(results[0]!.summary, /did not send the message: it could not build it from the template/);
  const [pt] = await analyze(JSON.stringify(event), { lang: 'pt-BR' });
  assert.match(pt!.advice, /^Não tire o endereço da lista\./);
  assert.equal(pt!.diagnostic, "Attribute 'nome' is not present in the rendering data.");
});

test("Postmark's TemplateRenderingFailed bounce is the service's own failure (nothing was sent): contenterror on the sender's side whatever its Details say", async () => {
  const bounce = (Type: string, Email: string, Details: string) => ({
    RecordType: 'Bounce', Type, TypeCode: 100010, Email, Details, Description: 'An error occurred while attempting to render your template.',
    BouncedAt: '2025-11-03T10:00:00Z',
  });
  const results = await full([
    bounce('TemplateRenderingFailed', 'ana@example.com', "The template's 'nome' variable has no value"),
    bounce('HardBounce', 'bia@example.com', 'smtp;550 5.1.1 <bia@example.com>: user unknown'),
  ]);
  assert.deepEqual(results.map((r) => [r.to, r.reason, r.action, r.rules]), [
    ['ana@example.com', 'contenterror', 'fix-your-side', 'esp:postmark esp:postmark:templaterenderingfailed'],
    ['bia@example.com', 'userunknown', 'remove', 'esp:postmark phrase:userunknown'],
  ]);
  assert.match(results[0]!.summary, /did not send the message: it could not build it from the template/);
});

test("SparkPost's generation_failure (it could not build the message from its template) is the service's own failure, not the recipient server's internal error", async () => {
  const event = (type: string, rcpt_to: string, reason: string) => ({ msys: { message_event: { type, rcpt_to, error_code: '554', raw_reason: reason, reason, timestamp: '1762174806' } } });
  const results = await full([
    event('generation_failure', 'ana@example.com', "554 5.3.3 [internal] Error while rendering part html: substitution language error: unknown variable 'nome'"),
    event('bounce', 'bia@example.com', '554 5.3.3 <bia@example.com>: mail system error'),
  ]);
  assert.deepEqual(results.map((r) => [r.to, r.reason, r.action, r.rules]), [
    ['ana@example.com', 'contenterror', 'fix-your-side', 'esp:sparkpost esp:sparkpost:generation_failure'],
    ['bia@example.com', 'systemerror', 'retry', 'esp:sparkpost phrase:systemerror'],
  ]);
  assert.match(results[0]!.summary, /could not build it from the template/);
});
