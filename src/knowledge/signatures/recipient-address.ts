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
    id: 'address:no-valid-recipients',
    provider: 'address',
    text: ['error: no valid recipients'],
    reason: 'onhold',
    ownWords: true,
    source: 'https://www.postfix.org/SMTPD_ACCESS_README.html',
  },
] as const satisfies readonly Signature[];
