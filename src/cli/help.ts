// The --help text, in the chosen language.
import type { Locale } from '../types.js';

const HELP: Record<Locale, string> = {
  'pt-BR': `smtp-explain: explica códigos SMTP, respostas de servidor, linhas de log e
avisos de falha na entrega (bounces)

Uso:
  smtp-explain [opções] ENTRADA...
  smtp-explain codes [--lang pt-BR|en] [--format text|json] [CÓDIGO...]
  smtp-explain serve [opções]   (servidor HTTP e página web; veja serve --help)

Cada ENTRADA pode ser:
  - um texto a explicar: um código (550, 5.7.26), uma resposta de servidor ou
    uma linha de log do Postfix, Exim ou Sendmail. Uma palavra sozinha que
    não é arquivo nem pasta só vale como texto se tiver cara de resposta (um
    código, um endereço, uma frase conhecida como blocked); senão, é tratada
    como arquivo que não existe (Bouncse, mail.log.1);
  - um arquivo: uma mensagem (.eml, ou .msg do Outlook), um arquivo mbox com
    muitas mensagens (mboxo ou mboxrd, reconhecido pelo conteúdo), um log do
    Postfix, Exim, Sendmail ou qmail (cada entrega que falhou ou ficou adiada,
    com o número da linha), os eventos de um serviço de envio (SendGrid,
    Mailgun, Amazon SES...) em JSON ou CSV, ou um texto; comprimido com gzip
    (.gz) também;
  - um arquivo .zip, .tar ou .tgz (uma exportação do Google Takeout, uma pasta
    compactada): cada arquivo dentro dele é lido como os de cima, e os
    resultados levam o caminho dele (exportacao.zip/Caixa.mbox#3);
  - uma pasta: uma Maildir (cur/ e new/; tmp/ é ignorada) ou uma pasta comum,
    lida com as subpastas, em ordem alfabética (arquivos ocultos são ignorados);
  - - para ler a entrada padrão (uma mensagem, um mbox, um log ou um texto;
    comprimido com gzip também). Sem nenhuma ENTRADA, a entrada padrão é
    lida quando vem de um pipe ou de um arquivo (< bounce.eml, < /dev/null).
Pode misturar tudo. Os resultados saem na ordem das entradas, um por destinatário;
toda mensagem gera um resultado, mesmo a que não é aviso de falha na entrega
ou não pôde ser lida.

Opções:
  -l, --lang      idioma: pt-BR (padrão) ou en; sem a opção, vale LC_ALL,
                  LC_MESSAGES ou LANG, nessa ordem
  -f, --format    text (padrão; colorido no terminal, respeita NO_COLOR),
                  ndjson (um objeto JSON por linha), json (uma lista),
                  csv (uma linha por destinatário, para planilhas; separada
                  por ";", como o Excel brasileiro espera, e com a ação:
                  remover, tentar de novo ou corrigir do seu lado),
                  html (relatório em um único arquivo: gráficos, endereços
                  para remover, endereços para tentar de novo e problemas do
                  seu lado),
                  remove (só os endereços para tirar da lista de envio, um
                  por linha e sem repetir: falhas definitivas, caixas
                  desativadas, reclamações e pedidos de descadastro)
                  ou sisimai (uma lista JSON com os campos do Sisimai->dump(),
                  um registro por falha, reclamação ou resposta automática,
                  para scripts feitos para o Sisimai; veja o README)
  -s, --summary   no fim, conta os resultados por motivo, tipo e domínio
                  (nos outros formatos, a contagem vai para o stderr)
      --bounces-only
                  escreve só as falhas na entrega, os endereços a remover
                  (reclamações, pedidos de descadastro) e os erros: as
                  mensagens comuns de uma caixa inteira (uma exportação do
                  Gmail), as respostas automáticas e os logs sem falhas só
                  entram na contagem do fim
      --inbound   num log de e-mail que também tem entregas, lista cada
                  mensagem de fora que o seu servidor recusou (NOQUEUE
                  reject, postscreen, rejected RCPT...); sem ela, essas
                  recusas só são contadas por motivo no fim, à parte das
                  falhas dos seus envios
      --bom       com --format csv: põe a marca BOM no início, para o Excel
                  mostrar os acentos corretamente (o padrão em português;
                  --no-bom a tira, para programas que não a esperam)
  -j, --jobs N    usa N threads na análise (de 0 a 32; padrão 0: só a
                  principal); pode ajudar em máquinas com muitos núcleos, e
                  cada thread usa uns 30 MB a mais de memória
  -h, --help      mostra esta ajuda
  -v, --version   mostra a versão

Com arquivos ou pastas, uma linha no stderr diz quantas mensagens foram lidas e
quantos resultados foram escritos. No terminal, uma barra de progresso aparece
no stderr quando o trabalho passa de um segundo e a saída vai para um arquivo.

Códigos de saída:
  0  tudo certo (uma entrada vazia também: um arquivo vazio ou um pipe sem
     nada é "nada para explicar", não um erro)
  1  algum arquivo, pasta ou mensagem não pôde ser lido (os demais foram
     processados normalmente)
  2  erro de uso (opção ou código inválido: 999 sozinho é explicado, mas
     sai com 2)
  74 não foi possível escrever a saída (disco cheio, por exemplo)
  130 interrompido com Ctrl-C (143: com SIGTERM); a saída fica fechada e
     válida, com as mensagens analisadas até ali

Exemplos:
  smtp-explain 550
  smtp-explain "550 5.1.1 <ana@example.com>: Recipient address rejected: User unknown"
  smtp-explain --summary ~/Mail/bounces.mbox
  smtp-explain --format html ~/Maildir/.Bounces > relatorio.html
  smtp-explain --format remove ~/Maildir/.Bounces > remover.txt
  smtp-explain --format csv bounces/ > bounces.csv
  smtp-explain codes 5.7.26
  cat bounce.eml | smtp-explain
`,
  en: `smtp-explain: explains SMTP codes, server replies, log lines and bounces

Usage:
  smtp-explain [options] INPUT...
  smtp-explain codes [--lang pt-BR|en] [--format text|json] [CODE...]
  smtp-explain serve [options]  (HTTP server and web page; see serve --help)

Each INPUT can be:
  - a text to explain: a code (550, 5.7.26), a server reply, or a Postfix,
    Exim or Sendmail log line. A single word that is no file or folder is a
    text only when it looks like a reply (a code, an address, a known phrase
    such as blocked); otherwise it is a missing file (Bouncse, mail.log.1);
  - a file: one message (.eml, or Outlook's .msg), an mbox file holding many
    messages (mboxo or mboxrd, recognized by its content), a Postfix, Exim,
    Sendmail or qmail log (each delivery that failed or stayed deferred, with
    its line number), the events of a sending service (SendGrid, Mailgun,
    Amazon SES...) as JSON or CSV, or a text; gzip-compressed (.gz) too;
  - a .zip, .tar or .tgz file (a Google Takeout export, a zipped folder):
    each file in it is read as above, and results carry its path
    (export.zip/Inbox.mbox#3);
  - a folder: a Maildir (cur/ and new/; tmp/ is skipped) or a plain folder,
    read with its subfolders in name order (hidden files are skipped);
  - - to read standard input (a message, an mbox, a log or a text; gzip-
    compressed too). With no INPUT at all, standard input is read when it
    comes from a pipe or a file (< bounce.eml, < /dev/null).
Any mix works. Results come out in input order, one per recipient; every
message gets a result, even one that is no bounce or cannot be read.

Options:
  -l, --lang      language: pt-BR (default) or en; without it, LC_ALL,
                  LC_MESSAGES or LANG, in that order
  -f, --format    text (default; colored on a terminal, NO_COLOR respected),
                  ndjson (one JSON object per line), json (an array),
                  csv (one row per recipient, for spreadsheets, with what to
                  do: remove, retry or fix on your side; in pt-BR the cells
                  are split by ";", as Brazilian Excel expects),
                  html (a one-file report: charts, addresses to remove,
                  addresses to retry and problems on your side),
                  remove (only the addresses to take off a mailing list, one
                  per line and each once: hard bounces, disabled mailboxes,
                  complaints and unsubscribe requests) or sisimai (a JSON
                  array with Sisimai->dump()'s fields, a record per failure,
                  complaint or auto-reply, for scripts written for Sisimai;
                  see the README)
  -s, --summary   at the end, count the results by reason, kind and domain
                  (with other formats the counts go to stderr)
      --bounces-only
                  write only delivery failures, the addresses to remove
                  (complaints, unsubscribe requests) and errors: the ordinary
                  messages of a whole mailbox (a Gmail export), auto-replies
                  and logs without failures are only counted at the end
      --inbound   in a mail log that also has deliveries, list each
                  incoming message your server refused (NOQUEUE reject,
                  postscreen, rejected RCPT...); without it, these refusals
                  are only counted by reason at the end, apart from the
                  failures of your own mail
      --bom       with --format csv: start with a byte order mark, so Excel
                  shows accented letters correctly (the default in
                  Portuguese; --no-bom leaves it out, for programs that
                  do not expect it)
  -j, --jobs N    analyze on N worker threads (0 to 32; default 0: the
                  main thread only); may help on machines with many cores,
                  and each thread takes about 30 MB more memory
  -h, --help      show this help
  -v, --version   show the version

With files or folders, a line on stderr tells how many messages were read and
how many results were written. On a terminal, a progress bar shows on stderr
when the job takes more than a second and the output goes to a file.

Exit codes:
  0  all fine (an empty input too: an empty file or pipe is "nothing to
     explain", not an error)
  1  some file, folder or message could not be read (the others were
     processed as usual)
  2  usage error (bad option or code: 999 alone is explained, but exits
     with 2)
  74 the output could not be written (a full disk, for example)
  130 interrupted with Ctrl-C (143: by SIGTERM); the output is closed and
     valid, with the messages analysed until then

Examples:
  smtp-explain 550
  smtp-explain "550 5.1.1 <ana@example.com>: Recipient address rejected: User unknown"
  smtp-explain --summary ~/Mail/bounces.mbox
  smtp-explain --format html ~/Maildir/.Bounces > report.html
  smtp-explain --format remove ~/Maildir/.Bounces > remove.txt
  smtp-explain --format csv --bom bounces/ > bounces.csv
  smtp-explain codes 5.7.26
  cat bounce.eml | smtp-explain
`,
};

export function helpText(locale: Locale): string {
  return HELP[locale];
}
