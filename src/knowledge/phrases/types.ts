import type { Reason } from '../../types.js';
import type { Pattern } from '../signatures/types.js';

/** The phrases, in lower case, that tell one reason in a diagnostic text. */
export interface PhraseSet {
  reason: Reason;
  /** Telling on their own: tried for every reason, in PHRASE_ORDER, before any weak phrase. */
  phrases: readonly Pattern[];
  /** Generic words ("blocked", "spam", "policy"): tried only when no reason's `phrases` matched. */
  weak?: readonly Pattern[];
}
