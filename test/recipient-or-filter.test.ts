import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explainText } from '../src/explain-text.js';
import { analyzeMessage } from '../src/message/analyze-message.js';

/** A minimal RFC 3464 report from mx.example.com for one recipient. */
function dsn(fields: string[]): string {
  return [
    'From: MAILER-DAEMON@mx.example.com', 'To: sender@example.com', 'Subject: Delivery Status Notification (Failure)',
    'MIME-Version: 1.0', 'Content-Type: multipart/report; report-type=delivery-status; boundary="B"', '',
    '--B', 'Content-Type: text/plain', '', 'Your message could not be delivered.', '',
    '--B', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; mx.example.com', '',
    'Final-Recipient: rfc822; ana@example.org', 'Action: failed', ...fields, '', '--B--', '',
  ].join('\n');
}

test('"user unknown" relayed by a bounce without the step or an addressing code may be a filter', async () => {
  const [r] = await analyzeMessage(dsn(['Status: 5.0.0', 'Diagnostic-Code: smtp; 550 No such user']), { lang: 'en' });
  assert.equal(r!.reason, 'filtered');
  assert.equal(r!.hardBounce, false);
  assert.ok(r!.evidence.some((e) => e.rule === 'filter:step-unknown'));
  assert.match(r!.meaning, /treat the address as non-existent/);
  const [pt] = await analyzeMessage(dsn(['Status: 5.0.0', 'Diagnostic-Code: smtp; 550 No such user']), { lang: 'pt-BR' });
  assert.match(pt!.meaning, /trate o endereço como inexistente/);
});

test('"user unknown" at RCPT TO, with an addressing code or from the directory is an unknown recipient', async () => {
  const rcpt = await analyzeMessage(dsn(['Status: 5.0.0', 'Diagnostic-Code: smtp; 550 No such user (in reply to RCPT TO command)']), { lang: 'en' });
  assert.equal(rcpt[0]!.reason, 'userunknown');
  const coded = await analyzeMessage(dsn(['Status: 5.1.1', 'Diagnostic-Code: smtp; 550 No such user']), { lang: 'en' });
  assert.equal(coded[0]!.reason, 'userunknown');
  const directory = await analyzeMessage(dsn(['Status: 5.0.0', 'Diagnostic-Code: smtp; User Ana (ana@example.org) not listed in Domino Directory']), { lang: 'en' });
  assert.equal(directory[0]!.reason, 'userunknown');
});

test('"user unknown" after DATA is a filter; at MAIL FROM it is the sender that is refused', async () => {
  const data = await analyzeMessage(dsn(['Status: 5.0.0', 'Diagnostic-Code: smtp; 550 User unknown (in reply to end of DATA command)']), { lang: 'en' });
  assert.equal(data[0]!.reason, 'filtered');
  assert.ok(data[0]!.evidence.some((e) => e.rule === 'filter:after-data'));
  const mail = await analyzeMessage(dsn(['Status: 5.0.0', 'Diagnostic-Code: smtp; 550 User unknown (in reply to MAIL FROM command)']), { lang: 'en' });
  assert.equal(mail[0]!.reason, 'rejected');
});

test('a reply the user copied by itself is read as the answer to RCPT TO', () => {
  assert.equal(explainText('550 No such user', { lang: 'en' }).reason, 'userunknown');
  assert.equal(explainText('550 O endereço não existe neste servidor', { lang: 'pt-BR' }).reason, 'userunknown');
});

test("a server that answers in its users' language speaks of its own users: an unknown recipient", async () => {
  for (const text of ['550 Usuário inexistente', '550 Usuario inexistente', '550 Conta de e-mail nao existe', '550 Benutzer unbekannt']) {
    const [r] = await analyzeMessage(dsn(['Status: 5.0.0', `Diagnostic-Code: smtp; ${text}`]), { lang: 'pt-BR' });
    assert.deepEqual([r!.reason, r!.hardBounce], ['userunknown', true], text);
  }
});
