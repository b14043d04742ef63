// Greylisting (RFC 6647), whoever runs it: Postgrey ("Greylisted, see http://postgrey.schweikert.ch/
// help/example.com.html"), milter-greylist, "Greylisting in action, please come back later"... The
// first attempt from a sender the server does not know yet is refused with a 4xx on purpose, and the
// same message is accepted when it comes back a few minutes later.
import type { Signature } from './types.js';

export const greylistingSignatures = [
  {
    // A refusal keyed on the sending IP that expires: blocked, and as a 4xx transient, retried
    // automatically (was read as "filtered" or, for "greylisting in action", as a security error).
    id: 'greylisting:deferred',
    provider: 'greylisting',
    text: ['greylist', 'graylist', 'grey-list', 'gray-list', 'grey listed', 'gray listed', 'grey listing', 'gray listing', 'lista cinza',
      // Spanish, French, Italian: "Mensaje en lista gris", "Liste grise, réessayez plus tard"
      'lista gris', 'liste grise', 'lista grigia',
      // greylistd's Exim rule, as Debian ships it: "451 192.0.2.10 is not yet authorized to deliver mail
      // from <bob@example.net> to <ana@example.com>. Please try later." (read as no reason)
      'is not yet authorized to deliver mail'],
    reason: 'blocked',
    ownWords: true,
    actors: ['none'],
    source: 'https://www.rfc-editor.org/rfc/rfc6647',
  },
] as const satisfies readonly Signature[];
