// Looks for the phrases of the reason tables in a diagnostic text.
import { phrasesToSearch } from '../knowledge/phrases/index.js';
import { FAILURE_NOTICE_MARKERS } from '../knowledge/phrases/failure-notice.js';
import { NOT_FAILURE_ORDER } from '../knowledge/phrases/not-failures.js';
import type { Evidence, Reason } from '../types.js';
import { SIGNATURES } from '../knowledge/signatures/index.js';
import { MultiMatcher, type PatternTable, type TextScan } from './multi-matcher.js';
import { findAny } from './pattern.js';
import { COMMAND_MARKERS } from '../reply/find-command.js';
import { TEMPORARY } from '../knowledge/phrases/temporary-words.js';

interface Matchers {
  patterns: MultiMatcher;
  strong: PatternTable;
  weak: PatternTable;
}
let matchers: Matchers | null = null;

/**
 * Every pattern list the classifier asks about, for one scan per text. Registered on first use: a lone
 * code ("550") never scans, and a short-lived CLI must not pay for a thousand fragments at start-up.
 */
export function patterns(): MultiMatcher {
  return phraseMatchers().patterns;
}

function phraseMatchers(): Matchers {
  if (!matchers) {
    const patterns = new MultiMatcher([
      ...SIGNATURES.flatMap((s) => ('text' in s && s.text ? [s.text] : [])),
      ...phrasesToSearch().strong.map((s) => s.phrases),
      ...phrasesToSearch().weak.map((s) => s.weak!),
      ...NOT_FAILURE_ORDER.map((s) => s.phrases),
      FAILURE_NOTICE_MARKERS,
      // the parser asks the same scan whether a reply names the command it answered
      COMMAND_MARKERS,
      // and the classifier whether a reply without a code calls itself temporary
      TEMPORARY,
    ]);
    matchers = {
      patterns,
      strong: patterns.table(phrasesToSearch().strong.map((set) => set.phrases)),
      weak: patterns.table(phrasesToSearch().weak.map((set) => set.weak!)),
    };
  }
  return matchers;
}

export interface PhraseHit {
  reason: Reason;
  evidence: Evidence;
}

/**
 * Texts searched one pattern list at a time before the matcher is built. Building it (a thousand
 * fragments) costs as much as searching a few hundred texts that way, so a short run (a reply on the
 * command line, one bounce) never builds it; the answers are the same either way.
 */
const SEARCHED_BEFORE_SCANNING = 64;
let searched = 0;

/**
 * The latest scan: the recipients of one notice often share one text (the whole notice, when a
 * recipient's own lines say no reason), and up to MAX_RECIPIENTS of them must not scan it again each.
 * A scan stays right after later ones (TextScan keeps what it found).
 */
let lastScan: TextScan | undefined;

/** One pass over `lowerText` for every registered pattern list, or undefined while the run is short. */
export function scanText(lowerText: string): TextScan | undefined {
  if (!lowerText || (searched < SEARCHED_BEFORE_SCANNING && ++searched <= SEARCHED_BEFORE_SCANNING)) return undefined;
  if (lastScan !== undefined && lastScan.lowerText === lowerText) return lastScan;
  return (lastScan = patterns().scan(lowerText));
}


/**
 * The first reason whose telling phrases appear in the text (`lowerText` is lower-cased). With a scan
 * of the text (the classifier passes its own) only the reasons whose fragments it found are tried.
 */
export function findStrongPhrase(lowerText: string, scan = scanText(lowerText)): PhraseHit | null {
  if (scan) {
    const strong = phraseMatchers().strong;
    for (const i of scan.candidates(strong)) {
      const set = phrasesToSearch().strong[i]!;
      const hit = scan.first(strong.lists[i]!);
      if (hit) return { reason: set.reason, evidence: { rule: `phrase:${set.reason}`, field: 'text', match: hit.match } };
    }
    return null;
  }
  for (const set of phrasesToSearch().strong) {
    const hit = findAny(lowerText, set.phrases);
    if (hit) return { reason: set.reason, evidence: { rule: `phrase:${set.reason}`, field: 'text', match: hit.match } };
  }
  return null;
}

/** The first reason whose generic words appear in the text; only worth asking when nothing else decided. */
export function findWeakPhrase(lowerText: string, scan = scanText(lowerText)): PhraseHit | null {
  if (scan) {
    const weak = phraseMatchers().weak;
    for (const i of scan.candidates(weak)) {
      const set = phrasesToSearch().weak[i]!;
      const hit = scan.first(weak.lists[i]!);
      if (hit) return { reason: set.reason, evidence: { rule: `phrase:${set.reason}:weak`, field: 'text', match: hit.match } };
    }
    return null;
  }
  for (const set of phrasesToSearch().weak) {
    const hit = findAny(lowerText, set.weak!);
    if (hit) return { reason: set.reason, evidence: { rule: `phrase:${set.reason}:weak`, field: 'text', match: hit.match } };
  }
  return null;
}

/**
 * An auto-reply or an abuse report told by its words alone (src/knowledge/phrases/not-failures.ts).
 * Only for a text without any code: a refusal may well quote "out of office" or "spam complaint".
 * With `scan` (the classifier's one scan of the text) each phrase list is a lookup.
 */
export function findNotFailurePhrase(lowerText: string, scan?: TextScan): PhraseHit | null {
  // the answer for the latest text, as scanText keeps its scan (one pass per phrase over a notice)
  if (lowerText === lastNotFailure.text) return copyHit(lastNotFailure.hit);
  let found: PhraseHit | null = null;
  for (const set of NOT_FAILURE_ORDER) {
    const hit = scan ? scan.findAny(set.phrases) : findAny(lowerText, set.phrases);
    if (hit) {
      found = { reason: set.reason, evidence: { rule: `phrase:${set.reason}`, field: 'text', match: hit.match } };
      break;
    }
  }
  lastNotFailure = { text: lowerText, hit: found };
  return copyHit(found);
}

/** A fresh hit each time: callers put its evidence in their verdict. */
function copyHit(hit: PhraseHit | null): PhraseHit | null {
  return hit && { reason: hit.reason, evidence: { ...hit.evidence } };
}

let lastNotFailure: { text: string; hit: PhraseHit | null } = { text: '', hit: null };
