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
  ],
  weak: [
    'syntax',
    'invalid argument',
  ],
} as const satisfies PhraseSet;
