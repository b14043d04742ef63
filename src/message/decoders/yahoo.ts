// Yahoo Mail's (and AOL's, on the same platform) plain-text notices:
//
//   Sorry, we were unable to deliver your message to the following address.
//
//   <a@example.jp>:
//   Remote host said: 550 5.1.1 <a@example.jp>... User Unknown [RCPT_TO]
//
// The reply may start on the next line, without "Remote host said:", and may be written
// "550: 5.1.8 Sender address rejected" (code, colon). The bracketed word at its end is the SMTP
// command the remote server answered: [RCPT_TO], [MAIL_FROM], [DATA], [BODY]...
import { RECIPIENTS_READ } from '../limits.js';
import type { BounceDoc, Decoder, RecipientFacts } from '../types.js';
import { toFacts } from './lhost-common.js';
import { noticeLines, noticeLower } from '../notice-views.js';
import { noticeIsWarning } from '../delay-markers.js';

const MARKER = 'sorry, we were unable to deliver your message to the following address';

const COMMANDS: Readonly<Record<string, string>> = {
  rcpt_to: 'RCPT', mail_from: 'MAIL', data: 'DATA', body: 'DATA', connect: 'CONN', ehlo: 'EHLO', helo: 'HELO',
};

export const yahooDecoder: Decoder = {
  id: 'yahoo',
  decode(doc: BounceDoc) {
    if (!noticeLower(doc).includes(MARKER)) return null;
    const entries: Array<{ recipient: string; parts: string[] }> = [];
    for (const line of noticeLines(doc)) {
      const m = /^<([^<>\s@]+@[^<>\s@]+)>:(.*)$/.exec(line.trim());
      if (m) {
        if (entries.length >= RECIPIENTS_READ) break;
        entries.push({ recipient: m[1]!, parts: m[2]!.trim() ? [m[2]!.trim()] : [] });
      } else if (entries.length && line.trim()) {
        if (/^-{2,}/.test(line.trim())) break;
        entries[entries.length - 1]!.parts.push(line.trim());
      }
    }
    if (!entries.length) return null;
    const warning = noticeIsWarning(noticeLower(doc));
    return entries.map((e): RecipientFacts => {
      let text = e.parts.join(' ').replace(/^remote host said:\s*/i, '');
      const bracket = /\[([a-z_]+)\]\s*$/i.exec(text);
      const command = bracket ? COMMANDS[bracket[1]!.toLowerCase()] ?? null : null;
      if (bracket && command) text = text.slice(0, bracket.index).trim();
      // "550: 5.1.8 Sender address rejected": the code and a colon
      const code = /^([245]\d\d):\s*/.exec(text);
      return toFacts({
        recipient: e.recipient,
        text: code ? `${code[1]} ${text.slice(code[0].length)}` : text,
        replyCode: code?.[1],
        command: command ?? undefined,
        // Yahoo's notice is final unless it says it keeps trying ("...to the following address yet. We
        // will keep trying"): noticeIsWarning (delay-markers.ts) tells, as for other notices without DSN fields
        action: warning ? 'delayed' : 'failed',
      });
    });
  },
};
