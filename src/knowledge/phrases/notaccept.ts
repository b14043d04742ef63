// Phrases that mean: the recipient domain accepts no e-mail.
// `phrases` are telling on their own; `weak` ones are tried only after every reason's `phrases` failed.
import type { PhraseSet } from './types.js';

export const notaccept = {
  reason: 'notaccept',
  phrases: [
    'does not accept mail',
    'null mx',
    'not accepting mail',
    'accepts no mail',
    'does not receive mail',
    'no mail accepted',
    'host does not accept mail',
    'domain does not accept mail',
    'no mx found for domain', // OpenSMTPD
    'no mx record found for domain',
    'an mx or srv record indicated no smtp service', // Exim, for a null MX (RFC 7505)
    // Portuguese
    'domínio não aceita e-mail',
    'domínio não aceita mensagens',
    'domínio não recebe e-mail',
  ],
} as const satisfies PhraseSet;
