// Challenge-response filters (Spam Arrest, TMDA, Boxbe, Brazilian providers' "anti-spam" with a
// confirmation page): the recipient's system holds a message from a sender it does not know and sends
// an automatic reply asking the sender to confirm once, through a link (often with the characters of
// an image); a message nobody confirms is discarded after some days. Read in decode-auto-reply.ts before
// the out-of-office reading, since these replies carry Auto-Submitted: auto-replied too.
//
// Sisimai has no reason for it. We say "filtered": the recipient's own filter stopped the message (not
// "onhold", Sisimai's name for a bounce whose reason could not be decided). The signature row
// 'challenge-response:held' (signatures/challenge-response.ts) gives it its own words, a temporary kind
// and the sender as the one who acts.
import type { PhraseSet } from './types.js';

export const challengeResponse = {
  reason: 'filtered',
  phrases: [
    'only from senders i have approved', 'list of approved senders', 'will be delivered once you verify',
    'will be delivered once you confirm', 'held pending your verification', 'held pending verification', 'held until you verify',
    'held until you confirm', 'awaiting your verification', 'verify that you are a real person', 'confirm that you are a real person',
    'está retida aguardando confirmação', 'retida aguardando a sua confirmação', 'retida aguardando sua confirmação',
    'exige que o remetente confirme', 'para que sua mensagem seja entregue, clique', 'para que sua mensagem seja entregue, basta',
    'esta confirmação é necessária apenas uma vez', 'lista de remetentes autorizados', 'lista de remetentes aprovados',
    'bloqueou temporariamente sua mensagem até que você confirme', 'será entregue assim que você confirmar',
  ],
} as const satisfies PhraseSet;

/**
 * Words before the address the held message was sent to ("Sua mensagem para gustavo@example.com.br está
 * retida", "Your message to bianca@example.net"): the recipient, where the reply's sender is the filter's
 * own address (antispam@, verify@). Lower case; the address follows within RECIPIENT_WINDOW characters.
 */
export const challengeRecipientMarkers: readonly string[] = [
  'your message to', 'your email to', 'your e-mail to', 'your mail to', 'your message sent to', 'your message for',
  'sua mensagem para', 'sua mensagem enviada para', 'seu e-mail para', 'seu email para', 'sua mensagem destinada a',
];
