// A mail loop of the sender's own making, which no resend clears: Postfix's "mail for example.com loops
// back to myself" (the domain's MX points at the sending server itself, which is not set up to take mail
// for it). Other loops ("too many hops", X.4.6) keep the reason their words give (networkerror or
// systemerror, as Sisimai reads them).
import type { Signature } from './types.js';

export const mailLoopSignatures = [
  {
    id: 'loop:back-to-myself',
    provider: 'loop',
    text: ['loops back to myself'],
    reason: 'networkerror',
    // a network error's words ("resend later", "the connection failed") would mislead
    ownWords: true,
    actors: ['sender-provider'],
    source: 'https://www.postfix.org/faq.html#loop',
  },
] as const satisfies readonly Signature[];
