// The sending server could not log in to the relay it hands its mail to (a provider's smarthost, a
// sending service, Gmail or Microsoft 365): Postfix's client logs "SASL authentication failed; server
// relay[ip] said: 535 ..." or "...; cannot authenticate to server relay[ip]: no mechanism available"
// (Cyrus SASL's "No worthy mechs found" before it) and, with smtp_sasl_auth_soft_bounce (on by
// default), keeps the message queued; Exim's smtp transport says "authentication required but
// authentication attempt(s) failed". A setting of the sending server, never the recipient's business.
// Microsoft 365's SMTP AUTH turned off (5.7.139) is its own row in microsoft.ts, matched first.
import type { Signature } from './types.js';

export const relayLoginSignatures = [
  {
    id: 'relay:login-refused',
    provider: 'relay',
    text: ['sasl authentication failed;', 'cannot authenticate to server', 'no worthy mechs found', 'authentication attempt(s) failed'],
    reason: 'securityerror',
    ownWords: true,
    retry: 'after-fix',
    actors: ['sender-provider'],
    source: 'https://www.postfix.org/SASL_README.html#client_sasl',
  },
] as const satisfies readonly Signature[];
