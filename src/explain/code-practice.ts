// What big providers mean by a registered enhanced code they use in a sense of their own (a signature
// row's `ownStatus`: Gmail's 4.7.27 is a failed SPF check, registered as the sender's null MX). A code
// looked up alone ("smtp-explain codes 4.7.27", a code pasted without its text) gets it beside the
// registry's meaning, since the person who looks it up most likely got it from that provider.
import { CATALOGS } from '../i18n/catalog.js';
import { lowerFirst } from '../i18n/lower-first.js';
import { SIGNATURES } from '../knowledge/signatures/index.js';
import type { Signature } from '../knowledge/signatures/types.js';
import type { Locale, Reason } from '../types.js';

/** The providers with a code of their own: each needs its name in the catalogs (ui.practiceProvider). */
export type PracticeProvider = Extract<(typeof SIGNATURES)[number], { ownStatus: readonly string[] }>['provider'];

interface Practice {
  provider: PracticeProvider;
  reason: Reason;
  /** The row, for a name of its own (signatureWords' name). */
  id: string;
}

let byCode: Map<string, Practice[]> | null = null;

/** ownStatus as written ("X.7.27" for any class, "5.4.5" for that class alone) -> who uses it, and for what. */
function practices(): Map<string, Practice[]> {
  if (byCode) return byCode;
  byCode = new Map();
  for (const s of SIGNATURES as readonly Signature[]) {
    for (const code of s.ownStatus ?? []) {
      const list = byCode.get(code) ?? [];
      // one sentence per provider and reason (several rows of one provider may share a code)
      if (!list.some((p) => p.provider === s.provider && p.reason === s.reason)) list.push({ provider: s.provider as PracticeProvider, reason: s.reason, id: s.id });
      byCode.set(code, list);
    }
  }
  return byCode;
}

/**
 * "Na prática, o Gmail também usa este código ..." for an enhanced code ("4.7.27") a provider uses in
 * a sense of its own, or null; `registered`: whether the IANA registry gives it a sense.
 */
export function codeInPractice(code: string, locale: Locale, registered: boolean): string | null {
  const found = [...(practices().get(code) ?? []), ...(practices().get(`X${code.slice(1)}`) ?? [])];
  if (!found.length) return null;
  const cat = CATALOGS[locale];
  return found.map((p) => {
    // the row's own name when it has one ("SMTP AUTH desativado na conta"), else its reason's
    const own = (cat.signatureWords as Record<string, { name?: string } | undefined>)[p.id]?.name;
    return cat.ui.codeInPractice(cat.ui.practiceProvider[p.provider], lowerFirst(own ?? cat.ui.reasonName[p.reason]), registered);
  }).join(' ');
}
