// For the decoders of provider notices that state a failure outright ("did not reach the following
// recipient", "Failure Reasons") but may give no reason anyone can read (no code, a free-form or
// localised sentence). The classifier would call such a result "undefined", which is what it says of
// a message that is no failure at all; the failure is certain here, only its cause is unknown, which
// is the "onhold" reason (Sisimai's too).
import { findStrongPhrase, findWeakPhrase } from '../../classify/find-phrase.js';
import { matchSignature } from '../../classify/signature-match.js';
import { SIGNATURES } from '../../knowledge/signatures/index.js';
import type { RecipientFacts } from '../types.js';

export function failedWithoutReason(facts: RecipientFacts, family: string): RecipientFacts {
  if (facts.reasonHint || facts.status || facts.replyCode) return facts;
  const lower = facts.text.toLowerCase();
  if (lower && (findStrongPhrase(lower) || findWeakPhrase(lower))) return facts;
  const sig = matchSignature(SIGNATURES, {
    replyCode: '', status: '', text: facts.text, command: facts.command, remoteHost: facts.remoteHost, recipient: facts.recipient,
  }, lower);
  if (sig) return facts;
  return { ...facts, reasonHint: 'onhold', hintRule: `${family}:no-reason` };
}
