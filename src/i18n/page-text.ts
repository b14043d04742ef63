// Words of the web page and of the code reference pages, in every language. Browser-safe, as all of
// src/i18n: the web bundle (web/src) imports this file, and the server too (src/server/page-text.ts).
// No Node-only API here. Labels that the CLI also shows (summary, advice, who acts...)
// come from CATALOGS[lang].ui, not from here.
import { groupDigits } from './group-digits.js';
import { REPORTS } from '../report/catalog.js';
import type { Locale } from '../types.js';
import { CODES_PATH } from './code-url.js';

/** Counts as each language writes them (1.234 / 1,234): the page's status line and notes say thousands. */
const ptCount = (n: number): string => groupDigits(n, 'pt-BR') ?? String(n);
const enCount = (n: number): string => groupDigits(n, 'en') ?? String(n);

/**
 * What a batch of the page's inputs read: `messages` (an mbox's each, one per other input), of which
 * `logs` were mail logs, whose `logLines` failed or deferred delivery lines are what a log gave to read
 * (src/analyze-input.ts).
 */
export interface ReadCount {
  messages: number;
  logs: number;
  logLines: number;
  /** Of `messages`, pasted texts read in parts, and their notices and reply lines (src/analyze-input.ts). */
  split?: number;
  notices?: number;
  replies?: number;
  /** Of `messages`, inputs that could not be read (a photo, an empty or binary file): every result an error. */
  unread?: number;
  /** How the deliveries its mail logs recorded ended: delivered, failed for good, still deferred (src/analyze-input.ts). */
  logDelivered?: number;
  logFailed?: number;
  logDeferred?: number;
}

/** Every count of a ReadCount, which a batch sums over its inputs. */
export const READ_COUNTS = ['messages', 'logs', 'logLines', 'split', 'notices', 'replies', 'unread', 'logDelivered', 'logFailed', 'logDeferred'] as const satisfies readonly (keyof ReadCount)[];

export interface ShownCounts {
  messages: number | null;
  logLines: number | null;
  notices: number | null;
  replies: number | null;
  unread: number | null;
}

/**
 * The counts of what was read, as shown: messages (those that were no log, no paste read in parts, and
 * could be read), a log's lines, the parts pasted, the inputs that could not be read; at least one.
 */
export function readCounts({ messages, logs, logLines, split = 0, notices = 0, replies = 0, unread = 0 }: ReadCount): ShownCounts {
  const others = logs + split + unread;
  return {
    messages: messages > others || !others ? messages - others : null,
    logLines: logs ? logLines : null,
    notices: notices || null,
    replies: replies || null,
    unread: unread || null,
  };
}

/** Whether nothing at all could be read: no count but the inputs that could not be read. */
function nothingRead(shown: ShownCounts): boolean {
  return shown.unread !== null && shown.messages === null && shown.logLines === null && shown.notices === null && shown.replies === null;
}

function readWords(read: ReadCount, lang: Locale, count: (n: number) => string, messages: (n: number) => string, lines: (n: number) => string,
  unread: (n: number) => string): string[] {
  const shown = readCounts(read);
  const pasted = REPORTS[lang].pasted;
  return [
    ...(shown.messages === null ? [] : [`${count(shown.messages)} ${messages(shown.messages)}`]),
    ...(shown.logLines === null ? [] : [`${count(shown.logLines)} ${lines(shown.logLines)}`]),
    ...(shown.notices === null ? [] : [`${count(shown.notices)} ${pasted.notices(shown.notices)}`]),
    ...(shown.replies === null ? [] : [`${count(shown.replies)} ${pasted.replies(shown.replies)}`]),
    ...(shown.unread === null ? [] : [`${count(shown.unread)} ${unread(shown.unread)}`]),
  ];
}

/**
 * Whether every result names its recipient, so that "one per recipient" says what they are: a file that
 * is no bounce or could not be read names none, and "4 results (one per recipient)" beside 2 recipients
 * would be wrong.
 */
export function perRecipient(results: readonly { recipient: string | null }[]): boolean {
  return results.length > 0 && results.every((r) => r.recipient);
}

export interface PageText {
  /** <title> and heading of the page at "/". */
  title: string;
  tagline: string;
  intro: string;
  /** Said under the form: nothing leaves the browser. */
  privacy: string;
  textLabel: string;
  textHint: string;
  /** After the hint, shown only where there is a keyboard (not on a touch phone): Ctrl+Enter explains. */
  ctrlEnterHint: string;
  placeholder: string;
  explain: string;
  clear: string;
  dropZone: string;
  pickFiles: string;
  /** The button that opens the browser's folder chooser (a Maildir, a folder of .eml files). */
  pickFolder: string;
  filesHint: string;
  /** The disclosure that holds the other formats a file may be in (logs, a sending service's events, archives). */
  otherFormats: string;
  filesMore: string;
  analyzing: string;
  progress: (done: number, total: number) => string;
  /** Progress through several files, each of one message (a dropped Maildir). */
  progressFiles: (done: number, total: number) => string;
  /** Next to the box, when "Explicar" (or Ctrl+Enter) finds it empty and no file was picked. */
  nothingToExplain: string;
  /** Under the box, after a paste replaced the text that had just been explained. */
  pasteReplaced: string;
  /** A dropped file past the page's size cap: what it is, and to use the command line instead. */
  fileTooLarge: { error: (megabytes: number, max: number) => string; advice: string };
  /** A dropped or chosen file the browser could not read (moved, deleted, no permission). */
  fileUnreadable: { error: string; advice: string };
  /** A file or paste whose analysis stopped before it was done (the browser ended the page's worker). */
  analysisStopped: { error: string; advice: string };
  /** A drop that held no file (an empty folder, only hidden files). */
  nothingDropped: string;
  /** The button shown while an analysis runs, which ends it (the box and the files are kept). */
  stop: string;
  /**
   * Said once the user stopped an analysis: how far it had got (`done` of `total` messages, or files with
   * `unit` 'files'), or, with no count yet, that it stopped before one; no result is shown.
   */
  stopped: (progress: { done: number; total: number; unit: 'messages' | 'files' } | null) => string;
  /** An error of the page's own code (a browser that lacks something it uses): what went wrong, said and shown. */
  somethingFailed: (detail: string) => string;
  /** Under a list of addresses shown in part: shows `more` more of them (copy and download take them all already). */
  showMoreAddresses: (more: number) => string;
  results: string;
  /** Language switch: the text of the button, written in the other language, and its accessible name. */
  switchTo: string;
  switchToLabel: string;
  /** Base path of the code pages in this language: "/codigos" or "/codes". */
  codesPath: string;
  allCodes: string;
  explainBounce: string;
  skipToContent: string;
  noScript: string;
  footer: string;
  apiDocs: string;
  // cards
  notBounceBadge: string;
  errorBadge: string;
  recipientMissing: string;
  /** Where in a pasted text a result comes from (its file is ":12" or "#3": a pasted log's line, a pasted mbox's message). */
  pastedLine: (n: string) => string;
  pastedMessage: (n: string) => string;
  codeLinkTitle: (code: string) => string;
  diagnostic: string;
  evidenceRule: string;
  evidenceField: string;
  evidenceMatch: string;
  /** The evidence table's name (its caption, for screen readers only: the disclosure above it says it). */
  evidenceCaption: string;
  /** Said after a link that opens in a new tab (for screen readers only). */
  opensNewTab: string;
  /**
   * A card's kind badge for a failure shown as permanent whose address is kept (tried again, or sent again
   * once the sender's side is fixed): "falha permanente" beside "Pode tentar de novo" reads as "give up".
   */
  failedThisTime: string;
  /** The hard bounce row's label on a card, the term explained (it comes after the verdict, among the technical rows). */
  hardBounceExplained: string;
  // mailbox summary (its lists use the HTML report's words, src/i18n/<lang>/report.ts)
  /**
   * The status line after many results: what was read, then the results; nothing read says just that.
   * `repeated`: messages read again (the same notice in two exports), whose results are left out of
   * `results`, as the summary leaves them out.
   */
  summaryCounts: (read: ReadCount, results: number, repeated?: number) => string;
  /**
   * The status line after a single failure: its kind, as its card's badge says it, then its summary
   * ("Falha permanente: O endereço do destinatário não existe.").
   */
  oneFailure: (kind: string, summary: string) => string;
  /**
   * The summary's counts, after their number (`n` picks singular or plural; `shown` is a number as the
   * page writes it). The report catalog's labels are plural only ("Endereços para remover").
   */
  totals: {
    read: (n: number) => string;
    /** Inputs in which nothing could be read (the page's inputs are files then: a paste gives one result). */
    unread: (n: number) => string;
    /** A mail log's failed or deferred delivery lines, its unit of what was read (the command line counts each as a message). */
    logLines: (n: number) => string;
    /** `perRecipient`: the results name their recipients (perRecipient below). */
    results: (n: number, perRecipient: boolean) => string;
    remove: (n: number) => string;
    retry: (n: number) => string;
    /** Of the addresses to retry, those the sending server still retries: not to be resent (as --summary counts them). */
    stillTrying: (n: number) => string;
    /** Failures caused on the sender's side, and the problems (groups) they make: the list's heading counts these. */
    senderSide: (n: number, problems: number, problemsShown: string) => string;
    notBounce: (n: number) => string;
    errors: (n: number) => string;
  };
  /** Under a problem on the sender's side: its results, and the recipients' domains (none: no recipient named). */
  senderAffected: (results: number, resultsShown: string, domains: number, domainsShown: string) => string;
  count: string;
  /** The copy button of a group of addresses (its accessible name adds the group and the count). */
  copyAddresses: (n: number) => string;
  /** Said on a copy button for a moment after a copy. */
  copiedShort: string;
  /** At the top of the remove list: copy, or save as a .txt, every address in it (`--format remove`). */
  copyAll: (count: string) => string;
  downloadRemove: string;
  removeFileName: string;
  /** Said to screen readers after a copy of `n` addresses. */
  copied: (n: number) => string;
  /** The button that saves every result as the CLI's --format csv (with a BOM, for spreadsheets). */
  downloadCsv: string;
  addresses: (n: number) => string;
  cardsShown: (shown: number, total: number) => string;
  /** Under the cards: the `n` messages read again (the same notice twice) get no card of their own. */
  repeatedLeftOut: (n: number) => string;
  /** Under the counts of a log's refusals of incoming mail (the report's heading above it): where their cards are. */
  inboundIntro: string;
  // code pages
  codesTitle: string;
  codesIntro: string;
  basicHeading: string;
  enhancedHeading: string;
  colCode: string;
  colTitle: string;
  colKind: string;
  colClasses: string;
  colStandard: string;
  ianaName: string;
  kindLabel: string;
  typicalReason: string;
  relatedBasic: string;
  relatedEnhanced: string;
  otherClasses: string;
  classNeutral: string;
  standardLabel: string;
  codeNotFoundTitle: string;
  codeNotFound: string;
  pageNotFoundTitle: string;
  pageNotFound: string;
  serverErrorTitle: string;
  serverError: string;
  /** "/" when the web page was not built: `command` (HTML) is how to build it; `codes` links the code pages. */
  webNotBuilt: (command: string) => string;
  codes: string;
}

/** A badge's words ("falha permanente") at the start of a sentence. */
const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

const ptUnread = (n: number): string => (n === 1 ? 'arquivo não pôde ser lido' : 'arquivos não puderam ser lidos');
const enUnread = (n: number): string => (n === 1 ? 'file could not be read' : 'files could not be read');

const ptBR: PageText = {
  title: 'smtp-explain: por que o meu e-mail voltou?',
  tagline: 'Entenda por que o seu e-mail voltou e o que fazer agora.',
  intro: 'Recebeu de volta um e-mail de “Mail Delivery Subsystem” ou “MAILER-DAEMON”, ou com o aviso “Não foi possível entregar a mensagem”? Abra esse e-mail, copie todo o texto dele e cole aqui. A explicação mostra o que aconteceu, quem precisa agir e se vale a pena reenviar.',
  privacy: 'A análise roda no seu navegador: nada do que você cola ou solta aqui é enviado para o servidor.',
  textLabel: 'Texto do e-mail que voltou (de “Mail Delivery Subsystem”, “MAILER-DAEMON”...)',
  textHint: 'Pode colar o e-mail inteiro, com os cabeçalhos. Uma resposta do servidor (550 5.1.1...) ou linhas de log também servem.',
  ctrlEnterHint: 'Para explicar, você também pode apertar Ctrl+Enter.',
  // in Portuguese: an English reply here would be read with a Portuguese voice (a placeholder has no lang of its own)
  placeholder: 'Por exemplo: 550 5.1.1 e o texto que o servidor mandou',
  explain: 'Explicar',
  clear: 'Limpar',
  dropZone: 'Solte aqui arquivos .eml, .msg, .txt, mbox, de log, JSON, CSV ou .zip',
  pickFiles: 'ou clique para escolher os arquivos',
  pickFolder: 'Escolher uma pasta',
  filesHint: 'Um arquivo mbox com várias mensagens vira um resumo com a lista de endereços para tirar da sua lista de envio.',
  otherFormats: 'Outros formatos',
  filesMore: 'Logs do Postfix, do Sendmail ou do Exim (também .gz) mostram cada entrega que falhou. Os eventos de um serviço de envio (SendGrid, Mailgun, Amazon SES...), em JSON ou CSV, mostram cada destinatário que falhou. Um .zip ou .tgz (a exportação do Google Takeout, uma pasta compactada) é aberto, e cada arquivo dentro dele é lido.',
  analyzing: 'Analisando…',
  progress: (done, total) => `Analisando ${ptCount(done)} de ${ptCount(total)} mensagens…`,
  progressFiles: (done, total) => `Analisando ${ptCount(done)} de ${ptCount(total)} arquivos…`,
  nothingToExplain: 'Cole um texto ou escolha um arquivo primeiro.',
  pasteReplaced: 'O texto colado substituiu o anterior, que já tinha sido explicado.',
  fileTooLarge: {
    error: (mb, max) => `o arquivo tem ${mb} MB, e esta página lê arquivos de até ${max} MB`,
    advice: 'Use a linha de comando, que lê arquivos mbox e logs de qualquer tamanho sem carregá-los inteiros na memória: smtp-explain --summary arquivo.mbox',
  },
  fileUnreadable: {
    error: 'o navegador não conseguiu abrir o arquivo',
    advice: 'Ele pode ter sido movido ou apagado, ou você não tem permissão para lê-lo. Confira o arquivo e solte-o de novo, ou abra-o e cole o texto na caixa acima.',
  },
  analysisStopped: {
    error: 'a análise parou antes do fim',
    advice: 'O navegador interrompeu a análise, talvez por falta de memória. Tente de novo com menos arquivos de cada vez, ou use a linha de comando, que lê arquivos mbox de qualquer tamanho: smtp-explain --summary arquivo.mbox',
  },
  nothingDropped: 'Nenhum arquivo para analisar: a pasta que você soltou está vazia ou só tem arquivos ocultos.',
  stop: 'Parar a análise',
  stopped: (p) => p
    ? `Análise interrompida: ${p.unit === 'files' ? `${ptCount(p.done)} de ${ptCount(p.total)} arquivos já tinham sido lidos` : `${ptCount(p.done)} de ${ptCount(p.total)} mensagens já tinham sido lidas`}. Nenhum resultado é mostrado; para ver os resultados, clique em Explicar de novo.`
    : 'Análise interrompida antes de terminar. Nenhum resultado é mostrado; para ver os resultados, clique em Explicar de novo.',
  somethingFailed: (detail) => `Algo deu errado ao analisar (detalhe técnico: ${detail}). Nada do que você colou ou soltou aqui foi enviado para o servidor. Recarregue a página e tente de novo, ou use a linha de comando (smtp-explain).`,
  showMoreAddresses: (more) => `Mostrar mais ${ptCount(more)} ${more === 1 ? 'endereço' : 'endereços'}`,
  results: 'Resultado',
  switchTo: 'English',
  switchToLabel: 'Switch to English',
  codesPath: CODES_PATH['pt-BR'],
  allCodes: 'Todos os códigos',
  explainBounce: 'Explicar um e-mail que voltou',
  skipToContent: 'Pular para o conteúdo',
  noScript: 'Esta página precisa de JavaScript para analisar as mensagens no seu navegador. A lista de códigos funciona sem ele.',
  footer: 'smtp-explain, código aberto (licença MIT).',
  apiDocs: 'API (OpenAPI)',
  notBounceBadge: 'não é aviso de falha',
  errorBadge: 'não foi possível ler',
  recipientMissing: 'O texto não informa o destinatário.',
  pastedLine: (n) => `Linha ${n} do texto colado`,
  pastedMessage: (n) => `Mensagem ${n} do texto colado`,
  codeLinkTitle: (code) => `O que significa o código ${code}`,
  diagnostic: 'Texto do servidor',
  evidenceRule: 'Regra',
  evidenceField: 'Campo',
  evidenceMatch: 'Trecho',
  evidenceCaption: 'Em que a explicação se baseia',
  opensNewTab: '(abre em uma nova aba)',
  failedThisTime: 'recusada desta vez',
  hardBounceExplained: 'Hard bounce (termo técnico: endereço ou domínio inexistente)',
  summaryCounts: (read, results, repeated = 0) => {
    const shown = readCounts(read);
    // no message claimed where none was read (a photo and a note dropped together)
    if (nothingRead(shown)) return shown.unread === 1 ? 'O arquivo não pôde ser lido.' : `${ptCount(shown.unread!)} arquivos, nenhum pôde ser lido.`;
    return [
      ...readWords(read, 'pt-BR', ptCount, (n) => (n === 1 ? 'mensagem lida' : 'mensagens lidas'), (n) => (n === 1 ? 'linha de log com falha' : 'linhas de log com falha'), ptUnread),
      ...(repeated ? [`${ptCount(repeated)} ${repeated === 1 ? 'repetida' : 'repetidas'} (cada aviso contado uma vez só)`] : []),
      `${ptCount(results)} ${results === 1 ? 'resultado' : 'resultados'}`,
    ].join(', ') + '.';
  },
  // the summary keeps its capital letter: the line is heard, not seen, and lowering it would lower a
  // provider's name ("Amazon SES...")
  oneFailure: (kind, summary) => `${capitalised(kind)}: ${summary}`,
  totals: {
    read: (n) => (n === 1 ? 'mensagem lida' : 'mensagens lidas'),
    unread: (n) => ptUnread(n),
    logLines: (n) => (n === 1 ? 'linha de log com falha' : 'linhas de log com falha'),
    results: (n, each) => `${n === 1 ? 'resultado' : 'resultados'}${each ? ' (um por destinatário)' : ''}`,
    remove: (n) => (n === 1 ? 'endereço para remover' : 'endereços para remover'),
    retry: (n) => (n === 1 ? 'endereço para tentar de novo' : 'endereços para tentar de novo'),
    stillTrying: (n) => `${n === 1 ? 'endereço ainda na fila' : 'endereços ainda na fila'} do seu servidor (não reenvie)`,
    senderSide: (n, problems, shown) =>
      `${n === 1 ? 'falha' : 'falhas'} com causa do seu lado${problems ? `, ${n === 1 ? 'agrupada' : 'agrupadas'} em ${shown} ${problems === 1 ? 'problema' : 'problemas'}` : ''}`,
    notBounce: (n) => (n === 1 ? 'não é falha' : 'não são falhas'),
    errors: (n) => (n === 1 ? 'entrada não pôde ser lida' : 'entradas não puderam ser lidas'),
  },
  senderAffected: (results, resultsShown, domains, domainsShown) =>
    `${resultsShown} ${results === 1 ? 'resultado' : 'resultados'}` +
    (domains ? ` em ${domainsShown} ${domains === 1 ? 'domínio' : 'domínios'}` : ', sem destinatário informado'),
  count: 'Quantidade',
  copyAddresses: (n) => (n === 1 ? 'Copiar o endereço' : 'Copiar os endereços'),
  copiedShort: 'Copiado!',
  copyAll: (count) => `Copiar todos (${count})`,
  downloadRemove: 'Baixar a lista (.txt)',
  removeFileName: 'enderecos-para-remover.txt',
  downloadCsv: 'Baixar tudo em CSV (uma linha por destinatário)',
  copied: (n) => (n === 1 ? 'Endereço copiado.' : 'Endereços copiados.'),
  addresses: (n) => (n === 1 ? '1 endereço' : `${ptCount(n)} endereços`),
  cardsShown: (shown, total) => `Mostrando ${ptCount(shown)} de ${ptCount(total)} resultados, primeiro as falhas na entrega. O resumo acima conta todos.`,
  repeatedLeftOut: (n) => (n === 1
    ? 'A mensagem repetida não ganha um cartão de novo: cada aviso aparece uma vez só.'
    : `As ${ptCount(n)} mensagens repetidas não ganham um cartão de novo: cada aviso aparece uma vez só.`),
  inboundIntro:
    'O log também traz recusas do seu próprio servidor a mensagens que chegavam de fora (spam, remetentes falsos, endereços que não existem aqui). Elas não são falhas das mensagens que você enviou: não entram nas listas acima, e os cartões delas vêm depois dos outros. Se um cliente disser que não recebeu a mensagem de alguém, procure entre eles.',
  codesTitle: 'Códigos de resposta SMTP e códigos de status estendidos',
  codesIntro: 'O que cada código significa e o que fazer. O código de resposta tem três dígitos (550). O código de status estendido tem três partes (5.1.1): a primeira diz se a falha é temporária (4) ou permanente (5), e as outras duas dizem o assunto e o detalhe.',
  basicHeading: 'Códigos de resposta (três dígitos)',
  enhancedHeading: 'Códigos de status estendidos (registro da IANA)',
  colCode: 'Código',
  colTitle: 'Nome',
  colKind: 'Tipo',
  colClasses: 'Com classe',
  colStandard: 'Padrão',
  ianaName: 'Nome no registro da IANA',
  kindLabel: 'Tipo',
  typicalReason: 'Motivo mais provável quando só se sabe o código',
  relatedBasic: 'Códigos de resposta que costumam vir junto',
  relatedEnhanced: 'Códigos de status estendidos que costumam vir junto',
  otherClasses: 'O mesmo detalhe em cada classe',
  classNeutral: 'Este é o detalhe sem a classe: o primeiro número (2, 4 ou 5) diz se deu certo, se a falha é temporária ou se é permanente.',
  standardLabel: 'Definição',
  codeNotFoundTitle: 'Código não encontrado',
  codeNotFound: 'Isto não parece um código SMTP. O código de resposta tem três dígitos (por exemplo, 550) e o código de status estendido tem três partes (por exemplo, 5.1.1).',
  pageNotFoundTitle: 'Página não encontrada',
  pageNotFound: 'Esta página não existe.',
  serverErrorTitle: 'Erro interno',
  serverError: 'Algo deu errado do nosso lado ao montar esta página. Tente de novo daqui a pouco.',
  webNotBuilt: (command) => `A página web ainda não foi gerada: rode ${command}.`,
  codes: 'Códigos',
};

const en: PageText = {
  title: 'smtp-explain: why did my e-mail bounce?',
  tagline: 'Find out why your e-mail bounced and what to do next.',
  intro: 'Got an e-mail back from “Mail Delivery Subsystem” or “MAILER-DAEMON”, or one titled “Undeliverable” or “Delivery Status Notification (Failure)”? Open it, copy all of its text and paste it here. The explanation shows what happened, who has to act and whether sending again helps.',
  privacy: 'The analysis runs in your browser: nothing you paste or drop here is sent to the server.',
  textLabel: 'Text of the e-mail that came back (from “Mail Delivery Subsystem”, “MAILER-DAEMON”...)',
  textHint: 'You can paste the whole e-mail, headers included. A server reply (550 5.1.1...) or log lines will do too.',
  ctrlEnterHint: 'Ctrl+Enter explains it too.',
  placeholder: '550 5.1.1 The email account that you tried to reach does not exist',
  explain: 'Explain',
  clear: 'Clear',
  dropZone: 'Drop .eml, .msg, .txt, mbox, log, JSON, CSV or .zip files here',
  pickFiles: 'or click to choose files',
  pickFolder: 'Choose a folder',
  filesHint: 'An mbox file with many messages gives a summary with the list of addresses to take off your mailing list.',
  otherFormats: 'Other formats',
  filesMore: 'A Postfix, Sendmail or Exim log (.gz too) shows each delivery that failed. The events of a sending service (SendGrid, Mailgun, Amazon SES...), as JSON or CSV, show each recipient that failed. A .zip or .tgz (a Google Takeout export, a zipped folder) is opened, and each file in it is read.',
  analyzing: 'Analyzing…',
  progress: (done, total) => `Analyzing ${enCount(done)} of ${enCount(total)} messages…`,
  progressFiles: (done, total) => `Analyzing ${enCount(done)} of ${enCount(total)} files…`,
  nothingToExplain: 'Paste some text or choose a file first.',
  pasteReplaced: 'The pasted text replaced the one already explained.',
  fileTooLarge: {
    error: (mb, max) => `the file is ${mb} MB, and this page reads files of up to ${max} MB`,
    advice: 'Use the command line, which reads mailboxes and logs of any size without holding them whole in memory: smtp-explain --summary file.mbox',
  },
  fileUnreadable: {
    error: 'the browser could not open the file',
    advice: 'It may have been moved or deleted, or you may not have permission to read it. Check the file and drop it again, or open it and paste its text into the box above.',
  },
  analysisStopped: {
    error: 'the analysis stopped before the end',
    advice: 'The browser stopped the analysis, perhaps for lack of memory. Try again with fewer files at a time, or use the command line, which reads mailboxes of any size: smtp-explain --summary file.mbox',
  },
  nothingDropped: 'Nothing to analyze: the dropped folder is empty or holds only hidden files.',
  stop: 'Stop the analysis',
  stopped: (p) => p
    ? `Analysis stopped after reading ${enCount(p.done)} of ${enCount(p.total)} ${p.unit === 'files' ? 'files' : 'messages'}. No results are shown; to see them, click Explain again.`
    : 'Analysis stopped before it finished. No results are shown; to see them, click Explain again.',
  somethingFailed: (detail) => `Something went wrong while analyzing (technical detail: ${detail}). Nothing you pasted or dropped here was sent to the server. Reload the page and try again, or use the command line (smtp-explain).`,
  showMoreAddresses: (more) => `Show ${enCount(more)} more ${more === 1 ? 'address' : 'addresses'}`,
  results: 'Result',
  switchTo: 'Português',
  switchToLabel: 'Mudar para português',
  codesPath: CODES_PATH.en,
  allCodes: 'All codes',
  explainBounce: 'Explain a bounce',
  skipToContent: 'Skip to content',
  noScript: 'This page needs JavaScript to analyze messages in your browser. The code list works without it.',
  footer: 'smtp-explain, open source (MIT license).',
  apiDocs: 'API (OpenAPI)',
  notBounceBadge: 'not a bounce',
  errorBadge: 'unreadable',
  recipientMissing: 'The text does not name the recipient.',
  pastedLine: (n) => `Line ${n} of the pasted text`,
  pastedMessage: (n) => `Message ${n} of the pasted text`,
  codeLinkTitle: (code) => `What code ${code} means`,
  diagnostic: 'Server text',
  evidenceRule: 'Rule',
  evidenceField: 'Field',
  evidenceMatch: 'Match',
  evidenceCaption: 'What the explanation is based on',
  opensNewTab: '(opens in a new tab)',
  failedThisTime: 'refused this time',
  hardBounceExplained: 'Hard bounce (technical term: no such address or domain)',
  summaryCounts: (read, results, repeated = 0) => {
    const shown = readCounts(read);
    if (nothingRead(shown)) return shown.unread === 1 ? 'The file could not be read.' : `${enCount(shown.unread!)} files, none could be read.`;
    return [
      ...readWords(read, 'en', enCount, (n) => (n === 1 ? 'message read' : 'messages read'), (n) => (n === 1 ? 'log line with a failure' : 'log lines with a failure'), enUnread),
      ...(repeated ? [`${enCount(repeated)} repeated (each notice counted once)`] : []),
      `${enCount(results)} ${results === 1 ? 'result' : 'results'}`,
    ].join(', ') + '.';
  },
  oneFailure: (kind, summary) => `${capitalised(kind)}: ${summary}`,
  totals: {
    read: (n) => (n === 1 ? 'message read' : 'messages read'),
    unread: (n) => enUnread(n),
    logLines: (n) => (n === 1 ? 'log line with a failure' : 'log lines with a failure'),
    results: (n, each) => `${n === 1 ? 'result' : 'results'}${each ? ' (one per recipient)' : ''}`,
    remove: (n) => (n === 1 ? 'address to remove' : 'addresses to remove'),
    retry: (n) => (n === 1 ? 'address to try again' : 'addresses to try again'),
    stillTrying: (n) => `${n === 1 ? 'address' : 'addresses'} still in your server's queue (do not resend)`,
    senderSide: (n, problems, shown) =>
      `${n === 1 ? 'failure' : 'failures'} caused on your side${problems ? `, grouped into ${shown} ${problems === 1 ? 'problem' : 'problems'}` : ''}`,
    notBounce: (n) => (n === 1 ? 'is not a bounce' : 'are not bounces'),
    errors: (n) => (n === 1 ? 'input could not be read' : 'inputs could not be read'),
  },
  senderAffected: (results, resultsShown, domains, domainsShown) =>
    `${resultsShown} ${results === 1 ? 'result' : 'results'}` +
    (domains ? ` across ${domainsShown} ${domains === 1 ? 'domain' : 'domains'}` : ', no recipient named'),
  count: 'Count',
  copyAddresses: (n) => (n === 1 ? 'Copy the address' : 'Copy the addresses'),
  copiedShort: 'Copied!',
  copyAll: (count) => `Copy all (${count})`,
  downloadRemove: 'Download the list (.txt)',
  removeFileName: 'addresses-to-remove.txt',
  downloadCsv: 'Download everything as CSV (one row per recipient)',
  copied: (n) => (n === 1 ? 'Address copied.' : 'Addresses copied.'),
  addresses: (n) => (n === 1 ? '1 address' : `${enCount(n)} addresses`),
  cardsShown: (shown, total) => `Showing ${enCount(shown)} of ${enCount(total)} results, delivery failures first. The summary above counts them all.`,
  repeatedLeftOut: (n) => (n === 1
    ? 'The repeated message gets no card of its own: each notice is shown once.'
    : `The ${enCount(n)} repeated messages get no card of their own: each notice is shown once.`),
  inboundIntro:
    'The log also holds your own server\'s refusals of mail coming in from outside (spam, forged senders, addresses that do not exist here). They are no failures of the mail you sent: they are not on the lists above, and their cards come after the others. If a customer says a message from someone never arrived, look among them.',
  codesTitle: 'SMTP reply codes and enhanced status codes',
  codesIntro: 'What each code means and what to do. A reply code has three digits (550). An enhanced status code has three parts (5.1.1): the first says whether the failure is temporary (4) or permanent (5), the other two give the subject and the detail.',
  basicHeading: 'Reply codes (three digits)',
  enhancedHeading: 'Enhanced status codes (IANA registry)',
  colCode: 'Code',
  colTitle: 'Name',
  colKind: 'Kind',
  colClasses: 'With class',
  colStandard: 'Standard',
  ianaName: 'Name in the IANA registry',
  kindLabel: 'Kind',
  typicalReason: 'Most likely reason when only the code is known',
  relatedBasic: 'Reply codes that usually come with it',
  relatedEnhanced: 'Enhanced status codes that usually come with it',
  otherClasses: 'The same detail in each class',
  classNeutral: 'This is the detail without its class: the first number (2, 4 or 5) says whether it worked, failed for now or failed for good.',
  standardLabel: 'Definition',
  codeNotFoundTitle: 'Code not found',
  codeNotFound: 'This does not look like an SMTP code. A reply code has three digits (for example 550) and an enhanced status code has three parts (for example 5.1.1).',
  pageNotFoundTitle: 'Page not found',
  pageNotFound: 'This page does not exist.',
  serverErrorTitle: 'Internal error',
  serverError: 'Something went wrong on our side while building this page. Try again in a moment.',
  webNotBuilt: (command) => `The web page was not built: run ${command}.`,
  codes: 'Codes',
};

export const PAGE_TEXT: Record<Locale, PageText> = { 'pt-BR': ptBR, en };

export { CODES_PATH, codeUrl } from './code-url.js';
