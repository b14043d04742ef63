// The explanation of one code on its own: what `smtp-explain codes 550` and the reference pages show.
import { BASIC_CODE_BY_ID } from '../knowledge/basic-codes.js';
import { enhancedFact, parseEnhanced } from '../knowledge/enhanced-codes.js';
import { CATALOGS } from '../i18n/catalog.js';
import { codeInPractice } from './code-practice.js';
import type { CodeText, Kind, Locale } from '../types.js';

export interface CodeDescription {
  code: string;
  type: 'basic' | 'enhanced';
  /** false for codes no RFC defines (101, 111, 4xx of the seed article...) and for unregistered enhanced codes. */
  standard: boolean;
  /** A reply code only the IANA registry lists (RFC 5248, then `rfc`), which no protocol RFC defines: not standard. */
  registryOnly?: true;
  rfc: string | null;
  kind: Kind;
  title: string;
  meaning: string;
  advice: string;
  /** "standard, RFC 5321 §4.2.3" / "not defined by any RFC", in the chosen language. */
  standardText: string;
  /** How a big provider uses the code in a sense of its own (src/explain/code-practice.ts); also at the end of `meaning`. */
  inPractice: string | null;
}

function describeBasicCodeUncached(code: string, locale: Locale): CodeDescription | null {
  const fact = BASIC_CODE_BY_ID.get(code);
  const ui = CATALOGS[locale].ui;
  if (!fact) {
    if (!/^[1-5]\d\d$/.test(code)) return null;
    // an unlisted code still has a class (RFC 5321 §4.2.1)
    const kind: Kind = code[0] === '2' ? 'success' : code[0] === '3' ? 'intermediate' : code[0] === '5' ? 'permanent' : 'transient';
    // the second digit says what it is about (RFC 5321 §4.2.1); SMTP has no 1yz replies at all
    const meaning = code[0] === '1' ? `${ui.noPreliminaryReplies} ${ui.unknownCode(code)}` : ui.unknownCode(code);
    return {
      code, type: 'basic', standard: false, rfc: null, kind, title: ui.unlistedCodeTitle(code[1]!), meaning,
      advice: ui.unknownCodeAdvice, standardText: ui.nonStandard, inPractice: null,
    };
  }
  const text = CATALOGS[locale].basicCodes[fact.code as keyof (typeof CATALOGS)[Locale]['basicCodes']];
  return {
    code, type: 'basic', standard: fact.standard, ...(fact.registryOnly ? { registryOnly: true as const } : {}), rfc: fact.rfc, kind: fact.kind, ...text,
    standardText: fact.standard && fact.rfc ? ui.standard(fact.rfc) : fact.registryOnly && fact.rfc ? ui.registryOnly(fact.rfc) : ui.nonStandard,
    inPractice: null,
  };
}

function describeEnhancedCodeUncached(code: string, locale: Locale): CodeDescription | null {
  const parsed = parseEnhanced(code);
  if (!parsed) return null;
  const cat = CATALOGS[locale];
  const kind: Kind = parsed.cls === '2' ? 'success' : parsed.cls === '4' ? 'transient' : 'permanent';
  const classText = cat.enhancedClasses[parsed.cls];
  const subject = cat.enhancedSubjects[parsed.subject as keyof typeof cat.enhancedSubjects];
  if (!parsed.fact) {
    const practice = codeInPractice(code, locale, false);
    return {
      code, type: 'enhanced', standard: false, rfc: null, kind,
      // a subject in no registry ("4.9.9"): only that it is not registered
      title: subject ?? cat.ui.unlistedCodeTitle(''),
      meaning: `${classText} ${cat.ui.unknownCode(code)}${practice ? ` ${practice}` : ''}`,
      advice: cat.ui.unknownCodeAdvice, standardText: cat.ui.nonStandard, inPractice: practice,
    };
  }
  const text = cat.enhancedCodes[parsed.fact.code as keyof typeof cat.enhancedCodes];
  if (parsed.fact.successOnly && parsed.cls !== '2') {
    // "5.1.5": the registry pairs the detail with 2xx replies only, so the class and detail disagree
    return {
      code, type: 'enhanced', standard: true, rfc: parsed.fact.rfc, kind, title: cat.ui.incoherentCode.title,
      meaning: cat.ui.incoherentCode.meaning(code, text.title, `2.${parsed.subject}.${parsed.detail}`),
      advice: cat.ui.incoherentCode.advice, standardText: cat.ui.standard(parsed.fact.rfc), inPractice: null,
    };
  }
  if (parsed.cls === '2' && !parsed.fact.successOnly) {
    // the registry's words are a failure's ("2.7.0": security problem); only success-only details are a success's own
    return {
      code, type: 'enhanced', standard: true, rfc: parsed.fact.rfc, kind,
      title: cat.ui.successCode.title(subject ?? text.title), meaning: classText, advice: cat.ui.successCode.advice,
      standardText: cat.ui.standard(parsed.fact.rfc), inPractice: null,
    };
  }
  const practice = codeInPractice(code, locale, true);
  // class 4 is retried (RFC 3463 §2): the words of a detail written for the permanent failure do not fit
  const transient = parsed.cls === '4' ? text.transient : undefined;
  return {
    code, type: 'enhanced', standard: true, rfc: parsed.fact.rfc, kind,
    title: text.title, meaning: `${classText} ${transient?.meaning ?? text.meaning}${practice ? ` ${practice}` : ''}`,
    advice: (parsed.cls === '5' ? (text as CodeText).permanentAdvice : undefined) ?? transient?.advice ?? text.advice,
    standardText: cat.ui.standard(parsed.fact.rfc), inPractice: practice,
  };
}

/**
 * A class-independent detail code ("X.7.26", "x.07.026"), as RFC 3463 and IANA's registry write them
 * and GET /api/codes/X.7.26 answers it: registered ones only (null for others), with no kind (its class
 * gives it one).
 */
export interface DetailCodeDescription extends Omit<CodeDescription, 'type' | 'kind'> {
  type: 'enhanced-detail';
  kind: null;
}

/** "x.07.026" -> "X.7.26" when that detail code is registered; anything else -> null. */
export function normaliseDetailCode(raw: string): string | null {
  const m = /^[xX]\.(\d{1,3})\.(\d{1,3})$/.exec(raw.trim());
  if (!m) return null;
  const detail = `X.${Number(m[1])}.${Number(m[2])}`;
  return enhancedFact(detail) ? detail : null;
}

export function describeDetailCode(code: string, locale: Locale): DetailCodeDescription | null {
  const detail = normaliseDetailCode(code);
  if (!detail) return null;
  const fact = enhancedFact(detail)!;
  const cat = CATALOGS[locale];
  const text = cat.enhancedCodes[fact.code as keyof typeof cat.enhancedCodes];
  return {
    code: detail, type: 'enhanced-detail', standard: true, rfc: fact.rfc, kind: null,
    title: text.title, meaning: text.meaning, advice: text.advice, standardText: cat.ui.standard(fact.rfc), inPractice: null,
  };
}

/** A basic code ("550") or an enhanced one ("5.7.26"). */
export function describeCode(code: string, locale: Locale): CodeDescription | null {
  const c = code.trim();
  return c.includes('.') ? describeEnhancedCode(c, locale) : describeBasicCode(c, locale);
}

/**
 * Descriptions are the same every time: kept for the codes seen, up to this many per language and
 * kind (inputs are hostile). Basic and enhanced codes apart: each function says null to the other's codes.
 */
const MAX_CACHED = 4096;
type Cache = Record<Locale, Map<string, CodeDescription | null>>;
const BASIC: Cache = { 'pt-BR': new Map(), en: new Map() };
const ENHANCED: Cache = { 'pt-BR': new Map(), en: new Map() };

function cached(
  caches: Cache, code: string, locale: Locale, make: (code: string, locale: Locale) => CodeDescription | null,
): CodeDescription | null {
  const cache = caches[locale];
  let d = cache.get(code);
  if (d === undefined) {
    d = make(code, locale);
    if (d) Object.freeze(d); // shared by every result that names the code
    if (cache.size < MAX_CACHED) cache.set(code, d);
  }
  return d;
}

/** What a basic reply code means, in the chosen language; null when it is not a code. */
export function describeBasicCode(code: string, locale: Locale): CodeDescription | null {
  return cached(BASIC, code, locale, describeBasicCodeUncached);
}

/** What an enhanced status code means, in the chosen language; null when it is not one. */
export function describeEnhancedCode(code: string, locale: Locale): CodeDescription | null {
  return cached(ENHANCED, code, locale, describeEnhancedCodeUncached);
}
