// Looks for the phrases of the reason tables in a diagnostic text.
import { PHRASE_ORDER, WEAK_ORDER } from '../knowledge/phrases/index.js';
import type { Evidence, Reason } from '../types.js';
import { SIGNATURES } from '../knowledge/signatures/index.js';
import { MultiMatcher, type TextScan } from './multi-matcher.js';
import { findAny } from './pattern.js';

/** Every pattern list the classifier asks about, for one scan per text. */
export const PATTERNS = new MultiMatcher([
  ...SIGNATURES.flatMap((s) => ('text' in s && s.text ? [s.text] : [])),
  ...PHRASE_ORDER.map((s) => s.phrases),
  ...WEAK_ORDER.flatMap((s) => (s.weak ? [s.weak] : [])),
]);

export interface PhraseHit {
  reason: Reason;
  evidence: Evidence;
}

const STRONG_SETS = PHRASE_ORDER;
const STRONG = PATTERNS.table(STRONG_SETS.map((set) => set.phrases));
const WEAK_SETS = WEAK_ORDER.filter((set) => set.weak);
const WEAK = PATTERNS.table(WEAK_SETS.map((set) => set.weak!));

/**
 * The first reason whose telling phrases appear in the text (`lowerText` is lower-cased). With `scan`
 * (the classifier's one scan of the text) only the reasons whose fragments it found are tried.
 */
export function findStrongPhrase(lowerText: string, scan?: TextScan): PhraseHit | null {
  if (scan) {
    for (const i of scan.candidates(STRONG)) {
      const set = STRONG_SETS[i]!;
      const hit = scan.first(STRONG.lists[i]!);
      if (hit) return { reason: set.reason, evidence: { rule: `phrase:${set.reason}`, field: 'text', match: hit.match } };
    }
    return null;
  }
  for (const set of PHRASE_ORDER) {
    const hit = findAny(lowerText, set.phrases);
    if (hit) return { reason: set.reason, evidence: { rule: `phrase:${set.reason}`, field: 'text', match: hit.match } };
  }
  return null;
}

/** The first reason whose generic words appear in the text; only worth asking when nothing else decided. */
export function findWeakPhrase(lowerText: string, scan?: TextScan): PhraseHit | null {
  if (scan) {
    for (const i of scan.candidates(WEAK)) {
      const set = WEAK_SETS[i]!;
      const hit = scan.first(WEAK.lists[i]!);
      if (hit) return { reason: set.reason, evidence: { rule: `phrase:${set.reason}:weak`, field: 'text', match: hit.match } };
    }
    return null;
  }
  for (const set of WEAK_ORDER) {
    if (!set.weak) continue;
    const hit = findAny(lowerText, set.weak);
    if (hit) return { reason: set.reason, evidence: { rule: `phrase:${set.reason}:weak`, field: 'text', match: hit.match } };
  }
  return null;
}
