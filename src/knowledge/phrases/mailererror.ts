// Phrases that mean: a program on the receiving server failed.
// `phrases` are telling on their own; `weak` ones are tried only after every reason's `phrases` failed.
import type { PhraseSet } from './types.js';

export const mailererror = {
  reason: 'mailererror',
  phrases: [
    'mailer error',
    'mail delivery program',
    'procmail',
    'command failed',
    'exited with',
    'exit status',
    'pipe to',
    'x-unix',
    'command died',
    'program failed',
    'delivery program',
    'local delivery failed',
    'unknown mailer',
    ['child process of', 'transport returned'], // Exim: a pipe transport's program failed
  ],
} as const satisfies PhraseSet;
