// La Poste (France): laposte.net mailboxes, MX hosts under laposte.net.
//
// La Poste ends each refusal with its own code, an "LPN" tag, a number, "_" and the code:
// "LPN007_416", "LPN000_630". The sentence before it ("Service refused, please try later.") is shared
// by several codes, so the rows look for the code.
import type { Signature } from './types.js';

const SOURCE = 'observed';

export const laposteSignatures = [
  {
    // 550 5.5.0 "Adresse destinataire invalide. Invalid recipient. LPN007_416".
    id: 'laposte:416-invalid-recipient',
    provider: 'laposte',
    text: [['lpn', '_416']],
    reason: 'userunknown',
    source: SOURCE,
  },
  {
    // 554 5.7.1 "<client[ip]>: Client host rejected: #216 lpn LPN000_630": La Poste's policy refuses
    // the sending host.
    id: 'laposte:630-client-rejected',
    provider: 'laposte',
    text: [['lpn', '_630']],
    reason: 'policyviolation',
    source: SOURCE,
  },
] as const satisfies readonly Signature[];
