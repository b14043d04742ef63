// Phrases that mean: the sending service did not send: the address is on its suppression list.
// `phrases` are telling on their own; `weak` ones are tried only after every reason's `phrases` failed.
import type { PhraseSet } from './types.js';

export const suppressed = {
  reason: 'suppressed',
  phrases: [
    'suppression list',
    'suppressed',
    'on the suppression',
    'account-level suppression',
    'address is suppressed',
  ],
} as const satisfies PhraseSet;
