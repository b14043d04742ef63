// Whether a result's verdict came from a catch-all code alone (Verdict.catchAllOnly), read again from the
// result: the reports ask it of results (a catch-all names nothing on the sender's side to fix), and a
// result explained again in another language must keep it (src/result-in.ts). Browser-safe.
import { BASIC_CODE_BY_ID } from '../knowledge/basic-codes.js';
import type { Evidence } from '../types.js';
import { readStatus } from './status-reading.js';

/**
 * Evidence that the readers of a reply add to the classifier's (the decoder, a VERP address, a log's or a
 * notice's words), that says how the classifier read the text (its accents restored), or what the
 * classifier reads beside the reason (whether an unknown domain exists), not why.
 */
const ADDED = /^(?:decoder:|esp:|log:|notice:|text:|domain:|verp$)/;

/**
 * True when the classifier's one piece of evidence is a catch-all status ("5.7.1") or an ambiguous reply
 * code ("552"), as src/classify/classify.ts decides Verdict.catchAllOnly (its other evidence is the readers').
 */
export function decidedByCatchAll(evidence: readonly Evidence[], status: string): boolean {
  let own: Evidence | null = null;
  for (const e of evidence) {
    if (ADDED.test(e.rule)) continue;
    if (own) return false;
    own = e;
  }
  if (!own) return false;
  if (own.rule.startsWith('status:')) return readStatus(status)?.catchAll === true;
  return own.rule.startsWith('code:') && BASIC_CODE_BY_ID.get(own.rule.slice(5))?.ambiguous === true;
}
