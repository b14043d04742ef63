// A plain-text notice that quotes the returned message's headers: the quoted headers are no part of the
// reason (a newsletter carries List-Unsubscribe itself), whichever language marks where they start.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeMessage } from '../src/message/analyze-message.js';

function notice(separator: string, reply: string): string {
  return [
    'From: Mailer-Daemon <mailer-daemon@mx.example.com.br>',
    'To: news@example.com',
    'Subject: Falha na entrega da mensagem',
    'Date: Mon, 1 Jan 2024 10:00:00 -0300',
    'Content-Type: text/plain; charset=utf-8',
    '',
    'Não foi possível entregar a sua mensagem para ana@example.com.br.',
    '',
    reply,
    '',
    separator,
    '',
    'From: Loja <news@example.com>',
    'To: ana@example.com.br',
    'Subject: Novidades da semana',
    'List-Unsubscribe: <mailto:news@example.com?subject=sair>, <https://example.com/sair>',
    'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
    '',
  ].join('\n');
}

test('quoted headers after a Portuguese separator, or none, do not decide the reason', async () => {
  for (const separator of ['--- Cabeçalhos da mensagem original ---', '--- Mensagem original ---', '']) {
    const [r] = await analyzeMessage(notice(separator, '550 5.1.1 Usuário inexistente'), { lang: 'pt-BR' });
    assert.equal(r!.recipient, 'ana@example.com.br', separator);
    assert.equal(r!.reason, 'userunknown', separator);
    assert.equal(r!.hardBounce, true, separator);
    assert.ok(!r!.evidence.some((e) => e.rule === 'bulk:list-unsubscribe'), separator);
  }
  // a refusal that asks for the header is still read as one
  const [asked] = await analyzeMessage(notice('', '550 5.7.1 Bulk mail rejected: missing List-Unsubscribe header'), { lang: 'en' });
  assert.equal(asked!.signature, 'bulk:list-unsubscribe');
});
