// Apple Mail's one-tap unsubscribe: when a user taps "Unsubscribe" on a message whose List-Unsubscribe
// header gives a mailto: address, Mail sends that address a short message with the header
// "X-Apple-Unsubscribe: true" ("Apple Mail sent this email to unsubscribe from the message ...").
// It is the user's request to stop receiving the list (RFC 2369 and RFC 8058 unsubscribe), an opt-out
// feedback, not a bounce nor an automatic reply, though it carries "Auto-Submitted: auto-replied".
import { cleanAddress } from '../../reply/find-address.js';
import type { BounceDoc, Decoder } from '../types.js';

export const appleUnsubscribeDecoder: Decoder = {
  id: 'apple-unsubscribe',
  decode(doc: BounceDoc) {
    if ((doc.headers.get('x-apple-unsubscribe') ?? '').trim().toLowerCase() !== 'true') return null;
    return [{
      recipient: cleanAddress(doc.headers.get('from') ?? ''),
      text: doc.subject, status: '', replyCode: '', command: null, remoteHost: null, action: null,
      reasonHint: 'feedback', hintRule: 'apple:unsubscribe', feedbackType: 'opt-out',
    }];
  },
};
