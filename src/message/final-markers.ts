// The sending server's own words in a notice that reports a final failure: it will not try again.
// Such a notice without DSN fields is read as Action: failed, as its DSN would say; a cause that is only
// ever temporary (a connection timed out) then means the server retried until its queue time ran out.

/**
 * The first line of Postfix's failure template (bounce(5): "I'm sorry to have to inform you that your
 * message could not / be delivered to one or more recipients"; its delay template starts "THIS IS A
 * WARNING ONLY"), qmail's "I'm not going to try again", Exim's "This is a permanent error" (and cPanel's
 * Portuguese of it); Gmail's "Message not delivered" notice ("There was a problem delivering your message
 * to", where its delay says "a temporary problem") and Microsoft 365's "Delivery has failed to these
 * recipients or groups" (its delay: "Delivery has been delayed"), in English and Portuguese, as a mail
 * client shows them; Windows' SMTP service and SendGrid (below). Each within one line: notices wrap their sentences.
 */
const FINAL_MARKERS: readonly string[] = [
  "i'm sorry to have to inform you that your message could not", "i'm not going to try again", 'this is a permanent error',
  'este é um erro permanente', 'este e um erro permanente',
  'there was a problem delivering your message to', 'houve um problema na entrega da sua mensagem',
  'delivery has failed to these recipients or groups', 'não foi possível entregar a mensagem para estes destinatários',
  'nao foi possivel entregar a mensagem para estes destinatarios',
  // Windows' SMTP service (IIS, Exchange 2003) after its retries ran out ("Unable to deliver message to the
  // following recipients, due to being unable to connect successfully to the destination mail server.";
  // its delay says "Delivery to the following recipients has been delayed"), SendGrid's failure notice
  "unable to deliver message to the following recipients", "i'm sorry to have to tell you that your message was not able to be",
];

export function noticeIsFinal(lowerNotice: string): boolean {
  return FINAL_MARKERS.some((m) => lowerNotice.includes(m));
}
