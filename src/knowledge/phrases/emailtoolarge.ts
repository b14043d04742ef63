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
    'message too long',
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
    // "Sorry, I don't accept messages larger than 10000000 bytes", "554 Maximum email size exceeded"
    'messages larger than',
    'maximum message size',
    'maximum email size',
    'line limit exceeded', // a line longer than the receiver accepts
    // Portuguese (and Spanish) wording of servers that answer in those languages
    'mensagem excede o tamanho',
    'excede o limite de tamanho',
    'tamanho da mensagem excede',
    'mensagem grande demais',
    'anexo muito grande',
    'é grande demais', // "a mensagem é grande demais" (not a list of recipients that is)
    ['anexo', 'grande demais'],
    ['arquivo', 'grande demais'],
    // an attachment refused by its size (tried before policyviolation's ['attachment', 'not allowed'])
    'attachment too large',
    'attachment is too large',
    'attachments larger than',
    'attachment larger than',
    'attachment size exceeds',
    'anexos maiores que',
    'anexo maior que',
    'mensagem é muito grande',
    'e-mail muito grande',
    'email muito grande',
    'anexos muito grandes',
    'ultrapassa o tamanho',
    'ultrapassa o limite de tamanho',
    'ultrapassou o limite de tamanho',
    'excedeu o limite de tamanho',
    'excede o tamanho permitido',
    'tamanho de mensagem excedido',
    'tamanho da mensagem excedido',
    'limite de tamanho de mensagem',
    'limite de tamanho da mensagem',
    'limites de tamanho de mensagem',
    // "O tamanho do anexo ultrapassa o limite permitido"
    ['tamanho do anexo', 'ultrapassa'],
    ['tamanho do anexo', 'excede'],
    ['tamanho da mensagem', 'ultrapassa'],
    'tamanho da mensagem acima', // "Tamanho da mensagem acima do permitido"
    ['mensagem', 'acima do limite de tamanho'],
    ['anexo', 'acima do limite de tamanho'], // "Mensagem acima do limite de tamanho" (not a mailbox's: "Caixa postal acima do limite")
    'mensagem maior que o permitido',
    'mensagem maior do que o permitido',
    // Spanish: "Mensaje demasiado grande", "El tamaño del mensaje excede el límite permitido", "El mensaje
    // supera el tamaño máximo permitido"
    'mensaje demasiado grande',
    'mensaje es demasiado grande',
    ['tamaño del mensaje', 'excede'],
    'mensaje supera el tamaño',
    'mensaje excede el tamaño',
    // French: "Message trop volumineux", "La taille du message dépasse la limite autorisée"
    'message trop volumineux',
    ['taille du message', 'dépasse'],
    // German, with "ß" and as ASCII servers write it: "Nachricht zu groß", "Die Nachricht überschreitet
    // die maximale Größe"
    'nachricht zu groß',
    'nachricht zu gross',
    'nachricht ist zu groß',
    ['nachricht überschreitet', 'größe'],
    // Italian: "Messaggio troppo grande", "Dimensione del messaggio superiore al limite"
    'messaggio troppo grande',
    ['messaggio supera', 'dimensione'], // "Il messaggio supera la dimensione massima consentita"
    ['dimensione del messaggio', 'superiore al limite'],
  ],
  weak: [
    // the message's size named, in Spanish, French, German, Italian: "Tamaño de mensaje excedido", "La
    // taille du message excède la limite" (weak: tried after a full mailbox's or a sending limit's words)
    'tamaño de mensaje',
    'tamaño del mensaje',
    'tamaño del adjunto',
    'taille du message',
    'nachrichtengröße',
    'dimensione del messaggio',
    'message exceeds',
    'size limit',
    'size exceeds',
    'headers too large',
  ],
} as const satisfies PhraseSet;
