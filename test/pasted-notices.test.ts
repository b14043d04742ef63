// Notices as a mail client shows them, pasted by the person whose mail came back: the client's header
// fields in Portuguese, Microsoft 365's sender line, Gmail's and Microsoft's final notices, groups.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze.js';

const en = async (text: string) => analyze(text, { lang: 'en' });

test("the client's header fields in Portuguese are read as the bounce's own, never as 'not a bounce'", async () => {
  const paste = [
    'De: Mail Delivery System <MAILER-DAEMON@mail.example.com.br>',
    'Data: 14/05/2024 10:15',
    'Para: maria@example.com.br',
    'Assunto: Mensagem não entregue',
    '',
    'Esta mensagem foi criada automaticamente pelo programa de entrega de e-mails.',
    '',
    'Um ou mais destinatários da sua mensagem não puderam ser encontrados. Este é um erro permanente. O(s) seguinte(s) endereço(s) falhou(aram):',
    '',
    '  roberto@example.com.br',
    '    SMTP error from remote mail server after RCPT TO:<roberto@example.com.br>:',
    '    550 5.1.1 <roberto@example.com.br>: Recipient address rejected: User unknown in virtual mailbox table',
    '',
  ].join('\n');
  const results = await en(paste);
  assert.deepEqual(results.map((r) => [r.bounce, r.recipient, r.reason, r.hardBounce]), [[true, 'roberto@example.com.br', 'userunknown', true]]);
  // a lone "Para:" (the person who got the bounce) is no failed recipient either
  const para = await en(['Para: maria@example.com.br', '', 'Endereço não encontrado', 'Sua mensagem não foi entregue a joao@example.com porque o endereço não foi encontrado.', 'A resposta do servidor remoto foi:', '550 5.1.1 The email account that you tried to reach does not exist.'].join('\n'));
  assert.deepEqual(para.map((r) => r.recipient), ['joao@example.com']);
});

test("addresses named as the sender's, or inside a URL, are no failed recipients", async () => {
  for (const [sender, recipient] of [['Endereço do Remetente', 'Endereço do Destinatário'], ['Sender Address', 'Recipient Address']]) {
    const ndr = await en([
      'Não foi possível entregar a mensagem para estes destinatários ou grupos:', '', 'joao@example.com', 'O endereço de email não foi encontrado.', '',
      'Informações de diagnóstico para administradores:', 'Servidor de geração: BN0PR04MB1234.namprd04.prod.outlook.com', '',
      'joao@example.com', "Servidor remoto retornado '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient joao@example.com not found by SMTP address lookup'", '',
      'Detalhes da mensagem original', `${sender}: maria.souza@example.com.br`, `${recipient}: joao@example.com`,
    ].join('\n'));
    assert.deepEqual(ndr.map((r) => r.recipient), ['joao@example.com'], sender);
  }
  const spf = await en(['Delivery to the following recipient failed permanently:', '', '     diretoria@example.com', '',
    '550 5.7.23 <diretoria@example.com>: Recipient address rejected: Message rejected due to: SPF fail - not authorized. Please see http://www.openspf.net/Why?s=mfrom;id=voce@example.com.br;ip=203.0.113.9;r=<UNKNOWN>'].join('\n'));
  assert.deepEqual(spf.map((r) => r.recipient), ['diretoria@example.com']);
});

test("Gmail's and Microsoft 365's final notices with a 4xx code say the server gave up, in both languages", async () => {
  for (const notice of [
    ['A mensagem não foi entregue', '', 'Houve um problema na entrega da sua mensagem para beatriz@example.com. Veja os detalhes técnicos abaixo.', '', 'A resposta do servidor remoto foi:', '421 4.7.0 [203.0.113.40] Try again later, closing connection.'],
    ['Message not delivered', '', 'There was a problem delivering your message to beatriz@example.com. See the technical details below.', '', 'The response from the remote server was:', '421 4.7.0 [203.0.113.40] Try again later, closing connection.'],
    ['Delivery has failed to these recipients or groups:', '', 'beatriz@example.com', '', "Remote Server returned '451 4.4.0 Primary target IP address responded with: \"421 4.4.2 Connection dropped due to SocketError.\"'"],
  ]) {
    const [r] = await en(notice.join('\n'));
    assert.deepEqual([r!.recipient, r!.action, r!.kindText], ['beatriz@example.com', 'failed', 'final (the server gave up)'], notice[0]);
  }
});

test('a group that takes its members only says so, not "your sender address was refused" nor "the address does not exist"', async () => {
  for (const text of [
    ['Endereço não encontrado', 'Gostaríamos de informar que o grupo com o qual você tentou entrar em contato (vendas) pode não existir ou você não tem permissão para postar mensagens no grupo.'].join('\n'),
    ['Sua mensagem não foi entregue a diretoria@example.com porque o grupo diretoria só aceita mensagens de membros.', 'A resposta do servidor remoto foi:', '550 5.7.1 This group only accepts messages from members of the group'].join('\n'),
  ]) {
    const [r] = await en(text);
    assert.equal(r!.hardBounce, false, text);
    assert.deepEqual(r!.actors, ['recipient-admin'], text);
    assert.match(r!.summary, /^The group did not take your message/, text);
  }
});

test('a delay the server still retries is named as a delay, not as an expired delivery', async () => {
  const { shownReasonName } = await import('../src/explain/shown-kind.js');
  const [delay] = await analyze('Entrega incompleta\nHouve um problema temporário na entrega da sua mensagem para ana@example.com. O Gmail tentará novamente por mais 47 horas.', { lang: 'pt-BR' });
  assert.equal(delay!.reason, 'expired');
  assert.equal(shownReasonName(delay!, 'pt-BR'), 'Entrega atrasada (o servidor ainda tenta)');
  assert.equal(shownReasonName({ ...delay!, action: 'failed' }, 'pt-BR'), 'Prazo de entrega esgotado');
});

test('a delay warning pasted on one line, or in Exchange on premises words, still gives for how long the server retries', async () => {
  const [gmail] = await analyze('Entrega incompleta Houve um problema temporário na entrega da sua mensagem para rh@example.com.br. O Gmail tentará novamente por mais 44 horas. A resposta do servidor remoto foi: 451 4.3.0 Mail server temporarily rejected message.', { lang: 'en' });
  assert.deepEqual([gmail!.action, gmail!.retryText], ['delayed', 'Your mail server keeps retrying on its own for another 44 hours; you need not resend yet.']);
  const [exchange] = await analyze('A entrega está atrasada para estes destinatários ou grupos:\n\nana@example.com\n\nEsta mensagem ainda não foi entregue. A entrega continuará sendo tentada.\n\nO servidor continuará tentando entregar esta mensagem pelas próximas 47 horas e 40 minutos.', { lang: 'en' });
  assert.match(exchange!.retryText, /47 hours and 40 minutes/);
});

test('lines that only look like header fields, or a block followed by a reply or a log, still give the reply', async () => {
  const cases: [string, string | null, string][] = [
    // a person's own labels, no header block
    ['Data: 03/06/2024 10:00\nErro: 550 5.1.1 <ana@example.com>: Recipient address rejected: User unknown', 'ana@example.com', 'userunknown'],
    // the client's fields, then the one line the person kept
    ['De: Mail Delivery System <MAILER-DAEMON@example.com.br>\nPara: maria@example.com.br\nAssunto: Falha\n\nResposta do servidor: 550 5.1.1 <bia@example.com.br>: Recipient address rejected: User unknown', 'bia@example.com.br', 'userunknown'],
    // "please try again later" is no new address: the recipient stays
    ['451 4.3.0 Temporary lookup failure, please try again later: ana@example.com', 'ana@example.com', 'networkerror'],
  ];
  for (const [text, recipient, reason] of cases) {
    const results = await en(text);
    assert.deepEqual(results.map((r) => [r.bounce, r.recipient, r.reason]), [[true, recipient, reason]], text);
  }
  const log = await en(['Assunto: log do servidor', 'Data: 03/06/2024', '',
    'Jun  3 10:00:00 mail sm-mta[1]: 4AB1: to=<ana@example.com>, delay=00:00:01, mailer=esmtp, pri=1, relay=mx.example.com. [192.0.2.1], dsn=5.1.1, stat=User unknown',
    'Jun  3 10:00:01 mail sm-mta[1]: 4AB2: to=<bia@example.com>, delay=00:00:01, mailer=esmtp, pri=1, relay=mx.example.com. [192.0.2.1], dsn=5.1.1, stat=User unknown'].join('\n'));
  assert.deepEqual(log.map((r) => r.recipient), ['ana@example.com', 'bia@example.com']);
});

test("words of a group's refusal elsewhere do not make a group refusal", async () => {
  for (const [text, reason] of [
    ['554 5.7.1 <ana@example.com>: Relay access denied; client 192.0.2.5 has no permission to post to remote domains', 'norelaying'],
    ['553 5.7.1 <news@example.org>: Sender address rejected: not allowed to post as this address (not owned by user ana@example.com)', 'rejected'],
  ] as const) {
    const [r] = await en(text);
    assert.deepEqual([r!.reason, r!.signature === 'group:members-only'], [reason, false], text);
  }
});

test('two notices pasted one after the other give a result each', async () => {
  const { analyze } = await import('../src/analyze.js');
  const exim = [
    'This message was created automatically by mail delivery software.', '',
    'A message that you sent could not be delivered to one or more of its', 'recipients. This is a permanent error. The following address(es) failed:', '',
    '  tiago@example.com.br', '    host mx.example.com.br [192.0.2.20]', '    SMTP error from remote mail server after RCPT TO:<tiago@example.com.br>:', '    550 No Such User Here',
  ].join('\n');
  const gmail = [
    'Delivery Status Notification (Failure)', '', 'Address not found',
    "Your message wasn't delivered to ana.souza@example.com because the address couldn't be found, or is unable to receive mail.", '',
    'The response from the remote server was:', '550 5.1.1 The email account that you tried to reach does not exist. - gsmtp',
  ].join('\n');
  const rs = await analyze(`${exim}\n${gmail}\n`, { lang: 'en' });
  assert.deepEqual(rs.map((r) => [r.recipient, r.reason]), [['tiago@example.com.br', 'userunknown'], ['ana.souza@example.com', 'userunknown']]);
  // one notice alone is read as before; one pasted twice names its recipient once
  assert.equal((await analyze(gmail, { lang: 'en' })).length, 1);
  assert.deepEqual((await analyze(`${exim}\n${exim}\n`, { lang: 'en' })).map((r) => r.recipient), ['tiago@example.com.br']);
});

test('"Detalhes técnicos do erro permanente:" snippets pasted together, or one and then a whole notice, give a result each', async () => {
  const row = async (text: string) => (await analyze(text, { lang: 'pt-BR' })).map((r) => [r.recipient, r.reason, r.replyCode, r.status]);
  const full = ['Detalhes técnicos do erro permanente:', 'Falha no servidor remoto: 552 5.2.2 The email account that you tried to reach is over quota and inactive.'].join('\n');
  const dmarc = ['Detalhes técnicos do erro permanente:', "Falha no servidor remoto: 550 5.7.26 Unauthenticated email from example.org is not accepted due to domain's DMARC policy."].join('\n');
  assert.deepEqual(await row(`${full}\n\n${dmarc}\n`), [[null, 'mailboxfull', '552', '5.2.2'], [null, 'authfailure', '550', '5.7.26']]);
  const gmail = [
    'Endereço não encontrado', '', 'Sua mensagem não foi entregue a lia@example.com porque o endereço não foi encontrado ou não pode receber e-mails.', '',
    'A resposta do servidor remoto foi:', '550 5.1.1 The email account that you tried to reach does not exist. - gsmtp',
  ].join('\n');
  assert.deepEqual(await row(`${full}\n\n${gmail}\n`), [[null, 'mailboxfull', '552', '5.2.2'], ['lia@example.com', 'userunknown', '550', '5.1.1']]);
  // one snippet pasted twice is one failure; Gmail's older notice, its details line below its recipient, is one notice
  assert.equal((await row(`${full}\n\n${full}\n`)).length, 1);
  assert.deepEqual(await row(['Delivery to the following recipient failed permanently:', '', '     lia@example.com', '',
    'Technical details of permanent failure:', 'Google tried to deliver your message, but it was rejected by the server for the recipient domain example.com.', '',
    'The error that the other server returned was:', '550 5.1.1 <lia@example.com>... User Unknown (state 14).'].join('\n')), [['lia@example.com', 'userunknown', '550', '5.1.1']]);
});

test('replies for several recipients pasted one per line give a result each, in their own words', async () => {
  const row = async (text: string) => (await analyze(text, { lang: 'en' })).map((r) => [r.recipient, r.reason, r.replyCode]);
  assert.deepEqual(await row('550 5.1.1 <ana@example.com>: User unknown\n452 4.2.2 <bia@example.com>: Mailbox full\n'),
    [['ana@example.com', 'userunknown', '550'], ['bia@example.com', 'mailboxfull', '452']]);
  // the recipient lines of a Postfix notice, blank lines between
  assert.deepEqual(await row('<ana@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 User unknown\n\n' +
    '<bia@example.com>: host mx.example.com[192.0.2.1] said: 552 5.2.2 Mailbox full\n'),
  [['ana@example.com', 'userunknown', '550'], ['bia@example.com', 'mailboxfull', '552']]);
  // one reply over several lines, each naming the same recipient, stays one reply
  assert.deepEqual(await row('550-5.1.1 <ana@example.com>: Recipient address rejected:\n550 5.1.1 <ana@example.com>: User unknown in virtual mailbox table'),
    [['ana@example.com', 'userunknown', '550']]);
  // a session whose client lines name the address: its refusal, as before
  assert.deepEqual(await row('RCPT TO:<ana@example.com>\n550 5.1.1 User unknown'), [['ana@example.com', 'userunknown', '550']]);
});

test('a notice pasted among others in which nothing was recognised gets a result that says so, with its first line', async () => {
  const outlook = ['Delivery has failed to these recipients or groups:', '', 'ana@example.org', '',
    "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient ana@example.org not found by SMTP address lookup'"].join('\n');
  const vague = ['This message was created automatically by mail delivery software.', '', 'Something happened to your message and our team is looking into it.'].join('\n');
  const gmail = ['Delivery Status Notification (Failure)', '', 'Address not found', "Your message wasn't delivered to bia@example.org because the address couldn't be found.", '',
    'The response from the remote server was:', '550 5.1.1 The email account that you tried to reach does not exist. - gsmtp'].join('\n');
  const rs = await analyze(`Oi, segue o erro:\n\n${outlook}\n\n${vague}\n\n${gmail}\n`, { lang: 'pt-BR' });
  assert.deepEqual(rs.map((r) => [r.recipient, r.bounce, r.summary.startsWith('Esta parte não foi reconhecida')]),
    [['ana@example.org', true, false], [null, false, true], ['bia@example.org', true, false]]);
  assert.equal(rs[1]!.summary, 'Esta parte não foi reconhecida: “This message was created automatically by mail delivery…”');
  // a first notice that gives nothing is quoted by its opening line, not by the greeting pasted before it
  const [first] = await analyze(`Oi, segue o erro:\n\n${vague}\n\n${gmail}\n`, { lang: 'en' });
  assert.equal(first!.summary, 'This part was not recognised: “This message was created automatically by mail delivery…”');
  // every part read: nothing flagged (the greeting before the first notice stays with it)
  assert.ok(!(await analyze(`Oi, segue o erro:\n\n${outlook}\n\n${gmail}\n`, { lang: 'pt-BR' })).some((r) => !r.bounce));
});

test('analyzeInput() tells what a paste was read as: its notices or reply lines, and inputs in which nothing could be read', async () => {
  const { analyzeInput } = await import('../src/analyze-input.js');
  const counts = async (input: string | Uint8Array, file?: string) => {
    const { results: _results, ...read } = await analyzeInput(input, { lang: 'en', file });
    return read;
  };
  const lines = '<ana@example.com>: host mx said: 550 5.1.1 User unknown\n<bia@example.com>: host mx said: 452 4.2.2 Mailbox full\n<caio@example.com>: host mx said: 550 5.1.1 User unknown\n';
  assert.deepEqual(await counts(lines), { messages: 1, logs: 0, logLines: 0, split: 1, notices: 0, replies: 3, unread: 0, logDelivered: 0, logFailed: 0, logDeferred: 0 });
  const exim = ['This message was created automatically by mail delivery software.', '', 'The following address(es) failed:', '', '  tiago@example.com', '    550 No Such User Here'].join('\n');
  const gmail = ['Delivery Status Notification (Failure)', '', "Your message wasn't delivered to ana@example.com.", '', '550 5.1.1 The email account that you tried to reach does not exist. - gsmtp'].join('\n');
  assert.deepEqual(await counts(`${exim}\n${gmail}\n`), { messages: 1, logs: 0, logLines: 0, split: 1, notices: 2, replies: 0, unread: 0, logDelivered: 0, logFailed: 0, logDeferred: 0 });
  // a photo is read as nothing; a note with no code is read, as a text that is no failure notice (its card
  // says so), not counted among the files that could not be read
  assert.equal((await counts(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 1, 2, 3, 0, 0]), 'IMG_2031.png')).unread, 1);
  assert.deepEqual(await counts('buy bread\ncall Ana tomorrow morning\n', 'notes.txt'), { messages: 1, logs: 0, logLines: 0, split: 0, notices: 0, replies: 0, unread: 0, logDelivered: 0, logFailed: 0, logDeferred: 0 });
  assert.equal((await counts('550 5.1.1 <ana@example.com>: User unknown')).unread, 0);
});
