// Phrases that mean: the receiver refused the sending server.
// `phrases` are telling on their own; `weak` ones are tried only after every reason's `phrases` failed.
import type { PhraseSet } from './types.js';

export const blocked = {
  reason: 'blocked',
  phrases: [
    // a server that answered refusing the client by its policy ("554 5.7.1 Connection refused by security
    // policy"): no connection failed, which 'connection refused' alone says (networkerror)
    // (the policy right after: "connection refused by mx.example.com. See our sending policy" is a network error)
    'connection refused by policy', 'connection refused by security policy', 'connection refused due to policy',
    'connection refused due to security policy', 'conexão recusada pela política', 'conexão recusada por política',
    'blocked using',
    'blacklisted',
    'blacklist',
    'blocklist',
    'block list',
    'dnsbl',
    'spamhaus',
    'spamcop',
    'sorbs',
    'client host rejected',
    'not accepting connections',
    'dial-up',
    'dialup',
    'lista negra',
    'lista de bloqueio',
    'service refuse',
    'service refusé',
    'please use the smtp server of your isp', // direct-to-MX mail from an end-user network refused
    'which is an open relay', // the sending host is listed as an open relay
    // the sending IP itself refused ("Your IP has been blocked due to excessive spam"): the block is the
    // news, whatever word gives its cause
    'ip has been blocked',
    'ip address has been blocked',
    'ip address is blocked',
    'ip is blocked',
    // the sending server named as such: "Your mail server has been blocked due to excessive spam"
    'server has been blocked',
    'server is blocked',
    // Barracuda: the sending IP refused for a while ("421 4.7.1 Intrusion prevention active for [192.0.2.1]")
    'intrusion prevention active',
    'will be permanently deferred', // Yahoo: "All messages from 192.0.2.1 will be permanently deferred"
    'block for spam', // Comcast's own block list (BL000000): "Comcast block for spam"
    // Cisco IronPort (Secure Email): the sending IP refused by the receiver's host access table
    'your access to submit messages',
    // Outlook.com: "You can tell them that Outlook.com does not relay dynamically-assigned IP ranges"
    'dynamically-assigned ip',
    // Portuguese (and Spanish) wording of servers that answer in those languages
    'ip bloqueado',
    'endereço ip bloqueado',
    // "Seu IP 192.0.2.1 foi bloqueado por envio de spam": the block is the news, spam its cause
    ['seu ip', 'bloquead'],
    ['o ip', 'bloquead'],
    // a sending IP of a home connection: "Envio recusado: IP dinâmico/residencial"
    'ip dinâmico',
    'ip residencial',
    'ips dinâmicos',
    'servidor bloqueado',
    // "IP 192.0.2.1 bloqueado por envio de spam", "Servidor bloqueado por enviar spam": the block is the news,
    // spam its cause (the sender's own account is "sua conta ...", the sending-limit:account-blocked signature)
    'bloqueado por envio de spam',
    'bloqueado por enviar spam',
    'está em lista negra',
    'listado em',
    // "Seu IP 192.0.2.10 está listado na base de reputação" (an IP named in the sentence; "o IP não está listado
    // no SPF" is authfailure's, read first)
    [' ip ', 'listado n'],
    // the sending IP on a list, in French and German: "Votre adresse IP 192.0.2.10 est listée sur une
    // liste noire", "Ihre IP-Adresse 192.0.2.10 ist auf einer Sperrliste eingetragen"
    ['adresse ip', 'liste noire'],
    ['ip-adresse', 'sperrliste'],
    ['ip-adresse', 'blacklist'],
    ['ip-adresse', 'blockliste'],
    // Spanish: "Dirección IP bloqueada"
    'dirección ip bloqueada',
    ['su dirección ip', 'bloquead'], // "Su dirección IP está bloqueada"
  ],
  weak: [
    // "bloqueado" alone says nothing of what was blocked ("Bloqueado: conteúdo identificado como phishing")
    'bloqueado',
    'blocked by',
    'rbl',
    'listed in',
    'listed on',
    'listed at',
    'access denied',
    'acesso negado',
    'connection refused',
    'conexão recusada', // as the English: a block only when no other words say why (see networkerror)
    'refused',
    'your ip',
    'ip address',
    'banned',
    'blocked',
    'block',
    'denied',
    'dynamic ip',
    'residential',
    'ip frequency',
    'connection frequency',
    'not allowed',
  ],
} as const satisfies PhraseSet;

/**
 * The sending server's HELO name refused (Postfix's "Helo command rejected: Host not found", "need
 * fully-qualified hostname"): tried before `hostunknown`, whose "host not found" names the sender's
 * host here, not the recipient's domain.
 */
export const blockedHelo = {
  reason: 'blocked',
  phrases: [
    'helo command rejected',
    'ehlo command rejected',
    // Portuguese: "HELO inválido", "EHLO rejeitado"
    'helo inválido',
    'ehlo inválido',
    'helo rejeitado',
    'ehlo rejeitado',
    'helo recusado',
    'ehlo recusado',
  ],
} as const satisfies PhraseSet;

/**
 * The sending server or its IP named as the sender's ("Servidor remetente bloqueado", "IP do remetente
 * está na lista negra"), or an IP named as listed on a block list: tried before `rejected`, whose
 * 'remetente bloqueado' and 'remetente na lista negra' are the sender's address, and whose 'remetente não
 * autorizado' only opens "Remetente não autorizado. Seu IP 192.0.2.1 está listado em uma blacklist".
 */
export const blockedSendingHost = {
  reason: 'blocked',
  phrases: [
    // an IP named, then the list it is on ("o IP 192.0.2.1 consta na lista negra", "IP listado em RBL", "your
    // IP is on our blocklist"); "o IP não está listado no SPF" is authfailure's, read first
    [' ip ', 'listado'],
    [' ip ', 'listada'], // Spanish: "su IP está listada en"
    [' ip ', 'blacklist'],
    [' ip ', 'black list'],
    [' ip ', 'blocklist'],
    [' ip ', 'block list'],
    [' ip ', 'lista negra'],
    [' ip ', 'lista de bloqueio'],
    [' ip ', 'rbl'],
    [' ip ', 'lista de spam'], // "seu endereço IP 192.0.2.1 consta em listas de SPAM" (not spamdetected's 'spam')
    [' ip ', 'listas de spam'],
    'dnsbl', // a list of IPs by nature
    ['servidor remetente', 'bloquead'],
    ['servidor do remetente', 'bloquead'],
    ['ip do remetente', 'bloquead'],
    ['servidor remetente', 'lista negra'],
    ['servidor do remetente', 'lista negra'],
    ['ip do remetente', 'lista negra'],
    ['ip do remetente', 'lista de bloqueio'],
    // Spanish: "Servidor remitente en lista negra", "IP del remitente en lista negra" (before rejected's
    // 'remitente en lista negra', the sender's address)
    ['servidor remitente', 'lista negra'],
    ['servidor del remitente', 'lista negra'],
    ['ip del remitente', 'lista negra'],
  ],
} as const satisfies PhraseSet;
