// Phrases that mean: a network or DNS problem stopped the delivery.
// `phrases` are telling on their own; `weak` ones are tried only after every reason's `phrases` failed.
import type { PhraseSet } from './types.js';
import { withUnaccented } from './without-accents.js';

export const networkerror = {
  reason: 'networkerror',
  phrases: [
    'host not reachable',
    'not reachable',
    'connection timed out',
    // Portuguese
    'não foi possível conectar',
    'não foi possível estabelecer conexão',
    'não foi possível estabelecer uma conexão',
    'tempo de conexão esgotado',
    'conexão expirou',
    'tempo limite de conexão',
    'tempo limite da conexão',
    // Spanish: "Se agotó el tiempo de espera al conectar", "No se pudo establecer conexión con el servidor"
    'se agotó el tiempo de espera',
    'tiempo de espera agotado',
    'tiempo de conexión agotado',
    'no se pudo establecer conexión',
    'no se pudo establecer la conexión',
    'tempo esgotado para conexão',
    'nenhuma rota para o host', // no route to host
    'sem rota para o host',
    'rede está fora de alcance', // network is unreachable
    'rede inacessível',
    'host inacessível',
    'servidor inacessível',
    'conexão perdida',
    'conexão interrompida',
    'conexão redefinida', // connection reset
    'conexão recusada', // connection refused (the sockets layer's ECONNREFUSED in Portuguese)
    'recusou a conexão', // a notice's "o servidor de destino recusou a conexão"
    'falha na conexão com o host', // "Falha na conexão com o host remoto: 203.0.113.9 (mx.example.com.br)"
    'conexão fechada pela outra ponta',
    'sem resposta do servidor', // "Sem resposta do servidor de destino"
    'servidor de destino não responde',
    'falha temporária na resolução', // "falha temporária na resolução de nome": a DNS lookup that failed
    'connection reset',
    'lost connection',
    // Exim: "Remote host mx.example.com [192.0.2.20] closed connection in response to initial connection",
    // "host lookup did not complete" (a DNS lookup that timed out)
    'closed connection in response',
    'host lookup did not complete',
    'no route to host',
    'network is unreachable',
    'could not connect',
    'unable to connect',
    'connection refused',
    'name server',
    'temporary lookup failure',
    'host is unreachable',
    'broken pipe',
    'connection dropped',
    'too many hops',
    'message probably in a routing loop', // Lotus Domino, after "Maximum hop count exceeded"
    'hop count exceeded', // X.4.6: a routing loop between servers
    // OpenSMTPD: "Network error on destination MXs", "Temporary failure in MX lookup"; the resolver's
    // "Temporary failure in name resolution" (EAI_AGAIN)
    'network error',
    'temporary failure in mx lookup',
    'temporary failure in name resolution',
    'dns lookup failure', // "451 4.4.3 DNS lookup failure, try again later"
    'dns lookup failed',
    // qmail: "Connected to 192.0.2.5 but connection died", "Sorry, I wasn't able to establish an SMTP
    // connection"; Sendmail: "451 4.4.1 reply: read error from mx.example.com"
    'connection died',
    'establish an smtp connection',
    'reply: read error',
  ],
  weak: [
    'timed out',
    'timeout',
    'connect to',
    'dns',
    'unreachable',
    'connection closed',
    // "Remote host closed connection", "The remote server closed the connection unexpectedly"
    'closed connection',
    'closed the connection',
    'conexão encerrada',
    // "Tempo esgotado ao aguardar resposta do servidor", "Tempo limite esgotado ao conectar" (as 'timed out')
    'tempo esgotado',
    'tempo limite esgotado',
  ],
} as const satisfies PhraseSet;

/**
 * Postfix's words for a DNS lookup that failed for now (dns_strerror: TRY_AGAIN is "Host not found, try
 * again", after "Host or domain name not found. Name service error for name=..."), not a domain that is
 * not there: tried before `hostunknown`, whose 'host not found' they hold, and qmail's lookup that failed
 * for now, tried before `requireptr`, whose 'name lookup failed' it holds.
 */
export const DNS_TRY_AGAIN = ['host not found, try again', 'malformed or unexpected name server reply'] as const;

export const networkerrorDnsTemporary = {
  reason: 'networkerror',
  phrases: [
    ...DNS_TRY_AGAIN,
    // qmail: "CNAME lookup failed temporarily. (#4.4.3)" (not requireptr's 'name lookup failed', tried later)
    'cname lookup failed',
    'lookup failed temporarily',
  ],
} as const satisfies PhraseSet;

/**
 * The host never answered (RFC 3463 X.4.1): no connection could be made at all. A server retries
 * such a failure for days, so a notice that reports it as final (without a code) means the message
 * expired in the queue; a lost connection (X.4.2), a DNS error (X.4.3) or a loop (X.4.6) is told as it is.
 */
export const NO_ANSWER_PHRASES: readonly string[] = [
  'connection timed out', 'connection refused', 'no route to host', 'network is unreachable', 'host is unreachable',
  'could not connect', 'unable to connect',
  // Portuguese, also without accents (this list is searched as it is, not through phraseSetWithUnaccented)
  ...withUnaccented([
    'não foi possível conectar', 'não foi possível estabelecer conexão', 'não foi possível estabelecer uma conexão',
    'tempo de conexão esgotado', 'tempo limite de conexão', 'tempo esgotado para conexão',
    'nenhuma rota para o host', 'sem rota para o host', 'rede está fora de alcance', 'rede inacessível', 'host inacessível',
  ]) as readonly string[],
];
