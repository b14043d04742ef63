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
  {
    // Amazon SES as the sending side: "554 Message rejected: Email address is not verified. The following
    // identities failed the check in region US-EAST-1: sender@example.org". The From address (or its
    // domain) is not a verified identity of the account, or the account is still in the sandbox and the
    // recipient is not verified either. SES sent nothing: the sender's own setup.
    id: 'amazon:ses-identity-not-verified',
    provider: 'amazon',
    text: ['email address is not verified', 'identities failed the check'],
    reason: 'rejected',
    ownWords: true,
    actors: ['sender'],
    source: 'https://docs.aws.amazon.com/ses/latest/dg/verify-addresses-and-domains.html',
  },
] as const satisfies readonly Signature[];
