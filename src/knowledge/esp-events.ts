// The fields of the bounce events that e-mail sending services (ESPs) send to webhooks or export as
// JSON: where each names the recipient, the server's reply and the kind of event. A newsletter sender
// pastes these instead of a bounce e-mail. src/reply/esp-events.ts reads them; a new service is a row.

export interface EspEventFormat {
  id: string;
  /** Fields (anywhere in an event object, or in one object nested in it) that hold the recipient. */
  recipient: readonly string[];
  /** Fields that hold the remote server's reply or the service's words for the failure, best first. */
  diagnostic: readonly string[];
  /** Fields that hold a reply code (550) or an enhanced status (5.1.1) apart from the words. */
  codes: readonly string[];
  /** Field that names the event, and its values that are no failure (deliveries, opens, clicks). */
  event: readonly string[];
  source: string;
}

export const ESP_EVENT_FORMATS = [
  {
    // [{"email": "...", "event": "bounce", "type": "bounce", "status": "5.1.1", "reason": "550 5.1.1 ..."},
    //  {"email": "...", "event": "deferred", "response": "452 4.2.2 ..."}, {"event": "dropped", "reason": "Bounced Address"}]
    id: 'sendgrid', recipient: ['email'], diagnostic: ['reason', 'response'], codes: ['status'], event: ['event'],
    source: 'https://www.twilio.com/docs/sendgrid/for-developers/tracking-events/event',
  },
  {
    // {"event-data": {"event": "failed", "severity": "permanent", "recipient": "...",
    //  "delivery-status": {"code": 550, "message": "5.1.1 ...", "description": ""}}}
    id: 'mailgun', recipient: ['recipient'], diagnostic: ['message', 'description'], codes: ['code', 'enhanced-code'], event: ['event'],
    source: 'https://documentation.mailgun.com/docs/mailgun/user-manual/events/',
  },
  {
    // {"RecordType": "Bounce", "Type": "HardBounce", "Email": "...", "Details": "smtp;550 5.1.1 ...", "Description": "..."}
    id: 'postmark', recipient: ['Email'], diagnostic: ['Details', 'Description'], codes: [], event: ['RecordType'],
    source: 'https://postmarkapp.com/developer/webhooks/bounce-webhook',
  },
  {
    // [{"msys": {"message_event": {"type": "bounce", "rcpt_to": "...", "error_code": "550", "raw_reason": "550 5.1.1 ..."}}}]
    id: 'sparkpost', recipient: ['rcpt_to', 'raw_rcpt_to'], diagnostic: ['raw_reason', 'reason'], codes: ['error_code'], event: ['type'],
    source: 'https://developers.sparkpost.com/api/webhooks/',
  },
  {
    // [{"event": "hard_bounce", "msg": {"email": "...", "diag": "smtp;550 5.1.1 ...", "bounce_description": "bad_mailbox"}}]
    id: 'mandrill', recipient: ['email'], diagnostic: ['diag', 'bounce_description'], codes: [], event: ['event'],
    source: 'https://mailchimp.com/developer/transactional/docs/webhooks/',
  },
  {
    // {"event": "hard_bounce", "email": "...", "reason": "..."}
    id: 'brevo', recipient: ['email'], diagnostic: ['reason'], codes: [], event: ['event'],
    source: 'https://developers.brevo.com/docs/transactional-webhooks',
  },
  {
    // {"notificationType": "Bounce", "bounce": {"bouncedRecipients": [{"emailAddress": "...", "status": "5.1.1",
    //  "diagnosticCode": "smtp; 550 5.1.1 user unknown"}]}} (SNS; EventBridge says "eventType")
    id: 'amazonses', recipient: ['emailAddress'], diagnostic: ['diagnosticCode'], codes: ['status'], event: ['notificationType', 'eventType'],
    source: 'https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html',
  },
] as const satisfies readonly EspEventFormat[];

/**
 * Event names of a complaint: the recipient marked the message as spam (compared in lower case). Such
 * an event carries no reply; it is a feedback report, as an ARF report is (RFC 5965).
 */
export const COMPLAINT_EVENTS: ReadonlySet<string> = new Set([
  'spamreport', 'complained', 'spamcomplaint', 'spam_complaint', 'spam', 'complaint',
  'denúncia de spam', 'reclamação', 'marcado como spam',
]);

/**
 * Event names that are no failure, in any of the services above (compared in lower case): the
 * message went through, or the recipient opened, clicked or unsubscribed.
 */
export const NOT_FAILURE_EVENTS: ReadonlySet<string> = new Set([
  'delivered', 'delivery', 'processed', 'sent', 'send', 'accepted', 'injection', 'request', 'open', 'opened',
  'unique_opened', 'click', 'clicked', 'unsubscribe', 'unsubscribed', 'group_unsubscribe', 'group_resubscribe',
  'list_unsubscribe', 'subscriptionchange', 'stored', 'rendering failure', 'renderingfailure',
  // as Brazilian services' exports and spreadsheets write them
  'entregue', 'enviado', 'aberto', 'clicado', 'descadastrado', 'descadastro',
]);

/**
 * Column names (compared in lower case, spaces and "_" alike) of the bounce lists that sending services
 * let you download as CSV: SendGrid's (email, created, reason, status), Mailgun's (address, code,
 * error, created_at), Postmark's and Brevo's exports, and the same in Portuguese, as Brazilian
 * services and spreadsheets name them. Best first in each list.
 */
export const CSV_COLUMNS = {
  recipient: ['email', 'email address', 'e-mail', 'emailaddress', 'recipient', 'address', 'rcpt_to', 'to', 'destinatário', 'endereço'],
  diagnostic: [
    'details', 'diagnostic code', 'diagnosticcode', 'diagnostic', 'smtp response', 'response', 'reason', 'bounce reason', 'error',
    'message', 'description', 'detalhes', 'resposta', 'motivo', 'erro', 'mensagem', 'descrição',
  ],
  codes: ['status', 'code', 'error_code', 'smtp code', 'status code', 'código'],
  event: ['event', 'type', 'event type', 'evento', 'tipo'],
} as const;
