// findOriginalStart (one pass per anchor word) gives what searching every marker gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findOriginalStart, ORIGINAL_MARKERS } from '../src/message/original-boundary.js';
import { prng } from './prng.js';

function naive(lowerText: string): number {
  let best = -1;
  for (const marker of ORIGINAL_MARKERS) {
    const at = lowerText.indexOf(marker);
    if (at >= 0 && (best < 0 || at < best)) best = at;
  }
  return best;
}

test('the earliest marker, as a search for every marker finds it', () => {
  const random = prng(20261129);
  const words = ['message', 'mensagem', 'original', 'rfc822', '-----', ' ', '\n', 'copy of the ', 'content-type: ', 'follows', 'x', 'headers:'];
  for (let i = 0; i < 20_000; i++) {
    let text = '';
    const parts = 1 + Math.floor(random() * 12);
    for (let j = 0; j < parts; j++) {
      text += random() < 0.15 ? ORIGINAL_MARKERS[Math.floor(random() * ORIGINAL_MARKERS.length)]! : words[Math.floor(random() * words.length)]!;
    }
    assert.equal(findOriginalStart(text), naive(text), JSON.stringify(text));
  }
  assert.equal(findOriginalStart(''), -1);
  assert.equal(findOriginalStart('see the message below. --- original message --- and -----original message-----'), 'see the message below. '.length);
});

test("a Portuguese notice's copy of the message is cut off it, with its headers kept", async () => {
  const { analyze } = await import('../src/analyze.js');
  const bounce = [
    'From: Mail Delivery System <Mailer-Daemon@srv1.example.com.br>',
    'To: news@example.com.br',
    'Subject: Mail delivery failed: returning message to sender',
    '',
    'Esta mensagem foi criada automaticamente pelo software de entrega de e-mails.',
    '',
    'A mensagem que você enviou não pôde ser entregue a um ou mais destinatários.',
    '',
    '  ana@example.org',
    '    SMTP error from remote mail server after RCPT TO:<ana@example.org>:',
    '    550 5.1.1 <ana@example.org>: Recipient address rejected: User unknown',
    '',
    '------ Esta é uma cópia da mensagem, incluindo todos os cabeçalhos. ------',
    '',
    'From: news@example.com.br',
    'To: ana@example.org',
    'Subject: =?UTF-8?Q?Novidades_da_semana=3A_20=25_off_em_caf=C3=A9s?=',
    '',
    'Promoção: caixa postal cheia de ofertas!',
  ].join('\n');
  const [r] = await analyze(new TextEncoder().encode(bounce), { lang: 'pt-BR' });
  assert.equal(r!.reason, 'userunknown');
  // RFC 2047 encoded words decoded, as a mail client shows the subject
  assert.equal(r!.message?.subject, 'Novidades da semana: 20% off em cafés');
  assert.ok(!r!.diagnostic.includes('ofertas'), r!.diagnostic);
});
