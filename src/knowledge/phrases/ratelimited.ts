// Phrases that mean: the sender hit a limit on messages, recipients or connections.
// `phrases` are telling on their own; `weak` ones are tried only after every reason's `phrases` failed.
import type { PhraseSet } from './types.js';

export const ratelimited = {
  reason: 'ratelimited',
  phrases: [
    'rate limit',
    'rate-limit',
    'ratelimit',
    'too many connections',
    'too many messages',
    'too many recipients',
    'too many concurrent',
    'too many sessions',
    'too many mails',
    'connection rate',
    'frequency limited',
    'sending limit',
    'receiving mail at a rate',
    'rate that prevents',
    'receiving limit',
    'throttled',
    'throttling',
    'please slow down',
    'slow down',
    'exceeded the rate',
    'receivingrate',
    'too fast',
    'max connections',
    'connection limit',
    'resources temporarily unavailable',
    'quota de envio',
    // Portuguese (and Spanish) wording of servers that answer in those languages
    'limite de envio',
    'excedeu o limite de envio',
    'muitas mensagens',
    'muitos destinatários',
    'taxa de envio',
  ],
  weak: [
    'temporarily deferred',
    'limit exceeded',
    'too many errors',
    'too much mail',
    'excessive',
  ],
} as const satisfies PhraseSet;
