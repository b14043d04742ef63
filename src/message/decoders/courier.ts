// Courier mail server bounces: "This is a delivery status notification from HOST, running the Courier
// mail server", then under "Your message to the following recipients cannot be delivered:" one block
// per recipient with the dialogue that failed:
//   <a@example.com>:
//       mx.example.com [192.0.2.1]:
//   >>> RCPT TO:<a@example.com>
//   <<< 550 5.1.1 <a@example.com>... User Unknown
// and a DSN part.
import { findCommand } from '../../reply/find-command.js';
import { hostName } from '../../reply/parse-log-line.js';
import { RECIPIENTS_READ } from '../limits.js';
import type { BounceDoc, Decoder } from '../types.js';
import { joinDsn, type NoticeReading } from './lhost-common.js';
import { noticeLines } from '../notice-views.js';


const MARKER = /running the courier mail server/i;
const RECIPIENT = /^<([^<>@]*@[^<>]*)>:$/;

function readNotice(lines: readonly string[]): NoticeReading {
  const out: NoticeReading = new Map();
  let current: { recipient: string; host: string | null; command: string | null; replies: string[] } | null = null;
  const flush = () => {
    if (current && !out.has(current.recipient.toLowerCase()) && out.size < RECIPIENTS_READ) {
      out.set(current.recipient.toLowerCase(), {
        recipient: current.recipient, text: current.replies.join('\n'), command: current.command, remoteHost: current.host,
      });
    }
    current = null;
  };
  for (const line of lines) {
    const m = RECIPIENT.exec(line.trim());
    if (m) { flush(); current = { recipient: m[1]!, host: null, command: null, replies: [] }; continue; }
    if (!current) continue;
    if (!line.trim() || /^-{10,}/.test(line.trim())) { flush(); continue; }
    if (line.startsWith('>>> ')) current.command = findCommand(line.toLowerCase()) ?? current.command;
    else if (line.startsWith('<<< ')) current.replies.push(line.slice(4));
    else if (/^\s+\S+ \[[^\]]*\]:\s*$/.test(line)) current.host = hostName(line.trim());
    else current.replies.push(line.trim());
  }
  flush();
  return out;
}

export const courierDecoder: Decoder = {
  id: 'courier',
  decode(doc: BounceDoc) {
    if (!MARKER.test(doc.notice)) return null;
    const found = joinDsn(doc, readNotice(noticeLines(doc)));
    return found.length ? found : null;
  },
};
