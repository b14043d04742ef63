// SendGrid's bounces ("This is an automatically generated message from SendGrid.", DSN fields
// X-SendGrid-QueueID and X-SendGrid-Sender). SendGrid writes "Action: expired", a value RFC 3464 does
// not have, when it stopped retrying a temporary failure: the message expired in its queue, whatever
// the last error was ("Connection timed out").
import { parseDsn } from '../decode-dsn.js';
import type { BounceDoc, Decoder } from '../types.js';

export const sendgridDecoder: Decoder = {
  id: 'sendgrid',
  decode(doc: BounceDoc) {
    const ds = doc.deliveryStatus ?? '';
    if (!/^x-sendgrid-/im.test(ds) && !/generated message from sendgrid/i.test(doc.notice)) return null;
    const found = parseDsn(ds);
    if (!found.some((r) => r.action === 'expired')) return null;
    return found.map((r) => (r.action === 'expired'
      ? { ...r, action: 'failed', reasonHint: 'expired' as const, hintRule: 'sendgrid:action-expired' }
      : r));
  },
};
