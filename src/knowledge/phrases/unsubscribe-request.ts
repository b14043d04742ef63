// A person's own request to stop receiving a list, written in a reply to it ("por favor, me tirem da
// lista", "unsubscribe me") or sent by a mail app's unsubscribe button to the list's mailto: address
// (RFC 2369 List-Unsubscribe: the message's Subject is "unsubscribe"). Not a bounce: an opt-out, as
// RFC 5965 names it. Looked for in the reply's own words only, above any quoted message, whose footer
// says "unsubscribe" too. Lower case; accented phrases are also tried without their accents.
import type { PhraseSet } from './types.js';

/**
 * "me tirem dessa lista", "me retire do mailing": the verbs that need the list named after them ("me
 * tira uma dúvida" asks a question), each with every way of naming the list.
 */
const TAKE_ME_OFF = ['me tire', 'me tirem', 'me tira', 'me tirar', 'me retire', 'me retirem', 'me retira', 'me retirar'];
const THE_LIST = [
  'da lista', 'dessa lista', 'desta lista', 'da sua lista', 'de sua lista', 'das suas listas', 'da lista de vocês',
  'do mailing', 'desse mailing', 'deste mailing', 'do seu mailing', 'do cadastro', 'do seu cadastro', 'da mala direta',
  'do boletim', 'desse boletim', 'deste boletim', 'da newsletter', 'dessa newsletter', 'desta newsletter',
];
/** "removam meu endereço", "excluir meu e-mail": a verb of taking away with the person's address. */
const REMOVE_VERBS = ['tire', 'tirem', 'tirar', 'retire', 'retirem', 'retirar', 'remova', 'removam', 'remover', 'exclua', 'excluam', 'excluir', 'apaguem', 'apagar'];
const MY_ADDRESS = ['meu e-mail', 'meu email', 'meu endereço', 'o meu e-mail', 'o meu email', 'o meu endereço'];

function each(heads: readonly string[], tails: readonly string[]): string[] {
  return heads.flatMap((h) => tails.map((t) => `${h} ${t}`));
}

export const unsubscribeRequest = {
  reason: 'feedback',
  phrases: [
    // Portuguese: "me tirem da lista", "quero me descadastrar", "não quero mais receber"
    ...each(TAKE_ME_OFF, THE_LIST), 'me remova', 'me removam', 'me remover', 'me exclua', 'me excluam',
    ...each(REMOVE_VERBS, MY_ADDRESS),
    'descadastr', 'desinscrev', 'quero sair da lista', 'quero sair da sua lista', 'sair dessa lista', 'sair desta lista',
    'cancelar minha inscrição', 'cancelem minha inscrição', 'cancelar a inscrição', 'cancelar inscrição',
    'cancelar minha assinatura da newsletter', 'cancelar a assinatura da newsletter',
    // English
    'unsubscribe', 'remove me from', 'remove me off', 'take me off', 'stop emailing me', 'stop e-mailing me',
    'opt me out', 'do not email me', "don't email me", 'remove my email', 'remove my e-mail', 'remove my address',
    'please remove me', 'remove me please', 'remove me.', 'remove me!',
    // Spanish
    'darme de baja', 'dar de baja', 'quitarme de la lista', 'sacarme de la lista', 'cancelar mi suscripción',
  ],
  // "não quero mais receber boletos impressos", "please don't send me the invoice by post": a request
  // to stop some mail, not the list, unless a word of e-mail or list follows (MAIL_WORDS, in the decoder),
  // or nothing does: the sentence ends there ("Não quero mais receber.", in a reply to the list)
  weak: [
    'não quero mais receber', 'não desejo mais receber', 'não quero receber mais', 'não desejo receber mais',
    'parem de me enviar', 'pare de me enviar', 'parem de enviar', 'parem de me mandar', 'pare de me mandar', 'parem de mandar',
    'não me mandem mais', 'não me enviem mais', 'cancelar o recebimento', 'cancelem o recebimento',
    'stop sending me', 'do not send me', "don't send me",
    'no longer wish to receive', 'no longer want to receive', 'do not want to receive', "don't want to receive",
    'no quiero recibir', 'no deseo recibir',
  ],
} as const satisfies PhraseSet;

/** Words of e-mail or of a list, one of which must follow a weak phrase within MAIL_WORD_DISTANCE characters. */
export const MAIL_WORDS: readonly string[] = [
  'mail', 'mensage', 'newsletter', 'lista', 'informativo', 'boletim', 'comunicado', 'promoç', 'promoc', 'ofertas',
  'message', 'list', 'correo', 'noticias', 'these', 'isso', 'esses', 'estes',
  // what a person calls the mail they want no more of ("parem de me mandar spam", "propaganda")
  'spam', 'propaganda', 'publicidade',
];
export const MAIL_WORD_DISTANCE = 30;

/**
 * Words that say the reply asks for no unsubscribe, or for the opposite: looked for first, in the same
 * own words ("please do NOT remove me", "quero voltar a receber", "I unsubscribed my colleague, keep
 * me", a list owner's "you have been unsubscribed", a question about someone else's subscription).
 */
export const notUnsubscribeRequest = {
  reason: 'feedback',
  phrases: [
    'not remove me', "don't remove me", "don't unsubscribe", 'not unsubscribe', 'keep me', 'resubscribe', 'subscribe me again',
    'subscribe again', 'by mistake', 'you have been unsubscribed', 'has been unsubscribed', 'have been removed from',
    'unsubscribe my', 'unsubscribed my',
    'não me remova', 'não me removam', 'não me tire', 'não me tirem', 'não quero sair', 'quero continuar', 'voltar a receber',
    'sem querer', 'por engano', 'foi descadastrado', 'foi descadastrada', 'você foi removid', 'descadastrar meu', 'descadastrar minha',
    'descadastrei meu', 'descadastrei minha', 'só por e-mail', 'só por email', 'apenas por e-mail', 'apenas por email',
    'no me den de baja', 'por error',
    // a signature's or footer's invitation to others; a change of address; a preference; an event's registration
    'descadastre-se', 'não quer mais receber', 'meu e-mail antigo', 'meu email antigo', 'my old email', 'my old address',
    'use apenas este', 'use este', 'novo e-mail', 'novo email', 'new email address', 'prefiro', 'i prefer', 'em inglês',
    'em espanhol', 'in spanish', 'in english', 'webinar', 'no evento', 'do evento', 'no curso', 'the event',
    // a product's or a service's waiting list is no mailing list ("me remover da lista de espera")
    'lista de espera', 'waiting list', 'waitlist',
  ],
} as const satisfies PhraseSet;

/** Subjects a mail app's unsubscribe button writes to a List-Unsubscribe mailto: address (RFC 2369 §3.2). */
export const UNSUBSCRIBE_SUBJECTS: readonly string[] = [
  'unsubscribe', 'descadastrar', 'descadastro', 'descadastre', 'descadastre-me', 'cancelar inscrição', 'cancelar minha inscrição',
  'remove', 'remove me', 'remover', 'sair',
  // a person's reply to their own earlier request, still receiving
  're: unsubscribe', 'res: descadastrar', 're: descadastrar',
];
