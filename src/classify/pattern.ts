// Plain-substring matching with ordered fragments: linear in the text, no backtracking.
import type { Pattern } from '../knowledge/signatures/types.js';

/**
 * Finds a pattern in an already lower-cased text. Returns the matched span (start of the first
 * fragment to end of the last) or null. Each fragment is searched after the previous one, so the
 * work is one pass per fragment at most.
 */
export function findPattern(lowerText: string, pattern: Pattern): string | null {
  if (typeof pattern === 'string') {
    const at = lowerText.indexOf(pattern);
    return at < 0 ? null : lowerText.slice(at, at + pattern.length);
  }
  let from = 0;
  let start = -1;
  for (const fragment of pattern) {
    const at = lowerText.indexOf(fragment, from);
    if (at < 0) return null;
    if (start < 0) start = at;
    from = at + fragment.length;
  }
  return start < 0 ? null : lowerText.slice(start, Math.min(from, start + MAX_EVIDENCE_LENGTH));
}

/** Evidence strings are cut to this length so that a hostile input cannot blow up the output. */
export const MAX_EVIDENCE_LENGTH = 200;

/** The first pattern of a list that matches, with its match. */
export function findAny(lowerText: string, patterns: readonly Pattern[]): { pattern: Pattern; match: string } | null {
  for (const pattern of patterns) {
    const match = findPattern(lowerText, pattern);
    if (match !== null) return { pattern, match };
  }
  return null;
}
