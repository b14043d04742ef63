// Replies whose accented letters a log wrote as '?' (Postfix: one per Latin-1 byte, "Usu?rio", or two
// per UTF-8 letter, "Usu??rio"): read as the same words with their accents (src/classify/restore-accents.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze.js';
import { explainText } from '../src/explain-text.js';
import { restoreAccents } from '../src/classify/restore-accents.js';

const line = (reply: string, dsn = '5.0.0', status = 'bounced') =>
  `Nov 30 13:00:05 mx1 postfix/smtp[4005]: BB00000005: to=<ana@example.com.br>, relay=mx.example.com.br[192.0.2.50]:25, delay=1, ` +
  `delays=0.1/0/0.4/0.5, dsn=${dsn}, status=${status} (host mx.example.com.br[192.0.2.50] said: ${reply} (in reply to RCPT TO command))`;

test("a log's '?' for an accented letter reads as the letter: the verdict of the accented reply", async () => {
  for (const reply of ['550 Usu?rio inv?lido ou caixa postal n?o existe', '550 Usu?rio inexistente', '550 Destinat?rio n?o encontrado',
    '550 Endere?o de destino n?o existe', '550 Usu??rio inexistente', '550 DESTINAT?RIO N?O ENCONTRADO']) {
    const accented = explainText(restoreAccents(reply)!.text, { lang: 'pt-BR' });
    assert.equal(accented.reason, 'userunknown', reply);
    const [r] = await analyze(line(reply), { lang: 'pt-BR' });
    assert.deepEqual([r!.reason, r!.hardBounce, r!.listAction], ['userunknown', true, 'remove'], reply);
    const pasted = explainText(reply, { lang: 'pt-BR' });
    assert.deepEqual([pasted.reason, pasted.listAction], ['userunknown', 'remove'], reply);
    // the text shown with its accents, and the evidence quotes the words as the server's log wrote them
    assert.ok(!/[a-z]\?/i.test(pasted.diagnostic.split(' ').slice(0, 2).join(' ')), pasted.diagnostic);
    assert.ok(pasted.evidence.some((e) => e.rule === 'text:accents-restored' && e.match.includes('?')), reply);
  }
  assert.equal(explainText('452 Caixa postal do destinat?rio est? cheia', { lang: 'pt-BR' }).reason, 'mailboxfull');
  assert.equal(explainText('550 Usu?rio inexistente').diagnostic, 'Usuário inexistente');
  assert.equal(restoreAccents('DESTINAT??RIO N??O ENCONTRADO')?.text, 'DESTINATÁRIO NÃO ENCONTRADO');
});

test("a bounce message's diagnostic with '?' for accents reads the same", async () => {
  const message = [
    'From: MAILER-DAEMON@mx.example.org', 'To: news@example.org', 'Subject: Undelivered Mail Returned to Sender',
    'MIME-Version: 1.0', 'Content-Type: multipart/report; report-type=delivery-status; boundary="b"', '',
    '--b', 'Content-Type: text/plain', '', 'Delivery failed.', '',
    '--b', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; mx.example.org', '',
    'Final-Recipient: rfc822; ana@example.com.br', 'Action: failed', 'Status: 5.0.0',
    'Diagnostic-Code: smtp; 550 Destinat?rio n?o encontrado', '', '--b--', '',
  ].join('\n');
  const [r] = await analyze(message, { lang: 'pt-BR' });
  assert.deepEqual([r!.recipient, r!.reason], ['ana@example.com.br', 'userunknown']);
});

test("words the tables do not know, a real question mark and an address's '?' stay as written", () => {
  assert.equal(restoreAccents('550 Is the mailbox there?'), null);
  assert.equal(restoreAccents('see https://example.com/x?id=1'), null);
  assert.deepEqual(restoreAccents('550 Qwe?rty n?o existe'), { text: '550 Qwe?rty não existe', lost: ['n?o'] });
});

test("Exim's octal escapes of a reply's bytes past ASCII (UTF-8 or Latin-1) and of its line breaks read as the letters and lines they stand for", async () => {
  const exim = (reply: string) =>
    `2026-11-30 13:00:05 1vAbCd-000Ab1-Cd ** ana@example.com.br R=dnslookup T=remote_smtp H=mx.example.com.br [192.0.2.50]: ` +
    `SMTP error from remote mail server after RCPT TO:<ana@example.com.br>: ${reply}`;
  for (const reply of ['550 Usu\\303\\241rio n\\303\\243o encontrado', '550 Usu\\341rio n\\343o encontrado']) {
    const [r] = await analyze(exim(reply), { lang: 'pt-BR' });
    assert.deepEqual([r!.reason, r!.listAction, r!.diagnostic], ['userunknown', 'remove', '550 Usuário não encontrado'], reply);
  }
  const multi = explainText(exim('550-5.2.2 Caixa postal cheia\\n550 5.2.2 tente mais tarde'), { lang: 'en' });
  assert.equal(multi.diagnostic, '550-5.2.2 Caixa postal cheia 550 5.2.2 tente mais tarde');
  // a backslash Exim doubled is one; one that escapes nothing stays
  assert.match(explainText(exim('550 5.7.1 Rejected: C:\\\\temp and \\x'), { lang: 'en' }).diagnostic, /C:\\temp and \\x$/);
});
