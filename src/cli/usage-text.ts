// The command line's usage errors (exit code 2), in the user's language. Node's own parseArgs errors
// are in English; the common ones are told again here (src/cli/args.ts, parseOrUsage).
import type { Locale } from '../types.js';

export interface UsageText {
  unknownLang: (v: string) => string;
  unknownFormat: (v: string, formats: string) => string;
  bomWithoutCsv: string;
  badJobs: (v: string, max: number) => string;
  nothingToExplain: string;
  unknownOption: (option: string) => string;
  missingValue: (option: string) => string;
  noValue: (option: string) => string;
  /** "-" named twice. */
  stdinTwice: string;
  /** A value that starts with '-' after an option ("--jobs -1"). */
  dashValue: (option: string) => string;
  /** The line after every usage error: the help of the command that was run ("codes"), else the main one. */
  seeHelp: (command?: string) => string;
}

/** "smtp-explain --help", or "smtp-explain codes --help" for a subcommand. */
function helpCommand(command: string | undefined): string {
  return `smtp-explain ${command ? `${command} ` : ''}--help`;
}

export const USAGE_TEXT = {
  'pt-BR': {
    unknownLang: (v) => `idioma desconhecido "${v}": use pt-BR ou en`,
    unknownFormat: (v, formats) => `formato desconhecido "${v}": use ${formats}`,
    bomWithoutCsv: '--bom e --no-bom só valem com --format csv',
    badJobs: (v, max) => `--jobs pede um número de threads de 0 (nenhuma) a ${max}, não "${v}"`,
    nothingToExplain: 'nada para explicar: informe um código, uma resposta, uma linha de log, um arquivo, um mbox, uma pasta ou - para a entrada padrão',
    unknownOption: (option) => `opção desconhecida "${option}"`,
    missingValue: (option) => `a opção ${option} precisa de um valor`,
    noValue: (option) => `a opção ${option} não aceita valor`,
    stdinTwice: '"-" (a entrada padrão) só pode aparecer uma vez: ela é lida uma única vez',
    dashValue: (option) => `o valor de ${option} não pode começar com "-" (se precisar, escreva ${option}=VALOR)`,
    seeHelp: (command) => `${helpCommand(command)} mostra o uso.`,
  },
  en: {
    unknownLang: (v) => `unknown language "${v}": use pt-BR or en`,
    unknownFormat: (v, formats) => `unknown format "${v}": use ${formats}`,
    bomWithoutCsv: '--bom and --no-bom go with --format csv',
    badJobs: (v, max) => `--jobs takes a number of threads from 0 (none) to ${max}, not "${v}"`,
    nothingToExplain: 'nothing to explain: give a code, a reply, a log line, a file, a mailbox, a folder or - for standard input',
    unknownOption: (option) => `unknown option "${option}"`,
    missingValue: (option) => `option ${option} needs a value`,
    noValue: (option) => `option ${option} takes no value`,
    stdinTwice: '"-" (standard input) may be given once only: it can be read once',
    dashValue: (option) => `the value of ${option} cannot start with "-" (if it must, write ${option}=VALUE)`,
    seeHelp: (command) => `${helpCommand(command)} shows the usage.`,
  },
} as const satisfies Record<Locale, UsageText>;
