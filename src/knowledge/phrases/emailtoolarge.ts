// Phrases that mean: the message is larger than the receiver accepts.
// `phrases` are telling on their own; `weak` ones are tried only after every reason's `phrases` failed.
import type { PhraseSet } from './types.js';

export const emailtoolarge = {
  reason: 'emailtoolarge',
  phrases: [
    'exceeds the maximum size',
    'exceeds fixed maximum message size',
    'message too large',
    'message too big',
    'message is too big',
    'message is too large',
    'message size exceeds',
    'message length exceeds',
    'too big for system',
    'mail size limit',
    'message file too big',
    'message size too large',
    'email is too large',
    'size of message exceeds',
    'exceeds message size limit',
    'exceeded maximum message size',
    'maxsizeerror',
    'is larger than the current system limit',
    'mensagem muito grande',
    'tamanho máximo',
    'message exceeded the maximum',
    'the message you sent is too large',
    'exceeds size limit',
    'exceeded the size limit',
    'line limit exceeded', // a line longer than the receiver accepts
    // Portuguese (and Spanish) wording of servers that answer in those languages
    'mensagem excede o tamanho',
    'excede o limite de tamanho',
    'tamanho da mensagem excede',
    'mensagem grande demais',
    'anexo muito grande',
  ],
  weak: [
    'message exceeds',
    'size limit',
    'size exceeds',
    'headers too large',
  ],
} as const satisfies PhraseSet;
