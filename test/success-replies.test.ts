import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze.js';
import { explainText } from '../src/explain-text.js';
import { lite } from '../src/cli/render.js';
import { renderText } from '../src/cli/render-text.js';
import { AddressLists } from '../src/report/address-lists.js';
import { Tally } from '../src/report/tally.js';
import { dsn } from './mailbox-helpers.js';

test('a greeting, a goodbye, a login or an intermediate reply is no error, and no delivery either', () => {
  const cases: [string, string][] = [
    ['220 mx.example.com ESMTP Postfix', '220'],
    ['221 2.0.0 Bye', '221'],
    ['220 2.0.0 Ready to start TLS', '220'],
    ['235 2.7.0 Authentication successful', '235'],
    ['354 End data with <CR><LF>.<CR><LF>', '354'],
    ['354 Go ahead a1si123 - gsmtp', '354'],
    ['334 VXNlcm5hbWU6', '334'],
    // the answers to MAIL FROM and RCPT TO: no message was accepted yet
    ['250 2.1.0 Sender OK', '250'],
    ['250 2.1.5 Recipient OK', '250'],
    ['251 2.1.5 User not local; will forward to <ana@example.org>', '251'],
  ];
  for (const [reply, code] of cases) {
    const r = explainText(reply, { lang: 'pt-BR' });
    assert.equal(r.replyCode, code, reply);
    assert.notEqual(r.reason, 'delivered', reply);
    assert.ok(r.kind === 'success' || r.kind === 'intermediate', reply);
    assert.match(r.summary, /^Não é um erro: /, reply);
    assert.deepEqual([r.actors, r.adminAdvice, r.hardBounce], [['none'], null, false], reply);
    // the enhanced code's registry words are a failure's: never shown for a success
    assert.doesNotMatch(`${r.meaning} ${r.advice}`, /recusou|falha (?:permanente|temporária)|problema/i, reply);
    assert.doesNotMatch(renderText(r), /^Motivo:/m, reply);
  }
  assert.match(explainText('221', { lang: 'en' }).summary, /^Not an error: /);
});

test('a reply that accepted the message says so, a delivery report says delivered', async () => {
  for (const reply of ['250 2.0.0 Ok: queued as 4ABCDE12345', '250 Ok: queued as 4ABCDE12345']) {
    const r = explainText(reply, { lang: 'pt-BR' });
    assert.deepEqual([r.reason, r.kind, r.actors], ['delivered', 'success', ['none']], reply);
    assert.equal(r.summary, 'O servidor de destino aceitou a mensagem.', reply);
    assert.match(renderText(r), /^Motivo: Entregue \(delivered\)/m);
  }
  const report = dsn({ recipient: 'ana@example.com', action: 'delivered', status: '2.0.0', code: '250', text: 'Ok: queued as 4ABCDE12345' });
  const [delivered] = await analyze(report, { lang: 'pt-BR' });
  assert.deepEqual([delivered!.reason, delivered!.summary], ['delivered', 'A mensagem foi entregue.']);
  // relayed (RFC 3464 §2.3.3): handed to a system that reports nothing more, no delivery confirmed
  const [relayed] = await analyze(report.replace('Action: delivered', 'Action: relayed'), { lang: 'pt-BR' });
  assert.deepEqual([relayed!.reason, relayed!.kind, relayed!.summary], ['delivered', 'success', 'A mensagem foi repassada para outro sistema; a entrega não foi confirmada.']);
});

test('the counts call only failures bounces; a complaint goes to the remove list, a not-spam or auth-failure report does not', async () => {
  const tally = new Tally();
  const lists = new AddressLists();
  const arf = (type: string, who: string) => [
    'From: abuse@example.net', 'To: news@example.org', 'Subject: Abuse report', 'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=feedback-report; boundary="B"', '', '--B', 'Content-Type: text/plain', '',
    'This is an email abuse report.', '', '--B', 'Content-Type: message/feedback-report', '',
    `Feedback-Type: ${type}`, 'User-Agent: Example/1.0', 'Version: 1', `Original-Rcpt-To: ${who}`, '',
    '--B', 'Content-Type: message/rfc822', '', 'From: news@example.org', `To: ${who}`, 'Subject: News', '', 'Hello', '', '--B--', '',
  ].join('\n');
  for (const input of ['250 2.0.0 Ok', '221 2.0.0 Bye', '550 5.1.1 <ana@example.com>: no such user', arf('abuse', 'bia@example.com'), arf('not-spam', 'caio@example.com'), arf('auth-failure', 'dora@example.com')]) {
    const results = (await analyze(input, { lang: 'en' })).map(lite);
    tally.addItem(results);
    for (const r of results) lists.add(r);
  }
  assert.deepEqual([tally.bounces, tally.notBounces], [1, 5]);
  // a complaint is shown as one, not as a success, and says not to resend
  const [complaint] = await analyze(arf('abuse', 'bia@example.com'), { lang: 'en' });
  assert.deepEqual([complaint!.kindText, complaint!.retryText], ['complaint', 'Do not resend: the recipient asked not to get your mail.']);
  const [report] = await analyze(arf('auth-failure', 'dora@example.com'), { lang: 'en' });
  assert.notEqual(report!.kindText, 'complaint');
  assert.deepEqual([...lists.remove.keys()].sort(), ['ana@example.com', 'bia@example.com']);
});
