// A log line of the reader's own server refusing mail that came in: the refusal is theirs, not a bounce
// of their mail. Read apart so the explanation speaks of the outside sender, not of "your sending server".
// - Postfix's smtpd and postscreen: "NOQUEUE: reject: RCPT from host[203.0.113.50]: 554 ...; from=<a@x>
//   to=<b@y> proto=ESMTP helo=<h>" (a queue id instead of NOQUEUE once a recipient was taken);
// - Postfix's cleanup, for a milter or a header/body check: "4ABC: milter-reject: END-OF-MESSAGE from
//   host[ip]: 5.7.1 ...; from=<a@x> to=<b@y> ..." and "4ABC: reject: header Subject: ... from host[ip];
//   from=<a@x> to=<b@y> proto=ESMTP helo=<h>: 5.7.1 message content rejected";
// - Exim: "H=(helo) [203.0.113.50] F=<a@x> rejected RCPT <b@y>: ..." ("temporarily rejected" for a 4xx);
// - Sendmail's rulesets: "ruleset=check_rcpt, arg1=<b@y>, relay=host [203.0.113.50], reject=550 5.7.1 ...".

export interface InboundRefusal {
  /** The IP that tried to deliver, when the line names it. */
  client: string | null;
  /** The outside sender's address (envelope), when the line names it. */
  from: string | null;
  /** The address the message was for (one of the reader's own), when the line names it. */
  to: string | null;
  /** The refusal was temporary (Exim's "temporarily rejected"), where the line gives no code. */
  temporary?: boolean;
}

/** IPv4 or IPv6 inside brackets: "[203.0.113.50]", "[2001:db8::1]". */
const BRACKETED_IP = /\[([0-9a-fA-F:.]{2,45})\]/;
/** Postfix's envelope fields after a refusal: "from=<a@x> to=<b@y>". */
const POSTFIX_FROM = /\sfrom=<([^<>\s]*)>/;
const POSTFIX_TO = /\sto=<([^<>\s]*)>/;

export function readInboundRefusal(line: string): InboundRefusal | null {
  // every refusal form says "reject" (NOQUEUE: reject, milter-reject, rejected RCPT, reject=553)
  if (!line.includes('reject')) return null;
  // the submission service refusing the reader's own users' outgoing mail ("Sender address rejected: not
  // owned by user ...") is no incoming mail: it reads as the reply it quotes
  if (line.includes('/submission/') || line.includes('/submissions/')) return null;
  const postfix = postfixRefusalAt(line);
  if (postfix >= 0) {
    return {
      client: BRACKETED_IP.exec(line.slice(postfix))?.[1] ?? null,
      from: POSTFIX_FROM.exec(line)?.[1] || null,
      to: POSTFIX_TO.exec(line)?.[1] || null,
    };
  }
  const exim = / (temporarily )?rejected (RCPT|MAIL|after DATA)/.exec(line);
  if (exim && line.includes(' H=')) {
    const host = line.slice(line.indexOf(' H='));
    const to = exim[2] === 'RCPT' ? /^ <?([^<>\s:]+@[^<>\s:]+)>?/.exec(line.slice(exim.index + exim[0].length))?.[1] ?? null : null;
    return {
      client: BRACKETED_IP.exec(host)?.[1] ?? null, from: / F=<([^<>\s]*)>/.exec(line)?.[1] || null, to,
      ...(exim[1] ? { temporary: true } : {}),
    };
  }
  const ruleset = / ruleset=check_(relay|mail|rcpt),/.exec(line);
  if (ruleset && line.includes(' reject=')) {
    const arg1 = /, arg1=<?([^<>\s,]+)>?/.exec(line)?.[1] ?? null;
    const relay = line.slice(line.indexOf(' relay='));
    return {
      client: BRACKETED_IP.exec(relay)?.[1] ?? null,
      from: ruleset[1] === 'mail' ? arg1 : null,
      to: ruleset[1] === 'rcpt' ? arg1 : null,
    };
  }
  return null;
}

/** The recipient a Postfix refusal names ("...; from=<a@x> to=<b@y> proto=ESMTP"), or null. */
export function refusedRecipient(line: string): string | null {
  return line.includes('reject: ') ? POSTFIX_TO.exec(line)?.[1] || null : null;
}

/** Where a Postfix refusal of incoming mail starts in the line ("NOQUEUE: reject: ", "4ABC: milter-reject: "), or -1. */
function postfixRefusalAt(line: string): number {
  const noQueue = line.indexOf('NOQUEUE: reject: ');
  if (noQueue >= 0) return noQueue;
  if (!line.includes('postfix/smtpd') && !line.includes('postfix/cleanup') && !line.includes('postfix/postscreen')) return -1;
  const milter = line.indexOf(': milter-reject: ');
  if (milter >= 0) return milter;
  return line.indexOf(': reject: ');
}
