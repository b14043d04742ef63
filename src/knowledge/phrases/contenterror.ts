// Phrases that mean: the message content is malformed.
// `phrases` are telling on their own; `weak` ones are tried only after every reason's `phrases` failed.
import type { PhraseSet } from './types.js';

export const contenterror = {
  reason: 'contenterror',
  phrases: [
    'improper use of 8-bit data',
    'invalid mime',
    'bad header',
    'header syntax',
    'header is too long',
    'too many headers',
    'headers too large',
    'message content is not',
    'content error',
    'bare linefeed', // Exchange: "SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds"
    'smtplf.html', // qmail: "451 See http://pobox.com/~djb/docs/smtplf.html." (a bare LF in the message)
    'invalid header', // "554 5.6.0 Message contains invalid header"
    'corrupt message content', // Exchange: "554 5.6.0 STOREDRV.Deliver; Corrupt message content"
    'lines too long', // Exim: "message has lines too long for transport" (over 998 characters)
    // Amavis: a header it refuses ("554 5.6.0 Reject, id=12345-01 - BAD_HEADER: Improper use of control character")
    ['reject, id=', 'bad_header'],
    // Portuguese
    'cabeçalho inválido',
    'cabeçalhos inválidos',
    'cabeçalho malformado',
    'cabeçalho da mensagem inválido',
    'cabeçalhos da mensagem inválidos',
    'mime inválido',
  ],
  weak: [
    'malformed',
    'message header',
    // "mime" followed by a space, a hyphen or a colon: not the start of "Mimecast"
    'mime ',
    'mime-',
    'mime:',
    'illegal character',
    'invalid character',
    'encoding',
    'invalid content',
  ],
} as const satisfies PhraseSet;
