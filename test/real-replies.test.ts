// Replies that real servers send, each once misread for want of a phrase in the reason tables
// (src/knowledge/phrases/*.ts). One case per test, so that a failure names the server's words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { explainText } from '../src/explain-text.js';

const reasonOf = (line: string) => explainText(line, { lang: 'en' }).reason;

const CASES: readonly (readonly [string, string])[] = [
  // a disabled or suspended mailbox under 5.2.1, which alone reads as an unknown user
  ['550 5.2.1 <ana@example.com>: Recipient address rejected: this mailbox has been disabled', 'suspend'],
  ['550 5.2.1 <ana@example.com>... Mailbox currently suspended', 'suspend'],
  ['550 5.2.1 ana@example.com is a deactivated mailbox', 'suspend'],
  ['550 5.2.1 Mailbox unavailable or access denied', 'suspend'],
  ['550 5.2.1 <ana@example.com>: user or domain is disabled', 'suspend'],
  ['550 5.2.1 <ana@example.com>: Recipient rejected: Temporarily inactive', 'suspend'],
  ['550 5.2.1 This account has been temporarily suspended', 'suspend'],
  // a link in the message on a block list: the content, not the sending server (it read as blocked)
  ['550 5.7.1 Your message to ana@example.com was blocked because it contains a link to a site on a blocklist.', 'spamdetected'],
  ['554 5.7.1 Mensagem recusada: contém um link para um site em lista de bloqueio', 'spamdetected'],
  // Exchange's mailbox-store exception for a mailbox over its quota (it read as a filter)
  ['554 5.2.0 STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded; Failed to process message due to a permanent exception with message', 'mailboxfull'],
  // Gmail 4.7.32 without its gsmtp tag: DMARC alignment, not the message's format (it read as notcompliantrfc)
  ["421 4.7.32 Your email has been rate limited because the From: header (RFC5322) in this message isn't aligned with either the authenticated SPF or DKIM organizational domain.", 'authfailure'],
  // Gmail's bulk-sender codes pasted without the gsmtp tag: the registry gives 4.7.27, 4.7.29 and 4.7.30
  // other meanings (the sender's null MX, ARC, REQUIRETLS), which read as "the domain accepts no mail"
  ["421-4.7.27 Your email has been rate limited because SPF authentication didn't pass for this message. Gmail requires all bulk email senders to authenticate with SPF.", 'authfailure'],
  ["421-4.7.30 Your email has been rate limited because DKIM authentication didn't pass for this message.", 'authfailure'],
  ['550-5.7.30 This mail has been blocked because DKIM does not pass. Gmail requires all large senders to authenticate with DKIM.', 'authfailure'],
  ["421-4.7.29 Your email has been rate limited because this message wasn't sent over a TLS connection.", 'failedstarttls'],
  // null MX (RFC 7505): the sender's domain (the registered sense of 5.7.27), and Sendmail's 5.7.27 for
  // the recipient's domain
  ['550 5.7.27 Sender address has null MX', 'rejected'],
  ['550 5.7.27 Host does not accept mail', 'notaccept'],
  // SendGrid's invalid-email list: the address's domain is not in the DNS (it read as no failure at all)
  ['Mail domain mentioned in email address is unknown', 'hostunknown'],
  // the recipient's domain is not in the DNS (Exim; Exchange and Microsoft 365)
  ['all relevant MX records point to non-existent hosts', 'hostunknown'],
  ['550 5.4.310 DNS domain example.invalid does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=example.invalid]', 'hostunknown'],
  // the sending IP on the receiver's own block list (Comcast BL000000, Cisco IronPort)
  ['554 resimta-po-12v.sys.comcast.net comcast 192.0.2.1 Comcast block for spam.  Please see http://postmaster.comcast.net/smtp-error-codes.php#BL000000', 'blocked'],
  ['550 #5.7.1 Your access to submit messages to this e-mail system has been rejected.', 'blocked'],
  ["550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider. You can tell them that Outlook.com does not relay dynamically-assigned IP ranges.", 'blocked'],
  // Microsoft 365's receiving and sending limits
  ["550 5.2.121 Recipient's per hour message receive limit from specific sender exceeded.", 'ratelimited'],
  ["550 5.1.90 Your message can't be sent because you've reached your daily limit for message recipients.", 'ratelimited'],
  // Rspamd's reject text for the GTUBE test pattern
  ['554 5.7.1 Gtube pattern', 'spamdetected'],
  // AOL: no reverse DNS for the sending IP
  ['421 4.7.1 : (DNS:NR) http://postmaster.info.aol.com/errors/421dnsnr.html', 'requireptr'],
  // GMX and Web.de: the sender's domain has no usable DNS records
  ['550-Requested action not taken: mailbox unavailable\n550 invalid DNS MX or A/AAAA resource record', 'rejected'],
  // Exim could not verify the sender; Microsoft 365 group restricted to some senders
  ['451 Could not complete sender verify callout', 'rejected'],
  ['550 5.7.124 Sender not in allowed-senders list', 'rejected'],
  // Mailman: a list that takes posts from its members only
  ['You are not allowed to post to this mailing list, and your message has been automatically rejected.  If you think that your messages are being rejected in error, contact the mailing list owner at news-owner@lists.example.org.', 'rejected'],
  // Postfix: TLS failed on the client side, or is unavailable on the server side
  ['Cannot start TLS: handshake failure', 'failedstarttls'],
  ['454 4.7.0 TLS not available due to local problem', 'failedstarttls'],
  // Exim: a local problem of the receiving server, a spool short of disk space; Mimecast's busy servers
  ['451 Temporary local problem - please try later', 'systemerror'],
  ['451 Internal resources are temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451', 'systemerror'],
  ['452 Space shortage, please try later', 'systemfull'],
  // Exchange: bare line feeds cannot be sent with DATA
  ['550 5.6.11 SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds, which cannot be sent via DATA', 'contenterror'],
  // Sendmail's redirect feature, with the 551 code alone
  ['551 User has moved; please try <ana@new.example.com>', 'hasmoved'],
  // Exim: a pipe to a program failed
  ['Child process of address_pipe transport returned 127 (could mean unable to exec or command does not exist) from command: /usr/local/bin/script', 'mailererror'],
  // Amavis: an attachment of a banned type
  ['554 5.7.0 Reject, id=12345-01 - BANNED: P=p003,L=1,M=application/x-msdownload,T=exe', 'policyviolation'],
  // a recipient that refuses this sender is a filter, not a domain that takes no mail (no hard bounce)
  ['550 5.7.1 <ana@example.com> is not accepting mail from you', 'filtered'],
  ['553 ana@example.com does not accept mail from sender@example.org', 'filtered'],
  // "mime" as a word, not the start of Mimecast's name
  ['554 Rejected - https://community.mimecast.com/docs/DOC-1369', 'onhold'],
  ['552 MIME-Version header missing', 'contenterror'],
  // Gmail's receiving rate without its link: not the 5.2.1 "disabled" row that shares the code
  ['450-4.2.1 The user you are trying to contact is receiving mail too quickly. Please resend your message at a later time.', 'ratelimited'],
  ['550 5.2.1 The user you are trying to contact is receiving mail at a rate that prevents additional messages from being delivered.', 'ratelimited'],
  // a sender cut off for too many bad addresses: no address is known not to exist
  ['421 4.7.0 Too many invalid recipients', 'ratelimited'],
  ['550 5.7.1 Too many invalid recipients, closing connection', 'ratelimited'],
  // the sending server's HELO name, not the recipient's domain
  ['450 4.7.1 <mail.example.org>: Helo command rejected: Host not found', 'blocked'],
  ['504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname', 'blocked'],
  // Ipswitch IMail's notice that it gave up
  ['Delivery failed 20 attempts: ana@example.com', 'expired'],
  // SPF named beside other words: a failure of it, a record set up wrong, or only a step that passed
  ['550 5.7.1 SPF do dominio mal configurado', 'authfailure'],
  ['550 5.7.1 Message rejected by SPF policy of example.org', 'authfailure'],
  ['554 5.7.1 Message accepted by SPF but rejected as spam', 'spamdetected'],
  // a list of recipients that is too large is no message too large
  ['550 Mensagem recusada: lista de destinatarios grande demais', 'ratelimited'],
  ['452 4.5.3 Destinatarios demais nesta mensagem', 'ratelimited'],
  // SPF named as a step that passed, beside a spam verdict: the verdict is the news
  ['554 5.7.1 Mensagem rejeitada: conteudo identificado como spam (aprovada pelo SPF)', 'spamdetected'],
  ['554 5.7.1 Mensagem rejeitada como spam; remetente aprovado pelo SPF', 'spamdetected'],
  ['554 5.7.1 Message rejected as spam; sender authorized by SPF', 'spamdetected'],
  ['554 5.7.1 Mensagem classificada como spam apesar de passar na verificação SPF', 'spamdetected'],
  ['554 5.7.1 Mensagem identificada como spam. Verifique se o seu dominio possui registro SPF', 'spamdetected'],
  // the number of recipients, not the message, is too large ('é grande demais')
  ['550 5.5.3 A lista de destinatários é grande demais', 'ratelimited'],
  ['452 4.5.3 O numero de destinatarios e grande demais para esta mensagem', 'ratelimited'],
  // the recipient's mailbox reached its size: full, not a message too large
  ['552 Caixa postal do destinatario excede o tamanho permitido', 'mailboxfull'],
  ['550 A caixa postal ultrapassa o tamanho permitido pela sua cota', 'mailboxfull'],
  ['552 Mailbox contains too many messages', 'mailboxfull'],
  ['552 A caixa postal do destinatário contém muitas mensagens', 'mailboxfull'],
  // attachments refused by their size: a message too large, not a policy on their type
  ['552 Attachments larger than 25 MB are not allowed', 'emailtoolarge'],
  ['552 Mensagens com anexos maiores que 25 MB nao sao permitidas', 'emailtoolarge'],
  // a quota on sending is a rate limit, not a full mailbox
  ['451 Sending quota exceeded, try again later', 'ratelimited'],
  ['550 5.7.1 Outbound quota exceeded for this account', 'ratelimited'],
  ['550 Quota excedida para envio de mensagens por hora', 'ratelimited'],
  // too many messages or attempts in a short time: a rate limit, not a message given up on
  ['Não foi possível entregar sua mensagem: o destinatário recebeu mensagens demais nos últimos 10 minutos. Tente novamente mais tarde.', 'ratelimited'],
  ['451 4.7.1 Muitas tentativas de entrega em pouco tempo, tente mais tarde', 'ratelimited'],
  ['Delivery failed: too many connection attempts from your IP', 'ratelimited'],
  // a domain that refuses this sender is a filter, not a domain that takes no mail
  ['550 5.7.1 O domínio não aceita mensagens deste remetente', 'filtered'],
  ['550 5.7.1 O dominio example.com nao aceita mensagens de remetentes externos', 'filtered'],
  // "Connection refused" of the sockets layer in Portuguese: no answer, not a block
  ['connect to mx.example.com[192.0.2.1]:25: Conexão recusada', 'networkerror'],
  ['Falha na conexão com mx.example.com: conexao recusada', 'networkerror'],
  // a virus scanner that failed is the receiving system's error, not a virus found (Amavis)
  ['451 4.5.0 Error in processing, id=12345-01, virus_scan FAILED: AV: ALL VIRUS SCANNERS FAILED', 'systemerror'],
  ['451 4.7.1 Virus scanner failure, please try again later', 'systemerror'],
  ['451 4.3.0 Falha temporaria no antivirus, tente novamente mais tarde', 'systemerror'],
  // Gmail ?p=NotAuthorizedError, also as 421 4.7.0 and without its gsmtp tag: the sending IP, not SPF
  ["421-4.7.0 [192.0.2.10] The IP you're using to send mail is not authorized to\n421-4.7.0 send email directly to our servers. Please use the SMTP relay at your\n421 4.7.0 service provider instead. https://support.google.com/mail/?p=NotAuthorizedError a1si123 - gsmtp", 'blocked'],
  ["550-5.7.1 [192.0.2.10] The IP you're using to send mail is not authorized to\n550-5.7.1 send email directly to our servers. Please use the SMTP relay at your\n550 5.7.1 service provider instead.", 'blocked'],
  // Gmail 5.7.1: a message without a usable From: header (it read as a bare 5.7.1)
  ['550-5.7.1 [192.0.2.10] Messages missing a valid address in From:\n550 5.7.1 header, or having no From: header, are not accepted.', 'notcompliantrfc'],
  // Gmail 4.7.23 without its gsmtp tag: a PTR that does not match, not the registry's SPF failure
  ['421-4.7.23 The sending IP does not match the IP address of the hostname\n421 4.7.23 specified in the pointer (PTR) record. https://support.google.com/mail/?p=IPv6AuthError', 'requireptr'],
  // pypolicyd-spf's 5.7.23 (RFC 7372) stays an SPF failure
  ['550 5.7.23 Message rejected due to: SPF fail - not authorized. Please see http://www.openspf.net/Why?s=mfrom;id=sender@example.org;ip=192.0.2.10;r=example.com', 'authfailure'],
  // Postfix's DNS lookup that failed for now (TRY_AGAIN), pasted without its 4.4.3: not a domain that does not exist
  ['Host or domain name not found. Name service error for name=example.com type=MX: Host not found, try again', 'networkerror'],
  ['Name service error for name=example.com type=MX: Malformed or unexpected name server reply', 'networkerror'],
  // Brazilian hosts' own wording: a disabled account (it read as an unknown user), an unknown
  // domain, a login required (both read as a bare code), access denied (read as a 5.7.1 'without saying why')
  ['550 5.2.1 A conta de email do destinatário está desativada', 'suspend'],
  ['550 Domínio de destino não encontrado', 'hostunknown'],
  ['550 5.7.0 É necessário autenticação SMTP para enviar mensagens', 'securityerror'],
  ['554 5.7.1 Acesso negado', 'blocked'],
  // Microsoft 365 5.7.703: the sender's own organization blocks the recipient (it read as an IP on a block list)
  ["550 5.7.703 Your message can't be delivered because messages to ana@example.com, bob@example.net are blocked by your organization using Tenant Allow Block List.", 'suppressed'],
  // Amazon SES: the sender's identity is not verified in the sending account (it read as a bare 5.7.1)
  ['554 5.7.1 Message rejected: Email address is not verified. The following identities failed the check in region US-EAST-1: sender@example.org', 'rejected'],
];

for (const [line, reason] of CASES) {
  test(`${reason}: ${line.split('\n')[0]!.slice(0, 90)}`, () => {
    assert.equal(reasonOf(line), reason, line);
  });
}
