// HCL (formerly IBM Lotus) Domino's delivery failure reports:
//
//   Your message
//
//     Subject: ...
//
//   was not delivered to:
//
//     a@example.jp
//
//   because:
//
//     User some.name (a@example.jp) not listed in Domino Directory
//
// often with a DSN part whose Diagnostic-Code ("X-Notes; ...") repeats the reason. The notice is read
// for the reason: it is written in the user's language (Japanese, German...) and its part declares its
// charset, while the DSN part often carries the same words in an undeclared ISO-2022-JP.
import { findAddresses } from '../../reply/find-address.js';
import { RECIPIENTS_READ } from '../limits.js';
import type { BounceDoc, Decoder, RecipientFacts } from '../types.js';
import { readDsn, toFacts } from './lhost-common.js';
import { noticeLines, noticeLower } from '../notice-views.js';

/** The non-empty lines after the line that matches `head`, up to the first blank line after them. */
function paragraphAfter(lines: readonly string[], head: RegExp): string[] | null {
  const at = lines.findIndex((l) => head.test(l.trim()));
  if (at < 0) return null;
  const out: string[] = [];
  for (const line of lines.slice(at + 1)) {
    if (!line.trim()) {
      if (out.length) break;
      continue;
    }
    out.push(line.trim());
  }
  return out;
}

export const dominoDecoder: Decoder = {
  id: 'domino',
  decode(doc: BounceDoc) {
    const lower = noticeLower(doc);
    if (!lower.includes('was not delivered to:') || !lower.includes('because:')) return null; // before any line is tested
    const lines = noticeLines(doc);
    if (!lines.some((l) => /^\s*your message\s*$/i.test(l))) return null;
    const to = paragraphAfter(lines, /^was not delivered to:$/i);
    const because = paragraphAfter(lines, /^because:$/i);
    if (!to || !because) return null;
    const recipients = findAddresses(to.join('\n'), RECIPIENTS_READ);
    const reason = because.join(' ');
    const dsn = readDsn(doc.deliveryStatus);
    if (!recipients.length && !dsn.length) return null;
    if (dsn.length && (recipients.length <= 1 || dsn.length === recipients.length)) {
      return dsn.map((e): RecipientFacts => toFacts({
        recipient: e.recipient, text: reason || e.diagnostic, status: e.statusField, action: e.action ?? 'failed',
        remoteHost: e.remoteHost, date: e.date,
      }));
    }
    return recipients.map((recipient) => toFacts({ recipient, text: reason, action: 'failed' }));
  },
};
