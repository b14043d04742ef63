// Phrases that mean: the recipient address does not exist.
// `phrases` are telling on their own; `weak` ones are tried only after every reason's `phrases` failed.
import type { PhraseSet } from './types.js';

/**
 * Wording in which the recipient's own mail system (its directory, its mailbox store) says the address
 * is not there. Such a text is proof enough; other "user unknown" texts also come from filters that
 * refuse a message after DATA (src/classify/recipient-or-filter.ts).
 */
export const DIRECTORY_PHRASES = [
  'not listed in domino directory',
  'not listed in public name',
  'ディレクトリのリストにありません', // Lotus Notes (ja): not in the directory list
  'ディレクトリには見つかりません', // Domino (ja): not found in the Domino directory
  'could not be found in the directory',
  'the recipient name is not recognized', // Exchange 2003
  "the address couldn't be found", // Gmail, Google Workspace
  'o endereço não foi encontrado', // the same, in Gmail's Portuguese
  "the email address you entered couldn't be found", // Microsoft 365's notice
  'que você inseriu não foi encontrado', // the same, in Portuguese
  'endereço de email inserido não foi encontrado', // Exchange in Portuguese
  'endereço de e-mail inserido não foi encontrado',
  "wasn't found at", // Microsoft 365: "ana wasn't found at example.com."
  'não foi encontrado em', // the same, in Portuguese: "ana não foi encontrado em example.com."
  'the address may be misspelled or may not exist', // Microsoft 365's notice, "How to Fix It"
  'o endereço pode estar incorreto ou não existir mais', // the same, in Portuguese
  // a mail client's or webmail's notice: "Não foi possível encontrar o endereço de e-mail ana@example.com.br"
  'não foi possível encontrar o endereço de e-mail',
  'não foi possível encontrar o endereço de email',
  'não foi possível localizar o endereço de e-mail',
  'não foi possível localizar o endereço de email',
  'no valid recipients for this mm', // MMS gateways of mobile carriers
  'resolver.adr.recipientnotfound', // Exchange, Microsoft 365
  'resolver.adr.recipient notfound',
] as const;

/**
 * The same in the languages of servers that answer in their users' language. A filter that hides
 * behind "user unknown" (the Japanese carriers' of Sisimai's corpus) writes English; a server that
 * writes "Usuário inexistente" speaks of its own users, so these count as the directory's words too.
 */
export const NATIVE_LANGUAGE_PHRASES = [
  'usuário inexistente',
  'usuário desconhecido',
  'endereço inexistente',
  'conta inexistente',
  'destinatário inexistente',
  'endereço de e-mail não existe',
  // Portuguese, and Spanish
  'usuário não existe',
  'conta não existe',
  'endereço não existe',
  'destinatário desconhecido',
  'caixa postal inexistente',
  'caixa postal não existe',
  'e-mail inexistente',
  'email inexistente',
  'endereço de e-mail inválido',
  'destinatário inválido',
  'usuário inválido',
  'não existe nenhuma conta',
  'usuario desconocido',
  'no existe el usuario',
  'buzón no existe',
  'destinatario no existe',
  'endereço de e-mail não encontrado',
  'usuário não encontrado',
  'caixa postal não encontrada',
  'conta não encontrada',
  'endereço desconhecido',
  'usuário não cadastrado',
  // "Usuário não localizado", "Destinatário não localizado"
  'usuário não localizado',
  'destinatário não localizado',
  // "O e-mail informado não existe" (not a bare 'e-mail não existe': "o domínio do e-mail não existe")
  'e-mail informado não existe',
  'e-mail do destinatário não existe',
  'este e-mail não existe',
  'conta de e-mail não encontrada',
  // Microsoft 365's Portuguese notice: "O endereço de email que você inseriu não pôde ser encontrado",
  // "...porque o endereço de email não foi encontrado ou não está disponível"
  'endereço de email não foi encontrado',
  'endereço de e-mail não foi encontrado',
  'que você inseriu não pôde ser encontrado',
  // Microsoft's word for a mailbox, "caixa de correio"
  'caixa de correio inexistente',
  'caixa de correio não existe',
  'caixa de correio não encontrada',
  ['caixa de correio', 'não existe mais'], // "A caixa de correio de x@y foi desabilitada ou não existe mais"
  ['caixa postal', 'não existe mais'],
  ['mailbox', 'no longer exists'],
  // the recipient named as such (the recipient's domain is hostunknownRecipientDomain's, tried first)
  'destinatário não existe',
  'destinatário não encontrado',
  'destinatário não foi encontrado',
  'destinatário não foi localizado',
  'destinatário não reconhecido',
  'destinatário não cadastrado',
  'usuário não foi encontrado',
  'usuário não foi localizado',
  'endereço de destino inexistente',
  'endereço de e-mail desconhecido',
  'e-mail não cadastrado',
  'que você digitou não existe', // "O endereço de e-mail que você digitou não existe"
  // "Não existe usuário com este endereço", "Nenhum usuário com esse endereço"
  'não existe usuário',
  'nenhum usuário com',
  ['conta de e-mail', '@', 'não existe'], // "A conta de email ana@example.com.br não existe"
  // European Portuguese
  'utilizador desconhecido',
  'utilizador não existe',
  'utilizador inexistente',
  // the address between the words: "O endereço ana@example.com.br não existe", "o destinatário ana@x não existe"
  ['o endereço', '@', 'não existe'],
  ['destinatário', '@', 'não existe'],
  'conta de e-mail não existe',
  'usuario no encontrado',
  // German, French, Italian, Polish
  'benutzer unbekannt',
  'unbekannter benutzer',
  'empfänger unbekannt',
  'adresse inconnue',
  'destinataire inconnu',
  'utente sconosciuto',
  'utente inesistente',
  'indirizzo inesistente',
  'nieznany użytkownik',
  'użytkownik nie istnieje',
  // Spanish: "Destinatario no encontrado", "Buzón inexistente", "Dirección de correo no válida",
  // Gmail's and Microsoft 365's notices ("No se ha encontrado la dirección de correo electrónico...")
  'usuario no válido',
  'destinatario no válido',
  'destinatario es desconocido',
  'usuario no registrado',
  'cuenta de correo inexistente',
  'ningún usuario con', // "No hay ningún usuario con esa dirección"
  'usuario no existe', // before hostunknown's ['el dominio', 'no existe']: "el dominio es válido pero el usuario no existe"
  'destinatario no encontrado',
  'destinatario desconocido',
  'dirección inexistente',
  'dirección de correo inexistente',
  'dirección de correo no válida',
  'dirección de correo electrónico no válida',
  'buzón inexistente',
  'cuenta inexistente',
  'no se ha encontrado la dirección de correo',
  'no se encontró la dirección de correo',
  // French: "Adresse introuvable", "Boîte aux lettres inexistante", "Le destinataire n'existe pas"
  'adresse introuvable',
  'utilisateur introuvable',
  'utilisateur non trouvé',
  'destinataire introuvable',
  'destinataire non valide',
  'aucune boîte aux lettres', // "Aucune boîte aux lettres à ce nom"
  'adresse inexistante',
  'adresse e-mail inexistante',
  'boîte aux lettres inexistante',
  'compte inexistant',
  'aucun utilisateur', // "Aucun utilisateur de ce nom"
  "adresse n'existe pas",
  "adresse e-mail n'existe pas",
  "destinataire n'existe pas",
  "utilisateur n'existe pas",
  ["l'adresse", '@', 'est introuvable'], // "L'adresse ana@example.com est introuvable"
  // German: "Empfaenger unbekannt" as ASCII servers spell it, "Postfach existiert nicht"
  'empfaenger unbekannt',
  'unbekannter empfänger',
  'unbekannte e-mail-adresse',
  'empfänger nicht gefunden',
  'ungültiger empfänger',
  'benutzer existiert nicht',
  'empfänger existiert nicht',
  'postfach existiert nicht',
  'mailbox existiert nicht',
  'adresse existiert nicht', // "Die E-Mail-Adresse existiert nicht" (the sender's, "Absenderadresse", is rejectedSenderDomain's)
  'postfach nicht vorhanden',
  'mailbox nicht vorhanden',
  'kein solcher benutzer',
  'adresse unbekannt', // "Adresse unbekannt" (the sender's, "Absenderadresse unbekannt", is rejectedSenderDomain's)
  // Italian: "Destinatario sconosciuto", "L'utente non esiste", "Casella inesistente"
  'destinatario sconosciuto',
  'utente non esiste',
  'utente non trovato',
  'indirizzo non esiste', // "L'indirizzo non esiste"
  'destinatario inesistente',
  'casella inesistente',
  'casella di posta inesistente',
  'casella di posta non esistente',
  'destinatario non valido',
  'indirizzo non valido',
  'indirizzo e-mail non valido',
  // Dutch, Russian, Japanese
  'gebruiker onbekend',
  'onbekende gebruiker',
  'ontvanger onbekend',
  'onbekende ontvanger',
  'пользователь не найден',
  'нет такого пользователя',
  'пользователь не существует',
  'почтовый ящик не существует',
  'ユーザーが存在しません',
] as const;

export const userunknown = {
  reason: 'userunknown',
  phrases: [
    ...DIRECTORY_PHRASES,
    'address does not exist',
    'address unknown',
    'mailbox name not allowed', // RFC 5321's own text for 553 (a name the server does not take, often its syntax)
    'user name of email address not valid', // AOL: "Check the "ana" part of the address"
    'invalid final delivery userid', // Ipswitch IMail
    'archived recipient',
    'bad destination mailbox address',
    'bad recipient address',
    'destination addresses were unknown',
    'destination server rejected recipients',
    'email account that you tried to reach does not exist',
    'email address does not exist',
    'invalid mailbox',
    'invalid recipient',
    'invalid-recipient',
    'is not a known user',
    'is not a valid mailbox',
    'is not an active address at this host',
    'mailbox does not exist',
    'mailbox invalid',
    'mailbox not found',
    'mailbox not present',
    'no account by that name',
    'no mailbox by that name',
    'no mailbox here by that name',
    'no mailbox found',
    'no such address',
    'no such email address',
    'no such mailbox',
    'no such person',
    'no such recipient',
    'no such user',
    'no such local user',
    'no valid recipients',
    'not a valid recipient',
    'not a valid user',
    'not a local address',
    'participant is unknown',
    'recipient does not exist',
    'recipient not exist',
    'recipient not found',
    'recipient unknown',
    'recipient no longer on server',
    'recipient is not local',
    'sorry, user unknown',
    'badrcptto',
    'sorry, no mailbox',
    "isn't in my list of allowed rcpthosts",
    'no one at this address',
    'this address no longer accepts mail',
    'wrong or no longer valid',
    // an address said to be no longer valid (Yahoo/AOL: "554 delivery error: dd x@y is no longer valid.
    // [-20]"); after an address, so that a certificate or a password "no longer valid" is not read so
    ['@', 'is no longer valid'],
    'not in my validrcptto list',
    'unknown mailbox',
    'unknown recipient',
    'unknown user',
    'unknown local part',
    'user does not exist',
    'user not exist',
    'user not found',
    'user not known',
    'user unknown',
    'user_unknown',
    'userunknown',
    'unknown address',
    'utilisateur inconnu',
    'invalid or unknown virtual user',
    'adresse nicht gefunden',
    'nessun utente',
    'addressee unknown',
    'does not have an account',
    'no such account',
    'account does not exist',
    'account not found',
    'unknown or illegal alias',
    'user account not found',
    'email address could not be found',
    'email address not found',
    'unknown email address',
    'recipient is not valid',
    'user not recognized',
    'recipient not recognized',
    'not our customer',
    'not our user',
    'unknown to address',
    'not a known recipient',
    'recipient address rejected: access denied',
    ['recipient address rejected', 'does not exist'],
    ['mailbox', 'does not exist'],
    ['user', 'not exist'],
    ['550', 'invalid user'],
    // the same with "doesn't" (Dovecot LMTP: "550 5.1.1 <ana@example.com> User doesn't exist: ana@example.com")
    "user doesn't exist",
    "mailbox doesn't exist",
    "recipient doesn't exist",
    "address doesn't exist",
    "account doesn't exist",
    'mailbox unknown', // "550 5.1.1 <ana@example.com> Mailbox unknown"
    'user missing home directory',
    'no mail box available for this user',
    'no such mail drop',
    'this user is not known',
    'the following recipients was undeliverable',
    "the user's email name is not found",
    'this spectator does not exist',
    'delivery failed for unknown user',
    ...NATIVE_LANGUAGE_PHRASES,
  ],
  weak: [
    'invalid address',
    'mailbox unavailable',
    'caixa postal indisponível', // the same, in Portuguese
    'caixa de correio indisponível',
    'no existe',
    "doesn't have a",
    'mailbox is not available',
    'mailbox not available',
    // Gmail's title over both an unknown address and an unknown domain (as its Portuguese, below)
    'address not found',
    'not registered',
    // Gmail's title over both an unknown address and an unknown domain (see hostunknown)
    'endereço não encontrado',
    // Microsoft 365 in Portuguese ("ana não foi encontrado em example.com."), words that also fit other things
    'não foi encontrado em',
  ],
} as const satisfies PhraseSet;
