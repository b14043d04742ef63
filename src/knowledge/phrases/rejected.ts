// Phrases that mean: the receiver refused the sender address.
// `phrases` are telling on their own; `weak` ones are tried only after every reason's `phrases` failed.
import type { PhraseSet } from './types.js';

export const rejected = {
  reason: 'rejected',
  phrases: [
    'sender address rejected',
    'sender rejected',
    'sender denied',
    'sender not allowed',
    'sender is not allowed',
    'domain of sender',
    'invalid sender',
    'bad sender',
    'sender verify failed',
    'sender verification',
    'unverified sender',
    'envelope sender',
    'address rejected by sender',
    'your address has been blocked',
    'sender unknown',
    'unknown sender',
    'sender blacklisted',
    'sender blocked',
    'blocked sender',
    'rejected sender',
    'remetente rejeitado',
    'remetente inválido',
    'remetente bloqueado',
    'from: domain is invalid', // the From: header's domain
    'address that has been blacklisted', // the sender's address, not its IP
    'purported responsible address', // Sender ID: no responsible sender in the headers
    // Portuguese (and Spanish) wording of servers that answer in those languages
    'remetente não autorizado',
    'remetente nao autorizado',
    'remetente desconhecido',
  ],
  weak: [
    'sender domain',
    'sender address',
    'not accept mail from',
    'from address',
  ],
} as const satisfies PhraseSet;
