import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMessage } from '../src/message/analyze-message.js';

const HEAD = [
  'From: "AWS Notifications" <no-reply@sns.amazonaws.com>',
  'To: ops@example.com',
  'Subject: AWS Notification Message',
  'Date: Mon, 3 Jun 2024 10:00:00 +0000',
  'Message-ID: <sns-1@example.com>',
  'Content-Type: text/plain; charset=UTF-8',
  '',
  '',
].join('\n');

const bounce = {
  notificationType: 'Bounce',
  bounce: {
    bounceType: 'Permanent', bounceSubType: 'General', timestamp: '2024-06-03T10:00:00.000Z',
    bouncedRecipients: [{ emailAddress: 'nobody@example.org', action: 'failed', status: '5.1.1', diagnosticCode: 'smtp; 550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown' }],
    reportingMTA: 'dsn; a1-2.smtp-out.us-east-1.amazonses.com',
  },
  mail: { source: 'sender@example.com', destination: ['nobody@example.org'] },
};

test('a bare SES bounce notification gives the bounced recipient with its codes', async () => {
  const [r, ...rest] = await analyzeMessage(HEAD + JSON.stringify(bounce) + '\n', { lang: 'en' });
  assert.equal(rest.length, 0);
  assert.equal(r!.recipient, 'nobody@example.org');
  assert.equal(r!.status, '5.1.1');
  assert.equal(r!.replyCode, '550');
  assert.equal(r!.reason, 'userunknown');
});

test('the SNS envelope is unwrapped, and a long line broken by the transport still parses', async () => {
  const envelope = JSON.stringify({ Type: 'Notification', MessageId: 'x', Message: JSON.stringify(bounce) });
  const wrapped = envelope.slice(0, 120) + '!\n ' + envelope.slice(120);
  const [r] = await analyzeMessage(HEAD + wrapped + '\n', { lang: 'en' });
  assert.equal(r!.recipient, 'nobody@example.org');
  assert.equal(r!.reason, 'userunknown');
});

test('suppression-list bounces, complaints and deliveries', async () => {
  const suppressed = {
    notificationType: 'Bounce',
    bounce: {
      bounceType: 'Permanent', bounceSubType: 'Suppressed',
      bouncedRecipients: [{ emailAddress: 'gone@example.org', action: 'failed', status: '5.1.1', diagnosticCode: 'Amazon SES has suppressed sending to this address because it has a recent history of bouncing as an invalid address.' }],
    },
  };
  const [s] = await analyzeMessage(HEAD + JSON.stringify(suppressed), { lang: 'en' });
  assert.equal(s!.reason, 'suppressed');

  const complaint = { notificationType: 'Complaint', complaint: { complainedRecipients: [{ emailAddress: 'angry@example.org' }], complaintFeedbackType: 'abuse' } };
  const [c] = await analyzeMessage(HEAD + JSON.stringify(complaint), { lang: 'en' });
  assert.equal(c!.recipient, 'angry@example.org');
  assert.equal(c!.reason, 'feedback');
  assert.equal(c!.feedbackType, 'abuse');

  const delivery = { notificationType: 'Delivery', delivery: { recipients: ['happy@example.org'], smtpResponse: '250 2.6.0 Message received' } };
  const [d] = await analyzeMessage(HEAD + JSON.stringify(delivery), { lang: 'en' });
  assert.equal(d!.recipient, 'happy@example.org');
  assert.equal(d!.reason, 'delivered');
  assert.equal(d!.status, '2.6.0');
  assert.equal(d!.replyCode, '250');
});

test("SES's expiry notice reports the remote server's last reply", async () => {
  const message = [
    'From: MAILER-DAEMON@amazonses.com',
    'To: sender@example.com',
    'Subject: Delivery Status Notification (Failure)',
    'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="b1"',
    '',
    '--b1',
    'Content-Type: text/plain',
    '',
    'An error occurred while trying to deliver the mail to the following recipients:',
    'someone@example.net',
    '',
    '--b1',
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; a1-2.smtp-out.us-east-1.amazonses.com',
    '',
    'Action: failed',
    'Final-Recipient: rfc822; someone@example.net',
    'Diagnostic-Code: smtp; 554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>',
    'Status: 4.4.7',
    '',
    '--b1--',
    '',
  ].join('\n');
  const [r] = await analyzeMessage(message, { lang: 'en' });
  assert.equal(r!.recipient, 'someone@example.net');
  assert.equal(r!.status, '4.4.2');
  assert.equal(r!.replyCode, '421');
  assert.equal(r!.reason, 'expired');
});

test('SES events mailed by SNS beyond bounces: a DeliveryDelay still retried, a Reject (SES found a virus), a Rendering Failure (nothing sent), a Subscription opt-out', async () => {
  const mail = { source: 'news@example.com', destination: ['ana@example.org'] };
  const read = async (json: unknown) => (await analyzeMessage(HEAD + JSON.stringify({ Type: 'Notification', Message: JSON.stringify(json) }) + '\n', { lang: 'en' }))
    .map((r) => [r.recipient, r.reason, r.feedbackType, r.action]);
  assert.deepEqual(await read({
    eventType: 'DeliveryDelay', mail,
    deliveryDelay: { timestamp: '2024-06-03T10:00:00.000Z', delayType: 'MailboxFull', delayedRecipients: [{ emailAddress: 'ana@example.org' }] },
  }), [['ana@example.org', 'mailboxfull', null, 'delayed']]);
  const [reject] = await analyzeMessage(HEAD + JSON.stringify({ eventType: 'Reject', mail, reject: { reason: 'Bad content' } }) + '\n', { lang: 'en' });
  assert.deepEqual([reject!.recipient, reject!.reason, reject!.action], ['ana@example.org', 'virusdetected', 'failed']);
  assert.match(reject!.summary, /Amazon SES found a virus in your message/);
  const failure = { errorMessage: "Attribute 'name' is not present in the rendering data.", templateName: 'welcome' };
  const [notRendered] = await analyzeMessage(HEAD + JSON.stringify({ eventType: 'Rendering Failure', mail, failure }) + '\n', { lang: 'en' });
  assert.deepEqual([notRendered!.recipient, notRendered!.reason, notRendered!.action, notRendered!.kind], ['ana@example.org', 'contenterror', 'failed', 'permanent']);
  assert.match(notRendered!.advice, /^Do not take the address off your list\./);
  const sub = (now: unknown) => ({ eventType: 'Subscription', mail, subscription: { contactList: 'L', timestamp: '2024-06-03T10:00:00.000Z', newTopicPreferences: now } });
  assert.deepEqual(await read(sub({ unsubscribeAll: true })), [['ana@example.org', 'feedback', 'opt-out', null]]);
  assert.deepEqual(await read(sub({ unsubscribeAll: false, topicSubscriptionStatus: [{ topicName: 'T', subscriptionStatus: 'OptOut' }] })),
    [['ana@example.org', 'feedback', 'opt-out-topic', null]]);
});

test("SES events mailed by SNS: a complaint of an address on the account's suppression list is suppressed, no new complaint; a ContentRejected bounce without a reply is the receiver's rule", async () => {
  const mail = { source: 'news@example.com', destination: ['ana@example.org'] };
  const read = async (json: unknown) => (await analyzeMessage(HEAD + JSON.stringify({ Type: 'Notification', Message: JSON.stringify(json) }) + '\n', { lang: 'en' }))
    .map((r) => [r.recipient, r.reason, r.feedbackType]);
  const complaint = { complainedRecipients: [{ emailAddress: 'ana@example.org' }], timestamp: '2024-06-03T10:00:00.000Z', complaintSubType: 'OnAccountSuppressionList' };
  assert.deepEqual(await read({ notificationType: 'Complaint', mail, complaint }), [['ana@example.org', 'suppressed', null]]);
  const bounce = { bounceType: 'Transient', bounceSubType: 'ContentRejected', bouncedRecipients: [{ emailAddress: 'ana@example.org' }], timestamp: '2024-06-03T10:00:00.000Z' };
  assert.deepEqual(await read({ notificationType: 'Bounce', mail, bounce }), [['ana@example.org', 'policyviolation', null]]);
});

test('SES bounces mailed without a diagnosticCode: Permanent is a hard bounce to remove (SES: "remove the recipient\'s email address"), its documented subtypes their reasons; Transient and Undetermined stay to retry', async () => {
  const { listAction } = await import('../src/report/tally.js');
  const { CATALOGS } = await import('../src/i18n/catalog.js');
  const mail = { source: 'news@example.com', destination: ['ana@example.org'] };
  const notice = (bounceType: string, bounceSubType?: string) => ({
    notificationType: 'Bounce', mail,
    bounce: { bounceType, ...(bounceSubType && { bounceSubType }), bouncedRecipients: [{ emailAddress: 'ana@example.org' }], timestamp: '2024-06-03T10:00:00.000Z' },
  });
  const read = async (json: object, sns: boolean) => {
    const body = sns ? JSON.stringify({ Type: 'Notification', MessageId: 'x', Message: JSON.stringify(json) }) : JSON.stringify(json);
    const [r, ...rest] = await analyzeMessage(HEAD + body + '\n', { lang: 'en' });
    assert.equal(rest.length, 0);
    return r!;
  };
  for (const sns of [false, true]) {
    for (const [type, sub, reason, hard, action] of [
      ['Permanent', 'General', 'undefined', true, 'remove'],
      ['Permanent', undefined, 'undefined', true, 'remove'],
      ['Permanent', 'NoEmail', 'userunknown', true, 'remove'],
      ['Permanent', 'Suppressed', 'suppressed', false, 'remove'],
      ['Permanent', 'OnAccountSuppressionList', 'suppressed', false, 'remove'],
      ['Permanent', 'UnsubscribedRecipient', 'suppressed', false, 'remove'],
      ['Transient', 'General', 'expired', false, 'retry'],
      ['Undetermined', 'Undetermined', 'undefined', false, 'retry'],
    ] as const) {
      const r = await read(notice(type, sub), sns);
      assert.deepEqual([r.reason, r.hardBounce, listAction(r)], [reason, hard, action], `${type}/${sub} ${sns ? 'in SNS' : 'bare'}`);
    }
    // told as the service's hard bounce, not as "the bounce does not say why"; an unsubscribe as one
    const general = await read(notice('Permanent', 'General'), sns);
    assert.equal(general.summary, CATALOGS.en.ui.listRow.hardBounceByService.summary);
    assert.ok(general.evidence.some((e) => e.rule === 'esp:amazonses:hard-bounce'));
    assert.equal((await read(notice('Permanent', 'UnsubscribedRecipient'), sns)).summary, CATALOGS.en.ui.listRow.unsubscribedAtService.summary);
  }
  // a reply that says why still decides
  const blocked = notice('Permanent', 'General');
  blocked.bounce.bouncedRecipients = [{ emailAddress: 'ana@example.org', diagnosticCode: 'smtp; 550 5.2.2 <ana@example.org>: Mailbox full', status: '5.2.2' } as { emailAddress: string }];
  const full = await read(blocked, false);
  assert.equal(full.reason, 'mailboxfull');
});
