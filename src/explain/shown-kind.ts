// How a result's kind and reason are shown, the same way by the explanation, the command line, the CSV and the web page.
import { CATALOGS } from '../i18n/catalog.js';
import { SIGNATURE_BY_ID, type OwnWordsSignatureId } from '../knowledge/signatures/index.js';
import type { Locale, Reason, ResultKind, Retry } from '../types.js';
import type { FeedbackWords, UiText } from '../i18n/ui-text.js';
import { classesDiffer } from '../classify/kind.js';
import { readStatus } from '../classify/status-reading.js';
import { enhancedFact } from '../knowledge/enhanced-codes.js';
import type { EnhancedCodeFact } from '../knowledge/types.js';
import { describeEnhancedCode } from './describe-code.js';

/**
 * Where the sending server stands with a failure: still retrying a temporary one, still holding a
 * permanent one in its queue (Postfix's soft_bounce: status=deferred), or given up on a temporary one
 * (Action: failed); null for anything else.
 */
export type QueueState = 'retrying' | 'queued' | 'gave-up' | null;

export function queueState(r: { kind: ResultKind; action?: string | null }): QueueState {
  if (r.kind === 'transient') return r.action === 'failed' ? 'gave-up' : 'retrying';
  return r.kind === 'permanent' && r.action === 'delayed' ? 'queued' : null;
}

/**
 * A cause to fix on a failure the sending server still holds (a 4xx it retries, a 5xx it keeps queued):
 * fixed in time, the message leaves by itself, so nothing is to be sent again. The retry line (explain.ts)
 * and the list action's words (report/tally.ts stillTrying) both say so from this.
 */
export function afterFixStillQueued(r: { kind: ResultKind; action?: string | null; retry: Retry }): boolean {
  if (r.retry !== 'after-fix') return false;
  const state = queueState(r);
  return state === 'retrying' || state === 'queued';
}

/** A reply that is no error and no delivery ("221", "354"): no reason, hard bounce or admin step to show. */
export function isNoErrorReply(r: { kind: ResultKind; reason: Reason }): boolean {
  return (r.kind === 'success' || r.kind === 'intermediate') && r.reason === 'undefined';
}

/**
 * The kind a badge is coloured as: a complaint is no success to show in green (a warning's colour), and a
 * temporary failure the sending server gave up on is no longer temporary (a permanent one's).
 */
export function shownKind(r: { kind: ResultKind; reason: Reason; action: string | null }): ResultKind {
  if (r.reason === 'feedback') return 'transient';
  return queueState(r) === 'gave-up' ? 'permanent' : r.kind;
}

/**
 * The reason's name as shown: Sisimai's "expired" names both a delay the server still retries and a
 * delivery it gave up on, and "Prazo de entrega esgotado" beside "the server keeps trying" contradicts it;
 * Sisimai's "feedback" names an unsubscribe request too, which is no spam complaint; and a rule with
 * words of its own may name its situation (greylisting is no block).
 */
export function shownReasonName(
  r: { kind: ResultKind; reason: Reason; action: string | null; feedbackType?: string | null; signature?: string | null } & CodeOfResult, lang: Locale,
): string {
  const cat = CATALOGS[lang];
  const ui = cat.ui;
  const feedback = feedbackWords(ui, r.reason, r.feedbackType);
  if (feedback) return feedback.name;
  // a rule with words of its own may name its situation better than its reason does
  const own = r.signature && SIGNATURE_BY_ID.get(r.signature)?.ownWords ? cat.signatureWords[r.signature as OwnWordsSignatureId].name : undefined;
  if (own) return own;
  // a code whose reason is only the nearest name names the verdict ("Too many recipients", not a rate limit)
  if (codeOwnWords(r)?.nearestReason) return describeEnhancedCode(r.status!, lang)!.title;
  return r.reason === 'expired' && queueState(r) === 'retrying' ? ui.delayedReasonName : ui.reasonName[r.reason];
}

/**
 * The words of a feedback report that is no spam complaint (RFC 5965 §7.3's types): an unsubscribe
 * (opt-out), an authentication failure report (RFC 6591), a not-spam report (RFC 6430), or another type
 * (fraud, virus, other);
 * null for a complaint (abuse, or a report that names no type), which the reason's own words tell.
 */
export function feedbackWords(ui: UiText, reason: Reason, feedbackType: string | null | undefined): FeedbackWords | null {
  if (reason !== 'feedback') return null;
  const group = feedbackGroup(feedbackType);
  return group === 'complaint' ? null : ui[group];
}

/** What a feedback report is, by its type (RFC 5965 §7.3): a complaint (abuse, or no type named) or another kind of report. */
export type FeedbackGroup = 'complaint' | 'optOut' | 'topicOptOut' | 'notSpamReport' | 'authFailureReport' | 'otherReport';

export function feedbackGroup(feedbackType: string | null | undefined): FeedbackGroup {
  if (!feedbackType || feedbackType === 'abuse') return 'complaint';
  if (feedbackType === 'opt-out' || feedbackType === 'opt-out-list') return 'optOut';
  // no RFC 5965 type: a sending service's event of an opt-out of some of a list's topics (Amazon SES)
  if (feedbackType === 'opt-out-topic') return 'topicOptOut';
  if (feedbackType === 'not-spam') return 'notSpamReport';
  return feedbackType === 'auth-failure' ? 'authFailureReport' : 'otherReport';
}

/** A result's codes, where it keeps them. */
type CodeOfResult = { status?: string; replyCode?: string };

/**
 * The registered code whose own words explain a verdict (EnhancedCodeFact.ownWords), or null: the code gave
 * the verdict's reason as the registry reads it, or gives none (then a reason read from the text's words
 * is vaguer than the code: X.6.7, a non-ASCII address); no provider's rule decided it, and its class
 * agrees with the reply code's ("550 4.1.6" is told by its reply code). Its `nearestReason` says the
 * reason's name and admin's step would mislead too ("552 5.5.3 Too many recipients" is Sisimai's ratelimited).
 */
export function codeOwnWords(r: { reason: Reason; signature?: string | null } & CodeOfResult): EnhancedCodeFact | null {
  if (r.signature || !r.status || classesDiffer(r.replyCode ?? '', r.status)) return null;
  // (the reading is cached by code: no parse of the code for every result)
  const reading = readStatus(r.status);
  const fact = reading ? enhancedFact(reading.detail) : undefined;
  if (!fact?.ownWords || !reading) return null;
  return reading.registered === null || (reading.reason === r.reason && reading.registered === r.reason) ? fact : null;
}
