// Phrases that mean: the sending server gave up after retrying for too long.
// `phrases` are telling on their own; `weak` ones are tried only after every reason's `phrases` failed.
import type { PhraseSet } from './types.js';

export const expired = {
  reason: 'expired',
  phrases: [
    'will be retried',
    'did not accept our requests to connect',
    'have been failing for a long time',
    'unable to deliver in',
    'not yet been delivered',
    'delivery time expired',
    'retry timeout exceeded',
    'retry time not reached',
    'message expired',
    'giving up',
    'gave up',
    'was not delivered within',
    ['delivery failed', 'attempts'], // Ipswitch IMail: "Delivery failed 20 attempts: ana@example.com"
    'queue too long',
    'retry limit',
    'unable to deliver for',
    'delivery period',
    'still undelivered after', // Sendmail: "Warning: message still undelivered after 4 hours"
    'will be deleted from queue', // Sendmail: "Message could not be delivered for 5 days"
    // Sendmail's status once the queue time ran out: "Cannot send message for 5 days" (read as no failure)
    ['cannot send message for', ' day'],
    ['cannot send message for', ' hour'],
    'enqueued and undeliverable for', // Oracle Messaging Server: "...undeliverable for 1 day"
    // Portuguese
    'tempo de entrega esgotado',
    'prazo de entrega esgotado',
    'prazo de entrega expirou',
    ['não foi possível entregar', 'nos últimos'], // "... nos últimos 5 dias"
    'não aceitou nossas solicitações de conexão', // "did not accept our requests to connect"
    'parou de tentar', // "o servidor tentou entregar esta mensagem, sem sucesso, e parou de tentar"
    'desistiu de entregar',
    'desistiu de tentar',
    ['não entregue', 'após várias tentativas'], // "mensagem não entregue após várias tentativas"
    'não foi entregue dentro do prazo',
    'expirou na fila',
    'expirada na fila',
    'tempo máximo na fila',
    // "A mensagem não pôde ser entregue após 5 dias de tentativas", "removida da fila após 5 dias"
    'dias de tentativas',
    'removida da fila após',
    ['não', 'entregue após várias tentativas'], // "não pôde ser entregue após várias tentativas"
    'tempo demais na fila', // "A mensagem ficou tempo demais na fila e foi devolvida"
    // Zimbra's and Postfix's Portuguese: "Tempo de entrega expirado", "Mensagem expirada"
    'tempo de entrega expirado',
    'prazo de entrega expirado',
    'tempo limite de entrega esgotado',
    'mensagem expirada',
    'prazo para entrega da mensagem expirou',
    ['ficou na fila por', 'dias'], // "A mensagem ficou na fila por 5 dias"
    'a mensagem expirou', // Microsoft 365: "A mensagem expirou" (message expired)
    // Spanish: "No se pudo entregar el mensaje después de 5 días", "El mensaje ha expirado en la cola"
    ['no se pudo entregar', 'después de', 'días'],
    'expirado en la cola',
    ['entregado', 'tras varios intentos'], // "El mensaje no pudo ser entregado tras varios intentos"
    // French, German, Italian: "n'a pas pu être distribué après 5 jours", "konnte nach 5 Tagen nicht
    // zugestellt werden", "non è stato consegnato dopo 5 giorni"
    ['pas pu être distribué après', 'jours'],
    ['konnte nach', 'tagen nicht zugestellt'],
    ['non è stato consegnato dopo', 'giorni'],
  ],
  weak: [
    'has expired',
    'expired',
    'could not be delivered for',
    'delivery attempts',
    'maximum time',
    'time limit',
    'too old',
    'failed after',
    'tentativas de entrega',
  ],
} as const satisfies PhraseSet;
