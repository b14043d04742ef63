// Trend Micro InterScan Messaging Security Suite notices ("Mail could not be delivered", "Message from
// InterScan Messaging Security Suite"): "Unable to deliver message to <a@example.com> (and other
// recipients in the same domain)." The product writes that sentence when the destination refused the
// recipient address, with no code; a sendmail-style report may follow instead.
import { findAddress } from '../../reply/find-address.js';
import { RECIPIENTS_READ } from '../limits.js';
import type { BounceDoc, Decoder, RecipientFacts } from '../types.js';
import { toFacts } from './lhost-common.js';
import { noticeLines } from '../notice-views.js';

const MARKER = /message from interscan messaging security suite/i;
const UNABLE = /unable to deliver message to\s+<?([^\s<>]+@[^\s<>]+)>?/i;

export const interscanmssDecoder: Decoder = {
  id: 'interscanmss',
  decode(doc: BounceDoc) {
    if (!MARKER.test(doc.notice)) return null;
    const out: RecipientFacts[] = [];
    for (const line of noticeLines(doc)) {
      const m = UNABLE.exec(line);
      const recipient = m ? findAddress(m[1]!) : null;
      if (!recipient || out.length >= RECIPIENTS_READ) continue;
      const facts = toFacts({ recipient, text: line.trim().replace(/^reason:\s*/i, '') });
      if (!facts.replyCode && !facts.status) { facts.reasonHint = 'userunknown'; facts.hintRule = 'interscanmss:unable-to-deliver'; }
      out.push(facts);
    }
    return out.length ? out : null;
  },
};
