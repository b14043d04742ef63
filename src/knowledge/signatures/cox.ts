// Cox Communications (cox.net): refusals end in "AUP#<CODE>" and link to Cox's list of error codes.
import type { Signature } from './types.js';

const SOURCE = 'https://www.cox.com/residential/support/email-error-codes.html';

export const coxSignatures = [
  {
    // "sender rejected ... AUP#CDRBL" / "AUP#CXBL": Cox blocked the sending IP for spam-like
    // behaviour; "AUP#IPBL..." : the IP is on a block list Cox uses.
    id: 'cox:ip-blocked',
    provider: 'cox',
    text: ['aup#cdrbl', 'aup#cxbl', 'aup#ipbl'],
    reason: 'blocked',
    source: SOURCE,
  },
  {
    // "AUP#CXDNS": the reverse DNS (PTR) lookup of the sending IP fails.
    id: 'cox:cxdns-no-ptr',
    provider: 'cox',
    text: ['aup#cxdns'],
    reason: 'requireptr',
    source: SOURCE,
  },
  {
    // "AUP#CXCNCT": too many connections from the sending IP.
    id: 'cox:cxcnct-connections',
    provider: 'cox',
    text: ['aup#cxcnct'],
    reason: 'ratelimited',
    source: SOURCE,
  },
] as const satisfies readonly Signature[];
