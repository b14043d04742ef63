// The human part of a bounce, as a mail client shows it above the technical details: what most people
// copy. Gmail's and Microsoft 365's notices, in English and in their Portuguese interfaces.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze.js';
import { CATALOGS } from '../src/i18n/catalog.js';

const CASES: { text: string; reason: string; kind: string }[] = [
  // Gmail
  { text: "Address not found\nYour message wasn't delivered to ana@example.com because the address couldn't be found, or is unable to receive mail.", reason: 'userunknown', kind: 'permanent' },
  { text: "Address not found\nYour message wasn't delivered to ana@example.com because the domain example.com couldn't be found. Check for typos or unnecessary spaces and try again.", reason: 'hostunknown', kind: 'permanent' },
  { text: "Recipient inbox full\nYour message couldn't be delivered to ana@example.com. Their inbox is full, or it's getting too much mail right now.", reason: 'mailboxfull', kind: 'permanent' },
  { text: 'Delivery incomplete\nThere was a temporary problem delivering your message to ana@example.com. Gmail will retry for 47 more hours.', reason: 'expired', kind: 'transient' },
  { text: 'Endereço não encontrado\nSua mensagem não foi entregue a ana@example.com porque o endereço não foi encontrado ou não pode receber e-mails.', reason: 'userunknown', kind: 'permanent' },
  { text: 'Endereço não encontrado\nSua mensagem não foi entregue a ana@example.com porque o domínio example.com não foi encontrado.', reason: 'hostunknown', kind: 'permanent' },
  // Gmail's "Mensagem bloqueada" wraps every kind of refusal: without its technical details, no cause is known
  { text: 'Mensagem bloqueada\nSua mensagem para ana@example.com foi bloqueada. Consulte os detalhes técnicos abaixo.', reason: 'undefined', kind: 'permanent' },
  { text: 'Entrega incompleta\nHouve um problema temporário na entrega da sua mensagem para ana@example.com. O Gmail tentará novamente por mais 47 horas.', reason: 'expired', kind: 'transient' },
  // Microsoft 365
  { text: "Your message to ana@example.com couldn't be delivered.\nana wasn't found at example.com.", reason: 'userunknown', kind: 'permanent' },
  { text: "Delivery has failed to these recipients or groups:\nana@example.com\nThe email address you entered couldn't be found. Please check the recipient's email address and try to resend the message.", reason: 'userunknown', kind: 'permanent' },
  { text: "Delivery is delayed to these recipients or groups:\nana@example.com\nThis message hasn't been delivered yet. Delivery will continue to be attempted.", reason: 'expired', kind: 'transient' },
  { text: 'A entrega falhou para estes destinatários ou grupos:\nana@example.com\nO endereço de email que você inseriu não foi encontrado. Verifique o endereço de email do destinatário.', reason: 'userunknown', kind: 'permanent' },
  { text: 'A entrega falhou para estes destinatários ou grupos:\nana@example.com\nA caixa de correio do destinatário está cheia e não pode aceitar mensagens agora.', reason: 'mailboxfull', kind: 'permanent' },
  // Exchange (on premises) in Portuguese
  { text: 'Sua mensagem não chegou a alguns ou a todos os destinatários.\n\nAssunto: Proposta\n\nNão foi possível entregar a mensagem aos seguintes destinatários:\n\nana@example.com em 28/11/2026 10:00\nO endereço de email inserido não foi encontrado.', reason: 'userunknown', kind: 'permanent' },
  // Microsoft 365's notice in Portuguese, copied from the web: no code, no step
  { text: 'Sua mensagem para ana@example.com não pôde ser entregue.\n\nana não foi encontrado em example.com.\n\nexample.org    Remetente\nAção Necessária\nDestinatário desconhecido', reason: 'userunknown', kind: 'permanent' },
  { text: 'Sua mensagem para ana@example.com não pôde ser entregue.\n\nComo corrigir\nO endereço pode estar incorreto ou não existir mais. Tente uma ou mais das seguintes alternativas:', reason: 'userunknown', kind: 'permanent' },
  { text: 'A entrega está atrasada para estes destinatários ou grupos:\nana@example.com\nEsta mensagem ainda não foi entregue. A entrega continuará sendo tentada.', reason: 'expired', kind: 'transient' },
];

for (const { text, reason, kind } of CASES) {
  test(`a pasted notice: ${text.split('\n').at(-1)!.slice(0, 70)}`, async () => {
    const results = await analyze(text, { lang: 'pt-BR' });
    assert.equal(results.length, 1);
    const [r] = results;
    assert.equal(r!.recipient, 'ana@example.com');
    assert.equal(r!.reason, reason);
    assert.equal(r!.kind, kind);
    assert.ok(r!.bounce);
  });
}

test('a delay told by the notice\'s words is evidence from the text, not from an Action field', async () => {
  const [r] = await analyze('There was a temporary problem delivering your message to ana@example.com. Gmail will retry for 47 more hours.', { lang: 'en' });
  assert.equal(r!.kind, 'transient');
  assert.deepEqual(r!.evidence.map((e) => e.rule), ['notice:delayed']);
  assert.equal(r!.evidence[0]!.match, 'temporary problem delivering');
  assert.equal(r!.retry, 'automatic');
});

test('a failure notice that names no cause is a failure, and asks for the technical details', async () => {
  for (const lang of ['pt-BR', 'en'] as const) {
    for (const text of [
      'Mensagem não entregue\nHouve um problema na entrega da sua mensagem para ana@example.com.',
      "Message not delivered\nThere was a problem delivering your message to ana@example.com. See the technical details below.",
      // three lines: read as a pasted body, by the message decoders
      "Delivery has failed to these recipients or groups:\nana@example.com\nYour message wasn't delivered because the recipient's email provider rejected it.",
      // Amazon SES's notice, its cause only in the DSN part below it
      'An error occurred while trying to deliver the mail to the following recipients:\nana@example.com',
    ]) {
      const [r] = await analyze(text, { lang });
      assert.equal(r!.reason, 'undefined', text);
      assert.equal(r!.kind, 'permanent', text);
      assert.equal(r!.recipient, 'ana@example.com', text);
      assert.ok(r!.advice.startsWith(CATALOGS[lang].ui.pasteTechnicalDetails), text);
    }
  }
});

test('the request for technical details is not made when a code or a cause is there, or for a whole message', async () => {
  for (const text of ['550 5.1.1 <ana@example.com>: Recipient address rejected: User unknown', 'Sua mensagem não foi entregue a ana@example.com porque a caixa de entrada do destinatário está cheia.', '550']) {
    const [r] = await analyze(text, { lang: 'pt-BR' });
    assert.ok(!r!.advice.includes(CATALOGS['pt-BR'].ui.pasteTechnicalDetails), text);
  }
  const whole = [
    'From: Mail Delivery System <mailer-daemon@example.org>',
    'To: sender@example.org',
    'Subject: Undelivered Mail Returned to Sender',
    '',
    'Delivery has failed to these recipients or groups:',
    'ana@example.com',
    "Your message wasn't delivered because the recipient's email provider rejected it.",
  ].join('\n');
  const [r] = await analyze(whole, { lang: 'en' });
  assert.equal(r!.reason, 'undefined');
  assert.equal(r!.recipient, 'ana@example.com');
  assert.ok(!r!.advice.includes(CATALOGS.en.ui.pasteTechnicalDetails));
});

test('a text with neither codes nor failure words is still not read as a failure', async () => {
  for (const text of ['hello world', 'Ana, a encomenda chega amanhã.']) {
    const [r] = await analyze(text, { lang: 'pt-BR' });
    assert.equal(r!.bounce, false, text);
    assert.equal(r!.summary, CATALOGS['pt-BR'].ui.noCodeSummary, text);
  }
});
