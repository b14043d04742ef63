import { duration, type DurationWords } from '../duration.js';
import type { UiText } from '../ui-text.js';
import { reasonNames } from './reason-names.js';

const pad = (n: number): string => String(n).padStart(2, '0');

const DURATION: DurationWords = { day: ['dia', 'dias'], hour: ['hora', 'horas'], minute: ['minuto', 'minutos'], and: 'e' };

export const ui = {
  reasonName: reasonNames,
  kind: {
    success: 'sucesso',
    intermediate: 'aguardando continuação (não é erro)',
    transient: 'falha temporária',
    permanent: 'falha permanente',
  },
  actor: {
    none: 'ninguém',
    sender: 'você, o remetente',
    'sender-provider': 'o administrador ou provedor do seu servidor de envio',
    recipient: 'o destinatário',
    'recipient-admin': 'o administrador do e-mail do destinatário',
  },
  retry: {
    'no-need': 'Nada falhou: não é preciso reenviar.',
    automatic: 'O seu servidor continua tentando sozinho por alguns dias; por enquanto não é preciso reenviar.',
    later: 'Reenviar mais tarde pode dar certo.',
    'after-fix': 'Reenviar só adianta depois que a causa for corrigida.',
    never: 'Reenviar para este endereço não vai funcionar.',
  },
  retryAfterFixQueued:
    'O seu servidor continua tentando por alguns dias: se a causa for corrigida nesse prazo, a mensagem sai sozinha, sem reenvio.',
  retryUntil: (when) => `O seu servidor continua tentando sozinho até ${when}; por enquanto não é preciso reenviar.`,
  retryFor: (w) => w.from === 'now'
    ? `O seu servidor continua tentando sozinho por mais ${duration(w, DURATION)}; por enquanto não é preciso reenviar.`
    : `O seu servidor continua tentando sozinho até a mensagem completar ${duration(w, DURATION)} na fila; por enquanto não é preciso reenviar.`,
  dateTime: (d) =>
    `${pad(d.day)}/${pad(d.month)}/${d.year} às ${pad(d.hour)}:${pad(d.minute)}${d.zone ? ` (${d.zone})` : ''}`,
  label: {
    summary: 'Resumo',
    meaning: 'O que significa',
    advice: 'O que fazer',
    adminAdvice: 'Para o administrador',
    whoActs: 'Quem precisa agir',
    retry: 'Reenvio',
    replyCode: 'Código de resposta',
    status: 'Código de status estendido',
    reason: 'Motivo',
    hardBounce: 'Hard bounce (endereço inválido)',
    evidence: 'Com base em',
    recipient: 'Destinatário',
    originalRecipient: 'enviado para',
    source: 'Fonte',
    file: 'Arquivo',
    yes: 'sim',
    no: 'não',
  },
  standard: (rfc) => `padrão, ${rfc}`,
  nonStandard: 'não é definido por nenhuma RFC',
  derivedStatus: 'o bounce não traz código de status estendido; este foi deduzido do motivo, como faz o Sisimai (não é um código da IANA)',
  unknownCode: (code) => `O código ${code} não é registrado: cada servidor o usa com o sentido que quiser.`,
  unknownCodeAdvice:
    'Leia o texto que veio com o código, que costuma dizer a causa. Se ele não ajudar, encaminhe a mensagem de erro ao suporte do seu provedor de e-mail.',
  unlistedCodeTitle: (digit) => ({
    '0': 'código não registrado, de erro de sintaxe ou de comando',
    '1': 'código não registrado, de resposta a um pedido de informação',
    '2': 'código não registrado, sobre a conexão',
    '5': 'código não registrado, sobre o sistema de e-mail',
  })[digit] ?? 'código não registrado',
  noPreliminaryReplies: 'O SMTP não usa códigos 1xx (RFC 5321 §4.2.1): este vem de outro programa ou protocolo.',
  accepted: {
    summary: 'O servidor de destino aceitou a mensagem.',
    meaning:
      'É uma resposta de sucesso, não um erro: o servidor aceitou a mensagem (ou o comando a que respondeu) e passou a ser responsável por entregá-la ao destinatário.',
  },
  notAnError: 'Não é um erro',
  withoutWhy: {
    permanent: (code) => `O servidor de destino recusou a mensagem sem dizer o motivo exato (${code}).`,
    transient: (code) => `O servidor de destino adiou a mensagem sem dizer o motivo exato (${code}).`,
  },
  inbound: {
    summary: (client, from, to) =>
      `O seu servidor recusou uma mensagem que chegava${from ? ` de ${from}` : ''}${to ? ` para ${to}` : ''}${client ? ` (enviada pelo IP ${client})` : ''}.`,
    meaning: (reasonName) =>
      `Esta linha é do log do seu próprio servidor: ele recebeu a mensagem de fora e a recusou com o código e o motivo desta linha (${reasonName}). Não é um bounce de uma mensagem sua.`,
    advice:
      'Se a recusa estava certa (spam, remetente falso), não há nada a fazer. Se a mensagem era legítima e o remetente reclamar, libere-o nas regras do seu servidor (uma lista de exceções, por exemplo) ou peça a ele que corrija a causa do lado dele.',
    ownFault:
      'A recusa veio de um problema do próprio servidor (uma tabela de consulta, um banco de dados, o disco), não do remetente: mensagens legítimas estão sendo recusadas. Quem administra o servidor precisa ler o log logo antes desta linha e corrigir a causa.',
    retry: 'Quem reenvia, se quiser, é o remetente de fora.',
  },
  gaveUpKind: 'falha definitiva (o servidor desistiu)',
  queuedKind: 'falha permanente (ainda na fila do seu servidor)',
  retryQueued: (retry) =>
    `${retry} Mesmo assim, o seu servidor guardou a mensagem na fila e vai tentar de novo até o prazo acabar (no Postfix, é o efeito de soft_bounce = yes).`,
  complaint: { kind: 'reclamação', retry: 'Não reenvie: o destinatário pediu para não receber as suas mensagens.' },
  successCode: { title: (subject) => `Sucesso (${subject})`, advice: 'Nada a fazer: não é um erro.' },
  stillTrying: {
    summary: 'A entrega está atrasada: seu servidor ainda não conseguiu entregar a mensagem e continua tentando.',
    meaning:
      'O servidor de envio recebe erros temporários ou não consegue falar com o destino. Ele tenta de novo até o fim do prazo de tentativas (normalmente alguns dias) e avisa se desistir.',
    advice:
      'Por enquanto não precisa fazer nada. Se o atraso continuar, confira o endereço do destinatário e pergunte a ele se o servidor de e-mail dele está funcionando.',
  },
  providerOwnStatus: (code, registryTitle) =>
    registryTitle === null
      ? `O provedor usa com esse sentido o código ${code}, que não está no registro da IANA.`
      : `O provedor usa o código ${code} com esse sentido, que não é o do registro da IANA (lá, ${code} quer dizer "${registryTitle}").`,
  unregisteredStatus: (code, group) => `${code}: código que não está no registro da IANA, do grupo "${group}".`,
  statusDisagrees: (code, title) => `No registro da IANA, ${code} quer dizer "${title}", mas o texto da resposta aponta a causa acima.`,
  unknownUserFiltered:
    'O texto do servidor diz que o endereço não existe, mas a recusa veio depois de o destinatário ter sido aceito, ou numa etapa que o aviso não informa. Alguns filtros respondem assim para esconder que estão filtrando (é o caso dos filtros de remetente das operadoras de celular japonesas). Se todas as mensagens para esse endereço voltarem do mesmo jeito, trate o endereço como inexistente.',
  notBounce: 'Esta mensagem não é um bounce (aviso de falha de entrega).',
  notBounceMeaning: 'Não encontramos nela falha de entrega, relatório de entrega, reclamação nem resposta automática.',
  notBounceAdvice: 'Se você esperava um bounce, cole a mensagem inteira, com os cabeçalhos.',
  quietLog: {
    summary: 'Nenhuma entrega deste log falhou ou foi adiada.',
    meaning: (n, count) => (n === 1
      ? 'A única linha de entrega do log diz que a mensagem foi entregue.'
      : `O log tem ${count} linhas de entrega, e todas as mensagens foram entregues (as que foram adiadas, numa tentativa seguinte).`),
    advice: 'Se uma mensagem não chegou, procure no log as linhas com o endereço do destinatário ou analise o bounce que você recebeu.',
  },
  quietEvents: {
    summary: 'Nenhum destes eventos é uma falha.',
    meaning: (n, count) => (n === 0
      ? 'A lista não traz nenhum endereço cuja mensagem tenha falhado ou que tenha reclamado.'
      : n === 1
        ? 'Há um só evento, e ele não é bounce nem reclamação: a mensagem foi entregue, aberta ou clicada.'
        : `São ${count} eventos, e nenhum é bounce nem reclamação: as mensagens foram entregues, abertas ou clicadas.`),
    advice: 'Não há nada a tirar das suas listas. Para ver as falhas, exporte os eventos de bounce ou a lista de supressão do serviço de envio.',
  },
  noCodeSummary: 'Não encontramos código de resposta nem código de status no texto.',
  noCodeMeaning:
    'Nada nele parece uma resposta SMTP ("550 5.1.1 ..."), um código de status estendido, uma linha de log de servidor de e-mail ou um aviso de falha de entrega, e nenhuma das frases que conhecemos aparece nele.',
  noCodeAdvice: 'Cole a resposta do servidor exatamente como veio, com o código, ou a mensagem de falha inteira, com os cabeçalhos.',
  pasteTechnicalDetails:
    'Se você colou só o aviso, cole também os detalhes técnicos que vêm logo abaixo dele (as linhas com a resposta do servidor, como "550 5.1.1 ..."): quase sempre são eles que dizem a causa.',
  errorSummary: (message) => `Não foi possível ler esta entrada: ${message}`,
  newAddress: (address) =>
    `O endereço novo informado é ${address}. Numa mensagem pessoal, reenvie para ele e atualize o contato. Numa lista de envio, tire o endereço antigo e convide a pessoa a se inscrever com o novo: a inscrição dela não passa sozinha para outro endereço (LGPD).`,
  damagedReport: 'o aviso de falha de entrega está incompleto ou corrompido, e nele não dá para ler o destinatário nem o motivo',
  compressedFile: {
    error: 'o arquivo está comprimido (gzip, bzip2, xz, zstd ou zip)',
    advice: 'Descompacte-o antes. A linha de comando lê arquivos .gz sozinha (smtp-explain /var/log/mail.log.2.gz); os outros podem ser lidos direto da descompactação: bzcat, xzcat ou zstdcat arquivo | smtp-explain -. Um .zip, extraia com unzip.',
  },
  binaryFile: {
    error: 'o arquivo não é texto (parece uma imagem, um PDF ou outro arquivo binário)',
    advice: 'Abra o aviso de falha no seu programa de e-mail e salve-o como .eml ou .txt, ou copie o texto dele e analise esse texto.',
  },
  tooManyResults: {
    summary: (error) => `A resposta para aqui: ${error}.`,
    error: (more, max) => `pelo menos mais ${more} resultados ficaram de fora (cada pedido mostra no máximo ${max})`,
    advice: 'Para entradas deste tamanho, use a linha de comando, que escreve cada resultado à medida que lê (smtp-explain --summary arquivo), ou divida a entrada.',
  },
  brokenJson: {
    error: 'o texto parece ser JSON (eventos de um serviço de envio?), mas está cortado ou mal formado',
    advice: 'Copie o JSON inteiro, do primeiro { ou [ até o último } ou ], ou salve-o num arquivo .json e analise o arquivo.',
  },
  outlookFile: {
    error: 'o arquivo é uma mensagem salva pelo Outlook (.msg), um formato binário da Microsoft que o smtp-explain não lê',
    advice:
      'No Outlook, abra a mensagem e use Arquivo > Salvar como > Somente texto (.txt), ou copie todo o texto do aviso, inclusive as informações de diagnóstico para administradores. Depois, analise esse texto.',
  },
} satisfies UiText;
