// Phrases that mean: the receiver judged the message to be spam.
// `phrases` are telling on their own; `weak` ones are tried only after every reason's `phrases` failed.
import type { PhraseSet } from './types.js';

export const spamdetected = {
  reason: 'spamdetected',
  phrases: [
    'blacklisted url',
    'blocklisted url',
    'url in message',
    'rejected as spam',
    'marked as spam',
    'identified as spam',
    'detected as spam',
    'classified as spam',
    'due to spam classification', // Google Groups: "Your email to group x was rejected due to spam classification"
    'considered spam',
    'spam detected',
    'spam message',
    'unsolicited',
    'junk mail',
    'bulk mail',
    'message content rejected',
    'phishing',
    'not accepted due to domain',
    'lixo eletrônico',
    'scored as spam',
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
    'blocked because its content',
  ],
} as const satisfies PhraseSet;
