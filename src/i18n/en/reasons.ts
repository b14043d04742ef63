// English texts of the 34 reasons. Facts (actors, retry) are in src/knowledge/reasons.ts.
import type { Reason } from '../../types.js';
import type { ReasonText } from '../types.js';

export const reasons = {
  authfailure: {
    summary: 'The receiving server could not verify that your domain sent this message.',
    meaning:
      'The receiver checked SPF, DKIM and DMARC for your domain and the checks failed or were missing. Gmail and Yahoo, for example, require SPF or DKIM from every sender, and SPF, DKIM and DMARC from bulk senders (more than 5,000 messages a day, for Gmail).',
    advice:
      'Ask whoever runs your domain\'s DNS to publish an SPF record, sign your mail with DKIM and publish a DMARC record. If you send through a service (newsletter tool, CRM), add the records that service gives you, then send again.',
    adminAdvice:
      'Check the SPF record includes every server and service that sends for the domain, that DKIM signatures verify with the published key, and that the From domain aligns with SPF or DKIM. Look at the Authentication-Results header of a test message sent to an outside mailbox (Gmail, Outlook).',
    // what the hints of the providers and of each check leave out
    afterHint: 'If you send through a service (newsletter tool, CRM), add the records that service gives you.',
  },
  badreputation: {
    summary: 'The receiving server does not trust mail from your server or domain right now.',
    meaning:
      'The receiver rates the sending IP address or domain as low reputation, usually after complaints, spam-trap hits or sudden volume spikes.',
    advice:
      'Send only to people who asked for your mail, remove addresses that bounce, and make unsubscribing easy. Lower the volume for a while; reputation recovers over days or weeks of clean sending.',
    // what the providers' hints (which say to lower the volume) leave out
    afterHint:
      'Send only to people who asked for your mail, remove addresses that bounce, and make unsubscribing easy: reputation recovers over days or weeks of clean sending.',
    adminAdvice:
      'See what the providers\' tools show for your mail (Google Postmaster Tools: the spam rate users report and whether your domain meets Gmail\'s sender requirements; Microsoft SNDS: the data of your IP). Look for a compromised account or form sending spam, and warm up new IPs gradually.',
  },
  blocked: {
    summary: 'The receiving server refused the connection from your sending server.',
    meaning:
      'The receiver rejected the sending IP address or host itself, not the message. Common causes: the IP is on a block list, or the server looks like a home connection (a dynamic IP, no reverse DNS).',
    advice:
      'If you use a mail provider, forward this bounce to its support. If the message names a block list, check the IP there and request removal, but fix the cause (spam, a hacked account) first or it will be listed again.',
    adminAdvice:
      'Look up the sending IP on the block lists named in the reply (Spamhaus, Barracuda, SpamCop, sender.office.com for Microsoft). Check for open relays, compromised accounts and outgoing spam before asking for delisting.',
    retrying: {
      meaning:
        'The receiver is refusing the sending IP address or host for now, not the message. Common causes: the IP is on a block list, the server looks like a home connection, or the receiver uses greylisting, which lets a later attempt through.',
      adminAdvice:
        'If the temporary refusal lasts for hours it is not greylisting: look up the sending IP on the block lists named in the reply, and check for open relays, compromised accounts and outgoing spam before asking for delisting.',
    },
    // what the block lists' and providers' hints leave out
    afterHint:
      'If you use a mail provider, forward this bounce to its support.',
  },
  contenterror: {
    summary: 'The receiving server found a technical problem in the message itself.',
    meaning:
      'The message is malformed: invalid headers, broken MIME structure or a wrong character encoding. The problem is in how the message was built, not in what it says.',
    advice:
      'If your e-mail program or sending tool built the message, try sending it again without unusual attachments or formatting. If it keeps failing, report it to whoever maintains the tool.',
    adminAdvice:
      'Inspect the raw message: header syntax, line lengths over 998 characters, MIME boundaries, Content-Transfer-Encoding and 8-bit data sent without 8BITMIME.',
  },
  delivered: {
    summary: 'The message was delivered.',
    meaning: 'This is a success report: the receiving server accepted the message for the recipient.',
    advice: 'Nothing to do.',
  },
  emailtoolarge: {
    summary: 'The message is larger than the receiving server accepts.',
    meaning:
      'The receiver has a size limit and this message exceeds it. Attachments grow by about a third when sent by e-mail.',
    advice:
      'Make the message smaller: compress or remove attachments, or send a link to the file (cloud storage) instead. Then send again.',
    adminAdvice:
      'The reply or the receiver\'s EHLO SIZE value gives the limit. If your own server also limits size, make sure the two limits and the users\' expectations match.',
  },
  expired: {
    summary: 'Your server gave up after trying to deliver the message for too long.',
    meaning:
      'The sending server kept getting temporary errors or could not reach the receiver, and stopped after its retry period (usually a few days). The earlier errors tell the real cause.',
    advice:
      'Check that the recipient address is right and send again later. If it fails the same way, ask the recipient to check their mail server, or ask your mail provider what error the receiver gave.',
    adminAdvice:
      'Look in the queue log for the last deferral reason for this recipient (timeouts, 4xx replies, DNS). Fix that cause; raising the queue lifetime only hides it.',
  },
  failedstarttls: {
    summary: 'The encrypted connection (TLS) between the servers could not be set up.',
    meaning:
      'One server requires TLS encryption and the TLS handshake failed, or the other side does not offer it. The message was not sent in clear text.',
    advice:
      'If your mail program showed this when sending, turn on encryption for the outgoing server: STARTTLS on port 587 or SSL/TLS on 465. Otherwise forward this bounce to whoever runs your mail server or to your mail provider\'s support.',
    adminAdvice:
      'Check that the sending server supports TLS 1.2 or later with current ciphers and a valid CA bundle. Test the receiver with openssl s_client -starttls smtp; if its certificate is expired or invalid, tell its admin. Check MTA-STS or DANE policies that require TLS.',
  },
  feedback: {
    summary: 'A recipient marked your message as spam or complained about it.',
    meaning:
      'A complaint, not a delivery failure: the recipient\'s provider reported that they marked the message as spam, in an abuse report (the RFC 5965 feedback format) that may reach you through your sending service.',
    advice:
      'Stop sending to this address now and remove it from your lists. Many complaints hurt your reputation: send only to people who asked for your mail, put a visible unsubscribe link in every message, and keep complaints below 0.3% of what you send (Google recommends under 0.1%).',
  },
  filtered: {
    summary: 'The recipient\'s server refused the message because of a filter or a rule set by the recipient.',
    meaning:
      'A content filter, or a setting of the mailbox or of the recipient\'s organization, stopped the message. For example, the mailbox accepts mail only from listed senders.',
    advice:
      'Contact the recipient another way and ask them to allow your address or domain. Resend after they do.',
  },
  hasmoved: {
    summary: 'The recipient has a new e-mail address.',
    meaning:
      'The old address no longer receives mail for this person. Some servers name the new address in the reply; many do not.',
    advice:
      'Remove the old address from your list: it no longer reaches the person. Ask them for their current address some other way; for a mailing list, invite them to subscribe with it.',
    retrying: {
      meaning:
        'The receiving server says the recipient moved, but refused only for now: your server retries by itself.',
      advice:
        'Nothing to do for now. If the final failure notice comes, remove the old address from your list and ask the person for their current address some other way.',
    },
  },
  hostunknown: {
    summary: 'The recipient\'s domain does not exist or has no mail server.',
    meaning:
      'The part after the @ could not be found in DNS, or it has no server that takes mail. This is often a typo, such as "gmial.com".',
    advice:
      'Check the spelling of the domain and send again with the right address. If the address came from a list, remove it.',
    adminAdvice:
      'Query the MX and A records of the recipient\'s domain (dig MX followed by the domain). If the domain does not exist, the address is wrong and nobody on the recipient\'s side has anything to fix; if it exists with no mail server, its admin must fix it; if it resolves normally elsewhere, check your server\'s DNS resolver.',
  },
  mailboxfull: {
    summary: 'The recipient\'s mailbox is full.',
    meaning:
      'The recipient has used up their storage and cannot receive more mail until they free space. The address itself exists.',
    advice:
      'Try again in a few days, or reach the recipient another way. For a mailing list, remove the address if it keeps failing over several weeks.',
    retrying: {
      advice:
        'Nothing to do for now: if the recipient frees space while your server retries, the message is delivered. If the final failure notice comes, reach them another way.',
    },
  },
  mailererror: {
    summary: 'A program on the recipient\'s server failed while delivering the message.',
    meaning:
      'The receiving server hands mail to a program (a filter, a script, a delivery agent) and that program returned an error.',
    advice: 'Let the recipient know another way; their mail admin must fix it. Send again later.',
  },
  networkerror: {
    summary: 'A network or DNS problem prevented the delivery.',
    meaning:
      'The sending server could not connect to the receiver, the connection timed out or dropped, a DNS lookup failed, or the message went round in a routing loop.',
    advice:
      'Usually it clears by itself: your server keeps trying. If it lasts more than a day, tell your mail provider.',
    final: {
      advice:
        'Your server will not try again: send again later. If it fails again, tell your mail provider, whose log shows why the connection to the receiver failed.',
    },
    adminAdvice:
      'Check the receiver\'s MX records, that outbound port 25 is open, and the connection log (timeouts, refused connections). For a loop, look at the Received headers and at MX and forwarding settings.',
  },
  norelaying: {
    summary: 'The server refused to forward your message to this domain.',
    meaning:
      'The message went to a server that does not handle mail for the recipient\'s domain and will not pass it on. Usually your program sent it through the wrong server, or without logging in.',
    advice:
      'Check the outgoing server (SMTP) settings of your e-mail program: it must use your provider\'s server with authentication turned on. If they look right, forward this bounce to your mail provider.',
    adminAdvice:
      'Make clients submit on port 587 with SMTP AUTH. If the refusal came from the recipient\'s server, its MX records may point to a server that no longer serves the domain: tell its admin.',
  },
  notaccept: {
    summary: 'The recipient\'s domain does not accept e-mail.',
    meaning:
      'The domain declares that it receives no mail (a "null MX"), or its MX record points to an address that cannot receive, such as 0.0.0.0 or localhost.',
    advice:
      'Check the address; if it is right, reach the recipient another way and ask for an address that works. Remove it from your lists.',
  },
  notcompliantrfc: {
    summary: 'The message does not follow the e-mail format standard.',
    meaning:
      'The receiver checked the message against RFC 5322 and found errors, such as a missing or duplicate From header or a missing Message-ID. Gmail rejects these with 5.7.1.',
    advice:
      'If the message came from a site, a system or a sending tool, report it to whoever maintains it. Messages written in a normal e-mail program rarely have this problem.',
    adminAdvice:
      'Check the raw message headers: exactly one From, Date and Message-ID, no duplicated single-instance headers (Subject, To), valid address syntax. Fix the application or library that builds them.',
  },
  onhold: {
    summary: 'The cause of the failure could not be determined; the bounce needs a human look.',
    meaning:
      'The bounce has an error status, but its text does not make the cause clear enough to classify.',
    advice:
      'Read the full bounce, especially the lines from the recipient\'s server. Do not just resend the same message; if in doubt, ask your mail provider.',
    adminAdvice: 'Look up the message in the sending server\'s log for the full remote reply.',
  },
  policyviolation: {
    summary: 'The receiving server refused the message because of its own policy.',
    meaning:
      'The receiver\'s organization has rules the message broke, such as blocking some attachment types or refusing mail that fails its checks. The message itself may be fine elsewhere.',
    advice:
      'Read the reply for the rule named and change what it points at (a forbidden attachment type can go as a link, for example), or ask the recipient to check with their IT team.',
    // what the providers' hints leave out
    afterHint: 'If the rule makes no sense for your message, ask the recipient to check with their IT team.',
  },
  ratelimited: {
    summary: 'The receiving server is limiting how fast it accepts mail from you.',
    meaning:
      'The receiver limits how many connections, messages or recipients it accepts from one sender in a period, and that limit was reached.',
    advice:
      'Wait: your server retries by itself and the messages get through bit by bit. For bulk sending, spread the messages over time and send fewer recipients per message.',
    final: {
      advice:
        'These messages were refused for good and will not be resent by themselves: wait for the limit to reset (usually a few hours) and resend only the ones that failed. For bulk sending, spread the messages over time and send fewer recipients per message.',
      afterHint:
        'The refused messages will not be resent by themselves: resend only the ones that failed, later. For bulk sending, spread the messages over time and send fewer recipients per message.',
    },
    // what the providers' hints (which say the server retries, or how fast to go) leave out
    afterHint: 'For bulk sending, spread the messages over time and send fewer recipients per message.',
    adminAdvice:
      'Lower the concurrency and the rate per destination domain in the MTA, and reduce recipients per message. Check that an account is not sending an unexpected volume.',
  },
  rejected: {
    summary: 'The receiving server refused your sender address.',
    meaning:
      'The problem is the sender address (the envelope MAIL FROM), not the recipient. It may be blocked, or its domain may not exist or have no valid DNS.',
    advice:
      'Check that you are sending from your real address and that your domain is active. If they are, forward this bounce to your mail provider.',
    adminAdvice:
      'Check that the envelope sender domain resolves (MX or A records) and is not expired. Check whether the receiver blocks that sender or domain, and that the application does not use an invented or misspelled return path.',
  },
  requireptr: {
    summary: 'Your sending server has no valid reverse DNS (PTR), so the receiver refused it.',
    meaning:
      'The receiver requires that the sending IP address has a reverse DNS name (PTR) that points back to the same IP. Your server\'s IP lacks it or it does not match.',
    advice: 'Forward this bounce to whoever runs your mail server or to your mail provider.',
    adminAdvice:
      'Ask the owner of the IP (hosting or access provider) to set a PTR record with a name whose A/AAAA record points back to that IP, and use that name in HELO/EHLO.',
  },
  securityerror: {
    summary: 'The server refused the message because authentication or a security check failed.',
    meaning:
      'The server requires a login (SMTP AUTH) before sending, or the username and password were wrong, or another security rule of the sending side failed.',
    advice:
      'Check the username, the password and the outgoing server settings in your e-mail program. Some providers, Gmail among them, require an app password.',
    adminAdvice:
      'Check the SMTP AUTH settings (mechanism, TLS before AUTH, port 587), the account status and any lockout. Look for leaked credentials if the failures come from unknown places.',
  },
  spamdetected: {
    summary: 'The receiving server judged your message as spam.',
    meaning: 'The receiver\'s spam filter analyzed the content and decided it looks like unsolicited mail.',
    advice:
      'Review the content: avoid image-only messages, link shorteners and pushy wording, and link only to sites you trust. Send only to people who asked for it, and make sure SPF, DKIM and DMARC pass.',
    adminAdvice:
      'Check that the links\' domains and the sending IP are not on block lists, and that no account or form on your side is sending spam.',
  },
  suppressed: {
    summary: 'Your sending service did not send this message because the address is on its suppression list.',
    meaning:
      'Mail to the address bounced before, or its owner complained, so the service (such as Amazon SES) blocks new sends to it. The message never left the sending service.',
    advice:
      'Remove the address from your list. Take it off the suppression list only if you are sure it works again, for example after the recipient confirms it.',
  },
  suspend: {
    summary: 'The recipient\'s mailbox is disabled or suspended.',
    meaning:
      'The address exists but the account is disabled, often because it was not used for a long time or was blocked. It is rarely turned back on.',
    retrying: {
      summary: 'The recipient\'s mailbox is unavailable for now.',
      meaning: 'The recipient\'s server refused the delivery for now: the mailbox may be under maintenance or locked for a short while.',
      advice: 'Nothing to do for now: your server retries by itself. If the final failure notice comes, remove the address from your list.',
      afterHint: 'If the final failure notice comes, remove the address from your list.',
    },
    advice:
      'If you know the person, reach them another way. For a mailing list, remove the address now and add it back only if the recipient asks: disabled accounts rarely come back, and insisting on them hurts your reputation.',
    // what the providers' hints (which say to reach the person another way) leave out
    afterHint:
      'For a mailing list, remove the address now and add it back only if the recipient asks: disabled accounts rarely come back, and insisting on them hurts your reputation.',
  },
  syntaxerror: {
    summary: 'The receiving server refused a command from your sending server, or its arguments, as invalid.',
    meaning:
      'An SMTP command or its arguments were invalid (5.5.x), so the servers could not talk properly. This is a software or configuration problem, not a problem with your message.',
    advice: 'Forward this bounce to whoever runs your mail server or to your mail provider.',
    adminAdvice:
      'Find the command the reply answered in the log. Check the HELO name, address syntax in MAIL FROM/RCPT TO, line endings (CRLF) and any proxy or filter between the servers.',
  },
  systemerror: {
    summary: 'The recipient\'s mail server had an internal error.',
    meaning:
      'The receiving system failed because of a configuration error, an internal fault or a mail loop on its side.',
    advice:
      'Send again later. If it keeps failing, let the recipient know another way so their admin can fix it.',
    retrying: {
      advice:
        'Your server retries by itself, and this kind of fault usually passes. If the final failure notice comes, let the recipient know another way so their admin can fix it.',
    },
  },
  systemfull: {
    summary: 'The recipient\'s mail server is out of disk space or resources.',
    meaning: 'The receiving server itself, not just one mailbox, cannot store more mail right now.',
    advice: 'Nothing to do for now: your server retries by itself. If it lasts, tell the recipient another way.',
    final: { advice: 'Your server will not try again: send again later. If it fails again, tell the recipient another way.' },
  },
  undefined: {
    summary: 'The bounce does not say why the message failed.',
    meaning: 'Nothing in the bounce (code, status or text) identifies the cause.',
    advice:
      'Check the address and send again later. If it fails again, ask your mail provider for the log entry of this message.',
    adminAdvice: 'Find the message in the sending server\'s log to read the full remote reply.',
  },
  userunknown: {
    summary: 'The recipient\'s address does not exist.',
    meaning:
      'The recipient\'s server says there is no mailbox with this name: the address was mistyped, deleted or never existed.',
    advice:
      'Check the spelling and send again only with a corrected address. If the address is on a mailing list, remove it: sending to addresses that do not exist hurts your reputation.',
    // after a provider's hint, which already says to check the spelling with the recipient
    afterHint:
      'Send again only with a corrected address. If the address is on a mailing list, remove it: sending to addresses that do not exist hurts your reputation.',
    retrying: {
      summary: 'For now, the recipient\'s server does not recognize the address.',
      meaning:
        'The recipient\'s server refused the address, but only for now: it may be verifying the address (Postfix does this) or its user directory may be down.',
      advice:
        'Check the spelling of the address. If it is right, wait: your server retries by itself. On a mailing list, remove the address only if the final failure notice comes.',
    },
  },
  vacation: {
    summary: 'This is an automatic reply, such as an out-of-office message.',
    meaning: 'The recipient received your message and their mailbox answered automatically (RFC 3834). Nothing failed.',
    advice: 'Nothing to do. Read the reply for a return date or another contact.',
  },
  virusdetected: {
    summary: 'The receiving server found a virus in your message.',
    meaning: 'The receiver\'s antivirus flagged the message or one of its attachments as malicious.',
    advice:
      'Do not resend the same attachment. Scan your computer and the file with an up-to-date antivirus; if the file is clean, send it another way, such as a link.',
    adminAdvice:
      'Check the outgoing mail for malware and compromised accounts. Consider scanning outbound mail so infected messages never leave.',
  },
} satisfies Record<Reason, ReasonText>;
