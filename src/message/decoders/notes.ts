// Lotus Notes (R4/R5 era) "Undeliverable message" reports:
//
//   ------- Failure Reasons  --------
//
//   User  not listed in public Name & Address Book
//   a@example.com
//
//   ------- Returned Message --------
//
// Each reason line is followed by the recipient it concerns. The reason is in the language of the
// server (Japanese servers write "ディレクトリのリストにありません", "not in the directory list").
// The report says nothing more: when its sentence tells no reason we know, the failure is still
// certain (onhold, see undecided.ts).
import { findAddress } from '../../reply/find-address.js';
import { RECIPIENTS_READ } from '../limits.js';
import type { BounceDoc, Decoder, RecipientFacts } from '../types.js';
import { toFacts } from './lhost-common.js';
import { failedWithoutReason } from './undecided.js';
import { noticeLines, noticeLower } from '../notice-views.js';

const HEAD = /^-+\s*failure reasons\s*-+$/i;
const END = /^-+\s*returned message\s*-+$/i;

export const notesDecoder: Decoder = {
  id: 'notes',
  decode(doc: BounceDoc) {
    if (!noticeLower(doc).includes('failure reasons')) return null; // before any line is tested
    const lines = noticeLines(doc);
    const start = lines.findIndex((l) => HEAD.test(l.trim()));
    if (start < 0) return null;
    const out: RecipientFacts[] = [];
    let reason: string[] = [];
    let last = '';
    for (const raw of lines.slice(start + 1)) {
      const line = raw.trim();
      if (END.test(line) || out.length >= RECIPIENTS_READ) break;
      if (!line) continue;
      const address = /^<?[^\s<>@]+@[^\s<>]+>?$/.test(line) ? findAddress(line) : null;
      if (!address) {
        reason.push(line);
        continue;
      }
      // several recipients after one reason share it
      if (reason.length) last = reason.join(' ');
      out.push(failedWithoutReason(toFacts({ recipient: address, text: last, action: 'failed' }), 'notes'));
      reason = [];
    }
    return out.length ? out : null;
  },
};
