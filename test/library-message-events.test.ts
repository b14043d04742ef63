// analyzeMessage() given a sending service's events (a webhook's JSON) reads them as analyze() does: a
// delivered or opened address gets no result, the bounced one does (read as an e-mail, every address in
// it got the one 5.1.1 and "remove").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, analyzeMessage, explainText } from '../src/index.js';

const events = JSON.stringify([
  { email: 'ok1@example.com', event: 'delivered' },
  { email: 'ok2@example.com', event: 'open' },
  { email: 'bad@example.com', event: 'bounce', reason: '550 5.1.1 user unknown', status: '5.1.1' },
]);

for (const [name, input] of [['text', events], ['bytes', new TextEncoder().encode(events)]] as const) {
  test(`analyzeMessage(): a sending service's events as ${name} are read as events`, async () => {
    const results = await analyzeMessage(input, { lang: 'en' });
    assert.deepEqual(results.map((r) => r.recipient), ['bad@example.com']);
    assert.equal(results[0]!.reason, 'userunknown');
    assert.equal(results[0]!.listAction, 'remove');
    assert.deepEqual(results, await analyze(input, { lang: 'en' }));
  });
}

test('analyzeMessage(): a bounce e-mail is still read as one', async () => {
  const mail = 'From: MAILER-DAEMON@mx.example\r\nTo: a@example.org\r\nSubject: Undelivered Mail Returned to Sender\r\n\r\n<x@example.com>: host mx.example said: 550 5.1.1 <x@example.com>: Recipient address rejected: User unknown\r\n';
  const results = await analyzeMessage(mail, { lang: 'en' });
  assert.ok(results.some((r) => r.recipient === 'x@example.com' && r.reason === 'userunknown'));
});

test("explainText(): a sending service's events give the first failed event's own result, never one row's address with another's failure", async () => {
  const sendgrid = JSON.stringify([
    { email: 'a@example.com', event: 'delivered' },
    { email: 'b@example.com', event: 'deferred', response: '421 4.7.0 Try again later' },
    { email: 'c@example.com', event: 'bounce', reason: '550 5.1.1 user unknown', status: '5.1.1' },
  ]);
  const mailgun = 'address,code,error,created_at\nx@example.com,550,No such user,2024-01-01T10:00:00Z\ny@example.com,452,Mailbox full,2024-01-01T10:00:00Z\n';
  for (const input of [sendgrid, mailgun]) {
    const r = explainText(input, { lang: 'en' });
    const [first] = await analyze(input, { lang: 'en' });
    assert.deepEqual([r.recipient, r.reason, r.listAction], [first!.recipient, first!.reason, first!.listAction]);
  }
  assert.deepEqual([explainText(mailgun, { lang: 'en' }).recipient, explainText(mailgun, { lang: 'en' }).reason], ['x@example.com', 'userunknown']);
  // only deliveries and opens: no failure, as analyze() says
  const quiet = explainText(JSON.stringify([{ email: 'ok@example.com', event: 'delivered' }]), { lang: 'en' });
  assert.deepEqual([quiet.bounce, quiet.listAction], [false, 'not-bounce']);
});
