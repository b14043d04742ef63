// Phrases that mean: the recipient mailbox is full.
// `phrases` are telling on their own; `weak` ones are tried only after every reason's `phrases` failed.
import type { PhraseSet } from './types.js';

export const mailboxfull = {
  reason: 'mailboxfull',
  phrases: [
    'account is exceeding their quota',
    'account is over quota',
    'account is temporarily over quota',
    'boite du destinataire pleine',
    'over quota',
    'overquota',
    'disc quota exceeded',
    'disk quota exceeded',
    'diskspace quota',
    'does not have enough space',
    'exceeded storage allocation',
    'exceeding its mailbox quota',
    'full mailbox',
    'is over disk quota',
    'mail quota exceeded',
    'mailbox exceeded the local limit',
    'mailbox full',
    'mailbox is full',
    'inbox is full', // Gmail: "Their inbox is full, or it's getting too much mail right now."
    // "The recipient's inbox is out of storage space" (before systemfull's 'out of storage', the server's own)
    ['inbox', 'out of storage'],
    // Postfix's local delivery: the mailbox file reached mailbox_size_limit ("cannot update mailbox
    // /var/mail/ana for user ana. error writing message: File too large")
    ['cannot update mailbox', 'file too large'],
    'mailbox over quota',
    'mailbox size limit exceeded',
    'mailfolder is full',
    'quota exceeded',
    'quotaexceeded', // Exchange: "STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded"
    'quota violation',
    'reached disk quota',
    'would exceed maximum allowed storage',
    'exceeded its disk space limit',
    'space has been used up',
    'user has too many messages',
    'mailbox has exceeded',
    'maildir over quota',
    'userdisk quota',
    'domaindisk quota',
    'over the allowed quota',
    'too much mail data',
    'mail box full',
    'mailbox would exceed',
    'mailbox size exceeded',
    'mailbox exceeds allowed size',
    'mailbox exceeds the allowed size',
    'exhausted allowed storage', // "552 5.2.2 User has exhausted allowed storage space"
    // Dovecot's "Not enough disk space" (the store of the mailbox): Sisimai reads it so, with its 4.2.2
    'not enough disk space',
    'caixa postal cheia',
    'caixa de correio cheia',
    'caixa postal lotada',
    ['caixa postal do destinatário', 'lotada'], // "Caixa postal do destinatário lotada"
    'caixa postal está lotada',
    'caixa postal do destinatário está cheia',
    'caixa postal do destinatário está lotada',
    'caixa de entrada lotada',
    'caixa de correio lotada',
    'cota excedida',
    // "a caixa de entrada do destinatário excedeu a cota"
    'excedeu a cota',
    'excedeu sua cota',
    'excedeu a quota',
    'ultrapassou a cota',
    'quota excedida',
    'limite de armazenamento',
    'exceeded the storage',
    'storage quota',
    'mailbox quota',
    'not enough storage space',
    'exceeds the mailbox size limit',
    // Portuguese (and Spanish) wording of servers that answer in those languages
    'caixa postal está cheia',
    'caixa de entrada cheia',
    'caixa de entrada está cheia',
    'caixa de entrada do destinatário está cheia',
    'caixa de correio está cheia',
    'caixa de correio do destinatário está cheia', // Microsoft 365's notice in Portuguese
    'cota de armazenamento',
    'espaço insuficiente na caixa',
    'limite de espaço',
    // the mailbox, not the message, reached its size (tried before emailtoolarge's 'tamanho máximo');
    // not "atingiu o limite", which is also a sending limit ("atingiu o limite de envio")
    'caixa postal atingiu o tamanho',
    'caixa de correio atingiu o tamanho',
    'caixa de entrada atingiu o tamanho',
    'limite de tamanho da caixa',
    'caixa postal sem espaço',
    // the mailbox, not the message, exceeds its size (tried before emailtoolarge's 'excede o tamanho permitido')
    'caixa postal excede o tamanho',
    'caixa postal excedeu o tamanho',
    'caixa postal ultrapassa o tamanho',
    'caixa postal ultrapassou o tamanho',
    'caixa postal do destinatário excede o tamanho',
    'caixa postal do destinatário excedeu o tamanho',
    // a mailbox holding too many messages (tried before ratelimited's 'too many messages')
    'mailbox contains too many messages',
    'too many messages in mailbox',
    'too many messages in this mailbox',
    'caixa postal contém muitas mensagens',
    'caixa postal do destinatário contém muitas mensagens',
    'muitas mensagens na caixa postal',
    'caixa de correio sem espaço',
    'caixa de e-mail cheia',
    'caixa de e-mail lotada',
    // the mailbox called only "caixa", as people and small providers write it ("Caixa cheia.")
    'caixa cheia',
    'caixa lotada',
    'caixa está cheia',
    'caixa está lotada',
    // the address between the words: "a caixa de entrada de ana@example.com.br está cheia"
    ['caixa de entrada', 'está cheia'],
    ['caixa postal', 'está cheia'],
    ['caixa de correio', 'está cheia'],
    ['caixa de e-mail', 'está cheia'],
    ['caixa de entrada', 'está lotada'],
    ['caixa postal', 'está lotada'],
    'cota da caixa postal', // "A cota da caixa postal foi atingida"
    'quota da caixa postal',
    'espaço da caixa postal esgotado',
    'sem espaço disponível na caixa',
    'não tem espaço disponível na caixa',
    'caixa postal excedeu o limite',
    'caixa postal ultrapassou o limite',
    'buzón lleno',
    'cuota excedida',
    // German, French, Italian, Polish
    'postfach voll',
    'postfach ist voll',
    'boîte aux lettres pleine',
    'boîte pleine',
    'casella piena',
    'casella di posta piena',
    'skrzynka pełna',
    'skrzynka jest pełna',
    // Spanish: "El buzón del destinatario está lleno", "Buzón de correo lleno", "Casilla llena" (Argentina,
    // Uruguay), "Cuota de buzón excedida", "Espacio insuficiente en el buzón"
    // the second word after a space, so that an address ("buzon.lleno@example.com") is not read so
    ['buzón', ' lleno'],
    ['casilla', ' llena'],
    'cuota de buzón',
    'cuota del buzón',
    'sin espacio en el buzón',
    'buzón completo',
    'excedió su cuota', // "La cuenta de ana@example.com excedió su cuota" (a sending quota is ratelimitedSending's)
    'espacio insuficiente en el buzón',
    // a mailbox holding too many messages (before ratelimited's 'demasiados mensajes')
    'buzón tiene demasiados mensajes',
    'demasiados mensajes en el buzón',
    // French: "Quota dépassé", "La boîte de réception du destinataire est pleine", "Boîte mail pleine"
    'quota dépassé',
    'quota de la boîte', // "Quota de la boîte aux lettres dépassé"
    'boîte mail pleine',
    'boîte de réception pleine',
    ['boîte de réception', 'est pleine'],
    ['boîte aux lettres', 'est pleine'],
    ['boîte', ' saturée'], // "Boîte de réception saturée"
    // German: "Mailbox voll", "Das Postfach des Empfängers ist voll", "Quota überschritten"
    'mailbox voll',
    'mailbox ist voll',
    ['postfach', 'ist voll'],
    'quota überschritten',
    'speicherplatz überschritten',
    ['postfach', ' erschöpft'], // "Speicherplatz des Postfachs erschöpft"
    'postfach-kontingent', // "Postfach-Kontingent überschritten"
    ['postfach', ' überfüllt'],
    // Italian: "Quota superata"
    ['casella', ' piena'], // "La casella del destinatario è piena", "Casella di posta del destinatario piena"
    'quota superata',
    'spazio della casella', // "Spazio della casella esaurito"
    ['casella', ' satura'], // "Casella di posta satura"
    // Dutch, Russian, Japanese
    'postvak vol',
    'postvak is vol',
    'ящик переполнен',
    'メールボックスがいっぱい',
  ],
  weak: [
    'insufficient storage',
  ],
} as const satisfies PhraseSet;
