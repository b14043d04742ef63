// Zoho Mail (mailer-daemon@mail.zoho.com, X-ZohoMail headers). One line per recipient, in either form:
//
//   [Status: Error, Address: <a@example.jp>, ResponseCode 421, , Host not reachable.]
//   a@example.jp Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 <a@example.jp>... User Unknown
//
// A delay notice ("THIS IS A WARNING MESSAGE ONLY", "Message will be retried for 4 more day(s)",
// subject "... (Delay)") is not a final failure.
import { RECIPIENTS_READ } from '../limits.js';
import type { BounceDoc, Decoder, RecipientFacts } from '../types.js';
import { toFacts } from './lhost-common.js';
import { noticeLines } from '../notice-views.js';

interface Line {
  recipient: string;
  replyCode: string;
  text: string;
}

/** "[Status: Error, Address: <a@x>, ResponseCode 421, , Host not reachable.]": comma-separated fields. */
function bracketLine(line: string): Line | null {
  if (!line.startsWith('[') || !/^\[status:/i.test(line)) return null;
  const fields = line.replace(/^\[|\]$/g, '').split(',').map((f) => f.trim());
  const address = /^address:\s*<?([^<>\s@]+@[^<>\s@]+)>?$/i.exec(fields[1] ?? '')?.[1];
  const code = /^responsecode\s*(\d{3})$/i.exec(fields[2] ?? '')?.[1] ?? '';
  if (!address) return null;
  // the fourth field is the enhanced status when there is one (often empty), the rest the server's words
  return { recipient: address, replyCode: code, text: `${code} ${fields.slice(3).join(', ')}`.trim() };
}

/** "a@x Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 <a@x>... User Unknown" */
function errorCodeLine(line: string): Line | null {
  const parts = line.split(/,\s*ERROR_CODE\s*:/i);
  if (parts.length < 3) return null;
  const [head = '', code = '', ...rest] = parts;
  const [address = '', ...words] = head.trim().split(/\s+/);
  const recipient = /^<?([^<>\s@]+@[^<>\s@]+)>?$/.exec(address)?.[1];
  if (!recipient || !/^\d{3}$/.test(code.trim())) return null;
  return { recipient, replyCode: code.trim(), text: `${code.trim()} ${rest.join(' ').trim()} (${words.join(' ')})` };
}

function isZoho(doc: BounceDoc): boolean {
  const from = (doc.headers.get('from') ?? '').toLowerCase();
  return from.includes('zoho.com') || doc.headers.has('x-zohomail');
}

export const zohoDecoder: Decoder = {
  id: 'zoho',
  decode(doc: BounceDoc) {
    if (!isZoho(doc)) return null;
    const delayed = /will be retried|warning message only/i.test(doc.notice) || /\(delay\)/i.test(doc.subject);
    const out: RecipientFacts[] = [];
    for (const raw of noticeLines(doc)) {
      if (out.length >= RECIPIENTS_READ) break;
      const line = raw.trim();
      const found = bracketLine(line) ?? errorCodeLine(line);
      if (found) out.push(toFacts({ ...found, action: delayed ? 'delayed' : 'failed' }));
    }
    return out.length ? out : null;
  },
};
