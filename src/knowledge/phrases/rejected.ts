// Phrases that mean: the receiver refused the sender address.
// `phrases` are telling on their own; `weak` ones are tried only after every reason's `phrases` failed.
import type { PhraseSet } from './types.js';

export const rejected = {
  reason: 'rejected',
  phrases: [
    // 'sender address rejected' and 'sender verify failed' are in rejectedSenderDomain below, tried earlier
    'sender rejected',
    'sender denied',
    'sender not allowed',
    'sender is not allowed',
    'sender address is not allowed',
    'sender address not allowed',
    'sender domain is not allowed',
    'sender domain not allowed',
    'domain of sender',
    'invalid sender',
    'bad sender',
    'sender verification',
    'unverified sender',
    'envelope sender',
    'address rejected by sender',
    'your address has been blocked',
    'sender unknown',
    'unknown sender',
    'sender blacklisted',
    // the sender's address, not its IP (tried before blocked's 'blacklisted')
    'sender address is blacklisted',
    'sender address blacklisted',
    'sender is blacklisted',
    'sender blocked',
    'blocked sender',
    'rejected sender',
    'remetente rejeitado',
    'remetente inválido',
    'remetente bloqueado',
    'from: domain is invalid', // the From: header's domain
    'address that has been blacklisted', // the sender's address, not its IP
    'purported responsible address', // Sender ID: no responsible sender in the headers
    // lists and groups that take posts from their members only (Google Groups, fml, Mailman)
    'not have permission to post',
    'not a member of this mailing list',
    'not allowed to post to this mailing list', // Mailman: a post from a non-member, rejected
    // Microsoft 365: a group that takes mail from listed senders only (5.7.124)
    'sender not in allowed-senders list',
    // Exim: the callout to the sender's server did not complete ("451 Could not complete sender verify callout")
    'could not complete sender verify',
    // Portuguese (and Spanish) wording of servers that answer in those languages
    'remetente não autorizado',
    'remetente desconhecido',
    'remetente recusado',
    'remetente não permitido',
    'remetente não aceito',
    'remetente não tem permissão', // "O remetente não tem permissão para enviar para este endereço"
    // the sender's address on a list ("Remetente na lista negra"; its IP is blockedSendingHost's)
    'remetente na lista negra',
    'remetente em lista negra',
    'remetente está na lista negra',
    // "your address has been blocked": "Seu endereço de e-mail está bloqueado" (not "seu endereço IP")
    'seu endereço foi bloqueado',
    'seu endereço está bloqueado',
    'seu endereço de e-mail foi bloqueado',
    'seu endereço de e-mail está bloqueado',
    // Spanish, French, German, Italian: "Remitente rechazado", "Expéditeur refusé", "Absender abgelehnt"
    'remitente rechazado',
    'remitente no autorizado',
    // the sender's address on a list (its IP is blockedSendingHost's): "El remitente está en la lista negra"
    'remitente está en la lista negra',
    'remitente en lista negra',
    'expéditeur refusé',
    'expéditeur rejeté',
    'absender abgelehnt',
    'mittente rifiutato',
  ],
  weak: [
    'sender domain',
    'sender address',
    'not accept mail from',
    'from address',
  ],
} as const satisfies PhraseSet;

/**
 * Portuguese and Spanish words that name the sender (or its address: "endereço de remetente recusado",
 * "dirección de remitente rechazada") as refused or invalid, or its domain ("seu domínio", the receiver
 * speaking to the sender); not "endereço do remetente" alone, the label of a notice's field ("Endereço do
 * remetente: ...") above a recipient's own reason.
 */
const SENDER_REFUSED: readonly string[] = [
  'remetente recusado', 'remetente rejeitado', 'remetente não autorizado', 'remetente inválido', 'remetente não aceito',
  'remetente não permitido', 'domínio do remetente', 'seu domínio',
  'remitente rechazado', 'remitente rechazada', 'remitente no autorizado', 'remitente inválido', 'remitente no válido',
  'remitente no permitido', 'dominio del remitente', 'su dominio',
];

/** What a refusal of the sender says does not exist, after it: its domain, its user, its DNS record. */
const MISSING: readonly string[] = [
  'inexistente', 'não existe', 'não encontrad', 'não foi encontrad', 'não localizad', 'desconhecid', 'não possui servidor',
  'não tem servidor', 'não resolv', 'registro mx', 'no existe', 'no encontrad', 'no se encontr', 'desconocid',
];

/** Each SENDER_REFUSED followed by each MISSING, as ordered fragments. */
function senderRefusedBecauseMissing(): (readonly [string, string])[] {
  return SENDER_REFUSED.flatMap((refused) => MISSING.map((missing) => [refused, missing] as const));
}

/**
 * The sender's own domain or address, in words that would otherwise read as the recipient's ("sender
 * domain does not exist" holds "domain does not exist" of `hostunknown`): tried before `userunknown`
 * and `hostunknown`, so that the advice goes to the sender and not to the recipient.
 */
export const rejectedSenderDomain = {
  reason: 'rejected',
  phrases: [
    'sender address rejected',
    // Exim's callout to the sender's server failed: "550-Verification failed for <a@x> 550-Unrouteable
    // address 550 Sender verify failed" (the unrouteable address is the sender's)
    'sender verify failed',
    'sender verification failed',
    ['sender domain', 'does not exist'],
    // "Sender address (domain) does not exist": before userunknown's 'address does not exist'
    ['sender address', 'does not exist'],
    ['sender domain', 'not found'],
    ['sender domain', 'no mx'],
    ['sender domain', 'unknown'],
    ["sender's domain", 'does not exist'],
    ["sender's domain", 'not found'],
    ["sender's domain", 'no mx'],
    ['domain of sender', 'does not exist'],
    ['domain of sender', 'not found'],
    // "Não foi possível encontrar o domínio do remetente" (before hostunknown's 'não foi possível encontrar o domínio')
    'encontrar o domínio do remetente',
    'localizar o domínio do remetente',
    // and its address: "Não foi possível encontrar o endereço de e-mail do remetente" (before userunknown's)
    'encontrar o endereço de e-mail do remetente',
    'localizar o endereço de e-mail do remetente',
    'endereço de e-mail de retorno',
    // the sender refused, then why: its domain ("550 5.7.1 Sender rejected: domain has no MX record"; in
    // Portuguese and Spanish, senderRefusedBecauseMissing() below)
    ['sender rejected', 'no mx'], ['sender rejected', 'mx record'], ['sender rejected', 'does not exist'],
    ['sender rejected', 'domain not found'], ['invalid sender', 'no mx'], ['invalid sender', 'does not exist'],
    // the same in French (before hostunknown's ['le domaine', "n'existe pas"])
    ['expéditeur refusé', "n'existe pas"],
    // "sender unknown", before userunknown's 'não existe': "O endereço do remetente não existe"
    'remetente não existe',
    'remetente inexistente',
    'endereço do remetente rejeitado', // "sender address rejected"
    'endereço do remetente recusado',
    // "O remetente não corresponde ao usuário autenticado" ("sender does not match authenticated user")
    ['remetente não corresponde', 'autenticad'], // not SPF's "o IP do remetente não corresponde ao registro SPF"
    'não corresponde ao usuário autenticado',
    'endereço de remetente rejeitado',
    'endereço de remetente recusado', // Postfix's "Sender address rejected", as Brazilian hosts translate it
    'dirección de remitente rechazada',
    'dirección del remitente rechazada',
    // the sender refused, then why: something of it that does not exist ("Remetente rejeitado: domínio
    // inexistente", "Remitente rechazado: el dominio no existe", "Remetente inválido: domínio sem registro
    // MX"), before hostunknown's 'domínio inexistente' and userunknown's 'usuário inexistente', which
    // would send the advice to the recipient
    ...senderRefusedBecauseMissing(),
    'falha na verificação do remetente', // "sender verify failed"
    'verificação do remetente falhou',
    // French, German, Italian: the sender's domain, before hostunknown's ['le domaine', "n'existe pas"],
    // 'domain existiert nicht', ['il dominio', 'non esiste']
    ["domaine de l'expéditeur", "n'existe pas"],
    ['absenderdomain', 'existiert nicht'],
    ['absenderdomain', 'nicht gefunden'], // before hostunknown's 'domain nicht gefunden'
    ['dominio del mittente', 'non esiste'],
    // the sender's address, before userunknown's ["l'adresse", '@', 'est introuvable']
    ["adresse de l'expéditeur", 'introuvable'],
    ["adresse de l'expéditeur", "n'existe pas"],
    'absenderadresse unbekannt', // before userunknown's 'adresse unbekannt'
    'absenderadresse existiert nicht', // before userunknown's 'adresse existiert nicht'
    // GMX, Web.de: the sender's domain has no usable MX or address record
    'invalid dns mx or a/aaaa resource record',
    // Mimecast's 451: "Message temporarily deferred due to unresolvable RFC.5321 from address" (the envelope
    // sender's domain; read as the sending host's missing PTR by requireptr's weak 'unresolvable')
    ['unresolvable rfc', 'from address'],
    ['unresolvable rfc', 'from domain'],
    // "451 4.4.0 Sender domain unresolvable: example.net", "sender domain is unresolvable"
    ['sender domain', 'unresolvable'],
    ["sender's domain", 'unresolvable'],
  ],
} as const satisfies PhraseSet;

/**
 * The sender's own domain publishes a null MX, so no bounce could ever reach it (RFC 7505 §4.2: "550
 * 5.7.27 Sender address has null MX"). Tried before notaccept, whose 'null mx' is the recipient's domain.
 */
export const rejectedNullMxSender = {
  reason: 'rejected',
  phrases: [
    ['sender address', 'null mx'],
    ['sender domain', 'null mx'],
    ["sender's domain", 'null mx'],
    ['domínio do remetente', 'null mx'],
  ],
} as const satisfies PhraseSet;
