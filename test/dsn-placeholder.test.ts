// A delivery report whose Diagnostic-Code says nothing beyond its Status (Exchange and Microsoft 365 write
// "400 4.4.7 Message delayed" in every delay warning): the reply the notice's text quotes is read instead.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMessage } from '../src/message/analyze-message.js';
import { isPlaceholder, quotedReply } from '../src/message/dsn-placeholder.js';

interface Notice {
  recipient: string;
  /** The text for people, after the recipient's line. */
  text: string[];
  action: string;
  status: string;
  diagnostic: string;
  subject?: string;
}

/** A notice shaped as Exchange's: text, delivery-status, returned headers. */
function exchangeNotice(n: Notice): string {
  return [
    'From: Microsoft Outlook <MicrosoftExchange@example.onmicrosoft.com>', 'To: <news@example.org>',
    `Subject: ${n.subject ?? 'Delivery delayed: Offers'}`, 'Date: Mon, 1 Dec 2025 12:12:05 +0000', 'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B"', '',
    '--B', 'Content-Type: text/plain; charset="utf-8"', '',
    ...n.text, '',
    '--B', 'Content-Type: message/delivery-status', '',
    'Reporting-MTA: dns; mbx1.example.onmicrosoft.com', '',
    `Final-Recipient: rfc822; ${n.recipient}`, `Action: ${n.action}`, `Status: ${n.status}`, `Diagnostic-Code: smtp; ${n.diagnostic}`, '',
    '--B', 'Content-Type: text/rfc822-headers', '',
    'From: News <news@example.org>', `To: ${n.recipient}`, 'Subject: Offers', 'Message-ID: <1@example.org>', '',
    '--B--', '',
  ].join('\n');
}

const DELAY_TEXT = (recipient: string, reply: string): string[] => [
  'Delivery is delayed to these recipients or groups:', '', recipient, '', 'Subject: Offers', '',
  "This message hasn't been delivered yet. Delivery will continue to be attempted.", '',
  'The server will keep trying to deliver this message for the next 1 days, 19 hours and 57 minutes.', '',
  'Diagnostic information for administrators:', '', 'Generating server: mbx1.example.onmicrosoft.com', '',
  recipient, `Remote server returned '${reply}'`,
];

test("a delay warning's placeholder '400 4.4.7 Message delayed' yields to the reply the text quotes, still delayed", async () => {
  const [r] = await analyzeMessage(exchangeNotice({
    recipient: 'ana@example.net', action: 'delayed', status: '4.4.7', diagnostic: '400 4.4.7 Message delayed',
    text: DELAY_TEXT('ana@example.net', '451 4.7.650 The mail server [192.0.2.7] has been temporarily rate limited due to IP reputation. (S775)'),
  }), { lang: 'en' });
  assert.deepEqual([r!.replyCode, r!.status, r!.reason, r!.kind, r!.action], ['451', '4.7.650', 'badreputation', 'transient', 'delayed']);
  // the sender's side acts (the IP's reputation), not nobody
  assert.ok(r!.actors.includes('sender'), r!.actors.join());
  // the retry window the warning gives is still read
  assert.match(r!.retryText, /1 day, 19 hours and 57 minutes/);
  // the evidence says where the reply came from
  const rules = r!.evidence.map((e) => `${e.rule} ${e.match}`);
  assert.ok(rules.includes('diagnostic:placeholder 400 4.4.7 Message delayed'), rules.join('\n'));
  assert.ok(rules.some((e) => e.startsWith('notice:quoted-reply 451 4.7.650 The mail server')), rules.join('\n'));
});

test('the same in Portuguese: "O servidor remoto retornou \'452 4.2.2 ...\'" gives a full mailbox', async () => {
  const [r] = await analyzeMessage(exchangeNotice({
    recipient: 'bia@example.net', action: 'delayed', status: '4.4.7', diagnostic: '400 4.4.7 Message delayed', subject: 'Entrega atrasada: Ofertas',
    text: [
      'A entrega está atrasada para estes destinatários ou grupos:', '', 'bia@example.net', '',
      'Esta mensagem ainda não foi entregue. Continuaremos tentando entregá-la.', '',
      'Informações de diagnóstico para administradores:', '', 'bia@example.net',
      "O servidor remoto retornou '452 4.2.2 The recipient's inbox is out of storage space.'",
    ],
  }), { lang: 'pt-BR' });
  assert.deepEqual([r!.replyCode, r!.status, r!.reason, r!.action], ['452', '4.2.2', 'mailboxfull', 'delayed']);
});

test("with several recipients, each one's reply is the one after its own line, not the first in the notice", async () => {
  const lines = exchangeNotice({
    recipient: 'ana@example.net', action: 'delayed', status: '4.4.7', diagnostic: '400 4.4.7 Message delayed',
    text: [
      'Delivery is delayed to these recipients or groups:', '', 'ana@example.net', '', 'bia@example.net', '',
      'Diagnostic information for administrators:', '',
      'ana@example.net', "Remote server returned '451 4.7.650 The mail server [192.0.2.7] has been temporarily rate limited due to IP reputation. (S775)'", '',
      'bia@example.net', "Remote server returned '452 4.2.2 The recipient's inbox is out of storage space.'",
    ],
  }).split('\n');
  // a second recipient block in the delivery-status part
  lines.splice(lines.indexOf('Diagnostic-Code: smtp; 400 4.4.7 Message delayed') + 1, 0, '',
    'Final-Recipient: rfc822; bia@example.net', 'Action: delayed', 'Status: 4.4.7', 'Diagnostic-Code: smtp; 400 4.4.7 Message delayed');
  const results = await analyzeMessage(lines.join('\n'), { lang: 'en' });
  assert.deepEqual(results.map((r) => [r.recipient, r.status, r.reason]), [
    ['ana@example.net', '4.7.650', 'badreputation'], ['bia@example.net', '4.2.2', 'mailboxfull'],
  ]);
});

test('a final report that repeats its expiry first reads the last attempt before it; the reason stays expired', async () => {
  const [r] = await analyzeMessage(exchangeNotice({
    recipient: 'caio@example.net', action: 'failed', status: '4.4.7', diagnostic: '550 4.4.7 QUEUE.Expired; message expired', subject: 'Undeliverable: Offers',
    text: [
      'Delivery has failed to these recipients or groups:', '', 'caio@example.net', 'The message expired.', '',
      'Diagnostic information for administrators:', '', 'caio@example.net',
      "12/1/2025 8:05:56 PM - Remote Server at mx.example.net (192.0.2.3) returned '550 4.4.7 QUEUE.Expired; message expired'",
      "12/1/2025 7:58:27 PM - Remote Server at mx.example.net (192.0.2.3) returned '441 4.4.1 Error encountered while communicating with primary target IP address: Failed to connect'",
    ],
  }), { lang: 'en' });
  assert.deepEqual([r!.replyCode, r!.status, r!.reason, r!.action], ['441', '4.4.1', 'expired', 'failed']);
  assert.ok(r!.evidence.some((e) => e.rule === 'diagnostic:placeholder'));
});

test('a real diagnostic is never replaced, nor a placeholder by the same placeholder', async () => {
  const [real] = await analyzeMessage(exchangeNotice({
    recipient: 'dani@example.net', action: 'failed', status: '5.1.1', diagnostic: '550 5.1.1 User unknown', subject: 'Undeliverable: Offers',
    text: ['Delivery has failed to these recipients or groups:', '', 'dani@example.net', "Remote server returned '550 5.7.1 Delivery not authorized'"],
  }), { lang: 'en' });
  assert.deepEqual([real!.replyCode, real!.status, real!.reason], ['550', '5.1.1', 'userunknown']);
  assert.ok(!real!.evidence.some((e) => e.rule === 'diagnostic:placeholder'));
  const [same] = await analyzeMessage(exchangeNotice({
    recipient: 'eva@example.net', action: 'delayed', status: '4.4.7', diagnostic: '400 4.4.7 Message delayed',
    text: DELAY_TEXT('eva@example.net', '400 4.4.7 Message delayed'),
  }), { lang: 'en' });
  assert.deepEqual([same!.replyCode, same!.status, same!.reason, same!.action], ['400', '4.4.7', 'expired', 'delayed']);
  assert.ok(!same!.evidence.some((e) => e.rule === 'diagnostic:placeholder'));
});

test('a placeholder says only generic words of a delay or an expiry, or its status\'s own meaning', () => {
  for (const [text, status] of [['Message delayed', '4.4.7'], ['QUEUE.Expired; message expired', '4.4.7'], ['Delivery time expired', '4.4.7'],
    ['Message expired', '5.4.7'], ['other or undefined network or routing status', '4.4.0']]) {
    assert.equal(isPlaceholder(text!, status!), true, text);
  }
  for (const [text, status] of [['User unknown', '5.1.1'], ['Message delayed: mailbox full', '4.4.7'], ['Delivery time expired', '5.1.1'], ['', '4.4.7'],
    ['Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>', '4.4.7']]) {
    assert.equal(isPlaceholder(text!, status!), false, text);
  }
  // a reply in running text needs its enhanced code; an apostrophe inside it does not close the quote
  assert.equal(quotedReply('Subject: Order 451 shipped'), null);
  assert.deepEqual(quotedReply("returned '452 4.2.2 The recipient's inbox is full' more"), { text: "452 4.2.2 The recipient's inbox is full", replyCode: '452', status: '4.2.2' });
});
