// The language guessed for a server's words the page quotes (web/src/text-lang.ts): English or
// Portuguese only when clear, "" (unknown) when mixed or another language, nothing without words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotedLang } from '../web/src/text-lang.js';
import { GMAIL_511 } from './web-fixtures.js';

test('a server reply in English is marked English; one in Portuguese, Portuguese', () => {
  assert.equal(quotedLang(GMAIL_511), 'en');
  assert.equal(quotedLang('452 4.2.2 <bruno@example.org>: Mailbox full'), 'en');
  assert.equal(quotedLang('user unknown'), 'en');
  assert.equal(quotedLang('550 5.2.2 Caixa postal do destinatário está cheia'), 'pt');
});

test('mixed words or another language are "unknown", not English; a reply with no words keeps the page\'s language', () => {
  assert.equal(quotedLang('550 5.1.1 <ana@example.org>: Recipient address rejected: Usuário inexistente, a caixa postal não existe'), '');
  assert.equal(quotedLang('550 5.1.1 Empfänger unbekannt, das Postfach ist nicht vorhanden'), '');
  assert.equal(quotedLang("550 5.1.1 L'adresse du destinataire est inconnue"), '');
  assert.equal(quotedLang('550 5.7.1 gsmtp'), '');
  assert.equal(quotedLang('550 5.1.1'), null);
});
