// Phrases that mean: the sender hit a limit on messages, recipients or connections.
// `phrases` are telling on their own; `weak` ones are tried only after every reason's `phrases` failed.
import type { PhraseSet } from './types.js';

export const ratelimited = {
  reason: 'ratelimited',
  phrases: [
    'rate limit',
    'rate-limit',
    'ratelimit',
    'too many connections',
    'too many messages',
    'too many recipients',
    'too many concurrent',
    'too many sessions',
    'too many mails',
    'connection rate',
    'frequency limited',
    'sending limit',
    'receiving mail at a rate',
    'rate that prevents',
    'receiving limit',
    // Microsoft 365: "Recipient's per hour message receive limit from specific sender exceeded" (5.2.121)
    'message receive limit',
    // Microsoft 365: "you've reached your daily limit for message recipients" (5.1.90)
    'reached your daily limit',
    // Microsoft 365's throttling of a new or suspicious sender without its 451 4.7.500 (the codes make it
    // its signature's): "Server busy. Please try again later from [192.0.2.10]. (S77719)" (read as no failure)
    ['server busy', 'try again later from'],
    'throttled',
    'throttling',
    'please slow down',
    'slow down',
    'exceeded the rate',
    'receivingrate',
    'too fast',
    'max connections',
    'too many open connections',
    'maximum connections', // "421 Maximum connections per IP exceeded"
    'maximum number of connections', // "421 4.7.0 Maximum number of connections exceeded"
    'connections per ip',
    'too many simultaneous connections',
    // Exchange: "421 4.3.2 The maximum number of concurrent server connections has exceeded a limit"
    // (its 4.3.2 alone reads as a busy server); "Concurrent connections limit exceeded"
    'concurrent connections',
    'concurrent server connections',
    'concurrent smtp connections',
    'simultaneous connections',
    // "You have exceeded the allowed number of messages per hour", "Sending rate exceeded"
    'messages per hour',
    'messages per day',
    'sending rate',
    'rate exceeded',
    'connection limit',
    // cPanel's Exim ratelimit ACL: "451 The server has reached its limit for processing requests from your
    // host. Please try again later." (read as no reason)
    'limit for processing requests',
    'resources temporarily unavailable',
    'quota de envio',
    // Portuguese (and Spanish) wording of servers that answer in those languages
    'limite de envio',
    'excedeu o limite de envio',
    'muitas mensagens',
    'muitas conexões',
    'conexões simultâneas',
    'excesso de conexões',
    'limite de conexões',
    'muitos destinatários',
    'destinatários demais', // "too many recipients"
    'mensagens demais', // "o destinatário recebeu mensagens demais nos últimos 10 minutos"
    'muitas tentativas de entrega',
    'muitas tentativas de conexão',
    'too many connection attempts',
    'taxa de envio',
    'cota de envio',
    'limite de mensagens por hora',
    'limite de mensagens por dia',
    'limite diário de envio',
    'excedeu o limite de mensagens',
    'limite de taxa', // rate limit
    'limite de recebimento',
    'rápido demais', // "too fast": "Você está enviando mensagens rápido demais"
    'mensagens muito rápido', // "Você está enviando mensagens muito rápido"
    'número máximo de destinatários', // "Número máximo de destinatários excedido"
    'número máximo de conexões',
    'muitos e-mails', // "too many mails": "Você está enviando muitos e-mails"
    'excesso de destinatários',
    'limite de destinatários',
    'maximum number of recipients',
    // French and German: "Trop de connexions simultanées", "Zu viele Verbindungen von Ihrer IP-Adresse"
    'trop de connexions',
    'trop de messages',
    'zu viele verbindungen',
    'zu viele nachrichten',
    // Spanish: "Demasiadas conexiones desde su IP", "Demasiados destinatarios", "Ha superado el límite de envío"
    'demasiadas conexiones',
    'demasiados destinatarios',
    'conexiones permitidas', // "Se han excedido las conexiones permitidas desde su IP"
    'límite de conexiones',
    'demasiados correos',
    'demasiados mensajes',
    'límite de envío',
    // French, German, Italian, Dutch: too many recipients or connections
    'trop de destinataires',
    'nombre maximal de destinataires',
    'nombre de connexions', // "Nombre de connexions dépassé"
    'zu viele empfänger',
    'gleichzeitige verbindungen', // "Zu viele gleichzeitige Verbindungen"
    'troppe connessioni',
    'troppi destinatari',
    'troppi messaggi',
    'te veel verbindingen',
  ],
  weak: [
    'temporarily deferred',
    'limit exceeded',
    'too many errors',
    'too much mail',
    'excessive',
  ],
} as const satisfies PhraseSet;

/**
 * A sender cut off for sending to too many bad addresses ("421 Too many invalid recipients"): tried
 * before `userunknown`, whose "invalid recipient" it holds; no address here is known not to exist.
 */
export const ratelimitedBadRecipients = {
  reason: 'ratelimited',
  phrases: [
    'too many invalid recipients',
    'too many bad recipients',
    'too many unknown recipients',
    'too many recipient errors',
  ],
} as const satisfies PhraseSet;

/**
 * A limit on sending, in words that would otherwise read as a full mailbox ("Sending quota exceeded"
 * holds mailboxfull's "quota exceeded") or as a message too large ("a lista de destinatários é grande
 * demais" holds emailtoolarge's "é grande demais"): tried before `mailboxfull` and `emailtoolarge`.
 */
export const ratelimitedSending = {
  reason: 'ratelimited',
  phrases: [
    'sending quota',
    'outbound quota',
    'excedida para envio', // "quota excedida para envio de mensagens"
    'cuota de envío', // Spanish: "Ha excedido su cuota de envío" (before mailboxfull's 'excedió su cuota')
    ['lista de destinatários', 'grande demais'],
    'destinatários é grande demais', // "o número de destinatários é grande demais"
  ],
} as const satisfies PhraseSet;
