// Phrases that mean: the SMTP conversation had a syntax error.
// `phrases` are telling on their own; `weak` ones are tried only after every reason's `phrases` failed.
import type { PhraseSet } from './types.js';

export const syntaxerror = {
  reason: 'syntaxerror',
  phrases: [
    'syntax error',
    'command unrecognized',
    'command not recognized',
    'unrecognized command',
    'bad sequence',
    'invalid command',
    'command not implemented',
    'parameter not implemented',
    // commands out of order: Postfix's "503 5.5.1 Error: need RCPT command", "Improper use of SMTP command
    // pipelining", Exim's "SMTP synchronization error" (a client that talks before its turn)
    'need rcpt command',
    'need mail command',
    'improper use of smtp command pipelining',
    'synchronization error',
    'too many bad commands',
    'too many invalid commands',
    // Portuguese
    'erro de sintaxe',
    'comando não reconhecido',
    'comando desconhecido',
    'comando inválido',
    'comando não implementado',
    'parâmetro não implementado',
    'sequência de comandos inválida', // bad sequence of commands
    'sequência de comandos incorreta',
    'sequência incorreta de comandos',
  ],
  weak: [
    'syntax',
    'invalid argument',
  ],
} as const satisfies PhraseSet;
