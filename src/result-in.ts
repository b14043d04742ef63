// A result's words in another language: a report in English over results made in Portuguese (the
// library's mailboxReport) says everything in English. Browser-safe.
import { decidedByCatchAll } from './classify/catch-all-only.js';
import { explain } from './explain/explain.js';
import { CATALOGS } from './i18n/catalog.js';
import { hasError, summariseCode, type Result } from './result.js';
import type { Locale, Verdict } from './types.js';

/**
 * `r` with its words in `lang`: its verdict, which the result keeps, explained again as
 * src/result.ts's toResult() explains it. A result that is no failure (not a bounce, an error) is
 * returned as it is, and so is one already in `lang`. The retry text of a delay notice that gave a
 * window but no Will-Retry-Until says "for a few days" (the result does not keep the window).
 */
export function resultIn<T extends Result>(r: T, lang: Locale): T {
  if (r.lang === lang || !r.bounce || hasError(r) || r.kind === 'error') return r;
  const verdict: Verdict = {
    reason: r.reason, kind: r.kind, hardBounce: r.hardBounce, retry: r.retry, actors: r.actors, replyCode: r.replyCode, status: r.status,
    provider: r.provider, signature: r.signature, evidence: r.evidence, catchAllOnly: decidedByCatchAll(r.evidence, r.status),
  };
  const ex = explain(verdict, lang, {
    newAddress: r.newAddress, statusDerived: r.statusDerived, action: r.action, retryUntil: r.retryUntil,
    feedbackType: r.feedbackType, hasText: r.diagnostic.trim() !== '',
  });
  // a failed delivery on the reader's own server has words of its own (src/explain-text.ts localWords)
  const local = r.evidence.some((e) => e.rule === 'log:local-delivery') ? CATALOGS[lang].ui.localDelivery : null;
  return {
    ...r, lang,
    summary: local?.summary ?? ex.summary, meaning: local?.meaning ?? ex.meaning, advice: local?.advice ?? ex.advice,
    adminAdvice: local ? null : ex.adminAdvice,
    whoActs: ex.whoActs, retryText: ex.retryText, kindText: ex.kindText,
    codes: { replyCode: r.codes.replyCode && (summariseCode(ex.replyCodeInfo) ?? r.codes.replyCode), status: r.codes.status && (summariseCode(ex.statusInfo) ?? r.codes.status) },
  };
}
