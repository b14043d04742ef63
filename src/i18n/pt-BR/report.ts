// Textos em português do Brasil do relatório HTML, do CSV, do --summary, da linha final no stderr e do
// comando `smtp-explain codes`.
import { deliveriesPart, inboundPart, readShown, withRepeated, type ReportText } from '../report-text.js';
import { reasonNames } from './reason-names.js';

const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);
const ptPasted = {
  notices: (n: number) => plural(n, 'aviso colado', 'avisos colados'),
  replies: (n: number) => plural(n, 'resposta colada', 'respostas coladas'),
};

/** Códigos de erro do sistema que o usuário entende melhor em palavras. */
function why(detail: string): string {
  if (detail === 'ENOTREGULAR') return 'não é um arquivo comum nem uma pasta';
  if (detail === 'ENOENT') return 'o arquivo sumiu ou é um link quebrado';
  if (detail === 'ELOOP') return 'link simbólico em loop';
  if (detail === 'EACCES' || detail === 'EPERM') return 'sem permissão de leitura';
  if (detail === 'EISDIR') return 'é uma pasta';
  if (detail === 'EIO') return 'erro de leitura no disco';
  // zlib's codes for a gzip file or zip entry cut short or damaged
  if (detail === 'Z_BUF_ERROR' || detail === 'Z_DATA_ERROR') return 'o arquivo compactado está incompleto ou danificado';
  return detail;
}

/** What is damaged in one file of an archive ('archive-entry-damaged'). */
const entryDamage: Record<string, string> = {
  data: 'os dados dele não puderam ser descompactados',
  header: 'o cabeçalho dele está corrompido',
  overlap: 'os bytes dele se sobrepõem aos de outro arquivo, como numa zip bomb',
};

export const report = {
  reasonName: reasonNames,
  kindName: {
    permanent: 'Falha permanente',
    transient: 'Falha temporária',
    success: 'Sucesso ou aviso',
    feedback: 'Reclamação, descadastro ou relatório',
    intermediate: 'Aguardando continuação',
    notBounce: 'Não é aviso de falha',
    error: 'Não foi possível ler',
  },
  numberLocale: 'pt-BR',
  problem: {
    'not-found': () => 'arquivo ou pasta não encontrado',
    'unreadable-file': (d) => `não foi possível ler o arquivo (${why(d)})`,
    'unreadable-folder': (d) => `não foi possível ler a pasta (${why(d)})`,
    'empty-message': () => 'a mensagem está vazia',
    'no-headers': () => 'a mensagem não começa com cabeçalhos de e-mail; o arquivo pode estar corrompido neste ponto',
    'events-unreadable': (d) => `as linhas do arquivo de eventos a partir da linha ${d} não puderam ser lidas (uma linha malformada ou aspas não fechadas): confira o arquivo a partir dali`,
    'events-too-large': (d) => `o arquivo de eventos (JSON ou CSV) passa de ${d} e não foi lido: divida-o em arquivos menores`,
    'text-cut': (d) => `ele passa de ${d}, e só os primeiros ${d} foram lidos`,
    internal: (d) => `erro interno ao analisar a mensagem (${d})`,
    'archive-damaged': (d) => `o arquivo compactado está corrompido ou incompleto e não pôde ser lido daqui em diante (detalhe técnico: ${d}); baixe ou exporte o arquivo de novo`,
    'archive-entry-damaged': (d) => `este arquivo, dentro do arquivo compactado, está danificado e não foi lido (${entryDamage[d] ?? d}); os demais foram lidos`,
    'archive-document': () => 'é um documento (Word, Excel, PowerPoint, OpenDocument ou EPUB), não um e-mail: se o aviso de falha foi colado nele, copie o texto do aviso e analise esse texto',
    'archive-encrypted': () => 'este arquivo do .zip está protegido por senha: extraia-o com a senha e analise o arquivo extraído',
    'archive-method': (d) => `este arquivo do .zip foi compactado com um método que não lemos (${d}): extraia-o com um programa como o 7-Zip ou o unzip e analise o arquivo extraído`,
    'archive-too-large': (d) => `este arquivo, descompactado, passa de ${d} MB e não foi lido aqui: extraia-o e leia-o com a linha de comando (smtp-explain arquivo), que lê arquivos de qualquer tamanho`,
    'archive-more': (d) => `mais ${d} arquivos dentro do arquivo compactado não foram lidos: extraia-o e analise a pasta`,
    'archive-total': (d) => `o arquivo compactado passa de ${d} MB descompactado: os arquivos dele a partir daqui não foram lidos; extraia-o e leia a pasta com a linha de comando (smtp-explain pasta), que lê qualquer tamanho`,
    'archive-empty': () => 'o arquivo compactado não tem nenhum arquivo para ler (só pastas ou arquivos ocultos)',
    'archive-nested': () => 'é um arquivo compactado dentro de outros dois, e não foi aberto: extraia-o antes',
  },
  csv: {
    separator: ';',
    action: 'Ação',
    checkFirst: 'conferir antes de remover; deu sinal de vida depois da falha',
    inboundKind: 'Recusa de mensagem recebida',
    reasonName: 'Motivo por extenso',
    date: 'Data',
    // day first, as a Brazilian reads and types a date ("30/11/2026 14:00:00 (UTC−03:00)"), at the
    // offset it was written with; the mail form ("Mon, 30 Nov…") is English to a reader here
    dateCell: (d, written) => {
      if (!d) return written;
      const two = (x: number): string => String(x).padStart(2, '0');
      const zone = d.offset === null ? (d.unknownZone ? ` (${d.unknownZone})` : '') : d.offset === 0 ? ' (UTC)'
        : ` (UTC${d.offset < 0 ? '\u2212' : '+'}${two(Math.floor(Math.abs(d.offset) / 60))}:${two(Math.abs(d.offset) % 60)})`;
      return `${two(d.day)}/${two(d.month)}/${d.year} ${two(d.hour)}:${two(d.minute)}:${two(Math.min(d.second, 59))}${zone}`;
    },
    dateUtc: 'Data (UTC)',
    reply: 'Resposta do servidor',
    recipient: 'Destinatário',
    domain: 'Domínio',
    kind: 'Tipo',
    reason: 'Código do motivo',
    hardBounce: 'Hard bounce',
    status: 'Código de status',
    replyCode: 'Código de resposta',
    summary: 'Resumo',
    advice: 'O que fazer',
    file: 'Arquivo',
    originalRecipient: 'Endereço que falhou',
    yes: 'sim',
    no: 'não',
  },
  done: (c, n): string => {
    // a mail log's failed lines are counted as lines, as the web page counts them
    const shown = readShown(c);
    // after the messages (or pasted notices) read: they are what was repeated, not a log's lines
    const repeated = c.repeated ? ` (${n(c.repeated)} ${plural(c.repeated, 'repetida', 'repetidas')}: cada aviso contado uma vez só)` : '';
    const read = withRepeated([
      ...(shown.messages === null ? [] : [`${n(shown.messages)} ${plural(shown.messages, 'mensagem lida', 'mensagens lidas')}`]),
      ...(shown.logLines === null ? [] : [`${n(shown.logLines)} ${plural(shown.logLines, 'linha de log com falha', 'linhas de log com falha')}`]),
      ...(shown.notices === null ? [] : [`${n(shown.notices)} ${ptPasted.notices(shown.notices)}`]),
      ...(shown.replies === null ? [] : [`${n(shown.replies)} ${ptPasted.replies(shown.replies)}`]),
    ], shown, repeated);
    // inputs that could not be read at all: no message read from them, said apart ("1 mensagem lida" was wrong)
    const u = shown.unreadable ?? 0;
    const unread = u ? `${n(u)} ${plural(u, 'entrada não pôde ser lida', 'entradas não puderam ser lidas')}` : '';
    if (u && u === c.read) return `smtp-explain: nenhuma mensagem lida; ${unread}.`;
    // one message: its result is the line after, "com resultado" would only repeat it
    const all = (c.withResult !== c.read ? `, ${n(c.withResult - u)} com resultado` : c.read - u > 1 ? ', todas com resultado' : '') + (unread ? `, ${unread}` : '');
    const left = c.leftOut ?? 0;
    const again = c.repeatedResults ?? 0;
    const written = c.results + again - left;
    const results = c.addressesWritten === undefined
      ? `${n(written)} ${plural(written, 'resultado escrito', 'resultados escritos')}`
      : `${n(c.addressesWritten)} ${plural(c.addressesWritten, 'endereço a remover listado', 'endereços a remover listados')}, de ${n(written)} ${plural(written, 'resultado', 'resultados')}`;
    const parts = [
      `${n(c.bounces)} ${plural(c.bounces, 'falha na entrega', 'falhas na entrega')}`,
      ...(left ? [] : [`${n(c.notBounces)} ${plural(c.notBounces, 'não é falha', 'não são falhas')}`]),
      `${n(c.errors)} ${plural(c.errors, 'ilegível', 'ilegíveis')}`,
      ...(again ? [`${n(again)} ${plural(c.repeated ?? 0, 'da mensagem repetida', 'das mensagens repetidas')}`] : []),
    ];
    const leftOut = left ? `; ${n(left)} ${plural(left, 'resultado que não é falha ficou', 'resultados que não são falhas ficaram')} de fora (--bounces-only)` : '';
    return `smtp-explain: ${read}${all}; ${results}: ${parts.join(', ')}${leftOut}${deliveriesPart(c, report as ReportText, n, 'pt-BR')}${inboundPart(c, report as ReportText, n)}.`;
  },
  deliveries: {
    count: (d, share, n) => {
      const total = d.delivered + d.failed + d.deferred;
      const all = `${n(total)} ${plural(total, 'envio', 'envios')} no log`;
      const later = d.deferred ? `${n(d.deferred)} ${plural(d.deferred, 'ainda adiado', 'ainda adiados')} no fim do log` : '';
      // the only send: delivered, or not ended yet (no "no failure" about what may still fail)
      if (!d.failed && total === 1) return d.deferred ? `${all}, ainda adiado no fim do log` : `${all}, entregue`;
      if (!d.failed) return `${all}, nenhum falhou de vez${later ? ` (${later})` : ''}`;
      return `${all}: ${n(d.failed)} ${plural(d.failed, 'falhou de vez', 'falharam de vez')} (${share}), ${n(d.delivered)} ${plural(d.delivered, 'entregue', 'entregues')}${later ? `, ${later}` : ''}`;
    },
    heading: 'Envios registrados no log',
    intro:
      'Cada mensagem conta uma vez por destinatário, pelo resultado final: um envio adiado que depois deu certo conta como entregue; um do qual o servidor desistiu conta como falha. A entrega numa caixa postal do próprio servidor conta; a passagem por um filtro de conteúdo (como o amavis em 127.0.0.1), não, porque a mensagem volta para a fila e é entregue depois. Os avisos de falha na entrega que o seu servidor mandou também ficam de fora.',
    total: 'Envios no log',
    delivered: 'Entregues',
    failed: 'Falharam de vez',
    deferred: 'Ainda adiados no fim do log',
    share: (share) => `${share} dos envios`,
  },
  inbound: {
    count: (k, n) => `${n(k)} ${plural(k, 'recusa de mensagem que chegava', 'recusas de mensagens que chegavam')} ao seu servidor (não ${plural(k, 'é falha', 'são falhas')} dos seus envios)`,
    listHint: '(para ver cada uma: --inbound)',
    heading: 'Mensagens de fora recusadas pelo seu servidor (não são falhas dos seus envios)',
    intro:
      'O log também traz as recusas do seu próprio servidor a mensagens que chegavam de fora (spam, remetentes falsos, endereços que não existem aqui). Elas não são falhas das mensagens que você enviou, por isso aparecem só contadas aqui, por motivo. Um servidor movimentado recusa milhares por dia; se um cliente disser que não recebeu uma mensagem de alguém, procure a linha dela no log (ou rode a linha de comando com --inbound).',
  },
  pasted: ptPasted,
  bouncesOnlyHint: (n) => `smtp-explain: dica: com --bounces-only, as ${n} mensagens que não são falhas entram só nesta contagem, e a saída traz só as falhas e os endereços a remover.`,
  unreadablePath: (file, reason) => `smtp-explain: não foi possível ler ${file}: ${reason}`,
  emptyFolder: (folder) =>
    `smtp-explain: nenhuma mensagem em ${folder}: a pasta não tem nenhum arquivo para ler (arquivos ocultos, os índices .msf do Thunderbird e a pasta tmp/ de um Maildir não são lidos). Confira o caminho: no Thunderbird, o mbox é o arquivo sem extensão que fica ao lado da pasta .sbd de mesmo nome.`,
  checkNote: (count, addresses, n) =>
    `smtp-explain: ${n(count)} ${plural(count, 'endereço ficou fora da lista de remoção: teve falha definitiva, mas depois chegou uma mensagem dele', 'endereços ficaram fora da lista de remoção: tiveram falha definitiva, mas depois chegou uma mensagem deles')} (uma resposta ou uma resposta automática) ou um aviso de entrega confirmada, então a caixa postal parece ativa; confira antes de remover: ${addresses}`,
  interrupting: 'smtp-explain: interrompido: a leitura parou e a saída será fechada com o que já foi analisado (aperte Ctrl-C de novo para sair na hora).',
  interrupted: 'smtp-explain: a análise foi interrompida: a saída traz só as mensagens contadas acima, e o resto das entradas não foi lido.',
  progress: { messages: 'mensagens' },
  summary: {
    heading: 'Resumo',
    byReason: 'Por motivo',
    byKind: 'Por tipo',
    byDomain: 'Por domínio do destinatário',
    noRecipient: '(sem destinatário)',
    actions: {
      heading: 'O que fazer',
      remove: (n) => `${plural(n, 'endereço', 'endereços')} para remover da sua lista (só eles: --format remove)`,
      retry: (n) => `${plural(n, 'endereço', 'endereços')} para tentar de novo mais tarde`,
      stillTrying: (n) => `${plural(n, 'endereço', 'endereços')} ainda na fila do seu servidor (o servidor ainda tenta entregar: não reenvie)`,
      repeated: (min, days) => `destes, com a caixa postal cheia ou desativada ${min} vezes ou mais, ao longo de ${days} dias ou mais: provavelmente abandonados`,
      senderSide: (n) => `${plural(n, 'falha', 'falhas')} com causa do seu lado (o que corrigir: --format html)`,
      check: (n) => `${plural(n, 'endereço', 'endereços')} com falha definitiva que depois ${plural(n, 'escreveu ou recebeu', 'escreveram ou receberam')} mensagem (a caixa postal parece ativa): confira antes de remover`,
    },
    senderProblems: 'Do seu lado, corrija antes do próximo envio (os endereços destas falhas estão certos)',
    heldProblems: 'Retidas até você confirmar o envio (o filtro antispam de cada destinatário pede a confirmação)',
    more: (n) => `… e mais ${n}`,
  },
  html: {
    title: 'Relatório de falhas na entrega',
    generated: (date) => `Gerado em ${date} pelo smtp-explain.`,
    inputs: 'Entradas analisadas',
    totals: {
      heading: 'Resumo',
      read: 'Mensagens lidas',
      logLines: 'Linhas de log com falha',
      notices: 'Avisos colados',
      replies: 'Respostas coladas',
      results: 'Resultados (um por destinatário)',
      bounces: 'Falhas na entrega',
      remove: 'Endereços para remover',
      retry: 'Endereços para tentar de novo',
      stillTrying: 'Ainda na fila do seu servidor (não reenvie)',
      senderSide: 'Falhas com causa do seu lado',
      notBounce: 'Não são falhas',
      errors: 'Não foi possível ler',
      repeated: (n, shown) => `${shown} ${plural(n, 'repetida', 'repetidas')}: cada aviso contado uma vez só`,
      check: 'Para conferir antes de remover',
    },
    reasonsChart: 'Motivos',
    kindsChart: 'Tipos de resultado',
    chartEmpty: 'Nenhuma falha na entrega encontrada.',
    legend: { remove: 'endereço inválido: remover', sender: 'problema do seu lado', other: 'outros motivos' },
    barLabel: (name, count) => `${name}: ${count}`,
    nothingRead: 'Nenhuma mensagem foi lida: a pasta ou o arquivo indicado não tinha nada para analisar, por isso tudo abaixo está zerado. Confira o caminho (no Thunderbird, o mbox é o arquivo sem extensão que fica ao lado da pasta .sbd de mesmo nome).',
    interrupted: 'Análise interrompida: este relatório cobre só o que foi lido até a interrupção. As contagens e as listas abaixo estão incompletas; rode a análise de novo até o fim antes de tirar endereços da sua lista.',
    domains: {
      heading: 'Por domínio do destinatário',
      intro: 'Muitas falhas no mesmo domínio costumam indicar bloqueio ou filtro daquele provedor, e não endereços ruins. A tabela conta resultados (um por aviso e destinatário), não endereços: um endereço que voltou duas vezes conta duas.',
      domain: 'Domínio',
      total: 'Total',
      remove: 'Remover',
      retry: 'Tentar de novo',
      sender: 'Do seu lado',
      other: 'Outros',
      topReason: 'Motivo mais comum',
      more: (n) => `Mais ${n} ${plural(n, 'domínio', 'domínios')} com menos resultados não ${plural(n, 'aparece', 'aparecem')} na tabela; o CSV traz todos.`,
      empty: 'Nenhum destinatário encontrado.',
    },
    remove: {
      heading: 'Endereços para remover da sua lista',
      intro: ({ failed, complaints, refused }) => [
        // the addresses that exist come first: the others are then "os outros", not "estes" twice
        ...(refused
          ? [`${failed || complaints ? 'Alguns destes endereços' : 'Estes endereços'} existem, mas uma regra da organização do destinatário recusa as suas mensagens (como um grupo que só aceita mensagens de dentro da organização ou um bloqueio do administrador): cada envio voltaria até que liberem o seu endereço; se liberarem, você pode incluí-los de novo.`]
          : []),
        ...(failed ? [`${refused ? (complaints ? 'Outros' : 'Os outros') : 'Estes endereços'} não existem mais ou não recebem e-mail (a conta foi desativada, o domínio não existe ou não aceita mensagens).`] : []),
        ...(complaints
          ? [failed
            ? 'A lista também traz quem reclamou da sua mensagem ou pediu para sair da lista. Isso não é falha na entrega, por isso a lista pode ter mais endereços do que a contagem de falhas.'
            : refused ? 'Os outros reclamaram da sua mensagem ou pediram para sair da lista.' : 'Quem está nesta lista reclamou da sua mensagem ou pediu para sair da lista.']
          : []),
        // an address that exists is no "invalid" one: the user may add it back
        refused
          ? 'Tire-os da sua lista de envio (ou coloque-os na lista de supressão da sua ferramenta de e-mail marketing): continuar enviando para eles prejudica a entrega de todos os outros e-mails.'
          : 'Tire-os da sua lista de envio, ou marque-os como inválidos na sua ferramenta de e-mail marketing: continuar enviando para eles prejudica a entrega de todos os outros e-mails.',
      ].join(' '),
      copy: 'Todos os endereços para remover, um por linha, prontos para copiar',
      empty: 'Nenhum endereço precisa ser removido.',
      check: {
        heading: 'Deram sinal de vida depois da falha: confira antes de remover',
        intro:
          'Estes endereços tiveram uma falha definitiva, mas depois chegou uma mensagem deles (uma resposta ou uma resposta automática) ou um aviso de que uma mensagem para eles foi entregue: a caixa postal parece estar funcionando. Por isso eles não estão na lista para remover. Confira antes de tirá-los da sua lista; se uma falha chegar depois disso, o endereço volta para a lista de remoção.',
      },
    },
    retry: {
      heading: 'Endereços para tentar de novo mais tarde',
      intro:
        'Estes endereços falharam por um motivo passageiro ou do lado do destinatário. Não os remova agora: cada grupo diz quando vale a pena reenviar. As falhas causadas por problemas do seu lado aparecem mais acima, em "Problemas do seu lado".',
      empty: 'Nenhum endereço nesta situação.',
      repeated: {
        heading: (min) => `Caixa postal cheia ou desativada ${min} vezes ou mais`,
        intro: (minDays) =>
          `Segundo os avisos de falha na entrega analisados, a caixa postal de cada um destes endereços recusou as suas mensagens várias vezes; quando os avisos têm data, essas recusas se estendem por ${minDays} dias ou mais (o mesmo aviso lido duas vezes conta uma vez só). Uma caixa postal que continua cheia ou desativada por semanas quase sempre foi abandonada: se o próximo envio também falhar, tire o endereço da lista.`,
      },
    },
    stillTrying: {
      heading: 'Endereços ainda na fila do seu servidor: não reenvie',
      intro:
        'O seu servidor ainda está tentando entregar as mensagens para estes endereços. Não reenvie, ou o destinatário pode receber a mesma mensagem duas vezes, e não os remova agora: se a entrega falhar até o fim do prazo, chega um aviso de falha definitiva. Cada grupo diz o que fazer enquanto isso.',
    },
    sender: {
      heading: 'Problemas do seu lado',
      intro:
        'Estas falhas vêm do seu servidor, do seu domínio ou das suas mensagens, e não dos endereços. Enquanto a causa não for corrigida, elas vão se repetir com qualquer destinatário.',
      empty: 'Nenhum problema do seu lado foi encontrado.',
      affected: (results, domains) => `${results} ${results === '1' ? 'resultado' : 'resultados'}${domains === '0' ? ', sem destinatário informado' : ` em ${domains} ${domains === '1' ? 'domínio' : 'domínios'}`}`,
      topDomains: 'Domínios mais afetados',
      whatToFix: 'O que corrigir',
      whatToDo: 'O que fazer',
      heldNote: 'As mensagens retidas por um filtro de desafio e resposta são exceção: nada está errado do seu lado, e cada destinatário com esse filtro pede a sua confirmação separadamente.',
      forAdmin: 'Para o administrador',
      example: 'A resposta do servidor',
      addresses: (n) => `${n} ${n === '1' ? 'endereço afetado (reenvie para ele depois de corrigir)' : 'endereços afetados (reenvie para eles depois de corrigir)'}`,
      addressesStillTrying: (n) => `${n} ${n === '1' ? 'endereço afetado (o servidor ainda tenta entregar: não reenvie)' : 'endereços afetados (o servidor ainda tenta entregar: não reenvie)'}`,
      alsoRemoved: (n) => `${n} ${n === '1' ? 'endereço afetado já está na lista para remover (falhou de vez em outro aviso) e não aparece aqui' : 'endereços afetados já estão na lista para remover (falharam de vez em outros avisos) e não aparecem aqui'}.`,
      addressesHeld: (n) => `${n} ${n === '1' ? 'endereço afetado (a mensagem fica retida até você confirmar: não reenvie)' : 'endereços afetados (as mensagens ficam retidas até você confirmar: não reenvie)'}`,
    },
    errors: {
      heading: 'Entradas que não puderam ser lidas',
      intro: 'Estes arquivos ou mensagens não foram analisados. Confira se eles existem, se você tem permissão de leitura e se não estão corrompidos.',
      more: (n) => `Mais ${n} ${plural(n, 'entrada', 'entradas')} com erro; a saída em CSV ou NDJSON traz todas.`,
    },
    alive: {
      wrote: (when) => `escreveu em ${when}`,
      delivered: (when) => `entrega confirmada em ${when}, depois da falha`,
    },
    times: (n) => `${n} ${plural(n, 'vez', 'vezes')}`,
    timesOver: (n, days) => `${n} ${plural(n, 'vez', 'vezes')} em ${days} ${plural(days, 'dia', 'dias')}`,
    failedAs: (address) => `encaminhado para ${address}, que falhou`,
    movedTo: (address) => `novo endereço: ${address}`,
    footer: 'Este relatório é um arquivo único: não carrega nada da internet e pode ser aberto sem conexão.',
  },
  codes: {
    basicHeading: 'Códigos de resposta SMTP (três dígitos)',
    enhancedHeading: 'Códigos de status estendidos (RFC 3463)',
    enhancedNote: 'O X é a classe: 2 para sucesso, 4 para falha temporária, 5 para falha permanente.',
    legend: '—: nenhuma RFC define o código; ele vem de listas que circulam pela internet, ou nem é resposta de servidor (101, 111). "Só no registro": o registro da IANA (RFC 5248) cita o código ao lado de um código estendido, mas nenhuma RFC de protocolo o define como resposta.',
    code: 'Código',
    kind: 'Tipo',
    standard: 'RFC',
    title: 'Nome',
    yes: 'sim',
    no: 'não',
    meaning: 'O que significa',
    advice: 'O que fazer',
    unknown: (code) => `"${code}" não é um código SMTP. Use três dígitos, como 550, ou um código estendido, como 5.7.26.`,
    badFormat: (format) => `codes: formato desconhecido "${format}": use text ou json`,
    help: `Uso: smtp-explain codes [opções] [CÓDIGO...]

Sem CÓDIGO, mostra a tabela de todos os códigos de resposta SMTP (três dígitos) e de
todos os códigos de status estendidos registrados na IANA (RFC 3463), com o nome de cada um.
Com CÓDIGO, explica cada código dado: o que significa e o que fazer.

CÓDIGO pode ser um código de resposta (550), um código estendido (5.7.26) ou um código
estendido sem a classe (X.7.26).

Opções:
  -l, --lang      idioma: pt-BR (padrão) ou en; sem a opção, vale LC_ALL,
                  LC_MESSAGES ou LANG, nessa ordem
  -f, --format    text (padrão) ou json; com CÓDIGO, o json é sempre uma lista,
                  mesmo de um código só, com um objeto por código (o mesmo que
                  GET /api/codes/CÓDIGO responde); sem CÓDIGO, um objeto com
                  as duas tabelas (basic e enhanced)
  -h, --help      mostra esta ajuda

Exemplos:
  smtp-explain codes
  smtp-explain codes 421 5.7.26
  smtp-explain codes --format json X.1.1
`,
  },
} satisfies ReportText;
