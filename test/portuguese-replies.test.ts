// Replies and short notices of Brazilian (and a few Portuguese and Spanish) mail servers and hosting
// providers, in their own words, mostly without accents as SMTP replies are ASCII: each was misread
// before a phrase of src/knowledge/phrases/ said what it means. One case per test, so that a failure
// names the server's words; the list action is checked where the reading decides it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explainText } from '../src/explain-text.js';
import { testReplyCases, type ReplyCase } from './reply-cases.js';

const reasonOf = (line: string) => explainText(line, { lang: 'pt-BR' }).reason;

const CASES: readonly ReplyCase[] = [
  // userunknown: "não localizado", "o e-mail informado" (they read as a bare 550)
  ['550 Usuário não localizado', 'userunknown', 'remove'],
  ['ana@example.com.br\n    Usuario nao localizado', 'userunknown', 'remove'],
  ['550 O e-mail informado não existe', 'userunknown', 'remove'],
  ['550 Email do destinatario nao existe', 'userunknown', 'remove'],
  // suspend: the account named with its kind, "esta conta", "foi suspensa" (they read as an unknown user
  // under 5.2.1, or as a bare 550), and a mailbox its administrator blocked (it read as a filter of the sender)
  ['550 Conta de e-mail bloqueada', 'suspend', 'remove'],
  ['550 5.2.1 Conta de e-mail bloqueada', 'suspend', 'remove'],
  ['550 5.2.1 <ana@example.com.br>: Conta de email suspensa', 'suspend', 'remove'],
  ['550 <ana@example.com.br>: Conta de email desativada', 'suspend', 'remove'],
  ['550 Conta de email cancelada', 'suspend', 'remove'],
  ['550 5.2.1 <ana@example.com.br>: Esta conta foi desativada', 'suspend', 'remove'],
  ['550 5.2.1 <ana@example.com.br>: Esta conta está suspensa', 'suspend', 'remove'],
  ['550 5.2.1 A conta do destinatário foi suspensa', 'suspend', 'remove'],
  ['550 5.2.1 O e-mail do destinatário está desativado', 'suspend', 'remove'],
  ['550 O e-mail do destinatario foi desativado', 'suspend', 'remove'],
  ['550 5.2.1 Endereço desativado', 'suspend', 'remove'],
  ['550 5.2.1 <ana@example.com>: Cuenta de correo desactivada', 'suspend', 'remove'],
  // the recipient named as such, with no enhanced code to decide (each read as a bare 550), or its
  // address between the words of a notice (read as no failure)
  ['550 Destinatário não encontrado', 'userunknown', 'remove'],
  ['550 <ana@example.com.br>: o destinatario nao existe', 'userunknown', 'remove'],
  ['550 O destinatario nao foi localizado', 'userunknown', 'remove'],
  ['550 Destinatario nao reconhecido', 'userunknown', 'remove'],
  ['550 Destinatario nao cadastrado neste servidor', 'userunknown', 'remove'],
  ['550 Nao existe usuario com este endereco', 'userunknown', 'remove'],
  ['550 Nenhum usuário com esse endereço', 'userunknown', 'remove'],
  ['550 Endereco de e-mail desconhecido', 'userunknown', 'remove'],
  ['550 Endereco de destino inexistente', 'userunknown', 'remove'],
  ['550 E-mail nao cadastrado', 'userunknown', 'remove'],
  ['550 Conta de e-mail nao encontrada no servidor', 'userunknown', 'remove'],
  ['550 A conta de email ana@example.com.br nao existe', 'userunknown', 'remove'],
  ['550 O endereço de e-mail que você digitou não existe', 'userunknown', 'remove'],
  ['550 <ana@example.pt>: Utilizador desconhecido', 'userunknown', 'remove'],
  ['550 <ana@example.pt>: O utilizador não existe', 'userunknown', 'remove'],
  ['O endereço ana@example.com.br não existe.', 'userunknown', 'remove'],
  ['A mensagem não foi entregue porque o destinatário ana@example.com.br não existe.', 'userunknown', 'remove'],
  // hostunknown: the recipient's domain (read as an unknown user, or as a bare code)
  ['550 Dominio do destinatario invalido', 'hostunknown', 'remove'],
  ['550 Dominio do destinatario nao foi encontrado', 'hostunknown', 'remove'],
  ['550 O dominio example.com.br nao existe', 'hostunknown', 'remove'],
  ['Dominio de destino invalido: example.com.br', 'hostunknown', 'remove'],
  // suspend (read as an unknown user under 5.2.1)
  ['550 5.2.1 Conta de e-mail temporariamente suspensa', 'suspend', 'remove'],
  ['550 5.2.1 Caixa postal inativa', 'suspend', 'remove'],
  ['550 5.2.1 Caixa de e-mail desativada', 'suspend', 'remove'],
  ['550 5.2.1 A caixa de e-mail deste usuario foi desativada', 'suspend', 'remove'],
  // mailboxfull (read as a bare code, or a notice without a reason)
  ['450 A cota da caixa postal foi atingida', 'mailboxfull', 'retry'],
  ['450 Espaço da caixa postal esgotado', 'mailboxfull', 'retry'],
  ['450 O destinatario nao tem espaco disponivel na caixa postal', 'mailboxfull', 'retry'],
  ['550 Caixa postal excedeu o limite', 'mailboxfull', 'retry'],
  ['552 Caixa cheia', 'mailboxfull', 'retry'],
  ['452 <ana@example.com.br>: caixa lotada, tente mais tarde', 'mailboxfull', 'retry'],
  ['A mensagem para ana@example.com.br não pôde ser entregue.\nCaixa cheia.', 'mailboxfull', 'retry'],
  ['Não foi possível entregar sua mensagem porque a caixa de entrada de ana@example.com.br está cheia.', 'mailboxfull', 'retry'],
  // emailtoolarge (a 552 read as a full mailbox, a 554 as a bare code)
  ['552 O tamanho do anexo ultrapassa o limite permitido', 'emailtoolarge', 'fix-your-side'],
  ['554 Mensagem maior que o permitido', 'emailtoolarge', 'fix-your-side'],
  ['554 Tamanho da mensagem acima do permitido', 'emailtoolarge', 'fix-your-side'],
  // blocked: the sending server or its IP, named as the sender's (they read as the sender's address),
  // blocked for sending spam (it read as spam content)
  ['554 5.7.1 Servidor remetente bloqueado', 'blocked', 'fix-your-side'],
  ['554 IP do remetente bloqueado', 'blocked', 'fix-your-side'],
  ['554 5.7.1 IP 192.0.2.1 bloqueado por envio de spam', 'blocked', 'fix-your-side'],
  // rejected: the sender's address (they read as a block of the sending server)
  ['550 5.7.1 Seu endereço de e-mail está bloqueado', 'rejected', 'fix-your-side'],
  ['550 5.7.1 Seu endereco foi bloqueado', 'rejected', 'fix-your-side'],
  // spamdetected: "message content rejected" (it read as a bare 5.7.1)
  ['554 5.7.1 Conteudo da mensagem rejeitado', 'spamdetected', 'fix-your-side'],
  ['550 5.7.1 Conteúdo recusado', 'spamdetected', 'fix-your-side'],
  // ratelimited (a 4.2.1 read as a mailbox closed for now, a bare 452 as no reason)
  ['450 4.2.1 Voce esta enviando mensagens rapido demais', 'ratelimited', 'fix-your-side'],
  ['452 Numero maximo de destinatarios excedido', 'ratelimited', 'fix-your-side'],
  ['452 Limite de destinatarios por mensagem excedido', 'ratelimited', 'fix-your-side'],
  ['452 Maximum number of recipients exceeded', 'ratelimited', 'fix-your-side'],
  // norelaying (a bare 5.7.1)
  ['554 5.7.1 Este servidor nao faz relay para dominios externos', 'norelaying', 'fix-your-side'],
  ['550 5.7.1 Este servidor não permite relay', 'norelaying', 'fix-your-side'],
  // failedstarttls (a bare 5.7.1 or 4.7.0)
  ['554 5.7.1 Conexao segura (TLS) obrigatoria', 'failedstarttls', 'fix-your-side'],
  ['530 5.7.0 E obrigatorio o uso de TLS', 'failedstarttls', 'fix-your-side'],
  ['454 4.7.0 TLS indisponivel', 'failedstarttls', 'fix-your-side'],
  ['454 4.7.0 TLS nao disponivel', 'failedstarttls', 'fix-your-side'],
  ['454 4.7.0 TLS unavailable', 'failedstarttls', 'fix-your-side'],
  // requireptr (a bare 4.7.1)
  ['450 4.7.1 Nao foi possivel resolver o nome reverso do seu IP', 'requireptr', 'fix-your-side'],
  // systemerror (a bare 4.3.0 or 451)
  ['451 4.3.0 Falha temporária no sistema', 'systemerror', 'retry'],
  ['451 Falha no sistema, tente novamente', 'systemerror', 'retry'],
  ['451 4.3.0 Temporary system failure', 'systemerror', 'retry'],
  ['451 4.3.0 Erro ao processar a mensagem, tente novamente', 'systemerror', 'retry'],
  ['554 5.3.0 Erro no sistema de correio', 'systemerror', 'retry'],
  // rejected: the sender unknown, or not allowed (read as a bare code)
  ['550 5.7.1 O remetente nao tem permissao para enviar para este endereco', 'rejected', 'fix-your-side'],
  ['550 Remetente inexistente', 'rejected', 'fix-your-side'],
  // the sender's domain, after the sender was refused (read as the recipient's domain, to remove)
  ['554 5.7.1 Remetente rejeitado: domínio sem registro MX', 'rejected', 'fix-your-side'],
  ['550 5.7.1 Remetente inválido: o domínio example.org não existe', 'rejected', 'fix-your-side'],
  ['550 O endereço do remetente não existe', 'rejected', 'fix-your-side'],
  // Postfix's "Sender address rejected: Domain not found" as Brazilian hosts translate it, and the sender
  // refused because its domain or user does not exist (each read as the recipient's domain, to remove)
  ['550 5.7.1 Endereço de remetente recusado: domínio não encontrado', 'rejected', 'fix-your-side'],
  ['550 5.7.1 <news@example.com.br>: Endereco do remetente recusado: Dominio nao encontrado', 'rejected', 'fix-your-side'],
  ['554 5.7.1 Remetente rejeitado: dominio inexistente', 'rejected', 'fix-your-side'],
  ['550 5.7.1 Remetente nao autorizado: dominio inexistente', 'rejected', 'fix-your-side'],
  ['550 5.7.1 Remetente recusado: domínio desconhecido', 'rejected', 'fix-your-side'],
  ['550 5.7.1 Domínio do remetente não localizado', 'rejected', 'fix-your-side'],
  ['550 5.7.1 Remetente rejeitado: usuario inexistente', 'rejected', 'fix-your-side'],
  ['550 5.7.1 Remitente rechazado: dominio inexistente', 'rejected', 'fix-your-side'],
  ['550 5.7.1 Dirección de remitente rechazada: dominio no encontrado', 'rejected', 'fix-your-side'],
  // the recipient's domain stays the recipient's, and so does a recipient's reason under a notice's sender field
  ['550 Domínio inexistente: example.com.br', 'hostunknown', 'remove'],
  ['550 5.1.2 Dominio do destinatario nao encontrado', 'hostunknown', 'remove'],
  ['Endereço do remetente: bob@example.com.br\nDestinatário: ana@example.com.br\nMotivo: usuário desconhecido', 'userunknown', 'remove'],
  // ratelimited (read as a bare code)
  ['421 4.7.0 Numero maximo de conexoes excedido', 'ratelimited', 'fix-your-side'],
  ['421 Você está enviando muitos e-mails. Tente novamente mais tarde', 'ratelimited', 'fix-your-side'],
  ['452 Excesso de destinatarios', 'ratelimited', 'fix-your-side'],
  // networkerror, expired, filtered, contenterror
  ['Nao foi possivel estabelecer conexao com mx.example.com.br', 'networkerror', 'retry'],
  ['451 Sem resposta do servidor de destino', 'networkerror', 'retry'],
  ['Sua mensagem não pôde ser entregue após várias tentativas ao longo de 5 dias.', 'expired', 'retry'],
  ['A mensagem ficou tempo demais na fila e foi devolvida', 'expired', 'retry'],
  ['550 5.7.1 Mensagem bloqueada por regra do destinatario', 'filtered', 'retry'],
  ['554 Cabecalho da mensagem invalido', 'contenterror', 'fix-your-side'],
  // notices without a code (each read as 'no code found', not a failure)
  ['Tempo esgotado ao aguardar resposta do servidor', 'networkerror', 'retry'],
  ['Tempo limite esgotado ao conectar em mx.example.com.br', 'networkerror', 'retry'],
  ['Nao foi encontrado registro MX para o dominio example.com.br', 'hostunknown', 'remove'],
  ['Nenhum registro MX encontrado para example.com.br', 'hostunknown', 'remove'],
  // without a code, as a webmail's notice says it
  ['Não foi possível entregar: o domínio example.com.br não possui registro MX', 'hostunknown', 'remove'],
  ['O dominio example.com.br nao tem registros MX', 'hostunknown', 'remove'],
  ['A mensagem nao pode ser entregue apos 5 dias de tentativas', 'expired', 'retry'],
  ['Mensagem removida da fila apos 5 dias sem conseguir entregar', 'expired', 'retry'],
  // a failure notice without accents says no reason, but is one
  ['A mensagem para ana@example.com.br nao pode ser entregue.', 'undefined', 'retry'],
  ['Sua mensagem nao pode ser entregue ao destinatario ana@example.com.br', 'undefined', 'retry'],
  // automatic answers, also typed without accents: nothing failed
  ['Mensagem de ausencia: estou de licenca ate marco.', 'vacation', 'nothing'],
  ['Aviso de ausência: estarei fora até o dia 20.', 'vacation', 'nothing'],
  ['Estou em licença maternidade até março. Para assuntos urgentes, procure bia@example.com.br.', 'vacation', 'nothing'],
  ['Estou de ferias ate 10/01. Em caso de urgencia, escreva para bia@example.com.br.', 'vacation', 'nothing'],
  ['Estou fora do escritorio e retorno na segunda-feira.', 'vacation', 'nothing'],
  ['Estou afastado até o dia 30 e sem acesso ao e-mail.', 'vacation', 'nothing'],
  // after an audit of Brazilian bounces: Microsoft 365's Portuguese notice without its technical lines,
  // its "caixa de correio", cancelled accounts, a refused attachment type, a person's own block list,
  // Portuguese expiry words, "muito rápido", "registro reverso", "lista cinza", "lotada" after the recipient
  ['O endereço de email que você inseriu não pôde ser encontrado. Verifique o endereço e tente reenviar.', 'userunknown', 'remove'],
  ['Sua mensagem não pôde ser entregue a ana@example.com.br porque o endereço de email não foi encontrado ou não está disponível.', 'userunknown', 'remove'],
  ['A caixa de correio de otavio@example.com.br foi desabilitada ou não existe mais.', 'userunknown', 'remove'],
  ['550 Caixa de correio inexistente', 'userunknown', 'remove'],
  ['550 Esta conta foi cancelada pelo usuário', 'suspend', 'remove'],
  ['552 5.7.0 Mensagem recusada: anexos do tipo .exe não são permitidos', 'policyviolation', 'fix-your-side'],
  ['550 5.7.1 Attachment with .exe extension not allowed', 'policyviolation', 'fix-your-side'], // only the sender can send it without that file
  // as 'executable attachment': the sender's to send without the file (it read as a policy refusal to retry)
  ['554 5.7.1 Anexo executável não permitido', 'policyviolation', 'fix-your-side'],
  // a server that answered, refusing by its policy: a block, not a connection that failed
  ['554 5.7.1 Conexão recusada pela política de segurança', 'blocked', 'fix-your-side'],
  ['554 5.7.1 Connection refused by security policy', 'blocked', 'fix-your-side'],
  ['Falha na entrega: conexão recusada pelo servidor mx.example.com.br. Consulte a política de envio do seu provedor.', 'networkerror', 'retry'],
  ['454 4.7.0 Falha na negociação TLS', 'failedstarttls', 'fix-your-side'],
  // a spam filter's policy named after a generic "mailbox unavailable": no unknown user to remove
  ['550 Caixa postal indisponível: mensagem bloqueada pela política de spam', 'spamdetected', 'fix-your-side'],
  ['550 Mailbox unavailable: message blocked by spam policy', 'spamdetected', 'fix-your-side'],
  ['550 5.7.1 A negociação TLS foi bem-sucedida, mas o remetente não está autorizado', 'securityerror', 'retry'], // as without the TLS words
  // a review's counterexamples to the second audit's phrases: each read as another reason
  ['550 5.7.23 O IP 192.0.2.10 nao esta listado no SPF de example.com.br', 'authfailure', 'fix-your-side'],
  ['550 5.7.23 O IP do remetente não corresponde ao registro SPF do domínio example.com.br', 'authfailure', 'fix-your-side'],
  ['550 Sua conta de e-mail está desabilitada. Contate o suporte.', 'onhold', 'retry'],
  ['Não foi possível encontrar o domínio example.com.br no momento (erro temporário de DNS). Tente novamente mais tarde.', 'networkerror', 'retry'],
  ['552 Caixa postal do destinatário acima do limite de tamanho permitido', 'mailboxfull', 'retry'],
  ['550 Não foi possível encontrar o endereço de e-mail do remetente', 'rejected', 'fix-your-side'],
  ['550 Mensagem classificada como spam. IP: 192.0.2.10 | Reverso do IP: mail.example.com | Pontuação: 12.3', 'spamdetected', 'fix-your-side'],
  ['550 Não existe endereço reverso para o seu IP 192.0.2.10', 'requireptr', 'fix-your-side'],
  ['550 E-mail recusado: remetente está na lista de bloqueio do usuário', 'filtered', 'retry'],
  ['Tempo de entrega expirado', 'expired', 'retry'],
  ['A mensagem ficou na fila por 5 dias e não pôde ser entregue.', 'expired', 'retry'],
  ['451 4.7.1 Você está enviando mensagens muito rápido', 'ratelimited', 'fix-your-side'],
  ['550 5.7.1 Mensagem rejeitada pois o remetente não possui registro reverso (PTR)', 'requireptr', 'fix-your-side'],
  ['552 Caixa postal do destinatário lotada', 'mailboxfull', 'retry'],
  ['451 Mensagem adiada pela lista cinza', 'blocked', 'retry'], // greylisting: the server retries by itself
  ['Your message could not be delivered because delivery to this address is restricted.', 'filtered', 'retry'],
  // after a second audit (held-out set P): a mail client's notice that could not find the address or the
  // domain (read as no failure), Exim's "unrouteable address" and "mailbox unavailable" in Portuguese
  // (a bare 550), the account with its address between the words (an unknown user under 5.2.1), a
  // temporary system error (a bare 4.3.0)
  ['Não foi possível localizar o endereço de email bia@example.com.br.', 'userunknown', 'remove'],
  ['Nao foi possivel encontrar o endereco de e-mail bia@example.com.br', 'userunknown', 'remove'],
  ['Não foi possível localizar o domínio example.com.br.', 'hostunknown', 'remove'],
  ['550 <bia@example.com.br>: Endereco nao roteavel', 'hostunknown', 'remove'],
  ['550 Dominio nao roteavel', 'hostunknown', 'remove'],
  ['550 <bia@example.com.br>: Caixa de correio indisponivel', 'userunknown', 'remove'],
  ['550 5.2.1 A conta de e-mail bia@example.com.br foi desativada', 'suspend', 'remove'],
  ['550 5.2.1 Conta de e-mail <bia@example.com.br> esta desabilitada', 'suspend', 'remove'],
  ['451 Erro temporario no sistema, tente mais tarde', 'systemerror', 'retry'],
  ['451 4.3.0 Erro temporário do servidor', 'systemerror', 'retry'],
  // the sender's own domain or account, in the same words (they would read as the recipient's)
  ['Não foi possível encontrar o domínio do remetente bob@example.com.br', 'rejected', 'fix-your-side'],
  ['550 5.7.1 Sua conta de e-mail está suspensa', 'rejected', 'fix-your-side'],
  // a virus in an attachment stays a virus; a recipient not on a list is no block
  ['554 Vírus encontrado no anexo executável', 'virusdetected', 'fix-your-side'],
  ['550 5.7.1 Anexo não permitido: vírus detectado', 'virusdetected', 'fix-your-side'],
  // more wordings of the same families (probed after set P): a leading "não existe" (a bare 550), a
  // mailbox "desabilitada" (an unknown user under 5.2.1), no mail server for the domain, the sender's
  // domain "não foi encontrado" (both a bare 550), the sender unlike the authenticated user (a bare 5.7.1),
  // "DKIM inválido", a TLS that could not start, "acima do limite de tamanho" (a 552 read as a full
  // mailbox), the reverse of the sending IP (each a bare code)
  ['550 Não existe conta de e-mail com o endereço bia@example.com.br', 'userunknown', 'remove'],
  ['550 5.2.1 A caixa de e-mail de bia@example.com.br está desabilitada', 'suspend', 'remove'],
  ['550 5.2.1 Caixa postal <bia@example.com.br> foi desabilitada pelo provedor', 'suspend', 'remove'],
  ['Nenhum servidor de email encontrado para example.com.br', 'hostunknown', 'remove'],
  ['550 Dominio do remetente nao foi encontrado no DNS', 'rejected', 'fix-your-side'],
  ['553 5.7.1 Endereco do remetente nao corresponde ao usuario autenticado', 'rejected', 'fix-your-side'],
  ['550 5.7.1 Assinatura rejeitada: DKIM invalida para example.com.br', 'authfailure', 'fix-your-side'],
  ['454 4.7.0 Nao foi possivel iniciar o TLS com o servidor', 'failedstarttls', 'fix-your-side'],
  ['454 4.7.5 Falha na negociação TLS', 'failedstarttls', 'fix-your-side'],
  ['552 Anexo acima do limite de tamanho do servidor', 'emailtoolarge', 'fix-your-side'],
  ['550 O reverso do seu IP 192.0.2.10 não confere', 'requireptr', 'fix-your-side'],
  // a mail client's notice of a refused connection (no reason), the sending IP "listado na/no" a list, a
  // HELO name refused, a server without PTR (each a bare 5.7.1), an attachment with a forbidden extension
  // (a bare 5.7.0)
  ['A mensagem não pôde ser entregue: o servidor mx.example.com.br recusou a conexão.', 'networkerror', 'retry'],
  ['550 5.7.1 Seu IP 192.0.2.10 esta listado na base de reputacao', 'blocked', 'fix-your-side'],
  // an IP named on a block list after a refusal of the sender: the IP is the news (each read as the sender's address)
  ['550 5.7.1 Remetente nao autorizado. Seu IP 192.0.2.10 esta listado em uma blacklist', 'blocked', 'fix-your-side'],
  ['554 5.7.1 Remetente não autorizado: o IP 192.0.2.10 consta na lista negra', 'blocked', 'fix-your-side'],
  ['550 5.7.1 Remetente nao autorizado - IP 192.0.2.10 em lista de bloqueio', 'blocked', 'fix-your-side'],
  ['550 5.7.1 Remetente recusado: IP listado em RBL', 'blocked', 'fix-your-side'],
  ['554 Seu IP esta em blacklist. Remetente nao aceito', 'blocked', 'fix-your-side'],
  ['554 5.7.1 Remitente no autorizado: su IP 192.0.2.10 está en una lista negra', 'blocked', 'fix-your-side'],
  ['550 5.7.1 Sender rejected: your IP 192.0.2.10 is blacklisted', 'blocked', 'fix-your-side'],
  ['550 5.7.1 Remetente nao autorizado: listado na DNSBL bl.example.org', 'blocked', 'fix-your-side'],
  // the sender alone, or its IP not in its SPF record, stay as they were
  ['550 5.7.1 Remetente nao autorizado', 'rejected', 'fix-your-side'],
  ['550 5.7.1 Remetente nao autorizado: o IP 192.0.2.10 nao esta listado no SPF de example.com.br', 'authfailure', 'fix-your-side'],
  // SPF named as the one that refused the sender, or a domain without an SPF record (read as the sender's
  // address refused), and a relay "não é permitido" (read as a bare 5.7.1, to retry)
  ['550 5.7.1 SPF: remetente nao autorizado para o dominio example.com.br', 'authfailure', 'fix-your-side'],
  ['553 5.7.1 Remetente nao autorizado: seu dominio nao possui registro SPF', 'authfailure', 'fix-your-side'],
  ['550 5.7.1 Nao e permitido relay', 'norelaying', 'fix-your-side'],
  // more of the same, probed as Brazilian hosts word them: an IP "em listas de SPAM" (read as spam in the
  // message), SPF that does not authorize the IP after a refusal of the sender (read as the sender's
  // address), relay to outside domains without a login (a bare 5.7.1), the receiver's "seu domínio" that
  // does not exist (the sender's, read as the recipient's)
  ['550 5.7.1 Conexao rejeitada: seu endereco IP 192.0.2.10 consta em listas de SPAM', 'blocked', 'fix-your-side'],
  ['550 5.7.1 Remetente rejeitado: o IP 192.0.2.10 nao esta autorizado pelo SPF de example.com.br', 'authfailure', 'fix-your-side'],
  ['550 5.7.1 Envio de e-mails para dominios externos nao permitido sem autenticacao', 'norelaying', 'fix-your-side'],
  ['550 5.7.1 Seu dominio nao existe', 'rejected', 'fix-your-side'],
  ['550 5.7.1 Seu domínio não foi encontrado no DNS', 'rejected', 'fix-your-side'],
  ['550 5.7.1 Su dominio no existe', 'rejected', 'fix-your-side'],
  ['550 5.7.1 <mail.example.com.br>: HELO rejeitado', 'blocked', 'fix-your-side'],
  ['504 5.7.1 EHLO invalido: nome de host incompleto', 'blocked', 'fix-your-side'],
  ['550 5.7.1 IP 192.0.2.10 sem PTR configurado', 'requireptr', 'fix-your-side'],
  ['554 5.7.0 Mensagem recusada: extensao .scr proibida', 'policyviolation', 'fix-your-side'],
];

testReplyCases(CASES, 'pt-BR');

test("a mailbox blocked by its administrator is suspended; a sender blocked by the recipient's administrator is still a filter", () => {
  assert.equal(reasonOf('550 5.2.1 Caixa postal bloqueada pelo administrador'), 'suspend');
  assert.equal(reasonOf('550 Conta de e-mail bloqueada pelo administrador'), 'suspend');
  assert.equal(reasonOf('550 5.7.1 Dominio do remetente bloqueado pelo administrador'), 'filtered');
  assert.equal(reasonOf('550 Remetente bloqueado pelo administrador'), 'filtered');
  // the sender's own account, stopped by its provider, is no recipient's suspended account
  assert.equal(reasonOf('550 5.7.1 Sua conta de e-mail foi bloqueada pelo administrador'), 'rejected');
});

test("the sender's address on a black list is refused as the sender; the sender's IP on one is a block", () => {
  assert.equal(reasonOf('550 5.7.1 Remetente na lista negra'), 'rejected');
  assert.equal(reasonOf('550 5.7.1 O remetente está na lista negra'), 'rejected');
  assert.equal(reasonOf('550 5.7.1 O IP do remetente está na lista negra'), 'blocked');
  assert.equal(reasonOf('554 Servidor do remetente listado em lista negra'), 'blocked');
});

test("the sender's domain without an MX record is the sender's, not the recipient's unknown domain", () => {
  assert.equal(reasonOf('Dominio do remetente sem registro MX'), 'rejected');
  assert.equal(reasonOf('Domínio do destinatário sem registro MX'), 'hostunknown');
});

test('a refusal of the sender named before Portuguese words names no recipient', () => {
  for (const line of ['553 5.1.8 <newsletter@example.com.br>: Domínio do remetente não encontrado', '550 <news@example.com.br>: Remetente rejeitado']) {
    const r = explainText(line, { lang: 'pt-BR' });
    assert.equal(r.recipient, null, line);
  }
  // the recipient still is, with the sender's words elsewhere
  assert.equal(explainText('550 5.1.1 <ana@example.com.br>: Usuário inexistente', { lang: 'pt-BR' }).recipient, 'ana@example.com.br');
});
