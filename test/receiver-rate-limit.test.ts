// "Limite de envio excedido" (or "sending limit exceeded") in a deferral by the recipient's MX is the
// receiving side throttling the sending server, which retries; from the sender's own provider's relay
// (a submission port) it is the account's own limit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze.js';

const postfix = (relay: string, reply: string, dsn = '4.7.1', status = 'deferred') =>
  `Nov 30 10:00:48 mx1 postfix/smtp[2149]: 94B5C6D7E8: to=<ana@example.com.br>, relay=${relay}, delay=0.5, delays=0.1/0/0.2/0.2, ` +
  `dsn=${dsn}, status=${status} (host ${relay.replace(/:\d+$/, '')} said: ${reply} (in reply to MAIL FROM command))`;

const one = async (line: string, lang: 'pt-BR' | 'en' = 'pt-BR') => (await analyze(line, { lang }))[0]!;

test("a sending limit in a deferral by the recipient's MX is the receiver's throttle, and the server retries", async () => {
  const mx = 'mx.example.com.br[192.0.2.50]:25';
  for (const reply of ['421 4.7.1 Limite de envio excedido. Tente novamente mais tarde.', '451 4.7.1 Sending limit exceeded, try again later']) {
    const r = await one(postfix(mx, reply));
    assert.deepEqual([r.reason, r.signature, r.retry, r.listAction], ['ratelimited', null, 'automatic', 'fix-your-side'], reply);
    assert.match(r.summary, /servidor de destino/, reply);
    assert.doesNotMatch(`${r.meaning} ${r.advice} ${r.retryText}`, /sua conta|reenvie só|não são reenviadas/, reply);
  }
  // as Exim (its MX router) and Sendmail (its esmtp mailer) log the same deferral
  const exim = 'Nov 30 10:03:08 mx1 exim[4242]: 1rAbCo-0012Xy-Wx == ana@example.com.br R=dnslookup T=remote_smtp defer (-45) H=mx.example.com.br [192.0.2.50]: ' +
    'SMTP error from remote mail server after MAIL FROM:<news@example.org>: 421 4.7.1 Limite de envio excedido';
  assert.deepEqual([(await one(exim)).reason, (await one(exim)).signature], ['ratelimited', null]);
  const sendmail = 'Nov 30 10:10:01 mx1 sendmail[3002]: 5AUDA0a1003001: to=<ana@example.com.br>, delay=00:00:01, xdelay=00:00:01, mailer=esmtp, pri=150048, ' +
    'relay=mx.example.com.br. [192.0.2.50], dsn=4.7.1, stat=Deferred: 421 4.7.1 Limite de envio excedido';
  assert.deepEqual([(await one(sendmail)).reason, (await one(sendmail)).signature], ['ratelimited', null]);
});

test("the sender's own account limit stays so from a submission relay, from a 5xx, or pasted alone; a deferral it keeps queued says no resend", async () => {
  const relay = 'smtp.example.net[198.51.100.201]:587';
  const deferred = await one(postfix(relay, '421 4.7.1 Limite de envio excedido. Tente novamente mais tarde.'));
  assert.deepEqual([deferred.signature, deferred.retry, deferred.listAction], ['sending-limit:own-account', 'automatic', 'fix-your-side']);
  // the advice agrees with the list action: the server keeps the message and retries it
  assert.doesNotMatch(`${deferred.meaning} ${deferred.advice} ${deferred.retryText}`, /reenvie só|não são reenviadas|Reenviar mais tarde/);
  assert.match(deferred.advice, /^Não reenvie/);
  assert.match((await one(postfix(relay, '421 4.7.1 Sending limit exceeded', '4.7.1'), 'en')).retryText, /retries on its own/);
  const bounced = await one(postfix('mx.example.com.br[192.0.2.50]:25', '554 5.7.1 Daily sending quota exceeded', '5.7.1', 'bounced'));
  assert.equal(bounced.signature, 'sending-limit:own-account');
  const pasted = await one('451 4.7.1 Limite de envio por hora excedido. Tente novamente mais tarde');
  assert.deepEqual([pasted.signature, pasted.retry], ['sending-limit:own-account', 'later']);
  assert.match(pasted.advice, /reenvie só as mensagens que voltaram/);
});
