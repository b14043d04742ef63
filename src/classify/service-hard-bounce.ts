// A sending service's own hard bounce (SES's bounceType Permanent, Brevo's hard_bounce...): it judged that
// the address cannot receive mail. It decides what no reply told: a verdict with no reason known.
import type { Verdict } from '../types.js';

/**
 * Makes `verdict` a hard bounce the service decided (never to retry, with its evidence `rule`) when no
 * reply said why (reason undefined) and the failure is final; a delay the service still retries is none.
 * True when it did.
 */
export function applyServiceHardBounce(verdict: Verdict, action: string | null | undefined, rule: string): boolean {
  if (verdict.reason !== 'undefined' || verdict.kind !== 'permanent' || action === 'delayed') return false;
  verdict.hardBounce = true;
  verdict.retry = 'never';
  verdict.evidence.push({ rule, field: 'event', match: 'hard bounce' });
  return true;
}
