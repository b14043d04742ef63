// Phrases that mean: the recipient mailbox is disabled or suspended.
// `phrases` are telling on their own; `weak` ones are tried only after every reason's `phrases` failed.
import type { PhraseSet } from './types.js';
import { withUnaccented } from './without-accents.js';

export const suspend = {
  reason: 'suspend',
  phrases: [
    // the recipient's account, named as such ("Conta do destinatário bloqueada")
    'conta do destinatário bloqueada',
    'conta do destinatário suspensa',
    'conta do destinatário desativada',
    // "A conta de e-mail do destinatário está desativada", "A caixa postal do destinatário está suspensa"
    'do destinatário está desativada',
    'do destinatário está suspensa',
    'do destinatário está inativa',
    'do destinatário está bloqueada',
    // "A conta do destinatário foi suspensa", "O e-mail do destinatário está desativado"
    'do destinatário foi desativada',
    'do destinatário foi suspensa',
    'do destinatário foi bloqueada',
    'do destinatário está desativado',
    'do destinatário foi desativado',
    'do destinatário está suspenso',
    'do destinatário foi suspenso',
    'do destinatário está inativo',
    // "O endereço ana@x está desativado" (not "conta ... desativada": the sender's own account, too)
    ['endereço', 'está desativado'],
    ['endereço', 'foi desativado'],
    'mailbox disabled',
    'mailbox is disabled',
    'account disabled',
    'account has been disabled',
    'account is disabled',
    'account is suspended',
    'account has been suspended',
    'account suspended',
    'account is inactive',
    ['account that you tried to reach', 'inactive'], // Gmail: "The email account that you tried to reach is inactive."
    'account inactive',
    'account deactivated',
    'account expired',
    'account is locked',
    'mailbox is locked',
    // "550 5.2.1 Account closed", "User account has been closed", "This account is no longer in service"
    'account closed',
    'account has been closed',
    'account is closed',
    'no longer in service',
    'mailbox not active',
    // "This mailbox has been suspended", "The account has been deactivated", "User account is expired"
    'mailbox has been suspended',
    'mailbox is suspended',
    'mailbox suspended',
    'account has been deactivated',
    'account is deactivated',
    'mailbox has been deactivated',
    'account is expired',
    'account has expired',
    // the address between the words: "the account ana@example.com is disabled" (the sender's own account is
    // "your account ...", the sending-limit:account-blocked signature)
    ['the account', 'is disabled'],
    ['the account', 'has been disabled'],
    'account is frozen',
    'mailbox is frozen',
    'mailbox inactive',
    'mailbox is inactive',
    'mailbox unavailable or suspended',
    'inactive email',
    'inactive user',
    'inactive account',
    'user suspended',
    'user not active',
    'disabled recipient',
    'disabled user',
    'user disabled',
    'user is disabled',
    'recipient suspended',
    'temporarily disabled',
    'temporary locked',
    'temporarily locked',
    'no longer active',
    'recipient is inactive',
    // words of servers that answer 5.2.1, which alone reads as an unknown user
    'mailbox has been disabled',
    'mailbox currently suspended',
    'deactivated mailbox', // "ana@example.com is a deactivated mailbox"
    'mailbox unavailable or access denied',
    'user or domain is disabled',
    'recipient rejected: temporarily inactive',
    'account has been temporarily suspended',
    'mailbox has been blocked',
    'conta desativada',
    'conta suspensa',
    'conta bloqueada',
    'conta inativa',
    // the same with the account's kind named: "Conta de e-mail bloqueada", "Conta de email suspensa" (the
    // sender's own account is "sua conta ...", the sending-limit:account-blocked signature)
    'conta de e-mail bloqueada',
    'conta de e-mail suspensa',
    'conta de e-mail desativada',
    'conta de e-mail desabilitada',
    'conta de e-mail inativa',
    'conta de e-mail cancelada',
    // the address between the words: "A conta de e-mail ana@example.com.br está suspensa" (not the words
    // apart: "Sua conta de e-mail está desabilitada" is the sender's own)
    ['conta de e-mail', '@', 'está suspensa'],
    ['conta de e-mail', '@', 'está desativada'],
    ['conta de e-mail', '@', 'está desabilitada'],
    ['conta de e-mail', '@', 'está inativa'],
    ['conta de e-mail', '@', 'foi suspensa'],
    ['conta de e-mail', '@', 'foi desativada'],
    ['conta de e-mail', '@', 'foi desabilitada'],
    // the receiver speaking of the addressed account: "Esta conta foi desativada", "Esta conta está suspensa"
    'esta conta foi desativada',
    'esta conta está desativada',
    'esta conta foi suspensa',
    'esta conta está suspensa',
    'esta conta está inativa',
    'endereço desativado', // "Endereço desativado" (as 'e-mail desativado')
    // in a failure notice ("não pôde ser entregue: o endereço não está mais ativo"); the same words in an
    // automatic answer are a retired address (not-failures.ts)
    'não está mais ativo',
    'não está mais ativa',
    // "Conta do usuário está inativa", "A caixa postal está suspensa"
    ['conta do usuário', 'inativa'],
    ['conta do usuário', 'desativada'],
    ['conta do usuário', 'suspensa'],
    ['caixa postal', 'está inativa'],
    ['caixa postal', 'está suspensa'],
    ['caixa postal', 'está desativada'],
    ['caixa postal', 'foi desativada'],
    ['caixa postal', 'foi suspensa'],
    ['caixa postal', 'foi desabilitada'], // "A caixa postal foi desabilitada"
    ['caixa postal', 'está desabilitada'],
    // "Caixa de e-mail desativada", "A caixa de e-mail deste usuário foi desativada"
    'caixa de e-mail desativada',
    'caixa de e-mail suspensa',
    'caixa de e-mail bloqueada',
    'caixa de e-mail inativa',
    ['caixa de e-mail', 'foi desativada'],
    ['caixa de e-mail', 'foi suspensa'],
    ['caixa de e-mail', 'está desativada'],
    ['caixa de e-mail', 'está suspensa'],
    ['caixa de e-mail', 'foi desabilitada'],
    ['caixa de e-mail', 'está desabilitada'],
    'caixa de e-mail desabilitada',
    'caixa postal inativa',
    'conta temporariamente suspensa',
    'conta de e-mail temporariamente suspensa',
    'caixa postal desativada',
    'caixa postal bloqueada',
    'disableduser',
    // Portuguese (and Spanish) wording of servers that answer in those languages
    'conta desabilitada',
    'conta cancelada',
    'conta foi cancelada', // "Esta conta foi cancelada pelo usuário"
    'account was cancelled',
    'account was canceled',
    'caixa postal suspensa',
    'usuário bloqueado',
    'usuário desativado',
    'usuário desabilitado',
    'usuário inativo',
    'usuário suspenso',
    'e-mail desativado',
    'conta temporariamente bloqueada',
    'conta expirada', // "account expired"
    'caixa postal desabilitada',
    'caixa de correio desativada',
    'cuenta desactivada',
    'cuenta suspendida',
    'cuenta de correo desactivada',
    'cuenta deshabilitada',
    'conta desactivada', // European Portuguese spelling
    // German and French: "Das Postfach ist deaktiviert", "Konto gesperrt", "Boîte aux lettres désactivée",
    // "Ce compte a été désactivé" (the sender's own, "Ihr Konto" / "votre compte", is the
    // sending-limit:account-blocked signature's)
    'postfach ist deaktiviert',
    'postfach wurde deaktiviert',
    'postfach deaktiviert',
    'postfach ist gesperrt',
    'postfach gesperrt',
    'konto ist gesperrt',
    'konto wurde gesperrt',
    'konto gesperrt',
    'konto ist deaktiviert',
    'konto wurde deaktiviert',
    'konto deaktiviert',
    'empfänger gesperrt',
    'boîte aux lettres désactivée',
    'boîte aux lettres suspendue',
    'boîte aux lettres bloquée',
    'compte a été désactivé',
    'compte est désactivé',
    'compte désactivé',
    'compte a été suspendu',
    'compte suspendu',
    'compte bloqué', // the sender's own, "votre compte", is the sending-limit:account-blocked signature's
    // Spanish: the recipient's account or mailbox ("Esta cuenta ha sido suspendida", "Buzón deshabilitado";
    // the sender's own, "Su cuenta ha sido suspendida", is not the recipient's)
    'cuenta inactiva',
    'cuenta de correo suspendida',
    'cuenta dada de baja',
    'esta cuenta está deshabilitada',
    'casilla deshabilitada',
    'esta cuenta ha sido suspendida',
    'esta cuenta ha sido desactivada',
    'esta cuenta ha sido deshabilitada',
    // "La cuenta ha sido deshabilitada" (not "su cuenta", the sender's)
    'la cuenta ha sido deshabilitada',
    'la cuenta ha sido desactivada',
    'la cuenta ha sido suspendida',
    ['cuenta del destinatario', 'desactivada'],
    ['cuenta del destinatario', 'suspendida'],
    ['cuenta del destinatario', 'deshabilitada'],
    'buzón deshabilitado',
    'buzón desactivado',
    'buzón suspendido',
    // Italian: "Account disabilitato", "Casella sospesa"
    'account disabilitato',
    'account disattivato',
    'account sospeso',
    'utente disabilitato',
    'casella sospesa',
    'casella disattivata',
  ],
  weak: [
    'is disabled',
    'has been disabled',
  ],
} as const satisfies PhraseSet;

/**
 * The recipient's mailbox or account itself blocked by its administrator ("Caixa postal bloqueada pelo
 * administrador"): tried before `filteredSender`, whose 'bloqueada pelo administrador' is a sender or
 * domain the recipient's administrator blocked.
 */
export const suspendByAdmin = {
  reason: 'suspend',
  phrases: [
    'caixa postal bloqueada pelo administrador',
    'caixa de correio bloqueada pelo administrador',
    'conta bloqueada pelo administrador',
    'conta de e-mail bloqueada pelo administrador',
  ],
} as const satisfies PhraseSet;

/**
 * Words that name the recipient: beside a code of the sender's own account (X.7.13 "User account
 * disabled", src/classify/status-reading.ts) they say the server means the recipient's mailbox
 * ("525 5.7.13 Disabled recipient address"), so the text's phrases decide.
 */
export const NAMES_RECIPIENT = withUnaccented([
  'recipient', 'rcpt', 'mailbox', 'destinatário', 'caixa postal', 'caixa de correio', 'destinataire', 'empfänger',
]);
