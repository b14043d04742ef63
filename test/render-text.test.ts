// The text output (the terminal's): the lines a person reads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { colours, renderText } from '../src/cli/render-text.js';
import { explainText } from '../src/explain-text.js';

test('the action for the address on a list stands beside hard bounce, so "não" beside "remova o endereço" is no contradiction', () => {
  const text = renderText(explainText('550 5.2.1 <dani@example.com>: This mailbox is disabled', { lang: 'pt-BR' }), colours(false));
  assert.match(text, /Hard bounce \(endereço inválido\): não {3}Ação: remover da lista\n/);
});

test("the text output names the evidence's fields in the result's language", () => {
  const pt = renderText(explainText('550 5.1.1 <ana@example.com>: User unknown', { lang: 'pt-BR' }), colours(false));
  assert.match(pt, /Com base em: phrase:userunknown \(texto da resposta: "user unknown"\)/);
  const en = renderText(explainText('550 5.1.1 <ana@example.com>: User unknown', { lang: 'en' }), colours(false));
  assert.match(en, /phrase:userunknown \(reply text: "user unknown"\)/);
});
