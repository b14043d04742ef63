// A person's own request to stop receiving a list, written in a reply to it ("por favor, me tirem da
// lista", "unsubscribe me") or sent by a mail app's unsubscribe button to the list's mailto: address
// (RFC 2369 List-Unsubscribe: the message's Subject is "unsubscribe"). Not a bounce: an opt-out, as
// RFC 5965 names it. Looked for in the reply's own words only, above any quoted message, whose footer
// says "unsubscribe" too. Lower case; accented phrases are also tried without their accents.
import type { PhraseSet } from './types.js';

export const unsubscribeRequest = {
  reason: 'feedback',
  phrases: [
    // Portuguese: "me tirem da lista", "quero me descadastrar", "não quero mais receber"
    'me tire da lista', 'me tirem da lista', 'me tira da lista', 'me tirar da lista', 'me tirar dessa lista',
    'me retire da lista', 'me retirem da lista', 'me remova', 'me removam', 'me remover', 'me exclua', 'me excluam',
    'tirem meu e-mail', 'tirem meu email', 'tire meu e-mail', 'tire meu email', 'tirar meu e-mail', 'tirar meu email',
    'remova meu e-mail', 'remova meu email', 'removam meu e-mail', 'removam meu email', 'remover meu e-mail',
    'remover meu email', 'excluam meu e-mail', 'excluam meu email', 'exclua meu e-mail', 'exclua meu email',
    'descadastr', 'quero sair da lista', 'quero sair dessa lista', 'quero sair da sua lista',
    'cancelar minha inscrição', 'cancelem minha inscrição', 'cancelar a inscrição', 'cancelar inscrição',
    // English
    'unsubscribe', 'remove me from', 'remove me off', 'take me off', 'stop emailing me', 'stop e-mailing me',
    'opt me out', 'do not email me', "don't email me", 'remove my email', 'remove my e-mail', 'remove my address',
    // Spanish
    'darme de baja', 'dar de baja', 'quitarme de la lista', 'sacarme de la lista',
  ],
  // "não quero mais receber boletos impressos", "please don't send me the invoice by post": a request
  // to stop some mail, not the list, unless a word of e-mail or list follows (MAIL_WORDS, in the decoder)
  weak: [
    'não quero mais receber', 'não desejo mais receber', 'não quero receber mais', 'não desejo receber mais',
    'parem de me enviar', 'pare de me enviar', 'parem de enviar', 'stop sending me', 'do not send me', "don't send me",
    'no longer wish to receive', 'no longer want to receive', 'do not want to receive', "don't want to receive",
    'no quiero recibir', 'no deseo recibir',
  ],
} as const satisfies PhraseSet;

/** Words of e-mail or of a list, one of which must follow a weak phrase within MAIL_WORD_DISTANCE characters. */
export const MAIL_WORDS: readonly string[] = [
  'mail', 'mensage', 'newsletter', 'lista', 'informativo', 'boletim', 'comunicado', 'promoç', 'promoc', 'ofertas',
  'message', 'list', 'correo', 'noticias', 'these', 'isso', 'esses', 'estes', 'nada',
];
export const MAIL_WORD_DISTANCE = 40;

/** Subjects a mail app's unsubscribe button writes to a List-Unsubscribe mailto: address (RFC 2369 §3.2). */
export const UNSUBSCRIBE_SUBJECTS: readonly string[] = ['unsubscribe', 'descadastrar', 'cancelar inscrição', 'remove', 'remover'];
