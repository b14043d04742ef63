// Phrases that mean: the recipient domain does not exist or has no mail server.
// `phrases` are telling on their own; `weak` ones are tried only after every reason's `phrases` failed.
import type { Pattern } from '../signatures/types.js';
import type { PhraseSet } from './types.js';

/**
 * Sendmail's words for a DNS answer of TRY_AGAIN ("Deferred: Name server: example.com.: host name lookup
 * failure"; a domain that does not exist is its "Host unknown"): read as hostunknown, then told as the
 * network error it is (classify.ts), also where no code says the failure was temporary.
 */
export const LOOKUP_TRY_AGAIN: readonly string[] = [
  'host name lookup failure',
  // the same in Portuguese notices: "Não foi possível encontrar o domínio x no momento (erro temporário de DNS)"
  'erro temporário de dns', 'erro temporário no dns', 'falha temporária de dns', 'falha temporária na consulta dns', 'falha temporária na consulta de dns',
];

export const hostunknown = {
  reason: 'hostunknown',
  phrases: [
    ...LOOKUP_TRY_AGAIN,
    'host unknown',
    'host not found',
    'unknown host',
    'name service error',
    'domain not found',
    // SendGrid's invalid-email list and dropped events: "Mail domain mentioned in email address is unknown"
    'mail domain mentioned in email address is unknown',
    'domain does not exist',
    'no such domain',
    'unrouteable mail domain',
    // Exim: no router took the address, for a remote domain because it is not in the DNS (an unknown
    // local user says "Unknown user" instead)
    'unrouteable address',
    'host or domain name not found',
    'unknown domain',
    'domain name not found',
    'no mx record',
    ['dns lookup failure: host', 'not found'], // DragonFly Mail Agent: the domain does not resolve
    'no mail exchanger',
    'nxdomain',
    'no valid mx',
    'domain unknown',
    'illegal host/domain name',
    'the domain does not exist',
    'mx records point to non-existent hosts',
    // the resolver's "Name or service not known" (EAI_NONAME); qmail's "Sorry, I couldn't find any host
    // named example.com" and "couldn't find a mail exchanger or IP address"; Exchange's
    // "SMTPSEND.DNS.NonExistentDomain; nonexistent domain" (a DNS answer for now, when temporary, is a network error)
    'name or service not known',
    "couldn't find any host",
    "couldn't find a mail exchanger",
    'nonexistent domain',
    'non-existent domain', // Exim: "all relevant MX records point to non-existent hosts"
    // Exchange, Microsoft 365: "550 5.4.310 DNS domain example.com does not exist [Message=InfoDomainNonexistent]"
    'infodomainnonexistent',
    ['dns domain', 'does not exist'],
    // Gmail: "Your message wasn't delivered to ana@example.com because the domain example.com couldn't
    // be found", and in its Portuguese; the title over it says "Address not found"
    ['because the domain', "couldn't be found"],
    ['because the domain', 'could not be found'],
    ['porque o domínio', 'não foi encontrado'],
    ['porque o domínio', 'não existe'],
    // a mail client's or webmail's notice: "Não foi possível encontrar o domínio example.com.br" (the
    // sender's domain is rejectedSenderDomain's, tried earlier)
    'não foi possível encontrar o domínio',
    'não foi possível localizar o domínio',
    // Exim's "Unrouteable address" / "unrouteable mail domain", in Portuguese
    'endereço não roteável',
    'domínio não roteável',
    // the recipient's domain named as such is hostunknownRecipientDomain's, below
    ['o domínio', 'não existe'], // "O domínio example.com.br não existe"
    // "Nenhum servidor de e-mail encontrado para o domínio example.com.br" (no MX, no A)
    'nenhum servidor de e-mail encontrado',
    'nenhum servidor de email encontrado',
    'domínio de destino não encontrado',
    'domínio de destino inexistente',
    'domínio de destino não existe',
    'domínio de destino inválido',
    'domínio inexistente',
    'domínio não encontrado',
    // Portuguese (and Spanish) wording of servers that answer in those languages
    'domínio não existe',
    'domínio desconhecido',
    // "no MX record": "Nenhum registro MX encontrado para example.com.br" (the sender's domain is
    // rejectedSenderDomain's, tried earlier)
    'nenhum registro mx',
    'registro mx não encontrado',
    'não foi encontrado registro mx',
    'não foi encontrado nenhum registro mx',
    'sem registro mx',
    // "O domínio example.com.br não possui registro MX", "... não tem registros MX"
    'não possui registro mx',
    'não possui registros mx',
    'não possui nenhum registro mx',
    'não tem registro mx',
    'não tem registros mx',
    'host desconhecido',
    'dominio no existe',
    // Spanish: "Dominio no encontrado", "El dominio example.com no existe", "No se encontró ningún registro
    // MX para el dominio" (the sender's domain is rejectedSenderDomain's, tried earlier)
    'dominio no encontrado',
    'dominio desconocido',
    'dominio de correo inexistente',
    ['el dominio', 'no existe'],
    'no existe el dominio',
    'ningún registro mx',
    // French: "Domaine inexistant", "Le domaine example.com n'existe pas"
    'domaine inexistant',
    'domaine inconnu',
    'domaine introuvable',
    ['le domaine', "n'existe pas"],
    // German: "Domain existiert nicht", "Unbekannte Domain"
    'domain existiert nicht',
    'unbekannte domain',
    'domain nicht gefunden',
    // Italian: "Dominio inesistente", "Il dominio non esiste"
    ['il dominio', 'non esiste'],
    'dominio inesistente',
    'dominio non trovato',
  ],
  weak: [
    'dominio no válido', // Spanish, as 'domínio inválido': the recipient's or the sender's
    'invalid domain',
    'domínio inválido',
    'domain is not',
    'recipient domain',
  ],
} as const satisfies PhraseSet;

/**
 * The recipient's domain named as such ("Domínio do destinatário não encontrado/inválido"): tried before
 * `userunknown`, whose 'destinatário não encontrado' and 'destinatário inválido' these hold.
 */
export const hostunknownRecipientDomain = {
  reason: 'hostunknown',
  phrases: [
    ['domínio do destinatário', 'não existe'],
    ['domínio do destinatário', 'não encontrado'],
    ['domínio do destinatário', 'não foi encontrado'],
    ['domínio do destinatário', 'inválido'],
    ['domínio do destinatário', 'inexistente'],
    ['domínio do destinatário', 'desconhecido'],
    // Spanish: "Dominio del destinatario no válido"
    ['dominio del destinatario', 'no válido'],
    ['dominio del destinatario', 'no encontrado'],
    ['dominio del destinatario', 'no existe'],
    ['dominio del destinatario', 'inexistente'],
    ['dominio del destinatario', 'desconocido'],
  ],
} as const satisfies PhraseSet;

/**
 * Words that say the recipient's domain does not exist at all (the DNS answered NXDOMAIN): nobody on the
 * recipient's side can fix a name that is not there, so only the sender acts (fix the typo, or remove the
 * address). Not Postfix's "Host or domain name not found", which it writes for a name with no record of
 * the type asked too ("Host found but no data record of requested type").
 */
export const NO_SUCH_DOMAIN: readonly Pattern[] = [
  'nxdomain',
  // Postfix "Name service error for name=examplle.com type=MX: Host not found", Sendmail "Host unknown
  // (Name server: examplle.com: host not found)"
  'host not found',
  'host unknown',
  'unknown host',
  'no such domain',
  'domain not found',
  'domain does not exist',
  'unknown domain',
  'domain unknown',
  'nonexistent domain',
  'non-existent domain',
  'infodomainnonexistent',
  ['dns domain', 'does not exist'],
  'name or service not known',
  "couldn't find any host named",
  ['dns lookup failure: host', 'not found'], // DragonFly Mail Agent's EAI_NONAME
  ['because the domain', "couldn't be found"],
  ['because the domain', 'could not be found'],
  ['porque o domínio', 'não foi encontrado'],
  ['porque o domínio', 'não existe'],
  ['o domínio', 'não existe'],
  'domínio inexistente',
  'domínio não existe',
  'domínio não encontrado',
  'domínio de destino não encontrado',
  'não foi possível encontrar o domínio',
];

/**
 * Words that say the domain exists but has no mail server that works: its DNS fails (SERVFAIL), its MX
 * points to names that do not exist, it has no record of the type asked (Postfix's NODATA), or it says it
 * takes no mail (a null MX, RFC 7505). The recipient's admin has something to fix; these win over
 * NO_SUCH_DOMAIN ("Host unknown: all relevant MX records point to non-existent hosts").
 */
export const DOMAIN_WITHOUT_MAIL: readonly Pattern[] = [
  'servfail',
  'mx records point to',
  'no data record of requested type',
  'host found but no data',
  'does not accept mail',
  'null mx',
  'nullmx',
];

/** The evidence rules of the two cases (classify.ts readDomainState): who acts and the admin's words follow them. */
export const NONEXISTENT_DOMAIN_RULE = 'domain:nonexistent';
export const NO_MAIL_SERVER_RULE = 'domain:no-mail-server';
