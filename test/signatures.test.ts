import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchSignature } from '../src/classify/signature-match.js';
import { signatures as enHints } from '../src/i18n/en/signatures.js';
import { signatures as ptHints } from '../src/i18n/pt-BR/signatures.js';
import { SIGNATURES, type SignatureId } from '../src/knowledge/signatures/index.js';
import type { Pattern, Signature } from '../src/knowledge/signatures/types.js';
import { REASONS, type Facts, type Reason } from '../src/types.js';
import { dsn } from './mailbox-helpers.js';

/** The table seen through the row type, so optional fields can be read on every row. */
const ROWS: readonly Signature[] = SIGNATURES;

interface Case {
  /** What the server wrote (written for these tests, modeled on each provider's documented format). */
  text: string;
  replyCode?: string;
  status?: string;
  remoteHost?: string | null;
  recipient?: string | null;
  /** The decoder's reading (Facts.hintRule), for a row only that reading meets (Signature.rule). */
  hintRule?: string;
  id: SignatureId;
  reason: Reason;
}

const GMAIL_MX = 'gmail-smtp-in.l.google.com';
const WORKSPACE_MX = 'aspmx.l.google.com';
const EOP = 'example-com.mail.protection.outlook.com';
const OUTLOOK_MX = 'example-com.olc.protection.outlook.com';
const YAHOO_MX = 'mta5.am0.yahoodns.net';
const ICLOUD_MX = 'mx01.mail.icloud.com';

const CASES: Case[] = [
  // Google
  {
    text: '550 5.7.1 Mail from outside the company is not accepted by this group. - gcdp q12si345678qtb.45 - gsmtp',
    status: '5.7.1', remoteHost: WORKSPACE_MX, id: 'google:gcdp-admin-rule', reason: 'filtered',
  },
  {
    text: '450-4.2.1 The user you are trying to contact is receiving mail too quickly. Please 450-4.2.1 resend your message at a later time. 450 4.2.1 https://support.google.com/mail/?p=ReceivingRate a12si3456789pfb.101 - gsmtp',
    status: '4.2.1', remoteHost: GMAIL_MX, id: 'google:receiving-rate', reason: 'ratelimited',
  },
  {
    text: '550-5.2.1 The user you are trying to contact is receiving mail at a rate that 550-5.2.1 prevents additional messages from being delivered. For more 550-5.2.1 information, go to 550 5.2.1 https://support.google.com/mail/?p=ReceivingRatePerm b34si1234567oia.22 - gsmtp',
    status: '5.2.1', remoteHost: GMAIL_MX, id: 'google:receiving-rate', reason: 'ratelimited',
  },
  {
    text: "550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. For more information, go to 550 5.1.1 https://support.google.com/mail/?p=NoSuchUser c56si7654321qkj.3 - gsmtp",
    status: '5.1.1', remoteHost: GMAIL_MX, recipient: 'nobody@example.com', id: 'google:5.1.1-no-such-user', reason: 'userunknown',
  },
  {
    text: '550-5.2.1 The email account that you tried to reach is disabled. For more 550 5.2.1 information, go to https://support.google.com/mail/?p=DisabledUser d78si2345678ybe.9 - gsmtp',
    status: '5.2.1', remoteHost: GMAIL_MX, id: 'google:5.2.1-disabled-user', reason: 'suspend',
  },
  {
    text: "552-5.2.2 The recipient's inbox is out of storage space and inactive. Please direct 552-5.2.2 the recipient to 552 5.2.2 https://support.google.com/mail/?p=OverQuotaPerm e90si1111111pgb.5 - gsmtp",
    status: '5.2.2', remoteHost: GMAIL_MX, id: 'google:5.2.2-over-quota-inactive', reason: 'mailboxfull',
  },
  {
    text: "452-4.2.2 The recipient's inbox is out of storage space. Please direct the 452-4.2.2 recipient to 452 4.2.2 https://support.google.com/mail/?p=OverQuotaTemp f12si2222222qtw.7 - gsmtp",
    status: '4.2.2', remoteHost: GMAIL_MX, id: 'google:x.2.2-over-quota', reason: 'mailboxfull',
  },
  {
    text: "552-5.3.4 Your message exceeded Google's message size limits. For more information, 552 5.3.4 go to https://support.google.com/mail/?p=MaxSizeError g34si3333333ejc.12 - gsmtp",
    status: '5.3.4', remoteHost: GMAIL_MX, id: 'google:5.3.4-max-size', reason: 'emailtoolarge',
  },
  {
    text: '452 4.5.3 Your message has too many recipients. For more information, go to https://support.google.com/mail/?p=TooManyRecipientsError h56si4444444pla.8 - gsmtp',
    status: '4.5.3', remoteHost: GMAIL_MX, id: 'google:4.5.3-too-many-recipients', reason: 'ratelimited',
  },
  { text: '421 4.7.0 [TSS09] All messages from 192.0.2.10 will be permanently deferred; Retrying will NOT succeed. See https://senders.yahooinc.com/smtp-error-codes', id: 'yahoo:ts03-permanently-deferred', reason: 'blocked' },
  // mail loops, which no resend clears
  { text: 'mail for example.com loops back to myself', id: 'loop:back-to-myself', reason: 'networkerror' },
  { text: '554 5.4.6 Hop count exceeded - possible mail loop', status: '5.4.6', id: 'loop:too-many-hops', reason: 'networkerror' },
  { text: '554 5.0.0 Too many hops 26 (25 max): from <news@example.org> via mx.example.net, to <ana@example.com>', id: 'loop:too-many-hops', reason: 'networkerror' },
  { text: 'Too many "Received" headers - suspected mail loop', id: 'loop:too-many-hops', reason: 'networkerror' },
  { text: 'mail forwarding loop for ana@example.com', id: 'loop:too-many-hops', reason: 'networkerror' },
  { text: 'aliasing/forwarding loop broken', id: 'loop:forwarding-broken', reason: 'systemerror' },
  { text: '550 5.7.12 RESOLVER.RST.SenderNotAuthenticated; Delivery restriction check failed because the sender was not authenticated when sending to this group', id: 'microsoft:5.7.133-internal-senders-only', reason: 'policyviolation' },
  // what receivers ask of bulk senders
  { text: '550 5.7.1 Bulk mail rejected: missing List-Unsubscribe header', id: 'bulk:list-unsubscribe', reason: 'policyviolation' },
  { text: '550 5.7.1 URL in message body listed on multi.uribl.com', id: 'bulk:uri-listed', reason: 'spamdetected' },
  { text: '550 5.7.1 Recipient has unsubscribed from this sender', id: 'bulk:recipient-unsubscribed', reason: 'suppressed' },
  // the recipient's address written wrong; Postfix's DATA reply once every recipient was refused
  { text: "553-5.1.3 The recipient address <ana at example.com> is not a valid RFC-5321 address. Learn more at https://support.google.com/mail/answer/6596 - gsmtp", id: 'address:malformed', reason: 'userunknown' },
  { text: '501 5.1.3 Bad recipient address syntax', id: 'address:malformed', reason: 'userunknown' },
  { text: '554 5.5.1 <ana@example.com>: Error: no valid recipients', id: 'address:no-valid-recipients', reason: 'onhold' },
  { text: '450 4.1.1 <ana@example.com>: Recipient address rejected: undeliverable address: host mx2.example.com[192.0.2.21] said: 554 5.7.1 Service unavailable; Client host [192.0.2.22] blocked using zen.spamhaus.org', id: 'address:verify-probe-blocked', reason: 'blocked' },
  // the same words of the sender's address: Gmail refusing the MAIL FROM, no recipient to remove
  { text: '553 5.1.7 The sender address <joao@example.org> is not a valid RFC-5321 address. - gsmtp', id: 'sender:malformed', reason: 'rejected' },
  { text: '501 5.1.7 Bad sender address syntax', id: 'sender:malformed', reason: 'rejected' },
  // AOL's refusal of the sending server, whatever its 5.2.1 would say of a mailbox
  { text: '521 5.2.1 :  AOL will not accept delivery of this message.', id: 'aol:521-not-accepted', reason: 'blocked' },
  // Yahoo's 5.7.9 in its own words, without the postmaster link
  { text: '554 5.7.9 Message not accepted for policy reasons (PH01)', status: '5.7.9', id: 'yahoo:5.7.9-policy', reason: 'policyviolation' },
  // a callout of the sender's address that cPanel words as its catch-all
  { text: '550-Verification failed for <joao@example.org>\n550-The mail server could not deliver mail to joao@example.org.  The account or domain may not exist, they may be blacklisted, or missing the proper dns entries.\n550 Sender verify failed', id: 'sender:verify-failed', reason: 'rejected' },
  // the sender's own account blocked by its provider: no subscriber's fault
  { text: '550 5.7.1 Your account has been suspended for sending spam', id: 'sending-limit:account-blocked', reason: 'rejected' },
  { text: '554 5.7.1 Sua conta foi bloqueada para envio por suspeita de spam', id: 'sending-limit:account-blocked', reason: 'rejected' },
  { text: '550 5.7.1 Usuario bloqueado por excesso de envio de mensagens', id: 'sending-limit:account-blocked', reason: 'rejected' },
  { text: '550 5.1.8 Access denied, bad outbound sender', id: 'sending-limit:account-blocked', reason: 'rejected' },
  { text: '554 Sending suspended for this account. For more information, please check the inbox of the email address associated with your AWS account.', id: 'sending-limit:ses-paused', reason: 'rejected' },
  // a sending service's free or sandbox account, which sends only to the addresses authorized in it
  { text: 'Free accounts are for test purposes only. Please upgrade or add the address to authorized recipients in Account Settings.', id: 'sending-limit:test-account', reason: 'rejected' },
  { text: '421 Sandbox subdomains are for test purposes only. Please add your own domain or add the address to authorized recipients in Account Settings.', id: 'sending-limit:test-account', reason: 'rejected' },
  { text: '550 5.7.1 Unconfigured Sending Domain <example.org>', id: 'sending-limit:unconfigured-domain', reason: 'rejected' },
  // cPanel's Exim, in place of the remote reply (most Brazilian shared hosting)
  { text: '550 Domain example.net has exceeded the max emails per hour (250/250 (100%)) allowed. Message discarded.', id: 'sending-limit:own-account', reason: 'ratelimited' },
  { text: '550 Domain example.net has exceeded the max defers and failures per hour (5/5 (100%)) allowed. Message discarded.', id: 'sending-limit:failures-per-hour', reason: 'ratelimited' },
  { text: '550 The mail server could not deliver mail to ana@example.com. The account or domain may not exist, they may be blacklisted, or missing the proper dns entries.', id: 'cpanel:generic-failure', reason: 'onhold' },
  // the sender's address: a receiver's callout, the own server's login check
  { text: '450 4.1.7 <news@example.org>: Sender address rejected: unverified address: Sender verify failed', id: 'sender:verify-failed', reason: 'rejected' },
  { text: '550-Verification failed for <noreply@example.org>\n550 Sender verify failed', id: 'sender:verify-failed', reason: 'rejected' },
  { text: '553 5.7.1 <news@example.org>: Sender address rejected: not owned by user ana@example.org', id: 'sender:not-owned-by-login', reason: 'rejected' },
  // an attachment refused for its type, whatever size code comes with it
  { text: '552 5.3.4 Attachment type not allowed (.exe)', status: '5.3.4', id: 'attachment:type-refused', reason: 'policyviolation' },
  { text: '550 5.7.1 Mensagem recusada: tipo de anexo proibido (.js)', id: 'attachment:type-refused', reason: 'policyviolation' },
  { text: '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required', id: 'microsoft:resolver-rst-authrequired', reason: 'securityerror' },
  // which authentication check failed, where no provider row says more
  { text: '550 5.7.23 SPF check failed: 192.0.2.10 is not allowed to send mail from example.org', id: 'spf:fail', reason: 'authfailure' },
  { text: '550 5.7.1 Sender not authorized by SPF for example.org', id: 'spf:fail', reason: 'authfailure' },
  { text: '550 5.7.1 Mensagem rejeitada: remetente não autorizado pelo SPF', id: 'spf:fail', reason: 'authfailure' },
  { text: '550 5.7.1 DKIM signature verification failed', id: 'dkim:fail', reason: 'authfailure' },
  { text: '550 5.7.5 Permanent error evaluating DMARC policy', id: 'dmarc:permerror', reason: 'authfailure' },
  { text: '550 5.7.1 Email rejected per DMARC policy for example.org', id: 'dmarc:policy-reject', reason: 'authfailure' },
  {
    text: '421-4.7.26 This mail has been rate limited because DKIM does not pass and SPF has temporary DNS failures. - gsmtp',
    status: '4.7.26', remoteHost: GMAIL_MX, id: 'google:4.7.26-temporary-dns', reason: 'authfailure',
  },
  // the sending server's HELO name refused: its settings, not a block list
  { text: '504 5.5.2 <mail>: Helo command rejected: need fully-qualified hostname', id: 'helo:rejected', reason: 'blocked' },
  { text: '450 4.7.1 <mx.example.local>: Helo command rejected: Host not found', id: 'helo:rejected', reason: 'blocked' },
  { text: '550 5.7.1 Invalid HELO name (See RFC2821 4.1.1.1)', id: 'helo:rejected', reason: 'blocked' },
  // the receiving server's own TLS broken; a client's TLS failure is no such row
  { text: '454 4.7.0 TLS not available due to local problem', id: 'postfix:tls-local-problem', reason: 'failedstarttls' },
  // the sender's own provider refusing to send more (not the receiver's rate limit)
  { text: '550 5.7.1 Limite de envio diario excedido para esta conta', id: 'sending-limit:own-account', reason: 'ratelimited' },
  { text: '451 4.7.1 Limite de envio por hora excedido. Tente novamente mais tarde', id: 'sending-limit:own-account', reason: 'ratelimited' },
  { text: "550 5.1.90 Your message can't be sent because you've reached your daily limit for message recipients", id: 'sending-limit:own-account', reason: 'ratelimited' },
  { text: '554 5.2.0 STOREDRV.Submission.Exception:SubmissionQuotaExceededException; Failed to process message due to a permanent exception', id: 'sending-limit:own-account', reason: 'ratelimited' },
  {
    text: '550 5.4.5 Daily user sending limit exceeded. For more information on Gmail sending limits, go to https://support.google.com/a/answer/166852 i78si5555555qva.2 - gsmtp',
    status: '5.4.5', remoteHost: 'smtp.gmail.com', id: 'google:5.4.5-sending-limit', reason: 'ratelimited',
  },
  {
    text: '421 4.3.0 Temporary System Problem. Try again later (10). j90si6666666pjb.3 - gsmtp',
    status: '4.3.0', remoteHost: GMAIL_MX, id: 'google:4.3.0-busy', reason: 'systemerror',
  },
  {
    text: '554 5.4.6 Message exceeded 50 hops, this may indicate a mail loop. k12si7777777qkd.4 - gsmtp',
    status: '5.4.6', remoteHost: GMAIL_MX, id: 'google:5.4.6-mail-loop', reason: 'networkerror',
  },
  {
    text: '550-5.7.25 [192.0.2.10] The IP address sending this message does not have a 550-5.7.25 PTR record setup, or the corresponding forward DNS entry does not 550-5.7.25 point to the sending IP. For more information, go to 550 5.7.25 https://support.google.com/mail/answer/81126#ip-practices l34si8888888pfa.6 - gsmtp',
    status: '5.7.25', remoteHost: GMAIL_MX, id: 'google:x.7.25-ptr', reason: 'requireptr',
  },
  {
    text: '550-5.7.1 [2001:db8::10] This message does not meet IPv6 sending guidelines regarding PTR 550-5.7.1 records and authentication. For more information, go to 550 5.7.1 https://support.google.com/mail/?p=IPv6AuthError a12si1234567pfb.1 - gsmtp',
    status: '5.7.1', remoteHost: GMAIL_MX, id: 'google:ipv6-ptr-and-authentication', reason: 'requireptr',
  },
  {
    text: '451-4.7.24 The SPF record of the sending domain has one or more suspicious 451-4.7.24 entries. 451 4.7.24 https://support.google.com/mail/answer/81126 b34si2345678qtb.2 - gsmtp',
    status: '4.7.24', remoteHost: GMAIL_MX, id: 'google:x.7.24-suspicious-spf', reason: 'authfailure',
  },
  {
    text: '454-4.7.0 Too many login attempts, please try again later. For more information, go to 454 4.7.0 https://support.google.com/mail/?p=LoginAttempts c56si3456789pgb.3 - gsmtp',
    status: '4.7.0', remoteHost: 'smtp.gmail.com', id: 'google:454-4.7.0-login-attempts', reason: 'securityerror',
  },
  {
    text: "451-4.7.26 Unauthenticated email from example.org is not accepted due to domain's 451-4.7.26 DMARC policy, but temporary DNS failures prevented evaluating DMARC. 451 4.7.26 https://support.google.com/mail/answer/2451690 m56si9999999qtx.1 - gsmtp",
    replyCode: '451', status: '4.7.26', remoteHost: GMAIL_MX, id: 'google:451-4.7.26-dmarc-dns', reason: 'authfailure',
  },
  {
    text: "550-5.7.26 Unauthenticated email from example.org is not accepted due to domain's 550-5.7.26 DMARC policy. Please contact the administrator of example.org domain 550-5.7.26 if this was a legitimate mail. To learn about the DMARC initiative, go to 550 5.7.26 https://support.google.com/mail/?p=DmarcRejection n78si1212121pgc.9 - gsmtp",
    replyCode: '550', status: '5.7.26', remoteHost: GMAIL_MX, id: 'google:dmarc-rejection', reason: 'authfailure',
  },
  {
    text: '550-5.7.26 This mail has been blocked because the sender is unauthenticated. 550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM. 550 5.7.26 https://support.google.com/mail/answer/81126#authentication o90si1313131qkb.2 - gsmtp',
    status: '5.7.26', remoteHost: GMAIL_MX, id: 'google:x.7.26-unauthenticated', reason: 'authfailure',
  },
  {
    text: '550-5.7.1 This message does not have authentication information or fails to 550-5.7.1 pass authentication checks. To best protect our users from spam, the 550-5.7.1 message has been blocked. 550 5.7.1 https://support.google.com/mail/answer/81126#authentication p12si1414141pfd.3 - gsmtp',
    status: '5.7.1', remoteHost: GMAIL_MX, id: 'google:x.7.26-unauthenticated', reason: 'authfailure',
  },
  {
    text: "421-4.7.27 This mail has been rate limited because SPF didn't pass for example.org 421-4.7.27 with ip: 192.0.2.10. 421 4.7.27 https://support.google.com/mail/answer/81126 q34si1515151qtb.4 - gsmtp",
    status: '4.7.27', remoteHost: GMAIL_MX, id: 'google:x.7.27-spf-fail', reason: 'authfailure',
  },
  {
    text: "421-4.7.30 This mail has been rate limited because DKIM didn't pass. 421 4.7.30 https://support.google.com/mail/answer/81126 r56si1616161pgb.5 - gsmtp",
    status: '4.7.30', remoteHost: GMAIL_MX, id: 'google:x.7.30-dkim-fail', reason: 'authfailure',
  },
  {
    text: "550-5.7.32 The From: header isn't aligned with either the authenticated SPF or DKIM 550 5.7.32 organizational domain. s78si1717171qva.6 - gsmtp",
    status: '5.7.32', remoteHost: GMAIL_MX, id: 'google:x.7.32-from-not-aligned', reason: 'authfailure',
  },
  {
    text: '421-4.7.40 This mail has been rate limited because there is no DMARC record for the 421 4.7.40 sending domain. t90si1818181pla.7 - gsmtp',
    status: '4.7.40', remoteHost: GMAIL_MX, id: 'google:x.7.40-no-dmarc-record', reason: 'authfailure',
  },
  {
    text: '421-4.7.29 This mail has been rate limited because it is not sent over TLS. 421 4.7.29 https://support.google.com/mail/answer/81126 u12si1919191qkd.8 - gsmtp',
    status: '4.7.29', remoteHost: GMAIL_MX, id: 'google:x.7.29-no-tls', reason: 'failedstarttls',
  },
  {
    text: '530 5.7.0 Must issue a STARTTLS command first. v34si2020202pfa.9 - gsmtp',
    replyCode: '530', status: '5.7.0', remoteHost: 'smtp.gmail.com', id: 'google:530-5.7.0-starttls-first', reason: 'failedstarttls',
  },
  {
    text: '421 4.7.0 TLS required for RCPT domain, closing connection. w56si2121212qtx.1 - gsmtp',
    replyCode: '421', status: '4.7.0', remoteHost: WORKSPACE_MX, id: 'google:4.7.0-tls-required', reason: 'failedstarttls',
  },
  {
    text: '421-4.7.28 Gmail has detected an unusual rate of unsolicited mail originating from 421-4.7.28 your DKIM domain [example.org]. To protect our users from spam, mail 421-4.7.28 has been temporarily rate limited. 421 4.7.28 https://support.google.com/mail/?p=UnsolicitedRateLimitError x78si2222222pgc.2 - gsmtp',
    status: '4.7.28', remoteHost: GMAIL_MX, id: 'google:4.7.28-unsolicited-rate', reason: 'ratelimited',
  },
  {
    // a log line cuts the reply before "gsmtp" and the URL: Google's own sentence is enough
    text: '421-4.7.28 [192.0.2.1] Our system has detected an unusual rate of unsolicited mail originating from your IP address. (in reply to end of DATA command)',
    status: '4.7.28', remoteHost: null, id: 'google:4.7.28-unsolicited-rate', reason: 'ratelimited',
  },
  {
    text: '550-5.7.28 Our system has detected an unusual rate of unsolicited mail originating 550-5.7.28 from your IP address. To protect our users from spam, mail sent from your 550-5.7.28 IP address has been blocked. y90si2323232qkb.3 - gsmtp',
    status: '5.7.28', remoteHost: GMAIL_MX, id: 'google:5.7.28-unsolicited-rate', reason: 'badreputation',
  },
  {
    text: '421-4.7.0 [198.51.100.7 15] This message is suspicious due to the very low 421-4.7.0 reputation of the sending domain. To best protect our users from spam, 421 4.7.0 mail has been temporarily rate limited. z12si2424242pfd.4 - gsmtp',
    status: '4.7.0', remoteHost: GMAIL_MX, id: 'google:low-reputation', reason: 'badreputation',
  },
  {
    text: '550-5.7.1 [192.0.2.10] Messages with multiple addresses in From: 550 5.7.1 header are not accepted. a34si2525252qtb.5 - gsmtp',
    status: '5.7.1', remoteHost: GMAIL_MX, id: 'google:5.7.1-not-rfc5322', reason: 'notcompliantrfc',
  },
  {
    text: '550-5.7.1 This message is not RFC 5322 compliant, the Message-ID header is 550-5.7.1 missing. 550 5.7.1 https://support.google.com/mail/?p=RfcMessageNonCompliant b56si2626262pgb.6 - gsmtp',
    status: '5.7.1', remoteHost: GMAIL_MX, id: 'google:5.7.1-not-rfc5322', reason: 'notcompliantrfc',
  },
  {
    text: '550-5.7.1 [192.0.2.10] Our system has detected that this message is likely 550-5.7.1 unsolicited mail. To reduce the amount of spam sent to Gmail, this message 550-5.7.1 has been blocked. 550 5.7.1 https://support.google.com/mail/?p=UnsolicitedMessageError c78si2727272qva.7 - gsmtp',
    status: '5.7.1', remoteHost: GMAIL_MX, id: 'google:5.7.1-unsolicited', reason: 'spamdetected',
  },
  {
    text: "550-5.7.1 [192.0.2.10] The IP you're using to send mail is not authorized to 550-5.7.1 send email directly to our servers. Please use the SMTP relay at your 550 5.7.1 service provider instead. d90si2828282pla.8 - gsmtp",
    status: '5.7.1', remoteHost: GMAIL_MX, id: 'google:5.7.1-ip-not-authorized', reason: 'blocked',
  },
  {
    text: '421 4.7.0 IP not in whitelist for RCPT domain, closing connection. e12si2929292qkd.9 - gsmtp',
    status: '4.7.0', remoteHost: WORKSPACE_MX, id: 'google:4.7.0-ip-not-allowed', reason: 'blocked',
  },
  {
    text: '552-5.7.0 This message was blocked because its content presents a potential 552-5.7.0 security issue. 552 5.7.0 https://support.google.com/mail/?p=BlockedMessage f34si3030303pfa.1 - gsmtp',
    status: '5.7.0', remoteHost: GMAIL_MX, id: 'google:552-5.7.0-blocked-message', reason: 'policyviolation',
  },
  {
    text: '535-5.7.8 Username and Password not accepted. For more information, go to 535 5.7.8 https://support.google.com/mail/?p=BadCredentials g56si3131313qtx.2 - gsmtp',
    status: '5.7.8', remoteHost: 'smtp.gmail.com', id: 'google:535-5.7.8-bad-credentials', reason: 'securityerror',
  },
  {
    text: '534-5.7.9 Application-specific password required. For more information, go to 534 5.7.9 https://support.google.com/mail/?p=InvalidSecondFactor h78si3232323pgc.3 - gsmtp',
    status: '5.7.9', remoteHost: 'smtp.gmail.com', id: 'google:534-5.7.9-app-password', reason: 'securityerror',
  },
  {
    text: '534-5.7.14 Please log in via your web browser and then try again. 534 5.7.14 https://support.google.com/mail/?p=WebLoginRequired i90si3333333qkb.4 - gsmtp',
    status: '5.7.14', remoteHost: 'smtp.gmail.com', id: 'google:534-5.7.14-web-login', reason: 'securityerror',
  },

  // Microsoft
  {
    text: '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient nobody@example.com not found by SMTP address lookup',
    status: '5.1.10', remoteHost: EOP, id: 'microsoft:5.1.10-recipient-not-found', reason: 'userunknown',
  },
  {
    text: '550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed as sender not authenticated',
    status: '5.7.133', remoteHost: EOP, id: 'microsoft:5.7.133-internal-senders-only', reason: 'policyviolation',
  },
  {
    text: '550 5.7.134 RESOLVER.RST.SenderNotAuthenticatedForMailbox; authentication required',
    status: '5.7.134', remoteHost: EOP, id: 'microsoft:5.7.133-internal-senders-only', reason: 'policyviolation',
  },
  {
    text: '550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [AB1CD2EF345.eop-nam02.prod.protection.outlook.com]',
    status: '5.4.1', remoteHost: EOP, id: 'microsoft:5.4.1-recipient-access-denied', reason: 'userunknown',
  },
  {
    text: '550 5.7.509 Access denied, sending domain [EXAMPLE.ORG] does not pass DMARC verification and has a DMARC policy of reject. [AB1CD2EF345.namprd02.prod.outlook.com]',
    status: '5.7.509', remoteHost: EOP, id: 'microsoft:5.7.509-dmarc-reject', reason: 'authfailure',
  },
  {
    text: "550 5.7.515 Access denied, sending domain [example.org] doesn't meet the required authentication level. [AB1CD2EF345.namprd02.prod.outlook.com]",
    status: '5.7.515', remoteHost: OUTLOOK_MX, id: 'microsoft:5.7.515-authentication-level', reason: 'authfailure',
  },
  {
    text: '550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)',
    status: '5.7.520', id: 'microsoft:5.7.520-external-forwarding', reason: 'policyviolation',
  },
  {
    text: '554 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: sender@example.org',
    id: 'amazon:ses-identity-not-verified', reason: 'rejected',
  },
  {
    text: "550 5.7.703 Your message can't be delivered because messages to ana@example.com are blocked by your organization using Tenant Allow Block List.",
    status: '5.7.703', id: 'microsoft:5.7.703-tenant-recipient-block', reason: 'suppressed',
  },
  {
    text: '530 5.7.57 Client not authenticated to send mail. [AB1CD2EF345.namprd02.prod.outlook.com]',
    replyCode: '530', status: '5.7.57', remoteHost: 'smtp.office365.com', id: 'microsoft:5.7.57-client-not-authenticated', reason: 'securityerror',
  },
  {
    text: '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [AB1CD2EF345.namprd02.prod.outlook.com]',
    replyCode: '535', status: '5.7.139', remoteHost: 'smtp.office365.com', id: 'microsoft:5.7.139-smtp-auth-disabled', reason: 'securityerror',
  },
  {
    text: '550 5.7.60 SMTP; Client does not have permissions to send as this sender [AB1CD2EF345.namprd02.prod.outlook.com]',
    status: '5.7.60', remoteHost: 'smtp.office365.com', id: 'microsoft:5.7.60-send-as-denied', reason: 'securityerror',
  },
  {
    text: "550 5.7.1 Unfortunately, messages from [198.51.100.7] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150).",
    status: '5.7.1', remoteHost: OUTLOOK_MX, id: 'microsoft:s3150-block-list', reason: 'blocked',
  },
  {
    text: '550 5.7.606 Access denied, banned sending IP [192.0.2.10]. To request removal from this list please visit https://sender.office.com/ and follow the directions.',
    status: '5.7.606', remoteHost: EOP, id: 'microsoft:5.7.606-banned-sending-ip', reason: 'blocked',
  },
  {
    text: '550 5.7.501 Service unavailable. Spam abuse detected from IP range. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653',
    status: '5.7.501', remoteHost: null, id: 'microsoft:5.7.501-spam-abuse-ip', reason: 'blocked',
  },
  {
    text: '550 5.7.503 Access denied, connection refused',
    status: '5.7.503', remoteHost: null, id: 'microsoft:5.7.501-spam-abuse-ip', reason: 'blocked',
  },
  {
    // 4.7.651 shares the throttling row's markers but names the IP's reputation
    text: '451 4.7.651 The mail server [192.0.2.10] has been temporarily rate limited due to IP reputation. (S844)',
    status: '4.7.651', remoteHost: null, id: 'microsoft:4.7.650-ip-reputation', reason: 'badreputation',
  },
  {
    // Microsoft's throttling copied from a log: no outlook.com host, its own words and (S3115)
    text: '451 4.7.652 The mail server [192.0.2.10] has exceeded the maximum number of connections. (S3115)',
    status: '4.7.652', remoteHost: null, id: 'microsoft:4.7.500-throttled', reason: 'ratelimited',
  },
  {
    text: '550 5.7.511 Access denied, banned sender[192.0.2.10]. To request removal from this list, forward this message to delist@microsoft.com.',
    status: '5.7.511', remoteHost: OUTLOOK_MX, id: 'microsoft:5.7.511-banned-sender', reason: 'blocked',
  },
  {
    text: '550 5.7.708 Service unavailable. Access denied, traffic not accepted from this IP.',
    status: '5.7.708', id: 'microsoft:5.7.708-ip-low-reputation', reason: 'badreputation',
  },
  {
    text: '550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains.',
    status: '5.7.750', id: 'microsoft:5.7.750-unregistered-domain', reason: 'rejected',
  },
  {
    text: '550 5.7.705 Access denied, tenant has exceeded threshold. [AB1CD2EF345.namprd02.prod.outlook.com]',
    status: '5.7.705', id: 'microsoft:5.7.705-tenant-blocked', reason: 'blocked',
  },
  {
    text: '451 4.7.650 The mail server [192.0.2.10] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775) [XY0PR01MB1234.namprd01.prod.outlook.com]',
    status: '4.7.650', remoteHost: OUTLOOK_MX, id: 'microsoft:4.7.650-ip-reputation', reason: 'badreputation',
  },
  {
    text: '451 4.7.500 Server busy. Please try again later from [192.0.2.10]. (S77714) [AB1CD2EF345.eop-nam02.prod.protection.outlook.com]',
    status: '4.7.500', remoteHost: EOP, id: 'microsoft:4.7.500-throttled', reason: 'ratelimited',
  },
  {
    text: '432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded',
    status: '4.3.2', remoteHost: EOP, id: 'microsoft:4.3.2-thread-limit', reason: 'ratelimited',
  },
  {
    text: '451 4.4.62 Mail sent to the wrong Office 365 region. ATTR35. For more information please go to https://go.microsoft.com/fwlink/?linkid=865268',
    status: '4.4.62', remoteHost: EOP, id: 'microsoft:4.4.62-wrong-region', reason: 'networkerror',
  },
  {
    text: '550 4.4.7 QUEUE.Expired; message expired',
    status: '4.4.7', id: 'microsoft:4.4.7-queue-expired', reason: 'expired',
  },
  {
    text: '550 5.7.1 Service unavailable, the HELO name host.example.org is on our block list (S8001)',
    status: '5.7.1', remoteHost: OUTLOOK_MX, id: 'microsoft:s8001-helo-listed', reason: 'blocked',
  },
  {
    text: '550 OU-001 (AB0-MC1-F12) Unfortunately, messages from 192.0.2.10 weren\'t sent. Please contact your Internet service provider. You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.',
    remoteHost: 'mx1.hotmail.com', id: 'microsoft:ou-001', reason: 'blocked',
  },
  {
    text: '550 OU-002 (AB0-MC1-F12) Mail rejected by Outlook.com for policy reasons.',
    remoteHost: 'mx1.hotmail.com', id: 'microsoft:ou-002', reason: 'policyviolation',
  },
  {
    text: '550 SC-001 (AB0-MC1-F12) Unfortunately, messages from 192.0.2.10 weren\'t sent. Please contact your Internet service provider since part of their network is on our block list.',
    remoteHost: 'mx1.hotmail.com', id: 'microsoft:sc-001', reason: 'blocked',
  },
  {
    text: 'SC-002 (AB0-MC1-F12) Mail rejected by Outlook.com for policy reasons. The mail server IP connecting to Outlook.com has exhibited namespace mining behavior.',
    remoteHost: 'mx1.hotmail.com', id: 'microsoft:sc-002', reason: 'blocked',
  },
  {
    text: '550 SC-003 Mail rejected by Outlook.com for policy reasons. Your IP address appears to be an open proxy/relay.',
    remoteHost: 'mx1.hotmail.com', id: 'microsoft:sc-003', reason: 'blocked',
  },
  {
    text: '550 SC-004 (AB0-MC1-F12) Unfortunately, messages from 198.51.100.7 weren\'t sent. The problem is that too many unwanted messages have been sent from the IP address above.',
    remoteHost: 'mx1.hotmail.com', id: 'microsoft:sc-004', reason: 'blocked',
  },
  {
    text: '550 DY-001 (AB0-MC1-F12) Unfortunately, messages from 198.51.100.7 weren\'t sent. We generally do not accept email from dynamic IP addresses.',
    remoteHost: 'mx1.hotmail.com', id: 'microsoft:dy-001', reason: 'blocked',
  },
  {
    text: '550 DY-002 (AB0-MC1-F12) Unfortunately, messages from 198.51.100.7 weren\'t sent. The likely cause is a compromised or virus infected server.',
    remoteHost: 'mx1.hotmail.com', id: 'microsoft:dy-002', reason: 'blocked',
  },
  {
    text: '421 RP-002 (AB0-MC1-F12) Unfortunately, some messages from 198.51.100.7 weren\'t sent. Please try again. We have limits for how many messages can be sent per hour and per day.',
    remoteHost: 'mx1.hotmail.com', id: 'microsoft:rp-001', reason: 'ratelimited',
  },

  // Yahoo and AOL
  {
    text: "554 delivery error: dd This user doesn't have a yahoo.com account (nobody@yahoo.com) [0] - mta1234.mail.gq1.yahoo.com",
    remoteHost: YAHOO_MX, id: 'yahoo:dd-no-account', reason: 'userunknown',
  },
  {
    text: '554 delivery error: dd Sorry your message to someone@yahoo.com.br cannot be delivered. This mailbox is disabled (554.30). - mta4321.mail.bf1.yahoo.com',
    remoteHost: YAHOO_MX, id: 'yahoo:dd-mailbox-disabled', reason: 'suspend',
  },
  {
    text: '421 4.7.1 [TS03] All messages from 192.0.2.10 will be permanently deferred; Retrying will NOT succeed. See https://postmaster.yahooinc.com/error-codes',
    status: '4.7.1', remoteHost: YAHOO_MX, id: 'yahoo:ts03-permanently-deferred', reason: 'blocked',
  },
  {
    text: '421 4.7.0 [TSS04] Messages from 192.0.2.10 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
    status: '4.7.0', remoteHost: YAHOO_MX, id: 'yahoo:tss04-deferred', reason: 'badreputation',
  },
  {
    text: '421 4.7.0 [TS01] Messages from 192.0.2.10 temporarily deferred due to user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
    status: '4.7.0', remoteHost: YAHOO_MX, id: 'yahoo:tss04-deferred', reason: 'badreputation',
  },
  {
    text: "553 5.7.1 [BL21] Connections will not be accepted from 198.51.100.7, because the ip is in Spamhaus's list; see https://postmaster.yahooinc.com/error-codes",
    status: '5.7.1', remoteHost: YAHOO_MX, id: 'yahoo:bl21-spamhaus', reason: 'blocked',
  },
  {
    text: '553 5.7.1 [PH01] Email not accepted for policy reasons. Please visit https://postmaster.yahooinc.com/error-codes',
    status: '5.7.1', remoteHost: YAHOO_MX, id: 'yahoo:ph01-content', reason: 'spamdetected',
  },
  {
    text: '451 Resources temporarily unavailable. Please try again later [#4.16.1].',
    replyCode: '451', remoteHost: YAHOO_MX, id: 'yahoo:4.16.1-resources-unavailable', reason: 'systemerror',
  },
  {
    text: '550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM.',
    status: '5.7.9', remoteHost: YAHOO_MX, id: 'yahoo:5.7.9-unauthenticated', reason: 'authfailure',
  },
  {
    text: '554 5.7.9 Message not accepted for policy reasons. See https://senders.yahooinc.com/error-codes',
    status: '5.7.9', remoteHost: YAHOO_MX, id: 'yahoo:5.7.9-policy', reason: 'policyviolation',
  },
  {
    text: '421 4.7.1 : (RTR:DU) http://postmaster.info.aol.com/errors/421rtrdu.html',
    status: '4.7.1', remoteHost: 'mailin-01.mx.aol.com', id: 'aol:rtr-bb-dynamic-ip', reason: 'blocked',
  },
  {
    text: '554 5.7.1 : (RTR:RD) http://postmaster.info.aol.com/errors/554rtrrd.html',
    status: '5.7.1', remoteHost: 'mailin-01.mx.aol.com', id: 'aol:rtr-rd-no-ptr', reason: 'requireptr',
  },
  {
    text: '421 4.7.1 : (RLY:B1) http://postmaster.info.aol.com/errors/421rlyb1.html',
    status: '4.7.1', remoteHost: 'mailin-01.mx.aol.com', id: 'aol:rly-b1-rate', reason: 'ratelimited',
  },
  {
    text: '554 5.7.1 : (HVU:B1) http://postmaster.info.aol.com/errors/554hvub1.html',
    status: '5.7.1', remoteHost: 'mailin-01.mx.aol.com', id: 'aol:hvu-b1-content', reason: 'spamdetected',
  },
  {
    text: '521 5.2.1 : AOL will not accept delivery of this message. (DMARC:F)',
    status: '5.2.1', remoteHost: 'mailin-01.mx.aol.com', id: 'aol:dmarc-f', reason: 'authfailure',
  },

  // Apple iCloud
  {
    text: "554 5.7.1 Your message was rejected due to example.org's DMARC policy. See https://support.apple.com/en-us/HT204137 for info",
    status: '5.7.1', remoteHost: ICLOUD_MX, id: 'apple:dmarc-policy', reason: 'authfailure',
  },
  {
    text: '554 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137',
    status: '5.7.1', remoteHost: ICLOUD_MX, id: 'apple:local-policy', reason: 'policyviolation',
  },
  {
    text: '554 ab12p00im-smtpin001.me.com ESMTP not accepting connections',
    replyCode: '554', remoteHost: ICLOUD_MX, id: 'apple:not-accepting-connections', reason: 'blocked',
  },
  {
    text: '550 5.1.6 recipient no longer on server: someone@icloud.com',
    status: '5.1.6', remoteHost: ICLOUD_MX, recipient: 'someone@icloud.com', id: 'apple:5.1.6-no-longer-on-server', reason: 'hasmoved',
  },
  {
    text: '552 5.2.2 <someone@me.com>: user is over quota',
    status: '5.2.2', remoteHost: null, recipient: 'someone@me.com', id: 'apple:5.2.2-over-quota', reason: 'mailboxfull',
  },
  {
    text: '550 5.1.1 <someone@icloud.com>: inactive email address',
    status: '5.1.1', remoteHost: ICLOUD_MX, recipient: 'someone@icloud.com', id: 'apple:5.1.1-inactive-or-unknown', reason: 'userunknown',
  },

  // Gateways
  {
    text: '554 5.7.0 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.10',
    status: '5.7.0', remoteHost: 'mx0a-001234.pphosted.com', id: 'proofpoint:ip-blocked', reason: 'blocked',
  },
  {
    text: '451 Internal resource temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451',
    replyCode: '451', remoteHost: 'us-smtp-inbound-1.mimecast.com', id: 'mimecast:greylisting', reason: 'blocked',
  },
  {
    text: '550 Rejected by header based Anti-Spoofing policy: boss@example.com - https://community.mimecast.com/docs/DOC-1369#550',
    replyCode: '550', remoteHost: 'eu-smtp-inbound-1.mimecast.com', id: 'mimecast:anti-spoofing', reason: 'policyviolation',
  },
  {
    text: '550 Poor Reputation Sender. - https://community.mimecast.com/docs/DOC-1369#550',
    replyCode: '550', remoteHost: 'eu-smtp-inbound-1.mimecast.com', id: 'mimecast:poor-reputation', reason: 'badreputation',
  },
  {
    text: '554 Host network not allowed - https://community.mimecast.com/docs/DOC-1369#554 [aBcDeFgHiJkLmN.uk123]',
    replyCode: '554', remoteHost: 'eu-smtp-inbound-1.mimecast.com', id: 'mimecast:host-network-not-allowed', reason: 'policyviolation',
  },
  {
    text: '554 email rejected due to security policies - MCSpamSignature.sa.12.3 - https://community.mimecast.com/docs/DOC-1369#554',
    replyCode: '554', remoteHost: 'eu-smtp-inbound-1.mimecast.com', id: 'mimecast:security-policies', reason: 'virusdetected',
  },
  {
    text: '550 Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550',
    replyCode: '550', remoteHost: 'eu-smtp-inbound-1.mimecast.com', id: 'mimecast:user-blocked-sender', reason: 'rejected',
  },
  {
    text: '550 Envelope blocked \u2013 User Domain Entry',
    replyCode: '550', remoteHost: 'us-smtp-inbound-2.mimecast.com', id: 'mimecast:user-blocked-sender', reason: 'rejected',
  },
  {
    text: '550 5.7.1 Message content rejected, UBE, id=12345-06-7',
    status: '5.7.1', remoteHost: 'barracuda.example.org', id: 'barracuda:content-ube', reason: 'spamdetected',
  },
  {
    text: "554 Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient via alternate means.",
    replyCode: '554', remoteHost: 'esa1.example.org', id: 'cisco:poor-reputation', reason: 'badreputation',
  },
  {
    text: '550 #5.1.0 Address rejected.',
    replyCode: '550', status: '5.1.0', remoteHost: 'esa1.example.org', id: 'cisco:5.1.0-address-rejected', reason: 'userunknown',
  },
  {
    text: '550 5.7.1 Service unavailable; client [198.51.100.7] blocked using Trend Micro RBL+. Please see http://www.mail-abuse.com/cgi-bin/lookup?ip_address=198.51.100.7',
    status: '5.7.1', remoteHost: 'mx.example.org', id: 'trendmicro:ers-blocked', reason: 'blocked',
  },
  {
    text: '550 5.7.1 Rejected: G1F - the sending IP 192.0.2.10 has no reverse DNS',
    status: '5.7.1', remoteHost: 'mx1.emailsrvr.com', id: 'rackspace:g1f-no-ptr', reason: 'requireptr',
  },
  {
    text: '554 5.7.1 Rejected: G28 - new or untrusted sending IP 192.0.2.10',
    status: '5.7.1', remoteHost: 'mx2.emailsrvr.com', id: 'rackspace:g28-untrusted-ip', reason: 'badreputation',
  },
  {
    text: '450 4.7.1 G28 192.0.2.10 is new or untrusted, please try again later.',
    status: '4.7.1', remoteHost: null, id: 'rackspace:g28-untrusted-ip-pasted', reason: 'badreputation',
  },
  {
    text: '421 4.7.0 [IPTS04] Messages from 192.0.2.10 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes',
    status: '4.7.0', remoteHost: null, id: 'yahoo:tss04-deferred', reason: 'badreputation',
  },
  {
    text: '550 Administrative prohibition - envelope blocked - https://community.mimecast.com/docs/DOC-1369#550 [abcdEFGH123]',
    replyCode: '550', remoteHost: null, id: 'mimecast:envelope-blocked', reason: 'rejected',
  },
  {
    text: '451 Message temporarily deferred due to unresolvable RFC.5321 from domain - https://community.mimecast.com/docs/DOC-1369#451 [abcdEFGH123]',
    replyCode: '451', remoteHost: null, id: 'mimecast:unresolvable-5321-from', reason: 'rejected',
  },

  // Block lists
  {
    text: '554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org; Error: open resolver; https://www.spamhaus.org/returnc/pub/203.0.113.53',
    status: '5.7.1', remoteHost: 'mx.example.org', id: 'spamhaus:query-refused', reason: 'systemerror',
  },
  {
    text: '554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org (127.255.255.254)',
    status: '5.7.1', remoteHost: 'mx.example.org', id: 'spamhaus:query-refused', reason: 'systemerror',
  },
  {
    text: '554 5.7.1 <sender@example.com>: Sender address rejected: blocked using dbl.spamhaus.org',
    status: '5.7.1', remoteHost: 'mx.example.org', id: 'spamhaus:dbl-domain-listed', reason: 'blocked',
  },
  {
    text: '554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.10',
    status: '5.7.1', remoteHost: 'mx.example.org', id: 'spamhaus:ip-listed', reason: 'blocked',
  },
  {
    text: '554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using bl.spamcop.net; Blocked - see https://www.spamcop.net/bl.shtml?192.0.2.10',
    status: '5.7.1', remoteHost: 'mx.example.org', id: 'spamcop:ip-listed', reason: 'blocked',
  },
  {
    text: '554 Service unavailable; Client host [192.0.2.10] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?pr=1&ip=192.0.2.10',
    replyCode: '554', remoteHost: 'mx.example.org', id: 'barracuda:brbl-listed', reason: 'blocked',
  },
  {
    text: '521 5.7.1 Service unavailable; client [192.0.2.10] blocked using dnsbl.sorbs.net',
    status: '5.7.1', remoteHost: 'mx.example.org', id: 'sorbs:ip-listed', reason: 'blocked',
  },
  {
    text: '550 5.7.1 Service unavailable; Client host [198.51.100.7] blocked using dnsbl-2.uceprotect.net; IP 198.51.100.0/24 is UCEPROTECT-Level2 listed',
    status: '5.7.1', remoteHost: 'mx.example.org', id: 'uceprotect:ip-listed', reason: 'blocked',
  },
  {
    text: '554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using bl.example.net; see https://bl.example.net/lookup?ip=192.0.2.10',
    status: '5.7.1', remoteHost: 'mx.example.org', id: 'dnsbl:listed', reason: 'blocked',
  },
  {
    text: '550 5.7.1 Your IP 192.0.2.10 is listed at https://rbl.example.net/ - mail refused',
    status: '5.7.1', remoteHost: 'mx.example.org', id: 'dnsbl:listed', reason: 'blocked',
  },

  // Google: Send mail as; Microsoft: DNS query failed
  {
    text: "We're writing to let you know that the group you tried to contact (team) may not exist, or you may not have permission to post messages to the group. A few more details on why you weren't able to post: * You might have spelled or formatted the group name incorrectly. * The owner of the group may have removed this group. * You may need to join the group before receiving permission to post.",
    recipient: 'team@googlegroups.com', id: 'google:groups-cannot-post', reason: 'rejected',
  },
  {
    // the same notice pasted, in the sender's language, with no address on googlegroups.com
    text: 'Olá, ana@example.com: o grupo que você tentou contatar (equipe) pode não existir ou talvez você não tenha permissão para postar nele. Se tiver dúvidas, acesse a Central de Ajuda em https://groups.google.com/support/.',
    recipient: 'ana@example.com', id: 'google:groups-cannot-post-pasted', reason: 'rejected',
  },
  {
    text: "You're sending this from a different address or alias using the 'Send mail as' feature. The settings for your 'Send mail as' account are misconfigured or out of date. Check those settings and try resending. Learn more here: https://support.google.com/mail/?p=CustomFromDenied The response was: Smtp server does not advertise AUTH capability",
    id: 'google:send-mail-as-misconfigured', reason: 'rejected',
  },
  {
    text: '550 5.4.312 Message expired, DNS query failed(InfoNoRecords)',
    status: '5.4.312', remoteHost: EOP, id: 'microsoft:x.4.312-dns-query-failed', reason: 'networkerror',
  },
  // Amazon SES inbound
  {
    text: '500 5.6.1 Message content rejected',
    status: '5.6.1', remoteHost: 'inbound-smtp.us-east-1.amazonaws.com', id: 'amazon:5.6.1-content-rejected', reason: 'contenterror',
  },
  // KDDI (au): with the address, no such user; without it, the recipient's filter
  {
    text: '550 <nobody@au.com>: User unknown',
    recipient: 'nobody@au.com', id: 'kddi:user-unknown', reason: 'userunknown',
  },
  {
    text: '550 : User unknown',
    recipient: 'someone@ezweb.ne.jp', id: 'kddi:filtered-user-unknown', reason: 'filtered',
  },
  {
    text: '550: : User unknown',
    recipient: 'someone@au.com', id: 'kddi:filtered-user-unknown', reason: 'filtered',
  },
  // Orange, La Poste
  {
    text: '550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]',
    status: '5.1.1', recipient: 'someone@orange.fr', id: 'orange:416-invalid-recipient', reason: 'userunknown',
  },
  {
    text: '421 4.2.0 Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR005_505 [505]',
    status: '4.2.0', remoteHost: 'smtp-in.orange.fr', id: 'orange:505-service-refused', reason: 'systemerror',
  },
  {
    text: '550 5.2.0 Mail rejete. Mail rejected. ofr_506 [506]',
    status: '5.2.0', remoteHost: 'smtp-in.orange.fr', id: 'orange:506-spam', reason: 'spamdetected',
  },
  {
    text: '421 mwinf0000 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR_999 [999]',
    remoteHost: 'smtp-in.orange.fr', id: 'orange:999-ip-refused', reason: 'blocked',
  },
  {
    text: '550 5.5.0 Adresse destinataire invalide. Invalid recipient. LPN007_416',
    status: '5.5.0', recipient: 'someone@laposte.net', id: 'laposte:416-invalid-recipient', reason: 'userunknown',
  },
  {
    text: '554 5.7.1 <client.example.com[192.0.2.10]>: Client host rejected: #216 lpn LPN000_630',
    status: '5.7.1', recipient: 'someone@laposte.net', id: 'laposte:630-client-rejected', reason: 'policyviolation',
  },
  // Cox, Spectrum
  {
    text: '550 5.1.0 <bounce@example.com> sender rejected. Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#CDRBL',
    status: '5.1.0', recipient: 'someone@cox.net', id: 'cox:ip-blocked', reason: 'blocked',
  },
  {
    text: '554 192.0.2.10 rejected - no rDNS. Refer to Error Codes section at https://www.cox.com/residential/support/email-error-codes.html for more information. AUP#CXDNS',
    recipient: 'someone@cox.net', id: 'cox:cxdns-no-ptr', reason: 'requireptr',
  },
  {
    text: '421 too many connections. AUP#CXCNCT',
    recipient: 'someone@cox.net', id: 'cox:cxcnct-connections', reason: 'ratelimited',
  },
  {
    text: '550 5.1.0 <bounce@example.com> sender rejected. Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#In-1310',
    status: '5.1.0', recipient: 'someone@charter.net', id: 'spectrum:13xx-rate-limit', reason: 'ratelimited',
  },

  // a group that takes its members only
  { text: '550 5.7.1 This group only accepts messages from members of the group', status: '5.7.1', id: 'group:members-only', reason: 'rejected' },
  { text: 'o grupo com o qual você tentou entrar em contato (vendas) pode não existir ou você não tem permissão para postar mensagens no grupo', id: 'group:members-only', reason: 'rejected' },

  // the sending server's login to its relay
  {
    text: 'SASL authentication failed; server smtp.example.net[203.0.113.5] said: 535 5.7.8 Error: authentication failed: authentication failure',
    status: '5.7.8', id: 'relay:login-refused', reason: 'securityerror',
  },
  {
    text: 'SASL authentication failed; cannot authenticate to server smtp.example.net[203.0.113.5]: no mechanism available',
    id: 'relay:login-refused', reason: 'securityerror',
  },
  {
    text: 'authentication required but authentication attempt(s) failed',
    id: 'relay:login-refused', reason: 'securityerror',
  },

  // Greylisting, whoever runs it
  {
    text: '450 4.2.0 <ana@example.com>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.com.html',
    status: '4.2.0', id: 'greylisting:deferred', reason: 'blocked',
  },
  { text: '451 4.7.1 Greylisting in action, please come back later', status: '4.7.1', id: 'greylisting:deferred', reason: 'blocked' },
  // A challenge-response filter's request, as decode-auto-reply.ts reads it
  { text: 'está retida aguardando confirmação', hintRule: 'challenge-response:held', id: 'challenge-response:held', reason: 'filtered' },
];

function facts(c: Pick<Case, 'text' | 'replyCode' | 'status' | 'remoteHost' | 'recipient' | 'hintRule'>): Facts {
  return {
    replyCode: c.replyCode ?? (/^\d{3}/.exec(c.text)?.[0] ?? ''),
    status: c.status ?? '',
    text: c.text,
    command: null,
    remoteHost: c.remoteHost ?? null,
    recipient: c.recipient ?? 'someone@example.com',
    ...(c.hintRule ? { hintRule: c.hintRule } : {}),
  };
}

function match(c: Pick<Case, 'text' | 'replyCode' | 'status' | 'remoteHost' | 'recipient' | 'hintRule'>) {
  return matchSignature(SIGNATURES, facts(c), c.text.toLowerCase());
}

function fragments(p: Pattern): readonly string[] {
  return typeof p === 'string' ? [p] : p;
}

test('each synthetic provider reply picks the expected signature and reason', () => {
  for (const c of CASES) {
    const hit = match(c);
    assert.ok(hit, `no signature for: ${c.text}`);
    assert.equal(hit.signature.id, c.id, c.text);
    assert.equal(hit.signature.reason, c.reason, c.text);
    assert.ok(hit.evidence.length > 0, c.id);
  }
});

test('every signature row is exercised by at least one case', () => {
  const covered = new Set(CASES.map((c) => c.id));
  const missing = SIGNATURES.map((s) => s.id).filter((id) => !covered.has(id));
  assert.deepEqual(missing, []);
});

test('all text patterns are lower-case and non-empty', () => {
  for (const s of ROWS) {
    for (const p of s.text ?? []) {
      for (const f of fragments(p)) {
        assert.ok(f.length > 0, `${s.id}: empty fragment`);
        assert.equal(f, f.toLowerCase(), `${s.id}: "${f}" is not lower-case`);
      }
    }
    for (const h of s.hosts ?? []) assert.equal(h, h.toLowerCase(), `${s.id}: host "${h}"`);
  }
});

test('ids are unique and start with the provider', () => {
  const seen = new Set<string>();
  for (const s of SIGNATURES) {
    assert.ok(!seen.has(s.id), `duplicate id ${s.id}`);
    seen.add(s.id);
    assert.ok(s.id.startsWith(`${s.provider}:`), `${s.id} does not start with ${s.provider}:`);
    assert.ok(s.id.length > s.provider.length + 1, s.id);
  }
});

test('rows are well formed: a known reason, a source, and never codes alone without hosts', () => {
  for (const s of ROWS) {
    assert.ok((REASONS as readonly string[]).includes(s.reason), `${s.id}: reason ${s.reason}`);
    assert.ok(s.source === 'observed' || s.source.startsWith('https://'), `${s.id}: source ${s.source}`);
    assert.ok(s.text !== undefined || s.hosts !== undefined, `${s.id}: matches on codes alone without hosts`);
    for (const st of s.status ?? []) {
      assert.match(st, /^[245X]\.\d{1,3}\.\d{1,3}$/, `${s.id}: status ${st}`);
    }
  }
});

test('every signature has a hint in both languages, and the catalogs have no extra keys', () => {
  const ids = SIGNATURES.map((s) => s.id).sort();
  assert.deepEqual(Object.keys(enHints).sort(), ids);
  assert.deepEqual(Object.keys(ptHints).sort(), ids);
  for (const id of ids) {
    const en = enHints[id as SignatureId];
    const pt = ptHints[id as SignatureId];
    for (const hint of [en, pt]) {
      assert.ok(hint.trim().length > 20, `${id}: hint too short`);
      assert.match(hint, /[.!)]$/, `${id}: hint must end a sentence`);
      assert.ok(!/\s{2,}/.test(hint), `${id}: double space`);
    }
    assert.notEqual(en, pt, `${id}: pt-BR hint is the English one`);
    assert.ok(!/\b(contactar|ficheiro|registo|utilizador|ecrã)\b/i.test(pt), `${id}: European Portuguese word`);
  }
});

test('a generic 550 5.1.1 "user unknown" from a non-provider host matches no signature', () => {
  const texts = [
    '550 5.1.1 <alice@example.com>: Recipient address rejected: User unknown in virtual mailbox table',
    '550 5.1.1 User unknown',
    "550 5.1.1 <alice@example.com>... User unknown",
  ];
  for (const text of texts) {
    assert.equal(match({ text, status: '5.1.1', remoteHost: 'mx.example.com', recipient: 'alice@example.com' }), null, text);
  }
});

test('look-alike texts from other systems do not match a provider', () => {
  const negatives: Pick<Case, 'text' | 'status' | 'remoteHost'>[] = [
    // Postfix access map: same words as Microsoft 5.4.1, other status and meaning
    { text: '554 5.7.1 <alice@example.com>: Recipient address rejected: Access denied', status: '5.7.1', remoteHost: 'mx.example.com' },
    // Domino's unknown user says "listed in", which is not a block list
    { text: '550 5.0.0 alice@example.com... User is not listed in the Domino Directory', status: '5.0.0', remoteHost: 'mx.example.com' },
    // Gmail as the sending side reporting another server's rejection: no "gsmtp" from Google
    {
      text: "The response from the remote server was: 550 5.1.1 <alice@example.com>: Recipient address rejected: User unknown. Learn more at https://support.google.com/mail/answer/6596",
      status: '5.1.1', remoteHost: 'mx.example.com',
    },
    // a host name that happens to contain an Outlook.com code
    { text: '550 5.7.1 Relaying denied by misc-001.example.com', status: '5.7.1', remoteHost: 'mx.example.com' },
    // "absorbs" is not SORBS; "garbled" is not an RBL
    { text: '554 5.6.0 Message garbled; the filter absorbs nothing', status: '5.6.0', remoteHost: 'mx.example.com' },
    // a plain 5.2.2 from a non-Apple host
    { text: '552 5.2.2 <alice@example.com>: user is over quota', status: '5.2.2', remoteHost: 'mx.example.com' },
    // "This user doesn't have ... account" without Yahoo's "dd" marker
    { text: "This user doesn't have a example.com account (alice@example.com) [-9]", status: '5.0.0', remoteHost: 'mx.example.com' },
  ];
  for (const n of negatives) {
    const hit = match({ ...n, recipient: 'alice@example.com' });
    assert.equal(hit, null, `${n.text} -> ${hit?.signature.id}`);
  }
});

test('host rules need the host: the same iCloud reply from elsewhere does not match', () => {
  const text = '550 5.1.1 <bob@example.com>: inactive email address';
  assert.equal(match({ text, status: '5.1.1', remoteHost: 'mx.example.com', recipient: 'bob@example.com' }), null);
  const viaRecipient = match({ text, status: '5.1.1', remoteHost: null, recipient: 'bob@icloud.com' });
  assert.equal(viaRecipient?.signature.id, 'apple:5.1.1-inactive-or-unknown');
  // "acme.com" ends with "me.com" but is not Apple's me.com
  assert.equal(match({ text, status: '5.1.1', remoteHost: 'mx.acme.com', recipient: 'bob@acme.com' }), null);
});

test('the Spamhaus refused-query row wins over the Spamhaus listing row', () => {
  const ids = SIGNATURES.map((s) => s.id);
  assert.ok(ids.indexOf('spamhaus:query-refused') < ids.indexOf('spamhaus:ip-listed'));
  assert.ok(ids.indexOf('spamhaus:query-refused') < ids.indexOf('dnsbl:listed'));
  const text = '554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org; Error: excessive number of queries (127.255.255.255)';
  const hit = match({ text, status: '5.7.1', remoteHost: 'mx.example.org' });
  assert.equal(hit?.signature.id, 'spamhaus:query-refused');
  assert.equal(hit?.signature.reason, 'systemerror');
  // the same reply without the refusal marker is a real listing
  const listed = match({ text: '554 5.7.1 Service unavailable; Client host [192.0.2.10] blocked using zen.spamhaus.org', status: '5.7.1', remoteHost: 'mx.example.org' });
  assert.equal(listed?.signature.id, 'spamhaus:ip-listed');
});

test('more specific rows come first where statuses overlap', () => {
  const ids = SIGNATURES.map((s) => s.id);
  const before = (a: SignatureId, b: SignatureId) => assert.ok(ids.indexOf(a) < ids.indexOf(b), `${a} must come before ${b}`);
  before('microsoft:sc-001', 'microsoft:s3150-block-list');
  before('microsoft:s3150-block-list', 'microsoft:5.7.705-tenant-blocked');
  before('microsoft:4.7.650-ip-reputation', 'microsoft:4.7.500-throttled');
  before('microsoft:5.7.708-ip-low-reputation', 'microsoft:5.7.705-tenant-blocked');
  before('google:receiving-rate', 'google:5.2.1-disabled-user');
  before('google:451-4.7.26-dmarc-dns', 'google:dmarc-rejection');
  before('google:dmarc-rejection', 'google:x.7.26-unauthenticated');
  before('google:534-5.7.9-app-password', 'yahoo:5.7.9-policy');
  before('yahoo:5.7.9-unauthenticated', 'yahoo:5.7.9-policy');
  before('yahoo:bl21-spamhaus', 'spamhaus:ip-listed');
  before('spamhaus:dbl-domain-listed', 'spamhaus:ip-listed');
  // Gmail's 4.7.650 is not Microsoft's: no Microsoft marker, no match
  assert.equal(match({ text: '451 4.7.650 Try again later. Please see https://support.example.net', status: '4.7.650', remoteHost: 'mx.example.net' }), null);
});

test("a provider's own sense of a registered code is said, not the registry's title (Microsoft's 5.1.10)", async () => {
  const { explainText } = await import('../src/explain-text.js');
  const reply = '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient ana@example.com not found by SMTP address lookup';
  const en = explainText(reply, { lang: 'en' });
  assert.equal(en.reason, 'userunknown');
  assert.match(en.meaning, /provider uses 5\.1\.10 in this sense.*IANA/);
  assert.doesNotMatch(en.meaning, /5\.1\.10: Recipient domain accepts no mail/);
  assert.match(explainText(reply, { lang: 'pt-BR' }).meaning, /O provedor usa o código 5\.1\.10 com esse sentido/);
  // the registry's meaning where no provider says otherwise
  assert.match(explainText('550 5.1.10 Recipient address has null MX', { lang: 'en' }).meaning, /5\.1\.10: Recipient domain accepts no mail \(null MX\)/);
  for (const s of ROWS) for (const code of s.ownStatus ?? []) assert.match(code, /^[245X]\.\d{1,3}\.\d{1,3}$/, `${s.id}: ownStatus ${code}`);
  // written with the class open, as Gmail's 4.7.27 and 5.7.27 both mean an SPF failure
  const spf = explainText('550-5.7.27 Your email has been blocked because the sender is unauthenticated. Gmail requires all senders to authenticate with either SPF or DKIM. SPF [example.com] with ip: [192.0.2.1] = did not pass - gsmtp', { lang: 'en' });
  assert.equal(spf.signature, 'google:x.7.27-spf-fail');
  assert.match(spf.meaning, /provider uses 5\.7\.27 in this sense/);
  // a code the registry lacks has no registry meaning to set against the provider's
  const sendAs = explainText('550 5.7.60 SMTP; Client does not have permissions to send as this sender', { lang: 'pt-BR' });
  assert.equal(sendAs.signature, 'microsoft:5.7.60-send-as-denied');
  assert.match(sendAs.meaning, /O provedor usa com esse sentido o código 5\.7\.60, que não está no registro da IANA\./);
  assert.doesNotMatch(sendAs.meaning, /quer dizer/);
});

test('greylisting is explained as such: a temporary refusal the sending server gets past by itself', async () => {
  const { explainText } = await import('../src/explain-text.js');
  for (const reply of ['451 4.7.1 Greylisting in action, please come back later', '450 4.7.0 Greylisted, please try again in 5 minutes']) {
    const r = explainText(reply, { lang: 'pt-BR' });
    assert.deepEqual([r.reason, r.kind, r.retry, r.signature], ['blocked', 'transient', 'automatic', 'greylisting:deferred'], reply);
    assert.match(r.summary, /adiou a entrega de propósito \(greylisting\)/);
    assert.match(r.meaning, /^Greylisting é uma defesa contra spam/);
    // the advice of a block (ask for delisting, write to your provider) would send the sender after nothing
    assert.match(r.advice, /^O seu servidor tenta de novo sozinho e não é preciso fazer nada\./);
    assert.doesNotMatch(`${r.advice} ${r.adminAdvice}`, /lista de bloqueio|remoção/);
    assert.deepEqual([r.actors, r.whoActs], [['none'], ['ninguém']], reply);
    // minutes, not the days of a queue's lifetime
    assert.match(r.retryText, /normalmente em poucos minutos/);
  }
  // the sending server gave up while greylisting kept deferring: then somebody has to act
  const { analyzeMessage } = await import('../src/message/analyze-message.js');
  const failed = dsn({ recipient: 'ana@example.com', status: '4.7.1', code: '451', text: 'Greylisted, please try again later' });
  const [gaveUp] = await analyzeMessage(failed, { lang: 'pt-BR' });
  assert.equal(gaveUp!.signature, 'greylisting:deferred');
  assert.match(gaveUp!.summary, /^O seu servidor desistiu da entrega/);
  assert.doesNotMatch(gaveUp!.advice, /não é preciso fazer nada/);
  assert.ok(gaveUp!.actors.includes('sender-provider'));
  assert.doesNotMatch(gaveUp!.retryText, /poucos minutos/);
  const mimecast = explainText('451 Internal resource temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451', { lang: 'en' });
  assert.equal(mimecast.signature, 'mimecast:greylisting');
  assert.match(mimecast.summary, /^Mimecast, the recipient's mail filter, deferred the message/);
  assert.doesNotMatch(`${mimecast.advice} ${mimecast.adminAdvice}`, /block list|delist/);
  // every signature marked ownWords has its words in both languages (the catalogs' types check the keys)
  const { CATALOGS } = await import('../src/i18n/catalog.js');
  for (const s of ROWS.filter((row) => row.ownWords)) {
    for (const lang of ['pt-BR', 'en'] as const) assert.ok(CATALOGS[lang].signatureWords[s.id as keyof typeof CATALOGS['en']['signatureWords']].summary.length > 20, `${s.id} ${lang}`);
  }
  // a greylisting server that names a block list: the list is what to act on
  assert.equal(explainText('450 4.7.1 Greylisted: client host [192.0.2.1] blocked using bl.example.org', { lang: 'en' }).signature, 'dnsbl:listed');
});

test("a hint leaves the retry to the Retry line: a bounce whose server gave up must not read 'your server will retry'", async () => {
  const { CATALOGS } = await import('../src/i18n/catalog.js');
  const own = new Set(ROWS.filter((row) => row.ownWords).map((row) => row.id));
  for (const lang of ['en', 'pt-BR'] as const) {
    for (const [id, hint] of Object.entries(CATALOGS[lang].signatures)) {
      if (own.has(id)) continue; // their words have a variant for a server that gave up (signatureWords)
      assert.doesNotMatch(hint, /will (?:retry|try again)|vai tentar de novo|tentará de novo/i, `${lang} ${id}`);
    }
  }
  const { explainText } = await import('../src/explain-text.js');
  const yahoo = explainText('421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1', { lang: 'en' });
  assert.match(yahoo.retryText, /retr/i);
});

test("a public block list's listing is the sending side's to fix, whether the server still retries or gave up", async () => {
  const { explainText } = await import('../src/explain-text.js');
  const ip = [
    '554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org',
    '550 5.7.1 Rejected: 192.0.2.1 listed at bl.spamcop.net',
    '554 Service unavailable; Client host [192.0.2.1] blocked using bl.example.org',
    '550 5.7.1 Blocked using Trend Micro RBL+. See https://ers.trendmicro.com/',
  ];
  for (const reply of ip) {
    const r = explainText(reply, { lang: 'pt-BR' });
    assert.equal(r.reason, 'blocked', reply);
    assert.deepEqual([r.actors, r.whoActs], [['sender-provider'], ['o administrador ou provedor do seu servidor de envio']], reply);
  }
  const dbl = explainText('554 5.7.1 Rejected: domain example.org listed at dbl.spamhaus.org', { lang: 'en' });
  assert.deepEqual(dbl.actors, ['sender', 'sender-provider']);
  // Spamhaus refusing the receiver's own query: the receiver's admin, not the sender
  assert.deepEqual(explainText('554 5.7.1 Client host blocked using zen.spamhaus.org; Error: open resolver', { lang: 'en' }).actors, ['recipient-admin']);
  // a report whose server gave up keeps the listing's parties
  const { analyzeMessage } = await import('../src/message/analyze-message.js');
  const failed = dsn({ recipient: 'ana@example.com', status: '5.7.1', code: '554', text: 'Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org' });
  const [listed] = await analyzeMessage(failed, { lang: 'pt-BR' });
  assert.deepEqual([listed!.signature, listed!.actors], ['spamhaus:ip-listed', ['sender-provider']]);
});

test("the sender's own sending limit is told as such, and Gmail's abandoned mailbox is removed", async () => {
  const { explainText } = await import('../src/explain-text.js');
  const own = explainText('550 5.7.1 Limite de envio diario excedido para esta conta', { lang: 'pt-BR' });
  assert.equal(own.summary, 'A sua conta atingiu o limite de envio do seu provedor de e-mail.');
  assert.deepEqual(own.actors, ['sender']);
  assert.doesNotMatch(`${own.summary} ${own.advice}`, /servidor de destino|sozinho/);
  const gmail = explainText('550 5.4.5 Daily user sending limit exceeded. For more information on Gmail sending limits, go to https://support.google.com/a/answer/166852 - gsmtp', { lang: 'en' });
  assert.equal(gmail.summary, 'Your Google account reached its daily sending limit.');
  // the provider's own sense of 5.4.5, not the registry's "congestion"
  assert.match(gmail.meaning, /uses 5\.4\.5 in this sense/);
  // the receiver's rate limit stays the receiver's
  const receiver = explainText('421 4.7.0 Too many messages from 192.0.2.1, rate limit exceeded, slow down', { lang: 'en' });
  assert.equal(receiver.reason, 'ratelimited');
  assert.notEqual(receiver.signature, 'sending-limit:own-account');
  assert.match(receiver.summary, /receiving server/);
  // full and inactive for long: nobody will free the space
  const perm = explainText("552-5.2.2 The recipient's inbox is out of storage space and inactive. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaPerm - gsmtp", { lang: 'pt-BR' });
  assert.deepEqual([perm.reason, perm.retry, perm.actors], ['mailboxfull', 'never', ['sender']]);
  assert.doesNotMatch(perm.advice, /Tente de novo|daqui a alguns dias/);
  const { categorize } = await import('../src/report/tally.js');
  const { lite } = await import('../src/cli/render.js');
  const { analyze } = await import('../src/analyze.js');
  const [r] = await analyze("<ana@example.com>: host gmail-smtp-in.l.google.com[192.0.2.7] said: 552-5.2.2 The recipient's inbox is out of storage space and inactive. Please direct the recipient to https://support.google.com/mail/?p=OverQuotaPerm - gsmtp", { lang: 'en' });
  assert.equal(categorize(lite(r!)), 'remove');
});

test('a refused HELO name is a setting of the sending server: its admin acts, no block list is named', async () => {
  const { explainText } = await import('../src/explain-text.js');
  const r = explainText('504 5.5.2 <mail>: Helo command rejected: need fully-qualified hostname', { lang: 'pt-BR' });
  assert.deepEqual([r.reason, r.signature, r.actors], ['blocked', 'helo:rejected', ['sender-provider']]);
  assert.match(r.summary, /HELO\/EHLO/);
  assert.match(r.adminAdvice ?? '', /smtp_helo_name/);
  assert.doesNotMatch(`${r.meaning} ${r.adminAdvice}`, /Spamhaus|greylisting|remoção/);
});

test("a person's own list of blocked senders: the recipient acts, nothing on the sending side to fix", async () => {
  const { explainText } = await import('../src/explain-text.js');
  const mimecast = explainText('550 Rejected by Mimecast: Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550', { lang: 'pt-BR' });
  assert.deepEqual([mimecast.signature, mimecast.actors], ['mimecast:user-blocked-sender', ['recipient']]);
  assert.doesNotMatch(mimecast.advice, /domínio está ativo|seu provedor/);
  for (const reply of ["550 5.7.1 Message rejected: sender is on the recipient's block list", '550 5.7.1 Your message was rejected by this user and was not delivered']) {
    const r = explainText(reply, { lang: 'en' });
    assert.equal(r.reason, 'filtered', reply);
    assert.ok(r.actors.includes('recipient') && !r.actors.includes('sender-provider'), reply);
  }
});

test('each authentication check gets its own fix, not the list of all three', async () => {
  const { explainText } = await import('../src/explain-text.js');
  const spf = explainText('550 5.7.23 SPF check failed: 192.0.2.10 is not allowed to send mail from example.org', { lang: 'pt-BR' });
  assert.match(spf.advice, /^O IP que enviou a mensagem não está autorizado no registro SPF/);
  assert.doesNotMatch(spf.advice, /publicar um registro DMARC/);
  const dmarc = explainText('550 5.7.1 Email rejected per DMARC policy for example.org', { lang: 'en' });
  // the domain already publishes DMARC: the fix is alignment, not "publish a DMARC record"
  assert.doesNotMatch(dmarc.advice, /publish a DMARC record/);
  assert.match(dmarc.advice, /aligned/);
});

test("Microsoft 365's own refusals: SMTP AUTH turned off, external forwarding, its block of the sending IP", async () => {
  const { explainText } = await import('../src/explain-text.js');
  // 5.7.57 comes first in the reply, but 5.7.139 says why: no password will work
  const auth = explainText('550 5.7.57 Client not authenticated to send mail. Error: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.', { lang: 'pt-BR' });
  assert.equal(auth.signature, 'microsoft:5.7.139-smtp-auth-disabled');
  assert.match(auth.meaning, /nenhuma senha vai funcionar/);
  assert.doesNotMatch(auth.advice, /Confira o usuário, a senha|senha de app/);
  assert.match(auth.adminAdvice ?? '', /SmtpClientAuthenticationDisabled \$false/);
  const fwd = explainText('550 5.7.520 Access denied, Your organization does not allow external forwarding. Please contact your administrator for further assistance. AS(7555)', { lang: 'en' });
  assert.deepEqual(fwd.actors, ['recipient', 'recipient-admin']);
  assert.doesNotMatch(fwd.advice, /as a link/);
  for (const reply of [
    '550 5.7.606 Access denied, banned sending IP [192.0.2.1]. To request removal from this list please visit https://sender.office.com/',
    "550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150).",
  ]) assert.deepEqual(explainText(reply, { lang: 'en' }).actors, ['sender-provider'], reply);
});

test('an attachment refused for its size is no attachment-type refusal, and a bad certificate is a TLS failure', async () => {
  const { explainText } = await import('../src/explain-text.js');
  assert.equal(explainText('550 5.7.1 Attachments larger than 10 MB are not allowed', { lang: 'en' }).reason, 'emailtoolarge');
  assert.equal(explainText('552 5.3.4 Message size exceeds fixed limit', { lang: 'en' }).reason, 'emailtoolarge');
  const tls = explainText('Nov 28 10:00:01 mx postfix/smtp[123]: ABC123: to=<ana@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=1.2, delays=0.1/0/0.5/0.6, dsn=4.7.5, status=deferred (Server certificate not verified)', { lang: 'en' });
  assert.equal(tls.reason, 'failedstarttls');
  assert.doesNotMatch(tls.advice, /password/);
  const group = explainText('550 5.7.1 RESOLVER.RST.AuthRequired; authentication required', { lang: 'en' });
  assert.deepEqual(group.actors, ['recipient-admin']);
  assert.doesNotMatch(`${group.summary} ${group.advice}`, /password|app password/);
});

test("the sender's own server refusing a From the login does not own says so", async () => {
  const { explainText } = await import('../src/explain-text.js');
  const r = explainText('553 5.7.1 <news@example.org>: Sender address rejected: not owned by user ana@example.org', { lang: 'pt-BR' });
  assert.match(r.summary, /^O seu próprio servidor de envio recusou o remetente/);
  assert.doesNotMatch(`${r.summary} ${r.meaning}`, /servidor de destino/);
  assert.deepEqual(r.actors, ['sender']);
  // a recipient's address verification is the recipient's, not a sender check
  assert.notEqual(explainText('450 4.1.1 <ana@example.com>: Recipient address rejected: unverified address: Address verification in progress', { lang: 'en' }).signature, 'sender:verify-failed');
});

test("the sender's own account blocked is never a recipient's suspended mailbox", async () => {
  const { explainText } = await import('../src/explain-text.js');
  const own = explainText('550 5.7.1 Conta bloqueada por envio de spam', { lang: 'pt-BR' });
  assert.deepEqual([own.signature, own.actors], ['sending-limit:account-blocked', ['sender', 'sender-provider']]);
  assert.match(own.advice, /^Não mexa na sua lista/);
  // a recipient's account, said without "your"
  assert.equal(explainText('550 5.2.0 Conta suspensa', { lang: 'pt-BR' }).reason, 'suspend');
});

test('a provider that says its 4xx is final gets a permanent verdict (Yahoo TSS09: "Retrying will NOT succeed")', async () => {
  const { explainText } = await import('../src/explain-text.js');
  const r = explainText('421 4.7.0 [TSS09] All messages from 192.0.2.10 will be permanently deferred; Retrying will NOT succeed.', { lang: 'pt-BR' });
  assert.deepEqual([r.kind, r.retry, r.actors], ['permanent', 'after-fix', ['sender-provider']]);
  assert.doesNotMatch(`${r.retryText} ${r.meaning}`, /continua tentando|greylisting/);
});

test("Postfix's 'no valid recipients' is no hard bounce: the cause is in the earlier replies", async () => {
  const { explainText } = await import('../src/explain-text.js');
  const r = explainText('554 5.5.1 <ana@example.com>: Error: no valid recipients', { lang: 'en' });
  assert.equal(r.hardBounce, false);
  assert.notEqual(r.retry, 'never');
  // a carrier's MMS gateway says it of an unknown number: that stays an unknown user
  assert.equal(explainText('550 No valid recipients for this MM', { lang: 'en' }).reason, 'userunknown');
  assert.match(explainText('501 5.1.3 Bad recipient address syntax', { lang: 'pt-BR' }).advice, /^Corrija o endereço/);
});

test('Portuguese refusals say what was blocked: content, the recipient\'s account, the recipient\'s own list, a home IP', async () => {
  const { explainText } = await import('../src/explain-text.js');
  const reasonOf = (t: string) => explainText(t, { lang: 'pt-BR' }).reason;
  assert.equal(reasonOf('554 5.7.1 Bloqueado: conteudo identificado como phishing'), 'spamdetected');
  assert.equal(reasonOf('550 5.7.1 Conta do destinatario bloqueada'), 'suspend');
  assert.equal(reasonOf('550 5.7.1 E-mail recusado: seu dominio esta na lista de bloqueio do destinatario'), 'filtered');
  assert.equal(reasonOf('550 5.7.1 Dominio do remetente bloqueado pelo administrador'), 'filtered');
  assert.equal(reasonOf('550 5.7.1 Envio recusado: IP dinamico/residencial. Utilize o servidor SMTP do seu provedor'), 'blocked');
  assert.equal(reasonOf('550 5.7.1 o remetente possui reputacao negativa'), 'badreputation');
  assert.equal(explainText('550 5.7.1 o endereco do remetente nao confere com a conta autenticada', { lang: 'pt-BR' }).signature, 'sender:not-owned-by-login');
  // a bare "bloqueado" about the sending IP is still a block
  assert.equal(reasonOf('554 5.7.1 Seu IP foi bloqueado por envio de spam'), 'blocked');
  // the DBL lists domains: the words say so, not "the IP was barred"
  const dbl = explainText('554 5.7.1 Sender address [news@example.net] blocked using dbl.spamhaus.org', { lang: 'pt-BR' });
  assert.doesNotMatch(`${dbl.summary} ${dbl.meaning}`, /Quem foi barrado é o IP/);
});

test('a loop back to the own server says resending will not help; the own account\'s limit at submission says to resend later', async () => {
  const { explainText } = await import('../src/explain-text.js');
  const loop = explainText('Nov 28 10:00:01 mx postfix/smtp[123]: ABC: to=<ana@example.com>, relay=none, delay=0.1, delays=0.1/0/0/0, dsn=5.4.6, status=bounced (mail for example.com loops back to myself)', { lang: 'pt-BR' });
  assert.equal(loop.signature, 'loop:back-to-myself');
  assert.doesNotMatch(`${loop.advice} ${loop.retryText}`, /reenvie mais tarde|continua tentando/);
  assert.equal(loop.retry, 'after-fix');
  // a message that went round between servers: no 'send again later', and the recipient's side is told
  for (const text of ['554 5.4.6 Hop count exceeded - possible mail loop', 'Too many "Received" headers - suspected mail loop']) {
    const hops = explainText(text, { lang: 'pt-BR' });
    assert.equal(hops.retry, 'after-fix', text);
    assert.ok(hops.actors.includes('recipient-admin'), text);
    assert.doesNotMatch(`${hops.advice} ${hops.retryText}`, /mais tarde/, text);
    assert.match(hops.summary, /loop/, text);
  }
  const limit = explainText('451 4.7.1 Voce atingiu o limite de envios por hora da sua conta', { lang: 'pt-BR' });
  assert.equal(limit.signature, 'sending-limit:own-account');
  assert.doesNotMatch(limit.retryText, /continua tentando sozinho/);
});

test("a relay refusing the sending server's login is the sending server's setting, never the recipient's", async () => {
  const { explainText } = await import('../src/explain-text.js');
  const line = 'Nov 28 10:00:01 mx postfix/smtp[123]: 4A3B2C1D: to=<ana@example.com>, relay=smtp.example.net[203.0.113.5]:587, delay=1, status=deferred (SASL authentication failed; server smtp.example.net[203.0.113.5] said: 535 5.7.8 Error: authentication failed: authentication failure)';
  const r = explainText(line, { lang: 'pt-BR' });
  assert.equal(r.signature, 'relay:login-refused');
  assert.deepEqual(r.actors, ['sender-provider']);
  assert.match(r.adminAdvice ?? '', /smtp_sasl_password_maps/);
  assert.doesNotMatch(r.advice, /programa de e-mail/);
  // Microsoft 365's SMTP AUTH turned off keeps its own row
  const m365 = explainText('SASL authentication failed; server smtp.office365.com[203.0.113.9] said: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.', { lang: 'en' });
  assert.equal(m365.signature, 'microsoft:5.7.139-smtp-auth-disabled');
});

test("a consumer mail service's own rule is not followed by 'ask the recipient's IT team'", async () => {
  const { explainText } = await import('../src/explain-text.js');
  const r = explainText('552 5.7.0 This message was blocked because its content presents a potential security issue. Please visit https://support.google.com/mail/?p=BlockedMessage to review our message content and attachment content guidelines.', { lang: 'pt-BR' });
  assert.equal(r.signature, 'google:552-5.7.0-blocked-message');
  assert.doesNotMatch(r.advice, /equipe de TI/);
  // a company's policy still is
  assert.match(explainText('550 5.7.1 Message rejected by policy: forbidden words', { lang: 'pt-BR' }).advice, /equipe de TI/);
});

test('a lone code (no text) meets the rows without a text condition, and only those', () => {
  const facts = (status: string, recipient: string): Facts => ({
    replyCode: '', status, text: '', command: null, remoteHost: null, recipient, action: null, reasonHint: null,
    feedbackType: null, relayed: true,
  });
  const codeOnly = (SIGNATURES as readonly Signature[]).filter((s) => !s.text);
  assert.ok(codeOnly.length > 0);
  for (const s of codeOnly) {
    const status = s.status![0]!.replace(/^X/, '5');
    const host = s.hosts![0]!;
    assert.equal(matchSignature(SIGNATURES, facts(status, `ana@${host}`), '')?.signature.id, s.id, s.id);
    // the same code from another domain meets none of them
    assert.equal(matchSignature(SIGNATURES, facts(status, 'ana@example.com'), ''), null, s.id);
  }
});

test('who acts where a provider names its own parties: a flooded Gmail mailbox, an attachment Gmail refuses, a block between the recipient\'s own servers', async () => {
  const { explainText } = await import('../src/explain-text.js');
  // the recipient's mailbox gets too much mail: nothing for the sender to change, the server retries
  const rate = explainText('452 4.2.1 The recipient you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered. Please resend your message at a later point. - gsmtp', { lang: 'en' });
  assert.deepEqual([rate.signature, rate.actors, rate.listAction], ['google:receiving-rate', ['recipient'], 'retry']);
  assert.doesNotMatch(rate.summary, /from you/);
  // only the sender can change the attachment or the links
  const attachment = explainText('552 5.7.0 This message was blocked because its content presents a potential security issue. Please visit https://support.google.com/mail/?p=BlockedMessage to review our message content and attachment content guidelines. - gsmtp', { lang: 'en' });
  assert.deepEqual([attachment.reason, attachment.actors, attachment.listAction], ['policyviolation', ['sender'], 'fix-your-side']);
  // Postfix verifying the address with the server behind it: that server's block list is about the recipient's own IP
  const probe = explainText('450 4.1.1 <ana@example.com>: Recipient address rejected: undeliverable address: host mx2.example.com[192.0.2.21] said: 554 5.7.1 Service unavailable; Client host [192.0.2.22] blocked using zen.spamhaus.org (in reply to RCPT TO command)', { lang: 'pt-BR' });
  assert.deepEqual([probe.signature, probe.actors, probe.listAction], ['address:verify-probe-blocked', ['recipient-admin'], 'retry']);
  // the same words with an unknown user behind them stay an unknown user
  const unknown = explainText('450 4.1.1 <ana@example.com>: Recipient address rejected: undeliverable address: host mx2.example.com[192.0.2.21] said: 550 5.1.1 <ana@example.com>: User unknown (in reply to RCPT TO command)', { lang: 'en' });
  assert.equal(unknown.reason, 'userunknown');
});

test("the provider audit's replies get their provider's own advice: a suspicious SPF record, Gmail's IPv6 rule, Microsoft's IP block, a sender domain that does not resolve", async () => {
  const { explainText } = await import('../src/explain-text.js');
  const en = (t: string) => explainText(t, { lang: 'en' });
  // 4.7.24: the record is to clean up, not to add to (the advice of 4.7.27)
  const spf = en('451-4.7.24 The SPF record of the sending domain has one or more suspicious entries. https://support.google.com/mail/answer/81126 - gsmtp');
  assert.equal(spf.signature, 'google:x.7.24-suspicious-spf');
  // (what is wrong in the record told by its meaning and the admin's step; the advice, to clean it up)
  assert.match(spf.meaning, /\+all/);
  assert.match(spf.adminAdvice ?? '', /\+all/);
  assert.match(spf.advice, /clean up its SPF record/);
  assert.doesNotMatch(spf.advice, /add the server or service/);
  // IPv6: a PTR and SPF or DKIM, and IPv4 as the way around
  const v6 = en('550-5.7.1 [2001:db8::10] This message does not meet IPv6 sending guidelines regarding PTR records and authentication. For more information, go to https://support.google.com/mail/?p=IPv6AuthError - gsmtp');
  assert.match(v6.advice, /SPF or DKIM/);
  assert.match(v6.advice, /IPv4/);
  // 5.7.501: a block of the sending IP, delisted at sender.office.com, not advice on the content
  const abuse = en('550 5.7.501 Service unavailable. Spam abuse detected from IP range. For more information please go to http://go.microsoft.com/fwlink/?LinkId=526653');
  assert.deepEqual([abuse.reason, abuse.listAction], ['blocked', 'fix-your-side']);
  assert.match(abuse.advice, /sender\.office\.com/);
  // the envelope sender's domain, not the sending IP's PTR; the weak "unresolvable" needs a host beside it
  for (const t of [
    '451 Message temporarily deferred due to unresolvable RFC.5321 from domain - https://community.mimecast.com/docs/DOC-1369#451 [abcdEFGH123]',
    '451 Message temporarily deferred due to unresolvable RFC.5321 from domain',
    '451 4.4.0 Sender domain unresolvable: example.net',
  ]) {
    const r = en(t);
    assert.deepEqual([r.reason, r.listAction], ['rejected', 'fix-your-side'], t);
    assert.doesNotMatch(`${r.advice} ${r.adminAdvice ?? ''}`, /set a PTR/, t);
  }
  assert.equal(en('550 5.7.1 unresolvable relay host name 192.0.2.10').reason, 'requireptr');
  // Microsoft's throttling without its host, and any server's "maximum number of connections"
  const busy = en('451 4.7.652 The mail server [192.0.2.10] has exceeded the maximum number of connections. (S3115)');
  assert.deepEqual([busy.reason, busy.retry, busy.signature], ['ratelimited', 'automatic', 'microsoft:4.7.500-throttled']);
  assert.equal(en('421 4.7.0 Maximum number of connections exceeded').reason, 'ratelimited');
  // Gmail's refused logins are the sender's own account, not a deferral without a cause
  const login = en('454-4.7.0 Too many login attempts, please try again later. For more information, go to https://support.google.com/mail/?p=LoginAttempts - gsmtp');
  assert.deepEqual([login.reason, login.listAction], ['securityerror', 'fix-your-side']);
  assert.equal(en('454 4.7.0 Too many login attempts, please try again later').reason, 'securityerror');
  // a domain's reputation named in the reply
  assert.equal(en("550 5.7.1 Your message was rejected due to example.com's reputation.").reason, 'badreputation');
  // Mimecast's envelope block: the recipient organization's policy, lifted only by its admin
  const env = en('550 Administrative prohibition - envelope blocked - https://community.mimecast.com/docs/DOC-1369#550 [abcdEFGH123]');
  assert.deepEqual([env.reason, env.actors], ['rejected', ['recipient-admin']]);
  // Rackspace G28 without its host: a new IP, retried by the sending server
  const g28 = en('450 4.7.1 G28 192.0.2.10 is new or untrusted, please try again later.');
  assert.deepEqual([g28.reason, g28.retry], ['badreputation', 'automatic']);
});

test("a mail loop is the same verdict whichever server stopped it: Gmail's 5.4.6 and Exchange's 5.4.14", async () => {
  const { explainText } = await import('../src/explain-text.js');
  const gmail = explainText('554-5.4.6 Too many hops 51 (50 max) - gsmtp', { lang: 'en' });
  const exchange = explainText('554 5.4.14 Hop count exceeded - possible mail loop ATTR34', { lang: 'en' });
  assert.equal(gmail.signature, 'google:5.4.6-mail-loop');
  assert.deepEqual([gmail.reason, gmail.retry, gmail.listAction, gmail.summary], [exchange.reason, exchange.retry, exchange.listAction, exchange.summary]);
  assert.equal(gmail.reason, 'networkerror');
});

test("Gmail's reputation advice names what Google Postmaster Tools shows in both its versions: the spam rate and the sender requirements", async () => {
  const { explainText } = await import('../src/explain-text.js');
  for (const lang of ['en', 'pt-BR'] as const) {
    const r = explainText('421-4.7.0 This message is suspicious due to the very low reputation of the sending domain. https://support.google.com/mail/answer/188131 - gsmtp', { lang });
    assert.equal(r.signature, 'google:low-reputation');
    const words = `${r.advice} ${r.adminAdvice ?? ''}`;
    assert.match(words, /Postmaster Tools/);
    assert.doesNotMatch(words, /check both in Google Postmaster Tools|consulte as duas no Google Postmaster Tools|Check the IP and domain in the provider|Consulte o IP e o domínio nas ferramentas/);
    assert.match(words, lang === 'en' ? /spam rate/ : /taxa de spam/);
  }
});

test("Gmail's 4.7.24 (an SPF record it distrusts) is told in its own words: no advice to add records after \"another include makes it worse\"", async () => {
  const { explainText } = await import('../src/explain-text.js');
  const reply = '421 4.7.24 The SPF record of the sending domain has one or more suspicious entries. To protect our users from spam, mail sent from your IP address has been temporarily rate limited. - gsmtp';
  const pt = explainText(reply, { lang: 'pt-BR' });
  assert.match(pt.advice, /acrescentar mais um include só piora\.$/);
  assert.doesNotMatch(`${pt.meaning} ${pt.advice} ${pt.adminAdvice}`, /os registros não existem|cadastre no DNS|inclui todos os servidores/);
  const en = explainText(reply, { lang: 'en' });
  assert.match(en.advice, /adding another include makes it worse\.$/);
  assert.doesNotMatch(`${en.meaning} ${en.advice} ${en.adminAdvice}`, /were missing|add the records|includes every server/);
});
