// The words with which a failure notice says that a message was not delivered, whatever the cause:
// message/looks-like-bounce.ts tells a notice by them, and the classifier reads no auto-reply's words
// ("no longer active") in a text that has them.
import { withUnaccented } from './without-accents.js';

/**
 * Words of a failure notice that a person may paste without headers or codes: the notice's own text
 * (Gmail's "Your message wasn't delivered to...", Microsoft 365's "Delivery has failed to these
 * recipients or groups"), also as their Portuguese interfaces write it, and without accents (as a
 * server writes them in ASCII: "A mensagem nao pode ser entregue").
 */
export const FAILURE_NOTICE_MARKERS: readonly string[] = withUnaccented([
  'could not be delivered', 'was not delivered', "wasn't delivered", "wasn't able to deliver", 'delivery has failed',
  'delivery to the following', 'permanent error', 'permanent fatal error', 'unable to deliver', 'undeliverable',
  'delivery failed', 'message not delivered', 'returned to sender', 'could not deliver', 'failed to deliver',
  'did not reach', "couldn't be delivered", 'not be delivered', 'problem delivering your message',
  // Amazon SES, and servers built on it: "An error occurred while trying to deliver the mail to the following recipients:"
  'error occurred while trying to deliver',
  // a sending service that did not send (Postmark's "Found inactive addresses: ..."), whose words may
  // quote a complaint ("a hard bounce or a spam complaint") that is no report of one
  'found inactive addresses',
  'mensagem não pôde ser entregue', 'não pôde ser entregue', 'não foi entregue', 'não foi possível entregar',
  'falha na entrega', 'a entrega falhou', 'mensagem não entregue', 'problema na entrega',
  // Gmail's "Mensagem bloqueada": it wraps every kind of refusal (content, DMARC, an attachment, a block
  // list), and says why only in the technical details below it
  'foi bloqueada. veja os detalhes', 'foi bloqueada. consulte os detalhes',
  // Outlook: "Your message did not reach some or all of the intended recipients", in Portuguese
  'não chegou a alguns ou a todos',
  'não pode ser entregue', // "A mensagem não pode ser entregue"
]) as readonly string[];
