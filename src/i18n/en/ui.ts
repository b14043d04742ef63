import { duration, type DurationWords } from '../duration.js';
import type { UiText } from '../ui-text.js';
import { reasonNames } from './reason-names.js';
import { lowerFirst } from '../lower-first.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number): string => String(n).padStart(2, '0');

const DURATION: DurationWords = { day: ['day', 'days'], hour: ['hour', 'hours'], minute: ['minute', 'minutes'], and: 'and' };


/** What a code's class says (classesDisagree): 2 success, 4 temporary, 5 permanent (RFC 5321 §4.2.1, RFC 3463 §2). */
const CLASS_SAYS: Readonly<Record<string, string>> = { '2': 'it worked', '4': 'the failure is temporary', '5': 'the failure is permanent' };
export const ui = {
  reasonName: reasonNames,
  kind: {
    success: 'success',
    intermediate: 'waiting for more (not an error)',
    transient: 'temporary failure',
    permanent: 'permanent failure',
  },
  actor: {
    none: 'nobody',
    sender: 'you (the sender)',
    'sender-provider': 'the admin or provider of your sending system',
    recipient: 'the recipient',
    'recipient-admin': "the admin of the recipient's mail system",
  },
  retry: {
    'no-need': 'Nothing failed: no need to send again.',
    automatic: 'Your mail server keeps retrying on its own for a few days; you need not resend yet.',
    later: 'Sending again later may work.',
    'after-fix': 'Sending again only helps after the cause is fixed.',
    never: 'Sending again to this address will not work.',
  },
  retryQueueRun: 'This answers a queue-run command (ETRN or ATRN), not a message: nothing is being retried, and there is nothing to resend.',
  retryAfterFixQueued:
    'Your mail server keeps retrying for a few days: if the cause is fixed meanwhile, the message goes out by itself, with no resend.',
  retryUntil: (when) => `Your mail server keeps retrying on its own until ${when}; you need not resend yet.`,
  retryFor: (w) => w.from === 'now'
    ? `Your mail server keeps retrying on its own for another ${duration(w, DURATION)}; you need not resend yet.`
    : `Your mail server keeps retrying on its own until the message is ${duration(w, DURATION)} old; you need not resend yet.`,
  dateTime: (d) =>
    `${d.day} ${MONTHS[d.month - 1]} ${d.year} at ${pad(d.hour)}:${pad(d.minute)}${d.zone ? ` (${d.zone})` : ''}`,
  listAction: {
    remove: 'remove from the list',
    retry: 'retry',
    'fix-your-side': 'fix on your side, then resend',
    nothing: 'nothing to do',
    'not-bounce': 'not a bounce',
    error: 'could not be read',
  },
  fixYourSideStillTrying: 'fix on your side; the server is still trying to deliver, do not resend',
  removeRecipientRule: "remove from the list: a rule of the recipient's organization refuses your mail; if they allow your address, you can add it back",
  retryAfterFix: 'resend only once the cause is resolved',
  retryStillTrying: 'wait; the server is still trying to deliver, do not resend',
  fixYourSideHeld: 'confirm you sent it; the message is held and goes through once confirmed, do not resend',
  verdict: {
    remove: 'Take this address off your list.',
    retry: 'You can try again later.',
    retryStillTrying: 'Wait: the server is still trying to deliver, do not resend.',
    removeRecipientRule: "Remove this address from your list: a rule of the recipient's organization refuses your mail, and every mailing would bounce. If they allow your address, you can add it back.",
    retryAfterFix: 'You can try again, but only once the cause is resolved.',
    'fix-your-side': 'The problem is on your side: fix it before resending.',
    fixYourSideStillTrying: 'The problem is on your side: fix it, but do not resend, as the server is still trying to deliver.',
    fixYourSideHeld: 'Confirm you sent it: the message is held and goes through once you confirm, do not resend.',
    nothing: 'Nothing to do with this address.',
  },
  evidenceFields: {
    text: 'reply text', message: 'message', status: 'enhanced status code', replyCode: 'reply code',
    command: 'SMTP command', host: 'server', event: 'event', recipient: 'recipient', state: 'state',
  },
  evidenceKind: {
    phrase: 'known phrase', notice: 'phrase of the bounce', status: 'status code', replyCode: 'reply code',
    dsn: 'delivery report field (DSN)', format: 'bounce format', formatOf: (server) => `${server} bounce format`,
    provider: (name) => `${name} rule`, blocklist: 'block list', authentication: 'sender authentication (SPF, DKIM, DMARC)',
    known: 'known case', command: 'refused SMTP command', log: 'log line', esp: 'sending service event',
    complaint: 'complaint report', autoReply: 'automatic reply', verp: 'return address (VERP)', repair: 'accents restored in the text', other: 'other rule',
    crashed: (server) => `reader of ${server} bounces: it failed on this message, which was read without it`,
  },
  label: {
    summary: 'Summary',
    meaning: 'What it means',
    advice: 'What to do',
    adminAdvice: 'For the admin',
    whoActs: 'Who has to act',
    retry: 'Retry',
    replyCode: 'Reply code',
    status: 'Enhanced status code',
    reason: 'Reason',
    hardBounce: 'Hard bounce (no such address or domain)',
    noButRemove: 'no, but remove the address from the list',
    evidence: 'Based on',
    recipient: 'Recipient',
    originalRecipient: 'sent to',
    writtenBy: 'written by',
    listAction: 'Action',
    source: 'Source',
    file: 'File',
    yes: 'yes',
    no: 'no',
  },
  standard: (rfc) => `standard, ${rfc}`,
  nonStandard: 'not defined by any RFC',
  registryOnly: (rfc) => `listed in the IANA registry (${rfc}) beside an enhanced code; no protocol RFC defines it as a reply`,
  registryOnlyShort: (rfc) => `${rfc}, registry only`,
  derivedStatus: 'the bounce has no enhanced status code; this one is derived from the reason, as Sisimai does (not an IANA code)',
  unknownCode: (code) => `Code ${code} is not registered: each server gives it the meaning it likes.`,
  unknownCodeAdvice:
    'Read the text that came with the code; it usually says the cause. If it does not help, forward the bounce to your e-mail provider\'s support.',
  unlistedCodeTitle: (digit) => ({
    '0': 'unregistered code, about syntax or the command',
    '1': 'unregistered code, a reply to a request for information',
    '2': 'unregistered code, about the connection',
    '5': 'unregistered code, about the mail system',
  })[digit] ?? 'unregistered code',
  noPreliminaryReplies: 'SMTP uses no 1xx codes (RFC 5321 §4.2.1): this one comes from another program or protocol.',
  accepted: {
    summary: 'The receiving server accepted the message.',
    meaning:
      'This is a success reply, not an error: the server accepted the message (or the command it answered) and took on delivering it to the recipient.',
  },
  relayed: {
    summary: 'The message was passed on to another system; its delivery is not confirmed.',
    meaning:
      'This is no error: the server handed the message to a system that sends no delivery reports (another network, a gateway, an old server), so no report will say whether it reached the recipient.',
  },
  notAnError: 'Not an error',
  withoutWhy: {
    permanent: (code) => `The receiving server refused the message without saying exactly why (${code}).`,
    transient: (code) => `The receiving server deferred the message without saying exactly why (${code}).`,
  },
  inbound: {
    summary: (client, from, to) =>
      `Your server refused a message coming in${from ? ` from ${from}` : ''}${to ? ` for ${to}` : ''}${client ? ` (sent by IP ${client})` : ''}.`,
    meaning: (reasonName) =>
      `This line is from your own server's log: it received the message from outside and refused it with this line's code and reason (${reasonName}). It is not a bounce of one of your messages.`,
    advice:
      'If the refusal was right (spam, a forged sender), there is nothing to do. If the message was legitimate and the sender complains, allow them in your server\'s rules (an exception list, for example) or ask them to fix the cause on their side.',
    ownFault:
      'The refusal came from a problem of the server itself (a lookup table, a database, the disk), not from the sender: legitimate mail is being refused. Whoever runs the server should read the log just before this line and fix the cause.',
    norelaying:
      'Usually there is nothing to do: someone outside tried to use your server to pass mail on to other domains (spam robots test this all the time, looking for open servers), and it refused, as it should. Do not allow that IP. If the line is from a client of yours (a program, website or device that sends mail through your server), it should log in with a user name and password (SMTP authentication, on port 587) instead of being allowed to relay.',
    retry: 'The outside sender resends, if they want to.',
  },
  gaveUpKind: 'final (the server gave up)',
  queuedKind: "permanent failure (still in your server's queue)",
  retryQueued: (retry) =>
    `${retry} Even so, your server kept the message in its queue and will try again until its time runs out (in Postfix, the effect of soft_bounce = yes).`,
  complaint: { kind: 'complaint', retry: 'Do not resend: the recipient asked not to get your mail.' },
  optOut: {
    kind: 'unsubscribe request',
    name: 'Unsubscribe request',
    summary: 'The recipient asked to be taken off your list.',
    meaning:
      'This is not a delivery failure: the message arrived, and the person asked not to get any more. The request came from the mail app\'s unsubscribe button (which writes to the address in the List-Unsubscribe header or sends a feedback report of type "opt-out") or from a reply they wrote.',
    advice:
      'Take the address off the list now and send it nothing more. Gmail and Yahoo require bulk senders to honor an unsubscribe within two days, and privacy laws (LGPD, GDPR) let people withdraw consent at any time. Mailing them again brings spam complaints and hurts your domain\'s reputation.',
  },
  listRow: {
    cleaned: {
      summary: 'Mailchimp cleaned this address from your audience and no longer sends to it.',
      meaning:
        'This row comes from Mailchimp\'s export of cleaned contacts: Mailchimp cleans an address after a hard bounce (it does not exist, or its server refuses it for good) or after soft bounces repeated over several campaigns. The export does not keep the server\'s reply, so it does not say which of these happened.',
    },
    unsubscribed: {
      summary: 'The recipient unsubscribed from your audience.',
      meaning:
        'This row comes from Mailchimp\'s export of unsubscribed contacts: the person left the list, by the unsubscribe link in one of your campaigns or by asking you. It is not a delivery failure, and Mailchimp no longer sends to them.',
    },
    suppressedBounce: {
      summary: 'The address is on your sending service\'s suppression list because mail to it bounced.',
      meaning:
        'This row comes from Amazon SES\'s account suppression list: an earlier message to the address bounced, so SES no longer sends to it (a send to it fails at once). The list does not keep the server\'s reply.',
    },
    suppressedAfterBounce: {
      summary: 'Your sending service stopped sending to this address because mail to it bounced for good.',
      meaning:
        'This Postmark event (SubscriptionChange, reason HardBounce) says the address was put on the suppression list: a message to it hard bounced, most often because the address does not exist. The server\'s reply is in the bounce event, not in this one.',
    },
    suppressedByHand: {
      summary: 'Your sending service stopped sending to this address because someone suppressed it by hand.',
      meaning:
        'This Postmark event (SubscriptionChange, reason ManualSuppression) says the address was put on the suppression list by your account or by Postmark\'s staff, not at the recipient\'s request. It is not a delivery failure.',
    },
    rejectedBySes: {
      summary: 'Amazon SES found a virus in your message and sent it to no one.',
      meaning:
        'This Amazon SES Reject event says SES accepted the message, found a virus in it and refused it before trying to deliver it: the recipient\'s server never got it. The problem is in the message (most often an attachment), not in the address.',
    },
    templateNotRendered: {
      summary: 'Your sending service did not send the message: it could not build it from the template.',
      meaning:
        'The sending service (such as Amazon SES, Postmark or SparkPost) reported that a value was missing to fill in the message\'s template (a variable such as {{name}} with no data for this recipient), or that the template has an error. No message was built, so nothing was sent. The problem is in the template or the sending data, not in the address.',
      advice:
        'Do not take the address off your list. Read in the reply which field was missing, fix the template or the data you give the service (give variables that may be empty a default value) and send to this recipient again.',
    },
    spamCheckedByService: {
      summary: 'Your own sending service\'s spam check stopped the message: it was not sent.',
      meaning:
        'Your sending service itself (such as SendGrid\'s spam checker, when it is turned on for the account) stopped the message before sending it: the recipient\'s server never got it. The problem is in the message\'s content, not in the address.',
      advice:
        'Do not take the address off your list. Review the content (avoid image-only messages, link shorteners and pushy wording), see in the service\'s settings the score from which its check stops mail, and send again.',
    },
    requestRefusedByService: {
      summary: 'Your sending service did not send the message: it refused the sending request your system made.',
      meaning:
        'Your sending service refused the message before sending it, because your system\'s request had an error (such as a malformed SendGrid X-SMTPAPI header, or an error while handing the message over through Postmark\'s SMTP service). The recipient\'s server never got it. The problem is in the integration, not in the address.',
      advice:
        'Do not take the address off your list. Ask whoever runs the sending system (site, shop, CRM) to read the error the service gave, fix the sending request and send again.',
    },
    quotaReachedAtService: {
      summary: 'Your sending service did not send the message: your account reached one of its limits.',
      meaning:
        'Your sending service dropped the message because the account went over a limit of messages or recipients: its plan\'s, or its test mode\'s. The recipient\'s server never got it, and the address is not at fault.',
      advice:
        'Do not take the address off your list. Check the account\'s usage in the service\'s dashboard, wait for the limit to reset, change plans or leave test mode, and send again to those who did not get it.',
    },
    heldByChallenge: {
      summary: 'The recipient uses a challenge-response filter: your message is held until someone confirms, once, that you are a real sender.',
      meaning:
        'Your sending service (Postmark, with its ChallengeVerification type) read the reply as a challenge from the recipient\'s anti-spam system (such as Spam Arrest): it holds mail from senders it does not know yet and asks each of them to confirm once, through a link. The message has not reached the recipient; it is delivered after the confirmation, and discarded if nobody confirms.',
      advice:
        'Do not take the address off your list for this alone. Confirm once through the challenge\'s link if you trust it (check that the link\'s domain is the filter\'s, and never type a password there), or ask the recipient to add your sending address to their allowed senders. Until then, treat the address as not receiving your mail.',
    },
    senderRefusedByService: {
      summary: 'Your sending service did not send the message: it refused the sender, as your account is set up.',
      meaning:
        'Your sending service itself refused it (at Mandrill, the reasons invalid-sender and unsigned): the sender address is not valid, or its domain is not verified in the account to sign the messages. The recipient\'s server was not even contacted, and the recipient\'s address is not at fault.',
      advice:
        'Do not take the address off your list. Send from a valid address of a domain verified in the account (with the DNS records the service gives) and send again.',
    },
    refusedByAccountRule: {
      summary: 'Your sending service did not send the message: a rule set up in your own account refused it.',
      meaning:
        'Your sending service (at Mandrill, the reason rule) applied a rejection rule that whoever runs the account set up. The recipient\'s server was not even contacted, and the address is not at fault.',
      advice:
        'Do not take the address off your list. Check the account\'s rules in the service\'s dashboard; if the rule should not apply to this message, change it and send again.',
    },
    hardBounceByService: {
      summary: 'Your sending service marked this address as a hard bounce: it cannot receive mail.',
      meaning:
        'The service sorted this failure as a hard bounce (an address that does not exist, or whose server refuses it for good), but kept no reply from the recipient\'s server that says which. Most services stop sending to such an address.',
      advice:
        'Remove the address from your list. If the person gives you a corrected address, use that one.',
    },
    unsubscribedAtService: {
      summary: 'Your sending service did not send this message: the recipient unsubscribed.',
      meaning:
        'Amazon SES reported a permanent bounce of subtype UnsubscribedRecipient: it did not send the message because the person left your list (through its unsubscribe link or button). No server refused anything, and the address may well exist: the person asked to get no more mail.',
      advice:
        'Remove the address from your list, and do not add it back unless the person subscribes again.',
    },
    delayedByService: {
      summary: 'Your sending service is holding the message back for now, for a reason of its own, and will keep trying.',
      meaning:
        'This delay is the sending service\'s own, not the recipient\'s server\'s: at Amazon SES, a DeliveryDelay event of type InternalFailure (an internal SES issue) or SendingDeferral (SES decided to defer the sending). The message is still in its queue.',
      advice:
        'Nothing to do for now: neither the address nor the recipient\'s server is at fault. If the delay lasts more than a few hours, check the service\'s status page or ask its support.',
    },
  },
  snsNotice: {
    subscribe: {
      summary: 'Amazon SNS asks you to confirm a subscription: this is not a delivery failure.',
      meaning:
        'This is Amazon SNS\'s SubscriptionConfirmation, which it sends once to an endpoint (a web address, a queue) newly subscribed to a topic, before any notification. It names no recipient and says nothing of a message.',
      advice:
        'Nothing to remove from your lists. To get Amazon SES\'s bounces and complaints at this endpoint, confirm the subscription: visit the SubscribeURL in the message, or call ConfirmSubscription with its Token.',
    },
    unsubscribe: {
      summary: 'Amazon SNS confirms that this endpoint was unsubscribed: this is not a delivery failure.',
      meaning:
        'This is Amazon SNS\'s UnsubscribeConfirmation: the endpoint no longer receives the topic\'s notifications. It names no recipient and says nothing of a message.',
      advice:
        'Nothing to remove from your lists. If you still want Amazon SES\'s bounces and complaints here, subscribe again (the SubscribeURL in the message does it); until then, no bounce reaches this endpoint.',
    },
  },
  unknownEventState: {
    summary: (word) => `This row's status, "${word}", is not one smtp-explain knows: it was not read as a failure.`,
    meaning:
      'The export gives this address a status that no sending service we know uses, and no reply from a server that would say what happened. It may be a delivery, an open, or a failure under a name of its own.',
    advice:
      'Check what this status means in your sending service\'s help before you remove or keep the address.',
  },
  topicOptOut: {
    kind: 'topic unsubscribe',
    name: 'Left some topics of the list',
    summary: 'The recipient left some topics of your list, but is still on it.',
    summaryOf: (topics, list) => `The recipient no longer wants mail about ${topics}${list ? ` from the list ${list}` : ''}, but is still subscribed to the rest.`,
    meaning:
      'This is not a delivery failure, nor a request to leave everything: by the unsubscribe link or on Amazon SES\'s preferences page, the person unsubscribed from these topics only and is still subscribed to the rest of the list.',
    advice:
      'Keep the address on the list, but send it no mail on these topics. If you send through SES naming the list and the topic, SES already stops delivering it; if your list lives in another system, record this preference there.',
  },
  subscriptionNotice: {
    reactivated: {
      summary: 'Your sending service sends to this address again.',
      meaning:
        'This is not a delivery failure: this Postmark event (SubscriptionChange, SuppressSending false) says the address was taken off the suppression list. It may have been reactivated by the recipient subscribing again, by your account or by Postmark\'s staff.',
      advice:
        'Nothing to take off your list. If you removed this address after an earlier bounce or unsubscribe, you may send to it again; after an unsubscribe, only if the person asked to come back.',
    },
    resubscribed: {
      summary: 'The recipient is subscribed to your list (or subscribed again).',
      meaning:
        'This is not a delivery failure: this Amazon SES subscription event gives the person\'s current preferences, and they left neither the list nor any of its topics.',
      advice: 'Nothing to take off your list. If you removed the address after an earlier unsubscribe, you may send to it again.',
    },
  },
  severalRecipients: (addresses) =>
    `This Amazon SES subscription event is for a message sent to several recipients (${addresses}) and does not say which of them changed their subscription. No address was taken off the list; look up in SES which contact changed.`,
  authFailureReport: {
    kind: 'authentication report',
    name: 'Authentication failure report',
    summary: 'A provider reported that a message using your domain failed authentication (SPF, DKIM or DMARC).',
    meaning:
      "This is not a delivery failure or a complaint from the recipient: it is an authentication failure report (RFC 6591), which providers send when your domain's DMARC policy asks for forensic reports (ruf=). The message it quotes may have come from you, with authentication set up wrong, or from someone using your domain without permission.",
    advice:
      'Look up the source IP and the SPF and DKIM results in the report. If the IP is one of your servers or services, add it to your domain\'s SPF record or fix its DKIM signature. If it is not, the message went through a forward or a mailing list, which break SPF and sometimes DKIM, or someone is forging your domain; against forgery, a DMARC policy of p=quarantine or p=reject protects the people who receive it. The recipient does not need to leave your list.',
  },
  notSpamReport: {
    kind: 'not-spam report',
    name: 'Marked as not spam',
    summary: 'The recipient moved your message out of the spam folder: they want it.',
    meaning:
      'This is not a delivery failure: it is a "not-spam" report (RFC 6430), which some providers send when a recipient marks a message as not spam. It counts in favor of your reputation.',
    advice:
      'Nothing to do with the address: it stays on your list. If such reports are frequent, the provider\'s filters are putting your mail in spam: check SPF, DKIM, DMARC and the reputation of your IP and domain.',
  },
  otherReport: {
    kind: 'feedback report',
    name: 'Feedback report',
    summary: 'A provider sent a report about a message using your domain.',
    meaning:
      'This is not a delivery failure, a request to leave your list or a spam complaint: it is a feedback report (RFC 5965) of another type, such as suspected fraud or a virus. The type is in the report\'s Feedback-Type field.',
    advice:
      'Read the report and the message it quotes. Suspected fraud or a virus in a message you did not send means someone is using your domain: protect it with SPF, DKIM and DMARC. The recipient does not need to leave your list.',
  },
  successCode: { title: (subject) => `Success (${subject})`, advice: 'Nothing to do: this is not an error.' },
  incoherentCode: {
    title: 'Inconsistent code (a success detail in a failure)',
    meaning: (code, detailTitle, successCode) =>
      `The detail of ${code} ("${detailTitle}") only exists in success replies, as ${successCode}. In a failure the server's code contradicts itself and says nothing about the cause.`,
    advice: 'Go by the three-digit code and the text of the reply, which say what actually happened.',
  },
  stillTryingGroup: '(the server still retries)',
  delayedReasonName: 'Delivery delayed (the server still retries)',
  stillTrying: {
    summary: 'Delivery is late: your server has not managed to deliver the message yet and is still trying.',
    meaning:
      'The sending server keeps getting temporary errors or cannot reach the receiver. It retries until its retry period ends (usually a few days) and tells you if it gives up.',
    advice:
      'Nothing to do yet. If the delay goes on, check the recipient address and ask the recipient whether their mail server is working.',
  },
  providerOwnStatus: (code, registryTitle) =>
    registryTitle === null
      ? `The provider uses ${code}, a code the IANA registry does not list, in this sense.`
      : `The provider uses ${code} in this sense, which is not the IANA registry's (there, ${code} means "${registryTitle}").`,
  ownSenseTitle: (sense, registryTitle) =>
    registryTitle === null ? `${sense}, in the provider's sense (not in the IANA registry)` : `${sense}, in the provider's sense (in the IANA registry: ${lowerFirst(registryTitle)})`,
  codeInPractice: (provider, what, registered) =>
    `In practice, ${provider} ${registered ? 'also uses this code in another sense' : 'uses this code in a sense of its own'}: ${what}.`,
  practiceProvider: { google: 'Gmail', microsoft: 'Microsoft 365' },
  unregisteredStatus: (code, group) => `${code}: a code the IANA registry does not list, in the "${group}" group.`,
  statusDisagrees: (code, title) => `In the IANA registry ${code} means "${title}", but the reply's words point to the cause above.`,
  classesDisagree: (status, code) =>
    `The enhanced code ${status} says ${CLASS_SAYS[status[0]!]}, but ${code} says ${CLASS_SAYS[code[0]!]}: ${code} is what counts, as the sending server goes by it.`,
  unknownUserFiltered:
    "The server's words say the address does not exist, but the refusal came after the recipient had been accepted, or at a step the bounce does not tell. Some filters answer this way to hide that they filter (the sender filters of Japanese mobile carriers do). If every message to this address bounces the same way, treat the address as non-existent.",
  unknownDomainAdmin: {
    nonexistent:
      "The DNS answered that the domain does not exist: on the recipient's side there is no server and no admin to fix anything. To check, run dig MX followed by the domain; if it resolves normally elsewhere, check your server's DNS resolver.",
    noMailServer:
      "The domain exists, but its DNS points to no mail server that works: its MX record is broken, its DNS fails, or a null MX says the domain takes no mail. Only the recipient domain's admin can change that: check with dig MX followed by the domain, and let the recipient know another way.",
  },
  notBounce: 'This message is not a bounce.',
  notBounceMeaning: 'It holds no delivery failure, delivery report, complaint or auto-reply that we could read.',
  notBounceAdvice: 'If you expected a bounce, paste the whole message, headers included.',
  quietLog: {
    summary: 'No delivery in this log failed or was deferred.',
    // a log of a mail server's other lines (connections, logins) names no delivery at all
    meaning: (n, count) => (n === 0
      ? "The log has no delivery line at all (only connections, logins and the mail server's other lines), so there is no failure to explain."
      : n === 1
      ? "The log's only delivery line says the message was delivered."
      : `The log has ${count} delivery lines, and every message was delivered (those deferred, on a later attempt).`),
    advice: "If a message did not arrive, look for the recipient's address in the log, or explain the bounce you got.",
  },
  emptyInput: {
    summary: 'The input was empty: nothing to explain.',
    meaning: 'No text came through the pipe or the redirection (a grep that matched no line, for instance). This is not an error.',
    fileSummary: 'The file is empty: nothing to explain.',
    fileMeaning: 'The file holds no text (a mail log that logrotate has just emptied, for instance). This is not an error.',
  },
  quietEvents: {
    summary: 'None of these events is a failure.',
    meaning: (n, count) => (n === 0
      ? 'The list names no address whose message failed or that complained.'
      : n === 1
        ? 'There is one event, and it is not a bounce or a complaint: the message was delivered, opened or clicked.'
        : `There are ${count} events, and none is a bounce or a complaint: the messages were delivered, opened or clicked.`),
    advice: "Nothing to remove from your lists. To see the failures, export the sending service's bounce or suppression events.",
  },
  invalidCode: {
    summary: 'This looks like an SMTP code, but no code starts like that.',
    reply: "An SMTP reply code's first digit runs from 2 to 5 (2 success, 3 go on, 4 temporary failure, 5 permanent failure; RFC 5321). Check that the number was copied right.",
    status: "An enhanced status code's first number is 2 (success), 4 (temporary failure) or 5 (permanent failure; RFC 3463). Check that the code was copied right.",
  },
  noCodeSummary: 'No reply code or status code was found in the text.',
  unrecognisedRetry: 'Not known: nothing in the text says whether a message failed.',
  unrecognisedPart: {
    summary: (excerpt) => `This part was not recognised: “${excerpt}”`,
    meaning: 'The pasted text holds several notices, and this part has no reply code, no status code and no phrase we can read. The other parts were explained each on its own.',
    advice: "If this part is a bounce too, paste it alone with its technical details, where the server's reply and its code are (550 5.1.1, for example).",
  },
  noCodeMeaning:
    "Nothing in it looks like an SMTP reply (\"550 5.1.1 ...\"), an enhanced status code, a mail server's log line or a bounce message, and none of the phrases we know is in it.",
  noCodeAdvice: "Look in your inbox for the e-mail that came back (from “Mail Delivery Subsystem” or “MAILER-DAEMON”, or with a subject such as “Undeliverable” or “Delivery Status Notification”) and paste all of its text. If you only have the server's reply, paste it exactly as it came, with its code (such as 550 5.1.1).",
  pasteTechnicalDetails:
    'If you pasted only the notice, paste the technical details below it too (the lines with the server\'s reply, such as "550 5.1.1 ..."): they almost always tell the cause.',
  ownNotice: {
    'verify-probe': {
      summary: (daemon) => `This line is an address verification by your server (${daemon}), not a delivery.`,
      meaning:
        'Postfix checks that an address exists (for reject_unverified_sender or reject_unverified_recipient, or with sendmail -bv) by talking to the address\'s server, without sending any message. "undeliverable" says the check failed; no message came back to anyone.',
      advice:
        'If the address checked is an outside sender\'s, the check served to refuse their message: nothing to do. Do not take the address off any list for this line; look in the log for the real delivery, with status=bounced or status=sent.',
    },
    'login-failed': {
      summary: (daemon) => `Someone tried to log in to your mail server (${daemon}) with a wrong username or password.`,
      meaning:
        'No message of yours came back: a program connected to your server and tried to authenticate (SMTP AUTH) without success. When the IP is unknown and the line comes again and again, someone is guessing passwords.',
      advice:
        'If it is one of your users, they must fix the password in their mail program. If many attempts come from unknown IPs, block them (with fail2ban, for example) and check that the accounts\' passwords are strong.',
    },
    'client-listed': {
      summary: (daemon) => `Your server (${daemon}) found the IP connecting to it on block lists.`,
      meaning:
        'postscreen looks up block lists (DNSBL) for each connecting IP and adds up a score; past postscreen_dnsbl_threshold, the connection is refused. It is your spam protection at work: the one listed is the other server, not yours.',
      advice: 'Nothing to do. If a legitimate sender is turned away, allow their IP in postscreen_access_list.',
    },
    'client-dns': {
      summary: (daemon) => `Your server (${daemon}) checked the reverse DNS of a connecting client, and the name does not match the IP.`,
      meaning:
        'It is a note about the server that was delivering a message to yours, not about yours: its reverse DNS (PTR) name does not point back to the same IP.',
      advice: 'Nothing to do on your side. If a legitimate sender is refused for it, they must fix their server\'s reverse DNS.',
    },
    'client-left': {
      summary: (daemon) => `A client connected to your server (${daemon}) left in the middle of the conversation.`,
      meaning:
        'No delivery of yours failed: a client (another server or a mail program) opened the connection and left before the end. It is common with spam, scans and login attempts.',
      advice: 'Nothing to do unless it happens with legitimate senders or users; then check the network, TLS and the server\'s time limits.',
    },
    'table-outdated': {
      summary: (daemon) => `A lookup table of your server (${daemon}) was edited and not rebuilt.`,
      meaning:
        'Postfix reads the compiled version of the file (.db or .lmdb), which is older than the text file: the changes made to it do not apply yet.',
      advice: 'Run postmap on the file named (for example, postmap /etc/postfix/virtual), then postfix reload.',
    },
    arrival: {
      summary: () => 'This line records a message that arrived at the server (Exim), not a failure.',
      meaning:
        'In Exim\'s log, "<=" marks a message\'s arrival, with its sender, the IP it came from and its size. Its deliveries are other lines with the same id: "=>" delivered, "==" deferred, "**" failed.',
      advice: 'To see what became of the message, look in the log for the lines with the same id.',
    },
    other: {
      summary: (daemon) => `This line is a warning of your own mail server (${daemon}), not the outcome of a delivery.`,
      meaning:
        'It does not say a message of yours came back: it records something the server noticed at work (a setting, a file, a connection, TLS).',
      advice:
        'If the warning keeps coming, show it to whoever runs the server. To see what became of a message, look in the log for the lines with to=<...> and status=.',
    },
  },
  localDelivery: {
    summary: 'A local delivery failed: your own server could not hand the message to the mailbox, a program or a filter.',
    meaning:
      'This line is of a delivery inside your server (local, virtual, pipe, LMTP to Dovecot, or a content filter on 127.0.0.1): the message had arrived, and the "recipient\'s server" is yours. The cause lies in the delivery program, the disk, the permissions or its settings.',
    advice:
      'Show this line to whoever runs the server: the log line just before it usually holds the delivery program\'s error (Dovecot, procmail, the filter). If the failure is temporary, the message stays queued and leaves by itself once it is fixed.',
  },
  localMailbox: {
    admin: 'whoever runs your mail server',
    adminAdvice: {
      userunknown:
        'The mailbox does not exist on your own server. If the server accepted the message and only then returned it, the failure notice goes to the envelope sender, who may be forged: that is backscatter, which gets servers onto block lists. Make the server refuse unknown recipients during the SMTP conversation: in Postfix, with local_recipient_maps or virtual_mailbox_maps (or reject_unverified_recipient when delivery goes over LMTP); in Exim, with verify = recipient in the RCPT ACL.',
      mailboxfull:
        'The full mailbox is on your own server: raise the account\'s quota (in Dovecot, the user\'s quota rule) or ask the user to free some space. Until then, what arrives for them goes back to whoever sent it.',
    },
  },
  errorSummary: (message) => `Could not analyze it: ${message}`,
  errorKind: 'unreadable',
  errorRetry: 'Does not apply: the input could not be read.',
  cutRetry: 'Does not apply: the rest of the input was not read.',
  newAddress: (address) =>
    `The new address given is ${address}. For a personal message, resend to it and update the contact. On a mailing list, remove the old address and invite the person to subscribe with the new one: their consent does not move to another address by itself.`,
  damagedReport: 'the bounce is cut short or damaged: neither its recipient nor the reason can be read from it',
  emptyNotice: 'the bounce came empty (its headers without any text): open it in your mail program, or ask your provider for a whole copy',
  compressedFile: {
    error: 'the file is compressed (gzip, bzip2, xz, zstd or zip)',
    advice: 'Unpack it first. The command line, the web page and the API read .gz, .zip, .tar and .tgz files by themselves (smtp-explain export.zip); bzip2, xz and zstd files can be read straight from the unpacking: bzcat, xzcat or zstdcat file | smtp-explain -.',
  },
  emptyText: {
    error: 'the text is empty',
    advice: "Give the whole delivery failure notice (its text, or the .eml file's bytes), or the server's reply with its code.",
  },
  libraryCall: {
    tooManyResults: {
      error: (more, max) => `at least ${more} more results are left out (maxResults is ${max}: pass a larger one, or Infinity for every result)`,
      advice: 'Pass maxResults: Infinity to get every result, or read the file with analyzePaths() from smtp-explain/node, which gives each result as it reads.',
    },
    unpackedTooLarge: (mb) => `this file, unpacked, is larger than ${mb} MB (MAX_UNPACKED_BYTES) and was not read here: save it and read it with analyzePaths() from smtp-explain/node, which streams files of any size`,
    streamTooLarge: (mb) => `this input is larger than ${mb} MB and is no mbox nor mail log, which analyzeStream() reads as they come: it was not read (one message, a text or a sending service's events are read whole, up to ${mb} MB)`,
    streamFailed: (detail) => `the stream failed while it was read (${detail}): the results before this one are those of what came before`,
    unpackedTotal: (mb) => `the archive unpacks to more than ${mb} MB: its files from here on were not read; save it and read it with analyzePaths() from smtp-explain/node, which streams files of any size`,
  },
  emptyFile: {
    error: 'the file is empty',
    advice: 'Check that it is the right file. If it is, open the delivery failure notice in your mail program and save it again as .eml, or copy its text and analyze that.',
  },
  binaryFile: {
    error: 'the file is not text (it looks like an image, a PDF or another binary file)',
    advice: 'Open the bounce in your mail program and save it as .eml or .txt, or copy its text and analyze that.',
  },
  moreRecipients: {
    summary: (error) => `Analysis of this bounce stops here: ${error}.`,
    error: (max) => `it names more than ${max} recipients, and only the first ${max} were analyzed`,
    advice: 'The other recipients are listed in the bounce itself, after these: open it in your mail program to see them.',
  },
  textCut: {
    summary: (error) => `Analysis of this text stops here: ${error}.`,
    advice: "If it is a mail log, its lines were not recognised as a log's: each should start with its date and time, as syslog, journalctl or Exim write them. If it is another text, split it into smaller files.",
  },
  tooManyResults: {
    summary: (error) => `The answer stops here: ${error}.`,
    error: (more, max) => `at least ${more} more results are left out (one request gives at most ${max})`,
    advice: 'Use the command line for inputs this large: it writes every result as it goes (smtp-explain --summary file), or split the input.',
  },
  brokenJson: {
    error: "the text looks like JSON (a sending service's events?), but it is cut short or malformed",
    advice: 'Copy the whole JSON, from the first { or [ to the last } or ], or save it in a .json file and analyze the file.',
  },
  outlookFile: {
    error: 'the file is in the binary format of Outlook\'s .msg files (and of old Word and Excel files), but no Outlook message could be read from it: it is damaged, cut short, or another kind of document',
    advice:
      'In Outlook, open the message and use File > Save As > Text Only (.txt), or copy all the text of the message, including the diagnostic information for administrators. Then analyze that text.',
  },
} satisfies UiText;
