// Verizon Wireless gateways: messages sent to a phone's address (vtext.com for SMS, vzwpix.com for MMS).
//
// vtext.com: "Error: Invalid user address" / "Error message below:" / "550 - Requested action not
// taken: no such user here" / "Message details:" with "RCPT TO: <phone@vtext.com>".
// vzwpix.com: "Message could not be delivered to mobile." / "Error: No valid recipients for this MM" /
// "Original Message:" with the original "To: <phone@vzwpix.com>".
import { findAddress } from '../../reply/find-address.js';
import type { BounceDoc, Decoder, RecipientFacts } from '../types.js';
import { toFacts } from './lhost-common.js';
import { noticeLines, noticeLower } from '../notice-views.js';

const SMS_MARKERS = ['error message below:', 'message details:'];
const MMS_MARKER = 'message could not be delivered to mobile';

/** The value of the first "Name: value" line of `lines`, from index `from` on. */
function field(lines: readonly string[], name: string, from = 0): string | null {
  const want = name.toLowerCase() + ':';
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line.toLowerCase().startsWith(want)) return line.slice(want.length).trim();
  }
  return null;
}

function readSms(lines: readonly string[]): RecipientFacts[] | null {
  const recipient = findAddress(field(lines, 'RCPT TO') ?? '');
  if (!recipient) return null;
  const error = field(lines, 'Error') ?? '';
  const below = lines.findIndex((l) => l.trim().toLowerCase() === 'error message below:');
  const reply = below >= 0 ? (lines.slice(below + 1).find((l) => l.trim()) ?? '').trim() : '';
  // "550 - Requested action not taken: no such user here": the code, a dash, the server's words
  const m = /^([245]\d\d)\s*-(.*)$/.exec(reply);
  return [toFacts({
    recipient,
    text: [error, m ? `${m[1]} ${m[2]!.trim()}` : reply].filter(Boolean).join(' '),
    replyCode: m ? m[1]! : '',
    command: 'RCPT',
    action: 'failed',
  })];
}

function readMms(lines: readonly string[]): RecipientFacts[] | null {
  const original = lines.findIndex((l) => l.trim().toLowerCase() === 'original message:');
  const recipient = findAddress(field(lines, 'To', original >= 0 ? original : 0) ?? '');
  if (!recipient) return null;
  const error = field(lines, 'Error') ?? '';
  return [toFacts({ recipient, text: error || 'Message could not be delivered to mobile.', action: 'failed' })];
}

export const verizonDecoder: Decoder = {
  id: 'verizon',
  decode(doc: BounceDoc) {
    const lower = noticeLower(doc);
    const from = (doc.headers.get('from') ?? '').toLowerCase();
    const fromVerizon = from.includes('vtext.com') || from.includes('vzwpix.com');
    if (SMS_MARKERS.every((m) => lower.includes(m)) && (fromVerizon || lower.includes('rcpt to:'))) return readSms(noticeLines(doc));
    if (lower.includes(MMS_MARKER)) return readMms(noticeLines(doc));
    return null;
  },
};
