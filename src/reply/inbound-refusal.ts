// A log line of the reader's own server refusing mail that came in (Postfix's smtpd "NOQUEUE: reject:
// RCPT from host[203.0.113.50]: 554 ...; from=<a@x> to=<b@y>", Exim's "H=(helo) [203.0.113.50]
// F=<a@x> rejected RCPT <b@y>: ..."): the refusal is theirs, not a bounce of their mail. Read apart so
// the explanation speaks of the outside sender, not of "your sending server".

export interface InboundRefusal {
  /** The IP that tried to deliver, when the line names it. */
  client: string | null;
  /** The outside sender's address (envelope), when the line names it. */
  from: string | null;
}

/** IPv4 or IPv6 inside brackets: "[203.0.113.50]", "[2001:db8::1]". */
const BRACKETED_IP = /\[([0-9a-fA-F:.]{2,45})\]/;

export function readInboundRefusal(line: string): InboundRefusal | null {
  const postfix = line.indexOf('NOQUEUE: reject: ');
  if (postfix >= 0) {
    const from = /\sfrom=<([^<>\s]*)>/.exec(line)?.[1] || null;
    return { client: BRACKETED_IP.exec(line.slice(postfix))?.[1] ?? null, from };
  }
  if (/ rejected (?:RCPT|MAIL|after DATA)/.test(line) && line.includes(' H=')) {
    const host = line.slice(line.indexOf(' H='));
    return { client: BRACKETED_IP.exec(host)?.[1] ?? null, from: / F=<([^<>\s]*)>/.exec(line)?.[1] || null };
  }
  return null;
}
