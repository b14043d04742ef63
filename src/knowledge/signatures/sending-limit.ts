// The sender's own provider refusing to send more, or refusing the sender's account altogether: a sending limit or quota of the sender's account,
// per hour or per day, written by the submission server ("Daily sending quota exceeded", Microsoft 365's
// "you've reached your daily limit for message recipients" (5.1.90), Brazilian hosts' "Limite de envio
// por hora excedido"). Not the receiver's rate limit ("too many messages", "rate limit"): words that
// say "sending" and name a limit or a quota. Google's own reply (550 5.4.5) is its row in google.ts.
import type { Signature } from './types.js';

export const sendingLimitSignatures = [
  {
    id: 'sending-limit:own-account',
    provider: 'sending-limit',
    text: [
      'daily sending limit',
      'hourly sending limit',
      'sending limit exceeded',
      'sending limit reached',
      'exceeded the sending limit',
      'exceeded your sending limit',
      'reached your sending limit',
      'daily sending quota',
      'sending quota exceeded',
      'reached your daily limit',
      'submissionquotaexceeded',
      'limite de envio',
      'limite diário de envio',
      'limite diario de envio',
      'cota de envio',
      'quota de envio',
      'excedida para envio',
      // cPanel's Exim: "Domain example.net has exceeded the max emails per hour (250/250 (100%)) allowed"
      'max emails per hour',
      // Zoho: "550 5.4.6 Unusual sending activity detected. Please try after sometime."
      'unusual sending activity',
      'limite de envios por hora',
      'limite de e-mails por hora',
    ],
    reason: 'ratelimited',
    ownWords: true,
    submission: true,
    // refused at submission: a mail program or a newsletter system keeps no queue that retries
    retry: 'later',
    actors: ['sender'],
    source: 'observed',
  },
  {
    // cPanel's Exim: "Domain example.net has exceeded the max defers and failures per hour (5/5 (100%))
    // allowed. Message discarded.": too many of the domain's messages failed this hour (a dirty list)
    id: 'sending-limit:failures-per-hour',
    provider: 'sending-limit',
    text: ['max defers and failures', 'defers and failures per hour'],
    reason: 'ratelimited',
    ownWords: true,
    actors: ['sender'],
    source: 'https://docs.cpanel.net/whm/server-configuration/tweak-settings/',
  },
  {
    // Amazon SES pausing an account, mostly for its bounce or complaint rate: "554 Sending suspended for
    // this account. For more information, please check the inbox of the email address associated with
    // your AWS account." Unlike a mailbox provider's blocked account, the list is the usual cause.
    id: 'sending-limit:ses-paused',
    provider: 'sending-limit',
    text: ['sending suspended for this account', 'sending paused for this account'],
    reason: 'rejected',
    ownWords: true,
    retry: 'after-fix',
    actors: ['sender'],
    source: 'https://docs.aws.amazon.com/ses/latest/dg/faqs-enforcement.html',
  },
  {
    // The sender's own account stopped by its provider: "Your account has been suspended for sending spam",
    // Microsoft 365's restricted users ("5.1.8 Access denied, bad outbound sender", "OutboundSpamException"),
    // "Sua conta foi bloqueada para envio". Said of "your account" or of sending, never of the recipient's
    // ("Conta suspensa" alone is a recipient's suspended mailbox).
    id: 'sending-limit:account-blocked',
    provider: 'sending-limit',
    text: [
      'your account has been suspended', 'your account has been disabled', 'your account has been blocked',
      'your account is suspended', 'your account is blocked', 'your account is disabled', 'your account has been deactivated',
      'your account has been closed', 'your account is closed', 'sender account disabled', 'sending account has been',
      'bad outbound sender', 'outboundspamexception', 'restricted from sending',
      'outgoing blocked', // Zoho: "554 5.1.8 Email Outgoing Blocked."
      'sua conta foi bloqueada', 'sua conta foi suspensa', 'sua conta está bloqueada', 'sua conta esta bloqueada',
      'sua conta está suspensa', 'sua conta esta suspensa', 'sua conta de e-mail foi', 'sua conta de e-mail está suspensa',
      'sua conta de e-mail está bloqueada', 'sua conta de e-mail está desativada', 'conta bloqueada por envio',
      'conta bloqueada para envio', 'conta de envio bloqueada', 'bloqueada para envio', 'bloqueado para envio',
      'bloqueado por excesso de envio', 'bloqueada por excesso de envio', 'suspensa por envio de spam',
      // German and French: "Ihr Konto wurde gesperrt", "Votre compte a été suspendu" (fragments without
      // the accents, which servers often drop)
      ['ihr konto', 'gesperrt'], ['ihr konto', 'deaktiviert'], ['votre compte', 'suspendu'], ['votre compte', 'bloqu'],
      ['votre compte', 'sactiv'],
    ],
    reason: 'rejected',
    ownWords: true,
    actors: ['sender', 'sender-provider'],
    source: 'https://learn.microsoft.com/en-us/defender-office-365/outbound-spam-restore-restricted-users',
  },
  {
    // A sending service's free or test account, which sends only to the addresses authorized in it:
    // Mailgun's "Free accounts are for test purposes only. Please upgrade or add the address to authorized
    // recipients in Account Settings." and "Sandbox subdomains are for test purposes only. ..."
    id: 'sending-limit:test-account',
    provider: 'sending-limit',
    text: ['are for test purposes only', ['authorized recipients', 'account settings']],
    reason: 'rejected',
    ownWords: true,
    retry: 'after-fix',
    actors: ['sender'],
    source: 'https://documentation.mailgun.com/docs/mailgun/user-manual/domains/domains-sandbox',
  },
  {
    // A sending service refusing a From domain not set up (added and verified) in the account: SparkPost's
    // policy_rejection and generation_rejection events, "550 5.7.1 Unconfigured Sending Domain <example.org>"
    id: 'sending-limit:unconfigured-domain',
    provider: 'sending-limit',
    text: ['unconfigured sending domain'],
    reason: 'rejected',
    ownWords: true,
    retry: 'after-fix',
    actors: ['sender'],
    source: 'https://developers.sparkpost.com/api/webhooks/',
  },
] as const satisfies readonly Signature[];
