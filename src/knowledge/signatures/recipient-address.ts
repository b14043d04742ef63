// What a reply says of the recipient's address beyond "unknown": written wrong (X.1.3, "bad address
// syntax": fix it, do not just drop it), or not the cause at all (Postfix's "Error: no valid recipients", its
// answer to DATA once every RCPT TO was refused: the cause is in those earlier replies).
import type { Signature } from './types.js';

export const recipientAddressSignatures = [
  {
    id: 'address:malformed',
    provider: 'address',
    text: [
      'bad recipient address syntax', 'recipient address syntax', 'not a valid rfc-5321 address', 'not a valid rfc 5321 address',
      'not a valid rfc-5322 address', 'malformed recipient', 'invalid address format',
      'endereço mal formado', 'endereco mal formado', 'endereço malformado', 'endereco malformado', 'sintaxe do endereço', 'sintaxe do endereco',
      // "o endereço contém caracteres inválidos", "formato de endereço inválido"
      ['endereço', 'caracteres inválidos'], ['endereço', 'caractere inválido'], 'formato de endereço inválido', 'endereço em formato inválido',
    ],
    reason: 'userunknown',
    ownWords: true,
    source: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.1.2',
  },
  {
    // Postfix checking the address with the server behind it (reject_unverified_recipient) quotes that
    // server's refusal of the probe: "450 4.1.1 <ana@x>: Recipient address rejected: undeliverable address:
    // host mx2.x[...] said: 554 5.7.1 ... Client host [...] blocked using zen.spamhaus.org". The block is
    // between the recipient's own servers; the sender has nothing to change.
    id: 'address:verify-probe-blocked',
    provider: 'address',
    text: [['undeliverable address', ' said: ', 'blocked using'], ['undeliverable address', ' said: ', 'client host', 'blocked']],
    reason: 'blocked',
    ownWords: true,
    actors: ['recipient-admin'],
    source: 'https://www.postfix.org/ADDRESS_VERIFICATION_README.html',
  },
  {
    id: 'address:no-valid-recipients',
    provider: 'address',
    text: ['error: no valid recipients'],
    reason: 'onhold',
    ownWords: true,
    source: 'https://www.postfix.org/SMTPD_ACCESS_README.html',
  },
] as const satisfies readonly Signature[];
