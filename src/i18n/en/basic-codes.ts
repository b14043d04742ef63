// English texts of the basic reply codes. The facts (standard or not, kind, reason) are in
// src/knowledge/basic-codes.ts.
import type { BasicCode } from '../../knowledge/basic-codes.js';
import type { CodeText } from '../types.js';

export const basicCodes = {
  '101': {
    title: 'Could not connect to the server',
    meaning:
      'This is not a reply from any server: your mail program or server could not open a connection to the receiving server, so nothing was sent. No RFC defines 101; some mail programs show it for this local failure.',
    advice:
      'Check the server name and port in your mail settings (for sending, usually 587 or 465). If they are right, the server may be down or a firewall may block the port: try again later or ask your provider.',
  },
  '111': {
    title: 'Connection refused',
    meaning:
      'This is not a reply from any server: the connection attempt was refused, so nothing was sent. 111 is the Linux error number for "connection refused" (ECONNREFUSED), which some mail software shows as if it were an SMTP code; no RFC defines it as a reply.',
    advice:
      'The host answered, but no mail service listens on that port, or a firewall refused the connection. Check the server name and port; if you send through a provider, ask them whether the server is up. A mail server retries by itself for a while.',
  },
  '211': {
    title: 'System status',
    meaning: 'Not an error. The server answers a request for status or help with information about itself.',
    advice: 'Nothing to do: it is only information.',
  },
  '214': {
    title: 'Help message',
    meaning:
      "Not an error. It is the server's answer to the HELP command, written for a person reading the session; it often points to a web page about the server.",
    advice: 'Nothing to do. You only see it when someone sends HELP in an SMTP session.',
  },
  '220': {
    title: 'Service ready',
    meaning:
      'Not an error. It is the greeting a server sends when a connection opens, saying it is ready for commands. The same code answers STARTTLS when the server is ready to start encryption.',
    advice: 'Nothing to do: the session goes on.',
  },
  '221': {
    title: 'Closing connection',
    meaning: 'Not an error. The server is ending the session, normally in answer to QUIT, after handling everything asked.',
    advice: 'Nothing to do. If a message did not arrive, the cause is in the replies before this one.',
  },
  '235': {
    title: 'Authentication succeeded',
    meaning: 'Not an error: the server accepted the username and password (or other credentials) sent with AUTH.',
    advice: 'Nothing to do.',
  },
  '250': {
    title: 'Requested action completed',
    meaning:
      'Not an error: the server accepted the command. At the end of the message (after DATA), 250 means the receiving server accepted the message and is now responsible for it.',
    advice:
      'Nothing to do. If the recipient says it never arrived, ask them to check their spam folder and mail filters: their server accepted it.',
  },
  '251': {
    title: 'User not local; will forward',
    meaning:
      "Not an error. The recipient's mailbox is not on this server, but the server accepted the message and will forward it to the address it knows.",
    advice: 'Nothing to do. If the reply shows a new address, you may update the contact.',
  },
  '252': {
    title: 'Cannot verify the user, but will try delivery',
    meaning:
      'Not an error. It usually answers VRFY: the server will not confirm whether the mailbox exists (often for privacy), but it accepts mail for it and will try to deliver.',
    advice: 'Nothing to do. A 252 does not prove that the address exists: a bounce may still come later.',
  },
  '334': {
    title: 'Authentication challenge',
    meaning:
      'Not an error. During AUTH the server asks for the next part of the login, such as the username or the password, usually encoded in Base64.',
    advice: 'Nothing to do: the mail program answers by itself. If the login then fails, check the username and password.',
  },
  '253': {
    title: 'Pending messages being sent',
    meaning:
      'Not an error. It answers the ETRN command (RFC 1985), with which a server asks another for the mail held for a domain: "OK, <n> pending messages for the domain, delivery started".',
    advice: 'Nothing to do: the held messages are on their way.',
  },
  '354': {
    title: 'Start mail input',
    meaning:
      'Not an error. The server accepted the sender and the recipients and now waits for the message itself (this is the answer to DATA), ended by a line with a single dot.',
    advice: 'Nothing to do: the sending program now sends the message.',
  },
  '420': {
    title: 'Timeout or connection problem',
    meaning:
      'No RFC defines 420. The code lists that circulate online describe it as a timeout or a connection problem during the transfer; it is rare in real bounces. Like every 4xx code, it is temporary.',
    advice:
      'Wait: the sending server retries by itself. If the message still comes back after a day, ask your provider to check their logs.',
  },
  '421': {
    title: 'Service not available, closing connection',
    meaning:
      'The receiving server is closing the connection for now: it may be overloaded or restarting, or it is limiting how many connections or messages it takes from your server. Many providers also use 421 to slow down senders with a poor reputation. It is temporary.',
    advice:
      'The sending server retries by itself, and that is usually enough. If it goes on for hours, the admin of the sending server should read the text after the code (rate limit, reputation, reverse DNS) and send more slowly.',
  },
  '422': {
    title: "Recipient's mailbox over its storage limit",
    meaning:
      "No RFC defines 422 as a reply code; the IANA registry pairs it with 4.7.12 (password transition needed), for which RFC 4954 uses 432. In practice it usually means that the recipient's mailbox is full, as it reads like the enhanced code 4.2.2 (\"mailbox full\") without the dots. It is temporary: the recipient may free up space.",
    advice:
      'Let the sending server retry. If the message keeps coming back, tell the recipient by another channel (phone, chat) that their mailbox is full.',
  },
  '430': {
    title: 'Command not accepted for now',
    meaning:
      'No RFC defines 430 as a reply code; the IANA registry only lists it among the codes used with 4.5.1 ("invalid command"). A server that sends it did not accept a command for now.',
    advice:
      'Read the text of the reply and let the sending server retry. If it persists, forward the bounce message to your provider.',
  },
  '431': {
    title: 'Receiving server out of disk space or memory',
    meaning:
      'No RFC defines 431 as a reply code. It stands for a receiving server that is short of disk space or memory (it reads like the enhanced code 4.3.1, "mail system full"). The problem is on the receiving side and is temporary.',
    advice:
      'Let the sending server retry. If you send many messages to the same domain at once, send them in smaller batches.',
  },
  '432': {
    title: 'Password transition needed, or Exchange queue stopped',
    meaning:
      'RFC 4954 defines 432 as an answer to AUTH: the server needs one login with the plain password method (PLAIN) before the chosen login method works. Microsoft Exchange also sends 432 (with 4.3.2) when the receiving server has stopped or throttled its incoming queue. Either way it is temporary.',
    advice:
      "If it came while logging in to send, set your mail program to use a normal password once, then try again. If it came from an Exchange server, let the sending server retry; if it lasts, the recipient's admin must check their server.",
  },
  '441': {
    title: 'Receiving server not responding',
    meaning:
      'No RFC defines 441 as a reply code. It stands for a receiving server that does not answer (it reads like the enhanced code 4.4.1, "no answer from host"). It is temporary.',
    advice:
      "Let the sending server retry. If it lasts a day or more, the recipient's server is probably down: warn the recipient by another channel.",
  },
  '442': {
    title: 'Connection dropped during the transfer',
    meaning:
      'No RFC defines 442 as a reply code. It stands for a connection that broke in the middle of the transfer, a network problem somewhere between the two servers (it reads like the enhanced code 4.4.2, "bad connection"). It is temporary.',
    advice:
      'Let the sending server retry. If it happens with many destinations, the admin of the sending server should check its network and firewall.',
  },
  '446': {
    title: 'Too many hops: mail loop',
    meaning:
      'No RFC defines 446 as a reply code. It stands for a message that passed through too many servers, which almost always means a loop: two servers or forwarding rules keep sending it to each other (it reads like the enhanced code 4.4.6, "routing loop detected").',
    advice:
      "Sending again will not help while the loop is there. Tell the admin of the system where it loops (often the recipient's forwarding settings); the Received headers of the bounce show the path.",
  },
  '447': {
    title: 'Delivery timed out',
    meaning:
      'No RFC defines 447 as a reply code. It stands for a message that could not be delivered in time because of a problem on the receiving side (it reads like the enhanced code 4.4.7, "delivery time expired"). Some lists tie it to too many recipients, with nothing to support that.',
    advice:
      "Let the sending server retry. If it gives up and bounces, check that the recipient's domain is right and send again later.",
  },
  '449': {
    title: 'Routing error',
    meaning:
      'No RFC defines 449. The code lists describe it as a routing error: a server could not work out where to send the message. It is temporary.',
    advice:
      'Let the sending server retry. If it persists, the admin of the server that reported it must check its routing (DNS, MX records, connectors).',
  },
  '450': {
    title: 'Mailbox unavailable for now',
    meaning:
      'The action was not done because the mailbox cannot be used right now: it may be busy, locked, or blocked for a while by a server policy. Servers that use greylisting also answer 450 to the first attempt of an unknown sender. It is temporary.',
    advice:
      "Let the sending server retry; with greylisting, the next attempt goes through. If it keeps failing, read the text after the code: if it names a block list or your IP's reputation, the admin of the sending server must act.",
  },
  '451': {
    title: 'Local error in processing',
    meaning:
      'The receiving server hit a problem of its own and stopped: overload, a failed DNS or database lookup, or a content scanner that did not answer. Greylisting and some spam filters also use 451 to delay mail. It is temporary.',
    advice:
      "Let the sending server retry; most 451s clear by themselves. If it lasts more than a day, the admin of the sending server should read the text after the code and, if needed, contact the recipient's provider.",
  },
  '452': {
    title: 'Insufficient system storage',
    meaning:
      "RFC 5321 uses 452 both for a server out of storage and for too many recipients in one message (§4.5.3.1.10); many servers also send it when the recipient's mailbox is over quota. It is temporary.",
    advice:
      'Let the sending server retry. If the text mentions too many recipients, send to fewer people per message; if it says the mailbox is full, tell the recipient by another channel.',
  },
  '453': {
    title: 'No mail waiting',
    meaning:
      'RFC 2645 defines 453 as an answer to the ATRN command, with which a server that only connects now and then asks for the mail held for its domains: none is waiting ("You have no mail"). The IANA registry also pairs 453 with 4.3.2: with that enhanced code, the receiving server is not taking messages for now.',
    advice:
      'After an ATRN there is nothing to do. If it came as 453 4.3.2 while delivering a message, let the sending server retry later.',
  },
  '454': {
    title: 'TLS or authentication unavailable for now',
    meaning:
      'RFC 3207 uses 454 when the server cannot start TLS encryption right now, and RFC 4954 when a login (AUTH) failed for a temporary reason. Some servers also answer "454 Relay access denied" when they refuse to pass on mail from a client that did not log in. It is temporary.',
    advice:
      'Try again later. If you send through your provider and it keeps happening, check that your mail program logs in to send (SMTP authentication on) and uses the right port; if all of that is right, the provider must check its server.',
  },
  '455': {
    title: 'Server cannot accommodate parameters',
    meaning:
      'Right now the server cannot accept an extension parameter sent with MAIL FROM or RCPT TO (for example the declared message size). It is temporary.',
    advice:
      'Let the sending server retry. If it lasts, the admin of the sending server should find out which parameter the receiving server refuses.',
  },
  '458': {
    title: 'Unable to release the queue',
    meaning:
      'RFC 1985 defines 458 as an answer to the ETRN command, with which a server asks another for the mail held for a domain: the server could not start delivering it ("Unable to queue messages for node"). It is about no particular message.',
    advice:
      'Whoever runs the server that asked for the mail should try again later. If it persists, contact whoever holds the mail, usually the provider or the backup server.',
  },
  '459': {
    title: 'Domain not allowed to release the queue',
    meaning:
      'RFC 1985 defines 459 as an answer to the ETRN command: the server does not allow releasing the mail held for that domain ("Node not allowed"), and the text usually says why. It is about no particular message.',
    advice:
      'Whoever runs the server that asked for the mail must check with the provider that the domain is set up for ETRN on that server.',
  },
  '471': {
    title: 'Error in a mail filter',
    meaning:
      'No RFC defines 471 as a reply code. It usually points to a problem in a mail server itself, often in its anti-spam filter (it reads like the enhanced code 4.7.1, "delivery not authorized"). It is temporary.',
    advice:
      'Let the sending server retry. If it persists, ask your provider, or the admin of the server that answered, to check their filter.',
  },
  '500': {
    title: 'Syntax error, command unrecognized',
    meaning:
      'The server did not understand a command: it is unknown, misspelled or too long. With ordinary mail software this points to a bug, or to an antivirus or firewall that meddles with the SMTP session.',
    advice:
      'Trying again the same way will fail again. If you use a mail program, look for "e-mail scanning" in your antivirus or firewall and turn it off for a test; otherwise whoever maintains the sending software must fix it.',
  },
  '501': {
    title: 'Syntax error in parameters or arguments',
    meaning:
      'The server understood the command but not its argument. Most often an e-mail address is badly written (a space, a missing @, a character that is not allowed), in the sender or in a recipient.',
    advice:
      'Check every address for typos, spaces and odd characters, then send again. If the addresses are right, the mail program or an antivirus may be sending a broken command.',
  },
  '502': {
    title: 'Command not implemented',
    meaning: 'The server does not offer that command, or it is turned off (common for VRFY and EXPN).',
    advice:
      'There is nothing to fix in the message. If sending fails because of it, the sending software must use a command the server supports; ask your provider if in doubt.',
  },
  '503': {
    title: 'Bad sequence of commands',
    meaning:
      'The commands came in the wrong order, for example RCPT before MAIL FROM. Many servers also answer 503 when you must log in (AUTH) first, or after an earlier command was refused.',
    advice:
      'If you send through your provider, turn on "my outgoing server requires authentication" in your mail program and check the port. Otherwise, look at the reply before this one: the real error is often there.',
  },
  '504': {
    title: 'Command parameter not implemented',
    meaning:
      'The server knows the command but not the option asked for, for example an authentication method it does not offer.',
    advice: 'Choose another option in your mail program, such as another authentication method, or ask your provider which settings to use.',
  },
  '510': {
    title: 'Bad recipient address',
    meaning:
      'No RFC defines 510 as a reply code: it reads like the enhanced code 5.1.0 ("other address status") without the dots. It means an address in the message is wrong, usually a recipient.',
    advice:
      'Check the To, Cc and Bcc addresses for typos and send again to the corrected address. If you are sure the address is right, confirm it with the recipient by another channel.',
  },
  '511': {
    title: 'Recipient address does not exist',
    meaning:
      'No RFC defines 511 as a reply code: it reads like the enhanced code 5.1.1 ("bad destination mailbox") without the dots, which servers send as "550 5.1.1". The recipient\'s mailbox does not exist on that server.',
    advice:
      'Look for typos in the address and ask the recipient for the right one by another channel. Sending again to the same address will fail again.',
  },
  '512': {
    title: 'Recipient domain not found',
    meaning:
      'No RFC defines 512 as a reply code: it reads like the enhanced code 5.1.2 ("bad destination system") without the dots. The domain after the @ was not found in DNS or takes no mail, often because of a typo such as gmail.con.',
    advice:
      'Check the part after the @ and send again to the corrected address. If the domain is right, its owner must fix its DNS (MX records).',
  },
  '513': {
    title: 'Bad address syntax',
    meaning:
      'No RFC defines 513 as a reply code: it reads like the enhanced code 5.1.3 ("bad address syntax") without the dots. An address is not written in a valid form; a few servers also use it when you must log in before sending.',
    advice:
      'Look for spaces, missing parts or invalid characters in the addresses and fix them. If they are right and it still fails, turn on SMTP authentication in your mail program.',
  },
  '521': {
    title: 'Host does not accept mail',
    meaning:
      'Defined by RFC 7504: this server never accepts mail, for any address. It may come as the greeting or as the answer to a command.',
    advice:
      "Sending again will not help. Check that the recipient's domain is right; if it is, the domain's owner must point its MX records to a server that takes mail.",
  },
  '523': {
    title: "Message too large for the recipient's server",
    meaning:
      'No RFC defines 523 as a reply code. The code lists say the message is bigger than the receiving server allows, like the enhanced code 5.2.3 without the dots; the IANA registry, however, pairs 523 with 5.7.10, "encryption needed".',
    advice:
      'Send a smaller message: compress or remove attachments, or share large files through a link. If the text mentions encryption or TLS, the admin of the sending server must turn TLS on.',
  },
  '524': {
    title: 'Encryption required for this login method',
    meaning:
      'No RFC defines 524 as a reply code, but the IANA registry pairs it with 5.7.11: the chosen login method is only allowed over an encrypted (TLS) connection. RFC 4954 uses 538 for this.',
    advice:
      'Turn on SSL/TLS or STARTTLS for the outgoing server in your mail program (port 587 with STARTTLS or 465 with SSL/TLS). If a server got this reply, its admin must start TLS before AUTH.',
  },
  '525': {
    title: 'User account disabled',
    meaning:
      'Your username and password were accepted, but your sending account is disabled, for example for non-payment, abuse or a suspected break-in; the code comes from the IANA registry (RFC 5248), which pairs it with 5.7.13. Some servers also use "525 5.7.13" to refuse a recipient whose mailbox was disabled ("Disabled recipient address").',
    advice:
      'If the text is about your account or login, contact your provider to have it turned back on: changing the password will not help. If it is about the recipient, only they or their provider can turn the mailbox back on.',
  },
  '530': {
    title: 'Authentication required',
    meaning:
      'The server wants you to log in (RFC 4954) or to start TLS encryption (RFC 3207, "Must issue a STARTTLS command first") before it takes this command. Microsoft 365 answers this way when a program tries to send without logging in.',
    advice:
      'In your mail program, turn on "my outgoing server requires authentication", use your full e-mail address and password, and choose port 587 with STARTTLS or 465 with SSL/TLS. If a server got this reply, its admin must set up authentication or TLS.',
  },
  '533': {
    title: 'Delivery not authorized',
    meaning:
      'No RFC defines 533 as a reply code; the IANA registry only lists it among the codes used with 5.7.1 ("delivery not authorized"). A server that sends it refused the message by a policy of its own.',
    advice:
      'Read the text of the reply: it usually names the rule that stopped the message. If it mentions a blocklist or reputation, your provider or admin is the one to fix it.',
  },
  '534': {
    title: 'Authentication method too weak',
    meaning:
      'The server refuses the chosen login method because it finds it too weak. Gmail answers 534 when it wants an app password or a login through the browser.',
    advice:
      "Choose another authentication method, or use an app password if your provider offers one (Gmail and others require it for mail programs). Your provider's help pages give the right settings.",
  },
  '535': {
    title: 'Username or password not accepted',
    meaning:
      'The login failed: the username or the password was not accepted. Some providers also answer 535 when the account is blocked or needs an app password.',
    advice:
      "Check the username (often the full e-mail address) and the password in your mail program. If they are right, log in to the provider's webmail to see whether the account is blocked or needs an app password.",
  },
  '538': {
    title: 'Encryption required for this login method',
    meaning: 'The server accepts this authentication method only over an encrypted (TLS) connection.',
    advice:
      'Turn on SSL/TLS or STARTTLS for the outgoing server in your mail program (port 587 with STARTTLS or 465 with SSL/TLS). If a server got this reply, its admin must start TLS before AUTH.',
  },
  '541': {
    title: "Message rejected by the recipient's filter",
    meaning:
      'No RFC defines 541 as a reply code. The code lists describe it as a rejection by the recipient\'s anti-spam filter. It also reads like the enhanced code 5.4.1 without the dots, which Microsoft uses in "Recipient address rejected: Access denied" when the address does not exist.',
    advice:
      'If the text mentions spam or policy, check your domain\'s SPF, DKIM and DMARC and whether your IP is on a block list, then ask the recipient to add you to their safe senders. If it says "Access denied", confirm the address with the recipient.',
  },
  '550': {
    title: 'Mailbox unavailable',
    meaning:
      'The server refused the message for good. RFC 5321 uses 550 for a mailbox that does not exist, for denied access and for policy rejections, so the text after the code tells which: most often the address does not exist, but blocks for spam, reputation or failed SPF, DKIM or DMARC are common too.',
    advice:
      'Read the text and, if there is one, the enhanced code (5.1.1: the address does not exist; 5.7.x: a policy or security block). Fix the cause before sending again; for a wrong address, ask the recipient for the right one by another channel.',
  },
  '551': {
    title: 'User not local',
    meaning:
      'RFC 5321 defines 551 as "user not local; please try <forward-path>": the mailbox is not on this server, and the reply may give another address to try. Today it is mostly sent by servers that refuse to relay mail for domains they do not host.',
    advice:
      "If the reply gives a new address, send to that one. Otherwise check the recipient's domain; if you sent through a server that is not your provider's, turn on authentication or use your provider's server.",
  },
  '552': {
    title: 'Exceeded storage allocation',
    meaning:
      'RFC 5321 defines 552 as "exceeded storage allocation", and servers use it for two different things: the recipient\'s mailbox is full (5.2.2), or your message is bigger than the server accepts (5.2.3 or 5.3.4); the text or the enhanced code says which. When a 552 is about too many recipients, RFC 5321 (§4.5.3.1.10) says to treat it as temporary, since the right code for that is 452.',
    advice:
      'If the mailbox is full, tell the recipient by another channel and send again once they free up space. If the message is too big, make it smaller: compress or remove attachments, or share large files through a link. If there are too many recipients, send to fewer people at a time.',
  },
  '553': {
    title: 'Mailbox name not allowed',
    meaning:
      'The server refused an address: bad syntax, an unknown domain, or a sender address you may not use. Some servers (qmail among them) also answer 553 when they refuse to relay mail for domains they do not host.',
    advice:
      'Look for typos in the recipient addresses and check the sender address set in your mail program: it must belong to your own account. If everything is right, ask your provider whether you may send from that address.',
  },
  '554': {
    title: 'Transaction failed',
    meaning:
      'A generic permanent rejection, usually a policy or spam block: the IP or domain of the sender is on a block list, the content looked like spam, or SPF, DKIM or DMARC failed. As the first reply of a connection it means "no SMTP service here".',
    advice:
      'Read the text after the code: it usually names the block list or the rule. For a block list, the admin of the sending server must ask for removal; for SPF, DKIM or DMARC, the DNS of the domain must be fixed before you send again.',
  },
  '555': {
    title: 'MAIL FROM/RCPT TO parameters not recognized',
    meaning:
      'The server does not recognize or support an extension parameter sent with MAIL FROM or RCPT TO, such as SMTPUTF8 or a DSN option.',
    advice:
      'The admin of the sending server or the developer of the sending software must act: stop sending that parameter to this server. Sending again unchanged will fail again.',
  },
  '556': {
    title: 'Domain does not accept mail',
    meaning:
      'Defined by RFC 7504: the recipient\'s domain declares that it takes no mail at all (a "null MX" record, RFC 7505). The sending server, or a server on the way, reports it without trying to deliver.',
    advice: 'Sending again will not help. Check the domain for typos and ask the recipient for an address that works.',
  },
} satisfies Record<BasicCode, CodeText>;
