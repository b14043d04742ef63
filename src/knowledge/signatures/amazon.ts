// Amazon SES, as the receiving side (inbound-smtp.<region>.amazonaws.com, for domains that receive
// mail through SES receipt rules) and as the sending side (its bounces and JSON notifications are read
// by src/message/decoders/amazonses.ts).
import type { Signature } from './types.js';

export const amazonSignatures = [
  {
    // 500 5.6.1 "Message content rejected": SES inbound refused the message's content or format
    // (its MIME structure, or a part it cannot take), not the sender nor the recipient.
    id: 'amazon:5.6.1-content-rejected',
    provider: 'amazon',
    status: ['X.6.1'],
    text: ['message content rejected'],
    reason: 'contenterror',
    source: 'observed',
  },
] as const satisfies readonly Signature[];
