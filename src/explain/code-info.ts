// One code's reference entry, for GET /api/codes/:code and the pages /codigos/:code and /codes/:code.
// Everything comes from the knowledge tables and the catalogs. Browser-safe: the library's describeCode()
// gives it too, and the command line's `codes --format json`.
import { describeCode, describeDetailCode, normaliseDetailCode } from './describe-code.js';
import { CATALOGS } from '../i18n/catalog.js';
import { BASIC_CODES, BASIC_CODE_BY_ID } from '../knowledge/basic-codes.js';
import { ENHANCED_CODES, enhancedFact, parseEnhanced } from '../knowledge/enhanced-codes.js';
import type { EnhancedCodeFact } from '../knowledge/types.js';
import type { Kind, Locale, Reason } from '../types.js';
import { codeUrl } from '../i18n/code-url.js';

export interface CodeInfo {
  /** As asked, normalised: "550", "5.7.26", "X.1.1". */
  code: string;
  /** "enhanced-detail" is a class-independent enhanced code, "X.1.1". */
  type: 'basic' | 'enhanced' | 'enhanced-detail';
  /** true when an RFC defines it (basic) or IANA registers it (enhanced). */
  standard: boolean;
  /** A basic code only the IANA registry lists (RFC 5248, then `rfc`), which no protocol RFC defines (standard false). */
  registryOnly: boolean;
  rfc: string | null;
  /** null for a class-independent code. */
  kind: Kind | null;
  kindText: string | null;
  title: string;
  meaning: string;
  advice: string;
  standardText: string;
  /** English name in the IANA registry, for enhanced codes. */
  ianaName: string | null;
  /** The reason the code alone most likely means, or null. */
  reason: Reason | null;
  reasonSummary: string | null;
  /** Reply codes that go with an enhanced code, or enhanced codes that go with a reply code. */
  related: string[];
  /** The same detail code in each class it is used with ("4.1.1", "5.1.1"). */
  classes: string[];
  /** Reference page of this code in this language: its path on the server (`smtp-explain serve`), "/codes/550". */
  url: string;
  lang: Locale;
}

/** Classes in which a registered detail code makes sense: success-only codes in 2, the rest in 4 and 5. */
export function classesOf(fact: EnhancedCodeFact): string[] {
  if (fact.reason === 'delivered') return ['2'];
  return fact.basicCodes.some((b) => b.startsWith('2')) ? ['2', '4', '5'] : ['4', '5'];
}

function withClass(detail: string, cls: string): string {
  return cls + detail.slice(1);
}

/** "550", " 5.07.026 ", "x.1.1" -> "550", "5.7.26", "X.1.1"; anything else -> null. */
export function normaliseCode(raw: string): string | null {
  const c = raw.trim();
  if (/^[1-5]\d\d$/.test(c)) return c;
  const parsed = parseEnhanced(c);
  if (parsed) return `${parsed.cls}.${parsed.subject}.${parsed.detail}`;
  return normaliseDetailCode(c);
}

export function codeInfo(raw: string, lang: Locale): CodeInfo | null {
  const code = normaliseCode(raw);
  if (!code) return null;
  const cat = CATALOGS[lang];
  const reasonOf = (reason: Reason | null) => ({ reason, reasonSummary: reason ? cat.reasons[reason].summary : null });

  if (code.startsWith('X.')) {
    const fact = enhancedFact(code)!;
    const d = describeDetailCode(code, lang)!;
    return {
      code, type: 'enhanced-detail', standard: true, registryOnly: false, rfc: d.rfc, kind: null, kindText: null,
      title: d.title, meaning: d.meaning, advice: d.advice, standardText: d.standardText,
      ianaName: fact.name, ...reasonOf(fact.reason),
      related: [], classes: classesOf(fact).map((cls) => withClass(code, cls)), url: codeUrl(code, lang), lang,
    };
  }

  const d = describeCode(code, lang);
  if (!d) return null;
  if (d.type === 'basic') {
    const fact = BASIC_CODE_BY_ID.get(code);
    const cls = code[0]!;
    const related = ENHANCED_CODES.filter((e) => (e.basicCodes as readonly string[]).includes(code))
      .filter((e) => classesOf(e).includes(cls))
      .map((e) => withClass(e.code, cls));
    return {
      code, type: 'basic', standard: d.standard, registryOnly: d.registryOnly === true, rfc: d.rfc, kind: d.kind, kindText: cat.ui.kind[d.kind],
      title: d.title, meaning: d.meaning, advice: d.advice, standardText: d.standardText, ianaName: null,
      ...reasonOf(fact?.reason ?? null), related, classes: [], url: codeUrl(code, lang), lang,
    };
  }
  const parsed = parseEnhanced(code)!;
  const fact = parsed.fact;
  const related = fact ? fact.basicCodes.filter((b) => b.startsWith(parsed.cls) && BASIC_CODE_BY_ID.has(b)) : [];
  return {
    code, type: 'enhanced', standard: d.standard, registryOnly: false, rfc: d.rfc, kind: d.kind, kindText: cat.ui.kind[d.kind],
    title: d.title, meaning: d.meaning, advice: d.advice, standardText: d.standardText, ianaName: fact?.name ?? null,
    ...reasonOf(fact?.reason ?? null), related,
    classes: fact ? classesOf(fact).map((cls) => withClass(fact.code, cls)) : [],
    url: codeUrl(code, lang), lang,
  };
}

export interface CodeListEntry {
  code: string;
  title: string;
  kind: Kind | null;
  standard: boolean;
  /** As CodeInfo's. */
  registryOnly: boolean;
  rfc: string | null;
  /** Class-specific forms of an enhanced detail code. */
  classes: string[];
  url: string;
}

/** Every code of the tables, in table order: what the index pages and GET /api/codes show. */
export function codeList(lang: Locale): { basic: CodeListEntry[]; enhanced: CodeListEntry[] } {
  const cat = CATALOGS[lang];
  return {
    basic: BASIC_CODES.map((row) => ({
      code: row.code, title: cat.basicCodes[row.code].title, kind: row.kind, standard: row.standard,
      registryOnly: 'registryOnly' in row && row.registryOnly === true, rfc: row.rfc,
      classes: [], url: codeUrl(row.code, lang),
    })),
    enhanced: ENHANCED_CODES.map((row) => ({
      code: row.code, title: cat.enhancedCodes[row.code].title, kind: null, standard: true, registryOnly: false, rfc: row.rfc,
      classes: classesOf(row).map((cls) => withClass(row.code, cls)), url: codeUrl(row.code, lang),
    })),
  };
}
