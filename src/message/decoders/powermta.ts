// PowerMTA bounces: a plain DSN whose per-recipient block carries PowerMTA's own classification,
// "X-PowerMTA-BounceCategory: bad-mailbox". The category is PowerMTA's reading of the remote reply
// (its documented bounce categories) and decides the reason.
import type { Reason } from '../../types.js';
import type { BounceDoc, Decoder } from '../types.js';
import { dsnFieldBlocks } from '../decode-dsn.js';
import { stripType } from '../../reply/parse-dsn-fields.js';
import { writtenRecipient } from '../../reply/find-address.js';
import { joinDsn } from './lhost-common.js';

/** PowerMTA's bounce categories that name a reason; "other" and the like leave it to the text. */
const CATEGORIES: Readonly<Record<string, Reason>> = {
  'bad-domain': 'hostunknown',
  'bad-mailbox': 'userunknown',
  'inactive-mailbox': 'suspend',
  'message-expired': 'expired',
  'no-answer-from-host': 'networkerror',
  'policy-related': 'policyviolation',
  'quota-issues': 'mailboxfull',
  'routing-errors': 'systemerror',
  'spam-related': 'spamdetected',
  'virus-related': 'virusdetected',
  'relaying-issues': 'norelaying',
  'content-related': 'contenterror',
};

export const powermtaDecoder: Decoder = {
  id: 'powermta',
  decode(doc: BounceDoc) {
    if (!doc.deliveryStatus || !/^x-powermta-bouncecategory\s*:/im.test(doc.deliveryStatus)) return null;
    const categories = new Map<string, string>();
    for (const f of dsnFieldBlocks(doc.deliveryStatus)) {
      const who = writtenRecipient(stripType(f.get('final-recipient') ?? ''));
      const category = (f.get('x-powermta-bouncecategory') ?? '').trim().toLowerCase();
      if (who && category) categories.set(who.toLowerCase(), category);
    }
    const found = joinDsn(doc, new Map(), (entry, draft) => {
      const category = entry.recipient ? categories.get(entry.recipient.toLowerCase()) : undefined;
      const reason = category ? CATEGORIES[category] : undefined;
      if (reason) { draft.reasonHint = reason; draft.hintRule = `powermta:${category}`; }
    });
    return found.length ? found : null;
  },
};
