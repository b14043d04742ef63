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
