// English hints of the provider signatures: what the provider's own rule adds to the reason's advice.
// The provider's documentation link is shown separately (the row's `source`).
import type { OwnWordsSignatureId, SignatureId } from '../../knowledge/signatures/index.js';
import type { SignatureText } from '../../types.js';

/** Google Groups' refusal, read from its headers or from its text alone. */
const GROUPS_CANNOT_POST =
  "Google Groups did not accept the post: the group may not exist, or your address may not post to it (you may need to join first, or the group may be closed to posting). Check the group's address and ask its owner.";

/** Rackspace's G28, read with its host or from its text alone. */
const RACKSPACE_G28 =
  'Rackspace distrusts new IPs and IPs with no sending history; warm the IP up slowly or send through an established server, and contact Rackspace support if it persists.';

/** A message that went round between servers: the same words whichever server stopped it (mail-loop.ts). */
const LOOP_HINT =
  'Let the recipient know another way: usually a forward of theirs (or their admin\'s) points back, as when an address forwards to another that forwards back to the first. If the Received headers of the returned message show it going round servers of yours, your server\'s admin fixes it. Resending before that only repeats the loop.';
const LOOP_WORDS = {
  name: 'Mail loop',
  summary: 'The message went round in a loop between mail servers, and one of them returned it.',
  meaning:
    'Each server that passes a message on adds a Received header; past a limit, a server takes the message to be in a loop and stops delivering it. It is nearly always a forward or alias that points back, or MX records and relay rules that send the message back where it came from.',
  adminAdvice:
    'Read the Received headers of the returned message to see which servers it went through and where the path repeats. Check the recipient\'s forwards and aliases, their domain\'s MX records and the relay rules (in Postfix, relayhost, transport_maps and the domains in mydestination and relay_domains).',
};

/** A group that refused a post: the same words for Google Groups and any other group (groups.ts). */
const GROUP_WORDS = {
  name: 'Group takes members only',
  summary: 'The group did not take your message: it takes messages from its members or allowed senders only, or it no longer exists.',
  meaning:
    'The address is a group\'s (Google Groups, a mailing list, a company\'s group address), not a person\'s. Groups often take messages from members only; the refusal has nothing to do with your server or your domain.',
};

export const signatures = {
  'spamhaus:query-refused':
    'Your IP is not listed: a 127.255.255.x answer means Spamhaus refused the receiving server\'s query (sent through a public or open DNS resolver, or over the free usage limit) and that server took the refusal for a listing. The receiver\'s admin must fix it by using its own DNS resolver or Spamhaus\'s DQS service; let them know.',

  // Google
  'google:groups-cannot-post': GROUPS_CANNOT_POST,
  'google:groups-cannot-post-pasted': GROUPS_CANNOT_POST,
  'group:members-only':
    "Ask the group's owner or admin to let your address post (or join the group, if it takes new members), or write to the people directly. If the group was deleted, ask someone there for the right address.",
  'google:send-mail-as-misconfigured':
    "Gmail tried to send from your other address through that address's own SMTP server, and that server refused it. Open Gmail's settings (Accounts and Import, \"Send mail as\"), check the SMTP server, port, username and password of that address, and send again.",
  'google:gcdp-admin-rule':
    'A rule set by the Google Workspace admin of the receiving domain refused the message, not a Google filter; only that admin can explain or change it.',
  'google:receiving-rate':
    'Nothing to do for now: your server retries on its own. If you send many messages in a row to this same address (alerts, automated notices), space them out.',
  'google:5.1.1-no-such-user':
    'The account does not exist at Gmail or at the domain\'s Google Workspace. Check the letters carefully: in @gmail.com addresses, dots make no difference (john.smith is johnsmith).',
  'google:5.2.1-disabled-user':
    'The recipient\'s Google account is disabled, by Google (inactivity or a policy breach) or by the company\'s Workspace admin; only the recipient can get it back, so reach them another way.',
  'google:5.2.2-over-quota-inactive':
    'Remove the address from your list: resending does not help, and insisting on abandoned addresses hurts your reputation.',
  'google:x.2.2-over-quota':
    'Google storage is shared by Gmail, Drive and Photos, so the mailbox fills up when the account\'s storage runs out; only the recipient can free space or buy more.',
  'google:5.3.4-max-size':
    'Gmail receives messages of up to 50 MB, counting the growth caused by attachment encoding; the same error comes when the headers alone are too large.',
  'google:4.5.3-too-many-recipients':
    'Gmail limits how many recipients one message may have in a single transaction; your server should send the rest in another transaction, which usually happens on its own.',
  'google:5.4.5-sending-limit':
    'Free Gmail allows about 500 messages a day, Google Workspace about 2,000 per user. The limit resets within 24 hours: then resend only the messages that came back. For larger volumes, use a bulk-mail service.',
  'google:4.3.0-busy':
    'Gmail reports that it is overloaded or has an internal problem for now.',
  'google:5.4.6-mail-loop':
    'The message went through more than 50 servers, the sign of a forwarding loop, such as two accounts that forward to each other. Check the forwarding rules on both sides.',
  'google:ipv6-ptr-and-authentication':
    'Over IPv6, Gmail asks for two things: a reverse DNS (PTR) name for the sending IPv6 address that resolves back to it, and SPF or DKIM passing for the message. Set the PTR with whoever owns the address and check SPF and DKIM; until both are right, sending to Gmail over IPv4 avoids the rule.',
  'google:x.7.25-ptr':
    'Gmail requires the sending IP to have a reverse DNS (PTR) name that resolves back to the same IP. The owner of the IP, usually the hosting or internet provider, sets the PTR.',
  'google:4.7.26-temporary-dns':
    'Gmail could not look up your domain\'s SPF because its DNS failed at that moment: a temporary problem of the domain\'s DNS, not necessarily a wrong record. Check that the domain\'s DNS servers answer quickly and without errors, and sign your mail with DKIM so that it passes even when the SPF lookup fails.',
  'google:451-4.7.26-dmarc-dns':
    'Gmail could not reach your domain\'s DNS to evaluate DMARC, and the message passed neither SPF nor DKIM. Check that your domain\'s DNS servers answer for the _dmarc and SPF TXT records.',
  'google:dmarc-rejection':
    'The From domain publishes a DMARC policy that tells receivers to reject mail that passes neither SPF nor DKIM aligned with it. Sending with a From address at someone else\'s domain (for example @gmail.com from your own server) will never pass: use your own domain.',
  'google:x.7.26-unauthenticated':
    'Gmail requires every message to pass SPF or DKIM; senders of more than 5,000 messages a day to Gmail accounts need both, plus DMARC. See Google\'s sender guidelines.',
  'google:x.7.24-suspicious-spf':
    'Ask whoever runs the DNS of your domain (the envelope sender\'s) to clean up its SPF record, so that it lists only the servers and services that really send for you; adding another include makes it worse.',
  'google:x.7.27-spf-fail':
    'Gmail checked SPF for the envelope sender\'s domain and the sending IP is not in its SPF record; add the server or service that sends for you to that record.',
  'google:x.7.30-dkim-fail':
    'Gmail could not verify the message\'s DKIM signature: the key published in DNS does not match, or the message was changed on the way (for example a footer added by a mailing list or an antivirus).',
  'google:x.7.32-from-not-aligned':
    'Gmail requires bulk senders to use a From domain that matches (or shares its organizational domain with) the domain that passed SPF or DKIM.',
  'google:x.7.40-no-dmarc-record':
    'Gmail requires bulk senders to publish a DMARC record for the From domain; a TXT record at _dmarc.yourdomain with at least "v=DMARC1; p=none" is enough to start.',
  'google:x.7.29-no-tls':
    'Gmail requires bulk senders to send over TLS; configure the sending server to use STARTTLS.',
  'google:530-5.7.0-starttls-first':
    'Gmail\'s sending server (smtp.gmail.com) only accepts a login on an encrypted connection: set the mail program or device to STARTTLS on port 587, or SSL/TLS on port 465.',
  'google:4.7.0-tls-required':
    'The receiving domain\'s admin set Google Workspace to require TLS from senders; your server must offer STARTTLS.',
  'google:4.7.28-unsolicited-rate':
    'Gmail measured an unusual rate of unwanted mail from your IP, your DKIM or SPF domain, or a domain in your links, and is slowing your mail down. Watch the spam rate in Google Postmaster Tools: Google asks to keep it below 0.1% and never to reach 0.3%.',
  'google:5.7.28-unsolicited-rate':
    'Gmail measured an unusual rate of unwanted mail from your IP, your DKIM or SPF domain, or a domain in your links, and now refuses it. Watch the spam rate in Google Postmaster Tools: Google asks to keep it below 0.1% and never to reach 0.3%.',
  'google:low-reputation':
    'Gmail rates the sending IP and the sending domain separately. Lower the volume until the refusals stop, and watch in Google Postmaster Tools the spam rate users report and whether your domain meets Gmail\'s sender requirements.',
  'google:5.7.1-not-rfc5322':
    'Gmail refuses messages with malformed headers, such as a From with several addresses, a repeated From or Subject, or no valid Message-ID or Date; fix the program or system that builds the message.',
  'google:5.7.1-unsolicited':
    'Gmail\'s filter found that this particular message looks like spam, from its content, its links or the sender\'s history.',
  'google:5.7.1-ip-not-authorized':
    'Gmail does not accept mail sent straight from this IP (typical of home connections and IPs without a sending history); send through your provider\'s SMTP server.',
  'google:4.7.0-ip-not-allowed':
    'The receiving domain set Google Workspace to accept mail only from listed IPs (for example, from a filtering gateway in front of it); the recipient\'s admin is the one who can allow your IP.',
  'google:552-5.7.0-blocked-message':
    'Gmail blocks some attachments for security, such as executables (.exe, .js, .bat), archives that contain them and documents with harmful macros; share the file through a cloud storage link instead.',
  'google:535-5.7.8-bad-credentials':
    'Google refused the username or password used to send through smtp.gmail.com; with 2-Step Verification on, the program needs an app password instead of the normal one.',
  'google:454-4.7.0-login-attempts':
    'Google stopped taking logins to smtp.gmail.com from this account or IP for a while, after too many attempts, usually failed ones. Check the username and password (or app password) saved in the mail program or application that sends, stop it retrying in a loop, and wait a while before sending again.',
  'google:534-5.7.9-app-password':
    'The account uses 2-Step Verification: create an app password in the Google account and use it in the mail program instead of the normal password.',
  'google:534-5.7.14-web-login':
    'Google blocked the mail program\'s login and wants you to log in to the account in a web browser to confirm it is you; then send again.',

  // Microsoft
  'microsoft:5.1.10-recipient-not-found':
    'Exchange (Microsoft 365 or the company\'s own server) did not find the address in the receiving organization\'s directory. If it used to work, the account may have been removed or the domain may have moved to another mail system.',
  'microsoft:5.4.1-recipient-access-denied':
    'The receiving organization uses Microsoft\'s Directory-Based Edge Blocking, which refuses at the door every address missing from its directory: in practice, the address does not exist.',
  'microsoft:resolver-rst-authrequired':
    'Ask the recipient to have their admin allow outside senders for that group or mailbox, or use another address of theirs.',
  'microsoft:5.7.133-internal-senders-only':
    'The recipient is a Microsoft 365 group, mailbox or public folder that takes mail only from people of its own organization or from a list of allowed senders. There is no password or setting of yours to fix: ask the recipient to have their admin allow outside senders, or use another address.',
  'microsoft:5.7.509-dmarc-reject':
    'Microsoft applied the reject DMARC policy (p=reject) published by the From domain, because neither SPF nor DKIM passed aligned with that domain.',
  'microsoft:5.7.515-authentication-level':
    'Since 2025 Microsoft requires domains sending more than 5,000 messages a day to Outlook.com and Hotmail to pass SPF, DKIM and DMARC.',
  'microsoft:5.7.520-external-forwarding':
    'You need not change anything in the message. If you like, tell the recipient: they can fix it (by turning their forwarding rule off), or their Microsoft 365 admin can.',
  'amazon:ses-identity-not-verified':
    'In the SES console, in the region the reply names, verify the From address or its whole domain. If the account is still in the sandbox, SES also sends only to verified recipients: ask AWS for production access.',
  'microsoft:5.7.703-tenant-recipient-block':
    'Ask your Microsoft 365 admin whether the block is intended. If it is not, they can remove the recipient\'s address or domain from the Tenant Allow/Block List, in the Microsoft Defender portal. Nobody on the recipient\'s side can lift it.',
  'microsoft:5.7.57-client-not-authenticated':
    'Microsoft 365\'s sending server (smtp.office365.com) got mail without a login; set the program or device to log in with username and password, using STARTTLS on port 587.',
  'microsoft:5.7.139-smtp-auth-disabled':
    'Ask your Microsoft 365 admin to turn on "Authenticated SMTP" for that mailbox (or the organization), or use a program that logs in with OAuth (modern authentication).',
  'microsoft:5.7.60-send-as-denied':
    'The account signed in to Microsoft 365 may not send with the address in the From field. Send from the account\'s own address, or ask the admin for the "Send As" permission on that mailbox or group.',
  'microsoft:s3150-block-list':
    'Microsoft blocked the range of IPs (the network) your mail came from, not necessarily your own IP; the provider that owns the IPs asks for removal, at sender.office.com or through Microsoft\'s sender support.',
  'microsoft:5.7.606-banned-sending-ip':
    'The sending IP is on Microsoft\'s block list; request removal at sender.office.com. The release may take a few hours.',
  'microsoft:5.7.501-spam-abuse-ip':
    'Microsoft blocks the sending IP (or the sending account) for spam seen from it or its range, whatever this message said. Find and stop the cause (a compromised account, a list with bad addresses), then request removal at sender.office.com; the release may take a few hours.',
  'microsoft:5.7.511-banned-sender':
    'Microsoft banned the sending IP for spam; to ask for removal, forward this bounce to delist@microsoft.com.',
  'microsoft:5.7.708-ip-low-reputation':
    'Microsoft does not accept traffic from this IP because of its low reputation; if your mail goes out through Microsoft 365, your admin should open a case with Microsoft support.',
  'microsoft:5.7.750-unregistered-domain':
    'Your organization\'s Microsoft 365 is sending with a sender domain that was never added and verified in the account; the admin must add that domain in the Microsoft 365 admin center or change the sender address.',
  'microsoft:5.7.705-tenant-blocked':
    'Microsoft stopped outgoing mail for your whole Microsoft 365 organization, usually because much of it looked suspicious (for example after an account was hacked); the admin must open a case with Microsoft support.',
  'microsoft:4.7.650-ip-reputation':
    'Microsoft is slowing down mail from this IP because of its reputation. Watch the IP in Microsoft SNDS and lower the volume meanwhile.',
  'microsoft:4.7.500-throttled':
    'Microsoft temporarily limits the volume of new IPs and of IPs with unusual sending; the limit eases as the IP builds a history.',
  'microsoft:4.3.2-thread-limit':
    'The Exchange mailbox is getting too many deliveries at the same time.',
  'microsoft:4.4.62-wrong-region':
    'The message reached a Microsoft 365 datacenter that does not serve the receiving organization, usually because of a connector with a fixed destination or stale DNS; if it keeps failing, check the connectors.',
  'microsoft:x.4.312-dns-query-failed':
    "Exchange Online could not find the recipient's domain in DNS (no MX or A record, or its DNS servers did not answer) for as long as it kept retrying. Check the domain for typos; if it is right, its owner must fix its DNS.",
  'microsoft:4.4.7-queue-expired':
    'Exchange kept trying until the message\'s time in the queue ran out; the cause is in the earlier temporary errors, often listed in the same report.',
  'microsoft:s8001-helo-listed':
    'Microsoft refused the name your server gives in HELO/EHLO because it is on its block list; use a host name of your own that resolves in DNS and matches the IP\'s reverse DNS (PTR).',
  'microsoft:ou-001':
    'Outlook.com refused because the sending IP is on a block list it uses, such as Spamhaus; look the IP up at check.spamhaus.org and deal with the listing.',
  'microsoft:ou-002':
    'Outlook.com refused the message for policy reasons, because of its content or the reputation of the IP or domain; if it keeps happening, use Outlook.com\'s sender support form.',
  'microsoft:sc-001':
    'Outlook.com blocked the sending IP, or its network, for policy reasons; the owner of the IP can ask for a review through Outlook.com\'s sender support.',
  'microsoft:sc-002':
    'Outlook.com saw this IP trying many addresses that do not exist, the pattern of address harvesting; clean the recipient list before asking for removal.',
  'microsoft:sc-003':
    'Outlook.com believes the IP is an open proxy or open relay that anyone can use to send spam; close it, then ask for removal.',
  'microsoft:sc-004':
    'Outlook.com blocked the IP because too much unwanted mail came from it, complaints included; stop the source of the spam, then ask for removal through Outlook.com\'s sender support.',
  'microsoft:dy-001':
    'Outlook.com does not accept mail sent straight from dynamic or home IPs; send through your provider\'s SMTP server.',
  'microsoft:dy-002':
    'Outlook.com believes the sending machine is compromised (virus or botnet); check the computers and servers on that network.',
  'microsoft:rp-001':
    'Outlook.com limits how many messages an IP may send per hour, per day and per connection, and how many connections it may open at once; slow the pace down.',

  // Yahoo and AOL
  'yahoo:dd-no-account':
    'Yahoo (and AOL, part of the same company) answers this when the account does not exist or was deleted, often after a long time unused; remove the address from your list.',
  'yahoo:dd-mailbox-disabled':
    'The Yahoo account exists but was disabled, usually for lack of use; it will not receive mail until its owner reactivates it.',
  'yahoo:ts03-permanently-deferred':
    'Yahoo decided to refuse mail from this IP for good, because of complaints or volume; retrying will not work. Fix the cause, then open a case with Yahoo\'s sender support.',
  'yahoo:tss04-deferred':
    'Yahoo is deferring mail from this IP because of unexpected volume or user complaints.',
  'yahoo:bl21-spamhaus':
    'Yahoo refused because the sending IP is on a Spamhaus list; look it up at check.spamhaus.org and deal with the listing before sending again.',
  'yahoo:ph01-content':
    'Yahoo refused the message for its content, which looked like spam or phishing; review its links, URL shorteners and attachments.',
  'yahoo:4.16.1-resources-unavailable':
    'Yahoo is short of resources on its side for now.',
  'yahoo:5.7.9-unauthenticated':
    'Since 2024 Yahoo requires every message to pass SPF or DKIM; bulk senders need both, plus DMARC.',
  'yahoo:5.7.9-policy':
    'Yahoo uses this code mostly when authentication fails or the From domain\'s DMARC policy says to reject; check SPF, DKIM and DMARC before looking for another cause.',
  'aol:rtr-bb-dynamic-ip':
    'AOL refuses connections from dynamic or home IPs; send through your provider\'s SMTP server.',
  'aol:521-not-accepted':
    'AOL refuses mail from your sending server, usually because of its reputation (complaints, mail to addresses that do not exist); the recipient\'s mailbox is not the problem. Check the IP and domain reputation, remove the addresses that bounce from your list, and only then send again.',
  'aol:rtr-rd-no-ptr':
    'AOL requires reverse DNS (PTR) on the sending IP; ask the owner of the IP to set a name that resolves back to the same IP.',
  'aol:rly-b1-rate':
    'AOL got too much mail from this IP in a short time; slow down.',
  'aol:hvu-b1-content':
    'AOL refused because of the content, usually a link or domain in the message that is on its spam lists.',
  'aol:dmarc-f':
    'AOL applied the From domain\'s DMARC policy, because the message passed neither SPF nor DKIM aligned with it.',

  // Apple iCloud
  'apple:dmarc-policy':
    'iCloud applied the DMARC policy published by the From domain: the message passed neither SPF nor DKIM aligned with that domain.',
  'apple:local-policy':
    'iCloud refused the message under an internal policy (the code in brackets, such as CS01, names it), usually about content or reputation; Apple\'s postmaster page explains what to do.',
  'apple:not-accepting-connections':
    'iCloud\'s servers refused the sending IP right at connection, which usually means a poor reputation or a block-list entry; if the IP is clean, contact iCloud through its postmaster page.',
  'apple:5.1.6-no-longer-on-server':
    'iCloud says this when the account was closed; it gives no new address, so treat it as an address that no longer exists and remove it from your list.',
  'apple:5.2.2-over-quota':
    'iCloud storage is shared by mail, photos and backups, so the mailbox fills up when the account\'s storage runs out; only the recipient can free space or upgrade the plan.',
  'apple:5.1.1-inactive-or-unknown':
    'iCloud answers this both for addresses that never existed and for deactivated accounts ("inactive email address"); check the spelling, and if it is right, remove the address from your list.',

  // Gateways
  'proofpoint:ip-blocked':
    'The recipient\'s Proofpoint filter refused the sending IP for its reputation; look the IP up at ipcheck.proofpoint.com and request removal there.',
  'mimecast:greylisting':
    'Your server will retry by itself and there is nothing to do; look into it only if the error lasts for hours.',
  'mimecast:anti-spoofing':
    'The recipient\'s Mimecast refused the message because its From uses the receiving organization\'s own domain, but the message came from outside. Send it with a From in your own domain (their address can go in Reply-To). Only if you send on their behalf, with their consent (a service they hired), must their admin add a Mimecast Anti-Spoofing bypass for your sending server. Then send again.',
  'mimecast:user-blocked-sender':
    'Only whoever blocked you can take you off the list: reach the recipient another way and ask them to allow your address. Then send again.',
  'mimecast:envelope-blocked':
    'Only the recipient organization\'s mail admin can lift the block: reach the recipient another way and ask them to take the request to their admin, to allow your address or domain in Mimecast. Then send again.',
  'mimecast:unresolvable-5321-from':
    'Mimecast could not find your envelope sender\'s (Return-Path) domain in DNS: it needs an MX or an A record that resolves. Check that domain\'s records and that its DNS servers answer, or send with a Return-Path on a domain that resolves. The sending IP\'s PTR is not the problem.',
  'mimecast:poor-reputation':
    'The recipient\'s Mimecast rates the sending IP or domain as poor; if it keeps happening, ask the recipient to open a case with Mimecast support.',
  'mimecast:host-network-not-allowed':
    'The recipient\'s organization set Mimecast to refuse mail from your server\'s IP or network; only its admin can allow it.',
  'mimecast:security-policies':
    'Mimecast\'s security scan (antivirus and threat signatures) stopped the message; send it again without the suspicious attachment or link, or ask the recipient to check with their admin.',
  'barracuda:content-ube':
    'The receiving organization\'s Barracuda classified the message as unsolicited bulk email (UBE); only its admin can allow the sender.',
  'cisco:poor-reputation':
    'The recipient\'s Cisco (IronPort) gateway refused the IP because of the reputation Cisco Talos gives it; look the IP up at talosintelligence.com and ask for a correction there.',
  'cisco:5.1.0-address-rejected':
    'This is the Cisco (IronPort) gateway\'s standard answer when the address is not in the receiving organization\'s directory; check the spelling.',
  'trendmicro:ers-blocked':
    'The sending IP is on Trend Micro\'s email reputation list (ERS), which the recipient\'s filter uses; look the IP up and request removal at ers.trendmicro.com.',
  'rackspace:g1f-no-ptr':
    'Rackspace requires reverse DNS (PTR) on the sending IP; ask the owner of the IP to set one.',
  'rackspace:g28-untrusted-ip': RACKSPACE_G28,
  'rackspace:g28-untrusted-ip-pasted': RACKSPACE_G28,

  // Block lists
  'spamhaus:dbl-domain-listed':
    'Look up the sender\'s domain and the domains of the message\'s links at check.spamhaus.org. If it is a link, remove or replace it; if it is your domain, fix the cause before asking for removal.',
  'spamhaus:ip-listed':
    'Look the IP up at check.spamhaus.org. On the PBL (dynamic or home ranges), send through your provider\'s server; on the SBL or XBL, find the cause (infected machine, hacked account) before asking for removal.',
  'spamcop:ip-listed':
    'SpamCop lists IPs reported by users and drops the listing by itself about 24 hours after the reports stop; look the IP up at spamcop.net.',
  'barracuda:brbl-listed':
    'Removal from Barracuda Reputation (BRBL) is free: request it at barracudacentral.org with the IP and a contact.',
  'sorbs:ip-listed':
    'SORBS was shut down in 2024; if the refusal is recent, the receiving server still uses that list and its admin should take it out of the configuration.',
  'uceprotect:ip-listed':
    'UCEPROTECT level 1 lists your own IP; levels 2 and 3 list a whole network or provider because of other customers. Listings expire by themselves after 7 days without spam.',
  'dnsbl:listed':
    'The reply names a DNS block list (DNSBL); find the list\'s name in the reply, look up your IP on its website and follow its removal steps, but fix the cause first (spam, a hacked account) or the IP will be listed again.',

  // Which of the authentication checks failed
  'dmarc:permerror':
    'The receiver could not evaluate your domain\'s DMARC because the record is broken (bad syntax, more than one record at _dmarc). Check the record with a DMARC validator and fix it in the DNS; check SPF too: a record that needs more than 10 DNS lookups errors out and no longer counts for DMARC.',
  'dmarc:policy-reject':
    'Your domain publishes DMARC with p=reject or p=quarantine, and this message passed neither SPF nor DKIM aligned with the sender\'s (From) domain. Usually a service sends for the domain without being in its SPF or signing with the domain\'s DKIM, or a forwarded message was changed on the way.',
  'spf:fail':
    'The IP that sent the message is not authorized by the SPF record of the sender\'s domain. Add that IP, or the include: the service sending for you gives, to the SPF record, and check that the domain has a single SPF record.',
  'dkim:fail':
    'The DKIM signature does not verify: the key published in the DNS (at the selector the signature names) is not the one that signed, or the message was changed after signing (by a footer, an antivirus or a mailing list on the way). Check the selector\'s DKIM record and whether anything changes the mail after sending.',

  // Checks of the sender's address
  'sender:verify-failed':
    'The receiving server tested your sender address (the envelope one, the Return-Path) by asking your server whether it exists, and the answer was no, or none came. Send from an address that exists and takes mail: a noreply@ that refuses everything causes exactly this.',
  'sender:malformed':
    'The address your server gave as the sender (MAIL FROM, the envelope sender, which shows as the Return-Path) is not a valid address. Check it in the settings of the program or service that sends and look for a space, a missing domain, or a name where only the address goes (for example, "Ana <ana@example.com>" typed in the sender\'s address field).',
  'sender:not-owned-by-login':
    'Send from the account\'s own address, or ask your provider to allow that address on it (as an alias, or with a "send as" permission).',

  // An attachment refused for its type
  'attachment:type-refused':
    'The receiver does not take this kind of attachment (such as .exe, .js, .bat, documents with macros, or archives holding them), whatever its size. Share the file through a cloud-storage link, or agree with the recipient on another way to send it.',

  // The sender's own account's sending limit
  'address:malformed':
    'Fix the address in your list or in the sign-up form: look for spaces, commas, two @, "at" instead of @, or a trailing dot. If the right address cannot be known, remove it from the list.',
  'address:verify-probe-blocked':
    'Nothing to change on your side: let the recipient know some other way that their mail server refuses mail between its own servers. A temporary refusal is retried by your server; otherwise resend once it is fixed.',
  'address:no-valid-recipients':
    'Look, in the same notice or in the log, for the replies to each recipient\'s RCPT TO: the reason is there, and it may be temporary.',
  'bulk:list-unsubscribe':
    'Add the List-Unsubscribe and List-Unsubscribe-Post headers (one-click unsubscribe, RFC 8058) to bulk mail, as Gmail and Yahoo require of bulk senders, along with honoring unsubscribes within two days; newsletter tools usually have it as a setting.',
  'bulk:uri-listed':
    'A domain of the message\'s links (or the sender\'s) is on a list of domains used in spam, such as URIBL or SURBL. Look the links\' domains up at uribl.com and surbl.org; remove or replace the listed link (URL shorteners often are) before resending.',
  'bulk:recipient-unsubscribed':
    'Remove the address from your list and do not add it back: mailing people who asked to leave breaks the providers\' rules and may break data-protection laws such as the LGPD or the GDPR.',
  'loop:back-to-myself':
    'The MX record of the recipient\'s domain points at your own server, which is not set up to take mail for that domain. If the domain is yours, add it to the server\'s local or virtual domains (mydestination, virtual_mailbox_domains or relay_domains in Postfix; control/locals or control/virtualdomains in qmail); if not, fix its MX in its DNS or your server\'s route to it.',
  'loop:too-many-hops': LOOP_HINT,
  'loop:forwarding-broken': LOOP_HINT,
  'sending-limit:own-account':
    'Wait for the limit to reset (the reply or your provider\'s dashboard usually says when) and resend only the messages that came back. To send more than that, as for a newsletter, use a bulk-mail service instead of your mailbox.',

  'sending-limit:account-blocked':
    'Leave your list alone: the recipients are not at fault. Ask your provider\'s support to unblock the account and, if you did not send that volume, change the password now and check the account\'s forwarding rules.',
  'sending-limit:ses-paused':
    'Read the e-mail AWS sent to the account\'s address and the reputation dashboard in the SES console. Clean the list (remove the addresses that do not exist and those that complained), fix what led to the failures, and ask AWS to review the account; only then send again.',
  'sending-limit:test-account':
    'Add the address to the authorized recipients in the account settings; the recipient gets an invitation and must accept it. To send to anyone, add and verify a domain of your own instead of the sandbox domain and, on a free account, upgrade the plan.',
  'sending-limit:unconfigured-domain':
    'Do not take the address off your list: it is not at fault. Add and verify in the sending service the sender domain the reply names (the DNS records the service gives), or send from a domain already verified, and send again.',
  'sending-limit:failures-per-hour':
    'Clean the list before resending: remove the addresses that came back as unknown and read the other bounces of this hour for the cause. Once the hour turns, resend only the discarded messages.',
  'cpanel:generic-failure':
    'Find the real reason in cPanel\'s Track Delivery, or ask your host for that delivery\'s log entry. Resend only once you know what the recipient\'s server answered.',
  'relay:login-refused':
    "Forward this line to whoever runs your mail server: the relay refused the server's login, and the fix is in the server's settings. The recipient has nothing to do with it, and your other messages through that relay stop at the same point.",
  'postfix:tls-local-problem':
    'Nothing to fix on your side: your server retries on its own. If the deferrals go on for days, tell the recipient by other means, so that their admin fixes the server.',
  'helo:rejected':
    'Forward this bounce to whoever runs your mail server, or to your provider: the fix is in the server\'s settings, not in the message nor on a block list.',

  // Greylisting, whoever runs it
  'greylisting:deferred':
    'Your server retries by itself and there is nothing to do. Look into it only if the message stays stuck for hours: your provider may be retrying from a different IP each time, so the receiver never recognizes the sender.',

  // Amazon SES
  'amazon:5.6.1-content-rejected':
    "Amazon SES, receiving for the recipient's domain, refused the message's content or format, not your address. Send it again in a plain format (text or simple HTML, common attachment types).",

  // KDDI (au)
  'kddi:user-unknown':
    'The address does not exist at au (KDDI). Check it with the recipient: au phone addresses change when the owner changes the address or leaves the carrier.',
  'kddi:filtered-user-unknown':
    'au (KDDI) answers "550 : User unknown", without the address, when the recipient\'s own receiving filter refuses the sender (a domain or address filter, or a refusal of mail sent from computers): the address exists. The recipient can allow your address or domain in their au mail settings.',

  // Orange, La Poste
  'orange:416-invalid-recipient':
    'Orange says the address does not exist (code 416). Check the spelling with the recipient; old wanadoo.fr addresses are often closed.',
  'orange:505-service-refused':
    'Orange refused the connection for now because of a problem on its side (code 505).',
  'orange:506-spam':
    "Orange's filter took the message for spam (code 506). If it keeps happening after you review the message, ask Orange's postmaster service to look into it.",
  'orange:999-ip-refused':
    "Orange refuses your sending IP for now (code 999), because of its reputation or of how much it sends. Slow down the sending to Orange; if it lasts, the sending server's admin should contact Orange's postmaster service.",
  'laposte:416-invalid-recipient':
    'La Poste says the address does not exist (code 416). Check the spelling with the recipient.',
  'laposte:630-client-rejected':
    "La Poste's policy refuses the server that sent the message (code 630), not your message. The sending server's admin must check its IP reputation and its reverse DNS (PTR), and may ask La Poste to review it.",

  // Cox, Spectrum
  'cox:ip-blocked':
    "Cox blocked the IP of the server that sent the message, for spam-like behavior or because it is on a block list Cox uses. The sending server's admin must find the cause and then ask Cox for removal through its error code page.",
  'cox:cxdns-no-ptr':
    "Cox could not look up the reverse DNS (PTR) of the sending IP. The IP's owner, usually the hosting or internet provider, must set a PTR name that resolves back to the same IP.",
  'cox:cxcnct-connections':
    'Cox limits how many connections one IP may open at once. If it keeps happening, lower the number of parallel connections to Cox.',
  'spectrum:13xx-rate-limit':
    'Spectrum limits how many connections, messages and recipients a sender may have in a period of time. If it keeps happening, send to Spectrum more slowly.',

  // A challenge-response filter's request (decode-auto-reply.ts)
  'challenge-response:held':
    "Confirm once, through the reply's link, only if you trust it: such requests are also used for phishing, so check that the link's domain belongs to the recipient's mail provider or filter, and never type a password there. Once confirmed, the held message is delivered and later ones pass; without a confirmation it is discarded after a few days. For a mailing list, treat the address as not receiving your mail until someone confirms.",
} satisfies Record<SignatureId, string>;

/**
 * The words of the signatures whose reason's general words would mislead (`ownWords`); their advice is
 * the hint above.
 */
export const signatureWords = {
  'loop:too-many-hops': LOOP_WORDS,
  'google:5.4.6-mail-loop': LOOP_WORDS,
  'google:groups-cannot-post': GROUP_WORDS,
  'google:groups-cannot-post-pasted': GROUP_WORDS,
  'group:members-only': GROUP_WORDS,
  // (its own name: in one report, a group of its own beside too-many-hops', of another reason)
  'loop:forwarding-broken': { ...LOOP_WORDS, name: 'Forwarding loop' },
  'loop:back-to-myself': {
    name: 'Domain pointing back at your server',
    summary: 'Your server returned the message because the recipient\'s domain points back at it (a loop).',
    meaning:
      'The server tried to deliver the message to itself: the domain\'s MX record points at it, but it is not set up as that domain\'s destination. Resending will not help until the setup is fixed.',
  },
  'bulk:recipient-unsubscribed': {
    name: 'Recipient unsubscribed',
    summary: 'The recipient unsubscribed from your mail.',
    meaning: 'The server refused the message because the recipient asked to receive no more mail from this sender.',
  },
  'spamhaus:dbl-domain-listed': {
    summary: 'The receiver refused the message because one of its domains is on the Spamhaus domain list (DBL).',
    meaning:
      'The Spamhaus DBL lists domains, not IPs: the sender\'s domain or one of the message\'s links was listed for appearing in spam, phishing or hacked sites.',
    adminAdvice:
      'Look the domain up at check.spamhaus.org. If it is yours, find out why it was listed (a hacked site, spam links, fake sign-ups) and fix that before asking for removal.',
  },
  'address:malformed': {
    summary: 'The recipient\'s address is written in an invalid way.',
    meaning:
      'The server did not even look for the mailbox: the address does not follow the form of an e-mail address (name@domain), because of a space, a forbidden character or a typo.',
  },
  'address:verify-probe-blocked': {
    name: 'Block between the recipient\'s own servers',
    summary: 'The recipient\'s server could not check the address: one of its own servers refused a check from another.',
    meaning:
      'Before taking the message, the recipient\'s server asked the internal server that holds the mailboxes whether the address exists, and that server refused the check. The block list it quotes lists the IP of the recipient\'s own server, not yours; only the recipient\'s mail admin can fix it.',
  },
  'google:receiving-rate': {
    summary: 'The recipient\'s Gmail account is getting mail faster than Gmail allows; usually you are not at fault.',
    meaning:
      'Gmail limits how fast one account receives mail. This one reached that limit, usually in a flood of messages (someone signed the address up on many sites at once, an auto-reply loop, many systems sending at once). Many messages from you to this same address in a short time can cause it too.',
  },
  'address:no-valid-recipients': {
    summary: 'The server refused the message because every recipient had already been refused.',
    meaning:
      'This is Postfix\'s answer to the message content (DATA) when no recipient was accepted. It does not say why: each recipient was refused earlier, in a reply of its own.',
  },
  'sending-limit:account-blocked': {
    name: 'Sending account blocked',
    summary: 'Your provider blocked sending from your account; the recipient has nothing to do with it.',
    meaning:
      'Your own provider\'s sending server refused: your account is blocked or suspended for sending, usually on suspicion of spam (often after a leaked password), for sending too much, or over an unpaid bill. No message goes out while it lasts.',
    adminAdvice:
      'In Microsoft 365, change the password, review the forwarding rules and release the user in Microsoft Defender\'s restricted users page. With other providers, unblocking is through support or the dashboard.',
  },
  'sender:malformed': {
    name: 'Sender address written wrong',
    summary: 'The receiving server refused your sender address: it is not written as a valid address.',
    meaning:
      'The refusal is about the form of your sender address, not the recipient nor your server\'s reputation: while the address is written wrong, every message sent with it fails the same way.',
  },
  'sending-limit:ses-paused': {
    name: 'Sending paused by Amazon SES',
    summary: 'Amazon SES paused sending for your account: no message goes out while the pause lasts.',
    meaning:
      'Amazon SES pauses an account when its bounce or complaint rate passes its limits, usually because of a list with many nonexistent or stale addresses. The recipient is not at fault: the problem is the list and the sending account.',
  },
  'sending-limit:test-account': {
    name: 'Test account of the sending service',
    summary: 'Your sending service did not send the message: your free account or its sandbox domain sends only to the addresses you authorized.',
    meaning:
      'Services such as Mailgun let free accounts and sandbox domains send only to a few authorized recipients (up to five, at Mailgun), for testing. The recipient\'s server was not even contacted, and the address is not at fault.',
  },
  'sending-limit:unconfigured-domain': {
    name: 'Sending domain not set up at the service',
    summary: 'Your sending service did not send the message: the sender\'s domain is not set up in your account.',
    meaning:
      'Services such as SparkPost send only from domains the account has added and verified. This sender domain is not one of them, so the service refused the message under its own rule: the recipient\'s server was not even contacted.',
  },
  'sending-limit:failures-per-hour': {
    name: "Your host's hourly failure limit",
    summary: 'Your host discarded the message: too many of your domain\'s messages failed this hour.',
    meaning:
      'cPanel counts how many of the domain\'s messages fail or are deferred each hour (unknown addresses, refusals) and, past its limit, discards the next ones without trying to deliver them. Discarded messages are not resent by themselves.',
    adminAdvice:
      'The limit (the share of a domain\'s messages that may fail or be deferred each hour) is in WHM\'s Tweak Settings; raising it only hides a dirty list.',
  },
  'cpanel:generic-failure': {
    summary: 'The delivery failed, but cPanel\'s notice does not say the real reason.',
    meaning:
      'This is cPanel\'s (Exim\'s) generic notice: it covers any refusal (unknown address, block, DNS) and hides the recipient server\'s real reply.',
    adminAdvice: 'In WHM, find the message in Mail Delivery Reports or in Exim\'s log (/var/log/exim_mainlog) to read the remote reply.',
  },
  'sender:not-owned-by-login': {
    summary: 'Your own sending server refused the sender: the address does not belong to the account you signed in with.',
    meaning:
      'Sending servers (your provider\'s, Microsoft 365, Gmail) let you send only with the addresses of the signed-in account, so that nobody can pose as someone else. The recipient was not even contacted.',
    adminAdvice:
      'In Postfix, map the address to the account in smtpd_sender_login_maps; in other servers, add it as an alias of the account or allow the account to send as it.',
  },
  'microsoft:resolver-rst-authrequired': {
    summary: 'The recipient takes mail only from senders of its own organization.',
    meaning:
      'The reply says "authentication required", but it is not your login: the recipient is an Exchange group or mailbox set to take mail only from authenticated senders, that is, from inside the organization. There is no password or setting of yours to fix.',
  },
  'microsoft:5.7.520-external-forwarding': {
    summary: 'The recipient\'s organization stopped the message from being forwarded automatically to an outside address.',
    meaning:
      'The recipient has a rule that forwards their mail to an address outside their organization, and its Microsoft 365 forbids that. Usually the message reached their mailbox and only the forwarded copy came back.',
    retry: 'Do not resend: usually the message already reached the recipient\'s mailbox, and only the forwarded copy came back.',
  },
  'amazon:ses-identity-not-verified': {
    summary: 'Amazon SES, your sending service, did not send the message: the sender address is not verified in your account.',
    meaning:
      'SES sends only from addresses or domains verified in the account and, while the account is in the sandbox, only to verified recipients; the reply lists the addresses that failed this check. The recipient\'s server was never contacted.',
  },
  'microsoft:5.7.703-tenant-recipient-block': {
    name: 'Blocked by your own organization',
    summary: 'Your own organization blocks mail to this recipient.',
    meaning:
      'Your Microsoft 365 admin put the recipient\'s address or domain on the organization\'s Tenant Allow/Block List, so Microsoft 365 did not send the message: the recipient\'s server was never contacted.',
  },
  'google:x.7.24-suspicious-spf': {
    name: 'Suspicious SPF record',
    summary: 'Gmail distrusts your domain\'s SPF record: it allows too much or is broken.',
    meaning:
      'The SPF record exists, but Gmail judges it too broad (such as "+all" or huge IP ranges) or broken (more than 10 DNS lookups, includes that do not answer), so it does not trust it to authenticate the message.',
    adminAdvice:
      'Review the SPF record of the envelope sender\'s domain: replace "+all" with "~all" or "-all", drop IP ranges that are too wide and the includes of services that no longer send for you, and check that the whole record stays within 10 DNS lookups (an SPF checker shows the count). Then send a test to a Gmail account and look at the Authentication-Results header.',
  },
  'microsoft:5.7.139-smtp-auth-disabled': {
    name: 'SMTP AUTH turned off for the account',
    summary: 'Your organization\'s Microsoft 365 does not accept the SMTP login of the program that sends.',
    meaning:
      'Sending with a username and password (SMTP AUTH) is turned off for the organization or for that account: while it is, no password will work.',
    adminAdvice:
      'In the Microsoft 365 admin center, open the user, go to Mail > Manage email apps and select "Authenticated SMTP"; or, in Exchange Online PowerShell, run Set-CASMailbox -SmtpClientAuthenticationDisabled $false for the mailbox.',
  },
  'mimecast:envelope-blocked': {
    name: 'Blocked by the receiving organization',
    summary: 'The recipient organization\'s policy blocks your address (or your domain).',
    meaning:
      'The recipient organization\'s Mimecast refuses your address as the envelope sender: its admins put your address, or your domain, on a list of blocked senders. Nothing on your server needs fixing.',
  },
  'mimecast:user-blocked-sender': {
    summary: 'Someone at the receiving organization blocked your address (or your domain).',
    meaning:
      'The refusal is not technical: the recipient organization\'s Mimecast keeps a list of blocked senders that its own people maintain, and your address is on it. Nothing on your server or domain needs fixing.',
  },
  'relay:login-refused': {
    name: 'Login to the outgoing relay refused',
    summary: 'Your mail server could not log in to the outgoing relay it hands its messages to.',
    meaning:
      'Your server does not deliver straight to the destination: it hands messages to a relay (your provider\'s, a sending service, Gmail or Microsoft 365) that requires a login. The relay refused the username and password set in the server, or the two had no login method in common. Postfix keeps the message queued and tries again.',
    adminAdvice:
      'In Postfix, check the smtp_sasl_password_maps file (the relay written exactly as in relayhost, brackets and port included, with the right user:password; run postmap after editing it), smtp_sasl_auth_enable = yes and smtp_sasl_security_options = noanonymous. "no mechanism available" or "No worthy mechs found" means Cyrus SASL\'s modules are missing (on Debian and Ubuntu, the libsasl2-modules package). Gmail and Microsoft 365 want an app password or modern login. Once fixed, flush the queue with postqueue -f.',
  },
  'helo:rejected': {
    summary: 'The receiving server refused the name your sending server introduced itself with (HELO/EHLO).',
    meaning:
      'When it connects, the sending server gives a name (the HELO and EHLO commands). The receiver wants a full name, like mail.example.com, that exists in the DNS, and the name given is not one: it is incomplete, does not exist or does not match the IP.',
    adminAdvice:
      'Set the HELO/EHLO name to a full host name that resolves in the DNS to the sending IP and matches its reverse DNS (PTR): myhostname or smtp_helo_name in Postfix, helo_data in Exim.',
  },
  'google:5.2.2-over-quota-inactive': {
    summary: 'The recipient\'s mailbox is full and abandoned: nobody has used it for a long time.',
    meaning:
      'Gmail gives this reply when the account is not only full but unused for a long time: its owner will not free space, and the message will not be delivered, now or later.',
  },
  'google:5.4.5-sending-limit': {
    name: "Your account's sending limit",
    summary: 'Your Google account reached its daily sending limit.',
    meaning:
      'The limit is not the recipient\'s: Google limits how many messages and recipients each account sends a day, and this sending went past it. The refused messages are not resent by themselves.',
    adminAdvice:
      'In Google Workspace, a user over the limit cannot send for up to 24 hours. For large sendings, use Workspace\'s SMTP relay or a bulk-mail service, and check that the account was not taken over.',
  },
  'sending-limit:own-account': {
    name: "Your account's sending limit",
    summary: 'Your account reached your mail provider\'s sending limit.',
    meaning:
      'The limit is not the recipient\'s: your provider (or the service you send through) limits how many messages or recipients each account sends an hour or a day, and this sending went past it. The refused messages are not resent by themselves.',
    adminAdvice:
      'Check the account\'s limit in the provider\'s dashboard, and that it is not sending more than usual: a leaked password often shows this way.',
    deferred: {
      meaning:
        'The limit is not the recipient\'s: your provider (or the service you send through) limits how many messages or recipients each account sends an hour or a day, and this sending went past it. The messages stay in your mail server\'s queue, and it retries on its own.',
      advice:
        'Do not resend: your mail server delivers the queued messages once the limit resets. If the queue does not move for some hours, ask the provider for a higher limit or, for large sendings such as a newsletter, use a bulk-mail service.',
      retry: 'Your mail server retries on its own and delivers once the limit resets; you need not resend.',
    },
  },
  'mimecast:greylisting': {
    name: 'Deliberate delay (greylisting)',
    summary: "Mimecast, the recipient's mail filter, deferred the message for now (mostly greylisting); it accepts a later attempt.",
    meaning:
      "Mimecast answers \"Internal resource temporarily unavailable\" mostly to senders it does not know yet: it refuses the first attempt with a 4xx code and accepts the message when it comes back. Spam software seldom tries again; real mail servers do.",
    adminAdvice:
      "Nothing to fix while the queue retries. If the message stays deferred for hours, check that the retries leave from the same IP and that your queue waits a few minutes between them; if it still fails, the recipient can ask Mimecast's support.",
    retry: "Your mail server retries on its own; you need not resend.",
    gaveUp: {
      summary: "Your mail server gave up: the recipient's Mimecast kept deferring the message until the retry period ran out.",
      advice:
        "Ask whoever runs your sending server to check that the retries leave from the same IP; if they do, the recipient can ask Mimecast's support to allow your sender. Then send the message again.",
    },
  },
  'postfix:tls-local-problem': {
    name: "The receiving server's TLS is broken",
    summary: "The receiving server could not offer encryption (TLS): its own TLS setup is broken.",
    meaning:
      "The receiving server answered the request to encrypt the connection (STARTTLS) by saying that TLS is not available because of a local problem: it could not load its own certificate or key. The fault is on its side, not on yours.",
    adminAdvice:
      "Nothing to change on the sending server: the queue retries, and delivers without encryption where your policy allows it. If the deferrals go on, tell the recipient's admin that their server's TLS certificate or key cannot be loaded (Postfix logs the cause on their side).",
    retry: "Your mail server retries on its own; you need not resend.",
    gaveUp: {
      summary: "Your mail server gave up: the receiving server's TLS stayed broken until the retry period ran out.",
      advice: "Tell the recipient by other means that their mail server cannot use TLS, so that their admin fixes it; then send the message again.",
    },
  },
  'greylisting:deferred': {
    name: 'Deliberate delay (greylisting)',
    summary: "The receiving server deferred the message on purpose (greylisting); it will accept it on a later attempt.",
    meaning:
      "Greylisting is a defense against spam: the server refuses, with a 4xx code, the first attempt from a sender it does not know yet, and accepts the same message when it comes back a few minutes later. Spam software seldom tries again; real mail servers do.",
    adminAdvice:
      "Nothing to fix while the queue retries. If the message stays deferred for hours, check that the retries leave from the same IP (a pool of outgoing IPs makes the receiver see a new sender each time) and that your queue waits a few minutes between them.",
    retry: "Your mail server retries on its own, usually within minutes; you need not resend.",
    gaveUp: {
      summary: "Your mail server gave up: the receiving server kept deferring the message with greylisting until the retry period ran out.",
      advice:
        "This usually happens when each new attempt leaves from a different IP, so the receiver never recognizes the sender. Ask whoever runs your sending server (or your provider) to retry from the same IP, or to have the receiver allow your range of sending IPs; then send the message again.",
    },
  },
  'challenge-response:held': {
    name: 'Held by a challenge-response filter',
    summary: 'The recipient uses a challenge-response filter: your message is held until you confirm, once, that you are a real sender.',
    meaning:
      'This is an automatic reply from the recipient\'s anti-spam system, not an out-of-office message: it holds mail from senders it does not know yet and asks each of them to confirm once, through a link (sometimes by typing the characters of an image). The message has not reached the recipient; it is delivered after the confirmation, and discarded if nobody confirms within the period the reply gives.',
    adminAdvice:
      'For a mailing list or a system that sends on its own, nobody reads these requests: have someone confirm (checking that the link\'s domain is the filter\'s), or ask the recipient to add your sending address to their allowed senders.',
    retry: 'Once you confirm, the held message is delivered and need not be sent again; resend only if it was discarded (the period the reply gives ran out).',
  },
} satisfies Record<OwnWordsSignatureId, SignatureText>;
