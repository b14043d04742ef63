// The fields of the bounce events that e-mail sending services (ESPs) send to webhooks or export as
// JSON: where each names the recipient, the server's reply and the kind of event. A newsletter sender
// pastes these instead of a bounce e-mail. src/reply/esp-events.ts reads them; a new service is a row.
import type { Reason } from '../types.js';

/** Fields that hold one of a service's documented values (nearest object first), and what each value says. */
export interface DocumentedValues<T> {
  fields: readonly string[];
  /** By value, in lower case. */
  values: Readonly<Record<string, T>>;
  /** Values that name the service's own failure, no server's: they decide beside any words (lower case). */
  decided?: readonly string[];
}

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
  /**
   * Fields that hold when the event happened, best first (nearest object first): unix seconds, ISO 8601,
   * or as the service writes it ("2025-11-03 10:00:00", no zone).
   */
  dates: readonly string[];
  /** The event is named only in the object around the recipient's (Mandrill's "msg"), never beside it. */
  eventAround?: boolean;
  /**
   * The event's field names are the service's own, and an event that is no failure may name its
   * recipients only in lists (SES's Delivery and Open notifications): such an event counts among the
   * others even without a recipient field.
   */
  eventAlone?: boolean;
  /**
   * The service's own names of its failure events (lower case): such an event is one even when it kept
   * no reply (Brevo's "blocked", Mandrill's "reject", an SES bounce without diagnosticCode), and it is
   * read by this row before any other that knows the recipient's field.
   */
  failures: readonly string[];
  /** The service's own names of a complaint (lower case): the recipient marked the message as spam. */
  complaints: readonly string[];
  /** The service's own names of an unsubscribe (lower case): the recipient asked to get no more mail. */
  optOuts: readonly string[];
  /**
   * The service's documented kind of failure: the reason of an event that kept no reply; with a reply,
   * only when the service decided it itself (SERVICE_DECIDES), as the server's own words tell more.
   */
  reasons?: DocumentedValues<Reason>;
  /** Whether the service gave up on the recipient ('failed') or still retries ('delayed'), when it says so. */
  actions?: DocumentedValues<'failed' | 'delayed'>;
  /**
   * Values that say the service judged the address one that cannot receive mail (its hard bounce): the
   * address is removed when no reply says why (a reply that does still decides the reason).
   */
  hard?: DocumentedValues<true>;
  /** Values that make the event a list's row, explained in its own words (a suppression list's entry). */
  words?: DocumentedValues<ListWords>;
  /**
   * Fields that hold a complaint's feedback type as the mailbox provider's report gave it (ARF, RFC 5965:
   * abuse, fraud, virus, other; not-spam, RFC 6430; auth-failure, RFC 6591): not every one asks to stop mailing.
   */
  feedbackTypes?: readonly string[];
  source: string;
}

/** Feedback types of ARF reports (lower case), as a service's complaint event keeps them (EspEventFormat.feedbackTypes). */
export const ARF_FEEDBACK_TYPES: ReadonlySet<string> = new Set(['abuse', 'fraud', 'virus', 'other', 'not-spam', 'auth-failure', 'opt-out']);

export const ESP_EVENT_FORMATS = [
  {
    // [{"email": "...", "event": "bounce", "type": "bounce", "status": "5.1.1", "reason": "550 5.1.1 ..."},
    //  {"email": "...", "event": "deferred", "response": "452 4.2.2 ..."}, {"event": "dropped", "reason": "Bounced Address"}]
    id: 'sendgrid', recipient: ['email'], diagnostic: ['reason', 'response'], codes: ['status'], event: ['event'],
    failures: ['bounce', 'dropped', 'deferred'], complaints: ['spamreport'], optOuts: ['unsubscribe', 'group_unsubscribe'],
    // "timestamp", unix seconds
    dates: ['timestamp'],
    // a dropped event's reason "Invalid": the address is on SendGrid's invalid emails list (malformed, or
    // its domain does not exist); "Bounced Address", "Unsubscribed Address" and "Spam Reporting Address" read
    // by their words (suppressed). The others are SendGrid's own refusal, never the recipient's server's nor
    // the address's: its spam checker (the docs' "Spam Content (if Spam Checker app is enabled)"), a malformed
    // X-SMTPAPI header, the plan's quota
    reasons: {
      fields: ['reason'],
      values: {
        invalid: 'userunknown', 'spam content': 'spamdetected', 'spam content (if spam checker app is enabled)': 'spamdetected',
        'invalid smtpapi header': 'contenterror', 'recipient list over package quota': 'ratelimited',
      },
    },
    words: {
      fields: ['reason'],
      values: {
        'spam content': 'spamCheckedByService', 'spam content (if spam checker app is enabled)': 'spamCheckedByService',
        'invalid smtpapi header': 'requestRefusedByService', 'recipient list over package quota': 'quotaReachedAtService',
      },
    },
    actions: { fields: ['event'], values: { deferred: 'delayed' } },
    source: 'https://www.twilio.com/docs/sendgrid/for-developers/tracking-events/event',
  },
  {
    // {"event-data": {"event": "failed", "severity": "permanent", "recipient": "...",
    //  "delivery-status": {"code": 550, "message": "5.1.1 ...", "description": ""}}}
    id: 'mailgun', recipient: ['recipient'], diagnostic: ['message', 'description'], codes: ['code', 'enhanced-code'], event: ['event'],
    failures: ['failed'], complaints: ['complained'], optOuts: ['unsubscribed'],
    // "timestamp", unix seconds with a fraction
    dates: ['timestamp'],
    // "reason": why Mailgun failed it; "suppress-*": it did not send to an address on its own lists (605-607)
    reasons: { fields: ['reason'], values: { 'suppress-bounce': 'suppressed', 'suppress-unsubscribe': 'suppressed', 'suppress-complaint': 'suppressed' } },
    // "severity": permanent when Mailgun gave up (also after retrying too long, reason "old"), temporary while it retries
    actions: { fields: ['severity'], values: { permanent: 'failed', temporary: 'delayed' } },
    source: 'https://documentation.mailgun.com/docs/mailgun/user-manual/events/',
  },
  {
    // {"RecordType": "Bounce", "Type": "HardBounce", "Email": "...", "Details": "smtp;550 5.1.1 ...", "Description": "..."};
    // the bounces API lists the same without RecordType. "Type" names the event before "RecordType" does, as
    // a Bounce record's Type says what it is: SpamComplaint a complaint, Unsubscribe ("Unsubscribe or Remove
    // request") an opt-out, Subscribe ("Subscribe request") and OpenRelayTest (a test of the recipient's
    // server) no failure (NOT_FAILURE_EVENTS). Its Delivery, Open and Click webhooks name the recipient
    // "Recipient" and have no Type: counted among the others
    id: 'postmark', recipient: ['Email', 'Recipient'], diagnostic: ['Details', 'Description'], codes: [], event: ['Type', 'RecordType'],
    failures: [
      'bounce', 'hardbounce', 'softbounce', 'transient', 'dnserror', 'blocked', 'bademailaddress', 'manuallydeactivated',
      'smtpapierror', 'dmarcpolicy', 'unknown', 'spamnotification', 'virusnotification', 'challengeverification',
      'templaterenderingfailed', 'autoresponder', 'addresschange', 'unconfirmed', 'inbounderror',
    ],
    // its other unsubscribes are SubscriptionChange events, read by their own fields (POSTMARK_SUBSCRIPTION)
    complaints: ['spamcomplaint'], optOuts: ['unsubscribe'],
    // ISO 8601 in UTC ("2019-11-05T16:33:54.9070259Z")
    dates: ['BouncedAt'],
    // "Type" (https://postmarkapp.com/developer/api/bounce-api#bounce-types)
    reasons: {
      fields: ['Type'],
      values: {
        manuallydeactivated: 'suppressed', bademailaddress: 'userunknown', autoresponder: 'vacation', addresschange: 'hasmoved',
        templaterenderingfailed: 'contenterror', smtpapierror: 'contenterror',
        // "a challenge asking for verification you actually sent the email" (Spam Arrest...): held by the
        // recipient's filter until the sender confirms, as decode-auto-reply.ts reads such a reply
        challengeverification: 'filtered',
      },
      // Postmark could not fill in the message's template: nothing was sent, whatever its Details say;
      // BadEmailAddress is its own judgment that the address is no valid one, whose Details are no server's reply
      // SMTPApiError ("An error occurred while accepting an email through the SMTP API"): Postmark refused what was handed to it
      decided: ['templaterenderingfailed', 'bademailaddress', 'smtpapierror', 'challengeverification'],
    },
    words: {
      fields: ['Type'],
      values: { templaterenderingfailed: 'templateNotRendered', smtpapierror: 'requestRefusedByService', challengeverification: 'heldByChallenge' },
    },
    // HardBounce: "the server was unable to deliver your message (ex: unknown user, mailbox not found)"
    hard: { fields: ['Type'], values: { hardbounce: true } },
    source: 'https://postmarkapp.com/developer/webhooks/bounce-webhook',
  },
  {
    // [{"msys": {"message_event": {"type": "bounce", "rcpt_to": "...", "error_code": "550", "raw_reason": "550 5.1.1 ..."}}}]
    id: 'sparkpost', recipient: ['rcpt_to', 'raw_rcpt_to'], diagnostic: ['raw_reason', 'reason'], codes: ['error_code'], event: ['type'],
    failures: ['bounce', 'out_of_band', 'policy_rejection', 'delay', 'generation_failure', 'generation_rejection'],
    // unsubscribe events (msys.unsubscribe_event): by the List-Unsubscribe header, or by a link in the message
    complaints: ['spam_complaint'], optOuts: ['list_unsubscribe', 'link_unsubscribe'],
    // unix seconds, as a string
    dates: ['timestamp'],
    actions: { fields: ['type'], values: { delay: 'delayed' } },
    // a spam_complaint's "fbtype", as the provider's report gave it
    feedbackTypes: ['fbtype'],
    // generation_failure: SparkPost could not build the message from its template ("554 5.3.3 [internal]
    // Error while rendering part html: substitution language error"); nothing was sent, no server replied
    reasons: { fields: ['type'], values: { generation_failure: 'contenterror' }, decided: ['generation_failure'] },
    words: { fields: ['type'], values: { generation_failure: 'templateNotRendered' } },
    source: 'https://developers.sparkpost.com/api/webhooks/',
  },
  {
    // [{"event": "hard_bounce", "msg": {"email": "...", "diag": "smtp;550 5.1.1 ...", "bounce_description": "bad_mailbox"}}]
    // "reject": Mandrill did not send to an address on its rejection denylist (it bounced or complained before)
    // (a Brevo event, {"event": "hard_bounce", "email": ...}, is no Mandrill one); "bounce_description" is
    // Mandrill's own word for the bounce, no reply
    id: 'mandrill', recipient: ['email'], diagnostic: ['diag'], codes: [], event: ['event'], eventAround: true,
    failures: ['hard_bounce', 'soft_bounce', 'reject', 'deferral'], complaints: ['spam'], optOuts: ['unsub'],
    // "ts", unix seconds, beside "event"
    dates: ['ts'],
    reasons: {
      fields: ['bounce_description', 'event'],
      values: {
        reject: 'suppressed', bad_mailbox: 'userunknown', invalid_domain: 'hostunknown', mailbox_full: 'mailboxfull',
        spam_related: 'spamdetected', invalid_content: 'contenterror',
      },
    },
    actions: { fields: ['event'], values: { deferral: 'delayed' } },
    hard: { fields: ['event'], values: { hard_bounce: true } },
    source: 'https://mailchimp.com/developer/transactional/docs/webhooks/',
  },
  {
    // Mandrill's (Mailchimp Transactional's) answer to messages/send, one entry per recipient:
    // [{"email": "...", "status": "rejected", "reject_reason": "hard-bounce", "_id": "..."}]; status sent,
    // queued or scheduled is no failure, invalid an address not valid. Its reject_reason: the address is
    // on the rejection denylist (hard-bounce, soft-bounce, spam, unsub, custom), or the service refused the
    // sender (invalid-sender; unsigned, a sending domain not verified), the account's test mode limit or one of its rules
    id: 'mandrill', recipient: ['email'], diagnostic: [], codes: [], event: ['status'],
    failures: ['rejected', 'invalid'], complaints: [], optOuts: [],
    dates: [],
    reasons: {
      fields: ['reject_reason', 'status'],
      values: {
        'hard-bounce': 'suppressed', 'soft-bounce': 'suppressed', spam: 'suppressed', unsub: 'suppressed', custom: 'suppressed',
        invalid: 'userunknown', 'invalid-sender': 'rejected', unsigned: 'rejected', 'test-mode-limit': 'ratelimited', rule: 'rejected',
      },
    },
    actions: { fields: ['status'], values: { rejected: 'failed', invalid: 'failed' } },
    words: {
      fields: ['reject_reason'],
      values: {
        'invalid-sender': 'senderRefusedByService', unsigned: 'senderRefusedByService', 'test-mode-limit': 'quotaReachedAtService',
        rule: 'refusedByAccountRule',
      },
    },
    source: 'https://mailchimp.com/developer/transactional/api/messages/send-new-message/',
  },
  {
    // {"event": "hard_bounce", "email": "...", "reason": "..."}
    // "blocked": Brevo did not send to an address it blocks (it bounced, complained or was blocked by hand before);
    // "invalid_email": the address is not one that can receive mail. Its transactional events report
    // (GET /smtp/statistics/events, {"events": [{"email", "date", "event": "hardBounces", "reason"}]}) names
    // them bounces, hardBounces, softBounces, invalid, deferred, blocked, error (its requests, clicks and
    // loadedByProxy are no failure: NOT_FAILURE_EVENTS)
    id: 'brevo', recipient: ['email'], diagnostic: ['reason'], codes: [], event: ['event'],
    failures: [
      'hard_bounce', 'soft_bounce', 'blocked', 'invalid_email', 'deferred', 'error', 'bounces', 'hardbounces', 'softbounces', 'invalid',
    ],
    complaints: ['spam'], optOuts: ['unsubscribed'],
    // "ts_event", unix seconds; "date" as "2025-11-03 10:00:00", with no zone (the report's, ISO 8601)
    dates: ['ts_event', 'date'],
    // invalid_email is Brevo's own judgment of the address, whatever words its reason has
    reasons: {
      fields: ['event'], values: { blocked: 'suppressed', invalid_email: 'userunknown', invalid: 'userunknown' }, decided: ['invalid_email', 'invalid'],
    },
    actions: { fields: ['event'], values: { deferred: 'delayed' } },
    // hard_bounce: "the email address is invalid or does not exist"
    hard: { fields: ['event'], values: { hard_bounce: true, hardbounces: true } },
    source: 'https://developers.brevo.com/docs/transactional-webhooks',
  },
  {
    // {"notificationType": "Bounce", "bounce": {"bouncedRecipients": [{"emailAddress": "...", "status": "5.1.1",
    //  "diagnosticCode": "smtp; 550 5.1.1 user unknown"}]}} (SNS; EventBridge says "eventType")
    id: 'amazonses', recipient: ['emailAddress'], diagnostic: ['diagnosticCode'], codes: ['status'], event: ['notificationType', 'eventType'], eventAlone: true,
    failures: ['bounce', 'deliverydelay'], complaints: ['complaint'], optOuts: [],
    // the bounce's or complaint's own "timestamp" (ISO 8601), nearer than the message's "mail.timestamp"
    dates: ['timestamp'],
    // bounceSubType, when it says more than "General"; bounceType Undetermined: SES could not tell why;
    // a DeliveryDelay's delayType (https://docs.aws.amazon.com/ses/latest/dg/event-publishing-retrieving-sns-contents.html#event-publishing-retrieving-sns-contents-delivery-delay-object);
    // a complaint's complaintSubType OnAccountSuppressionList: SES sent nothing, as the address is on the
    // account's suppression list (after an earlier complaint), so it is no new complaint
    reasons: {
      fields: ['bounceSubType', 'bounceType', 'delayType', 'complaintSubType'],
      values: {
        noemail: 'userunknown', suppressed: 'suppressed', onaccountsuppressionlist: 'suppressed', mailboxfull: 'mailboxfull',
        // Permanent/UnsubscribedRecipient: SES sent nothing, the recipient having unsubscribed from the account's contact list
        unsubscribedrecipient: 'suppressed',
        messagetoolarge: 'emailtoolarge',
        // "You may be able to successfully send to this recipient if you change the content of the message"
        // (or "remove or change the attachment"): the receiver's rules refused the content
        contentrejected: 'policyviolation', attachmentrejected: 'policyviolation',
        // delayType: "a large amount of unsolicited email from your account", the recipient's server's
        // temporary issue, the sending IP "blocked or throttled", a communication failure in the SMTP conversation
        spamdetected: 'spamdetected', recipientservererror: 'systemerror', ipfailure: 'blocked', transientcommunicationfailure: 'networkerror',
        // "An internal Amazon SES issue", "Amazon SES has deemed it appropriate to internally defer the message": SES's own, still retried
        internalfailure: 'expired', sendingdeferral: 'expired',
      },
      decided: ['onaccountsuppressionlist', 'unsubscribedrecipient'],
    },
    // a bounce is final for the message (Transient ones too: SES stopped trying); a DeliveryDelay still retries
    actions: { fields: ['notificationType', 'eventType'], values: { bounce: 'failed', deliverydelay: 'delayed' } },
    // bounceType Permanent: "you should remove the recipient's email address from your mailing list"
    hard: { fields: ['bounceType'], values: { permanent: true } },
    // a bounce's subtype UnsubscribedRecipient: no refusal by any server, nor an earlier bounce (suppressed's words)
    words: { fields: ['delayType', 'bounceSubType'], values: { internalfailure: 'delayedByService', sendingdeferral: 'delayedByService', unsubscribedrecipient: 'unsubscribedAtService' } },
    feedbackTypes: ['complaintFeedbackType'],
    source: 'https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html',
  },
  {
    // aws sesv2 list-suppressed-destinations: {"SuppressedDestinationSummaries": [{"EmailAddress": "...",
    //  "Reason": "BOUNCE", "LastUpdateTime": "..."}]}: addresses SES no longer sends to, because mail to
    // them bounced (Reason BOUNCE) or their owner complained (COMPLAINT, a complaint); no reply kept
    id: 'sessuppressionlist', recipient: ['EmailAddress'], diagnostic: [], codes: [], event: ['Reason'],
    failures: ['bounce'], complaints: ['complaint'], optOuts: [],
    dates: ['LastUpdateTime'],
    reasons: { fields: ['Reason'], values: { bounce: 'suppressed' } },
    actions: { fields: ['Reason'], values: { bounce: 'failed' } },
    words: { fields: ['Reason'], values: { bounce: 'suppressedBounce' } },
    source: 'https://docs.aws.amazon.com/cli/latest/reference/sesv2/list-suppressed-destinations.html',
  },
] as const satisfies readonly EspEventFormat[];

/**
 * Postmark's SubscriptionChange webhook: an address put on a message stream's suppression list
 * ("SuppressSending": true) or taken off it (false, reactivated). Its SuppressionReason says why: the
 * recipient unsubscribed (ManualSuppression from Origin "Recipient"; from "Customer" or "Admin" it was
 * suppressed by hand, by the account or by Postmark), a hard bounce, a spam complaint.
 */
export const POSTMARK_SUBSCRIPTION = {
  recordType: 'subscriptionchange', recipient: 'Recipient', suppress: 'SuppressSending', reason: 'SuppressionReason', origin: 'Origin',
  date: 'ChangedAt',
  /** SuppressionReason values (lower case), by what each says. */
  unsubscribed: 'manualsuppression', bounced: 'hardbounce', complained: 'spamcomplaint',
  /** The Origin of a recipient's own unsubscribe. */
  byRecipient: 'recipient',
  source: 'https://postmarkapp.com/developer/webhooks/subscription-change-webhook',
} as const;

/**
 * Amazon SES's event publishing, events that name the message's recipients only in mail.destination:
 * Subscription (a contact of a list changed its preferences: subscription.contactList,
 * newTopicPreferences {unsubscribeAll, topicSubscriptionStatus [{topicName, subscriptionStatus}]}) and
 * Reject (SES found a virus and did not send the message to anyone: reject.reason "Bad content").
 */
export const SES_MESSAGE_EVENTS = {
  event: ['eventType', 'notificationType'], subscription: 'subscription', reject: 'reject',
  // "Rendering Failure": the message's template could not be filled in (a variable without data), so SES sent it to no one
  renderingFailure: 'rendering failure', failure: 'failure', failureMessage: 'errorMessage', template: 'templateName',
  recipients: ['mail', 'destination'], list: 'contactList', preferences: 'newTopicPreferences', all: 'unsubscribeAll',
  topics: 'topicSubscriptionStatus', topic: 'topicName', status: 'subscriptionStatus', optOut: 'optout', date: 'timestamp', why: 'reason',
  source: 'https://docs.aws.amazon.com/ses/latest/dg/event-publishing-retrieving-sns-contents.html',
} as const;

/**
 * Amazon SNS's envelope, as it delivers a message to an HTTP/S endpoint (one JSON object on one line,
 * Content-Type text/plain), to an SQS queue or by e-mail (email-json): {"Type": "Notification",
 * "MessageId", "TopicArn", "Message": "<the message as a string>", "Timestamp", "Signature", ...}. SES
 * publishes its notifications so, the SES JSON in "Message". Before the first notification SNS sends a
 * SubscriptionConfirmation (visit its SubscribeURL to confirm), and an UnsubscribeConfirmation when the
 * endpoint was unsubscribed: messages about the subscription, no event of any recipient.
 */
export const SNS_ENVELOPE = {
  type: 'Type', message: 'Message', topic: 'TopicArn',
  notification: 'Notification',
  /** Type values of the subscription's own messages (lower case), by what each is. */
  confirmations: { subscriptionconfirmation: 'subscribe', unsubscribeconfirmation: 'unsubscribe' },
  source: 'https://docs.aws.amazon.com/sns/latest/dg/http-notification-json.html',
} as const;

/**
 * Documented reasons that the service decided itself, which no reply can tell better: it did not send to
 * an address on its own suppression list; the "bounce" was an auto-reply or an address change.
 */
export const SERVICE_DECIDES: ReadonlySet<Reason> = new Set(['suppressed', 'vacation', 'hasmoved']);

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
  'unique_opened', 'click', 'clicked', 'group_resubscribe', 'subscriptionchange', 'stored',
  // Mandrill's send answer: the message waits in its queue or for its scheduled time
  'queued', 'scheduled',
  // Postmark's bounce types that are no failure: someone asking to join the list, a test of the recipient's server
  'subscribe', 'openrelaytest',
  // SparkPost's engagement events (https://developers.sparkpost.com/api/webhooks/), Brevo's opens by a mail
  // provider's image proxy and its events report's names
  'initial_open', 'amp_open', 'amp_initial_open', 'amp_click', 'proxy_open', 'unique_proxy_open', 'requests', 'clicks', 'loadedbyproxy',
  // SparkPost's inbound relay: a message received for the account, handed to its webhook
  'relay_injection', 'relay_delivery',
  // as Brazilian services' exports and spreadsheets write them
  'entregue', 'enviado', 'aberto', 'clicado',
]);

/**
 * Event names of an unsubscribe in any service's export or spreadsheet (compared in lower case), beside
 * each format's own (optOuts): the recipient asked for no more mail, an opt-out to honour (CAN-SPAM, LGPD),
 * as a reply saying "SAIR" or a List-Unsubscribe mail is. Mandrill's "unsub" is no such word in a CSV:
 * its rejects list's reason "unsub" is an address it stopped sending to (CSV_STATUS_WORDS).
 */
export const OPT_OUT_EVENTS: ReadonlySet<string> = new Set([
  'unsubscribe', 'unsubscribed', 'group_unsubscribe', 'list_unsubscribe', 'link_unsubscribe',
  'descadastrado', 'descadastro',
]);

/**
 * Column names (compared in lower case, with spaces, "_" and "-" alike) of the bounce lists and event
 * exports that sending services and mail servers let you download as CSV: SendGrid's (email, created,
 * reason, status), Mailgun's (address, code, error, created_at), Postmark's, Brevo's and Mandrill's
 * exports, Microsoft 365's message trace reports and Exchange's message tracking log (recipient-address,
 * recipient-status, event-id: https://learn.microsoft.com/exchange/mail-flow/transport-logs/message-tracking),
 * and the same in Portuguese, as Brazilian services and spreadsheets name them. Best first in each list.
 */
export const CSV_COLUMNS = {
  recipient: [
    'email', 'email address', 'e-mail', 'emailaddress', 'recipient', 'recipient address', 'recipientaddress', 'recipients', 'address',
    'rcpt_to', 'to', 'destinatário', 'endereço',
  ],
  diagnostic: [
    'details', 'detail', 'diagnostic code', 'diagnosticcode', 'diagnostic', 'smtp response', 'response', 'recipient status',
    'recipientstatus', 'reason', 'bounce reason', 'bounce detail', 'error', 'message', 'description', 'detalhes', 'resposta',
    'motivo', 'erro', 'mensagem', 'descrição',
  ],
  codes: ['status', 'code', 'error_code', 'smtp code', 'status code', 'código'],
  /**
   * Columns whose words may say what became of the row (CSV_STATUS_WORDS), read in this order: the
   * event's name, a status ("Bounced", "Failed"), a list's reason ("hard-bounce"), a bounce's kind.
   */
  state: [
    'event', 'event id', 'eventid', 'type', 'event type', 'evento', 'tipo', 'status', 'situação', 'reason', 'bounce type', 'bounce detail',
  ],
  /**
   * Microsoft 365's enhanced summary report names no recipient column: its recipient_status holds each
   * recipient with the events of its message, "ana@example.org##Receive, Fail;bia@example.org##Receive, Send"
   * (https://learn.microsoft.com/exchange/monitoring/trace-an-email-message/message-trace-modern-eac).
   */
  recipientEvents: ['recipient status'],
  /**
   * When the row's event happened: SendGrid's "created" and its activity's "timestamp" (unix seconds),
   * Mailgun's "created_at", Exchange's "date-time" (ISO 8601). A date with "/" is read in none of these,
   * as "03/11/2025" is 3 November in Brazil and March 11 in the United States.
   */
  date: ['created', 'timestamp', 'created at', 'date time', 'date time utc', 'date', 'time'],
  /** Columns in Portuguese, whose "03/11/2025 10:00" is day first, as Brazilian spreadsheets write it. */
  dateDayFirst: ['data', 'data/hora', 'data e hora', 'data do evento'],
} as const;

/**
 * What a word of a CSV's state column says of its row: a failure (the reply, when the row has one,
 * tells why; `reason` is the word's documented meaning, taken when the row has no reply or when the
 * reply is the word itself) and whether it is final ('failed') or still retried, a temporary failure
 * ('delayed'). Words of no failure are NOT_FAILURE_EVENTS and CSV_OTHER_WORDS; of complaints, COMPLAINT_EVENTS.
 */
export interface StatusWord {
  action?: 'failed' | 'delayed';
  reason?: Reason;
  /**
   * The service judged the address one that cannot receive mail (a hard bounce): the address is to be
   * removed even when no reply says why (a reply that tells why still decides the reason).
   */
  hard?: true;
  /**
   * The word is another service's too, for a failure whose reply tells why (Postmark's bounce type
   * Blocked: the receiving server blocked the message): `reason` is taken only for a row without a reply.
   */
  replyFirst?: true;
}

export const CSV_STATUS_WORDS: Readonly<Record<string, StatusWord>> = {
  // exports' status columns (Google's email log search, Microsoft 365's message trace, Mandrill's activity,
  // spreadsheets): the word alone says the message was not delivered
  bounce: {}, bounced: {}, dropped: {}, rejected: {},
  failed: { action: 'failed' }, fail: { action: 'failed' },
  // a hard bounce: the service judged that the address cannot receive mail (Brevo: "invalid or non-existent
  // address"), so it is removed when the row keeps no reply that says why (a reply that does, a block of
  // the sender's server, still decides)
  'hard bounce': { action: 'failed', hard: true }, hard_bounce: { action: 'failed', hard: true }, hardbounce: { action: 'failed', hard: true },
  'hard-bounced': { action: 'failed', hard: true }, hard: { action: 'failed', hard: true },
  'soft bounce': { action: 'delayed' }, 'soft-bounce': { action: 'delayed' }, soft_bounce: { action: 'delayed' }, softbounce: { action: 'delayed' },
  'soft-bounced': { action: 'delayed' }, soft: { action: 'delayed' },
  deferred: { action: 'delayed' }, defer: { action: 'delayed' }, deferral: { action: 'delayed' }, delayed: { action: 'delayed' },
  pending: { action: 'delayed' },
  // Exchange's message tracking events that are failures (event-id; Get-MessageTrace's Status "Failed")
  deliverfail: { action: 'failed' }, submitfail: { action: 'failed' }, resubmitfail: { action: 'failed' }, badmail: { action: 'failed' },
  submitdefer: { action: 'delayed' }, resubmitdefer: { action: 'delayed' },
  // SendGrid's invalid emails list (reason "Invalid"): malformed, or its domain does not exist (see its JSON row)
  invalid: { reason: 'userunknown' },
  // Mandrill's rejects list (reason: https://mailchimp.com/developer/transactional/api/rejects/list-denylisted-addresses/):
  // an address it no longer sends to, because it bounced (hard-bounce, soft-bounce, above), was unsubscribed or added by hand
  // (hard-bounce: the address bounced for good, most often as one that does not exist; its detail, when kept, tells)
  'hard-bounce': { action: 'failed', reason: 'userunknown', hard: true }, unsub: { reason: 'suppressed' }, custom: { reason: 'suppressed' },
  // Brevo's blocked: it did not send to an address it blocks (it bounced, complained or was blocked by
  // hand before), as its JSON row reads it; Postmark's bounce type Blocked is a receiving server's block,
  // whose reply tells why
  blocked: { reason: 'suppressed', replyFirst: true },
  // Mandrill's bounce_description (its activity export's "Bounce Detail"), as in its JSON row
  bad_mailbox: { reason: 'userunknown' }, invalid_domain: { reason: 'hostunknown' }, mailbox_full: { reason: 'mailboxfull' },
  // as Brazilian services' exports and spreadsheets write them
  falhou: { action: 'failed' }, falha: { action: 'failed' }, devolvido: {}, rejeitado: {}, pendente: { action: 'delayed' }, adiado: { action: 'delayed' },
};

/**
 * Words of a CSV's state column that are no failure, beside NOT_FAILURE_EVENTS: Exchange's message tracking
 * events of a message received, handed on, expanded or delivered (a DSN event is the report sent back, to the
 * sender), Microsoft 365's Status "Expanded".
 */
export const CSV_OTHER_WORDS: ReadonlySet<string> = new Set([
  'receive', 'deliver', 'dsn', 'expand', 'expanded', 'redirect', 'resolve', 'submit', 'transfer', 'agentinfo', 'notifymapi', 'process',
  'processmeetingmessage', 'duplicatedeliver', 'duplicateexpand', 'duplicateredirect', 'hareceive', 'haredirect', 'initmessagecreated',
  'moderatorapprove', 'clientsubmission', 'notifyshadow', 'resubmit', 'load',
]);

/**
 * Microsoft's "LED=" (last error description) in a message trace's detail, "Reason: [{LED=550 5.1.1 ...};{MSG=};...]":
 * the reply, up to the "}" after it.
 */
export const LAST_ERROR_MARK = '{LED=';

/** A list's row explained in its own words (ui.listRow): what the list is, where the reason's general words would mislead. */
export type ListWords = 'cleaned' | 'unsubscribed' | 'suppressedBounce' | 'suppressedAfterBounce' | 'suppressedByHand' | 'rejectedBySes' | 'templateNotRendered'
  | 'spamCheckedByService' | 'requestRefusedByService' | 'quotaReachedAtService' | 'heldByChallenge'
  | 'senderRefusedByService' | 'refusedByAccountRule' | 'delayedByService' | 'hardBounceByService' | 'unsubscribedAtService';

/** What every row of a list means: the service stopped sending to the address, or its owner complained or unsubscribed. */
export type ListRow = 'suppressed' | 'complaint' | 'opt-out';

/**
 * Lists that sending services let you download with no reply or state column: what every row means
 * is known from the header alone. `marks`: any of these columns names the list (each its own, no
 * contact list has it); `header`: the header is exactly these columns, in this order (a list of
 * addresses and dates says nothing by itself: a contact list must never read as complaints). Column
 * names compared as CSV_COLUMNS' are. `words`: the row's own explanation (ui.listRow), when the
 * reason's general words would mislead.
 */
export interface CsvList {
  id: string;
  marks?: readonly string[];
  header?: readonly string[];
  /** The column of the address. */
  recipient: string;
  row: ListRow;
  words?: ListWords;
  source: string;
}

export const CSV_LISTS = [
  {
    // the audience export's cleaned contacts: Mailchimp cleaned each address after a hard bounce or
    // repeated soft bounces, and no longer sends to it
    id: 'mailchimp-cleaned', marks: ['clean_time', 'clean_campaign_title', 'clean_campaign_id'], recipient: 'email address',
    row: 'suppressed', words: 'cleaned',
    source: 'https://mailchimp.com/help/view-export-contacts/',
  },
  {
    // the audience export's unsubscribed contacts: each left the audience
    id: 'mailchimp-unsubscribed', marks: ['unsub_time', 'unsub_campaign_title', 'unsub_campaign_id', 'unsub_reason'], recipient: 'email address',
    row: 'opt-out', words: 'unsubscribed',
    source: 'https://mailchimp.com/help/view-export-contacts/',
  },
  {
    // Suppressions > Spam Reports, downloaded as CSV: each address marked a message as spam
    id: 'sendgrid-spam-reports', header: ['email', 'created', 'ip'], recipient: 'email', row: 'complaint',
    source: 'https://www.twilio.com/docs/sendgrid/ui/sending-email/index-suppressions',
  },
  {
    // Suppressions > Complaints, exported: each address complained
    id: 'mailgun-complaints', header: ['address', 'created_at'], recipient: 'address', row: 'complaint',
    source: 'https://documentation.mailgun.com/docs/mailgun/user-manual/tracking-messages/#complaints',
  },
] as const satisfies readonly CsvList[];

/**
 * Amazon SES's bulk file of its account-level suppression list: no header, every line exactly
 * "address,BOUNCE" or "address,COMPLAINT" (https://docs.aws.amazon.com/ses/latest/dg/sending-email-suppression-list.html).
 * Read only when every line is so.
 */
export const SES_BULK_LINE = /^([^\s,"]+),(BOUNCE|COMPLAINT)$/;
export const SES_BULK_ROWS: Readonly<Record<string, { row: ListRow; words?: ListWords }>> = {
  BOUNCE: { row: 'suppressed', words: 'suppressedBounce' }, COMPLAINT: { row: 'complaint' },
};
