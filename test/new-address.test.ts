// A recipient who moved: the new address the reply gives is kept (newAddress) and named in the advice;
// only words that name the same person's new address count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explainText } from '../src/explain-text.js';
import { analyzeMessage } from '../src/message/analyze-message.js';
import { findNewAddress } from '../src/reply/new-address.js';

test('the new address after words that name one, never the recipient itself or a contact', () => {
  assert.equal(findNewAddress('551 5.1.6 <ana@example.com>: User has moved; please try <bia@example.net>', 'ana@example.com'), 'bia@example.net');
  assert.equal(findNewAddress('Este endereço não é mais usado. O meu novo endereço é ana.nova@example.com.br, obrigado!', 'ana@example.com.br'), 'ana.nova@example.com.br');
  assert.equal(findNewAddress('Ana left the company. For orders, contact vendas@example.com', 'ana@example.com'), null);
  assert.equal(findNewAddress('550 5.1.1 <ana@example.com>: User unknown', 'ana@example.com'), null);
});

test('a reply or an auto-reply that gives the new address names it in the result and the advice', async () => {
  const moved = explainText('551 5.1.6 <ana@example.com>: User has moved; please try <bia@example.net>', { lang: 'pt-BR' });
  assert.deepEqual([moved.reason, moved.recipient, moved.newAddress], ['hasmoved', 'ana@example.com', 'bia@example.net']);
  assert.match(moved.advice, /^O endereço novo informado é bia@example\.net\./);
  assert.match(moved.advice, /convide a pessoa a se inscrever/);
  // no new address for any other reason
  assert.equal(explainText('550 5.1.1 <ana@example.com>: User unknown; please try again later', { lang: 'en' }).newAddress, null);
  const auto = [
    'From: Ana <ana@example.com.br>',
    'To: news@example.com',
    'Subject: Resposta automática: Novidades',
    'Auto-Submitted: auto-replied',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Este endereço não é mais utilizado. Escreva para o meu novo endereço: ana.nova@example.com.br',
    '',
  ].join('\n');
  const [r] = await analyzeMessage(auto, { lang: 'en' });
  assert.deepEqual([r!.reason, r!.recipient, r!.newAddress], ['hasmoved', 'ana@example.com.br', 'ana.nova@example.com.br']);
});

test("a ticket system's acknowledgement (Auto-Submitted: auto-generated) is an automatic reply", async () => {
  const ack = ['From: Suporte <suporte@example.org>', 'To: news@example.com', 'Subject: [Chamado #48213] Recebemos sua mensagem',
    'Auto-Submitted: auto-generated', 'Content-Type: text/plain; charset=utf-8', '', 'Recebemos a sua mensagem e responderemos em breve.', ''].join('\n');
  const [r] = await analyzeMessage(ack, { lang: 'en' });
  assert.deepEqual([r!.reason, r!.kind, r!.recipient], ['vacation', 'success', 'suporte@example.org']);
});
