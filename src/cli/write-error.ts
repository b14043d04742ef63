// The line said when the output cannot be written (a full disk, /dev/full), in the command line's
// language: the common system errors in our words, their code kept in parentheses for a search or a
// bug report; another code keeps the system's own message. Small and without catalogs: the entry point
// (main.ts) loads it before any bundle.
import type { Locale } from '../types.js';
import { hasOwn } from '../own-key.js';

type Why = Record<string, string>;

const WHY = {
  'pt-BR': {
    ENOSPC: 'não há espaço livre no disco',
    EDQUOT: 'a cota de disco acabou',
    EFBIG: 'o arquivo chegou ao tamanho máximo permitido',
    EACCES: 'sem permissão de escrita',
    EPERM: 'sem permissão de escrita',
    EROFS: 'o sistema de arquivos é somente leitura',
    EIO: 'erro de entrada e saída no dispositivo',
    EPIPE: 'o programa que lia a saída fechou antes do fim',
  },
  en: {
    ENOSPC: 'no space left on the disk',
    EDQUOT: 'the disk quota is used up',
    EFBIG: 'the file reached the largest size allowed',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    EROFS: 'the file system is read-only',
    EIO: 'input/output error on the device',
    EPIPE: 'the program reading the output closed before the end',
  },
} satisfies Record<Locale, Why>;

const CANNOT_WRITE = { 'pt-BR': 'não foi possível escrever a saída', en: 'could not write the output' } satisfies Record<Locale, string>;

/** "não foi possível escrever a saída: não há espaço livre no disco (ENOSPC)". */
export function writeFailure(error: NodeJS.ErrnoException, lang: Locale): string {
  const why: Why = WHY[lang];
  const code = error.code ?? '';
  const words = hasOwn(why, code) ? `${why[code]} (${code})` : error.message;
  return `${CANNOT_WRITE[lang]}: ${words}`;
}
