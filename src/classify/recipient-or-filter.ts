// "User unknown" is not always an unknown recipient. Servers say it at RCPT TO for an address they do
// not have, but filters (mobile carriers' sender filters, appliances, some relays) also answer "user
// unknown" after DATA, to a recipient they had accepted, to hide that they filter. The SMTP command,
// the status code and the wording tell which; Sisimai draws the same line (its "filtered" reason).
import { DIRECTORY_PHRASES, NATIVE_LANGUAGE_PHRASES } from '../knowledge/phrases/userunknown.js';
import { withUnaccented } from '../knowledge/phrases/without-accents.js';
import type { Evidence, Facts, Reason } from '../types.js';
import { findAny } from './pattern.js';
import type { StatusReading } from './status-reading.js';

export interface RecipientOrFilter {
  reason: Reason;
  /** Why a "user unknown" text was read as a filter, for the evidence. */
  evidence?: Evidence;
}

/** Words of the recipient's own system, accented phrases also without their accents. */
const OWN_SYSTEM_PHRASES = withUnaccented([...DIRECTORY_PHRASES, ...NATIVE_LANGUAGE_PHRASES]);

export function recipientOrFilter(facts: Facts, reading: StatusReading | null, lowerText: string): RecipientOrFilter {
  if (facts.command === 'MAIL') return { reason: 'rejected' }; // refused at MAIL FROM: the unknown address is the sender's
  if (facts.command === 'RCPT') return { reason: 'userunknown' };
  // an addressing code (X.1.1, Microsoft's X.1.351...) is an unknown recipient even after a pipelined DATA
  if (reading?.detail.startsWith('X.1.') || reading?.detail === 'X.5.0') return { reason: 'userunknown' };
  if (facts.command === 'DATA') {
    return { reason: 'filtered', evidence: { rule: 'filter:after-data', field: 'command', match: 'DATA' } };
  }
  // 5.2.x "mailbox status" with "user unknown": the mailbox exists but refuses this mail
  if (reading?.detail.startsWith('X.2.')) {
    return { reason: 'filtered', evidence: { rule: 'filter:mailbox-status', field: 'status', match: facts.status } };
  }
  // a reply the user copied is most often the answer to RCPT TO; the recipient's own directory knows
  // its users whatever the step, and so does a server that answers in its users' language
  if (!facts.relayed || findAny(lowerText, OWN_SYSTEM_PHRASES)) return { reason: 'userunknown' };
  // a bounce that relays the words without the step or an addressing code: the refusal may have come
  // after DATA, from a filter
  return { reason: 'filtered', evidence: { rule: 'filter:step-unknown', field: 'command', match: '' } };
}
