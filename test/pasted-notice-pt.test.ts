// Portuguese replies and notices as Brazilian users paste them: a server's reply in Portuguese (with or
// without accents), or the human part of a Portuguese bounce. Each case is told by a Portuguese phrase
// of src/knowledge/phrases/ alone: no enhanced status code that decides it, no English words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../src/analyze.js';

const CASES: { text: string; reason: string; kind?: string }[] = [
  // emailtoolarge
  { text: 'Sua mensagem não foi entregue a ana@example.com porque ela é grande demais para o servidor de destino.', reason: 'emailtoolarge', kind: 'permanent' },
  { text: '554 <ana@example.com>: A mensagem é muito grande para este servidor', reason: 'emailtoolarge', kind: 'permanent' },
  { text: 'A entrega falhou para estes destinatários ou grupos:\nana@example.com\nA mensagem é muito grande para ser entregue a este destinatário.', reason: 'emailtoolarge', kind: 'permanent' },
  { text: '554 <ana@example.com>: mensagem recusada, ultrapassa o limite de tamanho do servidor', reason: 'emailtoolarge', kind: 'permanent' },
  { text: '554 <ana@example.com>: a mensagem ultrapassa o tamanho permitido', reason: 'emailtoolarge', kind: 'permanent' },
  { text: '554 <ana@example.com>: Tamanho de mensagem excedido', reason: 'emailtoolarge', kind: 'permanent' },
  { text: '554 <ana@example.com>: sua mensagem excedeu o limite de tamanho do servidor', reason: 'emailtoolarge', kind: 'permanent' },
  // mailboxfull: the mailbox reached its size, not the message
  { text: '554 <ana@example.com>: a caixa postal atingiu o tamanho máximo', reason: 'mailboxfull', kind: 'permanent' },
  { text: '554 <ana@example.com>: excedeu o limite de tamanho da caixa de correio', reason: 'mailboxfull', kind: 'permanent' },
  { text: '554 <ana@example.com>: caixa de correio sem espaço', reason: 'mailboxfull', kind: 'permanent' },
  // systemerror
  { text: 'Mensagem não entregue\nSua mensagem não foi entregue a ana@example.com porque o servidor remoto está configurado incorretamente.', reason: 'systemerror', kind: 'permanent' },
  { text: '554 <ana@example.com>: servidor de destino mal configurado', reason: 'systemerror', kind: 'permanent' },
  { text: '554 <ana@example.com>: Loop de e-mail detectado', reason: 'systemerror', kind: 'permanent' },
  { text: '554 <ana@example.com>: erro de configuração no servidor', reason: 'systemerror', kind: 'permanent' },
  { text: '554 <ana@example.com>: falha interna, tente novamente mais tarde', reason: 'systemerror', kind: 'permanent' },
  // a delay warning in other servers' words: still retried
  { text: 'A entrega para ana@example.com está atrasada.\nO servidor continuará tentando por até 5 dias.', reason: 'expired', kind: 'transient' },
  { text: 'Sua mensagem para ana@example.com ainda está na fila: a entrega foi adiada e será tentada novamente.', reason: 'expired', kind: 'transient' },
  { text: '550 <ana@example.com>: Conta do usuário está inativa', reason: 'suspend', kind: 'permanent' },
  { text: '550 <ana@example.com>: a caixa postal está suspensa', reason: 'suspend', kind: 'permanent' },
  { text: 'Aviso de falha na entrega\n\nNão conseguimos entregar sua mensagem para ana@example.com porque a caixa de entrada do destinatário excedeu a cota.', reason: 'mailboxfull', kind: 'permanent' },
  { text: 'A mensagem para ana@example.com não pôde ser entregue porque o endereço contém caracteres inválidos.', reason: 'userunknown', kind: 'permanent' },
  { text: 'Mensagem não entregue para ana@example.com: o servidor de destino exige conexão segura (TLS).', reason: 'failedstarttls', kind: 'permanent' },
  // hostunknown, suspend: the address between the words
  { text: 'Sua mensagem para ana@example.com não pôde ser entregue porque o domínio example.com não existe.', reason: 'hostunknown', kind: 'permanent' },
  { text: 'Mensagem não entregue\n\nO endereço ana@example.com está desativado e não recebe mais mensagens.', reason: 'suspend', kind: 'permanent' },
  // expired
  { text: 'Não foi possível entregar sua mensagem para ana@example.com nos últimos 5 dias.', reason: 'expired', kind: 'permanent' },
  { text: 'Falha na entrega para ana@example.com: o servidor do destinatário não aceitou nossas solicitações de conexão.', reason: 'expired', kind: 'permanent' },
  { text: 'Sua mensagem para ana@example.com não pôde ser entregue. O servidor tentou entregar esta mensagem, sem sucesso, e parou de tentar.', reason: 'expired', kind: 'permanent' },
  { text: 'Sua mensagem para ana@example.com não foi entregue dentro do prazo e foi devolvida.', reason: 'expired', kind: 'permanent' },
  { text: 'Falha na entrega para ana@example.com: a mensagem expirou na fila.', reason: 'expired', kind: 'permanent' },
  // networkerror (temporary replies: a 4xx code)
  { text: '451 <ana@example.com>: nenhuma rota para o host mx.example.com', reason: 'networkerror', kind: 'transient' },
  { text: '451 <ana@example.com>: tempo limite de conexão com mx.example.com', reason: 'networkerror', kind: 'transient' },
  { text: '451 <ana@example.com>: conexão perdida com mx.example.com durante a entrega', reason: 'networkerror', kind: 'transient' },
  { text: '451 <ana@example.com>: falha temporária na resolução de nome', reason: 'networkerror', kind: 'transient' },
  { text: '451 <ana@example.com>: host inacessível', reason: 'networkerror', kind: 'transient' },
  // virusdetected
  { text: '554 <ana@example.com>: mensagem recusada, anexo infectado', reason: 'virusdetected', kind: 'permanent' },
  { text: '554 <ana@example.com>: código malicioso encontrado na mensagem', reason: 'virusdetected', kind: 'permanent' },
  // norelaying
  { text: '554 <ana@example.com>: retransmissão negada', reason: 'norelaying', kind: 'permanent' },
  { text: '554 <ana@example.com>: não é possível retransmitir para um domínio não aceito', reason: 'norelaying', kind: 'permanent' },
  { text: '554 <ana@example.com>: relay não autorizado', reason: 'norelaying', kind: 'permanent' },
  // authfailure
  { text: '554 <ana@example.com>: assinatura DKIM inválida', reason: 'authfailure', kind: 'permanent' },
  // "remetente não autorizado" alone is a rejected sender; the SPF record says why
  { text: '554 <ana@example.com>: remetente não autorizado pelo registro SPF de example.org', reason: 'authfailure', kind: 'permanent' },
  // "falha na autenticação" alone is a refused SMTP login (securityerror); SPF makes it the sender's domain
  { text: '554 <ana@example.com>: falha na autenticação SPF do remetente', reason: 'authfailure', kind: 'permanent' },
  { text: '554 <ana@example.com>: a mensagem não passou nas verificações de autenticação', reason: 'authfailure', kind: 'permanent' },
  // syntaxerror
  { text: 'O servidor de ana@example.com respondeu: erro de sintaxe no comando', reason: 'syntaxerror', kind: 'permanent' },
  { text: 'O servidor de ana@example.com respondeu: comando não reconhecido', reason: 'syntaxerror', kind: 'permanent' },
  { text: 'O servidor de ana@example.com respondeu: sequência de comandos inválida', reason: 'syntaxerror', kind: 'permanent' },
  // securityerror
  { text: '554 <ana@example.com>: autenticação necessária para enviar mensagens', reason: 'securityerror', kind: 'permanent' },
  { text: '554 <ana@example.com>: usuário e senha não aceitos', reason: 'securityerror', kind: 'permanent' },
  { text: '554 <ana@example.com>: credenciais inválidas', reason: 'securityerror', kind: 'permanent' },
  // a connection that failed, and the server that gave up after its attempts
  { text: 'Não foi possível entregar sua mensagem para o seguinte endereço.\n\n<ana@example.com.br>:\nFalha na conexão com o host remoto: 203.0.113.9 (mx.example.com.br) - mensagem não entregue após várias tentativas', reason: 'expired', kind: 'permanent' },
  { text: '<ana@example.com.br>: Falha na conexão com o host remoto: 203.0.113.9 (mx.example.com.br)', reason: 'networkerror' },
  // hasmoved
  { text: '550 <ana@example.com>: o endereço mudou para bia@example.com', reason: 'hasmoved', kind: 'permanent' },
  { text: '550 <ana@example.com>: este endereço foi substituído por bia@example.com', reason: 'hasmoved', kind: 'permanent' },
  // policyviolation
  // a generic "bloqueada" (blocked) would win over the generic "política"
  { text: '554 <ana@example.com>: mensagem bloqueada por violação das políticas de uso', reason: 'policyviolation', kind: 'permanent' },
  { text: '554 <ana@example.com>: tipo de arquivo não permitido', reason: 'policyviolation', kind: 'permanent' },
  { text: '554 <ana@example.com>: mensagem rejeitada devido a restrições de conteúdo', reason: 'policyviolation', kind: 'permanent' },
  // rejected: the sender's address, even when the reason given would read as the recipient's
  { text: '550 Endereço do remetente rejeitado: usuário desconhecido', reason: 'rejected', kind: 'permanent' },
  { text: '550 Falha na verificação do remetente joao@example.org', reason: 'rejected', kind: 'permanent' },
  // suspend
  { text: '554 <ana@example.com>: conta expirada', reason: 'suspend', kind: 'permanent' },
  // userunknown
  { text: 'Falha na entrega para ana@example.com: usuário não cadastrado.', reason: 'userunknown', kind: 'permanent' },
  { text: 'Falha na entrega para ana@example.com: caixa postal não encontrada.', reason: 'userunknown', kind: 'permanent' },
  // filtered
  { text: '554 <ana@example.com>: mensagem rejeitada pelo destinatário', reason: 'filtered', kind: 'permanent' },
  // spamdetected
  { text: '554 <ana@example.com>: mensagem não solicitada recusada', reason: 'spamdetected', kind: 'permanent' },
  // ratelimited
  { text: '451 <ana@example.com>: limite de taxa excedido para 192.0.2.1', reason: 'ratelimited', kind: 'transient' },
  // badreputation
  { text: '554 <ana@example.com>: mensagem recusada devido à baixa reputação do IP 192.0.2.1', reason: 'badreputation', kind: 'permanent' },
  // requireptr
  { text: '554 <ana@example.com>: o IP 192.0.2.1 não possui DNS reverso', reason: 'requireptr', kind: 'permanent' },
  // failedstarttls
  { text: '554 <ana@example.com>: TLS é obrigatório para este domínio', reason: 'failedstarttls', kind: 'permanent' },
  // systemfull
  { text: '554 <ana@example.com>: sem espaço em disco no servidor', reason: 'systemfull', kind: 'permanent' },
  // notaccept
  { text: 'Falha na entrega para ana@example.com: este domínio não aceita e-mails.', reason: 'notaccept', kind: 'permanent' },
  // contenterror
  { text: '554 <ana@example.com>: cabeçalho inválido na mensagem', reason: 'contenterror', kind: 'permanent' },
  // notcompliantrfc
  { text: '554 <ana@example.com>: a mensagem não está em conformidade com a RFC', reason: 'notcompliantrfc', kind: 'permanent' },
  // suppressed
  { text: 'Falha na entrega para ana@example.com: o endereço está na lista de supressão.', reason: 'suppressed', kind: 'permanent' },
  // without accents, as servers that answer in ASCII write them
  { text: '554 <ana@example.com>: retransmissao negada', reason: 'norelaying', kind: 'permanent' },
  { text: 'Sua mensagem nao foi entregue a ana@example.com porque o servidor remoto esta configurado incorretamente.', reason: 'systemerror', kind: 'permanent' },
  // replies of Brazilian servers, accents dropped as SMTP replies often have them
  { text: '554 5.7.1 Remetente nao autorizado pelo SPF do dominio', reason: 'authfailure', kind: 'permanent' },
  { text: '550 Usuario desativado', reason: 'suspend', kind: 'permanent' },
  { text: '550 5.7.0 Mensagem recusada: anexo com extensao .exe nao permitido', reason: 'policyviolation', kind: 'permanent' },
  // and their English counterparts
  { text: '550 5.7.1 Sender not authorized by SPF', reason: 'authfailure', kind: 'permanent' },
  { text: '550 User disabled', reason: 'suspend', kind: 'permanent' },
  { text: '550 5.7.0 Attachment with .exe extension not allowed', reason: 'policyviolation', kind: 'permanent' },
];

for (const { text, reason, kind } of CASES) {
  test(`a Portuguese notice: ${text.slice(0, 90)}`, async () => {
    const results = await analyze(text, { lang: 'pt-BR' });
    assert.equal(results.length, 1);
    const [r] = results;
    assert.equal(r!.reason, reason);
    if (kind) assert.equal(r!.kind, kind);
  });
}

// The new phrases must not take over notices that say something else.
const UNCHANGED: { text: string; reason: string }[] = [
  // Exchange's Portuguese notice opens with "Não foi possível entregar"; its cause is further down
  { text: 'Sua mensagem não chegou a alguns ou a todos os destinatários.\n\nNão foi possível entregar a mensagem aos seguintes destinatários:\n\nana@example.com em 28/11/2026 10:00\nA caixa de correio do destinatário está cheia e não pode aceitar mensagens agora. Tente reenviar nos últimos dias do mês.', reason: 'mailboxfull' },
  // a misconfigured SPF record is the sender's authentication, not the remote server's configuration
  { text: '550 <ana@example.com>: o registro SPF de example.org está configurado incorretamente', reason: 'authfailure' },
  // a mailbox that reached its size is full, whatever "tamanho máximo" says
  { text: 'Sua mensagem não foi entregue a ana@example.com porque a caixa de entrada atingiu o limite de armazenamento.', reason: 'mailboxfull' },
  // "endereço mudou para" (hasmoved, tried first) is the recipient's address, not the sending IP's
  { text: '554 <ana@example.com>: seu endereço IP mudou para 192.0.2.1, que está listado em bl.example.org', reason: 'blocked' },
  // a sending limit of the sender's mailbox is not a full mailbox
  { text: '452 A caixa postal joao@example.org atingiu o limite de envio por hora', reason: 'ratelimited' },
  // Gmail's notice for an unknown address stays an unknown address
  { text: 'Sua mensagem não foi entregue a ana@example.com porque o endereço não foi encontrado ou não pode receber e-mails.', reason: 'userunknown' },
];

for (const { text, reason } of UNCHANGED) {
  test(`a new Portuguese phrase does not misfire: ${text.slice(0, 80)}`, async () => {
    const [r] = await analyze(text, { lang: 'pt-BR' });
    assert.equal(r!.reason, reason);
  });
}
