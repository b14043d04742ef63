// The --help text, in the chosen language.
import type { Locale } from '../types.js';

const HELP: Record<Locale, string> = {
  'pt-BR': `smtp-explain: explica códigos SMTP, respostas de servidor, linhas de log e bounces

Uso:
  smtp-explain [--lang pt-BR|en] [--format text|json|ndjson] ENTRADA...

Cada ENTRADA é um texto a explicar (um código como 550 ou 5.7.26, uma resposta,
uma linha de log do Postfix, Exim ou Sendmail), um arquivo .eml ou de texto,
uma pasta (todos os arquivos dentro dela) ou - para ler a entrada padrão inteira.

Opções:
  -l, --lang      idioma: pt-BR (padrão) ou en; sem a opção, vale LC_ALL/LANG
  -f, --format    text (padrão, colorido no terminal; respeita NO_COLOR),
                  ndjson (um objeto JSON por resultado) ou json (uma lista)
  -h, --help      mostra esta ajuda
  -v, --version   mostra a versão

Códigos de saída: 0 tudo certo; 1 alguma entrada não pôde ser lida; 2 erro de uso.

Exemplos:
  smtp-explain 550
  smtp-explain "550 5.1.1 <ana@example.com>: Recipient address rejected: User unknown"
  smtp-explain --format ndjson bounces/
  pbpaste | smtp-explain -
`,
  en: `smtp-explain: explains SMTP codes, server replies, log lines and bounces

Usage:
  smtp-explain [--lang pt-BR|en] [--format text|json|ndjson] INPUT...

Each INPUT is a text to explain (a code such as 550 or 5.7.26, a reply, a
Postfix, Exim or Sendmail log line), an .eml or text file, a folder (every file
in it) or - to read the whole of standard input.

Options:
  -l, --lang      language: pt-BR (default) or en; without it, LC_ALL/LANG decide
  -f, --format    text (default, coloured on a terminal; NO_COLOR respected),
                  ndjson (one JSON object per result) or json (an array)
  -h, --help      show this help
  -v, --version   show the version

Exit codes: 0 all fine; 1 some input could not be read; 2 usage error.

Examples:
  smtp-explain 550
  smtp-explain "550 5.1.1 <ana@example.com>: Recipient address rejected: User unknown"
  smtp-explain --format ndjson bounces/
  cat bounce.eml | smtp-explain -
`,
};

export function helpText(locale: Locale): string {
  return HELP[locale];
}
