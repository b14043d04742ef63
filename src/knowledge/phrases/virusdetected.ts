// Phrases that mean: a virus was found in the message.
// `phrases` are telling on their own; `weak` ones are tried only after every reason's `phrases` failed.
import type { PhraseSet } from './types.js';

export const virusdetected = {
  reason: 'virusdetected',
  phrases: [
    'virus',
    'malware',
    'infected',
    'trojan',
    'worm',
    'contains a virus',
    'virus detected',
  ],
} as const satisfies PhraseSet;
