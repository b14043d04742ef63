import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze.js';
import { ownWords } from '../src/message/decode-unsubscribe-request.js';
import { categorize, isBounce, isSenderSide } from '../src/report/tally.js';
import { shownReasonName } from '../src/explain/shown-kind.js';

/** A reply to a newsletter, with the quoted newsletter below the person's own words. */
function reply(own: string, headers = 'In-Reply-To: <n1@example.com>\nSubject: Re: Novidades de novembro\n'): string {
  return `From: Bia Souza <bia@example.com.br>\nTo: Newsletter <news@example.com>\n${headers}Date: Sun, 29 Nov 2026 10:00:00 -0300\n` +
    'Content-Type: text/plain; charset=utf-8\n\n' + own + '\n\nEm sáb., 28 de nov. de 2026 às 09:00, Newsletter <news@example.com> escreveu:\n' +
    '> Olá! Veja as novidades de novembro.\n> Para não receber mais, clique em descadastrar.\n> Unsubscribe: https://example.com/u\n';
}

test('a reply asking to leave the list is an unsubscribe request, on the remove list', async () => {
  for (const own of ['Por favor, me tirem da lista. Não quero mais receber esses e-mails.', 'Quero me descadastrar.', 'nao quero mais receber emails', 'Please unsubscribe me. Thanks.']) {
    const [r] = await analyze(reply(own), { lang: 'pt-BR' });
    assert.equal(isBounce(r!), false, own);
    assert.deepEqual([r!.reason, r!.feedbackType, r!.recipient], ['feedback', 'opt-out', 'bia@example.com.br'], own);
    assert.equal(categorize(r!), 'remove', own);
    assert.equal(r!.kindText, 'pedido de descadastro');
    assert.match(r!.summary, /pediu para sair da sua lista/);
    assert.doesNotMatch(r!.summary + r!.meaning, /spam/, 'no spam mark was made');
    assert.equal(shownReasonName(r!, 'pt-BR'), 'Pedido de descadastro');
    assert.equal(r!.evidence.at(-1)!.rule, 'reply:unsubscribe-request');
  }
});

test('the words of the quoted newsletter (its own unsubscribe footer) make no request', async () => {
  for (const own of ['Obrigada pelas dicas, adorei a edição!', 'Thanks, see you Monday.']) {
    const [r] = await analyze(reply(own), { lang: 'pt-BR' });
    assert.equal(r!.bounce, false);
    assert.equal(r!.reason, 'undefined', own);
    assert.equal(categorize(r!), 'notBounce');
  }
});

test('only a reply counts: a new message with the same words is no answer to a list', async () => {
  const [r] = await analyze(reply('Não quero mais receber cobranças em papel, só por e-mail.', 'Subject: Cobrança\n'), { lang: 'pt-BR' });
  assert.equal(r!.reason, 'undefined');
});

test("a mail app's unsubscribe button (RFC 2369 mailto:, Subject: unsubscribe) is an unsubscribe request", async () => {
  const raw = 'From: ana@example.com\nTo: unsub-8f3a@news.example.com\nSubject: Unsubscribe\n\nThis message was automatically generated.\n';
  const [r] = await analyze(raw, { lang: 'en' });
  assert.deepEqual([r!.reason, r!.feedbackType, r!.recipient, r!.kindText], ['feedback', 'opt-out', 'ana@example.com', 'unsubscribe request']);
  assert.equal(r!.evidence.at(-1)!.rule, 'rfc2369:unsubscribe-subject');
  const [token] = await analyze(raw.replace('Subject: Unsubscribe', 'Subject: unsubscribe 8f3a2c'), { lang: 'en' });
  assert.equal(token!.feedbackType, 'opt-out');
  const [word] = await analyze(raw.replace('Subject: Unsubscribe', 'Subject: Unsubscribed users report'), { lang: 'en' });
  assert.equal(word!.reason, 'undefined');
  // a list's or a platform's own notice is no request
  for (const subject of ['Unsubscribe confirmation', 'Unsubscribe: bia@example.com']) {
    const [notice] = await analyze(raw.replace('Subject: Unsubscribe', `Subject: ${subject}`), { lang: 'en' });
    assert.equal(notice!.reason, 'undefined', subject);
  }
});

test('an RFC 5965 opt-out report is told as an unsubscribe, an auth-failure or fraud report as such, not as a spam mark', async () => {
  const raw = [
    'From: fbl@example.net', 'To: news@example.com', 'Subject: FW: report', 'MIME-Version: 1.0',
    'Content-Type: multipart/report; report-type=feedback-report; boundary="b"', '',
    '--b', 'Content-Type: text/plain', '', 'This is an opt-out report for an email message received from IP 192.0.2.2.', '',
    '--b', 'Content-Type: message/feedback-report', '', 'Feedback-Type: opt-out', 'User-Agent: Example/1.0', 'Version: 1',
    'Original-Rcpt-To: <bia@example.com.br>', '',
    '--b', 'Content-Type: text/rfc822-headers', '', 'From: news@example.com', 'To: bia@example.com.br', 'Subject: Novidades', '', '--b--', '',
  ].join('\n');
  const [r] = await analyze(raw, { lang: 'en' });
  assert.deepEqual([r!.reason, r!.feedbackType], ['feedback', 'opt-out']);
  assert.match(r!.summary, /asked to be taken off your list/);
  const [abuse] = await analyze(raw.replace('Feedback-Type: opt-out', 'Feedback-Type: abuse'), { lang: 'en' });
  assert.doesNotMatch(abuse!.summary, /taken off your list/);
  assert.match(abuse!.summary, /spam/);
  // a DMARC failure report (RFC 6591) is no complaint: nobody marked anything, nobody leaves the list
  const [auth] = await analyze(raw.replace('Feedback-Type: opt-out', 'Feedback-Type: auth-failure'), { lang: 'pt-BR' });
  assert.equal(auth!.feedbackType, 'auth-failure');
  assert.match(auth!.summary, /falhou na autenticação/);
  assert.doesNotMatch(auth!.summary + auth!.advice, /marcou|tire-o/);
  assert.equal(auth!.kindText, 'relatório de autenticação');
  assert.equal(categorize(auth!), 'info');
  const [notSpam] = await analyze(raw.replace('Feedback-Type: opt-out', 'Feedback-Type: not-spam'), { lang: 'en' });
  assert.match(notSpam!.summary, /moved your message out of the spam folder/);
  assert.equal(notSpam!.listAction, 'nothing');
  const [fraud] = await analyze(raw.replace('Feedback-Type: opt-out', 'Feedback-Type: fraud'), { lang: 'en' });
  assert.equal(shownReasonName(fraud!, 'en'), 'Feedback report');
  assert.doesNotMatch(fraud!.advice, /Stop sending/);
});

test("a reply's own words end where the quoted message begins, without the lines that hold a link", () => {
  assert.equal(ownWords('tirem meu email\n\nem sáb., 28 de nov., ana escreveu:\n> unsubscribe'), 'tirem meu email\n');
  assert.equal(ownWords('ok, obrigada\n________________________________\nde: news\nassunto: unsubscribe'), 'ok, obrigada');
  assert.equal(ownWords('ok\n-----original message-----\nunsubscribe'), 'ok');
  assert.equal(ownWords('me removam\n> quoted'), 'me removam');
  assert.equal(ownWords('merci\nde : news\nunsubscribe'), 'merci', 'a French Outlook quote');
  assert.equal(ownWords('obrigado\npara não receber mais, clique aqui: https://example.com/u'), 'obrigado', "a signature's link");
  assert.equal(ownWords('a'.repeat(5000)).length, 2000);
});

test('a complaint or an unsubscribe is on the remove list, not among the failures to fix on your side', async () => {
  const [r] = await analyze(reply('Me removam, por favor.'), { lang: 'pt-BR' });
  assert.equal(categorize(r!), 'remove');
  assert.equal(isSenderSide(r!), false);
  const [refused] = await analyze('550 5.7.26 Unauthenticated email from example.com is not accepted due to domain\'s DMARC policy.', { lang: 'pt-BR' });
  assert.equal(isSenderSide(refused!), true, 'a DMARC refusal stays one');
});

test('a request to stop some other mail is no unsubscribe: a word of e-mail or list must follow the weak phrases', async () => {
  for (const own of ['Não quero mais receber boletos impressos, só o digital.', "Please don't send me the invoice by post.", 'Parem de enviar o técnico sem avisar.']) {
    const [r] = await analyze(reply(own), { lang: 'pt-BR' });
    assert.equal(r!.reason, 'undefined', own);
  }
  for (const own of ['Não quero mais receber esses e-mails.', 'Please stop sending me these messages.', 'Parem de me enviar mensagens!']) {
    const [r] = await analyze(reply(own), { lang: 'pt-BR' });
    assert.equal(r!.feedbackType, 'opt-out', own);
  }
});

test('no request: the opposite asked, a role address, a list that rewrote From, an out-of-office, a footer', async () => {
  for (const own of ['Please do NOT remove me, I love it.', 'Quero voltar a receber! Me descadastrei sem querer.', 'I unsubscribed my colleague, keep me on the list.',
    'Estou de férias até 10/01. Para cancelar a inscrição em eventos fale com a Ana.', 'Por favor, remova meu e-mail antigo do cadastro e use apenas este.',
    'Confirmado, até quinta.\nNão quer mais receber e-mails da ACME? Descadastre-se aqui.']) {
    const [r] = await analyze(reply(own), { lang: 'pt-BR' });
    assert.equal(r!.reason, 'undefined', own);
  }
  const fromList = reply('Please unsubscribe me.').replace('From: Bia Souza <bia@example.com.br>', 'From: Newsletter <noreply@example.com>');
  assert.equal((await analyze(fromList, { lang: 'en' }))[0]!.reason, 'undefined');
  const via = reply('Please unsubscribe me.').replace('From: Bia Souza <bia@example.com.br>', 'From: Bia via Clientes <clientes@lists.example.com>\nReply-To: bia@example.com.br');
  assert.equal((await analyze(via, { lang: 'en' }))[0]!.recipient, 'bia@example.com.br');
});

test('a request written below the quoted newsletter (bottom-posting) is found; the quote itself is no request', async () => {
  const raw = 'From: Davi <davi@example.com.br>\nTo: news@example.com\nSubject: Re: Ofertas\nIn-Reply-To: <n1@example.com>\n\n' +
    'Em seg., 2 de dez. de 2024 às 09:00, Loja <news@example.com> escreveu:\n> Ofertas da semana\n> Para cancelar a inscrição clique aqui\n\nPor favor me tirem da lista.\n';
  const [r] = await analyze(raw, { lang: 'pt-BR' });
  assert.deepEqual([r!.recipient, r!.feedbackType], ['davi@example.com.br', 'opt-out']);
  const [thanks] = await analyze(raw.replace('Por favor me tirem da lista.', 'Obrigado!'), { lang: 'pt-BR' });
  assert.equal(thanks!.reason, 'undefined');
});

test("a request whose subject has a failure notice's word ('Re: Erro no seu pedido?') is still found; a daemon's message is none", async () => {
  const raw = 'From: Marcos <marcos@example.com>\nTo: news@example.com.br\nSubject: Re: Erro no seu pedido? Confira\n\nMe tirem da lista, por favor.\n';
  const [r] = await analyze(raw, { lang: 'pt-BR' });
  assert.deepEqual([r!.recipient, r!.feedbackType], ['marcos@example.com', 'opt-out']);
  const daemon = 'From: MAILER-DAEMON@list.example.com.br\nTo: news@example.com.br\nSubject: unsubscribe\n\nYour message could not be processed.\n';
  const [d] = await analyze(daemon, { lang: 'en' });
  assert.notEqual(d!.feedbackType, 'opt-out');
});

test('the ways Brazilians ask to leave a list in a reply are unsubscribe requests', async () => {
  for (const own of [
    'Por favor, me tirem dessa lista.', 'Me tire desta lista, por favor.', 'Me tira desse mailing!!', 'Me retirem da lista de vocês.',
    'Favor excluir meu endereço do cadastro.', 'Não quero mais receber.', 'Nao quero mais receber!', 'Por favor, parem de me mandar e-mails.',
    'Gostaria de cancelar o recebimento deste boletim.', 'Quero me desinscrever.', 'Como faço pra sair dessa lista?',
    // the one word a list asks for in its footer ("responda SAIR para não receber mais")
    'SAIR', 'Remover.', 'Descadastre-me',
  ]) {
    const [r] = await analyze(reply(own), { lang: 'pt-BR' });
    assert.deepEqual([r!.reason, r!.feedbackType, categorize(r!)], ['feedback', 'opt-out', 'remove'], own);
  }
});

test('the same verbs about something else make no request', async () => {
  for (const own of [
    'Pode me tirar uma dúvida sobre a palestra?', 'Não quero mais receber boletos impressos em casa.', 'Vou sair de férias na sexta.',
    'Remover o item 3 do meu pedido, por favor.', 'Não me enviem mais boletos pelo correio.', 'Sair às 18h hoje?',
  ]) {
    const [r] = await analyze(reply(own), { lang: 'pt-BR' });
    assert.equal(r!.reason, 'undefined', own);
  }
});

test('a product\'s waiting list is no mailing list; "stop sending me spam" asks to leave one', async () => {
  const [waitlist] = await analyze(reply('Oi, podem me remover da lista de espera do produto? Já comprei na loja.'), { lang: 'pt-BR' });
  assert.equal(waitlist!.reason, 'undefined');
  for (const own of ['Parem de me mandar spam!!! Vou denunciar no Procon.', 'Por favor, parem de enviar propaganda.']) {
    const [r] = await analyze(reply(own), { lang: 'pt-BR' });
    assert.deepEqual([r!.reason, r!.feedbackType, categorize(r!)], ['feedback', 'opt-out', 'remove'], own);
  }
});
