// Checks of the sender's own address that say what to change. A receiver's callout (it asks the
// sender's server whether the envelope sender exists: Exim's "Sender verify failed", Postfix's
// "Sender address rejected: unverified address"), and the sender's own submission server refusing a From
// the signed-in account does not own (Postfix's reject_sender_login_mismatch: "not owned by user").
import type { Signature } from './types.js';

export const senderAddressSignatures = [
  {
    id: 'sender:verify-failed',
    provider: 'sender',
    text: [
      'sender verify failed', 'sender verification failed', 'callout verification failure', 'sender callout',
      'could not verify sender', 'sender address verification failed', ['sender address rejected', 'unverified address'],
    ],
    reason: 'rejected',
    source: 'observed',
  },
  {
    // the sender's address written wrong: Gmail's "553 5.1.7 The sender address <a@x> is not a valid
    // RFC-5321 address" holds the words recipient-address.ts's 'address:malformed' reads as the recipient's
    id: 'sender:malformed',
    provider: 'sender',
    text: [
      ['sender address', 'not a valid rfc-5321 address'], ['sender address', 'not a valid rfc 5321 address'],
      ['sender address', 'not a valid rfc-5322 address'], 'bad sender address syntax', 'sender address syntax',
      'malformed sender', ['remetente', 'mal formado'], ['remetente', 'malformado'],
    ],
    reason: 'rejected',
    ownWords: true,
    source: 'https://www.rfc-editor.org/rfc/rfc3463#section-3.2',
  },
  {
    id: 'sender:not-owned-by-login',
    provider: 'sender',
    text: [
      'not owned by user', ['sender address rejected', 'not logged in'], ['does not match', 'authenticated'],
      'não confere com a conta autenticada', 'nao confere com a conta autenticada', 'não pertence à conta autenticada',
    ],
    reason: 'rejected',
    // not the receiver's refusal the reason's words describe: the sender's own server's
    ownWords: true,
    actors: ['sender'],
    source: 'https://www.postfix.org/postconf.5.html#smtpd_sender_login_maps',
  },
] as const satisfies readonly Signature[];
