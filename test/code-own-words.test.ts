// Registered enhanced codes whose own words are more exact than the reason they map to: the explanation
// says what the code says, not words that contradict it (the codes audit, findings 4-7 and 10).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explainText } from '../src/explain-text.js';
import type { Locale } from '../src/types.js';

const LANGS: Locale[] = ['en', 'pt-BR'];
const said = (input: string, lang: Locale) => {
  const r = explainText(input, { lang });
  return { r, text: `${r.summary} ${r.meaning} ${r.advice} ${r.adminAdvice ?? ''}` };
};

test('X.1.6 "no forwarding address": no word of a new address the reply gives', () => {
  for (const lang of LANGS) {
    for (const input of ['550 5.1.6 Mailbox has moved, no forwarding address', '5.1.6']) {
      const { r, text } = said(input, lang);
      assert.doesNotMatch(text, /usually gives the new address|Em geral, a resposta do servidor informa o endereço novo|If the reply gives|Se a resposta trouxer/, `${lang} ${input}`);
      assert.match(text, lang === 'en' ? /left no new address/ : /não deixou um endereço novo/, `${lang} ${input}`);
      assert.equal(r.listAction, 'remove');
    }
  }
});

test('4.1.6, 4.7.17, 4.7.18 are temporary: retried, not "will not work" nor removed', () => {
  for (const lang of LANGS) {
    for (const input of ['4.1.6', '4.7.17', '4.7.18', '450 4.1.6 Mailbox has moved']) {
      const { r, text } = said(input, lang);
      assert.notEqual(r.listAction, 'remove', `${lang} ${input}`);
      assert.notEqual(r.retry, 'never', `${lang} ${input}`);
      assert.doesNotMatch(`${text} ${r.retryText}`, /will not work|não vai funcionar/, `${lang} ${input}`);
    }
  }
});

test('X.7.17 / X.7.18 say what RRVS means: the address changed owner, not "the reply gives the new address"', () => {
  for (const lang of LANGS) {
    for (const code of ['5.7.17', '5.7.18', '550 5.7.17 Mailbox owner has changed']) {
      const { r, text } = said(code, lang);
      assert.doesNotMatch(text, /new e-mail address|gives the new address|mudou de endereço de e-mail|informa o endereço novo/, `${lang} ${code}`);
      assert.match(text, lang === 'en' ? /someone else|another person/ : /outra pessoa/, `${lang} ${code}`);
      assert.equal(r.listAction, 'remove');
    }
  }
});

test('5.3.2 / 521 5.3.2 is a host that refuses all mail, not a DNS null MX; 556 5.1.10 stays null MX', () => {
  for (const lang of LANGS) {
    for (const input of ['521 5.3.2 Host does not accept mail', '5.3.2']) {
      const { text } = said(input, lang);
      assert.doesNotMatch(text, /null MX|MX nulo|0\.0\.0\.0/, `${lang} ${input}`);
      assert.match(text, lang === 'en' ? /refuses all mail/ : /recusando qualquer mensagem/, `${lang} ${input}`);
    }
    const { r, text } = said('556 5.1.10 Recipient address has null MX', lang);
    assert.match(text, /null MX/);
    assert.equal(r.reason, 'notaccept');
  }
});

test('X.6.6-X.6.10 are no malformed message: each code says its own cause', () => {
  const cases: [string, RegExp, RegExp][] = [
    ['553 5.6.7 Non-ASCII addresses not permitted for that recipient', /accented or non-Latin/, /acentos ou caracteres de outros alfabetos/],
    ['5.6.6', /could not fetch the content/, /não conseguiu buscar o conteúdo/],
    ['5.6.8', /reply with international \(UTF-8\)/, /responder com caracteres internacionais/],
    ['550 5.6.9 UTF-8 header message cannot be transferred to one or more recipients', /cannot handle them/, /não lida com eles/],
    ['5.6.10', /registered by mistake/, /registrado por engano/],
  ];
  for (const [input, en, pt] of cases) {
    for (const lang of LANGS) {
      const { r, text } = said(input, lang);
      assert.notEqual(r.reason, 'contenterror', `${lang} ${input}`);
      assert.doesNotMatch(text, /malformed|malformada|MIME/, `${lang} ${input}`);
      assert.match(text, lang === 'en' ? en : pt, `${lang} ${input}`);
    }
  }
});

test('X.7.10 / X.7.11: the client logged in without TLS on its own server, no handshake between servers', () => {
  for (const lang of LANGS) {
    for (const input of ['538 5.7.11 Encryption required for requested authentication mechanism', '5.7.11', '5.7.10', '523 5.7.10 Encryption needed']) {
      const { r, text } = said(input, lang);
      assert.notEqual(r.reason, 'failedstarttls', `${lang} ${input}`);
      assert.doesNotMatch(text, /between the servers|entre os servidores|MTA-STS|DANE|s_client/, `${lang} ${input}`);
      assert.ok(!r.actors.includes('recipient-admin'), `${lang} ${input}`);
      assert.match(text, /AUTH/, `${lang} ${input}`);
    }
  }
});

test('X.7.14: the submission server needs trust with a third-party server to fetch the content (BURL)', () => {
  for (const lang of LANGS) {
    for (const input of ['554 5.7.14 Trust relationship required', '5.7.14']) {
      const { text } = said(input, lang);
      assert.match(text, /BURL/, `${lang} ${input}`);
      assert.match(text, /IMAP/, `${lang} ${input}`);
      assert.doesNotMatch(text, /client certificate|certificado de cliente/, `${lang} ${input}`);
    }
  }
});

test('X.5.4 "invalid command arguments" is not told as a command the server did not understand', () => {
  for (const lang of LANGS) {
    const { text } = said('555 5.5.4 Syntax error', lang);
    assert.doesNotMatch(text, /did not understand|não entendeu/, lang);
  }
});

test('ETRN/ATRN replies (453, 458, 459) concern no message: no "your server keeps retrying" nor "wait, the server still tries"', () => {
  for (const lang of LANGS) {
    for (const input of ['453', '458', '459', '458 Unable to queue messages for node example.com', '453 You have no mail']) {
      const r = explainText(input, { lang });
      assert.equal(r.bounce, false, `${lang} ${input}`);
      assert.notEqual(r.listAction, 'retry', `${lang} ${input}`);
      assert.doesNotMatch(r.retryText, /keeps retrying|continua tentando/, `${lang} ${input}`);
      assert.match(r.retryText, /ETRN/, `${lang} ${input}`);
      assert.doesNotMatch(r.summary, /deferred the message|adiou a mensagem/, `${lang} ${input}`);
    }
    // with an enhanced code it is a delivery refused, retried as before
    const d = explainText('453 4.3.2 System not accepting network messages', { lang });
    assert.equal(d.bounce, true, lang);
    assert.equal(d.retry, 'automatic', lang);
  }
});
