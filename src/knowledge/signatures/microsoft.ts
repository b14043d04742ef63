// Microsoft (Exchange Online / Microsoft 365, Outlook.com, Hotmail, Live, MSN).
//
// Exchange Online NDRs name the Microsoft servers that handled the message
// ("[XXXX.namprd02.prod.outlook.com]", "protection.outlook.com"), so rows keyed on a status code
// alone require one of MS_MARKERS in the text. Outlook.com consumer rejections carry short codes
// ("OU-001", "SC-004", "RP-001", "(S3150)").
import { SENDING_SIDE } from './actors.js';
import type { Signature } from './types.js';

const NDR = 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online';
const DELIST = 'https://sender.office.com/';
const OUTLOOK_COM = 'https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx';

/** Text that shows the reply comes from Microsoft's mail servers. */
const MS_MARKERS = ['outlook.com', 'office365.com', 'microsoft.com', 'office.com', 'hotmail.com', 'msn.com', 'live.com'];

/**
 * Patterns for an Outlook.com code such as "SC-001": after its reply code or before the server id in
 * parentheses ("550 SC-001 (BAY004-MC5F8) Unfortunately, ..."), or followed by a Microsoft name.
 * A bare "sc-001" could be part of a host name ("misc-001.example.com").
 */
function outlookCode(replyCode: string, code: string): (string | string[])[] {
  return [`${replyCode} ${code}`, `${code} (`, ...MS_MARKERS.map((marker) => [code, marker])];
}

/** Enhanced status codes `${prefix}${from}` .. `${prefix}${to}`. */
function statusRange(prefix: string, from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${from + i}`);
}

export const microsoftSignatures = [
  {
    // 550 5.1.10 (Exchange 2007+: 5.1.1 RESOLVER.ADR.RecipNotFound).
    id: 'microsoft:5.1.10-recipient-not-found',
    provider: 'microsoft',
    text: ['resolver.adr.recipientnotfound', 'resolver.adr.recipnotfound'],
    reason: 'userunknown',
    // RFC 7505 registers 5.1.10 as "recipient address has null MX"
    ownStatus: ['5.1.10'],
    source: NDR,
  },
  {
    // 550 5.4.1 "Recipient address rejected: Access denied. AS(201806281)": directory-based edge blocking.
    // The status is required: Postfix access maps write the same words with 5.7.1 for other causes.
    id: 'microsoft:5.4.1-recipient-access-denied',
    provider: 'microsoft',
    status: ['X.4.1'],
    text: ['recipient address rejected: access denied', 'as(201806281)'],
    reason: 'userunknown',
    // registered as "no answer from host" (Microsoft sends it as 550 5.4.1 only)
    ownStatus: ['5.4.1'],
    source: NDR,
  },
  {
    // 550 5.7.133-5.7.136 "RESOLVER.RST.SenderNotAuthenticatedForGroup" (or ForMailbox, ForPublicFolder,
    // ForMailUser): the recipient takes mail only from senders of its own organization. Its words say
    // "authentication required", which is no login of the sender's to fix.
    id: 'microsoft:5.7.133-internal-senders-only',
    provider: 'microsoft',
    // and a group or mailbox that lists who may send to it ("RESOLVER.RST.NotAuthorized")
    text: ['resolver.rst.sendernotauthenticated', 'resolver.rst.notauthorized'],
    reason: 'policyviolation',
    actors: ['recipient-admin'],
    recipientRule: true,
    source: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-133-through-5-7-136',
  },
  {
    // Older Exchange's words for the same restriction: "550 5.7.1 RESOLVER.RST.AuthRequired; authentication
    // required". Sisimai's reason (securityerror) is kept; a login's words would mislead, so it has its own.
    id: 'microsoft:resolver-rst-authrequired',
    provider: 'microsoft',
    text: ['resolver.rst.authrequired'],
    reason: 'securityerror',
    ownWords: true,
    actors: ['recipient-admin'],
    recipientRule: true,
    source: 'https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-133-through-5-7-136',
  },
  {
    id: 'microsoft:5.7.509-dmarc-reject',
    provider: 'microsoft',
    text: ['does not pass dmarc verification'],
    ownStatus: ['5.7.509'],
    reason: 'authfailure',
    source: NDR,
  },
  {
    // 550 5.7.515 "sending domain doesn't meet the required authentication level" (high-volume senders).
    id: 'microsoft:5.7.515-authentication-level',
    provider: 'microsoft',
    text: ['meet the required authentication level'],
    ownStatus: ['5.7.515'],
    reason: 'authfailure',
    source: NDR,
  },
  {
    id: 'microsoft:5.7.520-external-forwarding',
    provider: 'microsoft',
    text: ['does not allow external forwarding', 'as(7555)'],
    reason: 'policyviolation',
    // the recipient's forwarding rule, refused by their own organization: nothing for the sender to change;
    // the message itself usually reached their mailbox (only the forwarded copy came back): nothing to
    // resend, and nothing to do with the address on a list
    ownWords: true,
    retry: 'no-need',
    actors: ['recipient', 'recipient-admin'],
    source: NDR,
  },
  {
    // 550 5.7.703 "Your message can't be delivered because messages to XXX, YYY are blocked by your
    // organization using Tenant Allow Block List": the sender's own admin blocks these recipients or
    // domains (outbound entries of the list). Not an IP on a block list (its words say "block list"):
    // the sending side's own list of recipients it will not send to, as Sisimai's suppressed.
    id: 'microsoft:5.7.703-tenant-recipient-block',
    provider: 'microsoft',
    text: ['tenant allow block list', 'tenant allow/block list'],
    reason: 'suppressed',
    ownWords: true,
    actors: SENDING_SIDE,
    source: 'https://learn.microsoft.com/defender-office-365/tenant-allow-block-list-email-spoof-configure',
  },
  {
    // 535 5.7.139 "Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant" (or
    // "basic authentication is disabled"): the sender's own Microsoft 365 refuses the SMTP login. Before
    // 5.7.57, which Microsoft 365 puts in front of it ("5.7.57 Client not authenticated ... Error: 535 5.7.139").
    id: 'microsoft:5.7.139-smtp-auth-disabled',
    provider: 'microsoft',
    text: ['smtpclientauthentication is disabled', 'basic authentication is disabled', 'smtp_auth_disabled'],
    reason: 'securityerror',
    ownStatus: ['5.7.139'],
    // no password will do: "check your user name and password" would send the sender the wrong way
    ownWords: true,
    source: NDR,
  },
  {
    // 530 5.7.57 "Client not authenticated to send mail" / "... to send anonymous mail during MAIL FROM".
    id: 'microsoft:5.7.57-client-not-authenticated',
    provider: 'microsoft',
    text: ['not authenticated to send anonymous mail', 'client not authenticated to send mail', 'client was not authenticated'],
    reason: 'securityerror',
    source: NDR,
  },
  {
    // 550 5.7.60 "SMTP; Client does not have permissions to send as this sender": the signed-in account
    // may not send with the From address it used (no "Send As" right on that mailbox or group).
    id: 'microsoft:5.7.60-send-as-denied',
    provider: 'microsoft',
    text: ['does not have permissions to send as this sender', 'sendasdenied'],
    reason: 'securityerror',
    ownStatus: ['5.7.60'],
    source: NDR,
  },
  // Outlook.com consumer codes, before the S3150 row: SC-001 uses the same "on our block list" words.
  {
    // 550 OU-001: the sending IP is on a block list Outlook.com uses (Spamhaus).
    id: 'microsoft:ou-001',
    provider: 'microsoft',
    text: outlookCode('550', 'ou-001'),
    reason: 'blocked',
    actors: SENDING_SIDE,
    source: OUTLOOK_COM,
  },
  {
    // 550 OU-002: refused for policy reasons (content or IP/domain reputation).
    id: 'microsoft:ou-002',
    provider: 'microsoft',
    text: outlookCode('550', 'ou-002'),
    reason: 'policyviolation',
    source: OUTLOOK_COM,
  },
  {
    // 550 SC-001: refused for policy reasons; the IP or its network is blocked.
    id: 'microsoft:sc-001',
    provider: 'microsoft',
    text: outlookCode('550', 'sc-001'),
    reason: 'blocked',
    source: OUTLOOK_COM,
  },
  {
    // 550 SC-002: the IP showed address harvesting (namespace mining).
    id: 'microsoft:sc-002',
    provider: 'microsoft',
    text: outlookCode('550', 'sc-002'),
    reason: 'blocked',
    actors: SENDING_SIDE,
    source: OUTLOOK_COM,
  },
  {
    // 550 SC-003: the IP looks like an open proxy or open relay.
    id: 'microsoft:sc-003',
    provider: 'microsoft',
    text: outlookCode('550', 'sc-003'),
    reason: 'blocked',
    actors: SENDING_SIDE,
    source: OUTLOOK_COM,
  },
  {
    // 550 SC-004 "too many unwanted messages have been sent from the following IP address" (spam and
    // complaints). The IP is refused outright, so blocked (as Sisimai), not badreputation.
    id: 'microsoft:sc-004',
    provider: 'microsoft',
    text: outlookCode('550', 'sc-004'),
    reason: 'blocked',
    actors: SENDING_SIDE,
    source: OUTLOOK_COM,
  },
  {
    // 550 DY-001: dynamic (residential) IP.
    id: 'microsoft:dy-001',
    provider: 'microsoft',
    text: outlookCode('550', 'dy-001'),
    reason: 'blocked',
    actors: SENDING_SIDE,
    source: OUTLOOK_COM,
  },
  {
    // 550 DY-002: the sending machine looks compromised (virus, botnet).
    id: 'microsoft:dy-002',
    provider: 'microsoft',
    text: outlookCode('550', 'dy-002'),
    reason: 'blocked',
    actors: SENDING_SIDE,
    source: OUTLOOK_COM,
  },
  {
    // 421 RP-001 / RP-002 / RP-003: limits on messages per hour/day, per connection, concurrent connections.
    id: 'microsoft:rp-001',
    provider: 'microsoft',
    text: [...outlookCode('421', 'rp-001'), ...outlookCode('421', 'rp-002'), ...outlookCode('421', 'rp-003')],
    reason: 'ratelimited',
    source: OUTLOOK_COM,
  },
  {
    // 550 5.7.1 "... part of their network is on our block list (S3150)" / "(S3140)".
    id: 'microsoft:s3150-block-list',
    provider: 'microsoft',
    text: ['(s3150)', '(s3140)', 'part of their network is on our block list'],
    reason: 'blocked',
    actors: SENDING_SIDE,
    source: DELIST,
  },
  {
    // 550 5.7.606 .. 5.7.649 "Access denied, banned sending IP [192.0.2.1]".
    id: 'microsoft:5.7.606-banned-sending-ip',
    provider: 'microsoft',
    text: ['banned sending ip'],
    ownStatus: statusRange('5.7.', 606, 649),
    reason: 'blocked',
    actors: SENDING_SIDE,
    source: DELIST,
  },
  {
    // 550 5.7.501 / 5.7.502 / 5.7.503 "Access denied, spam abuse detected" ("Spam abuse detected from IP
    // range"), "banned sender", "connection refused": Microsoft blocks the sending IP (or account), not
    // this message's content. Delisting as for 5.7.606.
    id: 'microsoft:5.7.501-spam-abuse-ip',
    provider: 'microsoft',
    status: statusRange('5.7.', 501, 503),
    ownStatus: statusRange('5.7.', 501, 503),
    text: ['spam abuse detected', 'banned sender', 'connection refused', ...MS_MARKERS],
    reason: 'blocked',
    actors: SENDING_SIDE,
    source: NDR,
  },
  {
    // 550 5.7.511 "Access denied, banned sender [IP]": the sending IP is banned; removal goes through
    // delist@microsoft.com. We say blocked (an IP refused), not rejected (which is about the envelope sender).
    id: 'microsoft:5.7.511-banned-sender',
    provider: 'microsoft',
    text: ['banned sender'],
    ownStatus: ['5.7.511'],
    reason: 'blocked',
    actors: SENDING_SIDE,
    source: NDR,
  },
  {
    // 550 5.7.708 "Access denied, traffic not accepted from this IP": a low-reputation IP range.
    id: 'microsoft:5.7.708-ip-low-reputation',
    provider: 'microsoft',
    text: ['traffic not accepted from this ip'],
    ownStatus: ['5.7.708'],
    reason: 'badreputation',
    source: NDR,
  },
  {
    // 550 5.7.750 "Client blocked from sending from unregistered domains": the sending Microsoft 365
    // tenant uses a sender domain it has not added and verified. rejected: the sender's address is the cause.
    id: 'microsoft:5.7.750-unregistered-domain',
    provider: 'microsoft',
    text: ['unregistered domain'],
    ownStatus: ['5.7.750'],
    reason: 'rejected',
    source: NDR,
  },
  {
    // 550 5.7.700 .. 5.7.749 (5.7.705 "tenant has exceeded threshold", 5.7.703...): Microsoft stopped the
    // sending tenant's outbound mail. After 5.7.708 above.
    id: 'microsoft:5.7.705-tenant-blocked',
    provider: 'microsoft',
    status: statusRange('5.7.', 700, 749),
    // a code looked up alone (code-practice.ts): 5.7.708 is the row above's
    ownStatus: statusRange('5.7.', 700, 749).filter((c) => c !== '5.7.708'),
    text: ['tenant has exceeded threshold', ...MS_MARKERS],
    reason: 'blocked',
    actors: SENDING_SIDE,
    source: NDR,
  },
  {
    // 451 4.7.650 / 4.7.651 "The mail server [IP] has been temporarily rate limited due to IP reputation"
    // (S775, S844). Before the throttling row, whose markers ("mail server [IP] has") it shares.
    id: 'microsoft:4.7.650-ip-reputation',
    provider: 'microsoft',
    status: ['X.7.650', 'X.7.651'],
    ownStatus: ['4.7.650', '4.7.651'],
    text: ['reputation', ...MS_MARKERS],
    reason: 'badreputation',
    source: NDR,
  },
  {
    // 451 4.7.500 .. 4.7.699 "Server busy. Please try again later from [IP]" (S77719), "The mail server
    // [IP] has exceeded the maximum number of connections" (S3115): throttling of a new or suspicious
    // sender. After 4.7.650. A reply copied from a log often has no Microsoft host name: its own words
    // and codes are markers too.
    id: 'microsoft:4.7.500-throttled',
    provider: 'microsoft',
    status: statusRange('4.7.', 500, 699),
    ownStatus: statusRange('4.7.', 500, 699).filter((c) => c !== '4.7.650' && c !== '4.7.651'),
    text: ['try again later from', 'exceeded the maximum number of connections', ['the mail server [', '] has'], '(s3115)', '(s77719)', ...MS_MARKERS],
    reason: 'ratelimited',
    source: NDR,
  },
  {
    // 432 4.3.2 "STOREDRV.Deliver; recipient thread limit exceeded": too many deliveries to one mailbox at once.
    id: 'microsoft:4.3.2-thread-limit',
    provider: 'microsoft',
    text: ['thread limit exceeded'],
    reason: 'ratelimited',
    source: NDR,
  },
  {
    // 451 4.4.62 "Mail sent to the wrong Office 365 region": a routing (connector or MX) problem, so
    // networkerror; it usually clears by itself on retry.
    id: 'microsoft:4.4.62-wrong-region',
    provider: 'microsoft',
    text: ['wrong office 365 region', ['4.4.62', 'wrong', 'region']],
    reason: 'networkerror',
    source: NDR,
  },
  {
    // 450 4.4.312 / 550 5.4.312 "DNS query failed" ("Message expired, DNS query failed(InfoNoRecords)"):
    // Exchange Online could not resolve the recipient's domain (no MX nor A record, or its DNS servers
    // do not answer), retried, and gave up. Before the expiry row: the DNS failure is the cause.
    id: 'microsoft:x.4.312-dns-query-failed',
    provider: 'microsoft',
    status: ['X.4.312'],
    text: ['dns query failed'],
    reason: 'networkerror',
    source: NDR,
  },
  {
    id: 'microsoft:4.4.7-queue-expired',
    provider: 'microsoft',
    text: ['queue.expired'],
    reason: 'expired',
    source: NDR,
  },
  {
    // "(S8001)": the HELO/EHLO name the sending server gave is on Microsoft's block list.
    id: 'microsoft:s8001-helo-listed',
    provider: 'microsoft',
    text: ['(s8001)', ['s8001', 'helo']],
    reason: 'blocked',
    actors: SENDING_SIDE,
    source: DELIST,
  },
] as const satisfies readonly Signature[];
