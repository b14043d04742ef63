// English texts of the IANA enhanced status codes. Class-neutral: the same detail code comes as
// 4.x.x (temporary) and 5.x.x (permanent); the explain layer adds the class. `transient` replaces the
// words of a detail written for the permanent failure when the class is 4.
import type { EnhancedClass, EnhancedCodeTexts, EnhancedSubject } from '../../knowledge/enhanced-codes.js';

export const enhancedCodes = {
  'X.0.0': {
    title: 'Undefined status',
    meaning: 'The server gave no specific reason: the code only says whether the failure is temporary or permanent. The text of the reply usually says more.',
    advice: 'Read the text that came with the code. If it does not help, send the full bounce to your e-mail provider\'s support.',
  },

  // ---- addressing ----
  'X.1.0': {
    title: 'Address problem',
    meaning: 'The server refused one of the addresses of the message, usually the recipient\'s, without saying why.',
    advice: 'Check the recipient\'s address for typos. If it is right, see in the reply text whether it was your sender address that was refused.',
  },
  'X.1.1': {
    title: 'Recipient mailbox does not exist',
    meaning: 'The receiving server has no mailbox with this name in its domain. The part before the @ is wrong, or the account was deleted.',
    advice: 'Check the address for typos and confirm it with the recipient by phone or chat. Do not keep sending to it: mail to missing addresses hurts your reputation as a sender.',
    transient: {
      meaning: 'The receiving server did not find this mailbox but treated it as temporary: a lookup in its user list may have failed, or the account may be new or being moved.',
      advice: 'Let the sending server retry. If it keeps failing until the retries run out, confirm the address with the recipient by another channel before sending again.',
    },
  },
  'X.1.2': {
    title: 'Recipient domain is invalid',
    meaning: 'The part after the @ does not name a system that can receive mail: the domain may not exist or may be misspelled.',
    advice: 'Check the domain of the address (gmail.com, not gmial.com). If it is right, the recipient must ask whoever runs the domain to fix it.',
    transient: {
      meaning: 'The domain after the @ could not be confirmed right now: usually a DNS lookup failed or took too long. The domain may well be right.',
      advice: 'Let the sending server retry. If it keeps failing, check the spelling of the domain (gmail.com, not gmial.com).',
    },
  },
  'X.1.3': {
    title: 'Recipient address is malformed',
    meaning: 'The recipient address is not a valid e-mail address: the @ is missing, or it has spaces, forbidden characters or a misplaced dot.',
    advice: 'Fix the address and send again. Watch for spaces, commas and quotes picked up by copy and paste.',
  },
  'X.1.4': {
    title: 'Recipient address is ambiguous',
    meaning: 'The address matches more than one mailbox on the receiving server, so it cannot tell who should get the message.',
    advice: 'Ask the recipient for their exact, full address. If that does not help, the receiving server\'s admin must fix the duplicate aliases.',
  },
  'X.1.5': {
    title: 'Recipient address is valid',
    meaning: 'The receiving server accepted the recipient address. This is not an error.',
    advice: 'Nothing to do.',
  },
  'X.1.6': {
    title: 'Mailbox has moved, no forwarding address',
    meaning: 'The recipient no longer uses this address on this server and left no new address.',
    advice: 'Find the recipient\'s new address some other way and update your contacts. Sending to this address again will not work.',
    transient: {
      meaning: 'The receiving server says the mailbox has moved and left no new address, but treated it as temporary: the move may still be under way.',
      advice: 'Let the sending server retry. If it keeps failing, ask the recipient by another channel whether their address has changed.',
    },
  },
  'X.1.7': {
    title: 'Sender address is malformed',
    meaning: 'The receiving server does not see your sender address as a valid e-mail address.',
    advice: 'Check the sender address set in your e-mail program. If the message came from an automated system, its admin must fix the configured address.',
  },
  'X.1.8': {
    title: 'Sender domain is invalid',
    meaning: 'The domain of your sender address does not exist or cannot receive replies, so the receiving server refuses the message.',
    advice: 'Send from an address whose domain exists and has MX records in DNS. If the domain is yours, ask whoever runs its DNS to check it.',
    transient: {
      meaning: 'The receiving server could not confirm the domain of your sender address right now, usually because a DNS lookup failed, and put the message off.',
      advice: 'Let the sending server retry. If it keeps failing, ask whoever runs your domain\'s DNS to check that it answers and has MX records.',
    },
  },
  'X.1.9': {
    title: 'Relayed to a system without message tracking',
    meaning: 'The address was valid, but the message was passed on to a system that does not support message tracking (RFC 3885 and 3886), so tracking can tell nothing more about it.',
    advice: 'If you need to know whether it arrived, ask the recipient: tracking cannot follow it any further.',
  },
  'X.1.10': {
    title: 'Recipient domain accepts no mail (null MX)',
    meaning: 'The recipient\'s domain publishes a "null MX" record in DNS, which declares that it receives no e-mail at all.',
    advice: 'No address at this domain can receive mail. Ask the recipient for another address.',
  },

  // ---- mailbox ----
  'X.2.0': {
    title: 'Mailbox problem',
    meaning: 'The recipient\'s mailbox exists but had a problem the server did not specify.',
    advice: 'Look for details in the reply text. If the failure is temporary, the server retries on its own; if not, contact the recipient some other way.',
  },
  'X.2.1': {
    title: 'Mailbox disabled',
    meaning: 'The recipient\'s mailbox exists but is not accepting messages, for example because the account is suspended or inactive.',
    advice: 'Tell the recipient some other way: only they or their provider can turn the mailbox back on. Do not keep sending until then.',
    transient: {
      meaning: 'The recipient\'s mailbox exists but is not accepting messages for now, for example because the account is blocked for a while or is getting too many messages.',
      advice: 'Let the sending server retry. If it goes on for days, tell the recipient by another channel.',
    },
  },
  'X.2.2': {
    title: 'Mailbox full',
    meaning: 'The recipient\'s mailbox has reached its storage limit and cannot take new messages.',
    advice: 'The recipient must free up space. Let them know some other way and send again later.',
  },
  'X.2.3': {
    title: 'Message exceeds the recipient\'s size limit',
    meaning: 'The message is larger than the size limit set for this recipient\'s mailbox.',
    advice: 'Make the attachments smaller, or share large files through a link (Google Drive, OneDrive, WeTransfer).',
  },
  'X.2.4': {
    title: 'Mailing list expansion problem',
    meaning: 'The recipient address is a mailing list, and the receiving server could not get its list of members.',
    advice: 'The list\'s admin must fix it. Tell them, or write to the members directly.',
  },

  // ---- mail system ----
  'X.3.0': {
    title: 'Mail system problem',
    meaning: 'The receiving mail system had a problem it did not specify.',
    advice: 'Read the reply text. If the failure is temporary, wait for the automatic retries; if it persists, the recipient\'s provider must act.',
  },
  'X.3.1': {
    title: 'Receiving mail system is full',
    meaning: 'The receiving server has no storage left for new messages. The whole server is full, not only the recipient\'s mailbox.',
    advice: 'Try again later. If it lasts, tell the recipient so their provider can fix it.',
  },
  'X.3.2': {
    title: 'Server is not accepting mail',
    meaning: 'The receiving server is not accepting messages right now, or at all; this happens during maintenance, for example.',
    advice: 'If the failure is temporary, the sending server retries on its own. If it is permanent, this server takes no mail: ask the recipient for another address.',
    permanentAdvice: 'The server refuses all mail, not only this address: it may be shutting down or under long maintenance, or it is a server that takes no mail at all (reply 521). While it lasts, sending again will not help: ask the recipient another way for an address that works, and take this one off your list.',
  },
  'X.3.3': {
    title: 'Server lacks a requested feature',
    meaning: 'The message needs a feature the receiving server does not offer, such as a special delivery option asked for by the sending server.',
    advice: 'Your provider or admin must send without that option. Forward them the bounce.',
  },
  'X.3.4': {
    title: 'Message too big for the server',
    meaning: 'The message is larger than the receiving server accepts, whoever the recipient is.',
    advice: 'Make the attachments smaller, or share large files through a link.',
  },
  'X.3.5': {
    title: 'Receiving server is misconfigured',
    meaning: 'The receiving server has a configuration error and cannot deliver the message.',
    advice: 'The receiving server\'s admin must fix it. Let the recipient know some other way.',
  },
  'X.3.6': {
    title: 'Message priority changed',
    meaning: 'The server accepted the message but changed the priority you asked for. This is not an error.',
    advice: 'Nothing to do.',
  },

  // ---- network and routing ----
  'X.4.0': {
    title: 'Network or routing problem',
    meaning: 'A network or routing problem kept the message from reaching the receiving server.',
    advice: 'If the failure is temporary, the sending server retries on its own. If it persists, check the recipient\'s domain and forward the bounce to your provider.',
  },
  'X.4.1': {
    title: 'No answer from the receiving server',
    meaning: 'The sending server could not connect to the receiving server, or got no answer in time.',
    advice: 'This is usually temporary and the sending server retries on its own. If it lasts for days, the receiving server\'s admin must check it.',
    permanentAdvice: 'The sending server gave up reaching the receiver. Check the recipient\'s domain and resend later; if it fails again, the receiving server\'s admin must check it.',
  },
  'X.4.2': {
    title: 'Connection dropped',
    meaning: 'The connection to the receiving server broke or failed in the middle of the delivery.',
    advice: 'This is usually temporary and retried automatically. If it keeps happening, your provider should look at the network.',
    permanentAdvice: 'Resend later: since the failure was reported as permanent, no server will retry it. If it keeps happening, your provider should look at the network.',
  },
  'X.4.3': {
    title: 'Directory server failure',
    meaning: 'The receiving system could not query a service it depends on, such as DNS or its user database.',
    advice: 'This is usually temporary: wait for the retries. If it persists, the receiving server\'s admin must fix it.',
    permanentAdvice: 'Resend later: since the failure was reported as permanent, no server will retry it. If it persists, the receiving server\'s admin must fix it.',
  },
  'X.4.4': {
    title: 'Unable to route the message',
    meaning: 'No route to the recipient\'s domain was found; usually the domain has no valid MX or A record in DNS.',
    advice: 'Check the spelling of the domain. If it is right, the domain\'s owner must fix its DNS.',
    transient: {
      meaning: 'No route to the recipient\'s domain was found for now; usually a DNS lookup failed or did not answer in time.',
      advice: 'Let the sending server retry. If it keeps failing, check the spelling of the domain; if it is right, the domain\'s owner must check its DNS.',
    },
  },
  'X.4.5': {
    title: 'Mail system congestion',
    meaning: 'The receiving server is overloaded and is putting off new messages.',
    advice: 'Try again later; the sending server normally does this on its own.',
    permanentAdvice: 'Resend later: since the failure was reported as permanent, no server will retry it.',
  },
  'X.4.6': {
    title: 'Routing loop',
    meaning: 'The message went round in circles between servers, usually because of a forwarding rule or a misconfigured MX.',
    advice: 'Check that the recipient\'s address does not forward mail back to you. If not, forward the bounce to the receiving side\'s admin, who must fix the routing.',
  },
  'X.4.7': {
    title: 'Delivery time expired',
    meaning: 'The sending server kept trying for the time allowed (often a few days) and then gave up.',
    advice: 'Check the recipient\'s address and domain, then send again. If it expires again, the receiving server may be down or blocking you.',
    transient: {
      meaning: 'The message has waited a long time in the queue without being delivered: usually the receiving server is down or turning the attempts away for now.',
      advice: 'For now, wait: the sending server keeps trying until its final deadline, often a few days. If the message is urgent, check the address and reach the recipient by another channel.',
    },
  },

  // ---- delivery protocol ----
  'X.5.0': {
    title: 'Protocol problem',
    meaning: 'Something went wrong in the SMTP conversation between the servers. Some servers use this code for unrelated errors, so the reply text matters most.',
    advice: 'Read the reply text. If it does not explain, forward the bounce to your provider.',
  },
  'X.5.1': {
    title: 'Invalid command',
    meaning: 'The receiving server did not accept a command from the sending server, or got it out of order.',
    advice: 'The fault is in the sending program or server, not in your message. Forward the bounce to your provider or admin.',
  },
  'X.5.2': {
    title: 'Syntax error',
    meaning: 'A command sent to the receiving server was not written correctly.',
    advice: 'The fault is in the sending program or server. Forward the bounce to your provider or admin.',
  },
  'X.5.3': {
    title: 'Too many recipients',
    meaning: 'The message has more recipients than the receiving server accepts at once.',
    advice: 'Split the recipients into smaller groups. For bulk mail, use a mailing list or e-mail marketing service.',
  },
  'X.5.4': {
    title: 'Invalid command arguments',
    meaning: 'A command was valid but one of its parameters was not, such as a badly formatted address or an unsupported option.',
    advice: 'Check the addresses involved. If they are right, forward the bounce to your provider or admin.',
  },
  'X.5.5': {
    title: 'Wrong protocol version',
    meaning: 'The two servers could not agree on a protocol version.',
    advice: 'The sending server\'s admin must fix it. Forward the bounce to your provider.',
  },
  'X.5.6': {
    title: 'Authentication line too long',
    meaning: 'While logging in (SMTP AUTH), the sending program sent a line longer than the server allows.',
    advice: 'Update your e-mail program or pick another login method. If it persists, contact your provider.',
  },

  // ---- message content ----
  'X.6.0': {
    title: 'Message format problem',
    meaning: 'The receiving server objected to the format or content type of the message without saying more.',
    advice: 'Send again with simpler content: plain text or common attachments. The reply text may say what it disliked.',
  },
  'X.6.1': {
    title: 'Content type not supported',
    meaning: 'Part of the message is in a format the receiving system does not accept.',
    advice: 'Send the content in a common format (PDF, JPG, ZIP) or as a link.',
  },
  'X.6.2': {
    title: 'Conversion required but prohibited',
    meaning: 'The message would have to be converted to be delivered, but the sender or the message itself forbids conversion.',
    advice: 'Send it in a simpler format, or ask your provider to allow conversion.',
  },
  'X.6.3': {
    title: 'Conversion required but not supported',
    meaning: 'The message would have to be converted to be delivered, and no server on the way can do that conversion.',
    advice: 'Send it in a more common format, such as plain text with ordinary attachments.',
  },
  'X.6.4': {
    title: 'Converted with loss',
    meaning: 'The message was delivered, but converting it lost some content, such as formatting or an attachment.',
    advice: 'Check with the recipient that everything important arrived.',
  },
  'X.6.5': {
    title: 'Conversion failed',
    meaning: 'A server tried to convert the message in order to deliver it, and failed.',
    advice: 'Send again with simpler content or fewer attachments. If it persists, forward the bounce to your provider.',
  },
  'X.6.6': {
    title: 'Message content not available',
    meaning: 'The server could not fetch the content it was asked to send, a feature used mainly by mobile e-mail apps (RFC 4468).',
    advice: 'Send the message again from your e-mail app. If it keeps failing, contact your provider.',
  },
  'X.6.7': {
    title: 'Non-ASCII address not accepted',
    meaning: 'The address contains accented or non-Latin characters, and the server does not accept such addresses.',
    advice: 'Use an address without accents or special characters, if the recipient has one.',
  },
  'X.6.8': {
    title: 'UTF-8 reply required but not allowed',
    meaning: 'The server would have to reply with international (UTF-8) characters, but the sending server did not announce support for them.',
    advice: 'Your provider must turn on SMTPUTF8 support. Until then, use addresses without accents or special characters.',
  },
  'X.6.9': {
    title: 'UTF-8 headers cannot be delivered',
    meaning: 'The message has international (UTF-8) characters in its addresses or headers, and a receiving server cannot handle them.',
    advice: 'Use addresses without accents or special characters and send again.',
  },
  'X.6.10': {
    title: 'UTF-8 reply required (deprecated code)',
    meaning: 'An old code, registered by mistake as a copy of X.6.8: the server would have to reply with international characters the sending server does not support.',
    advice: 'Your provider must turn on SMTPUTF8 support. Until then, use addresses without accents or special characters.',
  },

  // ---- security or policy ----
  'X.7.0': {
    title: 'Security or policy problem',
    meaning: 'The receiving server refused the message for a security or policy reason the code does not spell out.',
    advice: 'Read the reply text: it usually names the rule that stopped the message. If it does not, forward the bounce to your provider.',
  },
  'X.7.1': {
    title: 'Delivery not authorized',
    meaning: 'The receiving server refused the message under its own policy. Common causes: the sending server\'s IP is on a block list, the message looks like spam, or the server was used as a relay without permission.',
    advice: 'Find the exact cause in the reply text. A block list or reputation problem is for your provider or admin to fix; for a relay problem, check the outgoing (SMTP) server settings of your e-mail program.',
  },
  'X.7.2': {
    title: 'Not allowed to send to this list',
    meaning: 'The recipient is a mailing list, and you may not send to it; many lists accept posts from members only.',
    advice: 'Ask the list owner for permission, or write to the members directly.',
  },
  'X.7.3': {
    title: 'Security conversion not possible',
    meaning: 'The message would have to be converted to pass a security step, such as a signature or encryption, and that cannot be done.',
    advice: 'Send without a digital signature or encryption, or ask your admin for help.',
  },
  'X.7.4': {
    title: 'Security feature not supported',
    meaning: 'The message or the connection asked for a security feature the receiving server does not offer.',
    advice: 'Send without that option, such as a special login or encryption mode. Your admin can review the settings.',
  },
  'X.7.5': {
    title: 'Cryptographic failure',
    meaning: 'A signing or encryption step failed, and the server could not process the message.',
    advice: 'Check the certificate you use to sign or encrypt. If you use none, forward the bounce to your admin.',
  },
  'X.7.6': {
    title: 'Cryptographic algorithm not supported',
    meaning: 'The message uses an encryption or signature algorithm the receiving system does not support.',
    advice: 'Use a more common algorithm, or send without encryption. Your admin can adjust the certificate.',
  },
  'X.7.7': {
    title: 'Message integrity failure',
    meaning: 'The check that the message was not changed on the way failed: its signature or checksum does not match the content.',
    advice: 'Send again. If it happens again, something on the way is changing the message: forward the bounce to your admin.',
  },
  'X.7.8': {
    title: 'Login failed: invalid username or password',
    meaning: 'The server refused the username or password used to send the message (SMTP authentication).',
    advice: 'Check the username and password in your e-mail program. Some providers require an app password, or a new login after a password change.',
  },
  'X.7.9': {
    title: 'Login method too weak',
    meaning: 'The server does not accept the login method your program used, because it considers it insecure.',
    advice: 'In your e-mail program\'s settings, choose a secure login method and turn on SSL/TLS.',
  },
  'X.7.10': {
    title: 'Encryption required',
    meaning: 'The login method your e-mail program chose (AUTH) needs an encrypted connection (TLS) first, and the connection to your outgoing server was not encrypted. No message was refused for its content, and the recipient has nothing to do with it.',
    advice: 'Turn on SSL/TLS or STARTTLS for the outgoing server in your e-mail program (port 587 with STARTTLS, or 465 with SSL/TLS), or choose a stronger login method. If a server or an application is sending, its admin must turn TLS on before it logs in.',
  },
  'X.7.11': {
    title: 'Encryption required for this login method',
    meaning: 'The login method used (AUTH) is only allowed over an encrypted (TLS) connection, and your e-mail program tried it on your outgoing server without encryption. The recipient has nothing to do with it.',
    advice: 'Turn on SSL/TLS or STARTTLS in your e-mail program\'s settings and try again.',
  },
  'X.7.12': {
    title: 'Password transition needed',
    meaning: 'Before the chosen login method works, the server needs you to log in once with the plain password method (PLAIN) over an encrypted connection. You do not need to change your password.',
    advice: 'In your e-mail program, choose the normal password (PLAIN) login with SSL/TLS or STARTTLS on, and send once; after that the other method works. If it does not help, contact your provider.',
  },
  'X.7.13': {
    title: 'User account disabled',
    meaning: 'The login (AUTH) worked, so the password was right, but the server says the account used to send is disabled (RFC 5248), for example for non-payment, abuse or a suspected break-in. Some servers also use this code to refuse a recipient whose mailbox was disabled ("Disabled recipient address").',
    advice: 'If the text is about your account or login, contact your provider to have it turned back on: changing the password will not help. If it is about the recipient, only they or their provider can turn the mailbox back on.',
  },
  'X.7.14': {
    title: 'Trust relationship required',
    meaning: 'Your outgoing (submission) server was asked to fetch the message from another server, usually your IMAP mailbox (BURL, RFC 4468), and it has no trust relationship configured with that server, so it may not read the content (RFC 5248).',
    advice: 'Send the message again as a normal message, with BURL turned off in your e-mail app if it has that option. If it keeps failing, your provider must set up the trust between its submission and IMAP servers.',
  },
  'X.7.15': {
    title: 'Priority too low',
    meaning: 'The server does not accept messages at the priority requested, for example while it is congested.',
    advice: 'Send again with normal priority, or later.',
  },
  'X.7.16': {
    title: 'Message too big for its priority',
    meaning: 'The server only accepts a message of this size at a higher priority.',
    advice: 'Make the message smaller or change its priority; sharing large files through a link also works.',
  },
  'X.7.17': {
    title: 'Mailbox owner has changed',
    meaning: 'The address now belongs to someone else. The server found this with an RRVS check (RFC 7293) and refused the message so it would not reach the wrong person.',
    advice: 'Stop sending to this address. Find the person\'s current address some other way.',
    transient: {
      meaning: 'The server says the address may have changed owner since the date your server gave (an RRVS check, RFC 7293), but refused only for now; the registry defines this code as a permanent failure only.',
      advice: 'Let the sending server retry. If the final failure notice comes, stop sending to this address and find the person\'s current address some other way.',
    },
  },
  'X.7.18': {
    title: 'Domain owner has changed',
    meaning: 'The recipient\'s domain changed owner since the date your server gave (an RRVS check, RFC 7293): it now belongs to another person or company, so the address no longer reaches the person you knew, even if it still works.',
    advice: 'Stop sending to this address. Find the person\'s current address some other way.',
    transient: {
      meaning: 'The server says the recipient\'s domain may have changed owner since the date your server gave (an RRVS check, RFC 7293), but refused only for now; the registry defines this code as a permanent failure only.',
      advice: 'Let the sending server retry. If the final failure notice comes, stop sending to this address and find the person\'s current address some other way.',
    },
  },
  'X.7.19': {
    title: 'Owner-change check not possible',
    meaning: 'Your server asked the receiver to confirm the mailbox had not changed owner since a given date (RRVS), and the receiver could not check.',
    advice: 'Your provider can send without that check. If nobody asked for it on purpose, forward the bounce to your admin.',
  },
  'X.7.20': {
    title: 'No valid DKIM signature',
    meaning: 'The receiver requires a valid DKIM signature, and none in the message passed. DKIM is a digital signature by which a domain takes responsibility for the message, and which shows it was not changed on the way.',
    advice: 'Your provider or domain admin must set up DKIM signing for your domain.',
  },
  'X.7.21': {
    title: 'DKIM signature not acceptable',
    meaning: 'The message had a valid DKIM signature, but the receiver does not accept it, for example because of the signing domain or the algorithm.',
    advice: 'Your admin must sign with the domain of your sender address, using a current algorithm and key size.',
  },
  'X.7.22': {
    title: 'No DKIM signature from the sender\'s domain',
    meaning: 'The message had no valid DKIM signature from the domain in its From address, and the receiver requires one.',
    advice: 'Your admin must set up DKIM for the domain of your From address, not only for your provider\'s domain.',
  },
  'X.7.23': {
    title: 'SPF check failed',
    meaning: 'The server that sent the message is not on your domain\'s list of servers allowed to send for it (its SPF record in DNS).',
    advice: 'Your domain admin must add the sending server or provider to the domain\'s SPF record.',
  },
  'X.7.24': {
    title: 'SPF check error',
    meaning: 'The receiver could not evaluate your domain\'s SPF record because of an error: bad syntax, too many DNS lookups or a DNS failure.',
    advice: 'Your domain admin must test the SPF record with an online checker and fix it.',
  },
  'X.7.25': {
    title: 'Reverse DNS check failed',
    meaning: 'The sending server\'s IP address has no valid reverse DNS (PTR) name, or that name does not point back to the same IP.',
    advice: 'Your provider or server admin must set a PTR record for the IP, with a name that resolves back to that IP.',
  },
  'X.7.26': {
    title: 'Several authentication checks failed',
    meaning: 'More than one sender authentication check failed. SPF, DKIM and DMARC are DNS records and signatures that prove a message really comes from your domain.',
    advice: 'Your domain admin must set up SPF, DKIM and DMARC for the sending domain. Until then, many receivers will keep refusing your mail.',
  },
  'X.7.27': {
    title: 'Sender domain accepts no mail (null MX)',
    meaning: 'Your sender address\'s domain declares in DNS (null MX) that it receives no mail, so no reply or bounce could reach you. The receiver refuses such senders.',
    advice: 'Send from an address whose domain receives mail. If the domain is yours, its admin must remove the null MX and publish real MX records.',
  },
  'X.7.28': {
    title: 'Mail flood detected',
    meaning: 'The receiver sees the message as part of a flood of similar, abusive messages, such as sign-up forms abused to bomb one address.',
    advice: 'If you send automated mail, make sure your forms are not being abused (add a CAPTCHA and sign-up confirmation). Then try again later.',
  },
  'X.7.29': {
    title: 'ARC validation failed',
    meaning: 'The message passed through an intermediary, such as a mailing list or a forwarder, and its ARC seal, which carries the original authentication results, did not validate.',
    advice: 'The intermediary\'s admin must fix its ARC signing. If you sent the message directly, forward the bounce to your admin.',
  },
  'X.7.30': {
    title: 'Receiver does not support REQUIRETLS',
    meaning: 'The message asked to travel only over encrypted connections (REQUIRETLS), and the next server cannot guarantee that.',
    advice: 'Send without the REQUIRETLS option, or ask the receiving server\'s admin to support it.',
  },
} satisfies EnhancedCodeTexts;

// The class, without naming the kind: the explanation shows it beside ("[permanent failure]").
export const enhancedClasses = {
  '2': 'The server did what was asked.',
  '4': 'A temporary failure: the sending server usually retries on its own, and a later attempt may succeed.',
  '5': 'The same message will fail again until the cause is fixed.',
} satisfies Record<EnhancedClass, string>;

export const enhancedSubjects = {
  '0': 'other or undefined',
  '1': 'address',
  '2': 'mailbox',
  '3': 'mail system',
  '4': 'network and routing',
  '5': 'delivery protocol',
  '6': 'message content or format',
  '7': 'security or policy',
} satisfies Record<EnhancedSubject, string>;
