// Phrases that mean: the receiver judged the message to be spam.
// `phrases` are telling on their own; `weak` ones are tried only after every reason's `phrases` failed.
import type { PhraseSet } from './types.js';

export const spamdetected = {
  reason: 'spamdetected',
  phrases: [
    'rejected as spam',
    'marked as spam',
    'identified as spam',
    'detected as spam',
    'classified as spam',
    'considered spam',
    'spam detected',
    'spam message',
    'unsolicited',
    'junk mail',
    'bulk mail',
    'message content rejected',
    'blocked because its content',
    'phishing',
    'not accepted due to domain',
    'lixo eletrônico',
  ],
  weak: [
    'spam',
    'junk',
    'content rejected',
    'high probability of',
    'considered as',
    'detected as',
    'rejected as',
    'looks like',
    'classified as',
    'scored',
    'score',
    'suspicious',
  ],
} as const satisfies PhraseSet;
