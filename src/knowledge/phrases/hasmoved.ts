// Phrases that mean: the recipient has moved to another address.
// `phrases` are telling on their own; `weak` ones are tried only after every reason's `phrases` failed.
import type { PhraseSet } from './types.js';

export const hasmoved = {
  reason: 'hasmoved',
  phrases: [
    'has been replaced by',
    'address has moved',
    'has moved to',
    'no longer on server',
    'user not local; please try',
    'user has moved', // Sendmail's redirect feature: "551 User has moved; please try <new address>"
    // "Recipient address rejected: user moved, new address is bia@x", "This mailbox is no longer in use,
    // the new address is bia@x"
    'new address is',
    'user moved',
    // Portuguese
    'endereço mudou para',
    'endereço foi alterado para',
    'endereço foi substituído por',
    'foi substituído pelo endereço',
    'mudou de endereço',
  ],
} as const satisfies PhraseSet;
