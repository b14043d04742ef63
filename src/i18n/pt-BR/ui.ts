import { duration, type DurationWords } from '../duration.js';
import type { UiText } from '../ui-text.js';
import { reasonNames } from './reason-names.js';
import { lowerFirst } from '../lower-first.js';

const pad = (n: number): string => String(n).padStart(2, '0');

const DURATION: DurationWords = { day: ['dia', 'dias'], hour: ['hora', 'horas'], minute: ['minuto', 'minutos'], and: 'e' };


/** What a code's class says (classesDisagree): 2 success, 4 temporary, 5 permanent (RFC 5321 §4.2.1, RFC 3463 §2). */
const CLASS_SAYS: Readonly<Record<string, string>> = { '2': 'deu certo', '4': 'a falha é temporária', '5': 'a falha é permanente' };
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
    sender: 'você (o remetente)',
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
  retryQueueRun: 'É a resposta a um pedido de liberação da fila (ETRN ou ATRN), não a uma mensagem: nada está sendo tentado de novo, e não há o que reenviar.',
  retryAfterFixQueued:
    'O seu servidor continua tentando por alguns dias: se a causa for corrigida nesse prazo, a mensagem sai sozinha, sem reenvio.',
  retryUntil: (when) => `O seu servidor continua tentando sozinho até ${when}; por enquanto não é preciso reenviar.`,
  retryFor: (w) => w.from === 'now'
    ? `O seu servidor continua tentando sozinho por mais ${duration(w, DURATION)}; por enquanto não é preciso reenviar.`
    : `O seu servidor continua tentando sozinho até a mensagem completar ${duration(w, DURATION)} na fila; por enquanto não é preciso reenviar.`,
  dateTime: (d) =>
    `${pad(d.day)}/${pad(d.month)}/${d.year} às ${pad(d.hour)}:${pad(d.minute)}${d.zone ? ` (${d.zone})` : ''}`,
  listAction: {
    remove: 'remover da lista',
    retry: 'tentar de novo',
    'fix-your-side': 'corrigir do seu lado e reenviar',
    nothing: 'nada a fazer',
    'not-bounce': 'não é aviso de falha',
    error: 'não foi possível ler',
  },
  fixYourSideStillTrying: 'corrigir do seu lado; o servidor ainda tenta entregar, não reenvie',
  removeRecipientRule: 'remover da lista: uma regra da organização do destinatário recusa as suas mensagens; se liberarem o seu endereço, pode incluí-lo de novo',
  retryAfterFix: 'reenviar só depois que a causa for resolvida',
  retryStillTrying: 'aguardar; o servidor ainda tenta entregar, não reenvie',
  fixYourSideHeld: 'confirmar o envio; a mensagem está retida e será liberada quando você confirmar, não reenvie',
  verdict: {
    remove: 'Tire este endereço da sua lista.',
    retry: 'Pode tentar de novo mais tarde.',
    retryStillTrying: 'Aguarde: o servidor ainda está tentando entregar, não reenvie.',
    removeRecipientRule: 'Tire este endereço da sua lista: uma regra da organização do destinatário recusa as suas mensagens, e cada envio voltaria. Se liberarem o seu endereço, você pode incluí-lo de novo.',
    retryAfterFix: 'Pode tentar de novo, mas só depois que a causa for resolvida.',
    'fix-your-side': 'O problema é do seu lado: corrija antes de reenviar.',
    fixYourSideStillTrying: 'O problema é do seu lado: corrija, mas não reenvie, porque o servidor ainda está tentando entregar.',
    fixYourSideHeld: 'Confirme o envio: a mensagem está retida e sai assim que você confirmar, não reenvie.',
    nothing: 'Nada a fazer com este endereço.',
  },
  evidenceFields: {
    text: 'texto da resposta', message: 'mensagem', status: 'código de status estendido', replyCode: 'código de resposta',
    command: 'comando SMTP', host: 'servidor', event: 'evento', recipient: 'destinatário', state: 'estado',
  },
  evidenceKind: {
    phrase: 'frase conhecida', notice: 'frase do aviso de falha', status: 'código de status', replyCode: 'código de resposta',
    dsn: 'campo do relatório de entrega (DSN)', format: 'formato do aviso de falha', formatOf: (server) => `formato do aviso do ${server}`,
    provider: (name) => `regra do provedor ${name}`, blocklist: 'lista de bloqueio', authentication: 'autenticação do remetente (SPF, DKIM, DMARC)',
    known: 'caso conhecido', command: 'comando SMTP recusado', log: 'linha de log', esp: 'evento do serviço de envio',
    complaint: 'relatório de reclamação', autoReply: 'resposta automática', verp: 'endereço de retorno (VERP)', repair: 'acentos recuperados no texto', other: 'outra regra',
    crashed: (server) => `leitor de avisos do ${server}: deu erro nesta mensagem, que foi lida sem ele`,
  },
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
    hardBounce: 'Hard bounce (endereço ou domínio inexistente)',
    noButRemove: 'não, mas remova o endereço da lista',
    evidence: 'Com base em',
    recipient: 'Destinatário',
    originalRecipient: 'enviado para',
    writtenBy: 'escrita por',
    listAction: 'Ação',
    source: 'Fonte',
    file: 'Arquivo',
    yes: 'sim',
    no: 'não',
  },
  standard: (rfc) => `padrão, ${rfc}`,
  nonStandard: 'não é definido por nenhuma RFC',
  registryOnly: (rfc) => `consta do registro da IANA (${rfc}) ao lado de um código estendido; nenhuma RFC de protocolo o define como resposta`,
  registryOnlyShort: (rfc) => `${rfc}, só no registro`,
  derivedStatus: 'o aviso de falha na entrega não traz código de status estendido; este foi deduzido do motivo, como faz o Sisimai (não é um código da IANA)',
  unknownCode: (code) => `O código ${code} não está registrado: cada servidor o usa com o sentido que quiser.`,
  unknownCodeAdvice:
    'Leia o texto que veio com o código, que costuma dizer a causa. Se ele não ajudar, encaminhe o aviso de falha na entrega ao suporte do seu provedor de e-mail.',
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
  relayed: {
    summary: 'A mensagem foi repassada para outro sistema; a entrega não foi confirmada.',
    meaning:
      'Não é um erro: o servidor entregou a mensagem a um sistema que não manda confirmações de entrega (outra rede, um gateway, um servidor antigo), por isso nenhum aviso vai dizer se ela chegou ao destinatário.',
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
      `Esta linha é do log do seu próprio servidor: ele recebeu a mensagem de fora e a recusou com o código e o motivo desta linha (${reasonName}). Não é uma mensagem sua que voltou.`,
    advice:
      'Se a recusa estava certa (spam, remetente falso), não há nada a fazer. Se a mensagem era legítima e o remetente reclamar, libere-o nas regras do seu servidor (uma lista de exceções, por exemplo) ou peça a ele que corrija a causa do lado dele.',
    ownFault:
      'A recusa veio de um problema do próprio servidor (uma tabela de consulta, um banco de dados, o disco), não do remetente: mensagens legítimas estão sendo recusadas. Quem administra o servidor precisa ler o log logo antes desta linha e corrigir a causa.',
    norelaying:
      'Normalmente não há nada a fazer: alguém de fora tentou usar o seu servidor para repassar mensagens a outros domínios (robôs de spam testam isso o tempo todo, procurando servidores abertos), e ele recusou, como deve. Não libere esse IP. Se a linha for de um cliente seu (um programa, site ou aparelho que envia e-mail pelo seu servidor), ele precisa entrar com usuário e senha (autenticação SMTP, na porta 587) em vez de ser liberado como repasse.',
    retry: 'Quem reenvia, se quiser, é o remetente de fora.',
  },
  gaveUpKind: 'falha permanente (o servidor desistiu)',
  queuedKind: 'falha permanente (ainda na fila do seu servidor)',
  retryQueued: (retry) =>
    `${retry} Mesmo assim, o seu servidor guardou a mensagem na fila e vai tentar de novo até o prazo acabar (no Postfix, é o efeito de soft_bounce = yes).`,
  complaint: { kind: 'reclamação', retry: 'Não reenvie: o destinatário pediu para não receber as suas mensagens.' },
  optOut: {
    kind: 'pedido de descadastro',
    name: 'Pedido de descadastro',
    summary: 'O destinatário pediu para sair da sua lista.',
    meaning:
      'Não é uma falha na entrega: a mensagem chegou, e a pessoa pediu para não receber mais. O pedido veio do botão de descadastro do programa de e-mail (que escreve para o endereço do cabeçalho List-Unsubscribe ou manda um relatório de feedback do tipo "opt-out") ou de uma resposta escrita por ela.',
    advice:
      'Tire o endereço da lista agora e não mande mais nada para ele. O Gmail e o Yahoo exigem que quem envia em massa atenda aos pedidos de descadastro em até dois dias, e a LGPD deixa a pessoa retirar o consentimento quando quiser. Continuar enviando traz reclamações de spam e derruba a reputação do seu domínio.',
  },
  listRow: {
    cleaned: {
      summary: 'O Mailchimp limpou este endereço do seu público e não envia mais para ele.',
      meaning:
        'Esta linha vem da exportação de contatos limpos (cleaned) do Mailchimp: ele limpa um endereço depois de uma falha definitiva na entrega (hard bounce: o endereço não existe, ou o servidor dele recusa de vez) ou de falhas temporárias (soft bounces) repetidas em várias campanhas. A exportação não guarda a resposta do servidor, então não diz qual dos dois aconteceu.',
    },
    unsubscribed: {
      summary: 'O destinatário se descadastrou do seu público.',
      meaning:
        'Esta linha vem da exportação de contatos descadastrados do Mailchimp: a pessoa saiu da lista, pelo link de descadastro de uma das suas campanhas ou pedindo a você. Não é uma falha na entrega, e o Mailchimp não envia mais para ela.',
    },
    suppressedBounce: {
      summary: 'O endereço está na lista de supressão do seu serviço de envio porque uma mensagem para ele voltou.',
      meaning:
        'Esta linha vem da lista de supressão da conta no Amazon SES: uma mensagem anterior para esse endereço voltou com erro, por isso o SES não envia mais para ele (um envio para ele falha na hora). A lista não guarda a resposta do servidor.',
    },
    suppressedAfterBounce: {
      summary: 'O seu serviço de envio parou de mandar para este endereço porque uma mensagem para ele voltou com erro definitivo.',
      meaning:
        'Este evento do Postmark (SubscriptionChange, com o motivo HardBounce) diz que o endereço entrou na lista de supressão: uma mensagem para ele voltou com um hard bounce, em geral porque o endereço não existe. A resposta do servidor fica no evento de bounce, não neste.',
    },
    suppressedByHand: {
      summary: 'O seu serviço de envio parou de mandar para este endereço porque alguém o bloqueou manualmente.',
      meaning:
        'Este evento do Postmark (SubscriptionChange, com o motivo ManualSuppression) diz que o endereço entrou na lista de supressão por decisão da sua conta ou da equipe do Postmark, não a pedido do destinatário. Não é uma falha na entrega.',
    },
    rejectedBySes: {
      summary: 'O Amazon SES encontrou um vírus na sua mensagem e não a enviou para ninguém.',
      meaning:
        'Este evento Reject do Amazon SES diz que ele aceitou a mensagem, achou um vírus nela e a recusou antes de tentar a entrega: o servidor do destinatário nunca a recebeu. O problema está na mensagem (em geral num anexo), não no endereço.',
    },
    templateNotRendered: {
      summary: 'O seu serviço de envio não enviou a mensagem: não conseguiu montá-la a partir do modelo (template).',
      meaning:
        'O serviço de envio (como o Amazon SES, o Postmark ou o SparkPost) avisou que faltou um dado para preencher o modelo da mensagem (por exemplo, uma variável como {{nome}} sem valor para este destinatário) ou que o modelo tem um erro. Nenhuma mensagem foi montada, então nada foi enviado. O problema está no modelo ou nos dados do envio, não no endereço.',
      advice:
        'Não tire o endereço da lista. Veja na resposta qual campo faltou, corrija o modelo ou os dados enviados ao serviço (dê um valor padrão às variáveis que podem vir vazias) e envie de novo para este destinatário.',
    },
    spamCheckedByService: {
      summary: 'O filtro de spam do seu próprio serviço de envio barrou a mensagem: ela não foi enviada.',
      meaning:
        'Quem barrou a mensagem foi o seu serviço de envio (por exemplo, o verificador de spam do SendGrid, quando está ligado na conta), antes de mandá-la: o servidor do destinatário nunca a recebeu. O problema está no conteúdo da mensagem, não no endereço.',
      advice:
        'Não tire o endereço da lista. Revise o conteúdo (evite mensagens só de imagem, encurtadores de link e textos apelativos), veja nas configurações do serviço a nota a partir da qual o filtro barra e envie de novo.',
    },
    requestRefusedByService: {
      summary: 'O seu serviço de envio não enviou a mensagem: recusou o pedido de envio feito pelo seu sistema.',
      meaning:
        'O seu serviço de envio recusou a mensagem antes de mandá-la, porque o pedido do seu sistema veio com um erro (por exemplo, um cabeçalho X-SMTPAPI do SendGrid mal formado ou um erro ao entregar a mensagem pelo SMTP do Postmark). O servidor do destinatário nunca a recebeu. O problema está na integração, não no endereço.',
      advice:
        'Não tire o endereço da lista. Peça a quem cuida do sistema que envia (site, loja, CRM) para ver o erro indicado pelo serviço, corrigir o pedido de envio e mandar de novo.',
    },
    quotaReachedAtService: {
      summary: 'O seu serviço de envio não enviou a mensagem: a sua conta chegou a um limite dela.',
      meaning:
        'O seu serviço de envio descartou a mensagem porque a conta passou de um limite de envios ou de destinatários: o do plano contratado ou o do modo de teste. O servidor do destinatário nunca a recebeu, e o endereço não tem culpa.',
      advice:
        'Não tire o endereço da lista. Veja o uso da conta no painel do serviço, espere o limite renovar, mude de plano ou saia do modo de teste, e envie de novo para quem ficou sem receber.',
    },
    heldByChallenge: {
      summary: 'O destinatário usa um filtro de desafio e resposta: a sua mensagem fica retida até alguém confirmar, uma vez, que você é um remetente de verdade.',
      meaning:
        'O seu serviço de envio (o Postmark, com o tipo ChallengeVerification) leu a resposta como um desafio do antispam do destinatário (como o Spam Arrest): ele segura as mensagens de remetentes que ainda não conhece e pede a cada um que confirme uma vez, por um link. A mensagem não chegou ao destinatário; ela é entregue depois da confirmação e descartada se ninguém confirmar.',
      advice:
        'Não tire o endereço da lista só por isso. Confirme uma vez pelo link do desafio, se confiar nele (veja se o domínio do link é do filtro e nunca digite uma senha ali), ou peça ao destinatário que coloque o seu endereço de envio entre os remetentes permitidos. Até lá, conte que este endereço não está recebendo as suas mensagens.',
    },
    senderRefusedByService: {
      summary: 'O seu serviço de envio não enviou a mensagem: recusou o remetente, como a sua conta está configurada.',
      meaning:
        'Quem recusou foi o próprio serviço de envio (no Mandrill, os motivos invalid-sender e unsigned): o endereço do remetente não é válido, ou o domínio dele não foi verificado na conta para assinar as mensagens. O servidor do destinatário nem chegou a ser contatado, e o endereço dele não tem culpa.',
      advice:
        'Não tire o endereço da lista. Use um remetente válido de um domínio verificado na conta (com os registros DNS que o serviço indicar) e envie de novo.',
    },
    refusedByAccountRule: {
      summary: 'O seu serviço de envio não enviou a mensagem: uma regra criada na sua própria conta a recusou.',
      meaning:
        'O serviço de envio (no Mandrill, o motivo rule) aplicou uma regra de recusa configurada na conta, por quem a administra. O servidor do destinatário nem chegou a ser contatado, e o endereço não tem culpa.',
      advice:
        'Não tire o endereço da lista. Veja as regras da conta no painel do serviço; se a regra não devia valer para esta mensagem, ajuste-a e envie de novo.',
    },
    hardBounceByService: {
      summary: 'O seu serviço de envio marcou este endereço como hard bounce: ele não recebe e-mail.',
      meaning:
        'O serviço classificou esta falha como hard bounce (um endereço que não existe, ou que o servidor recusa de vez), mas não guardou a resposta do servidor do destinatário que diria qual foi o caso. A maioria dos serviços para de enviar para um endereço assim.',
      advice:
        'Tire o endereço da sua lista. Se a pessoa passar um endereço corrigido, use o novo.',
    },
    unsubscribedAtService: {
      summary: 'O seu serviço de envio não mandou esta mensagem: o destinatário se descadastrou.',
      meaning:
        'O Amazon SES avisou com um bounce permanente do subtipo UnsubscribedRecipient: ele não enviou a mensagem porque a pessoa saiu da sua lista (pelo link ou pelo botão de descadastro). Nenhum servidor recusou nada, e o endereço pode muito bem existir: foi a pessoa que pediu para não receber mais.',
      advice:
        'Tire o endereço da sua lista e não volte a incluí-lo sem que a pessoa se cadastre de novo.',
    },
    delayedByService: {
      summary: 'O seu serviço de envio está segurando a mensagem por enquanto, por um motivo dele, e vai continuar tentando.',
      meaning:
        'Este atraso é do próprio serviço de envio, não do servidor do destinatário: no Amazon SES, um evento DeliveryDelay do tipo InternalFailure (um problema interno do SES) ou SendingDeferral (o SES decidiu adiar o envio). A mensagem continua na fila dele.',
      advice:
        'Nada a fazer por enquanto: o endereço e o servidor do destinatário não têm culpa. Se o atraso passar de algumas horas, veja a página de status do serviço ou fale com o suporte dele.',
    },
  },
  snsNotice: {
    subscribe: {
      summary: 'O Amazon SNS está pedindo que você confirme uma assinatura: isto não é falha de entrega.',
      meaning:
        'Esta é a SubscriptionConfirmation do Amazon SNS, que ele manda uma vez para um endpoint (um endereço web, uma fila) recém-inscrito num tópico, antes de qualquer notificação. Ela não fala de nenhum destinatário nem de nenhuma mensagem.',
      advice:
        'Não há nada a tirar das suas listas. Para receber neste endpoint os avisos de falha na entrega (bounces) e as reclamações do Amazon SES, confirme a assinatura: abra o SubscribeURL que vem na mensagem, ou chame ConfirmSubscription com o Token dela.',
    },
    unsubscribe: {
      summary: 'O Amazon SNS confirma que este endpoint saiu da assinatura: isto não é falha de entrega.',
      meaning:
        'Esta é a UnsubscribeConfirmation do Amazon SNS: o endpoint deixou de receber as notificações do tópico. Ela não fala de nenhum destinatário nem de nenhuma mensagem.',
      advice:
        'Não há nada a tirar das suas listas. Se você ainda quer receber aqui os avisos de falha na entrega (bounces) e as reclamações do Amazon SES, assine de novo (o SubscribeURL da mensagem faz isso); até lá, nenhum desses avisos chega a este endpoint.',
    },
  },
  unknownEventState: {
    summary: (word) => `O status desta linha, "${word}", não é um que o smtp-explain conheça: ela não foi lida como falha.`,
    meaning:
      'A exportação dá a este endereço um status que nenhum serviço de envio que conhecemos usa, e não traz resposta de servidor que diga o que aconteceu. Pode ser uma entrega, uma abertura ou uma falha com nome próprio.',
    advice:
      'Veja na ajuda do seu serviço de envio o que esse status quer dizer antes de tirar ou manter o endereço.',
  },
  topicOptOut: {
    kind: 'descadastro de tópicos',
    name: 'Saiu de alguns tópicos da lista',
    summary: 'O destinatário saiu de alguns tópicos da sua lista, mas continua nela.',
    summaryOf: (topics, list) =>
      `O destinatário não quer mais receber mensagens sobre ${topics}${list ? `, da lista ${list}` : ''}, mas continua inscrito no resto.`,
    meaning:
      'Não é uma falha na entrega nem um pedido para sair de tudo: pelo link de descadastro ou pela página de preferências do Amazon SES, a pessoa saiu só destes tópicos e continua inscrita no resto da lista.',
    advice:
      'Mantenha o endereço na lista, mas não mande para ele mensagens desses tópicos. Se você envia pelo SES indicando a lista e o tópico, o próprio SES já deixa de entregar; se a sua lista fica em outro sistema, registre lá essa preferência.',
  },
  subscriptionNotice: {
    reactivated: {
      summary: 'O seu serviço de envio voltou a mandar mensagens para este endereço.',
      meaning:
        'Não é uma falha na entrega: este evento do Postmark (SubscriptionChange, com SuppressSending false) diz que o endereço saiu da lista de supressão. Quem reativou pode ter sido o próprio destinatário, ao se inscrever de novo, a sua conta ou a equipe do Postmark.',
      advice:
        'Nada a tirar da lista. Se você tinha removido este endereço por uma falha na entrega ou um descadastro anterior, pode voltar a enviar; se foi um descadastro, só faça isso se a pessoa pediu para voltar.',
    },
    resubscribed: {
      summary: 'O destinatário está inscrito na sua lista (ou voltou a se inscrever).',
      meaning:
        'Não é uma falha na entrega: este evento de inscrição do Amazon SES mostra as preferências atuais da pessoa, e ela não saiu da lista nem de nenhum tópico.',
      advice: 'Nada a tirar da lista. Se você tinha removido o endereço por um descadastro anterior, pode voltar a enviar para ele.',
    },
  },
  severalRecipients: (addresses) =>
    `Este evento de inscrição do Amazon SES é de uma mensagem enviada para vários destinatários (${addresses}) e não diz qual deles mudou a inscrição. Nenhum endereço foi tirado da lista; confira no painel do SES qual contato mudou.`,
  authFailureReport: {
    kind: 'relatório de autenticação',
    name: 'Relatório de falha de autenticação',
    summary: 'Um provedor avisou que uma mensagem em nome do seu domínio falhou na autenticação (SPF, DKIM ou DMARC).',
    meaning:
      'Não é uma falha na entrega nem uma reclamação do destinatário: é um relatório de falha de autenticação (RFC 6591), que os provedores mandam quando a política de DMARC do seu domínio pede relatórios forenses (ruf=). A mensagem citada pode ter saído de você, com a autenticação mal configurada, ou de alguém que usa o seu domínio sem permissão.',
    advice:
      'Veja no relatório o IP de origem e os resultados do SPF e do DKIM. Se o IP é de um servidor ou serviço seu, inclua-o no SPF do domínio ou corrija a assinatura DKIM dele. Se não é, a mensagem passou por um encaminhamento ou por uma lista de discussão, que quebram o SPF e às vezes o DKIM, ou alguém está falsificando o seu domínio; contra a falsificação, uma política de DMARC p=quarantine ou p=reject protege quem recebe. O endereço do destinatário não precisa sair da lista.',
  },
  notSpamReport: {
    kind: 'relatório de não spam',
    name: 'Marcada como não spam',
    summary: 'O destinatário tirou a sua mensagem da pasta de spam: ele quer recebê-la.',
    meaning:
      'Não é uma falha na entrega: é um relatório "not-spam" (RFC 6430), que alguns provedores mandam quando o destinatário marca a mensagem como "não é spam". É um sinal a favor da sua reputação.',
    advice:
      'Nada a fazer com o endereço: ele fica na lista. Se esses relatórios forem frequentes, os filtros do provedor estão mandando as suas mensagens para o spam: confira o SPF, o DKIM, o DMARC e a reputação do seu IP e do seu domínio.',
  },
  otherReport: {
    kind: 'relatório de feedback',
    name: 'Relatório de feedback',
    summary: 'Um provedor mandou um relatório sobre uma mensagem em nome do seu domínio.',
    meaning:
      'Não é uma falha na entrega, nem um pedido para sair da lista, nem uma reclamação de spam: é um relatório de feedback (RFC 5965) de outro tipo, como suspeita de fraude ou de vírus. O tipo vem no campo Feedback-Type do relatório.',
    advice:
      'Leia o relatório e a mensagem citada. Suspeita de fraude ou de vírus numa mensagem que você não mandou indica que alguém usa o seu domínio: proteja-o com SPF, DKIM e DMARC. O endereço do destinatário não precisa sair da lista.',
  },
  successCode: { title: (subject) => `Sucesso (${subject})`, advice: 'Nada a fazer: não é um erro.' },
  incoherentCode: {
    title: 'Código incoerente (detalhe de sucesso numa falha)',
    meaning: (code, detailTitle, successCode) =>
      `O detalhe do ${code} ("${detailTitle}") só existe em respostas de sucesso, como o ${successCode}. Numa falha, o código do servidor se contradiz e não diz nada sobre a causa.`,
    advice: 'Guie-se pelo código de três dígitos e pelo texto da resposta, que dizem o que de fato aconteceu.',
  },
  stillTryingGroup: '(o servidor ainda tenta)',
  delayedReasonName: 'Entrega atrasada (o servidor ainda tenta)',
  stillTrying: {
    summary: 'A entrega está atrasada: o seu servidor ainda não conseguiu entregar a mensagem e continua tentando.',
    meaning:
      'O servidor de envio recebe erros temporários ou não consegue se comunicar com o servidor de destino. Ele tenta de novo até o fim do prazo de tentativas (normalmente alguns dias) e avisa se desistir.',
    advice:
      'Por enquanto, não é preciso fazer nada. Se o atraso continuar, confira o endereço do destinatário e pergunte a ele se o servidor de e-mail dele está funcionando.',
  },
  providerOwnStatus: (code, registryTitle) =>
    registryTitle === null
      ? `O provedor usa com esse sentido o código ${code}, que não está no registro da IANA.`
      : `O provedor usa o código ${code} com esse sentido, que não é o do registro da IANA (lá, ${code} quer dizer "${registryTitle}").`,
  ownSenseTitle: (sense, registryTitle) =>
    registryTitle === null ? `${sense}, no sentido do provedor (fora do registro da IANA)` : `${sense}, no sentido do provedor (no registro da IANA: ${lowerFirst(registryTitle)})`,
  codeInPractice: (provider, what, registered) =>
    `Na prática, ${provider} ${registered ? 'também usa este código em outro sentido' : 'usa este código num sentido próprio'}: ${what}.`,
  practiceProvider: { google: 'o Gmail', microsoft: 'o Microsoft 365' },
  unregisteredStatus: (code, group) => `${code}: código que não está no registro da IANA, do grupo "${group}".`,
  statusDisagrees: (code, title) => `No registro da IANA, ${code} quer dizer "${title}", mas o texto da resposta aponta a causa acima.`,
  classesDisagree: (status, code) =>
    `O código estendido ${status} diz que ${CLASS_SAYS[status[0]!]}, mas o ${code} diz que ${CLASS_SAYS[code[0]!]}: vale o ${code}, porque é por ele que o servidor de envio se guia.`,
  unknownUserFiltered:
    'O texto do servidor diz que o endereço não existe, mas a recusa veio depois de o destinatário ter sido aceito, ou numa etapa que o aviso de falha na entrega não informa. Alguns filtros respondem assim para esconder que estão filtrando (é o caso dos filtros de remetente das operadoras de celular japonesas). Se todas as mensagens para esse endereço voltarem do mesmo jeito, trate o endereço como inexistente.',
  unknownDomainAdmin: {
    nonexistent:
      'O DNS respondeu que o domínio não existe: do lado do destinatário não há servidor nem administrador para corrigir nada. Para conferir, rode dig MX seguido do domínio; se ele resolver normalmente em outro lugar, verifique o resolvedor DNS do seu servidor.',
    noMailServer:
      'O domínio existe, mas o DNS dele não aponta um servidor de e-mail que funcione: o registro MX está quebrado, o DNS do domínio falha, ou um MX nulo diz que o domínio não recebe e-mail. Só o administrador do domínio do destinatário pode mudar isso: confira com dig MX seguido do domínio e avise o destinatário por outro meio.',
  },
  notBounce: 'Esta mensagem não é um aviso de falha na entrega (bounce).',
  notBounceMeaning: 'Não encontramos nela falha na entrega, aviso de entrega, reclamação nem resposta automática.',
  notBounceAdvice: 'Se você esperava um aviso de falha na entrega, cole a mensagem inteira, com os cabeçalhos.',
  quietLog: {
    summary: 'Nenhuma entrega deste log falhou ou foi adiada.',
    // a log of a mail server's other lines (connections, logins) names no delivery at all
    meaning: (n, count) => (n === 0
      ? 'O log não tem nenhuma linha de entrega (só conexões, logins e outras linhas do servidor de e-mail), então não há falha para explicar.'
      : n === 1
      ? 'A única linha de entrega do log diz que a mensagem foi entregue.'
      : `O log tem ${count} linhas de entrega, e todas as mensagens foram entregues (as que foram adiadas, numa tentativa seguinte).`),
    advice: 'Se uma mensagem não chegou, procure no log as linhas com o endereço do destinatário ou analise o aviso de falha na entrega que você recebeu.',
  },
  emptyInput: {
    summary: 'A entrada veio vazia: nada para explicar.',
    meaning: 'Nenhum texto chegou pelo pipe ou pelo redirecionamento (por exemplo, um grep que não achou nenhuma linha). Não é um erro.',
    fileSummary: 'O arquivo está vazio: nada para explicar.',
    fileMeaning: 'O arquivo não tem nenhum texto (por exemplo, um log de e-mail que o logrotate acabou de esvaziar). Não é um erro.',
  },
  quietEvents: {
    summary: 'Nenhum destes eventos é uma falha.',
    meaning: (n, count) => (n === 0
      ? 'A lista não traz nenhum endereço cuja mensagem tenha falhado ou que tenha reclamado.'
      : n === 1
        ? 'Há um só evento, e ele não é falha na entrega nem reclamação: a mensagem foi entregue, aberta ou clicada.'
        : `São ${count} eventos, e nenhum é falha na entrega nem reclamação: as mensagens foram entregues, abertas ou clicadas.`),
    advice: 'Não há nada a tirar das suas listas. Para ver as falhas, exporte do serviço de envio os eventos de falha na entrega (bounces) ou a lista de supressão.',
  },
  noCodeSummary: 'Não encontramos código de resposta nem código de status no texto.',
  unrecognisedRetry: 'Não dá para saber: nada no texto diz se alguma mensagem falhou.',
  unrecognisedPart: {
    summary: (excerpt) => `Esta parte não foi reconhecida: “${excerpt}”`,
    meaning: 'O texto colado tem vários avisos, e esta parte não traz código de resposta, código de status nem frase que saibamos ler. As outras partes foram explicadas cada uma por si.',
    advice: 'Se esta parte também é um aviso de falha na entrega, cole-a sozinha com os detalhes técnicos, onde vem a resposta do servidor com o código (por exemplo, 550 5.1.1).',
  },
  invalidCode: {
    summary: 'Isto parece um código SMTP, mas nenhum código começa assim.',
    reply: 'O primeiro dígito de um código de resposta SMTP vai de 2 a 5 (2 sucesso, 3 continuação, 4 falha temporária, 5 falha permanente; RFC 5321). Confira se o número foi copiado certo.',
    status: 'O primeiro número de um código de status estendido é 2 (sucesso), 4 (falha temporária) ou 5 (falha permanente; RFC 3463). Confira se o código foi copiado certo.',
  },
  noCodeMeaning:
    'Nada nele parece uma resposta SMTP ("550 5.1.1 ..."), um código de status estendido, uma linha de log de servidor de e-mail ou um aviso de falha na entrega, e nenhuma das frases que conhecemos aparece nele.',
  noCodeAdvice: 'Procure na sua caixa de entrada o e-mail que voltou (de “Mail Delivery Subsystem” ou “MAILER-DAEMON”, ou com um assunto como “Não foi possível entregar” ou “Undeliverable”) e cole o texto inteiro dele. Se você tem só a resposta do servidor, cole-a exatamente como veio, com o código (por exemplo, 550 5.1.1).',
  pasteTechnicalDetails:
    'Se você colou só o aviso, cole também os detalhes técnicos que vêm logo abaixo dele (as linhas com a resposta do servidor, como "550 5.1.1 ..."): quase sempre são eles que dizem a causa.',
  ownNotice: {
    'verify-probe': {
      summary: (daemon) => `Esta linha é uma verificação de endereço feita pelo seu servidor (${daemon}), não uma entrega.`,
      meaning:
        'O Postfix testa se um endereço existe (por reject_unverified_sender ou reject_unverified_recipient, ou com sendmail -bv) conversando com o servidor do endereço, sem enviar mensagem nenhuma. "undeliverable" diz que o teste falhou; nenhuma mensagem foi devolvida a ninguém.',
      advice:
        'Se o endereço testado é de um remetente de fora, a verificação serviu para recusar a mensagem dele: nada a fazer. Não tire o endereço de nenhuma lista por causa desta linha; procure no log a entrega de verdade, com status=bounced ou status=sent.',
    },
    'login-failed': {
      summary: (daemon) => `Alguém tentou fazer login no seu servidor de e-mail (${daemon}) e errou o usuário ou a senha.`,
      meaning:
        'Não é uma mensagem sua que voltou: um programa se conectou ao seu servidor e tentou se autenticar (SMTP AUTH) sem sucesso. Quando o IP é desconhecido e a linha se repete muitas vezes, é alguém tentando adivinhar senhas.',
      advice:
        'Se for um usuário seu, ele precisa corrigir a senha no programa de e-mail. Se forem muitas tentativas de IPs desconhecidos, bloqueie-os (com o fail2ban, por exemplo) e confira se as senhas das contas são fortes.',
    },
    'client-listed': {
      summary: (daemon) => `O seu servidor (${daemon}) encontrou em listas de bloqueio o IP que se conectava a ele.`,
      meaning:
        'O postscreen consulta listas de bloqueio (DNSBL) para cada IP que se conecta e soma uma pontuação; acima de postscreen_dnsbl_threshold, a conexão é recusada. É a sua proteção contra spam funcionando: quem está na lista é o outro servidor, não o seu.',
      advice: 'Nada a fazer. Se um remetente legítimo for barrado, libere o IP dele em postscreen_access_list.',
    },
    'client-dns': {
      summary: (daemon) => `O seu servidor (${daemon}) verificou o DNS reverso de quem se conectava, e o nome não corresponde ao IP.`,
      meaning:
        'É um aviso sobre o servidor que tentava entregar uma mensagem ao seu, não sobre o seu: o nome do DNS reverso (PTR) dele não aponta de volta para o mesmo IP.',
      advice: 'Nada a fazer do seu lado. Se um remetente legítimo for recusado por isso, ele precisa corrigir o DNS reverso do servidor dele.',
    },
    'client-left': {
      summary: (daemon) => `Quem se conectava ao seu servidor (${daemon}) se desconectou no meio da conversa.`,
      meaning:
        'Não é uma entrega sua que falhou: um cliente (outro servidor ou um programa de e-mail) abriu a conexão e saiu antes de terminar. É comum em spam, em varreduras e em tentativas de login.',
      advice: 'Nada a fazer, a menos que aconteça com remetentes ou usuários legítimos; aí confira a rede, o TLS e os tempos limite do servidor.',
    },
    'table-outdated': {
      summary: (daemon) => `Uma tabela do seu servidor (${daemon}) foi editada e não foi recompilada.`,
      meaning:
        'O Postfix lê a versão compilada do arquivo (.db ou .lmdb), que está mais antiga que o arquivo de texto: as mudanças feitas nele ainda não valem.',
      advice: 'Rode postmap no arquivo citado (por exemplo, postmap /etc/postfix/virtual) e depois postfix reload.',
    },
    arrival: {
      summary: () => 'Esta linha registra uma mensagem que chegou ao servidor (Exim), não uma falha.',
      meaning:
        'No log do Exim, "<=" marca a chegada de uma mensagem, com o remetente, o IP de onde veio e o tamanho. As entregas dela aparecem em outras linhas com o mesmo identificador: "=>" entregue, "==" adiada, "**" falhou.',
      advice: 'Para saber o que aconteceu com a mensagem, procure no log as linhas com o mesmo identificador.',
    },
    other: {
      summary: (daemon) => `Esta linha é um aviso do seu próprio servidor de e-mail (${daemon}), não o resultado de uma entrega.`,
      meaning:
        'Ela não diz que alguma mensagem sua voltou: registra algo que o servidor notou ao trabalhar (uma configuração, um arquivo, uma conexão, o TLS).',
      advice:
        'Se o aviso se repete, mostre-o a quem administra o servidor. Para saber o que aconteceu com uma mensagem, procure no log as linhas com to=<...> e status=.',
    },
  },
  localDelivery: {
    summary: 'A entrega local falhou: o seu próprio servidor não conseguiu passar a mensagem à caixa postal, a um programa ou a um filtro.',
    meaning:
      'Esta linha é de uma entrega dentro do seu servidor (local, virtual, pipe, LMTP para o Dovecot ou um filtro de conteúdo em 127.0.0.1): a mensagem já tinha chegado, e o "servidor do destinatário" é o seu. A causa está no programa de entrega, no disco, nas permissões ou na configuração dele.',
    advice:
      'Mostre esta linha a quem administra o servidor: no log, logo antes dela, costuma estar o erro do programa de entrega (Dovecot, procmail, o filtro). Se a falha for temporária, a mensagem continua na fila e sai sozinha depois da correção.',
  },
  localMailbox: {
    admin: 'quem administra o seu servidor de e-mail',
    adminAdvice: {
      userunknown:
        'A caixa não existe no seu próprio servidor. Se ele aceitou a mensagem e só depois a devolveu, o aviso de falha vai para o remetente do envelope, que pode ser forjado: é o backscatter, que põe servidores em listas de bloqueio. Faça o servidor recusar destinatários inexistentes ainda na conversa SMTP: no Postfix, com local_recipient_maps ou virtual_mailbox_maps (ou reject_unverified_recipient, quando a entrega é por LMTP); no Exim, com verify = recipient na ACL do RCPT.',
      mailboxfull:
        'A caixa cheia fica no seu próprio servidor: aumente a cota da conta (no Dovecot, a regra de quota do usuário) ou peça ao usuário que libere espaço. Enquanto isso, o que chega para ele volta para quem enviou.',
    },
  },
  errorSummary: (message) => `Não foi possível analisar: ${message}`,
  errorKind: 'ilegível',
  errorRetry: 'Não se aplica: a entrada não pôde ser lida.',
  cutRetry: 'Não se aplica: o resto da entrada não foi lido.',
  newAddress: (address) =>
    `O endereço novo informado é ${address}. Numa mensagem pessoal, reenvie para ele e atualize o contato. Numa lista de envio, tire o endereço antigo e convide a pessoa a se inscrever com o novo: o consentimento dela não passa sozinho para outro endereço.`,
  damagedReport: 'o aviso de falha na entrega está incompleto ou corrompido, e nele não dá para ler o destinatário nem o motivo',
  emptyNotice: 'o aviso de falha na entrega chegou vazio (só os cabeçalhos, sem nenhum texto): abra-o no seu programa de e-mail ou peça ao seu provedor uma cópia completa',
  compressedFile: {
    error: 'o arquivo está compactado (gzip, bzip2, xz, zstd ou zip)',
    advice: 'Descompacte-o antes. A linha de comando, a página e a API leem sozinhas arquivos .gz, .zip, .tar e .tgz (smtp-explain exportacao.zip); os de bzip2, xz e zstd podem ser descompactados direto para o smtp-explain: bzcat, xzcat ou zstdcat arquivo | smtp-explain -.',
  },
  emptyText: {
    error: 'o texto está vazio',
    advice: 'Passe o aviso de falha na entrega inteiro (o texto dele, ou os bytes do arquivo .eml), ou a resposta do servidor com o código.',
  },
  libraryCall: {
    tooManyResults: {
      error: (more, max) => `pelo menos mais ${more} resultados ficaram de fora (maxResults é ${max}: passe um valor maior, ou Infinity para receber todos)`,
      advice: 'Passe maxResults: Infinity para receber todos os resultados, ou leia o arquivo com analyzePaths() de smtp-explain/node, que entrega cada resultado à medida que lê.',
    },
    unpackedTooLarge: (mb) => `este arquivo, descompactado, passa de ${mb} MB (MAX_UNPACKED_BYTES) e não foi lido aqui: salve-o em disco e leia-o com analyzePaths() de smtp-explain/node, que lê arquivos de qualquer tamanho aos poucos`,
    streamTooLarge: (mb) => `esta entrada passa de ${mb} MB e não é uma mbox nem um log de e-mail, que o analyzeStream() lê aos poucos: ela não foi lida (uma mensagem, um texto ou os eventos de um serviço de envio são lidos inteiros, até ${mb} MB)`,
    streamFailed: (detail) => `o stream deu erro no meio da leitura (${detail}): os resultados antes deste são do que chegou até ali`,
    unpackedTotal: (mb) => `o arquivo compactado passa de ${mb} MB descompactado: os arquivos dele a partir daqui não foram lidos; salve-o em disco e leia-o com analyzePaths() de smtp-explain/node, que lê arquivos de qualquer tamanho aos poucos`,
  },
  emptyFile: {
    error: 'o arquivo está vazio',
    advice: 'Confira se é o arquivo certo. Se for, abra o aviso de falha na entrega no seu programa de e-mail e salve-o de novo como .eml, ou copie o texto dele e analise esse texto.',
  },
  binaryFile: {
    error: 'o arquivo não é texto (parece uma imagem, um PDF ou outro arquivo binário)',
    advice: 'Abra o aviso de falha na entrega no seu programa de e-mail e salve-o como .eml ou .txt, ou copie o texto dele e analise esse texto.',
  },
  moreRecipients: {
    summary: (error) => `A análise deste aviso parou aqui: ${error}.`,
    error: (max) => `ele cita mais de ${max} destinatários, e só os primeiros ${max} foram analisados`,
    advice: 'Os outros destinatários estão no próprio aviso, depois destes: abra-o no seu programa de e-mail para vê-los.',
  },
  textCut: {
    summary: (error) => `A análise deste texto parou aqui: ${error}.`,
    advice: 'Se for um log de e-mail, as linhas dele não foram reconhecidas como de um log: cada uma deve começar com a data e a hora, como o syslog, o journalctl e o Exim as escrevem. Se for outro tipo de texto, divida-o em arquivos menores.',
  },
  tooManyResults: {
    summary: (error) => `A resposta para aqui: ${error}.`,
    error: (more, max) => `pelo menos mais ${more} resultados ficaram de fora (cada pedido mostra no máximo ${max})`,
    advice: 'Para entradas deste tamanho, use a linha de comando, que escreve cada resultado à medida que lê (smtp-explain --summary arquivo), ou divida a entrada.',
  },
  brokenJson: {
    error: 'o texto parece ser JSON (eventos de um serviço de envio?), mas está cortado ou malformado',
    advice: 'Copie o JSON inteiro, do primeiro { ou [ até o último } ou ], ou salve-o num arquivo .json e analise o arquivo.',
  },
  outlookFile: {
    error: 'o arquivo está no formato binário dos arquivos .msg do Outlook (e dos antigos arquivos do Word e do Excel), mas não foi possível ler nenhuma mensagem do Outlook nele: está danificado, incompleto ou é outro tipo de documento',
    advice:
      'No Outlook, abra a mensagem e use Arquivo > Salvar como > Somente texto (.txt), ou copie todo o texto da mensagem, inclusive as informações de diagnóstico para administradores. Depois, analise esse texto.',
  },
} satisfies UiText;
