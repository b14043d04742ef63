// Synthetic messages shared by the server and browser tests (example.com/example.org addresses only).

/** Gmail's multi-line reply for an address that does not exist. */
export const GMAIL_511 = `550-5.1.1 The email account that you tried to reach does not exist. Please try
550-5.1.1 double-checking the recipient's email address for typos or
550-5.1.1 unnecessary spaces. For more information, go to
550 5.1.1  https://support.google.com/mail/?p=NoSuchUser 41be03b00d2f7-b6e0a8a2b1fsi1234567a12.123 - gsmtp`;

/** One-line replies, for pasting one after the other. */
export const UNKNOWN_ANA = '550 5.1.1 <ana@example.org>: Recipient address rejected: User unknown';
export const FULL_BRUNO = '452 4.2.2 <bruno@example.org>: Mailbox full';

/** A Postfix log line of one delivery: `said` is the receiving server's reply. */
export function postfixLine(id: string, to: string, relay: string, said: string, status = 'bounced'): string {
  return `Nov 28 10:00:00 mail postfix/smtp[1]: ${id}: to=<${to}>, relay=${relay}[192.0.2.20]:25, delay=1, delays=0/0/0/1, dsn=${said.slice(4, 9)}, status=${status} (host ${relay}[192.0.2.20] said: ${said})`;
}

/**
 * A log with two groups of unknown users, told apart by the provider's rule (Gmail's, anyone's), and an
 * unknown domain: four addresses to remove in three groups.
 */
export const REMOVE_LOG = [
  postfixLine('1A', 'ana@example.org', 'mx.example.org', '550 5.1.1 <ana@example.org>: Recipient address rejected: User unknown'),
  postfixLine('2A', 'bia@example.org', 'mx.example.org', '550 5.1.1 <bia@example.org>: Recipient address rejected: User unknown'),
  postfixLine('3A', 'caio@gmail.com', 'gmail-smtp-in.l.google.com', "550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. https://support.google.com/mail/?p=NoSuchUser - gsmtp"),
  postfixLine('4A', 'dani@example.net', 'mx.example.net', '550 5.7.1 <dani@example.net>: domain does not exist'),
  postfixLine('5A', 'edu@example.com', 'mx.example.com', '452 4.2.2 <edu@example.com>: Mailbox full', 'deferred'),
].join('\n');

/** A Postfix-style DSN for two recipients: one unknown user, one full mailbox. */
export function twoRecipientDsn(first = 'ana', second = 'bruno', date = 'Fri, 28 Nov 2025 10:00:00 -0300'): string {
  return `From: Mail Delivery System <MAILER-DAEMON@mx.example.net>
To: sender@example.com
Subject: Undelivered Mail Returned to Sender
Date: ${date}
Message-ID: <dsn-${first}@mx.example.net>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="BOUNDARY"

--BOUNDARY
Content-Type: text/plain; charset=utf-8

This is the mail system at host mx.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<${first}@example.org>: host mx.example.org[203.0.113.5] said: 550 5.1.1 <${first}@example.org>: Recipient address rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)

<${second}@example.org>: host mx.example.org[203.0.113.5] said: 452 4.2.2 <${second}@example.org>: Mailbox full (in reply to RCPT TO command)

--BOUNDARY
Content-Type: message/delivery-status

Reporting-MTA: dns; mx.example.net

Final-Recipient: rfc822; ${first}@example.org
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx.example.org
Diagnostic-Code: smtp; 550 5.1.1 <${first}@example.org>: Recipient address rejected: User unknown in virtual mailbox table

Final-Recipient: rfc822; ${second}@example.org
Action: delayed
Status: 4.2.2
Remote-MTA: dns; mx.example.org
Diagnostic-Code: smtp; 452 4.2.2 <${second}@example.org>: Mailbox full

--BOUNDARY
Content-Type: text/rfc822-headers

From: sender@example.com
To: ${first}@example.org, ${second}@example.org
Subject: Newsletter de novembro
Message-ID: <orig-${first}@example.com>

--BOUNDARY--
`;
}
