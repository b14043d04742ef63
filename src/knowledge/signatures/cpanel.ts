// cPanel's Exim (most Brazilian shared hosting): its own words in place of the remote server's reply.
import type { Signature } from './types.js';

export const cpanelSignatures = [
  {
    // "The mail server could not deliver mail to ana@example.com. The account or domain may not exist,
    // they may be blacklisted, or missing the proper dns entries.": a catch-all that hides the real reply
    // (its "blacklisted" is no block list's word)
    id: 'cpanel:generic-failure',
    provider: 'cpanel',
    text: [['the mail server could not deliver mail to', 'may not exist']],
    reason: 'onhold',
    ownWords: true,
    source: 'https://docs.cpanel.net/cpanel/email/track-delivery/',
  },
] as const satisfies readonly Signature[];
