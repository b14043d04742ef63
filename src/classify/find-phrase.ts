// Looks for the phrases of the reason tables in a diagnostic text.
import { PHRASE_ORDER, WEAK_ORDER } from '../knowledge/phrases/index.js';
import type { Evidence, Reason } from '../types.js';
import { findAny } from './pattern.js';

export interface PhraseHit {
  reason: Reason;
  evidence: Evidence;
}

/** The first reason whose telling phrases appear in the text (`lowerText` is lower-cased). */
export function findStrongPhrase(lowerText: string): PhraseHit | null {
  for (const set of PHRASE_ORDER) {
    const hit = findAny(lowerText, set.phrases);
    if (hit) return { reason: set.reason, evidence: { rule: `phrase:${set.reason}`, field: 'text', match: hit.match } };
  }
  return null;
}

/** The first reason whose generic words appear in the text; only worth asking when nothing else decided. */
export function findWeakPhrase(lowerText: string): PhraseHit | null {
  for (const set of WEAK_ORDER) {
    if (!set.weak) continue;
    const hit = findAny(lowerText, set.weak);
    if (hit) return { reason: set.reason, evidence: { rule: `phrase:${set.reason}:weak`, field: 'text', match: hit.match } };
  }
  return null;
}
