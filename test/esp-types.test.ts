// Every documented event type, bounce type and drop reason of the sending services read: what each
// says of the address, in the service's own terms, whatever words came beside it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, analyzeMessage } from '../src/index.js';

const rows = async (input: unknown, lang: 'en' | 'pt-BR' = 'en') =>
  (await analyze(typeof input === 'string' ? input : JSON.stringify(input), { lang })).map((r) => [r.recipient, r.reason, r.listAction]);

test("a service's own judgment that the address is invalid decides whatever words came with it: Postmark's BadEmailAddress, Brevo's invalid_email", async () => {
  const postmark = {
    RecordType: 'Bounce', Type: 'BadEmailAddress', TypeCode: 100000, Email: 'ana@example.com', Details: 'Invalid email address',
    Description: 'The address is not a valid email address.', BouncedAt: '2025-11-03T10:00:00Z',
  };
  assert.deepEqual(await rows([postmark]), [['ana@example.com', 'userunknown', 'remove']]);
  assert.deepEqual(await rows([{ event: 'invalid_email', email: 'bia@example.com', date: '2025-11-03 10:00:00', reason: 'invalid email' }]),
    [['bia@example.com', 'userunknown', 'remove']]);
});

test("a Postmark bounce's Type says what it is: Unsubscribe an opt-out to honour, SpamComplaint a complaint, Subscribe and OpenRelayTest no failure", async () => {
  const bounce = (Type: string, Email: string, Details: string) => ({ RecordType: 'Bounce', Type, Email, Details, BouncedAt: '2025-11-03T10:00:00Z' });
  const events = [
    bounce('Unsubscribe', 'ana@example.com', 'Please remove me from your list'),
    bounce('Subscribe', 'bia@example.com', 'subscribe'),
    bounce('OpenRelayTest', 'caio@example.com', 'relay test'),
    bounce('SpamComplaint', 'davi@example.com', ''),
    bounce('HardBounce', 'eva@example.com', 'smtp;550 5.1.1 <eva@example.com>: user unknown'),
  ];
  const en = await analyze(JSON.stringify(events), { lang: 'en' });
  assert.deepEqual(en.map((r) => [r.recipient, r.reason, r.feedbackType, r.listAction]), [
    ['ana@example.com', 'feedback', 'opt-out', 'remove'],
    ['davi@example.com', 'feedback', 'abuse', 'remove'],
    ['eva@example.com', 'userunknown', null, 'remove'],
  ]);
  const [pt] = await analyze(JSON.stringify([events[1], events[2]]), { lang: 'pt-BR' });
  assert.equal(pt!.listAction, 'not-bounce');
});

test("the sending service's own refusals are no server's nor the address's: SendGrid's spam checker, malformed X-SMTPAPI header and plan quota drops, Postmark's SMTPApiError", async () => {
  const dropped = (email: string, reason: string) => ({ email, timestamp: 1762174806, event: 'dropped', reason });
  const events = [
    dropped('ana@example.com', 'Spam Content'),
    dropped('bia@example.com', 'Invalid SMTPAPI header'),
    dropped('caio@example.com', 'Recipient List over Package Quota'),
    dropped('davi@example.com', 'Bounced Address'),
  ];
  const en = await analyze(JSON.stringify(events), { lang: 'en' });
  assert.deepEqual(en.map((r) => [r.recipient, r.reason, r.listAction]), [
    ['ana@example.com', 'spamdetected', 'fix-your-side'],
    ['bia@example.com', 'contenterror', 'fix-your-side'],
    ['caio@example.com', 'ratelimited', 'fix-your-side'],
    ['davi@example.com', 'suppressed', 'remove'],
  ]);
  assert.match(en[0]!.summary, /^Your own sending service's spam check stopped the message/);
  assert.match(en[2]!.summary, /your account reached one of its limits/);
  const pt = await analyze(JSON.stringify(events.slice(0, 3)), { lang: 'pt-BR' });
  assert.ok(pt.every((r) => r.advice.startsWith('Não tire o endereço da lista.')), pt.map((r) => r.advice).join('\n'));
  const postmark = {
    RecordType: 'Bounce', Type: 'SMTPApiError', Email: 'eva@example.com', Details: "Header 'X-PM-Tag' is too long",
    Description: 'An error occurred while accepting an email through the SMTP API.', BouncedAt: '2025-11-03T10:00:00Z',
  };
  const [pm] = await analyze(JSON.stringify([postmark]), { lang: 'en' });
  assert.deepEqual([pm!.reason, pm!.listAction], ['contenterror', 'fix-your-side']);
  assert.match(pm!.summary, /refused the sending request your system made/);
});

test("Brevo's events report (hardBounces, softBounces, invalid, error) is Brevo's, and opens, clicks and requests of SparkPost and Brevo are no failure", async () => {
  const report = (event: string, email: string, reason?: string) => ({ email, date: '2025-11-03T10:00:00.000+02:00', messageId: '<m1@example.org>', event, ...(reason && { reason }) });
  const results = await analyze(JSON.stringify({ events: [
    report('hardBounces', 'ana@example.com', '550 5.1.1 user unknown'),
    report('invalid', 'bia@example.com'),
    report('error', 'caio@example.com'),
    report('requests', 'davi@example.com'),
    report('loadedByProxy', 'davi@example.com'),
    report('clicks', 'davi@example.com'),
  ] }), { lang: 'en' });
  assert.deepEqual(results.map((r) => [r.recipient, r.reason, r.listAction, r.evidence[0]!.rule]), [
    ['ana@example.com', 'userunknown', 'remove', 'esp:brevo'],
    ['bia@example.com', 'userunknown', 'remove', 'esp:brevo'],
    ['caio@example.com', 'undefined', 'retry', 'esp:brevo'],
  ]);
  const opens = [
    { msys: { track_event: { type: 'initial_open', rcpt_to: 'ana@example.com', timestamp: '1762174806' } } },
    { msys: { track_event: { type: 'amp_click', rcpt_to: 'ana@example.com', timestamp: '1762174806' } } },
    { event: 'proxy_open', email: 'bia@example.com', date: '2025-11-03 10:00:00' },
    { msys: { relay_message_event: { type: 'relay_delivery', rcpt_to: 'in@relay.example.org', msg_from: 'caio@example.com', timestamp: '1762174806' } } },
  ];
  const [quiet] = await analyze(JSON.stringify(opens), { lang: 'pt-BR' });
  assert.deepEqual([quiet!.listAction, quiet!.summary], ['not-bounce', 'Nenhum destes eventos é uma falha.']);
  const [relayed] = await analyze(JSON.stringify(opens.slice(-1)), { lang: 'en' });
  assert.deepEqual([relayed!.listAction, relayed!.summary], ['not-bounce', 'None of these events is a failure.']);
});

test("Amazon SES: a complaint of an address on the account's suppression list is no new complaint (SES sent nothing); a content or attachment rejected without a reply is the receiver's rule", async () => {
  const mail = { timestamp: '2025-11-03T10:00:00.000Z', source: 'news@example.org', destination: ['ana@example.com'] };
  const complaint = (sub: string | null) => ({
    eventType: 'Complaint', mail,
    complaint: { complainedRecipients: [{ emailAddress: 'ana@example.com' }], timestamp: '2025-11-03T10:00:01.000Z', complaintSubType: sub, complaintFeedbackType: sub ? undefined : 'abuse' },
  });
  const bounce = (bounceSubType: string) => ({
    eventType: 'Bounce', mail, bounce: { bounceType: 'Transient', bounceSubType, timestamp: '2025-11-03T10:00:01.000Z', bouncedRecipients: [{ emailAddress: 'ana@example.com' }] },
  });
  const read = async (event: unknown) => (await analyze(JSON.stringify(event), { lang: 'en' })).map((r) => [r.reason, r.feedbackType, r.listAction]);
  assert.deepEqual(await read(complaint('OnAccountSuppressionList')), [['suppressed', null, 'remove']]);
  assert.deepEqual(await read(complaint(null)), [['feedback', 'abuse', 'remove']]);
  assert.deepEqual(await read(bounce('ContentRejected')), [['policyviolation', null, 'retry']]);
  assert.deepEqual(await read(bounce('AttachmentRejected')), [['policyviolation', null, 'retry']]);
  const [pt] = await analyze(JSON.stringify(complaint('OnAccountSuppressionList')), { lang: 'pt-BR' });
  assert.match(pt!.summary, /lista de supressão/);
});

test("an SES DeliveryDelay whose recipient has a status but no diagnosticCode reads its delayType, as the mailed notification does: a bare 4.4.1 says less", async () => {
  const mail = { timestamp: '2025-11-03T10:00:00.000Z', source: 'news@example.org', destination: ['ana@example.com'] };
  const delay = (delayType: string) => ({
    eventType: 'DeliveryDelay', mail,
    deliveryDelay: { timestamp: '2025-11-03T10:00:01.000Z', delayType, expirationTime: '2025-11-04T10:00:00.000Z', delayedRecipients: [{ emailAddress: 'ana@example.com', status: '4.4.1' }] },
  });
  const read = async (event: unknown) => (await analyze(JSON.stringify(event), { lang: 'en' })).map((r) => [r.reason, r.action, r.listAction]);
  assert.deepEqual(await read(delay('MailboxFull')), [['mailboxfull', 'delayed', 'retry']]);
  assert.deepEqual(await read(delay('IPFailure')), [['blocked', 'delayed', 'fix-your-side']]);
  // with the server's words, they tell
  const said = delay('IPFailure');
  said.deliveryDelay.delayedRecipients[0] = { ...said.deliveryDelay.delayedRecipients[0]!, diagnosticCode: 'smtp; 452 4.2.2 Mailbox full' } as never;
  assert.deepEqual(await read(said), [['mailboxfull', 'delayed', 'retry']]);
});

test("Postmark's ChallengeVerification is a challenge-response filter holding the message, not 'The bounce does not say why': filtered, with words that say to confirm or be allowed, not to remove", async () => {
  const bounce = {
    RecordType: 'Bounce', Type: 'ChallengeVerification', TypeCode: 16384, Email: 'ana@example.com', BouncedAt: '2025-11-03T10:00:00Z',
    Details: 'I am protecting myself from spam. Please verify yourself at the link below.', Description: 'The bounce is a challenge asking for verification you actually sent the email.',
  };
  for (const lang of ['en', 'pt-BR'] as const) {
    const [r] = await analyze(JSON.stringify([bounce]), { lang });
    assert.deepEqual([r!.reason, r!.listAction], ['filtered', 'retry']);
    assert.match(r!.summary, lang === 'en' ? /challenge-response filter: your message is held/ : /filtro de desafio e resposta: a sua mensagem fica retida/);
    assert.match(r!.advice, lang === 'en' ? /^Do not take the address off your list/ : /^Não tire o endereço da lista/);
  }
});

test("SparkPost's policy_rejection of an unconfigured sending domain is its own refusal of the sender's domain, not 'The receiving server refused the message'; of a suppressed address, a suppression", async () => {
  const event = (type: string, rcpt_to: string, reason: string) => ({ msys: { message_event: { type, rcpt_to, error_code: '550', raw_reason: reason, reason, bounce_class: '25', timestamp: '1762174806' } } });
  const events = [
    event('policy_rejection', 'ana@example.com', '550 5.7.1 Unconfigured Sending Domain <example.org>'),
    event('generation_rejection', 'bia@example.com', '550 5.7.1 [internal] recipient address was suppressed due to customer policy'),
  ];
  const en = await analyze(JSON.stringify(events), { lang: 'en' });
  assert.deepEqual(en.map((r) => [r.recipient, r.reason, r.listAction, r.signature]), [
    ['ana@example.com', 'rejected', 'fix-your-side', 'sending-limit:unconfigured-domain'],
    ['bia@example.com', 'suppressed', 'remove', null],
  ]);
  const [pt] = await analyze(JSON.stringify(events[0]), { lang: 'pt-BR' });
  assert.match(pt!.summary, /o domínio do remetente não está configurado na sua conta/);
  assert.match(pt!.advice, /^Não tire o endereço da lista/);
});

test("a complaint event keeps the provider's feedback type, as the mailed SES notification does: a not-spam or auth-failure report is no complaint to remove", async () => {
  const mail = { timestamp: '2025-11-03T10:00:00.000Z', source: 'news@example.org', destination: ['ana@example.com'] };
  const ses = (complaintFeedbackType?: string) => ({
    eventType: 'Complaint', mail, complaint: { complainedRecipients: [{ emailAddress: 'ana@example.com' }], timestamp: '2025-11-03T10:00:01.000Z', complaintFeedbackType },
  });
  const sparkpost = (fbtype: string) => ({ msys: { message_event: { type: 'spam_complaint', rcpt_to: 'bia@example.com', fbtype, timestamp: '1762174806' } } });
  const read = async (event: unknown) => (await analyze(JSON.stringify(event), { lang: 'en' })).map((r) => [r.reason, r.feedbackType, r.listAction]);
  assert.deepEqual(await read(ses('not-spam')), [['feedback', 'not-spam', 'nothing']]);
  assert.deepEqual(await read(ses('auth-failure')), [['feedback', 'auth-failure', 'nothing']]);
  assert.deepEqual(await read(ses('abuse')), [['feedback', 'abuse', 'remove']]);
  assert.deepEqual(await read(ses()), [['feedback', 'abuse', 'remove']]);
  assert.deepEqual(await read(sparkpost('abuse')), [['feedback', 'abuse', 'remove']]);
  assert.deepEqual(await read(sparkpost('not-spam')), [['feedback', 'not-spam', 'nothing']]);
  const [pt] = await analyze(JSON.stringify(ses('not-spam')), { lang: 'pt-BR' });
  assert.doesNotMatch(pt!.summary, /marcou sua mensagem como spam/);
});

test("Mandrill's answer to messages/send is read: a rejection denylist's reason is a suppression, invalid an address not valid, its refusal of the sender, a test mode limit or an account's rule the sender's side; sent and queued no failure", async () => {
  const sent = (email: string, status: string, reject_reason: string | null) => ({ email, status, reject_reason, _id: `id-${email}` });
  const answer = [
    sent('ana@example.com', 'rejected', 'hard-bounce'),
    sent('bia@example.com', 'rejected', 'unsub'),
    sent('caio@example.com', 'invalid', null),
    sent('davi@example.com', 'rejected', 'unsigned'),
    sent('eva@example.com', 'rejected', 'test-mode-limit'),
    sent('fabio@example.com', 'rejected', 'rule'),
    sent('gil@example.com', 'sent', null),
    sent('hugo@example.com', 'queued', null),
  ];
  const en = await analyze(JSON.stringify(answer), { lang: 'en' });
  assert.deepEqual(en.map((r) => [r.recipient, r.reason, r.listAction, r.evidence[0]!.rule]), [
    ['ana@example.com', 'suppressed', 'remove', 'esp:mandrill'],
    ['bia@example.com', 'suppressed', 'remove', 'esp:mandrill'],
    ['caio@example.com', 'userunknown', 'remove', 'esp:mandrill'],
    ['davi@example.com', 'rejected', 'fix-your-side', 'esp:mandrill'],
    ['eva@example.com', 'ratelimited', 'fix-your-side', 'esp:mandrill'],
    ['fabio@example.com', 'rejected', 'fix-your-side', 'esp:mandrill'],
  ]);
  assert.match(en[3]!.summary, /it refused the sender/);
  const pt = await analyze(JSON.stringify(answer.slice(3, 6)), { lang: 'pt-BR' });
  assert.ok(pt.every((r) => r.advice.startsWith('Não tire o endereço da lista.')));
  const [quiet] = await analyze(JSON.stringify(answer.slice(6)), { lang: 'en' });
  assert.equal(quiet!.listAction, 'not-bounce');
});

test("an SES DeliveryDelay of its own (InternalFailure, SendingDeferral) says the service holds the message, not the recipient's server: as an event and as a mailed notification", async () => {
  const mail = { timestamp: '2025-11-03T10:00:00.000Z', source: 'news@example.org', destination: ['ana@example.com'] };
  const delay = (delayType: string) => ({
    eventType: 'DeliveryDelay', mail,
    deliveryDelay: { timestamp: '2025-11-03T10:00:01.000Z', delayType, expirationTime: '2025-11-04T10:00:00.000Z', delayedRecipients: [{ emailAddress: 'ana@example.com', status: '4.4.1' }] },
  });
  for (const type of ['InternalFailure', 'SendingDeferral']) {
    const [en] = await analyze(JSON.stringify(delay(type)), { lang: 'en' });
    assert.deepEqual([en!.action, en!.listAction], ['delayed', 'retry']);
    assert.match(en!.summary, /^Your sending service is holding the message back for now/);
    const mailed = 'From: "AWS Notifications" <no-reply@sns.amazonaws.com>\nTo: ops@example.com\nSubject: AWS Notification Message\n\n' +
      JSON.stringify({ Type: 'Notification', Message: JSON.stringify(delay(type)) }) + '\n';
    const [pt] = await analyzeMessage(mailed, { lang: 'pt-BR' });
    assert.match(pt!.summary, /^O seu serviço de envio está segurando a mensagem/);
  }
});
