// Google (Gmail, Google Workspace): what its MX and submission servers write in rejections.
//
// Google replies end in "- gsmtp" and often carry a "support.google.com/mail/?p=<Topic>" link.
// Multi-line replies repeat the code on every line ("550-5.7.1 ... 550-5.7.1 ..."), so a phrase of
// several words may be cut by "550-5.7.1": rows use single words or ordered fragments, and the
// "gsmtp" marker (last on the reply) to be sure the text is Google's. "support.google.com" alone is
// not a marker: Gmail also links there when it reports another server's failure.
import { SENDING_SIDE } from './actors.js';
import type { Signature } from './types.js';

const SOURCE = 'https://support.google.com/a/answer/3726730';

export const googleSignatures = [
  {
    // Google Groups refuses a post: the group does not exist or the sender may not post to it.
    // The notice is in the sender's language; the group's address is on googlegroups.com.
    id: 'google:groups-cannot-post',
    provider: 'google',
    hosts: ['googlegroups.com'],
    text: ['groups.google.com', 'google groups', 'permission to post'],
    reason: 'rejected',
    // the reason's words speak of the sender's own address: the group's are apt
    ownWords: true,
    actors: ['recipient-admin'],
    source: 'https://support.google.com/groups/answer/2464926',
  },
  {
    // The same notice pasted without its headers (so no address on googlegroups.com): its last line
    // sends to "https://groups.google.com/support/" in every language the notice is written in. A
    // group's own footer in a returned post links elsewhere (groups.google.com/d/...).
    id: 'google:groups-cannot-post-pasted',
    provider: 'google',
    text: ['groups.google.com/support'],
    reason: 'rejected',
    ownWords: true,
    actors: ['recipient-admin'],
    source: 'https://support.google.com/groups/answer/2464926',
  },
  {
    // Gmail's "Send mail as" (a From address of another provider, sent through that provider's SMTP
    // server): "The settings for your 'Send mail as' account are misconfigured or out of date", with
    // the other server's answer ("does not advertise AUTH capability", a refused login...). The sender
    // must fix the alias's SMTP settings in Gmail; the recipient never saw the message.
    id: 'google:send-mail-as-misconfigured',
    provider: 'google',
    text: ['?p=customfromdenied', ["'send mail as'", 'misconfigured']],
    reason: 'rejected',
    source: 'https://support.google.com/mail/answer/22370',
  },
  {
    // Rejection by a rule of the receiving Workspace domain's administrator ("... - gcdp <id> - gsmtp").
    // First: the admin writes the text, so it may contain any of the words the rows below look for.
    id: 'google:gcdp-admin-rule',
    provider: 'google',
    text: [' gcdp ', '(gcdp', '[gcdp'],
    reason: 'filtered',
    recipientRule: true,
    source: SOURCE,
  },
  {
    // 450 4.2.1 / 550 5.2.1 ?p=ReceivingRate(Perm): the recipient receives too much mail too fast.
    // Before the 5.2.1 "disabled" row, which shares the status. Sisimai: ratelimited.
    id: 'google:receiving-rate',
    provider: 'google',
    // Gmail's own words, also when a relay cut the link and the "gsmtp" tag off
    text: ['?p=receivingrate', ['receiving mail', 'rate', 'gsmtp'], 'is receiving mail too quickly', 'receiving mail at a rate that prevents'],
    reason: 'ratelimited',
    // the recipient's mailbox is flooded, not the sender's rate limited: the sender has nothing to change
    // but the time of a new try
    ownWords: true,
    actors: ['recipient'],
    source: SOURCE,
  },
  {
    id: 'google:5.1.1-no-such-user',
    provider: 'google',
    status: ['X.1.1'],
    text: ['?p=nosuchuser', 'answer=6596', ['account that you tried to reach', 'does not exist'], 'gsmtp'],
    reason: 'userunknown',
    source: SOURCE,
  },
  {
    id: 'google:5.2.1-disabled-user',
    provider: 'google',
    status: ['X.2.1'],
    text: ['?p=disableduser', ['account that you tried to reach', 'disabled'], 'gsmtp'],
    reason: 'suspend',
    source: SOURCE,
  },
  {
    // 552 5.2.2 ?p=OverQuotaPerm: full and inactive for a long time.
    id: 'google:5.2.2-over-quota-inactive',
    provider: 'google',
    text: ['?p=overquotaperm', ['out of storage', 'inactive', 'gsmtp']],
    reason: 'mailboxfull',
    ownWords: true,
    // nobody will free the space: the address goes off the list, as for an unknown user
    retry: 'never',
    actors: ['sender'],
    source: SOURCE,
  },
  {
    // 452 4.2.2 ?p=OverQuotaTemp, and any other over-quota reply.
    id: 'google:x.2.2-over-quota',
    provider: 'google',
    status: ['X.2.2'],
    text: ['?p=overquota', 'out of storage', 'gsmtp'],
    reason: 'mailboxfull',
    source: SOURCE,
  },
  {
    id: 'google:5.3.4-max-size',
    provider: 'google',
    status: ['X.3.4', 'X.2.3'],
    text: ['?p=maxsizeerror', 'gsmtp'],
    reason: 'emailtoolarge',
    source: SOURCE,
  },
  {
    // 452 4.5.3 too many recipients: the rest of the recipients is retried later (RFC 5321 §4.5.3.1.10).
    id: 'google:4.5.3-too-many-recipients',
    provider: 'google',
    status: ['X.5.3'],
    text: ['gsmtp'],
    reason: 'ratelimited',
    source: SOURCE,
  },
  {
    // 550 5.4.5: the sending Google account (or SMTP relay customer) passed its daily sending limit.
    id: 'google:5.4.5-sending-limit',
    provider: 'google',
    status: ['5.4.5'],
    text: ['sending limit', 'sending quota', 'relay limit', 'gsmtp'],
    reason: 'ratelimited',
    // registered as "mail system congestion"; Gmail means its daily sending limit
    ownStatus: ['5.4.5'],
    // the sender's own account, not the receiver, set the limit
    ownWords: true,
    actors: ['sender'],
    source: SOURCE,
  },
  {
    // 421 4.3.0 / 421 4.4.5: temporary problem or server busy.
    id: 'google:4.3.0-busy',
    provider: 'google',
    status: ['4.3.0', '4.4.5'],
    text: ['gsmtp'],
    reason: 'systemerror',
    source: SOURCE,
  },
  {
    // 554 5.4.6: more than 50 hops, a mail loop. The same reason and words as any other server's "too
    // many hops" (mail-loop.ts): networkerror, as Sisimai's expectations have "554 5.4.6 Too many hops".
    id: 'google:5.4.6-mail-loop',
    provider: 'google',
    status: ['X.4.6'],
    text: ['gsmtp'],
    reason: 'networkerror',
    ownWords: true,
    retry: 'after-fix',
    actors: ['recipient-admin', 'sender-provider'],
    source: SOURCE,
  },
  {
    // 550 5.7.1 "does not meet IPv6 sending guidelines regarding PTR records and authentication"
    // (?p=IPv6AuthError): over IPv6 Gmail wants a PTR and SPF or DKIM passing. Before the PTR row.
    id: 'google:ipv6-ptr-and-authentication',
    provider: 'google',
    status: ['X.7.1', 'X.7.0', 'X.7.25'],
    text: ['?p=ipv6autherror', ['ipv6 sending guidelines', 'gsmtp']],
    reason: 'requireptr',
    source: SOURCE,
  },
  {
    // 550 5.7.25 (and 451 4.7.23, 421 4.7.0): missing or mismatched PTR.
    id: 'google:x.7.25-ptr',
    provider: 'google',
    status: ['X.7.25', 'X.7.23', 'X.7.0', 'X.7.1'],
    text: [['ptr', 'gsmtp'], ['reverse dns', 'gsmtp']],
    reason: 'requireptr',
    // 4.7.23 is registered as "SPF validation failed" (RFC 7372); Gmail's is the PTR
    ownStatus: ['X.7.23'],
    source: SOURCE,
  },
  {
    // 451 4.7.26: DMARC could not be evaluated because of a temporary DNS failure on the sender's domain.
    // Before the DMARC row: its text also says "DMARC policy".
    id: 'google:451-4.7.26-dmarc-dns',
    provider: 'google',
    status: ['4.7.26'],
    replyCode: ['451'],
    text: ['gsmtp'],
    reason: 'authfailure',
    source: SOURCE,
  },
  {
    // 421 4.7.26 "... DKIM does not pass and SPF has temporary DNS failures": the sender's DNS timed out.
    id: 'google:4.7.26-temporary-dns',
    provider: 'google',
    status: ['4.7.26'],
    text: ['temporary dns'],
    reason: 'authfailure',
    source: SOURCE,
  },
  {
    // 550 5.7.26 ?p=DmarcRejection (older replies: 550 5.7.1 "... domain's DMARC policy").
    id: 'google:dmarc-rejection',
    provider: 'google',
    status: ['X.7.26', 'X.7.1'],
    text: ['?p=dmarcrejection', ['dmarc', 'gsmtp']],
    reason: 'authfailure',
    source: SOURCE,
  },
  {
    // 421 4.7.26 / 550 5.7.26 (older: 550 5.7.1): neither SPF nor DKIM passes.
    id: 'google:x.7.26-unauthenticated',
    provider: 'google',
    status: ['X.7.26', 'X.7.1'],
    text: [['authenticat', 'gsmtp'], ['spf', 'gsmtp'], ['dkim', 'gsmtp']],
    reason: 'authfailure',
    source: SOURCE,
  },
  {
    // 451 4.7.24 / 421 4.7.24 "The SPF record of the sending domain has one or more suspicious entries":
    // the record itself looks abusive or broken (+all, huge ranges, too many lookups), not an IP left out.
    id: 'google:x.7.24-suspicious-spf',
    provider: 'google',
    status: ['X.7.24'],
    text: ['gsmtp'],
    reason: 'authfailure',
    // registered as "SPF validation error" (RFC 7372); Gmail's is a record it distrusts
    ownStatus: ['X.7.24'],
    // the reason's words ("the records are missing", "add the records your service gives you", "include
    // every server") push toward a longer record, the opposite of this hint
    ownWords: true,
    source: SOURCE,
  },
  {
    // 421 4.7.27 / 550 5.7.27 SPF fails.
    id: 'google:x.7.27-spf-fail',
    provider: 'google',
    status: ['X.7.27'],
    text: ['gsmtp'],
    reason: 'authfailure',
    // registered as "sender address has null MX" (RFC 7505)
    ownStatus: ['X.7.27'],
    source: SOURCE,
  },
  {
    id: 'google:x.7.30-dkim-fail',
    provider: 'google',
    status: ['X.7.30'],
    text: ['gsmtp'],
    reason: 'authfailure',
    // registered as "REQUIRETLS support required" (RFC 8689)
    ownStatus: ['X.7.30'],
    source: SOURCE,
  },
  {
    id: 'google:x.7.32-from-not-aligned',
    provider: 'google',
    status: ['X.7.32'],
    text: ['gsmtp'],
    reason: 'authfailure',
    source: SOURCE,
  },
  {
    id: 'google:x.7.40-no-dmarc-record',
    provider: 'google',
    status: ['X.7.40'],
    text: ['gsmtp'],
    reason: 'authfailure',
    source: SOURCE,
  },
  {
    // 421 4.7.29 / 550 5.7.29: the message did not come over TLS.
    id: 'google:x.7.29-no-tls',
    provider: 'google',
    status: ['X.7.29'],
    text: ['gsmtp'],
    reason: 'failedstarttls',
    // registered as "ARC validation failure" (RFC 8617)
    ownStatus: ['X.7.29'],
    source: SOURCE,
  },
  {
    // 530 5.7.0 "Must issue a STARTTLS command first" (smtp.gmail.com, submission).
    id: 'google:530-5.7.0-starttls-first',
    provider: 'google',
    status: ['X.7.0'],
    replyCode: ['530'],
    text: [['starttls', 'gsmtp']],
    reason: 'failedstarttls',
    source: SOURCE,
  },
  {
    // 421 4.7.0 "TLS required for RCPT domain": the receiving Workspace domain demands TLS.
    id: 'google:4.7.0-tls-required',
    provider: 'google',
    status: ['X.7.0'],
    text: [['tls required', 'gsmtp']],
    reason: 'failedstarttls',
    source: SOURCE,
  },
  {
    // 421 4.7.28 (older: 421 4.7.0): unusual rate of unsolicited mail from the IP, DKIM, SPF or URL domain;
    // the mail is only slowed down, so ratelimited.
    id: 'google:4.7.28-unsolicited-rate',
    provider: 'google',
    status: ['4.7.28', '4.7.0'],
    // (a Postfix log line cuts the reply before "gsmtp"; the whole sentence is Google's own)
    text: ['?p=unsolicitedratelimiterror', ['unusual rate', 'gsmtp'], 'unusual rate of unsolicited mail'],
    reason: 'ratelimited',
    source: SOURCE,
  },
  {
    // 550 5.7.28 (older: 550 5.7.1): the same, as a hard rejection. We call it badreputation rather than
    // ratelimited or blocked: the decision comes from the spam rate measured on the sender's IP or
    // domains, and the fix is the same as for low reputation (fewer complaints, Postmaster Tools).
    id: 'google:5.7.28-unsolicited-rate',
    provider: 'google',
    status: ['5.7.28', '5.7.1'],
    // (a Postfix log line cuts the reply before "gsmtp"; the whole sentence is Google's own)
    text: ['?p=unsolicitedratelimiterror', ['unusual rate', 'gsmtp'], 'unusual rate of unsolicited mail'],
    reason: 'badreputation',
    source: SOURCE,
  },
  {
    // 421 4.7.0 / 550 5.7.1 "suspicious due to the very low reputation of the sending IP/domain".
    id: 'google:low-reputation',
    provider: 'google',
    status: ['X.7.0', 'X.7.1'],
    text: [['reputation', 'gsmtp']],
    reason: 'badreputation',
    source: SOURCE,
  },
  {
    // 550 5.7.1 ?p=RfcMessageNonCompliant: duplicate or missing From/Subject/Message-ID/Date headers.
    id: 'google:5.7.1-not-rfc5322',
    provider: 'google',
    status: ['X.7.1'],
    text: [
      '?p=rfcmessagenoncompliant',
      ['rfc 5322', 'gsmtp'],
      ['multiple', 'from', 'gsmtp'],
      ['message-id', 'gsmtp'],
      ['messageid', 'gsmtp'],
      ['from: header', 'gsmtp'], // "Messages missing a valid address in From: header, or having no From: header"
    ],
    reason: 'notcompliantrfc',
    source: SOURCE,
  },
  {
    // 550 5.7.1 "likely unsolicited mail"; 421 4.7.0 "suspicious due to the nature of the content".
    id: 'google:5.7.1-unsolicited',
    provider: 'google',
    status: ['X.7.1', 'X.7.0'],
    text: ['?p=unsolicitedmessage', ['unsolicited', 'gsmtp'], ['suspicious', 'content', 'gsmtp']],
    reason: 'spamdetected',
    source: SOURCE,
  },
  {
    // 550 5.7.1 and 421 4.7.0 ?p=NotAuthorizedError "The IP you're using to send mail is not authorized to
    // send email directly to our servers. Please use the SMTP relay at your service provider instead."
    // Gmail's own words, also when a relay cut the link and the "gsmtp" tag off (the generic "not
    // authorized to send" reads as an SPF failure).
    id: 'google:5.7.1-ip-not-authorized',
    provider: 'google',
    status: ['X.7.1', 'X.7.0'],
    text: ['?p=notauthorizederror', 'send email directly to our servers', ['not authorized', 'gsmtp']],
    reason: 'blocked',
    actors: SENDING_SIDE,
    source: SOURCE,
  },
  {
    // 421 4.7.0 "IP not in whitelist for RCPT domain": the receiving Workspace domain accepts only listed IPs.
    id: 'google:4.7.0-ip-not-allowed',
    provider: 'google',
    status: ['X.7.0'],
    text: [['whitelist', 'gsmtp'], ['allowlist', 'gsmtp']],
    reason: 'blocked',
    actors: SENDING_SIDE,
    source: SOURCE,
  },
  {
    // 552 5.7.0 ?p=BlockedMessage: attachment types or content Gmail refuses for security.
    // Sisimai gives policyviolation (a rule about what may be sent), not securityerror (about credentials/TLS).
    id: 'google:552-5.7.0-blocked-message',
    provider: 'google',
    status: ['X.7.0'],
    text: ['?p=blockedmessage', ['security issue', 'gsmtp']],
    reason: 'policyviolation',
    // only the sender can change the attachment or the links: no rule of a recipient's IT team
    actors: ['sender'],
    // a consumer service's own rule: the recipient has no IT team to ask
    hintOnly: true,
    source: SOURCE,
  },
  {
    id: 'google:535-5.7.8-bad-credentials',
    provider: 'google',
    status: ['X.7.8'],
    text: ['?p=badcredentials', 'gsmtp'],
    reason: 'securityerror',
    source: SOURCE,
  },
  {
    // 454 4.7.0 "Too many login attempts, please try again later" (?p=LoginAttempts): smtp.gmail.com
    // refuses logins of the account or IP for a while. The sender's own login (SMTP AUTH), as 535 5.7.8.
    id: 'google:454-4.7.0-login-attempts',
    provider: 'google',
    status: ['X.7.0'],
    text: ['?p=loginattempts', ['too many login attempts', 'gsmtp']],
    reason: 'securityerror',
    source: SOURCE,
  },
  {
    id: 'google:534-5.7.9-app-password',
    provider: 'google',
    status: ['X.7.9'],
    text: ['?p=invalidsecondfactor', 'gsmtp'],
    reason: 'securityerror',
    source: SOURCE,
  },
  {
    id: 'google:534-5.7.14-web-login',
    provider: 'google',
    status: ['X.7.14'],
    text: ['?p=webloginrequired', 'gsmtp'],
    reason: 'securityerror',
    source: SOURCE,
  },
] as const satisfies readonly Signature[];
